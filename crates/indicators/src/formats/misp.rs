//! MISP events (the MISP core JSON format), read and written.
//!
//! **Read**: one event, bare (`{"uuid": …, "Attribute": […], "Object": […]}`, as Echap's
//! `generated/misp_event.json`) or wrapped (`{"Event": {…}}`, as MISP exports and imports it).
//!
//! - `android-app` objects: the `name` attribute is the family (further `name`s become aliases);
//!   `appid` → Android package, `certificate` → signing-certificate SHA-1 (SHA-256 when the value
//!   has 64 digits), `sha256` → APK SHA-256, `domain` → domain. MISP has no notion of stalkerware
//!   versus watchware: the family's kind is read from an `unstalk:family-kind="…"` tag on the
//!   `name` attribute (which this writer puts there) and is otherwise [`FamilyKind::Stalkerware`].
//! - Every other attribute, in an object or at the top level, is mapped by its type: `domain`,
//!   `hostname`, `hostname|port` → domain; `ip-dst`, `ip-src` (also `|port`) → IPv4/IPv6/CIDR;
//!   `domain|ip` → both; `url`; `md5`, `sha1`, `sha256` (also `filename|<hash>`, whose file name
//!   is not kept); `email`, `email-src`, `email-dst`; `yara` (label = the rule's name);
//!   `x509-fingerprint-sha1`/`-sha256` → signing certificate (MISP does not say whether it is a
//!   TLS or an APK certificate); `mobile-application-id` → Android package; `filename` → file name
//!   (file path when it holds a `/`). An `unstalk:kind="<kind>"` tag overrides the mapping, so
//!   `text` attributes can carry any kind. `link` and `comment` attributes are references, not
//!   indicators, and are ignored; any other type is reported once per type as a warning.
//! - Provenance: TLP from the attribute's `tlp:*` tags, else the object's, else the event's, else
//!   CLEAR; `first_seen`/`last_seen` from the attribute; contributor = the event's `Orgc.name`
//!   (else `Org.name`); confidence and criterion from `unstalk:confidence="0-100"` and
//!   `unstalk:criterion="…"` tags; role from an attribute `comment` that is exactly a role name
//!   (`c2`, `website`, …); family from `unstalk:family="…"` on attributes outside `android-app`
//!   objects. Source version = `<event uuid>@<timestamp>` (or the uuid alone).
//! - Deleted attributes (`"deleted": true`) are skipped; a value listed twice for the same family
//!   is kept once.
//!
//! **Write**: one `{"Event": {…}}` with `info` "unstalk indicators", `published` false,
//! distribution 3 (all communities) when every value is TLP:CLEAR and 0 (your organisation)
//! otherwise. Per family one `android-app` object (name, appid, certificate, sha256, domain, as
//! Echap writes them); values of other kinds, and values without a family, become top-level
//! attributes of the types above (`text` + `unstalk:kind` for the kinds MISP has no type for:
//! iOS bundle and Android package → `mobile-application-id`; certificate organisation, CN regex,
//! configuration profile, Android property, process name → `text`; file name/path →
//! `filename`), tagged `unstalk:family`/`unstalk:family-kind` when they have a family. Every
//! attribute has `to_ids` true and a `tlp:*` tag unless CLEAR. Ids are UUIDv5: the event's from
//! the names of the set's sources (re-importing an updated export updates the same event), each
//! object's and attribute's from the event id and its content.
//!
//! Every kind round-trips through this writer and reader (same `value_triples()`). Not carried:
//! family aliases, samples (their hashes are carried as indicators), the verbatim YARA sources
//! (each rule is carried as a `yara` attribute), and the label of values other than YARA rules.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;
use std::path::Path;

use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::builder::{Location, RawIndicator, SetBuilder};
use crate::error::Severity;
use crate::formats::csv::{dedup_indicators, from_serde_name, serde_name};
use crate::model::{
    Criterion, Family, FamilyKind, Indicator, IndicatorKind, IndicatorSet, Provenance, Role,
    SourceFormat, Tlp,
};
use crate::normalize::ip_kind;
use crate::{Error, Loaded};

/// MISP's `android-app` object template.
const ANDROID_APP_TEMPLATE: &str = "92836f23-4730-4eae-82ac-9f00d5299735";

/// The namespace every id this writer makes derives from.
fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:unstalk:misp")
}

// ----------------------------------------------------------------------------------------------
// Reading

/// Reads a MISP event (bare or wrapped in `{"Event": …}`).
pub fn read(path: &Path, bytes: &[u8]) -> Result<Loaded, Error> {
    let syntax = |line: Option<u64>, message: String| Error::Syntax {
        path: path.to_path_buf(),
        line,
        message,
    };
    let root: Value = serde_json::from_slice(bytes).map_err(|error| {
        syntax(
            Some(error.line() as u64),
            format!("not a MISP event: not valid JSON ({error})"),
        )
    })?;
    let event = event_of(&root).ok_or_else(|| {
        syntax(
            None,
            "not a MISP event: expected a JSON object with `Attribute`/`Object` lists \
             (a bare event) or `{\"Event\": {…}}`"
                .into(),
        )
    })?;
    for key in ["Attribute", "Object"] {
        if event.get(key).is_some_and(|list| !list.is_array()) {
            return Err(syntax(
                None,
                format!("not a MISP event: `{key}` is not a list"),
            ));
        }
    }

    let uuid = event.get("uuid").and_then(Value::as_str);
    let timestamp = event.get("timestamp").and_then(|t| match t {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    });
    let version = match (uuid, timestamp) {
        (Some(uuid), Some(timestamp)) => Some(format!("{uuid}@{timestamp}")),
        (Some(uuid), None) => Some(uuid.to_owned()),
        (None, Some(timestamp)) => Some(timestamp),
        (None, None) => None,
    };
    let mut builder = SetBuilder::new(path.display().to_string());
    let source =
        builder
            .set
            .add_source(crate::file_source(path, bytes, SourceFormat::Misp, version));
    let contributor = ["Orgc", "Org"].into_iter().find_map(|key| {
        event
            .get(key)
            .and_then(|org| org.get("name"))
            .and_then(Value::as_str)
            .map(str::to_owned)
    });
    let mut reader = Reader {
        builder,
        source,
        event_tags: tags_of(event),
        contributor,
        unsupported: BTreeMap::new(),
    };

    let empty = Vec::new();
    let attributes = event
        .get("Attribute")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    for (index, attribute) in attributes.iter().enumerate() {
        let record = format!("Attribute[{index}]{}", uuid_suffix(attribute));
        reader.attribute(attribute, None, record);
    }
    let objects = event
        .get("Object")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    for (index, object) in objects.iter().enumerate() {
        reader.object(index, object);
    }
    Ok(reader.finish())
}

/// The event object: `root["Event"]` or `root` itself when it looks like an event.
fn event_of(root: &Value) -> Option<&Map<String, Value>> {
    let object = root.as_object()?;
    if let Some(inner) = object.get("Event") {
        return inner.as_object();
    }
    ["Attribute", "Object"]
        .iter()
        .any(|key| object.contains_key(*key))
        .then_some(object)
}

fn uuid_suffix(value: &Value) -> String {
    value
        .get("uuid")
        .and_then(Value::as_str)
        .map(|uuid| format!(" {uuid}"))
        .unwrap_or_default()
}

/// What the tags of an event, object or attribute say.
#[derive(Debug, Default, Clone)]
struct Tags {
    tlp: Option<Tlp>,
    kind: Option<IndicatorKind>,
    family: Option<String>,
    family_kind: Option<FamilyKind>,
    confidence: Option<u8>,
    criterion: Option<Criterion>,
}

/// The names of the tags attached to an event, object or attribute (`Tag: [{name}]`, or the
/// `EventTag`/`AttributeTag: [{Tag: {name}}]` form of some exports).
fn tag_names(holder: &Map<String, Value>) -> Vec<&str> {
    let mut names = Vec::new();
    if let Some(tags) = holder.get("Tag").and_then(Value::as_array) {
        names.extend(
            tags.iter()
                .filter_map(|tag| tag.get("name").and_then(Value::as_str)),
        );
    }
    for key in ["EventTag", "AttributeTag"] {
        if let Some(tags) = holder.get(key).and_then(Value::as_array) {
            names.extend(tags.iter().filter_map(|tag| {
                tag.get("Tag")
                    .and_then(|tag| tag.get("name"))
                    .and_then(Value::as_str)
            }));
        }
    }
    names
}

/// Splits a machine tag `namespace:predicate="value"`.
fn machine_tag(name: &str) -> Option<(&str, &str, &str)> {
    let (namespace, rest) = name.split_once(':')?;
    let (predicate, value) = rest.split_once('=')?;
    let value = value.trim();
    let value = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value);
    Some((namespace.trim(), predicate.trim(), value))
}

fn tags_of(holder: &Map<String, Value>) -> Tags {
    let mut tags = Tags::default();
    for name in tag_names(holder) {
        if name.trim().to_ascii_lowercase().starts_with("tlp:") {
            if let Some(tlp) = Tlp::parse(name) {
                // Several TLP tags: the most restrictive wins.
                tags.tlp = Some(tags.tlp.map_or(tlp, |old| old.max(tlp)));
            }
            continue;
        }
        let Some((namespace, predicate, value)) = machine_tag(name) else {
            continue;
        };
        if !namespace.eq_ignore_ascii_case("unstalk") {
            continue;
        }
        match predicate {
            "kind" => tags.kind = IndicatorKind::parse(value),
            "family" if !value.trim().is_empty() => tags.family = Some(value.trim().to_owned()),
            "family-kind" => tags.family_kind = FamilyKind::parse(value),
            "confidence" => tags.confidence = value.parse::<u8>().ok().filter(|c| *c <= 100),
            "criterion" => tags.criterion = from_serde_name(value),
            _ => {}
        }
    }
    tags
}

/// How an attribute type maps to indicator kinds.
enum Mapping<'v> {
    Kinds(Vec<(IndicatorKind, &'v str)>),
    /// A reference or comment, not an indicator.
    Ignored,
    Unsupported,
}

fn ip_or_default(value: &str) -> IndicatorKind {
    ip_kind(value).unwrap_or(IndicatorKind::Ipv4)
}

/// Maps a MISP attribute type (and its value, for composite `a|b` types) to indicator kinds.
fn map_type<'v>(kind_of_type: &str, value: &'v str) -> Mapping<'v> {
    let (first, second) = value.split_once('|').unwrap_or((value, ""));
    let one = |kind: IndicatorKind, part: &'v str| Mapping::Kinds(vec![(kind, part)]);
    match kind_of_type {
        "domain" | "hostname" => one(IndicatorKind::Domain, value),
        "hostname|port" => one(IndicatorKind::Domain, first),
        "ip-dst" | "ip-src" => one(ip_or_default(value), value),
        "ip-dst|port" | "ip-src|port" => one(ip_or_default(first), first),
        "domain|ip" => Mapping::Kinds(vec![
            (IndicatorKind::Domain, first),
            (ip_or_default(second), second),
        ]),
        "url" => one(IndicatorKind::Url, value),
        "md5" => one(IndicatorKind::FileMd5, value),
        "sha1" => one(IndicatorKind::FileSha1, value),
        "sha256" => one(IndicatorKind::FileSha256, value),
        "filename|md5" => one(IndicatorKind::FileMd5, second),
        "filename|sha1" => one(IndicatorKind::FileSha1, second),
        "filename|sha256" => one(IndicatorKind::FileSha256, second),
        "email" | "email-src" | "email-dst" => one(IndicatorKind::Email, value),
        "yara" => one(IndicatorKind::YaraRule, value),
        "x509-fingerprint-sha1" => one(IndicatorKind::CertSha1, value),
        "x509-fingerprint-sha256" => one(IndicatorKind::CertSha256, value),
        "mobile-application-id" => one(IndicatorKind::AndroidPackage, value),
        "filename" if value.contains('/') => one(IndicatorKind::FilePath, value),
        "filename" => one(IndicatorKind::FileName, value),
        "link" | "comment" => Mapping::Ignored,
        _ => Mapping::Unsupported,
    }
}

/// The kind an `android-app` object relation holds, when the relation says more than the type.
fn android_app_relation(relation: &str, value: &str) -> Option<IndicatorKind> {
    match relation {
        "appid" => Some(IndicatorKind::AndroidPackage),
        "certificate" => {
            let digits = value.chars().filter(char::is_ascii_hexdigit).count();
            Some(if digits == 64 {
                IndicatorKind::CertSha256
            } else {
                IndicatorKind::CertSha1
            })
        }
        "sha256" => Some(IndicatorKind::FileSha256),
        "sha1" => Some(IndicatorKind::FileSha1),
        "md5" => Some(IndicatorKind::FileMd5),
        "domain" => Some(IndicatorKind::Domain),
        _ => None,
    }
}

/// What an object gives its attributes.
struct ObjectContext {
    android_app: bool,
    family: Option<String>,
    tags: Tags,
}

struct Reader {
    builder: SetBuilder,
    source: u32,
    event_tags: Tags,
    contributor: Option<String>,
    /// Attribute types with no indicator kind, and how often they were seen.
    unsupported: BTreeMap<String, usize>,
}

impl Reader {
    fn error(&mut self, code: &'static str, record: String, message: impl Into<String>) {
        self.builder.report(
            Severity::Error,
            code,
            &Location {
                line: None,
                record: Some(record),
            },
            message,
        );
    }

    fn add_family(&mut self, name: &str, kind: Option<FamilyKind>, aliases: Vec<String>) -> String {
        self.builder.set.add_family(Family {
            name: name.trim().to_owned(),
            aliases,
            kind: kind.unwrap_or(FamilyKind::Stalkerware),
            source: self.source,
        })
    }

    fn object(&mut self, index: usize, object: &Value) {
        let record = format!("Object[{index}]{}", uuid_suffix(object));
        let Some(fields) = object.as_object() else {
            self.error(
                "misp.object-shape",
                record,
                "an object is not a JSON object; skipped",
            );
            return;
        };
        if fields.get("deleted").and_then(Value::as_bool) == Some(true) {
            return;
        }
        let empty = Vec::new();
        let attributes = match fields.get("Attribute") {
            None => &empty,
            Some(Value::Array(list)) => list,
            Some(_) => {
                self.error(
                    "misp.object-shape",
                    record,
                    "the object's `Attribute` is not a list; skipped",
                );
                return;
            }
        };
        let android_app = fields.get("name").and_then(Value::as_str) == Some("android-app");
        let object_tags = tags_of(fields);
        let mut family = None;
        if android_app {
            // The family is the `name` attribute; its tags say the family's kind.
            let names: Vec<(&str, Tags)> = attributes
                .iter()
                .filter_map(Value::as_object)
                .filter(|a| a.get("object_relation").and_then(Value::as_str) == Some("name"))
                .filter(|a| a.get("deleted").and_then(Value::as_bool) != Some(true))
                .filter_map(|a| {
                    let value = a.get("value").and_then(Value::as_str)?.trim();
                    (!value.is_empty()).then(|| (value, tags_of(a)))
                })
                .collect();
            if let Some(((name, tags), rest)) = names.split_first() {
                let aliases = rest.iter().map(|(alias, _)| (*alias).to_owned()).collect();
                let kind = tags.family_kind.or(object_tags.family_kind);
                family = Some(self.add_family(name, kind, aliases));
            }
        }
        let context = ObjectContext {
            android_app,
            family,
            tags: object_tags,
        };
        for (position, attribute) in attributes.iter().enumerate() {
            let record = format!("{record} Attribute[{position}]{}", uuid_suffix(attribute));
            self.attribute(attribute, Some(&context), record);
        }
    }

    fn attribute(&mut self, attribute: &Value, object: Option<&ObjectContext>, record: String) {
        let Some(fields) = attribute.as_object() else {
            self.error(
                "misp.attribute-shape",
                record,
                "an attribute is not a JSON object; skipped",
            );
            return;
        };
        if fields.get("deleted").and_then(Value::as_bool) == Some(true) {
            return;
        }
        let relation = fields.get("object_relation").and_then(Value::as_str);
        let in_android_app = object.is_some_and(|o| o.android_app);
        if in_android_app && relation == Some("name") {
            return; // the family, read with the object
        }
        let type_name = fields.get("type").and_then(Value::as_str).unwrap_or("");
        let Some(value) = fields.get("value").and_then(Value::as_str) else {
            self.error(
                "misp.attribute-value",
                record,
                format!("attribute of type `{type_name}` has no text `value`; skipped"),
            );
            return;
        };
        let tags = tags_of(fields);
        let kinds = if let Some(kind) = tags.kind {
            vec![(kind, value)]
        } else if let Some(kind) = relation
            .filter(|_| in_android_app)
            .and_then(|relation| android_app_relation(relation, value))
        {
            vec![(kind, value)]
        } else {
            match map_type(type_name, value) {
                Mapping::Kinds(kinds) => kinds,
                Mapping::Ignored => return,
                Mapping::Unsupported => {
                    let key = if type_name.is_empty() {
                        "(no type)".to_owned()
                    } else {
                        type_name.to_owned()
                    };
                    *self.unsupported.entry(key).or_default() += 1;
                    return;
                }
            }
        };

        let family = match (&tags.family, object) {
            (Some(name), _) => Some(self.add_family(
                name,
                tags.family_kind.or(object.and_then(|o| o.tags.family_kind)),
                Vec::new(),
            )),
            (None, Some(context)) => context.family.clone(),
            (None, None) => None,
        };
        let object_tags = object.map(|o| &o.tags);
        let tlp = tags
            .tlp
            .or(object_tags.and_then(|t| t.tlp))
            .or(self.event_tags.tlp)
            .unwrap_or_default();
        let text = |key: &str| {
            fields
                .get(key)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|text| !text.is_empty())
                .map(str::to_owned)
        };
        let provenance = Provenance {
            source: self.source,
            contributor: self.contributor.clone(),
            first_seen: text("first_seen"),
            last_seen: text("last_seen"),
            tlp,
            confidence: tags
                .confidence
                .or(object_tags.and_then(|t| t.confidence))
                .or(self.event_tags.confidence),
            criterion: tags.criterion.or(object_tags.and_then(|t| t.criterion)),
        };
        let role: Option<Role> = text("comment").and_then(|comment| from_serde_name(&comment));
        let at = Location {
            line: None,
            record: Some(record),
        };
        for (kind, part) in kinds {
            let label = if kind == IndicatorKind::YaraRule {
                crate::formats::yara::split_rules(part)
                    .0
                    .first()
                    .map(|rule| rule.name)
            } else {
                None
            };
            self.builder.push(
                RawIndicator {
                    kind,
                    value: part,
                    family: family.as_deref(),
                    role,
                    label,
                    provenance: provenance.clone(),
                },
                &at,
            );
        }
    }

    fn finish(mut self) -> Loaded {
        for (type_name, count) in std::mem::take(&mut self.unsupported) {
            self.builder.report(
                Severity::Warning,
                "misp.unsupported-type",
                &Location::default(),
                format!(
                    "{count} attribute(s) of type `{type_name}` skipped: no indicator kind for it"
                ),
            );
        }
        dedup_indicators(&mut self.builder.set);
        self.builder.finish()
    }
}

// ----------------------------------------------------------------------------------------------
// Writing

/// The MISP type, category and whether the type needs an `unstalk:kind` tag to be read back as
/// the same kind, for a top-level attribute.
fn misp_type(kind: IndicatorKind) -> (&'static str, &'static str, bool) {
    use IndicatorKind as K;
    match kind {
        K::AndroidPackage => ("mobile-application-id", "Payload delivery", false),
        K::IosBundle => ("mobile-application-id", "Payload delivery", true),
        K::CertSha1 => ("x509-fingerprint-sha1", "Payload delivery", false),
        K::CertSha256 => ("x509-fingerprint-sha256", "Payload delivery", false),
        K::FileSha256 => ("sha256", "Payload delivery", false),
        K::FileSha1 => ("sha1", "Payload delivery", false),
        K::FileMd5 => ("md5", "Payload delivery", false),
        K::Domain => ("domain", "Network activity", false),
        K::Ipv4 | K::Ipv6 | K::Cidr => ("ip-dst", "Network activity", false),
        K::Url => ("url", "Network activity", false),
        K::Email => ("email-dst", "Network activity", false),
        K::YaraRule => ("yara", "Payload installation", false),
        K::CertOrganization
        | K::CertCnRegex
        | K::ConfigurationProfile
        | K::AndroidProperty
        | K::ProcessName => ("text", "Other", true),
        K::FilePath | K::FileName => ("filename", "Artifacts dropped", true),
    }
}

/// The `android-app` relation, MISP type and category of the kinds that object holds.
fn android_app_slot(kind: IndicatorKind) -> Option<(&'static str, &'static str, &'static str)> {
    match kind {
        IndicatorKind::AndroidPackage => Some(("appid", "text", "Other")),
        IndicatorKind::CertSha1 => Some(("certificate", "sha1", "Payload delivery")),
        IndicatorKind::FileSha256 => Some(("sha256", "sha256", "Payload delivery")),
        IndicatorKind::Domain => Some(("domain", "domain", "Network activity")),
        _ => None,
    }
}

fn tag(name: String) -> Value {
    json!({ "name": name })
}

/// The tags every attribute carries for its provenance.
fn provenance_tags(indicator: &Indicator) -> Vec<Value> {
    let mut tags = Vec::new();
    if indicator.provenance.tlp != Tlp::Clear {
        tags.push(tag(format!(
            "tlp:{}",
            indicator.provenance.tlp.as_str().to_ascii_lowercase()
        )));
    }
    if let Some(confidence) = indicator.provenance.confidence {
        tags.push(tag(format!("unstalk:confidence=\"{confidence}\"")));
    }
    if let Some(criterion) = indicator.provenance.criterion.and_then(|c| serde_name(&c)) {
        tags.push(tag(format!("unstalk:criterion=\"{criterion}\"")));
    }
    tags
}

struct AttributeSpec<'a> {
    uuid: Uuid,
    misp_type: &'a str,
    category: &'a str,
    relation: Option<&'a str>,
    value: &'a str,
    tags: Vec<Value>,
    indicator: Option<&'a Indicator>,
}

fn attribute_json(spec: AttributeSpec<'_>) -> Value {
    let mut fields = Map::new();
    fields.insert("uuid".into(), json!(spec.uuid.to_string()));
    if let Some(relation) = spec.relation {
        fields.insert("object_relation".into(), json!(relation));
    }
    fields.insert("type".into(), json!(spec.misp_type));
    fields.insert("category".into(), json!(spec.category));
    fields.insert("value".into(), json!(spec.value));
    fields.insert("to_ids".into(), json!(spec.indicator.is_some()));
    fields.insert("distribution".into(), json!("5"));
    fields.insert("disable_correlation".into(), json!(false));
    if let Some(indicator) = spec.indicator {
        if let Some(role) = indicator.role.and_then(|r| serde_name(&r)) {
            fields.insert("comment".into(), json!(role));
        }
        if let Some(first) = &indicator.provenance.first_seen {
            fields.insert("first_seen".into(), json!(first));
        }
        if let Some(last) = &indicator.provenance.last_seen {
            fields.insert("last_seen".into(), json!(last));
        }
    }
    if !spec.tags.is_empty() {
        fields.insert("Tag".into(), Value::Array(spec.tags));
    }
    Value::Object(fields)
}

/// The id of the event: from the names of the sources, so that exporting an updated feed
/// gives the same event.
fn event_uuid(set: &IndicatorSet) -> Uuid {
    let mut names: Vec<&str> = set.sources.iter().map(|s| s.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    Uuid::new_v5(
        &namespace(),
        format!("event\n{}", names.join("\n")).as_bytes(),
    )
}

/// Writes the set as one MISP event `{"Event": {…}}`.
pub fn write(set: &IndicatorSet, out: &mut dyn Write) -> std::io::Result<()> {
    let event = event_uuid(set);
    let id = |parts: &[&str]| Uuid::new_v5(&event, parts.join("\n").as_bytes());

    let mut seen = HashSet::new();
    // One object per family; a name listed under two kinds (WiseMo) is two families.
    let mut objects: Vec<(&str, Option<FamilyKind>, Vec<Value>)> = Vec::new();
    let mut object_index: HashMap<(&str, Option<FamilyKind>), usize> = HashMap::new();
    let mut attributes = Vec::new();
    let mut all_clear = true;
    for indicator in &set.indicators {
        let family_kind = set.family_of(indicator).map(|found| found.kind);
        let key = (
            indicator.kind,
            indicator.value.as_str(),
            indicator.family.as_deref(),
            family_kind,
        );
        if !seen.insert(key) {
            continue;
        }
        all_clear &= indicator.provenance.tlp == Tlp::Clear;
        let family = indicator.family.as_deref();
        let family_key = family.unwrap_or("");
        let kind_name = indicator.kind.as_str();
        let family_kind_name = family_kind.map_or("", FamilyKind::as_str);
        let uuid = id(&[
            "attribute",
            kind_name,
            family_key,
            family_kind_name,
            &indicator.value,
        ]);
        let mut tags = provenance_tags(indicator);
        match (family, android_app_slot(indicator.kind)) {
            (Some(family), Some((relation, misp_type, category))) => {
                let position = *object_index
                    .entry((family, family_kind))
                    .or_insert_with(|| {
                        objects.push((family, family_kind, Vec::new()));
                        objects.len() - 1
                    });
                if let Some((_, _, list)) = objects.get_mut(position) {
                    list.push(attribute_json(AttributeSpec {
                        uuid,
                        misp_type,
                        category,
                        relation: Some(relation),
                        value: &indicator.value,
                        tags,
                        indicator: Some(indicator),
                    }));
                }
            }
            _ => {
                let (misp_type, category, needs_kind) = misp_type(indicator.kind);
                if needs_kind {
                    tags.push(tag(format!("unstalk:kind=\"{kind_name}\"")));
                }
                if let Some(family) = family {
                    tags.push(tag(format!("unstalk:family=\"{family}\"")));
                    if let Some(kind) = family_kind {
                        tags.push(tag(format!("unstalk:family-kind=\"{}\"", kind.as_str())));
                    }
                }
                attributes.push(attribute_json(AttributeSpec {
                    uuid,
                    misp_type,
                    category,
                    relation: None,
                    value: &indicator.value,
                    tags,
                    indicator: Some(indicator),
                }));
            }
        }
    }

    let objects: Vec<Value> = objects
        .into_iter()
        .map(|(family, family_kind, mut list)| {
            let mut name_tags = Vec::new();
            let kind_name = family_kind.map_or("", FamilyKind::as_str);
            if let Some(kind) = family_kind {
                name_tags.push(tag(format!("unstalk:family-kind=\"{}\"", kind.as_str())));
            }
            let name = attribute_json(AttributeSpec {
                uuid: id(&["object-name", family, kind_name]),
                misp_type: "text",
                category: "Other",
                relation: Some("name"),
                value: family,
                tags: name_tags,
                indicator: None,
            });
            list.insert(0, name);
            json!({
                "uuid": id(&["object", "android-app", family, kind_name]).to_string(),
                "name": "android-app",
                "meta-category": "file",
                "description": "Indicators related to an Android app",
                "template_uuid": ANDROID_APP_TEMPLATE,
                "template_version": "1",
                "distribution": "5",
                "sharing_group_id": "0",
                "Attribute": list,
            })
        })
        .collect();

    let document = json!({
        "Event": {
            "uuid": event.to_string(),
            "info": "unstalk indicators",
            "distribution": if all_clear { "3" } else { "0" },
            "threat_level_id": "4",
            "analysis": "2",
            "published": false,
            "Attribute": attributes,
            "Object": objects,
        }
    });
    serde_json::to_writer_pretty(&mut *out, &document)?;
    out.write_all(b"\n")
}

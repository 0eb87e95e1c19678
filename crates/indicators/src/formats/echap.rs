//! Echap's `stalkerware-indicators` layout: reader and writer.
//!
//! # The layout
//!
//! A folder (the [AssoEchap/stalkerware-indicators] repository or a copy of it) holding:
//!
//! - `ioc.yaml`: a YAML list of stalkerware families, one mapping per family:
//!
//!   ```yaml
//!   - name: TheTruthSpy
//!     names: [Copy9, TheTruthSpy]     # other names, often including `name` itself
//!     type: stalkerware               # or watchware
//!     packages: [com.thetruth]        # Android application ids
//!     certificates: [31A6EC…]         # SHA-1 of the signing certificate, upper-case hex
//!     websites: [thetruthspy.com]     # the product's own sites
//!     distribution: [app.xpspy.com]   # where the app is downloaded from
//!     c2:
//!       domains: [my.thetruthspy.com] # command-and-control / upload servers
//!       ips: [69.64.74.239]
//!     ios_bundles: [com.example.app]  # iOS bundle identifiers
//!   ```
//! - `watchware.yaml`: the same, for visible monitoring apps (`type: watchware`);
//! - `samples.csv`: `SHA256,Package Name,Certificate,Version,App`, one known APK per row, tied
//!   to a family by the `App` column (a family's name or one of its `names`);
//! - `rules.yar`: YARA rules, tied to families by rule name.
//!
//! [`read_dir`] reads such a folder into one [`Source`]; [`read_file`] reads one YAML file of
//! that shape. [`write_dir`] writes the folder back, [`write_combined`] one YAML stream.
//!
//! # Quirks of the real data, and what the reader does with them
//!
//! Nothing the feed lists is dropped unless it cannot be a value at all; every quirk becomes a
//! [`Diagnostic`](crate::Diagnostic) with the line of the value (or of the family entry):
//!
//! - `c2: {ip: […]}` instead of `ips`: read as `ips`, warning `echap.c2-ip-key`;
//! - `certificate_organizations` and `certificate_cname_re` (certificate subject organisation and
//!   a regular expression over the subject common name) are outside Echap's documented schema:
//!   kept as [`IndicatorKind::CertOrganization`] / [`IndicatorKind::CertCnRegex`], with the
//!   warnings `echap.certificate-organizations` / `echap.certificate-cname-re`;
//! - a URL (or a name with a path) under `websites`, `distribution` or `c2.domains`: kept as an
//!   [`IndicatorKind::Url`] with the list's [`Role`], warning `echap.url-value`;
//! - a 64-digit fingerprint under `certificates` is a SHA-256 ([`IndicatorKind::CertSha256`]);
//! - the same value under two families: both records are kept (matching reports both),
//!   warning `echap.shared-value`; the same value twice in one family: kept as read, warning
//!   `echap.duplicate-value`;
//! - a family listed under two types (Echap lists WiseMo and FindMyKids as stalkerware in
//!   `ioc.yaml` and as watchware in `watchware.yaml`): a family is identified by name and kind,
//!   so both are kept and a match names both, warning `echap.family-two-kinds`; the same name
//!   and type twice: the second entry's names and values are merged into the first, warning
//!   `echap.family-repeated`;
//! - a missing or unknown `type`: the family is kept as [`FamilyKind::Other`] (in
//!   `watchware.yaml`: [`FamilyKind::Watchware`]), warning `echap.unknown-type`;
//! - a single value where a list is expected (`packages: com.x`): read as a one-item list,
//!   warning `echap.not-a-list`;
//! - a domain under `c2.ips`: kept as a C2 domain, warning `echap.domain-in-ips`;
//! - unknown keys: warning `echap.unknown-key`, their values are not read; a key twice in one
//!   entry: both read, warning `echap.duplicate-key`;
//! - an entry that is not a mapping or has no `name`: error `echap.bad-record`, entry skipped;
//!   a list item that is not a single value (or `c2` that is not a mapping): error
//!   `echap.bad-value`, skipped; values that fail normalisation: error `value.invalid`, skipped;
//! - `samples.csv` rows whose `App` names no family: the sample is kept without a family, one
//!   warning `echap.sample-unknown-app` per app name; a row with a bad SHA-256 is skipped
//!   (`echap.sample-bad-sha256`), a bad certificate is dropped from its sample
//!   (`echap.sample-bad-certificate`), an unreadable row skipped (`echap.sample-bad-row`).
//!   `App` is matched to a family's name or alias ASCII case-insensitively, then ignoring `_`,
//!   `-` and spaces; YARA rules are tied to families the same way (rule `snoopza` is
//!   `Snoopza`, `android_police` is `AndroidPolice`);
//! - an `unstalk-source.json` (written by `unstalk indicators update`) gives the source's
//!   `version` and `date` (the time of the update); when it cannot be read: warning
//!   `echap.source-info`.
//!
//! A YAML syntax error, a file that is not UTF-8, or a file that is not a list of entries is an
//! [`Error::Syntax`] with the line; so is a `samples.csv` without a `SHA256` column.
//!
//! YAML is parsed with the event parser that `serde-saphyr` re-exports (`granit_parser`), not
//! through serde: it gives every scalar's exact text (a plain `0123` or `1E5` stays a string,
//! as a package or fingerprint must) and its line, so diagnostics point at the value. Anchors
//! and aliases are resolved, under a node budget; nesting is limited to [`MAX_DEPTH`].
//!
//! # Writing, and the extension keys
//!
//! The writer is deterministic and lossless for what the reader produces: families in set
//! order, values in set order, keys in Echap's order (`name`, `names`, `type`, `packages`,
//! `certificates`, `websites`, `distribution`, `c2` (`domains`, `ips`), `ios_bundles`,
//! `certificate_organizations`, `certificate_cname_re`), certificates in upper case, `ips`
//! always (never `ip`), entries separated by a blank line, scalars quoted only when YAML needs
//! it. Values Echap has no key for go under keys prefixed `x_`, which the reader reads back
//! without warnings:
//!
//! | key | values |
//! | --- | --- |
//! | `x_urls` | URLs without a website/distribution/C2 role |
//! | `x_domains`, `x_ips` | domains, addresses and networks without such a role |
//! | `x_emails` | e-mail addresses |
//! | `x_cert_sha256` | SHA-256 certificate fingerprints |
//! | `x_sample_sha256` | APK hashes of known samples not written to `samples.csv` |
//! | `x_file_sha256`, `x_file_sha1`, `x_file_md5` | other file hashes |
//! | `x_configuration_profiles`, `x_android_properties`, `x_process_names`, `x_file_paths`, `x_file_names` | the STIX observables of those names |
//! | `x_yara_rules` | YARA rule text not part of a YARA source of the set |
//! | `x_yara_rule_names` | names of `rules.yar` rules of the family that are not named after it |
//!
//! Values with no family go into an entry named `unattributed` of type `other`, which the
//! reader turns back into values without a family. A value's [`Role`] survives the round trip
//! where Echap's keys carry it (websites, distribution, C2, samples); values under `x_` keys
//! read back without a role, except YARA rules and sample hashes (role `sample`). A family's
//! kind picks its file (`watchware.yaml` for watchware, `ioc.yaml` for the rest); a family
//! that only indicators name (not in [`IndicatorSet::families`]) is written as type `other`.
//! [`write_combined`] writes sample hashes under `x_sample_sha256` and YARA rules under
//! `x_yara_rules` (a single stream has no `samples.csv` or `rules.yar`); [`Sample`] rows and
//! verbatim YARA sources need [`write_dir`].
//!
//! [AssoEchap/stalkerware-indicators]: https://github.com/AssoEchap/stalkerware-indicators

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::Path;

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle, ScanError};

use crate::builder::{Location, RawIndicator, SetBuilder};
use crate::error::Severity;
use crate::model::{
    Family, FamilyKind, Indicator, IndicatorKind, IndicatorSet, Provenance, Role, Sample, Source,
    SourceFile, SourceFormat,
};
use crate::normalize;
use crate::{Error, Loaded};

/// The files of the layout, in name order (the order of [`Source::files`]).
const FILES: [&str; 4] = ["ioc.yaml", "rules.yar", "samples.csv", "watchware.yaml"];

/// The file `unstalk indicators update` writes next to the feed (not an indicator file).
const SOURCE_INFO: &str = "unstalk-source.json";

/// The name of the entry holding values without a family.
const UNATTRIBUTED: &str = "unattributed";

/// The extension key naming the `rules.yar` rules of a family that are not named after it.
const RULE_NAMES: &str = "x_yara_rule_names";

/// Deepest YAML nesting accepted (Echap needs 4: list, entry, `c2`, list).
pub const MAX_DEPTH: usize = 64;

/// Most YAML nodes a file may expand to through aliases.
const MAX_NODES: usize = 2_000_000;

const SAMPLES_HEADER: [&str; 5] = ["SHA256", "Package Name", "Certificate", "Version", "App"];

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/// Reads a folder in Echap layout: `ioc.yaml`, `watchware.yaml`, `samples.csv`, `rules.yar`
/// (each optional, but one of the YAML files must exist).
pub fn read_dir(path: &Path) -> Result<Loaded, Error> {
    let mut contents: Vec<(&str, Vec<u8>)> = Vec::new();
    for name in FILES {
        let file = path.join(name);
        if file.is_file() {
            contents.push((name, crate::read_file(&file)?));
        }
    }
    let has = |wanted: &str| contents.iter().any(|(name, _)| *name == wanted);
    if !has("ioc.yaml") && !has("watchware.yaml") {
        return Err(Error::UnknownFormat {
            path: path.to_path_buf(),
        });
    }

    let mut builder = SetBuilder::new(path.display().to_string());
    let (version, date) = source_version(path, &mut builder);
    let files: Vec<SourceFile> = contents
        .iter()
        .map(|(name, bytes)| SourceFile {
            name: (*name).to_owned(),
            sha256: crate::sha256_hex(bytes),
        })
        .collect();
    let listing: String = files
        .iter()
        .map(|file| format!("{}  {}\n", file.sha256, file.name))
        .collect();
    let source = builder.set.add_source(Source {
        name: "echap".to_owned(),
        location: path.display().to_string(),
        format: SourceFormat::Echap,
        version,
        sha256: crate::sha256_hex(listing.as_bytes()),
        files,
        date,
        built_in: false,
    });

    let mut reader = EntryReader::new(source);
    for (name, default_kind) in [
        ("ioc.yaml", FamilyKind::Other),
        ("watchware.yaml", FamilyKind::Watchware),
    ] {
        if let Some((_, bytes)) = contents.iter().find(|(file, _)| *file == name) {
            let file = path.join(name);
            builder.file = file.display().to_string();
            let roots = parse_yaml(&file, bytes)?;
            reader.read_roots(&mut builder, &file, &roots, default_kind)?;
        }
    }
    reader.report_repeated_values(&mut builder);

    if let Some((_, bytes)) = contents.iter().find(|(file, _)| *file == "samples.csv") {
        let file = path.join("samples.csv");
        builder.file = file.display().to_string();
        read_samples(&mut builder, source, &file, bytes)?;
    }
    if let Some((_, bytes)) = contents.iter().find(|(file, _)| *file == "rules.yar") {
        let file = path.join("rules.yar");
        builder.file = file.display().to_string();
        read_rules(&mut builder, source, &file, bytes, &reader.rule_families)?;
    }
    Ok(builder.finish())
}

/// Reads one YAML file in the shape of Echap's `ioc.yaml` (the family kind comes from each
/// entry's `type`).
pub fn read_file(path: &Path, bytes: &[u8]) -> Result<Loaded, Error> {
    let roots = parse_yaml(path, bytes)?;
    let mut builder = SetBuilder::new(path.display().to_string());
    let source = builder
        .set
        .add_source(crate::file_source(path, bytes, SourceFormat::Echap, None));
    let mut reader = EntryReader::new(source);
    reader.read_roots(&mut builder, path, &roots, FamilyKind::Other)?;
    reader.report_repeated_values(&mut builder);
    Ok(builder.finish())
}

/// The `version` and `fetched_at` strings of `unstalk-source.json`, when the folder has one.
fn source_version(dir: &Path, builder: &mut SetBuilder) -> (Option<String>, Option<String>) {
    let file = dir.join(SOURCE_INFO);
    if !file.is_file() {
        return (None, None);
    }
    let at = Location {
        line: None,
        record: Some(SOURCE_INFO.to_owned()),
    };
    let parsed = std::fs::read(&file)
        .map_err(|error| error.to_string())
        .and_then(|bytes| {
            serde_json::from_slice::<serde_json::Value>(&bytes).map_err(|error| error.to_string())
        });
    match parsed {
        Ok(value) => {
            let text = |key: &str| {
                value
                    .get(key)
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_owned)
            };
            (text("version"), text("fetched_at"))
        }
        Err(error) => {
            let previous = std::mem::replace(&mut builder.file, file.display().to_string());
            builder.report(
                Severity::Warning,
                "echap.source-info",
                &at,
                format!("cannot read the feed's version: {error}"),
            );
            builder.file = previous;
            (None, None)
        }
    }
}

// --- YAML tree --------------------------------------------------------------------------------

/// A YAML node with the (1-based) line it starts on. Scalars keep their exact text.
#[derive(Debug, Clone)]
enum Node {
    Scalar {
        text: String,
        plain: bool,
        line: u64,
    },
    Seq {
        items: Vec<Node>,
        line: u64,
    },
    Map {
        entries: Vec<(Node, Node)>,
        line: u64,
    },
}

impl Node {
    fn line(&self) -> u64 {
        match self {
            Node::Scalar { line, .. } | Node::Seq { line, .. } | Node::Map { line, .. } => *line,
        }
    }

    /// True for an empty value or a plain `~`/`null`.
    fn is_null(&self) -> bool {
        matches!(self, Node::Scalar { text, plain: true, .. }
            if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// The text of a scalar that is not null.
    fn text(&self) -> Option<&str> {
        match self {
            Node::Scalar { text, .. } if !self.is_null() => Some(text),
            _ => None,
        }
    }

    fn describe(&self) -> &'static str {
        match self {
            Node::Scalar { .. } if self.is_null() => "empty",
            Node::Scalar { .. } => "a single value",
            Node::Seq { .. } => "a list",
            Node::Map { .. } => "a mapping",
        }
    }

    /// (depth, node count) of a tree; recursion is bounded by [`MAX_DEPTH`].
    fn measure(&self) -> (usize, usize) {
        let children: Box<dyn Iterator<Item = &Node>> = match self {
            Node::Scalar { .. } => return (1, 1),
            Node::Seq { items, .. } => Box::new(items.iter()),
            Node::Map { entries, .. } => Box::new(entries.iter().flat_map(|(k, v)| [k, v])),
        };
        children.fold((1, 1), |(depth, count), child| {
            let (child_depth, child_count) = child.measure();
            (
                depth.max(child_depth + 1),
                count.saturating_add(child_count),
            )
        })
    }
}

enum Frame {
    Seq {
        items: Vec<Node>,
        line: u64,
        anchor: usize,
    },
    Map {
        entries: Vec<(Node, Node)>,
        key: Option<Node>,
        line: u64,
        anchor: usize,
    },
}

fn syntax(path: &Path, line: Option<u64>, message: impl Into<String>) -> Error {
    Error::Syntax {
        path: path.to_path_buf(),
        line,
        message: message.into(),
    }
}

/// Decodes UTF-8, naming the line of the first bad byte.
fn utf8<'b>(path: &Path, bytes: &'b [u8]) -> Result<&'b str, Error> {
    std::str::from_utf8(bytes).map_err(|error| {
        let good = bytes.get(..error.valid_up_to()).unwrap_or_default();
        let line = 1 + good.iter().filter(|&&b| b == b'\n').count() as u64;
        syntax(path, Some(line), format!("not UTF-8 text: {error}"))
    })
}

fn scan_error(path: &Path, error: &ScanError) -> Error {
    let marker = error.marker();
    let info = error.info();
    let what = if info.is_empty() {
        "invalid YAML".to_owned()
    } else {
        info
    };
    syntax(
        path,
        Some(marker.line() as u64),
        format!("{what} (column {})", marker.col() + 1),
    )
}

/// Parses YAML into one tree per document.
fn parse_yaml(path: &Path, bytes: &[u8]) -> Result<Vec<Node>, Error> {
    let text = utf8(path, bytes)?;
    let mut documents = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, (Node, usize)> = HashMap::new();
    let mut nodes = 0usize;
    for result in Parser::new_from_str(text) {
        let (event, span) = result.map_err(|error| scan_error(path, &error))?;
        let line = span.start.line() as u64;
        let node = match event {
            Event::Scalar(text, style, anchor, _) => {
                let node = Node::Scalar {
                    text: text.into_owned(),
                    plain: style == ScalarStyle::Plain,
                    line,
                };
                if anchor != 0 {
                    anchors.insert(anchor, (node.clone(), 1));
                }
                node
            }
            Event::Alias(id) => {
                let Some((node, depth)) = anchors.get(&id) else {
                    return Err(syntax(path, Some(line), "alias to an unknown anchor"));
                };
                let (_, count) = node.measure();
                nodes = nodes.saturating_add(count);
                if nodes > MAX_NODES {
                    return Err(syntax(
                        path,
                        Some(line),
                        format!("aliases expand to more than {MAX_NODES} nodes"),
                    ));
                }
                if stack.len() + depth > MAX_DEPTH {
                    return Err(syntax(
                        path,
                        Some(line),
                        format!("nested deeper than {MAX_DEPTH} levels"),
                    ));
                }
                node.clone()
            }
            Event::SequenceStart(_, anchor, _) | Event::MappingStart(_, anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(syntax(
                        path,
                        Some(line),
                        format!("nested deeper than {MAX_DEPTH} levels"),
                    ));
                }
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        items: Vec::new(),
                        line,
                        anchor,
                    }
                } else {
                    Frame::Map {
                        entries: Vec::new(),
                        key: None,
                        line,
                        anchor,
                    }
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match stack.pop() {
                    Some(Frame::Seq {
                        items,
                        line,
                        anchor,
                    }) => (Node::Seq { items, line }, anchor),
                    Some(Frame::Map {
                        entries,
                        line,
                        anchor,
                        ..
                    }) => (Node::Map { entries, line }, anchor),
                    None => return Err(syntax(path, Some(line), "unbalanced collection end")),
                };
                if anchor != 0 {
                    let (depth, _) = node.measure();
                    anchors.insert(anchor, (node.clone(), depth));
                }
                node
            }
            _ => continue,
        };
        nodes = nodes.saturating_add(1);
        match stack.last_mut() {
            None => documents.push(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                Some(key) => entries.push((key, node)),
                None => *key = Some(node),
            },
        }
    }
    Ok(documents)
}

// --- Entries ----------------------------------------------------------------------------------

/// The lists of a family entry, each with how its values are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Packages,
    Certificates,
    Websites,
    Distribution,
    C2Domains,
    C2Ips,
    IosBundles,
    CertOrganizations,
    CertCnRegex,
    XUrls,
    XDomains,
    XIps,
    XEmails,
    XCertSha256,
    XSampleSha256,
    XFileSha256,
    XFileSha1,
    XFileMd5,
    XConfigurationProfiles,
    XAndroidProperties,
    XProcessNames,
    XFilePaths,
    XFileNames,
    XYaraRules,
}

/// Every field, in the order the writer puts them.
const FIELDS: [Field; 24] = [
    Field::Packages,
    Field::Certificates,
    Field::Websites,
    Field::Distribution,
    Field::C2Domains,
    Field::C2Ips,
    Field::IosBundles,
    Field::CertOrganizations,
    Field::CertCnRegex,
    Field::XUrls,
    Field::XDomains,
    Field::XIps,
    Field::XEmails,
    Field::XCertSha256,
    Field::XSampleSha256,
    Field::XFileSha256,
    Field::XFileSha1,
    Field::XFileMd5,
    Field::XConfigurationProfiles,
    Field::XAndroidProperties,
    Field::XProcessNames,
    Field::XFilePaths,
    Field::XFileNames,
    Field::XYaraRules,
];

impl Field {
    /// The key as written (`c2.domains` and `c2.ips` are written under `c2`).
    fn key(self) -> &'static str {
        match self {
            Field::Packages => "packages",
            Field::Certificates => "certificates",
            Field::Websites => "websites",
            Field::Distribution => "distribution",
            Field::C2Domains => "domains",
            Field::C2Ips => "ips",
            Field::IosBundles => "ios_bundles",
            Field::CertOrganizations => "certificate_organizations",
            Field::CertCnRegex => "certificate_cname_re",
            Field::XUrls => "x_urls",
            Field::XDomains => "x_domains",
            Field::XIps => "x_ips",
            Field::XEmails => "x_emails",
            Field::XCertSha256 => "x_cert_sha256",
            Field::XSampleSha256 => "x_sample_sha256",
            Field::XFileSha256 => "x_file_sha256",
            Field::XFileSha1 => "x_file_sha1",
            Field::XFileMd5 => "x_file_md5",
            Field::XConfigurationProfiles => "x_configuration_profiles",
            Field::XAndroidProperties => "x_android_properties",
            Field::XProcessNames => "x_process_names",
            Field::XFilePaths => "x_file_paths",
            Field::XFileNames => "x_file_names",
            Field::XYaraRules => "x_yara_rules",
        }
    }

    /// The field of a top-level key (not `c2`'s keys).
    fn of_key(key: &str) -> Option<Field> {
        FIELDS
            .into_iter()
            .filter(|field| !matches!(field, Field::C2Domains | Field::C2Ips))
            .find(|field| field.key() == key)
    }

    /// The name diagnostics use for the field.
    fn display(self) -> String {
        match self {
            Field::C2Domains | Field::C2Ips => format!("c2.{}", self.key()),
            _ => self.key().to_owned(),
        }
    }

    /// The role values of the field get.
    fn role(self) -> Option<Role> {
        match self {
            Field::Websites => Some(Role::Website),
            Field::Distribution => Some(Role::Distribution),
            Field::C2Domains | Field::C2Ips => Some(Role::C2),
            Field::XSampleSha256 | Field::XYaraRules => Some(Role::Sample),
            _ => None,
        }
    }

    /// The field the writer puts an indicator in.
    fn of_indicator(indicator: &Indicator) -> Field {
        match (indicator.kind, indicator.role) {
            (IndicatorKind::AndroidPackage, _) => Field::Packages,
            (IndicatorKind::IosBundle, _) => Field::IosBundles,
            (IndicatorKind::CertSha1, _) => Field::Certificates,
            (IndicatorKind::CertSha256, _) => Field::XCertSha256,
            (IndicatorKind::CertOrganization, _) => Field::CertOrganizations,
            (IndicatorKind::CertCnRegex, _) => Field::CertCnRegex,
            (IndicatorKind::Domain | IndicatorKind::Url, Some(Role::Website)) => Field::Websites,
            (IndicatorKind::Domain | IndicatorKind::Url, Some(Role::Distribution)) => {
                Field::Distribution
            }
            (IndicatorKind::Domain | IndicatorKind::Url, Some(Role::C2)) => Field::C2Domains,
            (IndicatorKind::Domain, _) => Field::XDomains,
            (IndicatorKind::Url, _) => Field::XUrls,
            (IndicatorKind::Ipv4 | IndicatorKind::Ipv6 | IndicatorKind::Cidr, Some(Role::C2)) => {
                Field::C2Ips
            }
            (IndicatorKind::Ipv4 | IndicatorKind::Ipv6 | IndicatorKind::Cidr, _) => Field::XIps,
            (IndicatorKind::Email, _) => Field::XEmails,
            (IndicatorKind::FileSha256, Some(Role::Sample)) => Field::XSampleSha256,
            (IndicatorKind::FileSha256, _) => Field::XFileSha256,
            (IndicatorKind::FileSha1, _) => Field::XFileSha1,
            (IndicatorKind::FileMd5, _) => Field::XFileMd5,
            (IndicatorKind::ConfigurationProfile, _) => Field::XConfigurationProfiles,
            (IndicatorKind::AndroidProperty, _) => Field::XAndroidProperties,
            (IndicatorKind::ProcessName, _) => Field::XProcessNames,
            (IndicatorKind::FilePath, _) => Field::XFilePaths,
            (IndicatorKind::FileName, _) => Field::XFileNames,
            (IndicatorKind::YaraRule, _) => Field::XYaraRules,
        }
    }
}

/// Where a value read from YAML sits, for the repeated-value warnings.
struct ValueSite {
    index: usize,
    file: String,
    line: u64,
    field: Field,
}

/// Where one value (kind and text) was listed so far.
#[derive(Default)]
struct Group<'s> {
    /// The first family listing it, and where.
    first: Option<(&'s str, &'s ValueSite)>,
    /// Lower-cased family names listing it.
    families: HashSet<String>,
    /// (lower-cased family, role) -> first place listed.
    listings: HashMap<(String, Option<Role>), &'s ValueSite>,
}

/// Reads family entries into a builder, remembering where each value came from.
struct EntryReader {
    source: u32,
    sites: Vec<ValueSite>,
    /// Lower-cased family name -> (file, line) of its first entry.
    first_entry: HashMap<String, (String, u64)>,
    /// (rule name, family) from `x_yara_rule_names`.
    rule_families: Vec<(String, String)>,
}

/// What a family entry contributes, once its name is known.
struct EntryContext<'a> {
    /// `None` for the `unattributed` entry.
    family: Option<&'a str>,
    name: &'a str,
}

impl EntryReader {
    fn new(source: u32) -> EntryReader {
        EntryReader {
            source,
            sites: Vec::new(),
            first_entry: HashMap::new(),
            rule_families: Vec::new(),
        }
    }

    fn read_roots(
        &mut self,
        builder: &mut SetBuilder,
        path: &Path,
        roots: &[Node],
        default_kind: FamilyKind,
    ) -> Result<(), Error> {
        for root in roots {
            match root {
                Node::Seq { items, .. } => {
                    for entry in items {
                        self.read_entry(builder, entry, default_kind);
                    }
                }
                _ if root.is_null() => {}
                _ => {
                    return Err(syntax(
                        path,
                        Some(root.line()),
                        format!(
                            "expected a list of families (`- name: …`), found {}",
                            root.describe()
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    fn read_entry(&mut self, builder: &mut SetBuilder, entry: &Node, default_kind: FamilyKind) {
        let line = entry.line();
        let at_entry = Location {
            line: Some(line),
            record: None,
        };
        let Node::Map { entries, .. } = entry else {
            builder.report(
                Severity::Error,
                "echap.bad-record",
                &at_entry,
                format!(
                    "a family entry must be a mapping with a `name`, found {}; skipped",
                    entry.describe()
                ),
            );
            return;
        };
        let get = |key: &str| {
            entries
                .iter()
                .find(|(k, _)| k.text() == Some(key))
                .map(|(_, value)| value)
        };
        let Some(name) = get("name").and_then(Node::text).map(str::trim) else {
            builder.report(
                Severity::Error,
                "echap.bad-record",
                &at_entry,
                "family entry without a `name`; skipped",
            );
            return;
        };
        if name.is_empty() {
            builder.report(
                Severity::Error,
                "echap.bad-record",
                &at_entry,
                "family entry with an empty `name`; skipped",
            );
            return;
        }
        let at_name = |key: &str, line: u64| Location {
            line: Some(line),
            record: Some(format!("{name}: {key}")),
        };

        let type_text = get("type").and_then(Node::text).map(str::trim);
        let kind = match type_text.and_then(FamilyKind::parse) {
            Some(kind) => kind,
            None => {
                let message = match type_text {
                    Some(text) => format!("unknown type {text:?}"),
                    None => "no `type`".to_owned(),
                };
                builder.report(
                    Severity::Warning,
                    "echap.unknown-type",
                    &at_name("type", get("type").map_or(line, Node::line)),
                    format!("{message}; kept as {}", default_kind.as_str()),
                );
                default_kind
            }
        };

        let mut aliases = Vec::new();
        if let Some(names) = get("names") {
            for (alias, _) in Self::values(builder, names, name, "names") {
                aliases.push(alias.to_owned());
            }
        }

        let unattributed = name == UNATTRIBUTED && type_text == Some(FamilyKind::Other.as_str());
        let canonical = if unattributed {
            None
        } else {
            let key = name.to_ascii_lowercase();
            let mut same_name = builder
                .set
                .families
                .iter()
                .filter(|family| family.name.eq_ignore_ascii_case(name));
            let previous = same_name
                .clone()
                .find(|family| family.kind == kind)
                .or_else(|| same_name.next())
                .map(|family| family.kind);
            match previous {
                Some(previous_kind) => {
                    let first = self
                        .first_entry
                        .get(&key)
                        .map(|(file, line)| format!(" (first at {file}:{line})"))
                        .unwrap_or_default();
                    let (code, message) = if previous_kind == kind {
                        (
                            "echap.family-repeated",
                            format!(
                                "family {name} is listed again{first}; its names and values are \
                                 merged into the first entry"
                            ),
                        )
                    } else {
                        (
                            "echap.family-two-kinds",
                            format!(
                                "family {name} is listed as {}{first} and again as {} here; kept \
                                 as two families, so a match names both",
                                previous_kind.as_str(),
                                kind.as_str()
                            ),
                        )
                    };
                    builder.report(Severity::Warning, code, &at_name("name", line), message);
                }
                None => {
                    self.first_entry.insert(key, (builder.file.clone(), line));
                }
            }
            Some(builder.set.add_family(Family {
                name: name.to_owned(),
                aliases,
                kind,
                source: self.source,
            }))
        };
        let context = EntryContext {
            family: canonical.as_deref(),
            name,
        };

        let mut seen_keys: HashSet<&str> = HashSet::new();
        for (key_node, value) in entries {
            let Some(key) = key_node.text() else {
                builder.report(
                    Severity::Warning,
                    "echap.unknown-key",
                    &at_name("?", key_node.line()),
                    format!("a key that is {}; ignored", key_node.describe()),
                );
                continue;
            };
            if !seen_keys.insert(key) {
                builder.report(
                    Severity::Warning,
                    "echap.duplicate-key",
                    &at_name(key, key_node.line()),
                    format!("key `{key}` appears twice in the entry; both are read"),
                );
            }
            match key {
                "name" | "names" | "type" => {}
                "c2" => self.read_c2(builder, &context, value),
                RULE_NAMES => {
                    for (rule, _) in Self::values(builder, value, name, key) {
                        if let Some(family) = context.family {
                            self.rule_families
                                .push((rule.trim().to_owned(), family.to_owned()));
                        }
                    }
                }
                _ => match Field::of_key(key) {
                    Some(field) => {
                        if field == Field::CertOrganizations {
                            builder.report(
                                Severity::Warning,
                                "echap.certificate-organizations",
                                &at_name(key, key_node.line()),
                                "`certificate_organizations` is outside Echap's documented \
                                 schema; its values are kept as certificate organisations",
                            );
                        } else if field == Field::CertCnRegex {
                            builder.report(
                                Severity::Warning,
                                "echap.certificate-cname-re",
                                &at_name(key, key_node.line()),
                                "`certificate_cname_re` is outside Echap's documented \
                                 schema; its values are kept as certificate CN patterns",
                            );
                        }
                        self.read_field(builder, &context, field, value);
                    }
                    None => builder.report(
                        Severity::Warning,
                        "echap.unknown-key",
                        &at_name(key, key_node.line()),
                        format!("unknown key `{key}`; its values are not read"),
                    ),
                },
            }
        }
    }

    fn read_c2(&mut self, builder: &mut SetBuilder, context: &EntryContext<'_>, c2: &Node) {
        let name = context.name;
        match c2 {
            Node::Map { entries, .. } => {
                for (key_node, value) in entries {
                    let key = key_node.text().unwrap_or("?");
                    let at = Location {
                        line: Some(key_node.line()),
                        record: Some(format!("{name}: c2.{key}")),
                    };
                    match key {
                        "domains" => self.read_field(builder, context, Field::C2Domains, value),
                        "ips" => self.read_field(builder, context, Field::C2Ips, value),
                        "ip" => {
                            builder.report(
                                Severity::Warning,
                                "echap.c2-ip-key",
                                &at,
                                "`c2.ip` should be `c2.ips` (use `ips`); read as `ips`",
                            );
                            self.read_field(builder, context, Field::C2Ips, value);
                        }
                        _ => builder.report(
                            Severity::Warning,
                            "echap.unknown-key",
                            &at,
                            format!("unknown key `c2.{key}`; its values are not read"),
                        ),
                    }
                }
            }
            _ if c2.is_null() => {}
            _ => builder.report(
                Severity::Error,
                "echap.bad-value",
                &Location {
                    line: Some(c2.line()),
                    record: Some(format!("{name}: c2")),
                },
                format!(
                    "`c2` must be a mapping with `domains` and `ips`, found {}; skipped",
                    c2.describe()
                ),
            ),
        }
    }

    /// The scalar values of a list (or of a lone scalar, with a warning), with their lines.
    fn values<'n>(
        builder: &mut SetBuilder,
        node: &'n Node,
        name: &str,
        key: &str,
    ) -> Vec<(&'n str, u64)> {
        let at = |line: u64| Location {
            line: Some(line),
            record: Some(format!("{name}: {key}")),
        };
        match node {
            Node::Seq { items, .. } => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    match item.text() {
                        Some(text) => values.push((text, item.line())),
                        None => builder.report(
                            Severity::Error,
                            "echap.bad-value",
                            &at(item.line()),
                            format!("an item of `{key}` is {}; skipped", item.describe()),
                        ),
                    }
                }
                values
            }
            _ if node.is_null() => Vec::new(),
            Node::Scalar { text, line, .. } => {
                builder.report(
                    Severity::Warning,
                    "echap.not-a-list",
                    &at(*line),
                    format!("`{key}` should be a list; read as a list of one"),
                );
                vec![(text.as_str(), *line)]
            }
            Node::Map { line, .. } => {
                builder.report(
                    Severity::Error,
                    "echap.bad-value",
                    &at(*line),
                    format!("`{key}` should be a list, found a mapping; skipped"),
                );
                Vec::new()
            }
        }
    }

    fn read_field(
        &mut self,
        builder: &mut SetBuilder,
        context: &EntryContext<'_>,
        field: Field,
        node: &Node,
    ) {
        let display = field.display();
        for (value, line) in Self::values(builder, node, context.name, &display) {
            let at = Location {
                line: Some(line),
                record: Some(format!("{}: {display}", context.name)),
            };
            let trimmed = value.trim();
            let mut label = None;
            let kind = match field {
                Field::Packages => IndicatorKind::AndroidPackage,
                Field::IosBundles => IndicatorKind::IosBundle,
                Field::Certificates => {
                    let digits = trimmed
                        .chars()
                        .filter(|c| !matches!(c, ':' | ' ' | '-'))
                        .count();
                    if digits == 64 {
                        IndicatorKind::CertSha256
                    } else {
                        IndicatorKind::CertSha1
                    }
                }
                Field::CertOrganizations => IndicatorKind::CertOrganization,
                Field::CertCnRegex => IndicatorKind::CertCnRegex,
                Field::Websites | Field::Distribution | Field::C2Domains => {
                    if trimmed.contains("://") || trimmed.contains('/') {
                        builder.report(
                            Severity::Warning,
                            "echap.url-value",
                            &at,
                            format!("{trimmed:?} is a URL, not a domain; kept as a URL"),
                        );
                        IndicatorKind::Url
                    } else {
                        IndicatorKind::Domain
                    }
                }
                Field::C2Ips | Field::XIps => match normalize::ip_kind(trimmed) {
                    Some(kind) => kind,
                    None if trimmed.bytes().any(|b| b.is_ascii_alphabetic())
                        && normalize::domain(trimmed).is_ok() =>
                    {
                        builder.report(
                            Severity::Warning,
                            "echap.domain-in-ips",
                            &at,
                            format!("{trimmed:?} is a domain, not an address; kept as a domain"),
                        );
                        IndicatorKind::Domain
                    }
                    None => IndicatorKind::Ipv4,
                },
                Field::XUrls => IndicatorKind::Url,
                Field::XDomains => IndicatorKind::Domain,
                Field::XEmails => IndicatorKind::Email,
                Field::XCertSha256 => IndicatorKind::CertSha256,
                Field::XSampleSha256 | Field::XFileSha256 => IndicatorKind::FileSha256,
                Field::XFileSha1 => IndicatorKind::FileSha1,
                Field::XFileMd5 => IndicatorKind::FileMd5,
                Field::XConfigurationProfiles => IndicatorKind::ConfigurationProfile,
                Field::XAndroidProperties => IndicatorKind::AndroidProperty,
                Field::XProcessNames => IndicatorKind::ProcessName,
                Field::XFilePaths => IndicatorKind::FilePath,
                Field::XFileNames => IndicatorKind::FileName,
                Field::XYaraRules => {
                    label = crate::formats::yara::split_rules(value)
                        .0
                        .first()
                        .map(|rule| rule.name);
                    IndicatorKind::YaraRule
                }
            };
            let pushed = builder.push(
                RawIndicator {
                    kind,
                    value,
                    family: context.family,
                    role: field.role(),
                    label,
                    provenance: Provenance {
                        source: self.source,
                        ..Provenance::default()
                    },
                },
                &at,
            );
            if pushed {
                self.sites.push(ValueSite {
                    index: builder.set.indicators.len().saturating_sub(1),
                    file: builder.file.clone(),
                    line,
                    field,
                });
            }
        }
    }

    /// Warns about values listed twice in one family or under several families.
    fn report_repeated_values(&self, builder: &mut SetBuilder) {
        let mut groups: HashMap<(IndicatorKind, &str), Group<'_>> = HashMap::new();
        let mut reports = Vec::new();
        for site in &self.sites {
            let Some(indicator) = builder.set.indicators.get(site.index) else {
                continue;
            };
            let Some(family) = indicator.family.as_deref() else {
                continue;
            };
            let group = groups
                .entry((indicator.kind, indicator.value.as_str()))
                .or_default();
            let family_key = family.to_ascii_lowercase();
            let listing = (family_key.clone(), indicator.role);
            if let Some(first) = group.listings.get(&listing) {
                reports.push((
                    site,
                    "echap.duplicate-value",
                    format!(
                        "{} is listed twice in {family} (first at {}:{}, `{}`); kept as read",
                        indicator.value,
                        first.file,
                        first.line,
                        first.field.display()
                    ),
                ));
            } else if !group.families.contains(&family_key)
                && let Some((other, first)) = group.first
            {
                reports.push((
                    site,
                    "echap.shared-value",
                    format!(
                        "{} {} is listed under both {other} ({}:{}) and {family}; kept for both",
                        indicator.kind, indicator.value, first.file, first.line
                    ),
                ));
            }
            group.first.get_or_insert((family, site));
            group.listings.entry(listing).or_insert(site);
            group.families.insert(family_key);
        }
        let reports: Vec<_> = reports
            .into_iter()
            .map(|(site, code, message)| {
                let family = builder
                    .set
                    .indicators
                    .get(site.index)
                    .and_then(|indicator| indicator.family.clone())
                    .unwrap_or_default();
                (
                    site.file.clone(),
                    Location {
                        line: Some(site.line),
                        record: Some(format!("{family}: {}", site.field.display())),
                    },
                    code,
                    message,
                )
            })
            .collect();
        let current = builder.file.clone();
        for (file, at, code, message) in reports {
            builder.file = file;
            builder.report(Severity::Warning, code, &at, message);
        }
        builder.file = current;
    }
}

// --- samples.csv and rules.yar ----------------------------------------------------------------

fn read_samples(
    builder: &mut SetBuilder,
    source: u32,
    path: &Path,
    bytes: &[u8],
) -> Result<(), Error> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|error| syntax(path, Some(1), format!("cannot read the header: {error}")))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|header| header.trim().eq_ignore_ascii_case(name))
    };
    let Some(sha_column) = column("SHA256") else {
        if headers.iter().all(|header| header.trim().is_empty()) {
            return Ok(()); // an empty file: no samples
        }
        return Err(syntax(
            path,
            Some(1),
            format!(
                "expected the header `{}`, found `{}`",
                SAMPLES_HEADER.join(","),
                headers.iter().collect::<Vec<_>>().join(",")
            ),
        ));
    };
    let package_column = column("Package Name");
    let certificate_column = column("Certificate");
    let version_column = column("Version");
    let app_column = column("App");

    // csv's line counter is off by one after CRLF line ends, and its byte offset points at the
    // `\n` of the previous line there: count line feeds up to and including that byte.
    let mut lines = LineCounter::new(bytes);
    // App name -> (first line, rows), in order of first appearance.
    let mut unknown_apps: Vec<(String, u64, usize)> = Vec::new();
    let mut unknown_index: HashMap<String, usize> = HashMap::new();
    let families = FamilyIndex::new(&builder.set.families);
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|position| lines.line_at(position));
                builder.report(
                    Severity::Error,
                    "echap.sample-bad-row",
                    &Location { line, record: None },
                    format!("cannot read the row: {error}; skipped"),
                );
                continue;
            }
        };
        let line = record.position().map(|position| lines.line_at(position));
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        let field = |index: Option<usize>| {
            index
                .and_then(|index| record.get(index))
                .map(str::trim)
                .filter(|value| !value.is_empty())
        };
        let raw_sha = field(Some(sha_column)).unwrap_or_default();
        let app_raw = app_column
            .and_then(|index| record.get(index))
            .unwrap_or_default();
        let at = Location {
            line,
            record: Some(format!("sample of {}", app_raw.trim())),
        };
        let sha256 = match normalize::normalize(IndicatorKind::FileSha256, raw_sha) {
            Ok(sha256) => sha256,
            Err(error) => {
                builder.report(
                    Severity::Error,
                    "echap.sample-bad-sha256",
                    &at,
                    format!("{error}; row skipped"),
                );
                continue;
            }
        };
        let certificate = match field(certificate_column) {
            None => None,
            Some(raw) => {
                let kind = if raw.len() == 64 {
                    IndicatorKind::CertSha256
                } else {
                    IndicatorKind::CertSha1
                };
                match normalize::normalize(kind, raw) {
                    Ok(certificate) => Some(certificate),
                    Err(error) => {
                        builder.report(
                            Severity::Error,
                            "echap.sample-bad-certificate",
                            &at,
                            format!("{error}; the sample is kept without its certificate"),
                        );
                        None
                    }
                }
            }
        };
        let family = families.get(app_raw.trim()).map(str::to_owned);
        if family.is_none() {
            match unknown_index
                .get(app_raw)
                .and_then(|&i| unknown_apps.get_mut(i))
            {
                Some((_, _, rows)) => *rows += 1,
                None => {
                    unknown_index.insert(app_raw.to_owned(), unknown_apps.len());
                    unknown_apps.push((app_raw.to_owned(), line.unwrap_or(0), 1));
                }
            }
        }
        // samples.csv names apps, not kinds: a name listed under two kinds (WiseMo) joins the
        // first family of that name, as `IndicatorSet::family` resolves it.
        let family_kind = family
            .as_deref()
            .and_then(|name| builder.set.family(name))
            .map(|found| found.kind);
        let pushed = builder.push(
            RawIndicator {
                kind: IndicatorKind::FileSha256,
                value: &sha256,
                family: family.as_deref(),
                role: Some(Role::Sample),
                label: None,
                provenance: Provenance {
                    source,
                    ..Provenance::default()
                },
            },
            &at,
        );
        if pushed && let Some(indicator) = builder.set.indicators.last_mut() {
            indicator.family_kind = family_kind;
        }
        builder.set.samples.push(Sample {
            sha256,
            package: field(package_column).map(str::to_owned),
            certificate,
            version: field(version_column).map(str::to_owned),
            app: app_raw.to_owned(),
            family,
            source,
        });
    }
    for (app, line, rows) in unknown_apps {
        builder.report(
            Severity::Warning,
            "echap.sample-unknown-app",
            &Location {
                line: Some(line),
                record: Some(format!("App {app}")),
            },
            format!(
                "no family or alias is named {app:?}; its {rows} sample(s) are kept without a family"
            ),
        );
    }
    Ok(())
}

/// Line numbers of byte offsets met in increasing order, counted incrementally.
struct LineCounter<'b> {
    bytes: &'b [u8],
    /// Bytes before this offset have been counted...
    offset: usize,
    /// ...and hold this many line feeds.
    feeds: u64,
}

impl<'b> LineCounter<'b> {
    fn new(bytes: &'b [u8]) -> LineCounter<'b> {
        LineCounter {
            bytes,
            offset: 0,
            feeds: 0,
        }
    }

    /// The 1-based line of a record starting at `position` (its byte included).
    fn line_at(&mut self, position: &csv::Position) -> u64 {
        let end = usize::try_from(position.byte())
            .unwrap_or(usize::MAX)
            .saturating_add(1)
            .min(self.bytes.len());
        if end < self.offset {
            self.offset = 0;
            self.feeds = 0;
        }
        let fresh = self.bytes.get(self.offset..end).unwrap_or_default();
        self.feeds += fresh.iter().filter(|&&b| b == b'\n').count() as u64;
        self.offset = end;
        1 + self.feeds
    }
}

/// Finds families by name or alias: ASCII case-insensitively, names before aliases (as
/// [`IndicatorSet::family`]); failing that, ignoring `_`, `-` and spaces (`android_police` is
/// `AndroidPolice`).
struct FamilyIndex {
    exact: HashMap<String, String>,
    compact: HashMap<String, String>,
}

impl FamilyIndex {
    fn new(families: &[Family]) -> FamilyIndex {
        let mut index = FamilyIndex {
            exact: HashMap::new(),
            compact: HashMap::new(),
        };
        let names = families.iter().map(|family| (&family.name, family));
        let aliases = families
            .iter()
            .flat_map(|family| family.aliases.iter().map(move |alias| (alias, family)));
        for (name, family) in names.chain(aliases) {
            index
                .exact
                .entry(name.to_ascii_lowercase())
                .or_insert_with(|| family.name.clone());
            let compact = Self::compact(name);
            if !compact.is_empty() {
                index
                    .compact
                    .entry(compact)
                    .or_insert_with(|| family.name.clone());
            }
        }
        index
    }

    fn compact(text: &str) -> String {
        text.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .map(|c| c.to_ascii_lowercase())
            .collect()
    }

    /// The canonical name of the family called `name`.
    fn get(&self, name: &str) -> Option<&str> {
        if name.is_empty() {
            return None;
        }
        self.exact
            .get(&name.to_ascii_lowercase())
            .or_else(|| self.compact.get(&Self::compact(name)))
            .map(String::as_str)
    }
}

fn read_rules(
    builder: &mut SetBuilder,
    source: u32,
    path: &Path,
    bytes: &[u8],
    rule_families: &[(String, String)],
) -> Result<(), Error> {
    let text = utf8(path, bytes)?;
    if text.trim().is_empty() {
        return Ok(());
    }
    let families = FamilyIndex::new(&builder.set.families);
    let mut listed: HashMap<&str, &str> = HashMap::new();
    for (rule, family) in rule_families {
        listed.entry(rule).or_insert(family);
    }
    crate::formats::yara::add_rules(builder, source, text, |rule| {
        listed.get(rule).copied().or_else(|| families.get(rule))
    });
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/// One family entry to write.
struct EntryOut<'s> {
    name: &'s str,
    aliases: &'s [String],
    kind: FamilyKind,
    /// Values per field, indexed like [`FIELDS`].
    values: Vec<Vec<String>>,
    /// Rules of `rules.yar` that belong to the family but are not named after it.
    rule_names: Vec<String>,
}

impl<'s> EntryOut<'s> {
    fn new(name: &'s str, aliases: &'s [String], kind: FamilyKind) -> EntryOut<'s> {
        EntryOut {
            name,
            aliases,
            kind,
            values: vec![Vec::new(); FIELDS.len()],
            rule_names: Vec::new(),
        }
    }
}

/// Groups the set's indicators into entries: the families in set order, then families that
/// indicators name but the set lacks, then `unattributed`. With `external`, sample hashes
/// covered by `samples.csv` and rules of a YARA source are left out (they are written to
/// those files; a rule not named after its family is listed in `x_yara_rule_names`).
fn entries(set: &IndicatorSet, external: bool) -> Vec<EntryOut<'_>> {
    let families = FamilyIndex::new(&set.families);
    let mut out: Vec<EntryOut<'_>> = set
        .families
        .iter()
        .map(|family| EntryOut::new(&family.name, &family.aliases, family.kind))
        .collect();
    let mut by_name: HashMap<String, usize> = set
        .families
        .iter()
        .enumerate()
        .map(|(index, family)| (family.name.to_ascii_lowercase(), index))
        .collect();
    let mut unattributed: Option<usize> = None;

    // (sha256, family) of samples that samples.csv carries.
    let mut covered: HashMap<(&str, Option<String>), usize> = HashMap::new();
    if external {
        for sample in &set.samples {
            *covered
                .entry((
                    sample.sha256.as_str(),
                    sample.family.as_ref().map(|f| f.to_ascii_lowercase()),
                ))
                .or_default() += 1;
        }
    }

    for indicator in &set.indicators {
        let field = Field::of_indicator(indicator);
        let family_key = indicator.family.as_ref().map(|f| f.to_ascii_lowercase());
        if external
            && field == Field::XSampleSha256
            && let Some(count) = covered
                .get_mut(&(indicator.value.as_str(), family_key.clone()))
                .filter(|count| **count > 0)
        {
            *count -= 1;
            continue;
        }
        let in_rules_file = external
            && field == Field::XYaraRules
            && set.yara_sources.iter().any(|yara| {
                yara.source == indicator.provenance.source && yara.text.contains(&indicator.value)
            });
        if in_rules_file && indicator.family.is_none() {
            continue;
        }
        // A family listed under two kinds (WiseMo) has two entries: take the one of the
        // indicator's kind.
        let same_kind = indicator.family_kind.and_then(|kind| {
            set.families.iter().position(|family| {
                family.kind == kind
                    && indicator
                        .family
                        .as_deref()
                        .is_some_and(|name| family.name.eq_ignore_ascii_case(name))
            })
        });
        let index = match (&indicator.family, family_key) {
            _ if let Some(index) = same_kind => index,
            (Some(family), Some(key)) => match by_name.get(&key) {
                Some(&index) => index,
                None => match set
                    .family(family)
                    .and_then(|found| by_name.get(&found.name.to_ascii_lowercase()).copied())
                {
                    Some(index) => index,
                    None => {
                        out.push(EntryOut::new(family, &[], FamilyKind::Other));
                        let index = out.len() - 1;
                        by_name.insert(key, index);
                        index
                    }
                },
            },
            _ => *unattributed.get_or_insert_with(|| {
                out.push(EntryOut::new(UNATTRIBUTED, &[], FamilyKind::Other));
                out.len() - 1
            }),
        };
        let Some(entry) = out.get_mut(index) else {
            continue;
        };
        if in_rules_file {
            // rules.yar carries the rule; its family is found again by the rule's name, or
            // else by the entry's `x_yara_rule_names`.
            let name = indicator.label.clone().or_else(|| {
                crate::formats::yara::split_rules(&indicator.value)
                    .0
                    .first()
                    .map(|rule| rule.name.to_owned())
            });
            if let Some(name) = name {
                let found = families.get(&name);
                if !found.is_some_and(|found| found.eq_ignore_ascii_case(entry.name))
                    && !entry.rule_names.contains(&name)
                {
                    entry.rule_names.push(name);
                }
            }
            continue;
        }
        let slot = FIELDS
            .iter()
            .position(|candidate| *candidate == field)
            .unwrap_or(0);
        let value = match field {
            Field::Certificates | Field::XCertSha256 => indicator.value.to_ascii_uppercase(),
            _ => indicator.value.clone(),
        };
        if let Some(values) = entry.values.get_mut(slot) {
            values.push(value);
        }
    }
    // Keep `unattributed` last, after families only indicators name.
    if let Some(index) = unattributed {
        let entry = out.remove(index);
        out.push(entry);
    }
    out
}

/// Writes a folder in Echap layout: `ioc.yaml` (every family that is not watchware, and
/// values without a family), `watchware.yaml`, `samples.csv`, `rules.yar`.
pub fn write_dir(set: &IndicatorSet, dir: &Path) -> Result<(), Error> {
    let write_error = |path: &Path, source: io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(|source| write_error(dir, source))?;
    let all = entries(set, true);
    let (watchware, ioc): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|entry| entry.kind == FamilyKind::Watchware);

    let mut files: Vec<(&str, Vec<u8>)> = Vec::new();
    let mut ioc_text = String::new();
    emit_entries(&mut ioc_text, &ioc);
    files.push(("ioc.yaml", ioc_text.into_bytes()));
    let mut watchware_text = String::new();
    emit_entries(&mut watchware_text, &watchware);
    files.push(("watchware.yaml", watchware_text.into_bytes()));

    let samples_path = dir.join("samples.csv");
    let samples = samples_csv(set).map_err(|source| write_error(&samples_path, source))?;
    files.push(("samples.csv", samples));

    let mut rules = Vec::new();
    crate::formats::yara::write(set, &mut rules)
        .map_err(|source| write_error(&dir.join("rules.yar"), source))?;
    files.push(("rules.yar", rules));

    for (name, bytes) in files {
        let path = dir.join(name);
        let temporary = dir.join(format!(".{name}.tmp"));
        std::fs::write(&temporary, &bytes).map_err(|source| write_error(&temporary, source))?;
        std::fs::rename(&temporary, &path).map_err(|source| write_error(&path, source))?;
    }
    Ok(())
}

/// Writes every family (and values without one) as one `ioc.yaml`-style stream. Sample hashes
/// go under `x_sample_sha256` and YARA rules under `x_yara_rules`, so nothing is left out.
pub fn write_combined(set: &IndicatorSet, out: &mut dyn Write) -> io::Result<()> {
    let mut text = String::new();
    emit_entries(&mut text, &entries(set, false));
    out.write_all(text.as_bytes())
}

/// `samples.csv` in Echap's form: SHA-256 lower case, certificate upper case, CRLF lines.
fn samples_csv(set: &IndicatorSet) -> io::Result<Vec<u8>> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(SAMPLES_HEADER)?;
    for sample in &set.samples {
        let certificate = sample
            .certificate
            .as_deref()
            .map(str::to_ascii_uppercase)
            .unwrap_or_default();
        writer.write_record([
            sample.sha256.to_ascii_lowercase().as_str(),
            sample.package.as_deref().unwrap_or_default(),
            certificate.as_str(),
            sample.version.as_deref().unwrap_or_default(),
            sample.app.as_str(),
        ])?;
    }
    writer
        .into_inner()
        .map_err(|error| io::Error::other(error.to_string()))
}

fn emit_entries(out: &mut String, entries: &[EntryOut<'_>]) {
    if entries.is_empty() {
        out.push_str("[]\n");
        return;
    }
    for (index, entry) in entries.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        emit_entry(out, entry);
    }
}

fn emit_entry(out: &mut String, entry: &EntryOut<'_>) {
    out.push_str("- name: ");
    out.push_str(&scalar(entry.name));
    out.push('\n');
    emit_list(out, "  ", "names", entry.aliases);
    out.push_str("  type: ");
    out.push_str(entry.kind.as_str());
    out.push('\n');
    let mut c2_written = false;
    for (field, values) in FIELDS.iter().zip(&entry.values) {
        if values.is_empty() {
            continue;
        }
        if matches!(field, Field::C2Domains | Field::C2Ips) {
            if !c2_written {
                out.push_str("  c2:\n");
                c2_written = true;
            }
            emit_list(out, "    ", field.key(), values);
        } else {
            emit_list(out, "  ", field.key(), values);
        }
    }
    emit_list(out, "  ", RULE_NAMES, &entry.rule_names);
}

fn emit_list(out: &mut String, indent: &str, key: &str, values: &[String]) {
    if values.is_empty() {
        return;
    }
    out.push_str(indent);
    out.push_str(key);
    out.push_str(":\n");
    for value in values {
        out.push_str(indent);
        out.push_str("- ");
        out.push_str(&scalar(value));
        out.push('\n');
    }
}

/// `text` as a YAML scalar: plain when that reads back as the same string in YAML 1.1 and 1.2
/// (so Python's `yaml.safe_load` agrees), double-quoted otherwise.
fn scalar(text: &str) -> std::borrow::Cow<'_, str> {
    if plain_is_safe(text) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(double_quoted(text))
    }
}

fn plain_is_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if !first.is_ascii_alphanumeric() || text.ends_with(' ') || text.contains("  ") {
        return false;
    }
    if !text.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || matches!(c, '.' | '-' | '_' | '/' | ' ' | '@' | '+' | '(' | ')')
    }) {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) {
        return false;
    }
    // Anything a YAML 1.1 or 1.2 resolver could read as a number or a date stays quoted.
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let looks_numeric = lower.replace('_', "").parse::<f64>().is_ok()
        || radix_int(&lower, "0x", |b| b.is_ascii_hexdigit())
        || radix_int(&lower, "0o", |b| (b'0'..=b'7').contains(&b))
        || radix_int(&lower, "0b", |b| b == b'0' || b == b'1')
        || text
            .split_once('-')
            .is_some_and(|(year, _)| year.len() == 4 && digits(year));
    !looks_numeric
}

/// True for `0x1f`-style integers (YAML 1.1 also allows `_` between digits).
fn radix_int(lower: &str, prefix: &str, digit: impl Fn(u8) -> bool) -> bool {
    lower
        .strip_prefix(prefix)
        .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| digit(b) || b == b'_'))
}

fn double_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(node: &Node) -> Vec<String> {
        match node {
            Node::Seq { items, .. } => items
                .iter()
                .map(|item| item.text().unwrap_or("<null>").to_owned())
                .collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn awkward_scalars_survive_emit_and_parse() {
        let awkward: Vec<String> = [
            r"^Kids\WSafety\W[0-9]{2}-[0-9]{2}-[0-9]{2,4}\W[0-9]{2}:[0-9]{2}:[0-9]{2}$",
            "key: value",
            "a #comment",
            "#hash",
            "*alias",
            "&anchor",
            "!tag",
            "- dash",
            "? q",
            "[flow]",
            "{flow}",
            "'single'",
            "\"double\"",
            "back\\slash",
            "123",
            "0123",
            "1E5",
            "12E45",
            "0x1F",
            "1_000",
            "1.5",
            "2022-09-14",
            "69.64.74.239",
            "true",
            "No",
            "null",
            "~",
            "",
            " leading",
            "trailing ",
            "two  spaces",
            "line\nbreak",
            "tab\there",
            "bell\u{7}",
            "bom\u{feff}",
            "é ünïcödé",
            "%percent",
            "@at",
            "`tick",
            "|pipe",
            ">fold",
            ".inf",
            "nan",
            "1TopSpy",
            "Tesline-Service SRL",
            "com.example_app",
            "https://github.com/karma9874/AndroRAT",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect();
        let mut out = String::new();
        emit_list(&mut out, "", "values", &awkward);
        let roots = parse_yaml(Path::new("t.yaml"), out.as_bytes()).expect("emitted YAML parses");
        let Some(Node::Map { entries, .. }) = roots.first() else {
            panic!("not a mapping: {out}");
        };
        let (_, list) = entries.first().expect("one key");
        let back: Vec<String> = match list {
            Node::Seq { items, .. } => items
                .iter()
                .map(|item| match item {
                    Node::Scalar { text, .. } => text.clone(),
                    _ => "<not scalar>".to_owned(),
                })
                .collect(),
            _ => Vec::new(),
        };
        assert_eq!(back, awkward, "emitted:\n{out}");
        // Values YAML would resolve to another type are quoted.
        for quoted in [
            "123",
            "0123",
            "1E5",
            "0x1F",
            "0b101",
            "1.5",
            "1_000",
            "true",
            "No",
            "null",
            "~",
            "",
            "2022-09-14",
        ] {
            assert!(!plain_is_safe(quoted), "{quoted:?} must be quoted");
        }
        for plain in [
            "1TopSpy",
            "com.thetruth",
            "Tesline-Service SRL",
            "31A6ECEC",
            "0B6C1B010FBEA4316EB01602F71CDD6A8F365023",
            "69.64.74.239",
            "10.0.0.0/8",
        ] {
            assert!(plain_is_safe(plain), "{plain:?} can stay plain");
        }
    }

    #[test]
    fn scalars_keep_their_text_and_lines() {
        let yaml = "- name: X\n  packages:\n  - 0123\n  - 1E5\n  - ~\n";
        let roots = parse_yaml(Path::new("t.yaml"), yaml.as_bytes()).expect("parses");
        let Some(Node::Seq { items, .. }) = roots.first() else {
            panic!("not a list");
        };
        let Some(Node::Map { entries, line }) = items.first() else {
            panic!("not a mapping");
        };
        assert_eq!(*line, 1);
        let (_, packages) = entries.get(1).expect("packages");
        assert_eq!(texts(packages), ["0123", "1E5", "<null>"]);
        let Node::Seq { items, .. } = packages else {
            panic!("not a list");
        };
        let lines: Vec<u64> = items.iter().map(Node::line).collect();
        assert_eq!(lines, [3, 4, 5]);
    }

    #[test]
    fn aliases_resolve_and_nesting_is_bounded() {
        let yaml = "- name: &n Alias\n  names: [*n]\n  type: other\n";
        let roots = parse_yaml(Path::new("t.yaml"), yaml.as_bytes()).expect("parses");
        assert_eq!(roots.len(), 1);
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let error = parse_yaml(Path::new("deep.yaml"), deep.as_bytes()).expect_err("too deep");
        assert!(matches!(error, Error::Syntax { .. }), "{error}");
        // An alias bomb stops at the node budget instead of exhausting memory.
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..12 {
            let previous = (b'a' + level - 1) as char;
            let name = (b'a' + level) as char;
            bomb.push_str(&format!(
                "{name}: &{name} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n"
            ));
        }
        let error = parse_yaml(Path::new("bomb.yaml"), bomb.as_bytes()).expect_err("budget");
        assert!(error.to_string().contains("nodes"), "{error}");
    }

    #[test]
    fn family_names_match_loosely() {
        let family = |name: &str, aliases: &[&str]| Family {
            name: name.to_owned(),
            aliases: aliases.iter().map(|alias| (*alias).to_owned()).collect(),
            kind: FamilyKind::Stalkerware,
            source: 0,
        };
        let families = [
            family("AndroidPolice", &["Android Police"]),
            family("TheTruthSpy", &["Copy9", "Police"]),
            family("Police", &[]),
        ];
        let index = FamilyIndex::new(&families);
        assert_eq!(index.get("android_police"), Some("AndroidPolice"));
        assert_eq!(index.get("ANDROIDPOLICE"), Some("AndroidPolice"));
        assert_eq!(index.get("copy9"), Some("TheTruthSpy"));
        // A name wins over another family's alias, as in `IndicatorSet::family`.
        assert_eq!(index.get("police"), Some("Police"));
        assert_eq!(index.get("spy"), None);
        assert_eq!(index.get(""), None);
        assert_eq!(index.get("_-"), None);
    }
}

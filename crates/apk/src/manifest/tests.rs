//! Unit tests on binary XML built in code: round trip of a small manifest, the tricks malware
//! plays on attribute names, and truncation and corruption loops.

use super::attrs;
use super::strings::build_pool;
use super::*;

/// A small binary XML writer (what aapt emits, minus styles).
struct Builder {
    strings: Vec<String>,
    res_ids: Vec<u32>,
    nodes: Vec<u8>,
}

enum A<'a> {
    Str(&'a str),
    Int(i32),
    Bool(bool),
    Ref(u32),
}

impl Builder {
    /// `attr_names` get resource ids (in resource-map order, as aapt sorts them first).
    fn new(attr_names: &[(&str, u32)]) -> Builder {
        let mut b = Builder {
            strings: Vec::new(),
            res_ids: Vec::new(),
            nodes: Vec::new(),
        };
        for (name, id) in attr_names {
            b.strings.push((*name).to_owned());
            b.res_ids.push(*id);
        }
        b
    }

    fn s(&mut self, s: &str) -> u32 {
        if let Some(i) = self.strings.iter().position(|x| x == s) {
            return i as u32;
        }
        self.strings.push(s.to_owned());
        (self.strings.len() - 1) as u32
    }

    fn node(&mut self, kind: u16, ext: &[u8]) {
        let size = 16 + ext.len();
        self.nodes.extend_from_slice(&kind.to_le_bytes());
        self.nodes.extend_from_slice(&16u16.to_le_bytes());
        self.nodes.extend_from_slice(&(size as u32).to_le_bytes());
        self.nodes.extend_from_slice(&1u32.to_le_bytes());
        self.nodes.extend_from_slice(&u32::MAX.to_le_bytes());
        self.nodes.extend_from_slice(ext);
    }

    fn start_ns(&mut self) {
        let (p, u) = (self.s("android"), self.s(attrs::ANDROID_NS));
        let mut ext = p.to_le_bytes().to_vec();
        ext.extend_from_slice(&u.to_le_bytes());
        self.node(0x0100, &ext);
    }

    fn start(&mut self, name: &str, attributes: &[(bool, &str, A<'_>)]) {
        let name = self.s(name);
        let mut ext = Vec::new();
        ext.extend_from_slice(&u32::MAX.to_le_bytes());
        ext.extend_from_slice(&name.to_le_bytes());
        ext.extend_from_slice(&20u16.to_le_bytes());
        ext.extend_from_slice(&20u16.to_le_bytes());
        ext.extend_from_slice(&(attributes.len() as u16).to_le_bytes());
        ext.extend_from_slice(&[0; 6]);
        for (android, attr, value) in attributes {
            let ns = if *android {
                self.s(attrs::ANDROID_NS)
            } else {
                u32::MAX
            };
            let attr = self.s(attr);
            let (raw, data_type, data) = match value {
                A::Str(s) => {
                    let i = self.s(s);
                    (i, 0x03u8, i)
                }
                A::Int(i) => (u32::MAX, 0x10, *i as u32),
                A::Bool(b) => (u32::MAX, 0x12, if *b { u32::MAX } else { 0 }),
                A::Ref(id) => (u32::MAX, 0x01, *id),
            };
            ext.extend_from_slice(&ns.to_le_bytes());
            ext.extend_from_slice(&attr.to_le_bytes());
            ext.extend_from_slice(&raw.to_le_bytes());
            ext.extend_from_slice(&8u16.to_le_bytes());
            ext.push(0);
            ext.push(data_type);
            ext.extend_from_slice(&data.to_le_bytes());
        }
        self.node(0x0102, &ext);
    }

    fn end(&mut self, name: &str) {
        let name = self.s(name);
        let mut ext = u32::MAX.to_le_bytes().to_vec();
        ext.extend_from_slice(&name.to_le_bytes());
        self.node(0x0103, &ext);
    }

    fn finish(&self, utf8: bool) -> Vec<u8> {
        let refs: Vec<&str> = self.strings.iter().map(String::as_str).collect();
        let pool = build_pool(&refs, utf8);
        let mut map = Vec::new();
        map.extend_from_slice(&0x0180u16.to_le_bytes());
        map.extend_from_slice(&8u16.to_le_bytes());
        map.extend_from_slice(&((8 + 4 * self.res_ids.len()) as u32).to_le_bytes());
        for id in &self.res_ids {
            map.extend_from_slice(&id.to_le_bytes());
        }
        let size = 8 + pool.len() + map.len() + self.nodes.len();
        let mut out = Vec::new();
        out.extend_from_slice(&3u16.to_le_bytes());
        out.extend_from_slice(&8u16.to_le_bytes());
        out.extend_from_slice(&(size as u32).to_le_bytes());
        out.extend_from_slice(&pool);
        out.extend_from_slice(&map);
        out.extend_from_slice(&self.nodes);
        out
    }
}

fn id_attrs() -> Vec<(&'static str, u32)> {
    [
        "name",
        "label",
        "versionCode",
        "versionName",
        "minSdkVersion",
        "targetSdkVersion",
        "maxSdkVersion",
        "exported",
        "enabled",
        "permission",
        "targetActivity",
        "debuggable",
        "priority",
        "resource",
        "scheme",
    ]
    .iter()
    .map(|n| (*n, attrs::framework_attr_id(n).unwrap_or(0)))
    .collect()
}

/// A stalkerware-shaped manifest: hidden launcher alias, boot and SMS receivers, an
/// accessibility service.
fn sample(utf8: bool) -> Vec<u8> {
    let mut b = Builder::new(&id_attrs());
    b.start_ns();
    b.start(
        "manifest",
        &[
            (true, "versionCode", A::Int(42)),
            (true, "versionName", A::Str("4.2")),
            (false, "package", A::Str("com.example.spy")),
        ],
    );
    b.start(
        "uses-sdk",
        &[
            (true, "minSdkVersion", A::Int(21)),
            (true, "targetSdkVersion", A::Int(29)),
        ],
    );
    b.end("uses-sdk");
    for p in [
        "android.permission.READ_SMS",
        "android.permission.RECEIVE_BOOT_COMPLETED",
    ] {
        b.start("uses-permission", &[(true, "name", A::Str(p))]);
        b.end("uses-permission");
    }
    b.start(
        "uses-permission-sdk-23",
        &[
            (true, "name", A::Str("android.permission.CAMERA")),
            (true, "maxSdkVersion", A::Int(30)),
        ],
    );
    b.end("uses-permission-sdk-23");
    b.start(
        "application",
        &[
            (true, "label", A::Ref(0x7f04_0000)),
            (true, "debuggable", A::Bool(true)),
        ],
    );
    b.start(
        "activity",
        &[
            (true, "name", A::Str(".Main")),
            (true, "exported", A::Bool(true)),
        ],
    );
    b.start("intent-filter", &[]);
    b.start("action", &[(true, "name", A::Str(ACTION_MAIN))]);
    b.end("action");
    b.end("intent-filter");
    b.end("activity");
    b.start(
        "activity-alias",
        &[
            (true, "name", A::Str(".Launcher")),
            (true, "enabled", A::Bool(false)),
            (true, "targetActivity", A::Str(".Main")),
        ],
    );
    b.start("intent-filter", &[]);
    b.start("action", &[(true, "name", A::Str(ACTION_MAIN))]);
    b.end("action");
    b.start("category", &[(true, "name", A::Str(CATEGORY_LAUNCHER))]);
    b.end("category");
    b.end("intent-filter");
    b.end("activity-alias");
    b.start(
        "service",
        &[
            (true, "name", A::Str("com.example.spy.A11y")),
            (true, "permission", A::Str(BIND_ACCESSIBILITY_SERVICE)),
        ],
    );
    b.start("intent-filter", &[]);
    b.start(
        "action",
        &[(true, "name", A::Str(ACCESSIBILITY_SERVICE_ACTION))],
    );
    b.end("action");
    b.end("intent-filter");
    b.start(
        "meta-data",
        &[
            (true, "name", A::Str(ACCESSIBILITY_META_DATA)),
            (true, "resource", A::Ref(0x7f03_0000)),
        ],
    );
    b.end("meta-data");
    b.end("service");
    b.start("receiver", &[(true, "name", A::Str("Boot"))]);
    b.start("intent-filter", &[(true, "priority", A::Int(999))]);
    b.start(
        "action",
        &[(true, "name", A::Str("android.intent.action.BOOT_COMPLETED"))],
    );
    b.end("action");
    b.start("data", &[(true, "scheme", A::Str("sms"))]);
    b.end("data");
    b.end("intent-filter");
    b.end("receiver");
    b.end("application");
    b.end("manifest");
    b.finish(utf8)
}

#[test]
fn can_round_trip_a_manifest_in_both_encodings() {
    for utf8 in [true, false] {
        let m = Manifest::parse(&sample(utf8)).expect("parses");
        assert!(m.anomalies().is_empty(), "{:?}", m.anomalies());
        assert_eq!(m.package, "com.example.spy");
        assert_eq!(m.version_code, Some(42));
        assert_eq!(m.version_name.as_deref(), Some("4.2"));
        assert_eq!((m.min_sdk, m.target_sdk), (Some(21), Some(29)));
        let perms: Vec<_> = m
            .permissions
            .iter()
            .map(|p| (p.name.as_str(), p.sdk23, p.max_sdk))
            .collect();
        assert_eq!(
            perms,
            [
                ("android.permission.READ_SMS", false, None),
                ("android.permission.RECEIVE_BOOT_COMPLETED", false, None),
                ("android.permission.CAMERA", true, Some(30)),
            ]
        );
        assert_eq!(m.application.label, Some(Value::Reference(0x7f04_0000)));
        assert_eq!(m.application.debuggable, Some(true));
        assert_eq!(m.activities[0].name, "com.example.spy.Main");
        assert!(m.launcher_activities().is_empty());
        let hidden = m.disabled_launcher_entries();
        assert_eq!(hidden.len(), 1);
        assert_eq!(hidden[0].name, "com.example.spy.Launcher");
        assert_eq!(
            hidden[0].target_activity.as_deref(),
            Some("com.example.spy.Main")
        );
        let boot = m.receivers_for("android.intent.action.BOOT_COMPLETED");
        assert_eq!(boot[0].name, "com.example.spy.Boot");
        assert_eq!(boot[0].intent_filters[0].priority, Some(999));
        assert_eq!(boot[0].intent_filters[0].schemes, ["sms"]);
        assert!(boot[0].is_exported());
        let svc = &m.services[0];
        assert_eq!(svc.permission.as_deref(), Some(BIND_ACCESSIBILITY_SERVICE));
        assert_eq!(
            svc.meta(ACCESSIBILITY_META_DATA).and_then(|d| d.resource),
            Some(0x7f03_0000)
        );
    }
}

#[test]
fn resolves_renamed_attributes_by_resource_id() {
    // Malware renames the string of android:name; Android still reads it by its id.
    let mut names = id_attrs();
    names[0].0 = "nXme";
    let mut b = Builder::new(&names);
    b.start_ns();
    b.start("manifest", &[(false, "package", A::Str("com.evil"))]);
    b.start(
        "uses-permission",
        &[(true, "nXme", A::Str("android.permission.READ_SMS"))],
    );
    b.end("uses-permission");
    b.end("manifest");
    let m = Manifest::parse(&b.finish(true)).expect("parses");
    assert_eq!(m.permissions[0].name, "android.permission.READ_SMS");
    let a = m
        .anomalies()
        .iter()
        .find(|a| a.code() == "axml.attribute-name-mismatch");
    assert!(
        a.is_some_and(|a| !a.android_rejects()),
        "{:?}",
        m.anomalies()
    );
}

#[test]
fn falls_back_to_an_id_less_android_attribute_and_says_so() {
    let mut b = Builder::new(&id_attrs());
    b.start_ns();
    b.start("manifest", &[(false, "package", A::Str("com.evil"))]);
    let decoy = b.strings.len() as u32;
    b.strings.push("name".to_owned()); // same text, index past the resource map: no id
    b.start(
        "uses-permission",
        &[(true, "name", A::Str("android.permission.READ_SMS"))],
    );
    b.end("uses-permission");
    b.end("manifest");
    let mut bytes = b.finish(true);
    // Point the attribute name at the id-less copy: Android would ignore it, we use it as a
    // fallback and say so.
    let needle: Vec<u8> = [b.s(attrs::ANDROID_NS).to_le_bytes(), 0u32.to_le_bytes()].concat();
    let at = bytes
        .windows(8)
        .rposition(|w| w == needle.as_slice())
        .expect("attribute");
    bytes[at + 4..at + 8].copy_from_slice(&decoy.to_le_bytes());
    let m = Manifest::parse(&bytes).expect("parses");
    assert_eq!(m.permissions[0].name, "android.permission.READ_SMS");
    assert!(
        m.anomalies()
            .iter()
            .any(|a| a.code() == "axml.attribute-without-resource-id")
    );
}

#[test]
fn refuses_plain_text_and_tiny_inputs() {
    assert!(matches!(
        parse_axml(b"<?xml version=\"1.0\"?><manifest/>"),
        Err(ManifestError::PlainTextXml)
    ));
    assert!(matches!(
        parse_axml(b"\x03\x00"),
        Err(ManifestError::TooShort { len: 2 })
    ));
    assert!(matches!(
        parse_axml(&[]),
        Err(ManifestError::TooShort { len: 0 })
    ));
    assert!(matches!(
        parse_axml(&[3, 0, 8, 0, 8, 0, 0, 0]),
        Err(ManifestError::NoRootElement { .. })
    ));
}

#[test]
fn every_truncated_prefix_is_an_error_or_flagged() {
    let full = sample(true);
    for len in 0..full.len() {
        match Manifest::parse(&full[..len]) {
            Err(_) => {}
            Ok(m) => assert!(
                !m.anomalies().is_empty(),
                "prefix of {len} bytes decoded without any anomaly"
            ),
        }
    }
}

#[test]
fn corrupted_copies_never_panic() {
    for utf8 in [true, false] {
        let full = sample(utf8);
        for i in 0..full.len() {
            for value in [0x00u8, 0xff, 0x7f, 0x80, 0x01] {
                let mut bytes = full.clone();
                bytes[i] = value;
                fuzz_parse(&bytes);
            }
        }
        for i in (0..full.len().saturating_sub(4)).step_by(2) {
            for value in [0u32, u32::MAX, 0x7fff_fff0, 0x0fff_ffff, 0x8000_0000] {
                let mut bytes = full.clone();
                bytes[i..i + 4].copy_from_slice(&value.to_le_bytes());
                if let Ok(doc) = parse_axml(&bytes) {
                    let _ = Manifest::from_document(&doc);
                }
            }
        }
    }
}

#[test]
fn caps_depth_and_elements() {
    let mut b = Builder::new(&id_attrs());
    b.start_ns();
    for _ in 0..100 {
        b.start("x", &[]);
    }
    for _ in 0..100 {
        b.end("x");
    }
    let limits = Limits {
        max_depth: 10,
        ..Limits::default()
    };
    let doc = parse_axml_with(&b.finish(true), &limits).expect("parses");
    assert_eq!(doc.root.descendants().len(), 10);
    assert!(doc.anomalies.iter().any(|a| a.code() == "axml.over-limit"));
}

#[test]
fn reads_accessibility_and_device_admin_xml() {
    let mut b = Builder::new(&[
        (
            "canRetrieveWindowContent",
            attrs::CAN_RETRIEVE_WINDOW_CONTENT,
        ),
        ("accessibilityFlags", attrs::ACCESSIBILITY_FLAGS),
        ("packageNames", attrs::PACKAGE_NAMES),
    ]);
    b.start_ns();
    b.start(
        "accessibility-service",
        &[
            (true, "canRetrieveWindowContent", A::Bool(true)),
            (true, "accessibilityFlags", A::Int(0x52)),
            (true, "packageNames", A::Str("com.whatsapp")),
        ],
    );
    b.end("accessibility-service");
    let doc = parse_axml(&b.finish(true)).expect("parses");
    let c = accessibility_config(&doc).expect("config");
    assert_eq!(c.can_retrieve_window_content, Some(true));
    assert_eq!(c.flags, Some(0x52));
    assert_eq!(c.package_names.as_deref(), Some("com.whatsapp"));
    assert!(device_admin_policies(&doc).is_none());

    let mut b = Builder::new(&[]);
    b.start("device-admin", &[]);
    b.start("uses-policies", &[]);
    for p in ["force-lock", "wipe-data"] {
        b.start(p, &[]);
        b.end(p);
    }
    b.end("uses-policies");
    b.end("device-admin");
    let doc = parse_axml(&b.finish(false)).expect("parses");
    let p = device_admin_policies(&doc).expect("policies");
    assert_eq!(p.policies, ["force-lock", "wipe-data"]);
    assert!(p.has("wipe-data"));
}

#[test]
fn resolves_class_names_like_package_parser() {
    assert_eq!(resolve_class_name("a.b", ".C"), "a.b.C");
    assert_eq!(resolve_class_name("a.b", "C"), "a.b.C");
    assert_eq!(resolve_class_name("a.b", "x.y.C"), "x.y.C");
}

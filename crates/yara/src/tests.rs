use super::*;

const DEX_RULE: &str = r#"
rule planted : stalkerware {
    strings:
        $a = "my.thetruthspy.example" ascii
        $b = "upload.php" ascii
    condition:
        uint16(0) == 0x6564 and all of them
}
"#;

fn rules(text: &str) -> Rules {
    Rules::compile([RuleSource {
        namespace: "test",
        name: "test.yar",
        text,
    }])
}

#[test]
fn matches_only_when_the_condition_holds() {
    let rules = rules(DEX_RULE);
    assert_eq!(rules.rule_count(), 1);
    let hit = rules
        .scan(b"dex\n035\0 my.thetruthspy.example upload.php")
        .expect("scan");
    assert_eq!(
        hit,
        vec![RuleMatch {
            namespace: "test".into(),
            rule: "planted".into(),
            tags: vec!["stalkerware".into()],
        }]
    );
    // Same strings without the DEX magic: the condition fails.
    assert!(
        rules
            .scan(b"PK\x03\x04 my.thetruthspy.example upload.php")
            .expect("scan")
            .is_empty()
    );
    assert!(
        rules
            .scan(b"dex\n035\0 upload.php")
            .expect("scan")
            .is_empty()
    );
}

#[test]
fn a_broken_source_is_left_out_whole_and_named() {
    let broken = "rule fine { condition: true }\nrule broken { condition: nosuchthing }";
    let rules = Rules::compile([
        RuleSource {
            namespace: "a",
            name: "broken.yar",
            text: broken,
        },
        RuleSource {
            namespace: "b",
            name: "good.yar",
            text: DEX_RULE,
        },
    ]);
    assert_eq!(rules.rule_count(), 1, "only good.yar's rule");
    assert_eq!(rules.problems().len(), 1);
    let problem = &rules.problems()[0];
    assert_eq!(problem.source, "broken.yar");
    assert!(problem.message.starts_with("broken.yar:2:"), "{problem:?}");
}

#[test]
fn include_is_refused() {
    let rules = rules("include \"/etc/passwd\"\nrule r { condition: true }");
    assert!(rules.is_empty());
    assert!(
        rules.problems()[0].message.contains("not allowed"),
        "{:?}",
        rules.problems()
    );
}

#[test]
fn same_rule_names_in_two_namespaces_both_match() {
    let rule = "rule same { condition: true }";
    let rules = Rules::compile([
        RuleSource {
            namespace: "one",
            name: "one.yar",
            text: rule,
        },
        RuleSource {
            namespace: "two",
            name: "two.yar",
            text: rule,
        },
    ]);
    let hits = rules.scan(b"anything").expect("scan");
    let namespaces: Vec<&str> = hits.iter().map(|hit| hit.namespace.as_str()).collect();
    assert_eq!(namespaces, ["one", "two"]);
}

#[test]
fn no_rules_scan_to_nothing() {
    let rules = Rules::compile([]);
    assert!(rules.is_empty());
    assert!(rules.scan(b"dex\n035\0").expect("scan").is_empty());
}

#[test]
fn libyara_dex_and_hash_modules_are_available() {
    let rules = rules(
        "import \"dex\"\nimport \"hash\"\nrule m { condition: dex.header.magic == dex.DEX_FILE_MAGIC_035 or hash.md5(0, 0) == \"d41d8cd98f00b204e9800998ecf8427e\" }",
    );
    assert!(rules.problems().is_empty(), "{:?}", rules.problems());
    assert_eq!(rules.scan(b"x").expect("scan").len(), 1);
}

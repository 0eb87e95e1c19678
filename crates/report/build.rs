//! Embeds every `locales/<lang>/*.ftl` file, so a new language is a new folder and no code.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // The path is read when the script runs, not baked in with `env!` when it is compiled:
    // with one target folder shared by two checkouts cargo can reuse a build script compiled for
    // the other one, and a baked-in path then points at catalogues that may be gone.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|error| {
        panic!("CARGO_MANIFEST_DIR is not set ({error}): run through cargo")
    });
    let root = Path::new(&manifest_dir).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let entries = std::fs::read_dir(&root).unwrap_or_else(|error| {
        panic!(
            "cannot read the report catalogues at {}: {error}; every report needs them",
            root.display()
        )
    });
    let mut languages: Vec<(String, Vec<String>)> = Vec::new();
    for entry in entries {
        let path = entry
            .unwrap_or_else(|error| panic!("cannot list {}: {error}", root.display()))
            .path();
        if !path.is_dir() {
            continue;
        }
        let Some(lang) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            panic!("{}: a catalogue folder name must be UTF-8", path.display());
        };
        println!("cargo:rerun-if-changed={}", path.display());
        let mut files = Vec::new();
        let listing = std::fs::read_dir(&path)
            .unwrap_or_else(|error| panic!("cannot read catalogue {}: {error}", path.display()));
        for file in listing {
            let file = file
                .unwrap_or_else(|error| panic!("cannot list {}: {error}", path.display()))
                .path();
            if file.extension().is_some_and(|e| e == "ftl") {
                files.push(file.display().to_string());
            }
        }
        if files.is_empty() {
            panic!("catalogue {} holds no .ftl file", path.display());
        }
        files.sort();
        for file in &files {
            println!("cargo:rerun-if-changed={file}");
        }
        languages.push((lang, files));
    }
    if !languages.iter().any(|(lang, _)| lang == "en") {
        panic!(
            "no English catalogue at {}: English is the fallback every report needs",
            root.join("en").display()
        );
    }
    languages.sort();
    let mut code = String::from(
        "/// Every shipped language and its catalogue files' text.\npub(crate) const LOCALES: &[(&str, &[&str])] = &[\n",
    );
    for (lang, files) in &languages {
        let _ = write!(code, "    ({lang:?}, &[");
        for file in files {
            let _ = write!(code, "include_str!({file:?}), ");
        }
        code.push_str("]),\n");
    }
    code.push_str("];\n");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    if let Err(error) = std::fs::write(Path::new(&out).join("locales.rs"), code) {
        panic!("cannot write the locale table: {error}");
    }
}

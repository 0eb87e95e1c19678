//! Embeds every `locales/<lang>/*.ftl` file, so a new language is a new folder and no code.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut languages: Vec<(String, Vec<String>)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&root) {
        for entry in entries.flatten() {
            let path = entry.path();
            if !path.is_dir() {
                continue;
            }
            let Some(lang) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            println!("cargo:rerun-if-changed={}", path.display());
            let mut files: Vec<String> = std::fs::read_dir(&path)
                .into_iter()
                .flatten()
                .flatten()
                .map(|f| f.path())
                .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
                .map(|f| f.display().to_string())
                .collect();
            files.sort();
            for file in &files {
                println!("cargo:rerun-if-changed={file}");
            }
            languages.push((lang, files));
        }
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

//! Writes the evasion cases of `unstalk_demo::crafted` as fuzz seeds (used by
//! `scripts/fuzz-smoke.sh`): each whole file for `apk_container`, its top-level manifests for
//! `axml` and DEX files for `dex`, and the case's index for `apk_shapes`, which starts from it.
//!
//! Usage: `cargo run --release -p unstalk-demo --example crafted_seeds -- SEED_DIR`

use std::path::Path;

use unstalk_demo::crafted::{self, Content};

fn main() -> std::io::Result<()> {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: crafted_seeds SEED_DIR (one folder per fuzz target is made in it)");
        std::process::exit(2);
    };
    let dir = Path::new(&dir);
    let write = |target: &str, name: &str, bytes: &[u8]| -> std::io::Result<()> {
        std::fs::create_dir_all(dir.join(target))?;
        std::fs::write(dir.join(target).join(format!("crafted-{name}")), bytes)
    };
    for (index, case) in crafted::cases().iter().enumerate() {
        write("apk_container", case.name, &case.shape.build())?;
        let index = u8::try_from(index).expect("fewer than 256 cases");
        write("apk_shapes", case.name, &[index])?;
        if let Some(dex) = &case.shape.dex_in_front {
            write("dex", &format!("{}-in-front", case.name), &dex.build())?;
        }
        for (at, entry) in case.shape.entries.iter().enumerate() {
            match &entry.content {
                Content::Dex(dex) => write("dex", &format!("{}-{at}", case.name), &dex.build())?,
                Content::Manifest(manifest) => {
                    write("axml", &format!("{}-{at}", case.name), &manifest.build())?;
                }
                _ => {}
            }
        }
    }
    Ok(())
}

//! Embeds `locales/` and `templates/` in the binary, so `bowout` runs with no files beside it.
//!
//! Each file becomes an `include_str!`, which rustc tracks, so editing a pack rebuilds the
//! crate; `rerun-if-changed` on the folders catches files being added or removed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const CONTENT_DIRS: &[&str] = &["locales", "templates"];

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let mut files = Vec::new();
    for dir in CONTENT_DIRS {
        println!("cargo:rerun-if-changed={dir}");
        collect(&root, &root.join(dir), &mut files);
    }
    files.sort();

    let mut out = String::from(
        "/// Every content file, as `(path relative to the crate, text)`, sorted by path.\n",
    );
    out.push_str("pub static EMBEDDED_FILES: &[(&str, &str)] = &[\n");
    for (relative, absolute) in &files {
        writeln!(out, "    ({relative:?}, include_str!({absolute:?})),").unwrap();
    }
    out.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    std::fs::write(out_dir.join("embedded.rs"), out).expect("OUT_DIR is writable");
}

/// Content files only: guides for translators (`*.md`) stay out of the binary.
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("readable directory entry").path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if path
            .extension()
            .is_some_and(|ext| matches!(ext.to_str(), Some("ftl" | "toml" | "tera")))
        {
            let relative = path
                .strip_prefix(root)
                .expect("under the crate")
                .to_string_lossy()
                .replace('\\', "/");
            files.push((relative, path.to_string_lossy().into_owned()));
        }
    }
}

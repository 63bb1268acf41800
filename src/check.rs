//! `bowout packs check [DIR…]`: the pack checker for translators, on the command line.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::core::check::{CheckOptions, check_pack, check_templates};
use crate::core::content::{self, PackFiles};
use crate::core::diagnostic::{ContentError, Diagnostic};
use crate::core::i18n::DEFAULT_TAG;

/// Checks the packs in `dirs` (or the built-in ones), prints `path:line: level: message`
/// lines and a summary, and fails on any error (or warning, when `strict`).
pub fn run(dirs: &[PathBuf], strict: bool) -> ExitCode {
    let (diagnostics, checked) = match check(dirs, strict) {
        Ok(result) => result,
        Err(diagnostics) => (diagnostics, 0),
    };
    for diagnostic in &diagnostics {
        println!("{diagnostic}");
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    println!("checked {checked} pack(s): {errors} error(s), {warnings} warning(s)");
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The diagnostics for `dirs`, and how many packs were checked.
pub fn check(dirs: &[PathBuf], strict: bool) -> Result<(Vec<Diagnostic>, usize), Vec<Diagnostic>> {
    let mut given: Vec<PackFiles> = Vec::new();
    for dir in dirs {
        let found = if content::is_pack_dir(dir) {
            content::read_pack_dir(dir).map(|pack| vec![pack])
        } else {
            content::read_packs_dir(dir)
        };
        given.extend(found.map_err(|d| vec![d])?);
    }
    let embedded = content::embedded_packs();
    // The packs to check stand on their own; the built-in English pack is the reference
    // unless English is among them.
    let (base, checked_tags): (Vec<PackFiles>, Vec<String>) = if given.is_empty() {
        let tags = embedded.iter().map(|p| p.tag.clone()).collect();
        (embedded, tags)
    } else {
        let tags = given.iter().map(|p| p.tag.clone()).collect();
        let has_english = given.iter().any(|p| p.tag == DEFAULT_TAG);
        let base = if has_english {
            Vec::new()
        } else {
            embedded
                .into_iter()
                .filter(|p| p.tag == DEFAULT_TAG)
                .collect()
        };
        (base, tags)
    };
    let packs = content::build_packs(&base, &given).map_err(|ContentError(d)| d)?;
    let templates =
        content::build_templates(content::embedded_templates()).map_err(|ContentError(d)| d)?;
    let options = CheckOptions { strict };
    let mut diagnostics = check_templates(&packs, &templates);
    for tag in &checked_tags {
        if let Some(pack) = packs.get(tag) {
            diagnostics.extend(check_pack(&packs, pack, &templates, options));
        }
    }
    Ok((diagnostics, checked_tags.len()))
}

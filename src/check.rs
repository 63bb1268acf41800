//! `bowout packs check [DIR…]`: the pack checker for translators, on the command line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::core::check::{CheckOptions, check_pack_in_full, check_templates};
use crate::core::content::{self, PackFiles};
use crate::core::diagnostic::{ContentError, Diagnostic};
use crate::core::i18n::DEFAULT_TAG;
use crate::core::lint;

/// Checks the packs in `dirs` (or the built-in ones), prints `path:line: level: message`
/// lines and a summary, and fails on any error (or warning, when `strict`). With
/// `update_baseline`, first rewrites each pack's lint baseline with what the lints find.
pub fn run(dirs: &[PathBuf], strict: bool, update_baseline: bool) -> ExitCode {
    if update_baseline {
        if dirs.is_empty() {
            eprintln!(
                "--update-baseline writes into pack folders: name them (`bowout packs check --update-baseline locales`)"
            );
            return ExitCode::FAILURE;
        }
        match write_baselines(dirs) {
            Ok(written) => {
                for line in written {
                    println!("{line}");
                }
            }
            Err(diagnostics) => {
                for diagnostic in &diagnostics {
                    println!("{diagnostic}");
                }
                return ExitCode::FAILURE;
            }
        }
    }
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

/// The packs named by `dirs` (or the built-in ones) built on the embedded ones, and the tags
/// to check.
fn load(dirs: &[PathBuf]) -> Result<(crate::core::i18n::Packs, Vec<String>), Vec<Diagnostic>> {
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
    Ok((packs, checked_tags))
}

/// The diagnostics for `dirs`, and how many packs were checked.
pub fn check(dirs: &[PathBuf], strict: bool) -> Result<(Vec<Diagnostic>, usize), Vec<Diagnostic>> {
    let (packs, checked_tags) = load(dirs)?;
    let templates =
        content::build_templates(content::embedded_templates()).map_err(|ContentError(d)| d)?;
    let options = CheckOptions {
        strict,
        lints: true,
    };
    let mut diagnostics = check_templates(&packs, &templates);
    for tag in &checked_tags {
        if let Some(pack) = packs.get(tag) {
            diagnostics.extend(check_pack_in_full(&packs, pack, &templates, options).diagnostics);
        }
    }
    Ok((diagnostics, checked_tags.len()))
}

/// Rewrites the baseline of each pack in `dirs`; returns a line per pack written.
fn write_baselines(dirs: &[PathBuf]) -> Result<Vec<String>, Vec<Diagnostic>> {
    let (packs, checked_tags) = load(dirs)?;
    let templates =
        content::build_templates(content::embedded_templates()).map_err(|ContentError(d)| d)?;
    let options = CheckOptions {
        strict: false,
        lints: true,
    };
    let mut written = Vec::new();
    for tag in &checked_tags {
        let Some(pack) = packs.get(tag) else { continue };
        // A pack whose lints cannot run (a broken lint.toml) keeps its baseline, and the
        // command stops with the diagnostics that say why.
        let checked = check_pack_in_full(&packs, pack, &templates, options);
        let Some(found) = checked.findings else {
            return Err(checked.diagnostics);
        };
        let mut known: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for (lint, sentence) in found.keys() {
            known.entry(lint).or_default().insert(sentence.clone());
        }
        let path = crate::core::check::baseline_path(pack);
        std::fs::write(&path, lint::baseline_text(tag, &known))
            .map_err(|e| vec![Diagnostic::error(&path, 0, format!("cannot write: {e}"))])?;
        written.push(format!("{path}: {} known finding(s)", found.len()));
    }
    Ok(written)
}

/// `bowout packs train PACK --corpus FILE`: trains the pack's tone classifier on the corpus,
/// the pack's rule examples and its own letters, and writes `tone-model.toml` beside its
/// `tone.toml`.
pub fn train(pack_dir: &std::path::Path, corpus_path: &std::path::Path) -> ExitCode {
    let result = trained_model(pack_dir, corpus_path).and_then(|trained| {
        let out = pack_dir.join(content::TONE_MODEL_FILE);
        std::fs::write(&out, &trained.text).map_err(|e| {
            vec![Diagnostic::error(
                out.display().to_string(),
                0,
                e.to_string(),
            )]
        })?;
        Ok(format!(
            "{}: trained on {} corpus sentences, {} rule examples and {} of the pack's own letter sentences",
            out.display(),
            trained.corpus_sentences,
            trained.rule_examples,
            trained.letter_sentences
        ))
    });
    match result {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(diagnostics) => fail(&diagnostics),
    }
}

/// A pack's freshly trained classifier: the text of its `tone-model.toml` and what it learned.
pub struct TrainedModel {
    pub text: String,
    pub corpus_sentences: usize,
    pub rule_examples: usize,
    pub letter_sentences: usize,
}

/// Trains the classifier of the pack in `pack_dir` on the corpus at `corpus_path` without
/// writing anything; the model it has today plays no part.
pub fn trained_model(
    pack_dir: &std::path::Path,
    corpus_path: &std::path::Path,
) -> Result<TrainedModel, Vec<Diagnostic>> {
    use crate::core::tone::corpus;
    let given = untrained(content::read_pack_dir(pack_dir).map_err(|d| vec![d])?);
    let tag = given.tag.clone();
    let embedded: Vec<PackFiles> = content::embedded_packs()
        .into_iter()
        .map(untrained)
        .collect();
    let packs = content::build_packs(&embedded, &[given]).map_err(|ContentError(d)| d)?;
    let templates =
        content::build_templates(content::embedded_templates()).map_err(|ContentError(d)| d)?;
    let pack = packs.get(&tag).expect("the pack just built");
    let corpus_name = corpus_path.display().to_string();
    let sentences = std::fs::read_to_string(corpus_path)
        .map_err(|e| e.to_string())
        .and_then(|text| corpus::parse(&text))
        .map_err(|e| vec![Diagnostic::error(&corpus_name, 0, e)])?;
    let clean = crate::core::check::letter_sentences(&packs, pack, &templates);
    let tone_path = pack_dir.join(content::TONE_FILE).display().to_string();
    let text = corpus::train(&pack.tone, &sentences, &clean)
        .ok_or_else(|| {
            vec![Diagnostic::error(
                &tone_path,
                0,
                "no `[classifier]` to train",
            )]
        })?
        .map_err(|e| vec![Diagnostic::error(&tone_path, 0, e)])?;
    Ok(TrainedModel {
        text,
        corpus_sentences: sentences.len(),
        rule_examples: pack.tone.examples().len(),
        letter_sentences: clean.len(),
    })
}

/// The pack's files with a model that never speaks in place of any it has: a pack trained for
/// the first time must load to render its letters, and a stale model must not stop retraining.
fn untrained(mut pack: PackFiles) -> PackFiles {
    let has_classifier = pack.files.iter().any(|f| {
        f.path.ends_with(content::TONE_FILE) && f.text.lines().any(|l| l.trim() == "[classifier]")
    });
    pack.files
        .retain(|f| !f.path.ends_with(content::TONE_MODEL_FILE));
    if has_classifier {
        pack.files.push(content::ContentFile {
            path: format!("{}/{}", pack.dir, content::TONE_MODEL_FILE),
            text: UNTRAINED_MODEL.into(),
        });
    }
    pack
}

/// A model that never speaks: what a pack loads with before its first training.
const UNTRAINED_MODEL: &str = "classes = [\"none\"]\nbias = [0.0]\n[weights]\n";

/// `bowout packs score CORPUS…`: how each pack's tone rules score on labelled corpora, counted
/// as the test suite counts (see [`crate::core::tone::corpus`]). A file is scored with the pack
/// its name starts with (`de.toml`, `de-2.toml`, `pt-BR-1.toml`); `packs` adds or overrides
/// packs as `--packs` does for the server. With `faults`, every miss and false alarm is listed.
pub fn score(corpora: &[PathBuf], packs_dir: Option<&std::path::Path>, faults: bool) -> ExitCode {
    use crate::core::tone::corpus;
    let given = match packs_dir {
        None => Vec::new(),
        Some(dir) if content::is_pack_dir(dir) => match content::read_pack_dir(dir) {
            Ok(pack) => vec![pack],
            Err(diagnostic) => return fail(&[diagnostic]),
        },
        Some(dir) => match content::read_packs_dir(dir) {
            Ok(packs) => packs,
            Err(diagnostic) => return fail(&[diagnostic]),
        },
    };
    let packs = match content::build_packs(&content::embedded_packs(), &given) {
        Ok(packs) => packs,
        Err(ContentError(diagnostics)) => return fail(&diagnostics),
    };
    let mut failed = false;
    for path in corpora {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        // The longest tag the name is, or starts with before a `-`: `pt-BR-1` is Portuguese.
        let pack = packs
            .all()
            .iter()
            .filter(|p| name == p.tag || name.starts_with(&format!("{}-", p.tag)))
            .max_by_key(|p| p.tag.len());
        let Some(pack) = pack else {
            println!(
                "{}: no pack for this file: name it after a pack's tag (`de.toml`, `de-2.toml`)",
                path.display()
            );
            failed = true;
            continue;
        };
        let sentences = match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| corpus::parse(&text))
        {
            Ok(sentences) => sentences,
            Err(error) => {
                println!("{}: {error}", path.display());
                failed = true;
                continue;
            }
        };
        let score = corpus::score(&pack.tone, &packs.localizer(pack), &sentences);
        println!(
            "{}",
            score.summary(&format!(
                "{} ({}, {} sentences)",
                path.display(),
                pack.tag,
                sentences.len()
            ))
        );
        if faults {
            for fault in &score.faults {
                println!("  {fault}");
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn fail(diagnostics: &[Diagnostic]) -> ExitCode {
    for diagnostic in diagnostics {
        println!("{diagnostic}");
    }
    ExitCode::FAILURE
}

//! The tone checker on labelled sentences, counted the same way in every language: the five
//! phrase rules are scored; a sentence is a hit when one of the rules it is labelled with
//! fires, and a false alarm when one of the five fires that its label does not name.
//!
//! `corpus/<tag>.toml` holds the known sentences (the rules were tuned on them): its figures
//! are a regression guard, asserted per language. `corpus/heldout/<tag>-<n>.toml` holds blocks
//! written by native speakers who had not read the rules, each scored once before any rule
//! was tuned on it: their figures are printed, never asserted, since the next rule change
//! makes them known sentences too.

use bowout::core::tone::corpus::{self, Labelled, Score};

use crate::engine;

fn score(tag: &str, sentences: &[Labelled]) -> Score {
    let engine = engine();
    let pack = engine
        .packs
        .get(tag)
        .unwrap_or_else(|| panic!("a pack for {tag}"));
    corpus::score(&pack.tone, &engine.packs.localizer(pack), sentences)
}

fn corpus(text: &str, path: &str) -> Vec<Labelled> {
    corpus::parse(text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Each language's known corpus, with the floors (recall, precision) its figures may not fall
/// below: today's figures, since 70 freely phrased sentences per language were folded in
/// (2026-12-07), and held-out block 1 after it was scored. They only go up.
const KNOWN: &[(&str, &str, f64, f64)] = &[
    ("en", include_str!("corpus/en.toml"), 0.99, 0.99),
    ("de", include_str!("corpus/de.toml"), 0.99, 0.99),
    ("fr", include_str!("corpus/fr.toml"), 0.99, 0.99),
];

#[test]
fn each_language_s_known_corpus_keeps_its_recall_and_precision() {
    let mut failures = Vec::new();
    for &(tag, text, min_recall, min_precision) in KNOWN {
        let sentences = corpus(text, &format!("corpus/{tag}.toml"));
        let score = score(tag, &sentences);
        let summary = score.summary(&format!("{tag} corpus, {} sentences", sentences.len()));
        println!("{summary}");
        for fault in &score.faults {
            println!("  {fault}");
        }
        if score.recall() < min_recall || score.precision() < min_precision {
            failures.push(format!(
                "{summary}; floors: recall {min_recall}, precision {min_precision}\n  {}",
                score.faults.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn held_out_blocks_are_scored_and_printed_as_first_seen() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/content/corpus/heldout");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    paths.sort();
    for path in paths {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let tag = name.split('-').next().unwrap().to_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let sentences = corpus(&text, &path.display().to_string());
        let score = score(&tag, &sentences);
        println!("{}", score.summary(&format!("held-out block {name}")));
        for fault in &score.faults {
            println!("  {fault}");
        }
    }
}

/// Every pack with a `[classifier]` keeps the weights its corpus gives: the committed
/// `tone-model.toml` is exactly what `bowout packs train` writes today.
#[test]
fn retraining_each_classifier_from_its_corpus_reproduces_its_committed_weights() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut packs: Vec<(String, std::path::PathBuf)> = std::fs::read_dir(root.join("locales"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|pack| {
            std::fs::read_to_string(pack.join("tone.toml"))
                .is_ok_and(|tone| tone.lines().any(|line| line.trim() == "[classifier]"))
        })
        .map(|pack| {
            (
                pack.file_name().unwrap().to_string_lossy().into_owned(),
                pack,
            )
        })
        .collect();
    packs.sort();
    let tags: Vec<&str> = packs.iter().map(|(tag, _)| tag.as_str()).collect();
    assert_eq!(tags, ["de", "en", "fr"]);
    // Training takes a while in a debug build: the packs train side by side.
    let stale: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = packs
            .iter()
            .map(|(tag, pack)| {
                scope.spawn(move || {
                    let corpus = root.join(format!("tests/content/corpus/{tag}.toml"));
                    let trained = bowout::check::trained_model(pack, &corpus).unwrap_or_else(|errors| {
                        panic!(
                            "{}",
                            errors
                                .iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join("\n")
                        )
                    });
                    let committed = std::fs::read_to_string(pack.join("tone-model.toml")).unwrap();
                    (trained.text != committed).then(|| {
                        format!(
                            "locales/{tag}/tone-model.toml is not what its corpus trains: run \
                             `bowout packs train locales/{tag} --corpus tests/content/corpus/{tag}.toml`"
                        )
                    })
                })
            })
            .collect();
        handles
            .into_iter()
            .filter_map(|handle| handle.join().unwrap())
            .collect()
    });
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

#[test]
fn a_warning_on_a_candid_opening_does_not_silence_the_classifier_on_the_fault_that_follows() {
    let engine = engine();
    let pack = engine.packs.get("de").expect("a pack for de");
    let sentence = "Ganz ehrlich: Die Gutachten, die ich zuletzt von Ihrem Journal bekommen habe, waren unter aller Kanone.";
    let report = pack
        .tone
        .check(sentence, &engine.packs.localizer(pack), &[]);
    let rules: Vec<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
    assert!(rules.contains(&"oversharing"), "{rules:?}");
    assert!(rules.contains(&"criticism"), "{rules:?}");
}

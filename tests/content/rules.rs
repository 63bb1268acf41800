//! Tone rules: every pack's examples, and precision and recall on a labelled English corpus.

use std::collections::BTreeSet;

use serde::Deserialize;

use bowout::core::tone::RuleKind;

use crate::engine;

#[test]
fn every_rule_example_of_every_pack_fires_or_stays_quiet_as_labelled() {
    let engine = engine();
    let mut failures = Vec::new();
    for pack in engine.packs.all() {
        assert!(
            !pack.tone.examples().is_empty(),
            "{} has examples",
            pack.tag
        );
        failures.extend(
            pack.tone
                .run_examples(&engine.packs.localizer(pack))
                .iter()
                .map(ToString::to_string),
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_pack_defines_every_contract_rule_with_examples_both_ways() {
    let engine = engine();
    for pack in engine.packs.all() {
        for rule in bowout::core::tone::CONTRACT_RULES {
            let examples: Vec<_> = pack
                .tone
                .examples()
                .iter()
                .filter(|e| e.rule == *rule)
                .collect();
            assert!(
                examples.iter().any(|e| e.must_fire),
                "{} {rule}: a fire example",
                pack.tag
            );
            assert!(
                examples.iter().any(|e| !e.must_fire),
                "{} {rule}: a quiet example",
                pack.tag
            );
        }
    }
}

#[derive(Deserialize)]
struct Corpus {
    sentence: Vec<Entry>,
    message: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    text: String,
    fires: Vec<String>,
    sentences: Option<usize>,
}

#[test]
fn the_english_rules_are_precise_and_find_what_the_corpus_labels_in_whole_messages() {
    let corpus: Corpus = toml::from_str(include_str!("corpus/en.toml")).unwrap();
    assert!(corpus.sentence.len() >= 60 && corpus.message.len() >= 10);
    let engine = engine();
    let pack = engine.packs.get("en").unwrap();
    let phrase_rules: Vec<&str> = pack
        .tone
        .rules()
        .iter()
        .filter(|r| r.kind == RuleKind::Phrase)
        .map(|r| r.id.as_str())
        .collect();
    let (mut true_positives, mut false_positives, mut false_negatives) = (0, 0, 0);
    let mut misses = Vec::new();
    // The phrase rules on single sentences are counted in `corpus.rs`, the same way in every
    // language; here, whole messages, where every rule counts.
    let entries: Vec<(&Entry, bool)> = corpus.message.iter().map(|e| (e, false)).collect();
    for (entry, sentence_only) in entries {
        let report = engine.check_tone(&entry.text, pack, &[]);
        let fired: BTreeSet<&str> = report
            .findings
            .iter()
            .map(|f| f.rule.as_str())
            .filter(|rule| !sentence_only || phrase_rules.contains(rule))
            .collect();
        let expected: BTreeSet<&str> = entry.fires.iter().map(String::as_str).collect();
        for rule in fired.intersection(&expected) {
            let _ = rule;
            true_positives += 1;
        }
        for rule in fired.difference(&expected) {
            false_positives += 1;
            misses.push(format!("false positive `{rule}`: {:?}", entry.text));
        }
        for rule in expected.difference(&fired) {
            false_negatives += 1;
            misses.push(format!("missed `{rule}`: {:?}", entry.text));
        }
        if let Some(sentences) = entry.sentences {
            assert_eq!(
                report.sentences, sentences,
                "sentence count of {:?}",
                entry.text
            );
        }
    }
    let precision = f64::from(true_positives) / f64::from(true_positives + false_positives);
    let recall = f64::from(true_positives) / f64::from(true_positives + false_negatives);
    println!(
        "English messages: precision {precision:.3}, recall {recall:.3} ({true_positives} TP, {false_positives} FP, {false_negatives} FN)"
    );
    for miss in &misses {
        println!("  {miss}");
    }
    assert!(
        precision >= 0.95,
        "precision {precision:.3}:\n{}",
        misses.join("\n")
    );
    assert!(recall >= 0.90, "recall {recall:.3}:\n{}", misses.join("\n"));
}

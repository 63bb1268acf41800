//! A labelled corpus of sentences and how the tone rules score on it, counted the same way in
//! every language: the five phrase rules are scored; a sentence is a hit when one of the rules
//! it is labelled with fires, and a false alarm when one of the five fires that its label does
//! not name. The test suite and `bowout packs score` both count with this.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::{CONTRACT_RULES, Messages, ToneRules, classifier};

/// The rules the counting scores; `oversharing` and the message-shape rules are not.
pub const SCORED_RULES: &[&str] = &[
    "negative-language",
    "presumptuous-fit",
    "too-busy",
    "noncommittal",
    "criticism",
];

/// `[[sentence]]` entries of a corpus file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CorpusFile {
    sentence: Vec<Labelled>,
    /// Whole messages with their expected findings: the rules' tests read them, the sentence
    /// counting does not.
    #[serde(default, rename = "message")]
    _messages: Vec<toml::Table>,
}

/// A sentence and the rules that must fire on it (none: an innocent sentence).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labelled {
    pub text: String,
    pub fires: Vec<String>,
}

/// Reads a corpus file; an unknown rule in a label is an error naming the sentence.
pub fn parse(text: &str) -> Result<Vec<Labelled>, String> {
    let corpus: CorpusFile = toml::from_str(text).map_err(|e| e.to_string())?;
    for sentence in &corpus.sentence {
        if let Some(rule) = sentence
            .fires
            .iter()
            .find(|rule| !CONTRACT_RULES.contains(&rule.as_str()))
        {
            return Err(format!(
                "unknown rule {rule:?} in the label of {:?}",
                sentence.text
            ));
        }
    }
    Ok(corpus.sentence)
}

/// How the rules did on a corpus.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub positives: usize,
    pub hits: usize,
    pub innocents: usize,
    pub false_alarms: usize,
    /// Each miss and false alarm, readable.
    pub faults: Vec<String>,
}

impl Score {
    pub fn recall(&self) -> f64 {
        self.hits as f64 / self.positives.max(1) as f64
    }

    pub fn precision(&self) -> f64 {
        self.hits as f64 / (self.hits + self.false_alarms).max(1) as f64
    }

    /// One line: recall, precision and the counts behind them.
    pub fn summary(&self, what: &str) -> String {
        format!(
            "{what}: recall {:.2} ({} of {} mistakes), precision {:.2}, {} false alarm(s) ({} innocent sentences)",
            self.recall(),
            self.hits,
            self.positives,
            self.precision(),
            self.false_alarms,
            self.innocents
        )
    }
}

/// Scores `rules` on `sentences`.
pub fn score(rules: &ToneRules, messages: &dyn Messages, sentences: &[Labelled]) -> Score {
    let mut score = Score::default();
    for sentence in sentences {
        let report = rules.check(&sentence.text, messages, &[]);
        let fired: BTreeSet<&str> = report
            .findings
            .iter()
            .map(|f| f.rule.as_str())
            .filter(|rule| SCORED_RULES.contains(rule))
            .collect();
        let expected: BTreeSet<&str> = sentence
            .fires
            .iter()
            .map(String::as_str)
            .filter(|rule| SCORED_RULES.contains(rule))
            .collect();
        if expected.is_empty() {
            score.innocents += 1;
        } else {
            score.positives += 1;
            if fired.intersection(&expected).next().is_some() {
                score.hits += 1;
            } else {
                score
                    .faults
                    .push(format!("missed {expected:?}: {:?}", sentence.text));
            }
        }
        let unlabelled: Vec<&&str> = fired.difference(&expected).collect();
        if !unlabelled.is_empty() {
            score.false_alarms += 1;
            score
                .faults
                .push(format!("false alarm {unlabelled:?}: {:?}", sentence.text));
        }
    }
    score
}

/// Trains the pack's classifier and returns the text of its `tone-model.toml`. It learns the
/// corpus `sentences` (each of its first scored rule, or of no fault), the examples of the
/// pack's phrase rules, and `clean` sentences (the pack's own letters) as having no fault.
/// `None` when the pack has no `[classifier]`.
pub fn train(
    tone: &ToneRules,
    sentences: &[Labelled],
    clean: &[String],
) -> Option<Result<String, String>> {
    let settings = tone.classifier_settings()?;
    let class_of = |fires: &[&str]| {
        fires
            .iter()
            .find(|rule| SCORED_RULES.contains(rule) && tone.rule(rule).is_some())
            .copied()
            .unwrap_or(classifier::NO_FAULT)
            .to_owned()
    };
    let mut examples: Vec<(String, String, f64)> = sentences
        .iter()
        .map(|s| {
            let fires: Vec<&str> = s.fires.iter().map(String::as_str).collect();
            (s.text.clone(), class_of(&fires), 1.0)
        })
        .collect();
    examples.extend(tone.examples().iter().map(|example| {
        let class = if example.must_fire {
            class_of(&[example.rule.as_str()])
        } else {
            classifier::NO_FAULT.to_owned()
        };
        (example.text.clone(), class, 1.0)
    }));
    examples.extend(clean.iter().map(|text| {
        (
            text.clone(),
            classifier::NO_FAULT.to_owned(),
            settings.letter_weight,
        )
    }));
    let examples: Vec<classifier::Example> = examples
        .iter()
        .map(|(text, class, weight)| classifier::Example {
            text,
            class,
            weight: *weight,
        })
        .collect();
    // The classes are the scored rules the pack has, and no fault.
    let classes: Vec<&str> = SCORED_RULES
        .iter()
        .copied()
        .filter(|rule| tone.rule(rule).is_some())
        .chain([classifier::NO_FAULT])
        .collect();
    Some(classifier::train(
        &examples,
        tone.analyzer(),
        settings,
        &classes,
    ))
}

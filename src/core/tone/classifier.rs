//! A small sentence classifier that catches what the phrase patterns miss: the paraphrases
//! people really write ("my plate is overflowing", "your team and I aren't on the same
//! wavelength"). It is a softmax regression over stemmed words and word pairs, trained by
//! `bowout packs train` from a labelled corpus; its weights are data in the pack
//! (`tone-model.toml`), and retraining from the same corpus reproduces them exactly.
//!
//! The classifier only fills gaps: it speaks on a sentence where no phrase rule fired, when
//! it is sure (its probability reaches the pack's `threshold`), and a rule's sentence
//! antipatterns (negation, empathy) silence it as they silence the patterns.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use super::text::{Analysis, Analyzer, Segment};
use crate::core::diagnostic::{Diagnostic, line_of_offset};

/// The class of a sentence that has none of the rules' faults.
pub const NO_FAULT: &str = "none";

/// `[classifier]` in `tone.toml`: how the pack's classifier is trained and when it speaks.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ClassifierSettings {
    /// The Snowball stemmer of the language (`english`, `german`, `french`, …), or `none`.
    pub stemmer: String,
    /// How sure the classifier must be (0–1) before it reports a sentence.
    pub threshold: f64,
    /// A word or pair seen in fewer training sentences than this is left out of the model.
    #[serde(default = "default_min_count")]
    pub min_count: usize,
    /// The L2 penalty on the weights: larger keeps the model from leaning on rare words.
    #[serde(default = "default_l2")]
    pub l2: f64,
    /// Gradient-descent steps and their size.
    #[serde(default = "default_iterations")]
    pub iterations: usize,
    #[serde(default = "default_learning_rate")]
    pub learning_rate: f64,
    /// What one of the pack's own letter sentences weighs against a labelled sentence (1).
    #[serde(default = "default_letter_weight")]
    pub letter_weight: f64,
    /// The length of the character runs of each stem that are features too; 0 for none.
    #[serde(default)]
    pub char_ngrams: usize,
}

fn default_min_count() -> usize {
    2
}

fn default_l2() -> f64 {
    1.0
}

fn default_iterations() -> usize {
    400
}

fn default_learning_rate() -> f64 {
    0.5
}

fn default_letter_weight() -> f64 {
    0.1
}

fn stemmer_algorithm(name: &str) -> Result<Option<rust_stemmers::Algorithm>, String> {
    use rust_stemmers::Algorithm::*;
    Ok(Some(match name {
        "none" => return Ok(None),
        "arabic" => Arabic,
        "danish" => Danish,
        "dutch" => Dutch,
        "english" => English,
        "finnish" => Finnish,
        "french" => French,
        "german" => German,
        "greek" => Greek,
        "hungarian" => Hungarian,
        "italian" => Italian,
        "norwegian" => Norwegian,
        "portuguese" => Portuguese,
        "romanian" => Romanian,
        "russian" => Russian,
        "spanish" => Spanish,
        "swedish" => Swedish,
        "tamil" => Tamil,
        "turkish" => Turkish,
        other => return Err(format!("unknown stemmer `{other}`")),
    }))
}

/// `tone-model.toml`, as `bowout packs train` writes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelFile {
    classes: Vec<String>,
    bias: Vec<f64>,
    weights: BTreeMap<String, Vec<f64>>,
}

/// A trained classifier, ready to read sentences.
///
/// Features are looked up by number: each stem the model knows has an id, a word's weights
/// are found by its stem's id and a pair's by the two ids, so reading a sentence allocates
/// next to nothing.
#[derive(Clone)]
pub struct Classifier {
    /// Tells this model's entries apart in the per-thread stem cache.
    id: usize,
    stemmer: Option<Arc<rust_stemmers::Stemmer>>,
    threshold: f64,
    classes: Vec<String>,
    bias: Vec<f64>,
    char_ngrams: usize,
    stem_ids: FxHashMap<String, u32>,
    word_rows: FxHashMap<u32, u32>,
    gram_rows: FxHashMap<String, u32>,
    pair_rows: FxHashMap<(u32, u32), u32>,
    /// One weight per class for each row, row after row.
    weights: Vec<f64>,
}

/// Stemming costs more than the rest of reading a sentence, and letters repeat their words:
/// each thread remembers the stem id of the words it has seen, per model.
const STEM_CACHE_LIMIT: usize = 50_000;

thread_local! {
    static STEM_CACHE: std::cell::RefCell<FxHashMap<usize, FxHashMap<String, Word>>> =
        std::cell::RefCell::new(FxHashMap::default());
}

/// What the model knows of a word: its stem's id, and the rows of the stem and its runs.
struct Word {
    stem: Option<u32>,
    rows: Box<[u32]>,
}

static NEXT_MODEL_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl std::fmt::Debug for Classifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Classifier")
            .field("classes", &self.classes)
            .field("features", &(self.word_rows.len() + self.pair_rows.len()))
            .field("threshold", &self.threshold)
            .finish()
    }
}

/// What the classifier says of one sentence: its class, how sure it is, and the tokens that
/// weighed most for that class (the excerpt a finding points at).
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict<'a> {
    pub class: &'a str,
    pub probability: f64,
    pub tokens: (usize, usize),
}

/// The features of a sentence: each stemmed word, each pair of neighbouring words and, with
/// `char_ngrams` = n, each run of n characters of a stem marked at its ends (`<stem>`), with
/// the token indices they come from. The runs let a new compound or an inflection the corpus
/// never showed ("Terminflut", "overbooked") weigh like the words it shares them with.
fn features(
    stemmer: Option<&rust_stemmers::Stemmer>,
    char_ngrams: usize,
    tokens: &[(usize, &str)],
) -> Vec<(String, (usize, usize))> {
    let stems: Vec<(usize, String)> = tokens
        .iter()
        .filter(|(_, token)| token.chars().any(char::is_alphabetic))
        .map(|&(index, token)| {
            let stem = stemmer.map_or_else(|| token.to_owned(), |s| s.stem(token).into_owned());
            (index, stem)
        })
        .collect();
    let mut features: Vec<(String, (usize, usize))> = Vec::new();
    for (index, stem) in &stems {
        features.push((stem.clone(), (*index, *index)));
        features.extend(char_grams(stem, char_ngrams).map(|gram| (gram, (*index, *index))));
    }
    features.extend(stems.windows(2).map(|pair| {
        (
            format!("{} {}", pair[0].1, pair[1].1),
            (pair[0].0, pair[1].0),
        )
    }));
    features
}

/// The runs of `n` characters of `<stem>`, each written `#run`; none when `n` is 0 or the
/// marked stem is no longer than a run.
fn char_grams(stem: &str, n: usize) -> impl Iterator<Item = String> {
    let marked: Vec<char> = if n == 0 {
        Vec::new()
    } else {
        std::iter::once('<')
            .chain(stem.chars())
            .chain(std::iter::once('>'))
            .collect()
    };
    let runs = if n > 0 && marked.len() > n {
        marked.len() - n + 1
    } else {
        0
    };
    (0..runs).map(move |start| {
        std::iter::once(CHAR_GRAM_MARK)
            .chain(marked[start..start + n].iter().copied())
            .collect()
    })
}

/// How a run of characters is told from a word in the model.
const CHAR_GRAM_MARK: char = '#';

impl Classifier {
    /// Reads `tone-model.toml`; errors name the file and line.
    pub fn load(
        path: &str,
        source: &str,
        settings: &ClassifierSettings,
    ) -> Result<Classifier, Diagnostic> {
        let model: ModelFile = toml::from_str(source).map_err(|error| {
            let line = error
                .span()
                .map_or(0, |span| line_of_offset(source, span.start));
            Diagnostic::error(path, line, error.message().to_owned())
        })?;
        let algorithm =
            stemmer_algorithm(&settings.stemmer).map_err(|e| Diagnostic::error(path, 0, e))?;
        let classes = model.classes.len();
        if !model.classes.iter().any(|c| c == NO_FAULT) || model.bias.len() != classes {
            return Err(Diagnostic::error(
                path,
                0,
                format!("the model needs the class `{NO_FAULT}` and one bias per class"),
            ));
        }
        if let Some((feature, _)) = model.weights.iter().find(|(_, w)| w.len() != classes) {
            return Err(Diagnostic::error(
                path,
                0,
                format!("`{feature}` needs one weight per class ({classes})"),
            ));
        }
        let mut stem_ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut id_of = |stem: &str| {
            let next = stem_ids.len() as u32;
            *stem_ids.entry(stem.to_owned()).or_insert(next)
        };
        let mut word_rows = FxHashMap::default();
        let mut gram_rows = FxHashMap::default();
        let mut pair_rows = FxHashMap::default();
        let mut weights = Vec::with_capacity(model.weights.len() * classes);
        for (row, (feature, values)) in model.weights.into_iter().enumerate() {
            let row = row as u32;
            match feature.split_once(' ') {
                Some((first, second)) => {
                    pair_rows.insert((id_of(first), id_of(second)), row);
                }
                None if feature.starts_with(CHAR_GRAM_MARK) => {
                    gram_rows.insert(feature, row);
                }
                None => {
                    word_rows.insert(id_of(&feature), row);
                }
            }
            weights.extend(values);
        }
        Ok(Classifier {
            id: NEXT_MODEL_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            stemmer: algorithm.map(|a| Arc::new(rust_stemmers::Stemmer::create(a))),
            threshold: settings.threshold,
            classes: model.classes,
            bias: model.bias,
            char_ngrams: settings.char_ngrams,
            stem_ids,
            word_rows,
            gram_rows,
            pair_rows,
            weights,
        })
    }

    /// What the model knows of `token`, computed once per thread and word.
    fn with_word<T>(&self, token: &str, read: impl FnOnce(&Word) -> T) -> T {
        STEM_CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            let known = cache.entry(self.id).or_default();
            if let Some(word) = known.get(token) {
                return read(word);
            }
            let stem = match &self.stemmer {
                Some(stemmer) => stemmer.stem(token),
                None => std::borrow::Cow::Borrowed(token),
            };
            let id = self.stem_ids.get(stem.as_ref()).copied();
            let rows: Box<[u32]> = id
                .and_then(|id| self.word_rows.get(&id).copied())
                .into_iter()
                .chain(
                    char_grams(&stem, self.char_ngrams)
                        .filter_map(|gram| self.gram_rows.get(&gram).copied()),
                )
                .collect();
            let word = Word { stem: id, rows };
            let value = read(&word);
            if known.len() >= STEM_CACHE_LIMIT {
                known.clear();
            }
            known.insert(token.to_owned(), word);
            value
        })
    }

    pub fn classes(&self) -> &[String] {
        &self.classes
    }

    /// The class of `sentence` when the classifier is sure of a fault; `None` otherwise.
    pub fn fault<'s>(&'s self, analysis: &Analysis, sentence: &Segment) -> Option<Verdict<'s>> {
        // Each feature the sentence holds, once, with the tokens it comes from (kept apart:
        // where a feature comes from only matters for the excerpt of a finding).
        let mut present: Vec<u32> = Vec::new();
        let mut origins: Vec<(u32, (usize, usize))> = Vec::new();
        let ids: Vec<(usize, Option<u32>)> = analysis
            .tokens_of(sentence)
            .filter(|(_, token)| token.chars().any(char::is_alphabetic))
            .map(|(index, token)| {
                self.with_word(token, |word| {
                    present.extend_from_slice(&word.rows);
                    origins.extend(word.rows.iter().map(|&row| (row, (index, index))));
                    (index, word.stem)
                })
            })
            .collect();
        for pair in ids.windows(2) {
            if let (Some(first), Some(second)) = (pair[0].1, pair[1].1)
                && let Some(&row) = self.pair_rows.get(&(first, second))
            {
                present.push(row);
                origins.push((row, (pair[0].0, pair[1].0)));
            }
        }
        present.sort_unstable();
        present.dedup();
        let k = self.classes.len();
        let row_of = |row: u32| &self.weights[row as usize * k..(row as usize + 1) * k];
        let mut scores = self.bias.clone();
        for &row in &present {
            for (score, weight) in scores.iter_mut().zip(row_of(row)) {
                *score += weight;
            }
        }
        let best = (0..scores.len()).max_by(|&a, &b| scores[a].total_cmp(&scores[b]))?;
        let top = scores[best];
        let probability = 1.0 / scores.iter().map(|s| (s - top).exp()).sum::<f64>();
        let none = self.classes.iter().position(|c| c == NO_FAULT)?;
        if best == none || probability < self.threshold {
            return None;
        }
        // The excerpt: the first place of the feature that speaks most for the class against
        // a clean sentence.
        let speaks = |row: u32| row_of(row)[best] - row_of(row)[none];
        let strongest = present
            .iter()
            .copied()
            .max_by(|&a, &b| speaks(a).total_cmp(&speaks(b)).then(b.cmp(&a)))?;
        let tokens = origins
            .iter()
            .filter(|(row, _)| *row == strongest)
            .map(|(_, tokens)| *tokens)
            .min()?;
        Some(Verdict {
            class: &self.classes[best],
            probability,
            tokens,
        })
    }
}

/// A training sentence: its text, the one class it belongs to (a rule id or `none`), and how
/// much it weighs.
pub struct Example<'a> {
    pub text: &'a str,
    pub class: &'a str,
    /// A labelled sentence weighs 1. The pack's own letters weigh less: there are many of
    /// them and they are alike, and they only need to teach that the letters' words are clean.
    pub weight: f64,
}

/// Trains a model on `examples`, read by `analyzer`, and returns `tone-model.toml`'s text.
///
/// A softmax (multinomial logistic) regression over the presence of stemmed words and word
/// pairs, fitted by full-batch gradient descent from zero weights with an L2 penalty. Every
/// step runs in the same order, so the same examples and settings always give the same text.
pub fn train(
    examples: &[Example],
    analyzer: &Analyzer,
    settings: &ClassifierSettings,
    classes: &[&str],
) -> Result<String, String> {
    let stemmer = stemmer_algorithm(&settings.stemmer)?.map(rust_stemmers::Stemmer::create);
    let mut rows: Vec<(Vec<String>, usize, f64)> = Vec::with_capacity(examples.len());
    let mut seen_in: BTreeMap<String, usize> = BTreeMap::new();
    for example in examples {
        let class = classes
            .iter()
            .position(|c| *c == example.class)
            .ok_or_else(|| format!("unknown class `{}`", example.class))?;
        let analysis = analyzer.analyze(example.text);
        let mut present = BTreeSet::new();
        for sentence in analysis.sentences() {
            let tokens: Vec<(usize, &str)> = analysis.tokens_of(sentence).collect();
            present.extend(
                features(stemmer.as_ref(), settings.char_ngrams, &tokens)
                    .into_iter()
                    .map(|(f, _)| f),
            );
        }
        for feature in &present {
            *seen_in.entry(feature.clone()).or_insert(0) += 1;
        }
        rows.push((present.into_iter().collect(), class, example.weight));
    }
    // A word seen once says more about its sentence than about the fault.
    let vocabulary: BTreeMap<&str, usize> = seen_in
        .iter()
        .filter(|(_, count)| **count >= settings.min_count)
        .enumerate()
        .map(|(index, (feature, _))| (feature.as_str(), index))
        .collect();
    let rows: Vec<(Vec<usize>, usize, f64)> = rows
        .iter()
        .map(|(present, class, weight)| {
            let indices = present
                .iter()
                .filter_map(|f| vocabulary.get(f.as_str()).copied())
                .collect();
            (indices, *class, *weight)
        })
        .collect();
    let k = classes.len();
    let none = classes
        .iter()
        .position(|c| *c == NO_FAULT)
        .ok_or_else(|| format!("the classes need `{NO_FAULT}`"))?;
    // A clean sentence that weighs less than a labelled one (a sentence of the pack's own
    // letters) and that the model still takes for a fault, or nearly, is learned again at full
    // weight: the pack's letters must pass their own check.
    let mut example_weights: Vec<f64> = rows.iter().map(|(_, _, w)| *w).collect();
    let mut fit = Fit::new(vocabulary.len(), k);
    for round in 0..=RELEARNING_ROUNDS {
        // Each round after the first goes on from where the last one stopped.
        let iterations = if round == 0 {
            settings.iterations
        } else {
            settings.iterations / 4
        };
        fit.descend(&rows, &example_weights, settings, iterations);
        let flagged: Vec<usize> = rows
            .iter()
            .enumerate()
            .filter(|(i, (indices, class, _))| {
                *class == none
                    && example_weights[*i] < 1.0
                    && fit.fault_probability(indices, none)
                        >= settings.threshold - RELEARNING_MARGIN
            })
            .map(|(i, _)| i)
            .collect();
        if flagged.is_empty() {
            break;
        }
        for i in flagged {
            example_weights[i] = 1.0;
        }
    }
    let Fit { weights, bias, .. } = fit;
    let mut out = String::from(
        "# Written by `bowout packs train` from the pack's labelled corpus, its rules' examples\n\
         # and its own letters: do not edit. A softmax regression over stemmed words and word\n\
         # pairs (see src/core/tone/classifier.rs); one weight per class, in the order of `classes`.\n\n",
    );
    let quoted: Vec<String> = classes.iter().map(|c| format!("{c:?}")).collect();
    let row = |values: &[f64]| {
        values
            .iter()
            .map(|v| format!("{v:.4}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    out.push_str(&format!("classes = [{}]\n", quoted.join(", ")));
    out.push_str(&format!("bias = [{}]\n", row(&bias)));
    out.push_str("\n[weights]\n");
    for (feature, &index) in &vocabulary {
        let values = &weights[index * k..(index + 1) * k];
        // A feature the penalty left at nothing only lengthens the file.
        if values.iter().all(|v| v.abs() < 0.00005) {
            continue;
        }
        out.push_str(&format!("{} = [{}]\n", toml_key(feature), row(values)));
    }
    Ok(out)
}

/// How many times clean letter sentences the model still flags are learned again.
const RELEARNING_ROUNDS: usize = 6;
/// How close to the threshold a letter sentence may come: the weights are written rounded.
const RELEARNING_MARGIN: f64 = 0.1;

/// Weights being fitted: one per feature and class (row-major), and one bias per class.
struct Fit {
    weights: Vec<f64>,
    bias: Vec<f64>,
    classes: usize,
}

impl Fit {
    fn new(features: usize, classes: usize) -> Self {
        Fit {
            weights: vec![0.0; features * classes],
            bias: vec![0.0; classes],
            classes,
        }
    }

    /// The probability of each class for a sentence with the features `indices`.
    fn probabilities(&self, indices: &[usize]) -> Vec<f64> {
        let mut probabilities = vec![0.0; self.classes];
        self.probabilities_into(indices, &mut probabilities);
        probabilities
    }

    /// [`Self::probabilities`] into a buffer of one value per class: training asks millions
    /// of times.
    fn probabilities_into(&self, indices: &[usize], out: &mut [f64]) {
        let k = self.classes;
        out.copy_from_slice(&self.bias);
        for &j in indices {
            for (score, weight) in out.iter_mut().zip(&self.weights[j * k..(j + 1) * k]) {
                *score += weight;
            }
        }
        let top = out.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let mut sum = 0.0;
        for score in out.iter_mut() {
            *score = (*score - top).exp();
            sum += *score;
        }
        for score in out.iter_mut() {
            *score /= sum;
        }
    }

    /// How sure the model is of the likeliest fault, when a fault is likelier than none.
    fn fault_probability(&self, indices: &[usize], none: usize) -> f64 {
        let probabilities = self.probabilities(indices);
        let (best, probability) = probabilities.iter().copied().enumerate().fold(
            (none, f64::NEG_INFINITY),
            |best, (c, p)| {
                if p > best.1 { (c, p) } else { best }
            },
        );
        if best == none { 0.0 } else { probability }
    }

    /// Full-batch gradient descent on the weighted cross-entropy with an L2 penalty.
    fn descend(
        &mut self,
        rows: &[(Vec<usize>, usize, f64)],
        example_weights: &[f64],
        settings: &ClassifierSettings,
        iterations: usize,
    ) {
        let k = self.classes;
        let total: f64 = example_weights.iter().sum();
        let mut gradient = vec![0.0f64; self.weights.len()];
        let mut probabilities = vec![0.0f64; k];
        let mut errors = vec![0.0f64; k];
        for _ in 0..iterations {
            gradient.iter_mut().for_each(|g| *g = 0.0);
            let mut bias_gradient = vec![0.0f64; k];
            for ((indices, class, _), weight) in rows.iter().zip(example_weights) {
                self.probabilities_into(indices, &mut probabilities);
                for (c, (error, probability)) in errors.iter_mut().zip(&probabilities).enumerate() {
                    let target = if c == *class { 1.0 } else { 0.0 };
                    *error = (probability - target) * weight / total;
                    bias_gradient[c] += *error;
                }
                for &j in indices {
                    for (g, error) in gradient[j * k..(j + 1) * k].iter_mut().zip(&errors) {
                        *g += error;
                    }
                }
            }
            for (w, g) in self.weights.iter_mut().zip(&gradient) {
                *w -= settings.learning_rate * (g + settings.l2 * *w / total);
            }
            for (b, g) in self.bias.iter_mut().zip(&bias_gradient) {
                *b -= settings.learning_rate * g;
            }
        }
    }
}

/// A TOML key for any feature: bare when it can be, else a basic string.
fn toml_key(feature: &str) -> String {
    if !feature.is_empty()
        && feature
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        feature.to_owned()
    } else {
        toml::Value::String(feature.to_owned()).to_string()
    }
}

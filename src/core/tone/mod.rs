//! Tone checks: a small engine over rules that are data (`locales/<tag>/tone.toml`).
//!
//! Three kinds of rule exist, as in Vale: `phrase` (patterns that must not appear, with
//! antipatterns for innocent neighbours), `required` (a checklist item that must be present,
//! such as gratitude) and `sentence_count` (bounds on the number of sentences). All of a
//! pack's patterns are compiled once, at start-up, into one `RegexSet` that reads a message in
//! a single pass; only patterns that matched are run again to locate their findings.

pub mod classifier;
pub mod corpus;
pub mod matcher;
pub mod pattern;
pub mod text;

use std::collections::BTreeMap;

use std::sync::OnceLock;

use matcher::{Matches, PatternMatcher};
use regex::bytes::Regex;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::diagnostic::{Diagnostic, line_of_offset};
use classifier::{Classifier, ClassifierSettings};
use text::{Analysis, Analyzer, NormalizeSettings, TextSettings};

/// The checklist items every pack defines patterns for; the report's `checklist` keys.
pub const CHECKLIST_ITEMS: &[&str] = &["gratitude", "door_open", "personal_detail"];

/// Rule ids the contract fixes; every pack defines each of them.
pub const CONTRACT_RULES: &[&str] = &[
    "negative-language",
    "presumptuous-fit",
    "too-busy",
    "noncommittal",
    "criticism",
    "oversharing",
    "too-short",
    "too-long",
    "missing-gratitude",
    "missing-door-open",
];

/// How much a finding matters: any `error` makes `passed` false.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The message should not be sent as it is; `passed` is false.
    Error,
    /// Worth a second look.
    Warning,
    /// A note.
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    Phrase,
    Required,
    SentenceCount,
}

// ---------------------------------------------------------------------------------------------
// The file format

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ToneFile {
    text: TextSettings,
    #[serde(default)]
    normalize: NormalizeSettings,
    /// Named lists of words or short patterns that say one thing, used in patterns as `@name`.
    #[serde(default)]
    concepts: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    checklist: BTreeMap<String, ChecklistFile>,
    #[serde(default, rename = "rule")]
    rules: Vec<RuleFile>,
    /// A classifier trained from the corpus (`tone-model.toml`) that fills the patterns' gaps.
    classifier: Option<ClassifierSettings>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChecklistFile {
    patterns: Vec<Spanned<String>>,
    #[serde(default)]
    antipatterns: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    id: Spanned<String>,
    kind: RuleKind,
    severity: Severity,
    /// Patterns of a phrase rule whose suggestion is the rule's own.
    #[serde(default)]
    patterns: Vec<Spanned<String>>,
    /// Further patterns, each group with its own suggestion.
    #[serde(default, rename = "case")]
    cases: Vec<CaseFile>,
    #[serde(default)]
    antipatterns: Vec<Spanned<String>>,
    /// Patterns that, anywhere in a sentence, undo the rule's matches in that sentence: a
    /// negation or empathy that changes what the whole sentence means ("it was no waste of
    /// time at all", "you must be swamped with applications").
    #[serde(default)]
    sentence_antipatterns: Vec<Spanned<String>>,
    /// A phrase rule may also flag sentences longer than this many words.
    max_sentence_words: Option<usize>,
    /// The checklist item a `required` rule asks for.
    checklist: Option<Spanned<String>>,
    min: Option<usize>,
    max: Option<usize>,
    #[serde(default)]
    fire: Vec<Spanned<String>>,
    #[serde(default)]
    quiet: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    patterns: Vec<Spanned<String>>,
    /// The Fluent message holding this case's suggestion.
    suggestion: Spanned<String>,
    #[serde(default)]
    fire: Vec<Spanned<String>>,
}

// ---------------------------------------------------------------------------------------------
// Compiled rules

/// One rule of a pack, compiled.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub severity: Severity,
    pub kind: RuleKind,
    /// Fluent message id of the rule: its value is the description, `.message` and
    /// `.suggestion` attributes are what a finding says.
    pub message_id: String,
    cases: Vec<Case>,
    antipatterns: Vec<usize>,
    sentence_antipatterns: Vec<usize>,
    max_sentence_words: Option<usize>,
    checklist: Option<usize>,
    min: Option<usize>,
    max: Option<usize>,
}

#[derive(Debug, Clone)]
struct Case {
    /// Indices into the pattern set.
    patterns: Vec<usize>,
    /// Fluent message id of the suggestion; `None`: the rule's `.suggestion`.
    suggestion: Option<String>,
}

#[derive(Debug, Clone)]
struct ChecklistItem {
    patterns: Vec<usize>,
    antipatterns: Vec<usize>,
}

/// An example from a pack: a text a rule must fire on, or must stay quiet on.
#[derive(Debug, Clone)]
pub struct RuleExample {
    pub rule: String,
    pub text: String,
    pub must_fire: bool,
    /// For a case's example, the suggestion the finding must carry.
    pub suggestion: Option<String>,
    pub path: String,
    pub line: usize,
}

/// Everything a pack says about tone, compiled once at start-up.
#[derive(Debug, Clone)]
pub struct ToneRules {
    analyzer: Analyzer,
    rules: Vec<Rule>,
    checklist: Vec<ChecklistItem>,
    /// Every pattern of the pack, for one pass over a text.
    set: PatternMatcher,
    /// The same patterns, one by one, to locate what the set found. Compiled on first use: a
    /// clean message never needs them.
    regexes: Vec<OnceLock<Regex>>,
    examples: Vec<RuleExample>,
    terminators: Vec<char>,
    classifier_settings: Option<ClassifierSettings>,
    classifier: Option<Classifier>,
}

/// Where a rule's words come from: the pack's Fluent messages (with the fallback pack's).
pub trait Messages {
    /// The text of message `id`, or of its attribute `attribute`.
    fn text(&self, id: &str, attribute: Option<&str>) -> Option<String>;
}

/// Something a rule found, located in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Finding {
    /// The rule's id, e.g. `negative-language`.
    #[schema(example = "negative-language")]
    pub rule: String,
    /// `error` fails the check; `warning` and `info` do not.
    pub severity: Severity,
    /// What is wrong, in the report's locale.
    pub message: String,
    /// What to write instead, in the report's locale.
    pub suggestion: String,
    /// Where the finding starts, in Unicode code points from the start of the text.
    pub offset: usize,
    /// How long it is, in Unicode code points; 0 for something missing.
    pub length: usize,
    /// The text of the finding (shortened to 120 characters).
    pub excerpt: String,
}

/// What a good decline has, each checked on the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Checklist {
    /// The message thanks the reader.
    pub gratitude: bool,
    /// The message has a forward-looking, door-open line.
    pub door_open: bool,
    /// The message mentions something specific about the reader or their work.
    pub personal_detail: bool,
    /// The number of sentences is within the pack's bounds (3 to 5 in English).
    pub length_ok: bool,
}

/// The result of a tone check, without the locale (which the caller knows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToneReport {
    pub passed: bool,
    pub sentences: usize,
    pub findings: Vec<Finding>,
    pub checklist: Checklist,
}

const EXCERPT_MAX: usize = 120;

impl ToneRules {
    /// Parses and compiles a pack's `tone.toml`. Every problem is reported with its line.
    pub fn load(path: &str, source: &str) -> Result<ToneRules, Vec<Diagnostic>> {
        let file: ToneFile = toml::from_str(source).map_err(|error| {
            let line = error
                .span()
                .map_or(0, |span| line_of_offset(source, span.start));
            vec![Diagnostic::error(path, line, error.message().to_owned())]
        })?;
        Compiler::new(path, source, &file).compile(file)
    }

    /// `[classifier]` of `tone.toml`, when the pack has one.
    pub fn classifier_settings(&self) -> Option<&ClassifierSettings> {
        self.classifier_settings.as_ref()
    }

    /// The same rules without their classifier: what the phrase rules alone catch, and what
    /// the classifier costs (the benchmarks compare the two).
    pub fn without_classifier(&self) -> ToneRules {
        ToneRules {
            classifier: None,
            ..self.clone()
        }
    }

    /// Loads the trained model (`tone-model.toml`) the pack's `[classifier]` asks for.
    pub fn load_classifier(&mut self, path: &str, source: &str) -> Result<(), Diagnostic> {
        let settings = self.classifier_settings.as_ref().ok_or_else(|| {
            Diagnostic::error(
                path,
                0,
                "a trained model without `[classifier]` in tone.toml".to_owned(),
            )
        })?;
        let classifier = Classifier::load(path, source, settings)?;
        if let Some(class) = classifier
            .classes()
            .iter()
            .find(|c| *c != classifier::NO_FAULT && self.rule(c).is_none())
        {
            return Err(Diagnostic::error(
                path,
                0,
                format!("class `{class}` is not a rule of the pack"),
            ));
        }
        self.classifier = Some(classifier);
        Ok(())
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|rule| rule.id == id)
    }

    pub fn examples(&self) -> &[RuleExample] {
        &self.examples
    }

    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// Characters that end a sentence, for trimming caller text that becomes part of one.
    pub fn terminators(&self) -> &[char] {
        &self.terminators
    }

    /// Checks `text`, skipping the rules in `disabled`. Findings come sorted by offset.
    pub fn check(&self, text: &str, messages: &dyn Messages, disabled: &[&str]) -> ToneReport {
        let analysis = self.analyzer.analyze(text);
        let matched = self.set.matches(analysis.stream.as_bytes());
        let sentences = analysis.sentence_count();

        let item_present = |item: &ChecklistItem| -> bool {
            // Only an antipattern that matched somewhere can undo a match: otherwise the set's
            // answer is enough, and nothing needs locating.
            let blocked = item.antipatterns.iter().any(|&a| matched.contains(a));
            item.patterns.iter().any(|&p| {
                matched.contains(p)
                    && (!blocked
                        || !self
                            .locate(&analysis, p, &item.antipatterns, &matched)
                            .is_empty())
            })
        };
        let present: Vec<bool> = self.checklist.iter().map(item_present).collect();
        let length_ok = self
            .rules
            .iter()
            .filter(|rule| rule.kind == RuleKind::SentenceCount)
            .all(|rule| {
                rule.min.is_none_or(|min| sentences >= min)
                    && rule.max.is_none_or(|max| sentences <= max)
            });

        let mut findings = Vec::new();
        for rule in self
            .rules
            .iter()
            .filter(|rule| !disabled.contains(&rule.id.as_str()))
        {
            let mut emit = |offset: usize, length: usize, suggestion: Option<&str>| {
                findings.push(self.finding(rule, &analysis, offset, length, suggestion, messages));
            };
            match rule.kind {
                RuleKind::Phrase => {
                    let quiet_sentences =
                        self.sentences_matching(&analysis, &rule.sentence_antipatterns, &matched);
                    let mut spans: Vec<(usize, usize)> = Vec::new();
                    for case in &rule.cases {
                        for &pattern in &case.patterns {
                            if !matched.contains(pattern) {
                                continue;
                            }
                            for span in self.locate_in(
                                &analysis,
                                pattern,
                                &rule.antipatterns,
                                &matched,
                                &quiet_sentences,
                            ) {
                                if !spans
                                    .iter()
                                    .any(|&(o, l)| span.0 < o + l && o < span.0 + span.1)
                                {
                                    spans.push(span);
                                    emit(span.0, span.1, case.suggestion.as_deref());
                                }
                            }
                        }
                    }
                    if let Some(limit) = rule.max_sentence_words {
                        for sentence in analysis.sentences().filter(|s| s.words > limit) {
                            emit(sentence.start, sentence.end - sentence.start, None);
                        }
                    }
                }
                RuleKind::Required => {
                    let item = rule
                        .checklist
                        .expect("required rules name a checklist item");
                    if !present[item] {
                        emit(0, 0, None);
                    }
                }
                RuleKind::SentenceCount => {
                    let body: Vec<_> = analysis.sentences().collect();
                    if let Some(min) = rule.min
                        && sentences < min
                    {
                        let (start, end) = match (body.first(), body.last()) {
                            (Some(first), Some(last)) => (first.start, last.end),
                            _ => (0, 0),
                        };
                        emit(start, end - start, None);
                    }
                    if let Some(max) = rule.max
                        && sentences > max
                    {
                        let start = body[max].start;
                        let end = body[sentences - 1].end;
                        emit(start, end - start, None);
                    }
                }
            }
        }
        if let Some(classifier) = &self.classifier {
            self.classify(
                classifier,
                &analysis,
                &matched,
                disabled,
                messages,
                &mut findings,
            );
        }
        findings.sort_by(|a, b| a.offset.cmp(&b.offset).then_with(|| a.rule.cmp(&b.rule)));
        let passed = findings.iter().all(|f| f.severity != Severity::Error);
        let item = |name: &str| {
            present[CHECKLIST_ITEMS
                .iter()
                .position(|i| *i == name)
                .expect("known item")]
        };
        ToneReport {
            passed,
            sentences,
            findings,
            checklist: Checklist {
                gratitude: item("gratitude"),
                door_open: item("door_open"),
                personal_detail: item("personal_detail"),
                length_ok,
            },
        }
    }

    /// The classifier's findings, in the sentences no phrase rule of its classes spoke on and
    /// none of the class's sentence antipatterns (a negation, empathy) quiets. Another rule
    /// (oversharing's "to be honest") does not silence it: the sentence may still criticise.
    fn classify(
        &self,
        classifier: &Classifier,
        analysis: &Analysis,
        matched: &Matches,
        disabled: &[&str],
        messages: &dyn Messages,
        findings: &mut Vec<Finding>,
    ) {
        let phrase_spoke = |sentence: &text::Segment, findings: &[Finding]| {
            findings.iter().any(|f| {
                classifier.classes().contains(&f.rule)
                    && self
                        .rule(&f.rule)
                        .is_some_and(|rule| rule.kind == RuleKind::Phrase)
                    && f.offset < sentence.end
                    && sentence.start < f.offset + f.length.max(1)
            })
        };
        for (index, sentence) in analysis
            .segments
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind == text::SegmentKind::Sentence)
        {
            if phrase_spoke(sentence, findings) {
                continue;
            }
            let Some(verdict) = classifier.fault(analysis, sentence) else {
                continue;
            };
            let Some(rule) = self
                .rule(verdict.class)
                .filter(|rule| !disabled.contains(&rule.id.as_str()))
            else {
                continue;
            };
            if self
                .sentences_matching(analysis, &rule.sentence_antipatterns, matched)
                .contains(&index)
            {
                continue;
            }
            let (offset, length) = analysis.span_of_tokens(verdict.tokens.0, verdict.tokens.1);
            findings.push(self.finding(rule, analysis, offset, length, None, messages));
        }
    }

    /// The code-point spans where `pattern` matches and none of `antipatterns` overlaps.
    fn locate(
        &self,
        analysis: &Analysis,
        pattern: usize,
        antipatterns: &[usize],
        matched: &Matches,
    ) -> Vec<(usize, usize)> {
        self.locate_in(analysis, pattern, antipatterns, matched, &[])
    }

    /// The sentences (by index) in which one of `patterns` matches.
    fn sentences_matching(
        &self,
        analysis: &Analysis,
        patterns: &[usize],
        matched: &Matches,
    ) -> Vec<usize> {
        let stream = analysis.stream.as_bytes();
        patterns
            .iter()
            .filter(|&&p| matched.contains(p))
            .flat_map(|&p| self.regex(p).find_iter(stream))
            .map(|m| sentence_at(stream, m.start()))
            .collect()
    }

    /// As [`Self::locate`], leaving out matches that start in `quiet_sentences`.
    fn locate_in(
        &self,
        analysis: &Analysis,
        pattern: usize,
        antipatterns: &[usize],
        matched: &Matches,
        quiet_sentences: &[usize],
    ) -> Vec<(usize, usize)> {
        let blocked: Vec<(usize, usize)> = antipatterns
            .iter()
            .filter(|&&a| matched.contains(a))
            .flat_map(|&a| self.regex(a).find_iter(analysis.stream.as_bytes()))
            .map(|m| analysis.tokens_of_match(m.start(), m.end()))
            .collect();
        let stream = analysis.stream.as_bytes();
        self.regex(pattern)
            .find_iter(stream)
            .filter(|m| !quiet_sentences.contains(&sentence_at(stream, m.start())))
            .map(|m| analysis.tokens_of_match(m.start(), m.end()))
            .filter(|&(first, last)| !blocked.iter().any(|&(bf, bl)| first <= bl && bf <= last))
            .map(|(first, last)| analysis.span_of_tokens(first, last))
            .collect()
    }

    /// Builds the automaton of every pattern now rather than on first use.
    pub fn warm_up(&self) -> Result<(), String> {
        self.set.compile()
    }

    fn regex(&self, pattern: usize) -> &Regex {
        self.regexes[pattern].get_or_init(|| {
            Regex::new(self.set.pattern(pattern))
                .expect("the automaton of all patterns compiled this one")
        })
    }

    fn finding(
        &self,
        rule: &Rule,
        analysis: &Analysis,
        offset: usize,
        length: usize,
        suggestion: Option<&str>,
        messages: &dyn Messages,
    ) -> Finding {
        let suggestion = match suggestion {
            Some(id) => messages.text(id, None),
            None => messages.text(&rule.message_id, Some("suggestion")),
        };
        let mut excerpt = analysis.slice(offset, length);
        if length > EXCERPT_MAX {
            excerpt = analysis.slice(offset, EXCERPT_MAX - 1) + "…";
        }
        Finding {
            rule: rule.id.clone(),
            severity: rule.severity,
            message: messages
                .text(&rule.message_id, Some("message"))
                .unwrap_or_default(),
            suggestion: suggestion.unwrap_or_default(),
            offset,
            length,
            excerpt,
        }
    }

    /// Runs every example of the pack; each failure is a diagnostic at the example's line.
    pub fn run_examples(&self, messages: &dyn Messages) -> Vec<Diagnostic> {
        let mut failures = Vec::new();
        for example in &self.examples {
            let report = self.check(&example.text, messages, &[]);
            let findings: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| f.rule == example.rule)
                .collect();
            let problem = if example.must_fire && findings.is_empty() {
                Some(format!(
                    "rule `{}` does not fire on its example {:?}",
                    example.rule, example.text
                ))
            } else if !example.must_fire && !findings.is_empty() {
                Some(format!(
                    "rule `{}` fires on {:?}, which it must not (matched {:?})",
                    example.rule, example.text, findings[0].excerpt
                ))
            } else if let Some(id) = &example.suggestion {
                let expected = messages.text(id, None).unwrap_or_default();
                (!findings.iter().any(|f| f.suggestion == expected)).then(|| {
                    format!(
                        "rule `{}` fires on {:?} but without the suggestion `{id}` of its case",
                        example.rule, example.text
                    )
                })
            } else {
                None
            };
            if let Some(message) = problem {
                failures.push(Diagnostic::error(&example.path, example.line, message));
            }
        }
        failures
    }

    /// Every Fluent message id the rules refer to, with the attributes each needs.
    pub fn message_references(&self) -> Vec<(String, Vec<&'static str>)> {
        let mut references = Vec::new();
        for rule in &self.rules {
            references.push((rule.message_id.clone(), vec!["message", "suggestion"]));
            for case in &rule.cases {
                if let Some(id) = &case.suggestion {
                    references.push((id.clone(), vec![]));
                }
            }
        }
        references
    }
}

/// The message id of a rule: `tone-` and the rule id.
/// The index of the sentence a stream offset falls in: sentences are separated by `\n`.
fn sentence_at(stream: &[u8], offset: usize) -> usize {
    stream[..offset].iter().filter(|&&b| b == b'\n').count()
}

pub fn rule_message_id(rule: &str) -> String {
    format!("tone-{rule}")
}

struct Compiler<'a> {
    path: &'a str,
    source: &'a str,
    /// Byte offset where each line starts, to name the line of anything in the file.
    line_starts: Vec<usize>,
    analyzer: Analyzer,
    concepts: BTreeMap<String, Vec<String>>,
    patterns: Vec<String>,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Compiler<'a> {
    fn new(path: &'a str, source: &'a str, file: &ToneFile) -> Self {
        let line_starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Compiler {
            path,
            source,
            line_starts,
            analyzer: Analyzer::new(&file.text, &file.normalize),
            concepts: file.concepts.clone(),
            patterns: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    fn line<T>(&self, spanned: &Spanned<T>) -> usize {
        self.line_starts
            .partition_point(|&start| start <= spanned.span().start)
    }

    fn error<T>(&mut self, at: &Spanned<T>, message: String) {
        let line = self.line(at);
        self.diagnostics
            .push(Diagnostic::error(self.path, line, message));
    }

    /// Adds a pattern to the set; returns its index.
    fn pattern(&mut self, pattern: &Spanned<String>) -> usize {
        let analyzer = &self.analyzer;
        let concepts = &self.concepts;
        let compiled =
            pattern::expand_concepts(pattern.get_ref(), &|name| concepts.get(name).cloned())
                .and_then(|expanded| {
                    pattern::compile(&expanded, &|fragment| analyzer.tokens_of(fragment))
                });
        match compiled {
            Ok(regex) => {
                self.patterns.push(regex);
            }
            Err(error) => {
                self.error(pattern, format!("pattern {:?}: {error}", pattern.get_ref()));
                // A placeholder that never matches keeps indices aligned.
                self.patterns.push("\u{0}never".into());
            }
        }
        self.patterns.len() - 1
    }

    fn compile(mut self, file: ToneFile) -> Result<ToneRules, Vec<Diagnostic>> {
        let mut checklist = Vec::new();
        for name in CHECKLIST_ITEMS {
            match file.checklist.get(*name) {
                Some(item) => {
                    let patterns = item.patterns.iter().map(|p| self.pattern(p)).collect();
                    let antipatterns = item.antipatterns.iter().map(|p| self.pattern(p)).collect();
                    checklist.push(ChecklistItem {
                        patterns,
                        antipatterns,
                    });
                }
                None => {
                    self.diagnostics.push(Diagnostic::error(
                        self.path,
                        0,
                        format!("missing `[checklist.{name}]`: every pack defines the patterns of each checklist item"),
                    ));
                    checklist.push(ChecklistItem {
                        patterns: vec![],
                        antipatterns: vec![],
                    });
                }
            }
        }
        for key in file.checklist.keys() {
            if !CHECKLIST_ITEMS.contains(&key.as_str()) {
                let line = self
                    .source
                    .find(&format!("checklist.{key}"))
                    .map_or(0, |at| line_of_offset(self.source, at));
                self.diagnostics.push(Diagnostic::error(
                    self.path,
                    line,
                    format!(
                        "unknown checklist item `{key}`; known: {}",
                        CHECKLIST_ITEMS.join(", ")
                    ),
                ));
            }
        }

        let mut rules: Vec<Rule> = Vec::new();
        let mut examples = Vec::new();
        for rule in &file.rules {
            let id = rule.id.get_ref().clone();
            if !is_rule_id(&id) {
                self.error(
                    &rule.id,
                    format!("rule id `{id}` must be lower-case words joined by `-`"),
                );
            }
            if rules.iter().any(|r| r.id == id) {
                self.error(&rule.id, format!("rule `{id}` is defined twice"));
            }
            let mut cases = Vec::new();
            if !rule.patterns.is_empty() {
                let patterns = rule.patterns.iter().map(|p| self.pattern(p)).collect();
                cases.push(Case {
                    patterns,
                    suggestion: None,
                });
            }
            for case in &rule.cases {
                let patterns = case.patterns.iter().map(|p| self.pattern(p)).collect();
                cases.push(Case {
                    patterns,
                    suggestion: Some(case.suggestion.get_ref().clone()),
                });
                for text in &case.fire {
                    examples.push(self.example(
                        &id,
                        text,
                        true,
                        Some(case.suggestion.get_ref().clone()),
                    ));
                }
            }
            let antipatterns = rule.antipatterns.iter().map(|p| self.pattern(p)).collect();
            let sentence_antipatterns = rule
                .sentence_antipatterns
                .iter()
                .map(|p| self.pattern(p))
                .collect();
            let checklist_index = rule.checklist.as_ref().and_then(|item| {
                let index = CHECKLIST_ITEMS.iter().position(|i| i == item.get_ref());
                if index.is_none() {
                    self.error(item, format!("unknown checklist item `{}`", item.get_ref()));
                }
                index
            });
            match rule.kind {
                RuleKind::Phrase if cases.is_empty() && rule.max_sentence_words.is_none() => {
                    self.error(&rule.id, format!("phrase rule `{id}` has no patterns"));
                }
                RuleKind::Required if rule.checklist.is_none() => {
                    self.error(
                        &rule.id,
                        format!("required rule `{id}` must name a `checklist` item"),
                    );
                }
                RuleKind::SentenceCount if rule.min.is_none() && rule.max.is_none() => {
                    self.error(
                        &rule.id,
                        format!("sentence_count rule `{id}` needs `min` or `max`"),
                    );
                }
                _ => {}
            }
            if rule.fire.is_empty() && rule.cases.iter().all(|c| c.fire.is_empty()) {
                self.error(&rule.id, format!("rule `{id}` has no `fire` example"));
            }
            if rule.quiet.is_empty() {
                self.error(&rule.id, format!("rule `{id}` has no `quiet` example"));
            }
            for text in &rule.fire {
                examples.push(self.example(&id, text, true, None));
            }
            for text in &rule.quiet {
                examples.push(self.example(&id, text, false, None));
            }
            rules.push(Rule {
                message_id: rule_message_id(&id),
                id,
                severity: rule.severity,
                kind: rule.kind,
                cases,
                antipatterns,
                sentence_antipatterns,
                max_sentence_words: rule.max_sentence_words,
                checklist: checklist_index,
                min: rule.min,
                max: rule.max,
            });
        }

        if !self.diagnostics.is_empty() {
            return Err(self.diagnostics);
        }
        Ok(ToneRules {
            terminators: file
                .text
                .terminators
                .iter()
                .chain(&file.text.hard_terminators)
                .copied()
                .collect(),
            analyzer: self.analyzer,
            rules,
            checklist,
            classifier_settings: file.classifier,
            classifier: None,
            regexes: self.patterns.iter().map(|_| OnceLock::new()).collect(),
            // The automaton is built on first use or by warm-up: the checker builds it, so a pack
            // that would not compile never reaches a request.
            set: PatternMatcher::new(self.patterns),
            examples,
        })
    }

    fn example(
        &self,
        rule: &str,
        text: &Spanned<String>,
        must_fire: bool,
        suggestion: Option<String>,
    ) -> RuleExample {
        RuleExample {
            rule: rule.to_owned(),
            text: text.get_ref().clone(),
            must_fire,
            suggestion,
            path: self.path.to_owned(),
            line: self.line(text),
        }
    }
}

fn is_rule_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoMessages;

    impl Messages for NoMessages {
        fn text(&self, _: &str, _: Option<&str>) -> Option<String> {
            None
        }
    }

    const RULES: &str = r#"
[text]
tokens = "words"
terminators = [".", "!", "?"]

[concepts]
pay = ["salary", "pay", "compensation", "(pay package)"]
low = ["low*", "(below market)", "not competitive"]

[checklist.gratitude]
patterns = ["thank*"]
[checklist.door_open]
patterns = ["stay in touch"]
[checklist.personal_detail]
patterns = ["impressed"]

[[rule]]
id = "negative-language"
kind = "phrase"
severity = "error"
patterns = ["@pay ~4 @low", "@low ~4 @pay", "waste of ~2 time"]
sentence_antipatterns = ["(no|not a) waste"]
fire = ["The salary is simply too low."]
quiet = ["It was no waste of my time at all."]
"#;

    fn fired(text: &str) -> bool {
        let rules = ToneRules::load("tone.toml", RULES).unwrap();
        rules
            .check(text, &NoMessages, &[])
            .findings
            .iter()
            .any(|f| f.rule == "negative-language")
    }

    #[test]
    fn a_concept_names_an_idea_once_for_every_pattern_and_word_order() {
        assert!(fired("The pay package is below market for this role."));
        assert!(fired("Frankly, a low salary like that won't do."));
        assert!(fired("Your compensation is not competitive."));
        assert!(!fired("The team is small and the office is low-key."));
    }

    #[test]
    fn a_sentence_antipattern_quiets_the_whole_sentence_it_matches_in_and_no_other() {
        assert!(!fired("It was no waste of time, quite the opposite."));
        assert!(fired(
            "It was no trouble. But another round is a waste of time."
        ));
        assert!(fired(
            "A waste of time. Not a waste of money, though, I admit"
        ));
    }

    #[test]
    fn an_unknown_concept_fails_the_pack_at_its_line() {
        let broken = RULES.replace("\"waste of ~2 time\"", "\"@wage ~2 cut\"");
        let errors = ToneRules::load("tone.toml", &broken).unwrap_err();
        let text = errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n");
        assert!(text.contains("unknown concept `@wage`"), "{text}");
        let line = broken.lines().position(|l| l.contains("@wage")).unwrap() + 1;
        assert!(text.contains(&format!("tone.toml:{line}:")), "{text}");
    }

    /// The test rules with a classifier trained on a handful of labelled sentences.
    fn with_classifier() -> ToneRules {
        let source = format!(
            "{RULES}\n[classifier]\nstemmer = \"english\"\nthreshold = 0.6\nmin_count = 1\nl2 = 0.01\n"
        );
        let mut rules = ToneRules::load("tone.toml", &source).unwrap();
        let text = corpus::train(&rules, &tiny_corpus(), &[]).unwrap().unwrap();
        rules.load_classifier("tone-model.toml", &text).unwrap();
        rules
    }

    fn tiny_corpus() -> Vec<corpus::Labelled> {
        let labelled = |text: &str, fires: &[&str]| corpus::Labelled {
            text: text.to_owned(),
            fires: fires.iter().map(|f| (*f).to_owned()).collect(),
        };
        vec![
            labelled(
                "Reviewing for that journal would be pointless drudgery.",
                &["negative-language"],
            ),
            labelled("Such a panel is pointless.", &["negative-language"]),
            labelled("It sounds like drudgery to me.", &["negative-language"]),
            labelled("Thank you for the kind invitation.", &[]),
            labelled("I am travelling that week.", &[]),
            labelled("Your work on the panel impressed me.", &[]),
        ]
    }

    fn findings(rules: &ToneRules, text: &str) -> Vec<Finding> {
        rules.check(text, &NoMessages, &[]).findings
    }

    #[test]
    fn the_classifier_reports_a_fault_no_pattern_names_and_points_at_its_words() {
        let rules = with_classifier();
        let findings = findings(
            &rules,
            "Frankly, the whole trip sounds like pointless drudgery.",
        );
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].rule, "negative-language");
        assert!(
            ["pointless", "drudgery"]
                .iter()
                .any(|w| findings[0].excerpt.contains(w)),
            "{:?}",
            findings[0].excerpt
        );
    }

    #[test]
    fn the_classifier_leaves_clean_sentences_and_those_a_sentence_antipattern_quiets() {
        let rules = with_classifier();
        assert!(findings(&rules, "Thank you for the kind invitation to the panel.").is_empty());
        assert!(!findings(&rules, "It felt like pointless drudgery.").is_empty());
        assert!(
            findings(
                &rules,
                "Not a waste, though it felt like pointless drudgery."
            )
            .is_empty()
        );
    }

    /// The test rules with an untrained `[classifier]`.
    fn with_classifier_settings() -> ToneRules {
        let source = format!("{RULES}\n[classifier]\nstemmer = \"english\"\nthreshold = 0.6\n");
        ToneRules::load("tone.toml", &source).unwrap()
    }

    /// The error loading `model` as the test rules' `tone-model.toml` gives.
    fn model_error(model: &str) -> String {
        with_classifier_settings()
            .load_classifier("tone-model.toml", model)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn training_twice_on_the_same_sentences_gives_the_same_model() {
        let rules = with_classifier_settings();
        let first = corpus::train(&rules, &tiny_corpus(), &["Thank you.".to_owned()]);
        let second = corpus::train(&rules, &tiny_corpus(), &["Thank you.".to_owned()]);
        assert_eq!(first, second);
    }

    #[test]
    fn a_model_that_is_not_toml_fails_the_pack_at_its_line() {
        let error =
            model_error("classes = [\"none\"]\nbias = [0.0]\n[weights]\npointless = [0.5,\n");
        assert!(error.starts_with("tone-model.toml:4:"), "{error}");
    }

    #[test]
    fn a_model_whose_class_is_not_a_rule_of_the_pack_is_refused() {
        let error =
            model_error("classes = [\"too-busy\", \"none\"]\nbias = [0.0, 0.0]\n[weights]\n");
        assert!(
            error.contains("class `too-busy` is not a rule of the pack"),
            "{error}"
        );
    }
}

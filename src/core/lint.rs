//! The pack lints: faults a native reader sees at once and a template makes easy, found in
//! every letter the pack checker renders. They read a letter composed with its caller text
//! marked ([`compose::compose_marked`]), so each lint knows which words the pack wrote and
//! which the caller sent. Each pack's `lint.toml` holds its data and the sample caller text its
//! letters are rendered with; its `lint-baseline.toml` lists the findings it has yet to fix.
//!
//! The lints (ids are stable: baselines name them):
//! - `forbidden-sequence`: words the pack declares impossible next to caller text (`à le
//!   {slot}`, `an {event}`);
//! - `repeated-word`: a content word of the pack's repeated in adjacent sentences ("I've
//!   decided … I've decided"); in Japanese a repeated kanji or katakana run;
//! - `repeated-opening`: adjacent sentences that open with the same words;
//! - `caller-text-only`: a subject, or a sentence, that is only caller text (the caller's own
//!   reason excepted: it is their sentence);
//! - `lowercase-start`: a subject or sentence that starts in lower case (scripts with case);
//! - mechanical: `unknown-key`, `empty-placeholder`, `doubled-space`, `doubled-punctuation`,
//!   `punctuation-only-line`.
//!
//! [`compose::compose_marked`]: super::compose::compose_marked

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::compose::{Letter, MARK_END, MARK_FIELD_BASE, MARK_START, TEXT_VARIABLES};
use super::content::ContentFile;
use super::diagnostic::{Diagnostic, line_of_offset};
use super::i18n::{NameSettings, name_gender, name_shape, typed_shape};
use super::tone::text::{Analyzer, SegmentKind, TokenMode};

pub const FORBIDDEN_SEQUENCE: &str = "forbidden-sequence";
pub const REPEATED_WORD: &str = "repeated-word";
pub const REPEATED_OPENING: &str = "repeated-opening";
pub const CALLER_TEXT_ONLY: &str = "caller-text-only";
pub const LOWERCASE_START: &str = "lowercase-start";
pub const UNKNOWN_KEY: &str = "unknown-key";
pub const EMPTY_PLACEHOLDER: &str = "empty-placeholder";
pub const DOUBLED_SPACE: &str = "doubled-space";
pub const DOUBLED_PUNCTUATION: &str = "doubled-punctuation";
pub const PUNCTUATION_ONLY_LINE: &str = "punctuation-only-line";

/// Every lint, in the order the guide explains them.
pub const LINTS: &[&str] = &[
    FORBIDDEN_SEQUENCE,
    REPEATED_WORD,
    REPEATED_OPENING,
    CALLER_TEXT_ONLY,
    LOWERCASE_START,
    UNKNOWN_KEY,
    EMPTY_PLACEHOLDER,
    DOUBLED_SPACE,
    DOUBLED_PUNCTUATION,
    PUNCTUATION_ONLY_LINE,
];

/// A pack's `lint.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LintFile {
    pub samples: SampleText,
    #[serde(default)]
    pub lint: LintSettings,
}

/// Caller text in the pack's language, for the letters the checker renders.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SampleText {
    pub sender: String,
    pub organization: String,
    pub position: String,
    pub event: String,
    pub topic: String,
    pub detail: String,
    pub reason_note: String,
    pub proposed_time: String,
    pub recipient: SampleRecipient,
    pub referral: SampleReferral,
    /// Organisations of other shapes than `organization` ("de Volkskrant", "Universiteit
    /// Utrecht"): the checker also renders every scenario, tone and invitation kind with each,
    /// so the wording a pack selects by `$organization-shape` is linted too.
    #[serde(default)]
    pub other_organizations: Vec<String>,
    /// Events of other shapes than `event`, likewise (`$event-shape`).
    #[serde(default)]
    pub other_events: Vec<String>,
}

/// A recipient, with the structured parts of the name for the greetings to come.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SampleRecipient {
    pub name: String,
    #[serde(default)]
    pub given_name: Option<String>,
    #[serde(default)]
    pub family_name: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SampleReferral {
    pub name: String,
    pub contact: String,
    pub expertise: String,
}

/// `[lint]` in `lint.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LintSettings {
    /// Sequences that may not stand next to caller text: `à le {slot}`, `an {event}`.
    #[serde(default)]
    pub forbidden: Vec<String>,
    /// Words shorter than this never count as repeated.
    #[serde(default = "default_min_word_chars")]
    pub min_word_chars: usize,
    /// Function words that may repeat.
    #[serde(default)]
    pub stopwords: Vec<String>,
    /// How many words (characters, in a language without spaces) make a sentence's opening.
    #[serde(default = "default_opening_words")]
    pub opening_words: usize,
    /// The first sentence after the greeting starts in lower case, as in German and Polish
    /// letters ("Sehr geehrte Frau Berg,\n\nvielen Dank …").
    #[serde(default)]
    pub lowercase_after_greeting: bool,
    /// Prefixes written onto words that do not make two words one (Arabic ال, وال, بال, لل):
    /// stripped before words are compared, so المشاركة and المشاريع are not taken for one word.
    #[serde(default)]
    pub word_prefixes: Vec<String>,
}

fn default_min_word_chars() -> usize {
    4
}

fn default_opening_words() -> usize {
    2
}

impl Default for LintSettings {
    fn default() -> Self {
        LintSettings {
            forbidden: Vec::new(),
            min_word_chars: default_min_word_chars(),
            stopwords: Vec::new(),
            opening_words: default_opening_words(),
            lowercase_after_greeting: false,
            word_prefixes: Vec::new(),
        }
    }
}

/// Reads a `lint.toml`; an error names its file and line.
pub fn parse_lint_file(file: &ContentFile) -> Result<LintFile, Diagnostic> {
    toml::from_str::<LintFile>(&file.text).map_err(|error| {
        let line = error
            .span()
            .map_or(0, |s| line_of_offset(&file.text, s.start));
        Diagnostic::error(&file.path, line, error.message().to_owned())
    })
}

/// One fault a lint found: which lint, and the sentence (or subject, or line) it is in. A
/// baseline lists these; `detail` says what exactly was seen and is not part of the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub lint: &'static str,
    pub sentence: String,
    pub detail: String,
}

/// A text with its caller text known: the plain text and, for each of its characters, the
/// caller's field it came from, if any.
#[derive(Debug, Clone)]
pub struct MarkedText {
    pub marked: String,
    pub plain: String,
    chars: Vec<char>,
    fields: Vec<Option<&'static str>>,
    /// For each character of `marked` (by index), the index of the plain character at or
    /// after it.
    plain_index: Vec<usize>,
}

impl MarkedText {
    pub fn new(marked: &str) -> Self {
        let mut chars = Vec::with_capacity(marked.len());
        let mut fields = Vec::with_capacity(marked.len());
        let mut plain_index = Vec::with_capacity(marked.len());
        let mut current: Option<&'static str> = None;
        let mut iter = marked.chars();
        while let Some(c) = iter.next() {
            plain_index.push(chars.len());
            match c {
                MARK_START => {
                    let code = iter.next();
                    plain_index.push(chars.len());
                    let index = code.map_or(usize::MAX, |c| (c as u32 - MARK_FIELD_BASE) as usize);
                    current = Some(TEXT_VARIABLES.get(index).copied().unwrap_or("caller"));
                }
                MARK_END => current = None,
                _ => {
                    chars.push(c);
                    fields.push(current);
                }
            }
        }
        plain_index.push(chars.len());
        MarkedText {
            marked: marked.to_owned(),
            plain: chars.iter().collect(),
            chars,
            fields,
            plain_index,
        }
    }

    /// Builds a marked text from pieces: `(None, text)` the pack's words, `(Some(field),
    /// text)` the caller's. For tests and tools.
    pub fn from_parts(parts: &[(Option<&str>, &str)]) -> Self {
        let mut marked = String::new();
        for (field, text) in parts {
            match field {
                Some(field) => {
                    let index = TEXT_VARIABLES
                        .iter()
                        .position(|v| v == field)
                        .unwrap_or_else(|| panic!("`{field}` is not a caller-text variable"));
                    let code = char::from_u32(MARK_FIELD_BASE + index as u32).expect("in range");
                    marked.push(MARK_START);
                    marked.push(code);
                    marked.push_str(text);
                    marked.push(MARK_END);
                }
                None => marked.push_str(text),
            }
        }
        MarkedText::new(&marked)
    }

    fn is_caller(&self, index: usize) -> bool {
        self.fields.get(index).is_some_and(Option::is_some)
    }

    /// The fields whose text appears here.
    pub fn fields(&self) -> BTreeSet<&'static str> {
        self.fields.iter().flatten().copied().collect()
    }

    fn text(&self, start: usize, end: usize) -> String {
        self.chars[start..end].iter().collect()
    }

    /// The text with the caller's characters left out: what the pack itself wrote.
    pub fn own_text(&self) -> String {
        (0..self.chars.len())
            .filter(|&i| !self.is_caller(i))
            .map(|i| self.chars[i])
            .collect()
    }

    /// The plain text of `[start, end)` with the caller's characters blanked out.
    fn own_words(&self, start: usize, end: usize) -> String {
        (start..end)
            .map(|i| {
                if self.is_caller(i) {
                    ' '
                } else {
                    self.chars[i]
                }
            })
            .collect()
    }
}

/// A letter composed with marks: its subject and body.
#[derive(Debug, Clone)]
pub struct MarkedLetter {
    pub subject: MarkedText,
    pub body: MarkedText,
}

impl MarkedLetter {
    pub fn new(letter: &Letter) -> Self {
        MarkedLetter {
            subject: MarkedText::new(&letter.subject),
            body: MarkedText::new(&letter.body),
        }
    }

    /// The letter as a caller gets it.
    pub fn plain(&self) -> Letter {
        Letter {
            subject: self.subject.plain.clone(),
            body: self.body.plain.clone(),
        }
    }

    /// The caller's fields that appear in the letter.
    pub fn fields(&self) -> BTreeSet<&'static str> {
        let mut fields = self.subject.fields();
        fields.extend(self.body.fields());
        fields
    }
}

/// A pack's lints, compiled from its `[lint]` settings.
pub struct Lints {
    forbidden: Vec<Forbidden>,
    names: NameSettings,
    stopwords: BTreeSet<String>,
    min_word_chars: usize,
    opening_words: usize,
    lowercase_after_greeting: bool,
    /// Normalized, longest first.
    word_prefixes: Vec<String>,
}

/// The regex of a slot's start: any field's, or one field's.
fn slot_start(field: Option<&str>) -> Result<String, String> {
    match field {
        None => Ok(format!(
            "{}[{}-{}]",
            regex::escape(&MARK_START.to_string()),
            regex::escape(&char::from_u32(MARK_FIELD_BASE).expect("valid").to_string()),
            regex::escape(
                &char::from_u32(MARK_FIELD_BASE + 0xFF)
                    .expect("valid")
                    .to_string()
            )
        )),
        Some(name) => {
            let index = TEXT_VARIABLES
                .iter()
                .position(|v| *v == name)
                .ok_or_else(|| {
                    format!(
                        "`{{{name}}}` is not a slot; use `{{slot}}` or one of: {}",
                        TEXT_VARIABLES
                            .iter()
                            .map(|v| format!("{{{v}}}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                })?;
            let code = char::from_u32(MARK_FIELD_BASE + index as u32).expect("valid");
            Ok(regex::escape(&format!("{MARK_START}{code}")))
        }
    }
}

/// One `forbidden` entry, compiled.
struct Forbidden {
    entry: String,
    regex: Regex,
    /// `{organization:kind-first|article}`: the entry holds only for names of these shapes
    /// (see [`name_shape`]); empty, for every name.
    shapes: Vec<String>,
    /// `{event:masculine|neuter}`: the entry holds only for names of these gender classes of
    /// the pack's `[names.genders]` (or `unknown`); empty, for every name.
    genders: Vec<String>,
    /// The slot is the caller's typed reason or detail, whose shapes are
    /// `$reason-note-shape`'s and `$detail-shape`'s.
    typed: bool,
}

/// The shapes a slot names a name can have, as `$event-shape` gives them.
const NAME_SHAPES: &[&str] = &["article", "kind-first", "kind", "plain"];

/// The shapes of a reason or detail typed by the caller, as `$reason-note-shape` and
/// `$detail-shape` give them.
const TYPED_SHAPES: &[&str] = &["sentence", "clause", "plain"];

/// Compiles one `forbidden` entry: literal text around one slot, which may say for which shapes
/// or gender classes of name it holds (`bij {organization:kind-first|kind|article}`, `auf der
/// {event:masculine|neuter}`); given both, it holds for a name that has one of each.
fn forbidden_entry(entry: &str, names: &NameSettings) -> Result<Forbidden, String> {
    let open = entry.find('{').unwrap_or(0);
    let close = entry[open..].find('}').map_or(open, |i| open + i);
    let slot = entry.get(open + 1..close).unwrap_or("");
    let Some((field, shapes)) = slot.split_once(':') else {
        return Ok(Forbidden {
            entry: entry.to_owned(),
            regex: forbidden_regex(entry)?,
            shapes: Vec::new(),
            genders: Vec::new(),
            typed: false,
        });
    };
    if field == "reason-note" || field == "detail" {
        let shapes: Vec<String> = shapes.split('|').map(|s| s.trim().to_owned()).collect();
        if let Some(unknown) = shapes.iter().find(|s| !TYPED_SHAPES.contains(&s.as_str())) {
            return Err(format!(
                "names `{unknown}`, which is not a shape of `{{{field}}}` ({})",
                TYPED_SHAPES.join(", ")
            ));
        }
        let plain_entry = format!("{}{{{field}}}{}", &entry[..open], &entry[close + 1..]);
        return Ok(Forbidden {
            entry: entry.to_owned(),
            regex: forbidden_regex(&plain_entry)?,
            shapes,
            genders: Vec::new(),
            typed: true,
        });
    }
    if field != "event" && field != "organization" {
        return Err(format!(
            "gives shapes for `{{{field}}}`: only `{{event:…}}`, `{{organization:…}}`, \
             `{{reason-note:…}}` and `{{detail:…}}` have a shape"
        ));
    }
    let (shapes, genders): (Vec<String>, Vec<String>) = shapes
        .split('|')
        .map(|s| s.trim().to_owned())
        .partition(|s| NAME_SHAPES.contains(&s.as_str()));
    if let Some(unknown) = genders
        .iter()
        .find(|g| *g != "unknown" && !names.genders.contains_key(g.as_str()))
    {
        return Err(format!(
            "names `{unknown}`, which is neither a shape ({}) nor a gender class of \
             `[names.genders]` in pack.toml",
            NAME_SHAPES.join(", ")
        ));
    }
    let plain_entry = format!("{}{{{field}}}{}", &entry[..open], &entry[close + 1..]);
    Ok(Forbidden {
        entry: entry.to_owned(),
        regex: forbidden_regex(&plain_entry)?,
        shapes,
        genders,
        typed: false,
    })
}

/// Compiles one `forbidden` entry without shapes: literal text around one slot.
fn forbidden_regex(entry: &str) -> Result<Regex, String> {
    let open = entry
        .find('{')
        .ok_or("has no slot: write `{slot}` or `{field}` where the caller's text stands")?;
    let close = entry[open..]
        .find('}')
        .map(|i| open + i)
        .ok_or("has a `{` without `}`")?;
    let name = &entry[open + 1..close];
    let (before, after) = (&entry[..open], &entry[close + 1..]);
    if after.contains('{') {
        return Err("has more than one slot".into());
    }
    if before.trim().is_empty() && after.trim().is_empty() {
        return Err("has no words around its slot".into());
    }
    let literal = |text: &str| -> String {
        text.split(char::is_whitespace)
            .map(regex::escape)
            .collect::<Vec<_>>()
            .join(r"[\s\u{00A0}\u{202F}]+")
    };
    let field = (name != "slot").then_some(name);
    let mut pattern = String::from("(?i)");
    if !before.is_empty() {
        if before.starts_with(spaced_letter) {
            pattern.push_str(r"\b");
        }
        pattern.push_str(&literal(before));
    }
    pattern.push_str(&slot_start(field)?);
    if !after.is_empty() {
        // The slot's text, then its end.
        pattern.push_str(&format!(
            "[^{}]*{}",
            regex::escape(&MARK_END.to_string()),
            regex::escape(&MARK_END.to_string())
        ));
        pattern.push_str(&literal(after));
        if after.ends_with(spaced_letter) {
            pattern.push_str(r"\b");
        }
    }
    Regex::new(&pattern).map_err(|e| e.to_string())
}

/// A letter of a script written with spaces between words, where a sequence must match whole
/// words; Japanese and Chinese text has no word boundaries to match.
fn spaced_letter(c: char) -> bool {
    c.is_alphanumeric() && c < '\u{2E80}'
}

static EMPTY_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"\(\s*\)|\[\s*\]|«[\s\u{00A0}\u{202F}]*»|„\s*[“”]|“\s*”|"\s*"|「\s*」|『\s*』|（\s*）"#,
    )
    .expect("valid")
});

static DOUBLED_SPACES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[ \u{00A0}\u{202F}\u{3000}]{2,}").expect("valid"));

/// Two stops where one belongs: ",,", ",.", ". .", "!!", "。。", but not an ellipsis "...".
static DOUBLED_PUNCT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[,;:、，،؛][\s\u{00A0}\u{202F}]*[,;:.、，。،؛!?！？]|(?:^|[^.])\.[\s\u{00A0}\u{202F}]*[,;:]|(?:^|[^.])\.[\s\u{00A0}\u{202F}]+\.|(?:^|[^.])\.\.(?:[^.]|$)|!\s*!|\?\s*\?|。\s*。|！\s*！|？\s*？")
        .expect("valid")
});

impl Lints {
    pub fn new(
        settings: &LintSettings,
        analyzer: &Analyzer,
        names: &NameSettings,
    ) -> Result<Lints, String> {
        let mut forbidden = Vec::new();
        for entry in &settings.forbidden {
            forbidden.push(
                forbidden_entry(entry, names)
                    .map_err(|e| format!("forbidden entry {entry:?} {e}"))?,
            );
        }
        Ok(Lints {
            forbidden,
            names: names.clone(),
            stopwords: settings
                .stopwords
                .iter()
                .flat_map(|w| analyzer.tokens_of(w))
                .chain(settings.stopwords.iter().map(|w| w.to_lowercase()))
                .collect(),
            min_word_chars: settings.min_word_chars.max(1),
            opening_words: settings.opening_words.max(1),
            lowercase_after_greeting: settings.lowercase_after_greeting,
            word_prefixes: {
                let mut prefixes: Vec<String> = settings
                    .word_prefixes
                    .iter()
                    .map(|p| analyzer.tokens_of(p).concat())
                    .filter(|p| !p.is_empty())
                    .collect();
                prefixes.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
                prefixes
            },
        })
    }

    /// Everything the lints find in a marked letter; `analyzer` is the pack's.
    pub fn check(&self, letter: &MarkedLetter, analyzer: &Analyzer) -> Vec<Finding> {
        let mut findings = Vec::new();
        let subject = &letter.subject;
        let whole_subject = 0..subject.chars.len();
        self.forbidden(subject, &|_| whole_subject.clone(), &mut findings);
        mechanical(subject, &mut findings);
        if only_caller_text(subject, whole_subject.clone(), false) {
            findings.push(finding(
                CALLER_TEXT_ONLY,
                &subject.plain,
                "the subject is only caller text",
            ));
        }
        if starts_lower(subject, whole_subject.clone()) {
            findings.push(finding(
                LOWERCASE_START,
                &subject.plain,
                "the subject starts in lower case",
            ));
        }

        let body = &letter.body;
        let analysis = analyzer.analyze(&body.plain);
        let sentences: Vec<(usize, usize)> = analysis
            .segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Sentence)
            .map(|s| (s.start, s.end))
            .collect();
        let sentence_at = |index: usize| -> std::ops::Range<usize> {
            sentences
                .iter()
                .find(|(s, e)| (*s..*e).contains(&index))
                .map_or_else(|| line_around(body, index), |(s, e)| *s..*e)
        };
        self.forbidden(body, &sentence_at, &mut findings);
        mechanical(body, &mut findings);
        let greeting_before = analysis
            .segments
            .iter()
            .any(|s| s.kind == SegmentKind::Greeting);
        let mut previous: Option<(String, Vec<String>, Vec<String>)> = None;
        for (number, &(start, end)) in sentences.iter().enumerate() {
            let text = body.text(start, end);
            if only_caller_text(body, start..end, true) {
                findings.push(finding(
                    CALLER_TEXT_ONLY,
                    &text,
                    "the sentence is only caller text",
                ));
            }
            let exempt = number == 0 && greeting_before && self.lowercase_after_greeting;
            if !exempt && starts_lower(body, start..end) {
                findings.push(finding(
                    LOWERCASE_START,
                    &text,
                    "the sentence starts in lower case",
                ));
            }
            let own = body.own_words(start, end);
            let words = self.content_words(analyzer, &own);
            let opening: Vec<String> = self.opening(analyzer, &own);
            if let Some((before, before_words, before_opening)) = &previous {
                let pair = format!("{before} / {text}");
                if let Some((a, b)) = repeated(before_words, &words) {
                    let detail = if a == b {
                        format!("{a:?} in adjacent sentences")
                    } else {
                        format!("{a:?} and {b:?} in adjacent sentences")
                    };
                    findings.push(finding(REPEATED_WORD, &pair, &detail));
                }
                let chars_mode = analyzer.token_mode() == TokenMode::Chars;
                let alike = opening.len() == self.opening_words
                    && opening == *before_opening
                    && (chars_mode || opening.iter().any(|t| self.is_content(t)));
                if alike {
                    findings.push(finding(
                        REPEATED_OPENING,
                        &pair,
                        &format!("both open with {:?}", opening.join(" ")),
                    ));
                }
            }
            previous = Some((text, words, opening));
        }
        findings
    }

    fn forbidden(
        &self,
        text: &MarkedText,
        sentence_at: &dyn Fn(usize) -> std::ops::Range<usize>,
        findings: &mut Vec<Finding>,
    ) {
        for Forbidden {
            entry,
            regex,
            shapes,
            genders,
            typed,
        } in &self.forbidden
        {
            for found in regex.find_iter(&text.marked) {
                if !shapes.is_empty() || !genders.is_empty() {
                    let slot_start = found
                        .as_str()
                        .find(MARK_START)
                        .map_or(0, |i| i + found.start());
                    let slot_end = text.marked[slot_start..]
                        .find(MARK_END)
                        .map_or(text.marked.len(), |i| slot_start + i + MARK_END.len_utf8());
                    let name = MarkedText::new(&text.marked[slot_start..slot_end]).plain;
                    let shape = if *typed {
                        typed_shape(&name)
                    } else {
                        name_shape(&self.names, &name)
                    };
                    let gender = name_gender(&self.names, &name);
                    if !shapes.is_empty() && !shapes.iter().any(|s| s == shape)
                        || !genders.is_empty() && !genders.iter().any(|g| g == gender)
                    {
                        continue;
                    }
                }
                let char_index = text.marked[..found.start()].chars().count();
                let plain_start = text.plain_index[char_index];
                let range = sentence_at(plain_start.min(text.chars.len().saturating_sub(1)));
                // Show the caller's text too when the match stops where it starts.
                let end = if found.as_str().ends_with(MARK_END) {
                    found.end()
                } else {
                    text.marked[found.end()..]
                        .find(MARK_END)
                        .filter(|_| {
                            text.marked[..found.end()].ends_with(|c: char| {
                                (MARK_FIELD_BASE..=MARK_FIELD_BASE + 0xFF).contains(&(c as u32))
                            })
                        })
                        .map_or(found.end(), |i| found.end() + i)
                };
                let seen = MarkedText::new(&text.marked[found.start()..end]).plain;
                findings.push(finding(
                    FORBIDDEN_SEQUENCE,
                    &text.text(range.start, range.end),
                    &format!("{entry:?} matches {seen:?}"),
                ));
            }
        }
    }

    fn is_content(&self, token: &str) -> bool {
        token.chars().count() >= self.min_word_chars && !self.stopwords.contains(token)
    }

    /// The pack's own content words of a sentence (caller text blanked out), normalized; in a
    /// language written without spaces, its runs of kanji (two or more) or katakana (three or
    /// more).
    fn content_words(&self, analyzer: &Analyzer, own: &str) -> Vec<String> {
        if analyzer.token_mode() == TokenMode::Chars {
            return script_runs(own)
                .into_iter()
                .filter(|w| !self.stopwords.contains(w))
                .collect();
        }
        analyzer
            .tokens_of(own)
            .into_iter()
            .map(|t| self.without_prefix(t))
            .filter(|t| t.chars().all(char::is_alphabetic) && self.is_content(t))
            .collect()
    }

    /// A word without the first of the pack's `word_prefixes` it starts with, where enough of
    /// it is left to be a word.
    fn without_prefix(&self, word: String) -> String {
        for prefix in &self.word_prefixes {
            if let Some(rest) = word.strip_prefix(prefix.as_str())
                && rest.chars().count() >= self.min_word_chars
            {
                return rest.to_owned();
            }
        }
        word
    }

    /// The first words (characters, in a language without spaces) of a sentence.
    fn opening(&self, analyzer: &Analyzer, own: &str) -> Vec<String> {
        if analyzer.token_mode() == TokenMode::Chars {
            let trimmed = own.trim_start();
            if trimmed.len() < own.len() {
                // The sentence opens with caller text: no opening of the pack's own.
                return Vec::new();
            }
            return trimmed
                .chars()
                .filter(|c| c.is_alphanumeric())
                .take(self.opening_words)
                .map(String::from)
                .collect();
        }
        if own.starts_with(char::is_whitespace) {
            return Vec::new();
        }
        analyzer
            .tokens_of(own)
            .into_iter()
            .take(self.opening_words)
            .collect()
    }
}

fn finding(lint: &'static str, sentence: &str, detail: &str) -> Finding {
    Finding {
        lint,
        sentence: sentence.trim().to_owned(),
        detail: detail.to_owned(),
    }
}

/// The line of `text` around character `index`.
fn line_around(text: &MarkedText, index: usize) -> std::ops::Range<usize> {
    let chars = &text.chars;
    let index = index.min(chars.len());
    let start = chars[..index]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |i| i + 1);
    let end = chars[index..]
        .iter()
        .position(|&c| c == '\n')
        .map_or(chars.len(), |i| index + i);
    start..end
}

/// The mechanical faults of a subject or body, one finding per line and kind.
fn mechanical(text: &MarkedText, findings: &mut Vec<Finding>) {
    for line in text.plain.split('\n') {
        if line.contains("Unknown localization") {
            findings.push(finding(
                UNKNOWN_KEY,
                line,
                "Fluent could not find a message",
            ));
        }
        if let Some(found) = EMPTY_BRACKETS.find(line) {
            findings.push(finding(
                EMPTY_PLACEHOLDER,
                line,
                &format!("empty {:?}", found.as_str()),
            ));
        }
        if let Some(found) = DOUBLED_SPACES.find(line) {
            findings.push(finding(
                DOUBLED_SPACE,
                line,
                &format!("{:?}", found.as_str()),
            ));
        }
        if let Some(found) = DOUBLED_PUNCT.find(line) {
            findings.push(finding(
                DOUBLED_PUNCTUATION,
                line,
                &format!("{:?}", found.as_str().trim()),
            ));
        }
        let has_punctuation = line.chars().any(|c| !c.is_whitespace());
        if has_punctuation
            && line
                .chars()
                .all(|c| c.is_whitespace() || !c.is_alphanumeric())
        {
            findings.push(finding(PUNCTUATION_ONLY_LINE, line, "a line with no words"));
        }
    }
    // A slot whose text is empty: the caller's text vanished from the sentence.
    let mut chars = text.marked.chars().peekable();
    let mut plain_at = 0;
    while let Some(c) = chars.next() {
        match c {
            MARK_START => {
                chars.next();
                if chars.peek() == Some(&MARK_END) {
                    let range = line_around(text, plain_at);
                    findings.push(finding(
                        EMPTY_PLACEHOLDER,
                        &text.text(range.start, range.end),
                        "a slot with no text",
                    ));
                }
            }
            MARK_END => {}
            _ => plain_at += 1,
        }
    }
}

/// Whether the letters of `range` all come from the caller. With `reason_exempt`, a sentence
/// made of the caller's own reason is theirs to write and does not count.
fn only_caller_text(text: &MarkedText, range: std::ops::Range<usize>, reason_exempt: bool) -> bool {
    let letters: Vec<usize> = range
        .filter(|&i| text.chars.get(i).is_some_and(|c| c.is_alphabetic()))
        .collect();
    if letters.is_empty() || !letters.iter().all(|&i| text.is_caller(i)) {
        return false;
    }
    !(reason_exempt
        && letters
            .iter()
            .all(|&i| text.fields[i] == Some("reason-note")))
}

fn starts_lower(text: &MarkedText, range: std::ops::Range<usize>) -> bool {
    range
        .filter_map(|i| text.chars.get(i))
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_lowercase())
}

/// Runs of kanji (two or more) and of katakana (three or more).
fn script_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let kind = if is_kanji(chars[i]) {
            1
        } else if is_katakana(chars[i]) {
            2
        } else {
            i += 1;
            continue;
        };
        let from = i;
        while i < chars.len()
            && ((kind == 1 && is_kanji(chars[i])) || (kind == 2 && is_katakana(chars[i])))
        {
            i += 1;
        }
        let least = if kind == 1 { 2 } else { 3 };
        if i - from >= least {
            runs.push(chars[from..i].iter().collect());
        }
    }
    runs
}

/// The first pair of words in `a` and `b` that are one word, inflected or not.
fn repeated<'w>(a: &'w [String], b: &'w [String]) -> Option<(&'w str, &'w str)> {
    a.iter()
        .flat_map(|x| b.iter().map(move |y| (x, y)))
        .find(|(x, y)| same_word(x, y))
        .map(|(x, y)| (x.as_str(), y.as_str()))
}

/// Whether two words are one word inflected: equal, one a short extension of the other
/// ("role", "roles"), or sharing most of their letters from the start ("opportunity",
/// "opportunities"; "considering", "consideration").
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let common = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    // An ending added: "role" → "roles", "thank" → "thanked"; not "real" → "realize".
    let added = long.len() - short.len();
    if common == short.len() && (added <= 2 && short.len() >= 4 || added <= 3 && short.len() >= 5) {
        return true;
    }
    let needed = (short.len() * 7).div_ceil(10).max(6);
    common >= needed
}

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{3005}')
}

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}')
}

/// A pack's baseline: for each lint, the sentences it is known to find.
pub type Baseline = BTreeMap<String, Vec<String>>;

/// Reads a `lint-baseline.toml`; an error names its file and line.
pub fn parse_baseline(file: &ContentFile) -> Result<Baseline, Diagnostic> {
    let baseline: Baseline = toml::from_str(&file.text).map_err(|error| {
        let line = error
            .span()
            .map_or(0, |s| line_of_offset(&file.text, s.start));
        Diagnostic::error(&file.path, line, error.message().to_owned())
    })?;
    for lint in baseline.keys() {
        if !LINTS.contains(&lint.as_str()) {
            let line = file
                .text
                .lines()
                .position(|l| l.starts_with(lint.as_str()))
                .map_or(0, |i| i + 1);
            return Err(Diagnostic::error(
                &file.path,
                line,
                format!("`{lint}` is not a lint; lints: {}", LINTS.join(", ")),
            ));
        }
    }
    Ok(baseline)
}

/// A baseline file's text: a header, then each lint's sentences, sorted, one per line.
pub fn baseline_text(tag: &str, known: &BTreeMap<&str, BTreeSet<String>>) -> String {
    let mut out = format!(
        "# Lint findings the `{tag}` pack knows of and has yet to fix: one entry per lint and\n\
         # sentence. `bowout packs check` fails on a finding not listed here and on an entry that\n\
         # no longer occurs; `bowout packs check --update-baseline DIR` rewrites this file. A\n\
         # change that adds entries says why in its commit message.\n"
    );
    for lint in LINTS {
        let Some(sentences) = known.get(lint).filter(|s| !s.is_empty()) else {
            continue;
        };
        out.push_str(&format!("\n{lint} = [\n"));
        for sentence in sentences {
            let quoted = toml::Value::String(sentence.clone()).to_string();
            out.push_str(&format!("  {quoted},\n"));
        }
        out.push_str("]\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_of_one_word_are_the_same_word() {
        assert!(same_word("decided", "decided"));
        assert!(same_word("role", "roles"));
        assert!(same_word("opportunity", "opportunities"));
        assert!(same_word("considering", "consideration"));
        assert!(same_word("thank", "thanks"));
    }

    #[test]
    fn different_words_that_start_alike_are_not() {
        assert!(!same_word("part", "particularly"));
        assert!(!same_word("interview", "interest"));
        assert!(!same_word("experience", "expertise"));
        assert!(!same_word("time", "timing"));
        assert!(!same_word("real", "realize"));
    }

    #[test]
    fn marks_are_read_into_fields_and_left_out_of_the_plain_text() {
        let text =
            MarkedText::from_parts(&[(None, "at "), (Some("organization"), "Acme"), (None, ".")]);
        assert_eq!(text.plain, "at Acme.");
        assert_eq!(text.fields[3], Some("organization"));
        assert_eq!(text.fields[0], None);
        assert_eq!(text.fields(), BTreeSet::from(["organization"]));
    }

    #[test]
    fn a_forbidden_entry_needs_exactly_one_slot_and_words_around_it() {
        assert!(forbidden_regex("à le").is_err());
        assert!(forbidden_regex("{slot}").is_err());
        assert!(forbidden_regex("à {slot} {event}").is_err());
        assert!(forbidden_regex("à {venue}").is_err());
        assert!(forbidden_regex("à le {slot}").is_ok());
        assert!(forbidden_regex("{event} der").is_ok());
    }
}

//! How a pack reads text: sentences (greeting and sign-off set apart), tokens, and the token
//! stream that tone patterns run over. Everything language-specific comes from the pack's
//! `[text]` and `[normalize]` tables; this code only follows them.

use std::collections::{HashMap, HashSet};

use rustc_hash::FxHashMap;

use serde::Deserialize;

/// How a pack splits text into tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenMode {
    /// Runs of letters and digits (most languages).
    #[default]
    Words,
    /// Each CJK character is a token; runs of other letters stay words (Japanese, Chinese).
    Chars,
}

/// The `[text]` table of a pack's `tone.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextSettings {
    #[serde(default)]
    pub tokens: TokenMode,
    /// End a sentence when followed by a space, a closing quote or the end: `.`, `!`, `?`.
    pub terminators: Vec<char>,
    /// End a sentence wherever they stand: `。`, `！`, `？`.
    #[serde(default)]
    pub hard_terminators: Vec<char>,
    /// Words ending in `.` that do not end a sentence: `e.g.`, `dr.`.
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Words that open a greeting line: `hi`, `dear`.
    #[serde(default)]
    pub greetings: Vec<String>,
    /// How a greeting line ends: `,`, `:`, `様`.
    #[serde(default)]
    pub greeting_endings: Vec<String>,
    /// The most words (tokens) a greeting line has; longer lines are sentences.
    #[serde(default = "default_greeting_max_words")]
    pub greeting_max_words: usize,
    /// Closing lines such as `best regards`; they and the lines after them are the sign-off.
    /// A `…` stands for any words, such as the form of address a French closing repeats:
    /// `je vous prie d'agréer, … l'expression de mes salutations distinguées`.
    #[serde(default)]
    pub sign_offs: Vec<String>,
}

fn default_greeting_max_words() -> usize {
    8
}

/// The `[normalize]` table: how words are rewritten before patterns see them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NormalizeSettings {
    /// Whole words replaced by one or more words: `"can't" = "can not"`.
    #[serde(default)]
    pub words: HashMap<String, String>,
    /// Word beginnings split off and replaced: `"l'" = "le"`.
    #[serde(default)]
    pub prefixes: HashMap<String, String>,
    /// Word endings split off and replaced: `"n't" = "not"`.
    #[serde(default)]
    pub suffixes: HashMap<String, String>,
    /// Characters dropped before matching (Arabic diacritics).
    #[serde(default)]
    pub strip: Vec<char>,
    /// Characters replaced before matching: `"أ" = "ا"`.
    #[serde(default)]
    pub fold: HashMap<char, char>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    Greeting,
    Sentence,
    SignOff,
}

/// A stretch of the text, in code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub kind: SegmentKind,
    pub start: usize,
    pub end: usize,
    pub words: usize,
}

/// The most characters the `…` of a framed sign-off stands for.
const FRAMED_WORDS_MAX_CHARS: usize = 80;

/// The compiled reading rules of one pack.
#[derive(Debug, Clone)]
pub struct Analyzer {
    mode: TokenMode,
    terminators: Vec<char>,
    hard_terminators: Vec<char>,
    abbreviations: HashSet<String>,
    /// Normalized greeting openers, tokens joined by spaces.
    greetings: Vec<String>,
    greeting_endings: Vec<String>,
    greeting_max_words: usize,
    /// Normalized sign-off lines, tokens joined by spaces.
    sign_offs: HashSet<String>,
    /// Sign-offs with a `…`: the normalized words before and after it.
    sign_off_frames: Vec<(String, String)>,
    /// The longest a sign-off line can be: the pack's longest, with room for punctuation.
    sign_off_max_chars: usize,
    words: FxHashMap<String, Vec<String>>,
    prefixes: Vec<(String, String)>,
    suffixes: Vec<(String, String)>,
    /// No `strip` or `fold` entry touches ASCII: ASCII only needs lower-casing.
    ascii_plain: bool,
    /// Every prefix and suffix rule holds an apostrophe: words without one need no rule.
    affixes_need_apostrophe: bool,
    /// Sorted, for binary search.
    strip: Vec<char>,
    /// Sorted by the first character, for binary search.
    fold: Vec<(char, char)>,
}

/// A text read by an [`Analyzer`]: its segments, its tokens and the stream patterns run over.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub chars: Vec<char>,
    pub segments: Vec<Segment>,
    pub stream: String,
    /// Byte offset in `stream` of each token.
    token_starts: Vec<usize>,
    /// Code-point span in the text of each token.
    token_spans: Vec<(usize, usize)>,
}

impl Analysis {
    pub fn sentence_count(&self) -> usize {
        self.sentences().count()
    }

    pub fn sentences(&self) -> impl Iterator<Item = &Segment> {
        self.segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Sentence)
    }

    /// The tokens `[first, last]` a stream match `[start, end)` covers.
    pub fn tokens_of_match(&self, start: usize, end: usize) -> (usize, usize) {
        // A match begins with the space before its first token and ends after its last token's
        // trailing space.
        let first = self.token_starts.partition_point(|&s| s <= start);
        let last = self
            .token_starts
            .partition_point(|&s| s < end.saturating_sub(1))
            - 1;
        (first, last.max(first))
    }

    /// The code-point span `(offset, length)` of tokens `[first, last]`.
    pub fn span_of_tokens(&self, first: usize, last: usize) -> (usize, usize) {
        let start = self.token_spans[first].0;
        let end = self.token_spans[last].1;
        (start, end - start)
    }

    /// The tokens of `segment` as the patterns read them (normalized), with their indices.
    pub fn tokens_of(&self, segment: &Segment) -> impl Iterator<Item = (usize, &str)> {
        let first = self
            .token_spans
            .partition_point(|&(start, _)| start < segment.start);
        let last = self
            .token_spans
            .partition_point(|&(start, _)| start < segment.end);
        (first..last).map(move |index| {
            let start = self.token_starts[index];
            let end = self.stream[start..]
                .find(' ')
                .map_or(self.stream.len(), |length| start + length);
            (index, &self.stream[start..end])
        })
    }

    pub fn slice(&self, offset: usize, length: usize) -> String {
        self.chars[offset..offset + length].iter().collect()
    }
}

impl Analyzer {
    pub fn new(text: &TextSettings, normalize: &NormalizeSettings) -> Self {
        let mut analyzer = Analyzer {
            mode: text.tokens,
            terminators: text.terminators.clone(),
            hard_terminators: text.hard_terminators.clone(),
            abbreviations: text
                .abbreviations
                .iter()
                .map(|a| a.to_lowercase())
                .collect(),
            greetings: Vec::new(),
            greeting_endings: text.greeting_endings.clone(),
            greeting_max_words: text.greeting_max_words,
            sign_off_max_chars: text
                .sign_offs
                .iter()
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
                + 16,
            sign_offs: HashSet::new(),
            sign_off_frames: Vec::new(),
            words: FxHashMap::default(),
            ascii_plain: normalize
                .strip
                .iter()
                .chain(normalize.fold.keys())
                .all(|c| !c.is_ascii()),
            affixes_need_apostrophe: normalize
                .prefixes
                .keys()
                .chain(normalize.suffixes.keys())
                .all(|k| k.contains(['\'', '\u{2019}'])),
            prefixes: Vec::new(),
            suffixes: Vec::new(),
            strip: sorted(
                normalize
                    .strip
                    .iter()
                    .flat_map(|c| c.to_lowercase())
                    .collect(),
            ),
            fold: sorted(
                normalize
                    .fold
                    .iter()
                    .map(|(&from, &to)| (lower_char(from), to))
                    .collect(),
            ),
        };
        // Keys are read the way text is, so "Can’t" in a pack matches "can't" in a message.
        let words = normalize
            .words
            .iter()
            .map(|(from, to)| {
                (
                    analyzer.fold_word(from),
                    to.split_whitespace()
                        .map(|w| analyzer.fold_word(w))
                        .collect(),
                )
            })
            .collect();
        let mut prefixes: Vec<_> = normalize
            .prefixes
            .iter()
            .map(|(k, v)| (analyzer.fold_word(k), analyzer.fold_word(v)))
            .collect();
        let mut suffixes: Vec<_> = normalize
            .suffixes
            .iter()
            .map(|(k, v)| (analyzer.fold_word(k), analyzer.fold_word(v)))
            .collect();
        // Longest first, so `n't` wins over `'t`.
        prefixes.sort_by(|a, b| {
            b.0.chars()
                .count()
                .cmp(&a.0.chars().count())
                .then(a.0.cmp(&b.0))
        });
        suffixes.sort_by(|a, b| {
            b.0.chars()
                .count()
                .cmp(&a.0.chars().count())
                .then(a.0.cmp(&b.0))
        });
        analyzer.words = words;
        analyzer.prefixes = prefixes;
        analyzer.suffixes = suffixes;
        analyzer.greetings = text
            .greetings
            .iter()
            .map(|g| analyzer.tokens_of(g).join(" "))
            .collect();
        analyzer.sign_offs = text
            .sign_offs
            .iter()
            .filter(|s| !s.contains('…'))
            .map(|s| analyzer.tokens_of(s).join(" "))
            .collect();
        analyzer.sign_off_frames = text
            .sign_offs
            .iter()
            .filter_map(|s| s.split_once('…'))
            .map(|(before, after)| {
                (
                    analyzer.tokens_of(before).join(" "),
                    analyzer.tokens_of(after).join(" "),
                )
            })
            .collect();
        // A framed sign-off holds words of the caller's: leave room for them.
        if !analyzer.sign_off_frames.is_empty() {
            analyzer.sign_off_max_chars += FRAMED_WORDS_MAX_CHARS;
        }
        analyzer
    }

    /// How this pack splits text into tokens.
    pub fn token_mode(&self) -> TokenMode {
        self.mode
    }

    /// The normalized tokens of a fragment, as a pattern literal or a list entry is read.
    pub fn tokens_of(&self, fragment: &str) -> Vec<String> {
        let chars: Vec<char> = fragment.chars().collect();
        let mut tokens = Vec::new();
        self.tokenize(&chars, 0, chars.len(), &mut |token, _, _| {
            tokens.push(token.to_owned())
        });
        tokens
    }

    pub fn analyze(&self, text: &str) -> Analysis {
        let chars: Vec<char> = text.chars().collect();
        let mut segments = self.segment(&chars);
        let mut stream = String::with_capacity(text.len() + 16);
        let mut token_starts = Vec::with_capacity(text.len() / 4);
        let mut token_spans: Vec<(usize, usize)> = Vec::with_capacity(text.len() / 4);
        stream.push(' ');
        for (i, segment) in segments.iter_mut().enumerate() {
            if i > 0 {
                stream.push_str("\n ");
            }
            let mut words = 0;
            self.tokenize(
                &chars,
                segment.start,
                segment.end,
                &mut |token, start, end| {
                    // The tokens of an expanded contraction share its span: one word.
                    if token_spans.last() != Some(&(start, end)) {
                        words += 1;
                    }
                    token_starts.push(stream.len());
                    token_spans.push((start, end));
                    stream.push_str(token);
                    stream.push(' ');
                },
            );
            segment.words = words;
        }
        Analysis {
            chars,
            segments,
            stream,
            token_starts,
            token_spans,
        }
    }

    /// Lower-cases one character, then applies the pack's `strip` and `fold`: a pack's maps
    /// need only lower-case keys. This runs for every character checked: ASCII takes the short
    /// way, and the maps are sorted arrays, searched only when a pack has them.
    fn fold_char(&self, c: char) -> Option<char> {
        if c.is_ascii() && self.ascii_plain {
            return Some(if c == '`' {
                '\''
            } else {
                c.to_ascii_lowercase()
            });
        }
        let c = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            lower_char(c)
        };
        if !self.strip.is_empty() && self.strip.binary_search(&c).is_ok() {
            return None;
        }
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
            other => other,
        };
        if !self.fold.is_empty()
            && let Ok(at) = self.fold.binary_search_by_key(&c, |&(from, _)| from)
        {
            return Some(self.fold[at].1);
        }
        Some(c)
    }

    fn fold_word(&self, word: &str) -> String {
        word.chars().filter_map(|c| self.fold_char(c)).collect()
    }

    /// Calls `emit(token, start, end)` for each normalized token of `chars[from..to]`.
    fn tokenize<F: FnMut(&str, usize, usize)>(
        &self,
        chars: &[char],
        from: usize,
        to: usize,
        emit: &mut F,
    ) {
        let is_single = |c: char| self.mode == TokenMode::Chars && is_cjk(c);
        let mut raw = String::with_capacity(32);
        let mut i = from;
        while i < to {
            let Some(c) = self.fold_char(chars[i]).filter(|c| c.is_alphanumeric()) else {
                i += 1;
                continue;
            };
            if is_single(c) {
                let mut buffer = [0; 4];
                emit(c.encode_utf8(&mut buffer), i, i + 1);
                i += 1;
                continue;
            }
            let start = i;
            raw.clear();
            while i < to {
                match self.fold_char(chars[i]) {
                    None => i += 1,
                    Some(c) if c.is_alphanumeric() && !is_single(c) => {
                        raw.push(c);
                        i += 1;
                    }
                    // An apostrophe inside a word belongs to it: don't, l'offre.
                    Some('\'')
                        if i + 1 < to
                            && self
                                .fold_char(chars[i + 1])
                                .is_some_and(char::is_alphanumeric) =>
                    {
                        raw.push('\'');
                        i += 1;
                    }
                    Some(_) => break,
                }
            }
            self.expand(&raw, &mut |token| emit(token, start, i));
        }
    }

    /// Contractions and elisions to their long forms: "don't" → "do not", "l'offre" → "le offre".
    fn expand<F: FnMut(&str)>(&self, word: &str, emit: &mut F) {
        if let Some(long) = self.words.get(word) {
            long.iter().for_each(|token| emit(token));
            return;
        }
        if self.affixes_need_apostrophe && !word.contains('\'') {
            emit(word);
            return;
        }
        let mut rest = word;
        if let Some((prefix, long)) = self
            .prefixes
            .iter()
            .find(|(p, _)| rest.len() > p.len() && rest.starts_with(p.as_str()))
        {
            emit(long);
            rest = &rest[prefix.len()..];
            if let Some(long) = self.words.get(rest) {
                long.iter().for_each(|token| emit(token));
                return;
            }
        }
        match self
            .suffixes
            .iter()
            .find(|(s, _)| rest.len() > s.len() && rest.ends_with(s.as_str()))
        {
            Some((suffix, long)) => {
                emit(&rest[..rest.len() - suffix.len()]);
                emit(long);
            }
            None => emit(rest),
        }
    }

    /// Splits text into a greeting, sentences and a sign-off.
    fn segment(&self, chars: &[char]) -> Vec<Segment> {
        let lines = lines(chars);
        let content: Vec<(usize, usize)> = lines
            .iter()
            .copied()
            .filter(|&(s, e)| chars[s..e].iter().any(|c| c.is_alphanumeric()))
            .collect();
        let mut segments = Vec::new();
        if content.is_empty() {
            return segments;
        }

        let mut body_first = 0;
        if self.is_greeting(&chars[content[0].0..content[0].1]) && content.len() > 1 {
            segments.push(self.segment_of(
                chars,
                SegmentKind::Greeting,
                content[0].0,
                content[0].1,
            ));
            body_first = 1;
        }
        let sign_off_from = self
            .sign_off_start(chars, &content[body_first..])
            .map(|i| i + body_first);
        let body_end_line = sign_off_from.unwrap_or(content.len());
        if body_first < body_end_line {
            let from = content[body_first].0;
            let to = content[body_end_line - 1].1;
            self.sentences(chars, from, to, &mut segments);
        }
        if let Some(first) = sign_off_from {
            for &(s, e) in &content[first..] {
                segments.push(self.segment_of(chars, SegmentKind::SignOff, s, e));
            }
        }
        segments
    }

    fn segment_of(&self, chars: &[char], kind: SegmentKind, start: usize, end: usize) -> Segment {
        let (start, end) = trim(chars, start, end);
        // Words are counted when the segment is tokenized, in `analyze`.
        Segment {
            kind,
            start,
            end,
            words: 0,
        }
    }

    /// A line's tokens joined by spaces, and how many there are: how greetings and sign-offs
    /// are compared.
    fn normalized_line(&self, chars: &[char]) -> (String, usize) {
        let mut joined = String::with_capacity(chars.len());
        let mut count = 0;
        self.tokenize(chars, 0, chars.len(), &mut |token, _, _| {
            if count > 0 {
                joined.push(' ');
            }
            joined.push_str(token);
            count += 1;
        });
        (joined, count)
    }

    fn is_greeting(&self, line: &[char]) -> bool {
        // A greeting is a short line: a paragraph is not worth tokenizing to find out.
        let (start, end) = trim(line, 0, line.len());
        if end - start > GREETING_MAX_CHARS || start == end || self.is_terminator(line[end - 1]) {
            return false;
        }
        let (joined, count) = self.normalized_line(line);
        if count == 0 || count > self.greeting_max_words {
            return false;
        }
        let text: String = line[start..end].iter().collect();
        self.greeting_endings
            .iter()
            .any(|ending| text.ends_with(ending.as_str()))
            || self.greetings.iter().any(|greeting| {
                !greeting.is_empty()
                    && joined.starts_with(greeting.as_str())
                    && joined[greeting.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| c == ' ')
            })
    }

    fn is_terminator(&self, c: char) -> bool {
        self.terminators.contains(&c) || self.hard_terminators.contains(&c)
    }

    /// The index (into `lines`) of the first sign-off line, if the text ends with one.
    fn sign_off_start(&self, chars: &[char], lines: &[(usize, usize)]) -> Option<usize> {
        if lines.len() < 2 {
            return None;
        }
        let earliest = lines.len().saturating_sub(3).max(1);
        for (i, &(s, e)) in lines.iter().enumerate().skip(earliest) {
            if e - s > self.sign_off_max_chars {
                continue;
            }
            let (joined, count) = self.normalized_line(&chars[s..e]);
            let framed = || {
                self.sign_off_frames.iter().any(|(before, after)| {
                    joined.len() > before.len() + after.len()
                        && joined.starts_with(before.as_str())
                        && joined.ends_with(after.as_str())
                })
            };
            if count > 0 && (self.sign_offs.contains(&joined) || framed()) {
                return Some(i);
            }
        }
        // A bare name under the last sentence: short, unpunctuated, after a finished sentence.
        let (s, e) = lines[lines.len() - 1];
        let (ps, pe) = lines[lines.len() - 2];
        let (s, e) = trim(chars, s, e);
        let (ps, pe) = trim(chars, ps, pe);
        if e - s > NAME_MAX_CHARS || pe == ps {
            return None;
        }
        let (_, last_words) = self.normalized_line(&chars[s..e]);
        let unpunctuated = !self.is_terminator(chars[e - 1]) && chars[e - 1] != ',';
        if (1..=4).contains(&last_words) && unpunctuated && self.is_terminator(chars[pe - 1]) {
            return Some(lines.len() - 1);
        }
        None
    }

    /// Pushes the sentences of `chars[from..to]`. A blank line or a list item also ends one.
    fn sentences(&self, chars: &[char], from: usize, to: usize, out: &mut Vec<Segment>) {
        let mut start: Option<usize> = None;
        let mut i = from;
        while i < to {
            let c = chars[i];
            if c == '\n' {
                if let Some(s) = start
                    && (next_line_is_blank(chars, i + 1, to)
                        || next_line_is_list_item(chars, i + 1, to))
                {
                    self.push_sentence(chars, s, i, out);
                    start = None;
                }
                i += 1;
                continue;
            }
            if start.is_none() && !c.is_whitespace() {
                start = Some(i);
            }
            let hard = self.hard_terminators.contains(&c);
            if hard || self.terminators.contains(&c) {
                let mut end = i + 1;
                while end < to
                    && (self.terminators.contains(&chars[end])
                        || self.hard_terminators.contains(&chars[end]))
                {
                    end += 1;
                }
                while end < to && is_closing(chars[end]) {
                    end += 1;
                }
                let ends = hard || end == to || chars[end].is_whitespace();
                if ends && !(c == '.' && self.is_abbreviation(chars, from, i)) {
                    if let Some(s) = start {
                        self.push_sentence(chars, s, end, out);
                    }
                    start = None;
                }
                i = end;
                continue;
            }
            i += 1;
        }
        if let Some(s) = start {
            self.push_sentence(chars, s, to, out);
        }
    }

    fn push_sentence(&self, chars: &[char], start: usize, end: usize, out: &mut Vec<Segment>) {
        if chars[start..end].iter().any(|c| c.is_alphanumeric()) {
            out.push(self.segment_of(chars, SegmentKind::Sentence, start, end));
        }
    }

    /// Whether the word ending at the `.` at `dot` is an abbreviation or an initial.
    fn is_abbreviation(&self, chars: &[char], from: usize, dot: usize) -> bool {
        let mut start = dot;
        while start > from && !chars[start - 1].is_whitespace() && chars[start - 1] != '(' {
            start -= 1;
        }
        let word: String = chars[start..=dot]
            .iter()
            .flat_map(|c| c.to_lowercase())
            .collect();
        // An initial: one capital letter and its dot, as in "J. Smith".
        let initial = dot == start + 1 && chars[start].is_uppercase();
        self.abbreviations.contains(&word) || initial
    }
}

/// Greetings and names are short lines; a paragraph is never tokenized to find out whether
/// it is one. (Sign-offs are bounded by the pack's longest.)
const GREETING_MAX_CHARS: usize = 240;
const NAME_MAX_CHARS: usize = 120;

fn sorted<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort();
    items.dedup();
    items
}

/// The lower case of `c`, when it is one character (it is not for a few, such as `İ`).
fn lower_char(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(single), None) => single,
        _ => c,
    }
}

fn lines(chars: &[char]) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            lines.push((start, i));
            start = i + 1;
        }
    }
    lines.push((start, chars.len()));
    lines
}

fn trim(chars: &[char], mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    (start, end)
}

fn next_line_is_blank(chars: &[char], from: usize, to: usize) -> bool {
    chars[from..to]
        .iter()
        .take_while(|&&c| c != '\n')
        .all(|c| c.is_whitespace())
}

fn next_line_is_list_item(chars: &[char], from: usize, to: usize) -> bool {
    let line = &chars[from..to];
    let start = line
        .iter()
        .position(|c| !c.is_whitespace() || *c == '\n')
        .unwrap_or(line.len());
    let line = &line[start..];
    let bullet = matches!(line, ['-' | '*' | '•', ' ', ..]);
    let digits = line.iter().take_while(|c| c.is_ascii_digit()).count();
    bullet || (digits > 0 && matches!(&line[digits..], ['.', ' ', ..]))
}

/// Closing quotes and brackets that may follow a sentence's final stop: `"`, `”`, `’`, `)`,
/// `»`, `」`, `』`, `）`, and German `“` and French-style `«` used as closers.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201D}'
            | '\u{2019}'
            | '\u{201C}'
            | ')'
            | ']'
            | '\u{BB}'
            | '\u{AB}'
            | '\u{300D}'
            | '\u{300F}'
            | '\u{FF09}'
    )
}

/// Kana and CJK ideographs, which Japanese and Chinese write without spaces.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3005}' | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF66}'..='\u{FF9F}')
}

//! The pattern language of tone rules, compiled to regular expressions over a token stream.
//!
//! A pattern is a sequence of elements separated by spaces. Each element matches tokens of the
//! normalized text (lower-cased, apostrophes made straight, contractions expanded; see
//! [`super::text`]):
//!
//! | element      | matches                                                     |
//! |--------------|-------------------------------------------------------------|
//! | `busy`       | the token `busy`                                            |
//! | `offer*`     | a token that starts with `offer` (offer, offers, offered)   |
//! | `*ness`      | a token that ends with `ness`                               |
//! | `low\|little` | either token; each alternative may carry `*`                |
//! | `[really]`   | the elements inside, or nothing                             |
//! | `(a b\|c d)`  | one of the sequences inside                                  |
//! | `~3`         | up to three tokens of the same sentence, any                |
//! | `_`          | exactly one token, any                                      |
//! | `@pay`       | any entry of the pack's concept `pay` (see [`expand_concepts`]) |
//!
//! In a pack whose text is tokenized by characters (Japanese), a literal such as `忙しすぎ`
//! stands for its characters in sequence, and `~3` means up to three characters.
//!
//! The token stream is `" " + tokens joined by " " + " "`, with `"\n "` between sentences, so a
//! compiled pattern starts with a space, every token it consumes is followed by a space, and
//! no element can cross a sentence boundary.

use std::fmt::Write as _;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Element {
    /// One token matching any of these alternatives.
    Token(Vec<Literal>),
    /// One of several sequences.
    Group(Vec<Vec<Element>>),
    Optional(Vec<Element>),
    Gap(u8),
    AnyToken,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Literal {
    text: String,
    prefix_wildcard: bool,
    suffix_wildcard: bool,
}

/// A pattern that does not parse, with the character position of the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} (at character {position} of the pattern)")]
pub struct PatternError {
    pub message: String,
    pub position: usize,
}

/// How deep concepts may name concepts: deeper is a cycle or a tangle.
const CONCEPT_DEPTH: usize = 4;

/// Replaces each `@name` in `pattern` by the group of the concept's entries,
/// `(entry one|entry two)`, concepts named inside entries included. A concept is a list of
/// words or short patterns that say one thing ("pay": salary, compensation, pay package), so
/// a rule names the idea once and every pattern that uses it grows with the list.
pub fn expand_concepts(
    pattern: &str,
    concepts: &dyn Fn(&str) -> Option<Vec<String>>,
) -> Result<String, PatternError> {
    expand(pattern, concepts, 0)
}

fn expand(
    pattern: &str,
    concepts: &dyn Fn(&str) -> Option<Vec<String>>,
    depth: usize,
) -> Result<String, PatternError> {
    if !pattern.contains('@') {
        return Ok(pattern.to_owned());
    }
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '@' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < chars.len() && (chars[i].is_alphanumeric() || matches!(chars[i], '-' | '_')) {
            i += 1;
        }
        let name: String = chars[start + 1..i].iter().collect();
        let error = |message: String| PatternError {
            message,
            position: start,
        };
        if name.is_empty() {
            return Err(error("`@` names a concept: `@pay`".into()));
        }
        if depth >= CONCEPT_DEPTH {
            return Err(error(format!(
                "concept `@{name}` nests concepts more than {CONCEPT_DEPTH} deep: is it a cycle?"
            )));
        }
        let entries = concepts(&name).ok_or_else(|| {
            error(format!(
                "unknown concept `@{name}`: define it under `[concepts]`"
            ))
        })?;
        if entries.is_empty() {
            return Err(error(format!("concept `@{name}` has no entries")));
        }
        let expanded: Vec<String> = entries
            .iter()
            .map(|entry| expand(entry, concepts, depth + 1))
            .collect::<Result<_, _>>()
            .map_err(|inner| error(format!("in concept `@{name}`: {}", inner.message)))?;
        out.push('(');
        out.push_str(&expanded.join("|"));
        out.push(')');
    }
    Ok(out)
}

/// Compiles a pattern to a regular expression over the token stream.
///
/// `normalize` turns each literal into the token(s) the text would produce for it (lower-case,
/// expanded contractions, one token per character in a `chars` pack), so a rule author can
/// write `don't` or `do not` and mean the same.
pub fn compile(
    pattern: &str,
    normalize: &dyn Fn(&str) -> Vec<String>,
) -> Result<String, PatternError> {
    let mut parser = Parser {
        chars: pattern.chars().collect(),
        position: 0,
        depth: 0,
        normalize,
    };
    let elements = parser.sequence(&[])?;
    if parser.position < parser.chars.len() {
        return Err(parser.error(format!("unexpected `{}`", parser.chars[parser.position])));
    }
    if !elements.iter().any(consumes_a_token) {
        return Err(PatternError {
            message: "a pattern must match at least one token".into(),
            position: 0,
        });
    }
    let mut regex = String::from(" ");
    for element in &elements {
        write_element(&mut regex, element);
    }
    Ok(regex)
}

fn consumes_a_token(element: &Element) -> bool {
    match element {
        Element::Token(_) | Element::AnyToken => true,
        Element::Group(alternatives) => alternatives
            .iter()
            .all(|seq| seq.iter().any(consumes_a_token)),
        Element::Optional(_) | Element::Gap(_) => false,
    }
}

/// Any token: bytes that are neither a space nor a sentence break. Byte classes keep the
/// automaton small (no UTF-8 sequences to spell out); the stream is matched as bytes.
const ANY_TOKEN: &str = "(?-u:[^ \\n])+ ";
const ANY_BYTES: &str = "(?-u:[^ \\n])*";

fn write_element(out: &mut String, element: &Element) {
    match element {
        Element::Token(alternatives) => {
            out.push_str("(?:");
            for (i, literal) in alternatives.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                if literal.prefix_wildcard {
                    out.push_str(ANY_BYTES);
                }
                out.push_str(&regex::escape(&literal.text));
                if literal.suffix_wildcard {
                    out.push_str(ANY_BYTES);
                }
            }
            out.push_str(") ");
        }
        Element::Group(alternatives) => {
            out.push_str("(?:");
            for (i, sequence) in alternatives.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                for element in sequence {
                    write_element(out, element);
                }
            }
            out.push(')');
        }
        Element::Optional(sequence) => {
            out.push_str("(?:");
            for element in sequence {
                write_element(out, element);
            }
            out.push_str(")?");
        }
        Element::Gap(n) => {
            let _ = write!(out, "(?:{ANY_TOKEN}){{0,{n}}}");
        }
        Element::AnyToken => out.push_str(ANY_TOKEN),
    }
}

struct Parser<'a> {
    chars: Vec<char>,
    position: usize,
    /// How many brackets enclose the current position: inside one, `|` separates sequences.
    depth: usize,
    normalize: &'a dyn Fn(&str) -> Vec<String>,
}

impl Parser<'_> {
    fn error(&self, message: String) -> PatternError {
        PatternError {
            message,
            position: self.position,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.position).copied()
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.position += 1;
        }
    }

    /// Elements up to (not including) one of `stop` or the end.
    fn sequence(&mut self, stop: &[char]) -> Result<Vec<Element>, PatternError> {
        let mut elements = Vec::new();
        loop {
            self.skip_spaces();
            match self.peek() {
                None => break,
                Some(c) if stop.contains(&c) => break,
                Some('[') => {
                    self.position += 1;
                    let inner = self.alternatives(']')?;
                    elements.push(Element::Optional(vec![Element::Group(inner)]));
                }
                Some('(') => {
                    self.position += 1;
                    let inner = self.alternatives(')')?;
                    elements.push(Element::Group(inner));
                }
                Some('~') => {
                    self.position += 1;
                    let digits = self.word();
                    let n: u8 = digits
                        .parse()
                        .ok()
                        .filter(|n| (1..=9).contains(n))
                        .ok_or_else(|| {
                            self.error("`~` takes a number from 1 to 9, e.g. `~3`".into())
                        })?;
                    elements.push(Element::Gap(n));
                }
                Some('_')
                    if self
                        .chars
                        .get(self.position + 1)
                        .is_none_or(|c| c.is_whitespace() || stop.contains(c)) =>
                {
                    self.position += 1;
                    elements.push(Element::AnyToken);
                }
                Some(']' | ')') => {
                    return Err(self.error(format!("unbalanced `{}`", self.chars[self.position])));
                }
                Some('|') => {
                    return Err(self.error("`|` needs a word or group on each side".into()));
                }
                Some(_) => elements.extend(self.tokens()?),
            }
        }
        Ok(elements)
    }

    /// `a b|c d` up to the closing bracket, which it consumes.
    fn alternatives(&mut self, close: char) -> Result<Vec<Vec<Element>>, PatternError> {
        self.depth += 1;
        let result = self.alternatives_inside(close);
        self.depth -= 1;
        result
    }

    fn alternatives_inside(&mut self, close: char) -> Result<Vec<Vec<Element>>, PatternError> {
        let mut alternatives = Vec::new();
        loop {
            let sequence = self.sequence(&['|', close])?;
            if sequence.is_empty() {
                return Err(self.error("empty alternative".into()));
            }
            alternatives.push(sequence);
            match self.peek() {
                Some('|') => self.position += 1,
                Some(c) if c == close => {
                    self.position += 1;
                    return Ok(alternatives);
                }
                _ => return Err(self.error(format!("missing `{close}`"))),
            }
        }
    }

    /// The raw text of a word: up to a space or a bracket. Outside brackets `a|b` is one
    /// word with alternatives; inside, `|` separates sequences and ends the word.
    fn word(&mut self) -> String {
        let start = self.position;
        while let Some(c) = self.peek() {
            if c.is_whitespace()
                || matches!(c, '[' | ']' | '(' | ')')
                || (c == '|' && self.depth > 0)
            {
                break;
            }
            self.position += 1;
        }
        self.chars[start..self.position].iter().collect()
    }

    /// A word, or words joined by `|`: one token element, or more than one when a literal
    /// normalizes to several tokens ("don't" → "do not", 忙しい → 忙 し い).
    fn tokens(&mut self) -> Result<Vec<Element>, PatternError> {
        let start = self.position;
        let word = self.word();
        let mut alternatives: Vec<Vec<Literal>> = Vec::new();
        for part in word.split('|') {
            if part.is_empty() {
                self.position = start;
                return Err(self.error(format!("empty alternative in `{word}`")));
            }
            let prefix_wildcard = part.starts_with('*');
            let suffix_wildcard = part.len() > 1 && part.ends_with('*');
            let bare = part.trim_matches('*');
            if bare.is_empty() || bare.contains('*') {
                self.position = start;
                return Err(self.error(format!("`*` may only start or end a word, in `{part}`")));
            }
            if let Some(bad) = bare
                .chars()
                .find(|c| c.is_ascii_punctuation() && !matches!(c, '\'' | '-'))
            {
                self.position = start;
                return Err(self.error(format!(
                    "`{bad}` in `{part}` is not pattern syntax: use `word*` for endings, `[word]` for an optional word"
                )));
            }
            let tokens = (self.normalize)(bare);
            if tokens.is_empty() {
                self.position = start;
                return Err(self.error(format!("`{part}` has no letters or digits to match")));
            }
            let count = tokens.len();
            let literals = tokens
                .into_iter()
                .enumerate()
                .map(|(i, text)| Literal {
                    text,
                    prefix_wildcard: prefix_wildcard && i == 0,
                    suffix_wildcard: suffix_wildcard && i == count - 1,
                })
                .collect();
            alternatives.push(literals);
        }
        if alternatives.iter().all(|a| a.len() == 1) {
            return Ok(vec![Element::Token(
                alternatives.into_iter().map(|mut a| a.remove(0)).collect(),
            )]);
        }
        // Some alternative spans several tokens: a group of token sequences.
        Ok(vec![Element::Group(
            alternatives
                .into_iter()
                .map(|literals| {
                    literals
                        .into_iter()
                        .map(|l| Element::Token(vec![l]))
                        .collect()
                })
                .collect(),
        )])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_lowercase).collect()
    }

    fn matches(pattern: &str, stream: &str) -> bool {
        let regex = compile(pattern, &words).unwrap();
        regex::bytes::Regex::new(&regex)
            .unwrap()
            .is_match(stream.as_bytes())
    }

    #[test]
    fn a_word_matches_only_a_whole_token() {
        assert!(matches("busy", " i am busy "));
        assert!(!matches("busy", " i am busybody "));
    }

    #[test]
    fn a_star_matches_inflections() {
        assert!(matches("offer*", " we offered "));
        assert!(!matches("offer*", " a coffer "));
        assert!(matches("*ness", " kindness "));
    }

    #[test]
    fn a_gap_allows_a_few_words_between() {
        assert!(matches(
            "salary ~4 too low",
            " the salary you offered is far too low "
        ));
        assert!(!matches(
            "salary ~2 too low",
            " the salary you offered is far too low "
        ));
    }

    #[test]
    fn a_gap_never_crosses_a_sentence() {
        assert!(!matches("salary ~4 low", " the salary \n is low "));
    }

    #[test]
    fn optional_groups_and_alternatives() {
        assert!(matches("[way|far] too busy", " too busy "));
        assert!(matches("[way|far] too busy", " way too busy "));
        assert!(matches("(do not have|have no) time", " i have no time "));
        assert!(matches(
            "(do not have|have no) time",
            " i do not have time "
        ));
        assert!(!matches("(do not have|have no) time", " i have time "));
        assert!(matches(
            "(maybe|perhaps) (another|some other) time",
            " perhaps some other time "
        ));
        assert!(matches("busy|swamped", " swamped "));
    }

    fn concepts(name: &str) -> Option<Vec<String>> {
        match name {
            "pay" => Some(vec![
                "salary".into(),
                "pay [package]".into(),
                "@money".into(),
            ]),
            "money" => Some(vec!["compensation|remuneration".into()]),
            "low" => Some(vec!["low*".into(), "(below market)".into()]),
            "loop" => Some(vec!["@loop".into()]),
            "none" => Some(vec![]),
            _ => None,
        }
    }

    fn matches_with_concepts(pattern: &str, stream: &str) -> bool {
        let expanded = expand_concepts(pattern, &concepts).unwrap();
        matches(&expanded, stream)
    }

    #[test]
    fn a_concept_matches_any_of_its_entries_in_any_pattern_that_names_it() {
        assert!(matches_with_concepts("@pay ~3 @low", " the salary is low "));
        assert!(matches_with_concepts(
            "@pay ~3 @low",
            " the pay package is lower "
        ));
        assert!(matches_with_concepts(
            "@pay ~3 @low",
            " your remuneration is below market "
        ));
        assert!(!matches_with_concepts(
            "@pay ~3 @low",
            " the team is small "
        ));
    }

    #[test]
    fn unknown_empty_and_cyclic_concepts_are_refused_with_a_position() {
        for bad in ["the @wage", "@none is low", "@loop", "a @ b"] {
            let error = expand_concepts(bad, &concepts).unwrap_err();
            assert_eq!(error.position, bad.find('@').unwrap(), "{bad}: {error}");
        }
    }

    #[test]
    fn malformed_patterns_are_refused_with_a_position() {
        for bad in [
            "(a|b", "a]", "~", "~12 a", "a||b", "**", "[]", "~3", "roles?", "a,b",
        ] {
            assert!(compile(bad, &words).is_err(), "{bad}");
        }
    }
}

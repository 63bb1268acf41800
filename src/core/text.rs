//! Caller text that can only exist once it is safe to put in a letter.
//!
//! Every string a caller sends goes through [`BoundedText::parse`]: it is trimmed, must not be
//! blank, fits its documented maximum (counted in Unicode code points, as JSON Schema's
//! `maxLength` counts), and holds no line breaks, control characters or bidirectional
//! formatting characters. Once a value exists it is valid; nothing downstream checks again.

use std::fmt;

/// Why a caller's string was refused. The HTTP layer turns this into a problem detail.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("must not be blank")]
    Blank,
    #[error("must be at most {max} characters long, got {actual}")]
    TooLong { max: usize, actual: usize },
    #[error("must be a single line: line breaks are not allowed")]
    LineBreak,
    #[error("must not contain control characters (found U+{0:04X})")]
    ControlCharacter(u32),
    #[error("must not contain bidirectional formatting characters (found U+{0:04X})")]
    BidiControl(u32),
}

impl TextError {
    /// The stable machine-readable code of this error, used in `errors[].code`.
    pub fn code(&self) -> &'static str {
        match self {
            TextError::Blank => "blank",
            TextError::TooLong { .. } => "too_long",
            TextError::LineBreak => "line_break",
            TextError::ControlCharacter(_) => "control_character",
            TextError::BidiControl(_) => "bidi_control",
        }
    }
}

/// A single line of caller text, at most `MAX` code points long.
#[derive(Clone, PartialEq, Eq)]
pub struct BoundedText<const MAX: usize>(String);

/// A person's name: the sender, the recipient, or a referred colleague.
pub type PersonName = BoundedText<100>;
/// A short noun phrase: an organization, a job title, a proposed time.
pub type ShortText = BoundedText<120>;
/// A longer phrase: an event, a topic, contact details.
pub type MediumText = BoundedText<200>;
/// A clause the caller writes themself: a detail to praise, their own reason.
pub type LongText = BoundedText<300>;

impl<const MAX: usize> BoundedText<MAX> {
    /// The maximum length in Unicode code points.
    pub const MAX_CHARS: usize = MAX;

    pub fn parse(raw: &str) -> Result<Self, TextError> {
        check_single_line(raw)?;
        let actual = raw.chars().count();
        if actual > MAX {
            return Err(TextError::TooLong { max: MAX, actual });
        }
        let trimmed = raw.trim_matches(is_ecma_whitespace);
        if trimmed.is_empty() {
            return Err(TextError::Blank);
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> AsRef<str> for BoundedText<MAX> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> fmt::Debug for BoundedText<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<const MAX: usize> fmt::Display for BoundedText<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Refuses line breaks, control characters and bidirectional formatting characters.
pub fn check_single_line(raw: &str) -> Result<(), TextError> {
    for c in raw.chars() {
        if is_line_break(c) {
            return Err(TextError::LineBreak);
        }
        if c.is_control() {
            return Err(TextError::ControlCharacter(c as u32));
        }
        if is_bidi_control(c) {
            return Err(TextError::BidiControl(c as u32));
        }
    }
    Ok(())
}

/// Refuses blank text, control characters other than line breaks and tabs, and bidirectional
/// formatting characters: the rules for multi-line text such as a message sent for a tone
/// check.
pub fn check_multi_line(raw: &str) -> Result<(), TextError> {
    if raw.chars().all(is_ecma_whitespace) {
        return Err(TextError::Blank);
    }
    for c in raw.chars() {
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t') {
            return Err(TextError::ControlCharacter(c as u32));
        }
        if is_bidi_control(c) {
            return Err(TextError::BidiControl(c as u32));
        }
    }
    Ok(())
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the text around
/// them, so a name could make a letter read differently from what it says. Marks (LRM, RLM,
/// ALM) only nudge neutral characters and are allowed.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whitespace as ECMAScript's `\s` defines it, so that "blank" means the same here as in the
/// pattern the OpenAPI document publishes.
pub fn is_ecma_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// The JSON Schema `pattern` of a single-line field: at least one character that is not
/// whitespace, and none of the refused characters. Kept beside the checks it mirrors.
pub const SINGLE_LINE_PATTERN: &str = r"^[^\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]*[^\s\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069][^\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]*$";

/// The JSON Schema `pattern` of multi-line text: at least one character that is not
/// whitespace; line breaks and tabs allowed, other control and bidirectional formatting
/// characters refused.
pub const MULTI_LINE_PATTERN: &str = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*[^\s\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069][^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_name_is_accepted_and_trimmed() {
        let name = PersonName::parse("  Alex Kim ").unwrap();
        assert_eq!(name.as_str(), "Alex Kim");
    }

    #[test]
    fn template_and_fluent_syntax_are_kept_as_written() {
        for raw in ["{{ 7*7 }}", "{ $x }", "{% if %}", "{-term}"] {
            assert_eq!(PersonName::parse(raw).unwrap().as_str(), raw);
        }
    }

    #[test]
    fn blank_text_is_refused() {
        assert_eq!(PersonName::parse("   "), Err(TextError::Blank));
        assert_eq!(PersonName::parse(""), Err(TextError::Blank));
        assert_eq!(PersonName::parse("\u{3000}"), Err(TextError::Blank));
    }

    #[test]
    fn length_counts_code_points_not_bytes() {
        let hundred_kanji = "名".repeat(100);
        assert!(PersonName::parse(&hundred_kanji).is_ok());
        let too_long = "名".repeat(101);
        assert_eq!(
            PersonName::parse(&too_long),
            Err(TextError::TooLong {
                max: 100,
                actual: 101
            })
        );
    }

    #[test]
    fn line_breaks_control_and_bidi_characters_are_refused() {
        assert_eq!(PersonName::parse("Alex\nKim"), Err(TextError::LineBreak));
        assert_eq!(
            PersonName::parse("Alex\u{2028}Kim"),
            Err(TextError::LineBreak)
        );
        assert_eq!(
            PersonName::parse("Alex\u{0}"),
            Err(TextError::ControlCharacter(0))
        );
        assert_eq!(
            PersonName::parse("Alex\tKim"),
            Err(TextError::ControlCharacter(9))
        );
        assert_eq!(
            PersonName::parse("\u{202E}kiM"),
            Err(TextError::BidiControl(0x202E))
        );
        assert_eq!(
            PersonName::parse("a\u{2066}b"),
            Err(TextError::BidiControl(0x2066))
        );
    }

    #[test]
    fn bidi_marks_are_allowed() {
        assert!(PersonName::parse("\u{200F}سارة").is_ok());
    }

    #[test]
    fn the_published_pattern_agrees_with_the_checks() {
        let translated = translate_ecma_pattern(SINGLE_LINE_PATTERN);
        let regex = regex::Regex::new(&translated).unwrap();
        for sample in [
            "Alex",
            " a ",
            "",
            "   ",
            "a\nb",
            "a\u{202E}",
            "名前",
            "\u{3000}x",
            "\u{85}",
        ] {
            let ours = PersonName::parse(sample).is_ok() || sample.chars().count() > 100;
            assert_eq!(regex.is_match(sample), ours, "sample {sample:?}");
        }
    }

    #[test]
    fn the_published_multi_line_pattern_agrees_with_the_checks() {
        let regex = regex::Regex::new(&translate_ecma_pattern(MULTI_LINE_PATTERN)).unwrap();
        for sample in [
            "Thanks.",
            "Hi Jordan,\n\nThanks.\n",
            "",
            " ",
            "\n\t \r\n",
            "\u{3000}\u{FEFF}",
            "a\u{202E}",
            "a\u{0B}b",
            "\u{85}",
            "\tx",
        ] {
            let ours = check_multi_line(sample).is_ok();
            assert_eq!(regex.is_match(sample), ours, "sample {sample:?}");
        }
        assert_eq!(check_multi_line(" \n\t"), Err(TextError::Blank));
    }

    /// `\uXXXX` → `\x{XXXX}`, and `\s` → ECMAScript's whitespace set.
    fn translate_ecma_pattern(pattern: &str) -> String {
        let ecma_space = r"\t\n\x{0B}\x{0C}\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}";
        let mut out = String::new();
        let mut chars = pattern.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' && chars.peek() == Some(&'u') {
                chars.next();
                let hex: String = chars.by_ref().take(4).collect();
                out.push_str(&format!(r"\x{{{hex}}}"));
            } else if c == '\\' && chars.peek() == Some(&'s') {
                chars.next();
                out.push_str(ecma_space);
            } else {
                out.push(c);
                if c == '\\' {
                    out.push(chars.next().unwrap());
                }
            }
        }
        out
    }
}

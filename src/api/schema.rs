//! OpenAPI schemas of the caller's text fields: their limits and forbidden characters come
//! from the same constants the parser enforces.

use std::borrow::Cow;

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};

use crate::core::negotiate::LANGUAGE_TAG_PATTERN;
use crate::core::text::{
    LongText, MULTI_LINE_PATTERN, MediumText, PersonName, SINGLE_LINE_PATTERN, ShortText,
};

fn single_line(max: usize, description: &str) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(1))
        .max_length(Some(max))
        .pattern(Some(SINGLE_LINE_PATTERN))
        .description(Some(format!(
            "{description} One line of at most {max} characters (Unicode code points), not blank, \
             with no line breaks, control characters or bidirectional formatting characters \
             (U+202A–U+202E, U+2066–U+2069). Leading and trailing spaces are trimmed."
        )))
        .into()
}

macro_rules! text_schema {
    ($name:ident, $max:expr, $description:literal) => {
        #[doc = $description]
        pub struct $name;

        impl utoipa::PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                single_line($max, $description)
            }
        }

        impl utoipa::ToSchema for $name {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }
        }
    };
}

text_schema!(
    PersonNameText,
    PersonName::MAX_CHARS,
    "A person's name, inserted as written."
);
text_schema!(
    ShortPhrase,
    ShortText::MAX_CHARS,
    "A short phrase, inserted as written."
);
text_schema!(
    Phrase,
    MediumText::MAX_CHARS,
    "A phrase, inserted as written."
);
text_schema!(
    Clause,
    LongText::MAX_CHARS,
    "A clause, inserted as written; a final full stop is dropped."
);

/// A BCP 47 language tag such as `de`, `pt-BR` or `de-AT`.
pub struct LanguageTag;

impl utoipa::PartialSchema for LanguageTag {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .max_length(Some(35))
            .pattern(Some(LANGUAGE_TAG_PATTERN))
            .description(Some(
                "A BCP 47 language tag such as `de`, `pt-BR` or `de-AT`. A tag without a pack of \
                 its own falls back (`de-AT` → `de`, `pt` → `pt-BR`, otherwise `en`); the \
                 response says so.",
            ))
            .examples([serde_json::json!("en")])
            .into()
    }
}

impl utoipa::ToSchema for LanguageTag {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("LanguageTag")
    }
}

/// Text to check: any length up to the limit, several lines allowed.
pub struct CheckedText;

/// The longest text `/v1/tone-checks` accepts, in code points.
pub const CHECKED_TEXT_MAX: usize = 10_000;

impl utoipa::PartialSchema for CheckedText {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .max_length(Some(CHECKED_TEXT_MAX))
            .pattern(Some(MULTI_LINE_PATTERN))
            .description(Some(format!(
                "The message to check, at most {CHECKED_TEXT_MAX} characters (Unicode code points). \
                 Line breaks and tabs are allowed; other control characters and bidirectional \
                 formatting characters are not."
            )))
            .into()
    }
}

impl utoipa::ToSchema for CheckedText {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("CheckedText")
    }
}

//! `POST /v1/tone-checks` and the tone report every decline carries.

use serde::Serialize;
use serde_json::Value;

use super::fields::{FieldError, ObjectReader, json_type, shorten};
use super::schema::{CHECKED_TEXT_MAX, CheckedText, LanguageTag};
use crate::core::negotiate::is_language_tag;
use crate::core::text::check_multi_line;
use crate::core::tone::{Checklist, Finding, ToneReport};

/// Text to check, in a pack's language.
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(
    example = json!({
        "text": "Hi Jordan,\n\nThanks for the call. I'm too busy right now and the salary you offered is far too low. Maybe another time.\n\nBest,\nAlex",
        "locale": "en"
    })
)]
pub struct ToneCheckRequestBody {
    /// The message to check: any text, greeting and sign-off included.
    pub text: CheckedText,
    /// The pack whose rules apply. Without it, `Accept-Language` decides, else `en`.
    pub locale: Option<LanguageTag>,
    /// Rules to skip, by id.
    #[schema(max_items = 32, value_type = Option<Vec<RuleId>>)]
    pub disabled_rules: Option<Vec<String>>,
}

/// The id of a tone rule: one of the rules every pack defines.
#[derive(utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RuleId {
    NegativeLanguage,
    PresumptuousFit,
    TooBusy,
    Noncommittal,
    Criticism,
    Oversharing,
    TooShort,
    TooLong,
    MissingGratitude,
    MissingDoorOpen,
}

/// The most rules a request may disable (more than any pack defines).
pub const DISABLED_RULES_MAX: usize = 32;

/// A parsed tone-check request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedToneCheck {
    pub text: String,
    pub locale: Option<String>,
    pub disabled_rules: Vec<String>,
}

/// Parses a tone-check request. `known_rules` are the rule ids any loaded pack defines.
pub fn parse_tone_check(
    body: &Value,
    known_rules: &[String],
) -> Result<ParsedToneCheck, Vec<FieldError>> {
    let mut errors = Vec::new();
    let Some(mut reader) = ObjectReader::new("", body, &mut errors) else {
        return Err(errors);
    };
    let text = reader.string("text", true, &mut errors).and_then(|text| {
        let count = text.chars().count();
        if count > CHECKED_TEXT_MAX {
            errors.push(FieldError::new(
                "/text",
                "too_long",
                format!("must be at most {CHECKED_TEXT_MAX} characters long, got {count}"),
            ));
            return None;
        }
        match check_multi_line(text) {
            Ok(()) => Some(text.to_owned()),
            Err(error) => {
                errors.push(FieldError::from_text_error("/text", &error));
                None
            }
        }
    });
    let locale = reader.string("locale", false, &mut errors).and_then(|tag| {
        if is_language_tag(tag) {
            Some(tag.to_owned())
        } else {
            errors.push(FieldError::new(
                "/locale",
                "invalid_locale",
                "must be a BCP 47 language tag such as `de` or `pt-BR`",
            ));
            None
        }
    });
    let mut disabled_rules = Vec::new();
    if let Some(value) = reader.value("disabled_rules", false, &mut errors) {
        match value {
            Value::Array(items) if items.len() > DISABLED_RULES_MAX => {
                errors.push(FieldError::new(
                    "/disabled_rules",
                    "too_many",
                    format!("at most {DISABLED_RULES_MAX} rules, got {}", items.len()),
                ))
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let field = format!("/disabled_rules/{i}");
                    match item {
                        Value::String(id) if known_rules.contains(id) => {
                            disabled_rules.push(id.clone())
                        }
                        Value::String(id) => errors.push(
                            FieldError::new(
                                field,
                                "unknown_value",
                                format!(
                                    "unknown rule {:?}; rules: {}",
                                    shorten(id),
                                    known_rules.join(", ")
                                ),
                            )
                            .with_allowed(known_rules.iter().cloned()),
                        ),
                        other => errors.push(FieldError::new(
                            field,
                            "invalid_type",
                            format!("expected a string, found {}", json_type(other)),
                        )),
                    }
                }
            }
            other => errors.push(FieldError::new(
                "/disabled_rules",
                "invalid_type",
                format!("expected an array, found {}", json_type(other)),
            )),
        }
    }
    reader.finish(&mut errors);
    match text {
        Some(text) if errors.is_empty() => Ok(ParsedToneCheck {
            text,
            locale,
            disabled_rules,
        }),
        _ => Err(errors),
    }
}

/// A tone report: what the checks found in a text, in a pack's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ToneReportBody {
    /// The pack whose rules and words were used.
    #[schema(example = "en")]
    pub locale: String,
    /// False when any finding has severity `error`.
    pub passed: bool,
    /// Sentences in the text, not counting the greeting and the sign-off.
    pub sentences: usize,
    /// What the rules found, in order of `offset`.
    pub findings: Vec<Finding>,
    /// Whether the text has what a good decline has.
    pub checklist: Checklist,
}

impl ToneReportBody {
    pub fn new(locale: &str, report: ToneReport) -> Self {
        ToneReportBody {
            locale: locale.to_owned(),
            passed: report.passed,
            sentences: report.sentences,
            findings: report.findings,
            checklist: report.checklist,
        }
    }
}

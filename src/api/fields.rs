//! Reading request JSON field by field: every problem becomes a [`FieldError`] naming the
//! field as a JSON pointer, and all of them are reported at once.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::core::text::{BoundedText, TextError};

/// One problem with one field of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The field, as a JSON pointer (RFC 6901) into the request body, or the query parameter.
    #[schema(example = "/sender/name")]
    pub field: String,
    /// A stable machine-readable code: `missing`, `invalid_type`, `unknown_field`,
    /// `unknown_value`, `blank`, `too_long`, `line_break`, `control_character`,
    /// `bidi_control`, `invalid_locale`, `too_many`.
    #[schema(example = "too_long")]
    pub code: String,
    /// What is wrong, for people.
    #[schema(example = "must be at most 100 characters long, got 140")]
    pub message: String,
    /// For `unknown_value` and `unknown_field`: the values or fields that are allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<String>>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            code: code.to_owned(),
            message: message.into(),
            allowed: None,
        }
    }

    pub fn with_allowed(mut self, allowed: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.allowed = Some(allowed.into_iter().map(Into::into).collect());
        self
    }

    pub fn from_text_error(field: impl Into<String>, error: &TextError) -> Self {
        FieldError::new(field, error.code(), error.to_string())
    }
}

/// Appends `key` to a JSON pointer, escaping `~` and `/` as RFC 6901 requires.
pub fn pointer(parent: &str, key: &str) -> String {
    format!("{parent}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// The JSON type of a value, for error messages.
pub fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Reads the fields of one JSON object; unread fields are reported as unknown by [`finish`].
///
/// [`finish`]: ObjectReader::finish
pub struct ObjectReader<'a> {
    pointer: String,
    object: &'a Map<String, Value>,
    known: Vec<&'static str>,
}

impl<'a> ObjectReader<'a> {
    /// Reads `value` as an object at `pointer`, or reports that it is not one.
    pub fn new(pointer: &str, value: &'a Value, errors: &mut Vec<FieldError>) -> Option<Self> {
        match value {
            Value::Object(object) => Some(ObjectReader {
                pointer: pointer.to_owned(),
                object,
                known: Vec::new(),
            }),
            other => {
                errors.push(FieldError::new(
                    pointer,
                    "invalid_type",
                    format!("expected an object, found {}", json_type(other)),
                ));
                None
            }
        }
    }

    pub fn field_pointer(&self, key: &str) -> String {
        pointer(&self.pointer, key)
    }

    /// The raw value of `key`, if present. `null` counts as absent, as the OpenAPI document
    /// allows for optional fields. `required` reports a missing field.
    pub fn value(
        &mut self,
        key: &'static str,
        required: bool,
        errors: &mut Vec<FieldError>,
    ) -> Option<&'a Value> {
        self.known.push(key);
        let value = self.object.get(key).filter(|value| !value.is_null());
        if value.is_none() && required {
            errors.push(FieldError::new(
                self.field_pointer(key),
                "missing",
                "is required",
            ));
        }
        value
    }

    /// A string field.
    pub fn string(
        &mut self,
        key: &'static str,
        required: bool,
        errors: &mut Vec<FieldError>,
    ) -> Option<&'a str> {
        match self.value(key, required, errors)? {
            Value::String(text) => Some(text),
            other => {
                errors.push(FieldError::new(
                    self.field_pointer(key),
                    "invalid_type",
                    format!("expected a string, found {}", json_type(other)),
                ));
                None
            }
        }
    }

    /// A single-line text field, validated into its bounded type.
    pub fn text<const MAX: usize>(
        &mut self,
        key: &'static str,
        required: bool,
        errors: &mut Vec<FieldError>,
    ) -> Option<BoundedText<MAX>> {
        let raw = self.string(key, required, errors)?;
        match BoundedText::<MAX>::parse(raw) {
            Ok(text) => Some(text),
            Err(error) => {
                errors.push(FieldError::from_text_error(self.field_pointer(key), &error));
                None
            }
        }
    }

    /// A field whose value is one of a closed set of names.
    pub fn one_of<T>(
        &mut self,
        key: &'static str,
        required: bool,
        parse: fn(&str) -> Option<T>,
        names: &[&str],
        errors: &mut Vec<FieldError>,
    ) -> Option<T> {
        let raw = self.string(key, required, errors)?;
        let parsed = parse(raw);
        if parsed.is_none() {
            errors.push(
                FieldError::new(
                    self.field_pointer(key),
                    "unknown_value",
                    format!(
                        "unknown value {:?}; allowed: {}",
                        shorten(raw),
                        names.join(", ")
                    ),
                )
                .with_allowed(names.iter().copied()),
            );
        }
        parsed
    }

    pub fn boolean(&mut self, key: &'static str, errors: &mut Vec<FieldError>) -> Option<bool> {
        match self.value(key, false, errors)? {
            Value::Bool(flag) => Some(*flag),
            other => {
                errors.push(FieldError::new(
                    self.field_pointer(key),
                    "invalid_type",
                    format!("expected a boolean, found {}", json_type(other)),
                ));
                None
            }
        }
    }

    /// A nested object field.
    pub fn object(
        &mut self,
        key: &'static str,
        required: bool,
        errors: &mut Vec<FieldError>,
    ) -> Option<ObjectReader<'a>> {
        let value = self.value(key, required, errors)?;
        ObjectReader::new(&self.field_pointer(key), value, errors)
    }

    /// Reports every field that was not read.
    pub fn finish(self, errors: &mut Vec<FieldError>) {
        for key in self.object.keys() {
            if !self.known.contains(&key.as_str()) {
                let mut allowed = self.known.clone();
                allowed.sort_unstable();
                errors.push(
                    FieldError::new(
                        pointer(&self.pointer, key),
                        "unknown_field",
                        format!(
                            "unknown field {:?}; known fields: {}",
                            shorten(key),
                            allowed.join(", ")
                        ),
                    )
                    .with_allowed(allowed),
                );
            }
        }
    }
}

/// Caller text echoed in a message is cut short, so an error never repeats a huge value.
pub fn shorten(text: &str) -> String {
    const LIMIT: usize = 40;
    if text.chars().count() <= LIMIT {
        text.to_owned()
    } else {
        text.chars().take(LIMIT).collect::<String>() + "…"
    }
}

//! The OpenAPI 3.1 document, generated from the handlers and types, with the rules across
//! fields that utoipa cannot express (a `reschedule` needs a `proposed_time`; each scenario's
//! kinds of invitation; a recipient is named) added as JSON Schema.

use serde_json::{Value, json};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::routes;
use crate::core::model::{Invitation, Scenario};
use crate::core::scenarios::ScenarioSpec;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Bowout",
        description = "Bowout writes polite, localized messages for declining a job interview, a press \
                       interview, a talk or panel, or an academic invitation — or for proposing a new \
                       time, answering a recruiter's follow-up, or keeping in touch afterwards — and \
                       checks their tone against the mistakes that burn bridges.\n\n\
                       Every error is an RFC 9457 problem (`application/problem+json`) whose `errors` \
                       name each field at fault as a JSON pointer.",
        license(name = "MIT", identifier = "MIT")
    ),
    paths(
        routes::post_declines,
        routes::post_tone_checks,
        routes::get_scenarios,
        routes::get_locales,
        routes::get_rules,
        routes::healthz,
        routes::readyz,
        routes::metrics,
        routes::get_problem_type,
    ),
    modifiers(&ApiKeyScheme),
    components(schemas(crate::api::fields::FieldError)),
    tags(
        (name = "declines", description = "Writing messages."),
        (name = "tone", description = "Checking the tone of messages."),
        (name = "catalog", description = "What Bowout can write: scenarios and languages."),
        (name = "operations", description = "Health, readiness and error documentation."),
    )
)]
pub struct ApiDoc;

/// The bearer scheme of deployments that set `BOWOUT_API_KEYS`.
struct ApiKeyScheme;

impl Modify for ApiKeyScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_key",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An API key as `Authorization: Bearer <key>`, required when the server is \
                         configured with keys (`BOWOUT_API_KEYS`). Health, readiness, metrics and the \
                         documentation never need one.",
                    ))
                    .build(),
            ),
        );
    }
}

/// The document as JSON, ready to serve and to commit.
pub fn document() -> Value {
    let mut document = serde_json::to_value(ApiDoc::openapi()).expect("the document serializes");
    // What the parser checks across fields, in JSON Schema, so that generated clients and
    // contract tests know it: reschedule needs a proposed time, and each scenario allows its
    // own kinds of invitation.
    if let Some(schema) = document.pointer_mut("/components/schemas/DeclineRequestBody")
        && let Some(object) = schema.as_object_mut()
    {
        let mut rules = vec![json!({
            "if": { "properties": { "scenario": { "const": "reschedule" } }, "required": ["scenario"] },
            "then": {
                "required": ["proposed_time"],
                "properties": { "proposed_time": { "$ref": "#/components/schemas/ShortPhrase" } }
            }
        })];
        for &scenario in Scenario::ALL {
            let kinds = ScenarioSpec::of(scenario).invitations();
            if kinds.is_empty() || kinds.len() == Invitation::ALL.len() {
                continue;
            }
            let mut allowed: Vec<Value> = kinds.iter().map(|k| json!(k.as_str())).collect();
            allowed.push(Value::Null);
            rules.push(json!({
                "if": { "properties": { "scenario": { "const": scenario.as_str() } }, "required": ["scenario"] },
                "then": { "properties": { "invitation": { "enum": allowed } } }
            }));
        }
        // A recipient is named: by `name`, or by at least one of `given_name`, `family_name`.
        // (Here rather than on RecipientBody, so generated clients keep one recipient type.)
        let named = |field: &str| {
            json!({
                "required": [field],
                "properties": { field: { "$ref": "#/components/schemas/PersonNameText" } }
            })
        };
        rules.push(json!({
            "if": { "properties": { "recipient": { "type": "object" } }, "required": ["recipient"] },
            "then": {
                "properties": {
                    "recipient": { "anyOf": [named("name"), named("given_name"), named("family_name")] }
                }
            }
        }));
        object.insert("allOf".into(), Value::Array(rules));
    }
    document
}

/// The document as the pretty JSON committed at `openapi/openapi.json`: with the bearer
/// scheme that integrators of a deployment with keys need.
pub fn document_text() -> String {
    pretty(&document())
}

/// The document this server serves at `/openapi.json`: the committed one when it asks for
/// API keys; when it is open, without security requirements and without the 401 answers it
/// never gives, so that clients and contract tests are told the truth about it.
pub fn served_document_text(asks_for_keys: bool) -> String {
    let mut document = document();
    if !asks_for_keys {
        without_security(&mut document);
    }
    pretty(&document)
}

fn without_security(document: &mut Value) {
    if let Some(components) = document
        .get_mut("components")
        .and_then(Value::as_object_mut)
    {
        components.remove("securitySchemes");
    }
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for operation in paths
        .values_mut()
        .filter_map(Value::as_object_mut)
        .flat_map(|path| path.values_mut())
        .filter_map(Value::as_object_mut)
    {
        if operation.remove("security").is_some()
            && let Some(responses) = operation
                .get_mut("responses")
                .and_then(Value::as_object_mut)
        {
            responses.remove("401");
        }
    }
}

fn pretty(document: &Value) -> String {
    let mut text = serde_json::to_string_pretty(document).expect("the document serializes");
    text.push('\n');
    text
}

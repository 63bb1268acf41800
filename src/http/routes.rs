//! The handlers: extract, parse, call the core, answer. Each handler's doc comment's first
//! line is its OpenAPI summary.

use std::sync::Arc;

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;

use super::body::JsonBody;
use super::observe::Metrics;
use super::problem::{ApiError, Problem, ProblemKind};
use crate::api::catalog::{LocaleList, RuleList, ScenarioList};
use crate::api::declines::{DeclineRequestBody, DeclineResponse, parse_decline};
use crate::api::fields::FieldError;
use crate::api::tone::{ToneCheckRequestBody, ToneReportBody, parse_tone_check};
use crate::core::Engine;
use crate::core::i18n::Pack;
use crate::core::negotiate::{Negotiated, is_language_tag, parse_accept_language};

/// What every handler shares.
pub struct AppState {
    pub engine: Arc<Engine>,
    /// The OpenAPI document, serialized once.
    pub openapi: String,
}

/// The caller's language preferences: the body's `locale`, else `Accept-Language`.
fn preferences(request: &HttpRequest, locale: Option<String>) -> Vec<String> {
    match locale {
        Some(tag) => vec![tag],
        None => request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(parse_accept_language)
            .unwrap_or_default(),
    }
}

/// A JSON answer in `pack`'s language: `Content-Language`, and `Vary: Accept-Language` since
/// the header may have chosen it.
fn localized<T: Serialize>(pack: &Pack, body: &T) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((
            header::CONTENT_LANGUAGE,
            HeaderValue::from_str(&pack.tag).expect("a tag is a valid header"),
        ))
        .insert_header((header::VARY, "Accept-Language"))
        .json(body)
}

/// Write a message declining an invitation, and check its tone.
///
/// Composes the subject and body for the scenario, reason and tone in the negotiated
/// language, then runs the language's tone checks on the body. Fields the scenario does not
/// use are listed in `ignored_fields`.
#[utoipa::path(
    post,
    path = "/v1/declines",
    security(("api_key" = [])),
    tag = "declines",
    request_body(content = DeclineRequestBody, content_type = "application/json"),
    params(("Accept-Language" = Option<String>, Header, description = "Languages the caller prefers, used when the body has no `locale`.", example = "de-AT, de;q=0.9, en;q=0.5")),
    responses(
        (status = 401, description = "An API key is required and was missing or wrong (only when the server is configured with keys).", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "The message, in the language named by `locale` and `Content-Language`.", body = DeclineResponse,
         headers(("Content-Language" = String, description = "The language of the message."))),
        (status = 400, description = "The body is not valid JSON.", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the limit (16 KiB by default).", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not `application/json`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The request is not valid; `errors` names each field at fault.", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn post_declines(
    state: web::Data<AppState>,
    metrics: web::Data<Metrics>,
    request: HttpRequest,
    body: JsonBody,
) -> Result<HttpResponse, ApiError> {
    let parsed = parse_decline(&body.0).map_err(ApiError::invalid)?;
    let engine = &state.engine;
    let (pack, negotiated) = engine
        .packs
        .negotiate(&preferences(&request, parsed.locale));
    let decline = engine.decline(&parsed.request, pack).map_err(|error| {
        // Packs and templates are checked at start-up and in CI; this is a bug, not the caller's.
        ApiError::new(
            ProblemKind::Internal,
            format!("The message could not be composed: {error}"),
        )
    })?;
    let Negotiated {
        requested,
        fallback,
        ..
    } = negotiated;
    metrics.decline(parsed.request.scenario.as_str(), &pack.tag);
    for finding in &decline.tone.findings {
        metrics.finding(&finding.rule, &pack.tag);
    }
    let response = DeclineResponse {
        scenario: parsed.request.scenario,
        reason: parsed.request.reason,
        tone: parsed.request.tone,
        locale: pack.tag.clone(),
        requested_locale: requested,
        locale_fallback: fallback,
        subject: decline.letter.subject,
        body: decline.letter.body,
        tone_check: ToneReportBody::new(&pack.tag, decline.tone),
        ignored_fields: parsed.ignored_fields,
    };
    Ok(localized(pack, &response))
}

/// Check the tone of a message.
///
/// Runs the language's tone rules on any text: negative or presumptuous phrasing, "too
/// busy", noncommittal lines, criticism, oversharing, length, missing thanks or door-open
/// line. Offsets and lengths count Unicode code points.
#[utoipa::path(
    post,
    path = "/v1/tone-checks",
    security(("api_key" = [])),
    tag = "tone",
    request_body(content = ToneCheckRequestBody, content_type = "application/json"),
    params(("Accept-Language" = Option<String>, Header, description = "Languages the caller prefers, used when the body has no `locale`.")),
    responses(
        (status = 401, description = "An API key is required and was missing or wrong (only when the server is configured with keys).", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "The tone report.", body = ToneReportBody,
         headers(("Content-Language" = String, description = "The language of the rules and messages."))),
        (status = 400, description = "The body is not valid JSON.", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the limit.", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not `application/json`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The request is not valid; `errors` names each field at fault.", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn post_tone_checks(
    state: web::Data<AppState>,
    metrics: web::Data<Metrics>,
    request: HttpRequest,
    body: JsonBody,
) -> Result<HttpResponse, ApiError> {
    let engine = &state.engine;
    let parsed = parse_tone_check(&body.0, engine.packs.rule_ids()).map_err(ApiError::invalid)?;
    let (pack, _) = engine
        .packs
        .negotiate(&preferences(&request, parsed.locale));
    let disabled: Vec<&str> = parsed.disabled_rules.iter().map(String::as_str).collect();
    let report = engine.check_tone(&parsed.text, pack, &disabled);
    for finding in &report.findings {
        metrics.finding(&finding.rule, &pack.tag);
    }
    Ok(localized(pack, &ToneReportBody::new(&pack.tag, report)))
}

/// List the scenarios, with the fields, reasons and tones each accepts.
#[utoipa::path(
    get,
    path = "/v1/scenarios",
    security(("api_key" = [])),
    tag = "catalog",
    responses(
        (status = 200, description = "Every scenario.", body = ScenarioList),
        (status = 401, description = "An API key is required and was missing or wrong (only when the server is configured with keys).", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_scenarios() -> HttpResponse {
    HttpResponse::Ok().json(ScenarioList::build())
}

/// List the languages, with their direction and completeness.
#[utoipa::path(
    get,
    path = "/v1/locales",
    security(("api_key" = [])),
    tag = "catalog",
    responses(
        (status = 200, description = "Every language pack.", body = LocaleList),
        (status = 401, description = "An API key is required and was missing or wrong (only when the server is configured with keys).", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_locales(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(LocaleList::build(&state.engine.packs))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RulesQuery {
    /// The pack whose rules to list (BCP 47). Without it, `Accept-Language` decides, else `en`.
    #[param(value_type = Option<String>, max_length = 35, pattern = "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$", example = "de")]
    pub locale: Option<String>,
}

/// List the tone rules of a language.
#[utoipa::path(
    get,
    path = "/v1/rules",
    security(("api_key" = [])),
    tag = "tone",
    params(RulesQuery),
    responses(
        (status = 401, description = "An API key is required and was missing or wrong (only when the server is configured with keys).", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "The pack's rules, described in its language.", body = RuleList,
         headers(("Content-Language" = String, description = "The language of the descriptions."))),
        (status = 422, description = "`locale` is not a language tag.", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_rules(
    state: web::Data<AppState>,
    request: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let locale = query_value(request.query_string(), "locale");
    if let Some(tag) = &locale
        && !is_language_tag(tag)
    {
        return Err(ApiError::invalid(vec![FieldError::new(
            "locale",
            "invalid_locale",
            "must be a BCP 47 language tag such as `de` or `pt-BR`",
        )]));
    }
    let packs = &state.engine.packs;
    let (pack, _) = packs.negotiate(&preferences(&request, locale));
    Ok(localized(pack, &RuleList::build(packs, pack)))
}

/// The first value of `name` in a query string, percent-decoded.
fn query_value(query: &str, name: &str) -> Option<String> {
    web::Query::<Vec<(String, String)>>::from_query(query)
        .ok()
        .and_then(|pairs| {
            pairs
                .0
                .into_iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value)
        })
}

/// The answer of the health endpoints.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Health {
    /// `ok` for liveness, `ready` for readiness.
    #[schema(example = "ok")]
    pub status: &'static str,
}

/// Liveness: the process is up.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "operations",
    responses((status = 200, description = "The process is up.", body = Health))
)]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(Health { status: "ok" })
}

/// Readiness: packs and templates are loaded and requests are served.
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "operations",
    responses((status = 200, description = "Ready to serve.", body = Health))
)]
pub async fn readyz() -> HttpResponse {
    HttpResponse::Ok().json(Health { status: "ready" })
}

/// Swagger UI lives at `/docs/`; its relative asset paths need the trailing slash.
pub async fn docs_redirect() -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header((header::LOCATION, "/docs/"))
        .finish()
}

/// Prometheus metrics: requests by route and status, latency, declines by scenario and
/// language, tone findings by rule.
#[utoipa::path(
    get,
    path = "/metrics",
    tag = "operations",
    responses((status = 200, description = "The Prometheus text exposition format.", body = String, content_type = "text/plain; version=0.0.4"))
)]
pub async fn metrics(metrics: web::Data<Metrics>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(metrics.render())
}

/// The OpenAPI document.
pub async fn openapi_json(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(state.openapi.clone())
}

/// The description of a problem type.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ProblemType {
    /// The problem's `type` URI.
    #[serde(rename = "type")]
    pub type_uri: String,
    /// Its short summary.
    pub title: String,
    /// The HTTP status it comes with.
    pub status: u16,
}

/// Describe a problem type (the `type` of an error response).
#[utoipa::path(
    get,
    path = "/problems/{slug}",
    tag = "operations",
    params(("slug" = String, Path, description = "The last segment of a problem's `type`.", example = "validation-failed")),
    responses(
        (status = 200, description = "The problem type.", body = ProblemType),
        (status = 404, description = "No such problem type.", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_problem_type(slug: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let kind = ProblemKind::from_slug(&slug).ok_or_else(|| {
        ApiError::new(
            ProblemKind::NotFound,
            format!("There is no problem type `{slug}`."),
        )
    })?;
    Ok(HttpResponse::Ok().json(ProblemType {
        type_uri: kind.type_uri(),
        title: kind.title().to_owned(),
        status: kind.status().as_u16(),
    }))
}

/// Unknown routes: 404 as a problem.
pub async fn not_found(request: HttpRequest) -> Result<HttpResponse, ApiError> {
    Err(ApiError::new(
        ProblemKind::NotFound,
        format!("There is nothing at `{}`.", request.path()),
    ))
}

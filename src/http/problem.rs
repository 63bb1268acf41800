//! One error shape for every failure: RFC 9457 `application/problem+json`.
//!
//! [`ProblemKind`] is the single table of what can go wrong, with its status, type and title.
//! Handlers return [`ApiError`]; the framework's own errors (unknown route, wrong method) are
//! turned into the same shape by [`to_problem`].

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

use crate::api::fields::FieldError;

pub const PROBLEM_JSON: &str = "application/problem+json";

macro_rules! problem_kinds {
    ($($kind:ident => $status:ident, $slug:literal, $title:literal;)+) => {
        /// Everything that can go wrong with a request.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ProblemKind {
            $($kind,)+
        }

        impl ProblemKind {
            pub const ALL: &'static [ProblemKind] = &[$(ProblemKind::$kind,)+];

            pub fn status(self) -> StatusCode {
                match self {
                    $(ProblemKind::$kind => StatusCode::$status,)+
                }
            }

            /// The last segment of the problem's `type` URI.
            pub fn slug(self) -> &'static str {
                match self {
                    $(ProblemKind::$kind => $slug,)+
                }
            }

            pub fn title(self) -> &'static str {
                match self {
                    $(ProblemKind::$kind => $title,)+
                }
            }
        }
    };
}

problem_kinds! {
    MalformedJson => BAD_REQUEST, "malformed-json", "The request body is not valid JSON";
    Unauthorized => UNAUTHORIZED, "unauthorized", "A valid API key is required";
    NotFound => NOT_FOUND, "not-found", "No such resource";
    MethodNotAllowed => METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed on this resource";
    PayloadTooLarge => PAYLOAD_TOO_LARGE, "payload-too-large", "The request body is too large";
    UnsupportedMediaType => UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "The request body must be JSON";
    ValidationFailed => UNPROCESSABLE_ENTITY, "validation-failed", "The request is not valid";
    ServiceUnavailable => SERVICE_UNAVAILABLE, "service-unavailable", "The service is shutting down";
    Internal => INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side";
}

impl ProblemKind {
    /// The problem's `type`: a URI reference that resolves to its documentation.
    pub fn type_uri(self) -> String {
        format!("/problems/{}", self.slug())
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.slug() == slug)
    }

    fn from_status(status: StatusCode) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.status() == status)
    }
}

/// An RFC 9457 problem detail.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(example = json!({
    "type": "/problems/validation-failed",
    "title": "The request is not valid",
    "status": 422,
    "detail": "1 field is not valid.",
    "errors": [{"field": "/sender/name", "code": "too_long", "message": "must be at most 100 characters long, got 140"}]
}))]
pub struct Problem {
    /// A URI reference identifying the kind of problem; `GET` it for its description.
    #[serde(rename = "type")]
    #[schema(example = "/problems/validation-failed")]
    pub type_uri: String,
    /// A short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    #[schema(example = 422)]
    pub status: u16,
    /// What went wrong with this request.
    pub detail: String,
    /// The fields at fault, for 422.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// The error every handler and extractor returns.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub kind: ProblemKind,
    pub detail: String,
    pub errors: Vec<FieldError>,
}

impl ApiError {
    pub fn new(kind: ProblemKind, detail: impl Into<String>) -> Self {
        ApiError {
            kind,
            detail: detail.into(),
            errors: Vec::new(),
        }
    }

    /// 422 naming every field at fault.
    pub fn invalid(errors: Vec<FieldError>) -> Self {
        let detail = match errors.len() {
            1 => format!("{} {}.", errors[0].field_label(), errors[0].message),
            n => format!("{n} fields are not valid; see `errors`."),
        };
        ApiError {
            kind: ProblemKind::ValidationFailed,
            detail,
            errors,
        }
    }

    pub fn problem(&self) -> Problem {
        Problem {
            type_uri: self.kind.type_uri(),
            title: self.kind.title().to_owned(),
            status: self.kind.status().as_u16(),
            detail: self.detail.clone(),
            errors: self.errors.clone(),
        }
    }
}

impl FieldError {
    /// How a field is named in a sentence: `/sender/name` as is, the body as "The body".
    fn field_label(&self) -> String {
        if self.field.is_empty() {
            "The request body".to_owned()
        } else {
            format!("`{}`", self.field)
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.title(), self.detail)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.kind.status()
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        problem_response(&self.problem())
    }
}

pub fn problem_response(problem: &Problem) -> HttpResponse<BoxBody> {
    let body = serde_json::to_vec(problem).expect("a problem serializes");
    HttpResponse::build(
        StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
    )
    .insert_header((header::CONTENT_TYPE, PROBLEM_JSON))
    .body(body)
}

/// Middleware hook: any error response that is not already a problem (the framework's 404
/// and 405, an extractor's error) becomes one, keeping its status and headers (`Allow`).
pub fn to_problem<B: MessageBody + 'static>(
    response: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(PROBLEM_JSON.as_bytes()));
    if is_problem {
        return Ok(ErrorHandlerResponse::Response(
            response.map_into_left_body(),
        ));
    }
    let status = response.status();
    let kind = ProblemKind::from_status(status);
    let detail = match kind {
        Some(ProblemKind::NotFound) => {
            format!("There is nothing at `{}`.", response.request().path())
        }
        Some(ProblemKind::MethodNotAllowed) => {
            let allow = response
                .headers()
                .get(header::ALLOW)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            format!(
                "`{}` does not accept {}; allowed: {allow}.",
                response.request().path(),
                response.request().method()
            )
        }
        _ => status.canonical_reason().unwrap_or("Error").to_owned(),
    };
    // A status the table does not know is an HTTP status and nothing more: RFC 9457's
    // `about:blank`, titled by the status.
    let (type_uri, title) = match kind {
        Some(kind) => (kind.type_uri(), kind.title().to_owned()),
        None => (
            "about:blank".to_owned(),
            status.canonical_reason().unwrap_or("Error").to_owned(),
        ),
    };
    let problem = Problem {
        type_uri,
        title,
        status: status.as_u16(),
        detail,
        errors: Vec::new(),
    };
    let (request, mut old) = response.into_parts();
    let mut replacement = problem_response(&problem);
    for (name, value) in old.headers_mut().drain() {
        if let Some(name) = name
            && name != header::CONTENT_TYPE
            && name != header::CONTENT_LENGTH
        {
            replacement.headers_mut().insert(name, value);
        }
    }
    replacement
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(request, replacement).map_into_right_body(),
    ))
}

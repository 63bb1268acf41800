//! The JSON body extractor: content type, size limit and syntax, each failing as a problem.

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::StreamExt;
use futures_util::future::LocalBoxFuture;
use serde_json::Value;

use super::problem::{ApiError, ProblemKind};

/// The largest body accepted, in bytes (`--body-limit`).
#[derive(Debug, Clone, Copy)]
pub struct BodyLimit(pub usize);

/// A request body that is JSON: `application/json` or any `application/*+json`.
#[derive(Debug)]
pub struct JsonBody(pub Value);

impl FromRequest for JsonBody {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let limit = request
            .app_data::<web::Data<BodyLimit>>()
            .map_or(16 * 1024, |l| l.0);
        let content_type = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !is_json(content_type) {
            let found = if content_type.is_empty() {
                "no content type".to_owned()
            } else {
                format!("`{content_type}`")
            };
            let error = ApiError::new(
                ProblemKind::UnsupportedMediaType,
                format!("Send the body as `application/json`; the request had {found}."),
            );
            return Box::pin(async move { Err(error) });
        }
        let declared = request
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        if let Some(length) = declared
            && length > limit
        {
            return Box::pin(async move { Err(too_large(limit)) });
        }
        let mut payload = payload.take();
        Box::pin(async move {
            let mut body = web::BytesMut::with_capacity(declared.unwrap_or(1024).min(limit));
            while let Some(chunk) = payload.next().await {
                let chunk = chunk.map_err(|e| {
                    ApiError::new(
                        ProblemKind::MalformedJson,
                        format!("The body could not be read: {e}."),
                    )
                })?;
                if body.len() + chunk.len() > limit {
                    return Err(too_large(limit));
                }
                body.extend_from_slice(&chunk);
            }
            serde_json::from_slice(&body)
                .map(JsonBody)
                .map_err(|error| {
                    ApiError::new(
                        ProblemKind::MalformedJson,
                        format!("The body is not valid JSON: {error}."),
                    )
                })
        })
    }
}

fn too_large(limit: usize) -> ApiError {
    ApiError::new(
        ProblemKind::PayloadTooLarge,
        format!("The body must be at most {limit} bytes."),
    )
}

/// `application/json`, `application/problem+json` and the like, with any parameters, as long as
/// a charset, if named, is UTF-8.
fn is_json(content_type: &str) -> bool {
    let mut parts = content_type.split(';');
    let essence = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let json = essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"));
    let utf8 = parts.all(|parameter| match parameter.split_once('=') {
        Some((name, value)) if name.trim().eq_ignore_ascii_case("charset") => {
            value.trim().trim_matches('"').eq_ignore_ascii_case("utf-8")
        }
        _ => true,
    });
    json && utf8
}

#[cfg(test)]
mod tests {
    use super::is_json;

    #[test]
    fn json_content_types_are_recognized() {
        assert!(is_json("application/json"));
        assert!(is_json("application/json; charset=utf-8"));
        assert!(is_json("Application/JSON;charset=\"UTF-8\""));
        assert!(is_json("application/merge-patch+json"));
        assert!(!is_json("text/plain"));
        assert!(!is_json("application/json; charset=latin1"));
        assert!(!is_json(""));
    }
}

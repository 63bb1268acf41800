//! Access control for deployments that need it: API keys, compared in constant time.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::web;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::problem::{ApiError, ProblemKind};

/// The configured keys, kept as SHA-256 digests so every comparison takes the same time
/// whatever the key's length or content.
#[derive(Debug, Clone, Default)]
pub struct ApiKeys(Vec<[u8; 32]>);

impl ApiKeys {
    pub fn new(keys: &[String]) -> Self {
        ApiKeys(keys.iter().map(|key| digest(key)).collect())
    }

    pub fn is_enabled(&self) -> bool {
        !self.0.is_empty()
    }

    /// Whether `presented` is one of the keys. Every key is compared, matched or not.
    pub fn accepts(&self, presented: &str) -> bool {
        let presented = digest(presented);
        self.0
            .iter()
            .fold(0u8, |found, key| found | key.ct_eq(&presented).unwrap_u8())
            == 1
    }
}

fn digest(key: &str) -> [u8; 32] {
    Sha256::digest(key.as_bytes()).into()
}

/// Paths anyone may read: health for the orchestrator, metrics for the scraper, and the
/// documentation.
fn is_open(path: &str) -> bool {
    matches!(
        path,
        "/healthz" | "/readyz" | "/metrics" | "/openapi.json" | "/docs"
    ) || path.starts_with("/docs/")
        || path.starts_with("/problems/")
}

/// Middleware: when keys are configured, requests to the API need `Authorization: Bearer <key>`.
pub async fn require_api_key(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let keys = request.app_data::<web::Data<ApiKeys>>().cloned();
    let needs_key = keys.as_ref().is_some_and(|keys| keys.is_enabled()) && !is_open(request.path());
    if needs_key {
        let presented = request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        let accepted =
            presented.is_some_and(|key| keys.as_ref().is_some_and(|keys| keys.accepts(key)));
        if !accepted {
            let detail = if presented.is_some() {
                "The API key is not valid."
            } else {
                "Send an API key as `Authorization: Bearer <key>`."
            };
            let mut response = actix_web::ResponseError::error_response(&ApiError::new(
                ProblemKind::Unauthorized,
                detail,
            ));
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"bowout\""),
            );
            return Ok(request.into_response(response).map_into_right_body());
        }
    }
    Ok(next.call(request).await?.map_into_left_body())
}

#[cfg(test)]
mod tests {
    use super::ApiKeys;

    #[test]
    fn only_configured_keys_are_accepted() {
        let keys = ApiKeys::new(&[
            "first-key-0123456789".into(),
            "second-key-0123456789".into(),
        ]);
        assert!(keys.accepts("first-key-0123456789"));
        assert!(keys.accepts("second-key-0123456789"));
        assert!(!keys.accepts("first-key-012345678"));
        assert!(!keys.accepts(""));
        assert!(!ApiKeys::new(&[]).accepts("anything-at-all-really"));
    }
}

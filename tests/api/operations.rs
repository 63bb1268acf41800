//! Request ids, metrics, API keys and CORS.

use serde_json::json;

use crate::helpers::{job_interview, spawn_app, spawn_app_with};

#[tokio::test]
async fn a_plain_request_id_is_echoed_and_a_missing_or_unsafe_one_is_replaced() {
    let app = spawn_app().await;
    let sent = app
        .send(
            app.client
                .get(format!("{}/healthz", app.address))
                .header("x-request-id", "trace-42.a_b:c"),
        )
        .await;
    assert_eq!(sent.header("x-request-id"), Some("trace-42.a_b:c"));

    let generated = app.get("/healthz").await;
    let id = generated.header("x-request-id").unwrap();
    assert_eq!(id.len(), 36, "a UUID: {id}");

    let unsafe_id = app
        .send(
            app.client
                .get(format!("{}/healthz", app.address))
                .header("x-request-id", "a b\"c"),
        )
        .await;
    assert_ne!(unsafe_id.header("x-request-id"), Some("a b\"c"));
    let errors_too = app.get("/nowhere").await;
    assert!(errors_too.header("x-request-id").is_some());
}

#[tokio::test]
async fn metrics_count_requests_declines_and_tone_findings() {
    let app = spawn_app().await;
    app.post_declines(&job_interview()).await;
    app.post_json("/v1/tone-checks", &json!({"text": "I'm too busy."}))
        .await;
    let answer = app.get("/metrics").await;

    assert_eq!(answer.status, 200);
    assert!(
        answer
            .header("content-type")
            .unwrap()
            .starts_with("text/plain")
    );
    let text = answer.body.as_str().unwrap();
    for expected in [
        r#"bowout_http_requests_total{method="POST",route="/v1/declines",status="200"} 1"#,
        r#"bowout_declines_total{locale="en",scenario="job_interview"} 1"#,
        r#"bowout_tone_findings_total{locale="en",rule="too-busy"} 1"#,
        r#"bowout_http_request_duration_seconds_count{route="/v1/tone-checks"} 1"#,
    ] {
        assert!(text.contains(expected), "{expected} in\n{text}");
    }
}

const KEY: &str = "test-key-0123456789abcdef";

#[tokio::test]
async fn with_api_keys_the_api_needs_a_valid_bearer_key_but_health_stays_open() {
    let app = spawn_app_with(|settings| {
        settings.api_keys = vec![KEY.into(), "other-key-0123456789".into()]
    })
    .await;

    let anonymous = app.post_declines(&job_interview()).await;
    assert_eq!(anonymous.status, 401);
    assert_eq!(
        anonymous.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(
        anonymous.header("www-authenticate"),
        Some("Bearer realm=\"bowout\"")
    );
    assert_eq!(anonymous.body["type"], "/problems/unauthorized");

    let wrong = app
        .send(
            app.client
                .get(format!("{}/v1/scenarios", app.address))
                .bearer_auth("not-the-key-000000000"),
        )
        .await;
    assert_eq!(wrong.status, 401);

    let keyed = app
        .send(
            app.client
                .post(format!("{}/v1/declines", app.address))
                .bearer_auth(KEY)
                .json(&job_interview()),
        )
        .await;
    assert_eq!(keyed.status, 200);

    for open in [
        "/healthz",
        "/readyz",
        "/metrics",
        "/openapi.json",
        "/docs/",
        "/problems/unauthorized",
    ] {
        assert_eq!(app.get(open).await.status, 200, "{open}");
    }
}

#[tokio::test]
async fn without_configured_origins_no_cross_origin_access_is_granted() {
    let app = spawn_app().await;
    let answer = app
        .send(
            app.client
                .get(format!("{}/v1/scenarios", app.address))
                .header("origin", "https://evil.example"),
        )
        .await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("access-control-allow-origin"), None);
}

#[tokio::test]
async fn an_allowed_origin_gets_cors_headers_and_preflight_and_others_do_not() {
    let app =
        spawn_app_with(|settings| settings.cors_origins = vec!["https://app.example.com".into()])
            .await;

    let allowed = app
        .send(
            app.client
                .get(format!("{}/v1/scenarios", app.address))
                .header("origin", "https://app.example.com"),
        )
        .await;
    assert_eq!(
        allowed.header("access-control-allow-origin"),
        Some("https://app.example.com")
    );

    let preflight = app
        .send(
            app.client
                .request(
                    reqwest::Method::OPTIONS,
                    format!("{}/v1/declines", app.address),
                )
                .header("origin", "https://app.example.com")
                .header("access-control-request-method", "POST")
                .header(
                    "access-control-request-headers",
                    "content-type, authorization",
                ),
        )
        .await;
    assert_eq!(preflight.status, 200);
    assert_eq!(
        preflight.header("access-control-allow-origin"),
        Some("https://app.example.com")
    );

    let other = app
        .send(
            app.client
                .get(format!("{}/v1/scenarios", app.address))
                .header("origin", "https://evil.example"),
        )
        .await;
    assert_eq!(other.status, 200);
    assert_eq!(other.header("access-control-allow-origin"), None);
}

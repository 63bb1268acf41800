//! The OpenAPI document: committed, served, and in agreement with the code.

use serde_json::{Value, json};

use crate::helpers::spawn_app;

const COMMITTED: &str = include_str!("../../openapi/openapi.json");

/// The lines that differ between two texts, as a short unified-style listing.
fn line_diff(committed: &str, generated: &str) -> String {
    let (old, new): (Vec<&str>, Vec<&str>) =
        (committed.lines().collect(), generated.lines().collect());
    let mut out = Vec::new();
    for i in 0..old.len().max(new.len()) {
        match (old.get(i), new.get(i)) {
            (Some(a), Some(b)) if a == b => {}
            (a, b) => {
                out.push(format!(
                    "line {}:\n- {}\n+ {}",
                    i + 1,
                    a.unwrap_or(&"(none)"),
                    b.unwrap_or(&"(none)")
                ));
            }
        }
        if out.len() >= 10 {
            out.push("…".into());
            break;
        }
    }
    out.join("\n")
}

#[test]
fn the_committed_document_is_what_the_code_generates() {
    let generated = bowout::http::openapi::document_text();
    assert!(
        generated == COMMITTED,
        "openapi/openapi.json is out of date; regenerate it with\n\n    cargo run -- openapi > openapi/openapi.json\n\n{}",
        line_diff(COMMITTED, &generated)
    );
}

#[tokio::test]
async fn the_server_serves_the_document_at_openapi_json() {
    let app = spawn_app().await;
    let answer = app.get("/openapi.json").await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-type"), Some("application/json"));
    let committed: Value = serde_json::from_str(COMMITTED).unwrap();
    assert_eq!(answer.body, committed);
    assert_eq!(answer.body["openapi"], "3.1.0");
}

#[tokio::test]
async fn swagger_ui_is_served_at_docs() {
    let app = spawn_app().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let redirect = client
        .get(format!("{}/docs", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(redirect.status(), 308);
    assert_eq!(redirect.headers()["location"], "/docs/");

    let page = app.get("/docs/").await;
    assert_eq!(page.status, 200);
    assert!(page.body.as_str().unwrap().contains("swagger-ui"));
    let initializer = app.get("/docs/swagger-initializer.js").await;
    assert!(
        initializer
            .body
            .as_str()
            .unwrap()
            .contains("\"url\": \"/openapi.json\"")
    );
}

#[tokio::test]
async fn the_documented_request_fields_are_the_ones_the_parser_reads() {
    let app = spawn_app().await;
    let committed: Value = serde_json::from_str(COMMITTED).unwrap();
    for (schema, path, body) in [
        (
            "DeclineRequestBody",
            "/v1/declines",
            json!({"scenario": "job_interview", "sender": {"name": "A"}, "zzz": 1}),
        ),
        (
            "ToneCheckRequestBody",
            "/v1/tone-checks",
            json!({"text": "Thanks.", "zzz": 1}),
        ),
    ] {
        let mut documented: Vec<String> = committed["components"]["schemas"][schema]["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        documented.sort();
        let answer = app.post_json(path, &body).await;
        let read: Vec<String> =
            serde_json::from_value(answer.body["errors"][0]["allowed"].clone()).unwrap();
        assert_eq!(read, documented, "{schema}");
        assert_eq!(
            committed["components"]["schemas"][schema]["additionalProperties"],
            false
        );
    }
}

#[test]
fn the_documented_rule_ids_are_the_contract_ones() {
    let committed: Value = serde_json::from_str(COMMITTED).unwrap();
    let documented: Vec<&str> = committed["components"]["schemas"]["RuleId"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(documented, bowout::core::tone::CONTRACT_RULES);
}

#[test]
fn every_response_has_a_description_and_errors_are_problems() {
    let committed: Value = serde_json::from_str(COMMITTED).unwrap();
    for (path, item) in committed["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            assert!(
                operation["summary"].is_string(),
                "{method} {path} has a summary"
            );
            for (status, response) in operation["responses"].as_object().unwrap() {
                assert!(
                    response["description"].is_string(),
                    "{method} {path} {status}"
                );
                if status.starts_with('4') {
                    assert!(
                        response["content"]["application/problem+json"].is_object(),
                        "{method} {path} {status}"
                    );
                }
            }
        }
    }
}

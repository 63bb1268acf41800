//! The OpenAPI document: committed, served, and in agreement with the code.

use serde_json::{Value, json};

use crate::helpers::{spawn_app, spawn_app_with};

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

/// Every operation's security requirements, as `METHOD /path` → requirement (or null).
fn security_of(document: &Value) -> Vec<(String, Value)> {
    let mut found = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            found.push((format!("{method} {path}"), operation["security"].clone()));
        }
    }
    found
}

#[tokio::test]
async fn a_server_with_api_keys_serves_the_committed_document_with_its_bearer_scheme() {
    let app =
        spawn_app_with(|settings| settings.api_keys = vec!["test-key-0123456789abcdef".into()])
            .await;
    let answer = app.get("/openapi.json").await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-type"), Some("application/json"));
    let committed: Value = serde_json::from_str(COMMITTED).unwrap();
    assert_eq!(answer.body, committed);
    assert_eq!(answer.body["openapi"], "3.1.0");
    assert_eq!(
        committed["components"]["securitySchemes"]["api_key"]["scheme"],
        "bearer"
    );
    assert!(
        committed["paths"]["/v1/declines"]["post"]["responses"]["401"].is_object(),
        "the committed document documents the 401 of a server with keys"
    );
}

#[tokio::test]
async fn an_open_server_serves_a_document_that_asks_for_no_key() {
    let app = spawn_app().await;
    let answer = app.get("/openapi.json").await;
    assert_eq!(answer.status, 200);
    let served = answer.body;
    assert!(
        served["components"]["securitySchemes"].is_null(),
        "{served}"
    );
    for (operation, security) in security_of(&served) {
        assert!(security.is_null(), "{operation} asks for {security}");
    }
    assert!(served["paths"]["/v1/declines"]["post"]["responses"]["401"].is_null());

    // Apart from security, it is the committed document.
    let committed: Value = serde_json::from_str(COMMITTED).unwrap();
    assert_eq!(
        served["components"]["schemas"],
        committed["components"]["schemas"]
    );
    assert_eq!(
        security_of(&served).len(),
        security_of(&committed).len(),
        "the same operations"
    );
    let declines = &served["paths"]["/v1/declines"]["post"];
    assert_eq!(
        declines["requestBody"],
        committed["paths"]["/v1/declines"]["post"]["requestBody"]
    );
}

#[test]
fn the_openapi_command_prints_the_committed_document_with_keys() {
    // `bowout openapi` prints `document_text`, the form integrators generate clients from.
    let printed = bowout::http::openapi::document_text();
    let document: Value = serde_json::from_str(&printed).unwrap();
    let secured = security_of(&document)
        .into_iter()
        .filter(|(_, security)| security == &json!([{"api_key": []}]))
        .count();
    assert_eq!(secured, 5, "the five /v1 operations ask for the bearer key");
}

#[test]
fn every_request_body_carries_a_realistic_example() {
    let committed: Value = serde_json::from_str(COMMITTED).unwrap();
    let mut bodies = 0;
    for (path, item) in committed["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let Some(content) = operation["requestBody"]["content"].as_object() else {
                continue;
            };
            for (media_type, body) in content {
                bodies += 1;
                let schema = &body["schema"];
                let named = schema["$ref"]
                    .as_str()
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                    .map(|name| &committed["components"]["schemas"][name]);
                let example = [&body["example"], &schema["example"]]
                    .into_iter()
                    .chain(named.map(|s| &s["example"]))
                    .find(|e| e.is_object());
                let example = example.unwrap_or_else(|| {
                    panic!("{method} {path} ({media_type}) has no example request body")
                });
                // Realistic: every required field is there, and only documented ones.
                let schema = named.unwrap_or(schema);
                let example = example.as_object().unwrap();
                for required in schema["required"].as_array().into_iter().flatten() {
                    let required = required.as_str().unwrap();
                    assert!(
                        example.contains_key(required),
                        "{method} {path}: the example lacks `{required}`"
                    );
                }
                for field in example.keys() {
                    assert!(
                        schema["properties"][field].is_object(),
                        "{method} {path}: the example has undocumented `{field}`"
                    );
                }
                assert!(
                    example.values().all(|v| v != "" && !v.is_null()),
                    "{method} {path}: the example fills its fields: {example:?}"
                );
            }
        }
    }
    assert!(bodies >= 2, "the declines and tone-check bodies were found");
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

//! Every error class answers RFC 9457 problem+json naming each field; bodies are snapshots.

use insta::assert_json_snapshot;
use serde_json::{Value, json};

use crate::helpers::{Answer, job_interview, spawn_app};

fn assert_problem(answer: &Answer, status: u16) {
    assert_eq!(answer.status, status, "{}", answer.body);
    assert_eq!(
        answer.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(answer.body["status"], status);
    assert!(
        answer.body["type"]
            .as_str()
            .unwrap()
            .starts_with("/problems/")
    );
}

fn with(mut request: Value, pointer: &str, value: Value) -> Value {
    *request.pointer_mut(pointer).expect("an existing field") = value;
    request
}

#[tokio::test]
async fn malformed_json_is_a_400() {
    let app = spawn_app().await;
    let answer = app
        .post_raw("/v1/declines", Some("application/json"), "{\"scenario\": ")
        .await;
    assert_problem(&answer, 400);
    assert_json_snapshot!(answer.body);
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_415_whatever_it_holds() {
    let app = spawn_app().await;
    let answer = app
        .post_raw(
            "/v1/declines",
            Some("text/plain"),
            job_interview().to_string(),
        )
        .await;
    assert_problem(&answer, 415);
    assert_json_snapshot!(answer.body);

    let answer = app
        .post_raw("/v1/declines", None, job_interview().to_string())
        .await;
    assert_problem(&answer, 415);
}

#[tokio::test]
async fn a_body_over_the_limit_is_a_413() {
    let app = spawn_app().await;
    let huge =
        json!({"scenario": "job_interview", "sender": {"name": "a"}, "detail": "x".repeat(20_000)});
    let answer = app.post_declines(&huge).await;
    assert_problem(&answer, 413);
    assert_json_snapshot!(answer.body);
}

#[tokio::test]
async fn an_unknown_enum_value_lists_the_allowed_ones() {
    let app = spawn_app().await;
    let answer = app
        .post_declines(&with(job_interview(), "/tone", json!("sarcastic")))
        .await;
    assert_problem(&answer, 422);
    assert_eq!(answer.body["errors"][0]["field"], "/tone");
    assert_eq!(
        answer.body["errors"][0]["allowed"],
        json!(["formal", "warm", "firm", "brief"])
    );
    assert_json_snapshot!(answer.body);
}

#[tokio::test]
async fn missing_required_fields_are_each_named() {
    let app = spawn_app().await;
    let answer = app.post_declines(&json!({"reason": "timing"})).await;
    assert_problem(&answer, 422);
    assert_json_snapshot!(answer.body);
}

#[tokio::test]
async fn a_reschedule_without_a_proposed_time_is_refused() {
    let app = spawn_app().await;
    let answer = app
        .post_declines(&json!({"scenario": "reschedule", "sender": {"name": "Alex"}}))
        .await;
    assert_problem(&answer, 422);
    assert_json_snapshot!(answer.body);
}

#[tokio::test]
async fn unsafe_text_is_refused_field_by_field() {
    let app = spawn_app().await;
    let mut request = job_interview();
    request["sender"]["name"] = json!("Alex\nBcc: everyone");
    request["recipient"]["name"] = json!("\u{202E}evil");
    request["organization"] = json!("Acme\u{0007}");
    request["position"] = json!("x".repeat(121));
    request["topic"] = json!("   ");
    let answer = app.post_declines(&request).await;
    assert_problem(&answer, 422);
    let fields: Vec<&str> = answer.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "/sender/name",
            "/recipient/name",
            "/organization",
            "/position",
            "/topic"
        ]
    );
    assert_json_snapshot!(answer.body);
}

#[tokio::test]
async fn wrong_types_and_unknown_fields_are_refused() {
    let app = spawn_app().await;
    let request = json!({
        "scenario": "job_interview",
        "sender": {"name": 42, "title": "Dr"},
        "stay_in_touch": "yes",
        "referral": "Sam",
        "locale": "en_US",
        "salary": 100000
    });
    let answer = app.post_declines(&request).await;
    assert_problem(&answer, 422);
    assert_json_snapshot!(answer.body);
}

#[tokio::test]
async fn a_body_that_is_not_an_object_is_refused() {
    let app = spawn_app().await;
    let answer = app.post_declines(&json!(["job_interview"])).await;
    assert_problem(&answer, 422);
    assert_eq!(answer.body["errors"][0]["field"], "");
}

#[tokio::test]
async fn an_unknown_route_is_a_404() {
    let app = spawn_app().await;
    let answer = app.get("/v2/declines").await;
    assert_problem(&answer, 404);
    assert_json_snapshot!(answer.body);
}

#[tokio::test]
async fn a_wrong_method_is_a_405_with_allow() {
    let app = spawn_app().await;
    let answer = app.get("/v1/declines").await;
    assert_problem(&answer, 405);
    assert_eq!(answer.header("allow"), Some("POST"));
    assert_json_snapshot!(answer.body);

    let answer = app
        .send(app.client.delete(format!("{}/v1/scenarios", app.address)))
        .await;
    assert_problem(&answer, 405);
    assert_eq!(answer.header("allow"), Some("GET"));
}

#[tokio::test]
async fn problem_types_resolve_to_their_description() {
    let app = spawn_app().await;
    let answer = app.get("/problems/validation-failed").await;
    assert_eq!(answer.status, 200);
    assert_eq!(
        answer.body,
        json!({"type": "/problems/validation-failed", "title": "The request is not valid", "status": 422})
    );

    let answer = app.get("/problems/nope").await;
    assert_problem(&answer, 404);
}

#[tokio::test]
async fn a_recipient_needs_a_name_and_a_known_form_of_address() {
    let app = spawn_app().await;
    let mut request = job_interview();
    request["recipient"] = json!({"title": "Dr.", "form_of_address": "madam"});
    let answer = app.post_declines(&request).await;
    assert_problem(&answer, 422);
    let errors = answer.body["errors"].as_array().unwrap();
    let form = errors
        .iter()
        .find(|e| e["field"] == "/recipient/form_of_address")
        .unwrap_or_else(|| panic!("{}", answer.body));
    assert_eq!(form["code"], "unknown_value");
    assert!(
        form["message"]
            .as_str()
            .unwrap()
            .contains("feminine, masculine, neutral"),
        "{form}"
    );
    let name = errors
        .iter()
        .find(|e| e["field"] == "/recipient/name")
        .unwrap_or_else(|| panic!("{}", answer.body));
    assert_eq!(name["code"], "missing");

    request["recipient"] = json!({"family_name": "Berg", "given_name": "x".repeat(101)});
    let answer = app.post_declines(&request).await;
    assert_problem(&answer, 422);
    assert_eq!(answer.body["errors"][0]["field"], "/recipient/given_name");
}

#[tokio::test]
async fn an_invitation_kind_the_scenario_does_not_allow_is_refused_listing_the_allowed_ones() {
    let app = spawn_app().await;
    let mut request = job_interview();
    request["invitation"] = json!("keynote");
    let answer = app.post_declines(&request).await;
    assert_problem(&answer, 422);
    let error = &answer.body["errors"][0];
    assert_eq!(error["field"], "/invitation");
    assert_eq!(
        error["allowed"],
        json!(["screening_call", "interview", "final_round"])
    );

    request["invitation"] = json!("sabbatical");
    let answer = app.post_declines(&request).await;
    assert_problem(&answer, 422);
    assert_eq!(answer.body["errors"][0]["field"], "/invitation");
}

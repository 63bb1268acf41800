//! No input makes Bowout misbehave: property tests over valid and hostile requests, and slow
//! or abusive clients.

use std::time::Duration;

use actix_web::test as actix_test;
use actix_web::web;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use bowout::config::ServeArgs;
use bowout::core::model::{Reason, Scenario, Tone};

use crate::helpers::{engine, job_interview, spawn_app};

/// Caller text: ordinary words in several scripts, injection attempts, and odd Unicode that is
/// still allowed (emoji, combining marks, bidi marks, non-breaking spaces).
fn caller_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-zÀ-ÿ' .-]{1,40}",
        1 => "[\\p{Han}\\p{Hiragana}]{1,12}",
        1 => "[\\p{Arabic} ]{1,20}",
        1 => "[\\PC&&[^\u{202A}-\u{202E}\u{2066}-\u{2069}\u{2028}\u{2029}]]{1,60}",
        1 => Just("{{ 7*7 }}".to_owned()),
        1 => Just("{ $sender } { -term } {% raw %}".to_owned()),
        1 => Just("Acme Inc.".to_owned()),
        1 => Just("e\u{301}\u{200F}\u{A0}🙂 ok".to_owned()),
    ]
    .prop_filter("not blank", |text| !text.trim().is_empty())
}

fn one_of<T: Copy + std::fmt::Debug + 'static>(values: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(values)
}

/// Requests that are valid for their scenario, across every enum value.
fn valid_request() -> impl Strategy<Value = Value> {
    let people = (caller_text(), proptest::option::of(caller_text()));
    let phrases = proptest::collection::vec(proptest::option::of(caller_text()), 6);
    let referral = proptest::option::of((
        caller_text(),
        proptest::option::of(caller_text()),
        proptest::option::of(caller_text()),
    ));
    let locale = proptest::option::of(one_of(&[
        "en",
        "de",
        "fr",
        "es",
        "pt-BR",
        "pt",
        "it",
        "nl",
        "pl",
        "ja",
        "ar",
        "de-AT",
        "xx",
        "zh-Hant-TW",
    ]));
    (
        one_of(Scenario::ALL),
        one_of(Reason::ALL),
        one_of(Tone::ALL),
        locale,
        people,
        phrases,
        referral,
        any::<bool>(),
        caller_text(),
    )
        .prop_map(
            |(
                scenario,
                reason,
                tone,
                locale,
                (sender, recipient),
                phrases,
                referral,
                stay,
                time,
            )| {
                let mut request = json!({
                    "scenario": scenario.as_str(), "reason": reason.as_str(), "tone": tone.as_str(),
                    "sender": {"name": sender}, "stay_in_touch": stay, "proposed_time": time,
                });
                let object = request.as_object_mut().unwrap();
                if let Some(locale) = locale {
                    object.insert("locale".into(), json!(locale));
                }
                if let Some(recipient) = recipient {
                    object.insert("recipient".into(), json!({"name": recipient}));
                }
                for (name, value) in [
                    "organization",
                    "position",
                    "event",
                    "topic",
                    "detail",
                    "reason_note",
                ]
                .iter()
                .zip(phrases)
                {
                    if let Some(value) = value {
                        object.insert((*name).into(), json!(value));
                    }
                }
                if let Some((name, contact, expertise)) = referral {
                    object.insert(
                        "referral".into(),
                        json!({"name": name, "contact": contact, "expertise": expertise}),
                    );
                }
                request
            },
        )
}

/// Any JSON at all: nested, huge, odd.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        any::<String>().prop_map(Value::String),
        "[\u{0}-\u{1F}\u{202E}\u{2028}a-z{}$%]{0,50}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::hash_map("[a-z_]{1,12}", inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A valid request with one field replaced by anything.
fn mutated_request() -> impl Strategy<Value = Value> {
    let fields = &[
        "scenario",
        "reason",
        "tone",
        "locale",
        "sender",
        "recipient",
        "organization",
        "detail",
        "referral",
        "stay_in_touch",
        "proposed_time",
    ];
    (valid_request(), one_of(fields), any_json()).prop_map(|(mut request, field, value)| {
        request[field] = value;
        request
    })
}

/// Runs `cases` of `strategy` through the real application, in-process, checking each answer.
fn run<S: Strategy>(
    strategy: S,
    cases: u32,
    body: impl Fn(&S::Value) -> (Vec<u8>, &'static str),
    check: impl Fn(&S::Value, u16, &[u8], &str) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let system = actix_web::rt::System::new();
    let app = system.block_on(async {
        let settings = ServeArgs::for_address("127.0.0.1:0".parse().unwrap());
        actix_test::init_service(bowout::http::app(
            bowout::http::Shared::new(&settings, engine()).unwrap(),
        ))
        .await
    });
    // A fixed seed: CI runs the same cases every time, and a failure reproduces.
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    runner
        .run(&strategy, |value| {
            let (payload, content_type) = body(&value);
            let (status, content_type_out, bytes) = system.block_on(async {
                let request = actix_test::TestRequest::post()
                    .uri("/v1/declines")
                    .insert_header(("content-type", content_type))
                    .set_payload(web::Bytes::from(payload))
                    .to_request();
                let response = actix_test::call_service(&app, request).await;
                let status = response.status().as_u16();
                let content_type = response
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_owned();
                (status, content_type, actix_test::read_body(response).await)
            });
            check(&value, status, &bytes, &content_type_out)
        })
        .unwrap();
}

fn json_body(value: &Value) -> (Vec<u8>, &'static str) {
    (serde_json::to_vec(value).unwrap(), "application/json")
}

/// Never a 5xx; errors are problems naming their fields.
fn answered_properly(status: u16, bytes: &[u8], content_type: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        matches!(status, 200 | 400 | 413 | 415 | 422),
        "status {status}: {}",
        String::from_utf8_lossy(bytes)
    );
    if status != 200 {
        prop_assert_eq!(content_type, "application/problem+json");
        let problem: Value = serde_json::from_slice(bytes).unwrap();
        prop_assert_eq!(problem["status"].as_u64(), Some(u64::from(status)));
        if status == 422 {
            prop_assert!(!problem["errors"].as_array().unwrap().is_empty());
        }
    }
    Ok(())
}

#[test]
fn every_valid_request_gets_a_clean_letter_in_its_language() {
    run(
        valid_request(),
        400,
        json_body,
        |request, status, bytes, _| {
            prop_assert_eq!(status, 200, "{}", String::from_utf8_lossy(bytes));
            let answer: Value = serde_json::from_slice(bytes).unwrap();
            let subject = answer["subject"].as_str().unwrap();
            let body = answer["body"].as_str().unwrap();
            prop_assert!(!subject.is_empty() && !subject.contains('\n'));
            let sender = request["sender"]["name"].as_str().unwrap().trim();
            let last_line = body
                .lines()
                .last()
                .unwrap()
                .trim_matches(['\u{2068}', '\u{2069}']);
            prop_assert_eq!(last_line, sender);
            prop_assert!(
                body.split("\n\n").count() >= 3,
                "greeting, message, signature: {body}"
            );
            let caller_braces = request.to_string().contains(['{', '}', '$']);
            for leak in ["Unknown localization", "\n\n\n"] {
                prop_assert!(!body.contains(leak), "{leak:?} in {body}");
            }
            if !caller_braces {
                prop_assert!(
                    !body.contains(['{', '}', '$']) && !subject.contains(['{', '}', '$']),
                    "{body}"
                );
            }
            prop_assert!(answer["tone_check"]["checklist"]["gratitude"].is_boolean());
            Ok(())
        },
    );
}

#[test]
fn any_json_or_mutated_request_gets_a_letter_or_a_problem_never_a_crash() {
    run(
        prop_oneof![any_json(), mutated_request()],
        400,
        json_body,
        |_, status, bytes, content_type| answered_properly(status, bytes, content_type),
    );
}

#[test]
fn any_bytes_with_any_content_type_get_a_letter_or_a_problem() {
    let bodies = (
        prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..2048),
            Just(vec![b'['; 100_000]),
            Just(format!("{}1{}", "[".repeat(5000), "]".repeat(5000)).into_bytes()),
            Just(job_interview().to_string().into_bytes()),
        ],
        one_of(&[
            "application/json",
            "application/json; charset=latin1",
            "text/plain",
            "application/x-www-form-urlencoded",
            "application/vnd.api+json",
        ]),
    );
    run(
        bodies,
        200,
        |(bytes, content_type)| (bytes.clone(), *content_type),
        |_, status, bytes, content_type| answered_properly(status, bytes, content_type),
    );
}

async fn send_raw(address: &str, raw: &[u8]) -> String {
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream.write_all(raw).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    String::from_utf8_lossy(&answer).into_owned()
}

fn decline_request() -> Vec<u8> {
    let body = job_interview().to_string();
    format!(
        "POST /v1/declines HTTP/1.1\r\nHost: b\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

#[tokio::test]
async fn half_sent_bodies_do_not_block_other_requests() {
    let app = spawn_app().await;
    let address = app.address.trim_start_matches("http://").to_owned();
    // Clients that announce a body and then stall.
    let mut stalled = Vec::new();
    for _ in 0..200 {
        let mut stream = TcpStream::connect(&address).await.unwrap();
        stream
            .write_all(b"POST /v1/declines HTTP/1.1\r\nHost: b\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"scenario\": \"job_")
            .await
            .unwrap();
        stalled.push(stream);
    }
    let answered = tokio::time::timeout(Duration::from_secs(5), async {
        let health = send_raw(
            &address,
            b"GET /healthz HTTP/1.1\r\nHost: b\r\nConnection: close\r\n\r\n",
        )
        .await;
        let decline = send_raw(&address, &decline_request()).await;
        (health, decline)
    })
    .await
    .expect("other clients are answered while 200 bodies stall");
    assert!(answered.0.starts_with("HTTP/1.1 200"), "{}", answered.0);
    assert!(answered.1.starts_with("HTTP/1.1 200"), "{}", answered.1);
    drop(stalled);
}

#[tokio::test]
async fn health_keeps_answering_under_a_flood_of_bad_requests() {
    let app = spawn_app().await;
    let address = app.address.trim_start_matches("http://").to_owned();
    let garbage: Vec<&'static [u8]> = vec![
        b"POST /v1/declines HTTP/1.1\r\nHost: b\r\nContent-Type: application/json\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{{{",
        b"POST /v1/declines HTTP/1.1\r\nHost: b\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi",
        b"POST /v1/declines HTTP/1.1\r\nHost: b\r\nContent-Type: application/json\r\nContent-Length: 999999\r\nConnection: close\r\n\r\n",
        b"GARBAGE \x00\xff\r\n\r\n",
        b"GET /v1/%00%ff HTTP/1.1\r\nHost: b\r\nConnection: close\r\n\r\n",
        b"DELETE /v1/declines HTTP/1.1\r\nHost: b\r\nConnection: close\r\n\r\n",
    ];
    let flood: Vec<_> = (0..8)
        .map(|worker| {
            let address = address.clone();
            let garbage = garbage.clone();
            tokio::spawn(async move {
                for i in 0..150 {
                    let raw = garbage[(i + worker) % garbage.len()];
                    if let Ok(mut stream) = TcpStream::connect(&address).await {
                        let _ = stream.write_all(raw).await;
                        let mut sink = Vec::new();
                        let _ = tokio::time::timeout(
                            Duration::from_secs(2),
                            stream.read_to_end(&mut sink),
                        )
                        .await;
                    }
                }
            })
        })
        .collect();
    for _ in 0..20 {
        let health = tokio::time::timeout(
            Duration::from_secs(2),
            send_raw(
                &address,
                b"GET /healthz HTTP/1.1\r\nHost: b\r\nConnection: close\r\n\r\n",
            ),
        )
        .await
        .expect("health answers during the flood");
        assert!(health.starts_with("HTTP/1.1 200"), "{health}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    for task in flood {
        task.await.unwrap();
    }
    let decline = send_raw(&address, &decline_request()).await;
    assert!(decline.starts_with("HTTP/1.1 200"), "{decline}");
}

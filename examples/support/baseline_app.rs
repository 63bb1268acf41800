//! The baseline Bowout is measured against: an actix-web endpoint that parses the same
//! request into typed fields and answers a response of the same size and shape — with no
//! composing, no language negotiation and no tone check. What any JSON service pays.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
#[allow(dead_code)] // Parsed like a service would, read only in part.
struct Person {
    name: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Request {
    scenario: String,
    reason: Option<String>,
    tone: Option<String>,
    locale: Option<String>,
    sender: Person,
    recipient: Option<Person>,
    organization: Option<String>,
    position: Option<String>,
    detail: Option<String>,
    stay_in_touch: Option<bool>,
}

#[derive(Serialize)]
struct Checklist {
    gratitude: bool,
    door_open: bool,
    personal_detail: bool,
    length_ok: bool,
}

#[derive(Serialize)]
struct ToneCheck {
    locale: String,
    passed: bool,
    sentences: usize,
    findings: Vec<String>,
    checklist: Checklist,
}

#[derive(Serialize)]
struct Response {
    scenario: String,
    reason: String,
    tone: String,
    locale: String,
    locale_fallback: bool,
    subject: String,
    body: String,
    tone_check: ToneCheck,
    ignored_fields: Vec<String>,
}

/// The English letter Bowout writes for `examples/support/request.json`, so both servers
/// answer the same number of bytes.
const SUBJECT: &str = "Thank you for the Product Designer opportunity";
const BODY: &str = "Hi Jordan Lee,\n\nThank you so much for considering me for the Product Designer role at Northwind; I was genuinely impressed by your team's work on accessible payments. After careful thought, I've decided to withdraw from the interview process. I've recently accepted another offer that aligns closely with my current goals. I'd love to stay in touch, and I wish you every success in finding the right person.\n\nBest regards,\nAlex Kim";

async fn declines(request: web::Json<Request>) -> HttpResponse {
    let request = request.into_inner();
    let locale = request.locale.unwrap_or_else(|| "en".into());
    HttpResponse::Ok().json(Response {
        scenario: request.scenario,
        reason: request.reason.unwrap_or_else(|| "none".into()),
        tone: request.tone.unwrap_or_else(|| "warm".into()),
        locale: locale.clone(),
        locale_fallback: false,
        subject: SUBJECT.to_owned(),
        body: BODY.to_owned(),
        tone_check: ToneCheck {
            locale,
            passed: true,
            sentences: 4,
            findings: Vec::new(),
            checklist: Checklist {
                gratitude: true,
                door_open: true,
                personal_detail: true,
                length_ok: true,
            },
        },
        ignored_fields: Vec::new(),
    })
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
}

pub fn config(config: &mut web::ServiceConfig) {
    config
        .app_data(web::JsonConfig::default().limit(16 * 1024))
        .service(web::resource("/v1/declines").route(web::post().to(declines)))
        .service(web::resource("/healthz").route(web::get().to(healthz)));
}

use serde_json::json;

use crate::helpers::{job_interview, spawn_app};

#[tokio::test]
async fn a_valid_request_gets_a_message_with_subject_body_and_tone_report() {
    let app = spawn_app().await;
    let answer = app.post_declines(&job_interview()).await;

    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-type"), Some("application/json"));
    assert_eq!(answer.header("content-language"), Some("en"));
    let body = &answer.body;
    assert_eq!(body["scenario"], "job_interview");
    assert_eq!(body["reason"], "accepted_offer");
    assert_eq!(body["tone"], "warm");
    assert_eq!(body["locale"], "en");
    assert_eq!(body["locale_fallback"], false);
    assert!(
        body["subject"]
            .as_str()
            .unwrap()
            .contains("Product Designer")
    );
    let text = body["body"].as_str().unwrap();
    assert!(text.starts_with("Dear Jordan Lee,\n\n"), "{text}");
    assert!(text.ends_with("\n\nBest regards,\nAlex Kim"), "{text}");
    assert!(text.contains("Northwind"));
    assert_eq!(body["tone_check"]["locale"], "en");
    assert_eq!(body["tone_check"]["passed"], true);
    assert_eq!(body["tone_check"]["checklist"]["gratitude"], true);
    assert_eq!(body["ignored_fields"], json!([]));
}

#[tokio::test]
async fn defaults_apply_when_reason_tone_and_stay_in_touch_are_left_out() {
    let app = spawn_app().await;
    let answer = app
        .post_declines(&json!({"scenario": "media_interview", "sender": {"name": "Alex"}}))
        .await;

    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["reason"], "none");
    assert_eq!(answer.body["tone"], "warm");
    assert_eq!(answer.body["tone_check"]["checklist"]["door_open"], true);
}

#[tokio::test]
async fn without_a_recipient_the_greeting_is_courteous_and_generic() {
    let app = spawn_app().await;
    let mut request = job_interview();
    request.as_object_mut().unwrap().remove("recipient");
    request["tone"] = json!("formal");
    let answer = app.post_declines(&request).await;

    assert!(
        answer.body["body"]
            .as_str()
            .unwrap()
            .starts_with("Dear Hiring Team,\n\n")
    );
}

#[tokio::test]
async fn caller_text_comes_back_exactly_as_written_never_as_template_or_fluent_syntax() {
    let app = spawn_app().await;
    let request = json!({
        "scenario": "job_interview",
        "sender": {"name": "{{ 7*7 }}"},
        "recipient": {"given_name": "{ $x }"},
        "organization": "{% raw %}Acme{-term}",
        "position": "{{ position }}",
        "detail": "your { $detail } and {# comment #}"
    });
    let answer = app.post_declines(&request).await;

    assert_eq!(answer.status, 200);
    let text = answer.body["body"].as_str().unwrap();
    assert!(text.starts_with("Hi { $x },"), "{text}");
    assert!(text.ends_with("\n{{ 7*7 }}"), "{text}");
    assert!(
        text.contains("the {{ position }} role at {% raw %}Acme{-term}"),
        "{text}"
    );
    assert!(
        text.contains("your { $detail } and {# comment #}"),
        "{text}"
    );
    assert!(!text.contains("49"));
}

#[tokio::test]
async fn fields_the_scenario_does_not_use_are_listed_and_left_out() {
    let app = spawn_app().await;
    let request = json!({
        "scenario": "media_interview",
        "sender": {"name": "Alex Kim"},
        "position": "Columnist",
        "proposed_time": "next week"
    });
    let answer = app.post_declines(&request).await;

    assert_eq!(answer.status, 200);
    assert_eq!(
        answer.body["ignored_fields"],
        json!(["/position", "/proposed_time"])
    );
    let text = answer.body["body"].as_str().unwrap();
    assert!(!text.contains("Columnist") && !text.contains("next week"));
}

#[tokio::test]
async fn a_reschedule_proposes_the_concrete_new_time() {
    let app = spawn_app().await;
    let request = json!({
        "scenario": "reschedule",
        "reason": "timing",
        "sender": {"name": "Alex Kim"},
        "position": "Product Designer",
        "proposed_time": "early next month"
    });
    let answer = app.post_declines(&request).await;

    assert_eq!(answer.status, 200);
    assert!(
        answer.body["body"]
            .as_str()
            .unwrap()
            .contains("finding a time early next month instead?")
    );
}

#[tokio::test]
async fn the_locale_field_chooses_the_language_and_a_regional_variant_falls_back() {
    let app = spawn_app().await;
    let mut request = job_interview();
    request["locale"] = json!("en-GB");
    let answer = app.post_declines(&request).await;

    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["locale"], "en");
    assert_eq!(answer.body["requested_locale"], "en-GB");
    assert_eq!(answer.body["locale_fallback"], true);
    assert_eq!(answer.header("content-language"), Some("en"));
}

#[tokio::test]
async fn an_unknown_language_falls_back_to_english_and_says_so() {
    let app = spawn_app().await;
    let mut request = job_interview();
    request["locale"] = json!("xx");
    let answer = app.post_declines(&request).await;

    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["locale"], "en");
    assert_eq!(answer.body["requested_locale"], "xx");
    assert_eq!(answer.body["locale_fallback"], true);
}

#[tokio::test]
async fn accept_language_is_honoured_by_q_value_when_the_body_names_no_locale() {
    let app = spawn_app().await;
    let request = app
        .client
        .post(format!("{}/v1/declines", app.address))
        .header("accept-language", "xx;q=0.9, en;q=0.8, *;q=0.1")
        .json(&job_interview());
    let answer = app.send(request).await;

    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["locale"], "en");
    assert_eq!(answer.body["requested_locale"], "xx");
    assert_eq!(answer.body["locale_fallback"], true);
    assert!(answer.header("vary").unwrap().contains("Accept-Language"));
}

#[tokio::test]
async fn without_any_preference_english_answers_and_it_is_not_a_fallback() {
    let app = spawn_app().await;
    let answer = app.post_declines(&job_interview()).await;

    assert_eq!(answer.body["locale_fallback"], false);
    assert!(answer.body.get("requested_locale").is_none());
}

#[tokio::test]
async fn a_hostile_reason_note_is_written_as_given_and_flagged_by_the_tone_check() {
    let app = spawn_app().await;
    let mut request = job_interview();
    request["reason_note"] = json!("Frankly the salary you offered is far too low.");
    let answer = app.post_declines(&request).await;

    assert_eq!(answer.status, 200);
    assert!(
        answer.body["body"]
            .as_str()
            .unwrap()
            .contains("the salary you offered is far too low.")
    );
    assert_eq!(answer.body["tone_check"]["passed"], false);
    assert_eq!(
        answer.body["tone_check"]["findings"][0]["rule"],
        "negative-language"
    );
}

#[tokio::test]
async fn a_name_ending_in_a_full_stop_ends_a_sentence_with_one_stop_and_signs_as_written() {
    let app = spawn_app().await;
    let request = json!({
        "scenario": "media_interview",
        "tone": "firm",
        "sender": {"name": "A. N. Other Jr."},
        "organization": "The Daily Inc."
    });
    let answer = app.post_declines(&request).await;
    let body = answer.body["body"].as_str().unwrap();
    assert!(
        body.contains("your piece for The Daily Inc. I won't"),
        "{body}"
    );
    assert!(!body.contains("Inc.."), "{body}");
    assert!(body.ends_with("\nA. N. Other Jr."), "{body}");
}

#[tokio::test]
async fn arabic_letters_isolate_latin_names_and_only_those() {
    let app = spawn_app().await;
    let request = json!({
        "scenario": "job_interview",
        "locale": "ar",
        "sender": {"name": "Alex Kim"},
        "recipient": {"name": "سارة"},
        "organization": "Northwind"
    });
    let answer = app.post_declines(&request).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-language"), Some("ar"));
    let body = answer.body["body"].as_str().unwrap();
    assert!(body.ends_with("\u{2068}Alex Kim\u{2069}"), "{body}");
    assert!(body.contains("\u{2068}Northwind\u{2069}"), "{body}");
    assert!(
        body.contains("سارة") && !body.contains("\u{2068}سارة"),
        "an Arabic name needs no isolation: {body}"
    );

    let english = app
        .post_declines(&json!({"scenario": "job_interview", "sender": {"name": "سارة"}}))
        .await;
    assert!(
        !english.body["body"].as_str().unwrap().contains('\u{2068}'),
        "left-to-right letters never isolate"
    );
}

#[tokio::test]
async fn regional_and_bare_tags_find_their_language() {
    let app = spawn_app().await;
    for (asked, answered) in [
        ("de-AT", "de"),
        ("pt", "pt-BR"),
        ("pt-PT", "pt-BR"),
        ("fr-CA", "fr"),
        ("ja-JP", "ja"),
    ] {
        let mut request = job_interview();
        request["locale"] = json!(asked);
        let answer = app.post_declines(&request).await;
        assert_eq!(answer.body["locale"], answered, "{asked}");
        assert_eq!(answer.body["locale_fallback"], true, "{asked}");
        assert_eq!(answer.header("content-language"), Some(answered), "{asked}");
    }
}

#[tokio::test]
async fn structured_names_greet_by_given_name_when_warm_and_by_title_and_family_name_when_formal() {
    let app = spawn_app().await;
    let mut request = job_interview();
    request["recipient"] = json!({
        "name": "Anna Berg", "given_name": "Anna", "family_name": "Berg",
        "title": "Prof.", "form_of_address": "feminine"
    });
    let warm = app.post_declines(&request).await;
    assert_eq!(warm.status, 200, "{}", warm.body);
    let text = warm.body["body"].as_str().unwrap();
    assert!(text.starts_with("Hi Anna,\n\n"), "{text}");

    request["tone"] = json!("formal");
    let formal = app.post_declines(&request).await;
    let text = formal.body["body"].as_str().unwrap();
    assert!(text.starts_with("Dear Professor Berg,\n\n"), "{text}");

    request["locale"] = json!("de");
    let german = app.post_declines(&request).await;
    let text = german.body["body"].as_str().unwrap();
    assert!(
        text.starts_with("Sehr geehrte Frau Professorin Berg,\n\n"),
        "{text}"
    );
}

#[tokio::test]
async fn a_full_name_alone_never_gets_a_first_name_greeting() {
    let app = spawn_app().await;
    let answer = app.post_declines(&job_interview()).await;
    let text = answer.body["body"].as_str().unwrap();
    assert!(!text.starts_with("Hi Jordan Lee"), "{text}");
    assert!(text.starts_with("Dear Jordan Lee,"), "{text}");
}

#[tokio::test]
async fn the_invitation_kind_names_what_is_declined() {
    let app = spawn_app().await;
    let request = json!({
        "scenario": "academic_invitation",
        "invitation": "peer_review",
        "tone": "formal",
        "sender": {"name": "Alex Kim"},
        "event": "Journal of Applied Logic"
    });
    let answer = app.post_declines(&request).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(
        answer.body["subject"],
        "Review invitation: Journal of Applied Logic"
    );
    let text = answer.body["body"].as_str().unwrap();
    assert!(
        text.contains("invitation to review a submission for the Journal of Applied Logic"),
        "{text}"
    );
    assert!(!text.contains("take part in"), "{text}");

    let podcast = app
        .post_declines(&json!({
            "scenario": "media_interview", "invitation": "podcast", "tone": "formal",
            "sender": {"name": "Alex Kim"}, "topic": "remote work"
        }))
        .await;
    let text = podcast.body["body"].as_str().unwrap();
    assert!(
        text.contains("your podcast episode on remote work"),
        "{text}"
    );
    assert!(text.contains("future episodes"), "{text}");
    assert!(!text.contains("article"), "{text}");
}

#[tokio::test]
async fn a_media_interview_names_the_programme_it_is_for() {
    let app = spawn_app().await;
    let answer = app
        .post_declines(&json!({
            "scenario": "media_interview", "invitation": "podcast", "tone": "warm",
            "sender": {"name": "Alex Kim"}, "event": "Hard Fork",
            "organization": "The New York Times", "topic": "AI regulation"
        }))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.body["ignored_fields"], json!([]));
    let text = answer.body["body"].as_str().unwrap();
    assert!(
        text.contains("your Hard Fork episode on AI regulation for The New York Times"),
        "{text}"
    );
    assert!(!text.contains("article"), "{text}");
}

#[tokio::test]
async fn a_scenario_without_kinds_lists_the_invitation_as_ignored() {
    let app = spawn_app().await;
    let answer = app
        .post_declines(&json!({
            "scenario": "stay_in_touch", "invitation": "interview",
            "sender": {"name": "Alex Kim"}
        }))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.body["ignored_fields"], json!(["/invitation"]));
}

#[tokio::test]
async fn a_withdrawal_and_a_reschedule_name_the_stage_and_the_kind() {
    let app = spawn_app().await;
    let mut request = job_interview();
    request["invitation"] = json!("final_round");
    let answer = app.post_declines(&request).await;
    let text = answer.body["body"].as_str().unwrap();
    assert!(text.contains("before the final round."), "{text}");

    let reschedule = app
        .post_declines(&json!({
            "scenario": "reschedule", "invitation": "keynote", "tone": "formal",
            "sender": {"name": "Alex Kim"}, "event": "Design Summit 2027",
            "proposed_time": "early next month"
        }))
        .await;
    assert_eq!(reschedule.status, 200, "{}", reschedule.body);
    assert_eq!(
        reschedule.body["subject"],
        "Request to reschedule the keynote at the Design Summit 2027"
    );
}

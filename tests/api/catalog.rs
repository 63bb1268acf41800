use serde_json::json;

use crate::helpers::spawn_app;

#[tokio::test]
async fn scenarios_publish_their_required_and_optional_fields_reasons_and_tones() {
    let app = spawn_app().await;
    let answer = app.get("/v1/scenarios").await;

    assert_eq!(answer.status, 200);
    let scenarios = answer.body["scenarios"].as_array().unwrap();
    assert_eq!(scenarios.len(), 7);
    let reschedule = scenarios
        .iter()
        .find(|s| s["scenario"] == "reschedule")
        .unwrap();
    assert_eq!(
        reschedule["required_fields"],
        json!(["scenario", "sender", "proposed_time"])
    );
    for scenario in scenarios {
        assert_eq!(scenario["reasons"].as_array().unwrap().len(), 11);
        assert_eq!(
            scenario["tones"],
            json!(["formal", "warm", "firm", "brief"])
        );
    }
    let academic = scenarios
        .iter()
        .find(|s| s["scenario"] == "academic_invitation")
        .unwrap();
    assert_eq!(
        academic["invitations"],
        json!([
            "peer_review",
            "editorial_board",
            "committee",
            "guest_lecture",
            "program_committee",
            "examiner"
        ])
    );
    assert_eq!(reschedule["invitations"].as_array().unwrap().len(), 18);
    let stay = scenarios
        .iter()
        .find(|s| s["scenario"] == "stay_in_touch")
        .unwrap();
    assert_eq!(stay["invitations"], json!([]));
    assert_eq!(
        answer.body["recipient_fields"],
        json!([
            "name",
            "given_name",
            "family_name",
            "title",
            "form_of_address"
        ])
    );
    assert_eq!(
        answer.body["forms_of_address"],
        json!(["feminine", "masculine", "neutral"])
    );
}

#[tokio::test]
async fn locales_list_every_pack_with_direction_and_completeness() {
    let app = spawn_app().await;
    let answer = app.get("/v1/locales").await;

    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["default"], "en");
    let english = answer.body["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["tag"] == "en")
        .unwrap()
        .clone();
    assert_eq!(
        english,
        json!({"tag": "en", "name": "English", "native_name": "English", "direction": "ltr", "completeness": 1.0})
    );
}

#[tokio::test]
async fn rules_list_the_contract_rules_of_a_pack_in_its_language() {
    let app = spawn_app().await;
    let answer = app.get("/v1/rules?locale=en").await;

    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-language"), Some("en"));
    let ids: Vec<&str> = answer.body["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for id in bowout::core::tone::CONTRACT_RULES {
        assert!(ids.contains(id), "{id}");
    }
    let too_busy = answer.body["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "too-busy")
        .unwrap();
    assert_eq!(too_busy["severity"], "error");
    assert_eq!(too_busy["description"], "Too busy");
}

#[tokio::test]
async fn rules_of_an_unknown_language_fall_back_to_english_and_a_malformed_tag_is_refused() {
    let app = spawn_app().await;
    let answer = app.get("/v1/rules?locale=xx-YY").await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["locale"], "en");

    let answer = app.get("/v1/rules?locale=e%20n").await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.body["errors"][0]["field"], "locale");
}

#[tokio::test]
async fn all_ten_languages_are_listed_complete_and_arabic_is_right_to_left() {
    let app = spawn_app().await;
    let answer = app.get("/v1/locales").await;
    let locales = answer.body["locales"].as_array().unwrap();
    let tags: Vec<&str> = locales.iter().map(|l| l["tag"].as_str().unwrap()).collect();
    assert_eq!(
        tags,
        [
            "ar", "de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt-BR"
        ]
    );
    for locale in locales {
        assert_eq!(locale["completeness"], 1.0, "{locale}");
        let expected = if locale["tag"] == "ar" { "rtl" } else { "ltr" };
        assert_eq!(locale["direction"], expected, "{locale}");
    }
}

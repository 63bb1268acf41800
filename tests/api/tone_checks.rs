use serde_json::json;

use crate::helpers::spawn_app;

#[tokio::test]
async fn a_text_with_classic_mistakes_gets_located_findings_with_suggestions() {
    let app = spawn_app().await;
    let text = "Hi Jordan,\n\nThanks for the call. I’m way too busy right now, and the salary you offered is far too low. Maybe another time.\n\nBest,\nAlex";
    let answer = app
        .post_json("/v1/tone-checks", &json!({"text": text}))
        .await;

    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-language"), Some("en"));
    let report = &answer.body;
    assert_eq!(report["locale"], "en");
    assert_eq!(report["passed"], false);
    assert_eq!(report["sentences"], 3);
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    // Something missing has no place in the text: it is reported at offset 0, first.
    assert_eq!(
        rules,
        [
            "missing-door-open",
            "too-busy",
            "negative-language",
            "noncommittal"
        ]
    );

    let chars: Vec<char> = text.chars().collect();
    for finding in report["findings"].as_array().unwrap() {
        let offset = finding["offset"].as_u64().unwrap() as usize;
        let length = finding["length"].as_u64().unwrap() as usize;
        let excerpt: String = chars[offset..offset + length].iter().collect();
        assert_eq!(finding["excerpt"], excerpt.as_str());
        assert!(!finding["message"].as_str().unwrap().is_empty());
        assert!(!finding["suggestion"].as_str().unwrap().is_empty());
    }
    assert_eq!(report["findings"][1]["excerpt"], "way too busy");
    assert!(
        report["findings"][2]["suggestion"]
            .as_str()
            .unwrap()
            .contains("compensation expectations")
    );
    assert_eq!(
        report["checklist"],
        json!({"gratitude": true, "door_open": false, "personal_detail": false, "length_ok": true})
    );
}

#[tokio::test]
async fn offsets_count_code_points_not_bytes() {
    let app = spawn_app().await;
    let text = "Thank you 🙏 — I’m too busy.";
    let answer = app
        .post_json("/v1/tone-checks", &json!({"text": text}))
        .await;
    let finding = answer.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "too-busy")
        .unwrap()
        .clone();
    assert_eq!(finding["offset"], 18);
    assert_eq!(finding["excerpt"], "too busy");
}

#[tokio::test]
async fn disabled_rules_are_skipped_and_unknown_ones_are_refused() {
    let app = spawn_app().await;
    let answer = app
        .post_json("/v1/tone-checks", &json!({"text": "Maybe another time.", "disabled_rules": ["noncommittal", "too-short", "missing-door-open", "missing-gratitude"]}))
        .await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["findings"], json!([]));
    assert_eq!(answer.body["passed"], true);

    let answer = app
        .post_json(
            "/v1/tone-checks",
            &json!({"text": "Hi.", "disabled_rules": ["rudeness"]}),
        )
        .await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.body["errors"][0]["field"], "/disabled_rules/0");
}

#[tokio::test]
async fn text_must_be_given_and_within_the_limit() {
    let app = spawn_app().await;
    let answer = app.post_json("/v1/tone-checks", &json!({})).await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.body["errors"][0]["field"], "/text");

    let answer = app
        .post_json("/v1/tone-checks", &json!({"text": "a\u{202E}b"}))
        .await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.body["errors"][0]["code"], "bidi_control");
}

#[tokio::test]
async fn empty_or_blank_text_is_refused_naming_the_text() {
    let app = spawn_app().await;
    for blank in ["", "   ", "\n\t\r\n", "\u{3000}"] {
        let answer = app
            .post_json("/v1/tone-checks", &json!({"text": blank}))
            .await;
        assert_eq!(answer.status, 422, "{blank:?}: {}", answer.body);
        assert_eq!(
            answer.header("content-type"),
            Some("application/problem+json")
        );
        assert_eq!(answer.body["errors"][0]["field"], "/text");
        assert_eq!(answer.body["errors"][0]["code"], "blank");
    }
}

//! Greetings and sign-offs from structured names: every pack × tone × shape of name, pinned
//! as one snapshot per pack for native review (`snapshots/content__greetings__<tag>.snap`).

use bowout::core::model::{DeclineRequest, FormOfAddress, Recipient, Scenario, Tone};
use bowout::core::text::PersonName;

use crate::engine;

fn name(text: &str) -> Option<PersonName> {
    Some(PersonName::parse(text).unwrap())
}

/// The shapes of name a caller sends, labelled.
fn shapes() -> Vec<(&'static str, Option<Recipient>)> {
    let recipient = |given: Option<&str>,
                     family: Option<&str>,
                     title: Option<&str>,
                     form: FormOfAddress| Recipient {
        name: None,
        given_name: given.and_then(name),
        family_name: family.and_then(name),
        title: title.and_then(name),
        form,
    };
    use FormOfAddress::*;
    vec![
        (
            "given only",
            Some(recipient(Some("Anna"), None, None, Neutral)),
        ),
        (
            "given + family",
            Some(recipient(Some("Anna"), Some("Berg"), None, Neutral)),
        ),
        (
            "Prof. + family, feminine",
            Some(recipient(None, Some("Berg"), Some("Prof."), Feminine)),
        ),
        (
            "Prof. + family, masculine",
            Some(recipient(None, Some("Berg"), Some("Prof."), Masculine)),
        ),
        (
            "Prof. + family, neutral",
            Some(recipient(None, Some("Berg"), Some("Prof."), Neutral)),
        ),
        (
            "Dr. + given + family, feminine",
            Some(recipient(Some("Anna"), Some("Berg"), Some("Dr."), Feminine)),
        ),
        (
            "given + family, masculine",
            Some(recipient(Some("Jan"), Some("Berg"), None, Masculine)),
        ),
        (
            "Ms typed as the title + family, no form given",
            Some(recipient(None, Some("Berg"), Some("Ms"), Neutral)),
        ),
        (
            "unknown title Sheriff + family",
            Some(recipient(None, Some("Berg"), Some("Sheriff"), Neutral)),
        ),
        (
            "full name only",
            Some(Recipient::named(PersonName::parse("Anna Berg").unwrap())),
        ),
        (
            "title typed in the full name",
            Some(Recipient::named(
                PersonName::parse("Dr. Anna von Berg").unwrap(),
            )),
        ),
        ("no recipient", None),
    ]
}

/// The greeting and sign-off of a job-interview letter for each tone and shape of name.
fn table(tag: &str) -> String {
    let engine = engine();
    let pack = engine.packs.get(tag).unwrap();
    let mut out = String::new();
    for &tone in Tone::ALL {
        out.push_str(&format!("## {tone}\n"));
        for (label, recipient) in shapes() {
            let mut request = DeclineRequest::minimal(
                Scenario::JobInterview,
                PersonName::parse("Alex Kim").unwrap(),
            );
            request.tone = tone;
            request.recipient = recipient;
            let body = engine.decline(&request, pack).unwrap().letter.body;
            let paragraphs: Vec<&str> = body.split("\n\n").collect();
            let sign_off = paragraphs.last().unwrap().replace('\n', " / ");
            out.push_str(&format!("{label}: {} … {sign_off}\n", paragraphs[0]));
        }
    }
    out
}

#[test]
fn every_pack_greets_and_signs_off_in_its_own_convention_for_every_shape_of_name() {
    let engine = engine();
    for pack in engine.packs.all() {
        insta::assert_snapshot!(pack.tag.clone(), table(&pack.tag));
    }
}

#[test]
fn english_greets_by_given_name_when_warm_and_by_title_and_family_name_when_formal() {
    let table = table("en");
    for expected in [
        "given + family: Hi Anna,",
        "Prof. + family, feminine: Dear Professor Berg,",
        "Dr. + given + family, feminine: Dear Dr Berg,",
        "given + family, masculine: Dear Mr Berg,",
        "unknown title Sheriff + family: Dear Sheriff Berg,",
        "full name only: Dear Anna Berg,",
        "title typed in the full name: Dear Dr von Berg,",
    ] {
        assert!(table.contains(expected), "{expected:?} in\n{table}");
    }
    assert!(!table.contains("Hi Anna Berg"), "{table}");
}

#[test]
fn a_title_is_recognised_however_it_is_typed() {
    let engine = engine();
    let en = engine.packs.get("en").unwrap();
    for typed in ["Prof.", "prof", "PROFESSOR", "Prof.  Dr."] {
        assert_eq!(en.meta.title_kind(typed), Some("professor"), "{typed}");
    }
    assert_eq!(en.meta.title_kind("Sheriff"), None);
}

#[test]
fn a_title_typed_at_the_start_of_a_full_name_is_greeted_as_a_title_with_the_family_name() {
    let engine = engine();
    let en = engine.packs.get("en").unwrap();
    let greeting = |typed: &str, tone: Tone| {
        let mut request = DeclineRequest::minimal(
            Scenario::JobInterview,
            PersonName::parse("Alex Kim").unwrap(),
        );
        request.tone = tone;
        request.recipient = Some(Recipient::named(PersonName::parse(typed).unwrap()));
        let body = engine.decline(&request, en).unwrap().letter.body;
        body.split("\n\n").next().unwrap().to_owned()
    };
    assert_eq!(
        greeting("Prof. Dr. Peter Nolan", Tone::Formal),
        "Dear Professor Nolan,"
    );
    assert_eq!(greeting("Dr. Peter Nolan", Tone::Warm), "Hi Peter,");
    assert_eq!(greeting("Dr Nolan", Tone::Formal), "Dear Dr Nolan,");
    // Not a title: a name that merely starts like one, or a title with no name after it.
    assert_eq!(greeting("Drew Peters", Tone::Formal), "Dear Drew Peters,");
    assert_eq!(greeting("Doctor", Tone::Formal), "Dear Doctor,");
}

#[test]
fn a_french_closing_that_repeats_the_form_of_address_is_a_sign_off_not_a_sentence() {
    let engine = engine();
    let pack = engine.packs.get("fr").unwrap();
    let mut request = DeclineRequest::minimal(
        Scenario::JobInterview,
        PersonName::parse("Alex Kim").unwrap(),
    );
    request.tone = Tone::Formal;
    let sentences = |request: &DeclineRequest| {
        let decline = engine.decline(request, pack).unwrap();
        assert!(
            decline.tone.findings.is_empty(),
            "{:?}\n{}",
            decline.tone.findings,
            decline.letter.body
        );
        decline.tone.sentences
    };
    let generic = sentences(&request);
    request.recipient = Some(Recipient {
        name: None,
        given_name: None,
        family_name: name("Dubois"),
        title: name("Prof."),
        form: FormOfAddress::Feminine,
    });
    assert_eq!(sentences(&request), generic);
}

#[test]
fn a_spanish_warm_letter_says_tu_only_to_a_reader_greeted_by_given_name() {
    let engine = engine();
    let pack = engine.packs.get("es").unwrap();
    let body = |recipient: Recipient| {
        let mut request = DeclineRequest::minimal(
            Scenario::SpeakingEngagement,
            PersonName::parse("Lucía Gómez").unwrap(),
        );
        request.recipient = Some(recipient);
        engine.decline(&request, pack).unwrap().letter.body
    };
    let by_given_name = body(Recipient {
        name: None,
        given_name: name("Carmen"),
        family_name: name("Ruiz"),
        title: None,
        form: FormOfAddress::Neutral,
    });
    assert!(
        by_given_name.starts_with("Hola, Carmen:"),
        "{by_given_name}"
    );
    assert!(by_given_name.contains("hayas pensado"), "{by_given_name}");
    let by_title = body(Recipient {
        name: None,
        given_name: None,
        family_name: name("Ruiz"),
        title: name("Prof."),
        form: FormOfAddress::Feminine,
    });
    assert!(!by_title.contains("hayas"), "{by_title}");
    assert!(by_title.contains("hayan pensado"), "{by_title}");
}

#[test]
fn a_title_that_states_the_gender_is_taken_as_the_form_of_address() {
    let engine = engine();
    let greeting = |tag: &str, title: &str, family: &str| {
        let mut request = DeclineRequest::minimal(
            Scenario::JobInterview,
            PersonName::parse("Alex Kim").unwrap(),
        );
        request.tone = Tone::Formal;
        request.recipient = Some(Recipient {
            name: None,
            given_name: None,
            family_name: name(family),
            title: name(title),
            form: FormOfAddress::Neutral,
        });
        let pack = engine.packs.get(tag).unwrap();
        let body = engine.decline(&request, pack).unwrap().letter.body;
        body.split("\n\n").next().unwrap().to_owned()
    };
    assert_eq!(greeting("fr", "Madame", "Rousseau"), "Madame,");
    assert_eq!(greeting("fr", "M.", "Lambert"), "Monsieur,");
    assert_eq!(greeting("de", "Frau", "Berg"), "Sehr geehrte Frau Berg,");
    assert_eq!(greeting("en", "Mrs", "Berg"), "Dear Mrs Berg,");
    // A title that says nothing of gender leaves the neutral form.
    let neutral = greeting("fr", "Pr", "Henry");
    assert!(
        !neutral.contains("Monsieur le") && !neutral.contains("Madame la"),
        "{neutral}"
    );
}

//! The sentence around a caller's name follows the name's shape, as the pack's `[names]`
//! reads it: no article doubled or missing, particles capitalised where the language does it.

use bowout::core::model::{DeclineRequest, FormOfAddress, Invitation, Recipient, Scenario, Tone};
use bowout::core::text::{BoundedText, PersonName};

use crate::engine;

fn text<const MAX: usize>(raw: &str) -> Option<BoundedText<MAX>> {
    Some(BoundedText::parse(raw).unwrap())
}

fn body(tag: &str, request: &DeclineRequest) -> String {
    let engine = engine();
    let pack = engine.packs.get(tag).unwrap();
    engine.decline(request, pack).unwrap().letter.body
}

fn talk_at(event: &str) -> DeclineRequest {
    let mut request = DeclineRequest::minimal(
        Scenario::SpeakingEngagement,
        PersonName::parse("Alex Kim").unwrap(),
    );
    request.tone = Tone::Formal;
    request.invitation = Some(Invitation::Keynote);
    request.event = text(event);
    request
}

#[test]
fn english_gives_an_event_that_says_what_it_is_its_article() {
    assert!(
        body("en", &talk_at("Future of Work Summit")).contains("at the Future of Work Summit"),
        "{}",
        body("en", &talk_at("Future of Work Summit"))
    );
}

#[test]
fn english_leaves_a_bare_name_and_one_with_its_own_article_as_typed() {
    let bare = body("en", &talk_at("PyCon 2026"));
    assert!(bare.contains("at PyCon 2026"), "{bare}");
    let own_article = body("en", &talk_at("the Berlin AI Summit"));
    assert!(
        own_article.contains("at the Berlin AI Summit"),
        "{own_article}"
    );
    assert!(!own_article.contains("the the"), "{own_article}");
}

#[test]
fn english_names_a_university_with_its_article_and_a_company_without() {
    let mut request = DeclineRequest::minimal(
        Scenario::JobInterview,
        PersonName::parse("Alex Kim").unwrap(),
    );
    request.position = text("Research Software Engineer");
    request.organization = text("University of Leeds");
    let university = body("en", &request);
    assert!(
        university.contains("role at the University of Leeds"),
        "{university}"
    );
    request.organization = text("Leeds Beckett University");
    let company_shaped = body("en", &request);
    assert!(
        company_shaped.contains("role at Leeds Beckett University"),
        "{company_shaped}"
    );
}

#[test]
fn dutch_capitalises_a_surname_particle_only_when_the_surname_stands_alone() {
    let mut request = DeclineRequest::minimal(
        Scenario::JobInterview,
        PersonName::parse("Sanne de Vries").unwrap(),
    );
    request.tone = Tone::Formal;
    request.recipient = Some(Recipient {
        name: None,
        given_name: PersonName::parse("Anne").ok(),
        family_name: PersonName::parse("van Dijk").ok(),
        title: None,
        form: FormOfAddress::Feminine,
    });
    let formal = body("nl", &request);
    assert!(formal.starts_with("Geachte mevrouw Van Dijk,"), "{formal}");
    // English keeps the name as typed.
    let english = body("en", &request);
    assert!(english.starts_with("Dear Ms van Dijk,"), "{english}");
}

#[test]
fn english_does_not_name_an_organiser_the_event_s_name_already_holds() {
    let mut request = talk_at("PyCon US 2027");
    request.organization = text("PyCon US");
    let named_after = body("en", &request);
    assert!(!named_after.contains("hosted by"), "{named_after}");
    request.organization = text("Python Software Foundation");
    let hosted = body("en", &request);
    assert!(
        hosted.contains("PyCon US 2027, hosted by the Python Software Foundation")
            || hosted.contains("PyCon US 2027, hosted by Python Software Foundation"),
        "{hosted}"
    );
}

fn media_interview_on(topic: &str) -> DeclineRequest {
    let mut request = DeclineRequest::minimal(
        Scenario::MediaInterview,
        PersonName::parse("Jonas Weber").unwrap(),
    );
    request.tone = Tone::Formal;
    request.organization = text("Deutschlandfunk");
    request.topic = text(topic);
    request
}

#[test]
fn german_puts_a_topic_with_its_own_article_after_ueber_unless_the_case_would_change() {
    let feminine = body("de", &media_interview_on("die Zukunft der Rente"));
    assert!(
        feminine.contains("über die Zukunft der Rente"),
        "{feminine}"
    );
    assert!(!feminine.contains("zum Thema die"), "{feminine}");
    // "über der Wandel" would put a masculine topic in the wrong case: it stands where the
    // nominative is right instead, labelled ("Thema: der Wandel …") or quoted.
    let masculine = body("de", &media_interview_on("der Wandel der Arbeitswelt"));
    assert!(!masculine.contains("über der Wandel"), "{masculine}");
    assert!(
        masculine.contains("Thema: der Wandel der Arbeitswelt")
            || masculine.contains("„der Wandel der Arbeitswelt“"),
        "{masculine}"
    );
}

#[test]
fn german_agrees_with_the_gender_of_an_event_s_kind_word() {
    let masculine = body("de", &talk_at("Berliner Digitalgipfel 2027"));
    assert!(
        masculine.contains("beim Berliner Digitalgipfel 2027")
            || masculine.contains("auf dem Berliner Digitalgipfel 2027"),
        "{masculine}"
    );
    let feminine = body("de", &talk_at("Jahrestagung Bildung 2027"));
    assert!(
        feminine.contains("der Jahrestagung Bildung 2027"),
        "{feminine}"
    );
    assert!(!feminine.contains("dem Jahrestagung"), "{feminine}");
}

#[test]
fn an_event_or_topic_typed_in_quotes_reads_as_one_typed_without_in_every_pack() {
    let engine = engine();
    for pack in engine.packs.all() {
        let tag = pack.tag.as_str();
        let bare = talk_at("Forum Nowej Gospodarki");
        for quoted in [
            "\"Forum Nowej Gospodarki\"",
            "„Forum Nowej Gospodarki”",
            "«Forum Nowej Gospodarki»",
            "「Forum Nowej Gospodarki」",
        ] {
            assert_eq!(
                body(tag, &talk_at(quoted)),
                body(tag, &bare),
                "{tag}: {quoted}"
            );
        }
        let mut on_topic = media_interview_on("Sztuczna inteligencja w medycynie");
        let bare = body(tag, &on_topic);
        on_topic.topic = text("“Sztuczna inteligencja w medycynie”");
        assert_eq!(body(tag, &on_topic), bare, "{tag}: quoted topic");
    }
}

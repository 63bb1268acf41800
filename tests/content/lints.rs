//! The pack lints: each fires on a constructed bad letter and stays quiet on a good one, in
//! several languages; and a letter composed with marks is, without them, the letter callers get.

use bowout::core::check::{lints_of, sample_requests, samples_of};
use bowout::core::compose;
use bowout::core::lint::{self, Finding, MarkedLetter, MarkedText};
use bowout::core::model::{Reason, Scenario, Tone};

use crate::engine;

/// A piece of a constructed letter: the pack's words, or a caller's field.
type Part<'a> = (Option<&'a str>, &'a str);

const fn own(text: &str) -> Part<'_> {
    (None, text)
}

const fn caller<'a>(field: &'a str, text: &'a str) -> Part<'a> {
    (Some(field), text)
}

/// A letter of pack `tag` with `subject` and, between the greeting and the signature the pack
/// really writes, the sentences `body`.
fn letter(tag: &str, subject: &[Part], body: &[Part]) -> MarkedLetter {
    let engine = engine();
    let pack = engine.packs.get(tag).unwrap();
    let samples = samples_of(pack).unwrap();
    let sample = sample_requests(&samples)
        .into_iter()
        .find(|s| {
            s.request.scenario == Scenario::JobInterview
                && s.request.reason == Reason::None
                && s.request.tone == Tone::Formal
                && s.request.recipient.is_some()
        })
        .unwrap();
    let real = compose::compose_marked(
        &engine.templates,
        &sample.request,
        &engine.packs.localizer(pack),
    )
    .unwrap();
    let paragraphs: Vec<&str> = real.body.split("\n\n").collect();
    let sentences = MarkedText::from_parts(body).marked;
    let body = format!(
        "{}\n\n{sentences}\n\n{}",
        paragraphs[0],
        paragraphs.last().unwrap()
    );
    MarkedLetter {
        subject: MarkedText::from_parts(subject),
        body: MarkedText::new(&body),
    }
}

fn findings(tag: &str, subject: &[Part], body: &[Part]) -> Vec<Finding> {
    let engine = engine();
    let pack = engine.packs.get(tag).unwrap();
    let lints = lints_of(pack).unwrap_or_else(|e| panic!("{e}"));
    lints.check(&letter(tag, subject, body), pack.tone.analyzer())
}

fn assert_fires(lint: &str, tag: &str, subject: &[Part], body: &[Part]) {
    let found = findings(tag, subject, body);
    assert!(
        found.iter().any(|f| f.lint == lint),
        "{tag}: expected `{lint}`, found {found:#?}"
    );
}

fn assert_quiet(lint: &str, tag: &str, subject: &[Part], body: &[Part]) {
    let found = findings(tag, subject, body);
    assert!(
        found.iter().all(|f| f.lint != lint),
        "{tag}: expected no `{lint}`, found {found:#?}"
    );
}

const EN_SUBJECT: &[Part] = &[own("Thank you for the invitation")];

#[test]
fn an_article_glued_to_a_name_is_a_forbidden_sequence() {
    assert_fires(
        lint::FORBIDDEN_SEQUENCE,
        "fr",
        &[own("Invitation")],
        &[
            own("Merci de votre invitation à le "),
            caller("event", "Salon de l'innovation"),
            own(". Je ne pourrai pas y participer."),
        ],
    );
    assert_fires(
        lint::FORBIDDEN_SEQUENCE,
        "es",
        &[own("Invitación")],
        &[
            own("Gracias por la invitación a el "),
            caller("event", "Congreso de Diseño"),
            own(". No podré participar."),
        ],
    );
    assert_fires(
        lint::FORBIDDEN_SEQUENCE,
        "it",
        &[own("Invito")],
        &[
            own("Grazie per l'invito a il "),
            caller("event", "Convegno di Design"),
            own(". Non potrò partecipare."),
        ],
    );
}

#[test]
fn a_name_placed_right_after_a_preposition_that_inflects_it_is_a_forbidden_sequence() {
    assert_fires(
        lint::FORBIDDEN_SEQUENCE,
        "de",
        &[own("Ihre Einladung")],
        &[
            own("Vielen Dank für die Anfrage, an „"),
            caller("event", "die Promotionskommission"),
            own("“ mitzuwirken. Ich muss leider absagen."),
        ],
    );
    assert_fires(
        lint::FORBIDDEN_SEQUENCE,
        "fr",
        &[own("Invitation")],
        &[
            own("Merci de m'avoir invité à "),
            caller("event", "Rencontres Rust"),
            own(". Je ne pourrai pas y participer."),
        ],
    );
}

#[test]
fn an_entry_for_some_shapes_of_name_fires_on_those_shapes_only() {
    let keynote_at = |event: &'static str| {
        [
            own("Thank you for inviting me to give the keynote at "),
            caller("event", event),
            own(". I must decline."),
        ]
    };
    // "at {event:kind|kind-first}": a name that says what it is needs "the".
    assert_fires(
        lint::FORBIDDEN_SEQUENCE,
        "en",
        &[own("Keynote")],
        &keynote_at("Future of Work Summit"),
    );
    assert_quiet(
        lint::FORBIDDEN_SEQUENCE,
        "en",
        &[own("Keynote")],
        &keynote_at("PyCon 2026"),
    );
    // "the {event:article}": no second article before one the caller typed.
    let the_named = [
        own("I enjoy the "),
        caller("event", "the Lancet"),
        own(" very much."),
    ];
    assert_fires(lint::FORBIDDEN_SEQUENCE, "en", &[own("Review")], &the_named);
}

#[test]
fn a_bare_reason_is_forbidden_only_when_it_was_typed_as_a_clause() {
    // Spanish forbids "aceptar. {reason-note:clause|plain}": a reason typed in lower case must
    // be joined ("El motivo es que …"); one typed as a sentence of its own may stand alone.
    let after_decision = |reason: &'static str| {
        [
            own("Gracias por la invitación. Lamento no poder aceptar. "),
            caller("reason-note", reason),
            own("."),
        ]
    };
    assert_fires(
        lint::FORBIDDEN_SEQUENCE,
        "es",
        &[own("Invitación")],
        &after_decision("mi madre necesita mi ayuda estos meses"),
    );
    assert_quiet(
        lint::FORBIDDEN_SEQUENCE,
        "es",
        &[own("Invitación")],
        &after_decision("Mi madre necesita mi ayuda estos meses"),
    );
}

#[test]
fn a_detail_after_about_is_forbidden_only_when_it_was_typed_as_a_sentence() {
    use bowout::core::lint::{LintSettings, Lints};
    let engine = engine();
    let en = engine.packs.get("en").unwrap();
    let settings = LintSettings {
        forbidden: vec!["about {detail:sentence}".to_owned()],
        ..LintSettings::default()
    };
    let lints = Lints::new(&settings, en.tone.analyzer(), &en.meta.names).unwrap();
    let after_about = |detail: &'static str| {
        let found = lints.check(
            &letter(
                "en",
                EN_SUBJECT,
                &[
                    own("I enjoyed our talk about "),
                    caller("detail", detail),
                    own("."),
                ],
            ),
            en.tone.analyzer(),
        );
        found.iter().any(|f| f.lint == lint::FORBIDDEN_SEQUENCE)
    };
    assert!(
        after_about("We covered the payments roadmap"),
        "typed as a sentence"
    );
    assert!(!after_about("the payments roadmap"), "typed as a phrase");
}

#[test]
fn a_shape_is_given_only_for_names_and_only_of_the_four_kinds() {
    use bowout::core::lint::{LintSettings, Lints};
    let engine = engine();
    let en = engine.packs.get("en").unwrap();
    let compile = |entry: &str| {
        let settings = LintSettings {
            forbidden: vec![entry.to_owned()],
            ..LintSettings::default()
        };
        Lints::new(&settings, en.tone.analyzer(), &en.meta.names).map(|_| ())
    };
    assert!(compile("at {event:kind|kind-first}").is_ok());
    assert!(compile("at {organization:article}").is_ok());
    let not_a_name = compile("at {topic:kind}").unwrap_err();
    assert!(not_a_name.contains("have a shape"), "{not_a_name}");
    assert!(compile(". {reason-note:clause|plain}").is_ok());
    assert!(compile("about {detail:sentence}").is_ok());
    let not_typed_detail = compile("about {detail:kind}").unwrap_err();
    assert!(
        not_typed_detail.contains("sentence, clause, plain"),
        "{not_typed_detail}"
    );
    let not_typed = compile(". {reason-note:article}").unwrap_err();
    assert!(not_typed.contains("sentence, clause, plain"), "{not_typed}");
    let unknown = compile("at {event:large}").unwrap_err();
    assert!(
        unknown.contains("article, kind-first, kind, plain"),
        "{unknown}"
    );
}

#[test]
fn an_entry_for_some_genders_of_name_fires_on_those_genders_only() {
    use bowout::core::i18n::NameSettings;
    use bowout::core::lint::{LintSettings, Lints};
    let engine = engine();
    let de = engine.packs.get("de").unwrap();
    let names: NameSettings = toml::from_str(
        "articles = [\"der\", \"die\"]\n[genders]\nfeminine = [\"tagung\"]\nmasculine = [\"gipfel\"]",
    )
    .unwrap();
    let settings = LintSettings {
        forbidden: vec!["auf der {event:masculine|unknown}".to_owned()],
        ..LintSettings::default()
    };
    let lints = Lints::new(&settings, de.tone.analyzer(), &names).unwrap();
    let speak_at = |event: &'static str| {
        let found = lints.check(
            &letter(
                "de",
                &[own("Ihre Einladung")],
                &[
                    own("Vielen Dank für die Einladung, auf der "),
                    caller("event", event),
                    own(" zu sprechen."),
                ],
            ),
            de.tone.analyzer(),
        );
        found.iter().any(|f| f.lint == lint::FORBIDDEN_SEQUENCE)
    };
    assert!(speak_at("Berliner Digitalgipfel"), "a masculine name");
    assert!(speak_at("PyCon 2027"), "a name of unknown gender");
    assert!(!speak_at("Jahrestagung 2027"), "a feminine name");
}

#[test]
fn a_gender_named_by_a_forbidden_entry_is_one_the_pack_lists() {
    use bowout::core::lint::{LintSettings, Lints};
    let engine = engine();
    let en = engine.packs.get("en").unwrap();
    let settings = LintSettings {
        forbidden: vec!["at {event:feminine}".to_owned()],
        ..LintSettings::default()
    };
    let error = Lints::new(&settings, en.tone.analyzer(), &en.meta.names)
        .map(|_| ())
        .unwrap_err();
    assert!(error.contains("[names.genders]"), "{error}");
}

#[test]
fn the_same_words_are_not_forbidden_away_from_caller_text_or_before_a_frame() {
    assert_quiet(
        lint::FORBIDDEN_SEQUENCE,
        "fr",
        &[own("Invitation")],
        &[
            own("Je serais ravi de le faire une autre fois dans le cadre de la conférence « "),
            caller("event", "Rencontres Rust"),
            own(" »."),
        ],
    );
    assert_quiet(
        lint::FORBIDDEN_SEQUENCE,
        "es",
        &[own("Entrevista")],
        &[
            own("Gracias por la invitación de su redacción en "),
            caller("organization", "El País"),
            own(" para la entrevista."),
        ],
    );
    assert_quiet(
        lint::FORBIDDEN_SEQUENCE,
        "de",
        &[own("Ihre Einladung")],
        &[
            own("Vielen Dank für die Einladung zur Veranstaltung „"),
            caller("event", "Datenforum 2027"),
            own("“."),
        ],
    );
}

#[test]
fn a_content_word_repeated_in_adjacent_sentences_is_found_in_any_form() {
    assert_fires(
        lint::REPEATED_WORD,
        "en",
        EN_SUBJECT,
        &[own(
            "Thank you for the invitation. I've decided to step back. I have decided this after some thought.",
        )],
    );
    assert_fires(
        lint::REPEATED_WORD,
        "de",
        &[own("Ihre Einladung")],
        &[own(
            "Vielen Dank für Ihre Einladung. Mein Kalender ist voll. Im Kalender ist kein Platz mehr.",
        )],
    );
    assert_fires(
        lint::REPEATED_WORD,
        "fr",
        &[own("Invitation")],
        &[own(
            "Merci pour votre invitation. J'ai décidé de ne pas donner suite. Je l'ai décidée après mûre réflexion.",
        )],
    );
}

#[test]
fn a_kanji_word_repeated_in_adjacent_japanese_sentences_is_found() {
    assert_fires(
        lint::REPEATED_WORD,
        "ja",
        &[own("ご連絡")],
        &[own(
            "このたびはご連絡ありがとうございました。誠に恐縮ながら辞退いたします。辞退の理由は一身上の都合です。",
        )],
    );
    assert_quiet(
        lint::REPEATED_WORD,
        "ja",
        &[own("ご連絡")],
        &[own(
            "このたびはご連絡ありがとうございました。誠に恐縮ながら辞退いたします。今後のご発展をお祈りしております。",
        )],
    );
}

#[test]
fn a_word_repeated_in_arabic_adjacent_sentences_is_found() {
    assert_fires(
        lint::REPEATED_WORD,
        "ar",
        &[own("دعوتكم")],
        &[own(
            "أشكركم على دعوتكم الكريمة. لقد قررت الاعتذار عن المشاركة. وقد قررت ذلك بعد تفكير طويل.",
        )],
    );
}

#[test]
fn different_words_stop_words_and_caller_text_are_not_repetitions() {
    assert_quiet(
        lint::REPEATED_WORD,
        "en",
        EN_SUBJECT,
        &[
            own("Thank you for thinking of me for the role at "),
            caller("organization", "Northwind"),
            own(". I've decided to step back, and I wish everyone at "),
            caller("organization", "Northwind"),
            own(" well."),
        ],
    );
    assert_quiet(
        lint::REPEATED_WORD,
        "de",
        &[own("Ihre Einladung")],
        &[own(
            "Vielen Dank für Ihre Einladung. Leider muss ich Ihnen absagen. Ich wünsche Ihnen viel Erfolg.",
        )],
    );
}

#[test]
fn adjacent_sentences_that_open_alike_are_found() {
    assert_fires(
        lint::REPEATED_OPENING,
        "en",
        EN_SUBJECT,
        &[own(
            "Thank you for the invitation. Thank you also for the kind words about my work.",
        )],
    );
    assert_fires(
        lint::REPEATED_OPENING,
        "es",
        &[own("Invitación")],
        &[own(
            "Muchas gracias por la invitación. He decidido no participar. He decidido centrarme en otros proyectos.",
        )],
    );
    assert_fires(
        lint::REPEATED_OPENING,
        "nl",
        &[own("Uitnodiging")],
        &[own(
            "Hartelijk dank voor de uitnodiging. Hartelijk dank ook voor uw vriendelijke woorden.",
        )],
    );
}

#[test]
fn sentences_that_open_with_different_words_are_not_alike() {
    assert_quiet(
        lint::REPEATED_OPENING,
        "en",
        EN_SUBJECT,
        &[own(
            "Thank you for the invitation. I am unable to take part this time. I wish you a wonderful event.",
        )],
    );
    assert_quiet(
        lint::REPEATED_OPENING,
        "es",
        &[own("Invitación")],
        &[own(
            "Muchas gracias por la invitación. He decidido no participar. Le deseo mucho éxito.",
        )],
    );
}

#[test]
fn a_subject_or_sentence_that_is_only_caller_text_is_found() {
    assert_fires(
        lint::CALLER_TEXT_ONLY,
        "en",
        &[caller("event", "Design Summit 2027")],
        &[own(
            "Thank you for the invitation. I am unable to take part.",
        )],
    );
    assert_fires(
        lint::CALLER_TEXT_ONLY,
        "pt-BR",
        &[caller("event", "Congresso Brasileiro de Design 2027")],
        &[own(
            "Obrigado pelo convite. Infelizmente não poderei participar.",
        )],
    );
    assert_fires(
        lint::CALLER_TEXT_ONLY,
        "de",
        &[own("Ihre Einladung")],
        &[
            own("Vielen Dank für Ihre Einladung. "),
            caller("referral", "Lena Vogt"),
            own("."),
        ],
    );
}

#[test]
fn the_caller_s_own_reason_and_a_framed_name_are_not_only_caller_text() {
    assert_quiet(
        lint::CALLER_TEXT_ONLY,
        "en",
        &[own("Invitation: "), caller("event", "Design Summit 2027")],
        &[
            own("Thank you for the invitation. "),
            caller("reason-note", "My family is relocating abroad this spring"),
            own(". I am unable to take part."),
        ],
    );
    assert_quiet(
        lint::CALLER_TEXT_ONLY,
        "es",
        &[own("Invitación: "), caller("event", "Congreso de Diseño")],
        &[
            own("Muchas gracias por la invitación. "),
            caller("reason-note", "Me mudo al extranjero"),
            own("."),
        ],
    );
}

#[test]
fn a_sentence_or_subject_that_starts_in_lower_case_is_found() {
    assert_fires(
        lint::LOWERCASE_START,
        "en",
        EN_SUBJECT,
        &[
            own("Thank you for the invitation. "),
            caller("reason-note", "my family is relocating abroad"),
            own("."),
        ],
    );
    assert_fires(
        lint::LOWERCASE_START,
        "es",
        &[
            caller("position", "responsable de producto"),
            own(": retiro mi candidatura"),
        ],
        &[own(
            "Muchas gracias por la invitación. No podré participar.",
        )],
    );
    assert_fires(
        lint::LOWERCASE_START,
        "de",
        &[own("Ihre Einladung")],
        &[own(
            "vielen Dank für Ihre Einladung. leider muss ich absagen.",
        )],
    );
}

#[test]
fn a_german_letter_may_start_its_first_sentence_in_lower_case_and_japanese_has_no_case() {
    assert_quiet(
        lint::LOWERCASE_START,
        "de",
        &[own("Ihre Einladung")],
        &[own(
            "vielen Dank für Ihre Einladung. Leider muss ich absagen.",
        )],
    );
    assert_quiet(
        lint::LOWERCASE_START,
        "ja",
        &[own("ご連絡")],
        &[own(
            "このたびはご連絡ありがとうございました。辞退いたします。",
        )],
    );
    assert_quiet(
        lint::LOWERCASE_START,
        "en",
        EN_SUBJECT,
        &[own(
            "Thank you for the invitation. I am unable to take part.",
        )],
    );
}

#[test]
fn mechanical_faults_are_found_in_every_language() {
    for (tag, text) in [
        (
            "en",
            "Thank you for the invitation. Unknown localization key: x.",
        ),
        (
            "fr",
            "Merci pour votre invitation. Unknown localization key: x.",
        ),
        (
            "ja",
            "ご連絡ありがとうございました。Unknown localization key",
        ),
    ] {
        assert_fires(lint::UNKNOWN_KEY, tag, &[own("x")], &[own(text)]);
    }
    for (tag, text) in [
        ("en", "Thank you for the invitation ()."),
        ("fr", "Merci pour votre invitation à la conférence « »."),
        ("ja", "「」についてご連絡ありがとうございました。"),
    ] {
        assert_fires(lint::EMPTY_PLACEHOLDER, tag, &[own("x")], &[own(text)]);
    }
    assert_fires(
        lint::EMPTY_PLACEHOLDER,
        "en",
        EN_SUBJECT,
        &[
            own("Thank you for the invitation to "),
            caller("event", ""),
            own("."),
        ],
    );
    for (tag, text) in [
        ("en", "Thank you for  the invitation."),
        ("de", "Vielen Dank für  Ihre Einladung."),
        ("es", "Muchas gracias por  la invitación."),
    ] {
        assert_fires(lint::DOUBLED_SPACE, tag, &[own("x")], &[own(text)]);
    }
    for (tag, text) in [
        ("en", "Thank you for the invitation,, and the kind words."),
        (
            "de",
            "Vielen Dank für Ihre Einladung. . Leider muss ich absagen.",
        ),
        ("ja", "ご連絡ありがとうございました。。辞退いたします。"),
    ] {
        assert_fires(lint::DOUBLED_PUNCTUATION, tag, &[own("x")], &[own(text)]);
    }
    for (tag, text) in [
        (
            "en",
            "Thank you for the invitation.\n—\nI am unable to take part.",
        ),
        (
            "fr",
            "Merci pour votre invitation.\n…\nJe ne pourrai pas venir.",
        ),
        ("pl", "Dziękuję za zaproszenie.\n.\nNiestety nie mogę."),
    ] {
        assert_fires(lint::PUNCTUATION_ONLY_LINE, tag, &[own("x")], &[own(text)]);
    }
}

#[test]
fn clean_text_has_no_mechanical_faults() {
    for (tag, text) in [
        (
            "en",
            "Thank you for the invitation… I am unable to take part. Perhaps next year?",
        ),
        (
            "fr",
            "Merci pour votre invitation à la conférence « Rencontres ». Je ne pourrai pas venir\u{202F}!",
        ),
        ("ja", "ご連絡ありがとうございました。辞退いたします。"),
    ] {
        let found = findings(tag, &[own("Invitation")], &[own(text)]);
        let mechanical = [
            lint::UNKNOWN_KEY,
            lint::EMPTY_PLACEHOLDER,
            lint::DOUBLED_SPACE,
            lint::DOUBLED_PUNCTUATION,
            lint::PUNCTUATION_ONLY_LINE,
        ];
        assert!(
            found.iter().all(|f| !mechanical.contains(&f.lint)),
            "{tag}: {found:#?}"
        );
    }
}

#[test]
fn a_finding_names_its_sentence_and_what_it_saw() {
    let found = findings(
        "fr",
        &[own("Invitation")],
        &[
            own("Merci de votre invitation. Je ne pourrai pas participer à le "),
            caller("event", "Salon"),
            own(". Bonne continuation."),
        ],
    );
    let finding = found
        .iter()
        .find(|f| f.lint == lint::FORBIDDEN_SEQUENCE)
        .unwrap();
    assert_eq!(finding.sentence, "Je ne pourrai pas participer à le Salon.");
    assert!(finding.detail.contains("à le {slot}"), "{}", finding.detail);
}

#[test]
fn a_letter_composed_with_marks_is_without_them_the_letter_callers_get_and_has_no_english_sample_text()
 {
    let engine = engine();
    let english = samples_of(engine.packs.get("en").unwrap()).unwrap();
    for pack in engine.packs.all() {
        let localizer = engine.packs.localizer(pack);
        let samples = samples_of(pack).unwrap_or_else(|e| panic!("{e}"));
        for sample in sample_requests(&samples) {
            let plain = compose::compose(&engine.templates, &sample.request, &localizer).unwrap();
            if pack.tag != "en" {
                for english_text in [&english.organization, &english.event, &english.position] {
                    assert!(
                        !plain.body.contains(english_text.as_str())
                            && !plain.subject.contains(english_text.as_str()),
                        "{} {}: English sample text {english_text:?} in\n{}",
                        pack.tag,
                        sample.label,
                        plain.body
                    );
                }
            }
            let marked =
                compose::compose_marked(&engine.templates, &sample.request, &localizer).unwrap();
            assert_eq!(
                MarkedLetter::new(&marked).plain(),
                plain,
                "{} {}",
                pack.tag,
                sample.label
            );
        }
    }
}

#[test]
fn every_pack_has_sample_text_of_its_own_and_lints_that_compile() {
    let engine = engine();
    let english = samples_of(engine.packs.get("en").unwrap()).unwrap();
    for pack in engine.packs.all() {
        let samples = samples_of(pack).unwrap_or_else(|e| panic!("{e}"));
        lints_of(pack).unwrap_or_else(|e| panic!("{e}"));
        if pack.tag != "en" {
            for (ours, theirs) in [
                (&samples.organization, &english.organization),
                (&samples.position, &english.position),
                (&samples.event, &english.event),
                (&samples.topic, &english.topic),
                (&samples.detail, &english.detail),
                (&samples.reason_note, &english.reason_note),
            ] {
                assert_ne!(ours, theirs, "{}: English sample text", pack.tag);
            }
        }
    }
}

#[test]
fn english_letters_for_every_kind_of_invitation_put_names_where_they_take_no_grammar() {
    let engine = engine();
    let pack = engine.packs.get("en").unwrap();
    let lints = lints_of(pack).unwrap();
    let localizer = engine.packs.localizer(pack);
    let samples = samples_of(pack).unwrap();
    let mut kinds = std::collections::BTreeSet::new();
    for sample in sample_requests(&samples)
        .into_iter()
        .filter(|s| s.request.invitation.is_some())
    {
        kinds.insert(sample.request.invitation);
        let marked =
            compose::compose_marked(&engine.templates, &sample.request, &localizer).unwrap();
        let found = lints.check(&MarkedLetter::new(&marked), pack.tone.analyzer());
        let slot_faults: Vec<&Finding> = found
            .iter()
            .filter(|f| [lint::FORBIDDEN_SEQUENCE, lint::CALLER_TEXT_ONLY].contains(&f.lint))
            .collect();
        assert!(slot_faults.is_empty(), "{}: {slot_faults:#?}", sample.label);
    }
    assert_eq!(kinds.len(), 18, "every kind is sampled");
}

#[test]
fn arabic_words_are_compared_without_the_article_written_onto_them() {
    // المشاركة … المشاريع share only the article and a root's first letters: not a repetition.
    assert_quiet(
        lint::REPEATED_WORD,
        "ar",
        &[own("دعوتكم")],
        &[own(
            "أشكركم على دعوتكم الكريمة إلى المشاركة. أنا منشغل حالياً بعدد من المشاريع. أتمنى لكم كل التوفيق.",
        )],
    );
    // للمشاركة … المشاركة is one word twice, whatever is written onto it.
    assert_fires(
        lint::REPEATED_WORD,
        "ar",
        &[own("دعوتكم")],
        &[own(
            "أشكركم على دعوتكم الكريمة للمشاركة. يؤسفني أن أعتذر عن المشاركة هذه المرة. أتمنى لكم كل التوفيق.",
        )],
    );
}

//! Every scenario × reason × tone, with many combinations of fields, in every pack.

use bowout::core::check::{Sample, letter_problems, sample_requests, samples_of};
use bowout::core::compose;
use bowout::core::lint::{MarkedLetter, SampleText};
use bowout::core::model::{Reason, Scenario, Tone};
use bowout::core::{Decline, Engine};

use crate::engine;

/// The English pack's sample caller text.
fn english_samples() -> SampleText {
    samples_of(engine().packs.get("en").unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

fn decline(engine: &Engine, tag: &str, sample: &Sample) -> Decline {
    let pack = engine.packs.get(tag).expect("a shipped pack");
    engine
        .decline(&sample.request, pack)
        .unwrap_or_else(|e| panic!("{tag} {}: {e}", sample.label))
}

#[test]
fn there_are_308_combinations_and_every_one_is_sampled() {
    let samples = sample_requests(&english_samples());
    let mut seen = std::collections::BTreeSet::new();
    for sample in &samples {
        seen.insert((
            sample.request.scenario,
            sample.request.reason,
            sample.request.tone,
        ));
    }
    assert_eq!(
        Scenario::ALL.len() * Reason::ALL.len() * Tone::ALL.len(),
        308
    );
    assert_eq!(seen.len(), 308);
    assert!(
        samples.len() > 308 * 10,
        "many field combinations per scenario × reason × tone"
    );
}

#[test]
fn every_letter_in_every_pack_is_clean_complete_honest_and_passes_its_own_tone_check() {
    let engine = engine();
    let mut failures = Vec::new();
    for pack in engine.packs.all() {
        let samples = samples_of(pack).unwrap_or_else(|e| panic!("{e}"));
        for sample in sample_requests(&samples) {
            let decline = decline(&engine, &pack.tag, &sample);
            for problem in letter_problems(
                pack,
                &samples,
                &sample.request,
                &decline.letter,
                &decline.tone,
            ) {
                failures.push(format!("{} {}: {problem}", pack.tag, sample.label));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}

/// English letters, with the caller's own text taken out: what Bowout itself wrote.
fn english_letters() -> Vec<(Sample, String)> {
    let engine = engine();
    let localizer = engine.packs.localizer(engine.packs.get("en").unwrap());
    sample_requests(&english_samples())
        .into_iter()
        .map(|sample| {
            let marked = compose::compose_marked(&engine.templates, &sample.request, &localizer)
                .unwrap_or_else(|e| panic!("{}: {e}", sample.label));
            let marked = MarkedLetter::new(&marked);
            let own = format!("{}\n{}", marked.subject.own_text(), marked.body.own_text());
            (sample, own)
        })
        .collect()
}

#[test]
fn company_fit_never_names_a_concern() {
    let concerns = [
        "culture",
        "turnover",
        "review",
        "toxic",
        "red flag",
        "ethic",
        "concern",
        "management",
        "leadership",
        "values",
        "reputation",
    ];
    for (sample, text) in english_letters()
        .iter()
        .filter(|(s, _)| s.request.reason == Reason::CompanyFit)
    {
        let lower = text.to_lowercase();
        for concern in concerns {
            assert!(
                !lower.contains(concern),
                "{}: names `{concern}`:\n{text}",
                sample.label
            );
        }
    }
}

#[test]
fn formal_letters_use_no_contractions() {
    let contraction = regex::Regex::new(r"(?i)\b\w+'(t|re|ve|ll|d|m|s)\b").unwrap();
    for (sample, text) in english_letters()
        .iter()
        .filter(|(s, _)| s.request.tone == Tone::Formal)
    {
        assert!(
            !contraction.is_match(text),
            "{}: {:?}",
            sample.label,
            contraction.find(text)
        );
    }
}

#[test]
fn firm_letters_never_hedge() {
    let hedges = [
        "maybe",
        "perhaps",
        "reconsider",
        "might ",
        "possibly",
        "not sure",
    ];
    for (sample, text) in english_letters()
        .iter()
        .filter(|(s, _)| s.request.tone == Tone::Firm)
    {
        let lower = text.to_lowercase();
        for hedge in hedges {
            assert!(
                !lower.contains(hedge),
                "{}: `{hedge}` in\n{text}",
                sample.label
            );
        }
    }
}

#[test]
fn brief_letters_are_shorter_than_warm_ones() {
    let engine = engine();
    for sample in sample_requests(&english_samples())
        .into_iter()
        .filter(|s| s.request.tone == Tone::Brief)
    {
        let mut warm = sample.clone();
        warm.request.tone = Tone::Warm;
        let brief_body = decline(&engine, "en", &sample).letter.body;
        let warm_body = decline(&engine, "en", &warm).letter.body;
        assert!(
            brief_body.chars().count() < warm_body.chars().count(),
            "{}:\n{brief_body}\n---\n{warm_body}",
            sample.label
        );
    }
}

#[test]
fn gratitude_comes_first() {
    // Gratitude in the pack's own terms ("Thank you …", "I am honored to have been asked …",
    // "It was kind of you …"): the first sentence alone satisfies the gratitude checklist.
    let engine = engine();
    let pack = engine.packs.get("en").unwrap();
    for (sample, text) in english_letters() {
        let first_paragraph_after_greeting = text.split("\n\n").nth(1).unwrap();
        let first_sentence = first_paragraph_after_greeting
            .split(['.', ';'])
            .next()
            .unwrap();
        assert!(
            engine
                .check_tone(first_sentence, pack, &[])
                .checklist
                .gratitude,
            "{}: {first_sentence}",
            sample.label
        );
    }
}

#[test]
fn the_caller_s_own_reason_replaces_the_stock_one() {
    let engine = engine();
    let sample = sample_requests(&english_samples())
        .into_iter()
        .find(|s| {
            s.request.scenario == Scenario::JobInterview
                && s.request.reason == Reason::AcceptedOffer
                && s.request.reason_note.is_some()
        })
        .unwrap();
    let body = decline(&engine, "en", &sample).letter.body;
    // Typed in lower case, it still opens its sentence with a capital.
    assert!(
        body.contains("My family is relocating abroad this spring."),
        "{body}"
    );
    assert!(!body.contains("accepted another"), "{body}");
}

#[test]
fn a_reason_typed_in_lower_case_is_joined_and_one_typed_as_a_sentence_stands_alone() {
    use bowout::core::model::DeclineRequest;
    use bowout::core::text::{LongText, PersonName};
    let engine = engine();
    let spanish = engine.packs.get("es").unwrap();
    let body = |note: &str| {
        let mut request = DeclineRequest::minimal(
            Scenario::JobInterview,
            PersonName::parse("Lucía Gómez").unwrap(),
        );
        request.tone = Tone::Formal;
        request.reason_note = Some(LongText::parse(note).unwrap());
        engine.decline(&request, spanish).unwrap().letter.body
    };
    let joined = body("mi madre necesita mi ayuda estos meses");
    assert!(
        joined.contains("El motivo es que mi madre necesita mi ayuda estos meses."),
        "{joined}"
    );
    let alone = body("Mi madre necesita mi ayuda estos meses.");
    assert!(
        alone.contains(" Mi madre necesita mi ayuda estos meses."),
        "{alone}"
    );
    assert!(!alone.contains("que Mi madre"), "{alone}");
}

#[test]
fn a_detail_typed_as_a_sentence_is_told_from_one_typed_as_a_phrase() {
    use bowout::core::model::DeclineRequest;
    use bowout::core::text::{LongText, PersonName};
    use fluent_bundle::FluentValue;
    let engine = engine();
    let english = engine.packs.get("en").unwrap();
    let shape = |detail: &str| {
        let mut request = DeclineRequest::minimal(
            Scenario::JobInterview,
            PersonName::parse("Lucía Gómez").unwrap(),
        );
        request.detail = Some(LongText::parse(detail).unwrap());
        let args = compose::message_args(&request, english, engine.packs.default_pack());
        match args.get("detail-shape") {
            Some(FluentValue::String(shape)) => shape.to_string(),
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(shape("We spoke about the payments roadmap."), "sentence");
    assert_eq!(shape("our talk about the payments roadmap"), "clause");
    assert_eq!(shape("決済チームの話"), "plain");
}

#[test]
fn a_sample_letter_in_each_tone_reads_as_expected() {
    // Two combinations, pinned: a change to the English wording shows up here for review.
    let engine = engine();
    let pick = |scenario, reason, tone| {
        let mut sample = sample_requests(&english_samples())
            .into_iter()
            .find(|s| {
                s.request.scenario == scenario
                    && s.request.reason == reason
                    && s.request.tone == tone
                    && s.label.ends_with("all but reason_note")
            })
            .unwrap();
        sample.request.stay_in_touch = true;
        let letter = decline(&engine, "en", &sample).letter;
        format!("Subject: {}\n\n{}", letter.subject, letter.body)
    };
    insta::assert_snapshot!(
        "job_interview_accepted_offer_warm",
        pick(Scenario::JobInterview, Reason::AcceptedOffer, Tone::Warm)
    );
    insta::assert_snapshot!(
        "speaking_engagement_bandwidth_formal",
        pick(
            Scenario::SpeakingEngagement,
            Reason::Bandwidth,
            Tone::Formal
        )
    );
}

#[test]
fn each_template_reads_only_the_fields_its_scenario_uses() {
    use bowout::core::scenarios::{Field, ScenarioSpec};
    let engine = engine();
    for &scenario in Scenario::ALL {
        let spec = ScenarioSpec::of(scenario);
        for variable in engine.templates.variables(scenario) {
            let allowed = matches!(variable.as_str(), "scenario" | "reason" | "tone")
                || Field::ALL
                    .iter()
                    .any(|f| f.name() == variable && spec.uses(*f));
            assert!(
                allowed,
                "templates/{scenario}.tera reads `{variable}`, which {scenario} does not use"
            );
        }
    }
}

//! Criterion benchmarks of each stage of a `/v1/declines` request, and of the whole pipeline,
//! for a representative request in English, German and Japanese; and of the tone checker on
//! a 600-character message.
//!
//!     cargo bench --bench pipeline
//!
//! Machines here are shared and noisy: compare stages and languages within one run.

use std::hint::black_box;

use bowout::api::declines::{DeclineResponse, parse_decline};
use bowout::api::tone::ToneReportBody;
use bowout::core::Engine;
use bowout::core::compose;
use criterion::{Criterion, criterion_group, criterion_main};

const REQUEST: &str = include_str!("../examples/support/request.json");

/// The representative request, in `locale`.
fn request_bytes(locale: &str) -> Vec<u8> {
    REQUEST
        .replace("\"locale\": \"en\"", &format!("\"locale\": \"{locale}\""))
        .into_bytes()
}

/// A 600-character message with a few of the mistakes the rules look for.
const MESSAGE_600: &str = "Hi Jordan Lee,\n\nThank you so much for considering me for the Product Designer role at Northwind and for the time your team spent with me last week. I really enjoyed hearing about your plans for accessible payments and the design system you are building. After a lot of thought, I've decided to withdraw from the process: I'm way too busy at the moment, and honestly the salary you offered is far too low for the scope. I don't think this is a good fit right now, but maybe another time. I'd love to stay in touch and hope our paths cross again, perhaps at a meet-up in autumn.\n\nBest regards,\nAlex Kim";

fn stages(c: &mut Criterion) {
    let engine = Engine::load(None).expect("the built-in packs load");
    for locale in ["en", "de", "ja"] {
        let bytes = request_bytes(locale);
        let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        let parsed = parse_decline(&value).unwrap();
        let (pack, _) = engine.packs.negotiate(&[locale.to_owned()]);
        let localizer = engine.packs.localizer(pack);
        let letter = compose::compose(&engine.templates, &parsed.request, &localizer).unwrap();
        let report = pack.tone.check(&letter.body, &localizer, &[]);
        let response = DeclineResponse {
            scenario: parsed.request.scenario,
            reason: parsed.request.reason,
            tone: parsed.request.tone,
            locale: pack.tag.clone(),
            requested_locale: Some(locale.to_owned()),
            locale_fallback: false,
            subject: letter.subject.clone(),
            body: letter.body.clone(),
            tone_check: ToneReportBody::new(&pack.tag, report),
            ignored_fields: vec![],
        };

        let mut group = c.benchmark_group(format!("declines/{locale}"));
        group.bench_function("parse+validate", |b| {
            b.iter(|| {
                let value: serde_json::Value = serde_json::from_slice(black_box(&bytes)).unwrap();
                parse_decline(&value).unwrap()
            })
        });
        group.bench_function("compose", |b| {
            b.iter(|| {
                compose::compose(&engine.templates, black_box(&parsed.request), &localizer).unwrap()
            })
        });
        group.bench_function("tone check", |b| {
            b.iter(|| pack.tone.check(black_box(&letter.body), &localizer, &[]))
        });
        // What the pack's classifier (en, de) adds to the check.
        let phrase_rules_alone = pack.tone.without_classifier();
        group.bench_function("tone check, phrase rules alone", |b| {
            b.iter(|| phrase_rules_alone.check(black_box(&letter.body), &localizer, &[]))
        });
        group.bench_function("serialize", |b| {
            b.iter(|| serde_json::to_vec(black_box(&response)).unwrap())
        });
        group.bench_function("pipeline", |b| {
            b.iter(|| {
                let value: serde_json::Value = serde_json::from_slice(black_box(&bytes)).unwrap();
                let parsed = parse_decline(&value).unwrap();
                let (pack, negotiated) = engine.packs.negotiate(&[locale.to_owned()]);
                let decline = engine.decline(&parsed.request, pack).unwrap();
                let response = DeclineResponse {
                    scenario: parsed.request.scenario,
                    reason: parsed.request.reason,
                    tone: parsed.request.tone,
                    locale: pack.tag.clone(),
                    requested_locale: negotiated.requested,
                    locale_fallback: negotiated.fallback,
                    subject: decline.letter.subject,
                    body: decline.letter.body,
                    tone_check: ToneReportBody::new(&pack.tag, decline.tone),
                    ignored_fields: parsed.ignored_fields,
                };
                serde_json::to_vec(&response).unwrap()
            })
        });
        group.finish();
    }

    assert_eq!(
        MESSAGE_600.chars().count(),
        600,
        "the message is 600 characters"
    );
    let english = engine.packs.get("en").unwrap();
    let localizer = engine.packs.localizer(english);
    c.bench_function("tone check/600 characters", |b| {
        b.iter(|| english.tone.check(black_box(MESSAGE_600), &localizer, &[]))
    });
    // The same check without the classifier, to report what the classifier adds.
    let phrase_rules_alone = english.tone.without_classifier();
    c.bench_function("tone check/600 characters, phrase rules alone", |b| {
        b.iter(|| phrase_rules_alone.check(black_box(MESSAGE_600), &localizer, &[]))
    });
}

criterion_group!(benches, stages);
criterion_main!(benches);

//! The pack checker: what `bowout packs check` reports, what start-up runs on packs from
//! `BOWOUT_PACKS_DIR`, and what the test suite runs on every shipped pack.
//!
//! It goes further than Mozilla's compare-locales: besides missing and obsolete messages it
//! compares the variables each message uses (following message references), the tone
//! variants it distinguishes, runs the pack's tone-rule examples, and renders every
//! scenario × reason × tone with many combinations of fields, using the pack's own sample
//! caller text, checking each letter for leaks, sentence count and its own tone report; with
//! `lints`, it runs the pack lints ([`super::lint`]) over every letter and compares what they
//! find with the pack's baseline.

use std::collections::{BTreeMap, BTreeSet};

use super::compose::{self, Letter, RECIPIENT_NAME_VARIABLES, TEXT_VARIABLES, Templates};
use super::content::{ContentFile, LINT_BASELINE_FILE, LINT_FILE, Reference, message_references};
use super::diagnostic::Diagnostic;
use super::i18n::{Direction, Pack, Packs};
use super::lint::{self, Lints, MarkedLetter, SampleRecipient, SampleReferral, SampleText};
use super::model::{
    DeclineRequest, FormOfAddress, Invitation, Reason, Recipient, Referral, Scenario, Tone,
};
use super::scenarios::{Field, ScenarioSpec};
use super::text::{LongText, MediumText, PersonName, ShortText};
use super::tone::{RuleKind, Severity, ToneReport};

/// How strict the checker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CheckOptions {
    /// Missing and obsolete messages are errors, not warnings.
    pub strict: bool,
    /// Run the pack lints and compare their findings with the pack's baseline (the pack
    /// checker does; start-up does not).
    pub lints: bool,
}

/// What the lints found in one pack: for each lint and sentence, the first combination it
/// was seen in, what was seen, and in how many letters.
pub type LintFindings = BTreeMap<(&'static str, String), FindingSeen>;

#[derive(Debug, Clone)]
pub struct FindingSeen {
    pub label: String,
    pub detail: String,
    pub letters: usize,
}

/// Everything the checker found in one pack.
pub struct PackCheck {
    pub diagnostics: Vec<Diagnostic>,
    /// With `lints`: what they found, baselined or not.
    pub findings: Option<LintFindings>,
}

/// Checks `pack` against the default pack of `packs`.
pub fn check_pack(
    packs: &Packs,
    pack: &Pack,
    templates: &Templates,
    options: CheckOptions,
) -> Vec<Diagnostic> {
    check_pack_in_full(packs, pack, templates, options).diagnostics
}

/// Checks `pack` against the default pack of `packs`, and returns the lint findings too.
pub fn check_pack_in_full(
    packs: &Packs,
    pack: &Pack,
    templates: &Templates,
    options: CheckOptions,
) -> PackCheck {
    let mut diagnostics = Vec::new();
    let reference = packs.default_pack();
    let reference_samples = samples_of(reference).unwrap_or_else(|_| SampleText::builtin());
    if pack.tag != reference.tag {
        let named = named_by_templates(templates, &reference_samples);
        compare_messages(reference, pack, &named, options, &mut diagnostics);
    }
    let own_samples = match samples_of(pack) {
        Ok(samples) => samples,
        Err(diagnostic) => {
            // Start-up renders a new language with the default pack's samples; the checker
            // wants the language's own.
            if options.lints {
                diagnostics.push(diagnostic);
            }
            reference_samples.clone()
        }
    };
    if let Err(error) = pack.tone.warm_up() {
        diagnostics.push(Diagnostic::error(
            pack_dir(pack),
            0,
            format!("the tone patterns do not compile: {error}"),
        ));
        return PackCheck {
            diagnostics,
            findings: None,
        };
    }
    diagnostics.extend(pack.tone.run_examples(&packs.localizer(pack)));
    let lints = if options.lints {
        match lints_of(pack) {
            Ok(lints) => Some(lints),
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                None
            }
        }
    } else {
        None
    };
    let letters = Letters {
        packs,
        pack,
        templates,
        samples: &own_samples,
    };
    let findings = letters.check(lints.as_ref(), &mut diagnostics);
    if let Some(findings) = &findings {
        compare_with_baseline(pack, findings, &mut diagnostics);
    }
    diagnostics.sort();
    diagnostics.dedup();
    PackCheck {
        diagnostics,
        findings,
    }
}

/// Every sentence of the letters the pack writes for its sample requests: sentences the
/// tone check must let pass, which the tone classifier learns as clean.
pub fn letter_sentences(packs: &Packs, pack: &Pack, templates: &Templates) -> Vec<String> {
    let samples = samples_of(pack).unwrap_or_else(|_| SampleText::builtin());
    let localizer = packs.localizer(pack);
    let mut sentences = BTreeSet::new();
    for sample in sample_requests(&samples) {
        let Ok(letter) = compose::compose(templates, &sample.request, &localizer) else {
            continue;
        };
        let analysis = pack.tone.analyzer().analyze(&letter.body);
        for sentence in analysis.sentences() {
            sentences.insert(analysis.slice(sentence.start, sentence.end - sentence.start));
        }
    }
    sentences.into_iter().collect()
}

/// The pack's sample caller text, from its `lint.toml`.
pub fn samples_of(pack: &Pack) -> Result<SampleText, Diagnostic> {
    lint_file_of(pack).map(|file| file.samples)
}

fn lint_file_of(pack: &Pack) -> Result<lint::LintFile, Diagnostic> {
    let file = pack.lint.lint.as_ref().ok_or_else(|| {
        Diagnostic::error(
            &pack.lint.dir,
            0,
            format!(
                "missing `{LINT_FILE}`: the sample caller text in this language that the checker's letters use, and the lints' data"
            ),
        )
    })?;
    lint::parse_lint_file(file)
}

/// The pack's lints, compiled; an error names `lint.toml` and the entry's line.
pub fn lints_of(pack: &Pack) -> Result<Lints, Diagnostic> {
    let file = lint_file_of(pack)?;
    Lints::new(&file.lint, pack.tone.analyzer(), &pack.meta.names).map_err(|message| {
        let source = pack.lint.lint.as_ref().expect("read above");
        let line = message
            .split('"')
            .nth(1)
            .and_then(|entry| source.text.lines().position(|l| l.contains(entry)))
            .map_or(0, |i| i + 1);
        Diagnostic::error(&source.path, line, message)
    })
}

/// The path of the pack's baseline, whether or not it exists.
pub fn baseline_path(pack: &Pack) -> String {
    pack.lint.baseline.as_ref().map_or_else(
        || format!("{}/{LINT_BASELINE_FILE}", pack.lint.dir),
        |f| f.path.clone(),
    )
}

/// Every lint finding must be in the baseline, and every baseline entry must still occur.
fn compare_with_baseline(pack: &Pack, findings: &LintFindings, out: &mut Vec<Diagnostic>) {
    let empty = ContentFile {
        path: baseline_path(pack),
        text: "".into(),
    };
    let file = pack.lint.baseline.as_ref().unwrap_or(&empty);
    let baseline = match lint::parse_baseline(file) {
        Ok(baseline) => baseline,
        Err(diagnostic) => {
            out.push(diagnostic);
            return;
        }
    };
    let known: BTreeSet<(&str, &str)> = baseline
        .iter()
        .flat_map(|(lint, sentences)| sentences.iter().map(move |s| (lint.as_str(), s.as_str())))
        .collect();
    let mut new = 0;
    for ((lint, sentence), seen) in findings {
        if known.contains(&(*lint, sentence.as_str())) {
            continue;
        }
        new += 1;
        if new <= LINT_FINDINGS_SHOWN {
            out.push(Diagnostic::error(
                &pack.lint.dir,
                0,
                format!(
                    "lint `{lint}`: {sentence:?}: {} (first in {}; {} letter(s))",
                    seen.detail, seen.label, seen.letters
                ),
            ));
        }
    }
    if new > LINT_FINDINGS_SHOWN {
        out.push(Diagnostic::error(
            &pack.lint.dir,
            0,
            format!(
                "… {} more lint findings not in {}",
                new - LINT_FINDINGS_SHOWN,
                baseline_path(pack)
            ),
        ));
    }
    for (lint, sentence) in known {
        let Some(lint) = lint::LINTS.iter().find(|l| **l == lint) else {
            continue;
        };
        if !findings.contains_key(&(*lint, sentence.to_owned())) {
            let quoted = toml::Value::String(sentence.to_owned()).to_string();
            let section = file
                .text
                .lines()
                .position(|l| l.starts_with(&format!("{lint} =")))
                .unwrap_or(0);
            let line = file
                .text
                .lines()
                .enumerate()
                .skip(section)
                .find(|(_, l)| l.contains(&quoted))
                .map_or(0, |(i, _)| i + 1);
            out.push(Diagnostic::error(
                &file.path,
                line,
                format!(
                    "`{lint}` no longer finds {sentence:?}: remove the entry (`bowout packs check --update-baseline`)"
                ),
            ));
        }
    }
}

/// The most new lint findings reported for one pack.
const LINT_FINDINGS_SHOWN: usize = 200;

fn pack_dir(pack: &Pack) -> String {
    pack.messages
        .values()
        .next()
        .and_then(|m| m.path.rsplit_once('/').map(|(dir, _)| dir.to_owned()))
        .unwrap_or_else(|| format!("locales/{}", pack.tag))
}

/// Every message a template names for some sample: the sentences of letters. Other messages
/// are helpers those sentences use.
fn named_by_templates(templates: &Templates, text: &SampleText) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for sample in sample_requests(text) {
        if let Ok(plan) = templates.plan(&sample.request) {
            named.extend(plan.message_ids().map(str::to_owned));
        }
    }
    named
}

fn compare_messages(
    reference: &Pack,
    pack: &Pack,
    named: &BTreeSet<String>,
    options: CheckOptions,
    out: &mut Vec<Diagnostic>,
) {
    let level = |path: &str, line: usize, message: String| {
        if options.strict {
            Diagnostic::error(path, line, message)
        } else {
            Diagnostic::warning(path, line, message)
        }
    };
    let dir = pack_dir(pack);
    // A message the English pack lacks is obsolete unless the pack's own messages use it: a
    // pack may add helpers its grammar needs (a phrase in another case, say).
    let used_here: BTreeSet<String> = pack
        .messages
        .keys()
        .filter_map(|id| pack.bundle.get_message(id))
        .flat_map(|message| message_references(&message))
        .filter_map(|reference| match reference {
            Reference::Message(id) => Some(id),
            _ => None,
        })
        .collect();
    // A helper of the English pack's grammar ("piece-noun") is missing only where this pack
    // needs it: a template names it, or this pack's own messages use it.
    for (id, source) in &reference.messages {
        let needed = named.contains(id) || used_here.contains(id);
        if needed && !pack.messages.contains_key(id) {
            out.push(level(
                &dir,
                0,
                format!(
                    "missing message `{id}` (defined in {}:{})",
                    source.path, source.line
                ),
            ));
        }
    }
    for (id, source) in &pack.messages {
        let Some(english) = reference.messages.get(id) else {
            if !used_here.contains(id) {
                out.push(level(
                    &source.path,
                    source.line,
                    format!("obsolete message `{id}`: the English pack has no such message and no message here uses it"),
                ));
            }
            continue;
        };
        // Helpers may share out a sentence's variables differently; what counts is the whole
        // sentence, helpers followed.
        if !named.contains(id) {
            continue;
        }
        let ours = uses_of(pack, reference, id);
        let theirs = uses_of(reference, reference, id);
        // Each language builds its greeting from the parts of the name its convention needs.
        let text = |set: &BTreeSet<String>| -> BTreeSet<String> {
            set.iter()
                .filter(|v| {
                    TEXT_VARIABLES.contains(&v.as_str())
                        && !RECIPIENT_NAME_VARIABLES.contains(&v.as_str())
                })
                .cloned()
                .collect()
        };
        let (ours_text, theirs_text) = (text(&ours.variables), text(&theirs.variables));
        for missing in theirs_text.difference(&ours_text) {
            out.push(Diagnostic::error(
                &source.path,
                source.line,
                format!(
                    "`{id}` does not use `${missing}`, which the English message uses ({}:{})",
                    english.path, english.line
                ),
            ));
        }
        // The sender is always given and always signs, so a language may also name them in a
        // sentence (a Japanese letter introduces its writer: 「…の田中です。」).
        for extra in ours_text
            .difference(&theirs_text)
            .filter(|v| v.as_str() != "sender")
        {
            out.push(Diagnostic::error(
                &source.path,
                source.line,
                format!(
                    "`{id}` uses `${extra}`, which the English message does not ({}:{})",
                    english.path, english.line
                ),
            ));
        }
        // A kind the English message words specially and this one does not falls back to the
        // kind-neutral wording: the pack is incomplete, not broken.
        let kinds: Vec<&str> = theirs
            .invitations
            .difference(&ours.invitations)
            .map(String::as_str)
            .collect();
        if !kinds.is_empty() {
            out.push(Diagnostic::warning(
                &source.path,
                source.line,
                format!(
                    "`{id}` has no wording of its own for the invitation kinds {}, which the English message words specially: it uses its kind-neutral wording (select on `$invitation`)",
                    kinds.join(", ")
                ),
            ));
        }
        let missing: Vec<&String> = theirs
            .tones
            .iter()
            .filter(|key| !ours.tones.contains(*key))
            .collect();
        if !missing.is_empty() {
            let missing: Vec<&str> = missing.iter().map(|k| k.as_str()).collect();
            out.push(Diagnostic::error(
                &source.path,
                source.line,
                format!(
                    "`{id}` has no tone variant for {}: the English message distinguishes it (select on `$tone`)",
                    missing.join(", ")
                ),
            ));
        }
    }
}

/// What a message uses, following the messages it references (in `pack`, else in
/// `fallback`): its variables, and the tone values its selects on `$tone` name explicitly
/// (the non-default keys).
#[derive(Debug, Default)]
struct Uses {
    variables: BTreeSet<String>,
    tones: BTreeSet<String>,
    /// The kinds of invitation its selects on `$invitation` word specially.
    invitations: BTreeSet<String>,
}

fn uses_of(pack: &Pack, fallback: &Pack, id: &str) -> Uses {
    let mut uses = Uses::default();
    let mut seen = BTreeSet::new();
    let mut queue = vec![id.to_owned()];
    while let Some(id) = queue.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        let message = pack
            .bundle
            .get_message(&id)
            .or_else(|| fallback.bundle.get_message(&id));
        let Some(message) = message else { continue };
        for reference in message_references(&message) {
            match reference {
                Reference::Variable(name) => {
                    uses.variables.insert(name);
                }
                Reference::Message(next) => queue.push(next),
                Reference::Select { variable, keys } if variable == "tone" => {
                    uses.tones.extend(keys.into_iter().skip(1));
                }
                Reference::Select { variable, keys } if variable == "invitation" => {
                    uses.invitations.extend(
                        keys.into_iter()
                            .filter(|key| super::model::Invitation::parse(key).is_some()),
                    );
                }
                _ => {}
            }
        }
    }
    uses
}

impl SampleText {
    /// English caller text, for a pack whose `lint.toml` cannot be read (the checker reports
    /// that as an error; start-up still checks the pack's letters).
    pub fn builtin() -> SampleText {
        SampleText {
            sender: "Alex Kim".into(),
            organization: "Northwind".into(),
            position: "Product Designer".into(),
            event: "Design Summit 2027".into(),
            topic: "remote work".into(),
            detail: "your team's work on accessible payments".into(),
            reason_note: "my family is relocating abroad this spring".into(),
            proposed_time: "early next month".into(),
            recipient: SampleRecipient {
                name: "Jordan Lee".into(),
                given_name: Some("Jordan".into()),
                family_name: Some("Lee".into()),
                title: None,
            },
            referral: SampleReferral {
                name: "Sam Rivera".into(),
                contact: "sam@example.com".into(),
                expertise: "design systems".into(),
            },
            other_organizations: Vec::new(),
            other_events: Vec::new(),
        }
    }
}

/// A sample request with a label that says what it is.
#[derive(Debug, Clone)]
pub struct Sample {
    pub label: String,
    pub request: DeclineRequest,
}

/// Requests for every scenario × reason × tone, each with: every field it uses, none, each
/// field alone, and each field left out of all. Required fields are always given.
pub fn sample_requests(text: &SampleText) -> Vec<Sample> {
    let mut samples = Vec::new();
    for &scenario in Scenario::ALL {
        let spec = ScenarioSpec::of(scenario);
        let optional: Vec<Field> = spec.optional.to_vec();
        let mut variants: Vec<(String, Vec<Field>)> = vec![
            ("all fields".into(), optional.clone()),
            ("no optional field".into(), vec![]),
        ];
        for &field in &optional {
            variants.push((format!("only {}", field.name()), vec![field]));
            variants.push((
                format!("all but {}", field.name()),
                optional.iter().copied().filter(|f| *f != field).collect(),
            ));
        }
        for &reason in Reason::ALL {
            for &tone in Tone::ALL {
                for (variant, fields) in &variants {
                    samples.push(Sample {
                        label: format!("{scenario}/{reason}/{tone}, {variant}"),
                        request: sample_request(text, scenario, reason, tone, spec, fields),
                    });
                }
                // Each kind of invitation the scenario allows, with every field, once per tone.
                if reason == Reason::None {
                    for &kind in spec.invitations() {
                        let mut request =
                            sample_request(text, scenario, reason, tone, spec, &optional);
                        request.invitation = Some(kind);
                        samples.push(Sample {
                            label: format!(
                                "{scenario}/{reason}/{tone}, all fields, invitation {kind}"
                            ),
                            request,
                        });
                    }
                }
                // Names of the other shapes the pack words differently, with every field.
                if reason == Reason::None {
                    samples.extend(other_shaped_names(text, scenario, tone, spec));
                }
                // The caller's own reason typed as a sentence of its own ("My mother needs
                // me at home."), which a pack that joins a clause must let stand alone.
                if reason == Reason::None && spec.uses(Field::ReasonNote) {
                    let mut request = sample_request(text, scenario, reason, tone, spec, &optional);
                    request.reason_note =
                        LongText::parse(&as_typed_sentence(&text.reason_note)).ok();
                    samples.push(Sample {
                        label: format!(
                            "{scenario}/{reason}/{tone}, all fields, reason note typed as a sentence"
                        ),
                        request,
                    });
                }
                // The detail typed as a sentence of its own too ("We spoke about payments.").
                if reason == Reason::None && spec.uses(Field::Detail) {
                    let mut request = sample_request(text, scenario, reason, tone, spec, &optional);
                    request.detail = LongText::parse(&as_typed_sentence(&text.detail)).ok();
                    samples.push(Sample {
                        label: format!(
                            "{scenario}/{reason}/{tone}, all fields, detail typed as a sentence"
                        ),
                        request,
                    });
                }
                // A recipient known only by a full name.
                if spec.uses(Field::Recipient) {
                    let mut request = sample_request(text, scenario, reason, tone, spec, &optional);
                    request.recipient = Some(Recipient::named(
                        PersonName::parse(&text.recipient.name)
                            .unwrap_or_else(|_| PersonName::parse("Sample").expect("valid")),
                    ));
                    samples.push(Sample {
                        label: format!(
                            "{scenario}/{reason}/{tone}, all fields, recipient by full name only"
                        ),
                        request,
                    });
                }
                // A referral without contact or expertise.
                if spec.uses(Field::Referral) {
                    let mut request =
                        sample_request(text, scenario, reason, tone, spec, &[Field::Referral]);
                    if let Some(referral) = &mut request.referral {
                        referral.contact = None;
                        referral.expertise = None;
                    }
                    samples.push(Sample {
                        label: format!("{scenario}/{reason}/{tone}, bare referral"),
                        request,
                    });
                }
            }
        }
    }
    samples
}

/// Whether a greeting addresses the recipient by the title the caller typed, as French does
/// in its formal letters ("Madame la Professeure,", "Madame,"): the title's words, without
/// their final stop, stand in the greeting as words of their own, in any case.
fn addresses_by_title(greeting: &str, title: &str) -> bool {
    let words: Vec<String> = greeting
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let title_words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !title_words.is_empty() && title_words.iter().all(|t| words.contains(t))
}

/// A sample clause as a caller types it when they write a whole sentence: a capital, a stop.
fn as_typed_sentence(clause: &str) -> String {
    let mut chars = clause.chars();
    match chars.next() {
        Some(first) => {
            let stop = if clause.ends_with(['.', '!', '?', '。', '۔']) {
                ""
            } else {
                "."
            };
            format!("{}{}{stop}", first.to_uppercase(), chars.as_str())
        }
        None => String::new(),
    }
}

/// The scenario's letters in one tone, every field given, once per invitation kind (and once
/// without), with each of the sample's other organisations and events in turn.
fn other_shaped_names(
    text: &SampleText,
    scenario: Scenario,
    tone: Tone,
    spec: &ScenarioSpec,
) -> Vec<Sample> {
    let kinds: Vec<Option<Invitation>> = std::iter::once(None)
        .chain(spec.invitations().iter().copied().map(Some))
        .collect();
    let mut samples = Vec::new();
    let fields: [(Field, &[String]); 2] = [
        (Field::Organization, &text.other_organizations),
        (Field::Event, &text.other_events),
    ];
    for (field, names) in fields {
        if !spec.uses(field) {
            continue;
        }
        for name in names {
            for &kind in &kinds {
                let mut request =
                    sample_request(text, scenario, Reason::None, tone, spec, spec.optional);
                request.invitation = kind;
                match field {
                    Field::Organization => request.organization = ShortText::parse(name).ok(),
                    _ => request.event = MediumText::parse(name).ok(),
                }
                samples.push(Sample {
                    label: format!(
                        "{scenario}/none/{tone}, all fields, invitation {}, {} {name:?}",
                        kind.map_or("none", |k| k.as_str()),
                        field.name()
                    ),
                    request,
                });
            }
        }
    }
    samples
}

fn sample_request(
    text: &SampleText,
    scenario: Scenario,
    reason: Reason,
    tone: Tone,
    spec: &ScenarioSpec,
    fields: &[Field],
) -> DeclineRequest {
    // Sample text a field would refuse is cut to what it takes: the checker reports bad
    // samples, never panics on them.
    let name = |text: &str| {
        PersonName::parse(text).unwrap_or_else(|_| PersonName::parse("Sample").expect("valid"))
    };
    let short = |text: &str| {
        ShortText::parse(text).unwrap_or_else(|_| ShortText::parse("Sample").expect("valid"))
    };
    let medium = |text: &str| {
        MediumText::parse(text).unwrap_or_else(|_| MediumText::parse("Sample").expect("valid"))
    };
    let long = |text: &str| {
        LongText::parse(text).unwrap_or_else(|_| LongText::parse("Sample").expect("valid"))
    };
    let given = |field: Field| fields.contains(&field) || spec.required.contains(&field);
    let mut request = DeclineRequest::minimal(scenario, name(&text.sender));
    request.reason = reason;
    request.tone = tone;
    // The parts build the greeting; the full name comes too, as callers send it.
    let part = |value: &Option<String>| value.as_deref().map(name);
    request.recipient = given(Field::Recipient).then(|| Recipient {
        name: Some(name(&text.recipient.name)),
        given_name: part(&text.recipient.given_name),
        family_name: part(&text.recipient.family_name),
        title: part(&text.recipient.title),
        form: FormOfAddress::Neutral,
    });
    request.organization = given(Field::Organization).then(|| short(&text.organization));
    request.position = given(Field::Position).then(|| short(&text.position));
    request.event = given(Field::Event).then(|| medium(&text.event));
    request.topic = given(Field::Topic).then(|| medium(&text.topic));
    request.detail = given(Field::Detail).then(|| long(&text.detail));
    request.reason_note = given(Field::ReasonNote).then(|| long(&text.reason_note));
    request.referral = given(Field::Referral).then(|| Referral {
        name: name(&text.referral.name),
        contact: Some(medium(&text.referral.contact)),
        expertise: Some(medium(&text.referral.expertise)),
    });
    request.proposed_time = given(Field::ProposedTime).then(|| short(&text.proposed_time));
    // `stay_in_touch` defaults to true: "given" here means the caller turned it off.
    request.stay_in_touch =
        !(spec.uses(Field::StayInTouch) && fields.contains(&Field::StayInTouch));
    request
}

/// Problems with one rendered letter, as sentences; empty when it is clean.
pub fn letter_problems(
    pack: &Pack,
    samples: &SampleText,
    request: &DeclineRequest,
    letter: &Letter,
    report: &ToneReport,
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut leak = |what: &str, text: &str| {
        for (needle, name) in [
            ("{", "a `{`"),
            ("}", "a `}`"),
            ("$", "a `$`"),
            ("Unknown localization", "a Fluent error"),
            ("  ", "a doubled space"),
            (" .", "a space before `.`"),
            (" ,", "a space before `,`"),
            (" \u{60C}", "a space before `،`"),
            (" \u{61B}", "a space before `؛`"),
            (" \u{61F}", "a space before `؟`"),
            ("\n\n\n", "an empty paragraph"),
            (" \n", "a trailing space"),
        ] {
            if text.contains(needle) {
                problems.push(format!("the {what} contains {name}"));
            }
        }
        if text.starts_with(char::is_whitespace) || text.ends_with(char::is_whitespace) {
            problems.push(format!("the {what} starts or ends with white space"));
        }
        let isolates = text.contains('\u{2068}') || text.contains('\u{2069}');
        if pack.meta.direction == Direction::Ltr && isolates {
            problems.push(format!(
                "the {what} contains bidi isolation marks, which a left-to-right pack never needs"
            ));
        }
    };
    leak("subject", &letter.subject);
    leak("body", &letter.body);
    if letter.subject.is_empty() || letter.subject.contains('\n') {
        problems.push("the subject must be one non-empty line".into());
    }
    let paragraphs: Vec<&str> = letter.body.split("\n\n").collect();
    if paragraphs.len() < 3 {
        problems.push("the body needs a greeting, a message and a signature".into());
    }
    if paragraphs
        .first()
        .is_some_and(|greeting| greeting.contains('\n'))
    {
        problems.push("the greeting must be one line".into());
    }
    let last_line = letter.body.lines().last().unwrap_or("");
    if last_line.trim_matches(['\u{2068}', '\u{2069}']) != request.sender.as_str() {
        problems.push(format!(
            "the last line must be the sender's name, found {last_line:?}"
        ));
    }
    if let Some(recipient) = &request.recipient
        && pack.meta.letter.greeting_names_recipient
    {
        let greeting = paragraphs.first().copied().unwrap_or("");
        let named = [
            &recipient.name,
            &recipient.given_name,
            &recipient.family_name,
        ]
        .into_iter()
        .flatten()
        .any(|name| greeting.contains(name.as_str()))
            || recipient
                .title
                .as_ref()
                .is_some_and(|title| addresses_by_title(greeting, title.as_str()));
        if !named {
            problems.push(format!(
                "the greeting {greeting:?} does not name the recipient"
            ));
        }
    }
    // The detail as this request typed it: the sample's, or the same as a sentence.
    let detail = request
        .detail
        .as_ref()
        .map_or(samples.detail.clone(), |d| d.as_str().to_owned());
    for (given, value, what) in [
        (request.detail.is_some(), &detail, "detail"),
        (
            request.referral.is_some(),
            &samples.referral.name,
            "referral",
        ),
        (
            request.proposed_time.is_some() && request.scenario == Scenario::Reschedule,
            &samples.proposed_time,
            "proposed time",
        ),
    ] {
        if given
            && !letter
                .body
                .contains(value.trim_end_matches(['.', '!', '?', '。']))
        {
            problems.push(format!("the body leaves out the {what}"));
        }
    }
    for rule in pack
        .tone
        .rules()
        .iter()
        .filter(|r| r.kind == RuleKind::SentenceCount)
    {
        if report.findings.iter().any(|f| f.rule == rule.id) {
            problems.push(format!(
                "the body has {} sentences ({})",
                report.sentences, rule.id
            ));
        }
    }
    for finding in report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
    {
        problems.push(format!(
            "its own tone check fails: `{}` on {:?}",
            finding.rule, finding.excerpt
        ));
    }
    for finding in report
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Error && !is_sentence_count(pack, &f.rule))
    {
        problems.push(format!(
            "its own tone check warns: `{}` on {:?}",
            finding.rule, finding.excerpt
        ));
    }
    // The checklist must be honest about what Bowout wrote.
    if !report.checklist.gratitude {
        problems.push("it does not thank the reader".into());
    }
    if report.checklist.door_open != request.stay_in_touch {
        problems.push(format!(
            "the checklist says door_open is {} but the letter was asked for {} forward-looking line",
            report.checklist.door_open,
            if request.stay_in_touch { "a" } else { "no" }
        ));
    }
    if report.checklist.personal_detail != request.detail.is_some() {
        problems.push(format!(
            "the checklist says personal_detail is {} but the letter praises {} detail",
            report.checklist.personal_detail,
            if request.detail.is_some() { "a" } else { "no" }
        ));
    }
    problems
}

/// Every message the templates name, for every sample, must exist in the default pack.
pub fn check_templates(packs: &Packs, templates: &Templates) -> Vec<Diagnostic> {
    let reference = packs.default_pack();
    let mut missing: BTreeSet<(String, String)> = BTreeSet::new();
    let mut diagnostics = Vec::new();
    let samples = samples_of(reference).unwrap_or_else(|_| SampleText::builtin());
    for sample in sample_requests(&samples) {
        let path = compose::template_path(sample.request.scenario);
        match templates.plan(&sample.request) {
            Ok(plan) => {
                for id in plan.message_ids() {
                    if !reference.messages.contains_key(id)
                        && missing.insert((path.clone(), id.to_owned()))
                    {
                        diagnostics.push(Diagnostic::error(
                            &path,
                            0,
                            format!(
                                "names message `{id}` ({}), which the `{}` pack does not define",
                                sample.label, reference.tag
                            ),
                        ));
                    }
                }
            }
            Err(error) => diagnostics.push(Diagnostic::error(
                &path,
                0,
                format!("{}: {error}", sample.label),
            )),
        }
    }
    diagnostics.dedup();
    diagnostics
}

fn is_sentence_count(pack: &Pack, rule: &str) -> bool {
    pack.tone
        .rule(rule)
        .is_some_and(|r| r.kind == RuleKind::SentenceCount)
}

/// The letters of one pack, rendered with its own sample text.
struct Letters<'a> {
    packs: &'a Packs,
    pack: &'a Pack,
    templates: &'a Templates,
    samples: &'a SampleText,
}

/// The most letter problems reported for one pack: the first ones show what to fix.
const LETTER_PROBLEMS_SHOWN: usize = 50;

impl Letters<'_> {
    /// Renders every sample and reports letters that are not clean, and letters that leave
    /// out a field of the caller's that the English letter includes. With `lints`, returns
    /// what they found.
    fn check(&self, lints: Option<&Lints>, out: &mut Vec<Diagnostic>) -> Option<LintFindings> {
        let (packs, pack) = (self.packs, self.pack);
        let dir = pack_dir(pack);
        let localizer = packs.localizer(pack);
        let reference = packs.localizer(packs.default_pack());
        let is_reference = pack.tag == packs.default_pack().tag;
        let mut findings = LintFindings::new();
        let mut reported = 0;
        for sample in &sample_requests(self.samples) {
            let mut problems = Vec::new();
            match compose::compose_marked(self.templates, &sample.request, &localizer) {
                Ok(marked) => {
                    let marked = MarkedLetter::new(&marked);
                    let letter = marked.plain();
                    let disabled: &[&str] = if sample.request.stay_in_touch {
                        &[]
                    } else {
                        &["missing-door-open"]
                    };
                    let report = pack.tone.check(&letter.body, &localizer, disabled);
                    problems.extend(letter_problems(
                        pack,
                        self.samples,
                        &sample.request,
                        &letter,
                        &report,
                    ));
                    // The English letter for the same request: which fields it shows does not
                    // depend on the words the caller typed.
                    if !is_reference
                        && let Ok(english) =
                            compose::compose_marked(self.templates, &sample.request, &reference)
                    {
                        let ours = marked.fields();
                        for field in MarkedLetter::new(&english).fields() {
                            if !ours.contains(field) && !RECIPIENT_NAME_VARIABLES.contains(&field) {
                                problems.push(format!(
                                    "it leaves out the caller's `${field}`, which the English letter includes"
                                ));
                            }
                        }
                    }
                    if let Some(lints) = lints {
                        for found in lints.check(&marked, pack.tone.analyzer()) {
                            findings
                                .entry((found.lint, found.sentence))
                                .and_modify(|seen| seen.letters += 1)
                                .or_insert_with(|| FindingSeen {
                                    label: sample.label.clone(),
                                    detail: found.detail,
                                    letters: 1,
                                });
                        }
                    }
                }
                Err(error) => problems.push(error.to_string()),
            }
            if !problems.is_empty() {
                reported += 1;
                if reported <= LETTER_PROBLEMS_SHOWN {
                    out.push(Diagnostic::error(
                        &dir,
                        0,
                        format!("{}: {}", sample.label, problems.join("; ")),
                    ));
                } else if reported == LETTER_PROBLEMS_SHOWN + 1 {
                    out.push(Diagnostic::error(
                        &dir,
                        0,
                        "… more letters fail; fix the ones above first",
                    ));
                }
            }
        }
        lints.map(|_| findings)
    }
}

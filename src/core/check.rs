//! The pack checker: what `bowout packs check` reports, what start-up runs on packs from
//! `BOWOUT_PACKS_DIR`, and what the test suite runs on every shipped pack.
//!
//! It goes further than Mozilla's compare-locales: besides missing and obsolete messages it
//! compares the variables each message uses (following message references), the tone
//! variants it distinguishes, runs the pack's tone-rule examples, and renders every
//! scenario × reason × tone with many combinations of fields, checking each letter for leaks,
//! sentence count and its own tone report.

use std::collections::BTreeSet;

use super::compose::{self, Letter, TEXT_VARIABLES, Templates};
use super::content::{Reference, message_references};
use super::diagnostic::Diagnostic;
use super::i18n::{Direction, Pack, Packs};
use super::model::{DeclineRequest, Reason, Referral, Scenario, Tone};
use super::scenarios::{Field, ScenarioSpec};
use super::text::{LongText, MediumText, PersonName, ShortText};
use super::tone::{RuleKind, Severity, ToneReport};

/// How strict the checker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CheckOptions {
    /// Missing and obsolete messages are errors, not warnings.
    pub strict: bool,
}

/// Checks `pack` against the default pack of `packs`.
pub fn check_pack(
    packs: &Packs,
    pack: &Pack,
    templates: &Templates,
    options: CheckOptions,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let reference = packs.default_pack();
    if pack.tag != reference.tag {
        let named = named_by_templates(templates);
        compare_messages(reference, pack, &named, options, &mut diagnostics);
    }
    if let Err(error) = pack.tone.warm_up() {
        diagnostics.push(Diagnostic::error(
            pack_dir(pack),
            0,
            format!("the tone patterns do not compile: {error}"),
        ));
        return diagnostics;
    }
    diagnostics.extend(pack.tone.run_examples(&packs.localizer(pack)));
    check_letters(packs, pack, templates, &mut diagnostics);
    diagnostics.sort();
    diagnostics.dedup();
    diagnostics
}

fn pack_dir(pack: &Pack) -> String {
    pack.messages
        .values()
        .next()
        .and_then(|m| m.path.rsplit_once('/').map(|(dir, _)| dir.to_owned()))
        .unwrap_or_else(|| format!("locales/{}", pack.tag))
}

/// Every message a template names for some sample: the sentences of letters. Other messages
/// are helpers those sentences use.
fn named_by_templates(templates: &Templates) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for sample in sample_requests() {
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
    for (id, source) in &reference.messages {
        if !pack.messages.contains_key(id) {
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
        let text = |set: &BTreeSet<String>| -> BTreeSet<String> {
            set.iter()
                .filter(|v| TEXT_VARIABLES.contains(&v.as_str()))
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
        for extra in ours_text.difference(&theirs_text) {
            out.push(Diagnostic::error(
                &source.path,
                source.line,
                format!(
                    "`{id}` uses `${extra}`, which the English message does not ({}:{})",
                    english.path, english.line
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
                _ => {}
            }
        }
    }
    uses
}

/// The caller text used in sample requests.
pub mod samples {
    pub const SENDER: &str = "Alex Kim";
    pub const RECIPIENT: &str = "Jordan Lee";
    pub const ORGANIZATION: &str = "Northwind";
    pub const POSITION: &str = "Product Designer";
    pub const EVENT: &str = "Design Summit 2027";
    pub const TOPIC: &str = "remote work";
    pub const DETAIL: &str = "your team's work on accessible payments";
    pub const REASON_NOTE: &str = "I'm relocating abroad this spring";
    pub const REFERRAL: &str = "Sam Rivera";
    pub const REFERRAL_CONTACT: &str = "sam@example.com";
    pub const REFERRAL_EXPERTISE: &str = "design systems";
    pub const PROPOSED_TIME: &str = "early next month";
}

/// A sample request with a label that says what it is.
#[derive(Debug, Clone)]
pub struct Sample {
    pub label: String,
    pub request: DeclineRequest,
}

/// Requests for every scenario × reason × tone, each with: every field it uses, none, each
/// field alone, and each field left out of all. Required fields are always given.
pub fn sample_requests() -> Vec<Sample> {
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
                        request: sample_request(scenario, reason, tone, spec, fields),
                    });
                }
                // A referral without contact or expertise.
                if spec.uses(Field::Referral) {
                    let mut request =
                        sample_request(scenario, reason, tone, spec, &[Field::Referral]);
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

fn sample_request(
    scenario: Scenario,
    reason: Reason,
    tone: Tone,
    spec: &ScenarioSpec,
    fields: &[Field],
) -> DeclineRequest {
    use samples::*;
    let name = |text: &str| PersonName::parse(text).expect("a valid sample");
    let short = |text: &str| ShortText::parse(text).expect("a valid sample");
    let medium = |text: &str| MediumText::parse(text).expect("a valid sample");
    let long = |text: &str| LongText::parse(text).expect("a valid sample");
    let given = |field: Field| fields.contains(&field) || spec.required.contains(&field);
    let mut request = DeclineRequest::minimal(scenario, name(SENDER));
    request.reason = reason;
    request.tone = tone;
    request.recipient = given(Field::Recipient).then(|| name(RECIPIENT));
    request.organization = given(Field::Organization).then(|| short(ORGANIZATION));
    request.position = given(Field::Position).then(|| short(POSITION));
    request.event = given(Field::Event).then(|| medium(EVENT));
    request.topic = given(Field::Topic).then(|| medium(TOPIC));
    request.detail = given(Field::Detail).then(|| long(DETAIL));
    request.reason_note = given(Field::ReasonNote).then(|| long(REASON_NOTE));
    request.referral = given(Field::Referral).then(|| Referral {
        name: name(REFERRAL),
        contact: Some(medium(REFERRAL_CONTACT)),
        expertise: Some(medium(REFERRAL_EXPERTISE)),
    });
    request.proposed_time = given(Field::ProposedTime).then(|| short(PROPOSED_TIME));
    // `stay_in_touch` defaults to true: "given" here means the caller turned it off.
    request.stay_in_touch =
        !(spec.uses(Field::StayInTouch) && fields.contains(&Field::StayInTouch));
    request
}

/// Problems with one rendered letter, as sentences; empty when it is clean.
pub fn letter_problems(
    pack: &Pack,
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
        && !paragraphs
            .first()
            .is_some_and(|greeting| greeting.contains(recipient.as_str()))
    {
        problems.push("the greeting does not name the recipient".into());
    }
    for (given, value, what) in [
        (request.detail.is_some(), samples::DETAIL, "detail"),
        (request.referral.is_some(), samples::REFERRAL, "referral"),
        (
            request.proposed_time.is_some() && request.scenario == Scenario::Reschedule,
            samples::PROPOSED_TIME,
            "proposed time",
        ),
    ] {
        if given && !letter.body.contains(value) {
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
    for sample in sample_requests() {
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

/// Renders every sample in `pack` and reports letters that are not clean, and letters that
/// leave out caller text the English letter includes.
fn check_letters(packs: &Packs, pack: &Pack, templates: &Templates, out: &mut Vec<Diagnostic>) {
    let dir = pack_dir(pack);
    let localizer = packs.localizer(pack);
    let reference = packs.localizer(packs.default_pack());
    let mut reported = 0;
    for sample in sample_requests() {
        if reported >= 50 {
            out.push(Diagnostic::error(
                &dir,
                0,
                "… more letters fail; fix the ones above first",
            ));
            break;
        }
        let letter = match compose::compose(templates, &sample.request, &localizer) {
            Ok(letter) => letter,
            Err(error) => {
                out.push(Diagnostic::error(
                    &dir,
                    0,
                    format!("{}: {error}", sample.label),
                ));
                reported += 1;
                continue;
            }
        };
        let disabled: &[&str] = if sample.request.stay_in_touch {
            &[]
        } else {
            &["missing-door-open"]
        };
        let report = pack.tone.check(&letter.body, &localizer, disabled);
        let mut problems = letter_problems(pack, &sample.request, &letter, &report);
        if pack.tag != packs.default_pack().tag
            && let Ok(english) = compose::compose(templates, &sample.request, &reference)
        {
            for value in [
                samples::ORGANIZATION,
                samples::POSITION,
                samples::EVENT,
                samples::TOPIC,
                samples::REFERRAL_CONTACT,
                samples::REFERRAL_EXPERTISE,
                samples::REASON_NOTE,
            ] {
                let in_english = english.body.contains(value) || english.subject.contains(value);
                let here = letter.body.contains(value) || letter.subject.contains(value);
                if in_english && !here {
                    problems.push(format!(
                        "it leaves out {value:?}, which the English letter includes"
                    ));
                }
            }
        }
        if !problems.is_empty() {
            reported += 1;
            out.push(Diagnostic::error(
                &dir,
                0,
                format!("{}: {}", sample.label, problems.join("; ")),
            ));
        }
    }
}

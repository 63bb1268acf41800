//! Composing a letter: a scenario's template decides which messages make the letter, in what
//! order; the pack's Fluent messages supply the words.
//!
//! A template (`templates/<scenario>.tera`) has two blocks, `subject` and `body`. Each
//! non-blank line it renders is the id of one message, usually one sentence; a line `---`
//! ends a paragraph. Templates see the scenario, reason and tone, and whether each optional
//! field was given, never the caller's text: caller text reaches the letter only as Fluent
//! arguments, so it is never read as template or Fluent syntax.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Context, Tera};

use super::diagnostic::Diagnostic;
use super::i18n::{
    Direction, FormatError, Localizer, NameSettings, Pack, elides, event_names_organization,
    name_gender, name_shape, standalone_family_name, unquoted,
};
use super::model::{DeclineRequest, FormOfAddress, Reason, Scenario, Tone};
use super::scenarios::Field;

/// The line that ends a paragraph in a template's output.
pub const PARAGRAPH_BREAK: &str = "---";

/// Variables that carry the caller's text: a translation must use exactly those its English
/// message uses, or it drops a name (or refers to one that is not there).
pub const TEXT_VARIABLES: &[&str] = &[
    "sender",
    "recipient",
    "recipient-given",
    "recipient-family",
    "recipient-title",
    "organization",
    "position",
    "event",
    "topic",
    "detail",
    "reason-note",
    "referral",
    "referral-contact",
    "referral-expertise",
    "proposed-time",
];

/// Composing with marks (see [`compose_marked`]) wraps each piece of caller text in
/// `MARK_START`, a character naming its field (`MARK_FIELD_BASE` + its index in
/// [`TEXT_VARIABLES`]) and `MARK_END`: private-use characters no caller may send, so the pack
/// lints can tell the pack's words from the caller's.
pub const MARK_START: char = '\u{E000}';
pub const MARK_END: char = '\u{E001}';
pub const MARK_FIELD_BASE: u32 = 0xE100;

/// The variables of the recipient's name: each language builds its greeting from the ones
/// its convention needs, so packs need not use the same ones as English.
pub const RECIPIENT_NAME_VARIABLES: &[&str] = &[
    "recipient",
    "recipient-given",
    "recipient-family",
    "recipient-title",
];

/// The other variables: the request's choices, and whether each optional field was given.
pub const CHOICE_VARIABLES: &[&str] = &[
    "scenario",
    "reason",
    "tone",
    "invitation",
    "has-recipient",
    "has-recipient-given",
    "has-recipient-family",
    "recipient-title-kind",
    "recipient-form",
    "has-organization",
    "has-position",
    "has-event",
    "has-topic",
    "has-detail",
    "has-reason-note",
    "has-referral",
    "has-referral-contact",
    "has-referral-expertise",
    "has-proposed-time",
    "stay-in-touch",
    "event-shape",
    "organization-shape",
    "event-names-organization",
    "event-gender",
    "organization-gender",
    "topic-shape",
    "topic-gender",
    "reason-note-shape",
    "detail-shape",
    "position-elides",
    "topic-elides",
    "event-elides",
    "organization-elides",
];

/// Whether a message may use variable `name`.
pub fn is_message_variable(name: &str) -> bool {
    TEXT_VARIABLES.contains(&name) || CHOICE_VARIABLES.contains(&name)
}

/// A composed message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub body: String,
}

/// The messages a letter is made of, as a template chose them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub subject: Vec<String>,
    pub paragraphs: Vec<Vec<String>>,
}

impl Plan {
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.subject
            .iter()
            .chain(self.paragraphs.iter().flatten())
            .map(String::as_str)
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ComposeError {
    #[error("template `{template}`: {message}")]
    Template { template: String, message: String },
    #[error(transparent)]
    Message(#[from] FormatError),
}

/// The templates of every scenario, parsed once.
pub struct Templates {
    tera: Tera,
    /// For each scenario, the optional fields its template reads: a plan depends only on them.
    reads: Vec<(Scenario, Vec<Field>)>,
    /// Plans already rendered. At most scenario × reason × tone × the fields a template reads
    /// (a few thousand), so the cache stays small whatever callers send.
    plans: RwLock<HashMap<PlanKey, Arc<Plan>>>,
}

/// What a plan depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct PlanKey {
    scenario: Scenario,
    reason: Reason,
    tone: Tone,
    fields: u16,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates").finish_non_exhaustive()
    }
}

/// The path of a scenario's template.
pub fn template_path(scenario: Scenario) -> String {
    format!("templates/{}.tera", scenario.as_str())
}

impl Templates {
    /// Parses the templates in `files` (`(path, source)`); every scenario must have one.
    pub fn load<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Templates, Vec<Diagnostic>> {
        let mut tera = Tera::new();
        tera.autoescape_on(Vec::<&str>::new());
        let mut diagnostics = Vec::new();
        let mut found = Vec::new();
        for (path, source) in files {
            if let Err(error) = tera.add_raw_template(path, source) {
                diagnostics.push(tera_diagnostic(path, &error));
            }
            found.push(path.to_owned());
        }
        for scenario in Scenario::ALL {
            let path = template_path(*scenario);
            if !found.contains(&path) {
                diagnostics.push(Diagnostic::error(
                    &path,
                    0,
                    format!("missing: scenario `{scenario}` has no template"),
                ));
            } else if diagnostics.is_empty() {
                for block in ["subject", "body"] {
                    if let Err(error) =
                        tera.render_block(&path, block, &plan_context_sample(*scenario))
                    {
                        diagnostics.push(tera_diagnostic(&path, &error));
                    }
                }
            }
        }
        if diagnostics.is_empty() {
            let reads = Scenario::ALL
                .iter()
                .map(|&scenario| {
                    let variables = tera
                        .get_template_variables(&template_path(scenario))
                        .unwrap_or_default();
                    let fields = Field::ALL
                        .iter()
                        .copied()
                        .filter(|f| variables.contains(f.name()))
                        .collect();
                    (scenario, fields)
                })
                .collect();
            Ok(Templates {
                tera,
                reads,
                plans: RwLock::default(),
            })
        } else {
            Err(diagnostics)
        }
    }

    /// The variables a scenario's template reads.
    pub fn variables(&self, scenario: Scenario) -> Vec<String> {
        let mut names: Vec<String> = self
            .tera
            .get_template_variables(&template_path(scenario))
            .map(|set| set.into_iter().map(str::to_owned).collect())
            .unwrap_or_default();
        names.sort();
        names
    }

    /// Which messages make the letter for `request`.
    pub fn plan(&self, request: &DeclineRequest) -> Result<Arc<Plan>, ComposeError> {
        let key = self.plan_key(request);
        if let Some(plan) = self
            .plans
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&key)
        {
            return Ok(plan.clone());
        }
        let plan = Arc::new(self.render_plan(request)?);
        self.plans
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key, plan.clone());
        Ok(plan)
    }

    fn plan_key(&self, request: &DeclineRequest) -> PlanKey {
        let reads = self
            .reads
            .iter()
            .find(|(s, _)| *s == request.scenario)
            .map_or(&[][..], |(_, f)| f.as_slice());
        let fields = reads
            .iter()
            .enumerate()
            .filter(|(_, field)| is_given(request, **field))
            .fold(0u16, |bits, (i, _)| bits | 1 << i);
        PlanKey {
            scenario: request.scenario,
            reason: request.reason,
            tone: request.tone,
            fields,
        }
    }

    /// Renders the template: which messages make the letter for `request`.
    fn render_plan(&self, request: &DeclineRequest) -> Result<Plan, ComposeError> {
        let path = template_path(request.scenario);
        let context = plan_context(request);
        let render = |block: &str| {
            self.tera
                .render_block(&path, block, &context)
                .map_err(|error| ComposeError::Template {
                    template: path.clone(),
                    message: error.to_string(),
                })
        };
        let mut plan = Plan {
            subject: message_lines(&path, &render("subject")?)?,
            paragraphs: Vec::new(),
        };
        plan.subject.retain(|line| line != PARAGRAPH_BREAK);
        let mut paragraph = Vec::new();
        for line in message_lines(&path, &render("body")?)? {
            if line == PARAGRAPH_BREAK {
                if !paragraph.is_empty() {
                    plan.paragraphs.push(std::mem::take(&mut paragraph));
                }
            } else {
                paragraph.push(line);
            }
        }
        if !paragraph.is_empty() {
            plan.paragraphs.push(paragraph);
        }
        Ok(plan)
    }
}

/// Turns a Tera error into a diagnostic at the line Tera reports (`--> path:line:column`).
fn tera_diagnostic(path: &str, error: &tera::Error) -> Diagnostic {
    let report = error.to_string();
    let line = report
        .lines()
        .find_map(|l| l.trim().strip_prefix("--> "))
        .and_then(|location| location.rsplit(':').nth(1))
        .and_then(|line| line.parse().ok())
        .unwrap_or(0);
    let message = report
        .lines()
        .next()
        .unwrap_or(&report)
        .trim_start_matches("error: ")
        .to_owned();
    Diagnostic::error(path, line, message)
}

fn message_lines(template: &str, output: &str) -> Result<Vec<String>, ComposeError> {
    output
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            if line == PARAGRAPH_BREAK || is_message_id(line) {
                Ok(line.to_owned())
            } else {
                Err(ComposeError::Template {
                    template: template.to_owned(),
                    message: format!("rendered {line:?}, which is not a message id"),
                })
            }
        })
        .collect()
}

fn is_message_id(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// What a template sees: the request's enums, and whether each field was given.
fn plan_context(request: &DeclineRequest) -> Context {
    let mut context = Context::new();
    context.insert("scenario", request.scenario.as_str());
    context.insert("reason", request.reason.as_str());
    context.insert("tone", request.tone.as_str());
    for field in Field::ALL {
        context.insert(field.name(), &is_given(request, *field));
    }
    context
}

/// A context with every variable set, to find template errors at start-up.
fn plan_context_sample(scenario: Scenario) -> Context {
    let sender = super::text::PersonName::parse("Sample").expect("a valid name");
    plan_context(&DeclineRequest::minimal(scenario, sender))
}

fn is_given(request: &DeclineRequest, field: Field) -> bool {
    match field {
        Field::Recipient => request.recipient.is_some(),
        Field::Organization => request.organization.is_some(),
        Field::Position => request.position.is_some(),
        Field::Event => request.event.is_some(),
        Field::Topic => request.topic.is_some(),
        Field::Detail => request.detail.is_some(),
        Field::ReasonNote => request.reason_note.is_some(),
        Field::Referral => request.referral.is_some(),
        Field::ProposedTime => request.proposed_time.is_some(),
        Field::StayInTouch => request.stay_in_touch,
    }
}

/// Renders `plan` for `request` in the localizer's pack.
pub fn render(
    plan: &Plan,
    request: &DeclineRequest,
    localizer: &Localizer,
) -> Result<Letter, ComposeError> {
    render_with(plan, request, localizer, false)
}

fn render_with(
    plan: &Plan,
    request: &DeclineRequest,
    localizer: &Localizer,
    mark: bool,
) -> Result<Letter, ComposeError> {
    let pack = localizer.pack;
    let with_title = title_typed_in_name(request, pack, localizer.fallback());
    let request = with_title.as_ref().unwrap_or(request);
    let args = message_args_with(request, pack, localizer.fallback(), mark);
    let separator = pack.meta.letter.sentence_separator.as_str();
    let sentences = |ids: &[String]| -> Result<String, ComposeError> {
        let mut out = String::new();
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                out.push_str(separator);
            }
            let sentence = localizer.format(id, None, Some(&args))?;
            let sentence = capitalize_caller_start(sentence.trim(), request, mark);
            out.push_str(&single_stop(&sentence));
        }
        Ok(out)
    };
    let subject = sentences(&plan.subject)?;
    let mut body = String::new();
    for paragraph in &plan.paragraphs {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        body.push_str(&sentences(paragraph)?);
    }
    Ok(Letter { subject, body })
}

/// Caller text that starts a sentence starts it with a capital, as the language writes it:
/// a reason typed as "my family is moving" opens its sentence as "My family is moving".
/// Words of the pack keep their case (a German letter's first sentence starts in lower case).
fn capitalize_caller_start<'s>(
    sentence: &'s str,
    request: &DeclineRequest,
    marked: bool,
) -> Cow<'s, str> {
    let Some((index, first)) = sentence.char_indices().find(|(_, c)| c.is_alphanumeric()) else {
        return Cow::Borrowed(sentence);
    };
    if !first.is_lowercase() {
        return Cow::Borrowed(sentence);
    }
    let before = &sentence[..index];
    let from_caller = if marked {
        before.starts_with(MARK_START)
    } else {
        before.chars().all(|c| c == '\u{2068}')
            && caller_texts(request).any(|text| {
                text.split_whitespace()
                    .next()
                    .is_some_and(|word| sentence[index..].starts_with(word))
            })
    };
    if !from_caller {
        return Cow::Borrowed(sentence);
    }
    let rest = &sentence[index + first.len_utf8()..];
    Cow::Owned(format!("{before}{}{rest}", first.to_uppercase()))
}

/// Every piece of text the caller sent.
fn caller_texts(request: &DeclineRequest) -> impl Iterator<Item = &str> {
    let referral = request.referral.as_ref();
    let recipient = request.recipient.as_ref();
    [
        Some(request.sender.as_str()),
        recipient.and_then(|r| r.name.as_ref()).map(|v| v.as_str()),
        recipient
            .and_then(|r| r.given_name.as_ref())
            .map(|v| v.as_str()),
        recipient
            .and_then(|r| r.family_name.as_ref())
            .map(|v| v.as_str()),
        recipient.and_then(|r| r.title.as_ref()).map(|v| v.as_str()),
        request.organization.as_ref().map(|v| v.as_str()),
        request.position.as_ref().map(|v| v.as_str()),
        request.event.as_ref().map(|v| v.as_str()),
        request.topic.as_ref().map(|v| v.as_str()),
        request.detail.as_ref().map(|v| v.as_str()),
        request.reason_note.as_ref().map(|v| v.as_str()),
        referral.map(|r| r.name.as_str()),
        referral
            .and_then(|r| r.contact.as_ref())
            .map(|v| v.as_str()),
        referral
            .and_then(|r| r.expertise.as_ref())
            .map(|v| v.as_str()),
        request.proposed_time.as_ref().map(|v| v.as_str()),
    ]
    .into_iter()
    .flatten()
}

/// Caller text may end with its own full stop ("Acme Inc.") just where a sentence ends:
/// one stop serves both, as in careful typography ("Acme Inc.." becomes "Acme Inc.").
/// An ellipsis is left alone, and so are multi-line messages (a signature ends with the
/// sender's name, which keeps whatever stops it has).
fn single_stop(sentence: &str) -> Cow<'_, str> {
    if sentence.contains('\n') {
        return Cow::Borrowed(sentence);
    }
    // In a right-to-left letter the caller's text ends with an isolation mark: "Inc.", PDI, ".";
    // in a marked letter, with the end mark.
    let inner = sentence.strip_suffix('.').map(|rest| {
        let rest = rest.strip_suffix(MARK_END).unwrap_or(rest);
        rest.strip_suffix('\u{2069}').unwrap_or(rest)
    });
    let doubled = inner.is_some_and(|rest| {
        (rest.ends_with('.') && !rest.ends_with("..")) || rest.ends_with('!') || rest.ends_with('?')
    });
    if doubled {
        Cow::Owned(sentence[..sentence.len() - 1].to_owned())
    } else {
        Cow::Borrowed(sentence)
    }
}

/// Composes the letter for `request` in the localizer's pack.
pub fn compose(
    templates: &Templates,
    request: &DeclineRequest,
    localizer: &Localizer,
) -> Result<Letter, ComposeError> {
    let plan = templates.plan(request)?;
    render(&plan, request, localizer)
}

/// Composes the letter for `request` with its caller text marked (see [`MARK_START`]): what
/// the pack lints read. Without the marks it is the letter [`compose`] writes.
pub fn compose_marked(
    templates: &Templates,
    request: &DeclineRequest,
    localizer: &Localizer,
) -> Result<Letter, ComposeError> {
    let plan = templates.plan(request)?;
    render_with(&plan, request, localizer, true)
}

/// `text` wrapped in the marks of field `name`.
fn marked<'a>(name: &str, text: Cow<'a, str>) -> Cow<'a, str> {
    let index = TEXT_VARIABLES.iter().position(|v| *v == name).unwrap_or(0);
    let code = char::from_u32(MARK_FIELD_BASE + index as u32).unwrap_or(MARK_START);
    Cow::Owned(format!("{MARK_START}{code}{text}{MARK_END}"))
}

/// The Fluent arguments of a request: every given field's text, and a `has-…` flag for each.
/// `fallback` is the default pack, whose titles every pack also recognises.
pub fn message_args<'a>(
    request: &'a DeclineRequest,
    pack: &Pack,
    fallback: &Pack,
) -> FluentArgs<'a> {
    message_args_with(request, pack, fallback, false)
}

fn message_args_with<'a>(
    request: &'a DeclineRequest,
    pack: &Pack,
    fallback: &Pack,
    mark: bool,
) -> FluentArgs<'a> {
    let rtl = pack.meta.direction == Direction::Rtl;
    let terminators = pack.tone.terminators();
    // Names and phrases go in as written; clauses lose their final stop, as the message adds one.
    let phrase = |text: &'a str| isolate_if_needed(text, rtl);
    let clause = |text: &'a str| {
        isolate_if_needed(
            text.trim_end_matches(|c| terminators.contains(&c))
                .trim_end(),
            rtl,
        )
    };
    let mark_as = |name: &str, text: Cow<'a, str>| if mark { marked(name, text) } else { text };
    let referral = request.referral.as_ref();
    let recipient = request.recipient.as_ref();
    let full_name = |r: &'a super::model::Recipient| match r.full_name() {
        Cow::Borrowed(name) => phrase(name),
        Cow::Owned(name) => match isolate_if_needed(&name, rtl) {
            Cow::Borrowed(_) => Cow::Owned(name),
            Cow::Owned(isolated) => Cow::Owned(isolated),
        },
    };
    let fields: [(&'static str, &'static str, Option<Cow<'a, str>>); 13] = [
        ("recipient", "has-recipient", recipient.map(full_name)),
        (
            "recipient-given",
            "has-recipient-given",
            recipient
                .and_then(|r| r.given_name.as_ref())
                .map(|v| phrase(v.as_str())),
        ),
        (
            "recipient-family",
            "has-recipient-family",
            // It stands without the given name (after a title or honorific), which some
            // languages mark on a particle ("mevrouw Van Dijk").
            recipient.and_then(|r| r.family_name.as_ref()).map(|v| {
                match standalone_family_name(&pack.meta.names, v.as_str()) {
                    Cow::Borrowed(name) => phrase(name),
                    Cow::Owned(name) => Cow::Owned(isolate_if_needed(&name, rtl).into_owned()),
                }
            }),
        ),
        (
            "organization",
            "has-organization",
            request.organization.as_ref().map(|v| phrase(v.as_str())),
        ),
        (
            "position",
            "has-position",
            request.position.as_ref().map(|v| phrase(v.as_str())),
        ),
        (
            "event",
            "has-event",
            request.event.as_ref().map(|v| phrase(unquoted(v.as_str()))),
        ),
        (
            "topic",
            "has-topic",
            request.topic.as_ref().map(|v| phrase(unquoted(v.as_str()))),
        ),
        (
            "detail",
            "has-detail",
            request.detail.as_ref().map(|v| clause(v.as_str())),
        ),
        (
            "reason-note",
            "has-reason-note",
            request.reason_note.as_ref().map(|v| clause(v.as_str())),
        ),
        (
            "referral",
            "has-referral",
            referral.map(|r| phrase(r.name.as_str())),
        ),
        (
            "referral-contact",
            "has-referral-contact",
            referral
                .and_then(|r| r.contact.as_ref())
                .map(|v| phrase(v.as_str())),
        ),
        (
            "referral-expertise",
            "has-referral-expertise",
            referral
                .and_then(|r| r.expertise.as_ref())
                .map(|v| clause(v.as_str())),
        ),
        (
            "proposed-time",
            "has-proposed-time",
            request.proposed_time.as_ref().map(|v| phrase(v.as_str())),
        ),
    ];
    let flag = |given: bool| if given { "true" } else { "false" };

    let mut args = FluentArgs::with_capacity(TEXT_VARIABLES.len() + CHOICE_VARIABLES.len());
    args.set("scenario", request.scenario.as_str());
    args.set("reason", request.reason.as_str());
    args.set("tone", request.tone.as_str());
    // What exactly is declined, or `none`: packs select their nouns and verbs on it.
    args.set(
        "invitation",
        request.invitation.map_or("none", |kind| kind.as_str()),
    );
    args.set(
        "sender",
        FluentValue::String(mark_as("sender", phrase(request.sender.as_str()))),
    );
    for (name, flag_name, value) in fields {
        args.set(flag_name, flag(value.is_some()));
        if let Some(value) = value {
            args.set(name, FluentValue::String(mark_as(name, value)));
        }
    }
    args.set("stay-in-touch", flag(request.stay_in_touch));
    set_name_facts(&mut args, &pack.meta.names, request);
    // A title the pack (or the default pack) knows is rendered in the language's convention
    // by kind; any other is used as written.
    let title = recipient.and_then(|r| r.title.as_ref());
    let kind = title.map_or("none", |title| {
        pack.meta
            .title_kind(title.as_str())
            .or_else(|| fallback.meta.title_kind(title.as_str()))
            .unwrap_or("other")
    });
    args.set("recipient-title-kind", kind.to_owned());
    if let Some(title) = title {
        args.set(
            "recipient-title",
            FluentValue::String(mark_as("recipient-title", phrase(title.as_str()))),
        );
    }
    // A title that states the gender ("Madame", "Dra.") is the caller saying it.
    let form = recipient.map_or(FormOfAddress::Neutral, |r| match (r.form, title) {
        (FormOfAddress::Neutral, Some(title)) => pack
            .meta
            .title_form(title.as_str())
            .or_else(|| fallback.meta.title_form(title.as_str()))
            .unwrap_or(FormOfAddress::Neutral),
        (form, _) => form,
    });
    args.set("recipient-form", form.as_str());
    args
}

/// A recipient typed as one name that opens with a title the pack knows ("Dr. Peter Nolan",
/// "Prof. Dr. Anna von Berg") is greeted as if the caller had given the title and the names
/// apart: "Dear Dr. Nolan," rather than "Dear Dr. Peter Nolan,". The family name is the last
/// word with the lower-case particles before it ("von Berg"), and a lone word after the title
/// is one ("Dr. Nolan"); a name written without spaces keeps its full form. `None` when there
/// is nothing to split.
fn title_typed_in_name(
    request: &DeclineRequest,
    pack: &Pack,
    fallback: &Pack,
) -> Option<DeclineRequest> {
    let recipient = request.recipient.as_ref()?;
    if recipient.title.is_some()
        || recipient.given_name.is_some()
        || recipient.family_name.is_some()
    {
        return None;
    }
    let words: Vec<&str> = recipient
        .name
        .as_ref()?
        .as_str()
        .split_whitespace()
        .collect();
    let known = |title: &str| {
        pack.meta.title_kind(title).is_some() || fallback.meta.title_kind(title).is_some()
    };
    // The longest run of opening words that is a title, leaving at least one word of name.
    let title_words = (1..words.len())
        .rev()
        .find(|&count| known(&words[..count].join(" ")))?;
    let name = &words[title_words..];
    let family_start = name
        .iter()
        .rposition(|word| !word.starts_with(char::is_lowercase))
        .map(|last| {
            let particles = name[..last]
                .iter()
                .rev()
                .take_while(|word| word.starts_with(char::is_lowercase))
                .count();
            last - particles
        })
        .filter(|&start| start > 0);
    let parse = |text: &str| super::text::PersonName::parse(text).ok();
    let mut split = request.clone();
    let recipient = split.recipient.as_mut()?;
    recipient.title = parse(&words[..title_words].join(" "));
    match family_start {
        Some(start) => {
            recipient.name = None;
            recipient.given_name = parse(&name[..start].join(" "));
            recipient.family_name = parse(&name[start..].join(" "));
        }
        // After a title, a single word is the family name: "Dr. Nolan".
        None if name.len() == 1 => {
            recipient.name = None;
            recipient.family_name = parse(name[0]);
        }
        None => recipient.name = parse(&name.join(" ")),
    }
    Some(split)
}

/// In a right-to-left letter, text holding left-to-right letters (a Latin-script name) is
/// wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so it cannot reorder the sentence
/// around it. Left-to-right letters never get isolation marks.
pub fn isolate_if_needed(text: &str, rtl: bool) -> Cow<'_, str> {
    if rtl && text.chars().any(is_strong_ltr) {
        Cow::Owned(format!("\u{2068}{text}\u{2069}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Letters of left-to-right scripts: any letter outside the right-to-left blocks.
fn is_strong_ltr(c: char) -> bool {
    c.is_alphabetic()
        && !matches!(c,
            '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
            | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// What a pack needs to know about the names and phrases a caller typed to word the sentence
/// around them, by the pack's `[names]` (see "Names" in locales/README.md): each name's shape
/// and gender class ("auf dem Digitalgipfel", "à la Banque de France"), whether a topic brings
/// its own article ("zum Thema die Zukunft" needs another frame), whether the language elides
/// before a field ("au poste d'analyste"), and whether event and organiser share a name
/// ("PyCon US 2027, hosted by PyCon US").
fn set_name_facts(args: &mut FluentArgs, names: &NameSettings, request: &DeclineRequest) {
    let flag = |given: bool| if given { "true" } else { "false" };
    let event = request.event.as_ref().map(|v| unquoted(v.as_str()));
    let organization = request.organization.as_ref().map(|v| v.as_str());
    let topic = request.topic.as_ref().map(|v| unquoted(v.as_str()));
    let position = request.position.as_ref().map(|v| v.as_str());
    for (field, value) in [("event", event), ("organization", organization)] {
        args.set(
            format!("{field}-shape"),
            value.map_or("none", |v| name_shape(names, v)),
        );
        args.set(
            format!("{field}-gender"),
            value.map_or("none", |v| name_gender(names, v)).to_owned(),
        );
    }
    args.set(
        "reason-note-shape",
        request
            .reason_note
            .as_ref()
            .map_or("none", |note| super::i18n::typed_shape(note.as_str())),
    );
    // A detail typed as a sentence of its own ("We spoke about payments.") cannot follow
    // "about" or "que" the way one typed as a phrase can.
    args.set(
        "detail-shape",
        request
            .detail
            .as_ref()
            .map_or("none", |detail| super::i18n::typed_shape(detail.as_str())),
    );
    let topic_has_article = topic.map(|t| name_shape(names, t) == "article");
    args.set(
        "topic-shape",
        match topic_has_article {
            None => "none",
            Some(true) => "article",
            Some(false) => "plain",
        },
    );
    args.set(
        "topic-gender",
        match (topic, topic_has_article) {
            (Some(topic), Some(true)) => name_gender(names, topic),
            (Some(_), _) => "unknown",
            (None, _) => "none",
        }
        .to_owned(),
    );
    for (field, value) in [
        ("position", position),
        ("topic", topic),
        ("event", event),
        ("organization", organization),
    ] {
        args.set(
            format!("{field}-elides"),
            flag(value.is_some_and(|v| elides(names, v))),
        );
    }
    args.set(
        "event-names-organization",
        flag(match (event, organization) {
            (Some(event), Some(organization)) => {
                event_names_organization(names, event, organization)
            }
            _ => false,
        }),
    );
}

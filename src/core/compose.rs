//! Composing a letter: a scenario's template decides which messages make the letter, in what
//! order; the pack's Fluent messages supply the words.
//!
//! A template (`templates/<scenario>.tera`) has two blocks, `subject` and `body`. Each
//! non-blank line it renders is the id of one message, usually one sentence; a line `---`
//! ends a paragraph. Templates see the scenario, reason and tone, and whether each optional
//! field was given, never the caller's text: caller text reaches the letter only as Fluent
//! arguments, so it is never read as template or Fluent syntax.

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Context, Tera};

use super::diagnostic::Diagnostic;
use super::i18n::{Direction, FormatError, Localizer, Pack};
use super::model::{DeclineRequest, Scenario};
use super::scenarios::Field;

/// The line that ends a paragraph in a template's output.
pub const PARAGRAPH_BREAK: &str = "---";

/// Every variable a message may use, for the pack checks.
pub const MESSAGE_VARIABLES: &[&str] = &[
    "scenario",
    "reason",
    "tone",
    "sender",
    "recipient",
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
    "has-recipient",
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
];

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
            Ok(Templates { tera })
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
    pub fn plan(&self, request: &DeclineRequest) -> Result<Plan, ComposeError> {
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
    let pack = localizer.pack;
    let args = message_args(request, pack);
    let separator = pack.meta.letter.sentence_separator.as_str();
    let sentences = |ids: &[String]| -> Result<String, ComposeError> {
        let mut out = String::new();
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                out.push_str(separator);
            }
            let sentence = localizer.format(id, None, Some(&args))?;
            out.push_str(&single_stop(sentence.trim()));
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

/// Caller text may end with its own full stop ("Acme Inc.") just where a sentence ends:
/// one stop serves both, as in careful typography ("Acme Inc.." becomes "Acme Inc.").
/// An ellipsis is left alone.
fn single_stop(sentence: &str) -> std::borrow::Cow<'_, str> {
    // In a right-to-left letter the caller's text ends with an isolation mark: "Inc.", PDI, ".".
    let inner = sentence
        .strip_suffix('.')
        .map(|rest| rest.strip_suffix('\u{2069}').unwrap_or(rest));
    let doubled = inner.is_some_and(|rest| {
        (rest.ends_with('.') && !rest.ends_with("..")) || rest.ends_with('!') || rest.ends_with('?')
    });
    if doubled {
        std::borrow::Cow::Owned(sentence[..sentence.len() - 1].to_owned())
    } else {
        std::borrow::Cow::Borrowed(sentence)
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

/// The Fluent arguments of a request: every given field's text, and a `has-…` flag for each.
pub fn message_args<'a>(request: &'a DeclineRequest, pack: &Pack) -> FluentArgs<'a> {
    let rtl = pack.meta.direction == Direction::Rtl;
    let terminators = pack.tone.terminators();
    let caller =
        |text: &'a str| -> FluentValue<'a> { FluentValue::from(isolate_if_needed(text, rtl)) };
    let clause = |text: &'a str| -> FluentValue<'a> {
        FluentValue::from(isolate_if_needed(
            text.trim_end_matches(|c| terminators.contains(&c))
                .trim_end(),
            rtl,
        ))
    };
    let flag = |given: bool| FluentValue::from(if given { "true" } else { "false" });

    let mut args = FluentArgs::with_capacity(MESSAGE_VARIABLES.len());
    args.set("scenario", request.scenario.as_str());
    args.set("reason", request.reason.as_str());
    args.set("tone", request.tone.as_str());
    args.set("sender", caller(request.sender.as_str()));
    let optional: [(&str, Option<FluentValue<'a>>); 10] = [
        (
            "recipient",
            request.recipient.as_ref().map(|v| caller(v.as_str())),
        ),
        (
            "organization",
            request.organization.as_ref().map(|v| caller(v.as_str())),
        ),
        (
            "position",
            request.position.as_ref().map(|v| caller(v.as_str())),
        ),
        ("event", request.event.as_ref().map(|v| caller(v.as_str()))),
        ("topic", request.topic.as_ref().map(|v| caller(v.as_str()))),
        (
            "detail",
            request.detail.as_ref().map(|v| clause(v.as_str())),
        ),
        (
            "reason-note",
            request.reason_note.as_ref().map(|v| clause(v.as_str())),
        ),
        (
            "referral",
            request.referral.as_ref().map(|r| caller(r.name.as_str())),
        ),
        (
            "referral-contact",
            request
                .referral
                .as_ref()
                .and_then(|r| r.contact.as_ref())
                .map(|v| caller(v.as_str())),
        ),
        (
            "referral-expertise",
            request
                .referral
                .as_ref()
                .and_then(|r| r.expertise.as_ref())
                .map(|v| clause(v.as_str())),
        ),
    ];
    for (name, value) in optional {
        args.set(format!("has-{name}"), flag(value.is_some()));
        if let Some(value) = value {
            args.set(name, value);
        }
    }
    args.set("has-proposed-time", flag(request.proposed_time.is_some()));
    if let Some(time) = &request.proposed_time {
        args.set("proposed-time", caller(time.as_str()));
    }
    args.set("stay-in-touch", flag(request.stay_in_touch));
    args
}

/// In a right-to-left letter, text holding left-to-right letters (a Latin-script name) is
/// wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so it cannot reorder the sentence
/// around it. Left-to-right letters never get isolation marks.
pub fn isolate_if_needed(text: &str, rtl: bool) -> String {
    if rtl && text.chars().any(is_strong_ltr) {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text.to_owned()
    }
}

/// Letters of left-to-right scripts: any letter outside the right-to-left blocks.
fn is_strong_ltr(c: char) -> bool {
    c.is_alphabetic()
        && !matches!(c,
            '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
            | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

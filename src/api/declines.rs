//! `POST /v1/declines`: the request as it travels, how it is parsed into a
//! [`DeclineRequest`], and the response.

use serde::Serialize;
use serde_json::Value;

use super::fields::{FieldError, ObjectReader};
use super::schema::{Clause, LanguageTag, PersonNameText, Phrase, ShortPhrase};
use super::tone::ToneReportBody;
use crate::core::model::{
    DeclineRequest, FormOfAddress, Invitation, Reason, Recipient, Referral, Scenario, Tone,
};
use crate::core::negotiate::is_language_tag;
use crate::core::scenarios::{Field, ScenarioSpec};

/// A request for a message. Only `scenario` and `sender` are always required; `reschedule`
/// also requires `proposed_time`. Fields a scenario does not use are accepted, left out of
/// the message, and listed in the response's `ignored_fields` (see `GET /v1/scenarios`).
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(
    example = json!({
        "scenario": "job_interview",
        "reason": "accepted_offer",
        "tone": "warm",
        "locale": "en",
        "sender": {"name": "Alex Kim"},
        "recipient": {"given_name": "Jordan", "family_name": "Lee"},
        "organization": "Acme",
        "position": "Product Designer",
        "detail": "your team's work on accessible payments",
        "stay_in_touch": true
    })
)]
pub struct DeclineRequestBody {
    /// What the message is for.
    pub scenario: Scenario,
    /// Why the sender declines; framed as the sender's fit or focus, never the reader's fault.
    #[schema(default = "none")]
    pub reason: Option<Reason>,
    /// How the message sounds.
    #[schema(default = "warm")]
    pub tone: Option<Tone>,
    /// The language of the message. Without it, `Accept-Language` decides, else `en`.
    pub locale: Option<LanguageTag>,
    /// Who signs the message.
    pub sender: PersonBody,
    /// Who receives it: `name`, or at least one of `given_name` and `family_name`. Warm and
    /// brief letters greet by the given name ("Hi Jordan,"), formal and firm ones by title or
    /// honorific with the family name ("Dear Professor Berg,"), each language by its own
    /// convention. Without it, the greeting is a courteous generic one.
    pub recipient: Option<RecipientBody>,
    /// What exactly is declined (or, for `reschedule`, moved); each scenario allows its own
    /// kinds, listed under `invitations` in `GET /v1/scenarios`: `job_interview` and
    /// `clarification_reply` `screening_call`, `interview`, `final_round`; `media_interview`
    /// `article`, `broadcast`, `podcast`, `comment`; `speaking_engagement` `talk`, `keynote`,
    /// `panel`, `workshop`, `webinar`; `academic_invitation` `peer_review`,
    /// `editorial_board`, `committee`, `guest_lecture`, `program_committee`, `examiner`;
    /// `reschedule` any of them. Without it, wording that fits every kind the scenario allows.
    pub invitation: Option<Invitation>,
    /// The company, publication, organizer or institution.
    pub organization: Option<ShortPhrase>,
    /// The job title (`job_interview`, `reschedule`, `clarification_reply`, `stay_in_touch`).
    pub position: Option<ShortPhrase>,
    /// The name of the event, panel, journal, committee or programme (a podcast or show in
    /// `media_interview`); its kind is `invitation`. Used by `speaking_engagement`,
    /// `academic_invitation`, `media_interview` and `reschedule`.
    pub event: Option<Phrase>,
    /// The subject of the interview, talk or piece.
    pub topic: Option<Phrase>,
    /// One specific thing to praise, as a noun phrase: "your team's work on accessible payments".
    pub detail: Option<Clause>,
    /// The sender's own short reason, in their words; it replaces the stock reason sentence
    /// and is tone-checked with the rest of the message.
    pub reason_note: Option<Clause>,
    /// A colleague to recommend in the sender's place.
    pub referral: Option<ReferralBody>,
    /// When: a time phrase as it would follow "meet", such as "early next month", "next
    /// Tuesday afternoon" or "in Q3". Required for `reschedule` (the new time to propose); for
    /// `clarification_reply`, when the sender would revisit the conversation.
    pub proposed_time: Option<ShortPhrase>,
    /// Include a forward-looking line that keeps the door open.
    #[schema(default = true)]
    pub stay_in_touch: Option<bool>,
}

/// A person, by name.
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonBody {
    /// The name, as it should appear in the message.
    pub name: PersonNameText,
}

/// The person a message is for.
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"given_name": "Anna", "family_name": "Berg", "title": "Prof.", "form_of_address": "feminine"}))]
pub struct RecipientBody {
    /// The full name, as it should appear when written in full. With only this, the greeting
    /// uses the form that reads naturally with a full name ("Dear Jordan Lee,").
    pub name: Option<PersonNameText>,
    /// The given (first) name: warm and brief greetings in English use it.
    pub given_name: Option<PersonNameText>,
    /// The family name: formal greetings use it with a title or honorific.
    pub family_name: Option<PersonNameText>,
    /// An academic or professional title as you write it ("Prof.", "Dr.", "Professor"); each
    /// language renders the common ones in its own convention ("Frau Professorin Berg",
    /// "Berg先生") and uses others as written.
    pub title: Option<PersonNameText>,
    /// How the recipient is addressed where a language's greeting needs a gender. Only what
    /// the recipient uses; never guessed from a name. Without it, each language's courteous
    /// neutral form.
    #[schema(default = "neutral")]
    pub form_of_address: Option<FormOfAddress>,
}

/// A colleague to recommend.
#[derive(utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferralBody {
    /// The colleague's name.
    pub name: PersonNameText,
    /// How to reach them: an email address, a profile.
    pub contact: Option<Phrase>,
    /// What they know well, as a noun phrase: "design systems".
    pub expertise: Option<Phrase>,
}

/// A parsed request: the validated request, the locale it asked for, and the fields its
/// scenario does not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedDecline {
    pub request: DeclineRequest,
    pub locale: Option<String>,
    pub ignored_fields: Vec<String>,
}

/// Parses a request body, reporting every problem at once.
pub fn parse_decline(body: &Value) -> Result<ParsedDecline, Vec<FieldError>> {
    let mut errors = Vec::new();
    let Some(mut reader) = ObjectReader::new("", body, &mut errors) else {
        return Err(errors);
    };
    let scenario = reader.one_of(
        "scenario",
        true,
        Scenario::parse,
        &Scenario::names(),
        &mut errors,
    );
    let reason = reader.one_of(
        "reason",
        false,
        Reason::parse,
        &Reason::names(),
        &mut errors,
    );
    let tone = reader.one_of("tone", false, Tone::parse, &Tone::names(), &mut errors);
    let locale = reader.string("locale", false, &mut errors).and_then(|tag| {
        if is_language_tag(tag) {
            Some(tag.to_owned())
        } else {
            errors.push(FieldError::new(
                "/locale",
                "invalid_locale",
                "must be a BCP 47 language tag such as `de` or `pt-BR` (letters, digits and `-`, at most 35 characters)",
            ));
            None
        }
    });
    let sender = person(&mut reader, "sender", true, &mut errors);
    let recipient = reader.object("recipient", false, &mut errors).map(|mut r| {
        let name = r.text("name", false, &mut errors);
        let given_name = r.text("given_name", false, &mut errors);
        let family_name = r.text("family_name", false, &mut errors);
        let title = r.text("title", false, &mut errors);
        let form = r.one_of(
            "form_of_address",
            false,
            FormOfAddress::parse,
            &FormOfAddress::names(),
            &mut errors,
        );
        let named = ["name", "given_name", "family_name"]
            .iter()
            .any(|key| body["recipient"].get(key).is_some_and(|v| !v.is_null()));
        if !named {
            errors.push(FieldError::new(
                r.field_pointer("name"),
                "missing",
                "a recipient needs `name` or at least one of `given_name`, `family_name`",
            ));
        }
        r.finish(&mut errors);
        Recipient {
            name,
            given_name,
            family_name,
            title,
            form: form.unwrap_or_default(),
        }
    });
    let invitation = reader.one_of(
        "invitation",
        false,
        Invitation::parse,
        &Invitation::names(),
        &mut errors,
    );
    let organization = reader.text("organization", false, &mut errors);
    let position = reader.text("position", false, &mut errors);
    let event = reader.text("event", false, &mut errors);
    let topic = reader.text("topic", false, &mut errors);
    let detail = reader.text("detail", false, &mut errors);
    let reason_note = reader.text("reason_note", false, &mut errors);
    let referral = reader
        .object("referral", false, &mut errors)
        .and_then(|mut r| {
            let name = r.text("name", true, &mut errors);
            let contact = r.text("contact", false, &mut errors);
            let expertise = r.text("expertise", false, &mut errors);
            r.finish(&mut errors);
            Some(Referral {
                name: name?,
                contact,
                expertise,
            })
        });
    let proposed_time = reader.text("proposed_time", false, &mut errors);
    let stay_in_touch = reader.boolean("stay_in_touch", &mut errors);
    reader.finish(&mut errors);

    if let (Some(scenario), Some(invitation)) = (scenario, invitation) {
        let allowed = ScenarioSpec::of(scenario).invitations();
        if !allowed.is_empty() && !allowed.contains(&invitation) {
            let names: Vec<&str> = allowed.iter().map(|kind| kind.as_str()).collect();
            errors.push(
                FieldError::new(
                    "/invitation",
                    "unknown_value",
                    format!(
                        "`{invitation}` is not a kind of invitation for scenario `{scenario}`; allowed: {}",
                        names.join(", ")
                    ),
                )
                .with_allowed(names),
            );
        }
    }
    if let Some(scenario) = scenario {
        let spec = ScenarioSpec::of(scenario);
        for field in spec.required {
            if body.get(field.name()).is_none_or(Value::is_null) {
                errors.push(FieldError::new(
                    format!("/{}", field.name()),
                    "missing",
                    format!("is required for scenario `{scenario}`"),
                ));
            }
        }
    }
    let (Some(scenario), Some(sender)) = (scenario, sender) else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }

    // Fields the scenario does not use are dropped from the request and reported; a scenario
    // without kinds (`stay_in_touch`) leaves `invitation` out too.
    let spec = ScenarioSpec::of(scenario);
    let mut ignored_fields = Vec::new();
    let takes_invitation = !spec.invitations().is_empty();
    if invitation.is_some() && !takes_invitation {
        ignored_fields.push("/invitation".to_owned());
    }
    let mut used = |field: Field| -> bool {
        if !spec.uses(field) {
            ignored_fields.push(format!("/{}", field.name()));
        }
        spec.uses(field)
    };
    let request = DeclineRequest {
        scenario,
        reason: reason.unwrap_or_default(),
        tone: tone.unwrap_or_default(),
        sender,
        recipient: recipient.filter(|_| used(Field::Recipient)),
        invitation: invitation.filter(|_| takes_invitation),
        organization: organization.filter(|_| used(Field::Organization)),
        position: position.filter(|_| used(Field::Position)),
        event: event.filter(|_| used(Field::Event)),
        topic: topic.filter(|_| used(Field::Topic)),
        detail: detail.filter(|_| used(Field::Detail)),
        reason_note: reason_note.filter(|_| used(Field::ReasonNote)),
        referral: referral.filter(|_| used(Field::Referral)),
        proposed_time: proposed_time.filter(|_| used(Field::ProposedTime)),
        stay_in_touch: match stay_in_touch {
            Some(flag) if used(Field::StayInTouch) => flag,
            _ => true,
        },
    };
    Ok(ParsedDecline {
        request,
        locale,
        ignored_fields,
    })
}

fn person(
    reader: &mut ObjectReader,
    key: &'static str,
    required: bool,
    errors: &mut Vec<FieldError>,
) -> Option<crate::core::text::PersonName> {
    let mut object = reader.object(key, required, errors)?;
    let name = object.text("name", true, errors);
    object.finish(errors);
    name
}

/// A composed message and the tone report of its body.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(example = json!({
    "scenario": "job_interview",
    "reason": "accepted_offer",
    "tone": "warm",
    "locale": "en",
    "locale_fallback": false,
    "subject": "Thank you for the Product Designer opportunity",
    "body": "Hi Jordan,\n\nThank you so much for considering me for the Product Designer role at Acme; I was genuinely impressed by your team's work on accessible payments. After careful thought, I've decided to withdraw from the interview process. I've recently accepted another offer that aligns closely with my current goals. I'd love to stay in touch, and I wish you every success in finding the right person.\n\nBest regards,\nAlex Kim",
    "tone_check": {
        "locale": "en", "passed": true, "sentences": 4, "findings": [],
        "checklist": {"gratitude": true, "door_open": true, "personal_detail": true, "length_ok": true}
    },
    "ignored_fields": []
}))]
pub struct DeclineResponse {
    /// The scenario, as requested.
    pub scenario: Scenario,
    /// The reason, as requested or defaulted.
    pub reason: Reason,
    /// The tone, as requested or defaulted.
    pub tone: Tone,
    /// The language the message is written in (also sent as `Content-Language`).
    #[schema(example = "en")]
    pub locale: String,
    /// The language the caller asked for first, when they asked for one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = "en-GB")]
    pub requested_locale: Option<String>,
    /// True when `locale` is not exactly what the caller asked for first (e.g. `en-GB` → `en`).
    pub locale_fallback: bool,
    /// The subject line: one line.
    pub subject: String,
    /// The message: greeting, 3 to 5 sentences, sign-off and the sender's name.
    pub body: String,
    /// The tone check of `body`.
    pub tone_check: ToneReportBody,
    /// JSON pointers of fields the scenario does not use; they were left out of the message.
    pub ignored_fields: Vec<String>,
}

//! The vocabulary of a request: scenarios, reasons and tones, and the validated request itself.

use super::text::{LongText, MediumText, PersonName, ShortText};

/// Declares a closed set of snake_case values with its list, its names and its parser, so that
/// the API, the templates and the catalog all spell every value the same way.
macro_rules! closed_set {
    ($(#[$meta:meta])* $name:ident $(default $default:ident)? { $($(#[$vmeta:meta])* $variant:ident => $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in the order the contract lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value spelled `text`, if there is one.
            pub fn parse(text: &str) -> Option<Self> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// Every value's name, for error messages that list what is allowed.
            pub fn names() -> Vec<&'static str> {
                Self::ALL.iter().map(|value| value.as_str()).collect()
            }
        }

        $(
            impl Default for $name {
                fn default() -> Self {
                    $name::$default
                }
            }
        )?

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

closed_set! {
    /// What the message is for.
    Scenario {
        /// Decline an invitation to a job interview.
        JobInterview => "job_interview",
        /// Decline a press or media interview.
        MediaInterview => "media_interview",
        /// Decline an invitation to speak at an event or join a panel.
        SpeakingEngagement => "speaking_engagement",
        /// Decline an academic invitation: a lecture, a review, a committee, a panel.
        AcademicInvitation => "academic_invitation",
        /// Ask to move an interview or engagement to another time instead of declining.
        Reschedule => "reschedule",
        /// Answer a recruiter's "is there anything we could adjust?" after a decline.
        ClarificationReply => "clarification_reply",
        /// Keep in touch after declining: a short note that keeps the connection warm.
        StayInTouch => "stay_in_touch",
    }
}

closed_set! {
    /// Why the sender declines, always framed as the sender's fit or focus.
    Reason default None {
        /// The sender has accepted another offer.
        AcceptedOffer => "accepted_offer",
        /// The sender is focusing their career in another direction.
        CareerFocus => "career_focus",
        /// The compensation does not match the sender's expectations.
        Compensation => "compensation",
        /// The timing is not right.
        Timing => "timing",
        /// Travel, location or schedule requirements do not work out.
        Logistics => "logistics",
        /// Family or caregiving responsibilities come first.
        Caregiving => "caregiving",
        /// The sender has concerns about the organization; never named in the message.
        CompanyFit => "company_fit",
        /// The role is below the sender's experience.
        Overqualified => "overqualified",
        /// The sender's commitments leave no room to do it justice.
        Bandwidth => "bandwidth",
        /// The subject lies outside the sender's expertise.
        OutsideExpertise => "outside_expertise",
        /// No reason given.
        None => "none",
    }
}

closed_set! {
    /// How the message sounds.
    Tone default Warm {
        /// Suits a letter: no contractions, a formal greeting and sign-off.
        Formal => "formal",
        /// Friendly and appreciative; the default.
        Warm => "warm",
        /// Warm but firm: kind, and leaves no doubt that this opportunity is closed.
        Firm => "firm",
        /// Shorter, still warm.
        Brief => "brief",
    }
}

closed_set! {
    /// What exactly is declined (or moved). Which kinds a scenario allows is in its spec
    /// ([`crate::core::scenarios::ScenarioSpec::invitations`]); the nouns and verbs for each
    /// are in the packs.
    Invitation {
        /// A first call with a recruiter.
        ScreeningCall => "screening_call",
        /// An interview.
        Interview => "interview",
        /// A final-round interview.
        FinalRound => "final_round",
        /// An interview for a written article.
        Article => "article",
        /// A radio or television interview.
        Broadcast => "broadcast",
        /// A podcast episode.
        Podcast => "podcast",
        /// A quote or short comment for a piece.
        Comment => "comment",
        /// A talk.
        Talk => "talk",
        /// A keynote.
        Keynote => "keynote",
        /// A seat on a panel.
        Panel => "panel",
        /// A workshop to lead.
        Workshop => "workshop",
        /// A webinar.
        Webinar => "webinar",
        /// Reviewing a manuscript.
        PeerReview => "peer_review",
        /// Joining an editorial board.
        EditorialBoard => "editorial_board",
        /// Serving on a committee.
        Committee => "committee",
        /// Giving a guest lecture.
        GuestLecture => "guest_lecture",
        /// Serving on a conference's program committee.
        ProgramCommittee => "program_committee",
        /// Examining a thesis.
        Examiner => "examiner",
    }
}

closed_set! {
    /// How the recipient is addressed where a language's greeting needs a gender: only ever
    /// what the caller says, never guessed from a name.
    FormOfAddress default Neutral {
        /// Ms., Frau, Madame, Pani …
        Feminine => "feminine",
        /// Mr., Herr, Monsieur, Pan …
        Masculine => "masculine",
        /// No gendered form: each language's courteous neutral address.
        Neutral => "neutral",
    }
}

/// The person a message is for: a full name, or its parts, or both (the parts build the
/// greeting when given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub name: Option<PersonName>,
    pub given_name: Option<PersonName>,
    pub family_name: Option<PersonName>,
    /// "Professor", "Dr.", "prof. dr hab.", as the caller writes it; packs recognise the
    /// common ones.
    pub title: Option<PersonName>,
    pub form: FormOfAddress,
}

impl Recipient {
    /// A recipient known only by a full name.
    pub fn named(name: PersonName) -> Self {
        Recipient {
            name: Some(name),
            given_name: None,
            family_name: None,
            title: None,
            form: FormOfAddress::Neutral,
        }
    }

    /// The name written in full: `name`, else the given and family names that were given.
    pub fn full_name(&self) -> std::borrow::Cow<'_, str> {
        if let Some(name) = &self.name {
            return name.as_str().into();
        }
        match (&self.given_name, &self.family_name) {
            (Some(given), Some(family)) => format!("{} {}", given.as_str(), family.as_str()).into(),
            (Some(one), None) | (None, Some(one)) => one.as_str().into(),
            (None, None) => "".into(),
        }
    }
}

/// A colleague the sender recommends in their place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referral {
    pub name: PersonName,
    pub contact: Option<MediumText>,
    pub expertise: Option<MediumText>,
}

/// A request for a message, valid by construction: see `api::declines` for how it is parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclineRequest {
    pub scenario: Scenario,
    pub reason: Reason,
    pub tone: Tone,
    pub sender: PersonName,
    pub recipient: Option<Recipient>,
    /// What exactly is declined; one of the scenario's kinds. Without it, wording that fits
    /// every kind the scenario allows.
    pub invitation: Option<Invitation>,
    pub organization: Option<ShortText>,
    pub position: Option<ShortText>,
    pub event: Option<MediumText>,
    pub topic: Option<MediumText>,
    pub detail: Option<LongText>,
    pub reason_note: Option<LongText>,
    pub referral: Option<Referral>,
    pub proposed_time: Option<ShortText>,
    pub stay_in_touch: bool,
}

impl DeclineRequest {
    /// The smallest valid request for a scenario: every optional field left out.
    pub fn minimal(scenario: Scenario, sender: PersonName) -> Self {
        DeclineRequest {
            scenario,
            reason: Reason::None,
            tone: Tone::Warm,
            sender,
            recipient: None,
            invitation: None,
            organization: None,
            position: None,
            event: None,
            topic: None,
            detail: None,
            reason_note: None,
            referral: None,
            proposed_time: None,
            stay_in_touch: true,
        }
    }
}

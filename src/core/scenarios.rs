//! Which fields each scenario needs and uses. `GET /v1/scenarios` publishes this table, the
//! request parser enforces it, and a test checks that each template reads no field its scenario does not use.

use super::model::{Invitation, Reason, Scenario, Tone};

/// An optional part of a request that a scenario may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Recipient,
    Organization,
    Position,
    Event,
    Topic,
    Detail,
    ReasonNote,
    Referral,
    ProposedTime,
    StayInTouch,
}

impl Field {
    pub const ALL: &'static [Field] = &[
        Field::Recipient,
        Field::Organization,
        Field::Position,
        Field::Event,
        Field::Topic,
        Field::Detail,
        Field::ReasonNote,
        Field::Referral,
        Field::ProposedTime,
        Field::StayInTouch,
    ];

    /// The field's name in the request JSON and in the templates.
    pub fn name(self) -> &'static str {
        match self {
            Field::Recipient => "recipient",
            Field::Organization => "organization",
            Field::Position => "position",
            Field::Event => "event",
            Field::Topic => "topic",
            Field::Detail => "detail",
            Field::ReasonNote => "reason_note",
            Field::Referral => "referral",
            Field::ProposedTime => "proposed_time",
            Field::StayInTouch => "stay_in_touch",
        }
    }
}

/// What a scenario requires beyond `scenario` and `sender`, and which optional fields it uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScenarioSpec {
    pub scenario: Scenario,
    pub required: &'static [Field],
    pub optional: &'static [Field],
}

use Field::*;

const SPECS: &[ScenarioSpec] = &[
    ScenarioSpec {
        scenario: Scenario::JobInterview,
        required: &[],
        optional: &[
            Recipient,
            Organization,
            Position,
            Detail,
            ReasonNote,
            Referral,
            StayInTouch,
        ],
    },
    ScenarioSpec {
        scenario: Scenario::MediaInterview,
        required: &[],
        optional: &[
            Recipient,
            Organization,
            // The programme or series: a podcast, a radio or TV show, a column.
            Event,
            Topic,
            Detail,
            ReasonNote,
            Referral,
            StayInTouch,
        ],
    },
    ScenarioSpec {
        scenario: Scenario::SpeakingEngagement,
        required: &[],
        optional: &[
            Recipient,
            Organization,
            Event,
            Topic,
            Detail,
            ReasonNote,
            Referral,
            StayInTouch,
        ],
    },
    ScenarioSpec {
        scenario: Scenario::AcademicInvitation,
        required: &[],
        optional: &[
            Recipient,
            Organization,
            Event,
            Topic,
            Detail,
            ReasonNote,
            Referral,
            StayInTouch,
        ],
    },
    ScenarioSpec {
        scenario: Scenario::Reschedule,
        required: &[ProposedTime],
        optional: &[
            Recipient,
            Organization,
            Position,
            Event,
            Topic,
            Detail,
            ReasonNote,
            StayInTouch,
        ],
    },
    ScenarioSpec {
        scenario: Scenario::ClarificationReply,
        required: &[],
        optional: &[
            Recipient,
            Organization,
            Position,
            Detail,
            ReasonNote,
            Referral,
            ProposedTime,
            StayInTouch,
        ],
    },
    ScenarioSpec {
        scenario: Scenario::StayInTouch,
        required: &[],
        optional: &[Recipient, Organization, Position, Topic, Detail],
    },
];

impl ScenarioSpec {
    pub fn of(scenario: Scenario) -> &'static ScenarioSpec {
        SPECS
            .iter()
            .find(|spec| spec.scenario == scenario)
            .expect("every scenario has a spec")
    }

    /// Whether the scenario reads this field (required or optional).
    pub fn uses(&self, field: Field) -> bool {
        self.required.contains(&field) || self.optional.contains(&field)
    }

    /// The kinds of invitation the scenario's `invitation` may name: what it declines (or, for
    /// a reschedule, moves). Empty: the scenario takes no `invitation`.
    pub fn invitations(&self) -> &'static [Invitation] {
        use Invitation::*;
        const HIRING: &[Invitation] = &[ScreeningCall, Interview, FinalRound];
        const MEDIA: &[Invitation] = &[Article, Broadcast, Podcast, Comment];
        const SPEAKING: &[Invitation] = &[Talk, Keynote, Panel, Workshop, Webinar];
        const ACADEMIC: &[Invitation] = &[
            PeerReview,
            EditorialBoard,
            Committee,
            GuestLecture,
            ProgramCommittee,
            Examiner,
        ];
        match self.scenario {
            Scenario::JobInterview | Scenario::ClarificationReply => HIRING,
            Scenario::MediaInterview => MEDIA,
            Scenario::SpeakingEngagement => SPEAKING,
            Scenario::AcademicInvitation => ACADEMIC,
            Scenario::Reschedule => Invitation::ALL,
            Scenario::StayInTouch => &[],
        }
    }

    /// Every reason is allowed in every scenario: each is worded for each scenario.
    pub fn reasons(&self) -> &'static [Reason] {
        Reason::ALL
    }

    pub fn tones(&self) -> &'static [Tone] {
        Tone::ALL
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scenario_has_exactly_one_spec() {
        for scenario in Scenario::ALL {
            assert_eq!(SPECS.iter().filter(|s| s.scenario == *scenario).count(), 1);
        }
    }

    #[test]
    fn every_kind_of_invitation_belongs_to_a_declining_scenario_and_reschedule_takes_them_all() {
        let declining: Vec<Invitation> = [
            Scenario::JobInterview,
            Scenario::MediaInterview,
            Scenario::SpeakingEngagement,
            Scenario::AcademicInvitation,
        ]
        .iter()
        .flat_map(|s| ScenarioSpec::of(*s).invitations().iter().copied())
        .collect();
        assert_eq!(declining.len(), Invitation::ALL.len());
        assert_eq!(
            ScenarioSpec::of(Scenario::Reschedule).invitations(),
            Invitation::ALL
        );
    }

    #[test]
    fn reschedule_requires_a_proposed_time() {
        assert!(
            ScenarioSpec::of(Scenario::Reschedule)
                .required
                .contains(&ProposedTime)
        );
    }

    #[test]
    fn no_field_is_both_required_and_optional() {
        for spec in SPECS {
            for field in spec.required {
                assert!(
                    !spec.optional.contains(field),
                    "{:?} {:?}",
                    spec.scenario,
                    field
                );
            }
        }
    }
}

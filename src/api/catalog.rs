//! The catalog: scenarios, locales and rules, as `GET /v1/…` publishes them.

use serde::Serialize;

use crate::core::i18n::{Direction, Pack, Packs};
use crate::core::model::{FormOfAddress, Invitation, Reason, Scenario, Tone};
use crate::core::scenarios::{Field, ScenarioSpec};
use crate::core::tone::Severity;

/// Every scenario and what it needs.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ScenarioList {
    /// Every scenario, in the contract's order.
    pub scenarios: Vec<ScenarioInfo>,
    /// The fields of `recipient`: `name`, or at least one of `given_name` and `family_name`,
    /// with an optional `title` and `form_of_address`.
    #[schema(example = json!(["name", "given_name", "family_name", "title", "form_of_address"]))]
    pub recipient_fields: Vec<&'static str>,
    /// The values of `recipient.form_of_address`: only what the recipient uses, never guessed.
    pub forms_of_address: Vec<FormOfAddress>,
}

/// A scenario and what a request for it needs.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ScenarioInfo {
    /// The scenario.
    pub scenario: Scenario,
    /// Fields the request must have for this scenario (`sender` is always among them).
    #[schema(example = json!(["scenario", "sender"]))]
    pub required_fields: Vec<&'static str>,
    /// Optional fields this scenario uses; others are listed in `ignored_fields`.
    #[schema(example = json!(["recipient", "organization", "position"]))]
    pub optional_fields: Vec<&'static str>,
    /// The kinds of invitation `invitation` may name for this scenario (none for
    /// `stay_in_touch`).
    #[schema(example = json!(["peer_review", "editorial_board", "committee"]))]
    pub invitations: Vec<Invitation>,
    /// The reasons this scenario is worded for.
    pub reasons: Vec<Reason>,
    /// The tones this scenario is worded in.
    pub tones: Vec<Tone>,
}

impl ScenarioList {
    pub fn build() -> Self {
        let scenarios = Scenario::ALL
            .iter()
            .map(|&scenario| {
                let spec = ScenarioSpec::of(scenario);
                let mut required_fields = vec!["scenario", "sender"];
                required_fields.extend(spec.required.iter().map(|f| f.name()));
                let mut optional_fields = vec!["reason", "tone", "locale"];
                if !spec.invitations().is_empty() {
                    optional_fields.push("invitation");
                }
                optional_fields.extend(spec.optional.iter().map(|f: &Field| f.name()));
                ScenarioInfo {
                    scenario,
                    required_fields,
                    optional_fields,
                    invitations: spec.invitations().to_vec(),
                    reasons: spec.reasons().to_vec(),
                    tones: spec.tones().to_vec(),
                }
            })
            .collect();
        ScenarioList {
            scenarios,
            recipient_fields: vec![
                "name",
                "given_name",
                "family_name",
                "title",
                "form_of_address",
            ],
            forms_of_address: FormOfAddress::ALL.to_vec(),
        }
    }
}

/// The languages Bowout writes in.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct LocaleList {
    /// The pack used when nothing else matches.
    #[schema(example = "en")]
    pub default: String,
    /// Every language pack, by tag.
    pub locales: Vec<LocaleInfo>,
}

/// A language pack.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct LocaleInfo {
    /// The pack's BCP 47 tag.
    #[schema(example = "pt-BR")]
    pub tag: String,
    /// The language's name in English.
    #[schema(example = "Portuguese (Brazil)")]
    pub name: String,
    /// The language's name in itself.
    #[schema(example = "Português (Brasil)")]
    pub native_name: String,
    /// `rtl` for right-to-left languages such as Arabic.
    pub direction: Direction,
    /// The share of the English pack's messages this pack translates, from 0 to 1.
    #[schema(example = 1.0)]
    pub completeness: f64,
}

impl LocaleList {
    pub fn build(packs: &Packs) -> Self {
        let locales = packs
            .all()
            .iter()
            .map(|pack| LocaleInfo {
                tag: pack.tag.clone(),
                name: pack.meta.name.clone(),
                native_name: pack.meta.native_name.clone(),
                direction: pack.meta.direction,
                completeness: (packs.completeness(pack) * 1000.0).round() / 1000.0,
            })
            .collect();
        LocaleList {
            default: packs.default_pack().tag.clone(),
            locales,
        }
    }
}

/// The tone rules of one pack.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RuleList {
    /// The pack the rules come from.
    #[schema(example = "en")]
    pub locale: String,
    /// The pack's rules: the contract's and any the pack adds.
    pub rules: Vec<RuleInfo>,
}

/// A tone rule.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RuleInfo {
    /// The rule's id, as findings name it.
    #[schema(example = "too-busy")]
    pub id: String,
    /// The severity of its findings.
    pub severity: Severity,
    /// What the rule looks for, in the pack's language.
    #[schema(example = "Too busy")]
    pub description: String,
}

impl RuleList {
    pub fn build(packs: &Packs, pack: &Pack) -> Self {
        let localizer = packs.localizer(pack);
        let rules = pack
            .tone
            .rules()
            .iter()
            .map(|rule| RuleInfo {
                id: rule.id.clone(),
                severity: rule.severity,
                description: localizer
                    .format(&rule.message_id, None, None)
                    .unwrap_or_else(|_| rule.id.clone()),
            })
            .collect();
        RuleList {
            locale: pack.tag.clone(),
            rules,
        }
    }
}

//! The core: composing letters and checking tone. It knows nothing of HTTP and could back a
//! command-line tool as well as the server.

pub mod check;
pub mod compose;
pub mod content;
pub mod diagnostic;
pub mod i18n;
pub mod lint;
pub mod model;
pub mod negotiate;
pub mod scenarios;
pub mod text;
pub mod tone;

use std::path::Path;

use compose::{ComposeError, Letter, Templates};
use diagnostic::{ContentError, Diagnostic};
use i18n::{Pack, Packs};
use model::DeclineRequest;
use tone::ToneReport;

/// Everything loaded at start-up: the packs and the templates.
#[derive(Debug)]
pub struct Engine {
    pub packs: Packs,
    pub templates: Templates,
    /// What the checker found in packs from the packs directory that does not stop start-up.
    pub warnings: Vec<Diagnostic>,
}

/// A composed letter and the tone report of its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decline {
    pub letter: Letter,
    pub tone: ToneReport,
}

/// The rule a decline's own check leaves out when the caller asked for no door-open line.
const DOOR_OPEN_RULE: &str = "missing-door-open";

impl Engine {
    /// The embedded packs and templates, with the packs in `overrides` (if any) layered on.
    ///
    /// Packs from the directory pass the same checker as the shipped packs (which CI checks):
    /// any error stops loading.
    pub fn load(overrides: Option<&Path>) -> Result<Engine, ContentError> {
        let override_packs = match overrides {
            Some(dir) => content::read_packs_dir(dir).map_err(|d| ContentError(vec![d]))?,
            None => Vec::new(),
        };
        let packs = content::build_packs(&content::embedded_packs(), &override_packs)?;
        let templates = content::build_templates(content::embedded_templates())?;
        let mut findings = Vec::new();
        for files in &override_packs {
            if let Some(pack) = packs.get(&files.tag) {
                findings.extend(check::check_pack(
                    &packs,
                    pack,
                    &templates,
                    check::CheckOptions::default(),
                ));
            }
        }
        if findings.iter().any(Diagnostic::is_error) {
            return Err(ContentError(findings));
        }
        Ok(Engine {
            packs,
            templates,
            warnings: findings,
        })
    }

    /// Composes the letter for `request` in `pack`, and checks its tone.
    pub fn decline(&self, request: &DeclineRequest, pack: &Pack) -> Result<Decline, ComposeError> {
        let localizer = self.packs.localizer(pack);
        let letter = compose::compose(&self.templates, request, &localizer)?;
        // A caller who asked for no door-open line chose it; it is not a mistake to flag.
        let disabled: &[&str] = if request.stay_in_touch {
            &[]
        } else {
            &[DOOR_OPEN_RULE]
        };
        let tone = pack.tone.check(&letter.body, &localizer, disabled);
        Ok(Decline { letter, tone })
    }

    /// Builds the default pack's tone automaton now, so the first request does not wait for it;
    /// start-up runs this in the background. Other languages build theirs on first use (a few
    /// milliseconds, once), which keeps the memory of languages nobody asks for.
    pub fn warm_up(&self) {
        // Shipped packs are compiled by the test suite, packs from a directory by the checker
        // at start-up: a failure here is a bug, and the first request reports it.
        let _ = self.packs.default_pack().tone.warm_up();
    }

    /// Checks the tone of any text against `pack`'s rules.
    pub fn check_tone(&self, text: &str, pack: &Pack, disabled: &[&str]) -> ToneReport {
        pack.tone.check(text, &self.packs.localizer(pack), disabled)
    }
}

//! `bowout packs check`: the pack checker for translators.

use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(_dirs: &[PathBuf], _strict: bool) -> ExitCode {
    ExitCode::FAILURE
}

//! Content tests: every letter of every pack, every rule example, the labelled corpus, and the
//! pack checker on broken fixtures.

mod checker;
mod corpus;
mod greetings;
mod letters;
mod lints;
mod names;
mod rules;

use std::sync::{Arc, OnceLock};

use bowout::core::Engine;

pub fn engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| Arc::new(Engine::load(None).expect("the built-in packs load")))
        .clone()
}

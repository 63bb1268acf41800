//! One integration binary for the HTTP API: each module starts the real server on a free port.

mod catalog;
mod declines;
mod errors;
mod health;
mod helpers;
mod openapi;
mod operations;
mod process;
mod robustness;
mod tone_checks;

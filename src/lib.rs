//! Bowout writes polite, localized messages for declining an invitation, and checks the tone
//! of what it writes and of any text a caller sends.

pub mod api;
pub mod check;
pub mod config;
pub mod core;
pub mod http;

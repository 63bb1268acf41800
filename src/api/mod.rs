//! The API's data: request and response bodies as they travel, with their OpenAPI schemas,
//! and the parsing that turns request JSON into validated core types. No HTTP here.

pub mod catalog;
pub mod declines;
pub mod fields;
pub mod schema;
pub mod tone;

// Generated from spec/ by `cargo xtask regen`. Do not edit: change spec/ (or the generator) and run `cargo xtask regen`.

//! Types generated from the spec: commands, notifications, status codes, properties, file types and `Message`.
pub mod commands;
pub mod notifications;
pub mod status;
pub mod properties;
pub mod file_types;
pub mod message;
pub mod odynamo;

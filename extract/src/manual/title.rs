//! Table titles ("Table 211 - Request Data for ...").

use super::re;
use crate::markdown::normalize_space;
use regex::Regex;
use std::sync::OnceLock;

/// A table title: `Table 211 - Request Data for Command 0xD812 - ...`.
#[derive(Debug, Clone)]
pub(super) struct Title {
    pub(super) number: u32,
    /// The manual's number when it is not a plain integer ("8.271").
    pub(super) malformed: Option<String>,
    pub(super) text: String,
}

pub(super) fn parse_title(text: &str) -> Option<Title> {
    static TITLE: OnceLock<Regex> = OnceLock::new();
    static LINK: OnceLock<Regex> = OnceLock::new();
    let title = re(&TITLE, r"^Table\s+(\d+)((?:\.\d+)*)\s*(?:[-–—:]\s*)?(.*)$");
    // "[Table 277 - ...](#table-277...)": a link whose nested brackets markdown keeps as text.
    let link = re(&LINK, r"\]\(#[^)]*\)");
    let cleaned = link.replace_all(text.trim(), "");
    let cleaned = cleaned.trim().trim_start_matches('[').trim();
    let c = title.captures(cleaned)?;
    Some(Title {
        number: c[1].parse().ok()?,
        malformed: (!c[2].is_empty()).then(|| format!("{}{}", &c[1], &c[2])),
        text: normalize_space(&c[3]),
    })
}

/// A title at the end of a paragraph ("Build ... with: 1. 2. [Table 46](#table-46) - Encrypted ...").
pub(super) fn trailing_title(text: &str) -> Option<Title> {
    let at = text.rfind("[Table ")?;
    parse_title(&text[at..])
}

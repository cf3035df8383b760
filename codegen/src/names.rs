//! Rust identifiers from the spec's labels and names.

use std::collections::HashSet;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

/// Most words an identifier takes from a label; long labels read better cut short
/// (repeats are made unique by [`Scope`]).
const MAX_WORDS: usize = 12;

/// Words of `text` made of ASCII letters and digits; apostrophes vanish (`can’t` is one
/// word), everything else separates words, and bracketed notes are left out.
fn words(text: &str) -> String {
    // A bracketed editorial note (`[sic.]`) is not part of a name.
    let mut depth = 0u32;
    let unbracketed: String = text
        .chars()
        .filter(|c| {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect();
    let cleaned: String = unbracketed
        .chars()
        .filter(|c| !matches!(c, '\'' | '’' | '‘'))
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    cleaned
        .split_whitespace()
        .take(MAX_WORDS)
        .collect::<Vec<_>>()
        .join(" ")
}

/// `UpperCamelCase`; a leading digit gets `prefix` in front (`V3Des`).
pub fn camel(text: &str, prefix: &str) -> String {
    let s = words(text).to_upper_camel_case();
    if s.is_empty() {
        return prefix.to_string();
    }
    if s == "Self" {
        return format!("{prefix}Self");
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{prefix}{s}")
    } else {
        s
    }
}

/// `snake_case`; a leading digit gets `prefix` in front.
pub fn snake(text: &str, prefix: &str) -> String {
    let s = words(text).to_snake_case();
    if s.is_empty() {
        return prefix.to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{prefix}_{s}")
    } else {
        s
    }
}

/// `SHOUTY_SNAKE_CASE`; a leading digit gets `prefix` in front.
pub fn shouty(text: &str, prefix: &str) -> String {
    let s = words(text).to_shouty_snake_case();
    if s.is_empty() {
        return prefix.to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{prefix}_{s}")
    } else {
        s
    }
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where",
    "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield",
];

/// An identifier token; keywords become raw identifiers, `self`-like words get a `_` suffix.
pub fn ident(name: &str) -> Ident {
    match name {
        "self" | "Self" | "super" | "crate" | "_" => {
            Ident::new(&format!("{name}_"), Span::call_site())
        }
        n if KEYWORDS.contains(&n) => Ident::new_raw(n, Span::call_site()),
        n => Ident::new(n, Span::call_site()),
    }
}

/// Names that generated types (structs, enums) never take, so that generated code can
/// write prelude names short (`Option`, `Vec`, `Default`, derive macros) without a
/// generated type shadowing them.
pub const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Vec",
    "String",
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "Eq",
    "PartialEq",
    "Ord",
    "PartialOrd",
    "Hash",
    "From",
    "Into",
    "Sized",
    "Send",
    "Sync",
    "Iterator",
    "ToString",
    "Self_",
];

/// Names that generated modules never take: the ones generated code refers to by a short
/// path (`fmt::Display`, `mms_codec::Tlv`, `mms_message::Command`).
pub const RESERVED_MODULES: &[&str] = &["fmt", "core", "std", "mms_codec", "mms_message"];

/// Hands out names unique within one scope by appending `2`, `3` ... to repeats.
#[derive(Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    /// A scope where `reserved` names are already taken.
    pub fn with(reserved: &[&str]) -> Scope {
        Scope {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// A scope for module names ([`RESERVED_MODULES`] taken).
    pub fn modules() -> Scope {
        Scope::with(RESERVED_MODULES)
    }

    /// Whether `name` is still free.
    pub fn is_free(&self, name: &str) -> bool {
        !self.taken.contains(name)
    }

    /// `base`, or `base2`, `base3` ... (`base_2` for snake and shouty names) when taken.
    pub fn unique(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_string()) {
            return base.to_string();
        }
        let sep = if base.contains('_') || base.chars().all(|c| !c.is_ascii_lowercase()) {
            "_"
        } else {
            ""
        };
        (2..)
            .map(|n| format!("{base}{sep}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .expect("an unbounded range always yields a free name")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_valid_identifiers() {
        assert_eq!(camel("SHA-256", "V"), "Sha256");
        assert_eq!(camel("3DES key", "V"), "V3desKey");
        assert_eq!(camel("EMV e overflow [sic.]", "V"), "EmvEOverflow");
        assert_eq!(camel("Kernel Set ‘A’", "V"), "KernelSetA");
        assert_eq!(
            camel("Tamper setting is locked, can’t be changed", "V"),
            "TamperSettingIsLockedCantBeChanged"
        );
        assert_eq!(
            shouty("a b c d e f g h i j k l m n", "X"),
            "A_B_C_D_E_F_G_H_I_J_K_L"
        );
        assert_eq!(
            snake("Length of File Payload", "f"),
            "length_of_file_payload"
        );
        assert_eq!(
            shouty("EMV configuration, terminal file", "F"),
            "EMV_CONFIGURATION_TERMINAL_FILE"
        );
        assert_eq!(camel("self", "V"), "VSelf");
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(ident("self").to_string(), "self_");
        let mut scope = Scope::default();
        assert_eq!(scope.unique("Ok"), "Ok");
        assert_eq!(scope.unique("Ok"), "Ok2");
        assert_eq!(scope.unique("OK"), "OK");
        assert_eq!(scope.unique("OK"), "OK_2");
    }
}

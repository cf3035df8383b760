//! Small text helpers: short labels, snake_case names, enumerations, bit fields, limitation tags.
//!
//! Only short facts are kept from the manual's cells (labels, value names); everything else is dropped.

use std::sync::OnceLock;

use mms_spec::{BitField, EnumValue, Internal, Location};
use regex::Regex;

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
}

/// Words that may follow a capitalised word inside a label ("Length of File Payload").
const CONNECTORS: &[&str] = &[
    "of", "and", "or", "to", "for", "the", "a", "an", "in", "on", "from", "with", "by", "per",
    "at", "/", "&", "-", "–", "vs", "via",
];

/// Product limitations (`"Touch Only"`) and the internal flag found in parenthesised groups,
/// and the text with those groups removed.
pub fn split_tags(text: &str) -> (String, Vec<String>, Internal) {
    static PAREN: OnceLock<Regex> = OnceLock::new();
    let paren = re(&PAREN, r"\(([^()]*)\)");
    let mut limits = Vec::new();
    let mut internal = Internal::No;
    let mut kept = String::new();
    let mut last = 0;
    for m in paren.captures_iter(text) {
        let whole = m.get(0).expect("group 0");
        let inner = &m[1];
        let mut is_tag = false;
        for part in inner.split(',') {
            let part = part.trim();
            if part.starts_with("MAGTEK INTERNAL ONLY") {
                is_tag = true;
                let for_now = part.contains("FOR NOW");
                internal = match (internal, for_now) {
                    (Internal::Yes, _) | (_, false) => Internal::Yes,
                    _ => Internal::ForNow,
                };
            } else if part.ends_with(" Only") && part.len() < 40 || part == "Deprecated" {
                is_tag = true;
                if !limits.iter().any(|l| l == part) {
                    limits.push(part.to_string());
                }
            }
        }
        if is_tag {
            kept.push_str(&text[last..whole.start()]);
            kept.push(' ');
            last = whole.end();
        }
    }
    kept.push_str(&text[last..]);
    (crate::markdown::normalize_space(&kept), limits, internal)
}

/// A snake_case identifier from a label: `"Hash Checksum Type"` -> `hash_checksum_type`.
pub fn snake(label: &str) -> String {
    // Words are not split at inner capitals: brand names ("MagTek", "DynaFlex") stay one word.
    let mut out = String::new();
    for c in label.replace('&', " and ").replace('#', " number ").chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
        }
    }
    let mut out = out.trim_end_matches('_').to_string();
    if out.is_empty() {
        out = "field".into();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, "n_");
    }
    // Keep identifiers readable.
    if out.len() > 60 {
        let mut cut = out[..60].rfind('_').unwrap_or(60);
        if cut == 0 {
            cut = 60;
        }
        out.truncate(cut);
    }
    out
}

/// Makes names unique among siblings by appending `_2`, `_3` ...
pub fn unique(names: &mut [String]) {
    for i in 0..names.len() {
        let base = names[i].clone();
        let mut n = 1;
        while names[..i].contains(&names[i]) {
            n += 1;
            names[i] = format!("{base}_{n}");
        }
    }
}

fn is_connector(word: &str) -> bool {
    CONNECTORS.contains(&word)
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "This", "Maximum": a capital then lowercase letters (acronyms like "MAC" do not start sentences).
fn titlecase(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase())
}

fn starts_lower_word(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '“', '"', '‘']);
    w.chars().next().is_some_and(char::is_lowercase) && !is_connector(w)
}

/// Words a label never ends on: a label cut there is the start of a sentence ("Version 1 to").
const DANGLING: &[&str] = &[
    "the", "a", "an", "to", "of", "by", "for", "in", "on", "at", "with", "from", "and", "or",
    "will", "that", "which", "should", "shall", "must", "can", "may", "are", "is", "be", "when",
    "if", "as", "this", "these", "before", "after", "than", "per", "via", "see", "where",
];

fn is_dangling(word: &str) -> bool {
    DANGLING.contains(&word.to_ascii_lowercase().as_str())
}

/// Ends a label cleanly: drops an unclosed parenthesis ("PIN Length Limits (Only when"),
/// trailing punctuation and dangling words ("Month From", "Signature Window Width and").
fn tidy_end(label: &str) -> String {
    let mut label = label.to_string();
    if let Some(open) = label.rfind('(') {
        if !label[open..].contains(')') && open > 0 {
            label.truncate(open);
        }
    }
    loop {
        let trimmed = label
            .trim_end_matches([',', '.', ':', ';', '-', '–', '/', ' '])
            .to_string();
        let mut words: Vec<&str> = trimmed.split_whitespace().collect();
        if words.len() > 1 && words.last().is_some_and(|w| is_dangling(w)) {
            words.pop();
            label = words.join(" ");
        } else {
            return trimmed;
        }
    }
}

/// The label at the start of a description cell ("Hash Checksum Type 0x04 = SHA-256" -> "Hash Checksum Type").
///
/// Stops where a sentence or an enumeration starts, and after `max_words` words.
pub fn short_label(desc: &str, max_words: usize) -> String {
    label_words(desc, max_words, true)
}

/// Like [`short_label`]; `sentences = false` keeps "First Production release" whole (value names).
fn label_words(desc: &str, max_words: usize, sentences: bool) -> String {
    // "Notification Options ??": question marks alone are a draft's placeholders, not words.
    let words: Vec<&str> = desc
        .split_whitespace()
        .filter(|w| !w.chars().all(|c| c == '?'))
        .collect();
    let mut end = words.len().min(max_words);
    for i in 0..words.len().min(max_words) {
        let w = words[i];
        let next = words.get(i + 1).copied().unwrap_or("");
        let enum_start = next == "=" || w.contains('=') || (w.starts_with("0x") && i > 0);
        // A capitalised word followed by a lowercase word starts a sentence ("... This is the length");
        // "Length of" / "Reserved for" continue the label because connectors do not count.
        let after_next = words.get(i + 2).copied().unwrap_or("");
        let sentence_start = sentences
            && i > 0
            && titlecase(w)
            && !w.ends_with(',')
            && !w.starts_with("0x")
            && (starts_lower_word(next)
                // "Indicates the pause ...", "List of interfaces ...": a connector then a lowercase word.
                || (matches!(next, "the" | "a" | "an") && starts_lower_word(after_next))
                || (w == "List" && next == "of" && starts_lower_word(after_next)));
        // "Timeout Timeout in ...", "Tag Data Data of ...": the description starts by repeating a word.
        let doubled = i > 0 && w == words[i - 1] && starts_upper(w);
        // "Operation Status Detail (Subgroup) Operation Status ...": the description repeats the label.
        // ("Version 1 to Version 40" is a range, not a repetition.)
        let repeated = i > 0 && w == words[0] && starts_upper(w) && !is_connector(words[i - 1]);
        // "File ID from Table 201", "... See section 4.4": a reference, not part of the label.
        let reference = matches!(
            w.to_ascii_lowercase().as_str(),
            "from" | "see" | "in" | "per" | "(see"
        ) && (next.starts_with("Table")
            || next.starts_with("section")
            || next.starts_with("Section"));
        // "Progress Indicator Reserved for future use": a note after the name.
        let reserved_note = i > 0 && w == "Reserved" && next == "for";
        // "Serial Number Bit 0: ...", "Colour Code Byte 1 ...": bit and byte lists follow the label.
        let bit_list = i > 0
            && matches!(w, "Bit" | "Bits" | "Byte")
            && next.starts_with(|c: char| c.is_ascii_digit());
        // "MAC KSN, 10 bytes for TDES", "Mode, requires ...": a note after a comma.
        let size_note = i > 0
            && words[i - 1].ends_with(',')
            && (w.starts_with(|c: char| c.is_ascii_digit()) || (sentences && starts_lower_word(w)));
        // Words that only start sentences ("..., Signature Capture Requested If the device ...").
        let starter = i > 0
            && matches!(
                w,
                "If" | "When"
                    | "See"
                    | "This"
                    | "These"
                    | "The"
                    | "In"
                    | "Use"
                    | "Note"
                    | "Refer"
                    | "Please"
                    | "It"
                    | "Indicates"
                    | "Contains"
                    | "Decrypt"
                    | "Specify"
                    | "Specifies"
                    | "Defines"
                    | "For"
            )
            && !words[i - 1].ends_with(',')
            // "Default Values to Use": after a connector the word continues the label.
            && !is_connector(words[i - 1])
            && (w != "For" || next.starts_with("details"));
        // Value names are cut where a clause starts: "Cover the bar regardless of ...",
        // "Completed, see ...", "Frequency in seconds the device ...".
        let determiner_clause = i > 1
            && matches!(w, "the" | "a" | "an")
            && starts_lower_word(words[i - 1])
            && !is_dangling(words[i - 1]);
        let clause = determiner_clause
            || !sentences
                && i > 1
                && matches!(
                    w,
                    "regardless"
                        | "that"
                        | "which"
                        | "when"
                        | "whether"
                        | "depends"
                        | "will"
                        | "should"
                        | "if"
                        | "because"
                        | "until"
                        | "unless"
                );
        // Short names keep their comma parts ("PAN min 8, max 21 digits", "Page with a title, up to ...").
        let comma_clause = !sentences
            && i > 0
            && words.len() > 6
            && words[i - 1].ends_with(',')
            && w != "up"
            && (starts_lower_word(w) || (titlecase(w) && starts_lower_word(next)));
        let lower_paren = w.starts_with('(')
            && (w[1..].chars().next().is_some_and(char::is_lowercase)
                || (w == "(" && starts_lower_word(next)));
        if i > 0
            && (enum_start
                || sentence_start
                || lower_paren
                || reference
                || starter
                || repeated
                || doubled
                || reserved_note
                || clause
                || comma_clause
                || bit_list
                || size_note)
        {
            end = i;
            break;
        }
        if i > 0
            && w.chars().all(|c| c.is_ascii_hexdigit())
            && next.chars().all(|c| c.is_ascii_hexdigit())
            && !next.is_empty()
            && w.len() == 2
        {
            end = i;
            break;
        }
        let prev_ends_sentence = i > 0 && {
            let p = words[i - 1];
            (p.ends_with('.') && p.len() > 3) || p.ends_with(':') || p.ends_with(';')
        };
        if prev_ends_sentence {
            end = i;
            break;
        }
    }
    let label = tidy_end(&words[..end].join(" "));
    if label.is_empty() {
        words
            .first()
            .map_or_else(String::new, |w| w.trim_end_matches(['.', ':']).to_string())
    } else {
        label
    }
}

/// The first sentence of a meaning cell, at most `max_chars` characters (cut at a word boundary).
pub fn first_sentence(text: &str, max_chars: usize) -> String {
    let mut end = text.len();
    for (i, _) in text.match_indices(". ") {
        // Skip abbreviations like "e.g." and "No.".
        let before = &text[..i];
        let last_word = before.rsplit(' ').next().unwrap_or("");
        // "Image 1. For ...": a number ends a sentence when a capital follows.
        let number_end = !last_word.is_empty()
            && last_word.chars().all(|c| c.is_ascii_digit())
            && text[i + 2..].starts_with(|c: char| c.is_uppercase());
        if (last_word.len() > 2 || number_end) && !last_word.contains('.') {
            end = i;
            break;
        }
    }
    let mut s = text[..end].trim().trim_end_matches('.').to_string();
    if s.chars().count() > max_chars {
        let cut: String = s.chars().take(max_chars).collect();
        s = match cut.rfind(' ') {
            Some(i) => cut[..i].to_string(),
            None => cut,
        };
        s = s.trim_end_matches([',', ';', ':', ' ']).to_string();
    }
    s
}

/// A label taken from a meaning cell: its first sentence, without a clause after a comma
/// ("User File, users may ...") and never ending on a dangling word.
pub fn cell_label(text: &str, max_chars: usize) -> String {
    let sentence = first_sentence(text, max_chars);
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let end = (1..words.len())
        .find(|&i| words.len() > 6 && words[i - 1].ends_with(',') && starts_lower_word(words[i]))
        .unwrap_or(words.len());
    tidy_end(&words[..end].join(" "))
}

/// The short text written before an example's hex, when it names something ("Get Property 1.2.3 ...",
/// "Display Message Request to show PROCESSING"); `None` when it is a sentence about the example.
pub fn example_label(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    // "This example wraps Command 0x... - Name": the command is the label.
    let words = match words.as_slice() {
        ["This", "example", _, rest @ ..] if !rest.is_empty() => rest,
        _ => &words[..],
    };
    let sentence = words.len() > 2 && titlecase(words[0]) && starts_lower_word(words[1]);
    if words.is_empty() || sentence {
        return None;
    }
    Some(first_sentence(&words.join(" "), 120))
}

/// Enumerated values in a description: `0x00 = OK, Done 0x01 = OK, Started / Running`, ranges `0x01..0xFE = ...`.
pub fn enum_values(desc: &str) -> Vec<EnumValue> {
    static VALUE: OnceLock<Regex> = OnceLock::new();
    let value = re(
        &VALUE,
        r"0x([0-9A-Fa-f]+)(?:\s*(?:\.\.|–|-|to)\s*0x([0-9A-Fa-f]+))?\s*(=|–\s)\s*",
    );
    static BYTE: OnceLock<Regex> = OnceLock::new();
    let byte_marker = re(&BYTE, r"\bByte\s+(\d+)\b");
    let markers: Vec<(usize, u32)> = byte_marker
        .captures_iter(desc)
        .filter_map(|c| Some((c.get(0)?.start(), c[1].parse().ok()?)))
        .collect();
    // "0x00 – Infinite" also lists a value, but "Command 0x1830 – Display ..." does not: a dash only
    // separates one-byte values.
    let matches: Vec<_> = value
        .captures_iter(desc)
        .filter(|m| &m[3] == "=" || (m[1].len() == 2 && m.get(2).is_none()))
        .collect();
    let mut out: Vec<EnumValue> = Vec::new();
    for (i, m) in matches.iter().enumerate() {
        let whole = m.get(0).expect("group 0");
        let end = matches
            .get(i + 1)
            .map_or(desc.len(), |n| n.get(0).expect("group 0").start());
        let mut raw_name = desc[whole.end()..end].trim();
        // "... = PAN min 8 Byte 2 User Interface 0x00 = ...": the next byte's heading is not part of the name.
        if let Some((at, _)) = markers
            .iter()
            .find(|(at, _)| *at > whole.end() && *at < end)
        {
            raw_name = desc[whole.end()..*at].trim();
        }
        let byte = markers
            .iter()
            .rev()
            .find(|(at, _)| *at < whole.start())
            .map(|(_, n)| *n);
        let name = value_name(raw_name);
        if name.is_empty() {
            continue;
        }
        let mut v = m[1].to_ascii_uppercase();
        if v.len() % 2 == 1 {
            v.insert(0, '0');
        }
        if let Some(hi) = m.get(2) {
            let mut hi = hi.as_str().to_ascii_uppercase();
            if hi.len() % 2 == 1 {
                hi.insert(0, '0');
            }
            v = format!("{v}..{hi}");
        }
        if out.iter().any(|e| e.value == v && e.byte == byte) {
            continue;
        }
        out.push(EnumValue {
            value: v,
            name,
            byte,
            source: Location::default(),
        });
    }
    out
}

/// A value's name: the label part of the text after `=`.
fn value_name(raw: &str) -> String {
    let (clean, _, _) = split_tags(raw);
    // "Reason: Contactless Card Presented": the word before the colon repeats the field's subject.
    let clean = match clean.split_once(": ") {
        Some((head, rest)) if !head.contains(' ') && !rest.is_empty() => rest.to_string(),
        _ => clean,
    };
    // "The frequency in seconds": an article adds nothing to a value name.
    let clean = match clean.strip_prefix("The ") {
        Some(rest) if rest.split_whitespace().count() > 1 => {
            let mut chars = rest.chars();
            chars
                .next()
                .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
        }
        _ => clean,
    };
    let label = label_words(&clean, 10, false);
    label.trim_matches(['"', '“', '”', ',', ' ']).to_string()
}

/// Bit fields in a description: `Bit 0: Banking Features`, `Bit 1-15 = RFU`, `Byte 1 Bit 2 = ...`,
/// and EMV's numbering from 1 (`Bit 8 = SDA`, `Bits 3..1 = RFU`, `Byte1: → b8: ...`, where bit 8
/// is the most significant of its byte), recorded counting from 0 as the spec does.
pub fn bit_fields(desc: &str) -> Vec<BitField> {
    static BIT: OnceLock<Regex> = OnceLock::new();
    let bit = re(
        &BIT,
        r"(?:Byte\s*(\d+)\s*,?\s*)?(?:\b[Bb]its?\s+(\d+)(?:\s*(?:\.\.|–|-|to|through)\s*(\d+)|\s+(\d+))?|\bb([1-8])(?:\.\.b([1-8]))?)\s*(?:[:=]|-\s)\s*",
    );
    static BYTE: OnceLock<Regex> = OnceLock::new();
    let byte_marker = re(&BYTE, r"\bByte\s*(\d+)\b");
    let markers: Vec<(usize, u32)> = byte_marker
        .captures_iter(desc)
        .filter_map(|c| Some((c.get(0)?.start(), c[1].parse().ok()?)))
        .collect();
    let matches: Vec<_> = bit.captures_iter(desc).collect();
    let mut out: Vec<BitField> = Vec::new();
    // `b8` is EMV's notation, which always counts from 1.
    let mut from_one = false;
    for (i, m) in matches.iter().enumerate() {
        let whole = m.get(0).expect("group 0");
        // A bit's name ends at the next bit, or at the next byte's heading.
        let next_bit = matches
            .get(i + 1)
            .map_or(desc.len(), |n| n.get(0).expect("group 0").start());
        let end = markers
            .iter()
            .map(|(at, _)| *at)
            .find(|at| *at >= whole.end())
            .map_or(next_bit, |at| at.min(next_bit));
        let name = value_name(desc[whole.end()..end].replace('→', " ").trim());
        if name.is_empty() {
            continue;
        }
        let num = |g: usize| m.get(g).and_then(|x| x.as_str().parse::<u32>().ok());
        from_one |= m.get(5).is_some();
        let Some(first) = num(2).or(num(5)) else {
            continue;
        };
        // "Bits 3..1": EMV writes ranges from the high bit down.
        let (first, last) = match num(3).or(num(4)).or(num(6)) {
            Some(l) if l > first => (first, Some(l)),
            Some(l) if l < first => (l, Some(first)),
            _ => (first, None),
        };
        // "Byte 0 bit 0 = ... bit 1 = ...": later bits belong to the last byte named.
        let byte = num(1).or_else(|| {
            markers
                .iter()
                .rev()
                .find(|(at, _)| *at < whole.start())
                .map(|(_, n)| *n)
        });
        out.push(BitField {
            byte,
            bit: first,
            last_bit: last,
            name,
            source: Location::default(),
        });
    }
    // A table with a bit 8 and no bit 0 in bytes of 8 bits counts from 1 (EMV).
    let highest = out.iter().map(|b| b.last_bit.unwrap_or(b.bit)).max();
    from_one |= highest == Some(8) && out.iter().all(|b| b.bit > 0);
    if from_one {
        // A bit 0 beside EMV's `b8` notation is a slip in the table: it stays 0.
        for b in &mut out {
            b.bit = b.bit.saturating_sub(1);
            b.last_bit = b.last_bit.map(|l| l.saturating_sub(1));
        }
    }
    out
}

/// Table numbers mentioned in a cell (`Table 201`).
pub fn table_refs(text: &str) -> Vec<u32> {
    static TABLE: OnceLock<Regex> = OnceLock::new();
    let table = re(&TABLE, r"\bTable\s+(\d+)\b");
    let mut out: Vec<u32> = table
        .captures_iter(text)
        .filter_map(|c| c[1].parse().ok())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_stop_at_sentences_and_enumerations() {
        assert_eq!(
            short_label("Hash Checksum Type 0x04 = SHA-256", 10),
            "Hash Checksum Type"
        );
        assert_eq!(
            short_label("Length of File Payload This is the length", 10),
            "Length of File Payload"
        );
        assert_eq!(
            short_label("File transfer properties", 10),
            "File transfer properties"
        );
        assert_eq!(
            short_label("File Name Maximum length 32 bytes", 10),
            "File Name"
        );
        assert_eq!(
            short_label("Reserved for future use. Leave empty.", 10),
            "Reserved for future use"
        );
        assert_eq!(short_label("Action 0 = Check key status.", 10), "Action");
        assert_eq!(short_label("File ID from Table 201", 10), "File ID");
    }

    #[test]
    fn draft_placeholders_are_not_words() {
        assert_eq!(
            short_label("Notification Options ??", 8),
            "Notification Options"
        );
    }

    #[test]
    fn labels_end_at_the_name() {
        // Description starters after the name.
        assert_eq!(
            short_label("Retry Mode Indicates the way a retry works", 10),
            "Retry Mode"
        );
        assert_eq!(
            short_label("Payload Blob Decrypt the contents first", 10),
            "Payload Blob"
        );
        assert_eq!(
            short_label("Screen ID Specify which screen to show", 10),
            "Screen ID"
        );
        // The description repeats a word of the name.
        assert_eq!(
            short_label("Delay Delay in seconds before the start", 10),
            "Delay"
        );
        assert_eq!(
            short_label("Widget Data Data of the widget", 10),
            "Widget Data"
        );
        assert_eq!(
            short_label("Port List List of ports to open", 10),
            "Port List"
        );
        // Never a dangling word or an unclosed parenthesis at the end.
        assert_eq!(short_label("Year From 0x00 to 0x63", 10), "Year");
        assert_eq!(
            short_label("Lamp Colour (Only when the lamp is on", 10),
            "Lamp Colour"
        );
        assert_eq!(
            short_label("Pixel Offset ( counted from zero)", 10),
            "Pixel Offset"
        );
        // A comma ends the name when a lowercase note follows.
        assert_eq!(
            short_label("Window Width and Height, refer to the figure", 10),
            "Window Width and Height"
        );
        // A connector keeps a capitalised word in the label.
        assert_eq!(
            short_label("Values to Use 0x01 = Factory", 10),
            "Values to Use"
        );
        // A sentence starting after a noun.
        assert_eq!(
            short_label("Wait Time in seconds the reader waits", 10),
            "Wait Time in seconds"
        );
    }

    #[test]
    fn example_labels_name_or_nothing() {
        assert_eq!(
            example_label("This example shows Command 0x1234 - Do Things").as_deref(),
            Some("Command 0x1234 - Do Things")
        );
        assert_eq!(example_label("Reply only sent on errors"), None);
        assert_eq!(
            example_label("Set Property 9.9.9 Beep Volume").as_deref(),
            Some("Set Property 9.9.9 Beep Volume")
        );
        assert_eq!(
            short_label("Lamp Mode Reserved for future use. Send 0x01.", 10),
            "Lamp Mode"
        );
    }

    #[test]
    fn cell_labels_drop_references_and_notes() {
        assert_eq!(
            cell_label("Splash Image 2. For details, see Property 9.9 Splash", 80),
            "Splash Image 2"
        );
        assert_eq!(
            cell_label(
                "Scratch File, hosts may store any bytes they like in this slot",
                80
            ),
            "Scratch File"
        );
        assert_eq!(
            cell_label("Audio configuration, tone file", 80),
            "Audio configuration, tone file"
        );
    }

    #[test]
    fn value_names_are_short() {
        let names =
            |desc: &str| -> Vec<String> { enum_values(desc).into_iter().map(|e| e.name).collect() };
        assert_eq!(
            names("Mode 0x00 = Lamp off regardless of the ambient light 0x01 = Blink, blink the lamp until a key is pressed"),
            ["Lamp off", "Blink"]
        );
        assert_eq!(
            names("Delay 0x01..0xFE = The interval in seconds the reader should wait for"),
            ["Interval in seconds"]
        );
        assert_eq!(
            names("Size 0x00 = Digits min 4, max 12 digits"),
            ["Digits min 4, max 12 digits"]
        );
        assert_eq!(names("Speed 0x01 = Version 1 to"), ["Version 1"]);
        assert_eq!(
            names("Level 0x01 to 0x09 = Level 1 to Level 9 See Annex"),
            ["Level 1 to Level 9"]
        );
    }

    /// Found by the `markdown_extractor` fuzz target (2026-11-30): EMV's `b8` notation
    /// beside a bit 0 made the count from one subtract past zero (a panic).
    #[test]
    fn a_bit_0_beside_emv_notation_does_not_underflow() {
        let b = bit_fields("b8 = High Bit 0 = Low");
        let got: Vec<(u32, &str)> = b.iter().map(|f| (f.bit, f.name.as_str())).collect();
        assert_eq!(got, [(7, "High"), (0, "Low")]);
    }

    #[test]
    fn emv_bits_count_from_one_and_are_recorded_from_zero() {
        let b = bit_fields("Security Capabilities Bit 8 = SDA Bit 7 = DDA Bit 4 = CDA Bits 3..1 = Reserved for future use");
        let got: Vec<(u32, Option<u32>, &str)> = b
            .iter()
            .map(|f| (f.bit, f.last_bit, f.name.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (7, None, "SDA"),
                (6, None, "DDA"),
                (3, None, "CDA"),
                (0, Some(2), "Reserved for future use")
            ]
        );
        // EMV's arrow notation, bytes without a space, a byte with a number and no bits.
        let b = bit_fields(
            "Kernel Configuration Byte1: Max Retry Byte2: → b8: Interac Contact → b2..b1: RFU",
        );
        let got: Vec<(Option<u32>, u32, Option<u32>, &str)> = b
            .iter()
            .map(|f| (f.byte, f.bit, f.last_bit, f.name.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Some(2), 7, None, "Interac Contact"),
                (Some(2), 0, Some(1), "RFU")
            ]
        );
    }

    #[test]
    fn enumerations_and_ranges() {
        let v = enum_values("Operation Status Summary 0x00 = OK, Done 0x01 = OK, Started / Running 0x01..0xFE = Seconds to wait");
        let got: Vec<(&str, &str)> = v
            .iter()
            .map(|e| (e.value.as_str(), e.name.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("00", "OK, Done"),
                ("01", "OK, Started / Running"),
                ("01..FE", "Seconds to wait")
            ]
        );
        let dashed = enum_values(
            "Display Time 0x00 – Forever. 0x01 – Brief See Command 0x1830 – Display Pages",
        );
        let got: Vec<(&str, &str)> = dashed
            .iter()
            .map(|e| (e.value.as_str(), e.name.as_str()))
            .collect();
        assert_eq!(got, [("00", "Forever"), ("01", "Brief")]);
        // Odd digit counts are padded to whole bytes, a range's upper end too.
        let odd = enum_values("Level 0x0 = Off 0x1..0xA = Steps");
        let got: Vec<(&str, &str)> = odd
            .iter()
            .map(|e| (e.value.as_str(), e.name.as_str()))
            .collect();
        assert_eq!(got, [("00", "Off"), ("01..0A", "Steps")]);
    }

    #[test]
    fn bits_and_tags() {
        let b = bit_fields("Reports features: Bit 0: Banking Features Bit 1-15: RFU");
        assert_eq!((b[0].bit, b[0].name.as_str()), (0, "Banking Features"));
        assert_eq!(
            (b[1].bit, b[1].last_bit, b[1].name.as_str()),
            (1, Some(15), "RFU")
        );
        let (name, limits, internal) =
            split_tags("Show Image (Display Only) (MAGTEK INTERNAL ONLY FOR NOW)");
        assert_eq!(
            (name.as_str(), limits, internal),
            (
                "Show Image",
                vec!["Display Only".to_string()],
                Internal::ForNow
            )
        );
        assert_eq!(
            snake("Start Send File to Device (Unsecured)"),
            "start_send_file_to_device_unsecured"
        );
        assert_eq!(snake("3rd Party & More"), "n_3rd_party_and_more");
        let mut names = vec!["a".to_string(), "a".into(), "a".into()];
        unique(&mut names);
        assert_eq!(names, ["a", "a_2", "a_3"]);
    }
}

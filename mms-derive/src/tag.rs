//! Compile-time checks of tag literals such as `0x81` or `0xDFDF25`.

/// Identifier bytes of `raw`, big-endian, without leading zero bytes (`0` is `[00]`).
pub fn tag_bytes(raw: u32) -> Vec<u8> {
    let bytes = raw.to_be_bytes();
    let skip = bytes.iter().take(3).take_while(|b| **b == 0).count();
    bytes[skip..].to_vec()
}

/// Checks that `raw` is a well-formed BER tag of one to four bytes: a first byte
/// whose low five bits are all ones announces more bytes, every byte but the
/// last has bit 8 set, and a first byte with other low bits stands alone.
pub fn check_tag(raw: u128) -> Result<(), String> {
    if raw > u32::MAX as u128 {
        return Err(format!("tag {raw:#X} is longer than 4 bytes"));
    }
    let bytes = tag_bytes(raw as u32);
    let shown = hex(&bytes);
    let multi_byte = bytes[0] & 0x1F == 0x1F;
    if !multi_byte {
        if bytes.len() > 1 {
            return Err(format!(
                "tag 0x{shown} is malformed: first byte {:02X} is a complete one-byte tag, so no bytes may follow it",
                bytes[0]
            ));
        }
        return Ok(());
    }
    if bytes.len() == 1 {
        return Err(format!(
            "tag 0x{shown} is malformed: its low five bits 11111 announce more tag bytes, but none follow"
        ));
    }
    let (last, middle) = bytes[1..].split_last().expect("at least two bytes");
    if middle.iter().any(|b| b & 0x80 == 0) || last & 0x80 != 0 {
        return Err(format!(
            "tag 0x{shown} is malformed: every byte after the first except the last must have bit 8 set, and the last must not"
        ));
    }
    Ok(())
}

/// Whether bit 6 of the first byte (constructed) is set.
pub fn is_constructed(raw: u32) -> bool {
    tag_bytes(raw)[0] & 0x20 != 0
}

/// Upper-case hex without separators, e.g. `9F02`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_well_formed_tags() {
        for raw in [0x00, 0x81, 0xA2, 0x9F02, 0xDFDF25, 0xFFEE01, 0x9F818101] {
            assert_eq!(check_tag(raw), Ok(()), "{raw:X}");
        }
    }

    #[test]
    fn rejects_malformed_tags() {
        for raw in [0x1F, 0x8101, 0x9F0201, 0x9F82, 0x9F81818101, 0x1_0000_0000] {
            assert!(check_tag(raw).is_err(), "{raw:X}");
        }
    }
}

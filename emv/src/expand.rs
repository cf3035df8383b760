//! Nested TLV inside a value, expanded into a tree and listed with each tag's
//! dictionary name and its value shown by format.

use crate::amount::currency_from_n3;
use crate::dictionary::Dictionary;
use crate::display::{show_value, ShowOptions};
use crate::find::FindNode;
use core::fmt::Write as _;
use mms_codec::{DecodeContext, DecodeError, NodeValue, Tag, TlvNode};

/// TLV trees read from a value, plus any bytes after the last whole TLV
/// (block-cipher padding of decrypted data, typically).
///
/// `to_bytes` gives back exactly the input: unknown tags, long length forms
/// and the trailing bytes are all kept.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Expanded {
    /// The trees, in order.
    pub nodes: Vec<TlvNode>,
    /// Bytes after them that do not parse as TLV.
    pub trailing: Vec<u8>,
}

/// Expands a whole TLV sequence; constructed-bit tags whose value is not TLV stay raw bytes.
pub fn expand(bytes: &[u8], cx: DecodeContext) -> Result<Vec<TlvNode>, DecodeError> {
    TlvNode::parse_sequence_lenient(bytes, cx)
}

/// Expands as many whole TLVs as there are and keeps the rest as trailing bytes.
pub fn expand_padded(bytes: &[u8], cx: DecodeContext) -> Expanded {
    let mut nodes = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match TlvNode::parse_lenient(&bytes[at..], cx.at(cx.offset + at)) {
            Ok((node, used)) => {
                nodes.push(node);
                at += used;
            }
            Err(_) => break,
        }
    }
    Expanded {
        nodes,
        trailing: bytes[at..].to_vec(),
    }
}

impl Expanded {
    /// The bytes this was read from.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out: Vec<u8> = self.nodes.iter().flat_map(TlvNode::to_bytes).collect();
        out.extend_from_slice(&self.trailing);
        out
    }

    /// Lists the trees with [`render`], then the trailing bytes.
    pub fn render(&self, dictionary: &Dictionary, options: ShowOptions) -> String {
        let mut out = render(&self.nodes, dictionary, options);
        if !self.trailing.is_empty() {
            let hex: String = self.trailing.iter().map(|b| format!("{b:02X}")).collect();
            let _ = writeln!(out, "({} trailing bytes) {hex}", self.trailing.len());
        }
        out
    }
}

/// Lists `nodes` one per line, indented by depth: tag, name (or `?` for tags
/// the dictionary does not know) and value shown by format.
///
/// Amounts use the transaction currency (`5F2A`) found anywhere in `nodes`
/// unless `options` names one. Card data is masked unless revealed.
///
/// ```
/// use mms_codec::DecodeContext;
/// use mms_emv::{expand, render, Dictionary, ShowOptions};
/// let bytes = [0x9F, 0x02, 0x06, 0, 0, 0, 0, 0x12, 0x34, 0x5F, 0x2A, 0x02, 0x08, 0x40, 0xDF, 0x7F, 0x01, 0xAA];
/// let nodes = expand(&bytes, DecodeContext::default())?;
/// let text = render(&nodes, Dictionary::builtin(), ShowOptions::default());
/// assert_eq!(text, "9F02 Amount, Authorised (Numeric): 12.34 USD\n\
///                   5F2A Transaction Currency Code: USD (United States dollar)\n\
///                   DF7F ?: AA\n");
/// # Ok::<(), mms_codec::DecodeError>(())
/// ```
pub fn render(nodes: &[TlvNode], dictionary: &Dictionary, options: ShowOptions) -> String {
    let mut options = options;
    if options.currency.is_none() {
        options.currency = nodes
            .find_tag(Tag::from_u32(0x5F2A))
            .and_then(|n| match &n.value {
                NodeValue::Primitive(v) => currency_from_n3(v),
                NodeValue::Constructed(_) => None,
            });
    }
    let mut out = String::new();
    write_nodes(&mut out, nodes, 0, dictionary, options);
    out
}

fn write_nodes(
    out: &mut String,
    nodes: &[TlvNode],
    depth: usize,
    dictionary: &Dictionary,
    options: ShowOptions,
) {
    for node in nodes {
        let info = dictionary.get(node.tag);
        let name = info.map_or("?", |i| i.name.as_str());
        let _ = write!(out, "{:indent$}{} {name}", "", node.tag, indent = depth * 2);
        match &node.value {
            NodeValue::Constructed(children) => {
                out.push('\n');
                write_nodes(out, children, depth + 1, dictionary, options);
            }
            NodeValue::Primitive(value) => {
                let _ = write!(out, ": {}", show_value(node.tag, info, value, options));
                if let Some(info) = info.filter(|i| !i.length.allows(value.len())) {
                    let max = info
                        .length
                        .max
                        .map_or(String::from("any"), |m| m.to_string());
                    let _ = write!(
                        out,
                        " (length {} outside {}..{max})",
                        value.len(),
                        info.length.min
                    );
                }
                out.push('\n');
            }
        }
    }
}

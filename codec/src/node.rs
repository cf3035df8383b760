//! An owned TLV tree for tools that want the whole message at once
//! (dumping, diffing, re-encoding). Typed code uses derived structs instead.

use crate::encode::{header_len, write_header};
use crate::error::DecodeError;
use crate::length::LengthForm;
use crate::options::DecodeContext;
use crate::sink::Writer;
use crate::tag::Tag;
use crate::traits::Contents;
use crate::view::{TlvIter, TlvRef};
use alloc::vec::Vec;

/// One TLV with its value parsed as far as the tag says: constructed tags hold
/// child nodes, primitive tags hold bytes. Keeps the length form of every
/// header, so parse -> encode reproduces the input byte for byte.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TlvNode {
    /// Its tag.
    pub tag: Tag,
    /// The length form it was read in ([`LengthForm::Minimal`] for new nodes).
    pub form: LengthForm,
    /// Its value.
    pub value: NodeValue,
}

/// The value of a [`TlvNode`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum NodeValue {
    /// Raw bytes (primitive tags, and constructed tags kept raw by
    /// [`TlvNode::parse_lenient`]).
    Primitive(Vec<u8>),
    /// Child TLVs of a constructed tag, in wire order.
    Constructed(Vec<TlvNode>),
}

/// How constructed tags whose value is not a TLV sequence are treated.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Strict,
    Lenient,
}

impl TlvNode {
    /// A primitive node, encoded with a minimal length.
    pub fn primitive(tag: Tag, value: impl Into<Vec<u8>>) -> TlvNode {
        TlvNode {
            tag,
            form: LengthForm::Minimal,
            value: NodeValue::Primitive(value.into()),
        }
    }

    /// A constructed node, encoded with a minimal length.
    pub fn constructed(tag: Tag, children: Vec<TlvNode>) -> TlvNode {
        TlvNode {
            tag,
            form: LengthForm::Minimal,
            value: NodeValue::Constructed(children),
        }
    }

    /// Reads one TLV tree from the front of `input` (first byte at absolute
    /// offset `cx.offset`); returns it and the bytes it took. Every tag with the
    /// constructed bit must hold a well-formed TLV sequence; nesting is bounded
    /// by [`DecodeOptions::max_depth`](crate::DecodeOptions::max_depth).
    pub fn parse(input: &[u8], cx: DecodeContext) -> Result<(TlvNode, usize), DecodeError> {
        let (tlv, used) = TlvRef::parse(input, cx)?;
        Ok((TlvNode::from_ref(tlv, cx, Mode::Strict)?, used))
    }

    /// Like [`TlvNode::parse`], but a constructed-bit tag whose value does not
    /// parse as a TLV sequence is kept as [`NodeValue::Primitive`] instead of
    /// failing, for tools that must show whatever a device sent.
    pub fn parse_lenient(input: &[u8], cx: DecodeContext) -> Result<(TlvNode, usize), DecodeError> {
        let (tlv, used) = TlvRef::parse(input, cx)?;
        Ok((TlvNode::from_ref(tlv, cx, Mode::Lenient)?, used))
    }

    /// Reads a whole sequence of TLV trees (all of `input`) with [`TlvNode::parse`].
    pub fn parse_sequence(input: &[u8], cx: DecodeContext) -> Result<Vec<TlvNode>, DecodeError> {
        sequence(TlvIter::new(input, cx), Mode::Strict)
    }

    /// Reads a whole sequence of TLV trees with [`TlvNode::parse_lenient`].
    pub fn parse_sequence_lenient(
        input: &[u8],
        cx: DecodeContext,
    ) -> Result<Vec<TlvNode>, DecodeError> {
        sequence(TlvIter::new(input, cx), Mode::Lenient)
    }

    fn from_ref(tlv: TlvRef<'_>, cx: DecodeContext, mode: Mode) -> Result<TlvNode, DecodeError> {
        let value = if tlv.tag.is_constructed() {
            let children = tlv
                .children(cx)
                .and_then(|iter| sequence(iter, mode))
                .map_err(|e| e.within(tlv.tag));
            match (children, mode) {
                (Ok(children), _) => NodeValue::Constructed(children),
                (Err(_), Mode::Lenient) => NodeValue::Primitive(tlv.value.to_vec()),
                (Err(e), Mode::Strict) => return Err(e),
            }
        } else {
            NodeValue::Primitive(tlv.value.to_vec())
        };
        Ok(TlvNode {
            tag: tlv.tag,
            form: tlv.form,
            value,
        })
    }

    /// Bytes of the value (children encoded).
    pub fn value_len(&self) -> usize {
        match &self.value {
            NodeValue::Primitive(bytes) => bytes.len(),
            NodeValue::Constructed(children) => children.iter().map(TlvNode::encoded_len).sum(),
        }
    }

    /// Bytes of the whole TLV.
    pub fn encoded_len(&self) -> usize {
        let value_len = self.value_len();
        header_len(self.tag, self.form, value_len) + value_len
    }

    /// Writes the TLV, reusing each recorded length form that still fits.
    pub fn encode<W: Writer + ?Sized>(&self, out: &mut W) {
        write_header(out, self.tag, self.form, self.value_len());
        match &self.value {
            NodeValue::Primitive(bytes) => out.write(bytes),
            NodeValue::Constructed(children) => {
                for child in children {
                    child.encode(out);
                }
            }
        }
    }

    /// The encoding in a `Vec` of exactly `encoded_len()` bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.encoded_len());
        self.encode(&mut out);
        out
    }
}

fn sequence(iter: TlvIter<'_>, mode: Mode) -> Result<Vec<TlvNode>, DecodeError> {
    let cx = iter.context();
    iter.map(|tlv| tlv.and_then(|tlv| TlvNode::from_ref(tlv, cx, mode)))
        .collect()
}

/// A sequence of trees: the strict [`TlvNode::parse_sequence`] as a [`Contents`].
impl Contents for Vec<TlvNode> {
    fn contents_len(&self) -> usize {
        self.iter().map(TlvNode::encoded_len).sum()
    }
    fn encode_contents<W: Writer + ?Sized>(&self, out: &mut W) {
        for node in self {
            node.encode(out);
        }
    }
    fn decode_contents(bytes: &[u8], cx: DecodeContext) -> Result<Self, DecodeError> {
        TlvNode::parse_sequence(bytes, cx)
    }
}

impl Default for NodeValue {
    fn default() -> NodeValue {
        NodeValue::Primitive(Vec::new())
    }
}

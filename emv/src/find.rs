//! Finding TLVs by tag or by tag path, over borrowed bytes (`TlvRef`) and owned
//! trees (`TlvNode`).

use core::fmt;
use core::str::FromStr;
use mms_codec::{DecodeContext, DecodeError, NodeValue, Tag, TlvIter, TlvNode, TlvRef};

/// A path of tags from the outermost container in, written `FA/70/9F02`.
///
/// ```
/// use mms_emv::TagPath;
/// let path: TagPath = "F9/FA/70/9F02".parse()?;
/// assert_eq!(path.tags().len(), 4);
/// assert_eq!(path.to_string(), "F9/FA/70/9F02");
/// # Ok::<(), mms_emv::BadTagPath>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TagPath(Vec<Tag>);

/// Text that is not a tag path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadTagPath {
    /// The 1-based position of the bad tag in the path.
    pub position: usize,
}

impl fmt::Display for BadTagPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "tag {} of the path is not a hex tag", self.position)
    }
}

impl std::error::Error for BadTagPath {}

impl TagPath {
    /// A path of the given tags.
    pub fn new(tags: Vec<Tag>) -> TagPath {
        TagPath(tags)
    }

    /// Its tags, outermost first.
    pub fn tags(&self) -> &[Tag] {
        &self.0
    }
}

impl FromStr for TagPath {
    type Err = BadTagPath;

    fn from_str(text: &str) -> Result<TagPath, BadTagPath> {
        text.trim_start_matches('/')
            .split('/')
            .enumerate()
            .map(|(i, part)| {
                part.trim()
                    .parse::<Tag>()
                    .map_err(|_| BadTagPath { position: i + 1 })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(TagPath)
    }
}

impl fmt::Display for TagPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, tag) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("/")?;
            }
            write!(f, "{tag}")?;
        }
        Ok(())
    }
}

/// The first TLV with `tag` in `bytes` (a TLV sequence), searching depth first
/// into constructed values.
///
/// Malformed TLV anywhere on the way is an error with its offset and tag path.
pub fn find_tag<'a>(
    bytes: &'a [u8],
    tag: Tag,
    cx: DecodeContext,
) -> Result<Option<TlvRef<'a>>, DecodeError> {
    let iter = TlvIter::new(bytes, cx);
    let cx = iter.context();
    for item in iter {
        let item = item?;
        if item.tag == tag {
            return Ok(Some(item));
        }
        if item.tag.is_constructed() {
            let inner = item.children(cx).map_err(|e| e.within(item.tag))?;
            let found =
                find_tag(item.value, tag, inner.context()).map_err(|e| e.within(item.tag))?;
            if found.is_some() {
                return Ok(found);
            }
        }
    }
    Ok(None)
}

/// The TLV at `path` in `bytes`: the first match of each tag among the
/// children of the previous one.
pub fn find_path<'a>(
    bytes: &'a [u8],
    path: &TagPath,
    cx: DecodeContext,
) -> Result<Option<TlvRef<'a>>, DecodeError> {
    let Some((last, outer)) = path.tags().split_last() else {
        return Ok(None);
    };
    let mut level = TlvIter::new(bytes, cx);
    for &step in outer {
        let level_cx = level.context();
        let Some(container) = first_in(level, step)? else {
            return Ok(None);
        };
        level = container
            .children(level_cx)
            .map_err(|e| e.within(container.tag))?;
    }
    first_in(level, *last)
}

fn first_in(iter: TlvIter<'_>, tag: Tag) -> Result<Option<TlvRef<'_>>, DecodeError> {
    for item in iter {
        let item = item?;
        if item.tag == tag {
            return Ok(Some(item));
        }
    }
    Ok(None)
}

/// Look-ups over owned trees.
pub trait FindNode {
    /// The first node with `tag`, depth first.
    fn find_tag(&self, tag: Tag) -> Option<&TlvNode>;
    /// The node at `path` (first match at each level).
    fn find_path(&self, path: &TagPath) -> Option<&TlvNode>;
}

impl FindNode for [TlvNode] {
    fn find_tag(&self, tag: Tag) -> Option<&TlvNode> {
        self.iter().find_map(|node| {
            if node.tag == tag {
                return Some(node);
            }
            match &node.value {
                NodeValue::Constructed(children) => children.find_tag(tag),
                NodeValue::Primitive(_) => None,
            }
        })
    }

    fn find_path(&self, path: &TagPath) -> Option<&TlvNode> {
        let (first, rest) = path.tags().split_first()?;
        let node = self.iter().find(|n| n.tag == *first)?;
        if rest.is_empty() {
            return Some(node);
        }
        match &node.value {
            NodeValue::Constructed(children) => children.find_path(&TagPath(rest.to_vec())),
            NodeValue::Primitive(_) => None,
        }
    }
}

impl FindNode for Vec<TlvNode> {
    fn find_tag(&self, tag: Tag) -> Option<&TlvNode> {
        self.as_slice().find_tag(tag)
    }

    fn find_path(&self, path: &TagPath) -> Option<&TlvNode> {
        self.as_slice().find_path(path)
    }
}

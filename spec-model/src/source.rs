//! Where spec items come from: the files of a spec directory, reading one with the
//! position of every item, and the errors that name `file:line:column`.

use std::cell::RefCell;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Deserializer};
use serde_spanned::Spanned;

/// Where an item was defined: a spec file and a 1-based line and column.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    /// Path of the TOML file (relative to the spec directory for the builtin spec).
    pub file: Arc<PathBuf>,
    /// 1-based line number.
    pub line: u32,
    /// 1-based column number (in characters).
    pub column: u32,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// Items that record where they were defined. Implemented by every located spec type.
pub trait Located {
    /// Records the definition site (called by the loader).
    fn set_source(&mut self, source: Location);
    /// The definition site.
    fn source(&self) -> &Location;
}

/// The file whose presence makes a spec subdirectory a message family.
pub const FAMILY_FILE: &str = "family.toml";

/// A problem in the spec, with the place it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    /// Where (file, line, column), when known.
    pub location: Option<Location>,
    /// What is wrong.
    pub message: String,
}

impl SpecError {
    /// An error at a location.
    pub fn at(location: &Location, message: impl Into<String>) -> SpecError {
        SpecError {
            location: Some(location.clone()),
            message: message.into(),
        }
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(loc) => write!(f, "{loc}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for SpecError {}

/// All errors found while loading a spec (loading does not stop at the first bad file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecErrors(pub Vec<SpecError>);

impl fmt::Display for SpecErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SpecErrors {}

/// The file being deserialized, so that `located` can turn byte spans into lines.
struct CurrentFile {
    file: Arc<PathBuf>,
    text_line_starts: Vec<usize>,
    text: Arc<str>,
}

thread_local! {
    static CURRENT: RefCell<Option<CurrentFile>> = const { RefCell::new(None) };
}

/// Byte offset -> 1-based (line, column in characters).
fn line_col(text: &str, line_starts: &[usize], offset: usize) -> (u32, u32) {
    let offset = offset.min(text.len());
    let line = line_starts.partition_point(|&s| s <= offset).max(1);
    let start = line_starts[line - 1];
    let column = text
        .get(start..offset)
        .map_or(offset - start, |s| s.chars().count())
        + 1;
    (line as u32, column as u32)
}

fn location_of(offset: usize) -> Location {
    CURRENT.with(|c| match &*c.borrow() {
        Some(cur) => {
            let (line, column) = line_col(&cur.text, &cur.text_line_starts, offset);
            Location {
                file: cur.file.clone(),
                line,
                column,
            }
        }
        None => Location::default(),
    })
}

/// Deserializes a list of items and records each item's location.
pub(crate) fn located<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Located,
{
    let items: Vec<Spanned<T>> = Vec::deserialize(deserializer)?;
    Ok(items
        .into_iter()
        .map(|s| {
            let loc = location_of(s.span().start);
            let mut item = s.into_inner();
            item.set_source(loc);
            item
        })
        .collect())
}

/// Deserializes an optional item and records its location.
pub(crate) fn located_opt<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Located,
{
    let item: Option<Spanned<T>> = Option::deserialize(deserializer)?;
    Ok(item.map(|s| {
        let loc = location_of(s.span().start);
        let mut item = s.into_inner();
        item.set_source(loc);
        item
    }))
}

/// Parses one TOML document into `T`, with locations; the error names file:line:column.
pub fn parse_file<T>(file: &Path, text: &str) -> Result<T, SpecError>
where
    T: for<'de> Deserialize<'de>,
{
    let file = Arc::new(file.to_path_buf());
    let mut line_starts = vec![0];
    line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let text: Arc<str> = Arc::from(text);
    let previous = CURRENT.with(|c| {
        c.replace(Some(CurrentFile {
            file: file.clone(),
            text_line_starts: line_starts.clone(),
            text: text.clone(),
        }))
    });
    let result = toml::from_str::<T>(&text);
    CURRENT.with(|c| c.replace(previous));
    result.map_err(|e| {
        let (line, column) = e
            .span()
            .map_or((1, 1), |span| line_col(&text, &line_starts, span.start));
        SpecError {
            location: Some(Location { file, line, column }),
            message: e.message().trim_end().to_string(),
        }
    })
}

/// Lists the spec files under `dir` (recursively, sorted), except `overrides/`.
pub fn spec_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            if path.is_dir() {
                if relative != Path::new("overrides") {
                    walk(root, &path, out)?;
                }
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(relative);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

/// The family directories among spec files (relative paths): those holding a `family.toml`.
pub(crate) fn family_dirs<'a>(files: impl IntoIterator<Item = &'a Path>) -> Vec<&'a Path> {
    files
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n == FAMILY_FILE))
        .filter_map(Path::parent)
        .filter(|d| !d.as_os_str().is_empty())
        .collect()
}

/// Implements [`Located`] for spec types with a `source: Location` field.
macro_rules! impl_located {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::source::Located for $t {
            fn set_source(&mut self, source: $crate::source::Location) {
                self.source = source;
            }
            fn source(&self) -> &$crate::source::Location {
                &self.source
            }
        }
    )*};
}
pub(crate) use impl_located;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based() {
        let text = "a\nbc\n";
        let starts = vec![0, 2, 5];
        assert_eq!(line_col(text, &starts, 0), (1, 1));
        assert_eq!(line_col(text, &starts, 3), (2, 2));
    }
}

//! Reading spec files: parsing, locating items, and load errors.

use std::cell::RefCell;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Deserializer};
use serde_spanned::Spanned;

use crate::model::*;
use crate::Spec;

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

/// What a spec file holds, from its path relative to the spec directory.
enum FileKind {
    Envelopes,
    Status,
    FileTypes,
    Examples,
    Command(String),
    Notification(String),
    Properties,
    /// `emv/*.toml`: the EMV tag dictionary, validated by the `mms-emv` crate that embeds it.
    EmvDictionary,
    DataType(String),
}

fn classify(relative: &Path) -> Option<FileKind> {
    let parts: Vec<&str> = relative
        .components()
        .filter_map(|c| c.as_os_str().to_str())
        .collect();
    let stem = |name: &str| name.strip_suffix(".toml").map(str::to_string);
    match parts.as_slice() {
        ["envelopes.toml"] => Some(FileKind::Envelopes),
        ["status.toml"] => Some(FileKind::Status),
        ["file_types.toml"] => Some(FileKind::FileTypes),
        ["examples.toml"] => Some(FileKind::Examples),
        ["commands", name] => stem(name).map(FileKind::Command),
        ["notifications", name] => stem(name).map(FileKind::Notification),
        ["properties", name] if name.ends_with(".toml") => Some(FileKind::Properties),
        ["emv", name] if name.ends_with(".toml") => Some(FileKind::EmvDictionary),
        ["data_types", name] => stem(name).map(FileKind::DataType),
        _ => None,
    }
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

impl Spec {
    /// Loads every `*.toml` under `dir` (except `dir/overrides/`).
    ///
    /// All files are read even when some fail; the error lists every problem with its file:line:column.
    /// Call [`Spec::validate`] afterwards for the consistency checks.
    pub fn load(dir: &Path) -> Result<Spec, SpecErrors> {
        let files = spec_files(dir).map_err(|e| {
            SpecErrors(vec![SpecError {
                location: None,
                message: format!("cannot list spec directory {}: {e}", dir.display()),
            }])
        })?;
        let mut sources = Vec::new();
        let mut errors = Vec::new();
        for relative in files {
            let path = dir.join(&relative);
            match std::fs::read_to_string(&path) {
                Ok(text) => sources.push((relative, text)),
                Err(e) => errors.push(SpecError {
                    location: None,
                    message: format!("cannot read {}: {e}", path.display()),
                }),
            }
        }
        let loaded =
            Spec::from_sources(dir, sources.iter().map(|(p, t)| (p.as_path(), t.as_str())));
        match loaded {
            Ok(spec) if errors.is_empty() => Ok(spec),
            Ok(_) => Err(SpecErrors(errors)),
            Err(SpecErrors(more)) => {
                errors.extend(more);
                Err(SpecErrors(errors))
            }
        }
    }

    /// Builds a spec from `(path relative to the spec directory, TOML text)` pairs.
    ///
    /// `display_root` is prefixed to the paths in locations.
    pub fn from_sources<'a>(
        display_root: &Path,
        sources: impl IntoIterator<Item = (&'a Path, &'a str)>,
    ) -> Result<Spec, SpecErrors> {
        let mut spec = Spec::default();
        let mut errors = Vec::new();
        // Other message families (directories with a family.toml) load through FamilySpec.
        let sources: Vec<(&Path, &str)> = sources.into_iter().collect();
        let families = crate::family::family_dirs(sources.iter().map(|(p, _)| *p));
        for (relative, text) in sources.iter().copied() {
            if families.iter().any(|d| relative.starts_with(d)) {
                continue;
            }
            let shown = display_root.join(relative);
            let Some(kind) = classify(relative) else {
                errors.push(SpecError {
                    location: Some(Location {
                        file: Arc::new(shown),
                        line: 1,
                        column: 1,
                    }),
                    message: "unexpected spec file: expected envelopes.toml, status.toml, file_types.toml, \
                              examples.toml, commands/<ID>.toml, notifications/<ID>.toml, properties/<group>.toml \
                              data_types/<ident>.toml or emv/<name>.toml"
                        .into(),
                });
                continue;
            };
            let result = match kind {
                FileKind::Envelopes => {
                    parse_file::<EnvelopesFile>(&shown, text).map(|f| spec.envelopes = f)
                }
                FileKind::Status => parse_file::<StatusFile>(&shown, text).map(|f| spec.status = f),
                FileKind::FileTypes => {
                    parse_file::<FileTypesFile>(&shown, text).map(|f| spec.file_types = f)
                }
                FileKind::Examples => {
                    parse_file::<ExamplesFile>(&shown, text).map(|f| spec.other_examples = f)
                }
                FileKind::Command(stem) => parse_file::<Command>(&shown, text).and_then(|mut c| {
                    c.source = file_start(&shown);
                    check_stem(&c.source, &stem, &c.id.to_string())?;
                    spec.commands.push(c);
                    Ok(())
                }),
                FileKind::Notification(stem) => {
                    parse_file::<Notification>(&shown, text).and_then(|mut n| {
                        n.source = file_start(&shown);
                        check_stem(&n.source, &stem, &n.id.to_string())?;
                        spec.notifications.push(n);
                        Ok(())
                    })
                }
                FileKind::Properties => parse_file::<PropertiesFile>(&shown, text)
                    .map(|f| spec.properties.extend(f.properties)),
                // Well-formed TOML here; its entries are checked by mms-emv's loader.
                FileKind::EmvDictionary => parse_file::<toml::Table>(&shown, text).map(drop),
                FileKind::DataType(stem) => parse_file::<crate::DataTypeSection>(&shown, text)
                    .and_then(|mut d| {
                        d.source = file_start(&shown);
                        check_stem(&d.source, &stem, &d.ident)?;
                        spec.data_types.push(d);
                        Ok(())
                    }),
            };
            if let Err(e) = result {
                errors.push(e);
            }
        }
        if !errors.is_empty() {
            return Err(SpecErrors(errors));
        }
        spec.commands.sort_by_key(|c| c.id);
        spec.notifications.sort_by_key(|n| n.id);
        spec.data_types.sort_by(|a, b| a.ident.cmp(&b.ident));
        Ok(spec)
    }
}

fn file_start(file: &Path) -> Location {
    Location {
        file: Arc::new(file.to_path_buf()),
        line: 1,
        column: 1,
    }
}

fn check_stem(source: &Location, stem: &str, id: &str) -> Result<(), SpecError> {
    if stem.eq_ignore_ascii_case(id) {
        Ok(())
    } else {
        Err(SpecError::at(
            source,
            format!("file is named {stem}.toml but its id is \"{id}\"; name it {id}.toml"),
        ))
    }
}

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

    #[test]
    fn emv_dictionary_files_are_accepted_and_must_be_toml() {
        let good = [(Path::new("emv/tags.toml"), "emv = []\n")];
        assert!(Spec::from_sources(Path::new("spec"), good).is_ok());
        let bad = [(Path::new("emv/tags.toml"), "emv = [\n")];
        let errors = Spec::from_sources(Path::new("spec"), bad).unwrap_err();
        assert!(
            errors.to_string().starts_with("spec/emv/tags.toml:"),
            "{errors}"
        );
    }
}

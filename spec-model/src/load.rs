//! Loading a spec directory into a [`Spec`]: which file holds what, and the checks that a
//! file's name matches the item in it.

use std::path::Path;
use std::sync::Arc;

use crate::model::*;
use crate::source::{family_dirs, parse_file, spec_files, SpecError, SpecErrors};
use crate::Spec;

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
        let families = family_dirs(sources.iter().map(|(p, _)| *p));
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

//! Other message families described by the same spec format: a directory of TOML files
//! (`spec/odynamo/`) marked by a `family.toml`. The MMS spec loader skips such
//! directories; [`FamilySpec::load`] reads one.
//!
//! A family's message is a sequence of top-level TLVs (no envelope): the `[message]`
//! table of `family.toml` lists them (header objects, result code, data field). The data
//! objects that may sit in the constructed data field are in `data_objects.toml`,
//! commands and notifications (by application group and command ID) in `commands.toml`,
//! the page's hex examples in `examples.toml`. See `spec/README.md`.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::model::{Correction, ExampleKind, Field, Located, Location};
use crate::source::{located, parse_file, spec_files, SpecError, SpecErrors};
use crate::validate::{check_fields, check_ident};

pub use crate::source::FAMILY_FILE;

/// A TLV table of a family; `table` is the source's table number as written (`"2-3"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyTable {
    /// The source's table number, e.g. `"2-3"`.
    pub table: String,
    /// The table's title without the number.
    pub title: String,
    /// Top-level rows.
    #[serde(rename = "field", default, deserialize_with = "located")]
    pub fields: Vec<Field>,
}

/// `family.toml`: the family's name and its message layout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyFile {
    /// Display name (`"oDynamo"`).
    pub name: String,
    /// snake_case identifier: the generated module's name (`odynamo`).
    pub ident: String,
    /// The TCP port devices of the family listen on, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tcp_port: Option<u16>,
    /// The top-level TLVs of a message, in order.
    pub message: FamilyTable,
}

/// `data_objects.toml`: the contents of the constructed data field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataObjectsFile {
    /// The data objects, as rows of one table.
    pub data: Option<FamilyTable>,
}

/// A command or notification of a family, named by application group and command ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyMessage {
    /// Application group, hex (`"01"`).
    pub app: String,
    /// Command ID within the group, hex (`"02"`).
    pub id: String,
    /// The source's short name.
    pub name: String,
    /// snake_case identifier.
    pub ident: String,
    /// The device answers the command with an ACK response (no data).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ack: bool,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

impl FamilyMessage {
    /// `(application group, command ID)`, or `None` when either is not one hex byte.
    pub fn key(&self) -> Option<(u8, u8)> {
        Some((one_byte(&self.app)?, one_byte(&self.id)?))
    }
}

fn one_byte(text: &str) -> Option<u8> {
    match crate::values::parse_hex(text).ok()?.as_slice() {
        [b] => Some(*b),
        _ => None,
    }
}

/// `commands.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyMessagesFile {
    /// Commands (host to device).
    #[serde(rename = "command", default, deserialize_with = "located")]
    pub commands: Vec<FamilyMessage>,
    /// Notifications (device to host).
    #[serde(rename = "notification", default, deserialize_with = "located")]
    pub notifications: Vec<FamilyMessage>,
}

/// A hex example of a family (a whole message).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyExample {
    /// The source's table number (`"2-1"`).
    pub table: String,
    /// The table's title.
    pub title: String,
    /// What the example shows.
    pub kind: ExampleKind,
    /// The bytes (space-separated hex); corrected bytes when `correction` is set.
    pub hex: String,
    /// Set when the source's bytes are wrong and have one fix (kept in `manual_hex`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<Correction>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

/// `examples.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyExamplesFile {
    /// The examples.
    #[serde(rename = "example", default, deserialize_with = "located")]
    pub examples: Vec<FamilyExample>,
}

impl Located for FamilyMessage {
    fn set_source(&mut self, source: Location) {
        self.source = source;
    }
    fn source(&self) -> &Location {
        &self.source
    }
}

impl Located for FamilyExample {
    fn set_source(&mut self, source: Location) {
        self.source = source;
    }
    fn source(&self) -> &Location {
        &self.source
    }
}

/// A message family loaded from its directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilySpec {
    /// `family.toml`.
    pub family: FamilyFile,
    /// `data_objects.toml` (may be absent).
    pub data_objects: DataObjectsFile,
    /// `commands.toml` (may be absent).
    pub messages: FamilyMessagesFile,
    /// `examples.toml` (may be absent).
    pub examples: FamilyExamplesFile,
    /// Where `family.toml` is.
    pub source: Location,
}

impl FamilySpec {
    /// Loads a family directory (e.g. `spec/odynamo`); errors carry `file:line:column`.
    pub fn load(dir: &Path) -> Result<FamilySpec, SpecErrors> {
        let files = spec_files(dir).map_err(|e| {
            SpecErrors(vec![SpecError {
                location: None,
                message: format!("cannot list family directory {}: {e}", dir.display()),
            }])
        })?;
        let mut sources = Vec::new();
        for relative in files {
            let path = dir.join(&relative);
            let text = std::fs::read_to_string(&path).map_err(|e| {
                SpecErrors(vec![SpecError {
                    location: None,
                    message: format!("cannot read {}: {e}", path.display()),
                }])
            })?;
            sources.push((relative, text));
        }
        FamilySpec::from_sources(dir, sources.iter().map(|(p, t)| (p.as_path(), t.as_str())))
    }

    /// The family in the spec embedded in this crate (`spec/<ident>/`).
    pub fn builtin(ident: &str) -> Result<FamilySpec, SpecErrors> {
        let prefix = format!("{ident}/");
        let root = Path::new("spec").join(ident);
        FamilySpec::from_sources(
            &root,
            crate::builtin::FILES
                .iter()
                .filter_map(|(p, t)| p.strip_prefix(&prefix).map(|p| (Path::new(p), *t))),
        )
    }

    /// Builds a family from `(path relative to its directory, TOML text)` pairs.
    pub fn from_sources<'a>(
        display_root: &Path,
        sources: impl IntoIterator<Item = (&'a Path, &'a str)>,
    ) -> Result<FamilySpec, SpecErrors> {
        let mut family = None;
        let mut data_objects = DataObjectsFile::default();
        let mut messages = FamilyMessagesFile::default();
        let mut examples = FamilyExamplesFile::default();
        let mut errors = Vec::new();
        for (relative, text) in sources {
            let shown = display_root.join(relative);
            let name = relative.to_str().unwrap_or_default();
            let result = match name {
                FAMILY_FILE => parse_file::<FamilyFile>(&shown, text).map(|f| family = Some(f)),
                "data_objects.toml" => {
                    parse_file::<DataObjectsFile>(&shown, text).map(|f| data_objects = f)
                }
                "commands.toml" => {
                    parse_file::<FamilyMessagesFile>(&shown, text).map(|f| messages = f)
                }
                "examples.toml" => {
                    parse_file::<FamilyExamplesFile>(&shown, text).map(|f| examples = f)
                }
                _ => Err(SpecError::at(
                    &start_of(&shown),
                    "unexpected family file: expected family.toml, data_objects.toml, \
                     commands.toml or examples.toml",
                )),
            };
            if let Err(e) = result {
                errors.push(e);
            }
        }
        let Some(family) = family else {
            errors.push(SpecError {
                location: None,
                message: format!("{} has no {FAMILY_FILE}", display_root.display()),
            });
            return Err(SpecErrors(errors));
        };
        if !errors.is_empty() {
            return Err(SpecErrors(errors));
        }
        Ok(FamilySpec {
            family,
            data_objects,
            messages,
            examples,
            source: start_of(&display_root.join(FAMILY_FILE)),
        })
    }

    /// The header field with this one-byte tag (`0xC0` ...).
    pub fn message_field(&self, tag: u8) -> Option<&Field> {
        crate::model::field_with_tag(&self.family.message.fields, &[tag])
    }

    /// The data objects of the constructed data field (empty without `data_objects.toml`).
    pub fn data_fields(&self) -> &[Field] {
        self.data_objects
            .data
            .as_ref()
            .map_or(&[], |t| t.fields.as_slice())
    }

    /// The command (`notification = false`) or notification with this application group and ID.
    pub fn message(&self, notification: bool, app: u8, id: u8) -> Option<&FamilyMessage> {
        let list = if notification {
            &self.messages.notifications
        } else {
            &self.messages.commands
        };
        list.iter().find(|m| m.key() == Some((app, id)))
    }

    /// Checks the family; returns every problem with its `file:line:column`.
    ///
    /// Checks: the field rules of [`crate::Spec::validate`] for the message and data object
    /// tables; the message has one-byte tags `C0`, `C1`, `C2` of length 1; command and
    /// notification IDs are one hex byte, unique, in an application group the `C1` row names,
    /// with snake_case unique identifiers; examples parse as hex and start with the `C0` value
    /// of their kind.
    pub fn validate(&self) -> Vec<SpecError> {
        let mut errors = Vec::new();
        let no_tables = BTreeSet::new();
        check_ident(&self.family.ident, &self.source, &mut errors);
        check_fields(&self.family.message.fields, &no_tables, &mut errors);
        check_fields(self.data_fields(), &no_tables, &mut errors);
        for tag in [0xC0u8, 0xC1, 0xC2] {
            match self.message_field(tag) {
                Some(f) if f.len.fixed() == Some(1) => {}
                Some(f) => errors.push(SpecError::at(
                    &f.source,
                    format!("header object {tag:02X} must have len = 1"),
                )),
                None => errors.push(SpecError::at(
                    &self.source,
                    format!("[message] has no field with tag {tag:02X} (message type, application ID, command ID)"),
                )),
            }
        }
        let groups: Vec<Vec<u8>> = self
            .message_field(0xC1)
            .map(|f| f.values.iter().filter_map(|v| v.bytes()).collect())
            .unwrap_or_default();
        for (what, list) in [
            ("command", &self.messages.commands),
            ("notification", &self.messages.notifications),
        ] {
            let mut keys = HashMap::new();
            let mut idents = HashMap::new();
            for m in list {
                check_ident(&m.ident, &m.source, &mut errors);
                if let Some(first) = idents.insert(m.ident.as_str(), &m.source) {
                    errors.push(SpecError::at(
                        &m.source,
                        format!("duplicate {what} ident {:?} (first at {first})", m.ident),
                    ));
                }
                let Some((app, id)) = m.key() else {
                    errors.push(SpecError::at(
                        &m.source,
                        format!("{what} app and id must be one hex byte each (\"01\"), not {:?} and {:?}", m.app, m.id),
                    ));
                    continue;
                };
                if !groups.iter().any(|g| g.as_slice() == [app]) {
                    errors.push(SpecError::at(
                        &m.source,
                        format!("{what} 0x{app:02X}::0x{id:02X}: application group {app:02X} is not among the C1 values"),
                    ));
                }
                if let Some(first) = keys.insert((app, id), &m.source) {
                    errors.push(SpecError::at(
                        &m.source,
                        format!("duplicate {what} 0x{app:02X}::0x{id:02X} (first at {first})"),
                    ));
                }
            }
        }
        for e in &self.examples.examples {
            let bytes = match crate::values::parse_hex(&e.hex) {
                Ok(b) => b,
                Err(err) => {
                    errors.push(SpecError::at(&e.source, format!("example hex: {err}")));
                    continue;
                }
            };
            let expected = match e.kind {
                ExampleKind::Request => Some(0x01),
                ExampleKind::Response => Some(0x02),
                ExampleKind::Notification => Some(0x03),
                _ => None,
            };
            if let Some(t) = expected {
                if bytes.get(..3) != Some(&[0xC0, 0x01, t][..]) {
                    errors.push(SpecError::at(
                        &e.source,
                        format!("a {:?} example must start with C0 01 {t:02X}", e.kind),
                    ));
                }
            }
            if let Some(c) = &e.correction {
                if let Err(err) = crate::values::parse_hex(&c.manual_hex) {
                    errors.push(SpecError::at(
                        &e.source,
                        format!("correction.manual_hex: {err}"),
                    ));
                }
            }
        }
        errors
    }
}

fn start_of(file: &Path) -> Location {
    Location {
        file: std::sync::Arc::new(file.to_path_buf()),
        line: 1,
        column: 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_odynamo_loads_and_validates() {
        let family = FamilySpec::builtin("odynamo").unwrap_or_else(|e| panic!("{e}"));
        let problems = family.validate();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(family.family.tcp_port, Some(5000));
        let rc = family.message_field(0xC3).expect("C3 row");
        assert_eq!(rc.value_name(&[0xFF]), Some("Bad Message Format"));
        assert_eq!(
            family.message(false, 0x01, 0x10).map(|m| m.name.as_str()),
            Some("Send Big Block Command")
        );
        assert_eq!(
            family.message(true, 0x01, 0x10).map(|m| m.name.as_str()),
            Some("Big Block Device Data")
        );
        assert_eq!(family.examples.examples.len(), 2);
    }

    #[test]
    fn the_mms_spec_skips_family_directories() {
        let spec = crate::Spec::builtin();
        assert!(spec
            .commands
            .iter()
            .all(|c| !c.source.file.starts_with("spec/odynamo")));
    }

    fn load(files: &[(&str, &str)]) -> Result<FamilySpec, SpecErrors> {
        FamilySpec::from_sources(
            Path::new("fam"),
            files.iter().map(|(p, t)| (Path::new(*p), *t)),
        )
    }

    const FAMILY: &str = "name = \"X\"\nident = \"x\"\n[message]\ntable = \"1\"\ntitle = \"M\"\n\
        [[message.field]]\ntag = \"C0\"\nlen = 1\nname = \"t\"\nlabel = \"T\"\n\
        [[message.field]]\ntag = \"C1\"\nlen = 1\nname = \"a\"\nlabel = \"A\"\nvalues = [{ value = \"01\", name = \"G\" }]\n\
        [[message.field]]\ntag = \"C2\"\nlen = 1\nname = \"c\"\nlabel = \"C\"\n";

    #[test]
    fn errors_name_file_and_line() {
        let bad =
            "[[command]]\napp = \"01\"\nid = \"02\"\nname = \"A\"\nident = \"a\"\nbogus = 1\n";
        let e = load(&[("family.toml", FAMILY), ("commands.toml", bad)]).unwrap_err();
        let text = e.to_string();
        assert!(text.starts_with("fam/commands.toml:"), "{text}");
        assert!(text.contains("bogus"), "{text}");
    }

    #[test]
    fn validation_reports_bad_groups_duplicates_and_examples() {
        let commands = "[[command]]\napp = \"01\"\nid = \"02\"\nname = \"A\"\nident = \"a\"\n\n\
            [[command]]\napp = \"01\"\nid = \"02\"\nname = \"B\"\nident = \"b\"\n\n\
            [[command]]\napp = \"09\"\nid = \"1\"\nname = \"C\"\nident = \"c\"\n";
        let examples =
            "[[example]]\ntable = \"1\"\ntitle = \"E\"\nkind = \"response\"\nhex = \"C0 01 01\"\n";
        let family = load(&[
            ("family.toml", FAMILY),
            ("commands.toml", commands),
            ("examples.toml", examples),
        ])
        .unwrap_or_else(|e| panic!("{e}"));
        let problems: Vec<String> = family.validate().iter().map(|e| e.to_string()).collect();
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("fam/commands.toml:7:")
                    && p.contains("duplicate command 0x01::0x02")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.contains("one hex byte")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("fam/examples.toml:1:") && p.contains("C0 01 02")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_family_needs_its_family_file() {
        let e = load(&[("commands.toml", "")]).unwrap_err();
        assert!(e.to_string().contains("has no family.toml"), "{e}");
    }
}

#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod bits;
pub mod data_type;
pub mod data_types;
pub mod defaults;
pub mod family;
mod load;
pub mod lookup;
pub mod model;
mod source;
mod validate;
pub mod values;

use std::path::Path;

pub use data_type::{DataType, RustType};
pub use data_types::{DataTypeSection, Layout};
pub use family::FamilySpec;
pub use lookup::LookupError;
pub use model::*;
pub use source::{parse_file, spec_files, SpecError, SpecErrors};
pub use values::{format_hex, parse_hex, CommandId, HexError, Length, NotificationId, Oid, Tag};

/// Files of the repository's `spec/` directory, embedded at compile time.
mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_spec.rs"));
}

/// The whole protocol spec: envelopes, status codes, commands, notifications, properties, file types, examples.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spec {
    /// Message envelopes (`envelopes.toml`).
    pub envelopes: EnvelopesFile,
    /// Status summary and detail codes (`status.toml`).
    pub status: StatusFile,
    /// Commands, sorted by ID (`commands/*.toml`).
    pub commands: Vec<Command>,
    /// Notifications, sorted by ID (`notifications/*.toml`).
    pub notifications: Vec<Notification>,
    /// Configuration properties, in file order (`properties/*.toml`).
    pub properties: Vec<Property>,
    /// File types (`file_types.toml`).
    pub file_types: FileTypesFile,
    /// Examples not attached to another item (`examples.toml`).
    pub other_examples: ExamplesFile,
    /// The Data Types chapter, by section (`data_types/*.toml`).
    pub data_types: Vec<DataTypeSection>,
}

/// What an example belongs to (see [`Spec::examples`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExampleOwner<'a> {
    /// Shown next to the envelope tables.
    Envelope,
    /// In a command section.
    Command(&'a Command),
    /// In a notification section.
    Notification(&'a Notification),
    /// In a property section.
    Property(&'a Property),
    /// Elsewhere, under this heading.
    Section(&'a str),
}

impl Spec {
    /// The spec checked in with this crate (`spec/` of the repository), embedded at compile time.
    ///
    /// # Panics
    /// Never for a released build: a test loads and validates the builtin spec.
    pub fn builtin() -> Spec {
        Spec::builtin_files().unwrap_or_else(|e| {
            panic!("the embedded spec does not load (a test checks this):\n{e}")
        })
    }

    /// Like [`Spec::builtin`] but returns the load errors instead of panicking.
    pub fn builtin_files() -> Result<Spec, SpecErrors> {
        Spec::from_sources(
            Path::new("spec"),
            builtin::FILES.iter().map(|(p, t)| (Path::new(*p), *t)),
        )
    }

    /// The command with this ID.
    pub fn command(&self, id: u16) -> Option<&Command> {
        self.commands.iter().find(|c| c.id.0 == id)
    }

    /// The command whose tables describe `id`: the command itself, or the one it [`reuses`](Command::reuses).
    pub fn command_tables(&self, id: u16) -> Option<&Command> {
        let cmd = self.command(id)?;
        match cmd.reuses {
            Some(other) => self.command(other.0).or(Some(cmd)),
            None => Some(cmd),
        }
    }

    /// The notification with this ID (source byte, type byte).
    pub fn notification(&self, id: u16) -> Option<&Notification> {
        self.notifications.iter().find(|n| n.id.0 == id)
    }

    /// The detail code entry of a notification.
    pub fn notification_detail(&self, id: u16, code: [u8; 4]) -> Option<&DetailCode> {
        self.notification(id)?
            .detail_tables
            .iter()
            .flat_map(|t| &t.codes)
            .find(|c| c.bytes() == Some(code))
    }

    /// The property with this dotted OID (components in hex, e.g. `"1.2.7.1.1.1"`).
    pub fn property_by_oid(&self, oid: &str) -> Option<&Property> {
        let oid: Oid = oid.parse().ok()?;
        self.property_by_oid_components(oid.components())
    }

    /// The property with these OID components.
    pub fn property_by_oid_components(&self, components: &[u32]) -> Option<&Property> {
        self.properties
            .iter()
            .find(|p| p.oid.components() == components)
    }

    /// The property with this name (its snake_case `ident`, or its manual name ignoring case).
    pub fn property_by_name(&self, name: &str) -> Option<&Property> {
        self.properties
            .iter()
            .find(|p| p.ident == name)
            .or_else(|| {
                self.properties
                    .iter()
                    .find(|p| p.name.eq_ignore_ascii_case(name))
            })
    }

    /// The operation status summary value (first byte of the response status).
    pub fn status_summary(&self, value: u8) -> Option<&EnumValue> {
        self.status
            .summary
            .iter()
            .find(|v| v.bytes() == Some(vec![value]))
    }

    /// The operation status detail code (group, subgroup, code).
    pub fn status_detail(&self, group: u8, subgroup: u8, code: u8) -> Option<&StatusCode> {
        self.status
            .codes
            .iter()
            .find(|c| c.bytes() == Some([group, subgroup, code]))
    }

    /// The status detail group header (name and subgroups).
    pub fn status_group(&self, group: u8) -> Option<&StatusGroup> {
        self.status
            .groups
            .iter()
            .find(|g| u8::from_str_radix(&g.group, 16).ok() == Some(group))
    }

    /// The file type with these four bytes.
    pub fn file_type(&self, id: [u8; 4]) -> Option<&FileType> {
        self.file_types
            .file_types
            .iter()
            .find(|f| f.bytes() == Some(id))
    }

    /// The envelope of a message kind.
    pub fn envelope(&self, kind: EnvelopeKind) -> Option<&Envelope> {
        self.envelopes.envelopes.iter().find(|e| e.kind == kind)
    }

    /// Every example in the spec with what it belongs to.
    pub fn examples(&self) -> impl Iterator<Item = (ExampleOwner<'_>, &Example)> {
        let envelopes = self
            .envelopes
            .examples
            .iter()
            .map(|e| (ExampleOwner::Envelope, e));
        let commands = self.commands.iter().flat_map(|c| {
            c.examples
                .iter()
                .map(move |e| (ExampleOwner::Command(c), e))
        });
        let notifications = self.notifications.iter().flat_map(|n| {
            n.examples
                .iter()
                .map(move |e| (ExampleOwner::Notification(n), e))
        });
        let properties = self.properties.iter().flat_map(|p| {
            p.examples
                .iter()
                .map(move |e| (ExampleOwner::Property(p), e))
        });
        let others = self.other_examples.sections.iter().flat_map(|s| {
            s.examples
                .iter()
                .map(move |e| (ExampleOwner::Section(s.heading.as_str()), e))
        });
        envelopes
            .chain(commands)
            .chain(notifications)
            .chain(properties)
            .chain(others)
    }
}

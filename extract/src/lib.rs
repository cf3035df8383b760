#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod checks;
pub mod manual;
pub mod markdown;
pub mod overrides;
pub mod reference;
pub mod report;
pub mod seeds;
pub mod text;
pub mod writer;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use mms_spec::{Spec, Table};

pub use report::Report;

/// The result of extraction: the spec (after overrides), its files, and the report.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// The extracted spec.
    pub spec: Spec,
    /// Generated files by path relative to `spec/`, with their contents.
    pub files: BTreeMap<PathBuf, String>,
    /// Counts and problems.
    pub report: Report,
}

/// Extracts the spec from the manual's markdown and applies the overrides.
///
/// Errors are override entries that do not apply (each names its file).
pub fn extract(
    manual: &str,
    overrides: &[(PathBuf, overrides::OverridesFile)],
) -> Result<Extraction, Vec<String>> {
    let blocks = markdown::parse(manual);
    let manual::Extracted {
        mut spec,
        mut report,
    } = manual::extract(&blocks);

    // The status summary values are listed in the response envelope (82, first byte).
    if let Some(resp) = spec.envelope(mms_spec::EnvelopeKind::Response) {
        if let Some(status) = resp
            .fields
            .iter()
            .find(|f| f.tag.is_some_and(|t| t.value() == 0x82))
        {
            if let Some(summary) = status.fields.first() {
                spec.status.summary = summary.values.clone();
            }
        }
    }
    prune_table_refs(&mut spec);

    report.overrides_applied = overrides::apply(&mut spec, overrides)?;
    link_detail_codes(&mut spec);

    // Check every example (after overrides: a corrected kind makes an example pass).
    let expectations = example_expectations(&spec);
    for ((table, index, example), expect) in overrides::examples_mut(&mut spec)
        .into_iter()
        .zip(expectations)
    {
        let found = checks::check_example(example, &expect);
        if !found.is_empty() {
            report.example_problems.push(report::ExampleProblem {
                line: example.source.line as usize,
                table,
                index,
                reason: found.join("; "),
                marked: example.erratum.is_some(),
            });
        } else if example.erratum.is_some() {
            report.notes.push(format!(
                "Table {table} #{index}: marked as an erratum but passes the checks"
            ));
        }
    }

    spec.properties.sort_by(|a, b| {
        a.oid
            .components()
            .cmp(b.oid.components())
            .then(a.table.cmp(&b.table))
    });
    count(&spec, &mut report);
    let files = render_files(&spec);
    Ok(Extraction {
        spec,
        files,
        report,
    })
}

/// Notification detail codes that announce data of a data type (ARQC, batch data, NFC UID ...)
/// name its layout, when the spec has it.
fn link_detail_codes(spec: &mut Spec) {
    let layouts: std::collections::BTreeSet<String> =
        spec.layouts().map(|l| l.ident.clone()).collect();
    for n in &mut spec.notifications {
        for code in n.detail_tables.iter_mut().flat_map(|t| &mut t.codes) {
            code.layout = manual::detail_code_layout(&code.label)
                .filter(|l| layouts.contains(*l))
                .map(str::to_string);
        }
    }
}

/// Keeps only references to tables that are in the spec (others point at prose or data type tables).
fn prune_table_refs(spec: &mut Spec) {
    let known = spec.table_numbers();
    fn prune(fields: &mut [mms_spec::Field], known: &std::collections::BTreeSet<u32>) {
        for f in fields {
            f.table_refs.retain(|t| known.contains(t));
            prune(&mut f.fields, known);
        }
    }
    for e in &mut spec.envelopes.envelopes {
        prune(&mut e.fields, &known);
    }
    for c in &mut spec.commands {
        for t in c
            .request
            .iter_mut()
            .chain(c.response.iter_mut())
            .chain(c.tables.iter_mut())
        {
            prune(&mut t.fields, &known);
        }
    }
    for l in spec.data_types.iter_mut().flat_map(|d| &mut d.layouts) {
        prune(&mut l.fields, &known);
    }
    for n in &mut spec.notifications {
        for t in &mut n.payloads {
            prune(&mut t.fields, &known);
        }
        for d in &mut n.detail_tables {
            for c in &mut d.codes {
                c.table_refs.retain(|t| known.contains(t));
            }
        }
    }
}

/// What each example should show, from where it is in the manual (same order as
/// [`overrides::examples_mut`]).
fn example_expectations(spec: &Spec) -> Vec<checks::Expectation> {
    let mut out = Vec::new();
    for _ in &spec.envelopes.examples {
        out.push(checks::Expectation::default());
    }
    for c in &spec.commands {
        for e in &c.examples {
            out.push(checks::Expectation {
                command: Some(c.id.0),
                property: e.property.as_ref().map(|o| o.components().to_vec()),
                ..Default::default()
            });
        }
    }
    for n in &spec.notifications {
        for _ in &n.examples {
            out.push(checks::Expectation {
                notification: Some(n.id.0),
                ..Default::default()
            });
        }
    }
    for p in &spec.properties {
        for _ in &p.examples {
            out.push(checks::Expectation {
                property: Some(p.oid.components().to_vec()),
                ..Default::default()
            });
        }
    }
    for s in &spec.other_examples.sections {
        for _ in &s.examples {
            out.push(checks::Expectation::default());
        }
    }
    out
}

fn count(spec: &Spec, r: &mut Report) {
    r.commands = spec.commands.len();
    r.commands_with_tables = spec
        .commands
        .iter()
        .filter(|c| c.request.is_some() || c.response.is_some())
        .count();
    r.notifications = spec.notifications.len();
    r.properties = spec.properties.len();
    r.status_codes = spec.status.codes.len();
    r.notification_detail_tables = spec
        .notifications
        .iter()
        .map(|n| n.detail_tables.len())
        .sum();
    r.notification_detail_codes = spec
        .notifications
        .iter()
        .flat_map(|n| &n.detail_tables)
        .map(|t| t.codes.len())
        .sum();
    r.file_types = spec.file_types.file_types.len();
    r.data_types = spec
        .data_types
        .iter()
        .filter(|d| !d.layouts.is_empty() || !d.reference_tables.is_empty())
        .count();
    r.data_type_layouts = spec.layouts().count();
    r.examples = spec.examples().count();
    r.corrected_examples = spec
        .examples()
        .filter(|(_, e)| e.correction.is_some())
        .count();
}

/// The property file a property belongs to: its first two OID components (`1.2`).
fn property_group(p: &mms_spec::Property) -> String {
    let c = p.oid.components();
    format!("{:X}.{:X}", c[0], c[1])
}

/// Renders the spec as files (paths relative to `spec/`).
pub fn render_files(spec: &Spec) -> BTreeMap<PathBuf, String> {
    let mut files = BTreeMap::new();
    files.insert(
        PathBuf::from("envelopes.toml"),
        writer::render(&spec.envelopes),
    );
    files.insert(PathBuf::from("status.toml"), writer::render(&spec.status));
    files.insert(
        PathBuf::from("file_types.toml"),
        writer::render(&spec.file_types),
    );
    files.insert(
        PathBuf::from("examples.toml"),
        writer::render(&spec.other_examples),
    );
    for c in &spec.commands {
        files.insert(
            PathBuf::from(format!("commands/{}.toml", c.id)),
            writer::render(c),
        );
    }
    for n in &spec.notifications {
        files.insert(
            PathBuf::from(format!("notifications/{}.toml", n.id)),
            writer::render(n),
        );
    }
    for d in &spec.data_types {
        if d.layouts.is_empty() && d.reference_tables.is_empty() {
            continue;
        }
        files.insert(
            PathBuf::from(format!("data_types/{}.toml", d.ident)),
            writer::render(d),
        );
    }
    let mut groups: BTreeMap<String, Vec<mms_spec::Property>> = BTreeMap::new();
    for p in &spec.properties {
        groups.entry(property_group(p)).or_default().push(p.clone());
    }
    for (g, properties) in groups {
        files.insert(
            PathBuf::from(format!("properties/{g}.toml")),
            writer::render(&mms_spec::PropertiesFile { properties }),
        );
    }
    files
}

/// A difference between the committed spec and a fresh extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// The file's contents differ.
    Differs(PathBuf),
    /// Extraction produces the file but it is not in `spec/`.
    Missing(PathBuf),
    /// A generated file that extraction no longer produces.
    Stale(PathBuf),
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Drift::Differs(p) => write!(f, "differs: spec/{}", p.display()),
            Drift::Missing(p) => write!(f, "missing: spec/{}", p.display()),
            Drift::Stale(p) => write!(f, "stale:   spec/{}", p.display()),
        }
    }
}

/// Generated files under `spec_dir` (their first line is the generated header), relative paths.
pub fn generated_files(spec_dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for rel in mms_spec::spec_files(spec_dir)? {
        let text = std::fs::read_to_string(spec_dir.join(&rel))?;
        if text.lines().next() == Some(writer::GENERATED_HEADER) {
            out.push(rel);
        }
    }
    Ok(out)
}

/// Compares the committed spec with the extraction.
pub fn drift(spec_dir: &Path, extraction: &Extraction) -> std::io::Result<Vec<Drift>> {
    let mut out = Vec::new();
    for (rel, text) in &extraction.files {
        match std::fs::read_to_string(spec_dir.join(rel)) {
            Ok(current) if &current == text => {}
            // A hand-written file (no generated header) takes precedence and is never overwritten.
            Ok(current) if current.lines().next() != Some(writer::GENERATED_HEADER) => {}
            Ok(_) => out.push(Drift::Differs(rel.clone())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                out.push(Drift::Missing(rel.clone()))
            }
            Err(e) => return Err(e),
        }
    }
    for rel in generated_files(spec_dir)? {
        if !extraction.files.contains_key(&rel) {
            out.push(Drift::Stale(rel));
        }
    }
    Ok(out)
}

/// Writes the extraction into `spec_dir`: changed files are rewritten, stale generated files deleted;
/// hand-written files (without the generated header) are left alone, even where extraction produces the same path.
pub fn write(spec_dir: &Path, extraction: &Extraction) -> std::io::Result<Vec<Drift>> {
    let changes = drift(spec_dir, extraction)?;
    for change in &changes {
        match change {
            Drift::Differs(rel) | Drift::Missing(rel) => {
                let path = spec_dir.join(rel);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(path, &extraction.files[rel])?;
            }
            Drift::Stale(rel) => std::fs::remove_file(spec_dir.join(rel))?,
        }
    }
    Ok(changes)
}

/// Tables of a command, in file order (request, response, others).
pub fn command_tables(cmd: &mms_spec::Command) -> impl Iterator<Item = &Table> {
    cmd.request.iter().chain(&cmd.response).chain(&cmd.tables)
}

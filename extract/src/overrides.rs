//! Fixes for the manual's errors, applied after extraction (`spec/overrides/*.toml`).
//!
//! Every entry selects its target by the manual's table number (or a command/notification ID) and
//! carries a `reason`. An entry whose target does not exist is an error, so overrides that a new
//! manual version made stale are noticed.

use std::path::{Path, PathBuf};

use mms_spec::{Command, Example, Field, Location, Notification, Property, Spec, SpecError};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Contents of one overrides file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverridesFile {
    /// Examples that are wrong in the manual.
    #[serde(default)]
    pub erratum: Vec<Erratum>,
    /// Examples whose wrong bytes have one unambiguous fix.
    #[serde(default)]
    pub correction: Vec<CorrectionOverride>,
    /// Changes to an example (e.g. its kind when the manual's title is wrong).
    #[serde(default)]
    pub example: Vec<ExampleOverride>,
    /// Changes to one field of a TLV table.
    #[serde(default)]
    pub field: Vec<FieldOverride>,
    /// Changes to a command's top-level keys.
    #[serde(default)]
    pub command: Vec<CommandOverride>,
    /// Changes to a notification's top-level keys.
    #[serde(default)]
    pub notification: Vec<NotificationOverride>,
    /// Changes to one detail code of a notification (e.g. the payload table it refers to).
    #[serde(default)]
    pub detail_code: Vec<DetailCodeOverride>,
    /// Changes to a property.
    #[serde(default)]
    pub property: Vec<PropertyOverride>,
    /// Changes to a data type layout's top-level keys (`ident`, `title`).
    #[serde(default)]
    pub layout: Vec<LayoutOverride>,
}

/// Sets top-level keys of a data type layout, selected by its table number.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LayoutOverride {
    /// The layout's table number.
    pub table: u32,
    /// Keys to set (`ident`, `title`).
    pub set: toml::Table,
    /// What the manual says and why it is changed.
    pub reason: String,
}

/// Marks an example as wrong in the manual.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Erratum {
    /// The example's table number (0 for examples in running text).
    pub table: u32,
    /// Which example of the table (0-based).
    #[serde(default)]
    pub index: usize,
    /// What is wrong; stored as the example's `erratum`.
    pub reason: String,
}

/// Replaces an example's bytes, keeping the manual's bytes and the reason beside them.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectionOverride {
    /// The example's table number (0 for examples in running text).
    pub table: u32,
    /// Which example of the table (0-based, in manual order).
    #[serde(default)]
    pub index: usize,
    /// The manual's bytes (checked, so a changed manual makes the override stale).
    pub manual: String,
    /// The corrected bytes.
    pub hex: String,
    /// What was wrong and what was changed.
    pub reason: String,
}

/// Sets keys of an example.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleOverride {
    /// The example's table number (0 for examples in running text).
    pub table: u32,
    /// Which example of the table (0-based, in manual order).
    #[serde(default)]
    pub index: usize,
    /// Keys to set (`kind`, `property`, `label` ...).
    pub set: toml::Table,
    /// What the manual says and why it is changed.
    pub reason: String,
}

/// Sets keys of a field.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldOverride {
    /// The TLV table's number.
    pub table: u32,
    /// The command or notification whose section holds the table, when the number is not unique.
    #[serde(default)]
    pub section: Option<String>,
    /// Tags or names from the top level, separated by `/` (`"A2/83"`).
    pub path: String,
    /// Keys to set (any key of a field).
    #[serde(default)]
    pub set: toml::Table,
    /// Remove the field instead (a row that is not a field).
    #[serde(default)]
    pub remove: bool,
    /// Move the field to the end of the children of this field (path in the same table), for rows
    /// whose nesting slashes are missing in the manual.
    #[serde(default)]
    pub move_to: Option<String>,
    /// What the manual says and why it is changed.
    pub reason: String,
}

/// Sets top-level keys of a command.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommandOverride {
    /// Command ID.
    pub id: String,
    /// Keys to set.
    pub set: toml::Table,
    /// What the manual says and why it is changed.
    pub reason: String,
}

/// Sets top-level keys of a notification.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotificationOverride {
    /// Notification ID.
    pub id: String,
    /// Keys to set.
    pub set: toml::Table,
    /// What the manual says and why it is changed.
    pub reason: String,
}

/// Sets keys of one detail code of a notification, selected by the notification's ID and the
/// code's four bytes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetailCodeOverride {
    /// Notification ID.
    pub id: String,
    /// The code's four bytes, hex (`"00000000"`).
    pub code: String,
    /// Keys to set (`table_refs`, `label` ...).
    pub set: toml::Table,
    /// What the manual says and why it is changed.
    pub reason: String,
}

/// Sets keys of a property, selected by its table number (or, for heading-only sections, its OID).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PropertyOverride {
    /// The property's table number.
    #[serde(default)]
    pub table: Option<u32>,
    /// The property's OID as extracted (for sections without a table).
    #[serde(default)]
    pub oid: Option<String>,
    /// Keys to set.
    #[serde(default)]
    pub set: toml::Table,
    /// Keys to remove (values the manual gets wrong and that are unknown).
    #[serde(default)]
    pub unset: Vec<String>,
    /// What the manual says and why it is changed.
    pub reason: String,
}

/// Reads `dir/*.toml` (sorted by name).
pub fn load(dir: &Path) -> Result<Vec<(PathBuf, OverridesFile)>, SpecError> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(SpecError {
                location: None,
                message: format!("cannot read {}: {e}", dir.display()),
            })
        }
    };
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).map_err(|e| SpecError {
                location: None,
                message: format!("cannot read {}: {e}", path.display()),
            })?;
            let parsed = mms_spec::parse_file::<OverridesFile>(&path, &text)?;
            Ok((path, parsed))
        })
        .collect()
}

/// Replaces keys of a serializable item, keeping its location.
fn patch<T: Serialize + DeserializeOwned>(
    item: &mut T,
    set: &toml::Table,
    what: &str,
) -> Result<(), String> {
    patch_unset(item, set, &[], what)
}

/// Replaces and removes keys of a serializable item.
fn patch_unset<T: Serialize + DeserializeOwned>(
    item: &mut T,
    set: &toml::Table,
    unset: &[String],
    what: &str,
) -> Result<(), String> {
    let value = toml::Value::try_from(&*item).map_err(|e| format!("{what}: {e}"))?;
    let toml::Value::Table(mut table) = value else {
        return Err(format!("{what}: not a table"));
    };
    for k in unset {
        if table.remove(k).is_none() {
            return Err(format!("{what}: cannot unset {k:?}, it is not set"));
        }
    }
    for (k, v) in set {
        table.insert(k.clone(), v.clone());
    }
    // Through text: the spec types record spans, which only the document deserializer provides.
    let text = toml::to_string(&toml::Value::Table(table)).map_err(|e| format!("{what}: {e}"))?;
    *item = toml::from_str(&text).map_err(|e| format!("{what}: {}", e.message().trim()))?;
    Ok(())
}

/// Applies overrides; returns the number applied, or the errors (with the override file's name).
pub fn apply(spec: &mut Spec, files: &[(PathBuf, OverridesFile)]) -> Result<usize, Vec<String>> {
    let mut tally = Tally::default();
    // Examples first: they are found by their order in the manual, which needs the manual's lines.
    for (path, file) in files {
        for e in &file.erratum {
            tally.record(path, apply_erratum(spec, e));
        }
        for c in &file.correction {
            tally.record(path, apply_correction(spec, c));
        }
        for e in &file.example {
            tally.record(path, apply_example(spec, e));
        }
    }
    for (path, file) in files {
        for f in &file.field {
            tally.record(path, apply_field(spec, f));
        }
        for c in &file.command {
            tally.record(path, apply_command(spec, c));
        }
        for n in &file.notification {
            tally.record(path, apply_notification(spec, n));
        }
        for d in &file.detail_code {
            tally.record(path, apply_detail_code(spec, d));
        }
        for p in &file.property {
            tally.record(path, apply_property(spec, p));
        }
        for l in &file.layout {
            tally.record(path, apply_layout(spec, l));
        }
    }
    if tally.errors.is_empty() {
        Ok(tally.applied)
    } else {
        Err(tally.errors)
    }
}

/// Overrides applied so far, and the errors (prefixed with their file).
#[derive(Default)]
struct Tally {
    applied: usize,
    errors: Vec<String>,
}

impl Tally {
    fn record(&mut self, path: &Path, result: Result<(), String>) {
        match result {
            Ok(()) => self.applied += 1,
            Err(e) => self.errors.push(format!("{}: {e}", path.display())),
        }
    }
}

/// The example `index` of table `table`, in manual order.
fn example_at(spec: &mut Spec, table: u32, index: usize) -> Option<&mut Example> {
    examples_mut(spec)
        .into_iter()
        .find(|(t, i, _)| *t == table && *i == index)
        .map(|(_, _, e)| e)
}

fn apply_erratum(spec: &mut Spec, e: &Erratum) -> Result<(), String> {
    let ex = example_at(spec, e.table, e.index)
        .ok_or_else(|| format!("erratum: no example #{} in table {}", e.index, e.table))?;
    ex.erratum = Some(e.reason.clone());
    Ok(())
}

fn apply_correction(spec: &mut Spec, c: &CorrectionOverride) -> Result<(), String> {
    let ex = example_at(spec, c.table, c.index)
        .ok_or_else(|| format!("correction: no example #{} in table {}", c.index, c.table))?;
    let same = matches!(
        (mms_spec::parse_hex(&ex.hex), mms_spec::parse_hex(&c.manual)),
        (Ok(found), Ok(expected)) if found == expected
    );
    if !same {
        return Err(format!(
            "correction: example #{} of table {} no longer has the bytes the override expects",
            c.index, c.table
        ));
    }
    let bytes = mms_spec::parse_hex(&c.hex).map_err(|e| {
        format!(
            "correction of example #{} in table {}: bad hex: {e}",
            c.index, c.table
        )
    })?;
    ex.correction = Some(mms_spec::Correction {
        manual_hex: ex.hex.clone(),
        reason: c.reason.clone(),
    });
    ex.hex = mms_spec::format_hex(&bytes);
    Ok(())
}

fn apply_example(spec: &mut Spec, e: &ExampleOverride) -> Result<(), String> {
    let ex = example_at(spec, e.table, e.index)
        .ok_or_else(|| format!("example: no example #{} in table {}", e.index, e.table))?;
    let source = ex.source.clone();
    patch(
        ex,
        &e.set,
        &format!("example #{} of table {}", e.index, e.table),
    )?;
    ex.source = source;
    Ok(())
}

fn apply_field(spec: &mut Spec, f: &FieldOverride) -> Result<(), String> {
    let section = f.section.as_deref();
    let (siblings, index) = field_mut(spec, f.table, section, &f.path)
        .ok_or_else(|| format!("field: no field {} in table {}", f.path, f.table))?;
    if f.remove {
        siblings.remove(index);
        return Ok(());
    }
    if let Some(target) = &f.move_to {
        let moved = siblings.remove(index);
        let (parent_siblings, parent) = field_mut(spec, f.table, section, target)
            .ok_or_else(|| format!("field: no field {target} in table {} to move into", f.table))?;
        parent_siblings[parent].fields.push(moved);
        return Ok(());
    }
    let target = &mut siblings[index];
    let source = target.source.clone();
    patch(
        target,
        &f.set,
        &format!("field {} of table {}", f.path, f.table),
    )?;
    target.source = source;
    Ok(())
}

fn apply_command(spec: &mut Spec, c: &CommandOverride) -> Result<(), String> {
    let cmd = spec
        .commands
        .iter_mut()
        .find(|x| x.id.to_string().eq_ignore_ascii_case(&c.id))
        .ok_or_else(|| format!("command: no command {}", c.id))?;
    let sources: Vec<Location> = cmd.examples.iter().map(|e| e.source.clone()).collect();
    patch_top::<Command>(cmd, &c.set, &format!("command {}", c.id))?;
    restore(&mut cmd.examples, sources);
    Ok(())
}

/// The notification an override of `kind` names by its ID.
fn notification_mut<'s>(
    spec: &'s mut Spec,
    id: &str,
    kind: &str,
) -> Result<&'s mut Notification, String> {
    spec.notifications
        .iter_mut()
        .find(|x| x.id.to_string().eq_ignore_ascii_case(id))
        .ok_or_else(|| format!("{kind}: no notification {id}"))
}

fn apply_notification(spec: &mut Spec, n: &NotificationOverride) -> Result<(), String> {
    let notif = notification_mut(spec, &n.id, "notification")?;
    let sources: Vec<Location> = notif.examples.iter().map(|e| e.source.clone()).collect();
    patch_top::<Notification>(notif, &n.set, &format!("notification {}", n.id))?;
    restore(&mut notif.examples, sources);
    Ok(())
}

fn apply_detail_code(spec: &mut Spec, d: &DetailCodeOverride) -> Result<(), String> {
    let what = format!("detail code {} of notification {}", d.code, d.id);
    let code = notification_mut(spec, &d.id, "detail_code")?
        .detail_tables
        .iter_mut()
        .flat_map(|t| &mut t.codes)
        .find(|c| c.code.eq_ignore_ascii_case(&d.code))
        .ok_or_else(|| format!("detail_code: no {what}"))?;
    let source = code.source.clone();
    patch(code, &d.set, &what)?;
    code.source = source;
    Ok(())
}

fn apply_property(spec: &mut Spec, p: &PropertyOverride) -> Result<(), String> {
    let prop = spec
        .properties
        .iter_mut()
        .find(|x| match (p.table, &p.oid) {
            (Some(t), _) => x.table == Some(t),
            (None, Some(oid)) => x.oid.as_str() == oid,
            (None, None) => false,
        })
        .ok_or_else(|| {
            format!(
                "property: no property with table {:?} / oid {:?}",
                p.table, p.oid
            )
        })?;
    let source = prop.source.clone();
    let sources: Vec<Location> = prop.examples.iter().map(|e| e.source.clone()).collect();
    patch_unset::<Property>(prop, &p.set, &p.unset, &format!("property {}", prop.oid))?;
    prop.source = source;
    restore(&mut prop.examples, sources);
    Ok(())
}

fn apply_layout(spec: &mut Spec, l: &LayoutOverride) -> Result<(), String> {
    let layout = spec
        .data_types
        .iter_mut()
        .flat_map(|d| &mut d.layouts)
        .find(|x| x.table == l.table)
        .ok_or_else(|| format!("layout: no data type layout with table {}", l.table))?;
    patch_top::<mms_spec::Layout>(layout, &l.set, &format!("layout {}", layout.ident))
}

/// Puts back the manual locations of examples that a patch round trip dropped.
fn restore(examples: &mut [Example], sources: Vec<Location>) {
    if examples.len() == sources.len() {
        for (e, s) in examples.iter_mut().zip(sources) {
            e.source = s;
        }
    }
}

/// Commands and notifications hold located children; keep their top-level location.
fn patch_top<T: Serialize + DeserializeOwned + mms_spec::Located>(
    item: &mut T,
    set: &toml::Table,
    what: &str,
) -> Result<(), String> {
    let source: Location = item.source().clone();
    // Serializing drops child locations; they only matter for the manual's line in reports.
    patch(item, set, what)?;
    item.set_source(source);
    Ok(())
}

/// Every example with its (table, index among the examples of that table number in manual order),
/// in traversal order (envelopes, commands, notifications, properties, other sections).
pub fn examples_mut(spec: &mut Spec) -> Vec<(u32, usize, &mut Example)> {
    let mut all: Vec<&mut Example> = Vec::new();
    all.extend(spec.envelopes.examples.iter_mut());
    for c in &mut spec.commands {
        all.extend(c.examples.iter_mut());
    }
    for n in &mut spec.notifications {
        all.extend(n.examples.iter_mut());
    }
    for p in &mut spec.properties {
        all.extend(p.examples.iter_mut());
    }
    for s in &mut spec.other_examples.sections {
        all.extend(s.examples.iter_mut());
    }
    let keys: Vec<(u32, u32)> = all.iter().map(|e| (e.table, e.source.line)).collect();
    let indices = manual_order_indices(&keys);
    all.into_iter()
        .zip(indices)
        .map(|(e, i)| (e.table, i, e))
        .collect()
}

/// For `(table, line)` pairs: the index of each among the pairs with the same table, ordered by line
/// (ties keep their order).
pub fn manual_order_indices(keys: &[(u32, u32)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_key(|&i| (keys[i].1, i));
    let mut counts = std::collections::HashMap::new();
    let mut out = vec![0; keys.len()];
    for i in order {
        let n = counts.entry(keys[i].0).or_insert(0usize);
        out[i] = *n;
        *n += 1;
    }
    out
}

fn tables_mut(spec: &mut Spec) -> Vec<(u32, Option<String>, &mut Vec<Field>)> {
    let mut out: Vec<(u32, Option<String>, &mut Vec<Field>)> = Vec::new();
    for e in &mut spec.envelopes.envelopes {
        out.push((e.table, None, &mut e.fields));
    }
    for c in &mut spec.commands {
        let id = c.id.to_string();
        for t in c
            .request
            .iter_mut()
            .chain(c.response.iter_mut())
            .chain(c.tables.iter_mut())
        {
            out.push((t.table, Some(id.clone()), &mut t.fields));
        }
    }
    for n in &mut spec.notifications {
        let id = n.id.to_string();
        for t in &mut n.payloads {
            out.push((t.table, Some(id.clone()), &mut t.fields));
        }
    }
    for l in spec.data_types.iter_mut().flat_map(|d| &mut d.layouts) {
        out.push((l.table, Some(l.ident.clone()), &mut l.fields));
    }
    out
}

/// The sibling list holding the field at `path` in table `table`, and its index.
fn field_mut<'a>(
    spec: &'a mut Spec,
    table: u32,
    section: Option<&str>,
    path: &str,
) -> Option<(&'a mut Vec<Field>, usize)> {
    let (_, _, mut list) = tables_mut(spec).into_iter().find(|(t, s, _)| {
        *t == table
            && section.is_none_or(|want| s.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(want)))
    })?;
    let parts: Vec<&str> = path.split('/').collect();
    for (i, part) in parts.iter().enumerate() {
        let index = list.iter().position(|f| f.name == *part).or_else(|| {
            list.iter().position(|f| {
                f.tag
                    .is_some_and(|t| t.to_string().eq_ignore_ascii_case(part))
            })
        })?;
        if i == parts.len() - 1 {
            return Some((list, index));
        }
        list = &mut list[index].fields;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> (PathBuf, OverridesFile) {
        let path = PathBuf::from("spec/overrides/test.toml");
        let file = mms_spec::parse_file::<OverridesFile>(&path, text).unwrap();
        (path, file)
    }

    /// An item as TOML: what an override may change (locations are not serialized).
    fn toml_of<T: Serialize>(item: &T) -> toml::Value {
        toml::Value::try_from(item).unwrap()
    }

    #[test]
    fn a_command_override_sets_its_keys_and_nothing_else() {
        let mut spec = Spec::builtin();
        let find = |spec: &Spec| spec.commands.iter().find(|c| c.id.0 == 0x1001).cloned();
        let before = find(&spec).unwrap();
        let text = "[[command]]\nid = \"1001\"\nset = { name = \"Begin\" }\nreason = \"test\"\n";
        assert_eq!(apply(&mut spec, &[file(text)]), Ok(1));
        let after = find(&spec).unwrap();
        assert_eq!(after.name, "Begin");
        let mut expected = toml_of(&before);
        expected["name"] = toml::Value::String("Begin".into());
        assert_eq!(toml_of(&after), expected);
        // The command's own line and its examples' lines are kept for reports.
        assert_eq!(after.source, before.source);
        let lines = |c: &Command| {
            c.examples
                .iter()
                .map(|e| e.source.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(lines(&after), lines(&before));
    }

    #[test]
    fn a_notification_override_sets_its_keys_and_nothing_else() {
        let mut spec = Spec::builtin();
        let find = |spec: &Spec| {
            spec.notifications
                .iter()
                .find(|n| n.id.0 == 0x0101)
                .cloned()
        };
        let before = find(&spec).unwrap();
        let text =
            "[[notification]]\nid = \"0101\"\nset = { ident = \"update\" }\nreason = \"test\"\n";
        assert_eq!(apply(&mut spec, &[file(text)]), Ok(1));
        let after = find(&spec).unwrap();
        let mut expected = toml_of(&before);
        expected["ident"] = toml::Value::String("update".into());
        assert_eq!(toml_of(&after), expected);
        assert_eq!(after.source, before.source);
    }

    #[test]
    fn a_detail_code_override_sets_its_keys_and_nothing_else() {
        let mut spec = Spec::builtin();
        let notification = |spec: &Spec| {
            spec.notifications
                .iter()
                .find(|n| n.id.0 == 0x1001)
                .cloned()
                .unwrap()
        };
        let code = |n: &Notification| {
            n.detail_tables
                .iter()
                .flat_map(|t| &t.codes)
                .find(|c| c.code == "00000000")
                .cloned()
                .unwrap()
        };
        let before = notification(&spec);
        let text = "[[detail_code]]\nid = \"1001\"\ncode = \"00000000\"\n\
                    set = { table_refs = [337] }\nreason = \"test\"\n";
        assert_eq!(apply(&mut spec, &[file(text)]), Ok(1));
        let after = notification(&spec);
        assert_eq!(code(&after).table_refs, [337]);
        assert_eq!(code(&after).source, code(&before).source);
        // Only that code changed.
        let mut expected = toml_of(&before);
        let codes = expected["details"][0]["code"].as_array_mut().unwrap();
        let at = codes
            .iter()
            .position(|c| c["code"].as_str() == Some("00000000"))
            .unwrap();
        codes[at]["table_refs"] = toml::Value::Array(vec![toml::Value::Integer(337)]);
        assert_eq!(toml_of(&after), expected);

        let wrong = "[[detail_code]]\nid = \"1001\"\ncode = \"7F000000\"\n\
                     set = { label = \"x\" }\nreason = \"r\"\n\
                     [[detail_code]]\nid = \"7777\"\ncode = \"00000000\"\n\
                     set = { label = \"x\" }\nreason = \"r\"\n";
        let errors = apply(&mut spec, &[file(wrong)]).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0].ends_with("detail_code: no detail code 7F000000 of notification 1001"),
            "{errors:?}"
        );
        assert!(
            errors[1].ends_with("detail_code: no notification 7777"),
            "{errors:?}"
        );
    }

    #[test]
    fn command_and_notification_overrides_that_do_not_apply_name_their_file() {
        let mut spec = Spec::builtin();
        let before = toml_of(&spec.commands);
        let text = "[[command]]\nid = \"7777\"\nset = { name = \"x\" }\nreason = \"r\"\n\
                    [[command]]\nid = \"1001\"\nset = { colour = \"red\" }\nreason = \"r\"\n\
                    [[notification]]\nid = \"7777\"\nset = { name = \"x\" }\nreason = \"r\"\n";
        let errors = apply(&mut spec, &[file(text)]).unwrap_err();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert_eq!(
            errors[0],
            "spec/overrides/test.toml: command: no command 7777"
        );
        assert!(
            errors[1].starts_with("spec/overrides/test.toml: command 1001: ")
                && errors[1].contains("colour"),
            "{}",
            errors[1]
        );
        assert_eq!(
            errors[2],
            "spec/overrides/test.toml: notification: no notification 7777"
        );
        // A refused key leaves the command as it was.
        assert_eq!(toml_of(&spec.commands), before);
    }

    #[test]
    fn a_correction_applies_only_while_the_example_has_the_bytes_it_names() {
        let mut spec = Spec::builtin();
        // The built-in spec is corrected already: its bytes are the override's `hex`.
        let (table, index, hex) = examples_mut(&mut spec)
            .into_iter()
            .find(|(_, _, e)| e.correction.is_none())
            .map(|(t, i, e)| (t, i, e.hex.clone()))
            .unwrap();
        let fixed = "AA 00 81 04 01 00 D1 01";
        let text = format!(
            "[[correction]]\ntable = {table}\nindex = {index}\nmanual = \"{hex}\"\nhex = \"{fixed}\"\nreason = \"r\"\n"
        );
        assert_eq!(apply(&mut spec, &[file(&text)]), Ok(1));
        let example = example_at(&mut spec, table, index).unwrap();
        assert_eq!(example.hex, fixed);
        let correction = example.correction.as_ref().unwrap();
        assert_eq!(correction.manual_hex, hex);
        // Applied again, the example no longer has the manual's bytes: stale.
        let errors = apply(&mut spec, &[file(&text)]).unwrap_err();
        assert!(errors[0].contains("no longer has the bytes"), "{errors:?}");
        let text = text.replace(&format!("hex = \"{fixed}\""), "hex = \"AA 0\"");
        let text = text.replace(
            &format!("manual = \"{hex}\""),
            &format!("manual = \"{fixed}\""),
        );
        let errors = apply(&mut spec, &[file(&text)]).unwrap_err();
        assert!(errors[0].contains("bad hex"), "{errors:?}");
    }
}

//! Consistency checks over a loaded spec (used by the loader's callers and by the code generator).

use std::collections::{BTreeSet, HashMap};

use crate::model::*;
use crate::source::SpecError;
use crate::values::Length;
use crate::Spec;

impl Spec {
    /// Checks the spec for contradictions and dangling references; returns every problem found.
    ///
    /// Checks: duplicate command/notification IDs and property OIDs; duplicate tags and names among
    /// sibling fields; names that are not snake_case; fields that are neither TLV nor raw (or both);
    /// fixed lengths that contradict their raw children or their enumerated values; `reuses` and
    /// table references that point nowhere; examples whose hex does not parse (unless marked as errata)
    /// or that name an unknown property; reference table rows whose cell count differs from the columns.
    pub fn validate(&self) -> Vec<SpecError> {
        let mut errors = Vec::new();
        self.check_unique_ids(&mut errors);
        let tables = self.table_numbers();
        for env in &self.envelopes.envelopes {
            check_fields(&env.fields, &tables, &mut errors);
        }
        self.check_commands(&tables, &mut errors);
        self.check_notifications(&tables, &mut errors);
        self.check_status_codes(&mut errors);
        self.check_file_types(&mut errors);
        for p in &self.properties {
            check_property(p, &mut errors);
        }
        check_data_types(self, &tables, &mut errors);
        self.check_examples(&mut errors);
        errors
    }

    /// Commands: `reuses` targets, identifiers, their tables' fields and reference tables.
    fn check_commands(&self, tables: &BTreeSet<u32>, errors: &mut Vec<SpecError>) {
        for cmd in &self.commands {
            if let Some(target) = cmd.reuses {
                if target == cmd.id {
                    errors.push(SpecError::at(
                        &cmd.source,
                        format!("command {} reuses itself", cmd.id),
                    ));
                } else if self.command(target.0).is_none() {
                    errors.push(SpecError::at(
                        &cmd.source,
                        format!("command {} reuses the tables of command {target}, which is not in the spec", cmd.id),
                    ));
                }
            }
            check_ident(&cmd.ident, &cmd.source, errors);
            for table in cmd.request.iter().chain(&cmd.response).chain(&cmd.tables) {
                check_fields(&table.fields, tables, errors);
            }
            check_reference_tables(&cmd.reference_tables, errors);
        }
    }

    /// Notifications: identifiers, payload fields, reference tables and detail codes (8 hex digits, unique, references that resolve).
    fn check_notifications(&self, tables: &BTreeSet<u32>, errors: &mut Vec<SpecError>) {
        for n in &self.notifications {
            check_ident(&n.ident, &n.source, errors);
            for table in &n.payloads {
                check_fields(&table.fields, tables, errors);
            }
            check_reference_tables(&n.reference_tables, errors);
            for dt in &n.detail_tables {
                let mut seen = HashMap::new();
                for code in &dt.codes {
                    if code.bytes().is_none() {
                        errors.push(SpecError::at(
                            &code.source,
                            format!(
                                "notification detail code {:?} must be 8 hex digits",
                                code.code
                            ),
                        ));
                    } else if let Some(first) =
                        seen.insert(code.code.to_ascii_uppercase(), &code.source)
                    {
                        errors.push(SpecError::at(
                            &code.source,
                            format!(
                                "duplicate notification detail code {} (first at {first})",
                                code.code
                            ),
                        ));
                    }
                    check_refs(&code.table_refs, &code.source, tables, errors);
                }
            }
        }
    }

    /// Status detail codes: three hex bytes each, unique.
    fn check_status_codes(&self, errors: &mut Vec<SpecError>) {
        let mut status_seen = HashMap::new();
        for code in &self.status.codes {
            match code.bytes() {
                None => errors.push(SpecError::at(
                    &code.source,
                    "status detail code: group, subgroup and code must each be 2 hex digits",
                )),
                Some(bytes) => {
                    if let Some(first) = status_seen.insert(bytes, &code.source) {
                        errors.push(SpecError::at(
                            &code.source,
                            format!(
                                "duplicate status detail code {}/{}/{} (first at {first})",
                                code.group, code.subgroup, code.code
                            ),
                        ));
                    }
                }
            }
        }
    }

    /// File types: four hex bytes each, unique.
    fn check_file_types(&self, errors: &mut Vec<SpecError>) {
        let mut ft_seen = HashMap::new();
        for ft in &self.file_types.file_types {
            match ft.bytes() {
                None => errors.push(SpecError::at(
                    &ft.source,
                    format!("file type {:?} must be 8 hex digits", ft.id),
                )),
                Some(b) => {
                    if let Some(first) = ft_seen.insert(b, &ft.source) {
                        errors.push(SpecError::at(
                            &ft.source,
                            format!("duplicate file type {} (first at {first})", ft.id),
                        ));
                    }
                }
            }
        }
    }

    /// Examples: hex that parses (unless an erratum) and properties that exist.
    fn check_examples(&self, errors: &mut Vec<SpecError>) {
        for (_, example) in self.examples() {
            if example.erratum.is_some() {
                continue;
            }
            if let Err(e) = example.bytes() {
                errors.push(SpecError::at(
                    &example.source,
                    format!("example (table {}): hex does not parse: {e}", example.table),
                ));
            }
            if let Some(oid) = &example.property {
                if self.property_by_oid_components(oid.components()).is_none() {
                    errors.push(SpecError::at(
                        &example.source,
                        format!("example names property {oid}, which is not in the spec"),
                    ));
                }
            }
        }
    }

    fn check_unique_ids(&self, errors: &mut Vec<SpecError>) {
        let mut seen = HashMap::new();
        for c in &self.commands {
            if let Some(first) = seen.insert(c.id, &c.source) {
                errors.push(SpecError::at(
                    &c.source,
                    format!("duplicate command ID {} (first at {first})", c.id),
                ));
            }
        }
        let mut seen = HashMap::new();
        for n in &self.notifications {
            if let Some(first) = seen.insert(n.id, &n.source) {
                errors.push(SpecError::at(
                    &n.source,
                    format!("duplicate notification ID {} (first at {first})", n.id),
                ));
            }
        }
        let mut seen = HashMap::new();
        for p in &self.properties {
            if let Some(first) = seen.insert(p.oid.components().to_vec(), &p.source) {
                errors.push(SpecError::at(
                    &p.source,
                    format!("duplicate property OID {} (first at {first})", p.oid),
                ));
            }
        }
    }

    /// Every table number defined in the spec (for checking references).
    ///
    /// Reference tables are not counted yet: the extractor keeps only field references to these
    /// numbers, so counting them would add references to fields and change the generated code.
    pub fn table_numbers(&self) -> BTreeSet<u32> {
        let mut set = BTreeSet::new();
        set.extend(self.envelopes.envelopes.iter().map(|e| e.table));
        if self.status.table != 0 {
            set.insert(self.status.table);
        }
        if self.file_types.table != 0 {
            set.insert(self.file_types.table);
        }
        for c in &self.commands {
            set.extend(
                c.request
                    .iter()
                    .chain(&c.response)
                    .chain(&c.tables)
                    .map(|t| t.table),
            );
        }
        for n in &self.notifications {
            set.extend(n.payloads.iter().map(|t| t.table));
            set.extend(n.detail_tables.iter().map(|t| t.table));
        }
        set.extend(self.properties.iter().filter_map(|p| p.table));
        set
    }
}

/// Every row of a reference table has one cell per column.
pub(crate) fn check_reference_tables(tables: &[ReferenceTable], errors: &mut Vec<SpecError>) {
    for t in tables {
        for (i, row) in t.rows.iter().enumerate() {
            if row.len() != t.columns.len() {
                errors.push(SpecError::at(
                    &t.source,
                    format!(
                        "reference table {}: row {} has {} cells for {} columns",
                        t.table,
                        i + 1,
                        row.len(),
                        t.columns.len()
                    ),
                ));
            }
        }
    }
}

pub(crate) fn check_ident(ident: &str, source: &Location, errors: &mut Vec<SpecError>) {
    let ok = ident.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && ident
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !ident.contains("__")
        && !ident.ends_with('_');
    if !ok {
        errors.push(SpecError::at(
            source,
            format!("name {ident:?} must be snake_case: lowercase letters, digits and single underscores, starting with a letter"),
        ));
    }
}

fn check_refs(
    refs: &[u32],
    source: &Location,
    tables: &BTreeSet<u32>,
    errors: &mut Vec<SpecError>,
) {
    for r in refs {
        if !tables.contains(r) {
            errors.push(SpecError::at(
                source,
                format!("reference to table {r}, which is not in the spec"),
            ));
        }
    }
}

fn check_value_widths(values: &[EnumValue], fixed: Option<u32>, errors: &mut Vec<SpecError>) {
    // A value of one byte of a longer field (`byte = n`) is one byte wide, within the field.
    for v in values {
        let (Some(byte), Some(bytes)) = (v.byte, v.bytes()) else {
            continue;
        };
        if bytes.len() != 1 || fixed.is_some_and(|len| byte > len) {
            let len = fixed.map_or("variable".to_string(), |n| n.to_string());
            errors.push(SpecError::at(
                &v.source,
                format!(
                    "value {} ({}) of byte {byte} is {} byte(s) wide; a per-byte value is one \
                     byte of the field (length {len})",
                    v.value,
                    v.name,
                    bytes.len()
                ),
            ));
        }
    }
    let Some(len) = fixed else { return };
    for v in values.iter().filter(|v| v.byte.is_none()) {
        if let Some(bytes) = v.bytes() {
            if bytes.len() as u32 != len {
                errors.push(SpecError::at(
                    &v.source,
                    format!(
                        "value {} ({}) is {} byte(s) wide but the length is {len}",
                        v.value,
                        v.name,
                        bytes.len()
                    ),
                ));
            }
        }
    }
}

/// Checks sibling uniqueness, tag/raw consistency, fixed lengths, and recurses.
pub(crate) fn check_fields(fields: &[Field], tables: &BTreeSet<u32>, errors: &mut Vec<SpecError>) {
    let mut tags = HashMap::new();
    let mut names = HashMap::new();
    for f in fields {
        check_ident(&f.name, &f.source, errors);
        if let Some(first) = names.insert(f.name.as_str(), &f.source) {
            errors.push(SpecError::at(
                &f.source,
                format!(
                    "duplicate field name {:?} among siblings (first at {first})",
                    f.name
                ),
            ));
        }
        match (f.tag, f.raw) {
            (Some(_), true) => errors.push(SpecError::at(
                &f.source,
                "a field has either a tag or raw = true, not both",
            )),
            (None, false) => errors.push(SpecError::at(
                &f.source,
                "a field needs a tag (TLV) or raw = true (bytes without TLV)",
            )),
            (Some(tag), false) => {
                if let Some(first) = tags.insert(tag, &f.source) {
                    errors.push(SpecError::at(
                        &f.source,
                        format!("duplicate tag {tag} among siblings (first at {first})"),
                    ));
                }
            }
            (None, true) => {}
        }
        if let Length::Fixed(0) = f.len {
            if !f.fields.is_empty() {
                errors.push(SpecError::at(
                    &f.source,
                    "length 0 but the field has nested fields",
                ));
            }
        }
        let parent_len = f.len.fixed();
        check_value_widths(&f.values, parent_len, errors);
        let raw_children: Vec<&Field> = f.fields.iter().filter(|c| c.raw).collect();
        if let Some(parent_len) = parent_len {
            if !raw_children.is_empty() && raw_children.len() == f.fields.len() {
                let all_fixed = raw_children.iter().all(|c| c.len.fixed().is_some());
                let sum: u32 = raw_children.iter().filter_map(|c| c.len.fixed()).sum();
                if (all_fixed && sum != parent_len) || (!all_fixed && sum > parent_len) {
                    errors.push(SpecError::at(
                        &f.source,
                        format!(
                            "length {parent_len} contradicts the raw bytes nested in it ({} {sum})",
                            if all_fixed {
                                "which add up to"
                            } else {
                                "whose fixed parts already add up to"
                            }
                        ),
                    ));
                }
            }
        }
        check_rust_type(f, errors);
        check_refs(&f.table_refs, &f.source, tables, errors);
        check_fields(&f.fields, tables, errors);
    }
}

/// A number type forced with `rust_type` has the field's fixed width.
fn check_rust_type(f: &Field, errors: &mut Vec<SpecError>) {
    let Some(width) = f.rust_type.and_then(|t| t.width()) else {
        return;
    };
    if f.len.fixed() != Some(width) {
        errors.push(SpecError::at(
            &f.source,
            format!(
                "rust_type {:?} is {width} byte(s) wide but the field's length is {}",
                f.rust_type.unwrap_or(crate::RustType::Bytes),
                f.len
            ),
        ));
    }
}

/// A property: reference tables, identifier, access by group, `oid_hex` matching the dotted
/// OID, `min_len <= max_len`, and value widths.
fn check_property(p: &Property, errors: &mut Vec<SpecError>) {
    check_reference_tables(&p.reference_tables, errors);
    check_ident(&p.ident, &p.source, errors);
    let expected_access = if p.oid.group() == 1 {
        Access::ReadWrite
    } else {
        Access::ReadOnly
    };
    if p.access != expected_access {
        errors.push(SpecError::at(
            &p.source,
            format!(
                "property {}: group {} properties are {:?}",
                p.oid,
                p.oid.group(),
                expected_access
            ),
        ));
    }
    match crate::values::parse_hex(&p.oid_hex) {
        Ok(bytes) => {
            let comps: Vec<u32> = bytes.iter().map(|b| u32::from(*b)).collect();
            if comps != p.oid.components() {
                errors.push(SpecError::at(
                    &p.source,
                    format!(
                        "property {}: oid_hex {} does not match the dotted OID",
                        p.oid, p.oid_hex
                    ),
                ));
            }
        }
        Err(e) => errors.push(SpecError::at(
            &p.source,
            format!("property {}: oid_hex: {e}", p.oid),
        )),
    }
    if let (Some(lo), Some(hi)) = (p.min_len, p.max_len) {
        if lo > hi {
            errors.push(SpecError::at(
                &p.source,
                format!("property {}: min_len {lo} > max_len {hi}", p.oid),
            ));
        }
    }
    check_value_widths(
        &p.values,
        p.max_len.filter(|_| p.min_len == p.max_len),
        errors,
    );
}

/// The data type checks of [`crate::Spec::validate`]: unique layout idents, references by name that
/// resolve (`decrypts_to`, `layout`, detail codes' `layout`), length prefixes that are 1 to 4 raw
/// bytes followed by the field they count, example values that are hex.
pub(crate) fn check_data_types(
    spec: &crate::Spec,
    tables: &std::collections::BTreeSet<u32>,
    errors: &mut Vec<crate::SpecError>,
) {
    use crate::SpecError;
    let mut seen: std::collections::HashMap<&str, &Location> = std::collections::HashMap::new();
    for section in &spec.data_types {
        check_ident(&section.ident, &section.source, errors);
        check_reference_tables(&section.reference_tables, errors);
        for layout in &section.layouts {
            check_ident(&layout.ident, &layout.source, errors);
            if let Some(first) = seen.insert(&layout.ident, &layout.source) {
                errors.push(SpecError::at(
                    &layout.source,
                    format!(
                        "duplicate data type layout {:?} (first at {first})",
                        layout.ident
                    ),
                ));
            }
            check_fields(&layout.fields, tables, errors);
            check_layout_fields(spec, &layout.fields, errors);
        }
    }
    let mut command_fields = Vec::new();
    for c in &spec.commands {
        for t in c.request.iter().chain(&c.response).chain(&c.tables) {
            command_fields.push(&t.fields);
        }
    }
    for n in &spec.notifications {
        for t in &n.payloads {
            command_fields.push(&t.fields);
        }
        for code in n.detail_tables.iter().flat_map(|t| &t.codes) {
            if let Some(name) = &code.layout {
                check_name(spec, name, "layout", &code.source, errors);
            }
        }
    }
    for fields in command_fields {
        check_layout_fields(spec, fields, errors);
    }
}

fn check_name(
    spec: &crate::Spec,
    name: &str,
    key: &str,
    at: &Location,
    errors: &mut Vec<crate::SpecError>,
) {
    if spec.layout(name).is_none() {
        errors.push(crate::SpecError::at(
            at,
            format!("{key} = {name:?} names no data type layout (see spec/data_types/)"),
        ));
    }
}

fn check_layout_fields(spec: &crate::Spec, fields: &[Field], errors: &mut Vec<crate::SpecError>) {
    for (i, f) in fields.iter().enumerate() {
        if let Some(name) = &f.decrypts_to {
            check_name(spec, name, "decrypts_to", &f.source, errors);
        }
        if let Some(name) = &f.layout {
            check_name(spec, name, "layout", &f.source, errors);
        }
        if f.length_prefix {
            let width = f.len.fixed().filter(|n| (1..=4).contains(n));
            if !f.raw || width.is_none() {
                errors.push(crate::SpecError::at(
                    &f.source,
                    format!(
                        "{}: a length prefix must be raw bytes of a fixed length from 1 to 4",
                        f.name
                    ),
                ));
            }
            if i + 1 == fields.len() {
                errors.push(crate::SpecError::at(
                    &f.source,
                    format!(
                        "{}: a length prefix must be followed by the field it counts",
                        f.name
                    ),
                ));
            }
        }
        if let Some(example) = &f.example {
            if let Err(e) = crate::values::parse_hex(example) {
                errors.push(crate::SpecError::at(
                    &f.source,
                    format!("{}: example {example:?} is not hex: {e}", f.name),
                ));
            }
        }
        check_layout_fields(spec, &f.fields, errors);
    }
}

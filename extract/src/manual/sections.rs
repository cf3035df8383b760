//! The single-purpose tables: property, status code, notification detail code and file type tables.

use super::*;

impl Walker {
    pub(super) fn property_table(&mut self, t: &RawTable, number: Option<u32>) {
        let Context::Property { index, .. } = self.context else {
            self.report.uninterpreted_tables.push(TableIssue {
                line: t.line,
                table: number,
                title: String::new(),
                reason: "property table outside a property section".into(),
            });
            return;
        };
        let prop = &mut self.spec.properties[index];
        if prop.table.is_some() {
            self.report.uninterpreted_tables.push(TableIssue {
                line: t.line,
                table: number,
                title: String::new(),
                reason: format!("second property table in the section of {}", prop.oid),
            });
            return;
        }
        self.report.tables_interpreted += 1;
        prop.table = number;
        prop.source = manual_location(t.line);
        let mut rows: Vec<(String, String)> = Vec::new();
        // The header row is "Property Description | (empty)"; some tables put the OID row in the header.
        if t.header.len() >= 2 && !t.header[1].trim().is_empty() {
            rows.push((t.header[0].clone(), t.header[1].clone()));
        }
        for r in &t.rows {
            if r.len() >= 2 {
                rows.push((r[0].clone(), r[1..].join(" ").trim().to_string()));
            }
        }
        for (key, value) in rows {
            let key = key.to_ascii_lowercase();
            let value = value.trim().to_string();
            let number_of = |v: &str| {
                v.split_whitespace()
                    .next()
                    .and_then(|w| w.parse::<u32>().ok())
            };
            match key.as_str() {
                "property oid" => {
                    let mut parts = value.splitn(2, '/');
                    let dotted = parts.next().unwrap_or("").trim();
                    let hex = parts
                        .next()
                        .unwrap_or("")
                        .trim()
                        .trim_start_matches("0x")
                        .to_string();
                    let hex_ok = crate::checks::oid_hex_matches(&hex, dotted);
                    if !hex_ok {
                        self.report.notes.push(format!(
                            "line {}: property {dotted}: the manual's OID bytes 0x{hex} do not match the dotted OID",
                            t.line
                        ));
                    }
                    match dotted.parse::<Oid>() {
                        Ok(oid) if oid != prop.oid => {
                            self.report.notes.push(format!(
                                "line {}: property heading says {} but its table (Table {}) says {}; the table is used",
                                t.line,
                                prop.oid,
                                number.unwrap_or(0),
                                oid
                            ));
                            prop.oid = oid;
                            prop.access = if prop.oid.group() == 1 {
                                Access::ReadWrite
                            } else {
                                Access::ReadOnly
                            };
                        }
                        Ok(_) => {}
                        Err(e) => self
                            .report
                            .notes
                            .push(format!("line {}: property OID row: {e}", t.line)),
                    }
                    if !hex.is_empty() {
                        prop.oid_hex = hex.to_ascii_uppercase();
                    }
                }
                "name" => {
                    let (name, limits, internal) = split_tags(&value);
                    if !name.is_empty() {
                        prop.name = name.trim_end_matches('.').to_string();
                        prop.ident = snake(&prop.name);
                    }
                    for l in limits {
                        if !prop.limits.contains(&l) {
                            prop.limits.push(l);
                        }
                    }
                    if internal != Internal::No && prop.internal == Internal::No {
                        prop.internal = internal;
                    }
                }
                "securing key" => prop.securing_key = non_empty(first_sentence(&value, 40)),
                k if k.starts_with("min. len") || k.starts_with("min len") => {
                    prop.min_len = number_of(&value)
                }
                k if k.starts_with("max. len") || k.starts_with("max len") => {
                    prop.max_len = number_of(&value)
                }
                "data type" => prop.data_type = non_empty(first_sentence(&value, 40)),
                "valid values" => {
                    prop.values = enum_values(&value);
                    if let (Some(lo), Some(hi)) = (prop.min_len, prop.max_len) {
                        let before = prop.values.len();
                        prop.values.retain(|v| {
                            lo != hi
                                || v.byte.is_some()
                                || v.bytes().is_none_or(|b| b.len() as u32 == hi)
                        });
                        if prop.values.len() != before {
                            self.report.row_problems.push(TableIssue {
                                line: t.line,
                                table: number,
                                title: format!("Property {}", prop.oid),
                                reason: format!(
                                    "{} valid value(s) are not {hi} byte(s) wide; left out",
                                    before - prop.values.len()
                                ),
                            });
                        }
                    }
                    prop.bits = bit_fields(&value);
                    if prop.values.is_empty() && prop.bits.is_empty() && value.chars().count() <= 60
                    {
                        prop.valid = non_empty(value.trim_end_matches('.').to_string());
                    }
                }
                // Whole: a default cut short is a different value (a tag list cut mid-tag).
                "default" => prop.default = non_empty(first_sentence(&value, usize::MAX)),
                "description" if prop.bits.is_empty() => prop.bits = bit_fields(&value),
                _ => {}
            }
        }
    }

    pub(super) fn status_table(&mut self, t: &RawTable, number: Option<u32>) {
        static GROUP: OnceLock<Regex> = OnceLock::new();
        static SUB: OnceLock<Regex> = OnceLock::new();
        let group_re = re(&GROUP, r"(?:The\s+)?(.+?)\s+group\s+0x([0-9A-Fa-f]{2})");
        let sub_re = re(&SUB, r"Subgroup 0x([0-9A-Fa-f]{2})\s*=\s*");
        self.report.tables_interpreted += 1;
        self.spec.status.table = number.unwrap_or(0);
        for r in &t.rows {
            let cells: Vec<&str> = r.iter().map(|c| c.trim()).collect();
            let is_group_row = cells.len() >= 2 && cells[1..].iter().all(|c| c.is_empty());
            if is_group_row {
                let (text, _, internal) = split_tags(cells[0]);
                let Some(g) = group_re.captures(&text) else {
                    self.report.row_problems.push(TableIssue {
                        line: t.line,
                        table: number,
                        title: "Operation Status Detail Codes".into(),
                        reason: format!(
                            "group row without \"group 0x..\": {}",
                            first_sentence(cells[0], 60)
                        ),
                    });
                    continue;
                };
                let name = g[1].trim_start_matches("The ").to_string();
                let subs: Vec<_> = sub_re.captures_iter(&text).collect();
                let mut subgroups = Vec::new();
                for (i, s) in subs.iter().enumerate() {
                    let start = s.get(0).expect("group 0").end();
                    let end = subs
                        .get(i + 1)
                        .map_or(text.len(), |n| n.get(0).expect("group 0").start());
                    let label = first_sentence(text[start..end].trim(), 80);
                    let label = label
                        .split(" (e.g")
                        .next()
                        .unwrap_or(&label)
                        .trim()
                        .to_string();
                    subgroups.push(EnumValue {
                        value: s[1].to_ascii_uppercase(),
                        name: label,
                        byte: None,
                        source: Location::default(),
                    });
                }
                self.spec.status.groups.push(StatusGroup {
                    group: g[2].to_ascii_uppercase(),
                    name,
                    subgroups,
                    internal,
                    source: Location::default(),
                });
            } else if cells.len() >= 5 {
                let hex2 = |s: &str| s.len() == 2 && s.chars().all(|c| c.is_ascii_hexdigit());
                if !(hex2(cells[1]) && hex2(cells[2]) && hex2(cells[3])) {
                    self.report.row_problems.push(TableIssue {
                        line: t.line,
                        table: number,
                        title: "Operation Status Detail Codes".into(),
                        reason: format!("row with non-hex code: {}", cells[..4].join(" | ")),
                    });
                    continue;
                }
                self.spec.status.codes.push(StatusCode {
                    group: cells[1].to_ascii_uppercase(),
                    subgroup: cells[2].to_ascii_uppercase(),
                    code: cells[3].to_ascii_uppercase(),
                    origin: cells[0].to_string(),
                    label: first_sentence(cells[4], 80),
                    source: Location::default(),
                });
            }
        }
    }

    pub(super) fn detail_table(
        &mut self,
        t: &RawTable,
        number: Option<u32>,
        numbered: Option<String>,
        title: &str,
    ) {
        let Context::Notification { index, .. } = self.context else {
            let reason = format!(
                "detail code table outside a notification section; {}",
                self.skip_reason()
            );
            self.report.skipped_tables.push(TableIssue {
                line: t.line,
                table: number,
                title: title.to_string(),
                reason,
            });
            return;
        };
        self.report.tables_interpreted += 1;
        let mut table = DetailTable {
            table: number.unwrap_or(0),
            numbered,
            title: title.to_string(),
            columns: t.header[..4].iter().map(|h| h.trim().to_string()).collect(),
            groups: Vec::new(),
            codes: Vec::new(),
        };
        for r in &t.rows {
            let cells: Vec<&str> = r.iter().map(|c| c.trim()).collect();
            if cells.len() < 5 {
                continue;
            }
            if cells.iter().all(|c| c.is_empty()) {
                continue;
            }
            if cells[1..].iter().all(|c| c.is_empty()) {
                static GROUP: OnceLock<Regex> = OnceLock::new();
                let group = re(&GROUP, r"^(.*?)\s*0x([0-9A-Fa-f]{2})\s+(.+?)\s+contains\b");
                let (text, limits, _) = split_tags(cells[0]);
                let (value, label) = match group.captures(&text) {
                    Some(g) => (
                        Some(g[2].to_ascii_uppercase()),
                        normalize_space(&format!(
                            "{} 0x{} {}",
                            &g[1],
                            g[2].to_ascii_uppercase(),
                            &g[3]
                        )),
                    ),
                    None => (None, short_label(&text, 12)),
                };
                table.groups.push(DetailGroup {
                    value,
                    label,
                    values: enum_values(&text),
                    limits,
                    source: Location::default(),
                });
                continue;
            }
            let code: Vec<String> = cells[..4]
                .iter()
                .map(|c| c.trim_start_matches("0x").to_ascii_uppercase())
                .collect();
            if !code
                .iter()
                .all(|c| c.len() == 2 && c.chars().all(|d| d.is_ascii_hexdigit()))
            {
                self.report.row_problems.push(TableIssue {
                    line: t.line,
                    table: number,
                    title: title.to_string(),
                    reason: format!("row with non-hex code: {}", cells[..4].join(" | ")),
                });
                continue;
            }
            let (text, limits, internal) = split_tags(cells[4]);
            table.codes.push(DetailCode {
                code: code.concat(),
                label: short_label(&text, 20),
                limits,
                internal,
                table_refs: table_refs(cells[4]),
                layout: None,
                source: Location::default(),
            });
        }
        self.spec.notifications[index].detail_tables.push(table);
    }

    pub(super) fn file_type_table(&mut self, t: &RawTable, number: Option<u32>) {
        static SECURED: OnceLock<Regex> = OnceLock::new();
        let secured = re(&SECURED, r"Get:\s*(\S+)\s*Set:\s*(\S+)");
        self.report.tables_interpreted += 1;
        self.spec.file_types.table = number.unwrap_or(0);
        for r in &t.rows {
            let cells: Vec<&str> = r.iter().map(|c| c.trim()).collect();
            if cells.len() < 6 {
                continue;
            }
            let bytes: Vec<String> = cells[2..6]
                .iter()
                .map(|c| c.trim_start_matches("0x").to_ascii_uppercase())
                .collect();
            if !bytes
                .iter()
                .all(|c| c.len() == 2 && c.chars().all(|d| d.is_ascii_hexdigit()))
            {
                self.report.row_problems.push(TableIssue {
                    line: t.line,
                    table: number,
                    title: "File Types".into(),
                    reason: format!("row with non-hex file type: {}", cells[2..6].join(" | ")),
                });
                continue;
            }
            let (text, limits, _) = split_tags(cells[0]);
            let label = cell_label(&text, 80);
            let label = label
                .split(" See ")
                .next()
                .unwrap_or(&label)
                .trim()
                .to_string();
            let (get, set) = secured
                .captures(cells[1])
                .map_or((cells[1].to_string(), cells[1].to_string()), |c| {
                    (c[1].to_string(), c[2].to_string())
                });
            self.spec.file_types.file_types.push(FileType {
                id: bytes.concat(),
                label,
                get,
                set,
                limits,
                source: Location::default(),
            });
        }
    }
}

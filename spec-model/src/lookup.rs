//! One fuzzy name lookup for everything a user names on a command line or in
//! hand-written JSON: commands, notifications, properties, fields, file types.
//!
//! A name matches in tiers, and the first tier with any match decides:
//! 1. a key equal to the text, ignoring ASCII case (`get_property`, `Echo`);
//! 2. a key equal to it after dropping everything but letters and digits
//!    (`getproperty`, `Get-Property`);
//! 3. keys that start with it, so loosened;
//! 4. keys that contain it, so loosened (`echo` finds "Echo").
//!
//! One match in the deciding tier is the answer; several are ambiguous and
//! reported with the candidates, so a tool can say which to choose.
//!
//! ```
//! let spec = mms_spec::Spec::builtin();
//! let echo = spec.lookup_command("echo").unwrap();
//! assert_eq!(echo.id.0, 0xDF01);
//! assert!(spec.lookup_command("no such command").is_err());
//! ```

use crate::{Command, Field, FileType, Notification, Property, Spec};

/// Why a lookup found no single item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupError<'a, T> {
    /// Nothing matches (or the text has no letters or digits).
    NotFound,
    /// Several items match equally well, in spec order.
    Ambiguous(Vec<&'a T>),
}

/// Lowercase ASCII letters and digits only: `"Get Property (Unsecured)"` →
/// `"getpropertyunsecured"`.
pub fn loose(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Finds the one item of `items` that `text` names, trying every key that
/// `keys` gives for an item (name, identifier, label ...), in the tiers of the
/// [module docs](self).
pub fn lookup<'a, T, K>(
    items: &'a [T],
    text: &str,
    keys: impl Fn(&'a T) -> K,
) -> Result<&'a T, LookupError<'a, T>>
where
    K: IntoIterator<Item = &'a str>,
{
    let want = loose(text);
    let text = text.trim();
    let tiers: [&dyn Fn(&str) -> bool; 4] = [
        &|key| key.eq_ignore_ascii_case(text),
        &|key| !want.is_empty() && loose(key) == want,
        &|key| !want.is_empty() && loose(key).starts_with(&want),
        &|key| !want.is_empty() && loose(key).contains(&want),
    ];
    for tier in tiers {
        let found: Vec<&'a T> = items
            .iter()
            .filter(|item| keys(item).into_iter().any(tier))
            .collect();
        match found.len() {
            0 => continue,
            1 => return Ok(found[0]),
            _ => return Err(LookupError::Ambiguous(found)),
        }
    }
    Err(LookupError::NotFound)
}

/// The row of `fields` that `text` names: by field name, label or tag (hex).
/// Rows without a tag (raw bytes) are not named.
pub fn lookup_field<'a>(
    fields: &'a [Field],
    text: &str,
) -> Result<&'a Field, LookupError<'a, Field>> {
    let tags: Vec<Option<String>> = fields
        .iter()
        .map(|f| f.tag.map(|t| t.to_string()))
        .collect();
    let index = |f: &Field| fields.iter().position(|g| std::ptr::eq(f, g)).unwrap_or(0);
    // A tag is matched exactly (`81` must not find `9F81`), before any name.
    let hex = text
        .trim()
        .trim_start_matches("0x")
        .trim_start_matches("0X");
    if let Some(i) = tags
        .iter()
        .position(|t| t.as_deref().is_some_and(|t| t.eq_ignore_ascii_case(hex)))
    {
        return Ok(&fields[i]);
    }
    let named: Vec<&Field> = fields.iter().filter(|f| f.tag.is_some()).collect();
    let found = lookup(&named, text, |f| [f.name.as_str(), f.label.as_str()]);
    match found {
        Ok(f) => Ok(&fields[index(f)]),
        Err(LookupError::NotFound) => Err(LookupError::NotFound),
        Err(LookupError::Ambiguous(many)) => Err(LookupError::Ambiguous(
            many.into_iter().map(|f| &fields[index(f)]).collect(),
        )),
    }
}

impl Spec {
    /// The command named by `text`: identifier (`get_property`) or name, exact or in part.
    /// IDs are not names: parse `D101` yourself and use [`Spec::command`].
    pub fn lookup_command(&self, text: &str) -> Result<&Command, LookupError<'_, Command>> {
        lookup(&self.commands, text, |c| {
            [c.ident.as_str(), c.name.as_str()]
        })
    }

    /// The notification named by `text`, like [`Spec::lookup_command`].
    pub fn lookup_notification(
        &self,
        text: &str,
    ) -> Result<&Notification, LookupError<'_, Notification>> {
        lookup(&self.notifications, text, |n| {
            [n.ident.as_str(), n.name.as_str()]
        })
    }

    /// The property named by `text`: identifier or name, exact or in part.
    pub fn lookup_property(&self, text: &str) -> Result<&Property, LookupError<'_, Property>> {
        lookup(&self.properties, text, |p| {
            [p.ident.as_str(), p.name.as_str()]
        })
    }

    /// The file type whose label `text` names, exact or in part.
    pub fn lookup_file_type(&self, text: &str) -> Result<&FileType, LookupError<'_, FileType>> {
        lookup(&self.file_types.file_types, text, |f| [f.label.as_str()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_decide_in_order() {
        let items = ["Echo", "Echo Extended", "Get Property", "Set Property"];
        let find = |t: &str| lookup(&items, t, |s| [*s]);
        assert_eq!(find("echo"), Ok(&"Echo"), "exact beats prefix");
        assert_eq!(find("echoext"), Ok(&"Echo Extended"));
        assert_eq!(find("get"), Ok(&"Get Property"));
        assert_eq!(
            find("property"),
            Err(LookupError::Ambiguous(vec![&items[2], &items[3]]))
        );
        assert_eq!(find("zzz"), Err(LookupError::NotFound));
        assert_eq!(find("--"), Err(LookupError::NotFound));
    }

    #[test]
    fn spec_names_resolve() {
        let spec = Spec::builtin();
        assert_eq!(spec.lookup_command("get_property").unwrap().id.0, 0xD101);
        assert_eq!(spec.lookup_command("Echo").unwrap().id.0, 0xDF01);
        assert!(matches!(
            spec.lookup_command("property"),
            Err(LookupError::Ambiguous(_))
        ));
        assert!(spec.lookup_property("device model name").is_ok());
        assert!(spec.lookup_file_type("zzzz").is_err());
    }

    #[test]
    fn fields_by_tag_name_or_label() {
        let spec = Spec::builtin();
        let table = spec
            .command_tables(0xD812)
            .and_then(|c| c.request.as_ref())
            .unwrap();
        let props = lookup_field(&table.fields, "A2").unwrap();
        assert_eq!(
            lookup_field(&props.fields, "83").unwrap().name,
            "hash_checksum"
        );
        assert_eq!(
            lookup_field(&props.fields, "hash_checksum").unwrap().name,
            "hash_checksum"
        );
        assert_eq!(
            lookup_field(&props.fields, "Hash Checksum Type")
                .unwrap()
                .name,
            "hash_checksum_type"
        );
        assert!(lookup_field(&props.fields, "nothing like it").is_err());
    }
}

//! `mms props`: Get Property (0xD101) and Set Property (0xD111) with the
//! manual's OID encoding (Tables 185 and 193): tag 85 holds the first OID
//! number, 87 the middle numbers (base-128 like X.690 OID subidentifiers),
//! and 89 a private-class TLV whose tag number is the last OID number.

use anyhow::{anyhow, bail, Result};
use mms_protocol::property::{property_request_tlvs, OidForm};
use mms_spec::{Access, Oid, Property, Spec};
use serde_json::Value;

use mms_dissect::property::{
    is_text_property, oid_text, property_json as value_json, property_line as value_line,
};
use mms_dissect::values::hex;
use mms_spec::lookup::{loose, LookupError};

use crate::connect::{self, TransportArgs};

/// Every property value in a Get/Set Property response body, with its OID.
pub fn response_values(body: &[u8]) -> Result<Vec<mms_dissect::property::PropertyValue>> {
    mms_dissect::property::property_values(body)
        .map_err(|e| anyhow!("malformed property response: {e}"))
}

pub use mms_protocol::property::{GET_PROPERTY, SET_PROPERTY};

/// Arguments of `mms props`.
#[derive(clap::Args, Debug)]
pub struct PropsArgs {
    #[command(subcommand)]
    action: PropsAction,
}

#[derive(clap::Subcommand, Debug)]
enum PropsAction {
    /// Read properties (or whole OID branches) from the device.
    Get {
        /// OIDs (`1.2.7.1.1.1`, hex components) or property names.
        #[arg(required = true, value_name = "OID|NAME")]
        properties: Vec<String>,
        /// Print JSON lines (`{"oid", "name", "hex", ...}`).
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        transport: TransportArgs,
    },
    /// Write one property: the value is hex for binary properties (or a value
    /// name from the spec), text for string properties.
    Set {
        /// OID or property name.
        #[arg(value_name = "OID|NAME")]
        property: String,
        /// The new value.
        value: String,
        #[command(flatten)]
        transport: TransportArgs,
    },
    /// List the properties in the spec (optionally only those whose name contains FILTER).
    List {
        /// Part of a name or OID.
        filter: Option<String>,
    },
}

/// An OID from its dotted form (hex components, read by the spec model's [`Oid`]), with
/// a clear error; the first component must be a property type.
pub fn parse_oid(text: &str) -> Result<Oid> {
    let oid: Oid = text
        .parse()
        .map_err(|e| anyhow!("bad {e} (OIDs look like 1.2.7.1.1.1)"))?;
    if !matches!(oid.components()[0], 1 | 2) {
        bail!(
            "bad OID {text:?}: the first component is the property type, 1 (settings) or 2 (information)"
        );
    }
    Ok(oid)
}

/// The OID and spec entry a user means: an OID, or a property name (exact, or a unique part).
pub fn resolve<'s>(spec: &'s Spec, text: &str) -> Result<(Vec<u32>, Option<&'s Property>)> {
    let numeric =
        !text.is_empty() && text.len() <= 4 && text.chars().all(|c| c.is_ascii_hexdigit());
    if text.contains('.') || (numeric && text.chars().all(|c| c.is_ascii_digit())) {
        let oid = parse_oid(text)?;
        let property = spec.property_by_oid_components(oid.components());
        return Ok((oid.components().to_vec(), property));
    }
    spec.lookup_property(text)
        .map(|p| (p.oid.components().to_vec(), Some(p)))
        .map_err(|e| match e {
            LookupError::NotFound => anyhow!("unknown property {text:?}: not an OID and no property has that name (`mms props list` shows them)"),
            LookupError::Ambiguous(many) => {
                let names: Vec<String> = many
                    .iter()
                    .take(6)
                    .map(|p| format!("{} {}", p.oid, p.name))
                    .collect();
                anyhow!(
                    "property {text:?} is ambiguous: {}{}; use the OID",
                    names.join(", "),
                    if many.len() > 6 { ", ..." } else { "" }
                )
            }
        })
}

/// The request body (after the command ID) of Get Property (`value = None`)
/// or Set Property for `oid`, in the simple form (`85`, `87`, `89`).
pub fn request_body(oid: &[u32], value: Option<&[u8]>) -> Result<Vec<u8>> {
    Ok(property_request_tlvs(oid, OidForm::SIMPLE, value)?)
}

/// Parses a value for `property` per its type and checks its length.
pub fn parse_value(p: Option<&Property>, text: &str) -> Result<Vec<u8>> {
    let Some(p) = p else {
        return crate::input::parse_hex(text)
            .map_err(|e| anyhow!("value: {e} (a property not in the spec takes hex)"));
    };
    let bytes = if is_text_property(p) {
        text.as_bytes().to_vec()
    } else if let Some(b) = p
        .values
        .iter()
        .find(|v| v.name.eq_ignore_ascii_case(text))
        .and_then(|v| v.bytes())
    {
        b
    } else {
        crate::input::parse_hex(text).map_err(|e| {
            anyhow!(
                "value for {} ({}, binary): {e}; give hex such as 01",
                p.name,
                p.oid
            )
        })?
    };
    let (min, max) = (
        p.min_len.unwrap_or(0) as usize,
        p.max_len.map(|m| m as usize),
    );
    if bytes.len() < min || max.is_some_and(|m| bytes.len() > m) {
        let range = match max {
            Some(m) if m == min => format!("{m}"),
            Some(m) => format!("{min} to {m}"),
            None => format!("at least {min}"),
        };
        bail!(
            "wrong length for {} ({}): {} bytes given, it takes {range}",
            p.name,
            p.oid,
            bytes.len()
        );
    }
    Ok(bytes)
}

/// Runs `mms props`.
pub fn run(args: &PropsArgs, spec: &Spec) -> Result<()> {
    match &args.action {
        PropsAction::List { filter } => {
            let want = filter.as_deref().map(loose).unwrap_or_default();
            for p in &spec.properties {
                if loose(&p.name).contains(&want)
                    || p.oid.as_str().contains(filter.as_deref().unwrap_or(""))
                {
                    let access = match p.access {
                        Access::ReadWrite => "rw",
                        Access::ReadOnly => "ro",
                    };
                    println!("{:<16} {access} {}", p.oid, p.name);
                }
            }
            Ok(())
        }
        PropsAction::Get {
            properties,
            json,
            transport,
        } => {
            let wanted = properties
                .iter()
                .map(|t| resolve(spec, t))
                .collect::<Result<Vec<_>>>()?;
            let conn = connect::connect(transport, spec, None)?;
            for (oid, _) in wanted {
                let body = request_body(&oid, None)?;
                let reply = conn
                    .client
                    .call_raw(GET_PROPERTY, &body)
                    .map_err(connect::call_error)?;
                check_status(&reply, spec, &oid, "get")?;
                let values = response_values(reply.payload_body().unwrap_or_default())?;
                for (oid, value) in values {
                    let v = value_json(&oid, &value, spec);
                    if *json {
                        println!("{v}");
                    } else {
                        println!("{}", value_line(&v));
                    }
                }
            }
            Ok(())
        }
        PropsAction::Set {
            property,
            value,
            transport,
        } => {
            let (oid, p) = resolve(spec, property)?;
            if p.is_some_and(|p| p.access == Access::ReadOnly) || oid[0] == 2 {
                bail!(
                    "property {} is read-only (device information); only `mms props get` works on it",
                    oid_text(&oid)
                );
            }
            let bytes = parse_value(p, value)?;
            let body = request_body(&oid, Some(&bytes))?;
            let conn = connect::connect(transport, spec, None)?;
            let reply = conn
                .client
                .call_raw(SET_PROPERTY, &body)
                .map_err(connect::call_error)?;
            check_status(&reply, spec, &oid, "set")?;
            println!("set {}", value_line(&value_json(&oid, &bytes, spec)));
            Ok(())
        }
    }
}

fn check_status(
    reply: &mms_runtime::RawResponse,
    spec: &Spec,
    oid: &[u32],
    what: &str,
) -> Result<()> {
    let status = reply
        .status
        .ok_or_else(|| anyhow!("the response has no status"))?;
    if status[0] < 0x80 {
        return Ok(());
    }
    let described = mms_dissect::tables::describe_status(spec, &status);
    let meaning: Vec<&str> = ["summary", "detail"]
        .iter()
        .filter_map(|k| described.get(*k).and_then(Value::as_str))
        .collect();
    bail!(
        "the device refused to {what} {}: status {}{}{}",
        oid_text(oid),
        hex(&status),
        if meaning.is_empty() { "" } else { " " },
        if meaning.is_empty() {
            String::new()
        } else {
            format!("({})", meaning.join(": "))
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_request_matches_the_manual() {
        // Manual Table 187 (Get Property example payload, after D1 01).
        let body = request_body(&[1, 2, 7, 1, 1, 1], None).unwrap();
        assert_eq!(hex(&body), "8501018704020701018902C100");
        let set = request_body(&[1, 2, 7, 1, 1, 1], Some(&[0x01])).unwrap();
        assert_eq!(hex(&set), "8501018704020701018903C10101");
    }

    #[test]
    fn bad_oids_are_refused() {
        assert!(parse_oid("1.x.3").is_err());
        assert!(parse_oid("1").is_err());
        assert!(parse_oid("3.1").is_err());
        assert_eq!(
            parse_oid("1.1.1.1.1.1A").unwrap().components(),
            [1, 1, 1, 1, 1, 0x1A]
        );
    }

    #[test]
    fn large_components_use_multi_byte_tags() {
        let body = request_body(&[1, 0x200], Some(&[7])).unwrap();
        assert_eq!(response_values(&body).unwrap(), [(vec![1, 0x200], vec![7])]);
        assert!(request_body(&[1, 0x4000], None).is_err());
    }
}

//! Bit sets: a value whose bits the spec names one by one, as an `mms_message::bit_set!`
//! invocation (a newtype over its integer with the manual's names, which displays every set
//! bit by name), laid out as written by hand.

use mms_spec::bits::{bit_masks, BitMask};
use mms_spec::{BitField, Field, Length};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::docs::{doc, hex_text};
use crate::names::{shouty, Scope};
use crate::tokens::hex_lit;

/// The width and named (not reserved) masks of a bit table for a value of `len` bytes: 1 to 8
/// bytes (the widest integer), a table that fits and names at least one bit.
pub fn bit_set_masks(bits: &[BitField], len: u32) -> Option<(u32, Vec<BitMask<'_>>)> {
    if !(1..=8).contains(&len) {
        return None;
    }
    let masks: Vec<BitMask> = bit_masks(bits, len)?
        .into_iter()
        .filter(|m| !m.reserved)
        .collect();
    (!masks.is_empty()).then_some((len, masks))
}

/// The widths in bytes a bit set's value may take: one (`min == max`), or a range whose shorter
/// values are the widest one with its last bytes cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Width {
    /// Fewest bytes.
    pub min: u32,
    /// Most bytes: the masks are of a value this wide.
    pub max: u32,
}

impl Width {
    /// Exactly `len` bytes.
    pub fn fixed(len: u32) -> Width {
        Width { min: len, max: len }
    }
}

/// The width and masks of a field that gets a bit set: no type forced by the spec, no nested
/// rows, and a fixed width, or a bounded one (`one_of = [1, 2]`) whose bits all name their
/// byte (so a shorter value is the first bytes of the widest).
pub fn bit_set_candidate(field: &Field) -> Option<(Width, Vec<BitMask<'_>>)> {
    if field.rust_type.is_some() || !field.fields.is_empty() {
        return None;
    }
    let width = match &field.len {
        Length::Fixed(n) => Width::fixed(*n),
        Length::Bounded(b) if b.text.is_none() => {
            let min = b.min.or_else(|| b.one_of.iter().copied().min())?;
            let max = field.len.max()?;
            let by_byte = field.bits.iter().all(|b| b.byte.is_some());
            if min == 0 || min >= max || !by_byte {
                return None;
            }
            Width { min, max }
        }
        _ => return None,
    };
    let (_, masks) = bit_set_masks(&field.bits, width.max)?;
    Some((width, masks))
}

/// The bit-set type `name` for values of `width`: an `mms_message::bit_set!` invocation with
/// a documented constant per named bit (or bit range) and its manual name. A width that is no
/// integer's (3, 5 to 7 bytes) is given after the next wider integer, and so is a range.
pub fn bit_set(name: &str, doc_text: &str, width: Width, masks: &[BitMask]) -> TokenStream {
    let id = format_ident!("{}", name);
    let len = width.max;
    let (repr, size) = match len {
        1 => (quote!(u8), 1),
        2 => (quote!(u16), 2),
        3 | 4 => (quote!(u32), 4),
        _ => (quote!(u64), 8),
    };
    let width = if width.min != width.max {
        let (min, max) = (
            Literal::u32_unsuffixed(width.min),
            Literal::u32_unsuffixed(width.max),
        );
        Some(quote!(, #min ..= #max bytes))
    } else {
        (len != size).then(|| {
            let len = Literal::u32_unsuffixed(len);
            quote!(, #len bytes)
        })
    };
    let digits = len as usize * 2;
    let mut consts = Scope::with(&["FLAGS"]);
    let flags = masks.iter().map(|m| {
        let c = format_ident!("{}", consts.unique(&shouty(m.name, "BIT")));
        // At most 8 bytes wide (see `bit_set_masks`).
        let mask = m.mask as u64;
        let lit = hex_lit(mask, digits);
        let what = if mask.count_ones() == 1 {
            "bit"
        } else {
            "bits"
        };
        let d = doc(&format!(
            "`{}` ({what}): {}.",
            hex_text(mask, digits),
            m.name
        ));
        let label = Literal::string(m.name);
        quote! { #d const #c = #lit, #label; }
    });
    let d = doc(doc_text);
    quote! {
        mms_message::bit_set! {
            #d
            pub struct #id(#repr #width) {
                #(#flags)*
            }
        }
    }
}

/// `text` (a module printed by prettyplease, which prints macro bodies as one run of tokens)
/// with each `bit_set!` invocation of `file` laid out as written by hand: one line per
/// constant, docs as `///` comments.
pub fn lay_out_invocations(file: &syn::File, text: String) -> String {
    let mut laid_out = Vec::new();
    collect_invocations(&file.items, &mut laid_out);
    if laid_out.is_empty() {
        return text;
    }
    let mut laid_out = laid_out.into_iter();
    let mut out = String::with_capacity(text.len());
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let indent = &line[..line.len() - line.trim_start().len()];
        match line.trim_start() {
            "mms_message::bit_set! {" => {
                let closing = format!("{indent}}}");
                lines.by_ref().take_while(|l| *l != closing).for_each(drop);
                let body = laid_out.next().expect("one layout per invocation");
                for l in body.lines() {
                    if l.is_empty() {
                        out.push('\n');
                    } else {
                        out.push_str(&format!("{indent}{l}\n"));
                    }
                }
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The layouts of the `bit_set!` invocations in `items` and their modules, in order.
fn collect_invocations(items: &[syn::Item], out: &mut Vec<String>) {
    for item in items {
        match item {
            syn::Item::Macro(m)
                if m.mac
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "bit_set") =>
            {
                let invocation: Invocation = m
                    .mac
                    .parse_body()
                    .expect("the generator writes bit_set! invocations it can read");
                out.push(invocation.to_string());
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_invocations(items, out);
                }
            }
            _ => {}
        }
    }
}

/// A `bit_set!` invocation's body, as [`bit_set`] writes it.
struct Invocation {
    docs: Vec<String>,
    head: String,
    flags: Vec<(Vec<String>, String)>,
}

impl syn::parse::Parse for Invocation {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        let docs = doc_lines(&input.call(syn::Attribute::parse_outer)?);
        let vis: syn::Visibility = input.parse()?;
        input.parse::<syn::Token![struct]>()?;
        let name: syn::Ident = input.parse()?;
        let repr;
        syn::parenthesized!(repr in input);
        let repr_type: syn::Ident = repr.parse()?;
        let repr = if repr.is_empty() {
            repr_type.to_string()
        } else {
            repr.parse::<syn::Token![,]>()?;
            let width: syn::LitInt = repr.parse()?;
            let width = if repr.peek(syn::Token![..=]) {
                repr.parse::<syn::Token![..=]>()?;
                let max: syn::LitInt = repr.parse()?;
                format!("{width}..={max}")
            } else {
                width.to_string()
            };
            let bytes: syn::Ident = repr.parse()?;
            format!("{repr_type}, {width} {bytes}")
        };
        let body;
        syn::braced!(body in input);
        let mut flags = Vec::new();
        while !body.is_empty() {
            let docs = doc_lines(&body.call(syn::Attribute::parse_outer)?);
            body.parse::<syn::Token![const]>()?;
            let flag: syn::Ident = body.parse()?;
            body.parse::<syn::Token![=]>()?;
            let mask: syn::LitInt = body.parse()?;
            body.parse::<syn::Token![,]>()?;
            let label: syn::LitStr = body.parse()?;
            body.parse::<syn::Token![;]>()?;
            let line = format!("const {flag} = {}, {};", mask, label.token());
            flags.push((docs, line));
        }
        let vis = quote!(#vis).to_string();
        let head = format!("{vis} struct {name}({repr})");
        Ok(Invocation {
            docs,
            head: head.trim_start().to_string(),
            flags,
        })
    }
}

/// The `///` lines of doc attributes (the generator writes no others).
fn doc_lines(attrs: &[syn::Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(format!("///{}", s.value())),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

impl std::fmt::Display for Invocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "mms_message::bit_set! {{")?;
        for d in &self.docs {
            writeln!(f, "    {d}")?;
        }
        writeln!(f, "    {} {{", self.head)?;
        for (docs, line) in &self.flags {
            for d in docs {
                writeln!(f, "        {d}")?;
            }
            writeln!(f, "        {line}")?;
        }
        writeln!(f, "    }}")?;
        writeln!(f, "}}")
    }
}

//! Classifying field types: required `T`, `Option<T>`, repeated `Vec<T>`
//! (`Vec<u8>` is a byte string), and rejecting types that cannot be a TLV value.

use syn::spanned::Spanned;
use syn::{GenericArgument, PathArguments, Type};

/// How often a tagged field occurs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Occurs {
    /// `T`: exactly once.
    Required,
    /// `Option<T>`: zero or one time.
    Optional,
    /// `Vec<T>` (not `Vec<u8>`): zero or more times.
    Repeated,
}

/// The single type argument of `Name<T>` when `ty` is spelled that way.
fn single_arg<'a>(ty: &'a Type, name: &str) -> Option<&'a Type> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    if args.args.len() != 1 {
        return None;
    }
    match args.args.first()? {
        GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

fn path_ident(ty: &Type) -> Option<String> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() || path.path.segments.len() != 1 {
        return None;
    }
    let seg = &path.path.segments[0];
    if !seg.arguments.is_none() {
        return None;
    }
    Some(seg.ident.to_string())
}

fn is_u8(ty: &Type) -> bool {
    path_ident(ty).as_deref() == Some("u8")
}

/// `Vec<u8>`: a byte string, not a repeated field.
pub fn is_byte_vec(ty: &Type) -> bool {
    single_arg(ty, "Vec").is_some_and(is_u8)
}

/// Types that are certainly primitive values (so a constructed tag is a mistake).
pub fn is_obviously_primitive(ty: &Type) -> bool {
    if is_byte_vec(ty) {
        return true;
    }
    if let Type::Array(array) = ty {
        return is_u8(&array.elem);
    }
    matches!(
        path_ident(ty).as_deref(),
        Some("u8" | "u16" | "u32" | "u64" | "String")
    )
}

/// Splits a tagged field's type into how often it occurs and its element type.
pub fn classify(ty: &Type) -> syn::Result<(Occurs, &Type)> {
    let (occurs, elem) = if let Some(inner) = single_arg(ty, "Option") {
        if single_arg(inner, "Option").is_some() {
            return Err(syn::Error::new(
                ty.span(),
                "`Option<Option<_>>` is not supported; use `Option<T>`",
            ));
        }
        if single_arg(inner, "Vec").is_some() && !is_byte_vec(inner) {
            return Err(syn::Error::new(
                ty.span(),
                "`Option<Vec<T>>` is ambiguous; use `Vec<T>` for a field that occurs 0..n times",
            ));
        }
        (Occurs::Optional, inner)
    } else if let Some(inner) = single_arg(ty, "Vec") {
        if is_u8(inner) {
            (Occurs::Required, ty)
        } else {
            if single_arg(inner, "Option").is_some() {
                return Err(syn::Error::new(
                    ty.span(),
                    "`Vec<Option<_>>` is not supported; use `Vec<T>`",
                ));
            }
            (Occurs::Repeated, inner)
        }
    } else {
        (Occurs::Required, ty)
    };
    check_supported(elem)?;
    Ok((occurs, elem))
}

/// Rejects types that can never be a TLV value, with a hint.
pub fn check_supported(ty: &Type) -> syn::Result<()> {
    const HINT: &str =
        "use an integer (u8, u16, u32, u64), [u8; N], Vec<u8>, String, or a type that derives Tlv";
    let what = match ty {
        Type::Tuple(_) => Some("a tuple"),
        Type::Reference(_) => Some("a reference"),
        Type::Ptr(_) => Some("a raw pointer"),
        Type::Slice(_) => Some("a slice"),
        Type::BareFn(_) => Some("a function pointer"),
        Type::TraitObject(_) | Type::ImplTrait(_) => Some("a trait object"),
        Type::Never(_) => Some("`!`"),
        Type::Infer(_) => Some("`_`"),
        Type::Paren(inner) => return check_supported(&inner.elem),
        Type::Group(inner) => return check_supported(&inner.elem),
        _ => match path_ident(ty).as_deref() {
            Some("f32" | "f64") => Some("a floating point number"),
            Some("bool") => Some("`bool`"),
            Some("char") => Some("`char`"),
            Some("str") => Some("`str`"),
            Some("usize" | "isize") => Some("a platform-sized integer"),
            Some("i8" | "i16" | "i32" | "i64" | "i128" | "u128") => Some("this integer type"),
            _ => None,
        },
    };
    match what {
        Some(what) => Err(syn::Error::new(
            ty.span(),
            format!("unsupported field type: {what} cannot be a TLV value; {HINT}"),
        )),
        None => Ok(()),
    }
}

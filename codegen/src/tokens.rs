//! Small token builders shared by the generators.

use proc_macro2::TokenStream;
use quote::quote;

/// `match scrutinee { arms, _ => fallback }`, or just `fallback` when there are no arms (a
/// spec without such items), so the output has no single-arm matches.
pub fn match_or(
    scrutinee: TokenStream,
    arms: Vec<TokenStream>,
    fallback: TokenStream,
) -> TokenStream {
    if arms.is_empty() {
        quote!({
            let _ = #scrutinee;
            #fallback
        })
    } else {
        quote!(match #scrutinee { #(#arms)* _ => #fallback, })
    }
}

/// An integer literal in hex, e.g. `0xD812`.
pub fn hex_lit(value: u64, digits: usize) -> TokenStream {
    format!("0x{value:0digits$X}")
        .parse()
        .expect("a hex literal is a valid token")
}

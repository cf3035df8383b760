//! `commands`: one module per command with its request and response types.

use mms_spec::{Command, Internal, Spec, Table};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::docs::doc;
use crate::names::{ident, snake, Scope};
use crate::tokens::hex_lit;
use crate::types::TypeGen;

/// What the message module needs to know about a generated command.
pub struct CommandInfo {
    /// Command ID.
    pub id: u16,
    /// The manual's name.
    pub name: String,
    /// Module name under `commands`.
    pub module: String,
}

/// The request and response tables of `cmd` (its own, or those of the command it reuses).
fn tables<'a>(spec: &'a Spec, cmd: &'a Command) -> (Option<&'a Table>, Option<&'a Table>) {
    let source = match cmd.reuses {
        Some(other) if cmd.request.is_none() && cmd.response.is_none() => {
            spec.command(other.0).unwrap_or(cmd)
        }
        _ => cmd,
    };
    (source.request.as_ref(), source.response.as_ref())
}

/// The number of the file type table, when the spec has file types.
pub fn file_type_table(spec: &Spec) -> Option<u32> {
    (!spec.file_types.file_types.is_empty()).then_some(spec.file_types.table)
}

/// A note about product limits and internal sections, for docs.
pub fn availability(limits: &[String], internal: Internal) -> String {
    let mut text = String::new();
    if !limits.is_empty() {
        text.push_str(&format!("\n\nLimited to: {}.", limits.join(", ")));
    }
    match internal {
        Internal::Yes => text.push_str("\n\nThe manual marks this section MagTek internal."),
        Internal::ForNow => {
            text.push_str("\n\nThe manual marks this section MagTek internal for now.")
        }
        Internal::No => {}
    }
    text
}

/// The `commands` module body and the list of generated commands.
pub fn generate(spec: &Spec, doctest_crate: Option<&str>) -> (TokenStream, Vec<CommandInfo>) {
    let mut modules = Scope::modules();
    let mut items = Vec::new();
    let mut infos = Vec::new();
    let shared = crate::value_sets::shared(spec);
    for cmd in &spec.commands {
        let module = modules.unique(&snake(&cmd.ident, "command"));
        let mod_ident = ident(&module);
        let (request, response) = tables(spec, cmd);
        let mut gen = TypeGen::new(&["Request", "Response"], file_type_table(spec))
            .with_shared(shared.clone());
        let id_text = format!("0x{:04X}", cmd.id.0);
        let table_doc = |t: Option<&Table>, what: &str| match t {
            Some(t) => format!(
                "{what} data of command {id_text} {} (manual Table {}).",
                cmd.name, t.table
            ),
            None => format!(
                "{what} data of command {id_text} {}: the manual lists no parameters.",
                cmd.name
            ),
        };
        let empty = Vec::new();
        gen.contents_struct(
            "Request",
            &table_doc(request, "Request"),
            request.map_or(&empty, |t| &t.fields),
        );
        gen.contents_struct(
            "Response",
            &table_doc(response, "Response"),
            response.map_or(&empty, |t| &t.fields),
        );
        let id_lit = hex_lit(u64::from(cmd.id.0), 4);
        let name_lit = Literal::string(&cmd.name);
        let type_items = gen.items;
        let mut module_doc = format!("Command {id_text} - {}.", cmd.name);
        let refs: Vec<String> = [request, response]
            .iter()
            .flatten()
            .map(|t| t.table.to_string())
            .collect();
        if !refs.is_empty() {
            module_doc.push_str(&format!(" Manual Tables {}.", refs.join(" and ")));
        }
        if let Some(other) = cmd.reuses {
            module_doc.push_str(&format!(" Uses the tables of command 0x{:04X}.", other.0));
        }
        module_doc.push_str(&availability(&cmd.limits, cmd.internal));
        let mut d = doc(&module_doc);
        if let Some(krate) = doctest_crate {
            d.extend(crate::doctests::command_example(cmd, &module, krate));
        }
        let id_const_doc = doc(&format!("Command ID {id_text}."));
        let body = crate::with_imports(quote! {
            #id_const_doc
            pub const ID: u16 = #id_lit;

            #(#type_items)*

            impl mms_message::Command for Request {
                const ID: u16 = #id_lit;
                const NAME: &'static str = #name_lit;
                type Response = Response;
            }
        });
        items.push(quote! {
            #d
            pub mod #mod_ident {
                #body
            }
        });
        infos.push(CommandInfo {
            id: cmd.id.0,
            name: cmd.name.clone(),
            module,
        });
    }
    let entries = infos.iter().map(|c| {
        let id = hex_lit(u64::from(c.id), 4);
        let name = Literal::string(&c.name);
        quote!((#id, #name),)
    });
    items.push(quote! {
        /// Every command of the spec: (ID, name), sorted by ID.
        pub static COMMANDS: &[(u16, &str)] = &[#(#entries)*];

        /// The name of a command, if the spec has it.
        pub fn name(id: u16) -> Option<&'static str> {
            COMMANDS
                .binary_search_by_key(&id, |&(known, _)| known)
                .ok()
                .map(|i| COMMANDS[i].1)
        }
    });
    (quote!(#(#items)*), infos)
}

#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod bit_set;
mod commands;
mod data_types;
mod detail_parts;
mod docs;
mod doctests;
mod family;
mod message;
mod names;
mod notifications;
mod open_enum;
mod properties;
mod scalars;
mod status;
mod tokens;
mod types;
mod value_sets;
pub mod wireshark;

use std::fmt;
use std::path::{Path, PathBuf};

use mms_spec::{FamilySpec, Spec, SpecError};
use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

/// Why generation failed.
#[derive(Debug)]
pub enum Error {
    /// The spec does not load or does not validate; every problem with its `file:line:column`.
    Spec(Vec<SpecError>),
    /// The generated code does not parse (a generator bug); the module and the parser's message.
    Syntax {
        /// The module being generated.
        module: &'static str,
        /// What the parser said.
        message: String,
    },
    /// Reading or writing a file failed.
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        error: std::io::Error,
    },
    /// The builder was not given an output directory.
    NoOutDir,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Spec(errors) => {
                write!(f, "the spec has {} problem(s):", errors.len())?;
                for e in errors {
                    write!(f, "\n  {e}")?;
                }
                Ok(())
            }
            Error::Syntax { module, message } => {
                write!(
                    f,
                    "generated module `{module}` does not parse (a generator bug): {message}"
                )
            }
            Error::Io { path, error } => write!(f, "{}: {error}", path.display()),
            Error::NoOutDir => f.write_str(
                "no output directory: call Builder::out_dir, or run from a build script (OUT_DIR)",
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// One generated file: a name relative to the output directory and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// File name, e.g. `commands.rs`.
    pub name: String,
    /// Formatted Rust source.
    pub contents: String,
}

/// Names and docs of the generated modules, in output order.
const MODULES: &[(&str, &str)] = &[
    (
        "commands",
        "Commands: one module per command with its `Request` and `Response` types.",
    ),
    (
        "notifications",
        "Notifications: one module per notification with its detail codes and payload types.",
    ),
    (
        "status",
        "Operation status: summary and detail codes of a response.",
    ),
    (
        "properties",
        "Configuration properties: one descriptor per property, looked up by OID.",
    ),
    ("file_types", "File types of the file commands."),
    (
        "value_sets",
        "Value sets that several commands or notifications share: one open enum each.",
    ),
    (
        "message",
        "`Message`: any message decoded into its typed payload.",
    ),
    (
        "data_types",
        "The manual's Data Types chapter: one module per layout (ARQC, batch data, NFC UID ...).",
    ),
];

/// Generates Rust for a spec, the way `prost-build` does for `.proto` files.
///
/// ```no_run
/// // build.rs
/// fn main() -> Result<(), Box<dyn std::error::Error>> {
///     mms_codegen::Builder::new()
///         .spec_dir("spec")
///         .generate()?; // writes $OUT_DIR/mms.rs
///     Ok(())
/// }
/// ```
/// and in the crate: `include!(concat!(env!("OUT_DIR"), "/mms.rs"));`.
#[derive(Debug, Clone, Default)]
pub struct Builder {
    spec_dirs: Vec<PathBuf>,
    builtin: bool,
    out_dir: Option<PathBuf>,
    header: Option<String>,
    module_files: bool,
    doctest_crate: Option<String>,
}

impl Builder {
    /// A builder with no spec; add one with [`Builder::spec_dir`] or [`Builder::builtin_spec`].
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Loads the spec from `dir` (the layout of the repository's `spec/`).
    pub fn spec_dir(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.spec_dirs.insert(0, dir.into());
        self
    }

    /// Adds the commands, notifications and properties of another spec directory (e.g. a
    /// product's own commands); may be called several times.
    pub fn extra_spec_dir(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.spec_dirs.push(dir.into());
        self
    }

    /// Starts from the spec embedded in `mms-spec` (the whole manual) instead of a directory.
    pub fn builtin_spec(mut self) -> Builder {
        self.builtin = true;
        self
    }

    /// Where to write; defaults to `$OUT_DIR`.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.out_dir = Some(dir.into());
        self
    }

    /// Text of the first line of every file (after `// `); defaults to a "generated, do not edit" note.
    pub fn header(mut self, text: impl Into<String>) -> Builder {
        self.header = Some(text.into());
        self
    }

    /// Writes one file per module (for checking generated code into a crate whose
    /// hand-written root declares them) instead of the single `mms.rs` meant for `include!`.
    pub fn module_files(mut self, yes: bool) -> Builder {
        self.module_files = yes;
        self
    }

    /// Loads, merges and validates the spec.
    pub fn load_spec(&self) -> Result<Spec, Error> {
        let mut spec = if self.builtin {
            Spec::builtin_files().map_err(|e| Error::Spec(e.0))?
        } else {
            Spec::default()
        };
        let mut errors = Vec::new();
        for dir in &self.spec_dirs {
            match Spec::load(dir) {
                Ok(more) => merge(&mut spec, more),
                Err(e) => errors.extend(e.0),
            }
        }
        if !errors.is_empty() {
            return Err(Error::Spec(errors));
        }
        spec.commands.sort_by_key(|c| c.id);
        spec.notifications.sort_by_key(|n| n.id);
        let problems = spec.validate();
        if !problems.is_empty() {
            return Err(Error::Spec(problems));
        }
        Ok(spec)
    }

    /// The generated files, in memory.
    pub fn generate_files(&self) -> Result<Vec<GeneratedFile>, Error> {
        let spec = self.load_spec()?;
        let header = self.header.clone().unwrap_or_else(|| {
            let dirs: Vec<String> = self
                .spec_dirs
                .iter()
                .map(|d| d.display().to_string())
                .collect();
            let source = if self.builtin {
                "the builtin spec".to_string()
            } else {
                dirs.join(", ")
            };
            format!("Generated by mms-codegen from {source}. Do not edit.")
        });
        let families = family_modules(&self.load_families()?);
        let options = Options {
            doctest_crate: self.doctest_crate.as_deref(),
        };
        if self.module_files {
            generate_module_files_with(&spec, &families, &header, options)
        } else {
            Ok(vec![generate_single_file_with(
                &spec, &families, &header, "mms.rs", options,
            )?])
        }
    }

    /// Adds to each command module's docs its manual example as a doctest that decodes it,
    /// compares a field or two and encodes it again; `krate` is the name of the crate the
    /// generated modules are the root of (`mms_generated`), which the doctests import.
    pub fn doctests(mut self, krate: impl Into<String>) -> Builder {
        self.doctest_crate = Some(krate.into());
        self
    }

    /// Loads and validates the message families in the spec directories: subdirectories
    /// with a `family.toml` (e.g. `spec/odynamo/`), sorted by directory name.
    pub fn load_families(&self) -> Result<Vec<FamilySpec>, Error> {
        let mut dirs = Vec::new();
        for dir in &self.spec_dirs {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.join(mms_spec::family::FAMILY_FILE).is_file() {
                    dirs.push(path);
                }
            }
        }
        dirs.sort();
        let mut families = Vec::new();
        let mut errors = Vec::new();
        for dir in dirs {
            match FamilySpec::load(&dir) {
                Ok(family) => {
                    errors.extend(family.validate());
                    families.push(family);
                }
                Err(e) => errors.extend(e.0),
            }
        }
        if errors.is_empty() {
            Ok(families)
        } else {
            Err(Error::Spec(errors))
        }
    }

    /// Generates and writes the files; returns their paths.
    ///
    /// Files are written only when their contents change, so a build script does not
    /// trigger needless rebuilds. Prints `cargo:rerun-if-changed` for the spec directories.
    pub fn generate(&self) -> Result<Vec<PathBuf>, Error> {
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or(Error::NoOutDir)?,
        };
        if std::env::var_os("CARGO").is_some() && std::env::var_os("OUT_DIR").is_some() {
            for dir in &self.spec_dirs {
                println!("cargo:rerun-if-changed={}", dir.display());
                if let Ok(files) = mms_spec::spec_files(dir) {
                    for f in files {
                        println!("cargo:rerun-if-changed={}", dir.join(f).display());
                    }
                }
            }
        }
        let files = self.generate_files()?;
        std::fs::create_dir_all(&out_dir).map_err(|error| Error::Io {
            path: out_dir.clone(),
            error,
        })?;
        let mut written = Vec::new();
        for file in files {
            let path = out_dir.join(&file.name);
            if std::fs::read_to_string(&path).ok().as_deref() != Some(file.contents.as_str()) {
                std::fs::write(&path, &file.contents).map_err(|error| Error::Io {
                    path: path.clone(),
                    error,
                })?;
            }
            written.push(path);
        }
        Ok(written)
    }
}

/// Adds the items of `more` to `spec` (later directories add commands, notifications and
/// properties; their status, file type and envelope tables replace empty ones).
fn merge(spec: &mut Spec, more: Spec) {
    spec.commands.extend(more.commands);
    spec.notifications.extend(more.notifications);
    spec.properties.extend(more.properties);
    if spec.status.summary.is_empty() && spec.status.codes.is_empty() {
        spec.status = more.status;
    }
    if spec.file_types.file_types.is_empty() {
        spec.file_types = more.file_types;
    }
    if spec.envelopes.envelopes.is_empty() {
        spec.envelopes = more.envelopes;
    }
    spec.other_examples
        .sections
        .extend(more.other_examples.sections);
    spec.data_types.extend(more.data_types);
}

/// What a [`Builder`] adds to the output beyond the spec.
#[derive(Clone, Copy, Default)]
struct Options<'a> {
    /// The crate name command doctests import the generated modules from; none without it.
    doctest_crate: Option<&'a str>,
}

/// The body of every module, in [`MODULES`] order.
fn module_bodies(spec: &Spec, options: Options) -> Vec<TokenStream> {
    let (commands, command_infos) = commands::generate(spec, options.doctest_crate);
    let (notifications, notification_infos) = notifications::generate(spec);
    vec![
        commands,
        notifications,
        status::generate(spec),
        properties::generate_properties(spec),
        properties::generate_file_types(spec),
        value_sets::generate(spec),
        message::generate(&command_infos, &notification_infos),
        data_types::generate(spec),
    ]
    .into_iter()
    .map(with_imports)
    .collect()
}

/// A module body with its `use` lines. Generated code spells `fmt::Display` short, and
/// prelude names (`Option`, `Vec`, derive macros) and the crates (`mms_codec::`,
/// `mms_message::`) without a leading `::`; [`names::RESERVED_TYPES`] and
/// [`names::RESERVED_MODULES`] keep generated names from shadowing them. A command or
/// notification module refers to its root's `data_types`, `file_types` and `value_sets` by those names
/// (imported here; generated type names are CamelCase, so they cannot clash). Nested modules
/// get their own (see [`leading_paths`]).
pub(crate) fn with_imports(body: TokenStream) -> TokenStream {
    let used = leading_paths(body.clone());
    let fmt = used.contains("fmt").then(|| quote! { use ::core::fmt; });
    let siblings: Vec<proc_macro2::Ident> = ["data_types", "file_types", "value_sets"]
        .iter()
        .filter(|m| used.contains(**m))
        .map(|m| quote::format_ident!("{m}"))
        .collect();
    let siblings = match siblings.as_slice() {
        [] => None,
        [one] => Some(quote! { use super::super::#one; }),
        more => Some(quote! { use super::super::{#(#more),*}; }),
    };
    quote! { #fmt #siblings #body }
}

/// The first segments of paths (`fmt` of `fmt::Display`, not `b` of `a::b::C`) in
/// `tokens`, outside the bodies of nested `mod name { ... }` items.
fn leading_paths(tokens: TokenStream) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    collect_leading_paths(tokens, &mut found);
    found
}

fn collect_leading_paths(tokens: TokenStream, found: &mut std::collections::BTreeSet<String>) {
    // 0: nothing, 1: after `mod`, 2: after `mod name`.
    let mut after_mod = 0;
    // Whether the previous token was the second `:` of a `::`, and the first one.
    let mut after_path_sep = false;
    let mut after_joint_colon = false;
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        let state = after_mod;
        after_mod = 0;
        let prev_sep = after_path_sep;
        let prev_joint = after_joint_colon;
        after_path_sep = false;
        after_joint_colon = false;
        match &token {
            TokenTree::Ident(i) if i == "mod" => after_mod = 1,
            TokenTree::Ident(_) if state == 1 => after_mod = 2,
            TokenTree::Group(_) if state == 2 => {}
            TokenTree::Group(g) => collect_leading_paths(g.stream(), found),
            TokenTree::Punct(p) if p.as_char() == ':' => {
                after_joint_colon = p.spacing() == proc_macro2::Spacing::Joint;
                after_path_sep = prev_joint;
            }
            TokenTree::Ident(i) if !prev_sep => {
                if matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ':') {
                    found.insert(i.to_string());
                }
            }
            _ => {}
        }
    }
}

fn format(module: &'static str, tokens: TokenStream) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Syntax {
        module,
        message: e.to_string(),
    })?;
    let text = prettyplease::unparse(&file);
    Ok(bit_set::lay_out_invocations(&file, text))
}

/// A generated module besides [`MODULES`]: name, doc and body (one per message family).
struct ExtraModule {
    name: String,
    doc: String,
    body: TokenStream,
}

fn family_modules(families: &[FamilySpec]) -> Vec<ExtraModule> {
    families
        .iter()
        .map(|f| ExtraModule {
            name: f.family.ident.clone(),
            doc: format!(
                "The {} message family: raw TLV messages without an envelope.",
                f.family.name
            ),
            body: with_imports(family::generate(f)),
        })
        .collect()
}

/// `(name, doc, body)` of every module: [`MODULES`], then the families.
fn all_modules<'a>(
    spec: &Spec,
    extra: &'a [ExtraModule],
    options: Options,
) -> impl Iterator<Item = (&'a str, String, TokenStream)> {
    let fixed = MODULES
        .iter()
        .zip(module_bodies(spec, options))
        .map(|((name, doc), body)| (*name, doc.to_string(), body));
    fixed.chain(
        extra
            .iter()
            .map(|m| (m.name.as_str(), m.doc.clone(), m.body.clone())),
    )
}

/// One file per module (`commands.rs`, ...), for checking generated code into a crate
/// whose hand-written `lib.rs` (or `mod.rs`) declares them ([`module_names`], and one
/// module per message family).
pub fn generate_module_files(spec: &Spec, header: &str) -> Result<Vec<GeneratedFile>, Error> {
    generate_module_files_with(spec, &[], header, Options::default())
}

fn generate_module_files_with(
    spec: &Spec,
    extra: &[ExtraModule],
    header: &str,
    options: Options,
) -> Result<Vec<GeneratedFile>, Error> {
    let mut files = Vec::new();
    for (name, doc_text, body) in all_modules(spec, extra, options) {
        let doc = format!(" {doc_text}");
        let contents =
            format("module", quote! { #![doc = #doc] #body }).map_err(|e| with_module(e, name))?;
        files.push(GeneratedFile {
            name: format!("{name}.rs"),
            contents: format!("// {header}\n\n{contents}"),
        });
    }
    Ok(files)
}

/// The generated modules, in output order: the `pub mod` lines a crate of
/// [`Builder::module_files`] output declares.
pub fn module_names() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|(name, _)| *name)
}

/// The module of one message family as a file named `<ident>.rs` (what `module_files` output
/// holds for it), e.g. for a snapshot of the family generator.
pub fn generate_family_file(family: &FamilySpec, header: &str) -> Result<GeneratedFile, Error> {
    let mut modules = family_modules(std::slice::from_ref(family));
    let Some(module) = modules.pop() else {
        return Err(Error::Syntax {
            module: "module",
            message: "no module for the family".into(),
        });
    };
    let doc = format!(" {}", module.doc);
    let body = module.body;
    let contents = format("module", quote! { #![doc = #doc] #body })
        .map_err(|e| with_module(e, &module.name))?;
    Ok(GeneratedFile {
        name: format!("{}.rs", module.name),
        contents: format!("// {header}\n\n{contents}"),
    })
}

/// Names the module in a syntax error (the error's module field is static).
fn with_module(error: Error, module: &str) -> Error {
    match error {
        Error::Syntax { message, .. } => Error::Syntax {
            module: "module",
            message: format!("{module}: {message}"),
        },
        other => other,
    }
}

/// One file with every module inline, for `include!` from a build script's output.
pub fn generate_single_file(spec: &Spec, header: &str, name: &str) -> Result<GeneratedFile, Error> {
    generate_single_file_with(spec, &[], header, name, Options::default())
}

fn generate_single_file_with(
    spec: &Spec,
    extra: &[ExtraModule],
    header: &str,
    name: &str,
    options: Options,
) -> Result<GeneratedFile, Error> {
    let mut modules = Vec::new();
    for (module, doc_text, body) in all_modules(spec, extra, options) {
        let id = names::ident(module);
        let doc = format!(" {doc_text}");
        modules.push(quote! {
            #[doc = #doc]
            pub mod #id {
                #body
            }
        });
    }
    let contents = format("mms", quote! { #(#modules)* })?;
    Ok(GeneratedFile {
        name: name.to_string(),
        contents: format!("// {header}\n\n{contents}"),
    })
}

/// Checks `dir` against freshly generated files: `(differing, missing, stale)` file names.
///
/// Stale files are `.rs` files in `dir` that generation no longer produces; `lib.rs` and
/// `mod.rs`, the hand-written roots that declare the modules, never are.
pub fn compare_dir(dir: &Path, files: &[GeneratedFile]) -> (Vec<String>, Vec<String>, Vec<String>) {
    let mut differing = Vec::new();
    let mut missing = Vec::new();
    for f in files {
        match std::fs::read_to_string(dir.join(&f.name)) {
            Ok(text) if text == f.contents => {}
            Ok(_) => differing.push(f.name.clone()),
            Err(_) => missing.push(f.name.clone()),
        }
    }
    let mut stale = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let root = name == "lib.rs" || name == "mod.rs";
            if name.ends_with(".rs") && !root && !files.iter().any(|f| f.name == name) {
                stale.push(name);
            }
        }
    }
    stale.sort();
    (differing, missing, stale)
}

//! The crate graph (dev-dependencies included) and each workspace crate's
//! module graph have no cycles (issue 9, STYLE.md).
//!
//! Every `.rs` file under a crate's `src/` is tokenized (comments and string
//! contents drop out) and each path that starts with `crate::`, `super::` or
//! `self::` becomes an edge from the file's module to the module it names.
//! A name re-exported by a module (`pub use limits::Limits;` in `lib.rs`)
//! counts as the module it comes from. Edges are compared among siblings:
//! `a::x -> b::y` is the edge `a -> b` among the children of the crate root,
//! and a child naming its parent (or the reverse) is ownership, not a cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

type ModPath = Vec<String>;

/// One source file: its module path and the paths it names.
struct SourceFile {
    module: ModPath,
    /// Each path as written, e.g. `["crate", "limits", "Limits"]`.
    paths: Vec<Vec<String>>,
    /// `use` items whose first segment is a child module: name -> child.
    uses: BTreeMap<String, String>,
}

fn module_of(src: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(src).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if !matches!(stem, "mod" | "lib" | "main") {
        parts.push(stem.to_owned());
    }
    parts
}

/// Flattens `a::{b, c::{d}}` starting at `tokens[i]` into whole paths.
fn collect_paths(
    tokens: &[TokenTree],
    mut i: usize,
    prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) {
    let mut path = prefix;
    loop {
        match tokens.get(i) {
            Some(TokenTree::Ident(id)) => {
                path.push(id.to_string());
                i += 1;
            }
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                let mut start = 0;
                while start < inner.len() {
                    collect_paths(&inner, start, path.clone(), out);
                    // Skip to the next top-level comma of the group.
                    match inner[start..]
                        .iter()
                        .position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
                    {
                        Some(comma) => start += comma + 1,
                        None => break,
                    }
                }
                return;
            }
            _ => break,
        }
        // `::` continues the path; anything else ends it.
        match (tokens.get(i), tokens.get(i + 1)) {
            (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                if a.as_char() == ':' && b.as_char() == ':' =>
            {
                i += 2
            }
            _ => break,
        }
    }
    if !path.is_empty() {
        out.push(path);
    }
}

fn walk(tokens: TokenStream, file: &mut SourceFile, children: &BTreeSet<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Group(g) => walk(g.stream(), file, children),
            TokenTree::Ident(id) if *id == "use" => {
                let mut found = Vec::new();
                collect_paths(&tokens, i + 1, Vec::new(), &mut found);
                for path in &found {
                    let rest = if path.first().map(String::as_str) == Some("self") {
                        &path[1..]
                    } else {
                        &path[..]
                    };
                    if rest.len() >= 2 && children.contains(&rest[0]) {
                        file.uses
                            .insert(rest.last().unwrap().clone(), rest[0].clone());
                    }
                }
                file.paths.extend(found);
            }
            TokenTree::Ident(id)
                if matches!(id.to_string().as_str(), "crate" | "super" | "self") =>
            {
                // `$crate` in macros and `pub(crate)` are not paths into modules.
                let after_dollar =
                    i > 0 && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '$');
                if !after_dollar {
                    collect_paths(&tokens, i, Vec::new(), &mut file.paths);
                }
            }
            _ => {}
        }
        i += 1;
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a path names, as far as it goes through known modules and
/// re-exports; `None` for paths that leave the crate.
fn resolve(
    from: &ModPath,
    path: &[String],
    files: &BTreeMap<ModPath, SourceFile>,
) -> Option<ModPath> {
    let (mut at, rest): (ModPath, &[String]) = match path.first()?.as_str() {
        "crate" => (Vec::new(), &path[1..]),
        "self" => (from.clone(), &path[1..]),
        "super" => {
            let mut at = from.clone();
            let mut rest = path;
            while rest.first().map(String::as_str) == Some("super") {
                at.pop()?;
                rest = &rest[1..];
            }
            (at, rest)
        }
        _ => return None,
    };
    for segment in rest {
        let mut child = at.clone();
        child.push(segment.clone());
        if files.contains_key(&child) {
            at = child;
        } else if let Some(module) = files.get(&at).and_then(|f| f.uses.get(segment)) {
            at.push(module.clone());
            return Some(at);
        } else {
            break;
        }
    }
    Some(at)
}

fn cycles_in(krate: &Path) -> Vec<String> {
    let src = krate.join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    paths.sort();
    let modules: BTreeSet<ModPath> = paths.iter().map(|p| module_of(&src, p)).collect();
    let mut files = BTreeMap::new();
    for path in &paths {
        let module = module_of(&src, path);
        let children: BTreeSet<String> = modules
            .iter()
            .filter(|m| m.len() == module.len() + 1 && m.starts_with(&module))
            .map(|m| m.last().unwrap().clone())
            .collect();
        let text = std::fs::read_to_string(path).unwrap();
        let tokens =
            TokenStream::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut file = SourceFile {
            module: module.clone(),
            paths: Vec::new(),
            uses: BTreeMap::new(),
        };
        walk(tokens, &mut file, &children);
        files.insert(module, file);
    }
    // Sibling edges, grouped by their parent module.
    let mut graphs: BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    // One example per edge, for the failure message.
    let mut examples: BTreeMap<(ModPath, String, String), String> = BTreeMap::new();
    for file in files.values() {
        for path in &file.paths {
            let Some(target) = resolve(&file.module, path, &files) else {
                continue;
            };
            let common = file
                .module
                .iter()
                .zip(&target)
                .take_while(|(a, b)| a == b)
                .count();
            if common < file.module.len() && common < target.len() {
                let parent = file.module[..common].to_vec();
                examples
                    .entry((
                        parent.clone(),
                        file.module[common].clone(),
                        target[common].clone(),
                    ))
                    .or_insert_with(|| {
                        format!("{} names {}", file.module.join("::"), path.join("::"))
                    });
                graphs
                    .entry(parent)
                    .or_default()
                    .entry(file.module[common].clone())
                    .or_default()
                    .insert(target[common].clone());
            }
        }
    }
    let mut found = Vec::new();
    for (parent, graph) in &graphs {
        for cycle in strongly_connected(graph) {
            let at = if parent.is_empty() {
                "crate".to_owned()
            } else {
                parent.join("::")
            };
            let edges: Vec<&str> = examples
                .iter()
                .filter(|((p, a, b), _)| p == parent && cycle.contains(a) && cycle.contains(b))
                .map(|(_, example)| example.as_str())
                .collect();
            found.push(format!(
                "{} in {at}: {} ({})",
                krate.display(),
                cycle.join(" <-> "),
                edges.join("; ")
            ));
        }
    }
    found
}

/// Components of more than one module (Tarjan's algorithm, recursive: the graphs are small).
fn strongly_connected(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, (usize, usize)>,
        stack: Vec<&'g str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g str) {
        s.index.insert(v, (s.next, s.next));
        s.next += 1;
        s.stack.push(v);
        for w in s.graph.get(v).into_iter().flatten() {
            if !s.index.contains_key(w.as_str()) {
                visit(s, w);
                let low = s.index[w.as_str()].1.min(s.index[v].1);
                s.index.get_mut(v).unwrap().1 = low;
            } else if s.stack.contains(&w.as_str()) {
                let low = s.index[w.as_str()].0.min(s.index[v].1);
                s.index.get_mut(v).unwrap().1 = low;
            }
        }
        if s.index[v].0 == s.index[v].1 {
            let at = s.stack.iter().rposition(|x| *x == v).unwrap();
            let mut component: Vec<String> = s.stack.drain(at..).map(str::to_owned).collect();
            component.sort();
            if component.len() > 1 {
                s.out.push(component);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}

fn workspace_crates() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let members = manifest
        .split("members = [")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap();
    members
        .split(',')
        .map(|m| m.trim().trim_matches('"'))
        .filter(|m| !m.is_empty())
        .map(|m| root.join(m))
        .collect()
}

/// Every dependency kind counts: a crate whose tests need a crate above it
/// keeps those tests in a crate above both (here, `tests/`). A crate naming
/// itself to turn on its own features in its tests is not a cycle.
#[test]
fn the_crate_graph_has_no_cycle_even_through_dev_dependencies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = std::process::Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(root)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let packages = metadata["packages"].as_array().unwrap();
    let names: BTreeSet<&str> = packages
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for package in packages {
        let name = package["name"].as_str().unwrap();
        let deps = graph.entry(name.to_owned()).or_default();
        for dep in package["dependencies"].as_array().unwrap() {
            let dep = dep["name"].as_str().unwrap();
            if names.contains(dep) && dep != name {
                deps.insert(dep.to_owned());
            }
        }
    }
    assert!(graph.len() > 10, "{graph:?}");
    let cycles = strongly_connected(&graph);
    assert!(cycles.is_empty(), "crate cycles: {cycles:?}");
}

#[test]
fn no_crate_has_a_module_cycle() {
    let cycles: Vec<String> = workspace_crates()
        .iter()
        .flat_map(|c| cycles_in(c))
        .collect();
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_checker_finds_a_cycle() {
    let dir = std::env::temp_dir().join(format!("mms-module-graph-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("src/b")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), "mod a; mod b; pub use b::Thing;").unwrap();
    std::fs::write(
        dir.join("src/a.rs"),
        "use crate::Thing; // b, through the re-export\n",
    )
    .unwrap();
    std::fs::write(dir.join("src/b/mod.rs"), "mod c; pub use c::Thing;").unwrap();
    std::fs::write(
        dir.join("src/b/c.rs"),
        "pub struct Thing; fn f() { super::super::a::g() }",
    )
    .unwrap();
    let cycles = cycles_in(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(cycles.len(), 1, "{cycles:?}");
    assert!(cycles[0].contains("in crate: a <-> b ("), "{cycles:?}");
}

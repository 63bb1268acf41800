//! Loading content: the embedded `locales/` and `templates/`, and packs from a directory that
//! add languages or override the embedded ones' wording. Every problem found is a
//! [`Diagnostic`] with file and line; any error stops loading.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::compose::{CHOICE_VARIABLES, TEXT_VARIABLES, Templates, is_message_variable};
use super::diagnostic::{ContentError, Diagnostic, line_of_offset};
use super::i18n::{Bundle, DEFAULT_TAG, MessageSource, Pack, PackMeta, Packs};
use super::negotiate::is_language_tag;
use super::tone::{CONTRACT_RULES, ToneRules};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// One content file: the path it is reported under, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentFile {
    pub path: String,
    /// Borrowed from the binary for embedded files: no copy of the packs at start-up.
    pub text: Cow<'static, str>,
}

/// The files of one pack folder (`<root>/<tag>/…`), in path order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackFiles {
    pub tag: String,
    pub dir: String,
    pub files: Vec<ContentFile>,
}

impl PackFiles {
    fn file(&self, name: &str) -> Option<&ContentFile> {
        self.files.iter().find(|f| {
            f.path
                .strip_prefix(&self.dir)
                .and_then(|p| p.strip_prefix('/'))
                == Some(name)
        })
    }

    fn fluent_files(&self) -> impl Iterator<Item = &ContentFile> {
        self.files.iter().filter(|f| f.path.ends_with(".ftl"))
    }
}

pub const PACK_FILE: &str = "pack.toml";
pub const TONE_FILE: &str = "tone.toml";
/// The weights of the pack's tone classifier, written by `bowout packs train`.
pub const TONE_MODEL_FILE: &str = "tone-model.toml";
/// The pack lints' data and sample caller text (see `core::lint`).
pub const LINT_FILE: &str = "lint.toml";
/// The lint findings a pack knows of and has yet to fix.
pub const LINT_BASELINE_FILE: &str = "lint-baseline.toml";

/// A pack's lint files, as found in its folder (the last layer that has each).
#[derive(Debug, Clone, Default)]
pub struct PackLintFiles {
    /// The folder of the pack's last layer: where `--update-baseline` writes.
    pub dir: String,
    pub lint: Option<ContentFile>,
    pub baseline: Option<ContentFile>,
}

/// The packs built into the binary.
pub fn embedded_packs() -> Vec<PackFiles> {
    let files = embedded::EMBEDDED_FILES
        .iter()
        .filter(|(path, _)| path.starts_with("locales/"))
        .map(|(path, text)| ContentFile {
            path: (*path).to_owned(),
            text: Cow::Borrowed(*text),
        });
    group_by_pack("locales", files)
}

/// The templates built into the binary, as `(path, source)`.
pub fn embedded_templates() -> impl Iterator<Item = (&'static str, &'static str)> {
    embedded::EMBEDDED_FILES
        .iter()
        .copied()
        .filter(|(path, _)| path.starts_with("templates/"))
}

/// Reads the packs under `dir`: each sub-folder is a pack named by its language tag.
/// Hidden folders (a Kubernetes ConfigMap mount holds `..data`) are not packs.
pub fn read_packs_dir(dir: &Path) -> Result<Vec<PackFiles>, Diagnostic> {
    let root = dir.to_string_lossy().trim_end_matches('/').to_owned();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Diagnostic::error(&root, 0, format!("cannot read packs directory: {e}")))?;
    let mut pack_dirs: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir() && !is_hidden(p))
        .collect();
    pack_dirs.sort();
    pack_dirs
        .iter()
        .map(|pack_dir| read_pack_dir(pack_dir))
        .collect()
}

/// Reads one pack folder; its name is the pack's tag.
pub fn read_pack_dir(dir: &Path) -> Result<PackFiles, Diagnostic> {
    let shown = dir.to_string_lossy().trim_end_matches('/').to_owned();
    let tag = dir
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .ok_or_else(|| {
            Diagnostic::error(&shown, 0, "a pack folder is named by its language tag")
        })?;
    let mut files = Vec::new();
    collect_files(dir, &mut files)?;
    Ok(PackFiles {
        tag,
        dir: shown,
        files,
    })
}

/// Whether `dir` is a pack itself (it holds `pack.toml` or `.ftl` files), not a folder of packs.
pub fn is_pack_dir(dir: &Path) -> bool {
    dir.join(PACK_FILE).is_file()
        || std::fs::read_dir(dir).is_ok_and(|entries| {
            entries
                .filter_map(Result::ok)
                .any(|e| e.path().extension().is_some_and(|x| x == "ftl"))
        })
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with('.'))
}

fn collect_files(dir: &Path, files: &mut Vec<ContentFile>) -> Result<(), Diagnostic> {
    let display = dir.to_string_lossy().into_owned();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Diagnostic::error(&display, 0, format!("cannot read: {e}")))?;
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if is_hidden(&path) {
            continue;
        }
        if path.is_dir() {
            collect_files(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "ftl" || e == "toml") {
            let shown = path.to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path)
                .map_err(|e| Diagnostic::error(&shown, 0, format!("cannot read: {e}")))?;
            files.push(ContentFile {
                path: shown,
                text: Cow::Owned(text),
            });
        }
    }
    Ok(())
}

fn group_by_pack(root: &str, files: impl Iterator<Item = ContentFile>) -> Vec<PackFiles> {
    let mut packs: BTreeMap<String, PackFiles> = BTreeMap::new();
    for file in files {
        let Some(rest) = file
            .path
            .strip_prefix(root)
            .and_then(|r| r.strip_prefix('/'))
        else {
            continue;
        };
        let Some((tag, _)) = rest.split_once('/') else {
            continue;
        };
        let tag = tag.to_owned();
        packs
            .entry(tag.clone())
            .or_insert_with(|| PackFiles {
                dir: format!("{root}/{tag}"),
                tag,
                files: Vec::new(),
            })
            .files
            .push(file);
    }
    packs.into_values().collect()
}

/// Builds the packs: each embedded pack with any override of the same tag layered on top, and
/// each override pack that adds a language. The default pack (`en`) must exist.
pub fn build_packs(embedded: &[PackFiles], overrides: &[PackFiles]) -> Result<Packs, ContentError> {
    let mut diagnostics = Vec::new();
    let mut layers: BTreeMap<String, Vec<&PackFiles>> = BTreeMap::new();
    for pack in embedded.iter().chain(overrides) {
        if !is_language_tag(&pack.tag) {
            diagnostics.push(Diagnostic::error(
                &pack.dir,
                0,
                format!(
                    "`{}` is not a language tag (BCP 47, e.g. `de` or `pt-BR`)",
                    pack.tag
                ),
            ));
            continue;
        }
        // Tags differing only in case name the same pack.
        let key = layers
            .keys()
            .find(|k| k.eq_ignore_ascii_case(&pack.tag))
            .cloned()
            .unwrap_or_else(|| pack.tag.clone());
        layers.entry(key).or_default().push(pack);
    }
    let Some(default_layers) = layers.remove(DEFAULT_TAG) else {
        diagnostics.push(Diagnostic::error(
            "locales",
            0,
            format!("the default pack `{DEFAULT_TAG}` is missing"),
        ));
        return Err(ContentError(diagnostics));
    };
    let default = match build_pack(DEFAULT_TAG, &default_layers, None) {
        Ok(pack) => pack,
        Err(mut errors) => {
            diagnostics.append(&mut errors);
            return Err(ContentError(diagnostics));
        }
    };
    let mut packs = Vec::new();
    for (tag, pack_layers) in &layers {
        match build_pack(tag, pack_layers, Some(&default)) {
            Ok(pack) => packs.push(pack),
            Err(mut errors) => diagnostics.append(&mut errors),
        }
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(ContentError(diagnostics));
    }
    packs.push(default);
    Ok(Packs::new(packs).expect("the default pack is present"))
}

/// Builds one pack from its layers (embedded first, then overrides). `default` is the
/// default pack, whose messages any other pack's references may fall back to.
pub fn build_pack(
    tag: &str,
    layers: &[&PackFiles],
    default: Option<&Pack>,
) -> Result<Pack, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();

    let meta_file = layers.iter().rev().find_map(|l| l.file(PACK_FILE));
    let meta = match meta_file {
        None => {
            diagnostics.push(Diagnostic::error(
                &layers[0].dir,
                0,
                format!("missing `{PACK_FILE}` (name, native_name, direction)"),
            ));
            None
        }
        Some(file) => match toml::from_str::<PackMeta>(&file.text) {
            Ok(meta) => Some(meta),
            Err(error) => {
                let line = error
                    .span()
                    .map_or(0, |s| line_of_offset(&file.text, s.start));
                diagnostics.push(Diagnostic::error(
                    &file.path,
                    line,
                    error.message().to_owned(),
                ));
                None
            }
        },
    };

    let tone_file = layers.iter().rev().find_map(|l| l.file(TONE_FILE));
    let tone = match tone_file {
        None => {
            diagnostics.push(Diagnostic::error(
                &layers[0].dir,
                0,
                format!("missing `{TONE_FILE}` (the pack's tone rules)"),
            ));
            None
        }
        Some(file) => match ToneRules::load(&file.path, &file.text) {
            Ok(mut tone) => {
                let model = layers.iter().rev().find_map(|l| l.file(TONE_MODEL_FILE));
                match (model, tone.classifier_settings()) {
                    (Some(model), _) => {
                        if let Err(error) = tone.load_classifier(&model.path, &model.text) {
                            diagnostics.push(error);
                        }
                    }
                    (None, Some(_)) => diagnostics.push(Diagnostic::error(
                        &file.path,
                        0,
                        format!(
                            "`[classifier]` needs its trained `{TONE_MODEL_FILE}`: run \
                             `bowout packs train`"
                        ),
                    )),
                    (None, None) => {}
                }
                for rule in CONTRACT_RULES {
                    if tone.rule(rule).is_none() {
                        diagnostics.push(Diagnostic::error(
                            &file.path,
                            0,
                            format!(
                                "missing rule `{rule}`: every pack defines the contract's rules"
                            ),
                        ));
                    }
                }
                Some(tone)
            }
            Err(mut errors) => {
                diagnostics.append(&mut errors);
                None
            }
        },
    };

    let langid: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // Isolation marks are added where they are needed (see `compose::isolate_if_needed`).
    bundle.set_use_isolating(false);
    let mut messages: BTreeMap<String, MessageSource> = BTreeMap::new();
    let mut terms: BTreeSet<String> = BTreeSet::new();
    let mut references: Vec<(String, usize, Reference)> = Vec::new();
    for (layer_index, layer) in layers.iter().enumerate() {
        let mut layer_ids: BTreeSet<String> = BTreeSet::new();
        for file in layer.fluent_files() {
            let resource = match FluentResource::try_new(file.text.to_string()) {
                Ok(resource) => resource,
                Err((_, errors)) => {
                    for error in errors {
                        let line = line_of_offset(&file.text, error.pos.start);
                        diagnostics.push(Diagnostic::error(
                            &file.path,
                            line,
                            format!("Fluent syntax: {}", error.kind),
                        ));
                    }
                    continue;
                }
            };
            let lines = entry_lines(&file.text);
            for entry in resource.entries() {
                let (id, is_term) = match entry {
                    ast::Entry::Message(message) => (message.id.name, false),
                    ast::Entry::Term(term) => (term.id.name, true),
                    _ => continue,
                };
                let key = if is_term {
                    format!("-{id}")
                } else {
                    id.to_owned()
                };
                let line = lines.get(key.as_str()).copied().unwrap_or(0);
                if !layer_ids.insert(key.clone()) {
                    diagnostics.push(Diagnostic::error(
                        &file.path,
                        line,
                        format!("`{key}` is defined twice in this pack"),
                    ));
                }
                if is_term {
                    terms.insert(id.to_owned());
                } else {
                    messages.insert(
                        id.to_owned(),
                        MessageSource {
                            path: file.path.clone(),
                            line,
                        },
                    );
                }
                collect_references(entry, &mut |reference| {
                    references.push((file.path.clone(), line, reference))
                });
            }
            if layer_index == 0 {
                if let Err(errors) = bundle.add_resource(resource) {
                    // Duplicates are reported above, with their line.
                    debug_assert!(!errors.is_empty());
                }
            } else {
                bundle.add_resource_overriding(resource);
            }
        }
    }

    let known_message = |id: &str| {
        messages.contains_key(id) || default.is_some_and(|d| d.messages.contains_key(id))
    };
    for (path, line, reference) in &references {
        match reference {
            Reference::Variable(name) if !is_message_variable(name) => {
                diagnostics.push(Diagnostic::error(
                    path,
                    *line,
                    format!(
                        "unknown variable `${name}`; messages may use: {}",
                        [TEXT_VARIABLES, CHOICE_VARIABLES].concat().join(", ")
                    ),
                ));
            }
            Reference::Message(id) if !known_message(id) => {
                diagnostics.push(Diagnostic::error(
                    path,
                    *line,
                    format!("reference to unknown message `{id}`"),
                ));
            }
            Reference::Term(id) if !terms.contains(id) => {
                diagnostics.push(Diagnostic::error(
                    path,
                    *line,
                    format!("reference to unknown term `-{id}`"),
                ));
            }
            _ => {}
        }
    }

    if let Some(tone) = &tone {
        let where_ = tone_file.map(|f| f.path.clone()).unwrap_or_default();
        for (id, attributes) in tone.message_references() {
            let bundle_of = |id: &str| {
                if bundle.has_message(id) {
                    Some(&bundle)
                } else {
                    default
                        .filter(|d| d.bundle.has_message(id))
                        .map(|d| &d.bundle)
                }
            };
            match bundle_of(&id) {
                None => diagnostics.push(Diagnostic::error(
                    &where_,
                    0,
                    format!("the tone rules use message `{id}`, which no `.ftl` file defines"),
                )),
                Some(b) => {
                    let message = b.get_message(&id).expect("has_message");
                    for attribute in attributes {
                        if message.get_attribute(attribute).is_none() {
                            let at = messages.get(&id).map_or(0, |m| m.line);
                            let path = messages.get(&id).map_or(where_.clone(), |m| m.path.clone());
                            diagnostics.push(Diagnostic::error(
                                path,
                                at,
                                format!("message `{id}` needs a `.{attribute}` attribute"),
                            ));
                        }
                    }
                }
            }
        }
    }

    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(diagnostics);
    }
    // Lint data is read by the pack checker only: a pack serves whatever it holds.
    let top = |name: &str| layers.iter().rev().find_map(|l| l.file(name)).cloned();
    let lint = PackLintFiles {
        dir: layers.last().map(|l| l.dir.clone()).unwrap_or_default(),
        lint: top(LINT_FILE),
        baseline: top(LINT_BASELINE_FILE),
    };
    Ok(Pack {
        tag: tag.to_owned(),
        meta: meta.expect("no errors"),
        bundle,
        tone: tone.expect("no errors"),
        messages,
        lint,
    })
}

/// The line of each entry (message `id`, term `-id`) defined in `source`, in one pass.
fn entry_lines(source: &str) -> BTreeMap<&str, usize> {
    let mut lines = BTreeMap::new();
    for (number, line) in source.lines().enumerate() {
        let Some((id, _)) = line.split_once('=') else {
            continue;
        };
        let id = id.trim_end();
        let is_identifier = id
            .strip_prefix('-')
            .unwrap_or(id)
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && id
                .chars()
                .skip(1)
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if is_identifier && !line.starts_with(char::is_whitespace) {
            lines.entry(id).or_insert(number + 1);
        }
    }
    lines
}

/// Something a Fluent pattern refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    Variable(String),
    Message(String),
    Term(String),
    /// A select expression on `$variable` with these variant keys (the default first).
    Select {
        variable: String,
        keys: Vec<String>,
    },
}

/// Everything a message's value and attributes refer to, directly.
pub fn message_references(message: &fluent_bundle::FluentMessage) -> Vec<Reference> {
    let mut found = Vec::new();
    let patterns = message
        .value()
        .into_iter()
        .chain(message.attributes().map(|a| a.value()));
    for pattern in patterns {
        walk_pattern(pattern, true, &mut |reference| found.push(reference));
    }
    found
}

/// Every variable, message and term a message refers to. Variables inside terms are the
/// term's own parameters and are not collected.
fn collect_references(entry: &ast::Entry<&str>, found: &mut dyn FnMut(Reference)) {
    match entry {
        ast::Entry::Message(message) => {
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                walk_pattern(pattern, true, found);
            }
        }
        ast::Entry::Term(term) => {
            for pattern in
                std::iter::once(&term.value).chain(term.attributes.iter().map(|a| &a.value))
            {
                walk_pattern(pattern, false, found);
            }
        }
        _ => {}
    }
}

fn walk_pattern(pattern: &ast::Pattern<&str>, variables: bool, found: &mut dyn FnMut(Reference)) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, variables, found);
        }
    }
}

fn walk_expression(
    expression: &ast::Expression<&str>,
    variables: bool,
    found: &mut dyn FnMut(Reference),
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                let mut keys: Vec<String> = variants
                    .iter()
                    .filter(|v| v.default)
                    .map(|v| variant_key(&v.key))
                    .collect();
                keys.extend(
                    variants
                        .iter()
                        .filter(|v| !v.default)
                        .map(|v| variant_key(&v.key)),
                );
                found(Reference::Select {
                    variable: id.name.to_owned(),
                    keys,
                });
            }
            walk_inline(selector, variables, found);
            for variant in variants {
                walk_pattern(&variant.value, variables, found);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, variables, found),
    }
}

fn variant_key(key: &ast::VariantKey<&str>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => (*name).to_owned(),
        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

fn walk_inline(
    inline: &ast::InlineExpression<&str>,
    variables: bool,
    found: &mut dyn FnMut(Reference),
) {
    match inline {
        ast::InlineExpression::VariableReference { id } if variables => {
            found(Reference::Variable(id.name.to_owned()))
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            found(Reference::Message(id.name.to_owned()))
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            found(Reference::Term(id.name.to_owned()));
            if let Some(arguments) = arguments {
                walk_arguments(arguments, variables, found);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, variables, found)
        }
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, variables, found)
        }
        _ => {}
    }
}

fn walk_arguments(
    arguments: &ast::CallArguments<&str>,
    variables: bool,
    found: &mut dyn FnMut(Reference),
) {
    for argument in arguments
        .positional
        .iter()
        .chain(arguments.named.iter().map(|n| &n.value))
    {
        walk_inline(argument, variables, found);
    }
}

/// Loads templates, reporting problems as a [`ContentError`].
pub fn build_templates<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Templates, ContentError> {
    Templates::load(files).map_err(ContentError)
}

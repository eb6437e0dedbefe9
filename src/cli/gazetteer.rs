//! `nergraph gazetteer`: inspect and validate gazetteers.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Subcommand;

use crate::error::Result;
use crate::gazetteer::check::{self, Severity};
use crate::gazetteer::{policy, EntityType, Gazetteer, GazetteerBuilder};
use crate::matcher::{Form, Matcher, Priority};
use crate::resolve;
use crate::text::{sentences, Normalized};

/// Subcommands of `gazetteer`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Count entities, names and policies by type, and time the matcher build.
    Stats {
        /// Gazetteer files to layer over the built-ins (repeatable).
        #[arg(short, long = "gazetteer", value_name = "PATH")]
        gazetteers: Vec<PathBuf>,
    },
    /// Validate gazetteer and policy files (with no PATH: the built-ins).
    ///
    /// Reports, as FILE:LINE, names claimed by two entities without a
    /// policy, missing parents and countries, and policies about unknown
    /// ids. Exits 1 when there are errors.
    Check {
        /// Files to check, layered over the built-ins in order.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Show what a name resolves to, and why.
    Lookup {
        /// The name as it would appear in text ("Georgia", "US").
        name: String,
        /// Gazetteer files to layer over the built-ins (repeatable).
        #[arg(short, long = "gazetteer", value_name = "PATH")]
        gazetteers: Vec<PathBuf>,
    },
}

/// Runs a `gazetteer` subcommand.
pub fn run(cmd: Command) -> Result<ExitCode> {
    match cmd {
        Command::Stats { gazetteers } => stats(&load(&gazetteers)?),
        Command::Check { paths } => check(&paths),
        Command::Lookup { name, gazetteers } => lookup(&load(&gazetteers)?, &name),
    }
}

fn load(paths: &[PathBuf]) -> Result<Gazetteer> {
    let mut b = GazetteerBuilder::new().builtin()?;
    for p in paths {
        b = b.add_file(p)?;
    }
    b.build()
}

fn stats(g: &Gazetteer) -> Result<ExitCode> {
    #[derive(Default)]
    struct Row {
        entities: usize,
        with_alias: usize,
        aliases: usize,
        demonyms: usize,
        short: usize,
        roles: usize,
    }
    let mut rows: BTreeMap<EntityType, Row> = BTreeMap::new();
    for e in g.entities() {
        let r = rows.entry(e.etype).or_default();
        r.entities += 1;
        let extra = e.aliases.len() - 1;
        r.with_alias += usize::from(extra + e.demonyms.len() + e.short.len() > 0);
        r.aliases += extra;
        r.demonyms += e.demonyms.len();
        r.short += e.short.len();
        r.roles += e.roles.len();
    }
    println!(
        "{:<13} {:>9} {:>11} {:>9} {:>9} {:>7} {:>7}",
        "type", "entities", "with alias", "aliases", "demonyms", "short", "roles"
    );
    for (t, r) in &rows {
        println!(
            "{:<13} {:>9} {:>11} {:>9} {:>9} {:>7} {:>7}",
            t.as_str(),
            r.entities,
            r.with_alias,
            r.aliases,
            r.demonyms,
            r.short,
            r.roles
        );
    }
    let policies: usize = g.policies().values().map(Vec::len).sum();
    println!("total entities: {}; alias policies: {policies}", g.len());
    let t = Instant::now();
    let m = Matcher::new(g);
    println!(
        "matcher: {} surface forms, built in {} ms",
        m.pattern_count(),
        t.elapsed().as_millis()
    );
    Ok(ExitCode::SUCCESS)
}

fn check(paths: &[PathBuf]) -> Result<ExitCode> {
    let g = load(paths)?;
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let only = |file: &str| {
        if names.is_empty() {
            file.starts_with("builtin:")
        } else {
            names.iter().any(|n| n == file)
        }
    };
    let findings = check::check(&g, &only);
    for f in &findings {
        println!("{f}");
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    println!(
        "{} entities checked: {errors} errors, {} warnings",
        g.len(),
        findings.len() - errors
    );
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn lookup(g: &Gazetteer, name: &str) -> Result<ExitCode> {
    let key = policy::key(name);
    let mut known = false;
    for e in g.entities() {
        let forms = e
            .aliases
            .iter()
            .map(|a| (a, "alias"))
            .chain(e.demonyms.iter().map(|d| (d, "demonym")))
            .chain(
                e.short
                    .iter()
                    .map(|s| (s, "short (after the full name only)")),
            );
        for (spelling, form) in forms.filter(|(s, _)| policy::key(s) == key) {
            known = true;
            println!(
                "{} ({}, {}): '{spelling}' as {form} [{}]",
                e.id,
                e.etype.as_str(),
                e.name,
                e.origin
            );
        }
    }
    for p in g.policies_for(name) {
        println!("policy {:?}: {} [{}]", p.rule, p.note, p.origin);
    }
    let matcher = Matcher::new(g);
    let norm = Normalized::new(name);
    let found = matcher.find(norm.as_str());
    let whole = found
        .iter()
        .find(|m| m.start == 0 && m.end == norm.as_str().len());
    match whole {
        Some(m) => {
            for c in &m.candidates {
                let why = match (c.form, c.priority) {
                    (Form::Short, _) => "only after the full name in the same article",
                    (_, Priority::Preferred) => "preferred by policy",
                    (_, Priority::NeedsContext) => "only with its country or another name of it in the article",
                    _ => "",
                };
                println!("candidate: {} {why}", g.entity(c.entity).id);
            }
            let resolved = resolve::resolve(g, &found, &sentences(norm.as_str()));
            match resolved.iter().find(|r| r.start == 0) {
                Some(r) => println!("alone in a text, '{name}' resolves to {}", g.entity(r.entity).id),
                None => println!("alone in a text, '{name}' resolves to nothing (it needs context)"),
            }
        }
        None if known => println!("'{name}' is not matched as written: a stop-listed name, or its capitals differ from the gazetteer's (capitals must be kept)"),
        None => println!("'{name}' is not in the gazetteer"),
    }
    Ok(ExitCode::SUCCESS)
}

//! CSV files for `neo4j-admin database import full`:
//!
//! ```text
//! nodes.csv          id:ID,:LABEL,name,type,mentions:long,aliases:string[],country,articles:string[],attributes
//! relationships.csv  :START_ID,:END_ID,:TYPE,kind,label,category,directed:boolean,negated:boolean,mood,attributed_to,first_seen,last_seen,weight:long,evidence
//! ```
//!
//! Every node has the labels `Entity` and its type (`Entity;Person`); every
//! relationship has the type `RELATION` and says what it is in `kind` and
//! `label`, as the Cypher export does. Arrays use neo4j-admin's default
//! delimiter `;` (a `;` inside an alias becomes `,`). `attributes` is the
//! node's attribute object and `evidence` the edge's evidence array, each as
//! JSON text. Absent values are empty, unquoted fields, which neo4j-admin
//! imports as no property.
//!
//! Quoting follows RFC 4180: fields containing a comma, a quote, CR or LF
//! are quoted, quotes doubled, records end in CRLF. Evidence and aliases can
//! contain line breaks, so import with `--multiline-fields=true`.
//!
//! Spreadsheet formula injection: a text field that starts with `=`, `+`,
//! `-`, `@`, tab or carriage return gets a leading apostrophe (`'`), the
//! OWASP advice, so a spreadsheet shows it as text instead of evaluating it.
//! That apostrophe is then part of the value in the database too; numbers
//! and booleans never get one.

use crate::graph::{Edge, Graph, Node};

/// File name of the nodes.
pub const NODES: &str = "nodes.csv";
/// File name of the relationships.
pub const RELATIONSHIPS: &str = "relationships.csv";

const NODE_HEADER: &str =
    "id:ID,:LABEL,name,type,mentions:long,aliases:string[],country,articles:string[],attributes";
const EDGE_HEADER: &str = ":START_ID,:END_ID,:TYPE,kind,label,category,directed:boolean,negated:boolean,mood,attributed_to,first_seen,last_seen,weight:long,evidence";

/// The two files, `(name, contents)`.
pub fn files(graph: &Graph) -> Vec<(String, String)> {
    let mut nodes = String::new();
    record(&mut nodes, NODE_HEADER.split(',').map(str::to_string));
    for n in graph.nodes() {
        record(&mut nodes, node(n));
    }
    let mut edges = String::new();
    record(&mut edges, EDGE_HEADER.split(',').map(str::to_string));
    for e in graph.edges() {
        record(&mut edges, edge(e));
    }
    vec![(NODES.into(), nodes), (RELATIONSHIPS.into(), edges)]
}

fn node(n: &Node) -> Vec<String> {
    vec![
        text(&n.id),
        text(&format!("Entity;{}", label(&n.node_type))),
        text(&n.name),
        text(&n.node_type),
        n.mentions.to_string(),
        text(&array(n.aliases.iter())),
        opt(n.country.as_deref()),
        text(&array(n.articles.iter())),
        // A map of JSON values always serializes.
        text(&super::json_text(&n.attributes, false)),
    ]
}

fn edge(e: &Edge) -> Vec<String> {
    vec![
        text(&e.source),
        text(&e.target),
        "RELATION".into(),
        text(&e.kind),
        text(&e.label),
        opt(e.category.as_deref()),
        e.directed.to_string(),
        e.negated.to_string(),
        opt(e.mood.as_deref()),
        opt(e.attributed_to.as_deref()),
        opt(e.first_seen.as_deref()),
        opt(e.last_seen.as_deref()),
        e.weight.to_string(),
        // Evidence items are plain structs of strings and numbers.
        text(&super::json_text(&e.evidence, false)),
    ]
}

/// A node type as a Neo4j label: `person` → `Person`.
pub fn label(node_type: &str) -> String {
    let mut chars = node_type.chars().filter(|c| c.is_ascii_alphanumeric());
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + &chars.collect::<String>(),
        None => "Unknown".into(),
    }
}

fn array<'a>(items: impl Iterator<Item = &'a String>) -> String {
    items
        .map(|s| s.replace(';', ","))
        .collect::<Vec<_>>()
        .join(";")
}

fn opt(v: Option<&str>) -> String {
    v.map(text).unwrap_or_default()
}

/// A text field: guarded against formula injection and quoted as needed.
pub fn text(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    quote(&guarded)
}

/// RFC 4180 quoting: quote when the field contains a comma, quote, CR or
/// LF (and when it is empty, so that it stays an empty string rather than
/// no value), doubling quotes.
fn quote(s: &str) -> String {
    if s.is_empty() || s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn record(out: &mut String, fields: impl IntoIterator<Item = String>) {
    let fields: Vec<String> = fields.into_iter().collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_guards() {
        assert_eq!(text("plain"), "plain");
        assert_eq!(text("a,b"), "\"a,b\"");
        assert_eq!(text("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text("two\nlines"), "\"two\nlines\"");
        assert_eq!(text("=1+2"), "'=1+2");
        assert_eq!(text("-x,y"), "\"'-x,y\"");
        assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text(""), "\"\"");
        assert_eq!(opt(None), "");
    }

    #[test]
    fn labels() {
        assert_eq!(label("person"), "Person");
        assert_eq!(label("organization"), "Organization");
        assert_eq!(label("a b"), "Ab");
        assert_eq!(label(""), "Unknown");
    }
}

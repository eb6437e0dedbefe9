//! GraphML, for NetworkX (`read_graphml`), Gephi, yEd and Cytoscape.
//!
//! Every attribute is declared with a typed `<key>`: nodes have `label` (the
//! name, which Gephi shows), `type`, `name`, `mentions` (long), `aliases`
//! and `articles` (joined with `"; "`), `country`, and one key per entry of
//! `attributes` (boolean, long, double or string by the values seen; other
//! JSON values are written as JSON text). Edges have `label`, `kind`,
//! `category`, `directed` and `negated` (boolean), `mood`, `attributed_to`,
//! `first_seen`, `last_seen`, `weight` (double, which Gephi uses as the edge
//! weight) and `evidence`: one line `[ARTICLE] SENTENCE` per evidence item.
//! Absent optional values are left out.
//!
//! The graph is `edgedefault="directed"`; co-occurrence edges say
//! `directed=false` as data rather than as the XML attribute, which NetworkX
//! refuses in a directed graph. Edges have ids (`e0`, `e1`, ...), so readers
//! keep parallel relations apart. Text is XML-escaped and characters that
//! XML 1.0 does not allow (C0 controls other than tab, newline and carriage
//! return; U+FFFE, U+FFFF) are dropped.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::Value;

use crate::graph::{Edge, Graph, Node};

/// GraphML attribute types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    Boolean,
    Long,
    Double,
    Str,
}

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::Boolean => "boolean",
            Ty::Long => "long",
            Ty::Double => "double",
            Ty::Str => "string",
        }
    }

    fn of(v: &Value) -> Ty {
        match v {
            Value::Bool(_) => Ty::Boolean,
            Value::Number(n) if n.is_i64() || n.is_u64() => Ty::Long,
            Value::Number(_) => Ty::Double,
            _ => Ty::Str,
        }
    }

    /// The type that holds values of both types.
    fn join(self, other: Ty) -> Ty {
        match (self, other) {
            (a, b) if a == b => a,
            (Ty::Long, Ty::Double) | (Ty::Double, Ty::Long) => Ty::Double,
            _ => Ty::Str,
        }
    }
}

/// Node keys with fixed meaning, in output order.
const NODE_KEYS: [(&str, Ty); 7] = [
    ("label", Ty::Str),
    ("type", Ty::Str),
    ("name", Ty::Str),
    ("mentions", Ty::Long),
    ("aliases", Ty::Str),
    ("country", Ty::Str),
    ("articles", Ty::Str),
];

/// Edge keys, in output order.
const EDGE_KEYS: [(&str, Ty); 11] = [
    ("label", Ty::Str),
    ("kind", Ty::Str),
    ("category", Ty::Str),
    ("directed", Ty::Boolean),
    ("negated", Ty::Boolean),
    ("mood", Ty::Str),
    ("attributed_to", Ty::Str),
    ("first_seen", Ty::Str),
    ("last_seen", Ty::Str),
    ("weight", Ty::Double),
    ("evidence", Ty::Str),
];

/// Separator of joined lists (`aliases`, `articles`).
pub const LIST_SEPARATOR: &str = "; ";

/// The graph as a GraphML document, ending in a newline.
pub fn to_string(graph: &Graph) -> String {
    let nodes = graph.nodes();
    let edges = graph.edges();
    let extra = attribute_keys(&nodes);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (i, (name, ty)) in NODE_KEYS.iter().enumerate() {
        key(&mut out, &format!("n{i}"), "node", name, *ty);
    }
    for (i, (name, ty)) in extra.iter().enumerate() {
        key(&mut out, &format!("na{i}"), "node", name, *ty);
    }
    for (i, (name, ty)) in EDGE_KEYS.iter().enumerate() {
        key(&mut out, &format!("e{i}"), "edge", name, *ty);
    }
    out.push_str("  <graph id=\"nergraph\" edgedefault=\"directed\">\n");
    for n in &nodes {
        node(&mut out, n, &extra);
    }
    for (i, e) in edges.iter().enumerate() {
        edge(&mut out, i, e);
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

fn key(out: &mut String, id: &str, domain: &str, name: &str, ty: Ty) {
    let _ = writeln!(
        out,
        "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{}\" attr.type=\"{}\"/>",
        escape(name),
        ty.name()
    );
}

/// The names and types of the entries of node `attributes`, sorted by name.
/// A name that is also a fixed node key gets the prefix `attr_`.
fn attribute_keys(nodes: &[&Node]) -> Vec<(String, Ty)> {
    let mut keys: BTreeMap<&str, Ty> = BTreeMap::new();
    for n in nodes {
        for (k, v) in &n.attributes {
            if v.is_null() {
                continue;
            }
            let ty = Ty::of(v);
            keys.entry(k).and_modify(|t| *t = t.join(ty)).or_insert(ty);
        }
    }
    keys.into_iter()
        .map(|(k, ty)| (attribute_key_name(k), ty))
        .collect()
}

/// The GraphML name of the node attribute `name`.
pub fn attribute_key_name(name: &str) -> String {
    if NODE_KEYS.iter().any(|(k, _)| *k == name) {
        format!("attr_{name}")
    } else {
        name.to_string()
    }
}

fn data(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", escape(value));
}

fn node(out: &mut String, n: &Node, extra: &[(String, Ty)]) {
    let _ = writeln!(out, "    <node id=\"{}\">", escape(&n.id));
    let values = [
        Some(n.name.clone()),
        Some(n.node_type.clone()),
        Some(n.name.clone()),
        Some(n.mentions.to_string()),
        Some(join(n.aliases.iter())),
        n.country.clone(),
        Some(join(n.articles.iter())),
    ];
    for (i, v) in values.iter().enumerate() {
        if let Some(v) = v {
            data(out, &format!("n{i}"), v);
        }
    }
    for (k, v) in &n.attributes {
        let name = attribute_key_name(k);
        let Some(i) = extra.iter().position(|(key, _)| *key == name) else {
            continue; // a null value, which has no key
        };
        if let Some(v) = value_text(v, extra[i].1) {
            data(out, &format!("na{i}"), &v);
        }
    }
    out.push_str("    </node>\n");
}

/// A JSON attribute value as GraphML text of type `ty`.
fn value_text(v: &Value, ty: Ty) -> Option<String> {
    match (v, ty) {
        (Value::Null, _) => None,
        (Value::String(s), _) => Some(s.clone()),
        (Value::Bool(b), Ty::Boolean) => Some(b.to_string()),
        (Value::Number(n), Ty::Long | Ty::Double) => Some(n.to_string()),
        (v, _) => Some(v.to_string()),
    }
}

fn join<'a>(items: impl Iterator<Item = &'a String>) -> String {
    items
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR)
}

/// The evidence of an edge as one string: a line `[ARTICLE] SENTENCE` per
/// item, in the graph's order.
pub fn evidence_text(e: &Edge) -> String {
    e.evidence
        .iter()
        .map(|ev| format!("[{}] {}", ev.article, ev.text))
        .collect::<Vec<_>>()
        .join("\n")
}

fn edge(out: &mut String, i: usize, e: &Edge) {
    let _ = writeln!(
        out,
        "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
        escape(&e.source),
        escape(&e.target)
    );
    let values = [
        Some(e.label.clone()),
        Some(e.kind.clone()),
        e.category.clone(),
        Some(e.directed.to_string()),
        Some(e.negated.to_string()),
        e.mood.clone(),
        e.attributed_to.clone(),
        e.first_seen.clone(),
        e.last_seen.clone(),
        Some(e.weight.to_string()),
        Some(evidence_text(e)),
    ];
    for (i, v) in values.iter().enumerate() {
        if let Some(v) = v {
            data(out, &format!("e{i}"), v);
        }
    }
    out.push_str("    </edge>\n");
}

/// Escapes `s` for XML 1.0 text and attribute values: markup characters as
/// entities, tab, newline and carriage return as character references (so
/// attribute-value normalization and line-end handling keep them), and
/// characters XML 1.0 forbids dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if !allowed(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether XML 1.0 allows `c` (its `Char` production).
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(
            escape("a<b>&\"c\" 'd' ]]> \u{1}\u{8}\u{b}\u{fffe}x\ty\r\nz"),
            "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos; ]]&gt; x&#9;y&#13;&#10;z"
        );
    }

    #[test]
    fn types_join() {
        assert_eq!(Ty::Long.join(Ty::Double), Ty::Double);
        assert_eq!(Ty::Long.join(Ty::Boolean), Ty::Str);
        assert_eq!(Ty::Boolean.join(Ty::Boolean), Ty::Boolean);
    }
}

//! Graphviz DOT, built with graphviz-rust's DOT structures and printer.
//!
//! Nodes are shaped and coloured by type; edges are labelled, thicker with
//! weight, dashed and undirected for co-occurrence, and carry their evidence
//! in a tooltip (shown on hover in SVG). Every id and string is written as a
//! quoted DOT string with `"` and `\` escaped and control characters removed,
//! so no entity name or sentence can break the file.

use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph as DotGraph, GraphAttributes, Id, Node as DotNode,
    NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use crate::graph::{Edge, Graph, Node};

/// At most this many evidence sentences go into an edge tooltip.
const TOOLTIP_EVIDENCE: usize = 5;
/// Longest evidence sentence in a tooltip, in characters.
const TOOLTIP_CHARS: usize = 300;

/// The graph as a DOT `digraph`, ending in a newline.
pub fn to_string(graph: &Graph) -> String {
    let mut stmts = defaults();
    stmts.extend(graph.nodes().into_iter().map(node));
    stmts.extend(graph.edges().into_iter().map(edge));
    let g = DotGraph::DiGraph {
        id: Id::Plain("nergraph".into()),
        strict: false,
        stmts,
    };
    let mut ctx = PrinterContext::default();
    let mut s = g.print(&mut ctx);
    s.push('\n');
    s
}

/// Escapes `s` as the body of a DOT quoted string. Backslashes are doubled
/// so that Graphviz's own escapes (`\N`, `\l`) cannot be triggered from text.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn quoted(s: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape(s)))
}

fn attr(key: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(key.into()), quoted(value))
}

fn defaults() -> Vec<Stmt> {
    vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", "LR"),
            attr("fontname", "Helvetica"),
            attr("overlap", "false"),
            attr("splines", "true"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontname", "Helvetica"),
            attr("style", "filled"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "10"),
        ])),
    ]
}

/// Shape and fill colour per node type.
fn style(node_type: &str) -> (&'static str, &'static str) {
    match node_type {
        "person" => ("ellipse", "#a8d5f2"),
        "country" => ("box", "#ffd166"),
        "region" => ("hexagon", "#b7e4a7"),
        "organization" => ("component", "#f4a6a6"),
        _ => ("ellipse", "#dddddd"),
    }
}

fn node(n: &Node) -> Stmt {
    let (shape, fill) = style(&n.node_type);
    let tooltip = format!(
        "{} ({})\nmentions: {}\nseen as: {}",
        n.name,
        n.id,
        n.mentions,
        join(&n.aliases)
    );
    Stmt::Node(DotNode::new(
        NodeId(quoted(&n.id), None),
        vec![
            attr("label", &n.name),
            attr("shape", shape),
            attr("fillcolor", fill),
            attr("tooltip", &tooltip),
        ],
    ))
}

fn join<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    items
        .into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

fn edge(e: &Edge) -> Stmt {
    let label = if e.negated {
        format!("not {}", e.label)
    } else {
        e.label.clone()
    };
    let penwidth = (1.0 + (e.weight as f64).ln()).min(6.0);
    let mut attributes = vec![
        attr("label", &label),
        attr("penwidth", &format!("{penwidth:.2}")),
        attr("tooltip", &tooltip(e)),
        attr("color", edge_color(e)),
    ];
    match e.kind.as_str() {
        "cooccurrence" => {
            attributes.push(attr("style", "dashed"));
            attributes.push(attr("dir", "none"));
            attributes.push(attr("fontcolor", "#888888"));
            attributes.push(attr("fontsize", "8"));
        }
        "location" => attributes.push(attr("style", "dotted")),
        _ if e.negated => attributes.push(attr("style", "dashed")),
        _ => {}
    }
    Stmt::Edge(DotEdge {
        ty: EdgeTy::Pair(
            Vertex::N(NodeId(quoted(&e.source), None)),
            Vertex::N(NodeId(quoted(&e.target), None)),
        ),
        attributes,
    })
}

fn edge_color(e: &Edge) -> &'static str {
    match (e.kind.as_str(), e.category.as_deref()) {
        ("cooccurrence", _) => "#999999",
        ("affiliation", _) => "#1d4e89",
        ("location", _) => "#4f772d",
        (_, Some("ASSAULT" | "COERCE" | "THREATEN" | "SANCTION")) => "#c1121f",
        (_, Some("ACCUSE" | "REJECT" | "PROTEST")) => "#e76f51",
        (_, Some("SUPPORT" | "AID" | "COOPERATE" | "AGREE")) => "#2a9d8f",
        _ => "#333333",
    }
}

fn tooltip(e: &Edge) -> String {
    let mut lines: Vec<String> = e
        .evidence
        .iter()
        .take(TOOLTIP_EVIDENCE)
        .map(|ev| {
            let text: String = ev.text.chars().take(TOOLTIP_CHARS).collect();
            format!(
                "[{}] {}",
                ev.article,
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            )
        })
        .collect();
    if e.evidence.len() > TOOLTIP_EVIDENCE {
        lines.push(format!(
            "... and {} more",
            e.evidence.len() - TOOLTIP_EVIDENCE
        ));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_quotes_backslashes_and_controls() {
        assert_eq!(escape(r#"a "b" \N c"#), r#"a \"b\" \\N c"#);
        assert_eq!(escape("x\ny\u{7}z"), "x\\nyz");
    }
}

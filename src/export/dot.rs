//! Graphviz DOT, built with graphviz-rust's DOT structures and printer.
//!
//! Nodes are shaped and coloured by type; edges are labelled, thicker with
//! weight, dashed and undirected for co-occurrence, and carry their evidence
//! in a tooltip (shown on hover in SVG). Every id and string is written as a
//! quoted DOT string with `"` and `\` escaped and control characters removed,
//! so no entity name or sentence can break the file.
//!
//! [`to_string`] is the plain DOT of `extract --format dot`;
//! [`to_string_styled`] adds what a picture needs ([`Style::picture`]): a
//! legend, label sizes by importance, weights on edge labels, a layout
//! engine and a direction.

use std::collections::BTreeSet;

use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph as DotGraph, GraphAttributes, Id, Node as DotNode,
    NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use crate::graph::{Edge, Graph, Node};

/// At most this many evidence sentences go into an edge tooltip.
const TOOLTIP_EVIDENCE: usize = 5;
/// Longest evidence sentence in a tooltip, in characters.
const TOOLTIP_CHARS: usize = 300;

/// Graphviz layout engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Layered (hierarchical) drawing; follows `rankdir`.
    #[default]
    Dot,
    /// Spring model (stress majorization).
    Neato,
    /// Force-directed, with clusters.
    Fdp,
    /// Multiscale force-directed, for large graphs.
    Sfdp,
}

impl Layout {
    /// The engine's program name.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
        }
    }
}

/// How a DOT graph is dressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Style {
    /// The engine the graph is laid out with (sets the `layout` attribute
    /// and the engine-specific spacing).
    pub layout: Layout,
    /// Direction of `dot` layouts: `LR`, `RL`, `TB` or `BT`.
    pub rankdir: String,
    /// A legend cluster explaining the node types and edge kinds present.
    pub legend: bool,
    /// Evidence and aliases as tooltips (shown on hover in SVG).
    pub tooltips: bool,
    /// Font size by mentions, weights in edge labels, co-occurrence edges
    /// labelled with their count only.
    pub emphasis: bool,
}

impl Style {
    /// The plain DOT of `extract --format dot`.
    pub fn plain() -> Style {
        Style {
            layout: Layout::Dot,
            rankdir: "LR".into(),
            legend: false,
            tooltips: true,
            emphasis: false,
        }
    }

    /// A picture meant to be read: legend and emphasis on.
    pub fn picture(layout: Layout, rankdir: &str) -> Style {
        Style {
            layout,
            rankdir: rankdir.into(),
            legend: true,
            tooltips: true,
            emphasis: true,
        }
    }
}

/// The graph as a DOT `digraph`, ending in a newline.
pub fn to_string(graph: &Graph) -> String {
    to_string_styled(graph, &Style::plain())
}

/// The graph as a DOT `digraph` dressed by `style`, ending in a newline.
pub fn to_string_styled(graph: &Graph, style: &Style) -> String {
    let nodes = graph.nodes();
    let edges = graph.edges();
    let mut stmts = defaults(style);
    if style.legend {
        match style.layout {
            // Engines that draw clusters get a cluster with sample shapes
            // and lines; the others, which would scatter its nodes, a table.
            Layout::Dot | Layout::Fdp => stmts.push(legend(&nodes, &edges)),
            Layout::Neato | Layout::Sfdp => {
                stmts.push(Stmt::GAttribute(GraphAttributes::Graph(vec![
                    Attribute(Id::Plain("label".into()), legend_table(&nodes, &edges)),
                    attr("labelloc", "b"),
                    attr("labeljust", "l"),
                ])))
            }
        }
    }
    let max_mentions = nodes.iter().map(|n| n.mentions).max().unwrap_or(1).max(1);
    stmts.extend(nodes.iter().map(|n| node(n, style, max_mentions)));
    stmts.extend(edges.iter().map(|e| edge(e, style)));
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

fn defaults(style: &Style) -> Vec<Stmt> {
    let mut graph = vec![
        attr("rankdir", &style.rankdir),
        attr("fontname", "Helvetica"),
        attr("overlap", "false"),
        attr("splines", "true"),
    ];
    if style.emphasis {
        graph.push(attr("layout", style.layout.name()));
        graph.push(attr("bgcolor", "white"));
        graph.push(attr("pad", "0.3"));
        match style.layout {
            Layout::Dot => {
                graph.push(attr("nodesep", "0.3"));
                graph.push(attr("ranksep", "0.9"));
            }
            Layout::Neato | Layout::Fdp | Layout::Sfdp => {
                graph.push(attr("sep", "+12"));
                graph.push(attr("K", "1.2"));
            }
        }
    }
    vec![
        Stmt::GAttribute(GraphAttributes::Graph(graph)),
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

/// Edge kinds in legend order, with the label shown for each.
const KINDS: [(&str, &str); 4] = [
    ("verb", "verb (colour: PLOVER category)"),
    ("affiliation", "affiliation"),
    ("location", "location"),
    ("cooccurrence", "co-occurrence (count)"),
];

/// Node types present, the four known ones first.
fn types_present<'a>(nodes: &[&'a Node]) -> Vec<&'a str> {
    const KNOWN: [&str; 4] = ["person", "country", "region", "organization"];
    let types: BTreeSet<&str> = nodes.iter().map(|n| n.node_type.as_str()).collect();
    let mut out: Vec<&str> = KNOWN
        .into_iter()
        .filter_map(|k| types.get(k).copied())
        .collect();
    out.extend(types.iter().copied().filter(|t| !KNOWN.contains(t)));
    out
}

/// The legend as an HTML-like table label: a filled cell per node type
/// (with its shape's name) and a coloured line per edge kind.
fn legend_table(nodes: &[&Node], edges: &[&Edge]) -> Id {
    let x = super::graphml::escape;
    let mut rows = String::from("<tr><td colspan=\"2\"><b>legend</b></td></tr>");
    for t in types_present(nodes) {
        let (shape, fill) = style(t);
        rows.push_str(&format!(
            "<tr><td bgcolor=\"{fill}\">{}</td><td align=\"left\">{shape}</td></tr>",
            x(t)
        ));
    }
    for (kind, text) in KINDS {
        if let Some(sample) = edges.iter().find(|e| e.kind == kind) {
            let line = match kind {
                "cooccurrence" => "- - -",
                "location" => "· · · ·",
                _ => "———",
            };
            rows.push_str(&format!(
                "<tr><td><font color=\"{}\">{line}</font></td><td align=\"left\">{}</td></tr>",
                edge_color(sample),
                x(text)
            ));
        }
    }
    Id::Html(format!(
        "<<table border=\"1\" cellborder=\"0\" cellspacing=\"2\" color=\"#bbbbbb\">{rows}</table>>"
    ))
}

/// A cluster with a sample node per node type and a sample edge per edge
/// kind present in the graph.
fn legend(nodes: &[&Node], edges: &[&Edge]) -> Stmt {
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("label", "legend"),
            attr("fontsize", "12"),
            attr("style", "rounded"),
            attr("color", "#bbbbbb"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![attr("fontsize", "10")])),
    ];
    for t in types_present(nodes) {
        let (shape, fill) = style(t);
        stmts.push(Stmt::Node(DotNode::new(
            NodeId(quoted(&format!("legend node {t}")), None),
            vec![
                attr("label", t),
                attr("shape", shape),
                attr("fillcolor", fill),
            ],
        )));
    }
    for (kind, text) in KINDS {
        let Some(sample) = edges.iter().find(|e| e.kind == kind) else {
            continue;
        };
        let a = format!("legend edge {kind} from");
        let b = format!("legend edge {kind} to");
        for id in [&a, &b] {
            stmts.push(Stmt::Node(DotNode::new(
                NodeId(quoted(id), None),
                vec![
                    attr("label", ""),
                    attr("shape", "point"),
                    attr("width", "0.05"),
                ],
            )));
        }
        let mut attributes = vec![attr("label", text), attr("color", edge_color(sample))];
        kind_style(sample, &mut attributes);
        if kind == "verb" {
            attributes.retain(|a| a.0 != Id::Plain("style".into()));
        }
        stmts.push(Stmt::Edge(DotEdge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(quoted(&a), None)),
                Vertex::N(NodeId(quoted(&b), None)),
            ),
            attributes,
        }));
    }
    Stmt::Subgraph(Subgraph {
        id: Id::Plain("cluster_legend".into()),
        stmts,
    })
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

fn node(n: &Node, style_: &Style, max_mentions: u64) -> Stmt {
    let (shape, fill) = style(&n.node_type);
    let mut attributes = vec![
        attr("label", &n.name),
        attr("shape", shape),
        attr("fillcolor", fill),
    ];
    if style_.emphasis {
        // 10 to 22 points, by the square root of the share of mentions.
        let share = (n.mentions as f64 / max_mentions as f64).sqrt();
        attributes.push(attr("fontsize", &format!("{:.1}", 10.0 + 12.0 * share)));
    }
    if style_.tooltips {
        let tooltip = format!(
            "{} ({})\nmentions: {}\nseen as: {}",
            n.name,
            n.id,
            n.mentions,
            join(&n.aliases)
        );
        attributes.push(attr("tooltip", &tooltip));
    }
    Stmt::Node(DotNode::new(NodeId(quoted(&n.id), None), attributes))
}

fn join<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    items
        .into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

fn edge(e: &Edge, style: &Style) -> Stmt {
    let mut label = if e.negated {
        format!("not {}", e.label)
    } else {
        e.label.clone()
    };
    if style.emphasis {
        if e.kind == "cooccurrence" {
            label = e.weight.to_string();
        } else if e.weight > 1 {
            label = format!("{label} ×{}", e.weight);
        }
    }
    let mut penwidth = (1.0 + (e.weight as f64).ln()).min(6.0);
    if style.emphasis && e.kind == "cooccurrence" {
        // Co-occurrence is the weakest link: keep it from drowning the rest.
        penwidth = penwidth.min(2.5);
    }
    let mut attributes = vec![
        attr("label", &label),
        attr("penwidth", &format!("{penwidth:.2}")),
    ];
    if style.tooltips {
        attributes.push(attr("tooltip", &tooltip(e)));
    }
    attributes.push(attr("color", edge_color(e)));
    kind_style(e, &mut attributes);
    Stmt::Edge(DotEdge {
        ty: EdgeTy::Pair(
            Vertex::N(NodeId(quoted(&e.source), None)),
            Vertex::N(NodeId(quoted(&e.target), None)),
        ),
        attributes,
    })
}

/// Line style by kind: co-occurrence dashed, grey and undirected, location
/// dotted, negated relations dashed; other undirected edges without arrow.
fn kind_style(e: &Edge, attributes: &mut Vec<Attribute>) {
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
    if !e.directed && e.kind != "cooccurrence" {
        // An act two did together ("Putin and Xi met").
        attributes.push(attr("dir", "none"));
    }
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

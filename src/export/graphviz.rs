//! Pictures: the styled DOT ([`super::dot::to_string_styled`]) laid out by
//! the Graphviz programs through graphviz-rust's `exec`, which runs `dot`
//! with `-K` for the layout engine and `-T` for the output format.
//!
//! Graphviz is the only outside program nergraph uses, and only here: when
//! `dot` is not installed, [`render`] says how to install it.

use graphviz_rust::cmd::{CommandArg, Format, Layout as GvLayout};

use std::collections::BTreeSet;

use super::dot::{self, Layout, Style};
use crate::error::{Error, Result};
use crate::graph::{Edge, Graph};

/// Picture formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Image {
    /// Scalable vector graphics, with tooltips.
    Svg,
    /// A bitmap.
    Png,
    /// A PDF page.
    Pdf,
}

impl Image {
    /// The format named by a file extension (`svg`, `png`, `pdf`, any case).
    pub fn from_extension(ext: &str) -> Option<Image> {
        match ext.to_ascii_lowercase().as_str() {
            "svg" => Some(Image::Svg),
            "png" => Some(Image::Png),
            "pdf" => Some(Image::Pdf),
            _ => None,
        }
    }
}

/// How to install Graphviz, for error messages.
pub const INSTALL_HINT: &str = "Graphviz is needed to draw pictures and its `dot` program was not \
     found; install it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; \
     Fedora: dnf install graphviz) or write DOT with --format dot, which needs nothing";

/// Lays `graph` out with Graphviz in `style` and returns the picture.
pub fn render(graph: &Graph, style: &Style, image: Image) -> Result<Vec<u8>> {
    let text = dot::to_string_styled(graph, style);
    let layout = match style.layout {
        Layout::Dot => GvLayout::Dot,
        Layout::Neato => GvLayout::Neato,
        Layout::Fdp => GvLayout::Fdp,
        Layout::Sfdp => GvLayout::Sfdp,
    };
    let format = match image {
        Image::Svg => Format::Svg,
        Image::Png => Format::Png,
        Image::Pdf => Format::Pdf,
    };
    let args = vec![CommandArg::Layout(layout), CommandArg::Format(format)];
    graphviz_rust::exec_dot(text, args).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::External {
            program: "dot".into(),
            msg: INSTALL_HINT.into(),
        },
        _ => Error::External {
            program: "dot".into(),
            msg: format!("Graphviz failed: {}", e.to_string().trim()),
        },
    })
}

/// The part of `graph` worth drawing. Without `top`, the whole graph less
/// the co-occurrence edges seen fewer than `min_cooccurrence` times. With
/// `top`, the `top` entities with the most mentions (ties by id) that are
/// not left alone: an entity without a drawn relation to another chosen
/// one gives its place to the next, until every chosen entity has one.
pub fn readable(graph: &Graph, top: Option<usize>, min_cooccurrence: u64) -> Graph {
    let drawn = |e: &&Edge| e.kind != "cooccurrence" || e.weight >= min_cooccurrence;
    let edges: Vec<&Edge> = graph.edges().into_iter().filter(drawn).collect();
    let mut nodes = graph.nodes();
    nodes.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
    if let Some(top) = top {
        let mut excluded: BTreeSet<&str> = BTreeSet::new();
        loop {
            let chosen: BTreeSet<&str> = nodes
                .iter()
                .map(|n| n.id.as_str())
                .filter(|id| !excluded.contains(id))
                .take(top)
                .collect();
            let linked: BTreeSet<&str> = edges
                .iter()
                .filter(|e| e.source != e.target)
                .filter(|e| {
                    chosen.contains(e.source.as_str()) && chosen.contains(e.target.as_str())
                })
                .flat_map(|e| [e.source.as_str(), e.target.as_str()])
                .collect();
            if chosen.len() <= 1 || chosen.iter().all(|id| linked.contains(id)) {
                nodes.retain(|n| chosen.contains(n.id.as_str()));
                break;
            }
            excluded.extend(chosen.difference(&linked));
        }
    }
    let mut g = Graph::new();
    for a in graph.articles() {
        g.add_article(a.clone());
    }
    for n in nodes {
        g.add_node(n.clone());
    }
    for e in edges {
        if g.node(&e.source).is_some() && g.node(&e.target).is_some() {
            g.add_edge(e.clone());
        }
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Extractor};

    #[test]
    fn readable_keeps_top_entities_that_are_linked() {
        let x = Extractor::builtin().unwrap();
        let g = x.extract(&Article::new(
            "t",
            "Chile met Peru. Chile praised Peru. Peru warned Chile. Bolivia met Chile. Japan.",
        ));
        let all = readable(&g, None, 1);
        assert_eq!(all.node_count(), g.node_count());
        // Japan is mentioned but linked to nothing: Bolivia takes its place.
        let top = readable(&g, Some(3), 1);
        let ids: Vec<&str> = top.nodes().iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["country:BOL", "country:CHL", "country:PER"]);
        // Co-occurrence seen once (Bolivia and Chile) is dropped, verbs stay.
        let strong = readable(&g, None, 2);
        let cooccurrence = |g: &Graph| {
            g.edges()
                .iter()
                .filter(|e| e.kind == "cooccurrence")
                .map(|e| (e.source.clone(), e.weight))
                .collect::<Vec<_>>()
        };
        assert!(cooccurrence(&g).contains(&("country:BOL".to_string(), 1)));
        assert!(cooccurrence(&strong).iter().all(|(_, w)| *w >= 2));
        assert!(strong
            .edges()
            .iter()
            .any(|e| e.label == "meet" && e.source == "country:BOL"));
    }

    #[test]
    fn image_formats_from_extensions() {
        assert_eq!(Image::from_extension("SVG"), Some(Image::Svg));
        assert_eq!(Image::from_extension("png"), Some(Image::Png));
        assert_eq!(Image::from_extension("pdf"), Some(Image::Pdf));
        assert_eq!(Image::from_extension("bmp"), None);
    }
}

//! Property tests of what every output relies on: evidence and mentions
//! quote the original text exactly, ids and bytes do not depend on the
//! order articles come in or on the number of threads. (Merge being
//! associative and commutative is in `merge.rs`.)

use std::path::PathBuf;
use std::sync::OnceLock;

use nergraph::corpus::driver;
use nergraph::export::json;
use nergraph::{Article, Extractor, Graph};
use proptest::prelude::*;

use crate::util::corpus_files;

fn extractor() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(|| Extractor::builtin().unwrap())
}

/// Pieces of news text, chosen so that random sequences of them contain
/// names, verbs and sentence ends, and every character that normalization
/// folds or drops (typographic quotes and dashes, no-break and zero-width
/// spaces, soft hyphens, a byte-order mark) or that is several bytes long.
const PIECES: &[&str] = &[
    "Vladimir Putin",
    "Putin",
    "Kim Jong Un",
    "North Korea",
    "North Korean",
    "Russia",
    "Russia\u{2019}s",
    "the Kremlin",
    "Moscow",
    "Seoul",
    "Ukraine",
    "Kursk",
    "NATO",
    "the United Nations",
    "Xi Jinping",
    " praised ",
    " met ",
    " said ",
    " accused ",
    " and ",
    " of ",
    " who ",
    " will visit ",
    " did not attack ",
    ". ",
    ".\n\n",
    "\r\n",
    ", ",
    " ",
    "\u{201C}",
    "\u{201D}",
    "\u{2014}",
    "\u{00A0}",
    "\u{200B}",
    "\u{00AD}",
    "\u{FEFF}",
    "\u{200F}",
    "é",
    "e\u{0301}",
    "Москва",
    "北京",
    "القاهرة",
    "🇷🇺",
    "👍🏽",
    "(",
    ")",
    "'",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..60).prop_map(|v| v.concat())
}

/// The test corpus's articles, read once.
fn articles() -> &'static [Article] {
    static A: OnceLock<Vec<Article>> = OnceLock::new();
    A.get_or_init(|| {
        corpus_files()
            .iter()
            .map(|p: &PathBuf| {
                let id = p.file_stem().unwrap().to_string_lossy().into_owned();
                Article::read(p, Some(&id)).unwrap()
            })
            .collect()
    })
}

fn merged_in_order(order: &[usize]) -> String {
    let graphs = order.iter().map(|&i| extractor().extract(&articles()[i]));
    json::to_string(&Graph::merged(graphs))
}

fn on_threads(order: &[usize], threads: usize) -> String {
    let pool = driver::pool(threads).unwrap();
    let mut g = Graph::new();
    let items = order.iter().map(|&i| Ok(articles()[i].clone()));
    driver::for_each_article(
        &pool,
        items,
        |a| extractor().extract(&a),
        |r| {
            g.merge(r.unwrap());
            Ok(())
        },
    )
    .unwrap();
    json::to_string(&g)
}

/// As `extract` builds one graph: each worker thread folds its articles'
/// graphs into its own (`driver::fold_articles`), and the partial graphs
/// are merged at the end; every graph keeps at most `max` evidence items.
fn folded_on_threads(order: &[usize], threads: usize, max: Option<usize>) -> String {
    let pool = driver::pool(threads).unwrap();
    let empty = || {
        let mut g = Graph::new();
        g.set_max_evidence(max);
        g
    };
    let items = order.iter().map(|&i| Ok(articles()[i].clone()));
    let extractor = extractor().clone().with_max_evidence(max);
    let parts = driver::fold_articles(
        &pool,
        items,
        |a| extractor.extract(&a),
        empty,
        Graph::merge,
        |r| {
            r.unwrap();
            Ok(())
        },
    )
    .unwrap();
    let mut g = empty();
    for part in parts {
        g.merge(part);
    }
    json::to_string(&g)
}

/// The graphs of `order` merged one by one in that order, each keeping at
/// most `max` evidence items.
fn trimmed_in_order(order: &[usize], max: Option<usize>) -> String {
    let extractor = extractor().clone().with_max_evidence(max);
    let mut g = Graph::new();
    g.set_max_evidence(max);
    for &i in order {
        g.merge(extractor.extract(&articles()[i]));
    }
    json::to_string(&g)
}

/// A random selection of the corpus's articles, in random order.
fn selection() -> impl Strategy<Value = Vec<usize>> {
    let n = articles().len();
    prop::sample::subsequence((0..n).collect::<Vec<_>>(), 1..=n).prop_shuffle()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn mentions_and_evidence_quote_the_original(body in text(), bom in any::<bool>()) {
        let original = if bom { format!("\u{FEFF}{body}") } else { body };
        let article = Article::new("p", original.clone());
        for m in extractor().entity_mentions(&article) {
            prop_assert!(original.is_char_boundary(m.start) && original.is_char_boundary(m.end));
            prop_assert_eq!(&original[m.start..m.end], m.text.as_str());
        }
        let g = extractor().extract(&article);
        for e in g.edges() {
            for ev in &e.evidence {
                prop_assert!(original.is_char_boundary(ev.start) && original.is_char_boundary(ev.end));
                prop_assert_eq!(&original[ev.start..ev.end], ev.text.as_str());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn graphs_do_not_depend_on_article_order(order in selection()) {
        let mut sorted = order.clone();
        sorted.sort_unstable();
        prop_assert_eq!(merged_in_order(&order), merged_in_order(&sorted));
    }

    #[test]
    fn one_and_three_threads_give_the_same_bytes(order in selection()) {
        prop_assert_eq!(on_threads(&order, 1), on_threads(&order, 3));
    }

    #[test]
    fn per_thread_graphs_merge_to_the_sequential_graph(
        order in selection(),
        max in prop::option::of(1usize..4),
    ) {
        let want = trimmed_in_order(&order, max);
        prop_assert_eq!(folded_on_threads(&order, 1, max), want.clone());
        prop_assert_eq!(folded_on_threads(&order, 3, max), want);
    }
}

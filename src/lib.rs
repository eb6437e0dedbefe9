//! nergraph turns news articles into graphs of who relates to whom.
//!
//! The pipeline has one module per stage, and data flows one way:
//!
//! 1. [`text`]: normalize (keeping offsets into the original), sentences, tokens;
//! 2. [`gazetteer`]: load and validate entity lists;
//! 3. [`matcher`]: find names with one trie, tried at word starts;
//! 4. [`resolve`]: settle each mention on one real-world entity;
//! 5. [`relations`]: co-occurrence, verb patterns, affiliation, location;
//! 6. [`graph`]: a petgraph graph, merging equal edges;
//! 7. [`export`]: JSON, DOT, GraphML, node-link, JSON Lines, Cypher, Neo4j CSV
//!    and HTML writers, and Graphviz pictures.
//!
//! Around the pipeline, [`corpus`] reads many articles (directories, JSON
//! Lines) and runs it on all cores in a fixed order, and [`graph`] merges,
//! filters, compares and summarizes the graphs it makes.
//!
//! [`Extractor`] runs stages 1–6 for an article:
//!
//! ```
//! use nergraph::{Article, Extractor};
//!
//! let extractor = Extractor::builtin().unwrap();
//! let graph = extractor.extract(&Article::new("a1", "Vladimir Putin praised North Korean troops."));
//! let edge = graph.edges().into_iter().find(|e| e.label == "praise").unwrap();
//! assert_eq!((edge.source.as_str(), edge.target.as_str()), ("person:vladimir-putin", "country:PRK"));
//! ```
#![deny(missing_docs)]
// Library code never unwraps: input-dependent failures are errors, and the
// few invariants that cannot fail say why where they are relied on.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod allocator;
pub mod article;
pub mod cli;
pub mod corpus;
pub mod error;
pub mod export;
pub mod gazetteer;
pub mod graph;
pub mod matcher;
pub mod pipeline;
pub mod relations;
pub mod resolve;
pub mod text;

pub use article::Article;
pub use error::{Error, Result};
pub use graph::Graph;
pub use pipeline::{EntityMention, Extractor};

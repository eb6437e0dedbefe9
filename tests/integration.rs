//! Integration tests: run the real `nergraph` binary. One module per topic.

mod util;

mod bad_input;
mod corpus_input;
mod diff;
mod dot;
mod export;
mod extract;
mod filters;
mod gazetteer;
mod merge;
mod properties;
mod relations;
mod render;
mod seed;
mod similarity;
mod stats;

//! Integration tests: run the real `nergraph` binary. One module per topic.

mod util;

mod bad_input;
mod dot;
mod export;
mod extract;
mod gazetteer;
mod relations;
mod render;
mod seed;

//! Co-occurrence: every pair of distinct entities named in one sentence.
//!
//! Undirected; the source is the entity with the smaller id, so the same pair
//! always makes the same edge.

use super::{Kind, Relation};
use crate::gazetteer::Gazetteer;
use crate::resolve::Resolved;

/// Label of co-occurrence edges.
pub const LABEL: &str = "co-occurs";

/// One relation per pair of distinct entities per sentence.
pub fn find(mentions: &[Resolved], gazetteer: &Gazetteer) -> Vec<Relation> {
    let mut out = Vec::new();
    for sentence in mentions.chunk_by(|a, b| a.sentence == b.sentence) {
        let mut ids: Vec<(&str, usize)> = sentence
            .iter()
            .map(|m| (gazetteer.entity(m.entity).id.as_str(), m.entity))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        for (i, &(_, a)) in ids.iter().enumerate() {
            for &(_, b) in &ids[i + 1..] {
                out.push(Relation {
                    source: a,
                    target: b,
                    kind: Kind::Cooccurrence,
                    label: LABEL.to_string(),
                    category: None,
                    directed: false,
                    negated: false,
                    mood: None,
                    attributed_to: None,
                    sentence: sentence[0].sentence,
                });
            }
        }
    }
    out
}

//! Location: a region (or city) lies in a country or region that the same
//! article names.
//!
//! The fact comes from the gazetteer (`parent`, else `country`); the article
//! decides whether it is relevant: only when both ends are named do we add
//! the edge, with every sentence naming the region as evidence.

use std::collections::HashSet;

use super::{Kind, Relation};
use crate::gazetteer::{EntityType, Gazetteer};
use crate::resolve::Resolved;

/// Label of location edges.
pub const LABEL: &str = "located_in";

/// `located_in` relations for the regions named in the article.
pub fn find(mentions: &[Resolved], gazetteer: &Gazetteer) -> Vec<Relation> {
    let named: HashSet<usize> = mentions.iter().map(|m| m.entity).collect();
    let mut out = Vec::new();
    for m in mentions {
        let region = gazetteer.entity(m.entity);
        if region.etype != EntityType::Region {
            continue;
        }
        let parents = [
            region.parent.as_deref().and_then(|p| gazetteer.index_of(p)),
            region
                .country
                .as_deref()
                .and_then(|c| gazetteer.country_index(c)),
        ];
        for p in parents
            .into_iter()
            .flatten()
            .filter(|p| named.contains(p) && *p != m.entity)
        {
            out.push(Relation {
                source: m.entity,
                target: p,
                kind: Kind::Location,
                label: LABEL.to_string(),
                category: None,
                directed: true,
                negated: false,
                mood: None,
                attributed_to: None,
                sentence: m.sentence,
            });
        }
    }
    out
}

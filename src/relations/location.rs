//! Location: a region (or city) lies in a country or region that the same
//! article names.
//!
//! The fact comes from the gazetteer (`parent`, else `country`); the article
//! decides whether it is relevant: only when both ends are named do we add
//! the edge, with every sentence naming the region as evidence.
//!
//! [`in_text`] reads what the gazetteer may not know from the sentence
//! itself: "Kursk, a region in western Russia", "Goma in eastern Congo".

use super::view::View;
use super::words;
use super::{Kind, Relation};
use crate::gazetteer::{EntityType, Gazetteer};
use crate::resolve::Resolved;

/// Label of location edges.
pub const LABEL: &str = "located_in";

/// `located_in` relations for the regions named in the article.
pub fn find(mentions: &[Resolved], gazetteer: &Gazetteer) -> Vec<Relation> {
    // Only built for an article that names a region.
    let mut named = None;
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
        for p in parents.into_iter().flatten().filter(|&p| {
            let named = named.get_or_insert_with(|| super::named(mentions));
            super::is_named(named, p) && p != m.entity
        }) {
            out.push(Relation::stated(
                m.entity,
                p,
                Kind::Location,
                LABEL,
                m.sentence,
            ));
        }
    }
    out
}

/// Most words in the apposition of "X, a strategically vital area in Y".
const MAX_APPOSITION: usize = 6;

/// `(region mention, place mention)` pairs the sentence locates:
/// `REGION in [compass] PLACE` and `REGION, a|an|the ... in [compass] PLACE`.
pub fn in_text(view: &View, is_region: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 0..view.items.len() {
        let Some(region) = view.mention(i).filter(|&m| is_region(m)) else {
            continue;
        };
        let mut k = i + 1;
        if view.is_punct(k, ',')
            && view
                .word(k + 1)
                .is_some_and(|w| matches!(w, "a" | "an" | "the"))
        {
            let limit = (k + 2 + MAX_APPOSITION).min(view.items.len());
            match (k + 2..limit).find(|&j| view.word(j) == Some("in")) {
                Some(j) if (k + 2..j).all(|x| view.word(x).is_some()) => k = j,
                _ => continue,
            }
        }
        if view.word(k) != Some("in") {
            continue;
        }
        k += 1;
        if view.word(k).is_some_and(|w| words::COMPASS.contains(&w)) {
            k += 1;
        }
        if let Some(place) = view.mention(k) {
            out.push((region, place));
        }
    }
    out
}

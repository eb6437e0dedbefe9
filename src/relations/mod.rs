//! Stage 5: relations — labelled edges between resolved entities.
//!
//! Four kinds, each in its own module:
//!
//! * [`cooccurrence`]: entities named in the same sentence (undirected);
//! * [`verbs`]: verb patterns from `gazetteers/verbs.tsv` and `verbs-cameo.tsv`
//!   ("X praised Y");
//! * [`affiliation`]: titles and appositions ("Russian President Putin");
//! * [`location`]: a region whose country the article also names.
//!
//! Every relation carries the sentence it was read from, so the graph can
//! show its evidence.

pub mod affiliation;
pub mod cooccurrence;
pub mod lexicon;
pub mod location;
pub mod verbs;
pub mod view;
mod words;

pub use lexicon::Lexicon;

use crate::gazetteer::{EntityType, Gazetteer};
use crate::resolve::Resolved;
use crate::text::Span;
use view::View;

/// The kind of a relation (see `docs/graph-format.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Named in the same sentence.
    Cooccurrence,
    /// A verb pattern.
    Verb,
    /// A title or apposition.
    Affiliation,
    /// A region within a country.
    Location,
}

impl Kind {
    /// The name used in JSON and DOT.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Cooccurrence => "cooccurrence",
            Kind::Verb => "verb",
            Kind::Affiliation => "affiliation",
            Kind::Location => "location",
        }
    }
}

/// One relation read from one sentence, between gazetteer entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// Entity index of the source (for undirected relations, either end).
    pub source: usize,
    /// Entity index of the target.
    pub target: usize,
    /// Which rule found it.
    pub kind: Kind,
    /// Plain lowercase label (`praise`, `leader_of`, `co-occurs`).
    pub label: String,
    /// PLOVER category, when one applies.
    pub category: Option<String>,
    /// Whether direction matters.
    pub directed: bool,
    /// True when the text denies the relation.
    pub negated: bool,
    /// Mood of the verb when not a plain statement (`future`, `modal`, `intent`).
    pub mood: Option<&'static str>,
    /// Entity index of the speaker, for relations read from reported speech.
    pub attributed_to: Option<usize>,
    /// Sentence index the relation was read from.
    pub sentence: usize,
}

/// Finds every relation in an article's text.
///
/// `mentions` must be in text order, as [`crate::resolve::resolve`] returns them.
pub fn extract(
    text: &str,
    sentences: &[Span],
    mentions: &[Resolved],
    gazetteer: &Gazetteer,
    lexicon: &Lexicon,
) -> Vec<Relation> {
    let mut out = cooccurrence::find(mentions, gazetteer);
    let mut first = 0;
    for (s, span) in sentences.iter().enumerate() {
        let count = mentions[first..]
            .iter()
            .take_while(|m| m.sentence == s)
            .count();
        // A sentence needs two mentions for any relation between entities.
        if count >= 2 {
            let view = View::new(text, *span, mentions, first);
            sentence_relations(&view, s, mentions, gazetteer, lexicon, &mut out);
        }
        first += count;
    }
    out.extend(location::find(mentions, gazetteer));
    out
}

fn sentence_relations(
    view: &View,
    sentence: usize,
    mentions: &[Resolved],
    gazetteer: &Gazetteer,
    lexicon: &Lexicon,
    out: &mut Vec<Relation>,
) {
    let kinds = MentionKinds {
        mentions,
        gazetteer,
    };
    let entity = |m: usize| mentions[m].entity;
    for e in verbs::find(view, lexicon, |m| kinds.is_type(m, EntityType::Person)) {
        let pattern = &lexicon.verbs[e.pattern];
        if entity(e.source) == entity(e.target) {
            continue;
        }
        out.push(Relation {
            source: entity(e.source),
            target: entity(e.target),
            kind: Kind::Verb,
            label: pattern.label.clone(),
            category: pattern.category.clone(),
            directed: true,
            negated: e.negated,
            mood: None,
            attributed_to: None,
            sentence,
        });
    }
    for a in affiliation::find(view, lexicon, &kinds) {
        out.push(Relation {
            source: entity(a.person),
            target: entity(a.body),
            kind: Kind::Affiliation,
            label: a.label,
            category: None,
            directed: true,
            negated: false,
            mood: None,
            attributed_to: None,
            sentence,
        });
    }
}

/// Answers type questions about mentions for the rules.
struct MentionKinds<'a> {
    mentions: &'a [Resolved],
    gazetteer: &'a Gazetteer,
}

impl MentionKinds<'_> {
    fn is_type(&self, m: usize, t: EntityType) -> bool {
        self.gazetteer.entity(self.mentions[m].entity).etype == t
    }
}

impl affiliation::Roles for MentionKinds<'_> {
    fn is_person(&self, m: usize) -> bool {
        self.is_type(m, EntityType::Person)
    }

    fn is_body(&self, m: usize) -> bool {
        self.is_type(m, EntityType::Country) || self.is_type(m, EntityType::Organization)
    }
}

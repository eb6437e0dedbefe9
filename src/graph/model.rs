//! Plain data types of the graph, as written in `docs/graph-format.md`.
//!
//! They serialize to exactly the JSON of the graph format, so the JSON
//! exporter and the reader used by later commands share one definition.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// One input article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleInfo {
    /// Article id (file stem, `--article-id`, or the JSONL `id`).
    pub id: String,
    /// Where it was read from (`-` for stdin).
    pub source: String,
    /// Title, when known.
    pub title: Option<String>,
    /// Publication date (ISO 8601), when known.
    pub date: Option<String>,
    /// URL, when known.
    pub url: Option<String>,
    /// Further fields of the article record (for JSON Lines input: every
    /// field besides `id`, `text`, `title`, `date`, `url` and `source`), kept
    /// so that a graph still says where its articles came from. Absent from
    /// the JSON when empty.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// One real-world entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Stable id, `TYPE:KEY`.
    pub id: String,
    /// `person`, `country`, `region` or `organization`.
    #[serde(rename = "type")]
    pub node_type: String,
    /// Canonical name.
    pub name: String,
    /// Number of mentions in the text.
    pub mentions: u64,
    /// Surface forms seen in the text.
    pub aliases: BTreeSet<String>,
    /// Alpha-3 code of the entity's country.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<String>,
    /// Articles that mention the entity.
    pub articles: BTreeSet<String>,
    /// Further attributes (`kind`, gazetteer attributes).
    pub attributes: BTreeMap<String, serde_json::Value>,
}

/// Where a relation was read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// Article id.
    pub article: String,
    /// Index of the sentence in the article, from 0. Sentences are in text
    /// order, so sorting by it sorts by `start` too.
    pub sentence: usize,
    /// Byte offset of the sentence in the original article (half-open).
    pub start: usize,
    /// End of the sentence in the original article.
    pub end: usize,
    /// The sentence, as in the original.
    pub text: String,
}

/// A labelled relation between two nodes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// Source node id (for undirected edges the smaller id).
    pub source: String,
    /// Target node id.
    pub target: String,
    /// `cooccurrence`, `verb`, `affiliation`, `location`.
    pub kind: String,
    /// Relation label.
    pub label: String,
    /// PLOVER category, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub category: Option<String>,
    /// Whether direction matters.
    pub directed: bool,
    /// True when the text denies the relation.
    pub negated: bool,
    /// Mood of the verb when it is not a plain statement of fact:
    /// `future` ("will meet"), `modal` ("could attack"), `intent`
    /// ("threatened to impose", "plans to visit"). Part of the identity:
    /// "will meet" and "met" are different relations.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub mood: Option<String>,
    /// Id of the entity whose claim this is, for relations read from reported
    /// speech ("Putin said North Korean troops liberated Kursk"). Part of the
    /// identity: a claim is kept apart from the same relation stated as fact.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub attributed_to: Option<String>,
    /// Earliest article date among the evidence, when articles have dates.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub first_seen: Option<String>,
    /// Latest article date among the evidence, when articles have dates.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub last_seen: Option<String>,
    /// Number of evidence items.
    pub weight: u64,
    /// Sentences the relation was read from, sorted by `(article, start)`.
    pub evidence: Vec<Evidence>,
}

/// The identity of an edge for merging:
/// `(source, target, kind, label, negated, mood, attributed_to)`. The last
/// two are absent for plain statements, so the key of such edges is the
/// graph format's `(source, target, kind, label, negated)`.
pub type EdgeKey = (
    String,
    String,
    String,
    String,
    bool,
    Option<String>,
    Option<String>,
);

impl Edge {
    /// This edge's identity.
    pub fn key(&self) -> EdgeKey {
        (
            self.source.clone(),
            self.target.clone(),
            self.kind.clone(),
            self.label.clone(),
            self.negated,
            self.mood.clone(),
            self.attributed_to.clone(),
        )
    }
}

impl Edge {
    /// A one-line description for reports:
    /// `person:a -[not praise (future)]-> country:B (per person:c)`;
    /// undirected edges are drawn `-[co-occurs]-`.
    pub fn describe(&self) -> String {
        let mut label = String::new();
        if self.negated {
            label.push_str("not ");
        }
        label.push_str(&self.label);
        if let Some(m) = &self.mood {
            label.push_str(&format!(" ({m})"));
        }
        let arrow = if self.directed { "->" } else { "-" };
        let mut s = format!("{} -[{label}]{arrow} {}", self.source, self.target);
        if let Some(a) = &self.attributed_to {
            s.push_str(&format!(" (per {a})"));
        }
        s
    }
}

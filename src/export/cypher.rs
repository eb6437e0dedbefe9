//! An idempotent Cypher script that adds the graph to a graph database.
//!
//! The model:
//!
//! ```text
//! (:Entity {id, type, name, country, aliases, articles, attributes, mentions})
//! (:Article {id, source, title, date, url})
//! (:Entity)-[:MENTIONED_IN]->(:Article)
//! (:Entity)-[:RELATION {kind, label, negated, mood, attributed_to, category,
//!                       directed, first_seen, last_seen, weight, evidence}]->(:Entity)
//! ```
//!
//! Every node is `MERGE`d by `id` and every relation by its identity
//! `(kind, label, negated, mood, attributed_to)` between its two entities;
//! `mood` and `attributed_to` are `''` when absent, because `MERGE` cannot
//! match a null. So running a script twice changes nothing, and running the
//! scripts of several articles gives one graph with no duplicates.
//!
//! Counts are derived, never accumulated, so a re-run cannot double them:
//!
//! * `evidence` is a list of JSON objects (`{"article":..,"sentence":..,
//!   "start":..,"end":..,"text":..}` as text); a script adds the items that
//!   are not there yet, and at the end sets `weight = size(evidence)`. The
//!   weight is thus the number of distinct evidence sentences, as when the
//!   JSON graphs are merged.
//! * `aliases` and `articles` are united the same way.
//! * `mentions` is the sum of `mention_counts`, with one entry per
//!   `mention_keys` entry: the JSON list of the articles this graph saw the
//!   entity in. A key already present is left alone. With one script per
//!   article (or per set of articles that no other script repeats) the sum
//!   is exact; loading both a two-article graph and one of its articles
//!   alone counts that article's mentions twice.
//! * `first_seen`/`last_seen` keep the earliest and latest date.
//!
//! Other properties are set from the script, so the last script loaded
//! wins (they are the same in every article: names, types, categories).
//!
//! Dialects: `neo4j` (Neo4j 5 `cypher-shell`; a uniqueness constraint on
//! `Entity.id` and `Article.id`) and `kuzu` (Kùzu, which needs its node and
//! relationship tables declared: `CREATE ... TABLE IF NOT EXISTS`, so the
//! preamble is re-runnable; list functions instead of list comprehensions).
//!
//! Strings are single-quoted. For `neo4j`, `\` and `'` are escaped, and
//! control characters, U+2028 and U+2029 are written as escapes (`\n`,
//! `\u0001`), so each statement is one line. Kùzu has no escapes beyond `\`
//! followed by a character that stands for itself, so for `kuzu` only `\` and
//! `'` are escaped and every other character is written as it is, which its
//! parser accepts inside a string. Either way no text can end the string.
//! Statements end with `;` and a newline.

use std::fmt::Write;

use crate::graph::{Edge, Graph, Node};

/// The Cypher dialect of the script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// Neo4j 5 (`cypher-shell -f`).
    #[default]
    Neo4j,
    /// Kùzu (`conn.execute(script)` in Python, or the `kuzu` shell).
    Kuzu,
}

const KUZU_SCHEMA: &str = "\
CREATE NODE TABLE IF NOT EXISTS Entity(id STRING, type STRING, name STRING, country STRING, \
aliases STRING[], articles STRING[], attributes STRING, mention_keys STRING[], \
mention_counts INT64[], mentions INT64, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Article(id STRING, source STRING, title STRING, date STRING, \
url STRING, PRIMARY KEY(id));
CREATE REL TABLE IF NOT EXISTS MENTIONED_IN(FROM Entity TO Article);
CREATE REL TABLE IF NOT EXISTS RELATION(FROM Entity TO Entity, kind STRING, label STRING, \
negated BOOLEAN, mood STRING, attributed_to STRING, category STRING, directed BOOLEAN, \
first_seen STRING, last_seen STRING, weight INT64, evidence STRING[]);
";

const NEO4J_SCHEMA: &str = "\
CREATE CONSTRAINT nergraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT nergraph_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
";

/// The graph as a Cypher script in `dialect`.
pub fn to_string(graph: &Graph, dialect: Dialect) -> String {
    let q = Quoter(dialect);
    let mut out = String::new();
    let name = match dialect {
        Dialect::Neo4j => "neo4j",
        Dialect::Kuzu => "kuzu",
    };
    let _ = writeln!(
        out,
        "// nergraph Cypher script, dialect {name}: idempotent, see docs/formats.md"
    );
    out.push_str(match dialect {
        Dialect::Neo4j => NEO4J_SCHEMA,
        Dialect::Kuzu => KUZU_SCHEMA,
    });
    for a in graph.articles() {
        let mut sets = vec![format!("a.source = {}", q.string(&a.source))];
        for (field, value) in [("title", &a.title), ("date", &a.date), ("url", &a.url)] {
            if let Some(v) = value {
                sets.push(format!("a.{field} = {}", q.string(v)));
            }
        }
        let _ = writeln!(
            out,
            "MERGE (a:Article {{id: {}}}) SET {};",
            q.string(&a.id),
            sets.join(", ")
        );
    }
    for n in graph.nodes() {
        node(&mut out, &q, n);
    }
    for e in graph.edges() {
        edge(&mut out, &q, e);
    }
    out.push_str(match dialect {
        Dialect::Neo4j => {
            "MATCH (n:Entity) SET n.mentions = reduce(s = 0, c IN n.mention_counts | s + c);\n"
        }
        Dialect::Kuzu => "MATCH (n:Entity) SET n.mentions = list_sum(n.mention_counts);\n",
    });
    out.push_str("MATCH ()-[r:RELATION]->() SET r.weight = size(r.evidence);\n");
    out
}

fn node(out: &mut String, q: &Quoter, n: &Node) {
    let id = q.string(&n.id);
    let mut sets = vec![
        format!("n.type = {}", q.string(&n.node_type)),
        format!("n.name = {}", q.string(&n.name)),
    ];
    if let Some(c) = &n.country {
        sets.push(format!("n.country = {}", q.string(c)));
    }
    // A map of JSON values always serializes.
    let attributes = super::json_text(&n.attributes, false);
    sets.push(format!("n.attributes = {}", q.string(&attributes)));
    sets.push(format!(
        "n.aliases = {}",
        q.union("n.aliases", n.aliases.iter())
    ));
    sets.push(format!(
        "n.articles = {}",
        q.union("n.articles", n.articles.iter())
    ));
    let _ = writeln!(
        out,
        "MERGE (n:Entity {{id: {id}}}) SET {};",
        sets.join(", ")
    );
    // Lists of strings always serialize.
    let key = q.string(&super::json_text(&n.articles, false));
    let _ = writeln!(
        out,
        "MATCH (n:Entity {{id: {id}}}) WHERE NOT {key} IN coalesce(n.mention_keys, []) \
         SET n.mention_keys = coalesce(n.mention_keys, []) + [{key}], \
         n.mention_counts = coalesce(n.mention_counts, []) + [{}];",
        n.mentions
    );
    for a in &n.articles {
        let _ = writeln!(
            out,
            "MATCH (n:Entity {{id: {id}}}), (a:Article {{id: {}}}) MERGE (n)-[:MENTIONED_IN]->(a);",
            q.string(a)
        );
    }
}

fn edge(out: &mut String, q: &Quoter, e: &Edge) {
    let identity = format!(
        "kind: {}, label: {}, negated: {}, mood: {}, attributed_to: {}",
        q.string(&e.kind),
        q.string(&e.label),
        e.negated,
        q.string(e.mood.as_deref().unwrap_or("")),
        q.string(e.attributed_to.as_deref().unwrap_or("")),
    );
    let mut sets = Vec::new();
    if let Some(c) = &e.category {
        sets.push(format!("r.category = {}", q.string(c)));
    }
    sets.push(format!("r.directed = {}", e.directed));
    if let Some(d) = &e.first_seen {
        let d = q.string(d);
        sets.push(format!(
            "r.first_seen = CASE WHEN r.first_seen IS NULL OR r.first_seen > {d} THEN {d} ELSE r.first_seen END"
        ));
    }
    if let Some(d) = &e.last_seen {
        let d = q.string(d);
        sets.push(format!(
            "r.last_seen = CASE WHEN r.last_seen IS NULL OR r.last_seen < {d} THEN {d} ELSE r.last_seen END"
        ));
    }
    let evidence: Vec<String> = e
        .evidence
        .iter()
        // Plain structs of strings and numbers always serialize.
        .map(|ev| super::json_text(ev, false))
        .collect();
    sets.push(format!(
        "r.evidence = {}",
        q.union("r.evidence", evidence.iter())
    ));
    let _ = writeln!(
        out,
        "MATCH (a:Entity {{id: {}}}), (b:Entity {{id: {}}}) MERGE (a)-[r:RELATION {{{identity}}}]->(b) SET {};",
        q.string(&e.source),
        q.string(&e.target),
        sets.join(", ")
    );
}

/// Writes literals for one dialect.
struct Quoter(Dialect);

impl Quoter {
    /// `s` as a single-quoted string literal.
    fn string(&self, s: &str) -> String {
        string_literal(s, self.0)
    }

    /// An expression for the list `property` with `items` added that it does
    /// not hold yet, in order.
    fn union<'a>(&self, property: &str, items: impl Iterator<Item = &'a String>) -> String {
        let list = items.map(|s| self.string(s)).collect::<Vec<_>>().join(", ");
        match self.0 {
            Dialect::Neo4j => format!(
                "coalesce({property}, []) + [x IN [{list}] WHERE NOT x IN coalesce({property}, [])]"
            ),
            Dialect::Kuzu => format!("list_distinct(coalesce({property}, []) + [{list}])"),
        }
    }
}

/// `s` as a single-quoted Cypher string literal of `dialect` (see the
/// module documentation).
pub fn string_literal(s: &str, dialect: Dialect) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match (c, dialect) {
            ('\\', _) => out.push_str("\\\\"),
            ('\'', _) => out.push_str("\\'"),
            ('\n', Dialect::Neo4j) => out.push_str("\\n"),
            ('\r', Dialect::Neo4j) => out.push_str("\\r"),
            ('\t', Dialect::Neo4j) => out.push_str("\\t"),
            (c, Dialect::Neo4j) if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            (c, _) => out.push(c),
        }
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_cannot_be_left() {
        let hostile = "O'Brien \\' \"x\" \n\u{1}\u{2028}é";
        assert_eq!(
            string_literal(hostile, Dialect::Neo4j),
            "'O\\'Brien \\\\\\' \"x\" \\n\\u0001\\u2028é'"
        );
        assert_eq!(
            string_literal(hostile, Dialect::Kuzu),
            "'O\\'Brien \\\\\\' \"x\" \n\u{1}\u{2028}é'"
        );
    }
}

//! The whole pipeline for one article: text → mentions → entities →
//! relations → graph. [`Extractor`] holds the compiled gazetteer and
//! lexicon; it is immutable and can be shared between threads.

use std::collections::{BTreeMap, BTreeSet};

use crate::article::Article;
use crate::gazetteer::{Entity, Gazetteer};
use crate::graph::{EdgeRef, EvidenceRef, Graph, Node};
use crate::matcher::{Form, Matcher};
use crate::relations::{self, Lexicon, Relation};
use crate::resolve::{self, Resolved};
use crate::text::{is_table_row, sentences, Normalized, Span};

/// One entity mention, for evaluation and for tools that want spans rather
/// than a graph (`--format mentions`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EntityMention {
    /// Article id.
    pub article: String,
    /// Byte offset in the original article text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// Entity id.
    pub id: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// Canonical name.
    pub name: String,
    /// How the text names it: `alias`, `demonym` or `short`.
    pub form: String,
    /// Sentence index, from 0.
    pub sentence: usize,
}

/// A ready-to-use extractor.
#[derive(Debug, Clone)]
pub struct Extractor {
    gazetteer: Gazetteer,
    matcher: Matcher,
    lexicon: Lexicon,
    options: relations::Options,
    max_evidence: Option<usize>,
}

impl Extractor {
    /// Compiles `gazetteer` and `lexicon` into an extractor.
    pub fn new(gazetteer: Gazetteer, lexicon: Lexicon) -> Extractor {
        let matcher = Matcher::new(&gazetteer);
        Extractor {
            gazetteer,
            matcher,
            lexicon,
            options: relations::Options::default(),
            max_evidence: None,
        }
    }

    /// The same extractor keeping at most `max` evidence items per edge in
    /// the graphs [`Extractor::extract`] makes (see
    /// [`Graph::set_max_evidence`]). One long article can name the same
    /// pair in a hundred thousand sentences; the limit keeps its graph small
    /// while the weights still count them all.
    pub fn with_max_evidence(mut self, max: Option<usize>) -> Extractor {
        self.max_evidence = max;
        self
    }

    /// The same extractor with other relation options (co-occurrence window).
    pub fn with_options(mut self, options: relations::Options) -> Extractor {
        self.options = options;
        self
    }

    /// An extractor over the built-in gazetteer and lexicon.
    pub fn builtin() -> crate::Result<Extractor> {
        Ok(Extractor::new(Gazetteer::builtin()?, Lexicon::builtin()?))
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The matcher in use.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The verb and title lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Resolved mentions of `text` (offsets into the normalized text) and the
    /// sentences they were found in.
    ///
    /// Rows of results tables are skipped (see [`is_table_row`]), and so are
    /// places inside longer unknown names (see [`resolve::embedded_names`]).
    pub fn mentions(&self, text: &Normalized) -> (Vec<Span>, Vec<Resolved>) {
        let sents = sentences(text.as_str());
        let found = self.matcher.find(text.as_str());
        let mut resolved = resolve::resolve(&self.gazetteer, &found, &sents);
        resolve::extend_designators(text.as_str(), &self.gazetteer, &mut resolved);
        resolve::absorb_country_prefix(&self.gazetteer, &mut resolved);
        let is_title = |w: &str| self.lexicon.is_title_word(w);
        let mut dropped =
            resolve::embedded_names(text.as_str(), &self.gazetteer, &resolved, &is_title);
        self.drop_table_rows(text.as_str(), &sents, &resolved, &mut dropped);
        // Whether a mention is a team only matters for those still kept.
        let teams =
            resolve::sports_teams_among(text.as_str(), &self.gazetteer, &resolved, &dropped);
        let mut keep = dropped.iter().zip(&teams).map(|(d, t)| !d && !t);
        resolved.retain(|_| keep.next().unwrap_or(true));
        (sents, resolved)
    }

    /// Marks as dropped the mentions in rows of results tables.
    ///
    /// Only the sentence of a mention still kept needs the test (whether a
    /// sentence is a table row depends on its text alone, and merging
    /// mentions keeps them in their sentences). Mentions come in text
    /// order, so a sentence's mentions are adjacent: each sentence is
    /// tested once.
    fn drop_table_rows(
        &self,
        text: &str,
        sents: &[Span],
        resolved: &[Resolved],
        dropped: &mut [bool],
    ) {
        let mut seen: Option<(usize, bool)> = None;
        for (d, m) in dropped.iter_mut().zip(resolved) {
            if *d {
                continue;
            }
            *d = match seen {
                Some((s, table)) if s == m.sentence => table,
                _ => {
                    let s = sents[m.sentence];
                    let table = is_table_row(&text[s.start..s.end]);
                    seen = Some((m.sentence, table));
                    table
                }
            };
        }
    }

    /// Every resolved mention of the article, with offsets into the original
    /// text, in text order.
    pub fn entity_mentions(&self, article: &Article) -> Vec<EntityMention> {
        let norm = Normalized::new(&article.text);
        let (_, mentions) = self.mentions(&norm);
        mentions
            .iter()
            .map(|m| {
                let (start, end) = (norm.to_original(m.start), norm.to_original(m.end));
                // From the entity's line: a mention needs no entity built.
                let g = &self.gazetteer;
                EntityMention {
                    article: article.info.id.clone(),
                    start,
                    end,
                    text: article.text[start..end].to_string(),
                    id: g.id(m.entity).to_string(),
                    entity_type: g.etype(m.entity).as_str().to_string(),
                    name: g.names(m.entity).name().to_string(),
                    form: match m.form {
                        Form::Alias => "alias",
                        Form::Demonym => "demonym",
                        Form::Short => "short",
                    }
                    .to_string(),
                    sentence: m.sentence,
                }
            })
            .collect()
    }

    /// Adds the article's entities and relations to `graph`.
    pub fn add_to(&self, graph: &mut Graph, article: &Article) {
        let norm = Normalized::new(&article.text);
        let (sents, mentions) = self.mentions(&norm);
        let rels = self.distinct(relations::extract(
            norm.as_str(),
            &sents,
            &mentions,
            &self.gazetteer,
            &self.lexicon,
            article.info.date.as_deref(),
            self.options,
        ));
        graph.add_article(article.info.clone());
        self.add_nodes(graph, article, &norm, &mentions);
        // A relation may end at an entity no mention names directly: the
        // country behind a capital that acts ("Moscow deployed"), the
        // speaker a pronoun stood for. Such nodes have no mentions. The
        // entities mentions name have their nodes from `add_nodes`.
        let mut named: Vec<usize> = mentions.iter().map(|m| m.entity).collect();
        named.sort_unstable();
        named.dedup();
        for rel in &rels {
            for e in [Some(rel.source), Some(rel.target), rel.attributed_to]
                .into_iter()
                .flatten()
            {
                let unnamed = named.binary_search(&e).is_err();
                if unnamed && graph.node(&self.gazetteer.entity(e).id).is_none() {
                    graph.add_node(self.node(e, &article.info.id));
                }
            }
        }
        for rel in &rels {
            graph.add_edge_ref(&self.edge(article, &norm, &sents, rel));
        }
    }

    /// The graph of one article.
    pub fn extract(&self, article: &Article) -> Graph {
        let mut g = Graph::new();
        g.set_max_evidence(self.max_evidence);
        self.add_to(&mut g, article);
        g
    }

    /// Adds a node for every entity the article names, in entity order,
    /// with its mention count and surface forms.
    ///
    /// Most entities of a corpus are already in the graph from earlier
    /// articles, and then their node is updated in place: building a whole
    /// [`Node`] (attributes cloned from the gazetteer) only for
    /// [`Graph::add_node`] to throw it away again was a tenth of the work
    /// outside the entity stage. The update is what merging would do when
    /// the node's fixed fields are those the gazetteer gives
    /// ([`Extractor::is_node_of`]); a node that differs (read from another
    /// graph, another gazetteer) is merged the general way.
    fn add_nodes(
        &self,
        graph: &mut Graph,
        article: &Article,
        norm: &Normalized,
        mentions: &[Resolved],
    ) {
        let surface =
            |m: &Resolved| &article.text[norm.to_original(m.start)..norm.to_original(m.end)];
        let mut order: Vec<&Resolved> = mentions.iter().collect();
        // Stable: each entity's mentions stay in text order.
        order.sort_by_key(|m| m.entity);
        let id = &article.info.id;
        for group in order.chunk_by(|a, b| a.entity == b.entity) {
            let entity = group[0].entity;
            let count = group.len() as u64;
            let existing = graph
                .node_mut(&self.gazetteer.entity(entity).id)
                .filter(|n| self.is_node_of(n, entity));
            match existing {
                Some(node) => {
                    node.mentions = node.mentions.saturating_add(count);
                    // A name is mostly repeated as written: a surface equal
                    // to the one before it is already in the set, and is
                    // not looked up again.
                    let mut last = None;
                    for m in group {
                        let s = surface(m);
                        if last != Some(s) {
                            insert_str(&mut node.aliases, s);
                            last = Some(s);
                        }
                    }
                    // Each of an article's entities is visited once, so
                    // the article is new to the node unless the same
                    // article is added twice: inserted without looking it
                    // up first (one search of the set, not two).
                    node.articles.insert(id.to_string());
                }
                None => {
                    let mut node = self.node(entity, id);
                    node.mentions = count;
                    node.aliases = group.iter().map(|m| surface(m).to_string()).collect();
                    graph.add_node(node);
                }
            }
        }
    }

    /// True when `node` has the type, name, country and attributes
    /// [`Extractor::node`] gives `entity`, so that merging a fresh node of
    /// the entity into it would change only its counts and sets.
    fn is_node_of(&self, node: &Node, entity: usize) -> bool {
        let e = self.gazetteer.entity(entity);
        node.node_type == e.etype.as_str()
            && node.name == e.name
            && node.country == e.country
            && same_attributes(&node.attributes, e)
    }

    fn node(&self, entity: usize, article: &str) -> Node {
        let e = self.gazetteer.entity(entity);
        let mut attributes: BTreeMap<String, serde_json::Value> = e
            .attrs
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
            .collect();
        if let Some(kind) = &e.kind {
            attributes.insert("kind".into(), kind.clone().into());
        }
        Node {
            id: e.id.clone(),
            node_type: e.etype.as_str().to_string(),
            name: e.name.clone(),
            mentions: 0,
            aliases: BTreeSet::new(),
            country: e.country.clone(),
            articles: [article.to_string()].into(),
            attributes,
        }
    }

    /// The relations with at most one per edge and evidence span: an edge
    /// read twice from the same sentence (by two rules, or twice by one)
    /// counts once, as the graph's evidence set would count it. Deduplicating
    /// here, before any evidence text is copied, is what lets the graph trim
    /// evidence as it goes (`--max-evidence`) without counting a sentence it
    /// already trimmed a second time. Duplicates are combined as the graph
    /// combines equal edges (direction and category).
    fn distinct(&self, mut rels: Vec<Relation>) -> Vec<Relation> {
        let id = |e: usize| self.gazetteer.entity(e).id.as_str();
        let key = |r: &Relation| {
            let (mut a, mut b) = (id(r.source), id(r.target));
            if !r.directed && b < a {
                std::mem::swap(&mut a, &mut b);
            }
            let by = r.attributed_to.map(id);
            let evidence = (r.sentence, r.last_sentence);
            (a, b, r.kind, r.negated, r.mood, by, evidence)
        };
        rels.sort_by(|x, y| key(x).cmp(&key(y)).then_with(|| x.label.cmp(&y.label)));
        rels.dedup_by(|later, kept| {
            let same = key(later) == key(kept) && later.label == kept.label;
            if same {
                kept.directed |= later.directed;
                // As the graph merges categories: a value over none, else
                // the smaller.
                if later.category.is_some()
                    && (kept.category.is_none() || later.category < kept.category)
                {
                    kept.category = later.category.take();
                }
            }
            same
        });
        rels
    }

    /// The edge of `rel`, borrowed: the graph copies only what it keeps.
    fn edge<'a>(
        &'a self,
        article: &'a Article,
        norm: &Normalized,
        sents: &[Span],
        rel: &'a Relation,
    ) -> EdgeRef<'a> {
        let (first, last) = (sents[rel.sentence], sents[rel.last_sentence]);
        let (start, end) = (norm.to_original(first.start), norm.to_original(last.end));
        let id = |e: usize| self.gazetteer.entity(e).id.as_str();
        let (mut source, mut target) = (id(rel.source), id(rel.target));
        if !rel.directed && target < source {
            std::mem::swap(&mut source, &mut target);
        }
        EdgeRef {
            source,
            target,
            kind: rel.kind.as_str(),
            label: &rel.label,
            category: rel.category.as_deref(),
            directed: rel.directed,
            negated: rel.negated,
            mood: rel.mood,
            attributed_to: rel.attributed_to.map(id),
            date: article.info.date.as_deref(),
            evidence: EvidenceRef {
                article: &article.info.id,
                sentence: rel.sentence,
                start,
                end,
                text: &article.text[start..end],
            },
        }
    }
}

/// Inserts `s` into `set` unless it is there, copying it only then (a
/// node's aliases are mostly there already). A string after the last is
/// new without a look-up.
fn insert_str(set: &mut BTreeSet<String>, s: &str) {
    let after_last = set.last().is_some_and(|last| last.as_str() < s);
    if after_last || !set.contains(s) {
        set.insert(s.to_string());
    }
}

/// True when `have` equals the attributes [`Extractor::node`] builds for
/// `e` (its gazetteer attributes as strings, and `kind` over an attribute of
/// that name), without building them: both walked in key order, a string
/// comparison per attribute (looking each up in `have` took several).
fn same_attributes(have: &BTreeMap<String, serde_json::Value>, e: &Entity) -> bool {
    let mut have = have.iter();
    let mut next_is = |key: &str, want: &str| matches!(have.next(), Some((k, serde_json::Value::String(v))) if k == key && v == want);
    // `kind`, until its place among the gazetteer's keys is reached.
    let mut kind = e.kind.as_deref();
    for (k, v) in e.attrs.iter() {
        if let Some(value) = kind.filter(|_| k.as_str() >= "kind") {
            kind = None;
            if !next_is("kind", value) {
                return false;
            }
            if k == "kind" {
                continue;
            }
        }
        if !next_is(k, v) {
            return false;
        }
    }
    if let Some(value) = kind {
        if !next_is("kind", value) {
            return false;
        }
    }
    have.next().is_none()
}

#[cfg(test)]
mod precision_tests {
    //! The precision rules of `resolve`, on the built-in gazetteers.
    use super::*;
    use std::sync::OnceLock;

    fn mentions(text: &str) -> Vec<(String, String)> {
        static X: OnceLock<Extractor> = OnceLock::new();
        let x = X.get_or_init(|| Extractor::builtin().unwrap());
        x.entity_mentions(&Article::new("t", text))
            .into_iter()
            .map(|m| (m.text, m.id))
            .collect()
    }

    fn has(text: &str, surface: &str, id: &str) -> bool {
        mentions(text).iter().any(|(t, i)| t == surface && i == id)
    }

    fn names(text: &str) -> Vec<String> {
        mentions(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn seats_of_government_stand_for_their_country() {
        assert!(has(
            "The Kremlin said talks would go on.",
            "Kremlin",
            "country:RUS"
        ));
        assert!(has(
            "A White House spokesman declined.",
            "White House",
            "country:USA"
        ));
    }

    #[test]
    fn cities_in_sports_reports_are_teams_not_places() {
        let report = "Leeds 2 Everton 1. The striker scored before halftime; \
                      Leeds are top of the league after the penalty.";
        assert!(
            names(report).iter().all(|n| n != "Leeds"),
            "{:?}",
            names(report)
        );
        let travel = "The striker scored a goal and a penalty before halftime in Leeds.";
        assert!(names(travel).contains(&"Leeds".to_string()));
        let news = "Leeds voted for the new mayor on Tuesday.";
        assert!(names(news).contains(&"Leeds".to_string()));
    }

    #[test]
    fn company_names_take_their_legal_form() {
        assert!(has(
            "Shares of Microsoft Corp rose.",
            "Microsoft Corp",
            "organization:microsoft"
        ));
    }

    #[test]
    fn own_country_prefix_joins_the_organization() {
        let m = mentions("The U.S. State Department said so.");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].1, "organization:us-state-department");
    }

    #[test]
    fn another_countrys_namesake_is_not_the_organization() {
        let n = names("He led the Indonesian Democratic Party for years.");
        assert!(!n.contains(&"Democratic Party".to_string()), "{n:?}");
    }

    #[test]
    fn names_inside_longer_names_are_dropped() {
        let n = names("The dissident Wang Donghai was detained in Beijing.");
        assert_eq!(n, vec!["Beijing"]);
        assert!(names("Fans cheered the UEFA Cup final.").is_empty());
    }

    #[test]
    fn ambiguous_acronyms_need_context() {
        assert!(names("He has 90 RBI this season.").is_empty());
        assert!(has(
            "The Reserve Bank of India held rates; the RBI said inflation eased.",
            "RBI",
            "organization:reserve-bank-of-india"
        ));
    }
}

#[cfg(test)]
mod node_tests {
    //! The in-place node update of `add_to` against building and merging
    //! every node.
    use super::*;
    use crate::export::json;

    /// `add_to` as it was: a whole node per entity, merged by the graph.
    fn add_to_merging(x: &Extractor, graph: &mut Graph, article: &Article) {
        let norm = Normalized::new(&article.text);
        let (sents, mentions) = x.mentions(&norm);
        let rels = x.distinct(relations::extract(
            norm.as_str(),
            &sents,
            &mentions,
            &x.gazetteer,
            &x.lexicon,
            article.info.date.as_deref(),
            x.options,
        ));
        graph.add_article(article.info.clone());
        let mut by_entity: BTreeMap<usize, Node> = BTreeMap::new();
        for m in &mentions {
            let surface = &article.text[norm.to_original(m.start)..norm.to_original(m.end)];
            let node = by_entity
                .entry(m.entity)
                .or_insert_with(|| x.node(m.entity, &article.info.id));
            node.mentions += 1;
            node.aliases.insert(surface.to_string());
        }
        for node in by_entity.into_values() {
            graph.add_node(node);
        }
        for rel in &rels {
            for e in [Some(rel.source), Some(rel.target), rel.attributed_to]
                .into_iter()
                .flatten()
            {
                if graph.node(&x.gazetteer.entity(e).id).is_none() {
                    graph.add_node(x.node(e, &article.info.id));
                }
            }
        }
        for rel in rels {
            graph.add_edge(x.edge(article, &norm, &sents, &rel).to_edge());
        }
    }

    #[test]
    fn updating_nodes_in_place_is_merging() {
        let x = Extractor::builtin().unwrap();
        let texts = [
            "Russian President Vladimir Putin met Xi Jinping in Moscow. Russia and China \
             signed a deal.",
            "Putin praised North Korea. The Kremlin said Russia would reply; Putin agreed.",
            "China criticized Japan. Xi Jinping visited Tokyo, and Japan's Prime Minister \
             welcomed him.",
        ];
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::new(format!("a{i}"), *t))
            .collect();
        // One graph starts with a node that differs from the gazetteer's.
        let odd = {
            let mut n = x.node(x.gazetteer.index_of("country:RUS").unwrap(), "old");
            n.name = "Aaa".into();
            n.attributes.insert("extra".into(), "1".into());
            n
        };
        for seed in [None, Some(odd)] {
            let (mut fast, mut plain) = (Graph::new(), Graph::new());
            if let Some(n) = seed {
                fast.add_node(n.clone());
                plain.add_node(n);
            }
            for a in articles.iter().chain(&articles) {
                x.add_to(&mut fast, a);
                add_to_merging(&x, &mut plain, a);
            }
            assert_eq!(json::to_string(&fast), json::to_string(&plain));
        }
    }

    #[test]
    fn fresh_nodes_have_their_own_attributes() {
        let x = Extractor::builtin().unwrap();
        // The first entities, and every one with a `kind`.
        let with_kind = (0..x.gazetteer.len()).filter(|&e| x.gazetteer.entity(e).kind.is_some());
        for e in (0..x.gazetteer.len().min(5000)).chain(with_kind) {
            let node = x.node(e, "a");
            assert!(x.is_node_of(&node, e), "{}", node.id);
            for extra in ["zzz", "a", "kind", "kinda", "kin"] {
                let mut other = node.clone();
                if other.attributes.insert(extra.into(), "1".into()).is_none() {
                    assert!(!x.is_node_of(&other, e), "{} {extra}", node.id);
                }
            }
            for k in node.attributes.keys() {
                let mut other = node.clone();
                other
                    .attributes
                    .insert(k.clone(), serde_json::Value::Bool(true));
                assert!(!x.is_node_of(&other, e));
                other.attributes.remove(k);
                assert!(!x.is_node_of(&other, e));
            }
        }
    }
}

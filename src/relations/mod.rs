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
pub mod coref;
pub mod lexicon;
pub mod location;
pub mod verbs;
pub mod view;
mod words;

#[cfg(test)]
mod tests;

pub use lexicon::Lexicon;

use std::cell::OnceCell;

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
    /// Last sentence of the evidence (the same as `sentence` but for
    /// co-occurrence in windows wider than a sentence).
    pub last_sentence: usize,
}

impl Relation {
    /// A directed, asserted relation read from one sentence, with no
    /// category: the shape of every affiliation and location.
    pub fn stated(source: usize, target: usize, kind: Kind, label: &str, sentence: usize) -> Self {
        Relation {
            source,
            target,
            kind,
            label: label.to_string(),
            category: None,
            directed: true,
            negated: false,
            mood: None,
            attributed_to: None,
            sentence,
            last_sentence: sentence,
        }
    }
}

/// Options of the relation stage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// How near two mentions must be to co-occur.
    pub window: cooccurrence::Window,
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
    date: Option<&str>,
    options: Options,
) -> Vec<Relation> {
    let mut out = cooccurrence::find(text, sentences, mentions, gazetteer, options.window);
    // Built on first use: few articles name an office without its holder.
    let holders = OnceCell::new();
    let mut first = 0;
    let mut antecedent = None;
    // The lowercase copy of the sentence a view is built from.
    let mut lower = String::new();
    for (s, span) in sentences.iter().enumerate() {
        let count = mentions[first..]
            .iter()
            .take_while(|m| m.sentence == s)
            .count();
        let here = &mentions[first..first + count];
        // A relation needs two entities: two mentions, or one and a pronoun
        // that may stand for the person of the sentence before.
        let before = out.len();
        if (count >= 2 || (count == 1 && antecedent.is_some()))
            && may_relate(&text[span.start..span.end], here, gazetteer)
        {
            let view = View::new(text, *span, mentions, first, &mut lower);
            let ctx = Sentence {
                view: &view,
                index: s,
                mentions,
                gazetteer,
                lexicon,
                antecedent,
                holders: &holders,
                date,
            };
            ctx.relations(&mut out);
        }
        antecedent = person_antecedent(here, gazetteer, &out[before..]);
        first += count;
    }
    out.extend(location::find(mentions, gazetteer));
    out.extend(affiliation::part_of(mentions, gazetteer));
    out
}

/// True unless the sentence `text`, whose mentions are `here`, cannot
/// yield a relation, which is most sentences: only about one in twenty
/// of those with two mentions does, and building a sentence's view costs
/// more than all its rules. Every relation of a sentence joins two
/// distinct entities, from two mention items or from one and a "he" or
/// "she" (see [`verbs::Actor::Pronoun`]); two mentions of one entity
/// differ only when one is a country standing for its office holder
/// ("the Russian president ... Russia"). So a sentence is skipped when it
/// has no "he" or "she" and its mentions name one entity that is not a
/// country (or there is only one mention).
fn may_relate(text: &str, here: &[Resolved], gazetteer: &Gazetteer) -> bool {
    if let Some((first, rest)) = here.split_first() {
        let one_entity = rest.iter().all(|m| m.entity == first.entity);
        let country = gazetteer.etype(first.entity) == EntityType::Country;
        if !rest.is_empty() && (!one_entity || country) {
            return true;
        }
    }
    may_name_he_or_she(text)
}

/// False only when `text` has no word "he" or "she" in any case: an
/// ASCII text where every "he" has a letter or digit after it, or one
/// before it that is not an "s" at a word start. A word token is never
/// preceded or followed by a letter or digit (they would join it), so this
/// never misses one. Other texts may lowercase differently: true.
fn may_name_he_or_she(text: &str) -> bool {
    let b = text.as_bytes();
    if !b.is_ascii() {
        return true;
    }
    let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    memchr::memchr2_iter(b'h', b'H', b).any(|i| {
        let he = b.get(i + 1).is_some_and(|e| e.eq_ignore_ascii_case(&b'e'));
        let starts = i == 0
            || !alnum(i - 1)
            || (b[i - 1].eq_ignore_ascii_case(&b's') && (i == 1 || !alnum(i - 2)));
        he && !alnum(i + 2) && starts
    })
}

/// The person a "he" or "she" in the next sentence stands for: the only
/// person the sentence names, or else the only person that is the subject
/// of one of its verb relations (`found`: the relations read from the
/// sentence). `None` when that is not clear-cut.
fn person_antecedent(
    here: &[Resolved],
    gazetteer: &Gazetteer,
    found: &[Relation],
) -> Option<usize> {
    let is_person = |e: usize| gazetteer.etype(e) == EntityType::Person;
    let mut people = here.iter().map(|m| m.entity).filter(|&e| is_person(e));
    if let Some(p) = people.next() {
        if people.all(|q| q == p) {
            return Some(p);
        }
    }
    let mut subjects = found
        .iter()
        .filter(|r| r.kind == Kind::Verb && is_person(r.source))
        .map(|r| r.source);
    let s = subjects.next()?;
    subjects.all(|t| t == s).then_some(s)
}

/// One sentence and what the rules need to read it.
struct Sentence<'a, 'h> {
    view: &'a View<'a>,
    index: usize,
    mentions: &'a [Resolved],
    gazetteer: &'h Gazetteer,
    lexicon: &'a Lexicon,
    antecedent: Option<usize>,
    holders: &'a OnceCell<coref::Holders<'h>>,
    date: Option<&'h str>,
}

impl<'h> Sentence<'_, 'h> {
    fn relations(&self, out: &mut Vec<Relation>) {
        let kinds = MentionKinds {
            mentions: self.mentions,
            gazetteer: self.gazetteer,
        };
        let is_person = |m: usize| kinds.is_type(m, EntityType::Person);
        let is_place = |m: usize| {
            kinds.is_type(m, EntityType::Country) || kinds.is_type(m, EntityType::Region)
        };
        for e in verbs::find(self.view, self.lexicon, is_person, is_place) {
            let speaker = e.speaker.and_then(|a| self.entity(a, None));
            let speaking_person = speaker.filter(|&p| self.is_person_entity(p));
            let (Some(source), Some(target)) = (
                self.entity(e.source, speaking_person)
                    .map(|x| self.actor(x)),
                self.entity(e.target, speaking_person)
                    .map(|x| self.actor(x)),
            ) else {
                continue;
            };
            if source == target {
                continue;
            }
            let pattern = &self.lexicon.verbs[e.pattern];
            out.push(Relation {
                source,
                target,
                kind: Kind::Verb,
                label: pattern.label.clone(),
                category: pattern.category.clone(),
                directed: !e.mutual,
                negated: e.negated,
                mood: e.mood,
                attributed_to: speaker,
                sentence: self.index,
                last_sentence: self.index,
            });
        }
        self.affiliations(&kinds, out);
        self.locations(out);
    }

    /// "Kursk, a region in western Russia": located_in from the sentence.
    fn locations(&self, out: &mut Vec<Relation>) {
        let is_type = |m: usize, t: EntityType| self.gazetteer.etype(self.mentions[m].entity) == t;
        let is_region = |m: usize| is_type(m, EntityType::Region);
        for (r, p) in location::in_text(self.view, is_region) {
            let (region, place) = (self.mentions[r].entity, self.mentions[p].entity);
            let place_ok = is_type(p, EntityType::Country) || is_type(p, EntityType::Region);
            if region == place || !place_ok {
                continue;
            }
            out.push(Relation::stated(
                region,
                place,
                Kind::Location,
                location::LABEL,
                self.index,
            ));
        }
    }

    /// The entity an actor stands for; a pronoun is the speaker of the
    /// clause if that is a person, else the person of the sentence before.
    fn entity(&self, actor: verbs::Actor, speaker: Option<usize>) -> Option<usize> {
        match actor {
            verbs::Actor::Mention(m) => {
                Some(self.office_holder(m).unwrap_or(self.mentions[m].entity))
            }
            verbs::Actor::Pronoun => speaker.or(self.antecedent),
        }
    }

    /// "the Russian president", "North Korea's leader": the person holding
    /// the office that follows the country mention `m`, when the text does
    /// not name the person right after ("Russian President Vladimir Putin").
    fn office_holder(&self, m: usize) -> Option<usize> {
        let view = self.view;
        let k = view
            .items
            .iter()
            .position(|it| *it == view::Item::Mention(m))?;
        let possessive = view.items.get(k + 1) == Some(&view::Item::Possessive);
        if !possessive && (k == 0 || view.word(k - 1) != Some("the")) {
            return None;
        }
        let start = k + 1 + usize::from(possessive);
        let mut title = String::new();
        let mut best = None;
        for j in start..start + self.lexicon.max_role_words {
            let Some(w) = view.word(j) else { break };
            if !title.is_empty() {
                title.push(' ');
            }
            title.push_str(w);
            if self.lexicon.roles.contains_key(&title) {
                best = Some((title.clone(), j + 1));
            }
        }
        let (title, after) = best?;
        let named_next = view
            .mention(after)
            .is_some_and(|n| self.gazetteer.etype(self.mentions[n].entity) == EntityType::Person);
        let body = self.mentions[m].entity;
        let is_body = self.gazetteer.etype(body) == EntityType::Country;
        (!named_next && is_body).then(|| self.holders().holder(body, &title))?
    }

    /// The office holders of the article's date among the entities it names.
    fn holders(&self) -> &coref::Holders<'h> {
        self.holders.get_or_init(|| {
            let named = self.mentions.iter().map(|m| m.entity).collect();
            coref::Holders::new(self.gazetteer, named, self.date)
        })
    }

    fn is_person_entity(&self, e: usize) -> bool {
        self.gazetteer.etype(e) == EntityType::Person
    }

    /// A capital acting ("Moscow deployed", "Washington imposed") is its
    /// country's government; any other entity is itself.
    fn actor(&self, e: usize) -> usize {
        let entity = self.gazetteer.entity(e);
        let capital = entity.attrs.get("capital").is_some_and(|v| v == "1");
        entity
            .country
            .as_deref()
            .filter(|_| capital)
            .and_then(|c| self.gazetteer.country_index(c))
            .unwrap_or(e)
    }

    fn affiliations(&self, kinds: &MentionKinds, out: &mut Vec<Relation>) {
        let (view, lexicon, sentence) = (self.view, self.lexicon, self.index);
        let entity = |m: usize| self.mentions[m].entity;
        for a in affiliation::find(view, lexicon, kinds) {
            out.push(Relation::stated(
                entity(a.person),
                entity(a.body),
                Kind::Affiliation,
                &a.label,
                sentence,
            ));
        }
    }
}

/// The entities `mentions` name, sorted, for [`is_named`].
fn named(mentions: &[Resolved]) -> Vec<usize> {
    let mut named: Vec<usize> = mentions.iter().map(|m| m.entity).collect();
    named.sort_unstable();
    named.dedup();
    named
}

/// True when `entity` is in `named` (from [`named`]).
fn is_named(named: &[usize], entity: usize) -> bool {
    named.binary_search(&entity).is_ok()
}

/// Answers type questions about mentions for the rules.
struct MentionKinds<'a> {
    mentions: &'a [Resolved],
    gazetteer: &'a Gazetteer,
}

impl MentionKinds<'_> {
    fn is_type(&self, m: usize, t: EntityType) -> bool {
        self.gazetteer.etype(self.mentions[m].entity) == t
    }
}

impl affiliation::Roles for MentionKinds<'_> {
    fn is_person(&self, m: usize) -> bool {
        self.is_type(m, EntityType::Person)
    }

    fn is_organization(&self, m: usize) -> bool {
        self.is_type(m, EntityType::Organization)
    }

    fn is_body(&self, m: usize) -> bool {
        self.is_type(m, EntityType::Country) || self.is_type(m, EntityType::Organization)
    }
}

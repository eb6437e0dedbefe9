//! Affiliation: titles and appositions that tie a person to a country or
//! organization.
//!
//! * `Russian President Vladimir Putin`, `Russia's President Putin`
//! * `Putin, the Russian president`
//! * `Kim Jong Un, leader of North Korea`
//!
//! The title decides the label (`leader_of`, `member_of`) through the roles
//! lexicon.
//!
//! [`part_of`] adds what the gazetteer knows: a state institution (an army,
//! a ministry, a central bank) is `part_of` its parent organization or its
//! country when the article names both ("North Korean sapper troops, part
//! of the Korean People's Army" → the army `part_of` North Korea).

use super::lexicon::Lexicon;
use super::{Kind, Relation};
use crate::gazetteer::{EntityType, Gazetteer};
use crate::resolve::Resolved;

/// Organization kinds that are part of their country's state.
const STATE_KINDS: &[&str] = &["military", "intelligence", "government", "central bank"];

/// `part_of` relations for the state institutions named in the article,
/// one per sentence naming the institution.
pub fn part_of(mentions: &[Resolved], gazetteer: &Gazetteer) -> Vec<Relation> {
    // Only built for an article that names a state institution.
    let mut named = None;
    let mut out = Vec::new();
    for m in mentions {
        let org = gazetteer.entity(m.entity);
        let state = org
            .kind
            .as_deref()
            .is_some_and(|k| STATE_KINDS.contains(&k));
        if org.etype != EntityType::Organization || !state {
            continue;
        }
        let parent = org.parent.as_deref().and_then(|p| gazetteer.index_of(p));
        let country = org
            .country
            .as_deref()
            .and_then(|c| gazetteer.country_index(c));
        let named = named.get_or_insert_with(|| super::named(mentions));
        let Some(body) = parent.filter(|&p| super::is_named(named, p)).or(country) else {
            continue;
        };
        if super::is_named(named, body) && body != m.entity {
            out.push(Relation::stated(
                m.entity,
                body,
                Kind::Affiliation,
                "part_of",
                m.sentence,
            ));
        }
    }
    out
}
use super::view::{Item, View};
use super::words::{self, is};

/// A person (source) and the body their title ties them to (target).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Affiliation {
    /// Mention index of the person.
    pub person: usize,
    /// Mention index of the country or organization.
    pub body: usize,
    /// Edge label from the roles lexicon.
    pub label: String,
}

/// What a mention may play in an affiliation.
pub trait Roles {
    /// True for people.
    fn is_person(&self, mention: usize) -> bool;
    /// True for organizations.
    fn is_organization(&self, mention: usize) -> bool;
    /// True for countries and organizations.
    fn is_body(&self, mention: usize) -> bool;
}

/// All affiliations in one sentence.
pub fn find(view: &View, lex: &Lexicon, kinds: &impl Roles) -> Vec<Affiliation> {
    let mut out = Vec::new();
    for i in 0..view.items.len() {
        let Some(person) = view.mention(i).filter(|&m| kinds.is_person(m)) else {
            continue;
        };
        let found = title_before(view, lex, kinds, i)
            .or_else(|| apposition_after(view, lex, kinds, i))
            .or_else(|| of_organization(view, kinds, i));
        if let Some((body, label)) = found {
            out.push(Affiliation {
                person,
                body,
                label,
            });
        }
    }
    out
}

/// `PERSON of [the] ORGANIZATION` ("Keir Starmer of the Labour Party"):
/// a member. Countries are left out: "Charles of England" names a title.
fn of_organization(view: &View, kinds: &impl Roles, p: usize) -> Option<(usize, String)> {
    (view.word(p + 1) == Some("of")).then_some(())?;
    let at = if view.word(p + 2) == Some("the") {
        p + 3
    } else {
        p + 2
    };
    let body = view.mention(at).filter(|&m| kinds.is_organization(m))?;
    Some((body, "member_of".to_string()))
}

/// `BODY ['s] TITLE [,] PERSON`, with the person at item `p`.
fn title_before(
    view: &View,
    lex: &Lexicon,
    kinds: &impl Roles,
    p: usize,
) -> Option<(usize, String)> {
    let mut end = p;
    if end > 0 && view.is_punct(end - 1, ',') {
        end -= 1;
    }
    let (start, label) = role_ending_at(view, lex, end)?;
    let mut b = start.checked_sub(1)?;
    if matches!(view.items[b], Item::Possessive) {
        b = b.checked_sub(1)?;
    }
    let body = view.mention(b).filter(|&m| kinds.is_body(m))?;
    Some((body, label))
}

/// `PERSON, [the] BODY ['s] TITLE` or `PERSON, [the] TITLE of [the] BODY`.
fn apposition_after(
    view: &View,
    lex: &Lexicon,
    kinds: &impl Roles,
    p: usize,
) -> Option<(usize, String)> {
    if !view.is_punct(p + 1, ',') {
        return None;
    }
    let mut k = p + 2;
    if view.word(k).is_some_and(|w| is(words::DETERMINERS, w)) {
        k += 1;
    }
    if let Some(body) = view.mention(k).filter(|&m| kinds.is_body(m)) {
        let mut r = k + 1;
        if matches!(view.items.get(r), Some(Item::Possessive)) {
            r += 1;
        }
        let (_, label) = role_starting_at(view, lex, r)?;
        return Some((body, label));
    }
    let (end, label) = role_starting_at(view, lex, k)?;
    let mut b = end;
    (view.word(b) == Some("of")).then_some(())?;
    b += 1;
    if view.word(b) == Some("the") {
        b += 1;
    }
    let body = view.mention(b).filter(|&m| kinds.is_body(m))?;
    Some((body, label))
}

/// The longest role title whose last word is at `end - 1`: `(start, label)`.
fn role_ending_at(view: &View, lex: &Lexicon, end: usize) -> Option<(usize, String)> {
    (1..=lex.max_role_words.min(end)).rev().find_map(|n| {
        let label = lex.roles.get(&phrase(view, end - n, end)?)?;
        Some((end - n, label.clone()))
    })
}

/// The longest role title starting at `start`: `(end, label)`.
fn role_starting_at(view: &View, lex: &Lexicon, start: usize) -> Option<(usize, String)> {
    (1..=lex.max_role_words).rev().find_map(|n| {
        let label = lex.roles.get(&phrase(view, start, start + n)?)?;
        Some((start + n, label.clone()))
    })
}

/// The words at `start..end` joined by spaces, if all are words (hyphens
/// between words are kept: "secretary-general").
fn phrase(view: &View, start: usize, end: usize) -> Option<String> {
    let mut out = String::new();
    for i in start..end {
        match view.items.get(i)? {
            Item::Word(w) => {
                if !out.is_empty() && !out.ends_with('-') {
                    out.push(' ');
                }
                out.push_str(w);
            }
            Item::Punct('-') if !out.is_empty() => out.push('-'),
            _ => return None,
        }
    }
    (!out.is_empty() && !out.ends_with('-')).then_some(out)
}

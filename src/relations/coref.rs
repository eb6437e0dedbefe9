//! Nominal mentions of office holders: "the Russian president", "North
//! Korea's leader", "the US secretary of state".
//!
//! Such a phrase names a person through an office, and who held the office
//! depends on when. With the article's date, the holder at that date is
//! found in the gazetteer's dated roles. Without a date we only trust a
//! holder (at any time) whom the article also names, since a guess at
//! today's holder would be wrong for every older article.

use std::collections::HashSet;

use crate::gazetteer::{EntityType, Gazetteer, Role};

/// Titles "leader" may stand for, most likely first.
const LEADER_TITLES: &[&str] = &[
    "president",
    "supreme leader",
    "leader",
    "chairman",
    "general secretary",
    "king",
    "queen",
    "emir",
    "prime minister",
    "chancellor",
    "premier",
];

/// Who holds which office, for one article.
pub struct Holders<'a> {
    gazetteer: &'a Gazetteer,
    named: HashSet<usize>,
    date: Option<&'a str>,
}

impl<'a> Holders<'a> {
    /// Offices as of `date` (ISO 8601, when known), preferring the people
    /// in `named` (the entities the article names).
    pub fn new(gazetteer: &'a Gazetteer, named: HashSet<usize>, date: Option<&'a str>) -> Self {
        Holders {
            gazetteer,
            named,
            date,
        }
    }

    /// The one person holding `title` in the country or organization
    /// `body`, or `None` if there is none or more than one.
    pub fn holder(&self, body: usize, title: &str) -> Option<usize> {
        let of = &self.gazetteer.entity(body).id;
        let titles: &[&str] = if title == "leader" {
            LEADER_TITLES
        } else {
            &[title]
        };
        for t in titles {
            let mut found = self.people().filter(|&p| self.holds(p, t, of));
            match (found.next(), found.next()) {
                (Some(p), None) => return Some(p),
                (Some(_), Some(_)) => return None,
                _ => {}
            }
        }
        None
    }

    /// The people to consider: everyone with a date, else those named.
    fn people(&self) -> Box<dyn Iterator<Item = usize> + '_> {
        if self.date.is_some() {
            // By type first: the entities of people are built (and kept)
            // only as their roles are looked at.
            let g = self.gazetteer;
            Box::new((0..g.len()).filter(|&i| g.etype(i) == EntityType::Person))
        } else {
            let mut named: Vec<usize> = self.named.iter().copied().collect();
            named.sort_unstable();
            Box::new(named.into_iter())
        }
    }

    fn holds(&self, person: usize, title: &str, of: &str) -> bool {
        let e = self.gazetteer.entity(person);
        e.etype == EntityType::Person
            && e.roles
                .iter()
                .any(|r| r.title == title && r.of == of && self.in_office(r))
    }

    fn in_office(&self, role: &Role) -> bool {
        let Some(date) = self.date else {
            return true;
        };
        let cut = |bound: &str| &date[..date.len().min(bound.len())];
        role.from.as_deref().is_none_or(|f| f <= cut(f))
            && role.to.as_deref().is_none_or(|t| cut(t) <= t)
    }
}

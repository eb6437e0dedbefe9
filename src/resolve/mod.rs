//! Stage 4: resolve — one entity per real-world thing.
//!
//! The matcher reports every entity a surface form *may* name. Here each
//! mention is settled on one entity, using what the rest of the article says:
//!
//! * a name or alias naming exactly one entity pins that entity for the
//!   article ("Vladimir Putin", "North Korean");
//! * a surname or short form ([`Form::Short`]: a bare "Kim") resolves to a
//!   pinned entity, preferring the one pinned most recently before it; with
//!   none pinned it is dropped, since "Kim" alone could be anyone;
//! * a name shared by several entities prefers a pinned one, then one whose
//!   country the article mentions, then countries over organizations over
//!   regions over people, then the smallest id, so the choice is stable;
//! * a seat of government ("the Kremlin", "the White House") stands for its
//!   country, through the entity's `stands_for` attribute.

mod embedded;
mod metonymy;

pub use embedded::{absorb_country_prefix, embedded_names, extend_designators};
pub use metonymy::{is_sports_report, sports_teams, sports_teams_among};

use crate::gazetteer::{EntityType, Gazetteer};
use crate::matcher::{Candidate, Form, Mention, Priority};
use crate::text::Span;

/// A mention settled on one entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    /// Index of the entity in the gazetteer.
    pub entity: usize,
    /// Byte offset of the mention in the normalized text.
    pub start: usize,
    /// End of the mention in the normalized text.
    pub end: usize,
    /// How the text named the entity.
    pub form: Form,
    /// Index of the sentence the mention is in.
    pub sentence: usize,
}

/// Settles every mention on one entity (or drops it), in text order.
pub fn resolve(gazetteer: &Gazetteer, mentions: &[Mention], sentences: &[Span]) -> Vec<Resolved> {
    let pins = Pins::collect(mentions);
    let countries = pinned_countries(gazetteer, &pins);
    let mut sentence = SentenceCursor::default();
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        let Some(chosen) = choose(gazetteer, m, &pins, &countries) else {
            continue;
        };
        out.push(Resolved {
            entity: stands_for(gazetteer, chosen.entity),
            start: m.start,
            end: m.end,
            form: chosen.form,
            sentence: sentence.of(sentences, m.start),
        });
    }
    out
}

/// The entity a mention of `entity` means: itself, or the one its
/// `stands_for` attribute names. Seats of government carry it: "the
/// Kremlin said" is Russia's government speaking, so it is Russia's node.
fn stands_for(gazetteer: &Gazetteer, entity: usize) -> usize {
    gazetteer
        .stands_for(entity)
        .and_then(|id| gazetteer.index_of(id))
        .unwrap_or(entity)
}

/// Where each unambiguously named entity was named.
struct Pins {
    /// `(entity, position)`, sorted: an article has a few dozen pins, so a
    /// sorted list searched by halves beats hashing (and allocates once).
    positions: Vec<(usize, usize)>,
    /// One bit per pinned entity ([`pin_bit`]): most readings asked about
    /// are not pinned, and a clear bit answers without a search.
    filter: u64,
}

/// The bit of `entity` in [`Pins::filter`]: the top six bits of its index
/// times an odd constant, so that nearby indices spread out.
fn pin_bit(entity: usize) -> u64 {
    1 << ((entity as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

impl Pins {
    fn collect(mentions: &[Mention]) -> Pins {
        let mut positions = Vec::with_capacity(mentions.len());
        for m in mentions {
            if let Some(e) = pinned_by(m) {
                positions.push((e, m.start));
            }
        }
        positions.sort_unstable();
        let filter = positions.iter().fold(0, |f, &(e, _)| f | pin_bit(e));
        Pins { positions, filter }
    }

    fn contains(&self, entity: usize) -> bool {
        if self.filter & pin_bit(entity) == 0 {
            return false;
        }
        let i = self.positions.partition_point(|&(e, _)| e < entity);
        self.positions.get(i).is_some_and(|&(e, _)| e == entity)
    }

    /// The pinned entities, each once, in increasing order.
    fn entities(&self) -> impl Iterator<Item = usize> + '_ {
        let mut last = None;
        self.positions.iter().filter_map(move |&(e, _)| {
            let new = last != Some(e);
            last = Some(e);
            new.then_some(e)
        })
    }

    /// How near the pin of `entity` is to `pos`: pins before `pos` rank by
    /// recency, pins after rank below all of them.
    ///
    /// One search finds both: the pins sort by entity, then position, so
    /// the pin just before `(entity, pos)` is the entity's last pin before
    /// `pos` if it is the entity's at all, and otherwise the pin just after
    /// is its first.
    #[inline]
    fn rank(&self, entity: usize, pos: usize) -> Option<(bool, isize)> {
        if self.filter & pin_bit(entity) == 0 {
            return None;
        }
        let i = self.positions.partition_point(|&p| p < (entity, pos));
        if let Some(&(e, p)) = i.checked_sub(1).map(|j| &self.positions[j]) {
            if e == entity {
                return Some((true, p as isize));
            }
        }
        match self.positions.get(i) {
            Some(&(e, first)) if e == entity => Some((false, -(first as isize))),
            _ => None,
        }
    }
}

/// The entity a mention pins: the one all its strong readings name, when
/// they name exactly one and no policy asks for more context for any of
/// them. One pass over the readings, since every mention is asked.
fn pinned_by(m: &Mention) -> Option<usize> {
    let mut only = None;
    for c in strong(m) {
        if c.priority == Priority::NeedsContext || only.is_some_and(|e| e != c.entity) {
            return None;
        }
        only = Some(c.entity);
    }
    only
}

/// Readings that are not surnames.
fn strong(m: &Mention) -> impl Iterator<Item = &Candidate> {
    m.candidates.iter().filter(|c| c.form != Form::Short)
}

/// The country codes of the pinned countries (a handful per article).
/// Codes are short ("RUS"): each is kept with its bytes packed in a number
/// too, so that asking for one (several times per mention) compares
/// numbers rather than calling `memcmp`.
struct Countries<'g>(Vec<(Option<u64>, &'g str)>);

/// The bytes of a code of at most seven bytes, and its length, as one
/// number; distinct codes give distinct numbers.
fn code_key(code: &str) -> Option<u64> {
    let b = code.as_bytes();
    if b.len() > 7 {
        return None;
    }
    let mut bytes = [0u8; 8];
    bytes[..b.len()].copy_from_slice(b);
    bytes[7] = b.len() as u8;
    Some(u64::from_le_bytes(bytes))
}

impl Countries<'_> {
    fn contains(&self, code: &str) -> bool {
        match code_key(code) {
            Some(k) => self.0.iter().any(|&(c, _)| c == Some(k)),
            None => self.0.iter().any(|&(_, c)| c == code),
        }
    }
}

fn pinned_countries<'g>(gazetteer: &'g Gazetteer, pins: &Pins) -> Countries<'g> {
    Countries(
        pins.entities()
            .filter(|&e| gazetteer.etype(e) == EntityType::Country)
            .filter_map(|e| gazetteer.country(e))
            .map(|c| (code_key(c), c))
            .collect(),
    )
}

/// How a reading ranks among those that count (smallest first): pinned,
/// in a pinned country, by type, by entity index.
type Rank = (bool, bool, u8, usize);

/// The reading of `m` to keep, if any.
///
/// Each reading is looked at once: whether its entity is pinned and lies in
/// a pinned country decides both whether a reading that needs context
/// counts and how it ranks. Among the readings that count the smallest key
/// wins, the first one on ties (as `min_by_key`).
fn choose(
    gazetteer: &Gazetteer,
    m: &Mention,
    pins: &Pins,
    countries: &Countries,
) -> Option<Candidate> {
    // Most mentions have one reading, a full name that needs no context:
    // it counts whatever the pins and countries say, and it is the only
    // one that does.
    if let [c] = m.candidates.as_slice() {
        if c.form != Form::Short && c.priority != Priority::NeedsContext {
            return Some(*c);
        }
    }
    let mut best: Option<(Rank, &Candidate)> = None;
    for c in strong(m) {
        let etype = gazetteer.etype(c.entity);
        let pinned = pins.contains(c.entity);
        let in_country = !countries.0.is_empty()
            && gazetteer
                .country(c.entity)
                .is_some_and(|k| countries.contains(k));
        let counts = c.priority != Priority::NeedsContext
            || pinned
            || (in_country && etype != EntityType::Country);
        if !counts {
            continue;
        }
        let key = (!pinned, !in_country, type_rank(etype), c.entity);
        if best.is_none_or(|(k, _)| key < k) {
            best = Some((key, c));
        }
    }
    if let Some((_, c)) = best {
        return Some(*c);
    }
    // Short forms: only an entity the article already pinned down.
    m.candidates
        .iter()
        .filter_map(|c| pins.rank(c.entity, m.start).map(|r| (r, c)))
        .max_by_key(|(r, c)| (*r, std::cmp::Reverse(c.entity)))
        .map(|(_, c)| *c)
}

fn type_rank(t: EntityType) -> u8 {
    match t {
        EntityType::Country => 0,
        EntityType::Organization => 1,
        EntityType::Region => 2,
        EntityType::Person => 3,
    }
}

/// The sentence `pos` is in: the first that ends after it (or the last).
#[cfg(test)]
fn sentence_of(sentences: &[Span], pos: usize) -> usize {
    sentences
        .partition_point(|s| s.end <= pos)
        .min(sentences.len().saturating_sub(1))
}

/// The sentence a position is in (the first that ends after it, or the
/// last), for positions that mostly come in increasing order (the
/// matcher reports mentions in text order): it walks on from the last
/// answer instead of searching all sentences again.
#[derive(Default)]
struct SentenceCursor {
    /// The last position asked for, and its `partition_point`.
    last: usize,
    point: usize,
}

impl SentenceCursor {
    fn of(&mut self, sentences: &[Span], pos: usize) -> usize {
        if pos < self.last {
            self.point = sentences.partition_point(|s| s.end <= pos);
        } else {
            while sentences.get(self.point).is_some_and(|s| s.end <= pos) {
                self.point += 1;
            }
        }
        self.last = pos;
        self.point.min(sentences.len().saturating_sub(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::GazetteerBuilder;
    use crate::matcher::Matcher;
    use crate::text::sentences;

    const GAZ: &str = "\
id\ttype\tname\taliases\tshort\tdemonyms\tcountry
person:kim-jong-un\tperson\tKim Jong Un\tKim Jong-un\tKim\t\tPRK
person:kim-yo-jong\tperson\tKim Yo Jong\t\tKim\t\tPRK
person:vladimir-putin\tperson\tVladimir Putin\tPutin\t\t\tRUS
country:PRK\tcountry\tNorth Korea\t\t\tNorth Korean\tPRK
country:GEO\tcountry\tGeorgia\t\t\tGeorgian\tGEO
country:USA\tcountry\tUnited States\t\t\tAmerican\tUSA
region:US-GA\tregion\tGeorgia\t\t\t\tUSA
";

    fn ids(text: &str) -> Vec<String> {
        let mut b = GazetteerBuilder::new();
        b.add_str("t", GAZ).unwrap();
        let g = b.build().unwrap();
        let m = Matcher::new(&g);
        let s = sentences(text);
        resolve(&g, &m.find(text), &s)
            .into_iter()
            .map(|r| g.entity(r.entity).id.clone())
            .collect()
    }

    #[test]
    fn surname_follows_full_name() {
        assert_eq!(
            ids("Vladimir Putin spoke. Putin left."),
            vec!["person:vladimir-putin", "person:vladimir-putin"]
        );
    }

    #[test]
    fn short_form_needs_a_pin() {
        assert!(ids("Kim spoke.").is_empty());
        assert_eq!(
            ids("Kim Yo Jong spoke. Kim left."),
            vec!["person:kim-yo-jong"; 2]
        );
    }

    #[test]
    fn short_form_prefers_most_recent_pin() {
        let got = ids("Kim Jong Un met Kim Yo Jong. Kim smiled.");
        assert_eq!(got[2], "person:kim-yo-jong");
    }

    #[test]
    fn demonyms_resolve_to_country() {
        assert_eq!(ids("North Korean troops"), vec!["country:PRK"]);
    }

    const POLICY: &str = "alias\tpolicy\tnote
Georgia\tprefer:country:GEO\tthe country by default
Georgia\tcontext:region:US-GA\tthe state with US context
Mobile\tstop\tadjective
";

    fn ids_with_policy(text: &str) -> Vec<String> {
        let mut b = GazetteerBuilder::new();
        b.add_str("t", GAZ).unwrap();
        b.add_str(
            "t2",
            "id\ttype\tname\tcountry\nregion:geonames-1\tregion\tMobile\tUSA\n",
        )
        .unwrap();
        b.add_str("p", POLICY).unwrap();
        let g = b.build().unwrap();
        let m = Matcher::new(&g);
        resolve(&g, &m.find(text), &sentences(text))
            .into_iter()
            .map(|r| g.entity(r.entity).id.clone())
            .collect()
    }

    #[test]
    fn policies_decide_shared_names() {
        assert_eq!(
            ids_with_policy("Georgia held elections."),
            vec!["country:GEO"]
        );
        assert_eq!(
            ids_with_policy("United States voters in Georgia queued."),
            vec!["country:USA", "region:US-GA"]
        );
    }

    #[test]
    fn stop_listed_names_are_never_matched() {
        assert!(ids_with_policy("Mobile phones were banned.").is_empty());
    }

    proptest::proptest! {
        /// The cursor answers as the search by halves does, in any order.
        #[test]
        fn sentence_cursor_is_sentence_of(
            ends in proptest::collection::vec(1usize..20, 0..8),
            positions in proptest::collection::vec(0usize..120, 0..20),
        ) {
            let mut at = 0;
            let sentences: Vec<Span> = ends
                .iter()
                .map(|len| {
                    let s = Span { start: at, end: at + len };
                    at += len + 2;
                    s
                })
                .collect();
            let mut cursor = SentenceCursor::default();
            let mut sorted = positions.clone();
            sorted.sort_unstable();
            for pos in sorted.into_iter().chain(positions) {
                proptest::prop_assert_eq!(cursor.of(&sentences, pos), sentence_of(&sentences, pos));
            }
        }

        /// One search ranks a pin as the entity's own pins, listed, do:
        /// the last before the position, else the first after it.
        #[test]
        fn pin_rank_is_nearest_pin_before(
            pins in proptest::collection::vec((0usize..6, 0usize..50), 0..16),
            entity in 0usize..7,
            pos in 0usize..55,
        ) {
            let mut positions = pins.clone();
            positions.sort_unstable();
            let filter = positions.iter().fold(0, |f, &(e, _)| f | pin_bit(e));
            let p = Pins { positions: positions.clone(), filter };
            let own: Vec<usize> =
                positions.iter().filter(|&&(e, _)| e == entity).map(|&(_, q)| q).collect();
            let expected = own.first().map(|&first| {
                match own.iter().rev().find(|&&q| q < pos) {
                    Some(&q) => (true, q as isize),
                    None => (false, -(first as isize)),
                }
            });
            proptest::prop_assert_eq!(p.rank(entity, pos), expected);
        }

        /// Packed codes are equal exactly when the codes are.
        #[test]
        fn country_codes_compare_as_strings(a in "[A-Z\\-é]{0,9}", b in "[A-Z\\-é]{0,9}") {
            let countries = Countries(vec![(code_key(&a), a.as_str())]);
            proptest::prop_assert_eq!(countries.contains(&b), a == b);
            proptest::prop_assert!(countries.contains(&a));
        }
    }

    #[test]
    fn shared_names_prefer_context() {
        assert_eq!(ids("Georgia voted."), vec!["country:GEO"]);
        assert_eq!(
            ids("American voters in Georgia."),
            vec!["country:USA", "region:US-GA"]
        );
    }
}

/// `choose` as it was before it looked at each reading once, for the
/// property test that compares the two.
#[cfg(test)]
mod reference {
    use super::*;

    pub(super) fn choose(
        gazetteer: &Gazetteer,
        m: &Mention,
        pins: &Pins,
        countries: &Countries,
    ) -> Option<Candidate> {
        let in_country = |c: &Candidate| {
            let e = gazetteer.entity(c.entity);
            e.etype != EntityType::Country
                && e.country.as_ref().is_some_and(|k| countries.contains(k))
        };
        let strong = || {
            m.candidates
                .iter()
                .filter(|c| c.form != Form::Short)
                .filter(|c| {
                    c.priority != Priority::NeedsContext || pins.contains(c.entity) || in_country(c)
                })
        };
        if strong().next().is_none() {
            return m
                .candidates
                .iter()
                .filter_map(|c| pins.rank(c.entity, m.start).map(|r| (r, c)))
                .max_by_key(|(r, c)| (*r, std::cmp::Reverse(c.entity)))
                .map(|(_, c)| *c);
        }
        strong()
            .min_by_key(|c| {
                let e = gazetteer.entity(c.entity);
                let in_country = e.country.as_ref().is_some_and(|k| countries.contains(k));
                (
                    !pins.contains(c.entity),
                    !in_country,
                    type_rank(e.etype),
                    c.entity,
                )
            })
            .copied()
    }
}

#[cfg(test)]
mod choose_tests {
    use super::*;
    use crate::gazetteer::GazetteerBuilder;

    /// Countries, and places, organizations and people in them or in none.
    const GAZ: &str = "\
id\ttype\tname\tcountry
country:AAA\tcountry\tAland\tAAA
country:BBB\tcountry\tBland\tBBB
region:r1\tregion\tRone\tAAA
region:r2\tregion\tRtwo\tBBB
region:r3\tregion\tRthree\t
organization:o1\torganization\tOone\tAAA
organization:o2\torganization\tOtwo\t
person:p1\tperson\tPone\tBBB
person:p2\tperson\tPtwo\tAAA
";

    fn candidate() -> impl proptest::strategy::Strategy<Value = Candidate> {
        use proptest::prelude::*;
        (
            0usize..9,
            prop::sample::select(vec![Form::Alias, Form::Demonym, Form::Short]),
            prop::sample::select(vec![
                Priority::Preferred,
                Priority::Normal,
                Priority::NeedsContext,
            ]),
        )
            .prop_map(|(entity, form, priority)| Candidate {
                entity,
                form,
                priority,
            })
    }

    /// `pinned_by` as it was, in two passes over the readings.
    fn pinned_by(m: &Mention) -> Option<usize> {
        let needs_context = strong(m).any(|c| c.priority == Priority::NeedsContext);
        let mut entities = strong(m).map(|c| c.entity);
        let first = entities.next()?;
        (entities.all(|e| e == first) && !needs_context).then_some(first)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// A mention pins what the two-pass definition says it pins.
        #[test]
        fn pins_as_the_reference(candidates in proptest::collection::vec(candidate(), 0..5)) {
            let m = Mention { start: 0, end: 1, candidates };
            proptest::prop_assert_eq!(super::pinned_by(&m), pinned_by(&m));
        }

        /// Every mention of a random article settles as the old `choose`
        /// settled it.
        #[test]
        fn same_as_the_reference(
            readings in proptest::collection::vec(
                proptest::collection::vec(candidate(), 1..5),
                0..12,
            ),
        ) {
            let mut b = GazetteerBuilder::new();
            b.add_str("t", GAZ).unwrap();
            let g = b.build().unwrap();
            let mentions: Vec<Mention> = readings
                .into_iter()
                .enumerate()
                .map(|(i, candidates)| Mention { start: 10 * i, end: 10 * i + 5, candidates })
                .collect();
            let pins = Pins::collect(&mentions);
            let countries = pinned_countries(&g, &pins);
            for m in &mentions {
                proptest::prop_assert_eq!(
                    choose(&g, m, &pins, &countries),
                    reference::choose(&g, m, &pins, &countries)
                );
            }
        }
    }
}

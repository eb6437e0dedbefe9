//! Verb-pattern relations: "X praised Y", "X was praised by Y".
//!
//! For each verb pattern found in a sentence, the subject is the nearest
//! mention before it that reaches the verb through words a subject may be
//! separated by (auxiliaries, adverbs, actor nouns such as "forces", a
//! parenthetical between commas); the object is the first mention after it
//! that is reached through determiners, adjectives, quoted phrases and
//! "of"-phrases, without crossing a preposition or a clause break. When
//! neither can be found we make no edge: a missing edge is better than a
//! false one.

use std::cmp::Reverse;

use super::lexicon::{Lexicon, PatternIndex, PatternToken};
use super::view::{Item, View};
use super::words::{self, is, is_adverb, is_negator};

/// Most words between a verb and its object ("the 'heroic participation' of").
const MAX_OBJECT_GAP: usize = 6;
/// Most items inside a parenthetical between subject and verb.
const MAX_PARENTHETICAL: usize = 25;
/// Most words a `*` in a pattern stands for.
const MAX_PATTERN_GAP: usize = 3;

/// Who a verb relation is about: a mention, or a personal pronoun ("He
/// met Xi") that the caller resolves from the sentences before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A mention index.
    Mention(usize),
    /// "he" or "she".
    Pronoun,
}

/// A verb relation between two items of the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbEdge {
    /// The actor.
    pub source: Actor,
    /// The one acted upon.
    pub target: Actor,
    /// Index of the pattern in the lexicon.
    pub pattern: usize,
    /// True when the sentence denies the relation.
    pub negated: bool,
    /// `future`, `modal` or `intent` when the verb is not a plain statement.
    pub mood: Option<&'static str>,
    /// Whose claim the relation is, when it is read from reported speech.
    pub speaker: Option<Actor>,
    /// True for an act the two do together, read from coordinated subjects
    /// ("Chile and Peru held talks"): no direction.
    pub mutual: bool,
}

/// A pattern occurrence: pattern index and item range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hit {
    pattern: usize,
    start: usize,
    end: usize,
}

/// The subjects of one verb and what the words before the verb say.
#[derive(Debug, Clone)]
struct Subjects {
    actors: Vec<Actor>,
    negated: bool,
    mood: Option<&'static str>,
    /// Item index of the leftmost subject.
    first: usize,
}

/// All verb relations in one sentence.
pub fn find(
    view: &View,
    lex: &Lexicon,
    is_person: impl Fn(usize) -> bool,
    is_place: impl Fn(usize) -> bool,
) -> Vec<VerbEdge> {
    let hits = find_hits(view, lex);
    let ctx = Heads {
        lex,
        is_person: &is_person,
        is_place: &is_place,
        through_prep: false,
    };
    let mut out = Vec::new();
    let mut previous: Option<(usize, Subjects)> = None;
    for (n, hit) in hits.iter().enumerate() {
        if is_negating_verb(view, hit) && hits.get(n + 1).is_some_and(|h| h.start <= hit.end + 1) {
            // "denied attacking", "refused to meet": the next verb carries it.
            continue;
        }
        let subj = subjects(view, hit.start).or_else(|| shared_subject(view, hit, &previous));
        let Some(subj) = subj else {
            continue;
        };
        previous = Some((hit.end, subj.clone()));
        let speaker = speaker_before(view, subj.first)
            .or_else(|| speaker_around(view, hit.end))
            // "China said it would": China's own act, not a claim about another.
            .filter(|s| !subj.actors.contains(s));
        let passive = is_passive(view, hit.start);
        // A user's pattern (an event coder's dictionary) takes its object
        // from the verb phrase, also inside a prepositional phrase
        // ("presented credentials to Chile"); a built-in one names the
        // preposition its object follows.
        let ctx = Heads {
            through_prep: lex.verbs[hit.pattern].user,
            ..ctx
        };
        let mut pattern = noun_pattern(view, lex, hit);
        let (sources, targets) = if passive && view.word(hit.end) == Some("by") {
            (mentions(objects(view, hit.end + 1, &ctx).0), subj.actors)
        } else {
            match objects(view, hit.end, &ctx) {
                // "X was branded 'reckless' by Y": the agent after a complement.
                (agents, true, _) if passive => (mentions(agents), subj.actors),
                // "Kursk was attacked": no agent, so no relation.
                _ if passive => continue,
                (objects, _, at) if !objects.is_empty() && !lex.verbs[pattern].user => {
                    let place = objects.iter().all(|&m| (ctx.is_place)(m));
                    let Some(p) = object_reading(view, lex, hit.end, at, pattern, place) else {
                        continue;
                    };
                    pattern = p;
                    (subj.actors, mentions(objects))
                }
                (objects, _, _) => (subj.actors, mentions(objects)),
            }
        };
        let edge = |source, target, pattern| VerbEdge {
            source,
            target,
            pattern,
            negated: subj.negated,
            mood: subj.mood,
            speaker,
            mutual: false,
        };
        let reverse = lex.verbs[pattern]
            .reverse
            .as_deref()
            .and_then(|r| lex.pattern_of_label(r));
        for &source in &sources {
            for &target in &targets {
                out.push(edge(source, target, pattern));
                if let Some(r) = reverse {
                    out.push(edge(target, source, r));
                }
            }
        }
        // "Chile and Peru renewed ties": an act with a reverse and no object
        // is between the coordinated subjects.
        if let (Some(r), true, false) = (reverse, targets.is_empty(), passive) {
            for (i, &a) in sources.iter().enumerate() {
                for &b in &sources[i + 1..] {
                    out.push(edge(a, b, pattern));
                    out.push(edge(b, a, r));
                }
            }
        } else if targets.is_empty() && !passive && is_mutual(&lex.verbs[hit.pattern]) {
            // "Putin and Xi met": built-in acts done together, undirected.
            for (i, &a) in sources.iter().enumerate() {
                for &b in &sources[i + 1..] {
                    out.push(VerbEdge {
                        mutual: true,
                        ..edge(a, b, pattern)
                    });
                }
            }
        }
    }
    out.extend(under_attack(view, lex));
    out
}

/// Built-in patterns of acts two actors do together, which coordinated
/// subjects without an object do with each other ("Chile and Peru met",
/// "... held talks", "... signed a deal"). Not "welcomed" or "hosted",
/// which share the label `meet` but are done to someone.
const MUTUAL: &[&str] = &[
    "met",
    "meet",
    "meets",
    "held talks",
    "holds talks",
    "hold talks",
    "holding talks",
    "signed an agreement",
    "signed a deal",
    "signed a treaty",
    "signed a pact",
    "signed * agreement",
    "signed * deal",
    "signed * treaty",
    "signed * pact",
    "cooperated",
    "co-operated",
];

fn is_mutual(v: &super::lexicon::VerbPattern) -> bool {
    let same = |a: &str, t: &PatternToken| match t {
        PatternToken::Word(w) => a == w,
        PatternToken::Gap => a == "*",
    };
    !v.user
        && MUTUAL.iter().any(|m| {
            m.split(' ').count() == v.tokens.len()
                && m.split(' ').zip(&v.tokens).all(|(a, t)| same(a, t))
        })
}

/// Nouns of a relation whose partner follows "with" ("ties with Chile"),
/// and the label of the relation they name.
const RELATION_NOUNS: &[(&str, &str)] = &[
    ("ties", "cooperate"),
    ("relations", "cooperate"),
    ("cooperation", "cooperate"),
    ("contacts", "cooperate"),
    ("partnership", "cooperate"),
    ("alliance", "cooperate"),
    ("talks", "negotiate"),
    ("dialogue", "negotiate"),
    ("negotiations", "negotiate"),
    ("agreement", "agree"),
    ("accord", "agree"),
    ("deal", "agree"),
    ("treaty", "agree"),
    ("pact", "agree"),
];

fn relation_noun(w: &str) -> Option<&'static str> {
    RELATION_NOUNS
        .iter()
        .find(|(n, _)| *n == w)
        .map(|&(_, label)| label)
}

/// When the object is the partner of a relation noun ("welcomed the
/// resumption of ties with Chile"), the relation is the noun's (ties:
/// cooperate), unless the verb opposes it ("rejected talks with Chile").
fn noun_pattern(view: &View, lex: &Lexicon, hit: &Hit) -> usize {
    if lex.verbs[hit.pattern].user {
        return hit.pattern;
    }
    let opposed = lex.verbs[hit.pattern]
        .category
        .as_deref()
        .is_some_and(|c| !matches!(c, "SUPPORT" | "CONSULT" | "AGREE" | "COOPERATE"));
    let crossed = (hit.end..view.items.len())
        .take_while(|&i| view.mention(i).is_none())
        .filter(|&i| matches!(view.word(i), Some("with" | "between")))
        .find_map(|i| relation_noun(view.word(i.checked_sub(1)?)?));
    let pattern = crossed
        .filter(|_| !opposed)
        .and_then(|label| lex.pattern_of_label(label));
    pattern.unwrap_or(hit.pattern)
}

/// What the words between a built-in pattern and its object (at `at`) say
/// about the edge: `None` when the object is a thing of a person or body
/// that one cannot meet or visit ("welcomed Mandelson's announcement",
/// "visited the tomb of Arafat"; but "visited Russia's capital" is a visit
/// to a `place`), the `criticize` pattern for an attack on an idea
/// ("attacked the decision by Britain's court", "attacked Bush's record"),
/// else `pattern` unchanged.
fn object_reading(
    view: &View,
    lex: &Lexicon,
    end: usize,
    at: usize,
    pattern: usize,
    place: bool,
) -> Option<usize> {
    let after_possessive = matches!(view.items.get(at + 1), Some(Item::Possessive))
        .then(|| view.word(at + 2))
        .flatten();
    let is_actor_noun = |w: &str| is(words::ACTOR_NOUNS, w) || lex.is_title_word(w);
    let via_of = (end..at).any(|k| {
        view.word(k) == Some("of") && !view.word(k.wrapping_sub(1)).is_some_and(is_actor_noun)
    });
    let thing = via_of || after_possessive.is_some_and(|w| !is_actor_noun(w));
    let v = &lex.verbs[pattern];
    if thing && !place && v.category.as_deref() == Some("CONSULT") {
        return None;
    }
    // "attacked the decision of", "attacked Bush's record", "attack EU
    // asylum moves": the idea before the name, or in the words after it.
    let after = (at + 1..at + 4)
        .take_while(|&k| matches!(view.items.get(k), Some(Item::Word(_) | Item::Possessive)))
        .filter_map(|k| view.word(k));
    let idea = (end..at)
        .filter_map(|k| view.word(k))
        .chain(after)
        .any(|w| is(words::IDEAS, w));
    if idea && v.label == "attack" {
        return Some(lex.pattern_of_label("criticize").unwrap_or(pattern));
    }
    Some(pattern)
}

/// Nouns of attack after "under": "under Ukrainian artillery attacks".
const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "fire",
    "shelling",
    "bombardment",
    "bombardments",
    "strikes",
    "assault",
    "assaults",
    "siege",
];

/// "Kursk had been under intense Ukrainian artillery and drone attacks":
/// the attacker named inside the noun phrase after "under" attacks the
/// subject. Returns edges with the pattern of the plain verb "attack".
fn under_attack(view: &View, lex: &Lexicon) -> Vec<VerbEdge> {
    let under = |i: &usize| view.word(*i) == Some("under");
    // Few sentences have "under": look the pattern up only for those.
    let Some(first) = (0..view.items.len()).find(under) else {
        return Vec::new();
    };
    let Some(pattern) = single_word_pattern(lex, "attack") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for i in (first..view.items.len()).filter(under) {
        let Some(attacker) = (i + 1..view.items.len().min(i + 4)).find_map(|j| view.mention(j))
        else {
            continue;
        };
        let at = (i + 1..view.items.len()).find(|&j| view.mention(j) == Some(attacker));
        let noun = at.and_then(|a| {
            (a + 1..view.items.len().min(a + 5))
                .take_while(|&k| view.word(k).is_some())
                .find(|&k| view.word(k).is_some_and(|w| is(ATTACK_NOUNS, w)))
        });
        // "came under", "remained under": the subject is before the verb.
        let mut verb = i;
        while verb > 0 && view.word(verb - 1).is_some_and(|w| is(UNDER_VERBS, w)) {
            verb -= 1;
        }
        let Some(subj) = noun.and_then(|_| subjects(view, verb)) else {
            continue;
        };
        for &target in &subj.actors {
            out.push(VerbEdge {
                source: Actor::Mention(attacker),
                target,
                pattern,
                negated: subj.negated,
                mood: subj.mood,
                speaker: speaker_before(view, subj.first),
                mutual: false,
            });
        }
    }
    out
}

/// Verbs that put their subject "under" something.
const UNDER_VERBS: &[&str] = &[
    "came", "come", "comes", "coming", "remained", "remains", "remain", "fell",
];

/// The index of the one-word pattern `word`, if the lexicon has it.
fn single_word_pattern(lex: &Lexicon, word: &str) -> Option<usize> {
    lex.verbs_by_first
        .get(word)?
        .iter()
        .copied()
        .find(|&p| matches!(lex.verbs[p].tokens.as_slice(), [PatternToken::Word(w)] if w == word))
}

/// "Chile condemned Peru and praised Bolivia": a verb right after "and"
/// (past its object, with no subject of its own) shares the subject of the
/// verb before it, but not its negation.
fn shared_subject(
    view: &View,
    hit: &Hit,
    previous: &Option<(usize, Subjects)>,
) -> Option<Subjects> {
    let (prev_end, prev) = previous.as_ref()?;
    let and = hit
        .start
        .checked_sub(1)
        .filter(|&k| view.word(k) == Some("and"))?;
    let between_ok = (*prev_end..and).all(|k| !view.is_punct(k, '.') && !view.is_punct(k, ';'));
    between_ok.then(|| Subjects {
        negated: false,
        ..prev.clone()
    })
}

fn mentions(ms: Vec<usize>) -> Vec<Actor> {
    ms.into_iter().map(Actor::Mention).collect()
}

/// "Putin said (that) <clause>": the speaker of the clause whose subject
/// starts at `first`.
fn speaker_before(view: &View, first: usize) -> Option<Actor> {
    let mut j = first.checked_sub(1)?;
    if view.word(j) == Some("that") || view.is_punct(j, ',') {
        j = j.checked_sub(1)?;
    }
    let w = view.word(j)?;
    if !is(words::SPEECH, w) {
        return None;
    }
    subjects(view, j).map(|s| s.actors[0])
}

/// "..., Putin said." / "..., said Putin." after the verb, or "according to
/// Putin," anywhere in the sentence.
fn speaker_around(view: &View, after: usize) -> Option<Actor> {
    let items = &view.items;
    let ends_phrase =
        |k: usize| k >= items.len() || matches!(items[k], Item::Punct(',' | '.' | ';'));
    for k in 0..items.len() {
        if view.word(k) == Some("according") && view.word(k + 1) == Some("to") {
            let at = if view.word(k + 2) == Some("the") {
                k + 3
            } else {
                k + 2
            };
            if let Some(m) = view.mention(at).filter(|_| ends_phrase(at + 1)) {
                return Some(Actor::Mention(m));
            }
        }
        if k < after || !view.is_punct(k, ',') {
            continue;
        }
        let said = |i: usize| view.word(i).is_some_and(|w| is(words::SPEECH, w));
        if let Some(m) = view
            .mention(k + 1)
            .filter(|_| said(k + 2) && ends_phrase(k + 3))
        {
            return Some(Actor::Mention(m));
        }
        if let Some(m) = view
            .mention(k + 2)
            .filter(|_| said(k + 1) && ends_phrase(k + 3))
        {
            return Some(Actor::Mention(m));
        }
    }
    None
}

/// Longest pattern at each word, left to right, not overlapping. Of two
/// patterns that cover the same words, the one with more literal words wins
/// ("launched * scathing attack on" over "launched * attack on"), then the
/// one loaded first.
///
/// The patterns are matched together along the lexicon's trie
/// ([`PatternIndex`]), with the items' words as numbers ([`Words`]).
fn find_hits(view: &View, lex: &Lexicon) -> Vec<Hit> {
    let index = &lex.index;
    let mut words = Words::new(view, index);
    let mut hits = Vec::new();
    let mut i = 0;
    while i < view.items.len() {
        let start = match &view.items[i] {
            // Most words begin no pattern, and their shape tells.
            Item::Word(w) if index.may_start(w) => index.after_first(words.id(i)),
            _ => None,
        };
        let mut best = None;
        if let Some(node) = start {
            let mut walk = Walk {
                index,
                lex,
                words: &mut words,
                reached: Vec::new(),
                best: None,
            };
            walk.from(node, i + 1);
            best = walk.best;
        }
        match best {
            Some(Ends {
                end,
                pattern: Reverse(pattern),
                ..
            }) => {
                hits.push(Hit {
                    pattern,
                    start: i,
                    end,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    hits
}

/// An item that is a word no pattern has.
const OTHER_WORD: u32 = u32::MAX - 1;
/// A possessive item: not a word, but a `*` may cover it.
const POSSESSIVE: u32 = u32::MAX - 2;
/// A mention or punctuation: no pattern token matches it.
const NOT_WORD: u32 = u32::MAX - 3;
/// Not looked up yet.
const UNKNOWN: u32 = u32::MAX - 4;

/// The items of a view as pattern word numbers, looked up on first use:
/// the number of a word, or [`OTHER_WORD`], [`POSSESSIVE`] or [`NOT_WORD`]
/// (none of these is a word's number or [`PatternIndex::GAP`]).
struct Words<'v> {
    view: &'v View<'v>,
    index: &'v PatternIndex,
    ids: Vec<u32>,
}

impl<'v> Words<'v> {
    fn new(view: &'v View<'v>, index: &'v PatternIndex) -> Self {
        Words {
            view,
            index,
            ids: vec![UNKNOWN; view.items.len()],
        }
    }

    /// The number of item `k`; [`NOT_WORD`] past the end.
    fn id(&mut self, k: usize) -> u32 {
        let Some(&id) = self.ids.get(k) else {
            return NOT_WORD;
        };
        if id != UNKNOWN {
            return id;
        }
        let id = match &self.view.items[k] {
            Item::Word(w) => self.index.word(w).unwrap_or(OTHER_WORD),
            Item::Possessive => POSSESSIVE,
            Item::Mention(_) | Item::Punct(_) => NOT_WORD,
        };
        self.ids[k] = id;
        id
    }
}

/// How a pattern matched at one start: compared as [`find_hits`] prefers
/// them, greatest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Ends {
    end: usize,
    literal: usize,
    pattern: Reverse<usize>,
}

/// A walk down the pattern trie from one start.
struct Walk<'w, 'v> {
    index: &'w PatternIndex,
    lex: &'w Lexicon,
    words: &'w mut Words<'v>,
    /// The nodes whose patterns have matched: each pattern counts at its
    /// first match, the one with the shortest first `*` (then second ...),
    /// as matching it alone would find.
    reached: Vec<u32>,
    best: Option<Ends>,
}

impl Walk<'_, '_> {
    /// Goes on from `node` at item `at`, the tokens on its path matched.
    fn from(&mut self, node: u32, at: usize) {
        let n = self.index.node(node);
        if !n.ends.is_empty() && !self.reached.contains(&node) {
            self.reached.push(node);
            for &pattern in &n.ends {
                let literal = literal_words(&self.lex.verbs[pattern].tokens);
                let ends = Ends {
                    end: at,
                    literal,
                    pattern: Reverse(pattern),
                };
                self.best = self.best.max(Some(ends));
            }
        }
        let id = self.words.id(at);
        if let Some(next) = n.after_word(id) {
            self.from(next, at + 1);
        }
        if let Some(next) = n.after_gap() {
            // A `*` covers one to three words (or possessives).
            for k in at..at + MAX_PATTERN_GAP {
                if self.words.id(k) == NOT_WORD {
                    break;
                }
                self.from(next, k + 1);
            }
        }
    }
}

fn literal_words(tokens: &[PatternToken]) -> usize {
    tokens
        .iter()
        .filter(|t| matches!(t, PatternToken::Word(_)))
        .count()
}

fn is_negating_verb(view: &View, hit: &Hit) -> bool {
    hit.end == hit.start + 1 && view.word(hit.start).is_some_and(is_negator)
}

/// "was praised": a form of "be" before the verb, past adverbs (but not
/// "is attacking").
fn is_passive(view: &View, verb: usize) -> bool {
    if view.word(verb).is_some_and(|w| w.ends_with("ing")) {
        return false;
    }
    (0..verb)
        .rev()
        .map(|i| view.word(i))
        .find(|w| !w.is_some_and(is_adverb))
        .flatten()
        .is_some_and(|w| is(words::BE_FORMS, w))
}

/// Subjects of the verb starting at `verb`, whether the words between
/// negate it, and its mood. `None` when no subject is reachable.
fn subjects(view: &View, verb: usize) -> Option<Subjects> {
    let mut negated = false;
    let mut mood = None;
    let mut after_to = false;
    let mut i = verb;
    loop {
        i = i.checked_sub(1)?;
        let to = view.word(i) == Some("to");
        match &view.items[i] {
            Item::Word(w) if is_negator(w) => negated = true,
            Item::Word(w) if after_to && is(words::INTENT_BEFORE_TO, w) => {
                mood.get_or_insert("intent");
            }
            Item::Word(w) if after_to && is(words::FUTURE_BEFORE_TO, w) => {
                mood.get_or_insert("future");
            }
            Item::Word(w) if is(words::FUTURE, w) => {
                mood.get_or_insert("future");
            }
            Item::Word(w) if is(words::MODALS, w) => {
                mood.get_or_insert("modal");
            }
            Item::Word(w) if skippable_before_verb(w) => {}
            Item::Word(w) if is(words::WEEKDAYS, w) => {
                // "on Monday", "last Friday": skip the time phrase too.
                if i > 0
                    && view
                        .word(i - 1)
                        .is_some_and(|p| matches!(p, "on" | "last" | "this"))
                {
                    i -= 1;
                }
            }
            Item::Word(w) if is(words::RELATIVES, w) => {
                // "Putin, who met Xi": the antecedent is the subject.
                let k = if i >= 2 && view.is_punct(i - 1, ',') {
                    i - 2
                } else {
                    i.checked_sub(1)?
                };
                let m = view.mention(k)?;
                return Some(Subjects {
                    actors: vec![Actor::Mention(m)],
                    negated,
                    mood,
                    first: k,
                });
            }
            Item::Word(w) if matches!(w.as_ref(), "it" | "they") => {
                // "France said on Monday it would impose": the speaker.
                let actors = speaker_of_pronoun(view, i)?;
                return Some(Subjects {
                    actors,
                    negated,
                    mood,
                    first: i,
                });
            }
            Item::Word(w) if is(words::PERSON_PRONOUNS, w) => {
                return Some(Subjects {
                    actors: vec![Actor::Pronoun],
                    negated,
                    mood,
                    first: i,
                });
            }
            Item::Possessive | Item::Punct('"' | '\'') => {}
            Item::Punct(',') => i = skip_parenthetical(view, i)?,
            Item::Mention(m) => {
                let found = coordinated_before(view, i, *m);
                let first = found.last().map_or(i, |&(pos, _)| pos);
                if let Some((head, at)) = of_head(view, first) {
                    // "Olaf Scholz of the SPD criticized": Scholz.
                    return Some(Subjects {
                        actors: vec![Actor::Mention(head)],
                        negated,
                        mood,
                        first: at,
                    });
                }
                // "protesters in the United States", "sales outside western
                // Europe": a preposition before the article or direction.
                let mut p = first;
                while p > 0
                    && view
                        .word(p - 1)
                        .is_some_and(|w| w == "the" || is(words::COMPASS, w))
                {
                    p -= 1;
                }
                // "after (the) Russia(n government) ignored": "after",
                // "before", "since", "until" and "as" may open a clause.
                let after_prep = p
                    .checked_sub(1)
                    .and_then(|p| view.word(p))
                    .is_some_and(|w| is(words::PREPOSITIONS, w) && !is(CLAUSE_OPENERS, w));
                let group = first.checked_sub(1).and_then(|p| actor_group(view, p));
                return (!after_prep || group.is_some()).then(|| Subjects {
                    actors: found.into_iter().map(|(_, m)| Actor::Mention(m)).collect(),
                    negated,
                    mood,
                    first,
                });
            }
            _ => return None,
        }
        after_to = to;
    }
}

/// The mention heading "X of (the) Y" when Y starts at `first`: the
/// person or body Y only qualifies. Returns the head and its item index.
fn of_head(view: &View, first: usize) -> Option<(usize, usize)> {
    let mut k = first.checked_sub(1)?;
    if view.word(k) == Some("the") {
        k = k.checked_sub(1)?;
    }
    if view.word(k) != Some("of") {
        return None;
    }
    let at = k.checked_sub(1)?;
    view.mention(at).map(|m| (m, at))
}

/// Prepositions that also open a clause whose subject may follow.
const CLAUSE_OPENERS: &[&str] = &["after", "before", "since", "until", "as"];

/// "Soldiers from Gondor", "lawmakers and officials in Chile", "the
/// ambassadors of Peru and Chile" opening a clause: the actors named after
/// the preposition at `prep` act through the group before it. Returns the
/// group's first item, or `None` when `prep` does not end such a group.
fn actor_group(view: &View, prep: usize) -> Option<usize> {
    if !matches!(view.word(prep), Some("from" | "in" | "of")) {
        return None;
    }
    let mut k = prep;
    let mut nouns = 0;
    while k > 0 {
        match view.word(k - 1) {
            Some(w) if is(words::ACTOR_NOUNS, w) => nouns += 1,
            Some("and") if nouns > 0 => {}
            _ => break,
        }
        k -= 1;
    }
    if nouns == 0 {
        return None;
    }
    // Only modifiers may stand before the group in its clause: "the",
    // "Human rights", "West German"; no actor, preposition or verb-like word.
    let mut j = k;
    for _ in 0..=MAX_GROUP_MODIFIERS {
        if j == 0 || view.is_punct(j - 1, ',') || view.word(j - 1) == Some("that") {
            return Some(k);
        }
        match view.word(j - 1) {
            Some(w) if !is(words::PREPOSITIONS, w) && !is(words::CLAUSE_BREAKS, w) => j -= 1,
            _ => return None,
        }
    }
    None
}

/// Most words before an actor group in its clause ("the", "Human rights").
const MAX_GROUP_MODIFIERS: usize = 3;

/// The named speaker that "it" or "they" at `pronoun` refers back to, as
/// in "China said (on Monday) (that) it would ...": the subjects of a speech
/// verb a few words before, if they are mentions.
fn speaker_of_pronoun(view: &View, pronoun: usize) -> Option<Vec<Actor>> {
    let mut k = pronoun;
    for _ in 0..=MAX_TIME_WORDS {
        k = k.checked_sub(1)?;
        match view.word(k) {
            Some(w) if is(words::SPEECH, w) => {
                let subj = subjects(view, k)?;
                let named = subj.actors.iter().all(|a| matches!(a, Actor::Mention(_)));
                return named.then_some(subj.actors);
            }
            Some(w) if w == "that" || is(words::WEEKDAYS, w) || is(TIME_WORDS, w) => {}
            _ => return None,
        }
    }
    None
}

/// Words of a time phrase between "said" and its clause ("on Monday").
const TIME_WORDS: &[&str] = &[
    "on",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "last",
    "this",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "evening",
];
const MAX_TIME_WORDS: usize = 4;

fn skippable_before_verb(w: &str) -> bool {
    is(words::AUXILIARIES, w) || is(words::ACTOR_NOUNS, w) || is_adverb(w)
}

/// For a comma just before the verb, where to continue the subject search:
/// inside an apposition that is just a name ("Ukraine's envoy, Andrii
/// Sybiha, urged": the name), else before the comma that opens the
/// parenthetical ("Putin, who met Xi last month, praised": Putin). Returns
/// the item index just after the subject candidate.
fn skip_parenthetical(view: &View, close: usize) -> Option<usize> {
    let lowest = close.saturating_sub(MAX_PARENTHETICAL);
    let open = (lowest..close).rev().find(|&j| view.is_punct(j, ','))?;
    if close == open + 2 && view.mention(open + 1).is_some() {
        return Some(close);
    }
    let inner_ok =
        (open + 1..close).all(|j| !matches!(view.items[j], Item::Punct('.' | ';' | ':')));
    (inner_ok && names_before(view, open)).then_some(open)
}

/// True when a mention ends just before `at`, or a few actor nouns and
/// titles after one ("Turkey's president, speaking in Ankara, ...").
fn names_before(view: &View, at: usize) -> bool {
    let mut k = at;
    for _ in 0..=MAX_TITLE_WORDS {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        match &view.items[prev] {
            Item::Mention(_) => return true,
            Item::Possessive => {}
            Item::Word(w) if skippable_before_verb(w) && !is(words::AUXILIARIES, w) => {}
            _ => return false,
        }
        k = prev;
    }
    false
}

/// Most actor nouns and titles between a name and a comma ("'s foreign
/// minister").
const MAX_TITLE_WORDS: usize = 4;

/// The mention at `i` and those coordinated before it ("Russia, Iran and
/// China", "Russia and the United States", "France, Germany, and the new
/// British government"), as `(item index, mention)` from right to left.
fn coordinated_before(view: &View, i: usize, mention: usize) -> Vec<(usize, usize)> {
    let mut out = vec![(i, mention)];
    let mut k = i;
    let mut saw_and = false;
    loop {
        let mut j = k;
        for _ in 0..MAX_MODIFIERS {
            match j.checked_sub(1).and_then(|p| view.word(p)) {
                Some(w) if is_modifier(w) => j -= 1,
                _ => break,
            }
        }
        let Some(joiner) = j.checked_sub(1) else {
            break;
        };
        let and = view.word(joiner) == Some("and");
        // "France, Germany, and the UK": the comma before "and" joins too.
        let before = if and && joiner > 0 && view.is_punct(joiner - 1, ',') {
            joiner - 1
        } else {
            joiner
        };
        if !(and || (view.is_punct(joiner, ',') && saw_and)) {
            break;
        }
        // The previous conjunct may end in actor nouns ("the Syrian government").
        let mut p = before;
        while p > 0 && view.word(p - 1).is_some_and(|w| is(words::ACTOR_NOUNS, w)) {
            p -= 1;
        }
        match p.checked_sub(1).and_then(|q| view.mention(q)) {
            Some(m) => {
                saw_and |= and;
                k = p - 1;
                out.push((k, m));
            }
            None => break,
        }
    }
    out
}

/// Most modifier words between a coordinator and a name ("the new").
const MAX_MODIFIERS: usize = 3;

/// A determiner or adjective that may stand between "and" and a name: "the",
/// "a", "new", "evil"; not a verb-like, clause or preposition word.
fn is_modifier(w: &str) -> bool {
    if matches!(w, "the" | "a" | "an") {
        return true;
    }
    w.chars().all(|c| c.is_ascii_lowercase())
        && !w.ends_with("ed")
        && !is(words::PREPOSITIONS, w)
        && !is(words::CLAUSE_BREAKS, w)
        && !is(words::AUXILIARIES, w)
        && !is(words::SPEECH, w)
        && !is(words::MODALS, w)
        && !is_negator(w)
}

/// Objects after the verb pattern ending at `after`, whether the path to
/// them crossed "by" (in a passive, they are then the agents), and the item
/// index where the search stopped (the first object, if any).
fn objects(view: &View, after: usize, ctx: &Heads) -> (Vec<usize>, bool, usize) {
    let mut words_seen = 0;
    let mut by = false;
    let mut i = after;
    while i < view.items.len() {
        match &view.items[i] {
            Item::Mention(_) => return (coordinated_after(view, i, ctx), by, i),
            Item::Word(w) if w == "by" && words_seen > 0 => by = true,
            Item::Word(w) if w == "of" => {}
            // "welcomed the resumption of ties with Chile": the partner of a
            // relation noun is the object.
            Item::Word(w)
                if matches!(w.as_ref(), "with" | "between")
                    && i > 0
                    && view.word(i - 1).and_then(relation_noun).is_some() => {}
            Item::Word(w) if ctx.through_prep && is(words::PREPOSITIONS, w) => {
                words_seen += 1;
                if words_seen > MAX_OBJECT_GAP {
                    return (Vec::new(), false, i);
                }
            }
            Item::Word(w) if stops_object(w) => return (Vec::new(), false, i),
            Item::Word(_) => {
                words_seen += 1;
                if words_seen > MAX_OBJECT_GAP {
                    return (Vec::new(), false, i);
                }
            }
            Item::Possessive | Item::Punct('"' | '\'') => {}
            Item::Punct(_) => return (Vec::new(), false, i),
        }
        i += 1;
    }
    (Vec::new(), false, i)
}

fn stops_object(w: &str) -> bool {
    is(words::PREPOSITIONS, w) || is(words::CLAUSE_BREAKS, w) || is_negator(w)
}

/// The head of the noun phrase starting with the mention at `i`, then any
/// mentions coordinated with it ("met Xi and Modi", "met Xi, Modi and Lula").
/// A comma alone is not coordination ("met Kim, North Korea's leader").
fn coordinated_after(view: &View, i: usize, ctx: &Heads) -> Vec<usize> {
    let Some((head, mut k)) = np_head(view, i, ctx) else {
        return Vec::new();
    };
    let mut out = vec![head];
    let mut pending = Vec::new();
    loop {
        let and = view.word(k) == Some("and")
            || (view.is_punct(k, ',') && view.word(k + 1) == Some("and") && {
                k += 1;
                true
            });
        let mut next = k + 1;
        while next < k + 1 + MAX_MODIFIERS && view.word(next).is_some_and(is_modifier) {
            next += 1;
        }
        if !(and || view.is_punct(k, ',')) || view.mention(next).is_none() {
            break;
        }
        let Some((m, end)) = np_head(view, next, ctx) else {
            break;
        };
        k = end;
        if and {
            out.append(&mut pending);
            out.push(m);
            break;
        }
        pending.push(m);
    }
    out
}

/// "North Korean leader Kim Jong Un" and "Russia's Putin" are about the
/// person: returns the head mention and the item index after the phrase,
/// or `None` when no mention starts at `i`.
fn np_head(view: &View, i: usize, ctx: &Heads) -> Option<(usize, usize)> {
    let first = view.mention(i)?;
    let mut k = i + 1;
    let title = |w: &str| is(words::ACTOR_NOUNS, w) || ctx.lex.is_title_word(w) || w == "of";
    while matches!(view.items.get(k), Some(Item::Possessive)) || view.word(k).is_some_and(title) {
        k += 1;
    }
    match view.mention(k) {
        Some(m) if k > i + 1 && (ctx.is_person)(m) => Some((m, k + 1)),
        // "appointed a new Japan boss": the object is the boss, not Japan.
        _ if view
            .word(i + 1)
            .is_some_and(|w| is(words::MODIFIED_HEADS, w)) =>
        {
            None
        }
        _ => Some((first, i + 1)),
    }
}

/// What the object search needs to find the head of a noun phrase: the
/// titles that may stand between a country and a person ("North Korean
/// leader Kim"), and which mentions are people.
#[derive(Clone, Copy)]
struct Heads<'a> {
    lex: &'a Lexicon,
    is_person: &'a dyn Fn(usize) -> bool,
    is_place: &'a dyn Fn(usize) -> bool,
    /// The object may be inside a prepositional phrase.
    through_prep: bool,
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

    /// [`find_hits`] as it was: each pattern of the word at a start
    /// matched alone, by strings.
    fn find_hits_by_strings(view: &View, lex: &Lexicon) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < view.items.len() {
            let best = view.word(i).and_then(|w| {
                lex.verbs_by_first
                    .get(w)?
                    .iter()
                    .filter_map(|&p| {
                        match_pattern(view, i, &lex.verbs[p].tokens).map(|end| (end, p))
                    })
                    .max_by_key(|&(end, p)| (end, literal_words(&lex.verbs[p].tokens), Reverse(p)))
            });
            match best {
                Some((end, pattern)) => {
                    hits.push(Hit {
                        pattern,
                        start: i,
                        end,
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
        hits
    }

    /// End (exclusive item index) of `tokens` matched at `start`, if they
    /// match.
    fn match_pattern(view: &View, start: usize, tokens: &[PatternToken]) -> Option<usize> {
        let Some((first, rest)) = tokens.split_first() else {
            return Some(start);
        };
        match first {
            PatternToken::Word(w) => {
                (view.word(start) == Some(w.as_str())).then_some(())?;
                match_pattern(view, start + 1, rest)
            }
            PatternToken::Gap => (1..=MAX_PATTERN_GAP).find_map(|n| {
                let gap_ok = (start..start + n)
                    .all(|i| matches!(view.items.get(i), Some(Item::Word(_) | Item::Possessive)));
                if gap_ok {
                    match_pattern(view, start + n, rest)
                } else {
                    None
                }
            }),
        }
    }

    fn builtin() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| Lexicon::builtin().unwrap())
    }

    /// Words of patterns that share beginnings and gaps, and others.
    const WORDS: &[&str] = &[
        "launched",
        "a",
        "scathing",
        "attack",
        "attacks",
        "on",
        "air",
        "strikes",
        "against",
        "held",
        "talks",
        "with",
        "met",
        "signed",
        "deal",
        "agreement",
        "the",
        "extended",
        "his",
        "greetings",
        "to",
        "sent",
        "new",
        "year",
        "paid",
        "visit",
        "called",
        "for",
        "under",
        "and",
        "back",
        "support",
        "x",
        "launch",
        "offensive",
    ];

    fn item(k: usize) -> Item<'static> {
        match k {
            k if k < WORDS.len() => Item::Word(Cow::Borrowed(WORDS[k])),
            k if k == WORDS.len() => Item::Possessive,
            k if k == WORDS.len() + 1 => Item::Punct(','),
            _ => Item::Mention(0),
        }
    }

    #[test]
    fn hits_of_known_phrases() {
        let lex = builtin();
        let words = ["launched", "a", "scathing", "attack", "on", "x"];
        let view = View {
            items: words
                .iter()
                .map(|w| Item::Word(Cow::Borrowed(*w)))
                .collect(),
        };
        let hits = find_hits(&view, lex);
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].start, hits[0].end), (0, 5));
        assert_eq!(hits, find_hits_by_strings(&view, lex));
    }

    /// User patterns with gaps in a row and shared beginnings, besides
    /// the built-in ones.
    fn with_gaps() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| {
            let rows = "label\tcategory\tpatterns\n\
                        hit\t\tattack * * on|attack * on|attack on|on * the|the * *  with\n\
                        talk\t\theld * talks|held talks with|a|a * a|a * * a\n";
            Lexicon::with_user_verbs(&[("t".to_string(), rows.to_string())], true).unwrap()
        })
    }

    proptest::proptest! {
        /// The trie finds the hits that matching each pattern alone finds.
        #[test]
        fn hits_are_those_of_each_pattern_alone(
            ks in proptest::collection::vec(0..WORDS.len() + 3, 0..30),
            user in proptest::bool::ANY,
        ) {
            let lex = if user { with_gaps() } else { builtin() };
            let view = View { items: ks.into_iter().map(item).collect() };
            proptest::prop_assert_eq!(find_hits(&view, lex), find_hits_by_strings(&view, lex));
        }
    }
}

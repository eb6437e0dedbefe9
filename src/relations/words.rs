//! Closed-class English words the relation rules reason with. These are
//! grammar, not data about the world, so they live in code.

/// Auxiliaries and modals that may stand between a subject and its verb.
pub const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "having",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "shall",
    "did",
    "does",
    "do",
    "to",
    "also",
    "then",
    "reportedly",
    "allegedly",
    "already",
    "again",
    "once",
    "later",
    "still",
    "just",
    "recently",
    "publicly",
    "formally",
    "officially",
    "repeatedly",
    "even",
    "now",
    "both",
    "all",
    "jointly",
    "themselves",
    "himself",
    "herself",
    "itself",
    "soon",
    "first",
];

/// Forms of "be", which make a following participle passive.
pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Words that negate the verb they precede.
pub const NEGATORS: &[&str] = &[
    "not",
    "never",
    "no",
    "neither",
    "nor",
    "didn't",
    "doesn't",
    "don't",
    "won't",
    "wouldn't",
    "hasn't",
    "haven't",
    "hadn't",
    "isn't",
    "wasn't",
    "weren't",
    "cannot",
    "can't",
    "couldn't",
    "shouldn't",
    "denied",
    "denies",
    "deny",
    "denying",
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "declined",
    "declines",
    "decline",
    "failed",
    "fails",
];

/// Nouns that stand for an actor's institutions or people, so "Russian
/// forces attacked" is Russia attacking and "Putin's government said" is Putin.
pub const ACTOR_NOUNS: &[&str] = &[
    "forces",
    "force",
    "troops",
    "military",
    "army",
    "armies",
    "government",
    "governments",
    "officials",
    "authorities",
    "soldiers",
    "units",
    "navy",
    "ministry",
    "police",
    "diplomats",
    "leaders",
    "leadership",
    "regime",
    "administration",
    "officers",
    "fighters",
    "militants",
    "warplanes",
    "jets",
    "aircraft",
    "contingent",
    "delegation",
    "side",
    "state",
    "cabinet",
    "parliament",
    "lawmakers",
    "envoys",
    "negotiators",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "counterpart",
    "counterparts",
    "people",
    "president",
    "leader",
    "minister",
    "prime",
    "foreign",
    "defence",
    "defense",
    "premier",
    "chancellor",
    "king",
    "sapper",
    "sappers",
    "special",
    "armed",
    "security",
    "intelligence",
    "service",
    "services",
    "top",
    "senior",
    "supreme",
    "new",
    "former",
    "then",
    "acting",
    "air",
    "naval",
    "ground",
    "border",
    "guards",
    "army's",
    "military's",
    "government's",
];

/// Prepositions: a mention right after one is not a subject, and the object
/// search stops at one unless the verb pattern asked for it.
pub const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "from",
    "to",
    "with",
    "for",
    "against",
    "about",
    "over",
    "into",
    "onto",
    "between",
    "among",
    "than",
    "like",
    "under",
    "after",
    "before",
    "during",
    "near",
    "toward",
    "towards",
    "across",
    "through",
    "via",
    "per",
    "including",
    "by",
    "within",
    "without",
    "amid",
    "despite",
    "since",
    "until",
    "upon",
    "beyond",
    "behind",
    "around",
    "throughout",
    "unlike",
    "regarding",
    "according",
    "as",
    "except",
    "beside",
    "besides",
];

/// Words that end the object search: conjunctions, relative and
/// subordinating words, and the start of a new clause.
pub const CLAUSE_BREAKS: &[&str] = &[
    "and", "or", "but", "which", "who", "whom", "whose", "that", "while", "because", "although",
    "though", "whereas", "when", "where", "if", "unless", "so", "yet", "said", "says", "saying",
    "told", "after", "before", "amid", "as",
];

/// Auxiliaries that put the verb in the future ("will meet").
pub const FUTURE: &[&str] = &["will", "shall", "'ll"];

/// Modal auxiliaries ("could attack", "may visit").
pub const MODALS: &[&str] = &[
    "would", "could", "should", "may", "might", "must", "can", "ought",
];

/// Words that, before "to", put the following verb in the future
/// ("is set to meet", "plans to visit").
pub const FUTURE_BEFORE_TO: &[&str] = &[
    "going",
    "set",
    "expected",
    "due",
    "scheduled",
    "plans",
    "planned",
    "planning",
    "plan",
    "about",
    "likely",
];

/// Verbs that, before "to", make the following verb an intention
/// ("threatened to impose", "vowed to punish").
pub const INTENT_BEFORE_TO: &[&str] = &[
    "threatened",
    "threatens",
    "threaten",
    "threatening",
    "vowed",
    "vows",
    "vow",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "intends",
    "intended",
    "wants",
    "wanted",
    "seeks",
    "sought",
    "aims",
    "aimed",
    "hopes",
    "hoped",
    "offered",
    "offers",
    "decided",
    "tried",
    "tries",
    "attempted",
    "prepared",
    "preparing",
    "ready",
    "agreed",
    "agrees",
];

/// Verbs of saying: a clause after them is the speaker's claim.
pub const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "stated",
    "states",
    "claimed",
    "claims",
    "claiming",
    "alleged",
    "alleges",
    "announced",
    "announces",
    "insisted",
    "insists",
    "argued",
    "argues",
    "added",
    "adds",
    "noted",
    "notes",
    "reported",
    "reports",
    "declared",
    "declares",
    "asserted",
    "asserts",
    "maintained",
    "maintains",
    "believes",
    "believed",
    "suggested",
    "suggests",
    "wrote",
    "writes",
    "confirmed",
    "confirms",
    "warned",
    "warns",
];

/// Relative pronouns that make their antecedent the subject ("Putin, who met Xi").
pub const RELATIVES: &[&str] = &["who", "which", "that"];

/// Personal pronouns that may stand for a person named in the sentence before.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// Determiners allowed between a role title and the person it names.
pub const DETERMINERS: &[&str] = &["the", "a", "an"];

/// True if `w` is in `list`.
pub fn is(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// Adverbs by their shape: "specifically", "publicly".
pub fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !matches!(w, "italy" | "family" | "rally" | "ally")
}

/// Contractions with "n't" negate too.
pub fn is_negator(w: &str) -> bool {
    is(NEGATORS, w) || w.ends_with("n't")
}

//! Stage 2: gazetteer — load, validate and combine entity lists.
//!
//! A gazetteer is a list of real-world entities (people, countries, regions,
//! organizations) with the names they go by. The built-in lists in
//! `gazetteers/*.tsv` are compiled into the binary; users add their own files
//! with `--gazetteer PATH`, and an entry whose `id` is already known replaces
//! the earlier one, so a user can correct a built-in entry without forking.
//!
//! The file format is documented in `docs/gazetteer-format.md`: tab-separated
//! columns named by a header line, one entity per line, `|` between values.
//! Every error names the file and line.

mod attrs;
mod builtin;
pub mod check;
mod id_index;
mod parse;
pub mod policy;

use std::path::Path;
use std::sync::Arc;

use crate::error::{Error, Result};

pub use attrs::Attrs;
pub use parse::{parse_entities, Entry, MAX_ALIAS_BYTES};
pub use policy::{Policies, Policy, Rule};

/// The four kinds of entity nergraph knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    /// A named person.
    Person,
    /// A sovereign, former or partly recognised state.
    Country,
    /// A subdivision, city, disputed or geographic region.
    Region,
    /// An organization: army, party, company, international body.
    Organization,
}

impl EntityType {
    /// All types, in the order used by error messages.
    pub const ALL: [EntityType; 4] = [
        EntityType::Person,
        EntityType::Country,
        EntityType::Region,
        EntityType::Organization,
    ];

    /// The lowercase name used in files, ids and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Country => "country",
            EntityType::Region => "region",
            EntityType::Organization => "organization",
        }
    }

    /// Parses the lowercase name.
    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A role an entity holds in another (a person's office), optionally dated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The role in plain words: `president`, `foreign minister`.
    pub title: String,
    /// Id of the country or organization the role is held in.
    pub of: String,
    /// First day in office (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), if known.
    pub from: Option<String>,
    /// Last day in office, if the role has ended.
    pub to: Option<String>,
}

/// Where a line of data was read: file (or `builtin:NAME`) and line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Origin {
    /// File name as given, or `builtin:NAME`; shared by every line of the
    /// file (one allocation per file, not per entity).
    pub file: Arc<str>,
    /// 1-based line number.
    pub line: usize,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// One real-world entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Stable id, `TYPE:KEY` (see `docs/graph-format.md`).
    pub id: String,
    /// Entity type; always agrees with the id's prefix.
    pub etype: EntityType,
    /// Canonical English name.
    pub name: String,
    /// Names that identify the entity anywhere (the name is always one).
    pub aliases: Vec<String>,
    /// Names that identify the entity only once it has been named in full in
    /// the same article (surnames: a bare "Kim").
    pub short: Vec<String>,
    /// Adjectival and demonym forms ("Russian", "North Korean").
    pub demonyms: Vec<String>,
    /// ISO 3166-1 alpha-3 code of the country the entity belongs to.
    pub country: Option<String>,
    /// Id of the region or country this one lies within.
    pub parent: Option<String>,
    /// Offices held.
    pub roles: Vec<Role>,
    /// Finer kind (`city`, `subdivision`, `geographic`, `former`, ...).
    pub kind: Option<String>,
    /// Further attributes, passed to the output.
    pub attrs: Attrs,
    /// Where the entity was defined.
    pub origin: Origin,
}

/// An immutable, validated set of entities.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_id: id_index::IdIndex,
    policies: Policies,
}

impl Gazetteer {
    /// The built-in gazetteer compiled into the binary.
    pub fn builtin() -> Result<Gazetteer> {
        GazetteerBuilder::new().builtin()?.build()
    }

    /// All entities, in a stable order (by id).
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity at `index` (as found in matcher results).
    pub fn entity(&self, index: usize) -> &Entity {
        &self.entities[index]
    }

    /// Looks an entity up by id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.index_of(id).map(|i| &self.entities[i])
    }

    /// Index of the entity with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(&self.entities, id)
    }

    /// Index of the country with this alpha-3 code.
    pub fn country_index(&self, alpha3: &str) -> Option<usize> {
        self.index_of(&format!("country:{alpha3}"))
    }

    /// Alias policies (stop list, preferences, context rules).
    pub fn policies(&self) -> &Policies {
        &self.policies
    }

    /// The policies for an alias, if any.
    pub fn policies_for(&self, alias: &str) -> &[Policy] {
        self.policies
            .get(&policy::key(alias))
            .map_or(&[], Vec::as_slice)
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// True when there are no entities.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}

/// Collects entity files, later ones overriding earlier ones by id.
///
/// Lines are kept in the order they were added and sorted by id once, in
/// [`GazetteerBuilder::build`]: cheaper than a `BTreeMap` keyed by a copy of
/// every id (one allocation per entity, and entities moved around in its
/// nodes), and the built-in files are already nearly sorted.
#[derive(Debug, Default)]
pub struct GazetteerBuilder {
    entries: Vec<Entry>,
    policies: Policies,
    /// Names (canonical names, aliases, short forms, demonyms) added so far.
    names: usize,
}

/// Largest gazetteer file read: a larger one is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// Most names one entity may have (its name, aliases, short forms and
/// demonyms together). Real entities have tens; thousands means a column
/// was filled with something else, such as a whole list of places.
pub const MAX_NAMES_PER_ENTITY: usize = 10_000;

/// Most names all gazetteers together may have. A million aliases take
/// about 0.7 GB once compiled, so this bounds the matcher at roughly 14 GB,
/// below the memory of the machines nergraph is meant for.
pub const MAX_NAMES: usize = 20_000_000;

impl GazetteerBuilder {
    /// An empty builder.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds the built-in files.
    ///
    /// The entity files are parsed on one thread each: they are independent
    /// until combined, and `people.tsv` alone is two thirds of the work, so
    /// on two cores the others are parsed in its shadow. They are combined
    /// in file order, as [`GazetteerBuilder::add_str`] would, so overrides
    /// and the first error reported are the same as one file after another.
    pub fn builtin(mut self) -> Result<GazetteerBuilder> {
        let parse = |name: &str, text: &str| {
            (!policy::is_policy_file(text))
                .then(|| parse_entities(&format!("builtin:{name}"), text))
        };
        let parsed: Vec<Option<Result<Vec<Entry>>>> = std::thread::scope(|scope| {
            // A thread that cannot be started (a process at its limit) is
            // no error: that file is parsed here instead, when joined.
            let threads: Vec<_> = builtin::FILES
                .iter()
                .map(|&(name, text)| {
                    let thread = std::thread::Builder::new()
                        .spawn_scoped(scope, move || parse(name, text))
                        .ok();
                    (name, text, thread)
                })
                .collect();
            threads
                .into_iter()
                .map(|(name, text, thread)| match thread {
                    Some(t) => t
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                    None => parse(name, text),
                })
                .collect()
        });
        for ((name, text), entries) in builtin::FILES.iter().zip(parsed) {
            match entries {
                Some(entries) => self.entries.extend(entries?),
                None => self.add_str(&format!("builtin:{name}"), text)?,
            }
        }
        Ok(self)
    }

    /// Adds a user file; its entries replace earlier ones with the same id.
    pub fn add_file(mut self, path: &Path) -> Result<GazetteerBuilder> {
        let len = std::fs::metadata(path)
            .map_err(|e| Error::io(path, e))?
            .len();
        if len > MAX_FILE_BYTES {
            return Err(Error::input(
                &path.display().to_string(),
                format!(
                    "the gazetteer is {len} bytes; the limit is {MAX_FILE_BYTES} (1 GiB): \
                     split it into several files"
                ),
            ));
        }
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        self.add_str(&path.display().to_string(), &text)?;
        Ok(self)
    }

    /// Adds entities (or, for a file whose header starts with `alias`,
    /// alias policies) parsed from `text`; `origin` names it in errors.
    pub fn add_str(&mut self, origin: &str, text: &str) -> Result<()> {
        if policy::is_policy_file(text) {
            return policy::parse(origin, text, &mut self.policies);
        }
        let entries = parse_entities(origin, text)?;
        for entry in &entries {
            if let Entry::Entity(e) = entry {
                self.names += count_names(e)?;
            }
        }
        if self.names > MAX_NAMES {
            return Err(Error::input(
                origin,
                format!(
                    "the gazetteers have {} names with this file; the limit is {MAX_NAMES}",
                    self.names
                ),
            ));
        }
        self.entries.extend(entries);
        Ok(())
    }

    /// Validates cross-references and freezes the gazetteer.
    pub fn build(self) -> Result<Gazetteer> {
        let entities = latest_by_id(self.entries);
        let by_id = id_index::IdIndex::new(&entities);
        Ok(Gazetteer {
            entities,
            by_id,
            policies: self.policies,
        })
    }
}

/// The number of names of `e`, or an error naming its line when it has more
/// than [`MAX_NAMES_PER_ENTITY`].
fn count_names(e: &Entity) -> Result<usize> {
    let n = 1 + e.aliases.len() + e.short.len() + e.demonyms.len();
    if n > MAX_NAMES_PER_ENTITY {
        return Err(Error::data(
            &e.origin.file,
            e.origin.line,
            format!(
                "entity '{}' has {n} names; the limit is {MAX_NAMES_PER_ENTITY}: \
                 is a column filled with something other than names?",
                e.id
            ),
        ));
    }
    Ok(n)
}

/// The entities in id order, each id's last line winning: a later entity
/// replaces an earlier one, a later `remove` line drops it.
fn latest_by_id(entries: Vec<Entry>) -> Vec<Entity> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    // Stable: lines with the same id stay in the order they were added.
    order.sort_by(|&a, &b| entries[a].id().cmp(entries[b].id()));
    let winners: Vec<usize> = order
        .iter()
        .enumerate()
        .filter(|&(k, &i)| {
            order
                .get(k + 1)
                .is_none_or(|&next| entries[next].id() != entries[i].id())
        })
        .map(|(_, &i)| i)
        .collect();
    let mut slots: Vec<Option<Entry>> = entries.into_iter().map(Some).collect();
    winners
        .into_iter()
        .filter_map(|i| match slots[i].take() {
            Some(Entry::Entity(e)) => Some(*e),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_loads_and_has_seed_entities() {
        let g = Gazetteer::builtin().unwrap();
        for id in [
            "person:vladimir-putin",
            "person:kim-jong-un",
            "country:RUS",
            "country:PRK",
            "region:RU-KRS",
            "organization:korean-peoples-army",
        ] {
            assert!(g.get(id).is_some(), "missing {id}");
        }
    }

    #[test]
    fn later_files_override_by_id() {
        let mut b = GazetteerBuilder::new();
        b.add_str("a", "id\ttype\tname\ncountry:XAA\tcountry\tOld Name\n")
            .unwrap();
        b.add_str("b", "id\ttype\tname\ncountry:XAA\tcountry\tNew Name\n")
            .unwrap();
        let g = b.build().unwrap();
        assert_eq!(g.get("country:XAA").unwrap().name, "New Name");
        assert_eq!(g.len(), 1);
    }

    #[test]
    fn remove_then_add_again() {
        let header = "id\ttype\tname\tremove\n";
        let mut b = GazetteerBuilder::new();
        b.add_str(
            "a",
            &format!("{header}country:XAA\tcountry\tA\ncountry:XBB\tcountry\tB\n"),
        )
        .unwrap();
        b.add_str("b", &format!("{header}country:XAA\tcountry\t\tyes\n"))
            .unwrap();
        let g = b.build().unwrap();
        assert!(g.get("country:XAA").is_none());
        assert_eq!(g.index_of("country:XBB"), Some(0));
        let mut b = GazetteerBuilder::new();
        b.add_str("a", &format!("{header}country:XAA\tcountry\tA\n"))
            .unwrap();
        b.add_str("b", &format!("{header}country:XAA\tcountry\t\tyes\n"))
            .unwrap();
        b.add_str("c", &format!("{header}country:XAA\tcountry\tC\n"))
            .unwrap();
        let g = b.build().unwrap();
        assert_eq!(g.get("country:XAA").unwrap().name, "C");
        assert_eq!(g.get("country:XAA").unwrap().origin.file.as_ref(), "c");
    }

    #[test]
    fn id_index_finds_every_entity() {
        let g = Gazetteer::builtin().unwrap();
        for (i, e) in g.entities().iter().enumerate() {
            assert_eq!(g.index_of(&e.id), Some(i));
        }
        assert_eq!(g.index_of("country:NOPE"), None);
        assert_eq!(Gazetteer::default().index_of("country:RUS"), None);
    }
}

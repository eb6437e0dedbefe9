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
//!
//! Loading finds and checks the lines; an [`Entity`] is built from its line
//! the first time it is asked for (see [`Gazetteer`]), since a run uses a few
//! hundred of the built-in 33,000 and building them all was most of the
//! start-up.

mod attrs;
mod builtin;
pub mod check;
mod id_index;
mod parse;
pub mod policy;

use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::error::{Error, Result};

pub use attrs::Attrs;
pub use parse::{parse_entities, Entry, Names, MAX_ALIAS_BYTES};
use parse::{Check, Header, Line};
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
///
/// Entities are built from their lines when first used, not when the
/// gazetteer is loaded. A run uses a few hundred of the 33,000 built-in
/// entities, and building them all was most of the start-up: some 400,000
/// allocations and, with the moves between them, 60 MB of memory touched
/// (docs/performance.md, "Session 10"). Loading finds every line and checks
/// it (all of it for a user's file, so that its errors are still reported
/// at once with their line); the matcher reads the names straight from the
/// lines ([`Gazetteer::names`]), and resolution what it asks of every entity
/// it meets ([`Gazetteer::etype`], [`Gazetteer::country`],
/// [`Gazetteer::kind`], [`Gazetteer::stands_for`]), so only the entities
/// that reach a graph are built. An entity, once built, stays: every thread
/// sees the same one.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    sources: Arc<[Source]>,
    /// The winning line of every id, in id order.
    lines: Vec<Line>,
    /// The entity of each line, once built (apart from `lines`: this is
    /// what every look-up reads).
    built: Vec<OnceLock<Box<Entity>>>,
    by_id: id_index::IdIndex,
    policies: Policies,
}

/// The text of one entity file and how to read its lines.
#[derive(Debug)]
struct Source {
    /// File name as given, or `builtin:NAME`.
    file: Arc<str>,
    text: Text,
    header: Header,
}

/// A file's text: compiled in, or read from a user's file.
#[derive(Debug)]
enum Text {
    Builtin(&'static str),
    Read(Box<str>),
}

impl Text {
    fn as_str(&self) -> &str {
        match self {
            Text::Builtin(s) => s,
            Text::Read(s) => s,
        }
    }
}

impl Gazetteer {
    /// The built-in gazetteer compiled into the binary.
    pub fn builtin() -> Result<Gazetteer> {
        GazetteerBuilder::new().builtin()?.build()
    }

    /// All entities, in a stable order (by id). Builds every one that is
    /// not built yet: for the few uses that need them all.
    pub fn entities(&self) -> impl ExactSizeIterator<Item = &Entity> + '_ {
        (0..self.lines.len()).map(|i| self.entity(i))
    }

    /// The entity at `index` (as found in matcher results).
    pub fn entity(&self, index: usize) -> &Entity {
        match self.built[index].get() {
            Some(entity) => entity,
            None => self.build(index),
        }
    }

    /// Builds the entity at `index` (once, whatever the threads).
    #[cold]
    #[inline(never)]
    fn build(&self, index: usize) -> &Entity {
        self.built[index].get_or_init(|| Box::new(self.build_entity(&self.lines[index])))
    }

    /// Builds the entity of a line that [`GazetteerBuilder`] checked.
    fn build_entity(&self, line: &Line) -> Entity {
        let source = &self.sources[line.source as usize];
        let text = source.text.as_str();
        parse::entity_at(&source.header, &source.file, text, line).unwrap_or_else(|_| {
            // Unreachable: a user's lines were checked in full when loaded,
            // and the built-in ones are by `builtin_lines_all_parse`. Should
            // a line still fail, its entity has its id for a name rather
            // than the process stopping.
            debug_assert!(
                false,
                "line {} of {} does not parse",
                line.number, source.file
            );
            let id = line.id(text).to_string();
            Entity {
                name: id.clone(),
                aliases: vec![id.clone()],
                id,
                etype: line.etype,
                short: Vec::new(),
                demonyms: Vec::new(),
                country: None,
                parent: None,
                roles: Vec::new(),
                kind: None,
                attrs: Attrs::default(),
                origin: Origin {
                    file: Arc::clone(&source.file),
                    line: line.number as usize,
                },
            }
        })
    }

    /// The entity at `index` built afresh, with the error its line gives.
    #[cfg(test)]
    fn try_entity(&self, index: usize) -> std::result::Result<Entity, String> {
        let line = &self.lines[index];
        let source = &self.sources[line.source as usize];
        parse::entity_at(&source.header, &source.file, source.text.as_str(), line)
    }

    /// The id of the entity at `index`, without building it.
    pub fn id(&self, index: usize) -> &str {
        self.line_id(&self.lines[index])
    }

    fn line_id(&self, line: &Line) -> &str {
        line.id(self.sources[line.source as usize].text.as_str())
    }

    /// The type of the entity at `index`, without building it.
    pub fn etype(&self, index: usize) -> EntityType {
        self.lines[index].etype
    }

    /// The names of the entity at `index` (name, aliases, short forms and
    /// demonyms, as its [`Entity`] has them), without building it.
    pub fn names(&self, index: usize) -> Names<'_> {
        let line = &self.lines[index];
        let source = &self.sources[line.source as usize];
        parse::names_at(source.text.as_str(), line)
    }

    /// The country code of the entity at `index` (its [`Entity::country`]),
    /// without building it.
    pub fn country(&self, index: usize) -> Option<&str> {
        let line = &self.lines[index];
        parse::country_at(self.sources[line.source as usize].text.as_str(), line)
    }

    /// The kind of the entity at `index` (its [`Entity::kind`]), without
    /// building it.
    pub fn kind(&self, index: usize) -> Option<&str> {
        let line = &self.lines[index];
        parse::kind_at(self.sources[line.source as usize].text.as_str(), line)
    }

    /// The id of the entity that mentions of the entity at `index` stand
    /// for (its `stands_for` attribute: "the Kremlin said" is Russia's
    /// government speaking), if any. Resolution asks it of every entity it
    /// meets, and almost none has it: those are answered from the line,
    /// without building the entity.
    pub fn stands_for(&self, index: usize) -> Option<&str> {
        if !self.lines[index].may_stand_for {
            return None;
        }
        self.entity(index)
            .attrs
            .get(parse::STANDS_FOR)
            .map(String::as_str)
    }

    /// The number of names (canonical names, aliases, short forms and
    /// demonyms) of all entities, about: the canonical name may be counted
    /// twice. To size tables.
    pub fn name_count(&self) -> usize {
        self.lines.iter().map(|l| l.names as usize).sum()
    }

    /// Looks an entity up by id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.index_of(id).map(|i| self.entity(i))
    }

    /// Index of the entity with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(|i| self.id(i), id)
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
        self.lines.len()
    }

    /// True when there are no entities.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// Collects entity files, later ones overriding earlier ones by id.
///
/// Lines are kept in the order they were added and sorted by id once, in
/// [`GazetteerBuilder::build`]: cheaper than a `BTreeMap` keyed by a copy of
/// every id, and the built-in files are already nearly sorted.
#[derive(Debug, Default)]
pub struct GazetteerBuilder {
    sources: Vec<Source>,
    lines: Vec<Line>,
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

    /// Adds the built-in files. Their lines are located and their ids
    /// checked; the rest of each line is checked by the tests
    /// (`builtin_lines_all_parse`), not at every start.
    pub fn builtin(mut self) -> Result<GazetteerBuilder> {
        let lines = builtin::FILES
            .iter()
            .map(|(_, text)| memchr::memchr_iter(b'\n', text.as_bytes()).count());
        self.lines.reserve(lines.sum());
        for &(name, text) in builtin::FILES {
            self.add(
                format!("builtin:{name}"),
                Text::Builtin(text),
                Check::Located,
            )?;
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
        let text = Text::Read(text.into_boxed_str());
        self.add(path.display().to_string(), text, Check::Full)?;
        Ok(self)
    }

    /// Adds entities (or, for a file whose header starts with `alias`,
    /// alias policies) parsed from `text`; `origin` names it in errors.
    pub fn add_str(&mut self, origin: &str, text: &str) -> Result<()> {
        self.add(origin.to_string(), Text::Read(text.into()), Check::Full)
    }

    fn add(&mut self, origin: String, text: Text, check: Check) -> Result<()> {
        if policy::is_policy_file(text.as_str()) {
            return policy::parse(&origin, text.as_str(), &mut self.policies);
        }
        let scanned = parse::scan(&origin, text.as_str(), check)?;
        let Some(header) = scanned.header else {
            return Ok(());
        };
        let source = u32::try_from(self.sources.len())
            .map_err(|_| Error::input(&origin, "too many gazetteer files".to_string()))?;
        for line in &scanned.lines {
            let n = line.names as usize;
            if n > MAX_NAMES_PER_ENTITY {
                return Err(Error::data(
                    &origin,
                    line.number as usize,
                    format!(
                        "entity '{}' has {n} names; the limit is {MAX_NAMES_PER_ENTITY}: \
                         is a column filled with something other than names?",
                        line.id(text.as_str())
                    ),
                ));
            }
            self.names += n;
        }
        if self.names > MAX_NAMES {
            return Err(Error::input(
                &origin,
                format!(
                    "the gazetteers have {} names with this file; the limit is {MAX_NAMES}",
                    self.names
                ),
            ));
        }
        self.lines.extend(scanned.lines.into_iter().map(|mut line| {
            line.source = source;
            line
        }));
        self.sources.push(Source {
            file: origin.into(),
            text,
            header,
        });
        Ok(())
    }

    /// Combines the files, each id's last line winning, and freezes the
    /// gazetteer.
    pub fn build(self) -> Result<Gazetteer> {
        let sources: Arc<[Source]> = self.sources.into();
        let id = |line: &Line| line.id(sources[line.source as usize].text.as_str());
        let lines = latest_by_id(self.lines, id);
        let by_id = id_index::IdIndex::new(lines.len(), |i| id(&lines[i]));
        let built = std::iter::repeat_with(OnceLock::new)
            .take(lines.len())
            .collect();
        Ok(Gazetteer {
            sources,
            lines,
            built,
            by_id,
            policies: self.policies,
        })
    }
}

/// The lines in id order, each id's last line winning: a later line
/// replaces an earlier one, a later `remove` line drops it.
fn latest_by_id<'s>(mut lines: Vec<Line>, id: impl Fn(&Line) -> &'s str) -> Vec<Line> {
    // Stable: lines with the same id stay in the order they were added.
    lines.sort_by(|a, b| id(a).cmp(id(b)));
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for (k, line) in lines.iter().enumerate() {
        let last = lines.get(k + 1).is_none_or(|next| id(next) != id(line));
        if last && !line.remove {
            out.push(*line);
        }
    }
    out
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

    /// The built-in lines are checked in full here rather than at every
    /// start: each must build its entity, the same one as a fully checked
    /// load builds, and the names the matcher reads from the line must be
    /// the entity's.
    #[test]
    fn builtin_lines_all_parse() {
        let lazy = Gazetteer::builtin().unwrap();
        let mut b = GazetteerBuilder::new();
        for &(name, text) in builtin::FILES {
            b.add_str(&format!("builtin:{name}"), text).unwrap();
        }
        let full = b.build().unwrap();
        assert_eq!(lazy.len(), full.len());
        for i in 0..lazy.len() {
            let e = lazy.try_entity(i).unwrap();
            assert_eq!(&e, full.entity(i));
            assert_line_facts(&lazy, i, &e);
        }
        let stand_for = (0..lazy.len()).filter(|&i| lazy.stands_for(i).is_some());
        assert!(stand_for.count() >= 5, "the Kremlin, the White House...");
    }

    /// What the gazetteer answers from the line of the entity at `i`,
    /// without building it, is what the entity `e` has.
    fn assert_line_facts(g: &Gazetteer, i: usize, e: &Entity) {
        assert_eq!(g.id(i), e.id);
        assert_eq!(g.etype(i), e.etype);
        let names = g.names(i);
        assert_eq!(names.name(), e.name);
        assert!(names.aliases().eq(e.aliases.iter().map(String::as_str)));
        assert!(names.short().eq(e.short.iter().map(String::as_str)));
        assert!(names.demonyms().eq(e.demonyms.iter().map(String::as_str)));
        assert_eq!(g.country(i), e.country.as_deref(), "{}", e.id);
        assert_eq!(g.kind(i), e.kind.as_deref(), "{}", e.id);
        let stands_for = e.attrs.get("stands_for").map(String::as_str);
        assert_eq!(g.stands_for(i), stands_for, "{}", e.id);
    }

    #[test]
    fn line_facts_of_a_user_file_are_its_entities() {
        let text = "id\ttype\tname\tcountry\tkind\tattrs\n\
                    organization:palace\torganization\t Palace \t RUS \t government \t stands_for = country:RUS \n\
                    organization:twice\torganization\tTwice\t\t\tstands_for=country:FRA;stands_for=country:RUS\n\
                    organization:note\torganization\tNote\tFRA\t\tnote=stands_for nothing\n\
                    region:x\tregion\tX\t\tcity\t\n\
                    person:y\tperson\tY\n";
        let mut b = GazetteerBuilder::new();
        b.add_str("user.tsv", text).unwrap();
        let g = b.build().unwrap();
        let at = |id: &str| g.index_of(id).unwrap();
        assert_eq!(g.stands_for(at("organization:palace")), Some("country:RUS"));
        assert_eq!(g.stands_for(at("organization:twice")), Some("country:RUS"));
        assert_eq!(g.stands_for(at("organization:note")), None);
        assert_eq!(g.country(at("organization:palace")), Some("RUS"));
        assert_eq!(g.kind(at("region:x")), Some("city"));
        assert_eq!(g.kind(at("person:y")), None);
        for i in 0..g.len() {
            assert_line_facts(&g, i, &g.try_entity(i).unwrap());
        }
    }

    #[test]
    fn an_entity_is_built_once_and_kept() {
        let g = Gazetteer::builtin().unwrap();
        let i = g.index_of("person:kim-jong-un").unwrap();
        let first: *const Entity = g.entity(i);
        assert!(std::ptr::eq(first, g.entity(i)));
        assert!(std::ptr::eq(first, g.get("person:kim-jong-un").unwrap()));
    }

    #[test]
    fn an_entity_with_too_many_names_is_refused_with_its_line() {
        let aliases: Vec<String> = (0..MAX_NAMES_PER_ENTITY).map(|i| format!("A{i}")).collect();
        let text = format!(
            "id\ttype\tname\taliases\ncountry:XAA\tcountry\tA\tB\ncountry:XBB\tcountry\tB\t{}\n",
            aliases.join("|")
        );
        let err = GazetteerBuilder::new()
            .add_str("big.tsv", &text)
            .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("big.tsv:3"), "{msg}");
        assert!(msg.contains("'country:XBB' has 10001 names"), "{msg}");
        let mut b = GazetteerBuilder::new();
        b.add_str("ok.tsv", &text.replacen(&format!("|{}", aliases[1]), "", 1))
            .unwrap();
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
        for (i, e) in g.entities().enumerate() {
            assert_eq!(g.index_of(&e.id), Some(i));
        }
        assert_eq!(g.index_of("country:NOPE"), None);
        assert_eq!(Gazetteer::default().index_of("country:RUS"), None);
    }
}

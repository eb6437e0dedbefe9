//! The gazetteer file format: TSV with a header line.
//!
//! ```text
//! # comments start with '#'; columns are separated by one tab (shown as →)
//! id → type → name → aliases → demonyms → country
//! country:RUS → country → Russia → Russian Federation → Russian → RUS
//! ```
//!
//! Columns are found by name, so a file carries only the columns it needs and
//! they can come in any order. Values in list columns are separated by `|`.
//! See `docs/gazetteer-format.md` for every column.

use std::sync::Arc;

use super::{Attrs, Entity, EntityType, Origin, Role};
use crate::error::{Error, Result};
use rustc_hash::FxHashMap;

/// Column names a gazetteer file may use; the constants below are indices
/// into it.
const COLUMNS: &[&str] = &[
    "id", "type", "name", "aliases", "short", "demonyms", "country", "parent", "roles", "kind",
    "attrs", "remove",
];
const ID: usize = 0;
const TYPE: usize = 1;
const NAME: usize = 2;
const ALIASES: usize = 3;
const SHORT: usize = 4;
const DEMONYMS: usize = 5;
const COUNTRY: usize = 6;
const PARENT: usize = 7;
const ROLES: usize = 8;
const KIND: usize = 9;
const ATTRS: usize = 10;
const REMOVE: usize = 11;
const N_COLUMNS: usize = 12;

/// Longest alias accepted, in bytes: longer ones are data errors, and the
/// matcher's case check stores offsets in 16 bits.
pub const MAX_ALIAS_BYTES: usize = 500;

/// One line of a gazetteer file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// An entity to add (or to replace the one with the same id).
    Entity(Box<Entity>),
    /// `remove` = `yes`: drop the entity with this id from the gazetteer.
    Remove {
        /// Id to remove.
        id: String,
        /// Where the line is.
        origin: Origin,
    },
}

impl Entry {
    /// The id the line is about.
    pub fn id(&self) -> &str {
        match self {
            Entry::Entity(e) => &e.id,
            Entry::Remove { id, .. } => id,
        }
    }
}

/// Parses one gazetteer file. `origin` names the file in error messages.
pub fn parse_entities(origin: &str, text: &str) -> Result<Vec<Entry>> {
    let file: Arc<str> = origin.into();
    let scanned = scan(origin, text, Check::Full)?;
    let Some(header) = &scanned.header else {
        return Ok(Vec::new());
    };
    scanned
        .lines
        .iter()
        .map(|line| {
            let here = Origin {
                file: Arc::clone(&file),
                line: line.number as usize,
            };
            let fields = header
                .fields(line.text(text))
                .and_then(|fields| header.entry(&fields, here));
            fields.map_err(|msg| Error::data(origin, line.number as usize, msg))
        })
        .collect()
}

/// How much of each line [`scan`] checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Check {
    /// Everything, as building its entity would: a user's file, whose every
    /// error must be reported when it is loaded.
    Full,
    /// The header, the number of fields, the type and the id: what the
    /// gazetteer needs before any entity is built. For the
    /// built-in files, which the tests check in full
    /// (`builtin_lines_all_parse`).
    Located,
}

/// One entity line of a file, found and checked but not parsed into an
/// [`Entity`] (see [`super::Gazetteer`]: entities are built when first
/// used). Offsets are into the file's text; files are at most 1 GiB
/// ([`super::MAX_FILE_BYTES`]), so they fit in 32 bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Line {
    /// The line, without its line end.
    start: u32,
    end: u32,
    /// The id field.
    id_start: u32,
    id_end: u32,
    /// 1-based line number.
    pub number: u32,
    /// Which file of the gazetteer it is in (set by the builder).
    pub source: u32,
    pub etype: EntityType,
    /// `remove` = `yes`.
    pub remove: bool,
    /// The attrs field may name `stands_for` (it has those letters): if
    /// not, the entity stands for no other.
    pub may_stand_for: bool,
    /// Names of the entity: the canonical name and every value of the
    /// aliases, short and demonyms columns (the name again if the aliases
    /// list it), for the gazetteers' limits on names.
    pub names: u32,
    /// Where the fields of the [`KEPT`] columns are (start and end of
    /// each). The matcher reads the names of every line, and splitting each
    /// line again cost as much as the rest of the load; resolution reads
    /// the country and kind of every entity it meets, and building the
    /// entity for them cost the entity stage 5% on a corpus's first
    /// megabytes.
    fields: [u32; 2 * KEPT.len()],
}

/// The columns whose fields a [`Line`] keeps the place of: the names, then
/// the country and kind. [`Line::kept`] takes a column's place in this list.
const KEPT: [usize; 6] = [NAME, ALIASES, SHORT, DEMONYMS, COUNTRY, KIND];
const KEPT_NAME: usize = 0;
const KEPT_ALIASES: usize = 1;
const KEPT_SHORT: usize = 2;
const KEPT_DEMONYMS: usize = 3;
const KEPT_COUNTRY: usize = 4;
const KEPT_KIND: usize = 5;
const _: () = assert!(
    KEPT[KEPT_NAME] == NAME
        && KEPT[KEPT_ALIASES] == ALIASES
        && KEPT[KEPT_SHORT] == SHORT
        && KEPT[KEPT_DEMONYMS] == DEMONYMS
        && KEPT[KEPT_COUNTRY] == COUNTRY
        && KEPT[KEPT_KIND] == KIND
);

impl Line {
    /// The line in `text`, the text of its file.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }

    /// The id in `text`, the text of its file.
    pub fn id<'t>(&self, text: &'t str) -> &'t str {
        &text[self.id_start as usize..self.id_end as usize]
    }

    /// The field of column `KEPT[k]` in `text` (trimmed; `""` if empty).
    fn kept<'t>(&self, text: &'t str, k: usize) -> &'t str {
        let [start, end] = [self.fields[2 * k], self.fields[2 * k + 1]];
        text.get(start as usize..end as usize).unwrap_or("")
    }
}

/// The header and entity lines of one file.
#[derive(Debug, Default)]
pub(super) struct Scanned {
    /// `None` for a file with no header (nothing but comments).
    pub header: Option<Header>,
    pub lines: Vec<Line>,
}

/// Finds the entity lines of a file and checks them as `check` says. The
/// lines are not parsed into entities: that allocates a dozen strings per
/// line, and a run uses few of the built-in gazetteer's 33,000 entities.
pub(super) fn scan(origin: &str, text: &str, check: Check) -> Result<Scanned> {
    if u32::try_from(text.len()).is_err() {
        return Err(Error::input(
            origin,
            format!(
                "the gazetteer is {} bytes; the limit is {} (1 GiB): split it into several files",
                text.len(),
                super::MAX_FILE_BYTES
            ),
        ));
    }
    let mut header: Option<Header> = None;
    // Ids borrowed from `text`: the check copies nothing.
    // Sized once: grown, the table and the list were copied again and again,
    // each copy in memory of its own.
    let n = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
    let mut seen: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(n, Default::default());
    let mut lines = Vec::with_capacity(n);
    let offset = |part: &str| (part.as_ptr() as usize - text.as_ptr() as usize) as u32;
    let no_file: Arc<str> = Arc::from("");
    for (i, raw) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let line = if lineno == 1 {
            line.trim_start_matches('\u{FEFF}')
        } else {
            line
        };
        if trim(line).is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |msg: String| Error::data(origin, lineno, msg);
        let Some(h) = &header else {
            header = Some(Header::parse(line).map_err(err)?);
            continue;
        };
        let fields = h.fields(line).map_err(err)?;
        let etype = parse_type(fields.get(TYPE)).map_err(err)?;
        match check {
            // Every check of building the entity, which is then dropped.
            Check::Full => {
                let here = Origin {
                    file: Arc::clone(&no_file),
                    line: lineno,
                };
                h.entry(&fields, here).map_err(err)?;
            }
            Check::Located => check_id(fields.get(ID), etype).map_err(err)?,
        }
        // An empty field may be a constant `""` rather than part of `text`.
        let mut kept = [0; 2 * KEPT.len()];
        for (k, column) in KEPT.into_iter().enumerate() {
            let field = fields.get(column);
            if !field.is_empty() {
                kept[2 * k] = offset(field);
                kept[2 * k + 1] = offset(field) + field.len() as u32;
            }
        }
        let id = fields.get(ID);
        if let Some(first) = seen.insert(id, lineno) {
            return Err(err(format!(
                "duplicate id '{id}' (first defined on line {first}); \
                 merge the two lines or give one a different id"
            )));
        }
        lines.push(Line {
            start: offset(line),
            end: offset(line) + line.len() as u32,
            id_start: offset(id),
            id_end: offset(id) + id.len() as u32,
            number: lineno as u32,
            source: 0,
            etype,
            remove: fields.get(REMOVE) == "yes",
            may_stand_for: may_name_stands_for(fields.get(ATTRS)),
            names: fields.names().min(u32::MAX as usize) as u32,
            fields: kept,
        });
    }
    Ok(Scanned { header, lines })
}

/// The entity of `line`, a line of `text` (the file `file`) that [`scan`]
/// found under `header`.
pub(super) fn entity_at(
    header: &Header,
    file: &Arc<str>,
    text: &str,
    line: &Line,
) -> std::result::Result<Entity, String> {
    let origin = Origin {
        file: Arc::clone(file),
        line: line.number as usize,
    };
    match header.entry(&header.fields(line.text(text))?, origin)? {
        Entry::Entity(e) => Ok(*e),
        Entry::Remove { id, .. } => Err(format!("'{id}' is a remove line")),
    }
}

/// The names of the entity on `line`, as its [`Entity`] would list them,
/// without building it: for compiling the matcher over every entity.
pub(super) fn names_at<'t>(text: &'t str, line: &Line) -> Names<'t> {
    Names {
        name: line.kept(text, KEPT_NAME),
        aliases: line.kept(text, KEPT_ALIASES),
        short: line.kept(text, KEPT_SHORT),
        demonyms: line.kept(text, KEPT_DEMONYMS),
    }
}

/// The country code of the entity on `line`, as its [`Entity::country`].
pub(super) fn country_at<'t>(text: &'t str, line: &Line) -> Option<&'t str> {
    Some(line.kept(text, KEPT_COUNTRY)).filter(|s| !s.is_empty())
}

/// The kind of the entity on `line`, as its [`Entity::kind`].
pub(super) fn kind_at<'t>(text: &'t str, line: &Line) -> Option<&'t str> {
    Some(line.kept(text, KEPT_KIND)).filter(|s| !s.is_empty())
}

/// The attribute that makes an entity's mentions mean another entity.
pub(super) const STANDS_FOR: &str = "stands_for";

/// Whether an attrs field has the letters of [`STANDS_FOR`] (as a key must):
/// a search for its `_`, rare in attributes. A substring search costs as
/// much to set up for each line as the rest of checking the line's type.
fn may_name_stands_for(attrs: &str) -> bool {
    let b = attrs.as_bytes();
    memchr::memchr_iter(b'_', b)
        .any(|p| p >= 6 && b.get(p - 6..p + 4) == Some(STANDS_FOR.as_bytes()))
}

/// The names of one entity, borrowed from its line (see
/// [`super::Gazetteer::names`]).
#[derive(Debug, Clone, Copy)]
pub struct Names<'t> {
    name: &'t str,
    aliases: &'t str,
    short: &'t str,
    demonyms: &'t str,
}

impl<'t> Names<'t> {
    /// The canonical name, as in [`Entity::name`].
    pub fn name(&self) -> &'t str {
        self.name
    }

    /// The canonical name and the aliases, as in [`Entity::aliases`]: the
    /// name first unless the aliases list it.
    pub fn aliases(&self) -> impl Iterator<Item = &'t str> + Clone + 't {
        let aliases = checked(self.aliases);
        let listed = aliases.clone().any(|a| a == self.name);
        let name = (!listed).then_some(self.name);
        name.into_iter().chain(aliases)
    }

    /// The short forms, as in [`Entity::short`].
    pub fn short(&self) -> impl Iterator<Item = &'t str> + Clone + 't {
        checked(self.short)
    }

    /// The demonyms, as in [`Entity::demonyms`].
    pub fn demonyms(&self) -> impl Iterator<Item = &'t str> + Clone + 't {
        checked(self.demonyms)
    }
}

/// The values of a list column already checked.
fn checked(s: &str) -> impl Iterator<Item = &str> + Clone {
    split_byte(s, b'|').map(trim).filter(move |_| !s.is_empty())
}

/// Column positions, from the header line, resolved once per file (not
/// looked up by name for every field).
#[derive(Debug, Clone)]
pub(super) struct Header {
    /// Per known column (`COLUMNS` order), its position in a line.
    position: [Option<usize>; N_COLUMNS],
    width: usize,
}

/// The trimmed fields of one line, by column (`""` when absent).
struct Fields<'a>([&'a str; N_COLUMNS]);

impl<'a> Fields<'a> {
    fn get(&self, column: usize) -> &'a str {
        self.0[column]
    }

    /// The number of names, counted without checking them.
    fn names(&self) -> usize {
        let count = |column| match self.get(column) {
            "" => 0,
            s => count_values(s),
        };
        1 + count(ALIASES) + count(SHORT) + count(DEMONYMS)
    }
}

impl Header {
    fn parse(line: &str) -> std::result::Result<Header, String> {
        let mut position = [None; N_COLUMNS];
        let mut width = 0;
        for (i, name) in line.split('\t').map(str::trim).enumerate() {
            let Some(known) = COLUMNS.iter().position(|c| *c == name) else {
                return Err(format!(
                    "unknown column '{name}' in header. Choose from: {}",
                    COLUMNS.join(", ")
                ));
            };
            if position[known].replace(i).is_some() {
                return Err(format!("column '{name}' appears twice in the header"));
            }
            width = i + 1;
        }
        for required in [ID, TYPE, NAME] {
            if position[required].is_none() {
                return Err(format!(
                    "header lacks the required column '{}' \
                     (the first non-comment line must name the columns, tab-separated)",
                    COLUMNS[required]
                ));
            }
        }
        Ok(Header { position, width })
    }

    /// Splits a line into its fields, by column. The header names each
    /// column at most once, so a line has at most `N_COLUMNS` fields.
    fn fields<'a>(&self, line: &'a str) -> std::result::Result<Fields<'a>, String> {
        let mut raw = [""; N_COLUMNS];
        let mut count = 0;
        for field in split_byte(line, b'\t') {
            if let Some(slot) = raw.get_mut(count) {
                *slot = field;
            }
            count += 1;
        }
        if count > self.width {
            return Err(format!(
                "{count} tab-separated fields but the header has {} columns",
                self.width
            ));
        }
        let mut fields = [""; N_COLUMNS];
        for (column, position) in self.position.iter().enumerate() {
            if let Some(p) = *position {
                fields[column] = trim(raw[p]);
            }
        }
        Ok(Fields(fields))
    }

    fn entry(&self, fields: &Fields, origin: Origin) -> std::result::Result<Entry, String> {
        let get = |column: usize| fields.get(column);
        let etype = parse_type(get(TYPE))?;
        let id = parse_id(get(ID), etype)?;
        match get(REMOVE) {
            "" | "no" => {}
            "yes" => return Ok(Entry::Remove { id, origin }),
            other => return Err(format!("remove must be 'yes' or empty, not '{other}'")),
        }
        let name = get(NAME);
        if name.is_empty() {
            return Err(format!("entity '{id}' has an empty name"));
        }
        let country = parse_country(get(COUNTRY))?;
        let parent = non_empty(get(PARENT));
        if let Some(p) = &parent {
            check_id_syntax(p)?;
        }
        Ok(Entry::Entity(Box::new(Entity {
            origin,
            aliases: aliases_with_name(name, get(ALIASES))?,
            short: list(get(SHORT), "short")?,
            demonyms: list(get(DEMONYMS), "demonyms")?,
            roles: parse_roles(get(ROLES))?,
            kind: non_empty(get(KIND)),
            attrs: Attrs::parse(get(ATTRS))?,
            id,
            etype,
            name: name.to_string(),
            country,
            parent,
        })))
    }
}

/// `s.split(sep)` for an ASCII `sep`, as a plain byte loop: the fields
/// of a gazetteer line are short, and `str::split`'s searcher costs more to
/// set up for each of them than this loop spends on it.
pub(super) fn split_byte(s: &str, sep: u8) -> SplitByte<'_> {
    debug_assert!(sep.is_ascii());
    SplitByte { rest: Some(s), sep }
}

/// The iterator of [`split_byte`].
#[derive(Clone)]
pub(super) struct SplitByte<'a> {
    /// What is left to split; `None` after the last field.
    rest: Option<&'a str>,
    sep: u8,
}

impl<'a> Iterator for SplitByte<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest?;
        match s.bytes().position(|b| b == self.sep) {
            // An ASCII byte never occurs inside a multi-byte character, so
            // both sides are on character boundaries.
            Some(i) => {
                self.rest = Some(&s[i + 1..]);
                Some(&s[..i])
            }
            None => {
                self.rest = None;
                Some(s)
            }
        }
    }
}

/// `s.trim()`, skipping the Unicode white-space tables in the usual case of
/// a value that starts and ends with a visible ASCII character.
pub(super) fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// `s.split_once(sep)` for an ASCII `sep`, as a plain byte search.
pub(super) fn split_once_byte(s: &str, sep: u8) -> Option<(&str, &str)> {
    debug_assert!(sep.is_ascii());
    let i = s.bytes().position(|b| b == sep)?;
    Some((&s[..i], &s[i + 1..]))
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn parse_type(s: &str) -> std::result::Result<EntityType, String> {
    EntityType::parse(s).ok_or_else(|| {
        let names: Vec<&str> = EntityType::ALL.iter().map(|t| t.as_str()).collect();
        format!("unknown type '{s}'. Choose from: {}", names.join(", "))
    })
}

fn check_id_syntax(id: &str) -> std::result::Result<(), String> {
    let Some((prefix, key)) = split_once_byte(id, b':') else {
        return Err(format!(
            "id '{id}' must look like TYPE:KEY, e.g. country:RUS"
        ));
    };
    if EntityType::parse(prefix).is_none() {
        return Err(format!("id '{id}' has an unknown type prefix '{prefix}'"));
    }
    let bad = key.is_empty()
        || key
            .chars()
            .any(|c| c.is_whitespace() || c == '|' || c.is_control());
    if bad {
        return Err(format!(
            "id '{id}' needs a key without spaces after the colon, e.g. person:kim-jong-un"
        ));
    }
    Ok(())
}

fn parse_id(id: &str, etype: EntityType) -> std::result::Result<String, String> {
    check_id(id, etype)?;
    Ok(id.to_string())
}

/// Checks an id's syntax and that its prefix is `etype`.
fn check_id(id: &str, etype: EntityType) -> std::result::Result<(), String> {
    check_id_syntax(id)?;
    let prefix = id.split(':').next().unwrap_or("");
    if prefix != etype.as_str() {
        return Err(format!(
            "id '{id}' does not match type '{}'; ids start with their type",
            etype.as_str()
        ));
    }
    Ok(())
}

fn parse_country(s: &str) -> std::result::Result<Option<String>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    let ok = (3..=4).contains(&s.len()) && s.chars().all(|c| c.is_ascii_uppercase());
    if !ok {
        return Err(format!(
            "country '{s}' must be an ISO 3166 alpha-3 code in capitals (RUS, PRK) \
             or a four-letter former-state code (SUHH)"
        ));
    }
    Ok(Some(s.to_string()))
}

/// The values of a list column, checked: none empty, none too long. An
/// empty column has no values (not one empty value).
fn values<'a>(
    s: &'a str,
    column: &str,
) -> std::result::Result<impl Iterator<Item = &'a str> + Clone, String> {
    let values = split_byte(s, b'|').map(trim).filter(move |_| !s.is_empty());
    for v in values.clone() {
        if v.is_empty() {
            return Err(format!(
                "empty value in column '{column}' (two '|' in a row or a trailing '|')"
            ));
        }
        if v.len() > MAX_ALIAS_BYTES {
            return Err(format!(
                "a value in column '{column}' is {} bytes long; the limit is {MAX_ALIAS_BYTES}",
                v.len()
            ));
        }
    }
    Ok(values)
}

/// Number of values in a non-empty list column, to size its `Vec` once.
fn count_values(s: &str) -> usize {
    s.bytes().filter(|&b| b == b'|').count() + 1
}

fn list(s: &str, column: &str) -> std::result::Result<Vec<String>, String> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::with_capacity(count_values(s));
    out.extend(values(s, column)?.map(str::to_string));
    Ok(out)
}

/// The `aliases` column, with the name first unless it is listed.
fn aliases_with_name(name: &str, s: &str) -> std::result::Result<Vec<String>, String> {
    let aliases = values(s, "aliases")?;
    let listed = aliases.clone().any(|a| a == name);
    let mut out = Vec::with_capacity(usize::from(!s.is_empty()) * count_values(s) + 1);
    if !listed {
        out.push(name.to_string());
    }
    out.extend(aliases.map(str::to_string));
    Ok(out)
}

/// `title@id[from..to]`, e.g. `president@country:RUS[2012-05-07..]`.
fn parse_roles(s: &str) -> std::result::Result<Vec<Role>, String> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    // Every value is checked as a list value before any is parsed as a
    // role, so the first error reported is the same as ever.
    let mut out = Vec::with_capacity(count_values(s));
    for r in values(s, "roles")? {
        out.push(parse_role(r)?);
    }
    Ok(out)
}

fn parse_role(s: &str) -> std::result::Result<Role, String> {
    let bad = || format!("role '{s}' must look like title@id or title@id[FROM..TO]");
    let (title, rest) = split_once_byte(s, b'@').ok_or_else(bad)?;
    let (of, dates) = match split_once_byte(rest, b'[') {
        Some((of, d)) => (of, Some(d.strip_suffix(']').ok_or_else(bad)?)),
        None => (rest, None),
    };
    check_id_syntax(of)?;
    let (from, to) = match dates {
        Some(d) => {
            // A byte search: `split_once("..")` sets up a substring
            // searcher for every role.
            let dots = d.as_bytes().windows(2).position(|w| w == b"..");
            let (f, t) = dots.map(|i| (&d[..i], &d[i + 2..])).ok_or_else(bad)?;
            (check_date(f)?, check_date(t)?)
        }
        None => (None, None),
    };
    if title.trim().is_empty() {
        return Err(bad());
    }
    Ok(Role {
        title: title.trim().to_string(),
        of: of.to_string(),
        from,
        to,
    })
}

fn check_date(s: &str) -> std::result::Result<Option<String>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    // YYYY, YYYY-MM or YYYY-MM-DD: digits, with dashes at 4 and 7.
    let b = s.as_bytes();
    let ok = matches!(b.len(), 4 | 7 | 10)
        && b.iter().enumerate().all(|(i, &c)| match i {
            4 | 7 => c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !ok {
        return Err(format!("date '{s}' must be YYYY, YYYY-MM or YYYY-MM-DD"));
    }
    Ok(Some(s.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id\ttype\tname\taliases\tdemonyms\tcountry\troles\tattrs\n";

    fn parse(body: &str) -> Result<Vec<Entity>> {
        let entries = parse_entities("test.tsv", &format!("# comment\n{HEADER}{body}"))?;
        Ok(entries
            .into_iter()
            .filter_map(|e| match e {
                Entry::Entity(e) => Some(*e),
                Entry::Remove { .. } => None,
            })
            .collect())
    }

    #[test]
    fn parses_a_full_line() {
        let e = parse(
            "person:ada-ore\tperson\tAda Ore\tA. Ore|Ada O.\t\tXAA\tpresident@country:XAA[2001..2005-03]\tborn=1950\n",
        )
        .unwrap();
        let e = &e[0];
        assert_eq!(e.aliases, vec!["Ada Ore", "A. Ore", "Ada O."]);
        assert_eq!(e.country.as_deref(), Some("XAA"));
        assert_eq!(e.roles[0].title, "president");
        assert_eq!(e.roles[0].to.as_deref(), Some("2005-03"));
        assert_eq!(e.attrs["born"], "1950");
    }

    #[test]
    fn trailing_columns_may_be_omitted() {
        let e = parse("country:XAA\tcountry\tAland\n").unwrap();
        assert_eq!(e[0].aliases, vec!["Aland"]);
    }

    fn err_of(body: &str) -> String {
        parse(body).unwrap_err().to_string()
    }

    #[test]
    fn errors_name_file_and_line() {
        let msg = err_of("country:XAA\tcontry\tAland\n");
        assert!(
            msg.starts_with("test.tsv:3: unknown type 'contry'"),
            "{msg}"
        );
        assert!(msg.contains("Choose from: person, country"), "{msg}");
    }

    #[test]
    fn rejects_bad_values() {
        assert!(err_of("person:x\tcountry\tX\n").contains("does not match type"));
        assert!(err_of("country:XAA\tcountry\t\n").contains("empty name"));
        assert!(err_of("country:XAA\tcountry\tA\tB||C\n").contains("empty value"));
        assert!(err_of("country:XAA\tcountry\tA\t\t\trus\n").contains("alpha-3"));
        assert!(err_of("person:a\tperson\tA\t\t\t\tpresident\n").contains("title@id"));
        assert!(err_of("country:XAA\tcountry\tA\t\t\t\t\t\textra\n").contains("fields"));
        assert!(err_of("countryXAA\tcountry\tA\n").contains("TYPE:KEY"));
    }

    #[test]
    fn duplicate_ids_in_one_file() {
        let msg = err_of("country:XAA\tcountry\tA\ncountry:XAA\tcountry\tB\n");
        assert!(
            msg.contains("test.tsv:4: duplicate id 'country:XAA'"),
            "{msg}"
        );
        assert!(msg.contains("line 3"), "{msg}");
    }

    #[test]
    fn remove_lines() {
        let e = parse_entities(
            "r.tsv",
            "id\ttype\tname\tremove\ncountry:XAA\tcountry\t\tyes\n",
        )
        .unwrap();
        assert!(
            matches!(&e[0], Entry::Remove { id, origin } if id == "country:XAA" && origin.line == 2)
        );
        let bad = parse_entities(
            "r.tsv",
            "id\ttype\tname\tremove\ncountry:XAA\tcountry\t\tmaybe\n",
        );
        assert!(bad.unwrap_err().to_string().contains("remove must be"));
    }

    #[test]
    fn dates() {
        for ok in ["2001", "2001-02", "2001-02-03"] {
            assert_eq!(check_date(ok).unwrap().as_deref(), Some(ok));
        }
        for bad in [
            "201",
            "2001-2",
            "2001-02-3",
            "20010",
            "2001--2",
            "2001-0a",
            "200१",
        ] {
            assert!(check_date(bad).is_err(), "{bad}");
        }
        assert_eq!(check_date("").unwrap(), None);
    }

    #[test]
    fn tabs() {
        let fields: Vec<&str> = split_byte("a\t\tb é\t", b'\t').collect();
        assert_eq!(fields, ["a", "", "b é", ""]);
        assert_eq!(split_byte("", b'|').collect::<Vec<_>>(), [""]);
        assert_eq!(split_once_byte("a@b@c", b'@'), Some(("a", "b@c")));
        assert_eq!(split_once_byte("abc", b'@'), None);
        for s in [
            "",
            " ",
            "a",
            " a ",
            "a b",
            "\u{a0}a",
            "a\u{2003}",
            "é",
            "\ta\t",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn overlong_alias() {
        let long = "A".repeat(MAX_ALIAS_BYTES + 1);
        assert!(err_of(&format!("country:XAA\tcountry\tA\t{long}\n")).contains("limit"));
    }

    #[test]
    fn header_errors() {
        let msg = parse_entities("h.tsv", "id\ttype\tnmae\n")
            .unwrap_err()
            .to_string();
        assert!(msg.starts_with("h.tsv:1: unknown column 'nmae'"), "{msg}");
        let msg = parse_entities("h.tsv", "id\ttype\n")
            .unwrap_err()
            .to_string();
        assert!(msg.contains("required column 'name'"), "{msg}");
    }
}

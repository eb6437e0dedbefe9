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

use std::collections::{BTreeMap, HashMap};

use super::{Entity, EntityType, Origin, Role};
use crate::error::{Error, Result};

/// Column names a gazetteer file may use.
const COLUMNS: &[&str] = &[
    "id", "type", "name", "aliases", "short", "demonyms", "country", "parent", "roles", "kind",
    "attrs", "remove",
];

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
    let mut header: Option<Header> = None;
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let line = if lineno == 1 {
            line.trim_start_matches('\u{FEFF}')
        } else {
            line
        };
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |msg: String| Error::data(origin, lineno, msg);
        let Some(h) = &header else {
            header = Some(Header::parse(line).map_err(err)?);
            continue;
        };
        let here = Origin {
            file: origin.to_string(),
            line: lineno,
        };
        let entry = h.entry(line, here).map_err(err)?;
        if let Some(first) = seen.insert(entry.id().to_string(), lineno) {
            return Err(err(format!(
                "duplicate id '{}' (first defined on line {first}); \
                 merge the two lines or give one a different id",
                entry.id()
            )));
        }
        out.push(entry);
    }
    Ok(out)
}

/// Column positions, from the header line.
struct Header {
    index: HashMap<&'static str, usize>,
    width: usize,
}

impl Header {
    fn parse(line: &str) -> std::result::Result<Header, String> {
        let mut index = HashMap::new();
        let names: Vec<&str> = line.split('\t').map(str::trim).collect();
        for (i, name) in names.iter().enumerate() {
            let Some(&known) = COLUMNS.iter().find(|c| *c == name) else {
                return Err(format!(
                    "unknown column '{name}' in header. Choose from: {}",
                    COLUMNS.join(", ")
                ));
            };
            if index.insert(known, i).is_some() {
                return Err(format!("column '{name}' appears twice in the header"));
            }
        }
        for required in ["id", "type", "name"] {
            if !index.contains_key(required) {
                return Err(format!(
                    "header lacks the required column '{required}' \
                     (the first non-comment line must name the columns, tab-separated)"
                ));
            }
        }
        Ok(Header {
            index,
            width: names.len(),
        })
    }

    fn entry(&self, line: &str, origin: Origin) -> std::result::Result<Entry, String> {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() > self.width {
            return Err(format!(
                "{} tab-separated fields but the header has {} columns",
                fields.len(),
                self.width
            ));
        }
        let get = |col: &str| -> &str {
            self.index
                .get(col)
                .and_then(|&i| fields.get(i))
                .map_or("", |s| s.trim())
        };
        let etype = parse_type(get("type"))?;
        let id = parse_id(get("id"), etype)?;
        match get("remove") {
            "" | "no" => {}
            "yes" => return Ok(Entry::Remove { id, origin }),
            other => return Err(format!("remove must be 'yes' or empty, not '{other}'")),
        }
        let name = get("name");
        if name.is_empty() {
            return Err(format!("entity '{id}' has an empty name"));
        }
        let country = parse_country(get("country"))?;
        let parent = non_empty(get("parent"));
        if let Some(p) = &parent {
            check_id_syntax(p)?;
        }
        Ok(Entry::Entity(Box::new(Entity {
            origin,
            aliases: with_name(name, list(get("aliases"), "aliases")?),
            short: list(get("short"), "short")?,
            demonyms: list(get("demonyms"), "demonyms")?,
            roles: parse_roles(get("roles"))?,
            kind: non_empty(get("kind")),
            attrs: parse_attrs(get("attrs"))?,
            id,
            etype,
            name: name.to_string(),
            country,
            parent,
        })))
    }
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
    let Some((prefix, key)) = id.split_once(':') else {
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
    check_id_syntax(id)?;
    let prefix = id.split(':').next().unwrap_or("");
    if prefix != etype.as_str() {
        return Err(format!(
            "id '{id}' does not match type '{}'; ids start with their type",
            etype.as_str()
        ));
    }
    Ok(id.to_string())
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

fn list(s: &str, column: &str) -> std::result::Result<Vec<String>, String> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    s.split('|')
        .map(|v| {
            let v = v.trim();
            if v.is_empty() {
                Err(format!(
                    "empty value in column '{column}' (two '|' in a row or a trailing '|')"
                ))
            } else if v.len() > MAX_ALIAS_BYTES {
                Err(format!(
                    "a value in column '{column}' is {} bytes long; the limit is {MAX_ALIAS_BYTES}",
                    v.len()
                ))
            } else {
                Ok(v.to_string())
            }
        })
        .collect()
}

fn with_name(name: &str, mut aliases: Vec<String>) -> Vec<String> {
    if !aliases.iter().any(|a| a == name) {
        aliases.insert(0, name.to_string());
    }
    aliases
}

/// `title@id[from..to]`, e.g. `president@country:RUS[2012-05-07..]`.
fn parse_roles(s: &str) -> std::result::Result<Vec<Role>, String> {
    list(s, "roles")?.iter().map(|r| parse_role(r)).collect()
}

fn parse_role(s: &str) -> std::result::Result<Role, String> {
    let bad = || format!("role '{s}' must look like title@id or title@id[FROM..TO]");
    let (title, rest) = s.split_once('@').ok_or_else(bad)?;
    let (of, dates) = match rest.split_once('[') {
        Some((of, d)) => (of, Some(d.strip_suffix(']').ok_or_else(bad)?)),
        None => (rest, None),
    };
    check_id_syntax(of)?;
    let (from, to) = match dates {
        Some(d) => {
            let (f, t) = d.split_once("..").ok_or_else(bad)?;
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
    let parts: Vec<&str> = s.split('-').collect();
    let widths_ok = matches!(parts.as_slice(), [y] if y.len() == 4)
        || matches!(parts.as_slice(), [y, m] if y.len() == 4 && m.len() == 2)
        || matches!(parts.as_slice(), [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2);
    if !widths_ok || !s.chars().all(|c| c.is_ascii_digit() || c == '-') {
        return Err(format!("date '{s}' must be YYYY, YYYY-MM or YYYY-MM-DD"));
    }
    Ok(Some(s.to_string()))
}

fn parse_attrs(s: &str) -> std::result::Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for pair in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (k, v) = pair
            .split_once('=')
            .ok_or_else(|| format!("attribute '{pair}' must look like key=value"))?;
        out.insert(k.trim().to_string(), v.trim().to_string());
    }
    Ok(out)
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

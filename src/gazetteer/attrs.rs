//! Entity attributes (`key=value;key=value`), parsed when first read.
//!
//! Every built-in entity carries two or three attributes (`source`, `asof`,
//! `geonames`, ...), but a run reads them only for the few entities that
//! end up in a graph. Parsing them at load time into a map of owned strings
//! was four to six allocations per entity, a tenth of start-up; now the
//! column is checked at load time (so a malformed pair is still reported
//! with its file and line) and kept as one string, and the map is built on
//! first use.

use std::collections::btree_map;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::parse::{split_byte, split_once_byte, trim};

/// The attributes of an entity: a map from key to value, in key order.
#[derive(Clone, Default)]
pub struct Attrs {
    /// The `attrs` column as written (trimmed); already checked.
    raw: String,
    map: OnceLock<BTreeMap<String, String>>,
}

impl Attrs {
    /// Checks an `attrs` column and keeps it for later.
    pub(super) fn parse(s: &str) -> std::result::Result<Attrs, String> {
        for pair in pairs(s) {
            pair?;
        }
        Ok(Attrs {
            raw: s.to_string(),
            map: OnceLock::new(),
        })
    }

    fn map(&self) -> &BTreeMap<String, String> {
        self.map.get_or_init(|| {
            pairs(&self.raw)
                .filter_map(|pair| pair.ok())
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        })
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&String> {
        self.map().get(key)
    }

    /// Every `(key, value)`, in key order (a key given twice keeps its last
    /// value).
    pub fn iter(&self) -> btree_map::Iter<'_, String, String> {
        self.map().iter()
    }

    /// Number of distinct keys.
    pub fn len(&self) -> usize {
        self.map().len()
    }

    /// True when there are no attributes.
    pub fn is_empty(&self) -> bool {
        self.map().is_empty()
    }
}

/// The `key=value` pairs of an `attrs` column, trimmed, or the message for
/// a pair without `=`.
fn pairs(s: &str) -> impl Iterator<Item = std::result::Result<(&str, &str), String>> {
    split_byte(s, b';')
        .map(trim)
        .filter(|p| !p.is_empty())
        .map(|pair| match split_once_byte(pair, b'=') {
            Some((k, v)) => Ok((trim(k), trim(v))),
            None => Err(format!("attribute '{pair}' must look like key=value")),
        })
}

impl<'a> IntoIterator for &'a Attrs {
    type Item = (&'a String, &'a String);
    type IntoIter = btree_map::Iter<'a, String, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl std::ops::Index<&str> for Attrs {
    type Output = String;

    /// The value of `key`; panics if there is none, like a map's index.
    fn index(&self, key: &str) -> &String {
        &self.map()[key]
    }
}

impl PartialEq for Attrs {
    fn eq(&self, other: &Attrs) -> bool {
        self.map() == other.map()
    }
}

impl Eq for Attrs {}

impl std::fmt::Debug for Attrs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.map().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::Attrs;

    #[test]
    fn parsed_on_first_read() {
        let a = Attrs::parse(" b = 2 ; a=1;;b=3 ").unwrap();
        assert_eq!(a.get("a").map(String::as_str), Some("1"));
        assert_eq!(a["b"], "3");
        let pairs: Vec<(&str, &str)> = a.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(pairs, [("a", "1"), ("b", "3")]);
        assert_eq!(a.len(), 2);
        assert!(Attrs::parse("").unwrap().is_empty());
        assert_eq!(a, Attrs::parse("a=1;b=3").unwrap());
    }

    #[test]
    fn malformed_pairs_are_reported_at_load() {
        let e = Attrs::parse("a=1;oops").unwrap_err();
        assert_eq!(e, "attribute 'oops' must look like key=value");
    }
}

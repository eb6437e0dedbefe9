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
    /// A bit per key ([`key_bit`]): a key whose bit is clear is absent.
    keys: u64,
    map: OnceLock<BTreeMap<String, String>>,
}

/// The bit of `key` in [`Attrs::keys`], from its length and end bytes.
fn key_bit(key: &str) -> u64 {
    let b = key.as_bytes();
    let (first, last) = (b.first().copied(), b.last().copied());
    let mix = b.len() * 7 + usize::from(first.unwrap_or(0)) + 3 * usize::from(last.unwrap_or(0));
    1 << (mix % 64)
}

impl Attrs {
    /// Checks an `attrs` column and keeps it for later.
    pub(super) fn parse(s: &str) -> std::result::Result<Attrs, String> {
        let mut keys = 0;
        for pair in pairs(s) {
            keys |= key_bit(pair?.0);
        }
        Ok(Attrs {
            raw: s.to_string(),
            keys,
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
    ///
    /// A key whose bit was not set at load is answered without building
    /// or searching the map: resolution asks every entity it meets for
    /// `stands_for`, which almost none has.
    pub fn get(&self, key: &str) -> Option<&String> {
        if self.keys & key_bit(key) == 0 {
            return None;
        }
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
    use super::{key_bit, Attrs};
    use proptest::prelude::*;

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
    fn absent_keys_leave_the_map_unbuilt() {
        let a = Attrs::parse("source=x; asof = 2020").unwrap();
        assert_eq!(a.get("stands_for"), None);
        assert!(a.map.get().is_none());
        assert_eq!(a.get("asof").map(String::as_str), Some("2020"));
        assert_eq!(a.get("sof"), None);
        assert_eq!(a.get("source=x"), None);
        assert_ne!(key_bit("stands_for"), a.keys & key_bit("stands_for"));
        assert_eq!(Attrs::default().get(""), None);
        assert_eq!(
            Attrs::parse("=v").unwrap().get("").map(String::as_str),
            Some("v")
        );
    }

    proptest! {
        /// `get` answers as the map does, before and after the map is built.
        #[test]
        fn get_is_the_map_lookup(
            raw in "([ a-c=;é]{0,6};){0,4}",
            key in "[ a-cé=;]{0,3}",
        ) {
            let Ok(a) = Attrs::parse(&raw) else { return Ok(()) };
            let fresh = || Attrs::parse(&raw).unwrap();
            prop_assert_eq!(fresh().get(&key).cloned(), a.map().get(key.as_str()).cloned());
            prop_assert_eq!(a.get(&key), a.map().get(key.as_str()));
            for k in a.map().keys() {
                prop_assert_eq!(fresh().get(k).cloned(), a.map().get(k).cloned());
            }
        }
    }

    #[test]
    fn malformed_pairs_are_reported_at_load() {
        let e = Attrs::parse("a=1;oops").unwrap_err();
        assert_eq!(e, "attribute 'oops' must look like key=value");
    }
}

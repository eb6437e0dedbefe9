//! Entity index by id, without a copy of the ids.
//!
//! A `HashMap<String, usize>` from id to index costs one allocation and one
//! copy per entity (33,000 built in, a million-alias user file adds 250,000),
//! although every id is already stored in its entity. A `hashbrown`
//! `HashTable` stores only entity indices and compares the probed entity's
//! own id.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

/// Entity indices, hashed by their entity's id.
#[derive(Debug, Clone, Default)]
pub(super) struct IdIndex {
    table: HashTable<usize>,
}

fn hash(id: &str) -> u64 {
    FxBuildHasher.hash_one(id)
}

impl IdIndex {
    /// Indexes `len` entities, whose ids (`id_of` index) are distinct.
    pub(super) fn new<'a>(len: usize, id_of: impl Fn(usize) -> &'a str) -> IdIndex {
        let mut table = HashTable::with_capacity(len);
        for i in 0..len {
            table.insert_unique(hash(id_of(i)), i, |&j| hash(id_of(j)));
        }
        IdIndex { table }
    }

    /// Index of the entity with this id.
    pub(super) fn get<'a>(&self, id_of: impl Fn(usize) -> &'a str, id: &str) -> Option<usize> {
        self.table.find(hash(id), |&i| id_of(i) == id).copied()
    }
}

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

use super::Entity;

/// Entity indices, hashed by their entity's id.
#[derive(Debug, Clone, Default)]
pub(super) struct IdIndex {
    table: HashTable<usize>,
}

fn hash(id: &str) -> u64 {
    FxBuildHasher.hash_one(id)
}

impl IdIndex {
    /// Indexes `entities`, whose ids are distinct.
    pub(super) fn new(entities: &[Entity]) -> IdIndex {
        let mut table = HashTable::with_capacity(entities.len());
        for (i, e) in entities.iter().enumerate() {
            table.insert_unique(hash(&e.id), i, |&j| hash(&entities[j].id));
        }
        IdIndex { table }
    }

    /// Index of the entity with this id.
    pub(super) fn get(&self, entities: &[Entity], id: &str) -> Option<usize> {
        self.table
            .find(hash(id), |&i| entities[i].id == id)
            .copied()
    }
}

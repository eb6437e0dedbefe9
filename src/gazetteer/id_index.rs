//! Entity index by id, without a copy of the ids.
//!
//! A `HashMap<String, usize>` from id to index costs one allocation and one
//! copy per entity (33,000 built in, a million-alias user file adds 250,000),
//! although every id is already stored in its entity. This open-addressing
//! table stores only entity indices and compares the probed entity's own id.

use super::fxhash::hash_str;
use super::Entity;

const EMPTY: u32 = u32::MAX;

/// Slots of entity indices, at most half full, probed linearly from the
/// top bits of the Fx hash of the id (the top bits of a multiplicative hash
/// are the well-mixed ones).
#[derive(Debug, Clone, Default)]
pub(super) struct IdIndex {
    slots: Vec<u32>,
    shift: u32,
}

impl IdIndex {
    /// Indexes `entities`, whose ids are distinct.
    pub(super) fn new(entities: &[Entity]) -> IdIndex {
        let bits = (entities.len() * 2)
            .max(16)
            .next_power_of_two()
            .trailing_zeros();
        let mut index = IdIndex {
            slots: vec![EMPTY; 1 << bits],
            shift: 64 - bits,
        };
        for (i, e) in entities.iter().enumerate() {
            let mut s = index.home(&e.id);
            while index.slots[s] != EMPTY {
                s = (s + 1) & (index.slots.len() - 1);
            }
            // Fewer than u32::MAX entities: a gazetteer is read into memory.
            index.slots[s] = i as u32;
        }
        index
    }

    fn home(&self, id: &str) -> usize {
        (hash_str(id) >> self.shift) as usize
    }

    /// Index of the entity with this id.
    pub(super) fn get(&self, entities: &[Entity], id: &str) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mut s = self.home(id);
        loop {
            let i = self.slots[s];
            if i == EMPTY {
                return None;
            }
            if entities[i as usize].id == id {
                return Some(i as usize);
            }
            s = (s + 1) & (self.slots.len() - 1);
        }
    }
}

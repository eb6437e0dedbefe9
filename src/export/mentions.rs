//! Entity mentions as JSON Lines: one object per mention, in text order.
//!
//! ```text
//! {"article":"a1","start":31,"end":45,"text":"Vladimir Putin","id":"person:vladimir-putin","type":"person","name":"Vladimir Putin","form":"alias","sentence":0}
//! ```

use crate::pipeline::EntityMention;

/// The mentions as JSON Lines (each line ends in a newline).
pub fn to_string(mentions: &[EntityMention]) -> String {
    let mut out = String::new();
    for m in mentions {
        // Plain strings and numbers always serialize.
        out.push_str(&super::json_text(m, false));
        out.push('\n');
    }
    out
}

//! Stage 1: text.
//!
//! Everything later stages need from raw article text: a normalized copy for
//! matching ([`Normalized`]) that still knows where each byte came from in the
//! original, sentence spans ([`sentences`]) and word tokens ([`tokens`]).
//!
//! All spans handed to later stages are byte offsets into the *normalized*
//! text; [`Normalized::to_original`] maps them back, so that evidence in the
//! output always points into the bytes the user gave us.

mod normalize;
mod sentences;
mod tokens;

pub use normalize::Normalized;
pub(crate) use sentences::has_avx2;
pub use sentences::{is_table_row, sentences, Span};
pub(crate) use tokens::AsciiTokens;
pub use tokens::{is_word_char, tokens, Token, TokenKind};

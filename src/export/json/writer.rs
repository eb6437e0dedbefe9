//! A JSON writer for the graph's model types, writing exactly the bytes of
//! their `Serialize` impls through serde_json (pretty-printed with two
//! spaces, or compact), but straight into a `String`.
//!
//! Serializing through serde cost about 14 instructions per byte of output
//! (a formatter call per punctuation mark, a field at a time, a byte-table
//! loop per string), and most of the document is evidence sentences that
//! need no escaping at all. Here a field is one append of a constant (its
//! comma, newline, indent and quoted key, made by [`key!`] for each depth),
//! a string is checked 32 bytes at a time by a loop the compiler turns into
//! vector compares and copied in one piece, and a number is written two
//! digits at a time. The elements of the document's top-level arrays,
//! whose depth is known, are written by [`document`], with the punctuation,
//! indent and key between two values as one constant. The `Serialize` impls
//! stay for reading and for the other exporters; the tests compare this
//! writer with serde_json on random graphs. JSON values in the graph (`extra`, `attributes`) other than
//! strings are few and still go through serde_json, with [`Indented`]
//! putting them at their depth.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::graph::{ArticleInfo, Edge, Evidence, Node};

/// A key of the graph format, as a `&'static Key`.
macro_rules! key {
    ($name:literal) => {
        &$crate::export::json::writer::Key {
            compact: concat!(",\"", $name, "\":"),
            pretty: [
                concat!(",\n\"", $name, "\": "),
                concat!(",\n  \"", $name, "\": "),
                concat!(",\n    \"", $name, "\": "),
                concat!(",\n      \"", $name, "\": "),
                concat!(",\n        \"", $name, "\": "),
                concat!(",\n          \"", $name, "\": "),
                concat!(",\n            \"", $name, "\": "),
                concat!(",\n              \"", $name, "\": "),
            ],
        }
    };
}
pub(super) use key;

/// A key with all that is written before its value: a comma (left out
/// for the first field), in the pretty layout a newline and the indent of
/// the depth, the quoted key, its colon and (pretty) a space. Made by
/// [`key!`] for the depths up to 7 (the graph's deepest fields, those of
/// evidence, are at 5), so that a field takes one append.
pub(crate) struct Key {
    pub(super) compact: &'static str,
    pub(super) pretty: [&'static str; 8],
}

/// A comma, a newline and the indent of 16 levels, and the same without
/// the comma: every separator of the pretty layout is a prefix of one of
/// them. They are appended whole and cut back, since a copy of a known
/// length is a few moves, not a call to `memcpy`.
const COMMA_BREAK: &str = ",\n                                ";
const BREAK: &str = "\n                                 ";

/// Where values are written, and how: the text so far, the depth of the
/// current container and whether it has a value yet (for the comma), as
/// serde_json's `PrettyFormatter` keeps them.
pub(crate) struct Out<'a> {
    text: &'a mut String,
    depth: usize,
    pretty: bool,
    first: bool,
}

impl<'a> Out<'a> {
    /// Pretty-printed JSON appended to `text`, inside a container `depth`
    /// levels deep that already has a value: what is written next is an
    /// element after ",\n" and the indent of that depth.
    pub(crate) fn pretty(text: &'a mut String, depth: usize) -> Out<'a> {
        Out {
            text,
            depth,
            pretty: true,
            first: false,
        }
    }

    /// Compact JSON appended to `text`, at the top level.
    pub(crate) fn compact(text: &'a mut String) -> Out<'a> {
        Out {
            text,
            depth: 0,
            pretty: false,
            first: true,
        }
    }

    /// Whether the value written next is an element of one of the
    /// document's top-level arrays, pretty-printed, as [`to_string`] and
    /// [`write`] write them: such elements are written by [`document`],
    /// which knows their layout.
    ///
    /// [`to_string`]: super::to_string
    /// [`write`]: super::write
    #[inline]
    fn at_document_element(&self) -> bool {
        self.pretty && self.depth == document::DEPTH
    }

    /// Starts an element of the current container: a comma unless it is
    /// the first, then (pretty) a newline and the indent.
    #[inline]
    pub(crate) fn element(&mut self) {
        let comma = !self.first;
        self.first = false;
        if self.pretty {
            self.newline(comma);
        } else if comma {
            self.text.push(',');
        }
    }

    /// A comma when `comma`, then a newline and the indent of the current
    /// depth.
    fn newline(&mut self, comma: bool) {
        let len = usize::from(comma) + 1 + 2 * self.depth;
        if len <= BREAK.len() {
            let keep = self.text.len() + len;
            self.text.push_str(if comma { COMMA_BREAK } else { BREAK });
            self.text.truncate(keep);
            return;
        }
        self.text.push_str(if comma { ",\n" } else { "\n" });
        for _ in 0..self.depth {
            self.text.push_str("  ");
        }
    }

    /// Starts a field of the current object.
    #[inline]
    pub(crate) fn field(&mut self, key: &Key) {
        let first = usize::from(self.first);
        self.first = false;
        let prefix = if self.pretty {
            match key.pretty.get(self.depth) {
                Some(prefix) => prefix,
                None => return self.deep_field(first == 0, key),
            }
        } else {
            key.compact
        };
        self.text.push_str(&prefix[first..]);
    }

    /// A field deeper than [`Key`] has prefixes for.
    fn deep_field(&mut self, comma: bool, key: &Key) {
        self.newline(comma);
        let quoted = key.compact.trim_start_matches(',');
        self.text.push_str(quoted);
        self.text.push(' ');
    }

    /// Opens an object or array with `bracket`.
    fn open(&mut self, bracket: char) {
        self.text.push(bracket);
        self.depth += 1;
        self.first = true;
    }

    /// Closes the container opened last with `bracket`: on a line of its
    /// own unless it is empty. The container is itself a value of the one
    /// around it, which therefore has a value.
    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.first && self.pretty {
            self.newline(false);
        }
        self.text.push(bracket);
        self.first = false;
    }

    /// Makes room for `additional` more bytes at once.
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.text.reserve(additional);
    }

    pub(crate) fn open_object(&mut self) {
        self.open('{');
    }

    pub(crate) fn close_object(&mut self) {
        self.close('}');
    }

    /// A string, escaped as serde_json escapes it.
    pub(crate) fn string(&mut self, s: &str) {
        self.text.push('"');
        push_escaped(self.text, s);
        self.text.push('"');
    }

    /// A string, or `null`.
    fn optional(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.text.push_str("null"),
        }
    }

    /// A field that is left out when it has no value.
    fn optional_field(&mut self, key: &Key, value: Option<&str>) {
        if let Some(value) = value {
            self.field(key);
            self.string(value);
        }
    }

    pub(crate) fn uint(&mut self, n: u64) {
        push_uint(self.text, n);
    }

    fn bool(&mut self, b: bool) {
        self.text.push_str(if b { "true" } else { "false" });
    }

    /// An array of the elements of `items`.
    pub(crate) fn array<T: Element>(&mut self, items: &[T]) {
        self.open('[');
        for item in items {
            self.element();
            item.write_json(self);
        }
        self.close(']');
    }

    /// An array of strings (a set of aliases or article ids).
    fn strings(&mut self, items: &BTreeSet<String>) {
        self.open('[');
        for s in items {
            self.element();
            self.string(s);
        }
        self.close(']');
    }

    /// An object of JSON values, keys in order.
    fn map(&mut self, map: &BTreeMap<String, serde_json::Value>) {
        self.open('{');
        for (k, v) in map {
            self.element();
            self.string(k);
            self.text.push_str(if self.pretty { ": " } else { ":" });
            self.value(v);
        }
        self.close('}');
    }

    /// A JSON value, through serde_json at the current depth (values are
    /// small: gazetteer attributes and extra article fields).
    fn value(&mut self, v: &serde_json::Value) {
        if let serde_json::Value::String(s) = v {
            // Most are: written here, escaped alike.
            return self.string(s);
        }
        let mut bytes = Vec::new();
        let written = if self.pretty {
            let mut ser =
                serde_json::Serializer::with_formatter(&mut bytes, Indented::at(self.depth));
            v.serialize(&mut ser)
        } else {
            serde_json::to_writer(&mut bytes, v)
        };
        #[allow(
            clippy::expect_used,
            reason = "a JSON value has string keys and always serializes"
        )]
        written.expect("a JSON value serializes");
        // serde_json writes valid UTF-8: borrowed, never lossy.
        self.text.push_str(&String::from_utf8_lossy(&bytes));
    }
}

/// A model type written by hand, field for field as its `Serialize` impl.
pub(crate) trait Element: Sync {
    /// Writes the value where `out` stands.
    fn write_json(&self, out: &mut Out<'_>);

    /// About the length of the value pretty-printed in the document, but
    /// for escapes: its strings, and an allowance for the keys, layout and
    /// numbers. It sizes buffers, and cuts arrays into pieces of about
    /// equal work.
    fn estimated_len(&self) -> usize;
}

impl<T: Element> Element for &T {
    fn write_json(&self, out: &mut Out<'_>) {
        (**self).write_json(out);
    }

    fn estimated_len(&self) -> usize {
        (**self).estimated_len()
    }
}

/// The length of an optional string, 0 for none.
fn optional_len(s: &Option<String>) -> usize {
    s.as_ref().map_or(0, String::len)
}

/// The lengths of a set's strings, each with an allowance for its quotes,
/// comma and indent.
fn set_len(set: &std::collections::BTreeSet<String>) -> usize {
    set.iter().map(|s| s.len() + 16).sum()
}

impl Element for ArticleInfo {
    fn write_json(&self, out: &mut Out<'_>) {
        if out.at_document_element() {
            return document::article(out.text, self);
        }
        // Every field named, so that a new one does not go unwritten.
        let ArticleInfo {
            id,
            source,
            title,
            date,
            url,
            extra,
        } = self;
        out.open_object();
        out.field(key!("id"));
        out.string(id);
        out.field(key!("source"));
        out.string(source);
        out.field(key!("title"));
        out.optional(title.as_deref());
        out.field(key!("date"));
        out.optional(date.as_deref());
        out.field(key!("url"));
        out.optional(url.as_deref());
        if !extra.is_empty() {
            out.field(key!("extra"));
            out.map(extra);
        }
        out.close_object();
    }

    fn estimated_len(&self) -> usize {
        150 + self.id.len()
            + self.source.len()
            + optional_len(&self.title)
            + optional_len(&self.date)
            + optional_len(&self.url)
            + 200 * self.extra.len()
    }
}

impl Element for Node {
    fn write_json(&self, out: &mut Out<'_>) {
        if out.at_document_element() {
            return document::node(out.text, self);
        }
        let Node {
            id,
            node_type,
            name,
            mentions,
            aliases,
            country,
            articles,
            attributes,
        } = self;
        out.open_object();
        out.field(key!("id"));
        out.string(id);
        out.field(key!("type"));
        out.string(node_type);
        out.field(key!("name"));
        out.string(name);
        out.field(key!("mentions"));
        out.uint(*mentions);
        out.field(key!("aliases"));
        out.strings(aliases);
        if let Some(country) = country {
            out.field(key!("country"));
            out.string(country);
        }
        out.field(key!("articles"));
        out.strings(articles);
        out.field(key!("attributes"));
        out.map(attributes);
        out.close_object();
    }

    fn estimated_len(&self) -> usize {
        250 + self.id.len()
            + self.name.len()
            + set_len(&self.aliases)
            + set_len(&self.articles)
            + 100 * self.attributes.len()
    }
}

impl Element for Evidence {
    fn write_json(&self, out: &mut Out<'_>) {
        let Evidence {
            article,
            sentence,
            start,
            end,
            text,
        } = self;
        out.open_object();
        out.field(key!("article"));
        out.string(article);
        out.field(key!("sentence"));
        out.uint(*sentence as u64);
        out.field(key!("start"));
        out.uint(*start as u64);
        out.field(key!("end"));
        out.uint(*end as u64);
        out.field(key!("text"));
        out.string(text);
        out.close_object();
    }

    fn estimated_len(&self) -> usize {
        160 + self.article.len() + self.text.len()
    }
}

impl Element for Edge {
    fn write_json(&self, out: &mut Out<'_>) {
        if out.at_document_element() {
            return document::edge(out.text, self);
        }
        let Edge {
            source,
            target,
            kind,
            label,
            category,
            directed,
            negated,
            mood,
            attributed_to,
            first_seen,
            last_seen,
            weight,
            evidence,
        } = self;
        out.open_object();
        out.field(key!("source"));
        out.string(source);
        out.field(key!("target"));
        out.string(target);
        out.field(key!("kind"));
        out.string(kind);
        out.field(key!("label"));
        out.string(label);
        out.optional_field(key!("category"), category.as_deref());
        out.field(key!("directed"));
        out.bool(*directed);
        out.field(key!("negated"));
        out.bool(*negated);
        out.optional_field(key!("mood"), mood.as_deref());
        out.optional_field(key!("attributed_to"), attributed_to.as_deref());
        out.optional_field(key!("first_seen"), first_seen.as_deref());
        out.optional_field(key!("last_seen"), last_seen.as_deref());
        out.field(key!("weight"));
        out.uint(*weight);
        out.field(key!("evidence"));
        out.array(evidence);
        out.close_object();
    }

    fn estimated_len(&self) -> usize {
        let optional = [
            &self.category,
            &self.mood,
            &self.attributed_to,
            &self.first_seen,
            &self.last_seen,
        ];
        250 + self.source.len()
            + self.target.len()
            + self.kind.len()
            + self.label.len()
            + optional
                .into_iter()
                .map(|s| optional_len(s) + 40)
                .sum::<usize>()
            + self
                .evidence
                .iter()
                .map(Element::estimated_len)
                .sum::<usize>()
    }
}

/// The graph's elements as the document has them: pretty-printed, as
/// elements of its top-level arrays (`articles`, `nodes`, `edges`), so that
/// the depth of every field is known. Each run of punctuation, indent and
/// key between two values (`",\n      \"target\": \""`) is one append of a
/// constant, where [`Out`] appends a field's comma and key, a string's
/// quotes and a container's brackets one by one and looks up the indent of
/// the current depth for each: the document is mostly this layout around
/// short ids and numbers. The bytes are those of the general writer (the
/// tests compare both with serde_json at this depth and others).
mod document {
    use std::collections::{BTreeMap, BTreeSet};

    use super::{push_escaped, push_uint, Out};
    use crate::graph::{ArticleInfo, Edge, Node};

    /// The depth of the container of the elements written here: the
    /// top-level arrays of the document object.
    pub(super) const DEPTH: usize = 2;

    /// An article, after the comma and indent of its element.
    pub(super) fn article(text: &mut String, a: &ArticleInfo) {
        let ArticleInfo {
            id,
            source,
            title,
            date,
            url,
            extra,
        } = a;
        text.push_str("{\n      \"id\": \"");
        push_escaped(text, id);
        text.push_str("\",\n      \"source\": \"");
        push_escaped(text, source);
        text.push_str("\",\n      \"title\": ");
        nullable(text, title.as_deref());
        text.push_str(",\n      \"date\": ");
        nullable(text, date.as_deref());
        text.push_str(",\n      \"url\": ");
        nullable(text, url.as_deref());
        if !extra.is_empty() {
            text.push_str(",\n      \"extra\": ");
            values(text, extra);
        }
        text.push_str("\n    }");
    }

    /// A node, after the comma and indent of its element.
    pub(super) fn node(text: &mut String, n: &Node) {
        let Node {
            id,
            node_type,
            name,
            mentions,
            aliases,
            country,
            articles,
            attributes,
        } = n;
        text.push_str("{\n      \"id\": \"");
        push_escaped(text, id);
        text.push_str("\",\n      \"type\": \"");
        push_escaped(text, node_type);
        text.push_str("\",\n      \"name\": \"");
        push_escaped(text, name);
        text.push_str("\",\n      \"mentions\": ");
        push_uint(text, *mentions);
        text.push_str(",\n      \"aliases\": ");
        strings(text, aliases);
        if let Some(country) = country {
            text.push_str(",\n      \"country\": \"");
            push_escaped(text, country);
            text.push('"');
        }
        text.push_str(",\n      \"articles\": ");
        strings(text, articles);
        text.push_str(",\n      \"attributes\": ");
        values(text, attributes);
        text.push_str("\n    }");
    }

    /// An edge, after the comma and indent of its element.
    pub(super) fn edge(text: &mut String, e: &Edge) {
        let Edge {
            source,
            target,
            kind,
            label,
            category,
            directed,
            negated,
            mood,
            attributed_to,
            first_seen,
            last_seen,
            weight,
            evidence,
        } = e;
        text.push_str("{\n      \"source\": \"");
        push_escaped(text, source);
        text.push_str("\",\n      \"target\": \"");
        push_escaped(text, target);
        text.push_str("\",\n      \"kind\": \"");
        push_escaped(text, kind);
        text.push_str("\",\n      \"label\": \"");
        push_escaped(text, label);
        text.push('"');
        optional(text, ",\n      \"category\": \"", category.as_deref());
        text.push_str(if *directed {
            ",\n      \"directed\": true"
        } else {
            ",\n      \"directed\": false"
        });
        text.push_str(if *negated {
            ",\n      \"negated\": true"
        } else {
            ",\n      \"negated\": false"
        });
        optional(text, ",\n      \"mood\": \"", mood.as_deref());
        optional(
            text,
            ",\n      \"attributed_to\": \"",
            attributed_to.as_deref(),
        );
        optional(text, ",\n      \"first_seen\": \"", first_seen.as_deref());
        optional(text, ",\n      \"last_seen\": \"", last_seen.as_deref());
        text.push_str(",\n      \"weight\": ");
        push_uint(text, *weight);
        text.push_str(",\n      \"evidence\": ");
        if evidence.is_empty() {
            text.push_str("[]");
        } else {
            text.push('[');
            for (i, ev) in evidence.iter().enumerate() {
                if i > 0 {
                    text.push(',');
                }
                text.push_str("\n        {\n          \"article\": \"");
                push_escaped(text, &ev.article);
                text.push_str("\",\n          \"sentence\": ");
                push_uint(text, ev.sentence as u64);
                text.push_str(",\n          \"start\": ");
                push_uint(text, ev.start as u64);
                text.push_str(",\n          \"end\": ");
                push_uint(text, ev.end as u64);
                text.push_str(",\n          \"text\": \"");
                push_escaped(text, &ev.text);
                text.push_str("\"\n        }");
            }
            text.push_str("\n      ]");
        }
        text.push_str("\n    }");
    }

    /// A string field that is left out when it has no value; `prefix`
    /// ends in the string's opening quote.
    fn optional(text: &mut String, prefix: &str, value: Option<&str>) {
        if let Some(value) = value {
            text.push_str(prefix);
            push_escaped(text, value);
            text.push('"');
        }
    }

    /// A string or `null`.
    fn nullable(text: &mut String, value: Option<&str>) {
        match value {
            Some(value) => {
                text.push('"');
                push_escaped(text, value);
                text.push('"');
            }
            None => text.push_str("null"),
        }
    }

    /// An array of strings that is the value of a field of an element.
    fn strings(text: &mut String, items: &BTreeSet<String>) {
        let mut empty = true;
        for s in items {
            text.push_str(if empty {
                "[\n        \""
            } else {
                ",\n        \""
            });
            empty = false;
            push_escaped(text, s);
            text.push('"');
        }
        text.push_str(if empty { "[]" } else { "\n      ]" });
    }

    /// An object of JSON values that is the value of a field of an
    /// element. Values other than strings are written by [`Out`] at their
    /// depth.
    fn values(text: &mut String, map: &BTreeMap<String, serde_json::Value>) {
        let mut empty = true;
        for (k, v) in map {
            text.push_str(if empty {
                "{\n        \""
            } else {
                ",\n        \""
            });
            empty = false;
            push_escaped(text, k);
            text.push_str("\": ");
            match v {
                serde_json::Value::String(s) => {
                    text.push('"');
                    push_escaped(text, s);
                    text.push('"');
                }
                _ => Out::pretty(text, DEPTH + 2).value(v),
            }
        }
        text.push_str(if empty { "{}" } else { "\n      }" });
    }
}

/// Appends `n` in decimal, two digits at a time.
fn push_uint(text: &mut String, mut n: u64) {
    // The pairs of digits after the first one or two, last first.
    let mut low = [0; 10];
    let mut count = 0;
    while n >= 100 {
        low[count] = (n % 100) as usize;
        count += 1;
        n /= 100;
    }
    let n = n as usize;
    if n < 10 {
        text.push_str(&DIGIT_00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899[2 * n + 1..2 * n + 2]);
    } else {
        text.push_str(&DIGIT_00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899[2 * n..2 * n + 2]);
    }
    for &pair in low[..count].iter().rev() {
        text.push_str(&DIGIT_00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899[2 * pair..2 * pair + 2]);
    }
}

/// "00", "01", ... "99", one after the other.
const DIGIT_00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899: &str = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

/// Appends the contents of the JSON string `s` (without its quotes),
/// escaped as serde_json escapes: `"` and `\` by a backslash, the control
/// characters below U+0020 as `\b`, `\t`, `\n`, `\f`, `\r` or `\u00xx`
/// (lowercase hex), everything else (U+007F, all of non-ASCII) as it is.
/// The runs between escapes are copied whole.
#[inline]
fn push_escaped(text: &mut String, s: &str) {
    // Nearly every string of a graph is copied as it is.
    if has_escape(s.as_bytes()) {
        push_escaped_runs(text, s);
    } else {
        text.push_str(s);
    }
}

/// [`push_escaped`] of a string that has something to escape: apart from
/// the check, so that the check and copy of all the others stay small.
#[cold]
#[inline(never)]
fn push_escaped_runs(text: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(at) = next_escape(bytes, start) {
        // `at` is an ASCII byte and `start` follows one (or is 0): both
        // are character boundaries.
        text.push_str(&s[start..at]);
        push_escape(text, bytes[at]);
        start = at + 1;
    }
    text.push_str(&s[start..]);
}

/// The escape of the byte `b`, which [`needs_escape`].
fn push_escape(text: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match b {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        0x08 => "\\b",
        0x0C => "\\f",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        _ => {
            text.push_str("\\u00");
            text.push(char::from(HEX[usize::from(b >> 4)]));
            text.push(char::from(HEX[usize::from(b & 0xF)]));
            return;
        }
    };
    text.push_str(short);
}

/// Whether serde_json escapes the byte `b` in a string.
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The position of the first byte of `bytes` at or after `from` that
/// [`needs_escape`].
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let found = if rest.len() >= 16 {
        first_escape_long(rest)
    } else {
        first_escape_short(rest)
    };
    found.map(|i| from + i)
}

/// Whether any byte of `bytes` [`needs_escape`]: blocks of 32 bytes and
/// then the last 32 (or the first and last sixteen) checked whole, which
/// is cheaper than finding where the first escape is.
#[inline]
fn has_escape(bytes: &[u8]) -> bool {
    match bytes.first_chunk::<16>() {
        Some(first) => has_escape_long(bytes, first),
        None => has_escape_short(bytes),
    }
}

/// [`has_escape`] in fewer than sixteen bytes: the first eight and the
/// last eight (or four and four, the rest of the word spaces), each as one
/// word.
fn has_escape_short(bytes: &[u8]) -> bool {
    if let (Some(head), Some(tail)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        return word_has_escape(u64::from_le_bytes(*head))
            || word_has_escape(u64::from_le_bytes(*tail));
    }
    if let (Some(head), Some(tail)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        const SPACES_ABOVE: u64 = u64::from_le_bytes([0, 0, 0, 0, b' ', b' ', b' ', b' ']);
        let half = |word: &[u8; 4]| u64::from(u32::from_le_bytes(*word)) | SPACES_ABOVE;
        return word_has_escape(half(head)) || word_has_escape(half(tail));
    }
    bytes.iter().any(|&b| needs_escape(b))
}

/// Whether any of the eight bytes of `word` [`needs_escape`]: the test of
/// [`first_escape`] on a word. A borrow marks bytes only above one that
/// truly matches, so a mark means there is one.
#[inline]
fn word_has_escape(word: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const TOPS: u64 = u64::from_le_bytes([0x80; 8]);
    let below_space = word.wrapping_sub(ONES * 0x20);
    let quote = (word ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES);
    let backslash = (word ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
    (below_space | quote | backslash) & !word & TOPS != 0
}

/// [`has_escape`] in sixteen bytes or more, the first sixteen being `first`.
fn has_escape_long(bytes: &[u8], first: &[u8; 16]) -> bool {
    if let Some(last) = bytes.last_chunk::<32>() {
        let mut rest = bytes;
        while let Some((block, tail)) = rest.split_first_chunk::<32>() {
            if any_escape(block) {
                return true;
            }
            rest = tail;
        }
        // Fewer than 32 bytes left: they are in the last 32.
        return !rest.is_empty() && any_escape(last);
    }
    let last = bytes.last_chunk::<16>().unwrap_or(first);
    any_escape_16(first) || any_escape_16(last)
}

/// [`any_escape`] in sixteen bytes.
#[inline]
fn any_escape_16(block: &[u8; 16]) -> bool {
    let mut escapes = [false; 16];
    for (escape, &b) in escapes.iter_mut().zip(block) {
        *escape = needs_escape(b);
    }
    escapes.iter().any(|&escape| escape)
}

/// [`next_escape`] in sixteen bytes or more: blocks of 32 bytes checked
/// whole, the last one overlapping the ones before (which need no escape
/// when it is reached), then the first escape of a block that has one.
fn first_escape_long(bytes: &[u8]) -> Option<usize> {
    let mut rest = bytes;
    let mut at = 0;
    while let Some((block, tail)) = rest.split_first_chunk::<32>() {
        if any_escape(block) {
            return first_escape_short(&block[..16])
                .or_else(|| first_escape_short(&block[16..]).map(|i| 16 + i))
                .map(|i| at + i);
        }
        at += 32;
        rest = tail;
    }
    if rest.is_empty() {
        return None;
    }
    if let Some((_, last)) = bytes.split_last_chunk::<32>() {
        if !any_escape(last) {
            return None;
        }
    }
    // Fewer than 32 bytes left: sixteen at a time, then the last sixteen.
    while let Some((block, tail)) = rest.split_first_chunk::<16>() {
        if let Some(i) = first_escape(u128::from_le_bytes(*block)) {
            return Some(at + i);
        }
        at += 16;
        rest = tail;
    }
    if rest.is_empty() {
        return None;
    }
    let (_, last) = bytes.split_last_chunk::<16>()?;
    first_escape(u128::from_le_bytes(*last)).map(|i| bytes.len() - 16 + i)
}

/// Whether any of the 32 bytes [`needs_escape`]: loops without an early
/// exit, which the compiler turns into two dozen vector instructions.
#[inline]
fn any_escape(block: &[u8; 32]) -> bool {
    let mut escapes = [false; 32];
    for (escape, &b) in escapes.iter_mut().zip(block) {
        *escape = needs_escape(b);
    }
    escapes.iter().any(|&escape| escape)
}

/// [`next_escape`] in fewer than sixteen bytes: the first eight and the
/// last eight (or four and four), the rest of the block spaces, which need
/// no escape.
fn first_escape_short(bytes: &[u8]) -> Option<usize> {
    let n = bytes.len();
    if let (Some(head), Some(tail)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        let half = |word: &[u8; 8]| u128::from(u64::from_le_bytes(*word)) | (SPACES << 64);
        return first_escape(half(head)).or_else(|| first_escape(half(tail)).map(|i| n - 8 + i));
    }
    if let (Some(head), Some(tail)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        let quarter = |word: &[u8; 4]| u128::from(u32::from_le_bytes(*word)) | (SPACES << 32);
        return first_escape(quarter(head))
            .or_else(|| first_escape(quarter(tail)).map(|i| n - 4 + i));
    }
    bytes.iter().position(|&b| needs_escape(b))
}

/// Sixteen spaces, one in each byte of a block.
const SPACES: u128 = u128::from_le_bytes([b' '; 16]);

/// The index of the first of the sixteen bytes of the little-endian
/// `block` that [`needs_escape`]. A byte is marked in its top bit when it
/// is below 0x20, a quote or a backslash; a borrow can mark a byte above a
/// true one as well, never below it, so the lowest mark is exact.
fn first_escape(block: u128) -> Option<usize> {
    const ONES: u128 = u128::from_le_bytes([1; 16]);
    const TOPS: u128 = u128::from_le_bytes([0x80; 16]);
    // Each term has the top bit set in the bytes it matches (and maybe
    // above them), and in bytes of 0x80 and more, which `!block` clears.
    let below_space = block.wrapping_sub(ONES * 0x20);
    let quote = (block ^ (ONES * u128::from(b'"'))).wrapping_sub(ONES);
    let backslash = (block ^ (ONES * u128::from(b'\\'))).wrapping_sub(ONES);
    let marks = (below_space | quote | backslash) & !block & TOPS;
    (marks != 0).then(|| (marks.trailing_zeros() / 8) as usize)
}

/// serde_json's `PrettyFormatter` (two-space indent), starting `depth`
/// levels deep instead of at the top, so that a value can be serialized on
/// its own and spliced into a larger pretty document.
pub(super) struct Indented {
    depth: usize,
    has_value: bool,
}

impl Indented {
    pub(super) fn at(depth: usize) -> Indented {
        Indented {
            depth,
            has_value: false,
        }
    }

    /// A newline and the indent of `depth`, in one write for the usual
    /// depths (a write per level was a tenth of serializing).
    fn newline<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        match BREAK.get(..1 + 2 * self.depth) {
            Some(indent) => w.write_all(indent.as_bytes()),
            None => {
                w.write_all(b"\n")?;
                for _ in 0..self.depth {
                    w.write_all(b"  ")?;
                }
                Ok(())
            }
        }
    }

    fn open<W: ?Sized + std::io::Write>(&mut self, w: &mut W, c: &[u8]) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(c)
    }

    fn close<W: ?Sized + std::io::Write>(&mut self, w: &mut W, c: &[u8]) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(w)?;
        }
        w.write_all(c)
    }

    fn item<W: ?Sized + std::io::Write>(&self, w: &mut W, first: bool) -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.newline(w)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use proptest::collection::{btree_map, btree_set, vec};
    use proptest::prelude::*;
    use serde_json::Value;

    /// Strings rich in what needs escaping (quotes, backslashes, every
    /// kind of control character), next to non-ASCII and emoji, or any
    /// string at all.
    pub(in crate::export) fn text() -> impl Strategy<Value = String> {
        let tricky = vec(
            prop::sample::select(vec![
                'a', 'Z', ' ', '"', '\\', '/', '\n', '\r', '\t', '\u{8}', '\u{c}', '\0', '\u{1}',
                '\u{1f}', '\u{7f}', '\u{80}', 'é', '\u{2028}', '\u{201C}', '😀', '\u{feff}',
            ]),
            0..40,
        )
        .prop_map(|chars| chars.into_iter().collect());
        prop_oneof![tricky, any::<String>(), "[a-z:-]{0,30}"]
    }

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            text().prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                vec(inner.clone(), 0..4).prop_map(Value::Array),
                btree_map(text(), inner, 0..4).prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    fn values() -> impl Strategy<Value = BTreeMap<String, Value>> {
        btree_map(text(), value(), 0..3)
    }

    fn strings() -> impl Strategy<Value = BTreeSet<String>> {
        btree_set(text(), 0..4)
    }

    pub(in crate::export) fn article() -> impl Strategy<Value = ArticleInfo> {
        let texts = (
            text(),
            text(),
            proptest::option::of(text()),
            proptest::option::of(text()),
            proptest::option::of(text()),
        );
        (texts, values()).prop_map(|((id, source, title, date, url), extra)| ArticleInfo {
            id,
            source,
            title,
            date,
            url,
            extra,
        })
    }

    pub(in crate::export) fn node() -> impl Strategy<Value = Node> {
        let texts = (text(), text(), text(), proptest::option::of(text()));
        (texts, any::<u64>(), strings(), strings(), values()).prop_map(
            |((id, node_type, name, country), mentions, aliases, articles, attributes)| Node {
                id,
                node_type,
                name,
                mentions,
                aliases,
                country,
                articles,
                attributes,
            },
        )
    }

    fn evidence() -> impl Strategy<Value = Evidence> {
        (
            text(),
            any::<usize>(),
            any::<usize>(),
            any::<usize>(),
            text(),
        )
            .prop_map(|(article, sentence, start, end, text)| Evidence {
                article,
                sentence,
                start,
                end,
                text,
            })
    }

    pub(in crate::export) fn edge() -> impl Strategy<Value = Edge> {
        let ids = (text(), text(), text(), text());
        let optional = || proptest::option::of(text());
        let optionals = (optional(), optional(), optional(), optional(), optional());
        let rest = (
            any::<bool>(),
            any::<bool>(),
            any::<u64>(),
            vec(evidence(), 0..4),
        );
        (ids, optionals, rest).prop_map(
            |(
                (source, target, kind, label),
                (category, mood, attributed_to, first_seen, last_seen),
                (directed, negated, weight, evidence),
            )| Edge {
                source,
                target,
                kind,
                label,
                category,
                directed,
                negated,
                mood,
                attributed_to,
                first_seen,
                last_seen,
                weight,
                evidence,
            },
        )
    }

    /// `x` written by hand equals serde_json's output: pretty at the top,
    /// pretty as an element at depths within and beyond the indents
    /// written at once, and compact.
    fn check<T: Element + Serialize>(x: &T) -> Result<(), TestCaseError> {
        let mut top = String::new();
        let mut out = Out::pretty(&mut top, 0);
        x.write_json(&mut out);
        prop_assert_eq!(top, serde_json::to_string_pretty(x).unwrap());
        for depth in [1, 2, 15, 16, 17] {
            let mut text = String::new();
            let mut out = Out::pretty(&mut text, depth);
            out.element();
            x.write_json(&mut out);
            let mut want = format!(",\n{}", "  ".repeat(depth)).into_bytes();
            let mut ser = serde_json::Serializer::with_formatter(&mut want, Indented::at(depth));
            x.serialize(&mut ser).unwrap();
            prop_assert_eq!(text, String::from_utf8(want).unwrap());
        }
        let mut compact = String::new();
        x.write_json(&mut Out::compact(&mut compact));
        prop_assert_eq!(compact, serde_json::to_string(x).unwrap());
        Ok(())
    }

    proptest! {
        #[test]
        fn strings_are_escaped_as_serde_json_escapes(s in text()) {
            let mut text = String::new();
            Out::compact(&mut text).string(&s);
            prop_assert_eq!(text, serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn numbers_are_written_as_serde_json_writes(n in any::<u64>()) {
            let mut text = String::new();
            Out::compact(&mut text).uint(n);
            prop_assert_eq!(text, n.to_string());
        }

        #[test]
        fn articles_are_written_as_serde_json_writes(a in article()) {
            check(&a)?;
        }

        #[test]
        fn nodes_are_written_as_serde_json_writes(n in node()) {
            check(&n)?;
        }

        #[test]
        fn edges_are_written_as_serde_json_writes(e in edge()) {
            check(&e)?;
        }
    }

    proptest! {
        /// The whole-string check agrees with a byte-by-byte one, on
        /// strings of every length through the word, 16- and 32-byte
        /// paths, with bytes to escape rare or common.
        #[test]
        fn has_escape_is_any_byte_needing_escape(
            bytes in vec(prop_oneof![8 => 0x20u8..=0xff, 1 => any::<u8>()], 0..100),
        ) {
            prop_assert_eq!(has_escape(&bytes), bytes.iter().any(|&b| needs_escape(b)));
        }
    }

    #[test]
    fn every_byte_is_escaped_as_serde_json_escapes() {
        // Every ASCII character and a few of each UTF-8 length, at every
        // position of strings of up to 40 bytes (every way through the
        // blocks of sixteen, eight and four and the overlapping last ones).
        let mut chars: Vec<char> = (0u8..128).map(char::from).collect();
        chars.extend(['é', '\u{2028}', '😀']);
        for c in chars {
            for (len, at) in (0..40).flat_map(|len| (0..=len).map(move |at| (len, at))) {
                let s = format!("{}{c}{}", "x".repeat(at), "y".repeat(len - at));
                let mut text = String::new();
                Out::compact(&mut text).string(&s);
                assert_eq!(text, serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
    }

    #[test]
    fn first_escape_finds_the_first_byte_to_escape() {
        let blocks = [
            *b"abcdefghijklmnop",
            *b"\x1f\"\\\x20\x7f\x80\xff\x00abcdefgh",
            *b"ab\x20\x1fcd\"eabcdefgh",
            *b"abcdefghijklmno\\",
            *b"\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x00",
            *b"\x80\x80\xa0\xa2\xdc\x9f\xff\x80\x80\x80\x80\x80\x80\x80\x80\"",
        ];
        for block in blocks {
            let first = block.iter().position(|&b| needs_escape(b));
            assert_eq!(first_escape(u128::from_le_bytes(block)), first, "{block:?}");
        }
    }
}

//! One self-contained interactive HTML page: the graph drawn as SVG with a
//! force layout, a search box, filters by entity type and relation kind, and
//! a side panel with the relations and evidence sentences of the entity or
//! relation clicked.
//!
//! The page loads nothing: the viewer's CSS and JavaScript (`html/viewer.css`,
//! `html/viewer.js`, written for nergraph) are compiled into the binary and
//! inlined, and a Content-Security-Policy forbids any other source. The
//! graph is embedded as JSON in `<script type="application/json">`, with
//! `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX` escapes, so no text
//! can close the script element; the viewer puts data into the page only
//! through `textContent` and `setAttribute`.

use crate::graph::Graph;

const CSS: &str = include_str!("html/viewer.css");
const JS: &str = include_str!("html/viewer.js");

/// The graph as an HTML page.
pub fn to_string(graph: &Graph) -> String {
    // The page embeds the graph in its JSON format, on one line.
    let line = super::json::to_line(graph);
    let json = line.trim_end();
    format!(
        "<!DOCTYPE html>
<html lang=\"en\">
<head>
<meta charset=\"utf-8\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">
<meta name=\"generator\" content=\"nergraph {version}\">
<title>nergraph</title>
<style>
{CSS}</style>
</head>
<body>
<div id=\"app\">
<aside id=\"side\">
<h1>nergraph</h1>
<p id=\"summary\"></p>
<input id=\"search\" type=\"search\" placeholder=\"Search entities\" aria-label=\"Search entities\" autocomplete=\"off\">
<ul id=\"results\"></ul>
<fieldset id=\"types\"><legend>Entity types</legend></fieldset>
<fieldset id=\"kinds\"><legend>Relation kinds</legend></fieldset>
<section id=\"details\" aria-live=\"polite\"></section>
</aside>
<main id=\"stage\"><svg id=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"graph\"></svg></main>
</div>
<script type=\"application/json\" id=\"graph-data\">{data}</script>
<script>
{JS}</script>
</body>
</html>
",
        version = env!("CARGO_PKG_VERSION"),
        data = script_safe(json),
    )
}

/// JSON text made safe inside a `<script>` element: `<`, `>`, `&`, U+2028
/// and U+2029 as `\uXXXX`. These characters only occur inside JSON strings,
/// where the escape means the same character.
pub fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_text_cannot_close_the_element() {
        let s = script_safe(r#"{"t":"</script><!-- & \u2028"}"#);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["t"], "</script><!-- & \u{2028}");
    }

    #[test]
    fn assets_have_no_closing_tags_or_outside_urls() {
        assert!(!JS.contains("</script"));
        assert!(!CSS.contains("</style"));
        for asset in [JS, CSS] {
            assert!(!asset.contains("https://") && !asset.contains("@import"));
        }
    }
}

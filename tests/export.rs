//! The export formats: hostile names and evidence cannot break out of any of
//! them, and every format is byte-identical across runs and input orders.
//! Loading the files into the real tools is tested in `tests/consumers/`.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::{run, Dir};

/// A name with quotes, backslashes, markup, a CDATA end, a Graphviz escape,
/// an apostrophe and braces.
const HOSTILE_NAME: &str = "Quote \"Co\" \\N O'Brien </script> ]]> & {x}";
/// A sentence with the same, control characters (no NUL) and a tab. (A
/// U+2028 would end the sentence; its escaping is tested in `html.rs`.)
const HOSTILE_SENTENCE: &str = "Quoteco praised Restco \"loudly\" \\ with </script><img src=x onerror=alert(1)> & ]]> {braces} \\N \u{1}\u{b}\u{1b} and\there.";

struct Hostile {
    d: Dir,
    article: PathBuf,
    gazetteer: PathBuf,
}

fn hostile() -> Hostile {
    let d = Dir::new();
    let gazetteer = d.file(
        "g.tsv",
        format!(
            "id\ttype\tname\taliases\n\
             organization:q\torganization\t{HOSTILE_NAME}\tQuoteco\n\
             organization:r\torganization\t=HYPERLINK(\"x\") Restco\tRestco\n\
             organization:s\torganization\t-Minus; @At, Co\tMinusco\n"
        ),
    );
    let article = d.file(
        "a.txt",
        format!("{HOSTILE_SENTENCE}\nMinusco warned Quoteco, said =SUM(A1) and '); DROP.\n"),
    );
    Hostile {
        d,
        article,
        gazetteer,
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Runs `extract` on the hostile article in `format` and returns stdout.
fn export(h: &Hostile, format: &[&str]) -> String {
    let mut args = vec!["extract", s(&h.article), "-g", s(&h.gazetteer), "--format"];
    args.extend(format);
    let out = run(&args, None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn graphml_escapes_markup_and_drops_forbidden_characters() {
    let h = hostile();
    let x = export(&h, &["graphml"]);
    assert!(x.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"));
    assert!(x.contains(
        "<data key=\"n2\">Quote &quot;Co&quot; \\N O&apos;Brien &lt;/script&gt; ]]&gt; &amp; {x}</data>"
    ));
    assert!(x.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; ]]&gt;"));
    // Tab kept as a reference, C0 controls dropped.
    assert!(x.contains("\\N  and&#9;here."), "{x}");
    assert!(!x.contains(['\u{1}', '\u{b}', '\u{1b}']));
    assert!(!x.contains("</script>") && !x.contains("]]>"));
    // Every key is declared with a type.
    for key in [
        "attr.name=\"mentions\" attr.type=\"long\"",
        "attr.name=\"weight\" attr.type=\"double\"",
        "attr.name=\"negated\" attr.type=\"boolean\"",
        "attr.name=\"evidence\" attr.type=\"string\"",
    ] {
        assert!(x.contains(key), "{key}");
    }
    // Only markup uses < and >: every < starts a tag we wrote.
    for part in x.split('<').skip(1) {
        assert!(
            part.starts_with(['?', '/', 'g', 'k', 'n', 'e', 'd']),
            "stray < before {part:.40}"
        );
    }
}

/// The single-quoted literals of a Cypher script, with `\` escapes undone;
/// fails when a literal is left open at the end of a statement.
fn cypher_literals(script: &str, one_line: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = script.chars().peekable();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, '\'') => current = Some(String::new()),
            (None, _) => {}
            (Some(lit), '\\') => {
                let e = chars.next().unwrap();
                lit.push(match e {
                    'n' if one_line => '\n',
                    't' if one_line => '\t',
                    'r' if one_line => '\r',
                    'u' if one_line => {
                        let hex: String = (0..4).map(|_| chars.next().unwrap()).collect();
                        char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap()
                    }
                    e => e,
                });
            }
            (Some(_), '\'') => out.push(current.take().unwrap()),
            (Some(_), '\n') if one_line => panic!("newline inside a literal"),
            (Some(lit), c) => lit.push(c),
        }
    }
    assert!(current.is_none(), "a literal is left open");
    out
}

#[test]
fn cypher_literals_hold_hostile_text_exactly() {
    let h = hostile();
    for (dialect, one_line) in [("neo4j", true), ("kuzu", false)] {
        let script = export(&h, &["cypher", "--cypher-dialect", dialect]);
        if one_line {
            for line in script.lines() {
                assert!(line.starts_with("//") || line.ends_with(';'), "{line}");
            }
        }
        let literals = cypher_literals(&script, one_line);
        assert!(literals.iter().any(|l| l == HOSTILE_NAME), "{dialect}");
        assert!(
            literals.iter().any(|l| {
                serde_json::from_str::<Value>(l).is_ok_and(|v| v["text"] == HOSTILE_SENTENCE)
            }),
            "{dialect}: evidence not found intact"
        );
        assert!(script.contains("MERGE (n:Entity {id: 'organization:q'})"));
    }
    let neo4j = export(&h, &["cypher"]);
    assert!(neo4j.contains("O\\'Brien"));
    // Control characters are escaped: one statement per line.
    assert!(!neo4j.contains(|c: char| c.is_control() && c != '\n'));
    assert!(neo4j.contains("CREATE CONSTRAINT nergraph_entity_id IF NOT EXISTS"));
    let kuzu = export(&h, &["cypher", "--cypher-dialect", "kuzu"]);
    assert!(kuzu.contains("CREATE NODE TABLE IF NOT EXISTS Entity("));
    assert!(kuzu.contains("list_sum(n.mention_counts)"));
}

/// Parses strict RFC 4180 CSV; a malformed file fails the test.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    crate::util::csv::records(text).expect("not valid RFC 4180 CSV")
}

#[test]
fn neo4j_csv_quotes_and_guards_formulas() {
    let h = hostile();
    let dir = h.d.path("neo4j");
    let out = run(
        &[
            "extract",
            s(&h.article),
            "-g",
            s(&h.gazetteer),
            "--format",
            "neo4j-csv",
            "-o",
            s(&dir),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let nodes = parse_csv(&std::fs::read_to_string(dir.join("nodes.csv")).unwrap());
    let edges = parse_csv(&std::fs::read_to_string(dir.join("relationships.csv")).unwrap());
    assert_eq!(nodes[0][0], "id:ID");
    assert_eq!(edges[0][..3], [":START_ID", ":END_ID", ":TYPE"]);
    assert!(nodes.iter().all(|r| r.len() == nodes[0].len()));
    assert!(edges.iter().all(|r| r.len() == edges[0].len()));
    let name = |id: &str| nodes.iter().find(|r| r[0] == id).unwrap()[2].clone();
    assert_eq!(name("organization:q"), HOSTILE_NAME);
    assert_eq!(name("organization:r"), "'=HYPERLINK(\"x\") Restco");
    assert_eq!(name("organization:s"), "'-Minus; @At, Co");
    assert_eq!(
        nodes.iter().find(|r| r[0] == "organization:q").unwrap()[1],
        "Entity;Organization"
    );
    let evidence: Vec<Value> = serde_json::from_str(&edges[1][13]).unwrap();
    assert!(evidence.iter().any(|e| e["text"] == HOSTILE_SENTENCE));
    // No cell a spreadsheet would evaluate.
    for cell in nodes.iter().chain(&edges).flatten() {
        assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
    }
    // Without a directory it is a usage error.
    let out = run(&["extract", s(&h.article), "--format", "neo4j-csv"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn html_data_cannot_close_the_script_element() {
    let h = hostile();
    let page = export(&h, &["html"]);
    assert_eq!(page.matches("</script>").count(), 2);
    assert!(!page.contains("<img"));
    assert!(!page.contains("https://") && only_namespaces(&page));
    let start = page
        .find("<script type=\"application/json\" id=\"graph-data\">")
        .unwrap();
    let data = &page[start..];
    let data = &data[data.find('>').unwrap() + 1..data.find("</script>").unwrap()];
    assert!(!data.contains(['<', '>', '&']));
    let g: Value = serde_json::from_str(data).unwrap();
    let json: Value = serde_json::from_str(&export(&h, &["json"])).unwrap();
    assert_eq!(g["nodes"], json["nodes"]);
    assert_eq!(g["edges"], json["edges"]);
    // The viewer never parses data as HTML.
    assert!(!page.contains("innerHTML") && !page.contains("insertAdjacentHTML"));
}

/// True when the only URLs in the page are XML namespace names.
fn only_namespaces(page: &str) -> bool {
    page.match_indices("://").all(|(i, _)| {
        page[..i].ends_with("http") && page[i..].starts_with("://www.w3.org/2000/svg")
    })
}

#[test]
fn jsonl_and_node_link_carry_the_graph() {
    let h = hostile();
    let json: Value = serde_json::from_str(&export(&h, &["json"])).unwrap();
    let lines: Vec<Value> = export(&h, &["jsonl"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let of = |t: &str| -> Vec<Value> {
        lines
            .iter()
            .filter(|l| l["type"] == t)
            .map(|l| l["data"].clone())
            .collect()
    };
    assert_eq!(Value::from(of("node")), json["nodes"]);
    assert_eq!(Value::from(of("edge")), json["edges"]);
    assert_eq!(Value::from(of("article")), json["articles"]);
    let nl: Value = serde_json::from_str(&export(&h, &["node-link"])).unwrap();
    assert_eq!(nl["directed"], true);
    assert_eq!(nl["multigraph"], true);
    assert_eq!(nl["nodes"], json["nodes"]);
    let edges = nl["edges"].as_array().unwrap();
    assert_eq!(edges.len(), json["edges"].as_array().unwrap().len());
    assert_eq!(edges[0]["key"], "cooccurrence/co-occurs");
    assert!(nl.get("links").is_none());
}

#[test]
fn every_format_is_deterministic() {
    let d = Dir::new();
    let a = d.file(
        "a.txt",
        "Chile met Peru. Peru warned Chile. Vladimir Putin praised Kim Jong Un.",
    );
    let b = d.file("b.txt", "Peru met Chile and Bolivia. Chile praised Peru.");
    let (a, b) = (s(&a), s(&b));
    for format in [
        "graphml",
        "jsonl",
        "node-link",
        "cypher",
        "html",
        "json",
        "dot",
    ] {
        let one = run(&["extract", a, b, "--format", format], None).stdout;
        let two = run(&["extract", a, b, "--format", format], None).stdout;
        let swapped = run(&["extract", b, a, "--format", format], None).stdout;
        assert!(!one.is_empty(), "{format}");
        assert_eq!(one, two, "{format}");
        assert_eq!(one, swapped, "{format}");
    }
    let kuzu = |x: &str, y: &str| {
        run(
            &[
                "extract",
                x,
                y,
                "--format",
                "cypher",
                "--cypher-dialect",
                "kuzu",
            ],
            None,
        )
        .stdout
    };
    assert_eq!(kuzu(a, b), kuzu(b, a));
    let csv = |x: &str, y: &str, name: &str| {
        let dir = d.path(name);
        let out = run(
            &["extract", x, y, "--format", "neo4j-csv", "-o", s(&dir)],
            None,
        );
        assert!(out.status.success());
        ["nodes.csv", "relationships.csv"].map(|f| std::fs::read(dir.join(f)).unwrap())
    };
    assert_eq!(csv(a, b, "one"), csv(b, a, "two"));
    // Writing into an existing directory replaces the files, atomically,
    // and leaves other files and no temporary files behind.
    let dir = d.path("one");
    std::fs::write(dir.join("mine.txt"), "keep").unwrap();
    assert_eq!(csv(a, b, "one"), csv(b, a, "two"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["mine.txt", "nodes.csv", "relationships.csv"]);
}

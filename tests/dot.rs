//! DOT output renders with Graphviz without warnings.

use std::process::{Command, Stdio};

use crate::util::{self, run, Dir};

fn render(dot: &[u8]) -> (bool, String) {
    util::require_tool(
        "dot",
        "install Graphviz (Debian: apt-get install -y graphviz); scripts/test does this",
    );
    let d = Dir::new();
    let p = d.file("g.dot", dot);
    let out = Command::new("dot")
        .args(["-Tsvg", p.to_str().unwrap()])
        .stdout(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn hostile_names_and_evidence_render_cleanly() {
    let d = Dir::new();
    let gaz = d.file(
        "g.tsv",
        "id\ttype\tname\taliases\n\
         organization:q\torganization\tQuote \"Co\" \\N {x} <b>&amp;</b>\tQuoteco\n\
         organization:r\torganization\tRest; digraph x { a -> b }\tRestco\n",
    );
    let a = d.file(
        "a.txt",
        "Quoteco praised Restco \"loudly\" \\ with <html> & {braces} \\N.\n",
    );
    let out = run(
        &[
            "extract",
            a.to_str().unwrap(),
            "-g",
            gaz.to_str().unwrap(),
            "--format",
            "dot",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (ok, warnings) = render(&out.stdout);
    assert!(
        ok && warnings.is_empty(),
        "dot failed or warned: {warnings}"
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("label=\"praise\""), "{text}");
}

#[test]
fn seed_article_renders_without_warnings() {
    let Some(shared) = util::shared() else {
        eprintln!("SKIP: ../shared is absent");
        return;
    };
    let path = shared.join("examples/seed-article.txt");
    let out = run(
        &["extract", path.to_str().unwrap(), "--format", "dot"],
        None,
    );
    assert!(out.status.success());
    let (ok, warnings) = render(&out.stdout);
    assert!(
        ok && warnings.is_empty(),
        "dot failed or warned: {warnings}"
    );
}

#[test]
fn acts_done_together_have_no_arrow() {
    let d = Dir::new();
    let p = d.file(
        "a.txt",
        b"Vladimir Putin and Xi Jinping met in Beijing. Emmanuel Macron met Olaf Scholz.",
    );
    let out = run(&["extract", p.to_str().unwrap(), "-f", "dot"], None);
    let dot = String::from_utf8(out.stdout).unwrap();
    let line = |from: &str| {
        dot.lines()
            .find(|l| l.contains(&format!("\"{from}\" ->")) && l.contains("label=\"meet\""))
            .unwrap_or_else(|| panic!("no meet edge from {from} in {dot}"))
            .to_string()
    };
    assert!(line("person:vladimir-putin").contains("dir=\"none\""));
    assert!(!line("person:emmanuel-macron").contains("dir="));
}

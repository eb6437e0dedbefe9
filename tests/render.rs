//! `nergraph render` and `extract --render`: pictures through Graphviz,
//! without warnings, and a clear error when Graphviz is missing.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::util::{self, run, Dir};

fn require_dot() {
    util::require_tool(
        "dot",
        "install Graphviz (Debian: apt-get install -y graphviz); scripts/test does this",
    );
}

/// Runs `dot -K<layout> -Tsvg` on `dot` and returns its stderr; fails when
/// it exits non-zero.
fn dot_warnings(dot: &[u8], layout: &str) -> String {
    let d = Dir::new();
    let p = d.file("g.dot", dot);
    let out = Command::new("dot")
        .args([&format!("-K{layout}"), "-Tsvg", p.to_str().unwrap()])
        .stdout(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn graph_json(d: &Dir, inputs: &[&Path]) -> std::path::PathBuf {
    let g = d.path("graph.json");
    let mut args = vec!["extract"];
    args.extend(inputs.iter().map(|p| p.to_str().unwrap()));
    args.extend(["-o", g.to_str().unwrap()]);
    let out = run(&args, None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    g
}

const SUMMIT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/summit.txt");

#[test]
fn renders_svg_png_pdf_by_extension() {
    require_dot();
    let d = Dir::new();
    let g = graph_json(&d, &[Path::new(SUMMIT)]);
    for (name, magic) in [
        ("g.svg", &b"<?xml"[..]),
        ("g.png", &b"\x89PNG"[..]),
        ("g.pdf", &b"%PDF"[..]),
    ] {
        let o = d.path(name);
        let out = run(
            &["render", g.to_str().unwrap(), "-o", o.to_str().unwrap()],
            None,
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stderr.is_empty() && out.stdout.is_empty());
        assert!(std::fs::read(&o).unwrap().starts_with(magic), "{name}");
    }
    let svg = std::fs::read_to_string(d.path("g.svg")).unwrap();
    assert!(svg.contains("legend") && svg.contains("Vladimir Putin") && svg.contains("praise"));
    // --format wins over the extension; standard output needs it.
    let out = run(&["render", g.to_str().unwrap(), "--format", "svg"], None);
    assert!(out.status.success() && out.stdout.starts_with(b"<?xml"));
    let out = run(&["render", g.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let out = run(
        &[
            "render",
            g.to_str().unwrap(),
            "-o",
            d.path("g.bmp").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".svg, .png, .pdf"));
}

#[test]
fn every_layout_renders_without_warnings() {
    require_dot();
    let d = Dir::new();
    let g = graph_json(&d, &[Path::new(SUMMIT)]);
    for layout in ["dot", "neato", "fdp", "sfdp"] {
        for rankdir in ["LR", "TB"] {
            let out = run(
                &[
                    "render",
                    g.to_str().unwrap(),
                    "--format",
                    "dot",
                    "--layout",
                    layout,
                    "--rankdir",
                    rankdir,
                ],
                None,
            );
            assert!(out.status.success());
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains(&format!("layout=\"{layout}\"")));
            assert!(text.contains(&format!("rankdir=\"{rankdir}\"")));
            let warnings = dot_warnings(&out.stdout, layout);
            assert!(warnings.is_empty(), "{layout}: {warnings}");
        }
    }
}

#[test]
fn missing_graphviz_is_a_clear_error() {
    let d = Dir::new();
    let g = graph_json(&d, &[Path::new(SUMMIT)]);
    let o = d.path("g.svg");
    let bin = env!("CARGO_BIN_EXE_nergraph");
    let out = Command::new(bin)
        .args(["render", g.to_str().unwrap(), "-o", o.to_str().unwrap()])
        .env("PATH", d.path("no-such-dir"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("apt-get install graphviz"), "{err}");
    assert!(err.contains("brew install graphviz"), "{err}");
    assert!(!o.exists());
    // DOT needs nothing.
    let out = Command::new(bin)
        .args([
            "render",
            g.to_str().unwrap(),
            "-o",
            d.path("g.dot").to_str().unwrap(),
        ])
        .env("PATH", d.path("no-such-dir"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = Command::new(bin)
        .args(["extract", SUMMIT, "--format", "dot"])
        .env("PATH", d.path("no-such-dir"))
        .output()
        .unwrap();
    assert!(out.status.success() && out.stdout.starts_with(b"digraph"));
}

#[test]
fn extract_render_writes_the_picture() {
    require_dot();
    let d = Dir::new();
    let svg = d.path("s.svg");
    let out = run(
        &["extract", SUMMIT, "--render", svg.to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stdout.is_empty(),
        "no graph on stdout with --render alone"
    );
    assert!(std::fs::read(&svg).unwrap().starts_with(b"<?xml"));
    // With -o both are written.
    let json = d.path("s.json");
    let out = run(
        &[
            "extract",
            SUMMIT,
            "--render",
            svg.to_str().unwrap(),
            "-o",
            json.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.status.success());
    assert!(std::fs::read(&json).unwrap().starts_with(b"{"));
}

#[test]
fn seed_and_bbc_politics_render_without_warnings() {
    require_dot();
    let Some(shared) = util::shared() else {
        eprintln!("SKIP: ../shared is absent; the seed article and BBC politics are needed");
        return;
    };
    let d = Dir::new();
    let seed = graph_json(&d, &[&shared.join("examples/seed-article.txt")]);
    let out = run(&["render", seed.to_str().unwrap(), "--format", "dot"], None);
    assert!(out.status.success());
    let warnings = dot_warnings(&out.stdout, "dot");
    assert!(warnings.is_empty(), "seed: {warnings}");

    let mut files: Vec<_> = std::fs::read_dir(shared.join("data/news/bbc/bbc/politics"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() > 400);
    let paths: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
    let bbc = graph_json(&d, &paths);
    for layout in ["dot", "neato"] {
        let out = run(
            &[
                "render",
                bbc.to_str().unwrap(),
                "--format",
                "dot",
                "--top",
                "40",
                "--min-cooccurrence",
                "10",
                "--layout",
                layout,
            ],
            None,
        );
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        let entities = text
            .lines()
            .filter(|l| l.contains("fillcolor") && !l.contains("legend"))
            .count();
        assert_eq!(entities, 40, "--top 40 draws 40 entities");
        let warnings = dot_warnings(&out.stdout, layout);
        assert!(warnings.is_empty(), "bbc politics, {layout}: {warnings}");
    }
}

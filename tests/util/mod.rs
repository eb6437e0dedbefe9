//! Helpers for running the binary and reading its JSON.

pub mod csv;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// A scratch directory removed at the end of the test.
pub struct Dir {
    pub dir: tempfile::TempDir,
}

impl Dir {
    pub fn new() -> Dir {
        Dir {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `contents` to `name` and returns its path.
    pub fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, contents).unwrap();
        p
    }
}

/// Runs nergraph with `args`, feeding `stdin`.
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nergraph"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

/// Runs `extract -` on `text` and returns the JSON graph; fails the test on
/// a non-zero exit.
pub fn graph_of(text: &str) -> Value {
    let out = run(
        &["extract", "-", "--article-id", "t"],
        Some(text.as_bytes()),
    );
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Node ids of a graph.
pub fn node_ids(g: &Value) -> Vec<String> {
    g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect()
}

/// `(source, label, target, negated)` of the non-co-occurrence edges.
pub fn relations(g: &Value) -> Vec<(String, String, String, bool)> {
    g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] != "cooccurrence")
        .map(|e| {
            (
                e["source"].as_str().unwrap().to_string(),
                e["label"].as_str().unwrap().to_string(),
                e["target"].as_str().unwrap().to_string(),
                e["negated"].as_bool().unwrap(),
            )
        })
        .collect()
}

/// True if the graph has this directed relation (not negated).
pub fn has(g: &Value, source: &str, label: &str, target: &str) -> bool {
    relations(g).contains(&(source.into(), label.into(), target.into(), false))
}

/// The shared folder beside the checkout, if present.
pub fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.is_dir().then_some(p)
}

/// Fails with an install hint when an outside tool is missing: tests that
/// need a tool never skip silently.
pub fn require_tool(name: &str, hint: &str) {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    assert!(
        found,
        "`{name}` is required by this test but not installed: {hint}"
    );
}

/// The test corpus of this repository (`tests/corpus`), as an absolute path.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// A path as a `&str` argument.
pub fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Runs nergraph and fails the test unless it exits 0; returns stdout.
pub fn ok(args: &[&str]) -> Vec<u8> {
    let out = run(args, None);
    assert!(
        out.status.success(),
        "nergraph {args:?} failed ({:?}): {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Runs nergraph, expecting success, and parses stdout as JSON.
pub fn ok_json(args: &[&str]) -> Value {
    serde_json::from_slice(&ok(args)).unwrap()
}

/// The lines of JSON Lines output, parsed.
pub fn json_lines(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The text files of the test corpus, recursively, sorted as `extract` reads them.
pub fn corpus_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "txt") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&corpus(), &mut out);
    out
}

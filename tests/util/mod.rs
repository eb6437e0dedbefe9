//! Helpers for running the binary and reading its JSON.

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

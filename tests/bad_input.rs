//! Bad input: a clear message naming the problem, the right exit code, no
//! panic, nothing half-written.

use crate::util::{run, Dir};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn missing_file() {
    let out = run(&["extract", "/nonexistent/nowhere.txt"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/nonexistent/nowhere.txt"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_names_the_offset() {
    let d = Dir::new();
    let p = d.file("bad.txt", b"Chile met Peru.\nThen \xc3\x28 broke.");
    let out = run(&["extract", p.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let e = stderr(&out);
    assert!(
        e.contains("bad.txt: invalid UTF-8 at byte offset 21 (line 2)"),
        "{e}"
    );
    assert!(!e.contains("panicked"));
}

#[test]
fn empty_input() {
    let out = run(&["extract", "-"], Some(b"  \n\n"));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("empty"), "{}", stderr(&out));
}

#[test]
fn one_bad_article_does_not_stop_the_others() {
    let d = Dir::new();
    let good = d.file("good.txt", "Chile met Peru.");
    let bad = d.file("bad.txt", "");
    let out = run(
        &["extract", bad.to_str().unwrap(), good.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(g["articles"].as_array().unwrap().len(), 1);
}

#[test]
fn malformed_gazetteer_line() {
    let d = Dir::new();
    let gaz = d.file(
        "g.tsv",
        "id\ttype\tname\ncountry:XAA\tcountry\tAland\nperson:x\tpersn\tX\n",
    );
    let a = d.file("a.txt", "Chile met Peru.");
    let out = run(
        &["extract", a.to_str().unwrap(), "-g", gaz.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let e = stderr(&out);
    assert!(e.contains("g.tsv:3: unknown type 'persn'"), "{e}");
    assert!(out.stdout.is_empty());
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        run(&["extract", "--format", "png"], None).status.code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"], None).status.code(), Some(2));
    let out = run(&["extract", "a.txt", "b.txt", "--article-id", "x"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--article-id"));
}

#[test]
fn failed_run_leaves_existing_output_untouched() {
    let d = Dir::new();
    let o = d.file("out.json", "previous contents");
    let out = run(
        &["extract", "/nonexistent.txt", "-o", o.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&o).unwrap(), "previous contents");
}

#[test]
fn output_into_missing_directory() {
    let d = Dir::new();
    let a = d.file("a.txt", "Chile met Peru.");
    let o = d.path("no/such/dir/out.json");
    let out = run(
        &["extract", a.to_str().unwrap(), "-o", o.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no/such/dir/out.json"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn hostile_text_does_not_panic() {
    let text = "\u{FEFF}\u{202E}Путин ''''\"\"\"((([[[ 北朝鲜 🚀 e\u{301} \r\n\r\n...!!!??? U.S. U.S.. Mr. . ' 's";
    let out = run(&["extract", "-"], Some(text.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

//! Corpus input for `extract`: directories, JSON Lines, ids, dates, bad
//! articles and exit codes, threads, and `--per-article` streaming.

use serde_json::Value;

use crate::util::{arg, corpus, corpus_files, json_lines, ok, ok_json, run, Dir};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn article_ids(g: &Value) -> Vec<String> {
    g["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

fn edge<'g>(g: &'g Value, source: &str, label: &str, target: &str) -> &'g Value {
    g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == source && e["label"] == label && e["target"] == target)
        .unwrap_or_else(|| panic!("no edge {source} -[{label}]-> {target}"))
}

#[test]
fn a_directory_is_read_recursively_in_sorted_order() {
    let c = corpus();
    let g = ok_json(&["extract", arg(&c)]);
    let ids = article_ids(&g);
    assert_eq!(ids.len(), corpus_files().len());
    assert!(ids.contains(&"planted/diff-a".to_string()), "{ids:?}");
    assert!(ids.contains(&"summit-wire".to_string()));
    // The JSON Lines file in the folder is not an article file.
    assert!(!ids.iter().any(|i| i.starts_with("wire-")));
}

#[test]
fn directories_json_lines_and_files_combine() {
    let c = corpus();
    let jsonl = c.join("wires.jsonl");
    let g = ok_json(&["extract", arg(&c), arg(&jsonl)]);
    let ids = article_ids(&g);
    assert_eq!(ids.len(), corpus_files().len() + 8);
    assert!(
        ids.contains(&"2025030101".to_string()),
        "integer ids become strings"
    );
    let wire = g["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "wire-2024-06-19-summit")
        .unwrap();
    assert_eq!(wire["date"], "2024-06-19");
    assert_eq!(wire["title"], "Putin lands in Pyongyang");
    assert_eq!(wire["source"], format!("{}:1", jsonl.display()));
    assert_eq!(wire["extra"]["outlet"], "Example Wire");
    // Text files have no metadata, and no empty "extra".
    let text = g["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "summit-wire")
        .unwrap();
    assert!(text.get("extra").is_none());
    let nato = g["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "wire-2024-07-10-nato")
        .unwrap();
    assert_eq!(nato["source"], "Example Wire, Washington desk");
}

#[test]
fn dates_flow_into_first_and_last_seen() {
    let c = corpus();
    let g = ok_json(&["extract", arg(&c.join("wires.jsonl"))]);
    // Told on the 19th and again on the 20th.
    let met = edge(&g, "person:vladimir-putin", "meet", "person:kim-jong-un");
    assert_eq!(met["first_seen"], "2024-06-19");
    assert_eq!(met["last_seen"], "2024-06-20");
    assert_eq!(met["weight"], 2);
    let attacked = edge(&g, "country:UKR", "attack", "country:RUS");
    assert_eq!(attacked["first_seen"], "2024-08-07");
    assert_eq!(attacked["last_seen"], "2024-08-15");
    // Undated articles add evidence but no dates.
    let g = ok_json(&["extract", arg(&c), arg(&c.join("wires.jsonl"))]);
    let met = edge(&g, "person:vladimir-putin", "meet", "person:kim-jong-un");
    assert_eq!(met["weight"], 3);
    assert_eq!(met["first_seen"], "2024-06-19");
    assert_eq!(met["last_seen"], "2024-06-20");
    let praised = edge(&g, "person:vladimir-putin", "praise", "person:kim-jong-un");
    assert!(praised.get("first_seen").is_none());
}

#[test]
fn json_lines_errors_name_the_line_and_skip_it() {
    let d = Dir::new();
    let p = d.file(
        "news.jsonl",
        concat!(
            r#"{"id": "ok1", "text": "Chile met Peru.", "date": "2024-01-02"}"#,
            "\n",
            r#"{"id": "broken", "text": "Chile met"#,
            "\n\n",
            r#"{"id": "notext", "title": "no text here"}"#,
            "\n",
            r#"{"id": "baddate", "text": "Peru met Chile.", "date": "2 January 2024"}"#,
            "\n",
            r#"{"id": "ok2", "text": "Peru thanked Chile."}"#,
            "\n",
        ),
    );
    let out = run(&["extract", arg(&p)], None);
    assert_eq!(out.status.code(), Some(1));
    let e = stderr(&out);
    let name = p.display().to_string();
    assert!(e.contains(&format!("{name}:2: invalid JSON")), "{e}");
    assert!(
        e.contains(&format!("{name}:4: article 'notext': missing \"text\"")),
        "{e}"
    );
    assert!(
        e.contains(&format!("{name}:5: article 'baddate': \"date\"")),
        "{e}"
    );
    assert!(e.contains("YYYY-MM-DD"), "{e}");
    assert!(e.contains("skipped 3 of 5 articles"), "{e}");
    let g: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(article_ids(&g), vec!["ok1", "ok2"]);
}

#[test]
fn jsonl_flag_reads_standard_input() {
    let lines = "{\"id\": \"a\", \"text\": \"Chile met Peru.\"}\n{\"id\": \"b\", \"text\": \"Peru met Chile.\"}\n";
    let out = run(&["extract", "--jsonl", "-"], Some(lines.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let g: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(article_ids(&g), vec!["a", "b"]);
    assert_eq!(g["articles"][0]["source"], "<stdin>:1");
}

#[test]
fn empty_json_lines_on_standard_input_are_an_empty_corpus() {
    // A partition without articles under Spark's RDD.pipe or Hadoop
    // Streaming: no line, or the empty graph, and exit 0.
    for input in [&b""[..], b"\n  \n"] {
        let out = run(&["extract", "--jsonl", "-", "--per-article"], Some(input));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(out.stdout.is_empty() && out.stderr.is_empty());
        let out = run(&["extract", "--jsonl", "-"], Some(input));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let g: Value = serde_json::from_slice(&out.stdout).unwrap();
        for key in ["articles", "nodes", "edges"] {
            assert_eq!(g[key], serde_json::json!([]), "{key}");
        }
    }
    // The empty graph is neutral in a merge.
    let d = Dir::new();
    let empty = d.file("empty.json", run(&["extract", "--jsonl", "-"], None).stdout);
    let line = b"{\"id\": \"a\", \"text\": \"Vladimir Putin met Kim Jong Un.\"}\n";
    let one = d.file(
        "a.json",
        run(&["extract", "--jsonl", "-"], Some(line)).stdout,
    );
    let merged = ok(&["merge", arg(&one), arg(&empty)]);
    assert_eq!(merged, std::fs::read(&one).unwrap());
    // Elsewhere no article is still an error: an empty JSON Lines file, an
    // empty text on standard input, standard input beside a file.
    let file = d.file("none.jsonl", "\n");
    for (args, stdin) in [
        (vec!["extract", arg(&file)], None),
        (vec!["extract", "-"], Some(&b""[..])),
        (vec!["extract", "--jsonl", "-", arg(&file)], Some(&b""[..])),
    ] {
        let out = run(&args, stdin);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_bad_article_is_reported_and_skipped_with_the_documented_exit_code() {
    let d = Dir::new();
    let root = d.path("news");
    std::fs::create_dir_all(root.join("day2")).unwrap();
    for f in ["summit-wire.txt", "kursk-frontline.txt"] {
        std::fs::copy(corpus().join(f), root.join(f)).unwrap();
    }
    std::fs::copy(
        corpus().join("brics-kazan.txt"),
        root.join("day2/brics.txt"),
    )
    .unwrap();
    std::fs::write(root.join("latin1.txt"), b"Chile met Peru for \xa3300m.").unwrap();
    std::fs::write(root.join("empty.txt"), b"  \n\n").unwrap();
    std::fs::write(root.join("day2/binary.txt"), b"\x7fELF\x02\x01\x00\x00junk").unwrap();
    let dir = arg(&root);

    let out = run(&["extract", dir], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let e = stderr(&out);
    assert!(
        e.contains("latin1.txt: invalid UTF-8 at byte offset 19"),
        "{e}"
    );
    assert!(e.contains("empty.txt: article is empty"), "{e}");
    assert!(e.contains("binary.txt: looks like a binary file"), "{e}");
    assert!(e.contains("skipped 3 of 6 articles"), "{e}");
    assert!(e.contains("--keep-going"), "{e}");
    assert!(!e.contains("panicked"), "{e}");
    let g: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        article_ids(&g),
        vec!["day2/brics", "kursk-frontline", "summit-wire"]
    );

    // --keep-going: the same output, warnings, exit 0.
    let kept = run(&["extract", dir, "--keep-going"], None);
    assert_eq!(kept.status.code(), Some(0));
    assert_eq!(kept.stdout, out.stdout);
    let e = stderr(&kept);
    assert!(
        e.contains("nergraph: warning: ") && e.contains("latin1.txt"),
        "{e}"
    );
    assert!(e.contains("skipped 3 of 6 articles"), "{e}");

    // Per article: one line per good article, the same exit code.
    let per = run(&["extract", dir, "--per-article"], None);
    assert_eq!(per.status.code(), Some(1));
    assert_eq!(json_lines(&per.stdout).len(), 3);

    // Nothing readable at all: exit 1 even with --keep-going, nothing written.
    let o = d.file("out.json", "previous");
    let none = run(
        &[
            "extract",
            arg(&root.join("empty.txt")),
            "--keep-going",
            "-o",
            arg(&o),
        ],
        None,
    );
    assert_eq!(none.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&o).unwrap(), "previous");
}

#[test]
fn duplicate_ids_are_an_error_naming_both_sources() {
    let d = Dir::new();
    let a = d.file("x.txt", "Chile met Peru.");
    let j = d.file(
        "more.jsonl",
        "{\"id\": \"y\", \"text\": \"Peru met Chile.\"}\n{\"id\": \"x\", \"text\": \"Peru met Bolivia.\"}\n",
    );
    let out = run(&["extract", arg(&a), arg(&j)], None);
    assert_eq!(out.status.code(), Some(1));
    let e = stderr(&out);
    assert!(
        e.contains(&format!(
            "{}:2: duplicate article id 'x', already used by {}",
            j.display(),
            a.display()
        )),
        "{e}"
    );
    let g: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(article_ids(&g), vec!["x", "y"]);
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_are_not_followed() {
    let d = Dir::new();
    let root = d.path("c");
    std::fs::create_dir_all(root.join("sub")).unwrap();
    std::fs::write(root.join("sub/a.txt"), "Chile met Peru.").unwrap();
    std::os::unix::fs::symlink(&root, root.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(root.join("sub/a.txt"), root.join("b.txt")).unwrap();
    std::os::unix::fs::symlink(root.join("missing.txt"), root.join("dangling.txt")).unwrap();
    let out = run(&["extract", arg(&root)], None);
    let e = stderr(&out);
    assert!(e.contains("symbolic link loop"), "{e}");
    // The dangling link is a bad article; the linked file is read.
    assert!(e.contains("dangling.txt"), "{e}");
    assert_eq!(out.status.code(), Some(1));
    let g: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(article_ids(&g), vec!["b", "sub/a"]);
}

#[test]
fn per_article_lines_equal_single_article_runs() {
    let c = corpus();
    let out = ok(&["extract", arg(&c), "--per-article"]);
    let lines = json_lines(&out);
    let files = corpus_files();
    assert_eq!(lines.len(), files.len());
    // In input order.
    let ids: Vec<String> = lines
        .iter()
        .map(|g| g["articles"][0]["id"].as_str().unwrap().to_string())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    // Every third article, and the one in a subfolder, run alone.
    for (i, (line, file)) in lines.iter().zip(&files).enumerate() {
        let id = line["articles"][0]["id"].as_str().unwrap();
        if i % 3 != 0 && !id.contains('/') {
            continue;
        }
        let alone = ok_json(&["extract", arg(file), "--article-id", id]);
        assert_eq!(*line, alone, "article {id}");
    }
}

#[test]
fn per_article_with_json_lines_input_keeps_metadata() {
    let c = corpus();
    let lines = json_lines(&ok(&[
        "extract",
        arg(&c.join("wires.jsonl")),
        "--per-article",
    ]));
    assert_eq!(lines.len(), 8);
    assert_eq!(lines[0]["articles"][0]["date"], "2024-06-19");
    let e = edge(
        &lines[0],
        "person:vladimir-putin",
        "meet",
        "person:kim-jong-un",
    );
    assert_eq!(e["first_seen"], "2024-06-19");
}

#[test]
fn one_and_two_threads_give_identical_bytes() {
    let c = corpus();
    let jsonl = c.join("wires.jsonl");
    for extra in [&[][..], &["--per-article"][..], &["--format", "dot"][..]] {
        let mut one = vec!["extract", arg(&c), arg(&jsonl), "--threads", "1"];
        one.extend_from_slice(extra);
        let mut two = vec!["extract", arg(&c), arg(&jsonl), "--threads", "2"];
        two.extend_from_slice(extra);
        let (a, b) = (ok(&one), ok(&two));
        assert!(!a.is_empty());
        assert!(a == b, "--threads 1 and 2 differ with {extra:?}");
    }
}

#[test]
fn per_article_output_file_is_atomic() {
    let c = corpus();
    let d = Dir::new();
    let o = d.path("graphs.jsonl");
    let out = run(
        &[
            "extract",
            arg(&c.join("planted")),
            "--per-article",
            "-o",
            arg(&o),
        ],
        None,
    );
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert_eq!(json_lines(&std::fs::read(&o).unwrap()).len(), 2);
    assert_eq!(std::fs::read_dir(d.dir.path()).unwrap().count(), 1);
    // A usage error leaves the file as it was.
    let out = run(
        &[
            "extract",
            arg(&c),
            "--per-article",
            "--format",
            "dot",
            "-o",
            arg(&o),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json_lines(&std::fs::read(&o).unwrap()).len(), 2);
}

#[test]
fn help_documents_exit_codes_and_corpus_options() {
    let help = String::from_utf8(ok(&["extract", "--help"])).unwrap();
    for s in [
        "--jsonl",
        "--per-article",
        "--threads",
        "--keep-going",
        "--quiet",
        "Exit codes",
        "--types",
        "--focus",
    ] {
        assert!(help.contains(s), "{s} missing from extract --help");
    }
}

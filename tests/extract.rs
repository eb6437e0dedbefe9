//! `nergraph extract`: inputs, ids, outputs, determinism, user gazetteers.

use crate::util::{node_ids, run, Dir};

#[test]
fn several_files_make_one_graph_with_an_article_each() {
    let d = Dir::new();
    let a = d.file("alpha.txt", "Canada criticized Cuba.");
    let b = d.file("beta.txt", "Cuba thanked Canada.");
    let out = run(&["extract", a.to_str().unwrap(), b.to_str().unwrap()], None);
    assert!(out.status.success());
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = g["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["alpha", "beta"]);
    let cuba = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "country:CUB")
        .unwrap();
    assert_eq!(cuba["articles"], serde_json::json!(["alpha", "beta"]));
}

#[test]
fn output_is_byte_identical_across_runs_and_input_order() {
    let d = Dir::new();
    let a = d.file(
        "a.txt",
        "Chile met Peru. Peru warned Chile. Vladimir Putin praised Kim Jong Un.",
    );
    let b = d.file("b.txt", "Peru met Chile and Bolivia. Chile praised Peru.");
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    for format in ["json", "dot"] {
        let one = run(&["extract", a, b, "--format", format], None).stdout;
        let two = run(&["extract", a, b, "--format", format], None).stdout;
        let swapped = run(&["extract", b, a, "--format", format], None).stdout;
        assert!(!one.is_empty());
        assert_eq!(one, two);
        assert_eq!(one, swapped);
    }
}

#[test]
fn output_file_is_written_whole() {
    let d = Dir::new();
    let a = d.file("a.txt", "Chile met Peru.");
    let o = d.path("out.json");
    let out = run(
        &["extract", a.to_str().unwrap(), "-o", o.to_str().unwrap()],
        None,
    );
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let g: serde_json::Value = serde_json::from_slice(&std::fs::read(&o).unwrap()).unwrap();
    assert_eq!(g["format"], "nergraph");
    // No temporary files are left beside it.
    assert_eq!(std::fs::read_dir(d.dir.path()).unwrap().count(), 2);
}

#[test]
fn user_gazetteer_adds_and_overrides() {
    let d = Dir::new();
    let gaz = d.file(
        "mine.tsv",
        "# my entities\nid\ttype\tname\taliases\tcountry\n\
         organization:acme\torganization\tAcme Corp\tAcme\tCHL\n\
         country:PER\tcountry\tRepublic of Peru\tPeru|Peruvia\tPER\n",
    );
    let a = d.file("a.txt", "Acme praised Peruvia.");
    let out = run(
        &["extract", a.to_str().unwrap(), "-g", gaz.to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(node_ids(&g), vec!["country:PER", "organization:acme"]);
    let peru = &g["nodes"][0];
    assert_eq!(peru["name"], "Republic of Peru");
}

#[test]
fn help_reads_like_the_readme() {
    let out = run(&["extract", "--help"], None);
    let help = String::from_utf8(out.stdout).unwrap();
    for flag in ["--format", "--output", "--gazetteer", "--article-id"] {
        assert!(help.contains(flag), "{flag} missing from help");
    }
}

#[test]
fn mentions_format_gives_original_byte_offsets() {
    let text = "“Russia’s” envoy met\u{00A0}North Korean and US officials; us too.";
    let out = run(
        &["extract", "-", "--format", "mentions"],
        Some(text.as_bytes()),
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(ids, vec!["country:RUS", "country:PRK", "country:USA"]);
    for m in &lines {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], m["text"].as_str().unwrap());
    }
    assert_eq!(lines[1]["form"], "demonym");
}

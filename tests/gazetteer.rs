//! `nergraph gazetteer stats|check|lookup`.

use crate::util::{run, Dir};

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn stats_counts_every_type() {
    let out = run(&["gazetteer", "stats"], None);
    assert!(out.status.success());
    let s = stdout(&out);
    for t in ["person", "country", "region", "organization", "matcher:"] {
        assert!(s.contains(t), "{t} missing in {s}");
    }
}

#[test]
fn check_reports_file_and_line() {
    let d = Dir::new();
    let f = d.file(
        "mine.tsv",
        "id\ttype\tname\taliases\tcountry\tparent\n\
         organization:aa\torganization\tAa Group\tAAG\tFRA\t\n\
         organization:bb\torganization\tBb Group\tAAG\tFRA\t\n\
         region:FRA-x\tregion\tXville\t\tFRA\tregion:nowhere\n",
    );
    let out = run(&["gazetteer", "check", f.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let s = stdout(&out);
    assert!(
        s.contains("mine.tsv:2: error: 'aag' names 2 entities"),
        "{s}"
    );
    assert!(
        s.contains("mine.tsv:4: error: parent 'region:nowhere'"),
        "{s}"
    );
}

#[test]
fn check_passes_clean_user_files_and_fails_on_syntax() {
    let d = Dir::new();
    let ok = d.file(
        "ok.tsv",
        "id\ttype\tname\tcountry\norganization:zz-unique\torganization\tZzq Unique Org\tFRA\n",
    );
    assert_eq!(
        run(&["gazetteer", "check", ok.to_str().unwrap()], None)
            .status
            .code(),
        Some(0)
    );
    let bad = d.file("bad.tsv", "id\ttype\tname\norganization:x\torg\tX\n");
    let out = run(&["gazetteer", "check", bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.tsv:2: unknown type 'org'"));
}

#[test]
fn lookup_explains() {
    let s = stdout(&run(&["gazetteer", "lookup", "Georgia"], None));
    assert!(s.contains("country:GEO"), "{s}");
    assert!(s.contains("resolves to country:GEO"), "{s}");
    let s = stdout(&run(&["gazetteer", "lookup", "us"], None));
    assert!(s.contains("capitals"), "{s}");
}

#[test]
fn user_file_can_remove_a_builtin() {
    let d = Dir::new();
    let g = d.file(
        "rm.tsv",
        "id\ttype\tname\tremove\ncountry:PER\tcountry\t\tyes\n",
    );
    let a = d.file("a.txt", "Chile met Peru.");
    let out = run(
        &["extract", a.to_str().unwrap(), "-g", g.to_str().unwrap()],
        None,
    );
    let graph: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["country:CHL"]);
}

#[test]
fn an_entity_with_too_many_names_is_refused_with_its_line() {
    let d = Dir::new();
    let aliases: Vec<String> = (0..10_001).map(|i| format!("Xq Group {i}")).collect();
    let f = d.file(
        "huge.tsv",
        format!(
            "id\ttype\tname\taliases\tcountry\n\
             organization:ok\torganization\tOk Group\t\tFRA\n\
             organization:xq\torganization\tXq Group\t{}\tFRA\n",
            aliases.join("|")
        ),
    );
    let text = d.file("a.txt", "Ok Group met Xq Group.");
    let out = run(
        &["extract", "-g", f.to_str().unwrap(), text.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("huge.tsv:3")
            && e.contains("organization:xq")
            && e.contains("the limit is 10000"),
        "{e}"
    );
}

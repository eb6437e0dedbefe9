//! Listing the articles of a directory tree.
//!
//! The order must not depend on the file system (`read_dir` order differs
//! between machines and file systems), so every directory is sorted by name
//! (bytes). Symbolic links are followed, since corpora are often assembled
//! from links to other folders, but each real directory is read once: a
//! link back to an ancestor (a loop) or a second link to a directory already
//! read is reported and not followed, so a tree can neither make the walk
//! endless nor count an article twice under two names.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Source;
use crate::error::Error;

/// Lists the `*.txt` files under `root` into `out`, in sorted order, and
/// explains anything not followed in `warnings`. Hidden entries (names
/// starting with `.`) are skipped. Article ids are the paths relative to
/// `root` without the extension, with `/` between folders.
pub(crate) fn walk(root: &Path, out: &mut Vec<Source>, warnings: &mut Vec<String>) {
    let mut w = Walker {
        seen: HashMap::new(),
        ancestors: Vec::new(),
        out,
        warnings,
    };
    w.visit(root, &[]);
}

struct Walker<'a> {
    /// Real directory → the path it was first read as.
    seen: HashMap<PathBuf, PathBuf>,
    /// Real paths of the directories being read, outermost first.
    ancestors: Vec<PathBuf>,
    out: &'a mut Vec<Source>,
    warnings: &'a mut Vec<String>,
}

impl Walker<'_> {
    fn visit(&mut self, dir: &Path, rel: &[String]) {
        let real = match std::fs::canonicalize(dir) {
            Ok(r) => r,
            Err(e) => return self.unreadable(dir, e),
        };
        if self.ancestors.contains(&real) {
            self.warnings.push(format!(
                "{}: symbolic link loop (leads back to {}); not followed",
                dir.display(),
                real.display()
            ));
            return;
        }
        if let Some(first) = self.seen.get(&real) {
            self.warnings.push(format!(
                "{}: same directory as {}, already read; not read twice",
                dir.display(),
                first.display()
            ));
            return;
        }
        self.seen.insert(real.clone(), dir.to_path_buf());
        let mut entries: Vec<(std::ffi::OsString, PathBuf)> = match std::fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok())
                .map(|e| (e.file_name(), e.path()))
                .collect(),
            Err(e) => return self.unreadable(dir, e),
        };
        entries.sort();
        self.ancestors.push(real);
        for (name, path) in entries {
            let name = name.to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let is_txt = path.extension().is_some_and(|e| e == "txt");
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => {
                    let mut sub = rel.to_vec();
                    sub.push(name);
                    self.visit(&path, &sub);
                }
                Ok(m) if m.is_file() && is_txt => {
                    let stem = path
                        .file_stem()
                        .map_or_else(|| name.clone(), |s| s.to_string_lossy().into_owned());
                    let mut id = rel.to_vec();
                    id.push(stem);
                    self.out.push(Source::Text {
                        path,
                        id: id.join("/"),
                    });
                }
                // A dangling link that looks like an article is reported with
                // the articles; anything else is not ours to judge.
                Err(e) if is_txt => self.unreadable(&path, e),
                _ => {}
            }
        }
        self.ancestors.pop();
    }

    fn unreadable(&mut self, path: &Path, e: std::io::Error) {
        self.out.push(Source::Unreadable(Error::io(path, e)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(root: &Path) -> (Vec<String>, Vec<String>) {
        let (mut out, mut warnings) = (Vec::new(), Vec::new());
        walk(root, &mut out, &mut warnings);
        let ids = out
            .iter()
            .map(|s| match s {
                Source::Text { id, .. } => id.clone(),
                other => format!("{other:?}"),
            })
            .collect();
        (ids, warnings)
    }

    #[test]
    fn sorted_recursive_and_loop_safe() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        std::fs::create_dir_all(root.join("b/inner")).unwrap();
        std::fs::create_dir_all(root.join("a")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        for f in [
            "b/inner/2.txt",
            "b/1.txt",
            "a/z.txt",
            "top.txt",
            "notes.md",
            ".hidden/x.txt",
        ] {
            std::fs::write(root.join(f), "Chile met Peru.").unwrap();
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root, root.join("b/inner/up")).unwrap();
            std::os::unix::fs::symlink(root.join("a"), root.join("c")).unwrap();
        }
        let (ids, warnings) = ids(root);
        assert_eq!(ids, vec!["a/z", "b/1", "b/inner/2", "top"]);
        #[cfg(unix)]
        {
            assert_eq!(warnings.len(), 2, "{warnings:?}");
            assert!(warnings[0].contains("loop"), "{warnings:?}");
            assert!(warnings[1].contains("already read"), "{warnings:?}");
        }
    }
}

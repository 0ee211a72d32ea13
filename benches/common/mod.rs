//! Inputs shared by the benchmark, the throughput example and the tests (included with
//! `#[path]`): the texts of a directory, and the generated pathological inputs.

#![allow(dead_code, reason = "each includer uses a part")]

use std::path::{Path, PathBuf};

/// The shared evaluation corpora, when they sit beside the repository.
pub(crate) fn corpus_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    dir.is_dir().then_some(dir)
}

/// The crate's own fixture articles.
pub(crate) fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles")
}

/// Every `*.txt` file under `dir` (recursively), as (path relative to `dir`, text), sorted by
/// path. Files that are not UTF-8 are skipped.
pub(crate) fn load_texts(dir: &Path) -> Vec<(String, String)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else if path.extension().is_some_and(|e| e == "txt")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                let name = path.strip_prefix(root).unwrap_or(&path);
                out.push((name.to_string_lossy().into_owned(), text));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// A generated input that would make a careless parser superlinear.
pub(crate) struct Pathological {
    /// Short name, used as the benchmark id.
    pub(crate) name: &'static str,
    /// What it is, at 1× size.
    pub(crate) what: &'static str,
    /// How many units (bytes, blocks, marks, lines) make the 1× input.
    pub(crate) base: usize,
    make: fn(usize) -> String,
}

impl Pathological {
    /// The input with `units` units (`self.base` for 1×).
    pub(crate) fn make(&self, units: usize) -> String {
        (self.make)(units)
    }
}

/// `text` repeated to exactly `len` bytes (`text` is ASCII).
fn cycle(text: &str, len: usize) -> String {
    text.bytes().cycle().take(len).map(char::from).collect()
}

const QUOTE_MARKS: &[char] = &[
    '"', '\'', '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '‚', '「', '」', '『', '』', '`',
];

const MENU: &[&str] = &[
    "Home", "World", "U.S.", "Politics", "Business", "Tech", "Science", "Health", "Sports",
    "Opinion", "Video", "More",
];

const PROSE: &str = "The council met again on Tuesday and agreed to review the budget. Officials said the vote would come next week, after the hearings. ";

/// The inputs of the linear-time check, at 1× size.
pub(crate) const PATHOLOGICAL: &[Pathological] = &[
    Pathological {
        name: "one_line",
        what: "10 MB on one line",
        base: 10_000_000,
        make: |n| cycle(PROSE, n),
    },
    Pathological {
        name: "blank_blocks",
        what: "100,000 blank-line separated one-word blocks",
        base: 100_000,
        make: |n| "word\n\n".repeat(n),
    },
    Pathological {
        name: "quote_marks",
        what: "100,000 quote marks of every style in one paragraph",
        base: 100_000,
        make: |n| {
            let mut s = String::with_capacity(n * 5);
            for (i, mark) in QUOTE_MARKS.iter().cycle().take(n).enumerate() {
                s.push(*mark);
                s.push_str(if i % 7 == 6 { "x. " } else { "x " });
            }
            s
        },
    },
    Pathological {
        name: "unclosed_quote",
        what: "one unclosed quote mark at the start of 10 MB of prose",
        base: 10_000_000,
        make: |n| {
            let paragraph = format!("{}\n\n", PROSE.repeat(3));
            format!("“{}", cycle(&paragraph, n))
        },
    },
    Pathological {
        name: "dots",
        what: "a 1 MB run of `. . .`",
        base: 1_000_000,
        make: |n| cycle(". ", n),
    },
    Pathological {
        name: "nested_parens",
        what: "50,000 nested parentheses",
        base: 50_000,
        make: |n| format!("{}x{}", "(".repeat(n), ")".repeat(n)),
    },
    Pathological {
        name: "menu",
        what: "a page of 20,000 menu lines",
        base: 20_000,
        make: |n| {
            let mut s = String::with_capacity(n * 8);
            for item in MENU.iter().cycle().take(n) {
                s.push_str(item);
                s.push('\n');
            }
            s
        },
    },
];

//! Parse many articles to JSON Lines: every `.txt` file of a directory, or every line of a
//! JSON Lines file whose objects carry the article in `"text"` (and a name in `"id"`).
//!
//! ```text
//! cargo run --release --example batch -- DIR > articles.jsonl
//! cargo run --release --example batch -- articles.jsonl > parsed.jsonl
//! cargo run --release --features rayon --example batch -- DIR > articles.jsonl   # all cores
//! ```
//!
//! Each output line is `{"id": ..., "article": {...}}` (the schema-v1 tree), or `{"id": ...,
//! "error": "..."}` for an input that is not an article. Progress goes to standard error.
//! Inputs are parsed in chunks with `newsparse::parse_articles`, so memory holds one chunk.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use newsparse::ParseOptions;

/// Articles parsed per call of `parse_articles`.
const CHUNK: usize = 256;

/// Where the articles come from.
enum Source {
    /// The `.txt` files of a directory, sorted by name.
    Files(Vec<PathBuf>),
    /// A JSON Lines file.
    Lines(PathBuf),
}

fn main() -> ExitCode {
    let Some(arg) = std::env::args().nth(1) else {
        eprintln!("usage: batch DIR | FILE.jsonl");
        return ExitCode::FAILURE;
    };
    let path = PathBuf::from(arg);
    let source = if path.is_dir() {
        match txt_files(&path) {
            Ok(files) => Source::Files(files),
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    } else {
        Source::Lines(path)
    };
    match run(source) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn txt_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Ok(files)
}

/// One input: its name and its text.
type Input = (String, String);

fn run(source: Source) -> Result<(), String> {
    let options = ParseOptions::default();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut progress = Progress::new(match &source {
        Source::Files(f) => Some(f.len()),
        Source::Lines(_) => None,
    });
    let mut chunk: Vec<Input> = Vec::with_capacity(CHUNK);
    let mut flush = |chunk: &mut Vec<Input>, progress: &mut Progress| -> Result<(), String> {
        let texts: Vec<&str> = chunk.iter().map(|(_, t)| t.as_str()).collect();
        let results = newsparse::parse_articles(&texts, &options);
        for ((id, text), result) in chunk.iter().zip(results) {
            let line = match result {
                Ok(article) => serde_json::json!({ "id": id, "article": article }),
                Err(e) => serde_json::json!({ "id": id, "error": e.to_string() }),
            };
            serde_json::to_writer(&mut out, &line).map_err(|e| e.to_string())?;
            out.write_all(b"\n").map_err(|e| e.to_string())?;
            progress.add(text.len());
        }
        chunk.clear();
        Ok(())
    };
    match source {
        Source::Files(files) => {
            for path in files {
                let id = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let bytes = std::fs::read(&path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                chunk.push((id, String::from_utf8_lossy(&bytes).into_owned()));
                if chunk.len() == CHUNK {
                    flush(&mut chunk, &mut progress)?;
                }
            }
        }
        Source::Lines(path) => {
            let file = std::fs::File::open(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
                let line = line.map_err(|e| format!("{}: line {}: {e}", path.display(), n + 1))?;
                if line.trim().is_empty() {
                    continue;
                }
                let value: serde_json::Value = serde_json::from_str(&line)
                    .map_err(|e| format!("{}: line {}: {e}", path.display(), n + 1))?;
                let text = value["text"].as_str().ok_or_else(|| {
                    format!("{}: line {}: no \"text\" string", path.display(), n + 1)
                })?;
                let id = match &value["id"] {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => (n + 1).to_string(),
                    other => other.to_string(),
                };
                chunk.push((id, text.to_owned()));
                if chunk.len() == CHUNK {
                    flush(&mut chunk, &mut progress)?;
                }
            }
        }
    }
    flush(&mut chunk, &mut progress)?;
    out.flush().map_err(|e| e.to_string())?;
    progress.done();
    Ok(())
}

/// A one-line progress report on standard error, redrawn at most every 100 articles.
struct Progress {
    total: Option<usize>,
    done: usize,
    bytes: usize,
    start: Instant,
}

impl Progress {
    fn new(total: Option<usize>) -> Self {
        Progress {
            total,
            done: 0,
            bytes: 0,
            start: Instant::now(),
        }
    }

    fn add(&mut self, bytes: usize) {
        self.done += 1;
        self.bytes += bytes;
        if self.done.is_multiple_of(100) {
            self.draw();
        }
    }

    fn draw(&self) {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let of = self.total.map(|t| format!("/{t}")).unwrap_or_default();
        eprint!(
            "\r{}{of} articles, {:.1} MB, {:.1} MB/s",
            self.done,
            self.bytes as f64 / 1e6,
            self.bytes as f64 / 1e6 / secs
        );
    }

    fn done(&self) {
        self.draw();
        eprintln!();
    }
}

//! Parse an article and print it.
//!
//! ```text
//! cargo run --example parse_article                   # the bundled sample, as an outline
//! cargo run --example parse_article -- FILE           # a file, as an outline
//! cargo run --example parse_article -- --json FILE    # schema-v1 JSON
//! cargo run --example parse_article -- -              # read standard input
//! cargo run --example parse_article -- A.txt B.txt    # several files: JSON Lines
//! cargo run --example parse_article -- --max-bytes 1000 FILE   # a smaller input limit
//! ```
//!
//! Errors go to standard error, with a non-zero exit status.

use std::io::{Read, Write};
use std::process::ExitCode;

use newsparse::{Article, Block, ParseOptions};

const SAMPLE: &str = include_str!("data/sample_article.txt");

fn main() -> ExitCode {
    let mut json = false;
    let mut paths = Vec::new();
    let mut options = ParseOptions::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--max-bytes" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => options = options.with_max_input_bytes(n),
                None => {
                    eprintln!("error: --max-bytes needs a number of bytes");
                    return ExitCode::FAILURE;
                }
            },
            "-h" | "--help" => {
                println!("usage: parse_article [--json] [--max-bytes N] [FILE | - ...]");
                return ExitCode::SUCCESS;
            }
            _ => paths.push(arg),
        }
    }
    match run(json, &paths, &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("reading standard input: {e}"))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))
    }
}

fn run(json: bool, paths: &[String], options: &ParseOptions) -> Result<(), String> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if paths.is_empty() {
        let article = newsparse::parse_article(SAMPLE).map_err(|e| e.render(SAMPLE))?;
        return emit(&mut out, &article, SAMPLE, json, false);
    }
    let many = paths.len() > 1;
    let mut failures = 0;
    for path in paths {
        let bytes = read(path)?;
        match newsparse::parse_article_bytes(&bytes, options) {
            Ok(article) => {
                let text = std::str::from_utf8(&bytes).unwrap_or_default();
                emit(&mut out, &article, text, json || many, many)?;
            }
            Err(e) => {
                let shown =
                    std::str::from_utf8(&bytes).map_or_else(|_| e.to_string(), |t| e.render(t));
                if !many {
                    return Err(format!("{path}: {shown}"));
                }
                eprintln!("error: {path}: {shown}");
                failures += 1;
            }
        }
    }
    if failures > 0 {
        return Err(format!(
            "{failures} of {} files could not be parsed",
            paths.len()
        ));
    }
    Ok(())
}

fn emit(
    out: &mut impl Write,
    article: &Article<'_>,
    text: &str,
    json: bool,
    one_line: bool,
) -> Result<(), String> {
    let io = |e: std::io::Error| e.to_string();
    if json {
        let rendered = if one_line {
            serde_json::to_string(article)
        } else {
            serde_json::to_string_pretty(article)
        }
        .map_err(|e| e.to_string())?;
        return writeln!(out, "{rendered}").map_err(io);
    }
    outline(out, article, text).map_err(io)
}

fn short(s: &str, n: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        flat
    } else {
        format!("{}…", flat.chars().take(n).collect::<String>())
    }
}

fn outline(out: &mut impl Write, a: &Article<'_>, text: &str) -> std::io::Result<()> {
    let index = newsparse::LineIndex::new(text);
    writeln!(
        out,
        "headline:  {}",
        a.headline.as_ref().map_or("-", |h| &h.text)
    )?;
    if let Some(b) = &a.byline {
        let names: Vec<&str> = b.authors.iter().map(|x| &*x.name).collect();
        writeln!(out, "byline:    {} ({})", b.text, names.join(", "))?;
    }
    if let Some(d) = &a.dateline {
        writeln!(
            out,
            "dateline:  {} place={:?} agency={:?}",
            d.text, d.place, d.agency
        )?;
    }
    writeln!(out, "\nblocks ({}):", a.blocks.len())?;
    for (i, block) in a.blocks.iter().enumerate() {
        let at = index.line_col(block.span().start);
        let detail = match block {
            Block::Boilerplate(b) => format!("boilerplate/{:?}", b.kind),
            Block::SignOff(b) => format!("sign_off/{:?}", b.kind),
            Block::Caption(c) => match c.duplicate_of {
                Some(d) => format!("caption (copy of #{d})"),
                None => "caption".to_owned(),
            },
            other => other.type_name().to_owned(),
        };
        writeln!(
            out,
            "  #{i:<3} {:>4}:{:<3} {detail:<26} {}",
            at.line,
            at.column,
            short(block.text(), 60)
        )?;
    }
    if !a.quotes.is_empty() {
        writeln!(out, "\nquotes ({}):", a.quotes.len())?;
        for q in &a.quotes {
            let who = q.speaker.as_ref().map_or("-", |s| &s.name);
            let cue = q.cue.as_ref().map_or("-", |c| &c.text);
            writeln!(
                out,
                "  {:?} {:<15} {who} [{cue}]: {}",
                q.span,
                format!("{:?}", q.kind),
                short(&q.text, 50)
            )?;
        }
    }
    if !a.diagnostics.is_empty() {
        writeln!(out, "\ndiagnostics ({}):", a.diagnostics.len())?;
        for d in &a.diagnostics {
            let at = index.line_col(d.span.start);
            writeln!(
                out,
                "  {}:{} {:?}: {}",
                at.line, at.column, d.kind, d.message
            )?;
        }
    }
    Ok(())
}

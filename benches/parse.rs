//! Parse throughput (criterion, bytes per second), with pulldown-cmark parsing the same bytes
//! as Markdown in the same run as the reference point.
//!
//! Groups:
//! - `fixtures`: each fixture article, newsparse and pulldown-cmark.
//! - `corpus`: when `../shared/corpus` is present, every text of each dataset, newsparse,
//!   pulldown-cmark and a memchr newline scan (the floor any single pass pays).
//! - `phase`: each parser phase alone, on the outputs of the phases before it, over the
//!   corpus (or the fixtures), so that a regression points at its phase.
//! - `pathological`: the generated worst cases at 1× and 10× size; the 10× time should stay
//!   within 11× of the 1× time (`cargo run --release --example throughput -- --pathological`
//!   prints the ratios).
//!
//! `cargo bench --bench parse -- corpus` runs one group.

// criterion_group! generates undocumented items.
#![allow(missing_docs)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use newsparse::__bench::{PHASES, Stage};
use newsparse::ParseOptions;

#[path = "common/mod.rs"]
mod common;

/// pulldown-cmark consuming every event of `text`: the reference parser.
fn pulldown(text: &str) -> usize {
    pulldown_cmark::Parser::new(text).count()
}

/// Parses every text; the number of blocks, so nothing is optimised away.
fn newsparse_all(texts: &[String]) -> usize {
    texts
        .iter()
        .filter_map(|t| newsparse::parse_article(t).ok())
        .map(|a| a.blocks.len())
        .sum()
}

fn total_bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

fn fixtures(c: &mut Criterion) {
    let mut group = c.benchmark_group("fixtures");
    for (name, text) in common::load_texts(&common::fixtures_dir()) {
        let name = name.trim_end_matches(".txt");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("newsparse/{name}"), |b| {
            b.iter(|| newsparse::parse_article(black_box(&text)))
        });
        group.bench_function(format!("pulldown_cmark/{name}"), |b| {
            b.iter(|| pulldown(black_box(&text)))
        });
    }
    group.finish();
}

/// The corpus texts by dataset (the first path component).
fn corpus_by_dataset() -> Vec<(String, Vec<String>)> {
    let Some(dir) = common::corpus_dir() else {
        return Vec::new();
    };
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (path, text) in common::load_texts(&dir) {
        let dataset = path.split(['/', '\\']).next().unwrap_or("").to_owned();
        match out.last_mut() {
            Some((d, texts)) if *d == dataset => texts.push(text),
            _ => out.push((dataset, vec![text])),
        }
    }
    out
}

fn corpus(c: &mut Criterion) {
    let datasets = corpus_by_dataset();
    if datasets.is_empty() {
        eprintln!("corpus: ../shared/corpus not found, skipped");
        return;
    }
    let mut group = c.benchmark_group("corpus");
    for (dataset, texts) in &datasets {
        group.throughput(Throughput::Bytes(total_bytes(texts)));
        group.bench_function(format!("newsparse/{dataset}"), |b| {
            b.iter(|| newsparse_all(black_box(texts)))
        });
        group.bench_function(format!("pulldown_cmark/{dataset}"), |b| {
            b.iter(|| texts.iter().map(|t| pulldown(black_box(t))).sum::<usize>())
        });
        group.bench_function(format!("memchr_newlines/{dataset}"), |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| memchr::memchr_iter(b'\n', black_box(t).as_bytes()).count())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

fn phases(c: &mut Criterion) {
    let texts: Vec<String> = match common::corpus_dir() {
        Some(dir) => common::load_texts(&dir),
        None => common::load_texts(&common::fixtures_dir()),
    }
    .into_iter()
    .map(|(_, t)| t)
    .collect();
    let options = ParseOptions::default();
    let mut group = c.benchmark_group("phase");
    group.throughput(Throughput::Bytes(total_bytes(&texts)));
    for phase in PHASES {
        let before: Vec<Stage<'_>> = texts
            .iter()
            .filter_map(|t| Stage::before(t, &options, phase).ok())
            .collect();
        group.bench_function(*phase, |b| {
            b.iter_batched(
                || before.clone(),
                |stages| stages.into_iter().map(Stage::step).collect::<Vec<_>>(),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

fn pathological(c: &mut Criterion) {
    let options = ParseOptions::default().with_max_input_bytes(usize::MAX);
    let mut group = c.benchmark_group("pathological");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for p in common::PATHOLOGICAL {
        for scale in [1, 10] {
            let text = p.make(p.base * scale);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(format!("{}/{scale}x", p.name), |b| {
                b.iter(|| newsparse::parse_article_with(black_box(&text), &options))
            });
        }
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = fixtures, corpus, phases, pathological
}
criterion_main!(benches);

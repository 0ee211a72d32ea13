//! Parse throughput over the crate's own fixture articles (criterion, bytes per second).

// criterion_group! generates undocumented items.
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn fixtures() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            let name = path.file_stem()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(&path).ok()?))
        })
        .collect();
    out.sort();
    out
}

fn parse_fixtures(c: &mut Criterion) {
    let mut group = c.benchmark_group("fixtures");
    for (name, text) in fixtures() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| newsparse::parse_article(std::hint::black_box(&text)))
        });
    }
    group.finish();
}

criterion_group!(benches, parse_fixtures);
criterion_main!(benches);

//! The generated worst cases of the linear-time check (`benches/common/mod.rs`), parsed at a
//! hundredth of their benchmark size: none panics, and each keeps the invariants. No timing
//! here: the time ratios live in the `pathological` bench group and in
//! `cargo run --release --example throughput -- --pathological`.

use newsparse::ParseOptions;

use crate::support::assert_invariants;

#[path = "../../benches/common/mod.rs"]
mod common;

#[test]
fn every_pathological_input_parses() {
    for p in common::PATHOLOGICAL {
        let input = p.make(p.base / 100);
        let article = newsparse::parse_article(&input)
            .unwrap_or_else(|e| panic!("{} ({}): {e}", p.name, p.what));
        assert_invariants(&input, &article);
        assert!(!article.blocks.is_empty(), "{}", p.name);
    }
}

#[test]
fn every_pathological_input_parses_under_tight_limits() {
    let options = ParseOptions::default().with_max_blocks(10);
    for p in common::PATHOLOGICAL {
        let input = p.make(p.base / 100);
        let article = newsparse::parse_article_with(&input, &options).unwrap();
        assert_invariants(&input, &article);
        assert!(article.blocks.len() <= 10, "{}", p.name);
    }
}

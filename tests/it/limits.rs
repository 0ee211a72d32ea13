//! `ParseOptions` limits, through the public API.

use newsparse::{Block, DiagnosticKind, ParseOptions, parse_article_with};

use crate::support::assert_invariants;

/// `n` blank-line separated paragraphs after a headline.
fn article_of(n: usize) -> String {
    let mut s = String::from("A headline for the limit\n\n");
    for i in 0..n {
        s.push_str(&format!("Paragraph number {i} says something.\n\n"));
    }
    s
}

#[test]
fn the_default_block_limit_is_far_above_real_articles() {
    assert_eq!(ParseOptions::default().max_blocks, 1 << 20);
    let input = article_of(2_000);
    let article = newsparse::parse_article(&input).unwrap();
    assert_eq!(article.blocks.len(), 2_001);
    assert!(article.diagnostics.is_empty());
}

#[test]
fn past_max_blocks_the_rest_is_one_flagged_paragraph() {
    let input = article_of(500);
    let options = ParseOptions::default().with_max_blocks(100);
    let article = parse_article_with(&input, &options).unwrap();
    assert_invariants(&input, &article);
    assert_eq!(article.blocks.len(), 100);
    let last = article.blocks.last().unwrap();
    assert!(matches!(last, Block::Paragraph(_)));
    assert!(last.text().starts_with("Paragraph number 98 says"));
    assert!(
        last.text()
            .ends_with("Paragraph number 499 says something.")
    );
    let limit: Vec<_> = article
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::LimitReached)
        .collect();
    assert_eq!(limit.len(), 1);
    assert_eq!(limit[0].span, last.span());
    insta::assert_snapshot!(limit[0].message, @"the input has more than 100 blocks (ParseOptions::max_blocks): the rest of it is left unclassified, as this one paragraph");
    assert_eq!(
        article.headline.map(|h| h.text.into_owned()).as_deref(),
        Some("A headline for the limit")
    );
}

#[test]
fn exactly_max_blocks_is_not_over_the_limit() {
    let input = article_of(9);
    let at = parse_article_with(&input, &ParseOptions::default().with_max_blocks(10)).unwrap();
    assert_eq!(at, newsparse::parse_article(&input).unwrap());
    let over = parse_article_with(&input, &ParseOptions::default().with_max_blocks(9)).unwrap();
    assert_eq!(over.blocks.len(), 9);
    assert_eq!(over.diagnostics.len(), 1);
}

#[test]
fn the_limit_bounds_work_on_hostile_input() {
    // A million one-character blocks, cut at a thousand.
    let input = "x\n\n".repeat(1_000_000);
    let options = ParseOptions::default().with_max_blocks(1_000);
    let article = parse_article_with(&input, &options).unwrap();
    assert_eq!(article.blocks.len(), 1_000);
    assert_eq!(article.blocks[999].span().end, input.trim_end().len());
}

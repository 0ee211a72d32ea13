//! `parse_article_with` on arbitrary text with arbitrary options: it never panics, and every
//! parse keeps the tree's invariants (see `check.rs`).

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use newsparse::ParseOptions;

mod check;

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    /// `None` keeps the default; small values make the limits bite.
    max_input_bytes: Option<u16>,
    max_blocks: Option<u8>,
    text: &'a str,
}

fuzz_target!(|input: Input<'_>| {
    let mut options = ParseOptions::default();
    if let Some(n) = input.max_input_bytes {
        options = options.with_max_input_bytes(n.into());
    }
    if let Some(n) = input.max_blocks {
        options = options.with_max_blocks(n.into());
    }
    if let Ok(article) = newsparse::parse_article_with(input.text, &options) {
        check::check(input.text, &article, options.max_blocks);
    }
});

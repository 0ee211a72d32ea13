//! `parse_article_bytes` on arbitrary bytes with the default options: it never panics, and
//! every parse keeps the tree's invariants (see `check.rs`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use newsparse::ParseOptions;

mod check;

fuzz_target!(|data: &[u8]| {
    let options = ParseOptions::default();
    if let Ok(article) = newsparse::parse_article_bytes(data, &options) {
        let text = std::str::from_utf8(data).expect("parsed bytes are UTF-8");
        check::check(text, &article, options.max_blocks);
    }
});

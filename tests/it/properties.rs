//! Property tests: any text either is refused with a `ParseError` or parses into a tree
//! whose blocks partition it, whose spans lie on char boundaries, whose `into_owned` equals
//! the borrowed tree, and whose JSON deserialises back into an equal owned tree; with any
//! options.

use newsparse::{Article, DiagnosticKind, ParseOptions};
use proptest::prelude::*;

use crate::support::assert_invariants;

/// Text built from the pieces articles are made of, so that the constructs actually fire.
fn article_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("    ".to_owned()),
        Just(" Reuter".to_owned()),
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("\"".to_owned()),
        Just("'".to_owned()),
        Just("«".to_owned()),
        Just("• ".to_owned()),
        Just("1. ".to_owned()),
        Just("By Jane Doe, Associated Press".to_owned()),
        Just("LONDON, May 19 (Reuters) - ".to_owned()),
        Just(", he said.".to_owned()),
        Just(". .".to_owned()),
        Just("Leave a Reply".to_owned()),
        Just("Related:".to_owned()),
        "[A-Za-z ]{1,30}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Every property of a successful parse.
fn assert_all(input: &str, article: &Article<'_>) -> Result<(), TestCaseError> {
    assert_invariants(input, article);
    let owned: Article<'static> = article.clone().into_owned();
    prop_assert_eq!(&owned, article);
    let json = serde_json::to_string(article).unwrap();
    let back: Article<'static> = serde_json::from_str(&json).unwrap();
    prop_assert_eq!(back, owned);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_keeps_the_invariants(input in "\\PC*") {
        if let Ok(article) = newsparse::parse_article(&input) {
            assert_all(&input, &article)?;
        }
    }

    #[test]
    fn article_like_text_keeps_the_invariants(input in article_like()) {
        if let Ok(article) = newsparse::parse_article(&input) {
            assert_all(&input, &article)?;
        }
    }

    #[test]
    fn any_bytes_parse_or_are_refused(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let result = newsparse::parse_article_bytes(&bytes, &ParseOptions::default());
        match std::str::from_utf8(&bytes) {
            Ok(text) => prop_assert_eq!(result, newsparse::parse_article(text)),
            Err(e) => prop_assert_eq!(
                result.map(|_| ()).map_err(|e| e.kind()),
                Err(newsparse::ErrorKind::InvalidUtf8 { offset: e.valid_up_to() })
            ),
        }
    }

    #[test]
    fn any_block_limit_keeps_the_invariants(input in article_like(), max_blocks in 0usize..12) {
        let options = ParseOptions::default().with_max_blocks(max_blocks);
        let Ok(limited) = newsparse::parse_article_with(&input, &options) else {
            return Ok(());
        };
        assert_all(&input, &limited)?;
        prop_assert!(limited.blocks.len() <= max_blocks.max(1));
        let full = newsparse::parse_article(&input).unwrap();
        let flagged = limited
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::LimitReached);
        if !flagged {
            // A limit that was not reached changes nothing.
            prop_assert_eq!(&limited, &full);
        }
        if full.blocks.len() > max_blocks.max(1) {
            // More blocks than the limit: it was reached. (It may be reached with fewer:
            // blocks are counted as the input is cut, before classification joins any.)
            prop_assert!(flagged);
        }
    }
}

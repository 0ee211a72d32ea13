//! Property tests: any text either is refused with a `ParseError` or parses into a tree
//! whose blocks partition it and whose spans lie on char boundaries.

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
        "[A-Za-z ]{1,30}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_keeps_the_invariants(input in "\\PC*") {
        if let Ok(article) = newsparse::parse_article(&input) {
            assert_invariants(&input, &article);
        }
    }

    #[test]
    fn article_like_text_keeps_the_invariants(input in article_like()) {
        if let Ok(article) = newsparse::parse_article(&input) {
            assert_invariants(&input, &article);
            let owned = article.clone().into_owned();
            prop_assert_eq!(&owned, &article.clone().into_owned());
            let json = serde_json::to_string(&article).unwrap();
            let back: newsparse::Article<'static> = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(back, owned);
        }
    }
}

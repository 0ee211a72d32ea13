//! Diagnostics for broken text: each points at the bytes that look broken.

use newsparse::{DiagnosticKind as K, parse_article};

fn found(input: &str, kind: K) -> Vec<&str> {
    let article = parse_article(input).unwrap();
    article
        .diagnostics
        .iter()
        .filter(|d| d.kind == kind)
        .map(|d| d.span.slice(input).unwrap())
        .collect()
}

#[test]
fn machine_translation_noise_is_reported_where_it_is() {
    let input = include_str!("../fixtures/articles/machine_translated.txt");
    let stray = found(input, K::StrayPunctuation);
    assert!(stray.contains(&". ."), "stray punctuation: {stray:?}");
    let split = found(input, K::SplitPhrase);
    assert!(split.contains(&"Korea. South"), "split phrases: {split:?}");
    // `he said. he said,` is a repeated attribution, not reported twice.
    let repeated = found(input, K::RepeatedAttribution);
    assert!(!repeated.is_empty());
    assert!(split.iter().all(|s| !s.ends_with(" he")), "{split:?}");
}

#[test]
fn a_quote_attributed_before_and_after_it() {
    let input = "Farm deal signed\n\nMinister of Agriculture Tang said: \"This agreement will take our cooperation to a new level.\" He said. He added that both sides would work on beef.\n";
    assert_eq!(found(input, K::RepeatedAttribution), ["He said"]);
    // A colon after a clause that is no attribution, and a reported clause after the quote.
    let input = "Star speaks out\n\nShe posted a long message about what her husband did: \"Men, you will not cease to exist,\" she wrote. \"Think about it.\"\n";
    assert!(found(input, K::RepeatedAttribution).is_empty());
}

#[test]
fn mojibake_is_reported_where_it_is() {
    let input = "Talks resume at GuantÃ¡namo\n\nâ€œWe are ready,â€\u{9d} the envoy said on Tuesday at the base.\n";
    assert_eq!(found(input, K::Mojibake), ["Ã¡", "â€œ", "â€\u{9d}"]);
    // Correctly decoded accents and capitals are not.
    let input =
        "SÃO PAULO — Talks resume\n\nThe café in São Paulo reopened, “Âge d’or” says the sign.\n";
    assert!(found(input, K::Mojibake).is_empty());
}

#[test]
fn undecoded_html_references_are_reported_where_they_are() {
    let input = "Pool stays open\n\n&quot;This is a victory,&quot; said Ana Lopez. Residents &amp; swimmers cheered.\n";
    assert_eq!(found(input, K::HtmlEntity), ["&quot;", "&quot;", "&amp;"]);
    // An ampersand in text is not one.
    let input = "R&D budget cut\n\nAT&T and R&D; Fish & chips were served at the meeting.\n";
    assert!(found(input, K::HtmlEntity).is_empty());
}

#[test]
fn bundled_sample_noise() {
    let input = include_str!("../../examples/data/sample_article.txt");
    assert!(found(input, K::StrayPunctuation).contains(&" ."));
    assert!(found(input, K::SplitPhrase).contains(&"venue. has"));
}

#[test]
fn clean_prose_has_no_noise_diagnostics() {
    let input = "Ministers meet in the capital\n\nThe ministers met Mr. Lee at 9 a.m. on Monday in the U.S. capital, officials said. They left at noon.\n";
    assert!(found(input, K::StrayPunctuation).is_empty());
    assert!(found(input, K::SplitPhrase).is_empty());
}

#[test]
fn html_tags_and_sentences_run_together() {
    let input = "A headline for the test\n\nOfficials said the decision was final<br>and could not be appealed.\n\nThe vote was 5-4.The council will meet again next week in St.Louis.\n\nUSAIR <U> ACQUIRES SHARES\n";
    assert_eq!(found(input, K::HtmlTag), ["<br>"]);
    assert_eq!(found(input, K::MissingSpace), ["5-4.The"]);
}

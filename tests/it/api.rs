//! The public API as a user calls it.

use newsparse::{Article, Block, LineIndex, parse_article};

const WIRE: &str = "Ministers trade warnings in first talks\n\nThe two ministers met on Wednesday.\n\nThey agreed to meet again.\n";

#[test]
fn headline_and_paragraphs() {
    let article = parse_article(WIRE).unwrap();
    assert_eq!(article.schema_version, 1);
    let headline = article.headline.as_ref().unwrap();
    assert_eq!(headline.text, "Ministers trade warnings in first talks");
    assert_eq!(headline.span, newsparse::Span::new(0, 39));
    let types: Vec<&str> = article.blocks.iter().map(Block::type_name).collect();
    assert_eq!(types, ["headline", "paragraph", "paragraph"]);
    assert_eq!(
        article.body_text(),
        "The two ministers met on Wednesday.\n\nThey agreed to meet again."
    );
}

#[test]
fn spans_slice_the_input() {
    let article = parse_article(WIRE).unwrap();
    for block in &article.blocks {
        assert_eq!(block.span().slice(WIRE), Some(block.text()));
    }
}

#[test]
fn into_owned_outlives_the_input_and_equals_the_borrowed_tree() {
    let input = String::from(WIRE);
    let borrowed = parse_article(&input).unwrap();
    let owned: Article<'static> = borrowed.clone().into_owned();
    drop(input);
    assert_eq!(owned, borrowed_again());
    fn borrowed_again() -> Article<'static> {
        parse_article(WIRE).unwrap()
    }
}

#[test]
fn json_follows_the_schema_v1_contract() {
    let article = parse_article(WIRE).unwrap();
    let json = serde_json::to_value(&article).unwrap();
    assert_eq!(json["schema_version"], 1);
    assert_eq!(
        json["headline"]["text"],
        "Ministers trade warnings in first talks"
    );
    assert_eq!(
        json["headline"]["span"],
        serde_json::json!({"start": 0, "end": 39})
    );
    assert!(json["byline"].is_null());
    assert!(json["dateline"].is_null());
    assert_eq!(json["blocks"][1]["type"], "paragraph");
    assert_eq!(
        json["blocks"][1]["text"],
        "The two ministers met on Wednesday."
    );
    assert!(json["quotes"].is_array());
    assert!(json["diagnostics"].is_array());
}

/// The block `type`s of schema version 1 (DESIGN.md section 3): a new construct must fit
/// one of them (an embedded post's signature is boilerplate of kind `embed`) until the
/// contract lists more.
const V1_BLOCK_TYPES: [&str; 10] = [
    "headline",
    "dek",
    "byline",
    "timestamp",
    "paragraph",
    "subheading",
    "list",
    "caption",
    "sign_off",
    "boilerplate",
];

#[test]
fn every_fixture_keeps_to_the_v1_block_types_and_required_fields() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let json = serde_json::to_value(parse_article(&text).unwrap()).unwrap();
        let name = path.display();
        for b in json["blocks"].as_array().unwrap() {
            let t = b["type"].as_str().unwrap();
            assert!(V1_BLOCK_TYPES.contains(&t), "{name}: block type {t}");
            assert!(
                b["text"].is_string() && b["span"]["end"].is_u64(),
                "{name}: {b}"
            );
            if t == "caption" {
                assert!(b.get("credit").is_some() && b.get("duplicate_of").is_some());
            }
            if t == "boilerplate" || t == "sign_off" {
                assert!(b["kind"].is_string(), "{name}: {t} without kind");
            }
        }
        for q in json["quotes"].as_array().unwrap() {
            for field in ["text", "span", "kind", "speaker", "cue"] {
                assert!(q.get(field).is_some(), "{name}: quote without {field}");
            }
        }
    }
}

#[test]
fn json_round_trips_into_an_owned_tree() {
    let article = parse_article(WIRE).unwrap();
    let json = serde_json::to_string(&article).unwrap();
    let back: Article<'static> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, article.into_owned());
}

#[test]
fn line_index_locates_blocks() {
    let article = parse_article(WIRE).unwrap();
    let index = LineIndex::new(WIRE);
    let at = index.line_col(article.blocks[2].span().start);
    assert_eq!((at.line, at.column), (5, 1));
}

#[test]
fn parse_articles_gives_each_input_its_own_result_in_order() {
    let texts: Vec<String> = std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/articles"
    ))
    .unwrap()
    .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
    .chain([String::new(), "Title\n\nBody.".to_owned()])
    .collect();
    let options = newsparse::ParseOptions::default();
    let all = newsparse::parse_articles(&texts, &options);
    assert_eq!(all.len(), texts.len());
    for (text, result) in texts.iter().zip(&all) {
        let one = newsparse::parse_article_with(text, &options);
        match (result, one) {
            (Ok(a), Ok(b)) => assert_eq!(a, &b),
            (Err(a), Err(b)) => assert_eq!(a, &b),
            _ => panic!("parse_articles and parse_article_with disagree"),
        }
    }
    assert!(all.iter().rev().nth(1).is_some_and(Result::is_err));
}

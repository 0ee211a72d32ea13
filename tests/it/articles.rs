//! Whole-article snapshots over `tests/fixtures/articles/*.txt`: one style per file.

use crate::support::assert_invariants;

#[test]
fn articles() {
    insta::glob!("../fixtures", "articles/*.txt", |path| {
        let input = std::fs::read_to_string(path).unwrap();
        let article = newsparse::parse_article(&input).unwrap();
        assert_invariants(&input, &article);
        insta::assert_yaml_snapshot!(article);
    });
}

#[test]
fn bundled_sample_parses_with_its_headline() {
    let input = include_str!("../../examples/data/sample_article.txt");
    let article = newsparse::parse_article(input).unwrap();
    assert_invariants(input, &article);
    let headline = article.headline.expect("the sample has a headline");
    assert_eq!(Some(&*headline.text), input.lines().next());
}

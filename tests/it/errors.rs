//! Each `ParseError` kind, through the public API, with its message.

use newsparse::{ErrorKind, ParseOptions, parse_article, parse_article_bytes, parse_article_with};

#[test]
fn empty_input_is_refused() {
    for input in ["", "   ", "\n\n\t\r\n"] {
        let err = parse_article(input).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Empty, "input {input:?}");
    }
    insta::assert_snapshot!(parse_article("").unwrap_err(), @"the input is empty: there is no article to parse");
}

#[test]
fn nul_byte_is_binary() {
    let input = "Title\n\nSome\0 text";
    let err = parse_article(input).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Binary { offset: 11 });
    assert_eq!(err.span(), newsparse::Span::new(11, 12));
    insta::assert_snapshot!(err.render(input), @r"
    the input contains a NUL byte at byte 11: it looks like binary data, not text
     --> line 3, column 5
      |
      | Some  text
      |     ^
    ");
}

#[test]
fn input_over_the_limit_is_refused() {
    let options = ParseOptions::default().with_max_input_bytes(10);
    let err = parse_article_with("Title\n\nA body.", &options).unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::TooLarge {
            size: 14,
            limit: 10
        }
    );
    insta::assert_snapshot!(err, @"the input is 14 bytes long, over the limit of 10 bytes (raise ParseOptions::max_input_bytes to parse it)");
    assert!(parse_article_with("Title", &options).is_ok());
}

#[test]
fn invalid_utf8_reports_its_offset() {
    let err = parse_article_bytes(b"Title\n\nna\xefve", &ParseOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidUtf8 { offset: 9 });
    insta::assert_snapshot!(err, @"the input is not valid UTF-8: the byte at offset 9 does not start a character");
}

#[test]
fn odd_but_textual_input_parses() {
    for input in [
        "x",
        "...",
        "“",
        "\u{feff}Title",
        "a\rb\rc",
        "•",
        "  indented",
    ] {
        assert!(parse_article(input).is_ok(), "{input:?} should parse");
    }
}

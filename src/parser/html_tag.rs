//! HTML tags left in the text: `<br>`, `</p>`, `<a href="...">`, as scrapers that take a
//! page's text without its markup leave them. Reported as diagnostics; the text is kept as
//! written.
//!
//! ## Grammar
//!
//! ```text
//! tag  = "<" [ "/" ] name [ 1*( SP / HTAB ) *attr-char ] [ "/" ] ">"   ; at most 300 bytes
//! name = one of [`NAMES`], any letter case
//! ```
//!
//! Only the names of the elements an article's markup is made of are matched, so a
//! comparison (`a < b and c > d`) or a wire ticker in capitals (`COBANCO INC <CBCO>`,
//! `USAIR <U>`) is not one. Adjacent tags make one diagnostic.
//!
//! ## Examples
//!
//! ```text
//! > | The decision was final<br>and could not be appealed.
//!                           ^^^^ html_tag
//! ```

use crate::ast::{Article, DiagnosticKind};
use crate::parser::runs;

/// Element names matched, lower case.
const NAMES: &[&str] = &[
    "a",
    "abbr",
    "article",
    "aside",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "div",
    "em",
    "figcaption",
    "figure",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "iframe",
    "img",
    "li",
    "nav",
    "ol",
    "p",
    "picture",
    "script",
    "section",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
];

/// The longest tag matched, in bytes (a link with its attributes).
const MAX_TAG_BYTES: usize = 300;

/// The length of the tag starting at `at` (which holds `<`), if there is one.
pub(crate) fn tag_at(input: &str, at: usize) -> Option<usize> {
    let rest = input.as_bytes().get(at + 1..)?;
    let rest = rest.get(..rest.len().min(MAX_TAG_BYTES))?;
    let close = usize::from(rest.first() == Some(&b'/'));
    let body = rest.get(close..)?;
    let name_len = body
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let name = body.get(..name_len)?;
    if !NAMES
        .iter()
        .any(|n| n.len() == name.len() && n.as_bytes().eq_ignore_ascii_case(name))
    {
        return None;
    }
    // `USAIR <U> ACQUIRES`: a wire ticker in capitals, unless it is a line break or rule.
    let ticker = close == 0
        && name.iter().all(u8::is_ascii_uppercase)
        && !matches!(name, b"BR" | b"HR" | b"P")
        && body.get(name_len) == Some(&b'>');
    if ticker {
        return None;
    }
    let after = body.get(name_len..)?;
    let end = match after.first()? {
        b'>' => 0,
        b'/' if after.get(1) == Some(&b'>') => 1,
        // Attributes: to the first `>`, on one line.
        b' ' | b'\t' if close == 0 => {
            let gt = memchr::memchr(b'>', after)?;
            if after
                .get(..gt)
                .is_some_and(|a| a.contains(&b'\n') || a.contains(&b'<'))
            {
                return None;
            }
            gt
        }
        _ => return None,
    };
    Some(1 + close + name_len + end + 1)
}

/// Reports runs of tags anywhere in the input.
pub(crate) fn run(input: &str, article: &mut Article<'_>) {
    runs::report_pattern(
        input,
        article,
        b'<',
        tag_at,
        0,
        DiagnosticKind::HtmlTag,
        "an HTML tag left in the text (`<br>`, `</p>`)",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        runs::found(run, text)
    }

    #[test]
    fn tags_with_and_without_attributes() {
        assert_eq!(
            found("final<br>and <BR/> then </p><p>more <a href=\"https://x.example/\">link</a>"),
            [
                "<br>",
                "<BR/>",
                "</p><p>",
                "<a href=\"https://x.example/\">",
                "</a>"
            ]
        );
    }

    #[test]
    fn comparisons_and_tickers_are_no_tags() {
        for text in [
            "if a < b and c > d",
            "COBANCO INC <CBCO> YEAR NET",
            "USAIR <U> ACQUIRES <B> SHARES",
            "x <= y",
            "<3 love",
            "<a",
            "< p >",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}

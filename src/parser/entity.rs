//! HTML character references left in the text: `&quot;`, `&amp;`, `&#8217;`, as scrapers
//! that strip tags without decoding leave them. Reported as diagnostics; the text is kept as
//! written.
//!
//! ## Grammar
//!
//! ```text
//! reference = "&" name ";"                       ; a name of [`NAMES`]: &quot; &rsquo;
//!           / "&#" 1*7DIGIT ";"                  ; &#8220;
//!           / "&#" ( "x" / "X" ) 1*6HEXDIG ";"   ; &#x201C;
//! ```
//!
//! Only names HTML defines for punctuation, spaces and common letters are matched, so `R&D;`
//! or `AT&T;` is not one. Adjacent references make one diagnostic (see [`runs`]).
//!
//! ## Examples
//!
//! ```text
//! > | &quot;We won,&quot; she said. Fish &amp; chips.
//!     ^^^^^^       ^^^^^^ html_entity  ^^^^^ html_entity
//! ```

use crate::ast::{Article, DiagnosticKind};
use crate::parser::runs;

/// The named references matched: quotes, dashes, spaces, symbols and the accented letters
/// news text uses most.
const NAMES: &[&str] = &[
    "quot", "amp", "apos", "lt", "gt", "nbsp", "ldquo", "rdquo", "lsquo", "rsquo", "laquo",
    "raquo", "bdquo", "sbquo", "ndash", "mdash", "hellip", "bull", "middot", "copy", "reg",
    "trade", "deg", "euro", "pound", "yen", "cent", "sect", "para", "times", "divide", "frac12",
    "frac14", "frac34", "thinsp", "ensp", "emsp", "shy", "zwj", "zwnj", "eacute", "egrave",
    "ecirc", "aacute", "agrave", "acirc", "atilde", "aring", "auml", "iacute", "oacute", "ograve",
    "ocirc", "otilde", "ouml", "uacute", "ugrave", "uuml", "ntilde", "ccedil", "szlig", "Eacute",
    "Aacute", "Oacute", "Uacute", "Ntilde", "Ccedil", "Auml", "Ouml", "Uuml",
];

/// The length of the reference starting at `at` (which holds `&`), if there is one.
pub(crate) fn reference_at(input: &str, at: usize) -> Option<usize> {
    let rest = input.as_bytes().get(at + 1..)?;
    let body_len = rest.iter().take(9).position(|&b| b == b';')?;
    let body = rest.get(..body_len)?;
    let ok = match body {
        [b'#', b'x' | b'X', hex @ ..] => {
            (1..=6).contains(&hex.len()) && hex.iter().all(u8::is_ascii_hexdigit)
        }
        [b'#', digits @ ..] => {
            (1..=7).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit)
        }
        name => NAMES.iter().any(|n| n.as_bytes() == name),
    };
    ok.then_some(body_len + 2)
}

/// Reports runs of character references anywhere in the input.
pub(crate) fn run(input: &str, article: &mut Article<'_>) {
    runs::report_pattern(
        input,
        article,
        b'&',
        reference_at,
        0,
        DiagnosticKind::HtmlEntity,
        "an HTML character reference left undecoded (`&quot;` for `\"`)",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        runs::found(run, text)
    }

    #[test]
    fn named_and_numeric_references() {
        assert_eq!(
            found("&quot;We won,&quot; she said. Fish &amp; chips &#8220;x&#x201D;"),
            ["&quot;", "&quot;", "&amp;", "&#8220;", "&#x201D;"]
        );
        // Adjacent references are one run.
        assert_eq!(found("a&nbsp;&nbsp;b"), ["&nbsp;&nbsp;"]);
    }

    #[test]
    fn ampersands_in_text_are_left_alone() {
        assert!(found("R&D; AT&T; Fish & chips; &; &#; &#x; &#12345678; &quot").is_empty());
        assert!(found("").is_empty());
        assert!(found("&").is_empty());
    }
}

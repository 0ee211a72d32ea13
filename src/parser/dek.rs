//! Deks (standfirsts): the one-sentence summary right under the headline.
//!
//! ## Grammar
//!
//! ```text
//! dek = sentence LF        ; one line, 3 to 45 words, ending like a sentence
//!     / clause LF          ; over a byline or date: 8 to 45 words, a letter or digit last
//! ```
//!
//! The shape alone does not make a dek: a news story's first paragraph has the same shape.
//! The classifier takes a dek only where the page layout shows one: right under the
//! headline, with the byline or timestamp still to come below it (the body never opens before
//! the byline).
//!
//! ## Examples
//!
//! ```text
//! > | Two-year-old bug exposes thousands of servers to crippling attack.
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dek
//! > | By Jane Doe
//! ```

use std::borrow::Cow;

use crate::Span;
use crate::ast::Dek;
use crate::parser::text::{ends_like_sentence, word_count};

/// The longest dek, in bytes.
const MAX_BYTES: usize = 400;
/// Fewest and most words in a dek.
const WORDS: std::ops::RangeInclusive<usize> = 3..=45;

/// A dek node for the line at `span`, if it has the shape of one.
pub(crate) fn parse(input: &str, span: Span) -> Option<Dek<'_>> {
    if span.len() > MAX_BYTES {
        return None;
    }
    let text = span.slice(input)?;
    (WORDS.contains(&word_count(text)) && ends_like_sentence(text)).then_some(Dek {
        text: Cow::Borrowed(text),
        span,
    })
}

/// Fewest words in a dek without a sentence end (`City hall says ... but operators warn of
/// job losses`, as British standfirsts are printed): longer than most headlines.
const MIN_UNENDED_WORDS: usize = 8;

/// A dek node for the line at `span` that need not end like a sentence: eight words or
/// more, ending on a letter or digit (not a colon or dash that announces more). For the
/// classifier to use only where a byline or date follows.
pub(crate) fn parse_unended(input: &str, span: Span) -> Option<Dek<'_>> {
    if let Some(d) = parse(input, span) {
        return Some(d);
    }
    if span.len() > MAX_BYTES {
        return None;
    }
    let text = span.slice(input)?;
    let words = word_count(text);
    (words >= MIN_UNENDED_WORDS
        && *WORDS.end() >= words
        && text.trim_end().ends_with(char::is_alphanumeric)
        && text.chars().any(char::is_lowercase))
    .then_some(Dek {
        text: Cow::Borrowed(text),
        span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dek(s: &str) -> bool {
        parse(s, Span::new(0, s.len())).is_some()
    }

    #[test]
    fn summary_sentences() {
        assert!(dek(
            "Two-year-old bug exposes thousands of servers to crippling attack."
        ));
        assert!(dek("But only hardcore gamers will appreciate it."));
    }

    #[test]
    fn not_deks() {
        assert!(!dek("Local News"));
        assert!(!dek(
            "City unveils plan to turn abandoned rail yard into riverside park"
        ));
        assert!(!dek("Yes."));
    }

    #[test]
    fn standfirsts_without_a_full_stop() {
        let loose = |s: &str| parse_unended(s, Span::new(0, s.len())).is_some();
        assert!(loose(
            "Passengers' groups say the increase will price commuters off trains"
        ));
        assert!(!loose("Rail fares to rise in March"));
        assert!(!loose(
            "What the new rules mean for commuters and for the railway:"
        ));
    }
}

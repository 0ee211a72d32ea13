//! Headlines: the title line of the article.
//!
//! ## Grammar
//!
//! ```text
//! headline = title-line LF
//! title-line = 1*200( VCHAR / SP )   ; at most 30 words, not a finished long sentence
//! ```
//!
//! The headline is a single line. Wire copy and most clean texts put it first; a scraped page
//! may put menus before it. A short line may end with a period (some corpora append one), but
//! a line that reads as a finished sentence of many words is prose, not a title. A line that
//! another front-matter parser claims (a byline, a timestamp, a caption or credit, a sign-off)
//! is not a title either, however short: the page analysis picks its headline among
//! title-shaped lines, and `James Akinaka • 8h` must not be one.
//!
//! ## Examples
//!
//! ```text
//! > | Top diplomats meet in Iceland
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ headline
//! > | COBANCO INC <CBCO> YEAR NET
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ headline
//! ```

use std::borrow::Cow;

use crate::Span;
use crate::ast::Headline;
use crate::parser::text::{ends_like_sentence, word_count};
use crate::parser::{byline, caption, signoff, timestamp};

/// Longest headline accepted, in bytes.
const MAX_BYTES: usize = 300;
/// Most words in a headline.
const MAX_WORDS: usize = 30;
/// A line ending like a sentence with more words than this is prose.
const MAX_SENTENCE_WORDS: usize = 20;

/// Whether `line` has the shape of a title.
pub(crate) fn is_title_like(line: &str) -> bool {
    // The length first: a 10 MB line must not be scanned for words.
    if line.is_empty() || line.len() > MAX_BYTES {
        return false;
    }
    let words = word_count(line);
    words <= MAX_WORDS
        && !(ends_like_sentence(line) && words > MAX_SENTENCE_WORDS)
        && line.chars().any(char::is_alphanumeric)
        && !is_other_front_matter(line)
}

/// Whether `line` is another construct that sits near a headline and is as short as one: a
/// byline (`By Jane Doe`, `James Akinaka • 8h`), a timestamp, a photo caption or credit, a
/// sign-off or editor's note.
fn is_other_front_matter(line: &str) -> bool {
    let span = Span::new(0, line.len());
    byline::parse(line, span, true).is_some()
        || timestamp::parse(line, span, true).is_some()
        || caption::parse(line, span).is_some()
        || signoff::parse(line, span).is_some()
}

/// A headline node for the line at `span`, if it has the shape of one.
pub(crate) fn parse(input: &str, span: Span) -> Option<Headline<'_>> {
    let text = span.slice(input)?;
    // A breadcrumb trail (`Home > Science > Space`) names sections, not the story.
    (is_title_like(text) && !crate::parser::page::signals::breadcrumb(text)).then_some(Headline {
        text: Cow::Borrowed(text),
        span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert!(is_title_like(
            "Top US and Russian diplomats meet in Iceland"
        ));
        assert!(is_title_like("COBANCO INC <CBCO> YEAR NET"));
        assert!(is_title_like("Ad sales boost Time Warner profit."));
        let crumbs = "Home > Science > Space";
        assert!(parse(crumbs, Span::new(0, crumbs.len())).is_none());
    }

    #[test]
    fn front_matter_is_not_a_title() {
        for line in [
            "By Jane Doe",
            "James Akinaka • 8h",
            "Dan Goodin - Apr 16, 2015 8:02 pm UTC",
            "Updated: 19 May 2021 14:02 BST",
            "Jane Doe, left, greets John Roe as they arrive. (Associated press)",
            "JIM BROWN/AFP/Getty Images",
            "Reuter",
        ] {
            assert!(!is_title_like(line), "{line}");
        }
    }

    #[test]
    fn prose_is_not_a_title() {
        assert!(!is_title_like(
            "Senior diplomats from the two countries clashed politely but firmly in their first face-to-face meeting, which came as ties between the nations worsened sharply."
        ));
        assert!(!is_title_like("—"));
        assert!(!is_title_like(""));
    }
}

//! Subheadings: short titles between the paragraphs of the body.
//!
//! ## Grammar
//!
//! ```text
//! subheading = [number ( "." / ")" ) SP] title-line LF   ; 1 to 12 words, no sentence punctuation
//! ```
//!
//! A line ending with `.`, `,`, `;`, `:`, `?` or `!` is prose (a question, a line introducing a
//! quote), and so is one with a sentence ending inside it; except that an explainer's short
//! questions (`Will phones get thicker?`) are subheadings where the article has two or
//! more of them on lines of their own.
//!
//! ```text
//! ```
//!
//! The classifier takes a subheading only inside the body and only when prose follows it, so
//! a trail of short lines at the end of a page (share buttons, tags) is not one.
//!
//! ## Examples
//!
//! ```text
//! > | What happens next
//!     ^^^^^^^^^^^^^^^^^ subheading
//! > | The plan will go before the city council for a first vote on July 9.
//! ```

use std::borrow::Cow;

use crate::Span;
use crate::ast::Subheading;
use crate::parser::list;
use crate::parser::text::{last_significant_char, word_count};

/// The longest subheading, in bytes.
const MAX_BYTES: usize = 120;
/// Most words in a subheading.
const MAX_WORDS: usize = 12;

/// Whether a sentence ends inside `text` (`here.Read`, `gadget! It's`).
fn has_inner_sentence_end(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| matches!(w, [b'.' | b'!' | b'?', n] if *n == b' ' || n.is_ascii_uppercase()))
}

/// Most words in a question used as a subheading.
const MAX_QUESTION_WORDS: usize = 10;

/// `What exactly is required?`: a short question on a line of its own, the subheading of an
/// explainer. Read as one only where an article has two or more of them (see
/// [`parse`]): one such line alone is as likely a rhetorical one-line paragraph.
pub(crate) fn is_question_heading(text: &str) -> bool {
    let Some(body) = text.strip_suffix('?') else {
        return false;
    };
    // Opening with a question word or an auxiliary: `The good news?` or `Maybe because
    // ...?` is a writer's aside.
    let first = body.split(' ').next().unwrap_or("").to_lowercase();
    let asks = matches!(
        first.as_str(),
        "what"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "why"
            | "how"
            | "when"
            | "where"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "does"
            | "do"
            | "did"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "don’t"
            | "don't"
            | "isn’t"
            | "isn't"
    );
    asks && text.len() <= MAX_BYTES
        && body.starts_with(char::is_uppercase)
        && (2..=MAX_QUESTION_WORDS).contains(&word_count(body))
        && !has_inner_sentence_end(body)
        && !body.ends_with(['?', ' '])
        && !body.contains(['“', '”', '"', ':'])
}

/// A subheading node for the line at `span`, if it has the shape of one; with
/// `questions`, a short question too (the article has several, see
/// [`is_question_heading`]).
pub(crate) fn parse(input: &str, span: Span, questions: bool) -> Option<Subheading<'_>> {
    if span.len() > MAX_BYTES {
        return None;
    }
    let text = span.slice(input)?;
    if questions && is_question_heading(text) {
        return Some(Subheading {
            text: Cow::Borrowed(text),
            span,
        });
    }
    // `2. Seal the drafts`: a numbered subheading of a listicle is read past its number (a
    // bulleted line stays a list item).
    let title = match text.chars().next() {
        Some(c) if c.is_ascii_digit() => match list::bullet_len(text) {
            Some(n) => text.get(n..)?.trim_start(),
            None => text,
        },
        _ => text,
    };
    let first = title.chars().next()?;
    let ok = (first.is_uppercase() || first.is_ascii_digit() && title.len() == text.len())
        && !matches!(
            last_significant_char(title),
            Some('.' | ',' | ';' | ':' | '?' | '!' | '…')
        )
        && (1..=MAX_WORDS).contains(&word_count(title))
        && !has_inner_sentence_end(title)
        && title.chars().any(char::is_alphabetic)
        && !title.contains(['“', '”', '"']);
    ok.then_some(Subheading {
        text: Cow::Borrowed(text),
        span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(s: &str) -> bool {
        parse(s, Span::new(0, s.len()), false).is_some()
    }

    #[test]
    fn short_titles() {
        assert!(sub("What happens next"));
        assert!(sub("The setup, step by step"));
        assert!(sub("ORLANDO MOURNS"));
        assert!(sub("Republicans’ Long, Uneasy History With Race"));
        // Numbered, as listicles number them; the number alone is no title.
        assert!(sub("2. Seal the drafts"));
        assert!(sub("10) Bleed your radiators"));
        assert!(sub("2024 in review"));
        assert!(!sub("2. it was a long day."));
        assert!(!sub("3."));
    }

    #[test]
    fn questions_where_an_article_has_several() {
        let q = |s: &str| parse(s, Span::new(0, s.len()), true).is_some();
        assert!(q("What exactly is required?"));
        assert!(q("Will phones get thicker?"));
        assert!(!sub("What exactly is required?"));
        // A question inside a longer line, a quoted one, a one-word one: prose.
        assert!(!q("Why? Because the law says so?"));
        assert!(!q("\"Why not?\""));
        assert!(!q("Why?"));
        assert!(!q("The good news?"));
        assert!(!q(
            "So what do the owners of the eleven biggest phone makers in the world think of it?"
        ));
    }

    #[test]
    fn not_subheadings() {
        assert!(!sub("He left."));
        assert!(!sub("Cruz continued:"));
        assert!(!sub("Was he satisfied with the answer?"));
        assert!(!sub("See live results here.Read the latest updates below"));
        assert!(!sub("• one item"));
        assert!(!sub("and then some"));
        assert!(!sub("“We are ready”"));
        assert!(!sub(
            "This line is far too long to be a subheading because it keeps going on and on"
        ));
    }
}

//! Kinds: full quotation, partial quotation inside the writer's sentence, or a term (scare)
//! quote.
//!
//! ## Grammar
//!
//! ```text
//! full    = ( sentence-start / ":" / "," / dash / cue ) mark upper *word mark
//!         / mark sentence 1*sentence mark        ; several sentences
//! scare   = marker *2word mark *4word mark       ; so-called, known as, dubbed ...
//!         / mark 1*4word mark ( dash / "," ) *2word marker   ; “X” — the slogan ...
//!         / mark 1*4word mark                    ; short, and nobody speaks in its sentence
//! partial = anything else: `had been “constructive”`
//! ```
//!
//! ## Examples
//!
//! ```text
//! > | “We are ready,” he said.             full
//! > | the talks had been “constructive”    partial
//! > | the region known as the “high north.”  scare
//! ```

use super::lexicon;
use super::para::Para;
use crate::QuoteKind;

/// The most words a quote without attribution can have and still be a term.
const MAX_TERM_WORDS: usize = 4;
/// The most words of a quote standing alone as a block, with no sentence end inside, that
/// is read as a subheading (`'Hard to be in such close quarters with the same people'.`).
const MAX_ALONE_WORDS: usize = 14;

/// The kind of the quote opened at token `open` and closed at `close` (exclusive of the
/// marks); `attributed` says whether a speech verb was found in its sentence.
pub(crate) fn classify(p: &Para<'_>, open: usize, close: usize, attributed: bool) -> QuoteKind {
    let first = open + 1;
    let starts_upper = p.s(first).chars().next().is_some_and(|c| !c.is_lowercase());
    let sent = p.sentence_of(open);
    let uncased = p
        .s(first)
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase());
    let at_sentence_level = uncased
        || open <= sent.start
        || open.checked_sub(1).is_some_and(|b| {
            p.is_punct(b, ":")
                || p.is_punct(b, ",")
                || p.is_punct(b, "(")
                || p.is_dash(b)
                || p.is_mark(b)
                || p.is_terminal(b)
                || (p.is_word(b) && p.info_cue(b).is_some_and(|c| !c.weak))
        });
    let several_sentences =
        (first..close).any(|i| p.is_terminal(i) && i + 1 < close && p.is_cap_word(i + 1));
    let words = (first..close).filter(|&i| p.is_word(i)).count();
    let long_words = || (first..close).filter(|&i| p.is_word(i) && p.s(i).chars().count() > 3);
    let title_case =
        words > 1 && long_words().next().is_some() && long_words().all(|i| p.is_cap_word(i));
    if !attributed && (is_title(p, open, close, words, title_case) || named_after(p, close, words))
    {
        return QuoteKind::Scare;
    }
    // `the “Activate” project`, `singer Riefian “Ifan” Fajarsyah`, `the oafish “Bird
    // Man”`: a short capitalised name inside the writer's sentence is a term, even in a
    // sentence with a speech verb.
    let capitalised = (first..close)
        .filter(|&i| p.is_word(i))
        .all(|i| p.is_cap_word(i));
    // `Norvik Energy Inc. (“Norvik” or the “Company”)`: a defined term in brackets, as
    // press releases and filings introduce short names.
    let defined = open.checked_sub(1).is_some_and(|b| p.is_punct(b, "("))
        && (p.is_punct(close + 1, ")") || p.is_lower_word(close + 1) && p.s(close + 1) == "or");
    if (!at_sentence_level || defined)
        && words > 0
        && words <= 3
        && capitalised
        && !(first..close).any(|i| p.is_terminal(i) || p.is_punct(i, ","))
    {
        return QuoteKind::Scare;
    }
    // `“She is old,” Vidal said, “and a taxi cannot ...”` (or `he said — “and soon.”`): the
    // second half of a quote split by its attribution.
    let resumed = open >= 3
        && (p.is_punct(open - 1, ",") || p.is_dash(open - 1))
        && (open.saturating_sub(4)..open - 1).any(|i| p.cue(i).is_some_and(|c| !c.weak))
        && (sent.start..open.saturating_sub(2)).any(|i| p.is_mark(i));
    // `were “very pleased. It levels the field.”`: a fragment running on past its sentence
    // is still a fragment.
    let after_comma = open.checked_sub(1).is_some_and(|b| p.is_punct(b, ","));
    let fragment = (!at_sentence_level || after_comma) && !starts_upper;
    if (several_sentences && !fragment) || resumed || (starts_upper && at_sentence_level) {
        return QuoteKind::Full;
    }
    let marked = (open.saturating_sub(3)..open).any(|i| {
        p.is_word(i) && p.is(i, &lexicon::SCARE_MARKERS)
            || (p.s(i) == "called" && i > 0 && is_passive(p.s(i - 1)))
    });
    if marked || (!attributed && (words <= MAX_TERM_WORDS || title_case) && !spoken(p, open)) {
        QuoteKind::Scare
    } else {
        QuoteKind::Partial
    }
}

/// A short quote that the words after it name as a term: `“Build it back” — the slogan
/// painted on a barn —`, `“Ghost kitchens,” a term for ...`.
fn named_after(p: &Para<'_>, close: usize, words: usize) -> bool {
    let gap = close + 1;
    if words > MAX_TERM_WORDS || !(p.is_dash(gap) || p.is_punct(gap, ",")) {
        return false;
    }
    (gap + 1..gap + 4)
        .take_while(|&i| p.is_word(i))
        .any(|i| p.is(i, &lexicon::SCARE_MARKERS))
}

/// A title rather than speech: a work's name in title case (`“The Kid Who Would Be King”`),
/// a short quote standing alone as a subheading (`'Just listen to us'`), or any quote on a
/// `WATCH:` / `READ MORE:` line. None ends like a sentence.
fn is_title(p: &Para<'_>, open: usize, close: usize, words: usize, title_case: bool) -> bool {
    if (open + 1..close).any(|i| p.is_terminal(i)) {
        return false;
    }
    // Alone in its block, maybe with a period after it (`'Just listen to us'.`).
    let after = close + 1 + usize::from(p.is_terminal(close + 1));
    let alone = open == 0 && after >= p.len() && words <= MAX_ALONE_WORDS;
    let label = (0..3.min(p.len())).any(|i| {
        p.is_punct(i + 1, ":") && (0..=i).all(|k| p.is_word(k) && lexicon::is_all_caps(p.s(k)))
    });
    alone || label || (title_case && words <= 8 && !p.is_terminal(close + 1))
}

/// Whether a subject pronoun stands shortly before the quote in its sentence (`he became
/// “acutely aware”`): then a short quote is someone's words, not a term.
fn spoken(p: &Para<'_>, open: usize) -> bool {
    let start = p.sentence_of(open).start.max(open.saturating_sub(8));
    (start..open).any(|i| {
        p.is_lower_word(i) && matches!(p.s(i), "he" | "she" | "they" | "i" | "we") || p.s(i) == "I"
    })
}

fn is_passive(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "so" | "also"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str, attributed: bool) -> QuoteKind {
        let p = Para::new(text, 0);
        let marks: Vec<usize> = (0..p.len()).filter(|&i| p.is_mark(i)).collect();
        classify(&p, marks[0], marks[1], attributed)
    }

    #[test]
    fn a_quote_resumed_after_a_dash() {
        let p = Para::new("“We will,” she said — “and soon.”", 0);
        let marks: Vec<usize> = (0..p.len()).filter(|&i| p.is_mark(i)).collect();
        assert_eq!(classify(&p, marks[2], marks[3], true), QuoteKind::Full);
    }

    #[test]
    fn defined_terms_in_brackets() {
        assert_eq!(
            kind("Norvik Energy Inc. (“Norvik” or the “Company”) said", true),
            QuoteKind::Scare
        );
        assert_eq!(
            kind(
                "the State Disaster Management Authority (\"ASDMA\") said",
                true
            ),
            QuoteKind::Scare
        );
    }

    #[test]
    fn full_partial_and_scare() {
        assert_eq!(kind("“We are ready,” he said.", true), QuoteKind::Full);
        assert_eq!(kind("He said: “We are ready.”", true), QuoteKind::Full);
        assert_eq!(
            kind("He said the talks had been “constructive” and long.", true),
            QuoteKind::Partial
        );
        // A fragment running on past its sentence is still a fragment.
        assert_eq!(
            kind(
                "He said the crew were “very pleased. It levels the field.”",
                true
            ),
            QuoteKind::Partial
        );
        assert_eq!(
            kind("He said: “We are pleased. It levels the field.”", true),
            QuoteKind::Full
        );
        assert_eq!(
            kind(
                "He left last year, “because of the rules. I am back now.”",
                true
            ),
            QuoteKind::Partial
        );
        assert_eq!(
            kind("the region known as the “high north.”", false),
            QuoteKind::Scare
        );
        assert_eq!(
            kind("He called it a “so-called plan” today.", false),
            QuoteKind::Scare
        );
        assert_eq!(
            kind("a guest spot on “Saturday Night Live” was a reward", false),
            QuoteKind::Scare
        );
        // A block that is one quote with no sentence end inside: a subheading.
        assert_eq!(
            kind(
                "'Hard to keep a boat afloat with the fees they charge us now'.",
                false
            ),
            QuoteKind::Scare
        );
        assert_eq!(
            kind(
                "“We will keep the boats afloat. The fees are too high.”",
                false
            ),
            QuoteKind::Full
        );
        // A short capitalised name in the writer's sentence, even one with a speech verb.
        assert_eq!(
            kind(
                "Reve, who runs the “Harbourwatch” project, said it worked.",
                true
            ),
            QuoteKind::Scare
        );
        assert_eq!(kind("“Yes,” he said.", true), QuoteKind::Full);
        assert_eq!(
            kind("Reve said the plan was “bold” and fair.", true),
            QuoteKind::Partial
        );
    }
}

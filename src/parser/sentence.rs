//! Sentences: where the sentences of a prose block start and end.
//!
//! ## Grammar
//!
//! ```text
//! text      = sentence *( ws sentence )
//! sentence  = *char terminal *closer          ; ends where a boundary follows
//! terminal  = "." / "!" / "?" / "…" / "。" / "！" / "？"
//! closer    = quotation-mark / ")" / "]"
//! boundary  = ws ( upper / digit / opening-mark / "(" ) ; and not after an abbreviation
//! ```
//!
//! A terminal followed by a lowercase word is not a boundary (`he said. he said,` stays
//! one sentence: the repetition is a diagnostic of the quote parser, not a sentence). A
//! period is not a boundary after a title (`Mr.`, `Dr.`, `Sen.`), an initial (`J. Smith`),
//! a month before a number (`Jan. 5`), or an initialism (`U.S.`, `p.m.`) unless the next
//! word is one that usually starts a sentence (`The`, `He`, `But` ...).
//!
//! ## Examples
//!
//! ```text
//! > | Mr. Lee met U.S. officials on Jan. 5. “We are ready,” he said. He left.
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^ ^^^^^^^^
//! ```

use std::ops::Range;

use once_cell::sync::Lazy;

use crate::parser::quote::{WordSet, lexicon};
use crate::parser::text::is_terminal;

/// Titles and other abbreviations after which a period never ends a sentence.
static TITLES: Lazy<WordSet<&'static str>> = Lazy::new(|| {
    [
        "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt",
        "sgt", "cpl", "maj", "adm", "cmdr", "cmdt", "const", "insp", "det", "supt", "rev", "fr",
        "hon", "coun", "st", "mt", "ft", "pres", "atty", "messrs", "mme", "mlle", "sr", "jr", "vs",
        "v", "cf", "approx", "dept", "est", "fig", "lb", "lbs", "oz", "no", "nos", "vol", "pp",
        "ch", "sec", "art", "ave", "blvd", "rd", "gov't", "corp", "inc", "ltd", "co", "bros",
    ]
    .into_iter()
    .collect()
});

/// Month abbreviations, which do not end a sentence before a number (`Jan. 5`).
static MONTHS: Lazy<WordSet<&'static str>> = Lazy::new(|| {
    [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    .into_iter()
    .collect()
});

/// Every word of [`TITLES`] and [`MONTHS`]: what [`is_abbreviation`] takes, lowercased.
#[cfg(test)]
pub(crate) fn abbreviations() -> impl Iterator<Item = &'static str> {
    TITLES.iter().chain(MONTHS.iter()).copied()
}

/// Words that usually open a sentence: after an initialism (`U.S.`) they mark a boundary.
static STARTERS: Lazy<WordSet<&'static str>> = Lazy::new(|| {
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "but",
        "and",
        "in",
        "on",
        "at",
        "this",
        "that",
        "these",
        "those",
        "there",
        "his",
        "her",
        "their",
        "our",
        "its",
        "after",
        "when",
        "while",
        "if",
        "as",
        "for",
        "so",
        "yet",
        "however",
        "meanwhile",
        "some",
        "many",
        "most",
        "no",
        "one",
        "both",
        "still",
        "also",
        "then",
        "now",
        "since",
        "although",
        "though",
        "because",
        "what",
        "who",
        "why",
        "how",
        "where",
        "my",
        "your",
    ]
    .into_iter()
    .collect()
});

/// Whether a period after `word` may be an abbreviation's (`Dr.`, `Inc.`, `Jan.`, `St.`).
pub(crate) fn is_abbreviation(word: &str) -> bool {
    // No title or month has more than six bytes ([`LONGEST_ABBREVIATION`]), nor more
    // once lowercased as ASCII: a longer ASCII word is none, without a lowercased copy.
    if word.len() > LONGEST_ABBREVIATION && word.is_ascii() {
        return false;
    }
    with_lower(word, |w| TITLES.contains(w) || MONTHS.contains(w))
}

/// The longest word of [`TITLES`] and [`MONTHS`], in bytes.
const LONGEST_ABBREVIATION: usize = 6;

/// Characters that may follow a terminal and still belong to its sentence.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | '“' | ')' | ']' | '」' | '』'
    )
}

/// Characters that may open a sentence besides letters and digits.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '('
            | '['
            | '「'
            | '『'
            | '—'
            | '–'
            | '-'
            | '•'
    )
}

/// The word that ends right before byte `end` of `text` (letters, digits, `.`, `'`).
fn word_before(text: &str, end: usize) -> &str {
    let head = text.get(..end).unwrap_or("");
    // Read a byte at a time while the bytes are ASCII (nearly always): an ASCII byte that
    // is no letter, digit, `.` or `'` starts no char of the word; a byte outside ASCII
    // sends the word to the char-by-char reading below.
    let bytes = head.as_bytes();
    let mut at = bytes.len();
    while let Some(&b) = at.checked_sub(1).and_then(|i| bytes.get(i)) {
        if !b.is_ascii() {
            return word_before_chars(head);
        }
        if !(b.is_ascii_alphanumeric() || b == b'.' || b == b'\'') {
            break;
        }
        at -= 1;
    }
    head.get(at..).unwrap_or("")
}

/// [`word_before`] of the end of `head`, read char by char.
#[cold]
fn word_before_chars(head: &str) -> &str {
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '’'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    head.get(start..).unwrap_or("")
}

/// The word that starts at byte `start` of `text`.
fn word_at(text: &str, start: usize) -> &str {
    let tail = text.get(start..).unwrap_or("");
    // As in [`word_before`]: ASCII bytes are read one at a time, a word with a char
    // outside ASCII char by char.
    let bytes = tail.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if !b.is_ascii() {
            return word_at_chars(tail);
        }
        if !b.is_ascii_alphanumeric() {
            break;
        }
        at += 1;
    }
    tail.get(..at).unwrap_or("")
}

/// [`word_at`] the start of `tail`, read char by char.
#[cold]
fn word_at_chars(tail: &str) -> &str {
    let end = tail
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(tail.len(), |(i, _)| i);
    tail.get(..end).unwrap_or("")
}

/// Calls `f` with the ASCII-lowercased `word` (without allocating for short words). An
/// ASCII word with no capital is its own lower case: passed as it is, with no copy and no
/// UTF-8 check of a copy.
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    let bytes = word.as_bytes();
    if bytes.len() <= buf.len() && word.is_ascii() {
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return f(word);
        }
        let dst = buf.get_mut(..bytes.len()).unwrap_or(&mut []);
        // Copied and lowercased in one pass: a word is too short for a `memcpy` call.
        for (d, &b) in dst.iter_mut().zip(bytes) {
            *d = b.to_ascii_lowercase();
        }
        f(std::str::from_utf8(dst).unwrap_or(""))
    } else {
        f(&word.to_lowercase())
    }
}

/// Whether a period after `word` (the text before the period) ends a sentence that the
/// word `next()` (starting with `next_char`) would open; `next` is read only for a single
/// letter or an initialism before the period.
fn period_ends_sentence<'t>(word: &str, next: impl Fn() -> &'t str, next_char: char) -> bool {
    let core = word.trim_start_matches(['\'', '’']);
    if core.is_empty() {
        return true;
    }
    // A longer ASCII word is no title or month (see [`is_abbreviation`]), nor is a word
    // outside the lexicon's table of both (a test checks it holds them all), which its
    // packed probe answers without a lowercased copy to hash.
    let short = (core.len() <= LONGEST_ABBREVIATION || !core.is_ascii())
        && lexicon::ABBREVIATIONS.has(lexicon::lookup(core));
    if short && with_lower(core, |w| TITLES.contains(w)) {
        return false;
    }
    if short && next_char.is_ascii_digit() && with_lower(core, |w| MONTHS.contains(w)) {
        return false;
    }
    let mut chars = core.chars();
    let single_letter =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    let initialism = core.contains('.');
    if single_letter && next_char.is_uppercase() {
        // `J. Smith`; but a one-letter sentence end (`Plan B. The`) before a starter.
        return with_lower(next(), |w| STARTERS.contains(w));
    }
    if initialism {
        return with_lower(next(), |w| STARTERS.contains(w))
            || !crate::parser::text::is_alphabetic(next_char);
    }
    true
}

/// The sentences of `text`, as byte ranges trimmed of surrounding whitespace, in order.
pub(crate) fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    split_into(text, &mut out);
    out
}

/// [`split`] into `out` (cleared first), whose allocation a caller keeps from one
/// paragraph to the next.
pub(crate) fn split_into(text: &str, out: &mut Vec<Range<usize>>) {
    split_into_with(text, has_wide_terminal(text), out);
}

/// [`split_into`] for a caller that knows whether `text` may hold a terminal outside ASCII
/// (see [`has_wide_terminal`], which `wide` must agree with).
pub(crate) fn split_into_with(text: &str, wide: bool, out: &mut Vec<Range<usize>>) {
    out.clear();
    let mut start: Option<usize> = None;
    // A byte cursor (always on a char boundary) rather than a char iterator, so that the
    // text between terminals is skipped byte-wise instead of decoded char by char.
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if start.is_none() {
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            start = Some(i);
        }
        if !is_terminal(c) {
            i = next_terminal_candidate(text, i + c.len_utf8(), wide);
            continue;
        }
        let at = i;
        // Take the whole run of terminals and closers.
        let mut end = at + c.len_utf8();
        let mut last_terminal = c;
        let mut run = 1;
        while let Some(d) = char_at(text, end) {
            if is_terminal(d) || is_closer(d) {
                if is_terminal(d) {
                    last_terminal = d;
                    run += 1;
                }
                end += d.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        let rest = text.get(end..).unwrap_or("");
        let Some(next_off) = rest.find(|ch: char| !ch.is_whitespace()) else {
            break;
        };
        if next_off == 0 && !matches!(last_terminal, '。' | '！' | '？') {
            continue;
        }
        let next_at = end + next_off;
        let Some(next_char) = rest.get(next_off..).and_then(|r| r.chars().next()) else {
            break;
        };
        let boundary = if next_char.is_lowercase() {
            false
        } else if crate::parser::text::is_alphabetic(next_char) && !next_char.is_uppercase() {
            // A script without case (Hangul, kana, Han ...).
            true
        } else if next_char.is_uppercase() || next_char.is_ascii_digit() || is_opener(next_char) {
            // A lone period right after a word: check for abbreviations.
            if last_terminal == '.' && run == 1 && c == '.' {
                period_ends_sentence(word_before(text, at), || word_at(text, next_at), next_char)
            } else {
                true
            }
        } else {
            !crate::parser::text::is_alphabetic(next_char)
        };
        if boundary && let Some(s) = start.take() {
            out.push(s..end);
        }
    }
    if let Some(s) = start {
        let end = text.trim_end().len();
        if end > s {
            out.push(s..end);
        }
    }
}

/// The char at byte `i` of `text`, if `i` is a char boundary before its end.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The lead bytes of the terminals outside ASCII but `…`: `。` (E3), `！` and `？` (EF),
/// `।` and `॥` (E0), `።` and `။` (E1), `։` (D6), `؟` (D8), `۔` (DB).
pub(crate) const WIDE_LEADS: [u8; 7] = [0xE3, 0xEF, 0xE0, 0xE1, 0xD6, 0xD8, 0xDB];

/// Whether `text` may hold a terminal outside ASCII: a `…`, or any of [`WIDE_LEADS`]. Most
/// texts have none, and [`next_terminal_candidate`] then looks for `.`, `!` and `?` alone,
/// with `memchr3`.
fn has_wide_terminal(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3(0xE3, 0xEF, 0xE0, bytes).is_some()
        || memchr::memchr3(0xE1, 0xD6, 0xD8, bytes).is_some()
        || memchr::memchr(0xDB, bytes).is_some()
        || memchr::memmem::find(bytes, "…".as_bytes()).is_some()
}

/// The first byte offset from `from` (a char boundary) that may start a terminal: `.`, `!`,
/// `?`, and when `wide` (see [`has_wide_terminal`]) the lead byte of `…` (E2) or one of
/// [`WIDE_LEADS`]; the text's length if none. Every such byte starts a char, so the offset
/// is a char boundary.
fn next_terminal_candidate(text: &str, from: usize, wide: bool) -> usize {
    let Some(rest) = text.as_bytes().get(from..) else {
        return text.len();
    };
    let found = if wide {
        rest.iter()
            .position(|b| matches!(b, b'.' | b'!' | b'?' | 0xE2) || WIDE_LEADS.contains(b))
    } else {
        memchr::memchr3(b'.', b'!', b'?', rest)
    };
    found.map_or(text.len(), |p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_abbreviation_is_longer_than_the_bound() {
        assert!(
            TITLES
                .iter()
                .chain(MONTHS.iter())
                .all(|w| w.len() <= LONGEST_ABBREVIATION)
        );
        assert!(
            is_abbreviation("Messrs") && is_abbreviation("SEPT") && !is_abbreviation("Senator")
        );
    }

    #[test]
    fn every_terminal_is_a_skip_candidate() {
        // `split` skips text byte-wise to the next candidate: no terminal may be missed.
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_terminal(c))
        {
            let text = format!("ab{c}");
            assert_eq!(next_terminal_candidate(&text, 0, true), 2, "{c:?}");
            let wide = has_wide_terminal(&text);
            assert_eq!(next_terminal_candidate(&text, 0, wide), 2, "{c:?}");
            assert_eq!(wide, !c.is_ascii(), "{c:?}");
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_after_terminals_before_capitals() {
        assert_eq!(
            sentences("He left. She stayed! Why? Yes."),
            ["He left.", "She stayed!", "Why?", "Yes."]
        );
    }

    #[test]
    fn keeps_closing_quotes_with_their_sentence() {
        assert_eq!(
            sentences("“We are ready.” He left. “Are we?” she asked."),
            ["“We are ready.”", "He left.", "“Are we?” she asked."]
        );
    }

    #[test]
    fn titles_initials_and_dates_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Lee met Dr. J. Smith on Jan. 5 in St. Louis. Then he left."),
            [
                "Mr. Lee met Dr. J. Smith on Jan. 5 in St. Louis.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn initialisms_end_a_sentence_only_before_a_starter() {
        assert_eq!(
            sentences("He met U.S. Officials at 3 p.m. The talks ended."),
            ["He met U.S. Officials at 3 p.m.", "The talks ended."]
        );
    }

    #[test]
    fn a_lowercase_word_continues_the_sentence() {
        assert_eq!(
            sentences("“No,” he said. he said, according to Tass. Then"),
            ["“No,” he said. he said, according to Tass.", "Then"]
        );
    }

    #[test]
    fn empty_and_unterminated_text() {
        assert!(split("").is_empty());
        assert!(split("   ").is_empty());
        assert_eq!(sentences("  no end here  "), ["no end here"]);
    }

    #[test]
    fn cjk_terminals_need_no_space() {
        assert_eq!(
            sentences("비가 왔다。물이 찼다。"),
            ["비가 왔다。", "물이 찼다。"]
        );
    }
}

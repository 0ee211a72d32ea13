//! Noise: punctuation and sentence breaks that a scraper or a machine translation left
//! in the prose, reported as diagnostics (the text itself is kept as written).
//!
//! ## Grammar
//!
//! ```text
//! stray-punctuation = punct 1*SP punct            ; "relations. ."  "embezzlement. , including"
//!                   / word 1*SP "." EOT           ; "the second round ."
//! split-phrase      = word "." SP lower-word       ; "President Trump had. refused"
//!                   / word "." SP direction ( "," / "." )   ; "Iran and Korea. North, despite"
//! missing-space     = ( lower / digit ) "." upper lower  ; "was 5-4.The council"
//! punct             = "." / "," / ";" / ":"
//! direction         = "North" / "South" / "East" / "West"
//! ```
//!
//! A period after an abbreviation (`Mr.`, `a.m.`, `U.S.`, `etc.`, a month, an initial) is
//! not a sentence break, so the lower-case word after it is not a split. An ellipsis is
//! not stray punctuation.
//!
//! ## Examples
//!
//! ```text
//! > | ties with the capital of the north, a city with a history. .
//!                                                             ^^^ stray_punctuation
//! > | the pact that the former president had. refused to renew
//!                                           ^^^^^^^^^^ split_phrase
//! > | such as Iran and Korea. North, despite bitter disagreements
//!                      ^^^^^^^^^^^^ split_phrase
//! ```

use crate::Span;
use crate::ast::{Article, Block, Diagnostic, DiagnosticKind};

/// Words that end with a period without ending a sentence (compared case-insensitively,
/// without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "col", "lt",
    "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det", "no", "nos",
    "vs", "etc", "approx", "est", "dept", "univ", "inc", "corp", "ltd", "co", "bros", "ave",
    "blvd", "rd", "mt", "ft", "fig", "vol", "pp", "ch", "art", "sec", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo", "conn", "del",
    "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    "cf", "al", "op", "ed", "lb", "lbs", "oz", "kg", "km", "mph", "sq", "min", "max", "hr", "hrs",
    "yr", "yrs",
];

/// Reports stray punctuation and split phrases in every paragraph.
/// A split phrase already reported as a repeated attribution (`he said. he said,`) is not
/// reported again.
pub(crate) fn run(input: &str, article: &mut Article<'_>) {
    let mut found = Vec::new();
    for block in &article.blocks {
        if let Block::Paragraph(p) = block
            && let Some(text) = p.text_span.slice(input)
        {
            scan(text, p.text_span.start, &mut found);
        }
    }
    if found.is_empty() {
        return;
    }
    let repeated: Vec<Span> = article
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::RepeatedAttribution)
        .map(|d| d.span)
        .collect();
    found.retain(|d| {
        d.kind != DiagnosticKind::SplitPhrase
            || !repeated
                .iter()
                .any(|r| r.start < d.span.end && d.span.start < r.end)
    });
    article.diagnostics.append(&mut found);
    article.diagnostics.sort_by_key(|d| d.span.start);
}

/// The word (letters, digits, inner periods and apostrophes) that ends just before `end`.
fn word_before(text: &str, end: usize) -> &str {
    let head = text.get(..end).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-'))
        .last()
        .map_or(end, |(i, _)| i);
    head.get(start..).unwrap_or("")
}

/// Whether a period after `word` may close an abbreviation rather than a sentence.
fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.is_empty() || w.contains('.') {
        // `a.m`, `U.S`, `e.g`, or nothing at all before the period.
        return true;
    }
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_alphabetic()
    {
        // An initial: `John F. kennedy` is rare, `F.` is common.
        return true;
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w))
}

fn is_punct(b: u8) -> bool {
    matches!(b, b'.' | b',' | b';' | b':')
}

/// Scans one paragraph's text; `base` is its offset in the input.
fn scan(text: &str, base: usize, out: &mut Vec<Diagnostic>) {
    let bytes = text.as_bytes();
    let span = |a: usize, b: usize| Span::new(base + a, base + b);
    for i in memchr::memchr3_iter(b'.', b',', b';', bytes) {
        // The previous non-space byte, with at least one space between.
        let mut j = i;
        while j > 0 && bytes.get(j - 1) == Some(&b' ') {
            j -= 1;
        }
        if j < i && j > 0 {
            let prev = bytes.get(j - 1).copied().unwrap_or(b' ');
            // `. .` / `. ,` but not the spaced ellipsis `. . .` of a quotation.
            let ellipsis = bytes.get(i + 1) == Some(&b'.')
                || bytes.get(i + 1..i + 3) == Some(b" .")
                || (j >= 3 && bytes.get(j - 3..j - 1) == Some(b". "));
            if is_punct(prev) && !ellipsis {
                out.push(Diagnostic::new(
                    DiagnosticKind::StrayPunctuation,
                    span(j - 1, i + 1),
                    "punctuation with nothing to punctuate (left over from editing or translation)",
                ));
                continue;
            }
            if bytes.get(i) == Some(&b'.') && prev.is_ascii_alphanumeric() && i + 1 == bytes.len() {
                out.push(Diagnostic::new(
                    DiagnosticKind::StrayPunctuation,
                    span(j, i + 1),
                    "a space before the final period",
                ));
                continue;
            }
        }
        // `The vote was 5-4.The council will meet`: a sentence glued to the next, its
        // space lost (not `St.Louis`, `U.S.A`, `example.Com/path`).
        if bytes.get(i) == Some(&b'.')
            && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_lowercase)
            && i > 0
            && bytes
                .get(i - 1)
                .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            let word = word_before(text, i);
            let next_len = bytes.get(i + 1..).map_or(0, |r| {
                r.iter().take_while(|b| b.is_ascii_alphabetic()).count()
            });
            let web = bytes
                .get(i + 1 + next_len)
                .is_some_and(|b| matches!(b, b'.' | b'/' | b':' | b'@'));
            if !word.is_empty() && !is_abbreviation(word) && !web {
                out.push(Diagnostic::new(
                    DiagnosticKind::MissingSpace,
                    span(i - word.len(), i + 1 + next_len),
                    "two sentences run together: the space after the period is missing",
                ));
            }
            continue;
        }
        if bytes.get(i) != Some(&b'.') || bytes.get(i + 1) != Some(&b' ') {
            continue;
        }
        if i > 0 && bytes.get(i - 1) == Some(&b'.') {
            continue;
        }
        let rest = text.get(i + 2..).unwrap_or("");
        let next: &str = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if next.is_empty() {
            continue;
        }
        let after = rest.as_bytes().get(next.len()).copied();
        // A web address (`https://`, `pic.twitter.com/`) is not a sentence.
        if matches!(after, Some(b'.' | b':'))
            && rest
                .as_bytes()
                .get(next.len() + 1)
                .is_some_and(|b| !b.is_ascii_whitespace())
        {
            continue;
        }
        let lower = next.chars().next().is_some_and(char::is_lowercase);
        let direction_word = matches!(next, "North" | "South" | "East" | "West")
            && matches!(after, Some(b',' | b'.'));
        // Most breaks have a capital after them: the word before is read only for the rest.
        if !lower && !direction_word {
            continue;
        }
        let word = word_before(text, i);
        if word.is_empty() {
            continue;
        }
        let direction = direction_word && word.chars().next().is_some_and(char::is_uppercase);
        // The abbreviation test last: its table is long.
        if (lower || direction) && !is_abbreviation(word) {
            let start = i - word.len();
            out.push(Diagnostic::new(
                DiagnosticKind::SplitPhrase,
                span(start, i + 2 + next.len()),
                if direction {
                    "a phrase split by a sentence break: a direction word cut from the name it belongs to"
                } else {
                    "a sentence break inside a phrase: the next sentence starts in lower case"
                },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(DiagnosticKind, &str)> {
        let mut out = Vec::new();
        scan(text, 0, &mut out);
        out.iter()
            .map(|d| (d.kind, d.span.slice(text).unwrap()))
            .collect()
    }

    #[test]
    fn stray_punctuation() {
        use DiagnosticKind::StrayPunctuation as S;
        assert_eq!(kinds("a city with a history. ."), [(S, ". .")]);
        assert_eq!(kinds("claims of fraud. , including"), [(S, ". ,")]);
        assert_eq!(kinds("after the second round ."), [(S, " .")]);
    }

    #[test]
    fn split_phrases() {
        use DiagnosticKind::SplitPhrase as P;
        assert_eq!(
            kinds("the pact he had. refused to renew"),
            [(P, "had. refused")]
        );
        assert_eq!(
            kinds("such as Iran and Korea. North, despite"),
            [(P, "Korea. North")]
        );
    }

    #[test]
    fn sentences_run_together() {
        use DiagnosticKind::MissingSpace as M;
        assert_eq!(kinds("The vote was 5-4.The council met."), [(M, "5-4.The")]);
        assert_eq!(kinds("He left early.She stayed."), [(M, "early.She")]);
        for text in [
            "He lives in St.Louis now.",
            "See example.Com/path for more.",
            "Mail news.Desk@example.org today.",
            "The U.S.Army said so.",
        ] {
            assert_eq!(kinds(text), [], "{text}");
        }
    }

    #[test]
    fn clean_prose_has_no_noise() {
        for text in [
            "He met Mr. and Mrs. Lee at 9 a.m. on Monday.",
            "The U.S. military said so. Then it left.",
            "He wrote “Wait . . . and see.” He left.",
            "Prices rose 5 pct, etc. and more.",
            "Jan. figures were weak. North of the river, it rained.",
            "John F. kennedy",
            "It ended... and began.",
            "We have to win. ... We will.",
            "He wrote: Uh.. no. See https://t.co/x and pic.twitter.com/y",
            "He has lost 16 lbs. since June.",
        ] {
            assert_eq!(kinds(text), [], "{text}");
        }
    }
}

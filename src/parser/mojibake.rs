//! Mojibake: UTF-8 text that was decoded as Windows-1252 (or Latin-1) and encoded again,
//! as scrapers and old CMS exports leave it. Reported as diagnostics; the text is kept as
//! written.
//!
//! ## Grammar
//!
//! ```text
//! mojibake = "â€" char                    ; “ ” ‘ ’ – — … • ™ read as three chars: â€œ â€™
//!          / ( "Â" / "Ã" ) latin1-char     ; é £ ° NBSP read as two chars: Ã© Â£ Â°
//! latin1-char = U+0080 .. U+00BF
//! ```
//!
//! Neither pattern occurs in correctly decoded text of any language: `â` before `€`, or
//! `Â`/`Ã` before a Latin-1 symbol or accent, are the two halves of one character that a
//! wrong decoding split. (`Ã` and `Â` before a letter, as in `SÃO PAULO` or `Âge`, are
//! not matched.) Adjacent hits make one diagnostic (see [`runs`]).
//!
//! ## Examples
//!
//! ```text
//! > | â€œWe are ready,â€ she said. The cafÃ© opens at 9.
//!     ^^^ mojibake      ^^^               ^^ mojibake
//! ```

use crate::ast::{Article, DiagnosticKind};
use crate::parser::runs;

/// The length of the mojibake sequence at `at` (which holds byte 0xC3), if there is one.
fn sequence_at(input: &str, at: usize) -> Option<usize> {
    let b = input.as_bytes();
    // `â` then `€` (E2 82 AC), then the third char the bytes became.
    if b.get(at + 1..at + 5) == Some(&[0xA2, 0xE2, 0x82, 0xAC][..]) {
        let next = input
            .get(at + 5..)?
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        return Some(5 + next);
    }
    // `Â` or `Ã`, then a char from U+0080 to U+00BF.
    match b.get(at + 1..at + 4)? {
        [0x82 | 0x83, 0xC2, 0x80..=0xBF] => Some(4),
        _ => None,
    }
}

/// Reports runs of mojibake anywhere in the input; adjacent hits, or hits one space
/// apart, are one run.
pub(crate) fn run(input: &str, article: &mut Article<'_>) {
    runs::report_pattern(
        input,
        article,
        0xC3,
        sequence_at,
        1,
        DiagnosticKind::Mojibake,
        "UTF-8 text decoded with the wrong encoding (Windows-1252)",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        runs::found(run, text)
    }

    #[test]
    fn both_shapes_are_found() {
        assert_eq!(
            found("â€œWe are ready,â€\u{9d} she said. The cafÃ© opens."),
            ["â€œ", "â€\u{9d}", "Ã©"]
        );
        assert_eq!(found("Price: Â£5"), ["Â£"]);
        assert_eq!(found("ends with Ã©"), ["Ã©"]);
    }

    #[test]
    fn correct_text_is_left_alone() {
        assert!(found("SÃO PAULO — “Âge”, café, naïve, São Paulo, 5 €").is_empty());
        assert!(found("").is_empty());
    }
}

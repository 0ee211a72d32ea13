//! Japanese attribution: the quote, the quotative particle `と` glued to the speech verb
//! after it, and the speaker marked with `は` or `が` before the quote.
//!
//! ## Grammar
//!
//! ```text
//! attribution = [ speaker particle ] quote "と" cue          ; 田中大臣は「……」と述べた
//! particle    = "は" / "が"
//! cue         = ( "述べ" / "話し" / "語っ" / "説明し" / "強調し" / "明らかにし" / "言っ" ) *kana
//! ```
//!
//! Japanese writes no spaces: the particle, the verb and its ending are one token after the
//! closing mark, and the speaker and its particle one token before the opening mark (after
//! a comma or the start of the sentence). Only a token that starts with `と` right after the
//! closing mark is read, so other scripts are not affected.
//!
//! ## Examples
//!
//! ```text
//! > | 田中大臣は「制度を見直す」と述べた。
//!     ^^^^^^^^ speaker          ^^^^^^ cue
//! ```

use crate::Span;

use super::para::Para;

/// Stems of speech verbs after `と`.
const CUES: &[&str] = &[
    "述べ",
    "話し",
    "語っ",
    "説明し",
    "強調し",
    "明らかにし",
    "言っ",
    "発表し",
    "指摘し",
];

/// Most characters in a speaker.
const MAX_SPEAKER_CHARS: usize = 12;

/// A Japanese attribution: byte spans of the speaker (when one is marked) and the cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Japanese {
    pub(crate) speaker: Option<Span>,
    pub(crate) cue: Span,
}

/// The attribution of the quote whose marks are tokens `open` and `close`.
pub(crate) fn attribute(p: &Para<'_>, open: usize, close: usize) -> Option<Japanese> {
    let k = close + 1;
    let word = p.s(k);
    if !p.is_word(k) {
        return None;
    }
    let verb = word.strip_prefix('と')?;
    if !CUES.iter().any(|c| verb.starts_with(c)) {
        return None;
    }
    let at = p.span(&(k..k + 1)).start;
    let cue = Span::new(at + 'と'.len_utf8(), at + word.len());
    let speaker = open.checked_sub(1).and_then(|b| {
        let w = p.s(b);
        if !p.is_word(b) {
            return None;
        }
        let name = w.strip_suffix('は').or_else(|| w.strip_suffix('が'))?;
        if !(1..=MAX_SPEAKER_CHARS).contains(&name.chars().count()) {
            return None;
        }
        let start = p.span(&(b..b + 1)).start;
        Some(Span::new(start, start + name.len()))
    });
    Some(Japanese { speaker, cue })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(text: &str) -> Option<(Option<String>, String)> {
        let p = Para::new(text, 0);
        let marks: Vec<usize> = (0..p.len()).filter(|&k| p.is_mark(k)).collect();
        let (&open, &close) = (marks.first()?, marks.get(1)?);
        let j = attribute(&p, open, close)?;
        Some((
            j.speaker
                .and_then(|s| text.get(s.start..s.end))
                .map(str::to_owned),
            text.get(j.cue.start..j.cue.end)?.to_owned(),
        ))
    }

    #[test]
    fn speaker_quote_and_verb() {
        assert_eq!(
            who("田中大臣は「制度を見直す」と述べた。"),
            Some((Some("田中大臣".into()), "述べた".into()))
        );
        assert_eq!(
            who("「また来たい」と話した。"),
            Some((None, "話した".into()))
        );
        // A quoted title followed by no speech verb.
        assert_eq!(who("映画「東京物語」を見た。"), None);
    }
}

//! Japanese attribution: the quote, the quotative particle `と` glued to the speech verb
//! after it, and the speaker marked with `は` or `が` before the quote.
//!
//! ## Grammar
//!
//! ```text
//! attribution = [ speaker particle ] quote "と" cue          ; 田中大臣は「……」と述べた
//! particle    = "は" / "が"
//! cue         = ( "述べ" / "話し" / "語っ" / "説明し" / "強調し" / "明らかにし" / "言っ" / ... ) *kana
//! speaker     = name [ title ] particle [ circumstance ]  ; 林官房長官は記者会見で
//! circumstance = 1*10char ( "で" / "に" )
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
//!     ^^^^ speaker, ^^^^ title  ^^^^^^ cue
//! ```

use crate::Span;

use super::Written;
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
    "批判し",
    "主張し",
    "訴え",
    "答え",
];

/// Titles written after a name (`田中大臣`, `林官房長官`, `山田氏`), longest first where one
/// ends another.
const TITLES: &[&str] = &[
    "官房長官",
    "長官",
    "大臣",
    "首相",
    "知事",
    "市長",
    "社長",
    "会長",
    "代表",
    "議員",
    "教授",
    "委員長",
    "総裁",
    "監督",
    "選手",
    "氏",
    "さん",
];

/// Most characters between the speaker's particle and the quote (`記者会見で`).
const MAX_CIRCUMSTANCE_CHARS: usize = 10;

/// Most characters in a speaker.
const MAX_SPEAKER_CHARS: usize = 12;

/// The speaker in the token `w` before the quote: the phrase before its `は`/`が`, the
/// particle ending the token or followed by a short circumstance ending in `で`/`に`
/// (`林官房長官は記者会見で`). Returns the byte length of the speaker.
fn speaker_len(w: &str) -> Option<usize> {
    if let Some(name) = w.strip_suffix('は').or_else(|| w.strip_suffix('が')) {
        return Some(name.len());
    }
    let (at, particle) = w.char_indices().find(|&(_, c)| c == 'は' || c == 'が')?;
    let rest = w.get(at + particle.len_utf8()..)?;
    let circumstance = rest.ends_with(['で', 'に'])
        && (2..=MAX_CIRCUMSTANCE_CHARS).contains(&rest.chars().count());
    circumstance.then_some(at)
}

/// The attribution of the quote whose marks are tokens `open` and `close`.
pub(crate) fn attribute(p: &Para<'_>, open: usize, close: usize) -> Option<Written> {
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
    let found = open.checked_sub(1).and_then(|b| {
        let w = p.s(b);
        if !p.is_word(b) {
            return None;
        }
        let len = speaker_len(w)?;
        let name = w.get(..len)?;
        if !(1..=MAX_SPEAKER_CHARS).contains(&name.chars().count()) {
            return None;
        }
        let start = p.span(&(b..b + 1)).start;
        // `林官房長官`: the name before its title, when both are there.
        let title = TITLES
            .iter()
            .find(|t| name.ends_with(**t) && name.len() > t.len())
            .map(|t| name.len() - t.len())
            .filter(|&cut| (1..=4).contains(&name.get(..cut).map_or(0, |n| n.chars().count())));
        Some(match title {
            Some(cut) => (
                Span::new(start, start + cut),
                Some(Span::new(start + cut, start + len)),
            ),
            None => (Span::new(start, start + len), None),
        })
    });
    Some(Written {
        speaker: found.map(|(s, _)| s),
        title: found.and_then(|(_, t)| t),
        cue,
    })
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
            Some((Some("田中".into()), "述べた".into()))
        );
        assert_eq!(
            who("「また来たい」と話した。"),
            Some((None, "話した".into()))
        );
        // A circumstance between the speaker and the quote; a title after the name.
        let text = "林官房長官は記者会見で「検討したい」と述べた。";
        let p = Para::new(text, 0);
        let marks: Vec<usize> = (0..p.len()).filter(|&k| p.is_mark(k)).collect();
        let j = attribute(&p, marks[0], marks[1]).unwrap();
        let s = j.speaker.unwrap();
        assert_eq!(&text[s.start..s.end], "林");
        assert_eq!(j.title.map(|t| &text[t.start..t.end]), Some("官房長官"));
        assert_eq!(
            who("野党側は「場当たり的だ」と批判している。"),
            Some((Some("野党側".into()), "批判している".into()))
        );
        // A quoted title followed by no speech verb.
        assert_eq!(who("映画「東京物語」を見た。"), None);
    }
}

//! Arabic attribution: the speech verb first, then the speaker, before or after the quote.
//!
//! ## Grammar
//!
//! ```text
//! before  = cue speaker *circumstance [ ":" / "،" ] quote     ; وقال وزير الكهرباء في مؤتمر صحفي: «...»
//! after   = quote [ "،" / "," ] cue speaker                   ; «...»، قال الوزير.
//! cue     = [ "و" ] ( "قال" / "قالت" / "أضاف" / "أكد" / "أوضح" / "صرح" / ... )
//! speaker = 1*4word                                           ; up to `في`, `خلال`, punctuation
//! reported = cue [ speaker ] ( "إن" / "أن" ) clause            ; وأضاف أن الخطة تشمل ...
//! ```
//!
//! Arabic writes no capitals and puts the verb first; the speaker is the run of words after
//! the verb, up to a preposition opening a circumstance (`في مؤتمر صحفي`, "at a press
//! conference"), punctuation or four words. A verb with no words after it (the speaker is
//! in the verb: `وأضاف`, "and he added") gives the cue alone. Only Arabic-script words
//! reach these matches, so other languages are not affected.
//!
//! ## Examples
//!
//! ```text
//! > | وقال وزير الكهرباء في مؤتمر صحفي: «نستهدف الطاقة المتجددة».
//!     ^^^^ cue
//!          ^^^^^^^^^^^^^ speaker
//! ```

use std::ops::Range;

use super::para::Para;
use super::{Reported, Written, clause_after};

/// How far before the opening mark the verb may be, in tokens.
const CUE_WINDOW: usize = 12;
/// The words of a speaker phrase, at most.
const MAX_SPEAKER: usize = 4;

/// Speech verbs (past tense, masculine and feminine), also with the conjunction `و`.
const CUES: &[&str] = &[
    "قال",
    "قالت",
    "أضاف",
    "أضافت",
    "أكد",
    "أكدت",
    "أوضح",
    "أوضحت",
    "صرح",
    "صرحت",
    "ذكر",
    "ذكرت",
    "أعلن",
    "أعلنت",
    "تابع",
    "تابعت",
];

/// Words that end a speaker phrase: prepositions opening a circumstance (`في` "in", `خلال`
/// "during", `أمام` "before", `عقب` "after", `لـ` "to").
const STOPS: &[&str] = &[
    "في",
    "خلال",
    "أمام",
    "عقب",
    "على",
    "إن",
    "أن",
    "لوكالة",
    "للصحفيين",
];

/// Whether token `k` is a word in the Arabic script.
fn arabic(p: &Para<'_>, k: usize) -> bool {
    p.is_word(k)
        && p.s(k)
            .chars()
            .next()
            .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

fn is_cue(p: &Para<'_>, k: usize) -> bool {
    if !arabic(p, k) {
        return false;
    }
    let w = p.s(k);
    let w = w
        .strip_prefix('و')
        .filter(|r| CUES.contains(r))
        .unwrap_or(w);
    CUES.contains(&w)
}

/// The speaker phrase right after the cue at `cue`, not reaching `limit`.
fn speaker_after(p: &Para<'_>, cue: usize, limit: usize) -> Option<Range<usize>> {
    let start = cue + 1;
    let mut end = start;
    while end < limit && end - start < MAX_SPEAKER && arabic(p, end) && !STOPS.contains(&p.s(end)) {
        end += 1;
    }
    (end > start).then_some(start..end)
}

/// The attribution of the quote whose marks are tokens `open` and `close`, the paragraph's
/// text before `floor` excluded.
pub(crate) fn attribute(p: &Para<'_>, open: usize, close: usize, floor: usize) -> Option<Written> {
    // Before: the last cue of the window before the opening mark, in its sentence.
    let sentence = p.sentence_of(open).start.max(floor);
    let lo = open.saturating_sub(CUE_WINDOW).max(sentence);
    let before = (lo..open).rev().find(|&k| is_cue(p, k)).map(|cue| Written {
        speaker: speaker_after(p, cue, open).map(|r| p.span(&r)),
        title: None,
        cue: p.span(&(cue..cue + 1)),
    });
    before.or_else(|| {
        // After: `«...»، قال الوزير`.
        let mut k = close + 1;
        if p.is_punct(k, "،") || p.is_punct(k, ",") {
            k += 1;
        }
        is_cue(p, k).then(|| Written {
            speaker: speaker_after(p, k, p.len()).map(|r| p.span(&r)),
            title: None,
            cue: p.span(&(k..k + 1)),
        })
    })
}

/// Arabic reported speech, `وقال الوزير إن الخطة جاهزة`, `وأضاف أن الخطة تشمل ...`: the verb,
/// the speaker when named, the complementizer `إن`/`أن` and the clause to the sentence end.
/// One per sentence, the first.
pub(crate) fn reported(p: &Para<'_>) -> Vec<Reported> {
    // Every cue is an Arabic word (U+0600 to U+06FF: lead bytes D8 to DB).
    if ![0xD8, 0xD9, 0xDA, 0xDB].into_iter().any(|b| p.scan.has(b)) {
        return Vec::new();
    }
    let quoted = |k: usize| p.quoted.get(k).copied().unwrap_or(false);
    let mut out = Vec::new();
    for sent in &p.sents {
        let Some(cue) = (sent.start..sent.end).find(|&k| !quoted(k) && is_cue(p, k)) else {
            continue;
        };
        let limit = sent.end.min(cue + 2 + MAX_SPEAKER);
        let Some(that) = (cue + 1..limit).find(|&k| matches!(p.s(k), "إن" | "أن")) else {
            continue;
        };
        if (cue + 1..that).any(|k| !arabic(p, k) || quoted(k)) {
            continue;
        }
        let Some(clause) = clause_after(p, that, sent.end) else {
            continue;
        };
        out.push(Reported {
            clause,
            speaker: (that > cue + 1).then(|| p.span(&(cue + 1..that))),
            title: None,
            cue: cue..cue + 1,
            in_verb: that == cue + 1,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(text: &str) -> Option<(Option<String>, String)> {
        super::super::written_of(text, |p, open, close| attribute(p, open, close, 0))
    }

    #[test]
    fn reported_speech_with_an() {
        let text = "وقال الوزير إن الخطة جاهزة للتنفيذ. وأضاف أن العمل يبدأ الشهر المقبل.";
        let p = Para::new(text, 0);
        let r = reported(&p);
        let got: Vec<(Option<&str>, Option<&str>)> = r
            .iter()
            .map(|r| (r.speaker.and_then(|s| s.slice(text)), r.clause.slice(text)))
            .collect();
        assert_eq!(
            got,
            [
                (Some("الوزير"), Some("الخطة جاهزة للتنفيذ")),
                (None, Some("العمل يبدأ الشهر المقبل"))
            ]
        );
        assert!(reported(&Para::new("The minister said that it rained.", 0)).is_empty());
    }

    #[test]
    fn verb_then_speaker() {
        assert_eq!(
            attr("وقال وزير الكهرباء في مؤتمر صحفي: «نستهدف الطاقة المتجددة»."),
            Some((Some("وزير الكهرباء".into()), "وقال".into()))
        );
        assert_eq!(
            attr("«الخطة جاهزة»، قالت المتحدثة باسم الوزارة."),
            Some((Some("المتحدثة باسم الوزارة".into()), "قالت".into()))
        );
        // The speaker in the verb: the cue alone.
        assert_eq!(
            attr("وأضاف: «سنبدأ العمل الشهر المقبل»."),
            Some((None, "وأضاف".into()))
        );
        // No speech verb: nothing; other scripts never match.
        assert_eq!(attr("نشرت الصحيفة «تقريرا» طويلا."), None);
        assert_eq!(attr("The minister said: «We are ready»."), None);
    }
}

//! Hindi attribution: the speaker marked by the ergative postposition `ने`, then the speech
//! verb, before or after the quote.
//!
//! ## Grammar
//!
//! ```text
//! before  = speaker SP "ने" SP cue [ "," / ":" ] SP quote   ; कृषि मंत्री ने कहा, "..."
//!         / pronoun SP cue [ "," / ":" ] SP quote           ; उन्होंने कहा, "..."
//! after   = quote [ "," ] SP speaker SP "ने" SP cue          ; "...," मंत्री ने कहा।
//! speaker = 1*4word                                         ; up to a mark or punctuation
//! cue     = "कहा" / "बताया" / "कहना" / "बोले" / "बोलीं" / "जोड़ा" ...
//! ```
//!
//! Hindi writes no capitals, so the speaker is the run of words before `ने` (a title and a
//! name, unsplit), bounded by punctuation, a quotation mark or four words. Only Devanagari
//! text reaches these matches, so other languages are not affected.
//!
//! ## Examples
//!
//! ```text
//! > | कृषि मंत्री ने कहा, "हम मदद पहुंचाएंगे।"
//!     ^^^^^^^^^^^ speaker
//!                   ^^^ cue
//! ```

use std::ops::Range;

use super::para::Para;
use super::{Reported, Written, clause_after};

/// The words of a speaker phrase, at most.
const MAX_SPEAKER: usize = 4;

/// Speech verbs (the forms a news report uses).
const CUES: &[&str] = &[
    "कहा",
    "बताया",
    "कहना",
    "बोले",
    "बोलीं",
    "बोला",
    "जोड़ा",
    "कहते",
    "कहती",
];

/// Pronouns fused with `ने` (`उन्होंने` "he/she/they", honorific; `मैंने` "I").
const FUSED: &[&str] = &["उन्होंने", "उसने", "इन्होंने", "मैंने", "हमने"];

/// Whether token `k` is a word written in Devanagari.
fn devanagari(p: &Para<'_>, k: usize) -> bool {
    p.is_word(k)
        && p.s(k)
            .chars()
            .next()
            .is_some_and(|c| ('\u{0900}'..='\u{097F}').contains(&c))
}

fn is_cue(p: &Para<'_>, k: usize) -> bool {
    devanagari(p, k) && CUES.contains(&p.s(k))
}

/// The speaker phrase ending right before token `ne` (the postposition), not before
/// `floor`: the Devanagari words back to punctuation, a mark or [`MAX_SPEAKER`] words.
fn speaker_before(p: &Para<'_>, ne: usize, floor: usize) -> Option<Range<usize>> {
    let mut s = ne;
    while s > floor && ne - s < MAX_SPEAKER && devanagari(p, s - 1) {
        s -= 1;
    }
    (s < ne).then_some(s..ne)
}

/// The attribution of the quote whose marks are tokens `open` and `close`, the paragraph's
/// text before `floor` excluded.
pub(crate) fn attribute(p: &Para<'_>, open: usize, close: usize, floor: usize) -> Option<Written> {
    // Before: `X ने कहा, "..."`.
    let before = open.checked_sub(1).and_then(|k| {
        let cue = if p.is_punct(k, ",") || p.is_punct(k, ":") {
            k.checked_sub(1)?
        } else {
            k
        };
        if !is_cue(p, cue) || cue <= floor {
            return None;
        }
        let agent = cue - 1;
        if devanagari(p, agent) && FUSED.contains(&p.s(agent)) {
            return Some(Written {
                speaker: Some(p.span(&(agent..agent + 1))),
                title: None,
                cue: p.span(&(cue..cue + 1)),
            });
        }
        if p.s(agent) != "ने" {
            return None;
        }
        Some(Written {
            speaker: speaker_before(p, agent, floor).map(|r| p.span(&r)),
            title: None,
            cue: p.span(&(cue..cue + 1)),
        })
    });
    before.or_else(|| {
        // After: `"...," X ने कहा।`
        let mut k = close + 1;
        if p.is_punct(k, ",") {
            k += 1;
        }
        let start = k;
        let end = p.len().min(start + MAX_SPEAKER + 2);
        let cue = (start..end)
            .take_while(|&j| devanagari(p, j))
            .find(|&j| is_cue(p, j))?;
        let agent = cue.checked_sub(1)?;
        let speaker = if agent >= start && FUSED.contains(&p.s(agent)) {
            Some(agent..agent + 1)
        } else if agent > start && p.s(agent) == "ने" {
            Some(start..agent)
        } else {
            None
        };
        Some(Written {
            speaker: speaker.map(|r| p.span(&r)),
            title: None,
            cue: p.span(&(cue..cue + 1)),
        })
    })
}

/// Hindi reported speech, `कृषि मंत्री ने कहा कि नुकसान का आकलन ... होगा।`: the speaker
/// before `ने`, the verb, the complementizer `कि` and the clause to the sentence end. One per
/// sentence, the first.
pub(crate) fn reported(p: &Para<'_>) -> Vec<Reported> {
    // Every cue is a Devanagari word (U+0900 to U+097F: E0 A4 xx, E0 A5 xx): a paragraph
    // without one has none, as the paragraph's scan tells.
    if !p.scan.devanagari() {
        return Vec::new();
    }
    let quoted = |k: usize| p.quoted.get(k).copied().unwrap_or(false);
    let mut out = Vec::new();
    for sent in &p.sents {
        let Some(ki) = (sent.start + 2..sent.end)
            .find(|&k| p.s(k) == "कि" && !quoted(k) && is_cue(p, k - 1) && !quoted(k - 1))
        else {
            continue;
        };
        let cue = ki - 1;
        let agent = cue - 1;
        let speaker = if FUSED.contains(&p.s(agent)) {
            Some(agent..agent + 1)
        } else if p.s(agent) == "ने" {
            speaker_before(p, agent, sent.start)
        } else {
            continue;
        };
        // The clause: to the sentence's last word (its danda left out).
        let Some(clause) = clause_after(p, ki, sent.end) else {
            continue;
        };
        out.push(Reported {
            clause,
            speaker: speaker.map(|r| p.span(&r)),
            title: None,
            cue: cue..cue + 1,
            in_verb: false,
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
    fn reported_speech_with_ki() {
        let text = "कृषि मंत्री ने कहा कि नुकसान का आकलन दो सप्ताह में पूरा होगा। बारिश जारी है।";
        let p = Para::new(text, 0);
        let r = reported(&p);
        assert_eq!(r.len(), 1);
        let r = &r[0];
        assert_eq!(
            r.clause.slice(text),
            Some("नुकसान का आकलन दो सप्ताह में पूरा होगा")
        );
        assert_eq!(r.speaker.and_then(|s| s.slice(text)), Some("कृषि मंत्री"));
        assert!(reported(&Para::new("The minister said that it rained.", 0)).is_empty());
    }

    #[test]
    fn speaker_before_and_after() {
        assert_eq!(
            attr("कृषि मंत्री ने कहा, \"हम हर परिवार तक मदद पहुंचाएंगे।\""),
            Some((Some("कृषि मंत्री".into()), "कहा".into()))
        );
        assert_eq!(
            attr("\"हम मदद पहुंचाएंगे,\" मंत्री ने कहा।"),
            Some((Some("मंत्री".into()), "कहा".into()))
        );
        assert_eq!(
            attr("उन्होंने कहा, \"काम जारी रहेगा।\""),
            Some((Some("उन्होंने".into()), "कहा".into()))
        );
        // No speech verb next to the quote: nothing.
        assert_eq!(attr("बाजार में \"अच्छी\" खबर आई।"), None);
        // Other scripts never match.
        assert_eq!(attr("The minister said, \"We will help.\""), None);
    }
}

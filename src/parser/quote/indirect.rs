//! Reported (indirect) speech: `X said (that) ...`, `..., X said.`, `according to X, ...`.
//!
//! ## Grammar
//!
//! ```text
//! reported = np cue [ listener ] *adverbial [ "that" ] clause       ; A: verb first
//!          / clause "," ( np cue / cue np ) *adverbial terminal      ; B: verb last
//!          / "According to" np "," clause / clause "," "according to" np   ; C
//!          / "," participle [ "that" ] clause                        ; `, adding that ...`
//! clause   = clause-start 2*word        ; up to the sentence end or the next `, adding`
//! ```
//!
//! The clause is the quote's text (without `that` and the final period); a direct quote
//! inside it is a fragment of a mixed quotation. Cues inside direct quotes are ignored.
//! Each sentence is read once, and each cue looks at a bounded window around it; the
//! clause ends are found with one precomputed list of breaks per sentence.
//!
//! ## Examples
//!
//! ```text
//! > | McCallum claimed in that speech the cost could be reduced.
//!     ^^^^^^^^ ^^^^^^^                ^^^^^^^^^^^^^^^^^^^^^^^^^ speaker, cue, clause
//! > | One reason is they won’t become outdated, Palvetzian said.
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^  ^^^^^^^^^^ ^^^^
//! > | According to the post, the threat had morphed again.
//!     ^^^^^^^^^^^^ ^^^^^^^^  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//! ```

use std::ops::Range;

use super::attribution::according_to;
use super::lexicon::{self, is};
use super::np::{self, Np};
use super::para::Para;

/// The fewest words a reported clause has.
const MIN_CLAUSE_WORDS: usize = 3;
/// How many tokens of adverbials may stand between a cue and its clause.
const MAX_ADVERBIAL: usize = 10;

/// A piece of reported speech.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reported {
    /// The reported clause.
    pub(crate) clause: Range<usize>,
    /// Who said it; for a participle (`, adding that ...`) or a coordinated verb (`and said`),
    /// the subject of the speech verb before it in the sentence.
    pub(crate) speaker: Option<Np>,
    pub(crate) cue: Range<usize>,
}

fn quoted(p: &Para<'_>, i: usize) -> bool {
    p.quoted.get(i).copied().unwrap_or(false)
}

/// Whether token `i` can open a reported clause.
fn clause_start(p: &Para<'_>, i: usize) -> bool {
    if !p.is_word(i) {
        return false;
    }
    let w = p.s(i);
    if is(&lexicon::CLAUSE_STARTERS, w) {
        return true;
    }
    if p.is_cap_word(i) {
        return !is(&lexicon::CALENDAR, w) && !is(&lexicon::BREAKS, w);
    }
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Skips the listener of `told`, `assured` ...: `reporters`, `CTV News`, `the Globe`.
pub(crate) fn skip_listener(p: &Para<'_>, k: usize, end: usize) -> Option<usize> {
    if k >= end {
        return None;
    }
    if p.s(k) == "that" {
        return Some(k);
    }
    if is(&lexicon::LISTENERS, p.s(k)) {
        return Some(k + 1);
    }
    let mut j = k;
    if is(&lexicon::DETERMINERS, p.s(j)) && !is(&lexicon::PRONOUNS, p.s(j)) {
        j += 1;
    }
    let run_start = j;
    while j < end && j < k + 6 && p.is_cap_word(j) {
        j += 1;
    }
    if j > run_start {
        if is(&lexicon::LISTENERS, p.s(j)) && p.is_lower_word(j) {
            return Some(j + 1);
        }
        if p.s(j) == "’s" || p.s(j - 1).ends_with("’s") || p.s(j - 1).ends_with("'s") {
            // `Surrey’s councillors`
            while j < end && j < k + 8 && p.is_lower_word(j) && !clause_start(p, j) {
                j += 1;
            }
        }
        return Some(j);
    }
    // `the crowd`, `a local radio station`
    if j > k {
        let mut m = j;
        while m < end && m < j + 3 && p.is_lower_word(m) && !clause_start(p, m) {
            m += 1;
        }
        if m > j && (p.s(m) == "that" || is(&lexicon::PRONOUNS, p.s(m))) {
            return Some(m);
        }
    }
    Some(k)
}

/// Whether token `i` certainly opens a clause after an adverbial: a subject pronoun, a
/// determiner or a number.
fn strict_start(p: &Para<'_>, i: usize) -> bool {
    p.is_word(i)
        && (matches!(
            p.s(i),
            "he" | "she"
                | "they"
                | "it"
                | "we"
                | "i"
                | "I"
                | "you"
                | "there"
                | "the"
                | "a"
                | "an"
                | "this"
                | "these"
                | "those"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "some"
                | "many"
                | "most"
                | "all"
                | "no"
                | "several"
        ) || p.s(i).chars().next().is_some_and(|c| c.is_ascii_digit()))
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "during"
            | "via"
            | "through"
            | "over"
            | "after"
            | "before"
            | "from"
            | "with"
            | "of"
            | "for"
            | "by"
            | "about"
            | "into"
            | "onto"
    )
}

/// The longest adverbial phrase (`in a statement on Monday`) skipped without a `that`.
const SHORT_ADVERBIAL: usize = 6;

/// Skips adverbials after a cue (`Thursday`, `in a statement`, `on Tuesday`) up to the
/// clause; returns where the clause (or `that`, or the sentence end) starts.
pub(crate) fn skip_adverbials(p: &Para<'_>, mut k: usize, end: usize) -> usize {
    let start = k;
    while k < end && k < start + MAX_ADVERBIAL {
        let w = p.s(k);
        if !p.is_word(k) {
            break;
        }
        if is(&lexicon::CALENDAR, w) {
            k += 1;
            while matches!(p.s(k), "night" | "morning" | "afternoon" | "evening") {
                k += 1;
            }
            continue;
        }
        if matches!(
            w,
            "again"
                | "also"
                | "previously"
                | "recently"
                | "repeatedly"
                | "publicly"
                | "later"
                | "yesterday"
                | "today"
                | "out"
                | "back"
                | "too"
                | "earlier"
                | "separately"
                | "privately"
                | "then"
                | "now"
                | "still"
        ) {
            k += 1;
            continue;
        }
        if is_preposition(w) || matches!(w, "last" | "this" | "late" | "early") {
            // `at a press conference in the capital, Brenholm, that ...`
            let stop = end.min(k + MAX_ADVERBIAL + 4);
            if let Some(t) = (k + 1..stop)
                .take_while(|&x| p.is_word(x) || p.is_punct(x, ","))
                .find(|&x| p.s(x) == "that" && (strict_start(p, x + 1) || p.is_cap_word(x + 1)))
            {
                return t;
            }
            // An adverbial: up to a comma, a clause start, or the sentence end.
            let stop = end.min(k + SHORT_ADVERBIAL);
            let mut j = k + 1;
            while j < stop {
                if p.is_punct(j, ",") || p.is_terminal(j) {
                    break;
                }
                if !p.is_word(j) || is(&lexicon::BETWEEN, p.s(j)) {
                    return start;
                }
                if j >= k + 2 && strict_start(p, j) && !is_preposition(p.s(j - 1)) {
                    return j;
                }
                j += 1;
            }
            if j < stop && p.is_terminal(j) {
                return j;
            }
            if j < stop && p.is_punct(j, ",") {
                k = j + 1;
                continue;
            }
            return start;
        }
        break;
    }
    k
}

/// The clause breaks of a sentence: the commas (or `and`) before a coordinated speech verb
/// (`, adding`, `, and added`), in order.
fn breaks(p: &Para<'_>, sent: &Range<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    for i in sent.clone() {
        if quoted(p, i) {
            continue;
        }
        let next_cue = |j: usize| {
            p.is_lower_word(j) && lexicon::cue(p.s(j)).is_some_and(|c| c.clause && !c.weak)
        };
        let comma =
            p.is_punct(i, ",") && (next_cue(i + 1) || (p.s(i + 1) == "and" && next_cue(i + 2)));
        let and = p.s(i) == "and" && next_cue(i + 1) && !p.is_punct(i.saturating_sub(1), ",");
        if comma || and {
            out.push(i);
        }
    }
    out
}

/// Trims a clause: no final period or comma, no dangling `that`.
fn trim(p: &Para<'_>, mut r: Range<usize>) -> Range<usize> {
    while r.end > r.start {
        let last = r.end - 1;
        if p.is_terminal(last)
            || p.is_punct(last, ",")
            || p.is_punct(last, ";")
            || p.is_dash(last)
            || p.is_punct(last, ":")
        {
            r.end -= 1;
        } else if p.is_mark(last) && !quoted(p, last.saturating_sub(1)) {
            // A closing mark whose quote is not in the clause.
            let opens_inside = (r.start..last).any(|i| p.is_mark(i));
            if opens_inside {
                break;
            }
            r.end -= 1;
        } else {
            break;
        }
    }
    r
}

fn words(p: &Para<'_>, r: &Range<usize>) -> usize {
    r.clone().filter(|&i| p.is_word(i)).count()
}

/// Whether the clause is one direct quote and nothing else.
fn only_a_quote(p: &Para<'_>, r: &Range<usize>) -> bool {
    p.is_mark(r.start)
        && r.end > r.start + 1
        && (r.start + 1..r.end - 1).all(|i| quoted(p, i))
        && (r.end - 1 == r.start + 1 || p.is_mark(r.end - 1) || quoted(p, r.end - 1))
}

/// Whether the sentence ends at `k` (after a cue or its speaker), but for a listener and
/// adverbials: `..., Palvetzian said on Monday.`
pub(crate) fn ends_after(p: &Para<'_>, cue: usize, k: usize, end: usize) -> bool {
    let mut k = k;
    if lexicon::cue(p.s(cue)).is_some_and(|c| c.object) {
        k = skip_listener(p, k, end).unwrap_or(k);
    }
    let k = skip_adverbials(p, k, end);
    k >= end || p.is_terminal(k)
}

/// Whether a clause may start at token `i`: not inside a direct quote or at its mark.
fn outside_quotes(p: &Para<'_>, r: &Range<usize>) -> bool {
    !quoted(p, r.start) && !p.is_mark(r.start)
}

/// The reported speech in `p`, in order.
pub(crate) fn find(p: &Para<'_>) -> Vec<Reported> {
    let mut out = Vec::new();
    for sent in &p.sents {
        if sent.is_empty() || (quoted(p, sent.start + 1) && quoted(p, sent.end.saturating_sub(2))) {
            continue;
        }
        let brk = breaks(p, sent);
        let clause_end = |k: usize| {
            let i = brk.partition_point(|&b| b <= k);
            brk.get(i).copied().unwrap_or(sent.end)
        };
        let mut j = sent.start;
        while j < sent.end {
            if quoted(p, j) || !p.is_word(j) {
                j += 1;
                continue;
            }
            // C: `According to X, ...` / `..., according to X.`
            if according_to(p, j) {
                if let Some(r) = according(p, j, sent) {
                    out.push(r);
                }
                j += 2;
                continue;
            }
            let Some(cue) = lexicon::cue(p.s(j)) else {
                j += 1;
                continue;
            };
            if !cue.clause || cue.weak || !p.is_lower_word(j) {
                j += 1;
                continue;
            }
            let mut k = j + 1;
            if matches!(p.s(k), "out" | "on") && p.s(j).starts_with("point") {
                k += 1;
            }
            let before_cue = p.s(j.saturating_sub(1));
            let coordinated = j > sent.start && before_cue == "and";
            let speaker = if cue.participle || coordinated {
                if !(p.is_punct(j.saturating_sub(1), ",") || coordinated || before_cue == "as") {
                    j += 1;
                    continue;
                }
                if before_cue == "as" {
                    // `quoted a Polish official as saying ...`
                    np::before(p, j - 1, sent.start).map(|n| {
                        let start = (n.all.start..n.all.end)
                            .find(|&x| is(&lexicon::DETERMINERS, p.s(x)))
                            .unwrap_or(n.all.start);
                        np::split_name(p, start..n.all.end)
                    })
                } else {
                    earlier_subject(p, sent.start, j).or_else(|| opening_subject(p, sent.start, j))
                }
            } else {
                match np::before(p, j, sent.start) {
                    Some(n)
                        if !(n.all.start > sent.start
                            && matches!(p.s(n.all.start - 1), "what" | "which" | "whom")) =>
                    {
                        Some(n)
                    }
                    _ => {
                        j += 1;
                        continue;
                    }
                }
            };
            // B: `..., Palvetzian said.` / `..., said Palvetzian.`
            if let Some(n) = &speaker
                && n.all.start > sent.start
                && p.is_punct(n.all.start - 1, ",")
                && ends_after(p, j, k, sent.end)
            {
                let content = trim(p, sent.start..n.all.start - 1);
                if words(p, &content) > MIN_CLAUSE_WORDS && outside_quotes(p, &content) {
                    out.push(Reported {
                        clause: content,
                        speaker: speaker.clone(),
                        cue: j..k,
                    });
                }
                j = k;
                continue;
            }
            if speaker.is_none() {
                j += 1;
                continue;
            }
            if j > sent.start
                && p.is_punct(j - 1, ",")
                && !cue.participle
                && let Some(n) = np::after(p, k, sent.end)
                && ends_after(p, j, n.all.end, sent.end)
            {
                // `..., said Palvetzian.`
                let content = trim(p, sent.start..j - 1);
                if words(p, &content) > MIN_CLAUSE_WORDS && outside_quotes(p, &content) {
                    out.push(Reported {
                        clause: content,
                        speaker: Some(n),
                        cue: j..k,
                    });
                }
                j = k;
                continue;
            }
            // A: `X said (that) ...`
            if cue.object {
                match skip_listener(p, k, sent.end) {
                    Some(x) => k = x,
                    None => {
                        j += 1;
                        continue;
                    }
                }
            }
            k = skip_adverbials(p, k, sent.end);
            if p.s(k) == "that" && p.is_word(k) {
                k += 1;
            } else if !clause_start(p, k) {
                j += 1;
                continue;
            }
            let clause = trim(p, k..clause_end(k));
            if words(p, &clause) >= MIN_CLAUSE_WORDS && !only_a_quote(p, &clause) {
                out.push(Reported {
                    clause: clause.clone(),
                    speaker,
                    cue: j..j + 1,
                });
            }
            j += 1;
        }
    }
    out
}

/// The subject of the last speech verb before token `j` in the sentence (for `, adding`
/// and `and said`), else the subject opening the sentence.
fn earlier_subject(p: &Para<'_>, start: usize, j: usize) -> Option<Np> {
    let lo = start.max(j.saturating_sub(40));
    (lo..j)
        .rev()
        .filter(|&k| p.is_lower_word(k) && lexicon::cue(p.s(k)).is_some_and(|c| !c.participle))
        .find_map(|k| np::before(p, k, start))
}

/// The noun phrase opening the sentence, if it names someone (`Roy Graf protested the
/// bills, saying ...`).
fn opening_subject(p: &Para<'_>, start: usize, j: usize) -> Option<Np> {
    let n = np::after(p, start, j)?;
    let head = n.all.end.checked_sub(1)?;
    (n.name.is_some() || is(&lexicon::PRONOUNS, p.s(head))).then_some(n)
}

/// `According to X, clause` or `clause, according to X`.
fn according(p: &Para<'_>, j: usize, sent: &Range<usize>) -> Option<Reported> {
    let opener = j == sent.start
        || (j == sent.start + 1 && matches!(p.s(sent.start), "But" | "And" | "Yet" | "So"));
    if opener {
        let n = np::after(p, j + 2, sent.end)?;
        if !p.is_punct(n.all.end, ",") {
            return None;
        }
        let clause = trim(p, n.all.end + 1..sent.end);
        return (words(p, &clause) >= MIN_CLAUSE_WORDS && !only_a_quote(p, &clause)).then_some(
            Reported {
                clause,
                speaker: Some(n),
                cue: j..j + 2,
            },
        );
    }
    if j > sent.start && p.is_punct(j - 1, ",") {
        let n = np::after(p, j + 2, sent.end)?;
        if !ends_after(p, j, n.all.end, sent.end) {
            return None;
        }
        let clause = trim(p, sent.start..j - 1);
        return (words(p, &clause) > MIN_CLAUSE_WORDS && outside_quotes(p, &clause)).then_some(
            Reported {
                clause,
                speaker: Some(n),
                cue: j..j + 2,
            },
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reported(text: &str) -> Vec<(String, String, String)> {
        let p = Para::new(text, 0);
        find(&p)
            .into_iter()
            .map(|r| {
                (
                    r.speaker
                        .map(|n| p.slice(&n.mention()).to_owned())
                        .unwrap_or_default(),
                    p.slice(&r.cue).to_owned(),
                    p.slice(&r.clause).to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn verb_first() {
        assert_eq!(
            reported("McCallum claimed in that speech the cost could be reduced."),
            [(
                "McCallum".into(),
                "claimed".into(),
                "the cost could be reduced".into()
            )]
        );
        assert_eq!(
            reported("The agency told CTV News it has not done any such study."),
            [(
                "The agency".into(),
                "told".into(),
                "it has not done any such study".into()
            )]
        );
        assert_eq!(
            reported("He said on Tuesday that the plan was dead, adding that it would cost more."),
            [
                ("He".into(), "said".into(), "the plan was dead".into()),
                ("He".into(), "adding".into(), "it would cost more".into())
            ]
        );
    }

    #[test]
    fn verb_last_and_according_to() {
        assert_eq!(
            reported("One big reason is they won’t become outdated, Palvetzian said."),
            [(
                "Palvetzian".into(),
                "said".into(),
                "One big reason is they won’t become outdated".into()
            )]
        );
        assert_eq!(
            reported("According to the post, the bomb threat had morphed again."),
            [(
                "the post".into(),
                "According to".into(),
                "the bomb threat had morphed again".into()
            )]
        );
    }

    #[test]
    fn not_reported_speech() {
        assert!(reported("But other times, what he said about Uber did not matter.").is_empty());
        assert!(reported("“We are ready,” he said.").is_empty());
        assert!(reported("He said: “We are ready.”").is_empty());
    }
}

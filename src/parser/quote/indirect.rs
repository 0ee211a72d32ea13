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
//!                                       ; or `and`/`but` before a speech verb
//! source   = np [ participle ] ( "by" / "from" ) np [ "(" acronym ")" ]
//!                                       ; C: `a report by Reuters`, `figures published by X`
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

use super::attribution::according_len;
use super::lexicon;
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

/// `he’s` → `he`, `there's` → `there`: the word without a contracted verb.
fn uncontracted(w: &str) -> &str {
    [
        "’s", "'s", "’re", "'re", "’ll", "'ll", "’d", "'d", "’ve", "'ve", "’m", "'m",
    ]
    .iter()
    .find_map(|c| w.strip_suffix(c))
    .unwrap_or(w)
}

/// Whether token `i` can open a reported clause: not a preposition, a conjunction, an
/// adverb of the verb (`said so`), a greeting (`said goodbye`) or an object pronoun.
fn clause_start(p: &Para<'_>, i: usize) -> bool {
    if !p.is_word(i) {
        return false;
    }
    let w = uncontracted(p.s(i));
    // The token's own entry when nothing was cut off it.
    let e = if w.len() == p.s(i).len() {
        p.entry(i)
    } else {
        lexicon::lookup(w)
    };
    if lexicon::CLAUSE_STARTERS.has(e) {
        return true;
    }
    if p.is_cap_word(i) {
        return !lexicon::CALENDAR.has(e) && !lexicon::BREAKS.has(e);
    }
    if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    !(lexicon::BREAKS.has(e)
        || is_preposition(w)
        || e.cue.is_some()
        || lexicon::LISTENERS.has(e) && matches!(w, "him" | "her" | "them" | "us" | "me")
        || matches!(
            w,
            "so" | "goodbye"
                | "hello"
                | "thanks"
                | "sorry"
                | "something"
                | "anything"
                | "nothing"
                | "everything"
                | "much"
                | "little"
                | "enough"
                | "otherwise"
                | "as"
                | "to"
                | "too"
                | "very"
                | "yes"
                | "okay"
                | "ok"
                | "hi"
                | "please"
                | "thank"
                | "publicly"
                | "privately"
                | "repeatedly"
                | "earlier"
                | "later"
                | "however"
                | "recently"
                | "previously"
                | "again"
                | "also"
                | "then"
        )
        || w.ends_with("ly"))
}

/// Skips the listener of `told`, `assured` ...: `reporters`, `CTV News`, `the Globe`.
pub(crate) fn skip_listener(p: &Para<'_>, k: usize, end: usize) -> Option<usize> {
    if k >= end {
        return None;
    }
    if p.s(k) == "that" {
        return Some(k);
    }
    if p.is(k, &lexicon::LISTENERS) {
        return Some(k + 1);
    }
    let mut j = k;
    if p.is(j, &lexicon::DETERMINERS) && !p.is(j, &lexicon::PRONOUNS) {
        j += 1;
    }
    // `told audiences she may ...`, `tells voters that ...`: a bare plural noun is a
    // listener like a phrase with its determiner.
    let bare_plural = j == k
        && p.is_lower_word(k)
        && p.s(k).len() > 3
        && p.s(k).ends_with('s')
        && !strict_start(p, k)
        && !is_preposition(p.s(k));
    let run_start = j;
    // `told host Dana Reyes`, `told CNN anchor Jake Tapper`: role words before the name.
    let role = |x: usize| {
        p.is_lower_word(x)
            && (p.is(x, &lexicon::TITLES)
                || p.is(x, &lexicon::ROLE_NOUNS)
                || matches!(
                    p.s(x),
                    "host" | "anchor" | "interviewer" | "correspondent" | "presenter"
                ))
    };
    loop {
        while j < end && j < k + 6 && p.is_cap_word(j) {
            j += 1;
        }
        let mut r = j;
        while r < end && r < j + 2 && role(r) {
            r += 1;
        }
        if r == j || r >= k + 8 || !p.is_cap_word(r) {
            break;
        }
        j = r;
    }
    if j > run_start {
        if p.is(j, &lexicon::LISTENERS) && p.is_lower_word(j) {
            return Some(j + 1);
        }
        let possessive = p.s(j) == "’s"
            || (run_start..j).any(|x| p.s(x).ends_with("’s") || p.s(x).ends_with("'s"));
        if possessive {
            // `Surrey’s councillors`, `NBC's Today show`: a possessive has its head noun
            // after it, whatever else that word could start.
            if j < end && p.is_lower_word(j) {
                j += 1;
            }
            while j < end && j < k + 8 && p.is_lower_word(j) && !clause_start(p, j) {
                j += 1;
            }
        }
        return Some(j);
    }
    // `the crowd`, `a local radio station`; `a press conference at the city hall`: the
    // listener ends at a preposition, whose phrase is an adverbial.
    if j > k || bare_plural {
        let mut m = j;
        while m < end
            && m < j + 3
            && p.is_lower_word(m)
            && !strict_start(p, m)
            && p.s(m) != "that"
            && !is_preposition(p.s(m))
        {
            m += 1;
        }
        if m > j
            && (p.s(m) == "that"
                || p.is(m, &lexicon::PRONOUNS)
                || strict_start(p, m)
                || p.is_lower_word(m) && is_preposition(p.s(m))
                // `told an industry forum.`: the listener ends the sentence.
                || m >= end
                || p.is_terminal(m)
                // `told the council, "No more studies."`: a quotation follows.
                || (p.is_punct(m, ",") || p.is_punct(m, ":")) && p.is_mark(m + 1))
        {
            return Some(m);
        }
    }
    Some(k)
}

/// Whether token `i` opens a clause after `that` following an adverbial (`said in a
/// statement that officers had ...`): a certain clause start ([`strict_start`]), a
/// capitalised word, or a word followed by an auxiliary (`officers had`, `profits would`).
/// A relative clause (`in a report that includes ...`) has its verb right after `that`.
fn opens_that_clause(p: &Para<'_>, i: usize) -> bool {
    strict_start(p, i)
        || p.is_cap_word(i)
        // `that at one point the number ...`, `that while the EU is ...`: an adverbial or a
        // subordinate clause opens it.
        || p.is_word(i) && (is_preposition(p.s(i)) || matches!(p.s(i), "while" | "if" | "when" | "although" | "because" | "since" | "despite"))
        // `that inventories in developed economies were ...`: a subject with a
        // prepositional phrase, then its verb.
        || clause_start(p, i)
            && p.is_lower_word(i + 1)
            && is_preposition(p.s(i + 1))
            && (i + 2..i + 7)
                .take_while(|&x| p.is_word(x))
                .any(|x| finite_verb(p, x))
        || clause_start(p, i)
            && p.is_lower_word(i + 1)
            && matches!(
                p.s(i + 1),
                "had"
                    | "has"
                    | "have"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "would"
                    | "will"
                    | "could"
                    | "should"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "did"
            )
}

/// Whether token `i` certainly opens a clause after an adverbial: a subject pronoun, a
/// determiner or a number.
fn strict_start(p: &Para<'_>, i: usize) -> bool {
    p.is_word(i)
        && (matches!(
            p.s(i),
            "he" | "she"
                | "people"
                | "nobody"
                | "everyone"
                | "everybody"
                | "someone"
                | "somebody"
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
                | "both"
                | "each"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
        ) || p.s(i).chars().next().is_some_and(|c| c.is_ascii_digit()))
}

/// `says growers own their data`, `said residents want the road reopened`: a bare plural
/// noun, a verb in the plain present, then its object's determiner. The three words make a
/// clause where none of them is on the list of verbs [`has_verb`] knows.
fn plural_subject_clause(p: &Para<'_>, i: usize) -> bool {
    let noun = p.s(i);
    let verb = p.s(i + 1);
    // A regular plural only (`people` is a [`strict_start`] already).
    let plural = noun.len() > 3
        && noun.ends_with('s')
        && np::is_plural_noun(noun)
        && !noun.ends_with("ous")
        && !matches!(
            noun,
            "always" | "perhaps" | "sometimes" | "afterwards" | "thus"
        );
    let plain = verb.len() > 2
        && !verb.ends_with('s')
        && !verb.ends_with("ly")
        && !verb.ends_with("ing")
        && !is_preposition(verb)
        && !p.is(i + 1, &lexicon::BREAKS)
        && !p.is(i + 1, &lexicon::DETERMINERS);
    p.is_lower_word(i)
        && p.is_lower_word(i + 1)
        && plural
        && plain
        && p.info_cue(i).is_none()
        && p.info_cue(i + 1).is_none()
        && matches!(
            p.s(i + 2),
            "the"
                | "a"
                | "an"
                | "their"
                | "its"
                | "his"
                | "her"
                | "our"
                | "this"
                | "that"
                | "it"
                | "them"
                | "to"
                | "no"
                | "more"
        )
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
            // Indonesian: `kata Budi pada Senin`, `kepada wartawan di Jakarta`.
            | "pada"
            | "kepada"
            | "di"
            | "dalam"
            | "saat"
    )
}

/// The longest adverbial phrase (`in a statement on Monday`) skipped without a `that`.
const SHORT_ADVERBIAL: usize = 6;

/// The `that` opening a clause a few words after the adverbial or listener starting at
/// `k` (words and commas only between them), if any.
fn that_ahead(p: &Para<'_>, k: usize, end: usize) -> Option<usize> {
    let stop = end.min(k + MAX_ADVERBIAL + 4);
    // Not past a coordination (`responded to molecules ..., and that signals ...`: the
    // second `that` is the object of an earlier verb).
    (k + 1..stop)
        .take_while(|&x| {
            let coordination = matches!(p.s(x), "and" | "or") && p.is_punct(x - 1, ",");
            (p.is_word(x) && !coordination) || p.is_punct(x, ",") || p.is_abbreviation_period(x)
        })
        .find(|&x| p.s(x) == "that" && opens_that_clause(p, x + 1))
}

/// Skips adverbials after a cue (`Thursday`, `in a statement`, `on Tuesday`) up to the
/// clause; returns where the clause (or `that`, or the sentence end) starts.
pub(crate) fn skip_adverbials(p: &Para<'_>, mut k: usize, end: usize) -> usize {
    let start = k;
    while k < end && k < start + MAX_ADVERBIAL {
        let w = p.s(k);
        if !p.is_word(k) {
            break;
        }
        if p.is(k, &lexicon::CALENDAR) {
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
        // `states, however, that ...`, `said too often, the ...`: an aside set off by a
        // comma.
        if matches!(w, "however" | "meanwhile" | "though" | "often") && p.is_punct(k + 1, ",") {
            k += 2;
            continue;
        }
        // `alleged to CBC News that ...`: a listener after `to`, when `that` follows.
        if w == "to" {
            return that_ahead(p, k, end).unwrap_or(k);
        }
        if quantity_at(p, k) {
            break;
        }
        if is_preposition(w) || matches!(w, "last" | "this" | "late" | "early") {
            // `at a press conference in the capital, Brenholm, that ...`
            if let Some(t) = that_ahead(p, k, end) {
                return t;
            }
            // An adverbial: up to a comma, a clause start, or the sentence end.
            let stop = end.min(k + SHORT_ADVERBIAL);
            let mut j = k + 1;
            while j < stop {
                if p.is_punct(j, ",") || p.is_terminal(j) {
                    break;
                }
                if !p.is_word(j) || p.is(j, &lexicon::BETWEEN) {
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
        let next_cue = |j: usize| p.cue(j).is_some_and(|c| c.clause && !c.weak);
        // `..., noting that`, `..., but added that`; also after a quoted fragment whose
        // comma is inside its closing mark (`a "long way from a decision," noting that`).
        let comma_at = p.is_punct(i, ",")
            || (p.is_mark(i) && i > sent.start && p.is_punct(i - 1, ",") && quoted(p, i - 1));
        let comma = comma_at
            && (next_cue(i + 1) || (matches!(p.s(i + 1), "and" | "but") && next_cue(i + 2)));
        // `... said the offer was fair and urged the union to return`: a second verb of
        // the speaker, clause-taking or not, ends the reported clause.
        let and = matches!(p.s(i), "and" | "but")
            && p.cue(i + 1).is_some_and(|c| !c.weak && !c.participle)
            && !p.is_punct(i.saturating_sub(1), ",");
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
    if p.info_cue(cue).is_some_and(|c| c.object) {
        k = skip_listener(p, k, end).unwrap_or(k);
    }
    let k = skip_adverbials(p, k, end);
    k >= end
        || p.is_terminal(k)
        // `..., he said, adding that ...`
        || (p.is_punct(k, ",")
            && p.info_cue(k + 1).is_some_and(|c| c.participle)
            && p.is_lower_word(k + 1))
        // `..., three people familiar with the matter told Reuters, as the carrier ...`:
        // a subordinate clause of the writer's after the attribution.
        || (p.is_punct(k, ",")
            && p.is_lower_word(k + 1)
            && matches!(
                p.s(k + 1),
                "as" | "while" | "amid" | "ahead" | "because" | "since" | "although" | "though"
                    | "when" | "after" | "before" | "despite" | "following" | "even"
            ))
}

/// How far back the opening mark of a quoted fragment is looked for.
const MAX_FRAGMENT: usize = 60;

/// Whether token `i` is the comma that ends a clause before its attribution: a comma, or
/// a closing mark with the comma inside it that ends a quoted fragment of the writer's
/// sentence (`shot at them “like snipers,” he said`). A quote that opens its sentence or
/// follows a colon, comma, dash or speech verb is a quotation of its own, not a fragment.
fn clause_comma(p: &Para<'_>, i: usize) -> bool {
    if p.is_punct(i, ",") {
        return true;
    }
    if !(p.is_mark(i) && i > 0 && p.is_punct(i - 1, ",") && quoted(p, i - 1)) {
        return false;
    }
    let floor = p.sentence_of(i).start.max(i.saturating_sub(MAX_FRAGMENT));
    let Some(open) = (floor..i - 1).rev().find(|&k| p.is_mark(k)) else {
        return false;
    };
    open > floor && opens_fragment(p, open)
}

/// Whether the mark at token `open` opens a quoted fragment of the writer's sentence: it
/// follows a word that is no speech verb (`had been “constructive”`), not a colon, a comma
/// or `said`.
fn opens_fragment(p: &Para<'_>, open: usize) -> bool {
    let Some(before) = open.checked_sub(1) else {
        return false;
    };
    if quoted(p, before) {
        return false;
    }
    // `left last year, “because of ...`: a lowercase quote after a comma goes on with the
    // writer's clause.
    if p.is_punct(before, ",") {
        return p.is_lower_word(open + 1);
    }
    p.is_word(before) && p.cue(before).is_none_or(|c| c.weak)
}

/// A clause that ends inside a quoted fragment which runs on past the sentence (`were “very
/// pleased. It levels the field.”`) runs to the fragment's closing mark.
fn to_closing_mark(p: &Para<'_>, r: Range<usize>) -> Range<usize> {
    let Some(last) = r.end.checked_sub(1) else {
        return r;
    };
    if r.is_empty() || !quoted(p, last) || !(r.end < p.len() && quoted(p, r.end)) {
        return r;
    }
    let Some(open) = (r.start..last).rev().find(|&k| p.is_mark(k)) else {
        return r;
    };
    if !opens_fragment(p, open) {
        return r;
    }
    let stop = p.len().min(r.end + 4 * MAX_FRAGMENT);
    match (r.end..stop).find(|&k| !quoted(p, k)) {
        Some(close) if p.is_mark(close) => r.start..close + 1,
        _ => r,
    }
}

/// Where a clause ends whose [`clause_comma`] is token `i`: before the comma, or after the
/// closing mark of its quoted fragment.
fn clause_end_at(p: &Para<'_>, i: usize) -> usize {
    if p.is_mark(i) { i + 1 } else { i }
}

/// Whether a clause may start at token `i`: not inside a direct quote or at its mark.
fn outside_quotes(p: &Para<'_>, r: &Range<usize>) -> bool {
    if quoted(p, r.start) {
        return false;
    }
    if !p.is_mark(r.start) {
        return true;
    }
    // `“I held and hugged” grieving family members before ..., he said`: a mixed
    // quotation opening with a quoted fragment (no punctuation before its closing mark:
    // `“We won,” he said` is a whole quote and its attribution), the writer's words going
    // on after it.
    let Some(close) = (r.start + 1..r.end).find(|&i| p.is_mark(i) && !quoted(p, i)) else {
        return false;
    };
    p.is_word(close - 1)
        && (close + 1..r.end)
            .filter(|&i| p.is_word(i) && !quoted(p, i))
            .count()
            >= 3
        && !(close + 1..r.end).any(|i| p.info_cue(i).is_some())
}

/// The first token from `from` on where [`find_into`] stops: a speech verb of the lexicon or an
/// `according to`.
fn next_stop(p: &Para<'_>, from: usize) -> Option<usize> {
    // A word of the `according to` table first: its text is read only then.
    (from..p.len()).find(|&j| {
        let e = p.entry(j);
        e.cue.is_some() || (lexicon::ACCORDING.has(e) && according_len(p, j) > 0)
    })
}

/// [`find_into`] into a new vector.
#[cfg(test)]
pub(crate) fn find(p: &Para<'_>) -> Vec<Reported> {
    let mut out = Vec::new();
    find_into(p, &mut out);
    out
}

/// The reported speech in `p`, in order, into `out` (cleared first), whose allocation a
/// caller keeps from one paragraph to the next.
pub(crate) fn find_into(p: &Para<'_>, out: &mut Vec<Reported>) {
    out.clear();
    // Reported speech needs a speech verb or an `according to`: the walk below stops only
    // at such a word (a table lookup read once per token), passing every other token with
    // `j + 1` and nothing else. A paragraph with none has no reported speech, and its
    // sentences are not walked. The first stop not yet passed is found lazily: the walk
    // only goes forward, and a token it jumps over (a sentence with none, an `according
    // to`, a reported clause) is tested once at most.
    let Some(mut stop) = next_stop(p, 0) else {
        return;
    };
    for sent in &p.sents {
        if sent.is_empty() || (quoted(p, sent.start + 1) && quoted(p, sent.end.saturating_sub(2))) {
            continue;
        }
        if stop < sent.start {
            match next_stop(p, sent.start) {
                Some(s) => stop = s,
                None => return,
            }
        }
        // No stop in the sentence: nothing to walk, no clause breaks to find.
        if stop >= sent.end {
            continue;
        }
        // The clause breaks serve a speech verb only: none in the sentence, none needed.
        let brk = if p.has_cue_word(sent.clone()) {
            breaks(p, sent)
        } else {
            Vec::new()
        };
        let mut j = sent.start;
        while j < sent.end {
            if stop < j {
                match next_stop(p, j) {
                    Some(s) => stop = s,
                    None => return,
                }
            }
            if stop >= sent.end {
                break;
            }
            j = stop;
            if quoted(p, j) || !p.is_word(j) {
                j += 1;
                continue;
            }
            // C: `According to X, ...` / `..., according to X.` / `X, according to Y, Z`
            let len = according_len(p, j);
            if len > 0 {
                according(p, j, len, sent, out);
                j += len;
                continue;
            }
            j = at_cue(p, j, sent, &brk, out);
        }
    }
}

/// Reads reported speech around the speech verb at token `j` (if it is one); returns the
/// next token to look at.
fn at_cue(
    p: &Para<'_>,
    j: usize,
    sent: &Range<usize>,
    brk: &[usize],
    out: &mut Vec<Reported>,
) -> usize {
    let Some(cue) = p.cue(j) else {
        return j + 1;
    };
    if cue.weak {
        complement(p, j, sent, out);
        return j + 1;
    }
    // The speech verbs of the other languages attribute direct quotes; they report speech
    // with their complementizer only (`disse que`, `ha detto che`, `sagte, dass`).
    if !cue.clause && !foreign_complementizer_after(p, j + 1) {
        return j + 1;
    }
    let mut k = j + 1;
    if matches!(p.s(k), "out" | "on") && p.s(j).starts_with("point") {
        k += 1;
    }
    let Some(speaker) = subject(p, j, sent, cue) else {
        // `..., said Palvetzian.`: the speaker is after the verb.
        return if verb_first(p, j, k, sent, cue, out) {
            k
        } else {
            j + 1
        };
    };
    let clause_end = |k: usize| {
        let i = brk.partition_point(|&b| b <= k);
        brk.get(i).copied().unwrap_or(sent.end)
    };
    let comma_before = speaker.all.start > sent.start && clause_comma(p, speaker.all.start - 1);
    // B: `..., Palvetzian said.`
    if comma_before && ends_after(p, j, k, sent.end) {
        let content = trim(p, sent.start..clause_end_at(p, speaker.all.start - 1));
        // `Managers refused, two people familiar with the matter said`: a subject and its
        // verb are a clause; a short phrase without a verb (`Not yet, he said`) is not.
        let min = if has_verb(p, &content) {
            2
        } else {
            MIN_CLAUSE_WORDS + 1
        };
        push(p, out, content, Some(speaker), j..k, min);
        return k;
    }
    // B, inside: `Too often, he says, they get it.`: both halves.
    if comma_before && !cue.participle && speaker.all.len() <= 4 {
        let after = skip_adverbials(p, k, sent.end);
        if p.is_punct(after, ",") && after + 1 < sent.end {
            let first = trim(p, sent.start..clause_end_at(p, speaker.all.start - 1));
            let rest = trim(p, after + 1..clause_end(after + 1));
            if words(p, &first) >= 2
                && words(p, &rest) >= 2
                && outside_quotes(p, &first)
                && outside_quotes(p, &rest)
                && !subordinate(p, &first)
            {
                push(p, out, first, Some(speaker.clone()), j..k, 2);
                // The second half is a clause (`they get it`), not an appositive to the
                // first (`..., the ministry announced, the biggest rise in two years.`).
                let appositive = matches!(p.s(rest.start), "the" | "a" | "an")
                    && p.is_lower_word(rest.start)
                    && !has_verb(p, &rest);
                if !appositive {
                    push(p, out, rest, Some(speaker), j..k, 2);
                }
                return after + 1;
            }
        }
    }
    if verb_first(p, j, k, sent, cue, out) {
        return k;
    }
    // A: `X said (that) ...`; not the passive `were reported dead`.
    if matches!(
        p.s(j.saturating_sub(1)),
        "was" | "were" | "been" | "being" | "is" | "are" | "be"
    ) {
        return j + 1;
    }
    if cue.object {
        match skip_listener(p, k, sent.end) {
            // `tells another story`: `tell` reports speech only to someone (or with `that`).
            Some(x) if x == k && p.s(j).starts_with("tel") && p.s(k) != "that" => {
                return j + 1;
            }
            Some(x) => k = x,
            None => return j + 1,
        }
    }
    k = skip_adverbials(p, k, sent.end);
    // `noted several times that she ...`: a short adverbial before `that`.
    if let Some(t) = (k + 1..sent.end.min(k + 4))
        .take_while(|&x| p.is_lower_word(x) && !quoted(p, x))
        .find(|&x| p.s(x) == "that")
        && (k..t).all(|x| !finite_verb(p, x) && p.cue(x).is_none())
        && opens_that_clause(p, t + 1)
    {
        k = t;
    }
    // `sagte, dass ...`: German puts a comma before its complementizer.
    if p.is_punct(k, ",") && p.s(k + 1) == "dass" {
        k += 1;
    }
    let complementizer = is_complementizer(p, k);
    if complementizer {
        k += 1;
    } else if !clause_start(p, k) && !quantity_at(p, k) {
        return j + 1;
    }
    let clause = trim(p, k..clause_end(k));
    let says = matches!(
        p.s(j),
        "say" | "says" | "said" | "saying" | "tell" | "tells" | "told" | "telling"
    );
    // Without `that`, a verb that also takes an object (`announced the end of a siege
    // that ...`, `added 0.4 per cent to 5,835`) reports speech only when its clause has a
    // verb of its own before any comma or relative pronoun; `say` and `tell` take clauses.
    let verb_ahead = if says {
        has_verb(p, &clause)
    } else {
        !number_at(p, k) && has_verb(p, &(clause.start..own_clause_end(p, &clause)))
    };
    // `the staff member who reported the call recalled ...`: after a restrictive `who`,
    // only `say`/`tell` or a `that` report speech (the verb's object looks like a clause).
    let restrictive = j >= 2 && p.s(j - 1) == "who" && !p.is_punct(j - 2, ",");
    // `said the same about Mr. Trump`: an object, not a clause.
    let the_same = p.s(k) == "the"
        && p.s(k + 1) == "same"
        && (!p.is_word(k + 2)
            || is_preposition(p.s(k + 2))
            || matches!(p.s(k + 2), "thing" | "things" | "way"));
    // `said no when reporters asked ...`: an answer, not a clause (but `said no one was
    // hurt`).
    let answer = matches!(p.s(k), "no" | "yes")
        && (!p.is_word(k + 1) && !p.is_punct(k + 1, ",")
            || matches!(
                p.s(k + 1),
                "when" | "to" | "and" | "but" | "after" | "before" | "because" | "if" | "again"
            ));
    if !only_a_quote(p, &clause)
        && !the_same
        && !answer
        && (!restrictive || complementizer || says)
        && (complementizer
            || verb_ahead
            || (says && (strict_start(p, k) || plural_subject_clause(p, k))))
    {
        push(p, out, clause, Some(speaker), j..j + 1, MIN_CLAUSE_WORDS);
    }
    j + 1
}

/// `that`, and the complementizers of the other languages with speech verbs in the
/// lexicon: `que` (Portuguese, Spanish, French), `che` (Italian), `dass` (German), `bahwa`
/// (Indonesian).
fn is_complementizer(p: &Para<'_>, k: usize) -> bool {
    p.is_word(k) && matches!(p.s(k), "that" | "que" | "che" | "dass" | "bahwa")
}

/// Whether `que`, `che` or `dass` (after a comma) is at token `k`.
fn foreign_complementizer_after(p: &Para<'_>, k: usize) -> bool {
    let k = if p.is_punct(k, ",") { k + 1 } else { k };
    p.is_word(k) && matches!(p.s(k), "que" | "che" | "dass" | "bahwa")
}

/// B with the verb first: `..., said Palvetzian.`, `..., said Sutopo Nugroho, a spokesman
/// for ...`, `... “a problem,” says Jon Reve, who ...`. Returns whether it applied.
fn verb_first(
    p: &Para<'_>,
    j: usize,
    k: usize,
    sent: &Range<usize>,
    cue: lexicon::Cue,
    out: &mut Vec<Reported>,
) -> bool {
    if j > sent.start
        && clause_comma(p, j - 1)
        && !cue.participle
        && let Some(n) = np::after(p, k, sent.end)
        // `..., said she understands Howell’s frustrations`: a pronoun opening a longer
        // phrase is a clause's subject (`said he.` alone is an inverted speaker).
        && !(n.all.len() > 1
            && matches!(p.s(n.all.start), "he" | "she" | "they" | "we" | "I" | "you" | "it"))
        && (n.name.is_some() || !has_verb(p, &n.all) && speaks(p, &n))
        && (ends_after(p, j, n.all.end, sent.end)
            || (n.name.is_some()
                && p.is_punct(n.all.end, ",")
                && matches!(p.s(n.all.end + 1), "a" | "an" | "the" | "who")))
    {
        let content = trim(p, sent.start..clause_end_at(p, j - 1));
        push(p, out, content, Some(n), j..k, MIN_CLAUSE_WORDS + 1);
        return true;
    }
    false
}

/// Whether an unnamed noun phrase after an inverted verb can be its speaker: a role, an
/// organisation, a source (`said a spokeswoman`, `said the ministry`, `said the report`),
/// a pronoun or a plural of people; not an object (`Her daughter, Ruth, confirmed the
/// death.`).
fn speaks(p: &Para<'_>, n: &Np) -> bool {
    let Some(head) = n.all.end.checked_sub(1) else {
        return false;
    };
    let w = p.s(head);
    n.all
        .clone()
        .any(|k| p.is_cap_word(k) || p.is(k, &lexicon::ROLE_NOUNS) || p.is(k, &lexicon::SOURCES))
        || p.is(head, &lexicon::ORG_WORDS)
        || p.is(head, &lexicon::PRONOUNS)
        || w.len() > 3 && np::is_plural_noun(w)
        || matches!(
            w,
            "watchdog" | "regulator" | "panel" | "side" | "jury" | "source"
        )
}

/// `at least 300 homes`, `more than 40 people`, `up to 90 mph`: a quantity opening a
/// clause (`said at least 300 homes may have been lost`), not an adverbial.
fn quantity_at(p: &Para<'_>, k: usize) -> bool {
    matches!(p.s(k), "at" | "up" | "more" | "less" | "fewer")
        && matches!(p.s(k + 1), "least" | "most" | "to" | "than")
        && number_at(p, k + 2)
}

/// Whether token `i` is a number (`0.4`, `three`): the object of `added`, not a clause.
fn number_at(p: &Para<'_>, i: usize) -> bool {
    p.s(i).starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            p.s(i),
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
}

/// Where the clause `r` ends before a comma or a relative pronoun (`the end of a siege
/// that echoed ...`): the verb of a reported clause comes before them.
fn own_clause_end(p: &Para<'_>, r: &Range<usize>) -> usize {
    r.clone()
        .skip(1)
        .find(|&i| {
            !quoted(p, i) && (p.is_punct(i, ",") || matches!(p.s(i), "that" | "which" | "who"))
        })
        .unwrap_or(r.end)
}

/// Whether a clause has a finite verb in its first words: an auxiliary, a modal, a
/// contracted verb, a past tense (`-ed` or irregular). `added 0.4 per cent`, `claimed
/// responsibility` have none: their object is no clause.
fn has_verb(p: &Para<'_>, r: &Range<usize>) -> bool {
    r.clone().take(14).skip(1).any(|i| finite_verb(p, i))
        || r.clone()
            .take(4)
            .any(|i| p.is_word(i) && contracted_verb(p.s(i)))
}

/// Whether `w` ends in a contracted verb (`they’re`, `we'll`, `it’s`): an `’s` only after a
/// pronoun, where it is `is` or `has`; after a noun it is a possessive (`Russia’s`).
fn contracted_verb(w: &str) -> bool {
    let stem = uncontracted(w);
    if stem.len() == w.len() {
        return false;
    }
    let apostrophe_s = w.ends_with("’s") || w.ends_with("'s");
    !apostrophe_s
        || matches!(
            stem.to_ascii_lowercase().as_str(),
            "he" | "she" | "it" | "that" | "there" | "what" | "who" | "here" | "where" | "this"
        )
}

/// Whether token `i` is, most likely, a finite verb outside any quote.
fn finite_verb(p: &Para<'_>, i: usize) -> bool {
    if !p.is_lower_word(i) || quoted(p, i) {
        return false;
    }
    let w = p.s(i);
    w.len() > 4 && w.ends_with("ed") || w.ends_with("n’t") || w.ends_with("n't") || is_verb_word(w)
}

/// Common finite verbs and auxiliaries.
fn is_verb_word(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "were"
            | "are"
            | "am"
            | "be"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "shall"
            | "may"
            | "might"
            | "must"
            | "did"
            | "does"
            | "do"
            | "held"
            | "made"
            | "took"
            | "gave"
            | "went"
            | "came"
            | "found"
            | "said"
            | "told"
            | "left"
            | "got"
            | "knew"
            | "thought"
            | "felt"
            | "saw"
            | "lost"
            | "won"
            | "became"
            | "began"
            | "ran"
            | "led"
            | "kept"
            | "paid"
            | "sent"
            | "spent"
            | "built"
            | "sold"
            | "brought"
            | "put"
            | "set"
            | "hit"
            | "cut"
            | "let"
            | "fell"
            | "rose"
            | "grew"
            | "drew"
            | "wrote"
            | "spoke"
            | "broke"
            | "chose"
            | "stood"
            | "meant"
            | "heard"
            | "need"
            | "needs"
            | "want"
            | "wants"
            | "plans"
            | "says"
            | "says,"
            | "goes"
            | "remain"
            | "remains"
            | "seems"
            | "seem"
            | "know"
            | "think"
            | "believe"
            | "expects"
            | "expect"
            | "hope"
            | "hopes"
            | "feel"
            | "feels"
            | "makes"
            | "takes"
            | "gets"
            | "comes"
            | "shows"
            | "show"
            | "continue"
            | "continues"
            | "include"
            | "includes"
            | "mean"
            | "means"
            | "appears"
            | "appear"
            | "looks"
            | "look"
            | "work"
            | "works"
            | "plan"
            | "hold"
            | "holds"
            | "face"
            | "faces"
            | "lack"
            | "lacks"
    )
}

/// Whether a clause opens with a subordinator (`When asked about it, he said ...`): the
/// words before a comma are then no reported speech.
fn subordinate(p: &Para<'_>, r: &Range<usize>) -> bool {
    // Compared in any ASCII case, without a lowercased copy.
    let w = p.s(r.start);
    [
        "when", "if", "as", "while", "although", "though", "after", "before", "because", "since",
        "asked", "speaking", "unless", "until", "once", "whether", "which", "who", "whose",
        "where", "whereas",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s))
}

/// Whether a clause opening with a subordinator has its main clause after a comma (`As
/// they left, the guards fired at them`): then it is reported speech as a whole.
fn main_after(p: &Para<'_>, r: &Range<usize>) -> bool {
    (r.start + 2..r.end.saturating_sub(2)).any(|i| {
        p.is_punct(i, ",")
            && !quoted(p, i)
            && (strict_start(p, i + 1)
                || p.is_cap_word(i + 1)
                || matches!(
                    uncontracted(p.s(i + 1)),
                    "we" | "they" | "he" | "she" | "it" | "you" | "there" | "that"
                ))
    })
}

/// Whether `clause` comes after its cue and a comma and opens with a participle: `the Red
/// Cross said, raising the possibility of ...`, `he said in an address, looking drained`:
/// what the speaker did while speaking, not what they said. A gerund subject has no comma
/// before it (`said having Karlsson back was a boost`) or comes before the cue (`Raising
/// taxes is wrong, he said`).
fn participle_after(p: &Para<'_>, clause: &Range<usize>, cue: &Range<usize>) -> bool {
    let w = p.s(clause.start);
    clause.start >= cue.end
        && clause
            .start
            .checked_sub(1)
            .is_some_and(|k| p.is_punct(k, ","))
        && p.is_lower_word(clause.start)
        && w.len() > 5
        && w.ends_with("ing")
        && !w.ends_with("thing")
}

/// Adds a reported clause of at least `min_words` words that starts outside any quote.
fn push(
    p: &Para<'_>,
    out: &mut Vec<Reported>,
    clause: Range<usize>,
    speaker: Option<Np>,
    cue: Range<usize>,
    min_words: usize,
) {
    let clause = to_closing_mark(p, clause);
    // After `que`/`che`/`dass` the clause is in another language: `as obras` (Portuguese
    // `the works`) opens no English subordinate clause.
    let foreign = clause
        .start
        .checked_sub(1)
        .is_some_and(|k| is_complementizer(p, k) && p.s(k) != "that");
    // `added that while the EU is the biggest market, ...`: after `that`, a subordinate
    // clause opens the reported one.
    let after_that = clause
        .start
        .checked_sub(1)
        .is_some_and(|k| p.s(k) == "that");
    if words(p, &clause) >= min_words
        && outside_quotes(p, &clause)
        && (foreign || after_that || !subordinate(p, &clause) || main_after(p, &clause))
        && !participle_after(p, &clause, &cue)
        && !(p.s(clause.start).eq_ignore_ascii_case("according") && p.s(clause.start + 1) == "to")
    {
        out.push(Reported {
            clause,
            speaker,
            cue,
        });
    }
}

/// The subject of the speech verb at token `j`: the noun phrase before it; for a
/// participle (`, adding`) or a coordinated verb (`and said`), the subject of the verb
/// before it; for `as saying`, the one quoted (`quoted an official as saying`).
fn subject(p: &Para<'_>, j: usize, sent: &Range<usize>, cue: lexicon::Cue) -> Option<Np> {
    let before_cue = p.s(j.saturating_sub(1));
    let coordinated = j > sent.start && matches!(before_cue, "and" | "but");
    if cue.participle || coordinated {
        if before_cue == "as" {
            return np::quoted_as(p, j, sent.start);
        }
        // `..., noting`, also after a quoted fragment whose comma is inside its closing
        // mark (`a "long way from a decision," noting that ...`).
        let comma = p.is_punct(j.saturating_sub(1), ",")
            || (j >= 2 && p.is_mark(j - 1) && p.is_punct(j - 2, ","));
        if !(comma || coordinated) {
            return None;
        }
        return earlier_subject(p, sent.start, j).or_else(|| opening_subject(p, sent.start, j));
    }
    // French `Jean Dupont a indiqué que`: the auxiliary `a` (an English determiner, so
    // not among the words skipped between a subject and its verb).
    let j = if !cue.clause && j > sent.start + 1 && p.s(j - 1) == "a" {
        j - 1
    } else {
        j
    };
    // `Heather, who confessed that ...`: the relative pronoun stands for the name before
    // it.
    let j = if j >= sent.start + 3 && p.s(j - 1) == "who" && p.is_punct(j - 2, ",") {
        j - 2
    } else if j >= sent.start + 2 && p.s(j - 1) == "who" && p.is_lower_word(j - 2) {
        // `the woman who told me that ...`: a restrictive relative clause; its noun phrase
        // has no verb of its own (not `Obama rebuked critics who say ...`).
        let n = np::before(p, j - 1, sent.start)?;
        if n.all.clone().any(|x| finite_verb(p, x)) {
            return None;
        }
        j - 1
    } else {
        j
    };
    let n = np::before(p, j, sent.start).or_else(|| quantifier(p, j, sent.start))?;
    // `paying $250m to settle charges that ...`: a verb after `to` is no subject.
    let infinitive = n.all.len() == 1
        && p.is_lower_word(n.all.start)
        && n.all.start > sent.start
        && p.s(n.all.start - 1) == "to";
    if infinitive {
        return None;
    }
    // `what he said about Uber` is no reported speech.
    (n.all.start == sent.start || p.s(n.all.start - 1) != "what").then_some(n)
}

/// `Some say ...`, `Others argue ...`: a quantifier alone as the subject.
fn quantifier(p: &Para<'_>, j: usize, floor: usize) -> Option<Np> {
    let t = j.checked_sub(1).filter(|&t| t >= floor)?;
    matches!(
        p.s(t).to_ascii_lowercase().as_str(),
        "some" | "many" | "several" | "most" | "all" | "both" | "few" | "others" | "another"
    )
    .then(|| np::split_name(p, t..j))
}

/// `described it as X`, `calls it X`: the complement of a verb of naming.
fn complement(p: &Para<'_>, j: usize, sent: &Range<usize>, out: &mut Vec<Reported>) {
    let verb = p.s(j);
    let Some(speaker) = np::before(p, j, sent.start) else {
        return;
    };
    let stop = sent.end.min(j + 8);
    let start = if verb.starts_with("describ") {
        match (j + 1..stop).find(|&k| p.s(k) == "as" && p.is_word(k)) {
            Some(k) => k + 1,
            None => return,
        }
    } else if verb.starts_with("call") {
        // `called it`, `calls the program`: an object, then its new name.
        let obj = j + 1;
        if matches!(p.s(obj), "it" | "him" | "her" | "them" | "this" | "that") {
            obj + 1
        } else if p.s(obj) == "the" && p.is_lower_word(obj + 1) && p.is_word(obj + 2) {
            obj + 2
        } else {
            return;
        }
    } else {
        return;
    };
    if p.is_mark(start) || !p.is_word(start) {
        return;
    }
    // After a naming verb the new name is a noun phrase of its own: `called the program
    // one of ...`, `calls it a rookie mistake`, `described her as the mother ...`.
    if verb.starts_with("call") && !matches!(p.s(start), "a" | "an" | "one" | "the") {
        return;
    }
    // The complement is a noun phrase: up to a comma, a conjunction or a verb.
    let end = (start..sent.end.min(start + 16))
        .find(|&k| {
            !quoted(p, k) && (p.is_punct(k, ",") || p.ends_sentence(k))
                || (k > start
                    && !quoted(p, k)
                    && matches!(p.s(k), "and" | "but" | "because" | "while"))
                || (k > start && !quoted(p, k) && p.is_lower_word(k) && p.info_cue(k).is_some())
        })
        .unwrap_or(sent.end.min(start + 16));
    let clause = trim(p, start..end);
    push(p, out, clause, Some(speaker), j..j + 1, 2);
}

/// The subject of the last speech verb before token `j` in the sentence (for `, adding`
/// and `and said`), else the subject opening the sentence.
fn earlier_subject(p: &Para<'_>, start: usize, j: usize) -> Option<Np> {
    let lo = start.max(j.saturating_sub(40));
    (lo..j)
        .rev()
        .filter(|&k| p.cue(k).is_some_and(|c| !c.participle))
        .find_map(|k| {
            // `says the bow-tied maverick, noting that ...`
            np::before(p, k, start).or_else(|| np::after(p, k + 1, j))
        })
}

/// The noun phrase opening the sentence, if it names someone (`Roy Graf protested the
/// bills, saying ...`) or is headed by a role or an organisation (`Goldman Sachs analysts
/// cut their forecast, writing in a note that ...`, `The company cut jobs, saying ...`).
fn opening_subject(p: &Para<'_>, start: usize, j: usize) -> Option<Np> {
    // `But he shook his head and said ...`: the conjunction is no part of the subject.
    let start = if matches!(p.s(start), "But" | "And" | "Yet" | "So") {
        start + 1
    } else {
        start
    };
    let n = np::after(p, start, j)?;
    let head = n.all.end.checked_sub(1)?;
    if n.name.is_some() || p.is(head, &lexicon::PRONOUNS) {
        return Some(n);
    }
    // Not an opening adverbial (`In television interviews, he ...`), a question (`Does
    // the candidate ...`), or a subject a later clause has replaced (`A court ruled ...,
    // but the Court of Appeal cleared him, saying ...`).
    let first = p.s(start).to_ascii_lowercase();
    if is_preposition(&first)
        || is_verb_word(&first)
        || (n.all.end..j).any(|k| p.s(k) == "but" || p.is_punct(k, ";"))
    {
        return None;
    }
    // The phrase read on past the verb (`The company cut 300 jobs`): the description ends
    // at its first role or organisation noun.
    let described = |k: usize| {
        let w = p.s(k);
        let singular = w.strip_suffix('s').unwrap_or(w);
        p.is_lower_word(k)
            && (lexicon::is(&lexicon::ROLE_NOUNS, singular) || p.is(k, &lexicon::ORG_WORDS))
    };
    let k = n.all.clone().take(8).find(|&k| described(k))?;
    Some(np::split_name(p, n.all.start..k + 1))
}

/// `According to X, clause`, `clause, according to X.` or
/// `clause, according to X, clause`.
fn according(p: &Para<'_>, j: usize, len: usize, sent: &Range<usize>, out: &mut Vec<Reported>) {
    let opener = j == sent.start
        || (j == sent.start + 1 && matches!(p.s(sent.start), "But" | "And" | "Yet" | "So"));
    let Some(n) = np::after(p, j + len, sent.end) else {
        return;
    };
    let n = with_author(p, n, sent.end);
    // `the Assam State Disaster Management Authority (ASDMA).`: the acronym in brackets
    // after the source belongs to it.
    let after = past_acronym(p, n.all.end);
    let source = without_participle(p, &n);
    // `According to a county report released Monday, the closures ...`: the document's
    // participle and its time or place, to the comma.
    let participle = source.all.end.min(after);
    let after = if opener && !p.is_punct(after, ",") && AUTHORED.contains(&p.s(participle)) {
        (participle + 1..sent.end.min(participle + 8))
            .take_while(|&k| p.cue(k).is_none())
            .find(|&k| p.is_punct(k, ","))
            .unwrap_or(after)
    } else {
        after
    };
    if opener {
        if p.is_punct(after, ",") {
            let clause = trim(p, after + 1..sent.end);
            if !only_a_quote(p, &clause) {
                push(p, out, clause, Some(source), j..j + len, MIN_CLAUSE_WORDS);
            }
        }
        return;
    }
    if j == sent.start || !p.is_punct(j - 1, ",") {
        return;
    }
    let first = trim(p, sent.start..j - 1);
    // `..., according to a study which is being released Monday.`
    let relative = matches!(p.s(after), "which" | "who" | "that");
    // `..., according to the authority, which said ...`; `..., according to Tobias Lehner, a
    // limnologist ...`: the source is described, the clause is before.
    let described = p.is_punct(after, ",")
        && (matches!(p.s(after + 1), "which" | "who" | "whose")
            || (n.name.is_some() && matches!(p.s(after + 1), "a" | "an" | "the")));
    if relative || ends_after(p, j, after, sent.end) || described {
        push(
            p,
            out,
            first,
            Some(source),
            j..j + len,
            MIN_CLAUSE_WORDS + 1,
        );
    } else if p.is_punct(after, ",") {
        // `Shelter residents, according to the findings, are fearful ...`; but `according
        // to the Meteorology, Climatology and Geophysics Agency.`: a name with a comma in
        // it, and no clause after it.
        let rest = trim(p, after + 1..sent.end);
        if !has_lower_content(p, &rest) {
            // The source runs on to the sentence end, but for a bracketed acronym.
            let mut end = rest.end;
            if end >= rest.start + 3 && p.is_punct(end - 3, "(") && past_acronym(p, end - 3) == end
            {
                end -= 3;
            }
            let whole = Np {
                all: source.all.start..end.max(source.all.end),
                name: None,
                title: None,
            };
            push(p, out, first, Some(whole), j..j + len, MIN_CLAUSE_WORDS + 1);
        } else if words(p, &first) >= 1 && words(p, &rest) >= 2 {
            push(p, out, first, Some(source.clone()), j..j + len, 1);
            push(p, out, rest, Some(source), j..j + len, 2);
        }
    }
}

/// Whether `r` holds a lower-case word other than the ones inside names (`and`, `of`):
/// `Climatology and Geophysics Agency (BMKG)` is a name, `are fearful` a clause.
fn has_lower_content(p: &Para<'_>, r: &Range<usize>) -> bool {
    r.clone().any(|k| {
        p.is_lower_word(k) && !matches!(p.s(k), "and" | "of" | "the" | "for" | "de" | "du" | "des")
    })
}

/// The token after a bracketed acronym at `k` (`(ASDMA)`), else `k`.
fn past_acronym(p: &Para<'_>, k: usize) -> usize {
    if p.is_punct(k, "(")
        && p.is_word(k + 1)
        && lexicon::is_all_caps(p.s(k + 1))
        && p.is_punct(k + 2, ")")
    {
        k + 3
    } else {
        k
    }
}

/// The source without a participle that names no author (`court documents filed in
/// Boston` → `court documents`).
fn without_participle(p: &Para<'_>, n: &Np) -> Np {
    let last = n.all.end.saturating_sub(1);
    if n.name.is_none()
        && n.all.len() >= 2
        && p.is_lower_word(last)
        && AUTHORED.contains(&p.s(last))
    {
        Np {
            all: n.all.start..last,
            name: None,
            title: None,
        }
    } else {
        n.clone()
    }
}

/// Verbs whose past participle ties a document to its author: `figures published by`.
const AUTHORED: &[&str] = &[
    "published",
    "issued",
    "released",
    "compiled",
    "conducted",
    "obtained",
    "prepared",
    "commissioned",
    "provided",
    "filed",
    "posted",
];

/// A source that is a document, widened to take in its author (`a statement from the
/// ministry`, `figures published by the police`): the phrase as a whole is the source, as
/// the reader is told it. A person (`Ann Lee from the ministry`) keeps the name alone.
fn with_author(p: &Para<'_>, n: Np, limit: usize) -> Np {
    if n.name.is_some() {
        return n;
    }
    let mut k = n.all.end;
    if AUTHORED.contains(&p.s(k)) {
        k += 1;
    }
    if !matches!(p.s(k), "by" | "from") {
        return n;
    }
    match np::after(p, k + 1, limit) {
        Some(author) => Np {
            all: n.all.start..author.all.end,
            name: None,
            title: None,
        },
        None => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reported(text: &str) -> Vec<(String, String, String)> {
        let mut p = Para::new(text, 0);
        // The tokens between two marks are quoted, as the pairing would say.
        let marks: Vec<usize> = (0..p.len()).filter(|&i| p.is_mark(i)).collect();
        for pair in marks.chunks(2) {
            if let [open, close] = pair {
                for q in p.quoted.iter_mut().take(*close).skip(open + 1) {
                    *q = true;
                }
            }
        }
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

    /// One reported clause: speaker, cue and clause, as [`reported`] gives them.
    fn one(who: &str, cue: &str, clause: &str) -> Vec<(String, String, String)> {
        vec![(who.to_owned(), cue.to_owned(), clause.to_owned())]
    }

    #[test]
    fn complementizers_of_other_languages() {
        let r = reported;
        assert_eq!(
            r("El alcalde Luis Gómez dijo que la obra terminará en marzo."),
            one("Luis Gómez", "dijo", "la obra terminará en marzo")
        );
        assert_eq!(
            r("Le ministre Jean Dupont a indiqué que la réforme serait votée en juin."),
            one("Jean Dupont", "indiqué", "la réforme serait votée en juin")
        );
        assert_eq!(
            r("Der Minister Klaus Weber sagte, dass die Reform im Juni kommt."),
            one("Klaus Weber", "sagte", "die Reform im Juni kommt")
        );
        // `as obras` is Portuguese, not English `as`.
        assert_eq!(
            r("Carlos Mendes disse que as obras começam no segundo semestre."),
            one(
                "Carlos Mendes",
                "disse",
                "as obras começam no segundo semestre"
            )
        );
        // Without its complementizer, such a verb reports nothing.
        assert!(r("Luis Gómez dijo la verdad a los vecinos del barrio.").is_empty());
    }

    #[test]
    fn verb_first() {
        assert_eq!(
            reported("McCallum claimed in that speech the cost could be reduced."),
            one("McCallum", "claimed", "the cost could be reduced")
        );
        assert_eq!(
            reported("The agency told CTV News it has not done any such study."),
            one("The agency", "told", "it has not done any such study")
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
            one(
                "Palvetzian",
                "said",
                "One big reason is they won’t become outdated"
            )
        );
        assert_eq!(
            reported("According to the post, the bomb threat had morphed again."),
            one(
                "the post",
                "According to",
                "the bomb threat had morphed again"
            )
        );
        assert_eq!(
            reported("Segundo o ministério, o programa começa em junho."),
            one("o ministério", "Segundo", "o programa começa em junho")
        );
        assert_eq!(
            reported("Según la policía, nadie resultó herido en el incendio."),
            one("la policía", "Según", "nadie resultó herido en el incendio")
        );
    }

    #[test]
    fn a_second_verb_of_the_speaker_ends_the_clause() {
        assert_eq!(
            reported("Lee said the offer was fair and urged the union to return to talks."),
            one("Lee", "said", "the offer was fair")
        );
        assert_eq!(
            reported("Lee said he was \"a long way from a decision,\" noting that he had served 43 years.")
                .iter()
                .map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("Lee", "said", "he was \"a long way from a decision,\""),
                ("Lee", "noting", "he had served 43 years")
            ]
        );
        assert_eq!(
            reported(
                "Lee said it was up to the council to decide, but added that he hoped for speed."
            )
            .first()
            .map(|r| r.2.clone()),
            Some("it was up to the council to decide".into())
        );
        // A verb that is no speech verb stays in the clause.
        assert_eq!(
            reported("Lee said prices rose and fell in the same week.")
                .first()
                .map(|r| r.2.clone()),
            Some("prices rose and fell in the same week".into())
        );
    }

    #[test]
    fn a_document_source_takes_in_its_author() {
        let source = |who: &str, clause: &str| one(who, "according to", clause);
        assert_eq!(
            reported("Crashes rose by a third, according to figures published by the police."),
            source("figures published by the police", "Crashes rose by a third")
        );
        assert_eq!(
            reported("The plant will close in June, according to a report by Reuters."),
            source("a report by Reuters", "The plant will close in June")
        );
        assert_eq!(
            reported("According to a statement from the ministry, the tax will rise in May.")
                .first()
                .map(|r| (r.0.as_str(), r.2.as_str())),
            Some(("a statement from the ministry", "the tax will rise in May"))
        );
        assert_eq!(
            reported("Ten people were hurt in the floods, according to a bulletin issued by the Disaster Authority (DMA).")
                .first()
                .map(|r| r.0.as_str()),
            Some("a bulletin issued by the Disaster Authority")
        );
        assert_eq!(
            reported("Hale pleaded guilty in May, according to court documents filed in Boston.")
                .first()
                .map(|r| r.0.as_str()),
            Some("court documents")
        );
        // A role word before the final period is no abbreviation (`Gen.` is).
        assert_eq!(
            reported("Three people were hurt in the crash, according to the police."),
            source("the police", "Three people were hurt in the crash")
        );
        // A comma inside the source's name is no aside.
        assert_eq!(
            reported(
                "The wave struck at noon, according to the Meteorology, Climatology and Geophysics Agency (BMKG)."
            ),
            source(
                "the Meteorology, Climatology and Geophysics Agency",
                "The wave struck at noon"
            )
        );
        // A person keeps the name alone.
        assert_eq!(
            reported("The tax will rise in May, according to Ann Lee from the ministry.")
                .first()
                .map(|r| r.0.as_str()),
            Some("Ann Lee")
        );
    }

    #[test]
    fn a_quoted_fragment_ends_the_clause_before_its_attribution() {
        // The comma is inside the closing mark: the clause runs to the mark.
        assert_eq!(
            reported("The new timetable is “a real problem for the island,” Reve said."),
            one(
                "Reve",
                "said",
                "The new timetable is “a real problem for the island,”"
            )
        );
        assert_eq!(
            reported("The new timetable is “a real problem,” says harbour master Jon Reve."),
            one("Jon Reve", "says", "The new timetable is “a real problem,”")
        );
        // A quote after a colon is a quotation of its own, not a fragment.
        assert!(reported("He turned to the crowd: “We stay,” Reve said.").is_empty());
    }

    #[test]
    fn verb_first_with_a_described_speaker() {
        assert_eq!(
            reported("The plan will fail in the end, said harbour master Jon Reve, who runs it."),
            one("Jon Reve", "said", "The plan will fail in the end")
        );
    }

    #[test]
    fn a_fragment_running_past_the_sentence_ends_the_clause_at_its_mark() {
        assert_eq!(
            reported("Reve said the crew were “very pleased. It levels the field.” Then he left."),
            one(
                "Reve",
                "said",
                "the crew were “very pleased. It levels the field.”"
            )
        );
    }

    #[test]
    fn an_object_is_no_clause() {
        // `added` with a number, `announced` with a noun phrase whose verb is in a
        // relative clause: no reported speech.
        assert!(reported("The index added 0.4 per cent to 5,835 while the other fell.").is_empty());
        assert!(
            reported("The mayor announced the end of a long strike that had closed the port.")
                .is_empty()
        );
        assert_eq!(
            reported("The mayor announced the strike had ended."),
            one("The mayor", "announced", "the strike had ended")
        );
        // A short adverbial before `that`.
        assert_eq!(
            reported("She noted several times that she wanted a trial."),
            one("She", "noted", "she wanted a trial")
        );
    }

    #[test]
    fn a_lowercase_fragment_after_a_comma_runs_to_its_mark() {
        assert_eq!(
            reported("Reve said he left last year, “because of the rules. I am back now.”"),
            one(
                "Reve",
                "said",
                "he left last year, “because of the rules. I am back now.”"
            )
        );
    }

    #[test]
    fn an_adverbial_then_that() {
        assert_eq!(
            reported("Police said in a statement that two men had been arrested."),
            one("Police", "said", "two men had been arrested")
        );
        assert_eq!(
            reported("The ministry said in a filing with regulators that officers had left."),
            one("The ministry", "said", "officers had left")
        );
        assert!(
            reported("The firm said in a report that includes data from ten mills.").is_empty()
        );
        assert_eq!(
            reported("Analysts said in a note that stocks in Europe were likely to rise."),
            one("Analysts", "said", "stocks in Europe were likely to rise")
        );
    }

    #[test]
    fn an_appositive_after_a_parenthetical_attribution_is_no_clause() {
        assert_eq!(
            reported(
                "Fares will rise by 4 per cent, the ministry has announced, the biggest rise in two years."
            ),
            one("the ministry", "announced", "Fares will rise by 4 per cent")
        );
    }

    #[test]
    fn that_clauses_after_listeners_relatives_and_adverbials() {
        assert_eq!(
            reported("People alleged to CBC News that there was an inappropriate use of force."),
            one(
                "People",
                "alleged",
                "there was an inappropriate use of force"
            )
        );
        assert_eq!(
            reported("It was Heather, who confessed that she was a virgin."),
            one("Heather", "confessed", "she was a virgin")
        );
        assert_eq!(
            reported("Hawes added that while the EU is the biggest market, exports rose."),
            one(
                "Hawes",
                "added",
                "while the EU is the biggest market, exports rose"
            )
        );
        assert_eq!(
            reported(
                "LaPlante acknowledged before the judge that at one point the number seemed high."
            ),
            one(
                "LaPlante",
                "acknowledged",
                "at one point the number seemed high"
            )
        );
        assert_eq!(
            reported("He told NBC's Today show on Wednesday that he wasn't disrespectful."),
            one("He", "told", "he wasn't disrespectful")
        );
        assert_eq!(
            reported("The mayor was quoted as saying by local media that police had reports."),
            one("The mayor", "saying", "police had reports")
        );
        // A verb after `to` is no subject of a `charges that`.
        assert!(reported("Qwest paid $250m in October to settle charges that it lied.").is_empty());
        // `to` without a `that` after it starts no adverbial: `promised to resign` reports
        // nothing.
        assert!(reported("He promised to resign.").is_empty());
    }

    #[test]
    fn a_subordinate_clause_after_the_attribution() {
        assert_eq!(
            reported(
                "Nordwind is exploring a sale, people familiar with the matter told Reuters, as the carrier cuts costs."
            ),
            one(
                "people familiar with the matter",
                "told",
                "Nordwind is exploring a sale"
            )
        );
    }

    #[test]
    fn an_object_after_the_verb_is_no_inverted_speaker() {
        // `confirmed the death` has an object, not an inverted speaker.
        assert!(reported("Her daughter, Ruth Ellis-Moran, confirmed the death.").is_empty());
        // The listener of `told` may end the sentence.
        assert_eq!(
            reported(
                "Deutsche Bank has agreed to the deal, Alfred Herrhausen told a news conference."
            ),
            one(
                "Alfred Herrhausen",
                "told",
                "Deutsche Bank has agreed to the deal"
            )
        );
        // An inverted speaker: a role, an organisation, a source.
        assert_eq!(
            reported("The plan is dead, said a spokeswoman.")
                .first()
                .map(|r| r.0.as_str()),
            Some("a spokeswoman")
        );
    }

    #[test]
    fn a_mixed_quotation_opening_the_clause() {
        assert_eq!(
            reported("“I held and hugged” grieving families before laying flowers, he said."),
            one(
                "he",
                "said",
                "“I held and hugged” grieving families before laying flowers"
            )
        );
        // A whole quote and its attribution are no clause of the source's.
        assert!(
            reported("“They care,” Obama said of the families, according to a pool report.")
                .iter()
                .all(|r| !r.2.starts_with('“'))
        );
    }

    #[test]
    fn a_participle_after_the_cue_is_no_reported_speech() {
        let clauses =
            |text: &str| -> Vec<String> { reported(text).into_iter().map(|r| r.2).collect() };
        assert_eq!(
            clauses("Six people died, the Red Cross said, raising the possibility of more."),
            ["Six people died"]
        );
        let complaint =
            clauses("The attack took four minutes, he said, according to the complaint.");
        assert_eq!(
            complaint.first().map(String::as_str),
            Some("The attack took four minutes")
        );
        assert!(complaint.iter().all(|c| !c.starts_with("according")));
        // A gerund subject is reported speech.
        assert_eq!(
            reported("Alfredsson said having Karlsson back was a big boost."),
            one("Alfredsson", "said", "having Karlsson back was a big boost")
        );
    }

    #[test]
    fn a_listener_with_a_place() {
        assert_eq!(
            reported(
                "Vernier told a press conference at the city hall on Monday that it was final."
            ),
            one("Vernier", "told", "it was final")
        );
        assert!(reported("Vernier told a press conference at the city hall on Monday.").is_empty());
        assert!(reported("Ann Lee told Surrey’s councillors at Tuesday’s meeting.").is_empty());
        assert_eq!(
            reported("Ann Lee told Surrey’s councillors the plan was dead."),
            one("Ann Lee", "told", "the plan was dead")
        );
        assert!(
            reported("“It is false,” Ann Lee told Surrey’s councillors at Tuesday’s meeting.")
                .is_empty()
        );
    }

    #[test]
    fn an_aside_between_verb_and_clause() {
        assert_eq!(
            reported("He states however, that the fees have less to do with fuel."),
            one("He", "states", "the fees have less to do with fuel")
        );
    }

    #[test]
    fn a_titled_subject_with_appositives() {
        // Past the title, and `D-Ore.` before a comma ends no sentence.
        assert_eq!(
            reported("Sen. Mara Lind, D-Ore., a member of the panel, said Reve has a plan."),
            one("Mara Lind", "said", "Reve has a plan")
        );
    }

    #[test]
    fn an_object_pronoun_is_no_speaker() {
        assert!(
            reported("Reve was one of them, upset about the vote, calling it a bad deal.")
                .iter()
                .all(|(speaker, _, _)| speaker != "them")
        );
    }

    #[test]
    fn a_document_speaks_too() {
        // `report` is a speech verb only after a subject it agrees with.
        assert_eq!(
            reported("The ferry will stop running in May, the report said."),
            one("the report", "said", "The ferry will stop running in May")
        );
    }

    #[test]
    fn a_clause_after_the_verb_is_no_speaker() {
        assert!(
            reported("The catch was poor this year, says the harbour saved his life.")
                .iter()
                .all(|(speaker, _, _)| speaker != "the harbour saved his life")
        );
    }

    #[test]
    fn a_subordinate_opening_with_its_main_clause() {
        assert_eq!(
            reported("When the boats came in, the crew waved at them from the pier, Reve said."),
            one(
                "Reve",
                "said",
                "When the boats came in, the crew waved at them from the pier"
            )
        );
        assert_eq!(
            reported("Reve said that though the boats were late, we’re likely to sail today."),
            one(
                "Reve",
                "said",
                "though the boats were late, we’re likely to sail today"
            )
        );
        // The subordinate clause alone is no reported speech.
        assert!(reported("When asked about the plan, Reve said nothing.").is_empty());
    }

    #[test]
    fn a_bare_plural_subject_after_says() {
        assert_eq!(
            reported("Asante says growers own their field data."),
            one("Asante", "says", "growers own their field data")
        );
        // An organisation in apposition is the speaker, not the object before its comma.
        assert_eq!(
            reported("The company behind it, Fieldhand Robotics, says it sold 140 robots."),
            one("Fieldhand Robotics", "says", "it sold 140 robots")
        );
        // A plural noun and a preposition, or an adverb, are no clause.
        assert!(reported("He says thanks to them.").is_empty());
        assert!(reported("She said goodbyes at the door.").is_empty());
    }

    #[test]
    fn a_described_subject_opening_the_sentence_of_a_participle() {
        assert_eq!(
            reported("Goldman Sachs analysts cut their forecast, writing that stocks would rise."),
            one("Goldman Sachs analysts", "writing", "stocks would rise")
        );
        assert_eq!(
            reported("The company cut 300 jobs, saying that demand had collapsed."),
            one("The company", "saying", "demand had collapsed")
        );
        // An opening adverbial, a question, a later clause's subject: no speaker.
        assert!(
            reported("In television interviews, he defended it, saying that it was fair.")
                .iter()
                .all(|r| r.0 != "In television")
        );
        assert!(
            reported(
                "A court fined him, but the appeal court cleared him, saying that he was right."
            )
            .iter()
            .all(|r| r.0 != "A court")
        );
        assert!(reported("Does the candidate get tired and say the wrong thing?").is_empty());
    }

    #[test]
    fn a_short_clause_before_its_attribution() {
        assert_eq!(
            reported("Managers refused, two people familiar with the matter said."),
            one(
                "two people familiar with the matter",
                "said",
                "Managers refused"
            )
        );
        // Without a verb it is no clause.
        assert!(reported("Not yet, he said.").is_empty());
    }

    #[test]
    fn listeners_relatives_and_objects_of_tell_and_say() {
        // `tell` without a listener or `that` takes an object.
        assert!(reported("The queue tells another story, and so does the data.").is_empty());
        // A bare plural listener.
        assert_eq!(
            reported("She told audiences she may be prosecuted."),
            one("She", "told", "she may be prosecuted")
        );
        // A restrictive relative: the noun phrase before `who` speaks.
        assert_eq!(
            reported("It was the woman who told me that she had no internet at home."),
            one("the woman", "told", "she had no internet at home")
        );
        assert!(
            reported("The clerk who reported the call recalled the threat.")
                .iter()
                .all(|r| r.0 != "The clerk")
        );
        assert!(
            reported("Obama rebuked critics who say he should condemn them.")
                .iter()
                .all(|r| !r.0.contains("rebuked"))
        );
        // `said the same about X` is an object; `the same technology could ...` a clause.
        assert!(reported("Most voters said the same about Trump.").is_empty());
        assert_eq!(
            reported("Farid said the same technology could be used.")
                .first()
                .map(|r| r.2.as_str()),
            Some("the same technology could be used")
        );
        assert_eq!(
            reported("Supporters of the cuts say people now read on their phones."),
            one(
                "Supporters of the cuts",
                "say",
                "people now read on their phones"
            )
        );
    }

    #[test]
    fn a_possessive_is_no_contracted_verb() {
        assert_eq!(
            reported(
                "Moyra Baxter, the board's chair, said she understands Howell's frustrations."
            ),
            one(
                "Moyra Baxter",
                "said",
                "she understands Howell's frustrations"
            )
        );
        assert!(reported("Lavrov noted grievances over Russia’s military activities.").is_empty());
        assert_eq!(
            reported("Lavrov noted it’s a long way to go.")
                .first()
                .map(|r| r.2.as_str()),
            Some("it’s a long way to go")
        );
    }

    #[test]
    fn a_quantity_opens_the_clause() {
        assert_eq!(
            reported("Sheriff Joe Pelle said at least 300 homes may have been lost."),
            one("Joe Pelle", "said", "at least 300 homes may have been lost")
        );
        assert_eq!(
            reported("Police said at the scene that two men had fled.")
                .first()
                .map(|r| r.2.as_str()),
            Some("two men had fled")
        );
    }

    #[test]
    fn not_reported_speech() {
        assert!(reported("But other times, what he said about Uber did not matter.").is_empty());
        assert!(reported("“We are ready,” he said.").is_empty());
        assert!(reported("He said: “We are ready.”").is_empty());
    }
}

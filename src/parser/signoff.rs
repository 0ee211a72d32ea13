//! Sign-offs and trailers: the wire sign-off, contributor lines, editor's notes,
//! corrections and update notes.
//!
//! ## Grammar
//!
//! ```text
//! sign-off    = wire / contributor / editors-note / correction / update
//! wire        = [dash SP] ["("] agency [")"] ["..."]         ; the whole block: Reuter, (AP), — Reuters
//! contributor = text ( "contributed to this report" / "contributed reporting" / ... ) text
//! editors-note = ( "Editor's note" / "Editors' note" / "Note to readers" ) ( ":" / " —" / " -" ) text
//! correction  = ( "Correction" / "Clarification" / "Corrections" ) ( ":" / " —" / " -" / "," ) text
//!             / "An earlier version of this " ( "story" / "article" ) text
//!             / ["("] [dash] ( "With inputs from" / "With agency inputs" / "Inputs from"
//!               / "With assistance from" ) text   ; a contributor line
//! update      = "This " ( "story" / "article" / "post" / "report" ) " " ( "has been" / "was" ) " updated" text
//!             / "This " ( "interview" / "conversation" / "transcript" ) " has been " ( "edited" / "condensed" ) text   ; an editor's note
//! dash        = "-" / "--" / "–" / "—"
//! ```
//!
//! A wire sign-off is a block (or a last line) that is nothing but an agency name; the
//! other kinds open the block with their phrase, except contributor lines, which may name
//! the writers first (`Associated Press writer X contributed to this report.`).
//!
//! ## Examples
//!
//! ```text
//! > |  Reuter
//!      ^^^^^^ wire
//! > | Associated Press writer Jane Doe in Toronto contributed to this report.
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ contributor
//! > | Correction: An earlier version of this story misstated the altitude.
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ correction
//! ```
//!
//! ## References
//!
//! Wire copy of the 1980s ends with a `Reuter` line; AP stories end with contributor lines
//! and, when changed after publication, a correction or an update note (The Associated Press
//! Stylebook, *corrections*).

use std::borrow::Cow;

use once_cell::sync::Lazy;

use crate::Span;
use crate::ast::{SignOff, SignOffKind};
use crate::parser::text::{Hints, Phrases};

/// The longest wire sign-off, in bytes.
const MAX_WIRE_BYTES: usize = 40;
/// The longest contributor line, in bytes.
const MAX_CONTRIBUTOR_BYTES: usize = 500;

/// Agencies that sign off wire copy (lower case).
const WIRE_AGENCIES: &[&str] = &[
    "reuter",
    "reuters",
    "ap",
    "the associated press",
    "associated press",
    "afp",
    "upi",
    "bloomberg",
    "dpa",
    "xinhua",
    "cnn",
    "pti",
    "ians",
    "kyodo",
    "efe",
    "ansa",
    "yonhap",
    "tass",
    "aap",
    "cp",
    "the canadian press",
    "nyt",
    "ap/reuters",
];

/// Phrases that make a line a contributor line (lower case).
const CONTRIBUTOR_PHRASES: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "contributed to the report",
    "also contributed",
];

static CONTRIBUTOR: Lazy<Option<aho_corasick::AhoCorasick>> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(CONTRIBUTOR_PHRASES)
        .ok()
});

/// Every contributor phrase contains this: a fast test before the automaton.
static CONTRIBUTED: Lazy<memchr::memmem::Finder<'static>> =
    Lazy::new(|| memchr::memmem::Finder::new("ontribut"));

/// Openings of the other kinds, lower case, with the kind.
const OPENINGS: &[(&str, SignOffKind)] = &[
    ("editor's note", SignOffKind::EditorsNote),
    ("editor’s note", SignOffKind::EditorsNote),
    ("editors' note", SignOffKind::EditorsNote),
    ("editors’ note", SignOffKind::EditorsNote),
    ("editor's notes", SignOffKind::EditorsNote),
    ("note to readers", SignOffKind::EditorsNote),
    ("corrections", SignOffKind::Correction),
    ("correction", SignOffKind::Correction),
    ("clarification", SignOffKind::Correction),
];

/// Sentences that open a correction or an update note, lower case.
const SENTENCES: &[(&str, SignOffKind)] = &[
    ("an earlier version of this story", SignOffKind::Correction),
    (
        "an earlier version of this article",
        SignOffKind::Correction,
    ),
    ("an earlier version of this report", SignOffKind::Correction),
    ("this story has been updated", SignOffKind::Update),
    ("this story was updated", SignOffKind::Update),
    ("this article has been updated", SignOffKind::Update),
    ("this article was updated", SignOffKind::Update),
    ("this post has been updated", SignOffKind::Update),
    ("this post was updated", SignOffKind::Update),
    ("this report has been updated", SignOffKind::Update),
    ("this story has been corrected", SignOffKind::Correction),
    ("this interview has been edited", SignOffKind::EditorsNote),
    (
        "this interview has been condensed",
        SignOffKind::EditorsNote,
    ),
    (
        "this conversation has been edited",
        SignOffKind::EditorsNote,
    ),
    (
        "this conversation has been condensed",
        SignOffKind::EditorsNote,
    ),
    ("this transcript has been edited", SignOffKind::EditorsNote),
    ("this article has been corrected", SignOffKind::Correction),
    ("this story has not been edited", SignOffKind::EditorsNote),
    (
        "this story has been published from a wire agency feed",
        SignOffKind::EditorsNote,
    ),
    (
        "only the headline of this report may have been reworked",
        SignOffKind::EditorsNote,
    ),
    // Where the story comes from: a republished or partner story.
    (
        "this article was originally published",
        SignOffKind::EditorsNote,
    ),
    (
        "this story was originally published",
        SignOffKind::EditorsNote,
    ),
    ("this article originally appeared", SignOffKind::EditorsNote),
    ("this story originally appeared", SignOffKind::EditorsNote),
    ("this article is republished from", SignOffKind::EditorsNote),
    (
        "this story was produced in partnership",
        SignOffKind::EditorsNote,
    ),
    (
        "this article was produced in partnership",
        SignOffKind::EditorsNote,
    ),
    ("this story is part of", SignOffKind::EditorsNote),
    ("republished with permission", SignOffKind::EditorsNote),
    ("reprinted with permission", SignOffKind::EditorsNote),
];

/// Openings of an agency credit line, lower case: `(With inputs from IANS)`. `true` for the
/// bare ones, after which only wire agencies may follow (`With AFP`, `Com informações da
/// Reuters`, `Con información de EFE`, `Avec AFP`, `Mit Material von dpa`; not `With Love`).
const INPUTS: &[(&str, bool)] = &[
    ("with inputs from", false),
    ("with agency inputs", false),
    ("inputs from", false),
    ("with input from", false),
    ("with assistance from", false),
    ("with", true),
    ("com informações da", true),
    ("com informações do", true),
    ("com informações de", true),
    ("con información de", true),
    ("con informazioni da", true),
    ("avec", true),
    ("mit material von", true),
];

static INPUTS_TABLE: Lazy<Phrases<bool>> = Lazy::new(|| Phrases::new(INPUTS));

/// `(With inputs from IANS)`, `With inputs from PTI and Reuters`: who else the story drew
/// on, as agency-fed pages end. In brackets, or with nothing after the phrase but names
/// (`With inputs from experts, the ministry ...` is prose).
fn is_inputs_line(text: &str) -> bool {
    let Some(t) = crate::parser::text::trimmed_within(text, 120) else {
        return false;
    };
    let bracketed = t.starts_with('(') && t.ends_with(')');
    // `—With assistance from X and Y.`: Bloomberg's dash before the line.
    let inner = t
        .trim_start_matches(['(', '-', '–', '—', ' '])
        .trim_end_matches([')', '.']);
    let Some((rest, bare)) = INPUTS_TABLE.strip(inner, |_, r| r.is_empty() || r.starts_with(' '))
    else {
        return false;
    };
    if bare {
        let agencies = rest
            .split([',', '/'])
            .flat_map(|p| p.split(" and "))
            .flat_map(|p| p.split(" e "))
            .flat_map(|p| p.split(" y "))
            .flat_map(|p| p.split(" et "))
            .flat_map(|p| p.split(" und "));
        let mut any = false;
        for a in agencies {
            let a = a.trim();
            if !WIRE_AGENCIES.iter().any(|w| w.eq_ignore_ascii_case(a)) {
                return false;
            }
            any = true;
        }
        return any;
    }
    bracketed
        || crate::parser::text::words_up_to(rest, 7) <= 6
            && rest
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "and" | "agencies" | "&"))
}

/// Whether `text` is nothing but an agency name (a wire sign-off line).
pub(crate) fn is_wire(text: &str) -> bool {
    if text.len() > MAX_WIRE_BYTES + 8 {
        return false;
    }
    let t = text.trim();
    if t.is_empty() || t.len() > MAX_WIRE_BYTES {
        return false;
    }
    let t = t.trim_start_matches(['-', '–', '—', ' ']);
    let t = t.trim_end_matches(['.', '…', ' ']);
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    WIRE_AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(t))
}

/// The source line a press-release wire ends with: `SOURCE Brightline Robotics` (PR
/// Newswire), in capitals, a short name after it.
fn is_release_source(text: &str) -> bool {
    crate::parser::text::trimmed_within(text, MAX_WIRE_BYTES + 60).is_some_and(|t| {
        t.strip_prefix("SOURCE ").is_some_and(|name| {
            name.starts_with(char::is_uppercase)
                && (1..=8).contains(&name.split_whitespace().count())
        })
    })
}

static OPENING_TABLE: Lazy<Phrases<SignOffKind>> = Lazy::new(|| Phrases::new(OPENINGS));
static SENTENCE_TABLE: Lazy<Phrases<SignOffKind>> = Lazy::new(|| Phrases::new(SENTENCES));

fn opening(text: &str) -> Option<SignOffKind> {
    let labelled = OPENING_TABLE.strip(text, |_, rest| {
        let rest = rest.trim_start_matches(' ');
        rest.starts_with([':', '—', '–', '-', ',', '(']) || rest.is_empty()
    });
    // The sentences may stand in brackets: `(With inputs from PTI)`.
    let sentence = text.strip_prefix('(').unwrap_or(text);
    labelled
        .or_else(|| SENTENCE_TABLE.strip(sentence, |_, _| true))
        .map(|(_, kind)| kind)
}

/// The sign-off in the block at `span`, if it is one.
pub(crate) fn parse(input: &str, span: Span) -> Option<SignOff<'_>> {
    parse_hinted(input, span, Hints::ANY)
}

/// [`parse`], for a block with `hints`: a contributor phrase is not searched for in a block
/// whose scan found none.
pub(crate) fn parse_hinted(input: &str, span: Span, hints: Hints) -> Option<SignOff<'_>> {
    let text = span.slice(input)?;
    let kind = if is_wire(text) || is_release_source(text) {
        SignOffKind::Wire
    } else if let Some(kind) = opening(text) {
        kind
    } else if is_inputs_line(text)
        || text.len() <= MAX_CONTRIBUTOR_BYTES
            && hints.may(Hints::CONTRIBUTE)
            && CONTRIBUTED.find(text.as_bytes()).is_some()
            && CONTRIBUTOR.as_ref().is_some_and(|ac| ac.is_match(text))
    {
        SignOffKind::Contributor
    } else {
        return None;
    };
    Some(SignOff {
        kind,
        text: Cow::Borrowed(text),
        span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> Option<SignOffKind> {
        parse(s, Span::new(0, s.len())).map(|s| s.kind)
    }

    #[test]
    fn press_release_source_line() {
        assert_eq!(kind("SOURCE Brightline Robotics"), Some(SignOffKind::Wire));
        assert_eq!(kind("SOURCE: the ministry said"), None);
        assert_eq!(kind("Source code was published on Monday."), None);
    }

    #[test]
    fn wire() {
        for s in [
            "Reuter",
            "REUTER",
            "REUTER...",
            "(AP)",
            "— Reuters",
            "-- AP",
            "Reuters",
        ] {
            assert_eq!(kind(s), Some(SignOffKind::Wire), "{s}");
        }
    }

    #[test]
    fn agency_credits_in_five_languages() {
        for line in [
            "With AFP",
            "With AFP and Reuters",
            "Com informações da Reuters",
            "Con información de EFE",
            "Avec AFP",
            "Mit Material von dpa",
        ] {
            assert!(kind(line).is_some(), "{line}");
        }
        // Only agencies after a bare `With`.
        assert_eq!(kind("With Love"), None);
        assert_eq!(kind("With that, the council adjourned."), None);
    }

    #[test]
    fn trailers() {
        assert_eq!(
            kind("Associated Press writer Jane Doe in Toronto contributed to this report."),
            Some(SignOffKind::Contributor)
        );
        assert_eq!(
            kind("Editor's note: This story has been updated."),
            Some(SignOffKind::EditorsNote)
        );
        assert_eq!(
            kind("Correction: An earlier version misstated the altitude."),
            Some(SignOffKind::Correction)
        );
        assert_eq!(
            kind("This story has been updated to include comments from the mayor."),
            Some(SignOffKind::Update)
        );
        assert_eq!(
            kind("This interview has been edited for length and clarity."),
            Some(SignOffKind::EditorsNote)
        );
        assert_eq!(
            kind("(With inputs from IANS)"),
            Some(SignOffKind::Contributor)
        );
        assert_eq!(
            kind("With inputs from PTI and Reuters"),
            Some(SignOffKind::Contributor)
        );
        assert_eq!(
            kind("—With assistance from Grant Smith and Yongchang Chin."),
            Some(SignOffKind::Contributor)
        );
        assert_eq!(
            kind("With assistance from the army, crews cleared the road."),
            None
        );
        assert_eq!(
            kind(
                "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)"
            ),
            Some(SignOffKind::EditorsNote)
        );
    }

    #[test]
    fn prose_is_not_a_sign_off() {
        for s in [
            "Reuters reported the deal on Monday.",
            "The correction was small, analysts said.",
            "Corrections officers went on strike.",
            "AP Stylebook rules apply.",
            "With inputs from experts, the ministry drafted a plan.",
            "Inputs from farmers shaped the new rules.",
        ] {
            assert_eq!(kind(s), None, "{s}");
        }
    }
}

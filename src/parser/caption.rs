//! Photo captions and credits.
//!
//! ## Grammar
//!
//! ```text
//! caption  = label SP text [SP paren-credit]           ; Photo: ... (Getty Images)
//!          / "(" photo-word [":" / " by"] SP credit ")" ; (Photo by X/Getty Images)
//!          / "(" credit-line ")"                        ; (Jane Doe / Associated Press)
//!          / "Credit:" SP credit                        ; Credit: Jane Doe/Reuters
//!          / text SP paren-credit                       ; ... as they arrive (Associated press)
//!          / text SP credit-label SP credit             ; ... on Tuesday. Photograph: X/AP
//!          / text ( "Credit..." / "Credit…" ) credit    ; ... in 1981.Credit...X for The Courier
//!          / ( "Credit..." / "Credit…" ) credit           ; the credit line alone
//!          / [media-label LF] text LF credit-only-line    ; Image / A resident ... / Credit...X
//!          / 1*2( cued-text LF ) "Photo:" name ", " agency ; a gallery: X, left, ... less
//! media-label = "Image" / "Photo" / "Picture" / "Video" ...  ; a line of its own
//!          / credit-line                                ; JANE DOE/AFP/Getty Images
//! label    = "Photo:" / "Photograph:" / "Image:" / "Image caption" / "Caption:" / "Pictured:" ...
//! paren-credit = "(" credit ")"
//! credit-line  = name-ish *( "/" name-ish )             ; ends in a photo agency
//! ```
//!
//! A bracketed credit at the end of a line makes it a caption when the credit is clearly a
//! photo credit (`Getty Images`, `AP Photo`, `X/Reuters`, `Photo: ...`), or when it only names
//! an agency (`(Associated press)`) and the text reads like a caption: people placed in the
//! picture (`, left,`, `, centre,`) or a caption verb (`greets`, `poses`, `speaks`).
//!
//! The same caption repeated (the text compared with whitespace and case normalised) is
//! recognised by [`mark_duplicates`]: the copy's `duplicate_of` is the index of the first, and
//! a `duplicate_block` diagnostic points at the copy.
//!
//! ## Examples
//!
//! ```text
//! > | X, left, greets Y, right, as they arrive for a meeting. (Associated press)
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ text
//!                                                              ^^^^^^^^^^^^^^^^ credit
//! > | Photo: Children look through the fence on Tuesday. (Getty Images)
//!            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ text  ^^^^^^^^^^^^ credit
//! ```

use std::borrow::Cow;
use std::collections::HashMap;

use nom::Offset;
use once_cell::sync::Lazy;

use crate::Span;
use crate::ast::{Article, Block, Caption, Diagnostic, DiagnosticKind};
use crate::parser::partial::names;
use crate::parser::text::{Hints, Phrases, words_up_to};

/// The longest block read as a caption, in bytes.
const MAX_BYTES: usize = 1_500;
/// The longest credit, in bytes.
const MAX_CREDIT_BYTES: usize = 100;

/// Labels that open a caption, lower case, longest first.
const LABELS: &[(&str, ())] = &[
    ("image caption", ()),
    ("photo caption", ()),
    ("photograph:", ()),
    ("file photo:", ()),
    ("pictured:", ()),
    ("picture:", ()),
    ("caption:", ()),
    ("image:", ()),
    ("photo:", ()),
    ("foto:", ()),
];

static LABEL_TABLE: Lazy<Phrases<()>> = Lazy::new(|| Phrases::new(LABELS));

/// Labels that open a credit line.
const CREDIT_LINE_LABELS: &[(&str, ())] = &[
    ("photo credit:", ()),
    ("credit:", ()),
    ("image source", ()),
    ("photo source", ()),
];

/// The word both [`trailing_ellipsis_credit`] labels open with.
static CREDIT_WORD: Lazy<memchr::memmem::Finder<'static>> =
    Lazy::new(|| memchr::memmem::Finder::new("Credit"));

static CREDIT_LINE_TABLE: Lazy<Phrases<()>> = Lazy::new(|| Phrases::new(CREDIT_LINE_LABELS));

/// Labels that give the credit at the end of a caption or on a line of its own.
const CREDIT_LABELS: &[&str] = &[
    "photograph:",
    "photo:",
    "photos:",
    "image:",
    "credit:",
    "photo credit:",
    "picture:",
    "source:",
    // Portuguese, Spanish, Italian, German, French (with its space before the colon).
    "foto:",
    "fotos:",
    "imagem:",
    "imagen:",
    "immagine:",
    "bild:",
    "photo :",
    "crédit :",
    "crédito:",
];

/// Words that make a bracketed credit a photo credit on their own (lower case).
const PHOTO_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photographs",
    "photography",
    "getty",
    "images",
    "image",
    "shutterstock",
    "epa",
    "epa-efe",
    "pool",
    "courtesy",
    "handout",
    "istock",
    "istockphoto",
    "alamy",
    "file",
    "picture",
    "pictures",
    "pic",
    "credit",
    "illustration",
    "afp",
    "sipa",
    "bloomberg",
    "foto",
    "fotos",
    "bild",
    "dpa",
    "efe",
    "ansa",
];

/// Phrases that show a text is describing a picture.
const CAPTION_CUES: &[&str] = &[
    ", left,",
    ", right,",
    ", center,",
    ", centre,",
    ", second left,",
    ", second right,",
    ", left)",
    ", right)",
    " (l)",
    " (r)",
    " (c)",
    " pictured",
    " poses ",
    " pose ",
    " is seen ",
    " are seen ",
    " greets ",
    " arrives ",
    " arrive ",
    " attends ",
    " speaks ",
    " gestures ",
    " waves ",
    " looks on",
    " in this file photo",
    // `In this Sunday, Nov. 10, 2019, photo, ...`: the AP's caption opening.
    ", photo,",
    ", photograph,",
    ", file photo,",
    " in this photo",
    " file photo",
    " photographed",
];

static CUES: Lazy<Option<aho_corasick::AhoCorasick>> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(CAPTION_CUES)
        .ok()
});

fn has_cue(text: &str) -> bool {
    CUES.as_ref().is_some_and(|ac| ac.is_match(text))
}

fn starts_with_label<'a>(text: &'a str, labels: &Phrases<()>) -> Option<&'a str> {
    let (rest, ()) = labels.strip(text, |l, rest| {
        rest.starts_with([' ', ':', ',', '\t']) || l.ends_with(':')
    })?;
    Some(rest.trim_start_matches([':', ',']).trim_start())
}

/// Words that label a picture on a line of their own, as a page's image slot reads once its
/// markup is gone (`Image` over the caption), lower case.
const MEDIA_LABELS: &[&str] = &[
    "image",
    "photo",
    "picture",
    "photograph",
    "video",
    "graphic",
    "illustration",
    "gallery",
];

/// Whether the line is a media label alone (`Image`, `Photo`).
pub(crate) fn is_media_label(text: &str) -> bool {
    crate::parser::text::trimmed_within(text, 12)
        .is_some_and(|t| MEDIA_LABELS.iter().any(|l| l.eq_ignore_ascii_case(t)))
}

/// The credit of a line that is an ellipsis credit alone (`Credit...Maddie Cole for The
/// Times`).
fn ellipsis_credit_line(text: &str) -> Option<&str> {
    ["Credit...", "Credit…"]
        .iter()
        .find_map(|l| text.strip_prefix(l))
        .map(str::trim)
        .filter(|c| credit_shaped(c))
}

/// Whether the line is an ellipsis credit alone (`Credit...Jane Doe for The Courier`), the
/// form that follows its caption. `Credit: X` and `Image source, X` lines are left out: pages
/// print them over the caption, or under a paragraph whose picture is gone.
pub(crate) fn is_credit_only_line(text: &str) -> bool {
    text.len() <= MAX_CREDIT_BYTES + 16 && ellipsis_credit_line(text).is_some()
}

/// A caption whose text and credit are on lines of their own (`A resident fills a glass on
/// Tuesday.` over `Credit...Maddie Cole for The Times`), from `first` (the text line, or a
/// media label line over it) to `credit_line`. `None` unless the credit line is one
/// ([`is_credit_only_line`]) and the text reads as a caption: 2 to 80 words, not a lead-in
/// ending with a colon.
pub(crate) fn split<'a>(
    input: &'a str,
    first: Span,
    text: Span,
    credit_line: Span,
) -> Option<Caption<'a>> {
    let body = text.slice(input)?;
    let line = credit_line.slice(input)?;
    let words = words_up_to(body, 81);
    if !(2..=80).contains(&words) || body.trim_end().ends_with(':') {
        return None;
    }
    let credit = ellipsis_credit_line(line)?.trim_end();
    let c0 = credit_line.start + line.offset(credit);
    Some(node(
        input,
        first.cover(credit_line),
        text,
        Some(Span::new(c0, c0 + credit.len())),
    ))
}

/// Whether a credit names a photo source on its own (`Getty Images`, `X/Reuters`).
fn is_photo_credit(credit: &str) -> bool {
    credit.contains('/')
        || credit
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| PHOTO_WORDS.iter().any(|p| p.eq_ignore_ascii_case(w)))
}

/// Whether `credit` reads as a credit at all: short, capitalised, no sentence inside.
fn credit_shaped(credit: &str) -> bool {
    let c = credit.trim();
    !c.is_empty()
        && c.len() <= MAX_CREDIT_BYTES
        && words_up_to(c, 9) <= 8
        && !c.contains(['“', '”', '"', ';'])
        && !c.contains(". ")
        && (c.chars()
            .find(|ch| ch.is_alphabetic())
            .is_some_and(char::is_uppercase)
            // `Bild: dpa`: the German agency writes its name in lower case.
            || c.eq_ignore_ascii_case("dpa"))
}

/// A wire photo credit that names the agency first: `REUTERS/Jon Nazca`, `AP Photo/Jane
/// Doe`, `EPA/Ana Ruiz`.
fn is_agency_slash_credit(text: &str) -> bool {
    let mut parts = text.split('/');
    let first = parts.next().unwrap_or("").trim();
    text.contains('/')
        && credit_shaped(text)
        && !text.contains("://")
        && (names::is_organization(first) || is_photo_credit(first))
        && parts.all(|part| {
            let p = part.trim();
            !p.is_empty() && p.chars().next().is_some_and(char::is_uppercase)
        })
}

/// A credit-only line: `JIM WATSON/AFP/Getty Images`.
fn is_credit_line(text: &str) -> bool {
    // Asked of every short block: memchr's vector search rules most out.
    memchr::memchr(b'/', text.as_bytes()).is_some()
        && credit_shaped(text)
        && !text.contains("://")
        && text.split('/').all(|part| {
            let p = part.trim();
            !p.is_empty() && p.chars().next().is_some_and(char::is_uppercase)
        })
        && text
            .rsplit('/')
            .next()
            .is_some_and(|last| is_photo_credit(last) || names::is_organization(last))
}

/// A photographer and their agency after a comma, the credit a photo label introduces
/// (`Hau Dinh, AP`, `Jane Doe, The Courier`): two to four capitalised words, then a photo
/// source or a known organisation.
fn is_name_agency_credit(text: &str) -> bool {
    let Some((name, agency)) = text.trim().rsplit_once(", ") else {
        return false;
    };
    let words = words_up_to(name, 5);
    credit_shaped(text)
        && (2..=4).contains(&words)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && (is_photo_credit(agency) || names::is_organization(agency))
}

/// The bracketed credit ending `text`: the start of `(`, and the credit inside.
fn trailing_paren(text: &str) -> Option<(usize, &str)> {
    let inner = text.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let credit = inner.get(open + 1..)?;
    credit_shaped(credit).then_some((open, credit.trim()))
}

/// A wire photo credit after the caption's last sentence: `... September 9, 2024.
/// REUTERS/Jon Nazca`, `... in 2026. REUTERS/Jane Doe/File Photo`. Returns where the credit
/// starts and the credit. The last `. ` is found through the periods (a vectorised reverse
/// scan, where `str::rfind` runs its two-way search).
fn trailing_wire_credit(text: &str) -> Option<(usize, &str)> {
    let bytes = text.as_bytes();
    let stop = memchr::memrchr_iter(b'.', bytes).find(|&i| bytes.get(i + 1) == Some(&b' '))?;
    // Not after an initial (`Chang W. Lee/The Times`).
    let after_word = text
        .get(..stop)
        .and_then(|t| t.split_whitespace().next_back())
        .is_some_and(|w| w.chars().count() > 1);
    let open = stop + 2;
    let credit = text.get(open..).map(str::trim_end)?;
    (after_word
        && credit.starts_with(char::is_uppercase)
        && !credit.contains([':', '…'])
        && (is_credit_line(credit) || is_agency_slash_credit(credit))
        && words_up_to(text.get(..open)?, 4) >= 4)
        .then_some((open, credit))
}

/// A photographer's credit for a publication after the last sentence, with no label: `...
/// in October. Tessa Lund for The Daily Ledger` (a scraped page keeps the credit line of a
/// photo on the caption's line). The name is two to four capitalised words; the publication
/// opens with `The` or is a known organisation; the credit has no period of its own.
fn trailing_for_credit(text: &str) -> Option<(usize, &str)> {
    // The credit ends the text with a capitalised word and no period (asked of every
    // paragraph, nearly all of which end with punctuation). The last space is found by a
    // byte search (a `str::rsplit` iterator costs several times more to set up).
    let last_word = text.get(memchr::memrchr(b' ', text.as_bytes()).map_or(0, |i| i + 1)..)?;
    if !last_word.starts_with(char::is_uppercase)
        || last_word.ends_with(|c: char| !c.is_alphanumeric())
    {
        return None;
    }
    let bytes = text.as_bytes();
    // The credit is short: ` for ` in the tail rules most paragraphs out.
    let tail_from = bytes.len().saturating_sub(MAX_CREDIT_BYTES);
    memchr::memmem::rfind(bytes.get(tail_from..)?, b" for ")?;
    let stop = memchr::memrchr_iter(b'.', bytes).find(|&i| bytes.get(i + 1) == Some(&b' '))?;
    let open = stop + 2;
    let credit = text.get(open..).map(str::trim_end)?;
    let (name, org) = credit.split_once(" for ")?;
    let name_words = words_up_to(name, 5);
    let named = (2..=4).contains(&name_words)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
    let publication = org.strip_prefix("The ").is_some_and(|rest| {
        rest.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    }) || names::is_organization(org);
    (named
        && publication
        && credit_shaped(credit)
        && !credit.ends_with('.')
        && words_up_to(text.get(..open)?, 4) >= 4)
        .then_some((open, credit))
}

/// Whether a line ends with a photo credit after its caption text (`... in October. Tessa
/// Lund for The Daily Ledger`, `... Photo by Jane Doe`, `... REUTERS/Jon Nazca`): the page's
/// head keeps it for the classifier.
pub(crate) fn has_trailing_credit(text: &str) -> bool {
    let text = text.trim();
    trailing_for_credit(text).is_some()
        || trailing_photo_by(text).is_some()
        || memchr::memchr(b'/', text.as_bytes()).is_some() && trailing_wire_credit(text).is_some()
}

/// The labels of [`trailing_photo_by`].
const PHOTO_BY_LABELS: [&str; 4] = ["Photo by ", "Photos by ", "Photo courtesy of ", "Image by "];

/// A credit introduced by `Photo by` at the end, after a sentence or a separator: `...
/// on Elm Street. Photo by Jane Doe | The Star`.
fn trailing_photo_by(text: &str) -> Option<(usize, &str)> {
    // Only the end of the text can hold the label and a credit (asked of every paragraph).
    let from = text.len().saturating_sub(MAX_CREDIT_BYTES + 20);
    let from = (from..text.len()).find(|&i| text.is_char_boundary(i))?;
    let tail = text.get(from..)?;
    // Every label opens with `P` or `I`: the few capitals of the tail are the only places
    // to compare (a vectorised scan, where `str::rfind` builds a searcher per call).
    memchr::memrchr2_iter(b'P', b'I', tail.as_bytes()).find_map(|at| {
        let here = tail.get(at..)?;
        let label = PHOTO_BY_LABELS.iter().find(|l| here.starts_with(**l))?;
        let open = from + at;
        let before = text.get(..open)?.trim_end();
        let credit = text.get(open + label.len()..)?.trim_end();
        let credit = credit.strip_suffix('.').unwrap_or(credit);
        // `courtesy of the Springfield Historical Society`.
        let named = credit.strip_prefix("the ").unwrap_or(credit);
        (before.ends_with(['.', '|', '-', '–', '—', ')']) && credit_shaped(named))
            .then_some((open, credit))
    })
}

/// A labelled credit in square brackets at the end: `... on Elm Street. [Credit: Reuters]`.
fn trailing_bracket_label(text: &str) -> Option<(usize, &str)> {
    let inner = text.strip_suffix(']')?;
    let open = inner.rfind('[')?;
    let label_and_credit = inner.get(open + 1..)?;
    let credit = starts_with_label(label_and_credit, &CREDIT_LINE_TABLE)
        .or_else(|| starts_with_label(label_and_credit, &LABEL_TABLE))?;
    credit_shaped(credit).then_some((open, credit.trim()))
}

/// A credit given with a label at the end: `... on Tuesday. Photograph: Jane Doe/AP`. Only
/// the last `: ` of the text is looked at.
fn trailing_labelled(text: &str) -> Option<(usize, &str)> {
    let colon = memchr::memrchr(b':', text.as_bytes())?;
    if text.as_bytes().get(colon + 1) != Some(&b' ') {
        return None;
    }
    let credit = text.get(colon + 2..)?;
    if !credit_shaped(credit) {
        return None;
    }
    let before = text.get(..colon + 1)?;
    CREDIT_LABELS.iter().find_map(|label| {
        let start = before.len().checked_sub(label.len())?;
        let word = before.get(start..)?;
        let preceded = before.get(..start)?;
        (word.eq_ignore_ascii_case(label)
            && preceded.ends_with(' ')
            && word.starts_with(char::is_uppercase))
        .then(|| (start, credit.trim()))
    })
}

/// A credit after `Credit...` or `Credit…` at the end, as a page's caption and credit read
/// once their markup is gone, often with no space before the label.
fn trailing_ellipsis_credit(text: &str) -> Option<(usize, &str)> {
    // Both labels open with `Credit`: one forward scan rules most blocks out before two
    // backward searches over the whole text.
    CREDIT_WORD.find(text.as_bytes())?;
    ["Credit...", "Credit…"].iter().find_map(|label| {
        let open = text.rfind(label)?;
        let credit = text.get(open + label.len()..)?.trim();
        credit_shaped(credit).then_some((open, credit))
    })
}

fn node<'a>(input: &'a str, span: Span, text: Span, credit: Option<Span>) -> Caption<'a> {
    let text = trim_span(input, text);
    Caption {
        text: Cow::Borrowed(text.slice(input).unwrap_or("")),
        span,
        text_span: text,
        credit: credit.and_then(|c| c.slice(input)).map(Cow::Borrowed),
        credit_span: credit,
        duplicate_of: None,
    }
}

fn trim_span(input: &str, span: Span) -> Span {
    let s = span.slice(input).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    Span::new(span.start + lead, span.start + lead + t.len())
}

/// The caption in the block at `span`, if it is one.
pub(crate) fn parse(input: &str, span: Span) -> Option<Caption<'_>> {
    parse_hinted(input, span, Hints::ANY)
}

/// [`parse`], for a block with `hints`: a credit label the block's scan did not find is not
/// searched for.
pub(crate) fn parse_hinted(input: &str, span: Span, hints: Hints) -> Option<Caption<'_>> {
    if span.len() > MAX_BYTES {
        return None;
    }
    let text = span.slice(input)?;
    let at = |s: &str| span.start + text.offset(s);
    let sub = |a: usize, b: usize| Span::new(span.start + a, span.start + b);
    // A caption that is only its credit, `credit` (a slice of the block, trailing
    // whitespace left out).
    let credit_only = |credit: &str| {
        let c0 = at(credit);
        node(
            input,
            span,
            Span::new(span.start, span.start),
            Some(Span::new(c0, c0 + credit.trim_end().len())),
        )
    };
    // The text `text_span` and the credit `credit`, both slices of the block.
    let with_credit = |text_span: Span, credit: &str| {
        let c0 = at(credit);
        node(
            input,
            span,
            text_span,
            Some(Span::new(c0, c0 + credit.len())),
        )
    };
    // The caption's text up to byte `open` of the block, then `credit` (a slice of it).
    let credited = |open: usize, credit: &str| {
        // `... após temporal — Foto: X`: the dash before the credit is neither's.
        let text_end = text.get(..open).map_or(open, |t| {
            t.trim_end_matches([' ', '—', '–', '-', '|']).len()
        });
        with_credit(sub(0, text_end), credit)
    };

    // `[Image: A robot between the rows. (Jane Doe for The Ledger)]`: a scraper's
    // placeholder for a picture, a labelled caption in square brackets.
    if let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']'))
        && starts_with_label(inner, &LABEL_TABLE).is_some()
    {
        let inner_span = Span::new(span.start + 1, span.start + 1 + inner.len());
        return parse_hinted(input, inner_span, hints).map(|c| Caption { span, ..c });
    }
    // `(Photo by X/Getty Images)`, `(All photos: Atlas staff)`.
    if let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        let lower = inner.to_lowercase();
        for key in [
            "photo by ",
            "photos by ",
            "photo: ",
            "photos: ",
            "image: ",
            "photograph: ",
        ] {
            if let Some(k) = lower.find(key)
                && k <= 12
                && let Some(credit) = inner.get(k + key.len()..)
                && credit_shaped(credit)
            {
                return Some(credit_only(credit));
            }
        }
        // `(Jacquelyn Martin / Associated Press)`: a bare credit in brackets.
        let credit = inner.trim();
        if is_credit_line(credit) {
            return Some(credit_only(credit));
        }
        return None;
    }
    // `Credit: Jane Doe/Reuters`.
    if let Some(credit) = starts_with_label(text, &CREDIT_LINE_TABLE) {
        return credit_shaped(credit).then(|| credit_only(credit));
    }
    // `Credit...Jane Doe for The Courier`, the credit line under a caption.
    if let Some(credit) = ellipsis_credit_line(text) {
        return Some(credit_only(credit));
    }
    // `Photo: ...`, `Image caption ...`.
    if let Some(body) = starts_with_label(text, &LABEL_TABLE) {
        let b0 = text.len() - body.len();
        if words_up_to(body, 1) == 0 {
            return None;
        }
        if let Some((open, credit)) = trailing_paren(body)
            .or_else(|| trailing_labelled(body))
            .or_else(|| trailing_wire_credit(body))
        {
            let text_end = body.get(..open).map_or(open, |t| t.trim_end().len());
            return Some(with_credit(sub(b0, b0 + text_end), credit));
        }
        // `Photo: Jane Doe/AP`, `Photo: Hau Dinh, AP`: a label and only a credit.
        if is_credit_line(body) || is_name_agency_credit(body) {
            return Some(node(
                input,
                span,
                Span::new(span.start, span.start),
                Some(sub(b0, text.len())),
            ));
        }
        return Some(node(input, span, sub(b0, text.len()), None));
    }
    // Every credit line and agency-first credit has a slash: a block without one (most
    // paragraphs) is none and has none after its last sentence.
    let slash = memchr::memchr(b'/', text.as_bytes()).is_some();
    if slash && is_credit_line(text) {
        return Some(node(
            input,
            span,
            Span::new(span.start, span.start),
            Some(span),
        ));
    }
    // `... since 1981.Credit...Jane Doe for The Courier`: the label is credit enough.
    if hints.may(Hints::CREDIT)
        && let Some((open, credit)) = trailing_ellipsis_credit(text)
        && words_up_to(text.get(..open)?, 2) >= 2
    {
        return Some(credited(open, credit));
    }
    // `... September 9, 2024. REUTERS/Jon Nazca`: a wire photo credit after the last sentence.
    // Every wire credit has a slash (see `slash` above).
    if slash && let Some((open, credit)) = trailing_wire_credit(text) {
        return Some(credited(open, credit));
    }
    if let Some((open, credit)) = hints
        .may(Hints::PHOTO)
        .then(|| trailing_photo_by(text))
        .flatten()
        .or_else(|| trailing_bracket_label(text))
        .or_else(|| trailing_for_credit(text))
        && words_up_to(text.get(..open)?, 4) >= 4
    {
        return Some(credited(open, credit));
    }
    let (open, credit) = trailing_paren(text).or_else(|| trailing_labelled(text))?;
    let before = text.get(..open)?;
    if words_up_to(before, 4) < 4 {
        return None;
    }
    // `... na região. Foto: Reuters`: a photo label says it is a photo credit.
    let photo_label = text.get(open..).is_some_and(|l| {
        ["photo", "foto", "bild", "imag", "picture"]
            .iter()
            .any(|p| l.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
    });
    let strong = photo_label || is_photo_credit(credit);
    let weak = names::is_organization(credit) && has_cue(before);
    if !(strong || weak) {
        return None;
    }
    Some(credited(open, credit))
}

/// Normalises a caption for comparison: whitespace collapsed, lower case.
fn key(c: &Caption<'_>, input: &str) -> String {
    let whole = c.span.slice(input).unwrap_or(&c.text);
    let mut out = String::with_capacity(whole.len());
    for word in whole.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The length of `text` without the gallery link a caption ends with once its markup is
/// gone (`... the Southeast Asian nation. less`, `... the military relations ... more`);
/// `None` when it has none.
fn without_toggle(text: &str) -> Option<usize> {
    let t = text.trim_end();
    let before = |word: &str| {
        t.strip_suffix(word)
            .filter(|rest| rest.ends_with(' '))
            .map(str::trim_end)
    };
    let kept = before("less")
        .filter(|r| r.ends_with(['.', '!', '?', '”', '"']))
        .or_else(|| {
            before("more").and_then(|r| {
                r.strip_suffix("...")
                    .or_else(|| r.strip_suffix('…'))
                    .map(str::trim_end)
            })
        })?;
    Some(kept.len())
}

/// Turns into captions the paragraphs right over a credit line of their own (`Photo: Hau
/// Dinh, AP`) that read like a picture's caption: people placed in the picture (`, left,`),
/// a caption verb, or a gallery's `less` / `... more` link at the end. At most two: a
/// gallery prints the caption in full and cut short. Runs before the quotation pass, so
/// no quote is lost with them. Returns the index of the article's first paragraph when
/// captions took the paragraphs that were first: it may open with the dateline.
pub(crate) fn over_credit_lines<'a>(input: &'a str, article: &mut Article<'a>) -> Option<usize> {
    let is_paragraph = |b: &Block<'_>| matches!(b, Block::Paragraph(_));
    // The article's first paragraph: it moves on when captions take it.
    let mut first = article.blocks.iter().position(is_paragraph);
    let mut opened_body = None;
    for i in 1..article.blocks.len() {
        let credit_only = matches!(
            article.blocks.get(i),
            Some(Block::Caption(c)) if c.text.is_empty() && c.credit.is_some()
        );
        if !credit_only {
            continue;
        }
        let mut lowest = i;
        for j in (i.saturating_sub(2)..i).rev() {
            let Some(Block::Paragraph(p)) = article.blocks.get(j) else {
                break;
            };
            let toggle = without_toggle(&p.text);
            let reads = p.span.len() <= MAX_BYTES
                && p.text_span == p.span
                && (has_cue(&p.text) || toggle.is_some());
            if !reads {
                break;
            }
            let text = Span::new(
                p.span.start,
                toggle.map_or(p.span.end, |n| p.span.start + n),
            );
            let caption = node(input, p.span, text, None);
            if let Some(b) = article.blocks.get_mut(j) {
                *b = Block::Caption(Box::new(caption));
            }
            lowest = j;
        }
        if lowest < i && first == Some(lowest) {
            let rest = article.blocks.get(i + 1..).unwrap_or(&[]);
            first = rest.iter().position(is_paragraph).map(|k| i + 1 + k);
            opened_body = first;
        }
    }
    opened_body
}

/// Points each repeated caption at its first occurrence (`duplicate_of`) and adds a
/// `duplicate_block` diagnostic on the copy. One pass, one hash per caption.
pub(crate) fn mark_duplicates(input: &str, article: &mut Article<'_>) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, block) in article.blocks.iter_mut().enumerate() {
        let Block::Caption(c) = block else { continue };
        let k = key(c, input);
        if k.is_empty() {
            continue;
        }
        match seen.get(&k) {
            Some(&first) => {
                c.duplicate_of = Some(first);
                article.diagnostics.push(Diagnostic::new(
                    DiagnosticKind::DuplicateBlock,
                    c.span,
                    format!("this caption repeats the caption of block {first}"),
                ));
            }
            None => {
                seen.insert(k, index);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cap(s: &str) -> Option<(&str, Option<&str>)> {
        let c = parse(s, Span::new(0, s.len()))?;
        let text = c.text_span.slice(s)?;
        let credit = c.credit_span.and_then(|c| c.slice(s));
        assert_eq!(c.text, text);
        assert_eq!(c.credit.as_deref(), credit);
        Some((text, credit))
    }

    #[test]
    fn credits_in_other_languages() {
        assert_eq!(
            cap("Moradores observam estragos após o temporal — Foto: João Silva/Agência Brasil"),
            Some((
                "Moradores observam estragos após o temporal",
                Some("João Silva/Agência Brasil")
            ))
        );
        assert_eq!(
            cap("Equipes de resgate trabalham na região. Foto: Reuters"),
            Some(("Equipes de resgate trabalham na região.", Some("Reuters")))
        );
        assert_eq!(
            cap("Les sauveteurs fouillent les décombres à Nice. Photo : AFP"),
            Some((
                "Les sauveteurs fouillent les décombres à Nice.",
                Some("AFP")
            ))
        );
        assert_eq!(
            cap("Rettungskräfte im Einsatz in Köln. Bild: dpa"),
            Some(("Rettungskräfte im Einsatz in Köln.", Some("dpa")))
        );
        assert_eq!(
            cap("Los bomberos trabajan en Valencia. (Foto: EFE)"),
            Some(("Los bomberos trabajan en Valencia.", Some("Foto: EFE")))
        );
        // A sentence that only mentions a source is no caption.
        assert_eq!(
            cap("The figures were released on Monday. Source: the ministry"),
            None
        );
    }

    #[test]
    fn a_labelled_caption_in_square_brackets() {
        let s = "[Image: A weeding robot between rows of lettuce. (Jo Evers for The Ledger)]";
        assert_eq!(
            cap(s),
            Some((
                "A weeding robot between rows of lettuce.",
                Some("Jo Evers for The Ledger")
            ))
        );
        assert_eq!(
            parse(s, Span::new(0, s.len())).map(|c| c.span.len()),
            Some(s.len())
        );
        // Brackets without a label are an editor's note, not a caption.
        assert_eq!(
            cap("[This story has been updated with a comment from the council.]"),
            None
        );
    }

    #[test]
    fn credit_in_brackets_with_a_caption_cue() {
        assert_eq!(
            cap(
                "Jane Doe, left, greets John Roe, right, as they arrive for a meeting in Reykjavik.  (Associated press)"
            ),
            Some((
                "Jane Doe, left, greets John Roe, right, as they arrive for a meeting in Reykjavik.",
                Some("Associated press")
            ))
        );
    }

    #[test]
    fn wire_credits_after_the_last_sentence() {
        assert_eq!(
            cap(
                "A resident watches the fire from a road near Genalguacil, Spain, September 9, 2024. REUTERS/Jon Nazca"
            ),
            Some((
                "A resident watches the fire from a road near Genalguacil, Spain, September 9, 2024.",
                Some("REUTERS/Jon Nazca")
            ))
        );
        assert_eq!(
            cap("Fans cheer in the rain at the final in Lyon. AP Photo/Lee Park").map(|c| c.1),
            Some(Some("AP Photo/Lee Park"))
        );
        // A sentence about an input/output ratio is no credit.
        assert_eq!(
            cap("The plant doubled its output this year. Input/Output ratios rose."),
            None
        );
    }

    #[test]
    fn ellipsis_credits() {
        assert_eq!(
            cap("Walter Kemp has run the ferry since 1981.Credit...Jenna Ortiz for The Courier"),
            Some((
                "Walter Kemp has run the ferry since 1981.",
                Some("Jenna Ortiz for The Courier")
            ))
        );
        assert_eq!(
            cap("The pier at dawn. Credit… Ola Berg/Reuters"),
            Some(("The pier at dawn.", Some("Ola Berg/Reuters")))
        );
        // A sentence that only mentions credit is no caption.
        assert_eq!(
            cap("Credit... where it is due: the council paid for every bench in the park."),
            None
        );
        assert_eq!(
            cap("Credit...Maddie Cole for The Daily Courier"),
            Some(("", Some("Maddie Cole for The Daily Courier")))
        );
    }

    #[test]
    fn text_and_credit_on_lines_of_their_own() {
        let input = "Image\nA resident fills a glass from her tap on Tuesday.\nCredit...Maddie Cole for The Courier";
        let line = |a: &str| {
            let at = input.find(a).unwrap();
            Span::new(at, at + a.len())
        };
        let c = split(
            input,
            line("Image"),
            line("A resident fills a glass from her tap on Tuesday."),
            line("Credit...Maddie Cole for The Courier"),
        )
        .unwrap();
        assert_eq!(c.text, "A resident fills a glass from her tap on Tuesday.");
        assert_eq!(c.credit.as_deref(), Some("Maddie Cole for The Courier"));
        assert_eq!(c.span, Span::new(0, input.len()));
        assert!(is_media_label("Image") && !is_media_label("Images of war"));
        assert!(split(input, line("A resident"), line("A resident"), line("Image")).is_none());
    }

    #[test]
    fn gallery_toggles_end_a_caption() {
        let t = "... with the Southeast Asian nation. less";
        assert_eq!(
            without_toggle(t).and_then(|n| t.get(..n)),
            Some("... with the Southeast Asian nation.")
        );
        let t = "to strengthen the military relations ... more";
        assert_eq!(
            without_toggle(t).and_then(|n| t.get(..n)),
            Some("to strengthen the military relations")
        );
        assert_eq!(without_toggle("Commuters will pay less"), None);
        assert_eq!(without_toggle("They asked for more."), None);
        assert_eq!(without_toggle("He wanted more ... more"), Some(14));
    }

    #[test]
    fn labelled_captions() {
        assert_eq!(
            cap("Photo: Children look through the fence on Tuesday. (Getty Images)"),
            Some((
                "Children look through the fence on Tuesday.",
                Some("Getty Images")
            ))
        );
        assert_eq!(
            cap("Image caption The surface of the lake photographed by a hiker."),
            Some(("The surface of the lake photographed by a hiker.", None))
        );
        assert_eq!(
            cap("(Photo by Jane Doe/Getty Images)"),
            Some(("", Some("Jane Doe/Getty Images")))
        );
        assert_eq!(
            cap("(Jacquelyn Martin / Associated Press)"),
            Some(("", Some("Jacquelyn Martin / Associated Press")))
        );
        assert_eq!(cap("(Reuters / Ipsos poll)"), None);
        assert_eq!(
            cap("(All photos: Atlas staff)"),
            Some(("", Some("Atlas staff")))
        );
        assert_eq!(
            cap("Credit: Jane Doe/Reuters"),
            Some(("", Some("Jane Doe/Reuters")))
        );
        assert_eq!(
            cap("JIM BROWN/AFP/Getty Images"),
            Some(("", Some("JIM BROWN/AFP/Getty Images")))
        );
        assert_eq!(cap("Photo: Hau Dinh, AP"), Some(("", Some("Hau Dinh, AP"))));
        // A label over a short text that is no credit stays a caption's text.
        assert_eq!(
            cap("Photo: Flooded streets, Tuesday"),
            Some(("Flooded streets, Tuesday", None))
        );
        assert_eq!(
            cap("The mayor speaks at the launch on Tuesday. Photograph: Jane Doe/AP"),
            Some((
                "The mayor speaks at the launch on Tuesday.",
                Some("Jane Doe/AP")
            ))
        );
    }

    #[test]
    fn prose_is_not_a_caption() {
        for s in [
            "The company said it would sell the mill (Reuters).",
            "The council voted to close the pier, the mayor said (AP)",
            "Shares rose 3/8 to 11-1/4 dlrs on the Toronto Stock Exchange.",
            "He said the plan was “unworkable” (and he meant it).",
            "(CNN) -- A remote alpine lake turned green.",
            "Reporting by Jane Doe/Editing by John Roe",
        ] {
            assert!(cap(s).is_none(), "{s}");
        }
    }
}

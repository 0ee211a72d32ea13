//! Bylines: who wrote the article, for whom, in what role, and when.
//!
//! ## Grammar
//!
//! ```text
//! byline    = [ [label] datetime SP ] prefix SP authors tail    ; By Jane Doe, Reuters
//!           / authors sep datetime tail                        ; Dan Goodin - Apr 16, 2015 8:02 pm UTC
//!           / credit *( ";" SP credit )                        ; Reporting by X; Editing by Y
//!           / hangul-name *( "·" hangul-name ) SP hangul-role [ SP email ] [ SP [label] datetime ]
//! hangul-role = "기자" / "특파원" / "선임기자" / "객원기자" / "논설위원"   ; 김민수 기자 minsu@example.com
//! prefix    = ( "By" / "Written by" / "Story by" / "Words by" / "Posted by" / "Por" / "Von"
//!             / "Par" / "di" ) [":"]                       ; any case, but `Di` opens a surname
//! credit    = role-word *( SP role-word ) SP "by" SP authors  ; Reporting by, Additional reporting by
//!           / label-role ": " authors                       ; Editor: Zhang Min
//! authors   = name *( list-sep name )
//!           / user-name                ; lower case, after a prefix, dated: Posted by sam on March 3, 2023
//! list-sep  = ", and " / " and " / " & " / ", "
//! tail      = *( ( "," SP / SP ) ( organisation / role / handle ) )   ; SP: a known organisation only
//!             [ [sep] [label / "on"] datetime ] [junk]
//! handle    = "@" 1*( ALPHA / DIGIT / "_" )
//! sep       = " - " / " | " / " • " / " · " / ", " / SP
//! ```
//!
//! Names are split on `and`, `&` and commas (see [`names`](crate::parser::partial::names)); a
//! segment after a comma that is a known organisation (`Associated Press`) or a phrase ending
//! like one (`... Times`) is the organisation, a job title (`Staff Writer`) or a lower-case
//! description (`a deputy editor ...`) is the role. A known agency printed after the last
//! name with a space only (`By X and Y Associated Press`) is the organisation too. A date on the line becomes the byline's
//! timestamp. A line without a prefix is a byline only with a date or handle after the
//! names; a bare name line is one only when the classifier sees a date or role under it.
//!
//! ## Examples
//!
//! ```text
//! > | By Matthew Lee and Vladimir Isachenkov, Associated Press
//!        ^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^^ authors
//!                                             ^^^^^^^^^^^^^^^^ organisation
//! > | Dan Goodin - Apr 16, 2015 8:02 pm UTC
//!     ^^^^^^^^^^ author
//!                  ^^^^^^^^^^^^^^^^^^^^^^^^ timestamp
//! > | Reporting by Jane Doe; Editing by John Roe
//!                  ^^^^^^^^ author (Reporting)
//!                                       ^^^^^^^^ author (Editing)
//! ```
//!
//! ## References
//!
//! The Associated Press Stylebook, *bylines* and *contributor lines* (`Associated Press
//! writer X contributed to this report.`, a trailer, parsed by the sign-off module); wire
//! credit lines follow the Reuters form `(Reporting by X; Editing by Y)`.

use std::borrow::Cow;

use nom::{
    Offset, Parser,
    bytes::complete::{tag, tag_no_case, take_while1},
    character::complete::{char, space0, space1},
    combinator::opt,
};
use once_cell::sync::Lazy;

use crate::Span;
use crate::ast::{Author, Byline, TimestampKind};
use crate::parser::partial::date;
use crate::parser::partial::names::{self, is_organization, is_role};
use crate::parser::text::{Phrases, strip_prefix_ci, words_up_to};
use crate::parser::timestamp;

/// The longest line read as a byline, in bytes (a byline with a one-sentence bio).
const MAX_BYTES: usize = 500;
/// Most words left unexplained after a byline's date.
const MAX_JUNK_WORDS: usize = 4;
/// The same, for a byline without a prefix.
const MAX_UNPREFIXED_JUNK_WORDS: usize = 2;

/// Prefixes that open a byline, lower case, longest first.
const PREFIXES: &[(&str, ())] = &[
    ("written by", ()),
    ("story by", ()),
    ("words by", ()),
    ("posted by", ()),
    ("text by", ()),
    ("by", ()),
    ("por", ()),
    ("von", ()),
    ("par", ()),
    ("di", ()),
    // Dutch, Swedish and Norwegian, Danish.
    ("door", ()),
    ("av", ()),
    ("af", ()),
    // `Author: Jane Doe`; Polish, Portuguese, Spanish, Czech `Autor:`, Polish `Autorka:`,
    // French `Auteur :`, Italian `Autore:`.
    ("author", ()),
    ("autor", ()),
    ("autorka", ()),
    ("auteur", ()),
    ("autore", ()),
    // Greek `Της Μαρίας Παπαδοπούλου`, `Του Γιώργου Νικολάου` (`of`, before the name in
    // the genitive; matching is ASCII case-insensitive only, so both cases are listed).
    ("της", ()),
    ("Της", ()),
    ("του", ()),
    ("Του", ()),
    // Hebrew `מאת` and Arabic `بقلم` (`by`, `by the pen of`), before names in scripts
    // without capitals ([`uncased_authors`]).
    ("מאת", ()),
    ("بقلم", ()),
];

/// Roles that open a credit line (`Reporting by X; Editing by Y`), lower case.
const CREDIT_ROLES: &[(&str, ())] = &[
    ("additional reporting", ()),
    ("additional writing", ()),
    ("reporting", ()),
    ("writing", ()),
    ("editing", ()),
    ("edited", ()),
    ("compiled", ()),
    ("compiled and edited", ()),
    ("produced", ()),
    ("research", ()),
    ("graphics", ()),
    ("photos", ()),
    ("photographs", ()),
    ("photography", ()),
    ("illustrations", ()),
    ("translated", ()),
    ("translation", ()),
    ("interviews", ()),
    ("video", ()),
];

static PREFIX_TABLE: Lazy<Phrases<()>> = Lazy::new(|| Phrases::new(PREFIXES));
static CREDIT_TABLE: Lazy<Phrases<()>> = Lazy::new(|| Phrases::new(CREDIT_ROLES));

/// Roles that label a credit with a colon (`(Editor: Zhang Min)`, as agency copy in
/// translation ends), lower case.
const LABEL_CREDIT_ROLES: &[(&str, ())] = &[
    ("editor", ()),
    ("editors", ()),
    ("responsible editor", ()),
    ("reporter", ()),
    ("reporters", ()),
];

static LABEL_CREDIT_TABLE: Lazy<Phrases<()>> = Lazy::new(|| Phrases::new(LABEL_CREDIT_ROLES));

/// Korean job titles written after the name (`김민수 기자`).
const HANGUL_ROLES: &[&str] = &["기자", "특파원", "선임기자", "객원기자", "논설위원"];

/// A byte range of the line.
type Range = (usize, usize);

/// What the author part of a byline holds, offsets relative to the line: each author's
/// name and role.
#[derive(Debug, Default)]
struct Parts {
    authors: Vec<(usize, usize, Option<Range>)>,
    organization: Option<Range>,
    role: Option<Range>,
    /// Whether the organisation follows the names directly (`X, Reuters`), not a job title
    /// (`X, Staff Technologist, ACLU`).
    org_after_names: bool,
}

fn off(line: &str, part: &str) -> usize {
    line.offset(part)
}

/// Pushes the author `name` (a slice of `line`); a known organisation printed after it
/// without a comma (`TOM REYES Associated Press`) is split off as the organisation. Returns
/// whether it was, which ends the author list.
fn push_author(line: &str, name: &str, parts: &mut Parts) -> bool {
    let start = off(line, name);
    if let Some(at) = caps_name_then_role(name) {
        // `By JANE DOE Staff Writer`: the case says where the name ends.
        let person = name.get(..at).unwrap_or(name).trim_end();
        let role = name.get(at..).unwrap_or("").trim();
        parts.authors.push((start, start + person.len(), None));
        parts.role = Some((start + at, start + at + role.len()));
        return true;
    }
    match names::trailing_organization(name) {
        Some(at) => {
            let person = name.get(..at).unwrap_or(name).trim_end();
            parts.authors.push((start, start + person.len(), None));
            parts.org_after_names = parts.role.is_none();
            parts.organization = Some((start + at, start + name.len()));
            true
        }
        None => {
            parts.authors.push((start, start + name.len(), None));
            false
        }
    }
}

/// Where the job title starts in `JANE DOE Staff Writer`: a name of two words or more in
/// capitals, then a role in title case. A name in title case is never cut at a guess.
fn caps_name_then_role(name: &str) -> Option<usize> {
    let mut words = 0;
    for (at, c) in name.char_indices() {
        let word_start = at == 0 || name.get(..at).is_some_and(|b| b.ends_with(' '));
        if !word_start || c == ' ' {
            continue;
        }
        let word = name.get(at..)?.split(' ').next()?;
        if word.chars().any(char::is_lowercase) {
            return (words >= 2 && is_role(name.get(at..)?.trim_end())).then_some(at);
        }
        if word.chars().any(char::is_alphabetic) {
            words += 1;
        }
    }
    None
}

/// A known organisation after the names and a space (`By X and Y The Associated Press`):
/// recorded in `parts`; returns what follows it.
fn spaced_organization<'l>(line: &'l str, rest: &'l str, parts: &mut Parts) -> Option<&'l str> {
    let after_space = rest.strip_prefix(' ')?;
    let len = names::leading_organization(after_space)?;
    let start = off(line, after_space);
    parts.org_after_names = parts.role.is_none();
    parts.organization = Some((start, start + len));
    after_space.get(len..)
}

/// Splits the author list at the start of `rest`; returns what is left after it.
fn authors<'l>(line: &'l str, rest: &'l str, parts: &mut Parts) -> Option<&'l str> {
    let (mut rest, first, words) = names::name(rest)?;
    let mut max_words = words;
    if push_author(line, first, parts) {
        return Some(rest);
    }
    loop {
        // `and` / `&` always join two names; so do Portuguese `e`, French `et`, German
        // `und`, Dutch `en`, Swedish `och` (lower case: `E` may be an initial).
        if let Ok((r, _)) = (
            opt(char(',')),
            space1::<&str, nom::error::Error<&str>>,
            nom::branch::alt((
                tag_no_case("and"),
                tag_no_case("&"),
                tag("et"),
                tag("und"),
                tag("en"),
                tag("och"),
                tag("e"),
            )),
            space1,
        )
            .parse(rest)
            && let Some((r2, name, words)) = names::name(r)
        {
            max_words = max_words.max(words);
            rest = r2;
            if push_author(line, name, parts) {
                break;
            }
            continue;
        }
        if let Some(r) = for_organization(line, rest, parts) {
            rest = r;
            break;
        }
        if let Some(r) = spaced_organization(line, rest, parts) {
            rest = r;
            break;
        }
        // After a comma (or a bar: `By Bill Hoppe | Special to the Pioneer Press`): another
        // name, the organisation, or the role.
        let Ok((after_comma, _)) = nom::branch::alt((
            (char::<&str, nom::error::Error<&str>>(','), space1),
            (nom::combinator::value(',', (space1, char('|'))), space1),
        ))
        .parse(rest) else {
            break;
        };
        let segment_end = after_comma
            .find([',', ';', '(', '|'])
            .unwrap_or(after_comma.len());
        let segment = after_comma.get(..segment_end).unwrap_or("");
        let seg_trim = segment.trim_end();
        let seg_start = off(line, after_comma);
        if is_organization(seg_trim) {
            // The organisation runs to the end of what is not a date.
            let org_end = org_end(after_comma);
            parts.org_after_names = parts.role.is_none();
            parts.organization = Some((seg_start, seg_start + org_end));
            rest = after_comma.get(org_end..).unwrap_or("");
            break;
        }
        if parts.role.is_some() {
            // After a job title, what follows is where the author works.
            let org_end = org_end(after_comma);
            if org_end == 0 {
                break;
            }
            parts.organization = Some((seg_start, seg_start + org_end));
            rest = after_comma.get(org_end..).unwrap_or("");
            break;
        }
        if is_role(seg_trim) {
            parts.role = Some((seg_start, seg_start + seg_trim.len()));
            rest = after_comma.get(seg_trim.len()..).unwrap_or("");
            continue;
        }
        if seg_trim.starts_with(char::is_lowercase)
            && !seg_trim.starts_with('@')
            && email(seg_trim).is_none()
            && max_words >= 2
        {
            // `By Alex Heath, a deputy editor ...`: a description to the end of its sentence.
            let end = after_comma
                .find(". ")
                .map_or(after_comma.trim_end().len(), |e| e);
            parts.role = Some((seg_start, seg_start + end));
            return Some("");
        }
        if let Some((r, name, words)) = names::name(after_comma)
            && words >= 2
            && !is_organization(name)
        {
            max_words = max_words.max(words);
            rest = r;
            if push_author(line, name, parts) {
                break;
            }
            continue;
        }
        break;
    }
    split_spanish_and(line, parts);
    Some(rest)
}

/// `María Ruiz y Pedro Gómez`: the Spanish `y` is read as a name particle (`José Ortega y
/// Gasset`); between two names of two words or more it joins two authors.
fn split_spanish_and(line: &str, parts: &mut Parts) {
    let mut out = Vec::with_capacity(parts.authors.len());
    for &(a, b, role) in &parts.authors {
        let text = line.get(a..b).unwrap_or("");
        match text.split_once(" y ") {
            Some((x, y))
                if x.split_whitespace().count() >= 2 && y.split_whitespace().count() >= 2 =>
            {
                let second = b - y.len();
                out.push((a, a + x.len(), role));
                out.push((second, b, role));
            }
            _ => out.push((a, b, role)),
        }
    }
    parts.authors = out;
}

/// Where an organisation after a comma ends: before a date or a separator.
fn org_end(s: &str) -> usize {
    let mut end = s.len();
    if let Some((at, _)) = date::find_date(s, 80) {
        end = end.min(at);
    }
    for sep in [" - ", " | ", " • ", " · ", ";"] {
        if let Some(at) = s.find(sep) {
            end = end.min(at);
        }
    }
    s.get(..end)
        .map_or(0, |t| t.trim_end().trim_end_matches(',').len())
}

/// Skips handles (`@name`), e-mail addresses and separators; returns the rest.
fn skip_handles(mut rest: &str) -> &str {
    loop {
        let r = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | '|' | '·' | '•')
        });
        if let Ok((r2, _)) = (
            char::<&str, nom::error::Error<&str>>('@'),
            take_while1(|c: char| c.is_alphanumeric() || c == '_' || c == '.'),
        )
            .parse(r)
        {
            rest = r2;
            continue;
        }
        if let Some(r2) = email(r) {
            rest = r2;
            continue;
        }
        return r;
    }
}

/// Units of a relative time (`8h`, `3 days ago`).
const RELATIVE_UNITS: &[&str] = &[
    "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "days", "day", "weeks",
    "week", "wks", "wk", "h", "m", "d", "w",
];

/// A relative time at the start of `s` (`8h`, `2 hours ago`); returns what follows it.
fn relative_time(s: &str) -> Option<&str> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = s.get(digits..)?.trim_start_matches(' ');
    let unit = RELATIVE_UNITS.iter().find(|u| {
        strip_prefix_ci(rest, u).is_some_and(|r| !r.starts_with(char::is_alphanumeric))
    })?;
    let rest = rest.get(unit.len()..)?;
    let rest = strip_prefix_ci(rest, " ago").unwrap_or(rest);
    (!rest.starts_with(char::is_alphanumeric)).then_some(rest)
}

/// A date (with an optional label) on the rest of the line: its start in `rest`, kind and reading.
/// `Jane Doe on March 3, 2023`: `on` before the date is skipped.
fn dated(rest: &str) -> Option<(usize, TimestampKind, date::DateTime)> {
    let (after, kind) = match timestamp::label(rest) {
        Ok((r, k)) => (r, k),
        Err(_) => (
            strip_prefix_ci(rest, "on ").unwrap_or(rest),
            TimestampKind::Published,
        ),
    };
    let dt = date::datetime(after)?;
    let start = rest.offset(after);
    Some((start, kind, dt)).filter(|_| dt.date.is_some() || dt.zone.is_some())
}

/// How the line opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    /// `By ...` (or a date, then `by`).
    Prefix,
    /// Names straight away.
    Names,
}

/// Words that follow `by` in prose, never a user name (`by the March 3 deadline`).
const NOT_HANDLES: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "early",
    "late", "mid", "end", "next", "last", "noon", "midnight", "then", "now", "far", "way",
];

/// Names in a script without capitals after a prefix (`מאת דנה כהן`, `بقلم محمد علي`):
/// one to four words of such letters, to a comma, a separator or the line's end. Records
/// each name (`ו`/`و` joins two); returns the rest of the line.
fn uncased_authors<'l>(line: &'l str, rest: &'l str, parts: &mut Parts) -> Option<&'l str> {
    let uncased = |w: &str| {
        w.chars().all(|c| {
            c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
                || matches!(c, '-' | '\'' | '׳' | '"' | '״')
        }) && w.chars().any(char::is_alphabetic)
    };
    let end = rest.find([',', '|', '•', '·', '\n']).unwrap_or(rest.len());
    let names = rest.get(..end)?.trim_end();
    let words: Vec<&str> = names.split_whitespace().collect();
    if !(1..=8).contains(&words.len()) || !words.iter().all(|w| uncased(w)) {
        return None;
    }
    // `דנה כהן ויוסי לוי`: Hebrew joins with a `ו` prefixed to the next name; Arabic
    // writes `و` apart or prefixed. Split at a word `و`, else take the line as one name.
    let mut at = 0;
    for name in names.split(" و ") {
        let words = name.split_whitespace().count();
        if !(1..=4).contains(&words) {
            return None;
        }
        let start = off(line, rest) + at;
        parts.authors.push((start, start + name.len(), None));
        at += name.len() + " و ".len();
    }
    rest.get(names.len()..)
}

/// A lower-case user name after a prefix, dated right after (`Posted by sam on March 3,
/// 2023`): blogs print the account name, not a person's name. Records the author; returns
/// the rest of the line after the name.
fn user_name<'l>(line: &'l str, rest: &'l str, parts: &mut Parts) -> Option<&'l str> {
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '-')))
        .unwrap_or(rest.len());
    let name = rest.get(..len)?.trim_end_matches(['.', '-']);
    let after = rest.get(name.len()..)?;
    if !name.starts_with(|c: char| c.is_lowercase())
        || name.len() > 30
        || NOT_HANDLES.contains(&name)
        || dated(skip_handles(after)).is_none_or(|(_, _, dt)| dt.date.is_none())
        || !(after.starts_with(' ') || after.starts_with(','))
    {
        return None;
    }
    let start = off(line, name);
    parts.authors.push((start, start + name.len(), None));
    Some(after)
}

fn prefix(i: &str) -> Option<&str> {
    // Italian `di Marco Bianchi`; `Di Maio` is a name.
    if i.starts_with("Di ") {
        return None;
    }
    // `By Jane Doe`, and the labelled form `By: Jane Doe`.
    let (rest, ()) = PREFIX_TABLE.strip(i, |_, rest| {
        rest.starts_with([' ', '\t']) || rest.starts_with(": ")
    })?;
    Some(rest.trim_start_matches([':', ' ', '\t']))
}

/// Parses the byline on the line at `span`. `unprefixed` allows lines that open with names
/// (only in the front matter).
pub(crate) fn parse(input: &str, span: Span, unprefixed: bool) -> Option<Byline<'_>> {
    parse_telling(input, span, unprefixed).map(|(b, _)| b)
}

/// [`parse`], also telling whether the byline opens with names (`Dan Goodin - Apr 16, 2015`):
/// only then does its reading need `unprefixed`, every other one [`parse`] finds either way.
/// A caller that would ask without `unprefixed` first and with it next asks once.
pub(crate) fn parse_telling(
    input: &str,
    span: Span,
    unprefixed: bool,
) -> Option<(Byline<'_>, bool)> {
    if span.len() > MAX_BYTES {
        return None;
    }
    let line = span.slice(input)?;
    if let Some(b) = credits(input, span, line) {
        return Some((b, false));
    }
    if let Some(b) = han_reporter(input, span, line) {
        return Some((b, false));
    }
    if let Some(b) = hangul(input, span, line) {
        return Some((b, false));
    }
    // `on March 10, 2015 by Nikhil Marathe`: the date first.
    let mut lead_date = None;
    let mut body = line;
    let lead = line
        .strip_prefix("on ")
        .or_else(|| line.strip_prefix("On "))
        .unwrap_or(line);
    if let Some((start, kind, dt)) = dated(lead)
        && let Some(after) = lead.get(start + dt.len..)
        && let Some(r) = prefix(date::skip_space(after))
        && after.starts_with(' ')
    {
        lead_date = Some((off(line, lead) + start, kind, dt));
        body = r;
    }
    let (opening, rest) = match prefix(body) {
        _ if lead_date.is_some() => (Opening::Prefix, body),
        Some(r) => (Opening::Prefix, r),
        // Without a prefix, something after the names must show it is a byline: a date or
        // time (digits), a handle, or an organisation after a comma.
        None if unprefixed
            && (memchr::memchr3(b',', b'@', b':', body.as_bytes()).is_some()
                || body.bytes().any(|b| b.is_ascii_digit())) =>
        {
            (Opening::Names, body)
        }
        None => return None,
    };
    let mut parts = Parts::default();
    // `PTI | Updated On: ...`, `Press Trust of India | ...`: an agency signs, no person.
    let agency_len = (opening == Opening::Names)
        .then(|| names::leading_organization(rest))
        .flatten();
    let agency_name = agency_len.and_then(|len| {
        let start = off(line, rest);
        parts.authors.push((start, start + len, None));
        rest.get(len..)
    });
    let after = match agency_name
        .or_else(|| authors(line, rest, &mut parts))
        .or_else(|| {
            (opening == Opening::Prefix)
                .then(|| uncased_authors(line, rest, &mut parts))
                .flatten()
        }) {
        Some(a) => a,
        None if opening == Opening::Prefix => user_name(line, rest, &mut parts)?,
        None => return None,
    };
    let rest = skip_handles(after);
    let mut stamp = lead_date;
    let mut tail = rest;
    if stamp.is_none()
        && let Some((start, kind, dt)) = dated(rest)
    {
        stamp = Some((off(line, rest) + start, kind, dt));
        tail = rest.get(start + dt.len..).unwrap_or("");
    }
    let mut tail = skip_handles(tail);
    // `James Akinaka • 8h`: a relative time instead of a date.
    let relative = stamp.is_none().then(|| relative_time(tail)).flatten();
    if let Some(r) = relative {
        tail = r;
    }
    let relative = relative.is_some();
    let single_word = parts.authors.len() == 1
        && parts
            .authors
            .first()
            .and_then(|&(a, b, _)| line.get(a..b))
            .is_some_and(|n| !n.contains(' '));
    match opening {
        Opening::Prefix => {
            // A one-word name needs the line to end, or a date, to be a byline: `By Monday, ...`
            // and `By Christmas the ...` are prose.
            if single_word && stamp.is_none() && !tail.is_empty() && parts.role.is_none() {
                return None;
            }
            if words_up_to(tail, 16) > MAX_JUNK_WORDS + usize::from(stamp.is_some()) * 4
                && parts.role.is_none()
            {
                return None;
            }
        }
        Opening::Names => {
            // Unprefixed: the names must read as people and something must follow them that
            // only a byline has (a date, a handle, an organisation).
            let names_end = parts.authors.last().map_or(0, |a| a.1);
            let names_text = line.get(..names_end).unwrap_or("");
            // A date without a year or time after a place is a dateline's
            // (`BUENOS AIRES, March 16 - ...`), not a byline's.
            // A clock time alone does not do (`MIDWEST GRAIN FUTURES 11:01 EDT` is a title).
            let full_stamp = stamp.is_some_and(|(_, _, dt)| {
                dt.date
                    .is_some_and(|d| d.year.is_some() || dt.time.is_some())
            });
            // `Jane Doe | jdoe@example.com`: an address after the name.
            let mailed = email(after.trim_start_matches([' ', '|', ',', '·', '•', '-'])).is_some();
            let followed = full_stamp
                || relative
                || mailed
                || after.trim_start().starts_with([',', '@']) && line.contains('@')
                || parts.organization.is_some();
            // An agency's name needs a full date after it.
            let agency = agency_name.is_some() && full_stamp;
            if single_word && !agency
                || !followed
                || !agency
                    && !parts
                        .authors
                        .iter()
                        .all(|&(a, b, _)| line.get(a..b).is_some_and(names::is_person_line))
                || names_text.len() > 120
                || words_up_to(tail, 8) > MAX_UNPREFIXED_JUNK_WORDS
            {
                return None;
            }
        }
    }
    Some((
        build(input, span, line, &parts, stamp, None),
        opening == Opening::Names,
    ))
}

/// Builds the node; `role_line` is an extra role given on a following line.
fn build<'a>(
    input: &'a str,
    span: Span,
    line: &'a str,
    parts: &Parts,
    stamp: Option<(usize, TimestampKind, date::DateTime)>,
    whole: Option<&'a str>,
) -> Byline<'a> {
    let at = |(a, b): (usize, usize)| Span::new(span.start + a, span.start + b);
    let text_of = |(a, b): (usize, usize)| line.get(a..b).map(Cow::Borrowed);
    let authors = parts
        .authors
        .iter()
        .map(|&(a, b, role)| Author {
            name: Cow::Borrowed(line.get(a..b).unwrap_or("")),
            span: at((a, b)),
            role: role.and_then(text_of),
        })
        .collect();
    let timestamp = stamp.map(|(start, kind, dt)| {
        let s = Span::new(span.start + start, span.start + start + dt.len);
        timestamp::node(input, s, kind, &dt, span.start + start)
    });
    let role = parts
        .role
        .and_then(text_of)
        .or_else(|| parts.authors.first().and_then(|a| a.2).and_then(text_of));
    // The credit proper: from the first name to the end of the last name, organisation or
    // role; the prefix, the date and handles are left out.
    let range = match whole {
        Some(w) => (off(line, w), off(line, w) + w.len()),
        None => {
            // The names, and the organisation when it follows them (`Jane Doe, Reuters`);
            // a job title or description after the names is the role, not the credit.
            let start = parts.authors.first().map_or(0, |a| a.0);
            let org = parts.organization.filter(|_| parts.org_after_names);
            let end = parts
                .authors
                .iter()
                .map(|a| a.1)
                .chain(org.map(|o| o.1))
                .max()
                .unwrap_or(line.len());
            (start, end.max(start))
        }
    };
    Byline {
        text: text_of(range).unwrap_or(Cow::Borrowed(line)),
        span,
        text_span: at(range),
        authors,
        organization: parts.organization.and_then(text_of),
        role,
        timestamp,
        location: None,
    }
}

/// `By Jane Doe for The Guardian`, `By SIMON KERR FOR MAILONLINE`, `For Dailymail.com`: the
/// publication the authors wrote for, after `for` in any letter case, on a prefixed line; a capitalised name of
/// one to five words to the end of the line, a comma or a bar. Records it; returns the rest.
fn for_organization<'l>(line: &'l str, rest: &'l str, parts: &mut Parts) -> Option<&'l str> {
    let after = [" for ", " FOR ", " For "]
        .iter()
        .find_map(|f| rest.strip_prefix(f))?;
    // Only on a `By` line: a headline in capitals (`NO PESSIMISM FOR GERMAN EXPORTERS`) is
    // no byline.
    prefix(line)?;
    let end = after.find([',', '|', ';', '(']).unwrap_or(after.len());
    let org = after.get(..end)?.trim_end();
    let words = words_up_to(org, 6);
    let named = (1..=5).contains(&words)
        && org
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "the" | "&"))
        && !org.chars().any(|c| c.is_ascii_digit());
    if !named {
        return None;
    }
    let start = off(line, after);
    parts.org_after_names = parts.role.is_none();
    parts.organization = Some((start, start + org.len()));
    after.get(org.len()..)
}

/// Skips where a reporter was (`in Hamburg`, `in New York`) after a name on a credit line.
fn skip_place(s: &str) -> &str {
    let Some(mut rest) = strip_prefix_ci(s, " in ") else {
        return s;
    };
    let mut words = 0;
    while words < 4 {
        let Some((_, after)) = names::name_word_at(rest) else {
            break;
        };
        words += 1;
        rest = after;
        match after.strip_prefix(' ') {
            Some(next) if next.starts_with(char::is_uppercase) => rest = next,
            _ => break,
        }
    }
    if words == 0 { s } else { rest }
}

/// `Reporting by Jane Doe; Editing by John Roe`: each author with a role. The line may be
/// in brackets, as wire stories end: `(Reporting by Jane Doe; Editing by John Roe)`.
fn credits<'a>(input: &'a str, span: Span, line: &'a str) -> Option<Byline<'a>> {
    let mut parts = Parts::default();
    let inner = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or(line);
    let mut rest = inner;
    loop {
        let (after_role, sep) = CREDIT_TABLE
            .strip(rest, |_, after| strip_prefix_ci(after, " by ").is_some())
            .map(|(r, ())| (r, " by "))
            .or_else(|| {
                LABEL_CREDIT_TABLE
                    .strip(rest, |_, after| after.starts_with(": "))
                    .map(|(r, ())| (r, ": "))
            })?;
        let role_span = (off(line, rest), off(line, after_role));
        let after = strip_prefix_ci(after_role, sep)?.trim_start_matches(' ');
        let first = parts.authors.len();
        let mut after_names = authors(line, after, &mut parts)?;
        // `Jane Doe in London and John Roe in Singapore`: each name with its place.
        loop {
            let placed = skip_place(after_names);
            if placed.len() == after_names.len() {
                break;
            }
            after_names = placed;
            let joined = strip_prefix_ci(placed, ", and ")
                .or_else(|| strip_prefix_ci(placed, " and "))
                .or_else(|| placed.strip_prefix(", "));
            match joined.and_then(|j| authors(line, j.trim_start_matches(' '), &mut parts)) {
                Some(r) => after_names = r,
                None => break,
            }
        }
        for a in parts.authors.iter_mut().skip(first) {
            a.2 = Some(role_span);
        }
        let r = after_names.trim_start_matches([' ', '.']);
        match (char::<&str, nom::error::Error<&str>>(';'), space0).parse(r) {
            Ok((next, _)) if !next.is_empty() => rest = next,
            _ => {
                if !r.trim_end_matches(';').is_empty() {
                    return None;
                }
                break;
            }
        }
    }
    Some(build(
        input,
        span,
        line,
        &parts,
        None,
        Some(inner.trim_end_matches('.')),
    ))
}

/// Whether `c` is a precomposed Hangul syllable.
/// Chinese job titles written before the name (`记者 张伟`, `本报记者：李明 王芳`).
const HAN_ROLES: &[&str] = &["本报记者", "特约记者", "实习记者", "记者", "通讯员"];

/// `记者 张伟`: a Chinese reporter line, the title first, then one to four names of two to
/// four Han characters.
fn han_reporter<'a>(input: &'a str, span: Span, line: &'a str) -> Option<Byline<'a>> {
    let role = HAN_ROLES.iter().find(|r| line.starts_with(**r))?;
    let mut rest = line
        .get(role.len()..)?
        .trim_start_matches([' ', ':', '：', '\u{3000}']);
    if rest.len() == line.len() - role.len() {
        return None;
    }
    let mut parts = Parts {
        role: Some((0, role.len())),
        ..Parts::default()
    };
    while !rest.is_empty() && parts.authors.len() < 4 {
        let n = rest.find(|c: char| !is_han(c)).unwrap_or(rest.len());
        let name = rest.get(..n)?;
        if !(2..=4).contains(&name.chars().count()) {
            return None;
        }
        let at = off(line, name);
        parts.authors.push((at, at + name.len(), None));
        rest = rest
            .get(n..)?
            .trim_start_matches([' ', '、', ',', '，', '\u{3000}']);
    }
    (rest.is_empty() && !parts.authors.is_empty())
        .then(|| build(input, span, line, &parts, None, None))
}

/// Whether `c` is a CJK unified ideograph (a Han character).
fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// An e-mail address at the start of `s` (`minsu@example.com`, or in brackets); returns
/// what follows it.
fn email(s: &str) -> Option<&str> {
    let inner = s.strip_prefix(['(', '<', '[']).unwrap_or(s);
    let end = inner
        .find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | ']' | ','))
        .unwrap_or(inner.len());
    let addr = inner.get(..end)?;
    let (user, host) = addr.split_once('@')?;
    let ok = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
    };
    if !ok(user) || !ok(host) || !host.contains('.') {
        return None;
    }
    let rest = inner.get(end..)?;
    Some(rest.strip_prefix([')', '>', ']']).unwrap_or(rest))
}

/// `김민수 기자`, `김민수·이영희 기자 minsu@example.com`, `김민수 기자 입력 2024.03.12 14:30`:
/// Korean names followed by a job title, then an e-mail address and a date, if any.
fn hangul<'a>(input: &'a str, span: Span, line: &'a str) -> Option<Byline<'a>> {
    if !line.starts_with(is_hangul) || line.len() > 160 {
        return None;
    }
    let mut parts = Parts::default();
    let mut rest = line;
    loop {
        let n = rest.find(|c: char| !is_hangul(c)).unwrap_or(rest.len());
        let name = rest.get(..n)?;
        if !(2..=4).contains(&name.chars().count()) {
            return None;
        }
        let at = off(line, name);
        parts.authors.push((at, at + name.len(), None));
        rest = rest.get(n..)?;
        match rest.strip_prefix(['·', '・', ',']) {
            Some(r) if parts.authors.len() < 6 => rest = r.trim_start_matches(' '),
            _ => break,
        }
    }
    let rest = rest.strip_prefix(' ')?;
    let role = HANGUL_ROLES.iter().find(|r| {
        rest.strip_prefix(**r)
            .is_some_and(|after| !after.starts_with(is_hangul))
    })?;
    let role_at = off(line, rest);
    parts.role = Some((role_at, role_at + role.len()));
    let mut tail = rest.get(role.len()..)?.trim_start_matches([' ', '=', '|']);
    let mut stamp = None;
    for _ in 0..3 {
        tail = tail.trim_start_matches([' ', '|', '·']);
        if let Some(r) = email(tail) {
            tail = r;
        } else if stamp.is_none()
            && let Some((start, kind, dt)) = dated(tail)
        {
            stamp = Some((off(line, tail) + start, kind, dt));
            tail = tail.get(start + dt.len..)?;
        }
    }
    if !tail.trim().is_empty() {
        return None;
    }
    Some(build(input, span, line, &parts, stamp, None))
}

/// Adds a role (`Staff Writer`) or an organisation (`BBC News, Cardiff`) given on its own
/// line under a byline: extends the byline's span over it (its `text` stays the credit
/// line's). Returns false when `line` is not a role.
pub(crate) fn absorb_role<'a>(input: &'a str, byline: &mut Byline<'a>, line: Span) -> bool {
    let Some(text) = line.slice(input) else {
        return false;
    };
    if line.start < byline.span.end || text.len() > 80 {
        return false;
    }
    if byline.location.is_none()
        && let Some(place) = reporting_from(text)
    {
        byline.location = Some(Cow::Borrowed(place));
    } else if byline.role.is_none() && is_role(text) {
        byline.role = Some(Cow::Borrowed(text));
    } else if byline.role.is_none()
        && let Some((role, place)) = role_and_where(text)
    {
        byline.role = Some(Cow::Borrowed(role));
        if byline.organization.is_none() && is_organization(place) {
            byline.organization = Some(Cow::Borrowed(place));
        }
    } else if byline.organization.is_none()
        && let Some(org) = organization_line(text)
    {
        // `BBC News, Cardiff`: the organisation, and where the author is based.
        byline.organization = Some(Cow::Borrowed(org));
    } else {
        return false;
    }
    byline.span = byline.span.cover(line);
    true
}

/// The place of a line `Reporting from Alder Springs, Mont.` (`Reporting from Kyiv and
/// Lviv, Ukraine`) under a byline: capitalised words after the phrase, a few of them.
fn reporting_from(text: &str) -> Option<&str> {
    let place = strip_prefix_ci(text.trim(), "reporting from ")?;
    let place = place.trim();
    (place.starts_with(char::is_uppercase) && crate::parser::text::words_up_to(place, 9) <= 8)
        .then_some(place)
}

/// The organisation a line under a byline names (`BBC News, Cumbria` → `BBC News`).
fn organization_line(text: &str) -> Option<&str> {
    text.split(',')
        .next()
        .map(str::trim_end)
        .filter(|org| is_organization(org))
}

/// Whether `text`, on the line under a byline, is its role or organisation, which
/// [`absorb_role`] would take.
pub(crate) fn is_role_line(text: &str) -> bool {
    text.len() <= 80
        && (is_role(text)
            || organization_line(text).is_some()
            || role_and_where(text).is_some()
            || reporting_from(text).is_some())
}

/// `Rachel Adeyemi is a former librarian and the author of ...`: a one-sentence note on the
/// author under an opinion column's bare-name byline, a person's name, `is`, and a
/// description.
pub(crate) fn is_bio_line(text: &str) -> bool {
    let t = text.trim();
    let Some((name, rest)) = t.split_once(" is ") else {
        return false;
    };
    t.len() <= 400
        && names::is_person_line(name)
        && ["a ", "an ", "the "].iter().any(|a| rest.starts_with(a))
        && crate::parser::text::words_up_to(rest, 61) <= 60
}

/// `Technology correspondent, Brussels`, `Senior reporter, The Ledger`: a job title, then
/// where or for whom (up to four capitalised words). The role and the rest.
fn role_and_where(text: &str) -> Option<(&str, &str)> {
    let (role, rest) = text.trim().split_once(", ")?;
    (is_role(role)
        && rest.starts_with(char::is_uppercase)
        && crate::parser::text::words_up_to(rest, 5) <= 4)
        .then_some((role, rest))
}

/// Whether the line under a bare name line makes it a byline: a date or time, a job title,
/// an organisation, or a reading time (`14 min read`).
pub(crate) fn supports_bare_name(input: &str, next: Span) -> bool {
    let Some(text) = next.slice(input) else {
        return false;
    };
    let head = crate::parser::text::prefix(text, 80);
    timestamp::parse(input, next, true).is_some()
        || is_role(text)
        || role_and_where(text).is_some()
        || is_bio_line(text)
        || date::find_date(head, 60).is_some()
        || head.to_ascii_lowercase().contains(" min read")
        || names::starts_with_organization(head)
}

/// A byline made of a bare name line (`Sarah Archer`), or a name and its job title with no
/// comma between them (`Sarah Archer Environment correspondent`, a newspaper site's author
/// line), for the classifier to use when the line under it carries a date or role.
pub(crate) fn bare_name(input: &str, span: Span) -> Option<Byline<'_>> {
    let line = span.slice(input)?;
    let parts = if names::is_person_line(line) {
        Parts {
            authors: vec![(0, line.len(), None)],
            ..Parts::default()
        }
    } else if let Some((name_end, role)) = name_then_role(line) {
        Parts {
            authors: vec![(0, name_end, None)],
            role: Some(role),
            ..Parts::default()
        }
    } else {
        names_role_or_place(line)?
    };
    Some(build(input, span, line, &parts, None, None))
}

/// `Tom Ashworth, Transport Correspondent` (names and a job title after a comma) or `Claire
/// Dubois in Paris`, `Jane Doe and John Roe in Brussels` (names and where they report
/// from), the whole line: an author line without a prefix, as British and Australian
/// papers print it over the date.
fn names_role_or_place(line: &str) -> Option<Parts> {
    if line.len() > 120 || !line.starts_with(char::is_uppercase) {
        return None;
    }
    // [`authors`] takes a role only after a comma or a bar, and [`skip_place`] needs ` in `:
    // a line with neither cannot end as one of these, so its names are not read.
    // (Both found by their bytes, the second at each space only.)
    let b = line.as_bytes();
    if memchr::memchr2(b',', b'|', b).is_none()
        && !memchr::memchr_iter(b' ', b).any(|i| {
            b.get(i + 1..i + 4)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"in "))
        })
    {
        return None;
    }
    let mut parts = Parts::default();
    let rest = authors(line, line, &mut parts)?;
    let people = !parts.authors.is_empty()
        && parts
            .authors
            .iter()
            .all(|&(a, b, _)| line.get(a..b).is_some_and(names::is_person_line));
    if !people || parts.organization.is_some() {
        return None;
    }
    let done = if let Some((a, b)) = parts.role {
        // A job title, not a description (`Tom Ashworth, who covers transport`).
        rest.trim().is_empty() && line.get(a..b).is_some_and(is_role)
    } else {
        let placed = skip_place(rest);
        placed.len() < rest.len() && placed.trim().is_empty()
    };
    done.then_some(parts)
}

/// `Name Role` without a comma: the shortest run of two or three words that is a person's
/// name, followed by a job title that ends the line in a lower-case role word
/// (`correspondent`, `editor`), so a title-case name line is never cut in two.
fn name_then_role(line: &str) -> Option<(usize, Range)> {
    let trimmed = line.trim_end();
    let last = trimmed.split_whitespace().next_back()?;
    if !last.starts_with(char::is_lowercase) || !is_role(last) {
        return None;
    }
    let mut ends = trimmed
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(at, _)| at);
    let second = ends.nth(1)?;
    let third = ends.next();
    [Some(second), third].into_iter().flatten().find_map(|end| {
        let name = line.get(..end)?;
        let role = line.get(end..)?.trim_start();
        (names::is_person_line(name) && is_role(role)).then(|| {
            (
                end,
                (off(line, role), off(line, role) + role.trim_end().len()),
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::CivilDate;

    fn by(s: &str) -> Option<Byline<'_>> {
        parse(s, Span::new(0, s.len()), true)
    }

    fn names_of<'a>(b: &'a Byline<'_>) -> Vec<&'a str> {
        b.authors.iter().map(|a| &*a.name).collect()
    }

    /// The classifier relies on it: a line with no byline read `unprefixed` has none read
    /// without (`headline::parse` is not asked again).
    #[test]
    fn unprefixed_finds_every_byline_found_without() {
        for s in [
            "By Jane Doe",
            "Reporting by Jane Doe; Editing by John Roe",
            "Dan Goodin - Apr 16, 2015 8:02 pm UTC",
            "on March 10, 2015 by Nikhil Marathe",
            "Posted by sam on March 3, 2023",
            "김민수 기자",
            "记者 张伟",
            "Top diplomats meet in Iceland",
            "By Christmas the town was empty.",
        ] {
            let span = Span::new(0, s.len());
            let without = parse(s, span, false);
            let with = parse(s, span, true);
            if let Some(b) = without {
                assert_eq!(Some(b), with, "{s}");
            }
        }
    }

    #[test]
    fn the_publication_after_for() {
        let b = by("By SIMON KERR FOR MAILONLINE").unwrap();
        assert_eq!(names_of(&b), ["SIMON KERR"]);
        assert_eq!(b.organization.as_deref(), Some("MAILONLINE"));
        let b = by("By Jane Doe and John Roe for The Guardian").unwrap();
        assert_eq!(names_of(&b), ["Jane Doe", "John Roe"]);
        assert_eq!(b.organization.as_deref(), Some("The Guardian"));
        let b = by("By Jane Doe For Dailymail.com").unwrap();
        assert_eq!(b.organization.as_deref(), Some("Dailymail.com"));
        // A headline in capitals is no byline.
        let line = "NO PESSIMISM FOR GERMAN EXPORTERS, MINISTRY";
        assert!(parse(line, Span::new(0, line.len()), true).is_none());
    }

    #[test]
    fn names_in_scripts_without_capitals() {
        let b = by("מאת דנה כהן").unwrap();
        assert_eq!(names_of(&b), ["דנה כהן"]);
        let b = by("بقلم محمد علي و سارة أحمد").unwrap();
        assert_eq!(names_of(&b), ["محمد علي", "سارة أحمد"]);
        // A sentence is no name: its period is no letter.
        assert!(by("מאת ראש העיר נמסר כי ההחלטה סופית.").is_none());
    }

    #[test]
    fn authors_and_organisation() {
        let b = by("By Matthew Lee and Vladimir Isachenkov, Associated Press").unwrap();
        assert_eq!(names_of(&b), ["Matthew Lee", "Vladimir Isachenkov"]);
        assert_eq!(
            b.text,
            "Matthew Lee and Vladimir Isachenkov, Associated Press"
        );
        assert_eq!(b.text_span, Span::new(3, 56));
        assert_eq!(b.organization.as_deref(), Some("Associated Press"));
        assert_eq!(b.authors[1].span, Span::new(19, 38));
        let b = by("By WALKER SIMON, REUTERS").unwrap();
        assert_eq!(names_of(&b), ["WALKER SIMON"]);
        assert_eq!(b.organization.as_deref(), Some("REUTERS"));
        let b = by("BY JANE DOE").unwrap();
        assert_eq!(names_of(&b), ["JANE DOE"]);
        let b = by("By Jane Doe, John Roe & Max Moe, Los Angeles Times").unwrap();
        assert_eq!(names_of(&b), ["Jane Doe", "John Roe", "Max Moe"]);
        assert_eq!(b.organization.as_deref(), Some("Los Angeles Times"));
    }

    #[test]
    fn role_and_organisation_lines() {
        assert!(is_role_line("BBC News, Cumbria"));
        assert!(is_role_line("Staff Writer"));
        assert!(is_role_line("Technology correspondent, Brussels"));
        assert!(is_bio_line(
            "Rachel Adeyemi is a former librarian and the author of \"Quiet Rooms.\""
        ));
        assert!(!is_bio_line("The council is a disgrace, residents say."));
        assert!(!is_bio_line(
            "Rachel Adeyemi is leaving the paper after 20 years."
        ));
        assert!(!is_role_line(
            "Technology correspondent, who covered Brussels for a decade"
        ));
        assert!(!is_role_line("Share this article"));
        assert!(!is_role_line("The council voted on Tuesday."));
    }

    #[test]
    fn a_name_and_its_job_title_without_a_comma() {
        let line = "Harriet Cole Environment correspondent";
        let b = bare_name(line, Span::new(0, line.len())).unwrap();
        assert_eq!(names_of(&b), ["Harriet Cole"]);
        assert_eq!(b.role.as_deref(), Some("Environment correspondent"));
        let line = "Tom de Vries Senior political editor";
        let b = bare_name(line, Span::new(0, line.len())).unwrap();
        assert_eq!(names_of(&b), ["Tom de Vries"]);
        assert_eq!(b.role.as_deref(), Some("Senior political editor"));
        // A title-case line is a name or nothing, never cut at a guess.
        for line in [
            "Harriet Cole Environment Correspondent",
            "Sign up for our newsletter",
        ] {
            assert!(name_then_role(line).is_none(), "{line}");
        }
    }

    #[test]
    fn a_name_and_its_address() {
        for line in ["Jane Doe | jdoe@example.com", "Jane Doe jdoe@example.com"] {
            let b = parse(line, Span::new(0, line.len()), true).unwrap();
            assert_eq!(names_of(&b), ["Jane Doe"], "{line}");
        }
        let line = "Write to us at letters@example.com";
        assert!(parse(line, Span::new(0, line.len()), true).is_none());
    }

    #[test]
    fn a_capitals_name_and_its_title_case_role() {
        let b = by("By JANE DOE Staff Writer").unwrap();
        assert_eq!(names_of(&b), ["JANE DOE"]);
        assert_eq!(b.role.as_deref(), Some("Staff Writer"));
        let b = by("By MARIA DEL MAR ORTIZ Senior Correspondent").unwrap();
        assert_eq!(names_of(&b), ["MARIA DEL MAR ORTIZ"]);
        let b = by("By TOM REYES Associated Press").unwrap();
        assert_eq!(b.organization.as_deref(), Some("Associated Press"));
    }

    #[test]
    fn a_user_name_with_a_date() {
        let b = by("Posted by sam on March 3, 2023").unwrap();
        assert_eq!(names_of(&b), ["sam"]);
        assert_eq!(b.text, "sam");
        assert_eq!(b.authors[0].span, Span::new(10, 13));
        let t = b.timestamp.unwrap();
        assert_eq!(t.text, "March 3, 2023");
        assert_eq!(t.date, CivilDate::new(2023, 3, 3));
        let b = by("posted by admin_01 | March 3, 2023").unwrap();
        assert_eq!(names_of(&b), ["admin_01"]);
        // Without a date a lower-case word is no name, nor is a determiner before one.
        assert!(by("Posted by sam").is_none());
        assert!(by("By the March 3, 2023 deadline").is_none());
    }

    #[test]
    fn a_known_organisation_splits_off_without_a_comma() {
        let b = by("By MARIA LOPEZ and TOM REYES Associated Press").unwrap();
        assert_eq!(names_of(&b), ["MARIA LOPEZ", "TOM REYES"]);
        assert_eq!(b.organization.as_deref(), Some("Associated Press"));
        assert_eq!(b.text, "MARIA LOPEZ and TOM REYES Associated Press");
        assert_eq!(b.authors[1].span, Span::new(19, 28));
        let b = by("By Jane Smith Reuters").unwrap();
        assert_eq!(names_of(&b), ["Jane Smith"]);
        assert_eq!(b.organization.as_deref(), Some("Reuters"));
        // `The` ends the name; the organisation after it is still one.
        let b = by("By Jane Doe The Associated Press").unwrap();
        assert_eq!(names_of(&b), ["Jane Doe"]);
        assert_eq!(b.organization.as_deref(), Some("The Associated Press"));
        // A date after the organisation is the byline's timestamp.
        let b = by("By Tom Reyes Associated Press December 3, 2024").unwrap();
        assert_eq!(b.organization.as_deref(), Some("Associated Press"));
        assert!(b.timestamp.is_some());
        // A surname that is also an outlet stays a surname.
        let b = by("By Michael Bloomberg").unwrap();
        assert_eq!(names_of(&b), ["Michael Bloomberg"]);
        assert_eq!(b.organization, None);
    }

    #[test]
    fn roles() {
        let b = by("By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project").unwrap();
        assert_eq!(names_of(&b), ["Daniel Kahn Gillmor"]);
        assert_eq!(b.role.as_deref(), Some("Senior Staff Technologist"));
        assert_eq!(b.text, "Daniel Kahn Gillmor");
        assert_eq!(
            b.organization.as_deref(),
            Some("ACLU Speech, Privacy, and Technology Project")
        );
        let b =
            by("(Reporting by Jane Doe in Lima; Writing by Ann Poe; Editing by Max Moe)").unwrap();
        assert_eq!(names_of(&b), ["Jane Doe", "Ann Poe", "Max Moe"]);
        let b =
            by("(Reporting by Jane Doe in New York; Editing by John Roe and Max Moe.)").unwrap();
        assert_eq!(
            b.text,
            "Reporting by Jane Doe in New York; Editing by John Roe and Max Moe"
        );
        assert_eq!(names_of(&b), ["Jane Doe", "John Roe", "Max Moe"]);
        assert_eq!(b.authors[0].role.as_deref(), Some("Reporting"));
        assert_eq!(b.authors[2].role.as_deref(), Some("Editing"));
        // Each reporter with a place.
        let b = by(
            "Reporting by Hana Kessel in London and Arjun Mehta in Singapore; Editing by Sue Fenn",
        )
        .unwrap();
        assert_eq!(names_of(&b), ["Hana Kessel", "Arjun Mehta", "Sue Fenn"]);
        assert_eq!(b.authors[1].role.as_deref(), Some("Reporting"));
        let b = by("Reporting by Ana Ruiz in Lima, Tom Bell in Quito and Li Na in Bogota").unwrap();
        assert_eq!(names_of(&b), ["Ana Ruiz", "Tom Bell", "Li Na"]);
        let b = by("(Editor: Zhang Wei)").unwrap();
        assert_eq!(names_of(&b), ["Zhang Wei"]);
        assert_eq!(b.authors[0].role.as_deref(), Some("Editor"));
        assert!(by("Editor's note: this story was updated.").is_none());
        let b = by("written by Regan").unwrap();
        assert_eq!(names_of(&b), ["Regan"]);
        let b = by("Story by Fiona Kettering and Arjun Malhotra, CNN").unwrap();
        assert_eq!(b.organization.as_deref(), Some("CNN"));
        let b = by("记者 张伟").unwrap();
        assert_eq!(names_of(&b), ["张伟"]);
        assert_eq!(b.role.as_deref(), Some("记者"));
        let b = by("本报记者：李明、王芳").unwrap();
        assert_eq!(names_of(&b), ["李明", "王芳"]);
        assert!(by("记者会上，张伟表示同意。").is_none());
        let b = by("김민수 기자").unwrap();
        assert_eq!(names_of(&b), ["김민수"]);
        assert_eq!(b.role.as_deref(), Some("기자"));
    }

    #[test]
    fn romance_conjunctions_join_authors() {
        let b = by("Por Ana Souza e João Lima").unwrap();
        assert_eq!(names_of(&b), ["Ana Souza", "João Lima"]);
        assert_eq!(b.authors[1].span, Span::new(16, 26));
        let b = by("Por María Ruiz y Pedro Gómez").unwrap();
        assert_eq!(names_of(&b), ["María Ruiz", "Pedro Gómez"]);
        let b = by("By Jeanne Martin et Paul Durand").unwrap();
        assert_eq!(names_of(&b), ["Jeanne Martin", "Paul Durand"]);
        let b = by("Von Anna Schmidt und Peter Weber").unwrap();
        assert_eq!(names_of(&b), ["Anna Schmidt", "Peter Weber"]);
        // Dutch and Swedish prefixes.
        let b = by("Door Sanne de Vries en Pieter Jansen").unwrap();
        assert_eq!(names_of(&b), ["Sanne de Vries", "Pieter Jansen"]);
        let b = by("Av Karin Lindqvist").unwrap();
        assert_eq!(names_of(&b), ["Karin Lindqvist"]);
        // A double surname stays one name.
        let b = by("Por José Ortega y Gasset").unwrap();
        assert_eq!(names_of(&b), ["José Ortega y Gasset"]);
        // French and Italian prefixes; `Di` with a capital opens a surname.
        let b = by("Par Claire Martin et Paul Durand").unwrap();
        assert_eq!(names_of(&b), ["Claire Martin", "Paul Durand"]);
        let b = by("di Marco Bianchi e Giulia Neri").unwrap();
        assert_eq!(names_of(&b), ["Marco Bianchi", "Giulia Neri"]);
        assert!(by("Di Maio").is_none_or(|b| names_of(&b) == ["Di Maio"]));
    }

    #[test]
    fn korean_bylines_with_address_and_date() {
        let b = by("김민수 기자 minsu@example.com").unwrap();
        assert_eq!(names_of(&b), ["김민수"]);
        assert_eq!(b.text, "김민수");
        assert_eq!(b.role.as_deref(), Some("기자"));
        let b = by("김민수·이영희 기자 (news@example.co.kr)").unwrap();
        assert_eq!(names_of(&b), ["김민수", "이영희"]);
        let b = by("박지훈 특파원 입력 2024.03.12 14:30").unwrap();
        let t = b.timestamp.unwrap();
        assert_eq!(t.date, CivilDate::new(2024, 3, 12));
        assert_eq!(t.kind, TimestampKind::Published);
        // Prose that opens with a name and a title is no byline.
        assert!(by("김민수 기자가 현장을 찾았다").is_none());
        assert!(by("김민수 기자 minsu@example.com 에게 제보해 주세요").is_none());
        assert!(by("서울시는 내년부터 노선을 늘린다").is_none());
    }

    #[test]
    fn dates_on_the_line() {
        let b = by("Dan Goodin - Apr 16, 2015 8:02 pm UTC").unwrap();
        assert_eq!(names_of(&b), ["Dan Goodin"]);
        assert_eq!(b.text, "Dan Goodin");
        assert_eq!(b.span, Span::new(0, 37));
        let t = b.timestamp.unwrap();
        assert_eq!(t.date, CivilDate::new(2015, 4, 16));
        assert_eq!(t.text, "Apr 16, 2015 8:02 pm UTC");
        let b = by("by Regan September 15, 2014").unwrap();
        assert_eq!(names_of(&b), ["Regan"]);
        assert_eq!(b.timestamp.unwrap().date, CivilDate::new(2014, 9, 15));
        let b = by("by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET").unwrap();
        assert_eq!(names_of(&b), ["Ahiza Garcia"]);
        assert!(b.timestamp.unwrap().time.is_some());
        let b = by("By Steven Mufson March 18 at 12:22 PM Follow @StevenMufson").unwrap();
        assert_eq!(names_of(&b), ["Steven Mufson"]);
        let b = by("on March 10, 2015 by Nikhil Marathe").unwrap();
        assert_eq!(names_of(&b), ["Nikhil Marathe"]);
        assert_eq!(b.timestamp.unwrap().date, CivilDate::new(2015, 3, 10));
        let b = by("Posted by Jane Doe on March 3, 2023 at 9:15 am").unwrap();
        assert_eq!(names_of(&b), ["Jane Doe"]);
        let t = b.timestamp.unwrap();
        assert_eq!(t.text, "March 3, 2023 at 9:15 am");
        assert!(t.time.is_some());
        let b = by("By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT").unwrap();
        assert_eq!(names_of(&b), ["Alissa Wilkinson"]);
        assert_eq!(b.timestamp.unwrap().kind, TimestampKind::Updated);
    }

    #[test]
    fn descriptions_after_the_name() {
        let b = by("By Alex Heath, a deputy editor and author of the Command Line newsletter. He has covered the tech industry for a decade.").unwrap();
        assert_eq!(names_of(&b), ["Alex Heath"]);
        assert_eq!(b.text, "Alex Heath");
        assert_eq!(
            b.role.as_deref(),
            Some("a deputy editor and author of the Command Line newsletter")
        );
    }

    #[test]
    fn an_agency_and_a_date_without_a_prefix() {
        let line = "PTI | Updated On: Jul 14, 2024, 06:45 PM IST";
        let b = parse(line, Span::new(0, line.len()), true).unwrap();
        assert_eq!(names_of(&b), ["PTI"]);
        assert!(b.timestamp.is_some());
        let line = "Press Trust of India | Jul 14, 2024";
        assert!(parse(line, Span::new(0, line.len()), true).is_some());
        // A one-word name that is no agency is not enough.
        let line = "Sport | Jul 14, 2024";
        assert!(parse(line, Span::new(0, line.len()), true).is_none());
    }

    #[test]
    fn bare_author_lines_with_a_role_or_a_place() {
        fn bare(s: &str) -> Option<Byline<'_>> {
            bare_name(s, Span::new(0, s.len()))
        }
        let b = bare("Tom Ashworth, Transport Correspondent").unwrap();
        assert_eq!(names_of(&b), ["Tom Ashworth"]);
        assert_eq!(b.role.as_deref(), Some("Transport Correspondent"));
        let b = bare("Claire Dubois in Paris").unwrap();
        assert_eq!(names_of(&b), ["Claire Dubois"]);
        let b = bare("Claire Dubois and Ed Harris in New York").unwrap();
        assert_eq!(names_of(&b), ["Claire Dubois", "Ed Harris"]);
        assert!(bare("Claire Dubois in Paris on Monday said").is_none());
        assert!(bare("Protests in Paris").is_none());
        assert!(bare("Tom Ashworth, who covers transport").is_none());
    }

    #[test]
    fn prose_is_not_a_byline() {
        for s in [
            "By afternoon, photos of the lake had spread widely on social media.",
            "By Monday, the council had voted to close the pier.",
            "By Christmas the whole town had heard about it and was talking.",
            "By 2020, the project was finished.",
            "By March 2020 the plan was dead.",
            "By the time the ferry arrived, it was dark.",
            "Dan Goodin said the bug was old.",
            "Local News",
            "The company said it expects to earn more this year.",
        ] {
            assert!(by(s).is_none(), "{s}");
        }
    }

    #[test]
    fn unprefixed_needs_a_date_or_handle() {
        assert!(parse("Dan Goodin", Span::new(0, 10), true).is_none());
        assert!(by("BUENOS AIRES, March 16 - World Bank Vice-President David").is_none());
        assert!(by("LOS ANGELES, March 16 - Jan 31 end").is_none());
        assert!(by("MIDWEST GRAIN FUTURES 11:01 EDT").is_none());
        let s = "Devindra Hardawar, @devindra";
        assert!(by(s).is_some());
        assert_eq!(
            by("James Akinaka • 8h").map(|b| b.text),
            Some("James Akinaka".into())
        );
        assert!(by("James Akinaka • 8 things to know").is_none());
        let s = "Dan Goodin - Apr 16, 2015 8:02 pm UTC";
        assert!(parse(s, Span::new(0, s.len()), false).is_none());
    }
}

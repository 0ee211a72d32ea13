//! Datelines: the place (agency, date) that opens the first paragraph of a story.
//!
//! ## Grammar
//!
//! ```text
//! dateline  = head *SP separator
//!           / "(" agency ")" *SP separator                 ; (CNN) --
//!           / ( "(" / "[" ) place "=" agency ( ")" / "]" ) [reporter] "="   ; (서울=연합뉴스) 김민수 기자 =
//! head      = places [[","] SP date] [SP ( "(" agency ")" / "/" agency "/" )]
//! places    = place-part *( "," SP place-part )            ; SANTA CRUZ, Calif.
//! place-part = 1*5( place-word )                           ; no digits, no quotes
//! date      = month SP day ["," SP year] / month            ; Feb 26, MARCH 5, Dec. 11, April
//!           / day SP month                                 ; 14 NOV, 12 dic, 5 fév
//! separator = SP 1*3"-" SP / [SP] ( "–" / "—" / "―" ) / ":" SP / ")" ".-" SP  ; (EFE).-
//! ```
//!
//! The first place part must be in capitals (`REYKJAVIK`, `NEW DELHI`) unless the head also
//! has a date or an agency (`London, March 9 -`, `Washington (AFP) –`), which an ordinary
//! opening clause never has; lower-case words are allowed only as particles (`RIO DE JANEIRO`,
//! `Port of Spain`) or with a date. A colon separator needs a capitalised place that is not a
//! label (`NEW DELHI:`, not `UPDATE:`). Only the first line of the block is read, and only its
//! first [`MAX_HEAD_BYTES`] bytes.
//!
//! The date as written is kept; [`resolve`] turns it into a calendar date when the article
//! gives a year elsewhere (a timestamp, the byline, a caption).
//!
//! ## Examples
//!
//! ```text
//! > | REYKJAVIK, Iceland – Senior diplomats from the United States ...
//!     ^^^^^^^^^^^^^^^^^^^^ dateline: place [REYKJAVIK, Iceland]
//! > | SANTA CRUZ, Calif., Feb 26 - Shr 34 cts vs 1.19 dlrs
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ place [SANTA CRUZ, Calif.], date Feb 26
//! > | LONDON, May 19 (Reuters) - Shares rose ...
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^ place [LONDON], date May 19, agency Reuters
//! > | (CNN) -- A remote alpine lake ...
//!     ^^^^^^^^ agency CNN
//! > | Earlier, the company said ...
//!     (no dateline: an opening clause)
//! ```
//!
//! ## References
//!
//! The Associated Press Stylebook, *datelines*: the city in capitals, then the state or
//! country unless the city stands alone (`WASHINGTON`), and `(AP) —`. The Reuters Handbook of
//! Journalism: `CITY, Month Day (Reuters) -`, the form of the wire's archives.

use std::borrow::Cow;

use crate::Span;
use crate::ast::{Article, Block, CivilDate, Dateline};
use crate::parser::partial::date::{self, PartialDate};
use crate::parser::partial::names;
use crate::parser::text::words_up_to;

/// The longest head (place, date, agency) read, in bytes.
pub(crate) const MAX_HEAD_BYTES: usize = 120;

/// Lower-case words allowed inside a place name.
const PARTICLES: &[&str] = &[
    "de", "del", "da", "do", "dos", "das", "di", "du", "of", "la", "le", "les", "el", "al", "au",
    "sur", "upon", "on", "am", "an", "der", "y", "en", "es",
];

/// Capitalised words that label a paragraph rather than place it.
const LABELS: &[&str] = &[
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "WATCH",
    "VIDEO",
    "PHOTOS",
    "PHOTO",
    "LIVE",
    "ANALYSIS",
    "OPINION",
    "EDITORIAL",
    "COMMENTARY",
    "CORRECTION",
    "CLARIFICATION",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "REVIEW",
    "INTERVIEW",
    "FACTBOX",
    "EXPLAINER",
    "TIMELINE",
    "ABSTRACT",
    "LETTERS",
    "URGENT",
    "ALERT",
    "DEVELOPING",
    "RELATED",
    "ADVERTISEMENT",
    "SPONSORED",
    "WARNING",
    "FILE",
    "INSIGHT",
    "TRANSCRIPT",
    "SUMMARY",
    "PLEASE NOTE",
    "READ MORE",
    "FLASHBACK",
    "REFILE",
    "CORRECTED",
    "Q",
    "A",
];

/// What a dateline head holds, as slices of the line.
struct Head<'a> {
    places: Vec<&'a str>,
    date: Option<&'a str>,
    agency: Option<&'a str>,
}

fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|c| c.is_alphabetic())
}

fn is_caps(s: &str) -> bool {
    letters(s).count() >= 3 && letters(s).all(char::is_uppercase) || caseless_place(s)
}

/// A place of one to three words in Devanagari, Thai or Arabic, which have no capitals:
/// Hindi copy opens with `नई दिल्ली:`, Thai copy with `กรุงเทพฯ -` and Arabic copy with
/// `القاهرة -` where English copy has `NEW DELHI:`.
fn caseless_place(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=3).contains(&words)
        && s.chars().all(|c| {
            c.is_whitespace()
                || ('\u{0900}'..='\u{0963}').contains(&c)
                || c == '\u{0970}'
                || ('\u{0E01}'..='\u{0E4F}').contains(&c)
                || ('\u{0621}'..='\u{065F}').contains(&c)
        })
}

fn is_label(s: &str) -> bool {
    let t = s.trim().trim_end_matches([':', '.']);
    LABELS.iter().any(|l| l.eq_ignore_ascii_case(t)) && is_caps(t) || t.len() < 2
}

/// An agency name in brackets: a known one, or one to four capitalised words.
fn valid_agency(a: &str) -> bool {
    let a = a.trim();
    let words = a.split_whitespace().count();
    !a.is_empty()
        && a.len() <= 40
        && !has_digit(a)
        && (names::is_organization(a)
            || (1..=4).contains(&words)
                && a.split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase)))
}

/// A place part: a few words without digits or quotes; lower-case words only as particles
/// unless `lenient`.
fn valid_part(p: &str, lenient: bool) -> bool {
    let count = words_up_to(p, 6);
    (1..=5).contains(&count)
        && p.len() <= 40
        && !has_digit(p)
        && letters(p).next().is_some()
        && !p.contains(['"', '“', '”', '‘', '’', '(', ')', '[', ']', ';', '!', '?'])
        && p.split_whitespace().all(|w| {
            lenient
                || !w.starts_with(char::is_lowercase)
                || PARTICLES.contains(&w.trim_end_matches('.'))
        })
}

/// Where the date ends the head: the offset of a date (month and day, day and month, or a
/// month alone) that runs to the end of `head`: `Feb 26`, `14 NOV`, `12 dic`, `5 fév`.
fn trailing_date(head: &str) -> Option<usize> {
    let mut prev_alnum = false;
    for (at, c) in head.char_indices() {
        if !prev_alnum && c.is_ascii_alphanumeric() {
            let rest = head.get(at..).unwrap_or("");
            // A numeric date (`03/02/2025`) ends a timestamp's label, not a place.
            let read = date::date(rest)
                .ok()
                .map(|(r, _)| r)
                .filter(|r| {
                    c.is_ascii_alphabetic()
                        || rest
                            .get(..rest.len() - r.len())
                            .is_some_and(|d| d.contains(char::is_alphabetic))
                })
                .or_else(|| date::month_only(rest).ok().map(|(r, _)| r));
            if read.is_some_and(|r| r.trim().is_empty()) && at > 0 {
                return Some(at);
            }
        }
        prev_alnum = c.is_alphanumeric();
    }
    None
}

fn parse_head(head: &str, colon: bool) -> Option<Head<'_>> {
    let mut rest = head.trim_end();
    let mut agency = None;
    // `(Reuters)`, or a press-release wire between slashes (`/PRNewswire/`).
    for (close, open) in [(')', '('), ('/', '/')] {
        if let Some(inner) = rest.strip_suffix(close) {
            let at = inner.rfind(open)?;
            let a = inner.get(at + 1..)?;
            if !valid_agency(a) {
                return None;
            }
            agency = Some(a.trim());
            rest = inner.get(..at)?.trim_end();
            break;
        }
    }
    let mut date_ = None;
    if let Some(at) = trailing_date(rest) {
        date_ = Some(rest.get(at..)?.trim());
        rest = rest.get(..at)?.trim_end().trim_end_matches(',').trim_end();
    }
    if rest.is_empty() {
        return (agency.is_some() && date_.is_none() && !colon).then_some(Head {
            places: Vec::new(),
            date: None,
            agency,
        });
    }
    // `CNN —`: a news organisation alone is the agency, not a place.
    if agency.is_none() && date_.is_none() && !colon && names::is_organization(rest) {
        return Some(Head {
            places: Vec::new(),
            date: None,
            agency: Some(rest),
        });
    }
    let places: Vec<&str> = rest.split(',').map(str::trim).collect();
    let first = *places.first()?;
    let lenient = date_.is_some();
    let caps = is_caps(first);
    let first_upper = first
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    // A weekday or a month is a date's, not a place's (`Monday, August 5, 2024 - 7:30 PM`).
    let calendar_word = |p: &&str| date::is_weekday(p) || date::month_number(p).is_some();
    // `Kyiv, Ukraine —`, `Springfield, Ill. —`: a place in title case with its country or
    // state after the comma, which an opening clause never has.
    let with_country = places.len() == 2
        && first_upper
        && first.split_whitespace().count() <= 3
        && places.get(1).is_some_and(|c| is_country_or_state(c));
    if places.len() > 4
        || places.iter().any(calendar_word)
        || !places.iter().all(|p| valid_part(p, lenient))
        || is_label(first)
        || !(caps
            || with_country
            || (date_.is_some() || agency.is_some()) && (first_upper || lenient))
        || colon && (!caps || date_.is_some() || agency.is_some() || places.len() > 2)
    {
        return None;
    }
    Some(Head {
        places,
        date: date_,
        agency,
    })
}

/// AP's abbreviations of US states in datelines (`Springfield, Ill.`).
const AP_STATES: &[&str] = &[
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
    "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.",
    "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
];

/// Whether a dateline's second part names a country or a state (`Ukraine`, `Ill.`,
/// `South Korea`).
fn is_country_or_state(part: &str) -> bool {
    AP_STATES.contains(&part)
        || part
            .split_whitespace()
            .last()
            .is_some_and(crate::parser::quote::names::is_place)
}

/// Finds the separator in `line`: its start and end.
fn separator(line: &str) -> Option<(usize, usize, bool)> {
    let bytes = line.as_bytes();
    let head = bytes
        .get(..bytes.len().min(MAX_HEAD_BYTES + 1))
        .unwrap_or(bytes);
    // Only these bytes open a separator or rule one out; every other byte is passed over.
    // They are found in order by three vectorised searches, merged (a byte-by-byte match
    // over the head took most of the test, asked of every front-matter line).
    let mut marks = memchr::memchr3_iter(b'-', b':', b'.', head).peekable();
    let mut quotes = memchr::memchr3_iter(b'"', b'\n', 0xE2, head).peekable();
    let mut latin = memchr::memchr_iter(0xC2, head).peekable();
    loop {
        let at = [marks.peek(), quotes.peek(), latin.peek()]
            .into_iter()
            .flatten()
            .min()
            .copied()?;
        // (The three sets of bytes are disjoint: one search found `at`.)
        if marks.peek() == Some(&at) {
            marks.next();
        } else if quotes.peek() == Some(&at) {
            quotes.next();
        } else {
            latin.next();
        }
        let b = *head.get(at)?;
        match b {
            b'"' | b'\n' => return None,
            b'-' if at > 0 && bytes.get(at - 1) == Some(&b' ') => {
                let dashes = bytes.get(at..)?.iter().take_while(|&&b| b == b'-').count();
                let after = at + dashes;
                if dashes <= 3 && matches!(bytes.get(after), Some(b' ') | None) {
                    return Some((at - 1, after, false));
                }
                return None;
            }
            b':' if bytes.get(at + 1) == Some(&b' ') => return Some((at, at + 1, true)),
            // `MADRID, 12 dic (EFE).- El ...`: the Spanish agencies' point and dash.
            b'.' if at > 0
                && bytes.get(at - 1) == Some(&b')')
                && bytes.get(at + 1) == Some(&b'-')
                && matches!(bytes.get(at + 2), Some(b' ') | None) =>
            {
                return Some((at, at + 2, false));
            }
            // U+2013..U+2015 (en dash, em dash, horizontal bar); U+201C/D, U+00AB: quotes.
            0xE2 if bytes.get(at + 1) == Some(&0x80) => match bytes.get(at + 2) {
                Some(0x93..=0x95) => {
                    let start = if at > 0 && bytes.get(at - 1) == Some(&b' ') {
                        at - 1
                    } else {
                        at
                    };
                    return Some((start, at + 3, false));
                }
                Some(0x9C | 0x9D) => return None,
                _ => {}
            },
            0xC2 if bytes.get(at + 1) == Some(&0xAB) => return None,
            _ => {}
        }
    }
}

/// The dateline opening the line at `line`, and where the paragraph text after it starts.
/// `colon` allows the `NEW DELHI:` form, which is taken only on the first paragraph (later, a
/// capitalised name and a colon is a transcript's speaker), and only when no later line
/// opens with the same label.
pub(crate) fn parse(input: &str, line: Span, colon_ok: bool) -> Option<(Dateline<'_>, usize)> {
    let text = line.slice(input)?;
    if let Some(found) = korean_wire(text, line.start) {
        return Some(found);
    }
    if !text.starts_with(|c: char| c.is_alphabetic() || c == '(' || c == '*') {
        return None;
    }
    let (sep_start, sep_end, colon) = separator(text)?;
    if colon && !colon_ok {
        return None;
    }
    // `PUBLISHED: November 19, 2019 at 8:59 pm`: a timestamp's label, not a place.
    if colon
        && crate::parser::timestamp::label(text)
            .is_ok_and(|(rest, _)| date::datetime(rest).is_some())
    {
        return None;
    }
    let head = text.get(..sep_start)?;
    let h = parse_head(head, colon)?;
    // Read last: it searches the rest of the input.
    if colon && labels_again(input, line.end, head) {
        return None;
    }
    let node_text = text.get(..sep_end)?;
    let after = text.get(sep_end..)?;
    // `Madrid, 12 dic 2023 - 10:45 CET`: a place and date before a clock time is a
    // timestamp line; a dateline opens prose.
    if h.date.is_some() && date::datetime(after.trim_start()).is_some_and(|d| d.time.is_some()) {
        return None;
    }
    let text_start = line.start + sep_end + (after.len() - after.trim_start().len());
    Some((
        Dateline {
            text: Cow::Borrowed(node_text),
            span: Span::new(line.start, line.start + sep_end),
            place: h.places.into_iter().map(Cow::Borrowed).collect(),
            agency: h.agency.map(Cow::Borrowed),
            date: h.date.map(Cow::Borrowed),
            resolved_date: None,
        },
        text_start,
    ))
}

/// Whether `head` opens another line after `from` as a label (`REYES: And if ...?`): a
/// transcript's speaker, who speaks again, not a place.
fn labels_again(input: &str, from: usize, head: &str) -> bool {
    let rest = input.get(from..).unwrap_or("");
    let needle = format!("\n{head}: ");
    memchr::memmem::find(rest.as_bytes(), needle.as_bytes()).is_some()
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// The Korean wire dateline: `(서울=연합뉴스) 김민수 기자 = `, `[세종=뉴시스]김민수 기자 =`,
/// `(서울=뉴스1) = `. The place and the agency are split at the `=`; the reporter's name
/// stays in the dateline's text. `start` is where `text` is in the input.
fn korean_wire(text: &str, start: usize) -> Option<(Dateline<'_>, usize)> {
    let close = match text.chars().next()? {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    let inner_end = text.find(close).filter(|&e| e <= 60)?;
    let inner = text.get(1..inner_end)?;
    let (place, agency) = inner.split_once('=')?;
    let (place, agency) = (place.trim(), agency.trim());
    let place_ok = (1..=10).contains(&place.chars().count()) && place.chars().all(is_hangul);
    let agency_ok = (2..=12).contains(&agency.chars().count())
        && agency.chars().any(is_hangul)
        && agency.chars().all(|c| c.is_alphanumeric() || c == ' ');
    if !place_ok || !agency_ok {
        return None;
    }
    // The reporter (`김민수 기자`, `김민수·이영희 기자`), then `=`.
    let rest = text.get(inner_end + close.len_utf8()..)?;
    let eq = rest.find('=')?;
    let reporter = rest.get(..eq)?.trim();
    let reporter_ok = reporter.is_empty()
        || (reporter.len() <= 60
            && reporter.split_whitespace().count() <= 3
            && reporter
                .chars()
                .all(|c| is_hangul(c) || c == ' ' || c == '·' || c == ','));
    if !reporter_ok {
        return None;
    }
    let sep_end = inner_end + close.len_utf8() + eq + 1;
    let after = text.get(sep_end..)?;
    let text_start = start + sep_end + (after.len() - after.trim_start().len());
    Some((
        Dateline {
            text: Cow::Borrowed(text.get(..sep_end)?),
            span: Span::new(start, start + sep_end),
            place: vec![Cow::Borrowed(place)],
            agency: Some(Cow::Borrowed(agency)),
            date: None,
            resolved_date: None,
        },
        text_start,
    ))
}

/// The year nearest `source` that puts `date` within a few months of it.
fn with_year(d: PartialDate, source: CivilDate) -> Option<CivilDate> {
    let key = |c: CivilDate| i64::from(c.year) * 372 + i64::from(c.month) * 31 + i64::from(c.day);
    [source.year - 1, source.year, source.year + 1]
        .into_iter()
        .filter_map(|y| CivilDate::new(y, d.month, d.day))
        .min_by_key(|c| (key(*c) - key(source)).abs())
}

/// A full date given somewhere in the article: a timestamp's, the byline's, or one written
/// in a caption.
fn year_source(article: &Article<'_>) -> Option<CivilDate> {
    let from_blocks = article.blocks.iter().find_map(|b| match b {
        Block::Timestamp(t) => t.date,
        Block::Byline(b) => b.timestamp.as_ref().and_then(|t| t.date),
        _ => None,
    });
    from_blocks.or_else(|| {
        article.blocks.iter().find_map(|b| match b {
            Block::Caption(c) => {
                let mut s: &str = &c.text;
                while let Some((at, dt)) = date::find_date(s, s.len()) {
                    if let Some(d) = dt.date.and_then(|d| d.civil()) {
                        return Some(d);
                    }
                    s = s.get(at + dt.len.max(1)..)?;
                }
                None
            }
            _ => None,
        })
    })
}

/// Fills in [`Dateline::resolved_date`] from a year given elsewhere in the article.
pub(crate) fn resolve(article: &mut Article<'_>) {
    let Some(written) = article.dateline.as_ref().and_then(|d| d.date.as_deref()) else {
        return;
    };
    let Ok((_, d)) = date::date(written) else {
        return;
    };
    let resolved = d
        .civil()
        .or_else(|| year_source(article).and_then(|src| with_year(d, src)));
    if let Some(dl) = article.dateline.as_mut() {
        dl.resolved_date = resolved;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`separator`] as a byte-by-byte scan, the reference for its merged searches.
    fn separator_by_bytes(line: &str) -> Option<(usize, usize, bool)> {
        let bytes = line.as_bytes();
        let head = &bytes[..bytes.len().min(MAX_HEAD_BYTES + 1)];
        for (at, &b) in head.iter().enumerate() {
            let next = bytes.get(at + 1).copied();
            let before = at.checked_sub(1).map(|p| bytes[p]);
            match b {
                b'"' | b'\n' => return None,
                b'-' if before == Some(b' ') => {
                    let dashes = bytes[at..].iter().take_while(|&&b| b == b'-').count();
                    let after = at + dashes;
                    if dashes <= 3 && matches!(bytes.get(after), Some(b' ') | None) {
                        return Some((at - 1, after, false));
                    }
                    return None;
                }
                b':' if next == Some(b' ') => return Some((at, at + 1, true)),
                b'.' if before == Some(b')')
                    && next == Some(b'-')
                    && matches!(bytes.get(at + 2), Some(b' ') | None) =>
                {
                    return Some((at, at + 2, false));
                }
                0xE2 if next == Some(0x80) => match bytes.get(at + 2) {
                    Some(0x93..=0x95) => {
                        let start = if before == Some(b' ') { at - 1 } else { at };
                        return Some((start, at + 3, false));
                    }
                    Some(0x9C | 0x9D) => return None,
                    _ => {}
                },
                0xC2 if next == Some(0xAB) => return None,
                _ => {}
            }
        }
        None
    }

    #[test]
    fn the_merged_searches_find_the_separator_a_byte_scan_finds() {
        for line in [
            "",
            "WASHINGTON —",
            "WASHINGTON (Reuters) - The company said",
            "NEW DELHI: The government",
            "MADRID, 12 dic (EFE).- El Gobierno",
            "U.S. well-known - x",
            "Jane Doe--a writer",
            "SEOUL, March 3 -- Officials",
            "A “quoted” — dash",
            "Paris « Le » — x",
            "Paris · 3 min – read",
            "no separator at all in this line of text",
            "ab:cd: ef",
            "x.y.z)-. -",
            "line\nbreak - here",
        ] {
            assert_eq!(separator(line), separator_by_bytes(line), "{line:?}");
        }
        let long = format!("{} - after", "word ".repeat(40));
        assert_eq!(separator(&long), separator_by_bytes(&long));
    }

    /// Places, agency, date, the dateline's text and the paragraph text after it.
    type Parts<'s> = (
        Vec<&'s str>,
        Option<&'s str>,
        Option<&'s str>,
        &'s str,
        &'s str,
    );

    fn dl(s: &str) -> Option<Parts<'_>> {
        let (d, start) = parse(s, Span::new(0, s.len()), true)?;
        let places: Vec<&str> = d
            .place
            .iter()
            .map(|p| match p {
                Cow::Borrowed(b) => *b,
                Cow::Owned(_) => "",
            })
            .collect();
        let agency = d.agency.map(|a| match a {
            Cow::Borrowed(b) => b,
            Cow::Owned(_) => "",
        });
        let date = d.date.map(|a| match a {
            Cow::Borrowed(b) => b,
            Cow::Owned(_) => "",
        });
        Some((places, agency, date, s.get(..d.span.end)?, s.get(start..)?))
    }

    #[test]
    fn korean_wire_datelines() {
        assert_eq!(
            dl("(서울=연합뉴스) 김민수 기자 = 서울시는 노선을 늘린다고 밝혔다."),
            Some((
                vec!["서울"],
                Some("연합뉴스"),
                None,
                "(서울=연합뉴스) 김민수 기자 =",
                "서울시는 노선을 늘린다고 밝혔다."
            ))
        );
        assert_eq!(
            dl("[세종=뉴시스]김민수·이영희 기자 = 정부는 ...").map(|d| (d.1, d.4)),
            Some((Some("뉴시스"), "정부는 ..."))
        );
        assert_eq!(
            dl("(서울=뉴스1) = 시장은 ...").map(|d| d.0),
            Some(vec!["서울"])
        );
        // A bracketed aside with `=` but prose after it is no dateline.
        assert!(
            dl("(참고=자료) 이 조사는 지난해 시작되어 올해 끝났다는 점이 중요하다 = 결론")
                .is_none()
        );
        assert!(dl("(1=2) 수식").is_none());
    }

    #[test]
    fn place_only() {
        assert_eq!(
            dl("REYKJAVIK, Iceland – Senior diplomats met."),
            Some((
                vec!["REYKJAVIK", "Iceland"],
                None,
                None,
                "REYKJAVIK, Iceland –",
                "Senior diplomats met."
            ))
        );
        assert_eq!(
            dl("BOSTON —Standing in front of a crowd").map(|d| d.4),
            Some("Standing in front of a crowd")
        );
        assert_eq!(
            dl("NEW DELHI: India said on Monday").map(|d| d.0),
            Some(vec!["NEW DELHI"])
        );
        assert_eq!(
            dl("नई दिल्ली: केंद्र सरकार ने सोमवार को घोषणा की।").map(|d| d.0),
            Some(vec!["नई दिल्ली"])
        );
        assert_eq!(
            dl("กรุงเทพฯ - นายกรัฐมนตรีได้ประกาศมาตรการช่วยเหลือเกษตรกร").map(|d| d.0),
            Some(vec!["กรุงเทพฯ"])
        );
        assert_eq!(
            dl("القاهرة - أعلنت الحكومة اليوم عن خطة جديدة").map(|d| d.0),
            Some(vec!["القاهرة"])
        );
        assert_eq!(
            dl("RIO DE JANEIRO, March 24 - Brazil said").map(|d| d.0),
            Some(vec!["RIO DE JANEIRO"])
        );
    }

    #[test]
    fn place_and_date() {
        assert_eq!(
            dl("SANTA CRUZ, Calif., Feb 26 - Shr 34 cts vs 1.19 dlrs"),
            Some((
                vec!["SANTA CRUZ", "Calif."],
                None,
                Some("Feb 26"),
                "SANTA CRUZ, Calif., Feb 26 -",
                "Shr 34 cts vs 1.19 dlrs"
            ))
        );
        assert_eq!(
            dl("RICHMOND, Va. Feb 26 - Owens said").map(|d| (d.0, d.2)),
            Some((vec!["RICHMOND", "Va."], Some("Feb 26")))
        );
        assert_eq!(
            dl("London, March 9 - The Bank of England").map(|d| d.0),
            Some(vec!["London"])
        );
        assert_eq!(
            dl("SYDNEY, April - Australia").map(|d| (d.0, d.2)),
            Some((vec!["SYDNEY"], Some("April")))
        );
    }

    #[test]
    fn agencies() {
        assert_eq!(
            dl("LONDON, May 19 (Reuters) - Shares rose"),
            Some((
                vec!["LONDON"],
                Some("Reuters"),
                Some("May 19"),
                "LONDON, May 19 (Reuters) -",
                "Shares rose"
            ))
        );
        assert_eq!(
            dl("WASHINGTON (AP) — The Senate voted").map(|d| (d.0, d.1)),
            Some((vec!["WASHINGTON"], Some("AP")))
        );
        assert_eq!(
            dl("(CNN) -- A remote alpine lake").map(|d| (d.0, d.1, d.4)),
            Some((vec![], Some("CNN"), "A remote alpine lake"))
        );
        assert_eq!(
            dl("Mexico City (AFP) – It featured drama").map(|d| d.0),
            Some(vec!["Mexico City"])
        );
        assert_eq!(
            dl("CAMBRIDGE, Mass., Dec. 11 (UPI) — Young democrats").map(|d| (d.0, d.2)),
            Some((vec!["CAMBRIDGE", "Mass."], Some("Dec. 11")))
        );
        // A press release names its wire between slashes.
        assert_eq!(
            dl("AUSTIN, Texas, March 4, 2024 /PRNewswire/ -- Brightwater Labs today announced")
                .map(|d| (d.0, d.1, d.2, d.4)),
            Some((
                vec!["AUSTIN", "Texas"],
                Some("PRNewswire"),
                Some("March 4, 2024"),
                "Brightwater Labs today announced"
            ))
        );
        assert_eq!(dl("Cats and/or dogs/ - a choice"), None);
        // Day-first dates of the European agencies, and EFE's point and dash.
        assert_eq!(
            dl("MADRID, 12 dic (EFE).- El Consejo de Ministros aprobó"),
            Some((
                vec!["MADRID"],
                Some("EFE"),
                Some("12 dic"),
                "MADRID, 12 dic (EFE).-",
                "El Consejo de Ministros aprobó"
            ))
        );
        assert_eq!(
            dl("PARIS, 5 fév (AFP) - Le Premier ministre a annoncé").map(|d| (d.0, d.1, d.2)),
            Some((vec!["PARIS"], Some("AFP"), Some("5 fév")))
        );
        assert_eq!(
            dl("GENOVA, 14 NOV - Scuole chiuse").map(|d| (d.0, d.2, d.4)),
            Some((vec!["GENOVA"], Some("14 NOV"), "Scuole chiuse"))
        );
        assert_eq!(dl("Shares (of the firm).- fell"), None);
        // A timestamp line with a place is no dateline.
        assert_eq!(dl("Madrid, 12 dic 2023 - 10:45 CET"), None);
        assert_eq!(dl("Publicado el 03/02/2025 - 09:40"), None);
        assert!(dl("LOS ANGELES, March 16 - Jan 31 end").is_some());
        assert_eq!(
            dl("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019"),
            None
        );
    }

    #[test]
    fn opening_clauses_are_not_datelines() {
        for s in [
            "Earlier, the company said - in a statement - that it would sell.",
            "In Washington, the mood was grim — officials said nothing.",
            "Hikers first reported the color change at the lake.",
            "UPDATE: The council has responded.",
            "Note: this story is old.",
            "The mayor - who was re-elected - spoke.",
            "U.S. - China talks resumed.",
            "Monday, August 5, 2024 - 7:30 PM",
            "MAR8 -- --",
            "Jun --- --- --- 5507",
            "“We are ready,” he said - and left.",
            "Shares fell 3-1/2 points.",
        ] {
            assert!(dl(s).is_none(), "{s}");
        }
    }

    #[test]
    fn year_from_a_source() {
        let d = PartialDate {
            year: None,
            month: 12,
            day: 30,
        };
        assert_eq!(
            with_year(d, CivilDate::new(2022, 1, 2).unwrap()),
            CivilDate::new(2021, 12, 30)
        );
    }
}

//! Timestamps: when the article was published or last updated.
//!
//! ## Grammar
//!
//! ```text
//! timestamp = [label [":"] SP] datetime [tail]
//! label     = published-label / updated-label
//! published-label = "Published" ["on"] / "Posted" ["on"] / "First published" / "Publicado em" / "입력" ...
//! updated-label   = "Updated" ["on"] / "Last updated" / "Last modified" / "Atualizado em" / "수정" ...
//! tail      = [sep] 0*5( word )                    ; "· 18 min read", "- Atualizado em ..."
//! datetime  = see partial::date
//! ```
//!
//! A labelled timestamp is recognised anywhere; a bare date line (`June 12, 2024 at 6:15 a.m.`)
//! only in the front matter, where the classifier asks for it. The kind is `updated` when the
//! label says so and `published` otherwise. The date is typed when the line gives a year; the
//! time and the zone as printed, when given (no zone conversion).
//!
//! ## Examples
//!
//! ```text
//! > | Published 3:45 PM EDT, May 19, 2021
//!     ^^^^^^^^^ label (published)
//!               ^^^^^^^^^^^^^^^^^^^^^^^^^ datetime
//! > | Updated: 19 May 2021 14:02 BST
//!     ^^^^^^^^ label (updated)
//! ```

use std::borrow::Cow;

use nom::{
    IResult, Parser,
    bytes::complete::tag_no_case,
    character::complete::{char, space0, space1},
    combinator::opt,
    sequence::preceded,
};

use once_cell::sync::Lazy;

use crate::Span;
use crate::ast::{Timestamp, TimestampKind};
use crate::parser::partial::date::{self, DateTime};
use crate::parser::text::{Phrases, words_up_to};

/// The longest line read as a timestamp, in bytes.
const MAX_BYTES: usize = 200;
/// Most words after the date and time on a timestamp line.
const MAX_TAIL_WORDS: usize = 6;

/// Labels, lower case, longest first where one is a prefix of another.
const LABELS: &[(&str, TimestampKind)] = &[
    ("first published", TimestampKind::Published),
    ("originally published", TimestampKind::Published),
    ("original", TimestampKind::Published),
    ("published", TimestampKind::Published),
    ("posted", TimestampKind::Published),
    ("last updated", TimestampKind::Updated),
    ("last modified", TimestampKind::Updated),
    ("updated", TimestampKind::Updated),
    ("modified", TimestampKind::Updated),
    ("publicado", TimestampKind::Published),
    ("atualizado", TimestampKind::Updated),
    ("actualizado", TimestampKind::Updated),
    ("publié", TimestampKind::Published),
    ("mis à jour", TimestampKind::Updated),
    ("modifié", TimestampKind::Updated),
    ("modifica", TimestampKind::Updated),
    ("pubblicato", TimestampKind::Published),
    ("ultimo aggiornamento", TimestampKind::Updated),
    ("aggiornato", TimestampKind::Updated),
    ("veröffentlicht", TimestampKind::Published),
    ("aktualisiert", TimestampKind::Updated),
    // Dutch, Swedish, Polish, Turkish, Indonesian; Norwegian, Danish, Finnish below.
    ("gepubliceerd", TimestampKind::Published),
    ("laatst bijgewerkt", TimestampKind::Updated),
    ("bijgewerkt", TimestampKind::Updated),
    ("publicerad", TimestampKind::Published),
    ("uppdaterad", TimestampKind::Updated),
    // Norwegian, Danish, Finnish.
    ("publisert", TimestampKind::Published),
    ("oppdatert", TimestampKind::Updated),
    ("publiceret", TimestampKind::Published),
    ("opdateret", TimestampKind::Updated),
    ("julkaistu", TimestampKind::Published),
    ("päivitetty", TimestampKind::Updated),
    ("opublikowano", TimestampKind::Published),
    ("zaktualizowano", TimestampKind::Updated),
    ("aktualizacja", TimestampKind::Updated),
    ("yayınlanma", TimestampKind::Published),
    ("son güncelleme", TimestampKind::Updated),
    ("güncelleme", TimestampKind::Updated),
    ("diperbarui", TimestampKind::Updated),
    ("기사입력", TimestampKind::Published),
    ("입력", TimestampKind::Published),
    ("등록", TimestampKind::Published),
    ("승인", TimestampKind::Published),
    ("최종수정", TimestampKind::Updated),
    ("수정", TimestampKind::Updated),
    ("업데이트", TimestampKind::Updated),
];

/// Labels of languages that print a slashed date day first (`Publicado em 12/03/2024`).
const DAY_FIRST_LABELS: &[&str] = &[
    "publicado",
    "atualizado",
    "actualizado",
    "publié",
    "mis à jour",
    "modifié",
    "modifica",
    "pubblicato",
    "ultimo aggiornamento",
    "aggiornato",
    "veröffentlicht",
    "aktualisiert",
    "gepubliceerd",
    "laatst bijgewerkt",
    "bijgewerkt",
    "publicerad",
    "uppdaterad",
    "publisert",
    "oppdatert",
    "publiceret",
    "opdateret",
    "julkaistu",
    "päivitetty",
    "opublikowano",
    "zaktualizowano",
    "aktualizacja",
    "yayınlanma",
    "son güncelleme",
    "güncelleme",
    "diperbarui",
];

/// A label at the start of `i`, with the `on`/`at`/`em`/`el`/`am`/`le`/`il`/`op`/`:`/`[`
/// after it.
pub(crate) fn label(i: &str) -> IResult<&str, TimestampKind> {
    let Some((rest, kind)) =
        LABEL_TABLE.strip(i, |_, rest| !rest.starts_with(char::is_alphanumeric))
    else {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    };
    // A whole word only: `Posted Leeds, ...` keeps its `Le`.
    let (rest, _) = opt(preceded(
        space1,
        nom::sequence::terminated(
            nom::branch::alt((
                tag_no_case("on"),
                tag_no_case("at"),
                tag_no_case("em"),
                tag_no_case("el"),
                tag_no_case("am"),
                tag_no_case("le"),
                tag_no_case("il"),
                tag_no_case("op"),
            )),
            nom::combinator::not(nom::character::complete::satisfy(char::is_alphanumeric)),
        ),
    ))
    .parse(rest)?;
    // `기사입력 :[ 2018-08-25 15:24 ]`: some sites bracket the date.
    let (rest, _) = (space0, opt(char(':')), space0, opt(char('[')), space0).parse(rest)?;
    Ok((rest, kind))
}

static LABEL_TABLE: Lazy<Phrases<TimestampKind>> = Lazy::new(|| Phrases::new(LABELS));

/// A timestamp node from a date/time read at `offset` of the text at `base`.
pub(crate) fn node<'a>(
    input: &'a str,
    span: Span,
    kind: TimestampKind,
    dt: &DateTime,
    dt_start: usize,
) -> Timestamp<'a> {
    Timestamp {
        kind,
        text: Cow::Borrowed(span.slice(input).unwrap_or("")),
        span,
        date: dt.date.and_then(|d| d.civil()),
        time: dt.time,
        zone: dt
            .zone
            .and_then(|(a, b)| input.get(dt_start + a..dt_start + b))
            .map(Cow::Borrowed),
    }
}

/// Whether the words left after a date are few enough for the line to be a timestamp. A
/// second labelled date counts as one word (`Publié le 5 février 2025 à 18h20, mis à jour le
/// 6 février 2025 à 07h45`).
fn short_tail(tail: &str) -> bool {
    let seps = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | '-' | '–' | '—' | '|' | '·' | '•' | ':' | '/' | '(' | ')'
            )
    };
    let t = tail.trim_start_matches(seps);
    if let Ok((after, _)) = label(t)
        && let Some(dt) = date::datetime_with(after, true)
        && let Some(rest) = after.get(dt.len..)
    {
        let rest = rest.trim_start_matches(seps);
        return words_up_to(rest, MAX_TAIL_WORDS) < MAX_TAIL_WORDS;
    }
    words_up_to(t, MAX_TAIL_WORDS + 1) <= MAX_TAIL_WORDS
}

/// Units of a relative time, lower case, in the languages with an `ago` form below.
const RELATIVE_UNITS: &[&str] = &[
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
    "hrs", "h", "day", "days", "d", "week", "weeks", "month", "months", "year", "years", "minuto",
    "minutos", "hora", "horas", "dia", "dias", "día", "días", "semana", "semanas", "heure",
    "heures", "jour", "jours", "minuten", "stunde", "stunden", "tag", "tagen",
];

/// A relative time at the start of `text`: `2 hours ago`, `há 2 horas`, `hace 5 minutos`,
/// `il y a 3 heures`, `vor 2 Stunden`. Returns the bytes read.
fn relative(text: &str) -> Option<usize> {
    let (lead, rest) = ["há ", "hace ", "il y a ", "vor "]
        .iter()
        .find_map(|p| crate::parser::text::strip_prefix_ci(text, p).map(|r| (true, r)))
        .unwrap_or((false, text));
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let after_number = rest.get(digits..)?.trim_start_matches(' ');
    let unit_len = after_number
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after_number.len());
    let unit = after_number.get(..unit_len)?;
    if !crate::parser::sentence::with_lower(unit, |u| RELATIVE_UNITS.contains(&u)) {
        return None;
    }
    let after_unit = after_number.get(unit_len..)?;
    let end = if lead {
        after_unit
    } else {
        crate::parser::text::strip_prefix_ci(after_unit.trim_start_matches(' '), "ago")?
    };
    Some(text.len() - end.len())
}

/// The text after a place of one to three capitalised words and a separator (` - `, ` – `,
/// `, `, ` | `) when a date follows it: `Madrid - 12 mar 2025`, `São Paulo, 12/03/2024`.
fn after_place(text: &str) -> Option<&str> {
    let (place, rest) = split_at_place_separator(text)?;
    let words = place.split_whitespace().count();
    let placelike = (1..=3).contains(&words)
        && place.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.')
        });
    (placelike && rest.starts_with(|c: char| c.is_ascii_digit())).then_some(rest)
}

/// `text` split around its first place separator (` - `, ` – `, ` — `, `, `, ` | `). Every
/// separator opens with a space or a comma, and no two open alike: one memchr2 pass finds
/// the first, where a `split_once` per separator built a substring searcher each.
fn split_at_place_separator(text: &str) -> Option<(&str, &str)> {
    const SEPARATORS: [&str; 5] = [" - ", " – ", " — ", ", ", " | "];
    memchr::memchr2_iter(b' ', b',', text.as_bytes()).find_map(|at| {
        let here = text.get(at..)?;
        let sep = SEPARATORS.iter().find(|s| here.starts_with(**s))?;
        Some((text.get(..at)?, here.get(sep.len()..)?))
    })
}

/// A timestamp for the line at `span`. `bare` allows a line without a label.
pub(crate) fn parse(input: &str, span: Span, bare: bool) -> Option<Timestamp<'_>> {
    if span.len() > MAX_BYTES {
        return None;
    }
    let text = span.slice(input)?;
    let (after_label, kind) = match label(text) {
        Ok((rest, kind)) => (rest, Some(kind)),
        // `Madrid - 12 mar 2025 - 10:05 CET`: the place the story was filed from first.
        Err(_) if bare => (after_place(text).unwrap_or(text), None),
        Err(_) => return None,
    };
    // `Publicado em 12/03/2024`: the languages of these labels print the day first.
    let label_text = text.get(..text.len() - after_label.len()).unwrap_or("");
    // (Most lines have no label: no label to compare.)
    let day_first = !label_text.is_empty()
        && DAY_FIRST_LABELS
            .iter()
            .any(|l| crate::parser::text::strip_prefix_ci(label_text, l).is_some());
    let Some(dt) = date::datetime_with(after_label, day_first) else {
        // `2 hours ago`, `Updated 5 mins ago`, `há 2 horas`: when, but no date to type.
        let used = relative(after_label)?;
        if !short_tail(after_label.get(used..)?) {
            return None;
        }
        return Some(Timestamp {
            kind: kind.unwrap_or(TimestampKind::Published),
            text: Cow::Borrowed(text),
            span,
            date: None,
            time: None,
            zone: None,
        });
    };
    // Without a label, the line must say when in full: a date with its year, or a time (with
    // its zone when there is no date: `1:39 PM ET`). `Saturday, 26 February` under a match
    // report's headline is a fixture date, not a publication time.
    let dated_fully = dt.date.is_some_and(|d| d.year.is_some())
        || dt.time.is_some() && (dt.date.is_some() || dt.zone.is_some());
    if kind.is_none() && !dated_fully {
        return None;
    }
    let tail = after_label.get(dt.len..)?;
    if !short_tail(tail) {
        return None;
    }
    let dt_start = span.start + (text.len() - after_label.len());
    Some(node(
        input,
        span,
        kind.unwrap_or(TimestampKind::Published),
        &dt,
        dt_start,
    ))
}

/// Splits a timestamp line that carries a second labelled date (`Posted ..., updated ...`,
/// `Updated ... / Original ...`, `PUBLISHED: ... | UPDATED: ...`) into two timestamps, so
/// that both dates are read: the first keeps the separator, the second starts at its label.
/// A line with one date comes back whole.
pub(crate) fn split_second<'a>(
    input: &'a str,
    t: Timestamp<'a>,
) -> (Timestamp<'a>, Option<Timestamp<'a>>) {
    let Some(text) = t.span.slice(input) else {
        return (t, None);
    };
    let is_sep = |c: char| matches!(c, ',' | '/' | '|' | '·' | ';' | '–' | '—');
    for (at, c) in text.char_indices().filter(|&(_, c)| is_sep(c)) {
        let cut = at + c.len_utf8();
        let Some(rest) = text.get(cut..) else {
            continue;
        };
        let trimmed = rest.trim_start();
        let second_start = t.span.start + cut + (rest.len() - trimmed.len());
        if label(trimmed).is_err() {
            continue;
        }
        let second =
            parse(input, Span::new(second_start, t.span.end), false).filter(|s| s.date.is_some());
        let first = parse(input, Span::new(t.span.start, t.span.start + cut), true)
            .filter(|f| f.date == t.date && f.time == t.time);
        if let (Some(mut first), Some(second)) = (first, second) {
            // The span keeps the separator (every byte is in a block); the text does not:
            // `Published: 14:32, 27 February 2025`, not `... 2025 |`.
            if let Some(before) = text.get(..at) {
                first.text = Cow::Borrowed(before.trim_end());
            }
            return (first, Some(second));
        }
    }
    (t, None)
}

/// A clock time alone on its line (`10:42 a.m.`, `9:15 AM ET`), as a live blog heads each
/// entry: a timestamp with a time and no date. For the classifier to use in the body.
pub(crate) fn clock_line(input: &str, span: Span) -> Option<Timestamp<'_>> {
    if span.len() > 24 {
        return None;
    }
    let text = span.slice(input)?;
    let dt = date::datetime(text)?;
    let rest = text.get(dt.len..)?.trim();
    (dt.date.is_none() && dt.time.is_some() && rest.is_empty())
        .then(|| node(input, span, TimestampKind::Published, &dt, span.start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::{CivilDate, CivilTime};

    fn ts(s: &str, bare: bool) -> Option<Timestamp<'_>> {
        parse(s, Span::new(0, s.len()), bare)
    }

    #[test]
    fn live_blog_entry_times() {
        for s in ["10:42 a.m.", "9:15 AM ET", "18:05"] {
            let t = clock_line(s, Span::new(0, s.len())).unwrap();
            assert!(t.time.is_some() && t.date.is_none(), "{s}");
        }
        for s in ["10:42 a.m. Crews arrive", "March 3, 2024", "2024"] {
            assert!(clock_line(s, Span::new(0, s.len())).is_none(), "{s}");
        }
    }

    #[test]
    fn labels_in_other_languages() {
        let line = "Aktualisiert am 12.03.2024, 14:30 Uhr";
        let t = parse(line, Span::new(0, line.len()), false).unwrap();
        assert_eq!(t.kind, TimestampKind::Updated);
        assert_eq!(t.date, CivilDate::new(2024, 3, 12));
        for (line, kind) in [
            (
                "Bijgewerkt: 28 november 2026, 16:45",
                TimestampKind::Updated,
            ),
            ("Gepubliceerd op 28 november 2026", TimestampKind::Published),
            ("Güncelleme: 29.11.2026 - 11:05", TimestampKind::Updated),
            ("Publicerad 28 november 2026", TimestampKind::Published),
        ] {
            let t = parse(line, Span::new(0, line.len()), false).unwrap();
            assert_eq!(
                (t.kind, t.date),
                (
                    kind,
                    CivilDate::new(2026, 11, 28 + u8::from(line.contains("29.")))
                ),
                "{line}"
            );
        }
        let line = "2024年3月12日 14:30 来源：新华社";
        let t = parse(line, Span::new(0, line.len()), true).unwrap();
        assert_eq!(t.date, CivilDate::new(2024, 3, 12));
    }

    #[test]
    fn relative_times() {
        for (line, kind) in [
            ("2 hours ago", TimestampKind::Published),
            ("Updated 5 mins ago", TimestampKind::Updated),
            ("Atualizado há 2 horas", TimestampKind::Updated),
            ("hace 3 días", TimestampKind::Published),
        ] {
            let t = parse(line, Span::new(0, line.len()), true).unwrap();
            assert_eq!((t.kind, t.date, t.time), (kind, None, None), "{line}");
        }
        // Unlabelled only in the front matter, and never a sentence.
        assert!(parse("2 hours ago", Span::new(0, 11), false).is_none());
        let line = "2 hours ago the river burst its banks and flooded the lower town again";
        assert!(parse(line, Span::new(0, line.len()), true).is_none());
    }

    #[test]
    fn labelled_published() {
        let t = ts("Published 3:45 PM EDT, May 19, 2021", false).unwrap();
        assert_eq!(t.kind, TimestampKind::Published);
        assert_eq!(t.date, CivilDate::new(2021, 5, 19));
        assert_eq!(t.time, CivilTime::new(15, 45));
        assert_eq!(t.zone.as_deref(), Some("EDT"));
    }

    #[test]
    fn labelled_updated() {
        let t = ts("Updated: 19 May 2021 14:02 BST", false).unwrap();
        assert_eq!(t.kind, TimestampKind::Updated);
        assert_eq!(t.date, CivilDate::new(2021, 5, 19));
        assert_eq!(t.time, CivilTime::new(14, 2));
        assert_eq!(t.zone.as_deref(), Some("BST"));
        let t = ts("Last updated September 14, 2016", false).unwrap();
        assert_eq!(t.kind, TimestampKind::Updated);
        let t = ts("수정 2023.05.19 16:35", false).unwrap();
        assert_eq!(t.kind, TimestampKind::Updated);
        assert_eq!(t.date, CivilDate::new(2023, 5, 19));
    }

    #[test]
    fn bare_dates_only_when_asked() {
        assert!(ts("May 19, 2021 at 10:00 a.m.", false).is_none());
        let t = ts("May 19, 2021 at 10:00 a.m.", true).unwrap();
        assert_eq!(t.kind, TimestampKind::Published);
        assert_eq!(t.time, CivilTime::new(10, 0));
        let t = ts("Oct 15, 2015 · 18 min read", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2015, 10, 15));
        assert!(ts("1:39 PM ET", true).is_some());
        assert!(ts("10:30", true).is_none());
        assert!(ts("Saturday, 26 February", true).is_none());
        assert!(ts("March 18 at 12:22 PM", true).is_some());
    }

    #[test]
    fn romance_labels_and_times_read_the_day_first() {
        let t = ts("Publicado em 12/03/2024", false).unwrap();
        assert_eq!(t.kind, TimestampKind::Published);
        assert_eq!(t.date, CivilDate::new(2024, 3, 12));
        let t = ts("Atualizado em 04/05/2024 - 10h12", false).unwrap();
        assert_eq!(t.kind, TimestampKind::Updated);
        assert_eq!(t.date, CivilDate::new(2024, 5, 4));
        let t = ts("Publicado el 03/02/2024", false).unwrap();
        assert_eq!(t.date, CivilDate::new(2024, 2, 3));
        let t = ts("Actualizado 03/02/2024 11:20", false).unwrap();
        assert_eq!(t.kind, TimestampKind::Updated);
        assert_eq!(t.date, CivilDate::new(2024, 2, 3));
        // A bare line with a Brazilian clock time and a relative update note.
        let t = ts("12/03/2024 14h30 Atualizado há 2 horas", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2024, 3, 12));
        assert_eq!(t.time, CivilTime::new(14, 30));
        // English copy keeps the month first.
        let t = ts("Published 12/03/2024", false).unwrap();
        assert_eq!(t.date, CivilDate::new(2024, 12, 3));
        let t = ts("입력 2024.03.12 14:30", false).unwrap();
        assert_eq!(t.date, CivilDate::new(2024, 3, 12));
        let t = ts("수정 2024.03.12 15:00", false).unwrap();
        assert_eq!(t.kind, TimestampKind::Updated);
        let t = ts(
            "기사입력 2024-05-02 10:20 | 최종수정 2024-05-02 11:05",
            false,
        )
        .unwrap();
        assert_eq!(t.kind, TimestampKind::Published);
        assert_eq!(t.date, CivilDate::new(2024, 5, 2));
        let t = ts("최종수정 2024-05-02 11:05", false).unwrap();
        assert_eq!(t.kind, TimestampKind::Updated);
        let t = ts("기사입력 :[ 2024-05-02 10:20 ]", false).unwrap();
        assert_eq!(t.date, CivilDate::new(2024, 5, 2));
        assert_eq!(t.time, CivilTime::new(10, 20));
    }

    #[test]
    fn month_names_of_other_languages() {
        let t = ts("Aktualisiert am 3. März 2025, 09:41 Uhr", false).unwrap();
        assert_eq!(t.kind, TimestampKind::Updated);
        assert_eq!(t.date, CivilDate::new(2025, 3, 3));
        assert_eq!(t.time, CivilTime::new(9, 41));
        let t = ts("Pubblicato il 14 novembre 2025 alle 08:12", false).unwrap();
        assert_eq!(t.kind, TimestampKind::Published);
        assert_eq!(t.date, CivilDate::new(2025, 11, 14));
        assert_eq!(t.time, CivilTime::new(8, 12));
        let t = ts("12 dic 2025 - 14:35 CET", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2025, 12, 12));
        assert_eq!(t.zone.as_deref(), Some("CET"));
        let t = ts("Publicado el 12 de marzo de 2025 a las 10:05", false).unwrap();
        assert_eq!(t.date, CivilDate::new(2025, 3, 12));
        assert_eq!(t.time, CivilTime::new(10, 5));
        let t = ts("12 de março de 2024, 09h15", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2024, 3, 12));
        // A second, labelled date after the first is not prose.
        let t = ts(
            "Publié le 5 février 2025 à 18h20, mis à jour le 6 février 2025 à 07h45",
            false,
        )
        .unwrap();
        assert_eq!(t.date, CivilDate::new(2025, 2, 5));
        assert_eq!(t.time, CivilTime::new(18, 20));
        let t = ts(
            "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
            false,
        )
        .unwrap();
        assert_eq!(t.kind, TimestampKind::Updated);
        assert_eq!(t.time, CivilTime::new(8, 21));
        let t = ts(
            "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm",
            false,
        )
        .unwrap();
        assert_eq!(t.kind, TimestampKind::Published);
        assert_eq!(t.time, CivilTime::new(20, 59));
        // ... and the second date is read on its own.
        for (line, first, second) in [
            (
                "Posted Wed 12 Mar 2025 at 5:12am, updated Wed 12 Mar 2025 at 7:40am",
                "Posted Wed 12 Mar 2025 at 5:12am",
                "updated Wed 12 Mar 2025 at 7:40am",
            ),
            (
                "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm",
                "PUBLISHED: November 19, 2019 at 8:59 pm",
                "UPDATED: November 19, 2019 at 10:16 pm",
            ),
        ] {
            let t = ts(line, false).unwrap();
            let (a, b) = split_second(line, t.clone());
            let b = b.unwrap();
            assert_eq!((a.text.as_ref(), b.text.as_ref()), (first, second));
            // The separator stays in the first one's span: no byte is left out.
            assert_eq!(a.span.end, b.span.start - 1);
            assert_eq!((a.kind, a.date, a.time), (t.kind, t.date, t.time));
            assert_eq!(b.kind, TimestampKind::Updated);
            assert!(b.date.is_some() && b.time.is_some() && b.time != a.time);
        }
        // One date: the line comes back whole.
        let line = "Updated: May 19, 2021, 14:02 BST";
        let t = ts(line, false).unwrap();
        assert_eq!(split_second(line, t.clone()), (t, None));
        // With the day of the week.
        let t = ts("Publié le mercredi 5 février 2025 à 18h20", false).unwrap();
        assert_eq!(t.date, CivilDate::new(2025, 2, 5));
        assert_eq!(t.time, CivilTime::new(18, 20));
        let t = ts("sexta-feira, 22 de outubro de 2010 às 20:13", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2010, 10, 22));
        assert_eq!(t.time, CivilTime::new(20, 13));
        let t = ts("Montag, 3. März 2025, 09:41 Uhr", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2025, 3, 3));
        let t = ts("Martes, 12 de marzo de 2025 - 10:05", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2025, 3, 12));
        // Indonesian and Turkish.
        let t = ts("Senin, 3 Maret 2025 09:15 WIB", true).unwrap();
        assert_eq!(
            (t.date, t.time),
            (CivilDate::new(2025, 3, 3), CivilTime::new(9, 15))
        );
        let t = ts("Rabu, 17 Agustus 2022", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2022, 8, 17));
        let t = ts("12 Ekim 2024 Cumartesi 14:30", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2024, 10, 12));
        // Vietnamese: two-word weekdays, the day first.
        let t = ts("Thứ hai, 3/3/2025, 09:15 (GMT+7)", true).unwrap();
        assert_eq!(
            (t.date, t.time),
            (CivilDate::new(2025, 3, 3), CivilTime::new(9, 15))
        );
        let t = ts("Chủ nhật, 16/2/2025, 18:00 (GMT+7)", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2025, 2, 16));
        assert!(
            ts(
                "Domingo Cavallo spoke on 12 March 2025 about the peso and the banks",
                true
            )
            .is_none()
        );
        let t = ts("13 marzo 2025 (modifica il 13 marzo 2025 | 18:40)", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2025, 3, 13));
        // A place before the date.
        let t = ts("Madrid - 12 mar 2025 - 10:05 CET", true).unwrap();
        assert_eq!(t.date, CivilDate::new(2025, 3, 12));
        assert_eq!(t.time, CivilTime::new(10, 5));
        assert!(ts("Madrid - 12 mar 2025 - 10:05 CET", false).is_none());
        assert!(
            ts(
                "Madrid - 12 people were hurt when the roof of the old market fell",
                true
            )
            .is_none()
        );
        // `set` and `out` are English words: a month only with a year.
        assert!(ts("5 out of 10 readers", true).is_none());
        assert!(ts("Mis à jour le 5 out", false).is_none());
    }

    #[test]
    fn two_stamps_on_one_line() {
        let t = ts(
            "19/05/2023 às 14h02 - Atualizado em 19/05/2023 às 16h40",
            true,
        )
        .unwrap();
        assert_eq!(t.date, CivilDate::new(2023, 5, 19));
        assert_eq!(t.time, CivilTime::new(14, 2));
    }

    #[test]
    fn prose_with_a_date_is_not_a_timestamp() {
        assert!(
            ts(
                "May 19, 2021 was the day the council finally voted to close the old pier.",
                true
            )
            .is_none()
        );
        assert!(ts("Published works by the author include three novels.", false).is_none());
    }
}

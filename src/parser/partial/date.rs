//! Dates and times as news copy prints them: month names, days, years, clock times, zones.
//!
//! Shared by the [timestamp](crate::parser::timestamp), [byline](crate::parser::byline) and
//! [dateline](crate::parser::dateline) parsers. Every parser here reads from the start of its
//! input and consumes a bounded number of bytes (a date is a few tokens), so trying one at
//! each word of a bounded prefix stays linear.
//!
//! ## Grammar
//!
//! ```text
//! datetime  = [weekday-pre] date [dt-sep time [zone]]
//!           / time [zone] [td-sep [weekday-pre] date]
//! date      = month-first / day-first / iso / slashed / dotted
//! month-first = month SP day [ordinal] [[","] SP year]        ; May 19, 2021 / Feb. 21 / MARCH 5
//! day-first = day [ordinal] SP month [[","] SP year]          ; 19 May 2021 / 22 Dec, 2016
//! iso       = year "-" 2DIGIT "-" 2DIGIT                      ; 2017-03-10
//! slashed   = 1*2DIGIT "/" 1*2DIGIT "/" (4DIGIT / 2DIGIT)     ; 19/05/2023 / 9/11/13
//! dotted    = year "." 2DIGIT "." 2DIGIT / 2DIGIT "." 2DIGIT "." year   ; 2023.05.19
//! month     = month-name ["."]                                 ; any case; Jan, Sept., March
//! weekday-pre = weekday-name ["."] [","] SP                    ; Monday, / Wed
//! time      = hour ":" 2DIGIT [":" 2DIGIT] [*SP ampm] / hour *SP ampm / hour "h" 2DIGIT
//! ampm      = "a.m." / "p.m." / "am" / "pm"                   ; any case
//! zone      = SP ( known-abbreviation / ("UTC" / "GMT") [offset] / offset )
//! dt-sep    = "," SP / " at " / " - " / " – " / " | " / " · " / " às " / ": " / SP
//! td-sep    = "," SP / " on " / " - " / " | " / SP
//! ```
//!
//! A slashed date reads day first when the first number is over 12, or when a time printed
//! the Romance way follows it (`12/03/2024 14h30`, `12/03/2024 às 9:15`) or the caller
//! knows the language prints dates so; month first otherwise (`9/11/13` is 11 September
//! 2013 only if the first number cannot be a month). Two-digit
//! years are 20xx below 70 and 19xx from 70.
//!
//! ## Examples
//!
//! ```text
//! > | Published 3:45 PM EDT, May 19, 2021
//!               ^^^^^^^^^^^^^^^^^^^^^^^^^ time, zone, date
//! > | Dan Goodin - Apr 16, 2015 8:02 pm UTC
//!                  ^^^^^^^^^^^^^^^^^^^^^^^^ date, time, zone
//! > | LONDON, May 19 (Reuters) -
//!             ^^^^^^ month and day, no year
//! ```

use nom::{
    IResult, Offset, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1},
    character::complete::{char, one_of, satisfy, space0, space1},
    combinator::{map_opt, not, opt, recognize},
    sequence::{preceded, terminated},
};

use crate::ast::{CivilDate, CivilTime};

/// A date as printed: the month and day always, the year when given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PartialDate {
    pub(crate) year: Option<i32>,
    pub(crate) month: u8,
    pub(crate) day: u8,
}

impl PartialDate {
    /// A date printed with its year.
    fn dated(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year: Some(year),
            month,
            day,
        }
    }

    /// The calendar date, when the year is known and the day exists.
    pub(crate) fn civil(&self) -> Option<CivilDate> {
        CivilDate::new(self.year?, self.month, self.day)
    }
}

/// A date and/or time read from the start of some text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateTime {
    /// Bytes read.
    pub(crate) len: usize,
    pub(crate) date: Option<PartialDate>,
    pub(crate) time: Option<CivilTime>,
    /// Where the zone is, relative to the start of the text read.
    pub(crate) zone: Option<(usize, usize)>,
}

type Res<'a, T> = IResult<&'a str, T>;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Time zone abbreviations accepted after a time (upper case only, to leave words alone);
/// sorted, for a binary search.
const ZONES: &[&str] = &[
    "ACST", "AEDT", "AEST", "AKDT", "AKST", "ART", "AWST", "BRT", "BST", "CDT", "CEST", "CET",
    "CST", "CT", "EAT", "EDT", "EEST", "EET", "EST", "ET", "GMT", "HKT", "HST", "IST", "JST",
    "KST", "MDT", "MSK", "MST", "MT", "NZDT", "NZST", "PDT", "PHT", "PST", "PT", "SAST", "SGT",
    "UTC", "WAT", "WEST", "WET", "WIB",
];

/// The month number of a month name or abbreviation (`Sept`, `MARCH`, `feb`).
pub(crate) fn month_number(word: &str) -> Option<u8> {
    if word.len() < 3 || word.len() > 9 {
        return None;
    }
    MONTHS.iter().zip(1u8..).find_map(|(name, n)| {
        let abbrev = name.get(..3).unwrap_or(name);
        (word.eq_ignore_ascii_case(name)
            || word.eq_ignore_ascii_case(abbrev)
            || (n == 9 && word.eq_ignore_ascii_case("sept")))
        .then_some(n)
    })
}

/// Month names and abbreviations of French, German, Italian, Spanish, Portuguese and Russian,
/// lower case, with their numbers; English ones are [`month_number`]'s. A day-first date reads them
/// (`5 février 2025`, `3. März 2025`, `12 de março de 2024`, `12 dic 2025`).
#[rustfmt::skip]
const FOREIGN_MONTHS: &[(&str, u8)] = &[
    // French.
    ("janvier", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr", 2), ("fév", 2),
    ("mars", 3), ("avril", 4), ("avr", 4), ("mai", 5), ("juin", 6), ("juillet", 7),
    ("juil", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10),
    ("novembre", 11), ("décembre", 12), ("decembre", 12), ("déc", 12),
    // German.
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("mär", 3),
    ("juni", 6), ("juli", 7), ("oktober", 10), ("okt", 10), ("dezember", 12), ("dez", 12),
    // Italian.
    ("gennaio", 1), ("febbraio", 2), ("marzo", 3), ("aprile", 4), ("maggio", 5),
    ("giugno", 6), ("giu", 6), ("luglio", 7), ("lug", 7), ("settembre", 9), ("ottobre", 10),
    ("ott", 10), ("dicembre", 12), ("dic", 12),
    // Spanish.
    ("enero", 1), ("ene", 1), ("febrero", 2), ("abril", 4), ("abr", 4), ("mayo", 5),
    ("junio", 6), ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9),
    ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    // Portuguese.
    ("janeiro", 1), ("fevereiro", 2), ("fev", 2), ("março", 3), ("marco", 3), ("maio", 5),
    ("junho", 6), ("julho", 7), ("setembro", 9), ("outubro", 10), ("novembro", 11),
    ("dezembro", 12),
    // Russian, in the genitive a date uses.
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6),
    ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11),
    ("декабря", 12),
    // Indonesian and Malay.
    ("januari", 1), ("februari", 2), ("maret", 3), ("mei", 5), ("agustus", 8), ("agu", 8),
    ("agt", 8), ("desember", 12), ("des", 12),
    // Turkish.
    ("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6),
    ("temmuz", 7), ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
];

/// Abbreviations of [`FOREIGN_MONTHS`] that are also English words (`set`, `out`, `ago`): a
/// date reads them only with a year after them.
const FOREIGN_WORD_MONTHS: &[(&str, u8)] =
    &[("gen", 1), ("mag", 5), ("ago", 8), ("set", 9), ("out", 10)];

/// The month number of a French, German, Italian, Spanish or Portuguese month name or
/// abbreviation (any case), and whether it needs a year after it to be read as a month (the
/// abbreviations that are English words: `set`, `out`, `ago`).
pub(crate) fn foreign_month_number(word: &str) -> Option<(u8, bool)> {
    if word.len() < 3 || word.len() > 16 {
        return None;
    }
    crate::parser::sentence::with_lower(word, |w| {
        FOREIGN_MONTHS
            .iter()
            .find(|(name, _)| *name == w)
            .map(|&(_, n)| (n, false))
            .or_else(|| {
                FOREIGN_WORD_MONTHS
                    .iter()
                    .find(|(name, _)| *name == w)
                    .map(|&(_, n)| (n, true))
            })
    })
}

/// Every lower-case word [`month_number`] reads (a name, its first three letters, `sept`),
/// every [`FOREIGN_MONTHS`] name and `ago`, sorted: the words [`is_month_word`] accepts.
static MONTH_WORDS: once_cell::sync::Lazy<Vec<&'static str>> = once_cell::sync::Lazy::new(|| {
    let mut words: Vec<&'static str> = MONTHS
        .iter()
        .flat_map(|m| [*m, m.get(..3).unwrap_or(m)])
        .chain(FOREIGN_MONTHS.iter().map(|m| m.0))
        .chain(["sept", "ago"])
        .collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// The ASCII bytes that open a [`MONTH_WORDS`] word, one bit each.
static MONTH_HEADS: once_cell::sync::Lazy<u128> = once_cell::sync::Lazy::new(|| {
    MONTH_WORDS
        .iter()
        .filter_map(|w| w.bytes().next().filter(u8::is_ascii))
        .fold(0, |bits, b| bits | 1 << b)
});

/// Whether `word` (any case, no punctuation) is a month name or abbreviation, or `ago`:
/// `March`, `Sept`, `dic`, `março`; not `market` or `aprueba`, nor the foreign
/// abbreviations that are English words (`set`).
///
/// The same as `month_number(word).is_some() || matches!(foreign_month_number(word),
/// Some((_, false))) || word.eq_ignore_ascii_case("ago")`, in one lowercasing and one
/// binary search. (A non-ASCII word could lowercase to an English name only through the
/// Kelvin sign, which lowercases to `k`: no English month name has one.)
pub(crate) fn is_month_word(word: &str) -> bool {
    let bytes = word.as_bytes();
    if !(3..=10).contains(&bytes.len()) {
        return false;
    }
    // An ASCII first char lowercases to an ASCII char: unless a month word opens with that
    // one, the word is none. Most words are ruled out by their first byte.
    if let Some(&b) = bytes.first()
        && b.is_ascii()
        && *MONTH_HEADS >> b.to_ascii_lowercase() & 1 == 0
    {
        return false;
    }
    if word.is_ascii() {
        // Lowercased on the stack; `str` orders as its bytes do.
        let mut buf = [0u8; 10];
        let Some(lower) = buf.get_mut(..bytes.len()) else {
            return false;
        };
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        let lower = &*lower;
        return MONTH_WORDS
            .binary_search_by(|m| m.as_bytes().cmp(lower))
            .is_ok();
    }
    crate::parser::sentence::with_lower(word, |w| MONTH_WORDS.binary_search(&w).is_ok())
}

/// Whether `word` names a day of the week (`Monday`, `Tue`, `THURS`).
pub(crate) fn is_weekday(word: &str) -> bool {
    if word.len() < 3 || word.len() > 9 {
        return false;
    }
    WEEKDAYS.iter().any(|name| {
        word.eq_ignore_ascii_case(name)
            || word.len() <= 5
                && name
                    .get(..word.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(word))
    })
}

fn ascii_word(i: &str) -> Res<'_, &str> {
    take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)
}

/// A month name or abbreviation, with the period an abbreviation may carry.
pub(crate) fn month(i: &str) -> Res<'_, u8> {
    let (rest, m) = map_opt(ascii_word, month_number).parse(i)?;
    let (rest, _) = opt(char('.')).parse(rest)?;
    Ok((rest, m))
}

/// Days of the week in Portuguese, Spanish, French, German and Italian, lower case.
#[rustfmt::skip]
const FOREIGN_WEEKDAYS: &[&str] = &[
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
    "domingo", "segunda", "terça", "quarta", "quinta", "sexta",
    "lunes", "martes", "miércoles", "jueves", "viernes",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
    "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
];

/// Whether `word` (any case) names a day of the week in one of [`FOREIGN_WEEKDAYS`]'s
/// languages.
fn is_foreign_weekday(word: &str) -> bool {
    if !(4..=14).contains(&word.len()) {
        return false;
    }
    // Two ASCII chars open the lowercase word as they open `word`, lowercased: unless a
    // name opens with those two, the word is none (`The`, `In`, `Mr` are ruled out here).
    if let [a, b, ..] = word.as_bytes()
        && a.is_ascii()
        && b.is_ascii()
        && FOREIGN_WEEKDAY_HEADS
            .binary_search(&[a.to_ascii_lowercase(), b.to_ascii_lowercase()])
            .is_err()
    {
        return false;
    }
    // The lowercase word opens with the lowercase of its first char: unless a name opens
    // with that, the word is none, and it is not lowercased (on the heap when not ASCII).
    let initial = word.chars().next().and_then(|c| c.to_lowercase().next());
    initial.is_some_and(|c| FOREIGN_WEEKDAY_INITIALS.contains(&c))
        && crate::parser::sentence::with_lower(word, |w| {
            FOREIGN_WEEKDAYS_SORTED.binary_search(&w).is_ok()
        })
}

/// [`FOREIGN_WEEKDAYS`] sorted, for [`is_foreign_weekday`]: tried on the first word of
/// every line a date may open, it is a binary search instead of fifty comparisons.
static FOREIGN_WEEKDAYS_SORTED: once_cell::sync::Lazy<Vec<&'static str>> =
    once_cell::sync::Lazy::new(|| {
        let mut days = FOREIGN_WEEKDAYS.to_vec();
        days.sort_unstable();
        days
    });

/// The first two bytes of the [`FOREIGN_WEEKDAYS`], sorted.
static FOREIGN_WEEKDAY_HEADS: once_cell::sync::Lazy<Vec<[u8; 2]>> =
    once_cell::sync::Lazy::new(|| {
        let mut heads: Vec<[u8; 2]> = FOREIGN_WEEKDAYS
            .iter()
            .filter_map(|d| d.as_bytes().first_chunk::<2>().copied())
            .collect();
        heads.sort_unstable();
        heads.dedup();
        heads
    });

/// The first chars of the [`FOREIGN_WEEKDAYS`].
static FOREIGN_WEEKDAY_INITIALS: once_cell::sync::Lazy<Vec<char>> =
    once_cell::sync::Lazy::new(|| {
        let mut initials: Vec<char> = FOREIGN_WEEKDAYS
            .iter()
            .filter_map(|d| d.chars().next())
            .collect();
        initials.sort_unstable();
        initials.dedup();
        initials
    });

/// The word of letters and hyphens at the start of `i` (`sexta-feira`).
fn hyphenated_word(i: &str) -> Res<'_, &str> {
    take_while1(|c: char| c.is_alphabetic() || c == '-').parse(i)
}

/// Vietnamese days of the week, two words each (`Thứ hai` is Monday, `Chủ nhật` Sunday).
fn vietnamese_weekday(i: &str) -> Res<'_, ()> {
    let fail = || {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    };
    // The first word is `thứ` or `chủ` in some case: `t` or `c`, `h`, then `ứ` or `ủ`
    // (U+1EE9, U+1EE7 and their capitals: lead byte E1). Nothing else lowercases to an
    // ASCII `t`, `c` or `h`: other text is ruled out by three bytes, with no word read.
    let opens_like = |b: &[u8]| match b {
        [t, h, 0xE1, ..] => matches!(t | 0x20, b't' | b'c') && h | 0x20 == b'h',
        _ => false,
    };
    if !opens_like(i.as_bytes()) {
        return fail();
    }
    let (rest, first) = hyphenated_word(i)?;
    let (rest, _) = space1.parse(rest)?;
    let (rest, second) = hyphenated_word(rest)?;
    let ok = crate::parser::sentence::with_lower(first, |f| match f {
        "thứ" => matches!(
            second.to_lowercase().as_str(),
            "hai" | "ba" | "tư" | "năm" | "sáu" | "bảy"
        ),
        "chủ" => second.eq_ignore_ascii_case("nhật"),
        _ => false,
    });
    if ok { Ok((rest, ())) } else { fail() }
}

fn weekday_prefix(i: &str) -> Res<'_, ()> {
    let (rest, _) = alt((
        nom::combinator::verify(ascii_word, |w: &str| is_weekday(w)),
        nom::combinator::verify(hyphenated_word, is_foreign_weekday),
        nom::combinator::value("", vietnamese_weekday),
    ))
    .parse(i)?;
    let (rest, _) = opt(char('.')).parse(rest)?;
    let (rest, _) = opt(char(',')).parse(rest)?;
    let (rest, _) = space1.parse(rest)?;
    Ok((rest, ()))
}

fn digits(min: usize, max: usize) -> impl Fn(&str) -> Res<'_, &str> {
    move |i| {
        terminated(
            take_while_m_n(min, max, |c: char| c.is_ascii_digit()),
            not(satisfy(|c| c.is_ascii_digit())),
        )
        .parse(i)
    }
}

fn num<T: std::str::FromStr>(min: usize, max: usize) -> impl Fn(&str) -> Res<'_, T> {
    move |i| map_opt(digits(min, max), |s: &str| s.parse().ok()).parse(i)
}

fn day(i: &str) -> Res<'_, u8> {
    let (rest, d) = nom::combinator::verify(num::<u8>(1, 2), |d| (1..=31).contains(d)).parse(i)?;
    let (rest, _) = opt(terminated(
        alt((
            tag_no_case("st"),
            tag_no_case("nd"),
            tag_no_case("rd"),
            tag_no_case("th"),
        )),
        not(satisfy(char::is_alphanumeric)),
    ))
    .parse(rest)?;
    Ok((rest, d))
}

/// A four-digit year from 1800 to 2199, not followed by another digit.
pub(crate) fn year(i: &str) -> Res<'_, i32> {
    nom::combinator::verify(num::<i32>(4, 4), |y| (1800..2200).contains(y)).parse(i)
}

fn year_after(i: &str) -> Res<'_, i32> {
    preceded((opt(char(',')), space1), alt((year, glued_year))).parse(i)
}

/// A year with a clock time glued to it, as a scraped page joins two elements
/// (`March 5, 20249:41 AM`): the four digits, when a time `H:MM` follows at once.
fn glued_year(i: &str) -> Res<'_, i32> {
    let (rest, y) = map_opt(
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        |s: &str| s.parse::<i32>().ok().filter(|y| (1800..2200).contains(y)),
    )
    .parse(i)?;
    let clock = (
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        char(':'),
        satisfy(|c| c.is_ascii_digit()),
    );
    nom::combinator::peek(clock).parse(rest)?;
    Ok((rest, y))
}

fn month_first(i: &str) -> Res<'_, PartialDate> {
    let (rest, (month, _, day)) = (month, space1, day).parse(i)?;
    let (rest, year) = opt(year_after).parse(rest)?;
    Ok((rest, PartialDate { year, month, day }))
}

fn day_first(i: &str) -> Res<'_, PartialDate> {
    // `3. März` (German), `12 de março` (Portuguese, Spanish).
    let (rest, (day, _, _, _)) =
        (day, opt(char('.')), space1, opt(word_then_space("de"))).parse(i)?;
    if let Ok((rest, month)) = terminated(month, not(satisfy(char::is_alphabetic))).parse(rest) {
        let (rest, year) = opt(year_after).parse(rest)?;
        return Ok((rest, PartialDate { year, month, day }));
    }
    let (rest, (month, needs_year)) = foreign_month(rest)?;
    // `de 2024` after a Portuguese or Spanish month.
    let (rest, year) = opt(preceded(
        opt((space1, tag_no_case("de"), nom::combinator::peek(space1))),
        year_after,
    ))
    .parse(rest)?;
    if needs_year && year.is_none() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, PartialDate { year, month, day }))
}

/// A month name of another language ([`foreign_month_number`]), with the period an
/// abbreviation may carry, and not followed by another letter.
fn foreign_month(i: &str) -> Res<'_, (u8, bool)> {
    let (rest, m) = map_opt(take_while1(char::is_alphabetic), foreign_month_number).parse(i)?;
    let (rest, _) = opt(char('.')).parse(rest)?;
    Ok((rest, m))
}

fn iso(i: &str) -> Res<'_, PartialDate> {
    let (rest, (year, _, month, _, day)) =
        (year, char('-'), num::<u8>(2, 2), char('-'), num::<u8>(2, 2)).parse(i)?;
    Ok((rest, PartialDate::dated(year, month, day)))
}

fn short_year(i: &str) -> Res<'_, i32> {
    alt((
        year,
        map_opt(num::<i32>(2, 2), |y| {
            Some(if y < 70 { 2000 + y } else { 1900 + y })
        }),
    ))
    .parse(i)
}

fn slashed(i: &str) -> Res<'_, PartialDate> {
    let (rest, (a, _, b, _, year)) = (
        num::<u8>(1, 2),
        char('/'),
        num::<u8>(1, 2),
        char('/'),
        short_year,
    )
        .parse(i)?;
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    Ok((rest, PartialDate::dated(year, month, day)))
}

fn dotted(i: &str) -> Res<'_, PartialDate> {
    let year_first = |i| {
        let (rest, (year, _, month, _, day)) =
            (year, char('.'), num::<u8>(2, 2), char('.'), num::<u8>(2, 2)).parse(i)?;
        Ok((rest, PartialDate::dated(year, month, day)))
    };
    let day_first = |i| {
        let (rest, (day, _, month, _, year)) =
            (num::<u8>(1, 2), char('.'), num::<u8>(1, 2), char('.'), year).parse(i)?;
        Ok((rest, PartialDate::dated(year, month, day)))
    };
    alt((year_first, day_first)).parse(i)
}

/// `2024年3月12日`, as Chinese and Japanese print a date (`日` may be left out before a
/// time, and a space may follow each unit).
fn cjk(i: &str) -> Res<'_, PartialDate> {
    let (rest, (year, _, _, month, _, _, day, _)) = (
        year,
        char('年'),
        space0,
        num::<u8>(1, 2),
        char('月'),
        space0,
        num::<u8>(1, 2),
        opt(char('日')),
    )
        .parse(i)?;
    Ok((rest, PartialDate::dated(year, month, day)))
}

/// A calendar date in any of the printed forms; the month and day are checked.
pub(crate) fn date(i: &str) -> Res<'_, PartialDate> {
    let valid = |d: &PartialDate| {
        (1..=12).contains(&d.month)
            && match d.year {
                Some(y) => CivilDate::new(y, d.month, d.day).is_some(),
                None => (1..=31).contains(&d.day),
            }
    };
    nom::combinator::verify(
        alt((month_first, day_first, iso, dotted, slashed, cjk)),
        valid,
    )
    .parse(i)
}

fn ampm(i: &str) -> Res<'_, bool> {
    // `a.m.`, `p.m.`, `am`, `pm` in any case, then no letter or digit: compared as bytes
    // (this runs after every clock time).
    let b = i.as_bytes();
    let (pm, len) = match b {
        [x, b'.', y, b'.', ..] if y.eq_ignore_ascii_case(&b'm') => (x | 0x20, 4),
        [x, y, ..] if y.eq_ignore_ascii_case(&b'm') => (x | 0x20, 2),
        _ => (0, 0),
    };
    let rest = i.get(len..).unwrap_or("");
    if !matches!(pm, b'a' | b'p') || rest.starts_with(char::is_alphanumeric) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((rest, pm == b'p'))
}

fn to_24h(hour: u8, pm: Option<bool>) -> Option<u8> {
    match pm {
        None => (hour < 24).then_some(hour),
        Some(_) if hour == 0 || hour > 12 => None,
        Some(false) => Some(hour % 12),
        Some(true) => Some(hour % 12 + 12),
    }
}

/// A clock time: `3:45 PM`, `8:02 pm`, `10:00 a.m.`, `14:02`, `10AM`, `14h02`, `14.02 GMT`,
/// `2.15pm`.
pub(crate) fn time(i: &str) -> Res<'_, CivilTime> {
    let colon = |i| {
        let (rest, (h, _, m, _)) = (
            num::<u8>(1, 2),
            char(':'),
            num::<u8>(2, 2),
            opt((char(':'), num::<u8>(2, 2))),
        )
            .parse(i)?;
        let (rest, pm) = opt(preceded(space0, ampm)).parse(rest)?;
        Ok((rest, (h, m, pm)))
    };
    let bare = |i| {
        let (rest, (h, _, pm)) = (num::<u8>(1, 2), space0, ampm).parse(i)?;
        Ok((rest, (h, 0, Some(pm))))
    };
    let french = |i| {
        let (rest, (h, _, m)) = (num::<u8>(1, 2), char('h'), num::<u8>(2, 2)).parse(i)?;
        Ok((rest, (h, m, None)))
    };
    // British papers write `14.02 GMT`, `2.15pm`: a dot only with am/pm or a zone after it
    // (`4.60 per cent` is a number).
    let dotted = |i| {
        let (rest, (h, _, m)) = (num::<u8>(1, 2), char('.'), num::<u8>(2, 2)).parse(i)?;
        if let Ok((after, pm)) = preceded(space0, ampm).parse(rest) {
            return Ok((after, (h, m, Some(pm))));
        }
        nom::combinator::peek(zone).parse(rest)?;
        Ok((rest, (h, m, None)))
    };
    map_opt(alt((colon, bare, french, dotted)), |(h, m, pm)| {
        CivilTime::new(to_24h(h, pm)?, m)
    })
    .parse(i)
}

fn offset(i: &str) -> Res<'_, &str> {
    recognize((
        one_of("+-"),
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        opt((
            opt(char(':')),
            take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        )),
        not(satisfy(|c| c.is_ascii_digit())),
    ))
    .parse(i)
}

/// A time zone after a time: `EDT`, `UTC`, `GMT+1`, `+02:00`. Returns the zone text.
fn zone(i: &str) -> Res<'_, &str> {
    let named = |i| {
        let (rest, word) = terminated(
            take_while_m_n(2, 4, |c: char| c.is_ascii_uppercase()),
            not(satisfy(char::is_alphanumeric)),
        )
        .parse(i)?;
        if ZONES.binary_search(&word).is_err() {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )));
        }
        let (rest2, _) = opt(offset).parse(rest)?;
        let len = i.len() - rest2.len();
        Ok((rest2, i.get(..len).unwrap_or(word)))
    };
    // ISO 8601's `Z` (UTC), glued to the time: `10:02:00Z`.
    let utc = terminated(tag("Z"), not(satisfy(char::is_alphanumeric)));
    alt((preceded(space0, alt((named, offset))), utc)).parse(i)
}

/// `word` (lower case, ASCII) in any case, followed by a space.
fn word_then_space<'a>(word: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i: &'a str| match i.as_bytes().get(..word.len()) {
        Some(head) if head.eq_ignore_ascii_case(word.as_bytes()) => {
            let rest = i.get(word.len()..).unwrap_or("");
            space1(rest)
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

fn dt_sep(i: &str) -> Res<'_, &str> {
    alt((
        recognize((space0, word_then_space("at"))),
        recognize((space1, one_of("-–—|·•"), space1)),
        recognize((space1, alt((tag("às"), tag("à"))), space1)),
        // `alle 08:12` (Italian), `a las 14:35` (Spanish), `um 9:41` (German); the Nordic
        // `kl. 15.45` is `nordic_clock`.
        recognize((
            opt(char(',')),
            space1,
            alt((
                tag_no_case("alle"),
                tag_no_case("a las"),
                tag_no_case("a la"),
                tag_no_case("um"),
                tag_no_case("ore"),
            )),
            space1,
        )),
        recognize((one_of(",:"), space1)),
        space1,
        // ISO 8601: `2026-11-29T10:02:00Z`.
        recognize((
            char('T'),
            nom::combinator::peek(satisfy(|c| c.is_ascii_digit())),
        )),
        // Nothing, after a year a clock time is glued to (see `glued_year`).
        nom::combinator::recognize(nom::combinator::peek(satisfy(|c| c.is_ascii_digit()))),
    ))
    .parse(i)
}

/// `kl. 15.45`, `klo 15.45`: after the Nordic clock word a dotted time needs no zone or
/// am/pm to be one. Returns the separator and the time.
fn nordic_clock(i: &str) -> Res<'_, (&str, CivilTime)> {
    let (rest, sep) = recognize((
        opt(char(',')),
        space1,
        alt((tag_no_case("kl."), tag_no_case("klo"))),
        space1,
    ))
    .parse(i)?;
    let (rest, t) = map_opt(
        (num::<u8>(1, 2), one_of(".:"), num::<u8>(2, 2)),
        |(h, _, m)| CivilTime::new(h, m).filter(|_| h < 24),
    )
    .parse(rest)?;
    Ok((rest, (sep, t)))
}

fn td_sep(i: &str) -> Res<'_, &str> {
    alt((
        recognize((space1, word_then_space("on"))),
        recognize((space1, one_of("-–—|·•"), space1)),
        recognize((char(','), space1)),
        space1,
    ))
    .parse(i)
}

fn zone_span(start: &str, zone: &str) -> (usize, usize) {
    let at = start.offset(zone);
    (at, at + zone.len())
}

/// Whether a date or time can start with `i`: a digit, or the first three letters of a month
/// or weekday name. A cheap test before the parsers run.
fn may_start_datetime(i: &str) -> bool {
    may_start_english(i)
        || may_open_foreign_weekday(i)
            && hyphenated_word(i).is_ok_and(|(_, w)| is_foreign_weekday(w))
        || vietnamese_weekday(i).is_ok()
}

/// Whether the word opening `i` may be one of the [`FOREIGN_WEEKDAYS`]: [`is_foreign_weekday`]'s
/// test of its first two bytes, made on `i` before the word is read (the word opens with
/// them when it is long enough to be a weekday). Most lines open with a word of another
/// head.
fn may_open_foreign_weekday(i: &str) -> bool {
    match i.as_bytes() {
        [a, b, ..] if a.is_ascii() && b.is_ascii() => FOREIGN_WEEKDAY_HEADS
            .binary_search(&[a.to_ascii_lowercase(), b.to_ascii_lowercase()])
            .is_ok(),
        _ => true,
    }
}

/// [`may_start_datetime`] for the English names and for digits.
fn may_start_english(i: &str) -> bool {
    match i.as_bytes() {
        [c, ..] if c.is_ascii_digit() => true,
        [a, b, c, ..] if a.is_ascii_alphabetic() => matches!(
            [a | 0x20, b | 0x20, c | 0x20],
            [b'j', b'a', b'n']
                | [b'f', b'e', b'b']
                | [b'm', b'a', b'r']
                | [b'a', b'p', b'r']
                | [b'm', b'a', b'y']
                | [b'j', b'u', b'n']
                | [b'j', b'u', b'l']
                | [b'a', b'u', b'g']
                | [b's', b'e', b'p']
                | [b'o', b'c', b't']
                | [b'n', b'o', b'v']
                | [b'd', b'e', b'c']
                | [b'm', b'o', b'n']
                | [b't', b'u', b'e']
                | [b'w', b'e', b'd']
                | [b't', b'h', b'u']
                | [b'f', b'r', b'i']
                | [b's', b'a', b't']
                | [b's', b'u', b'n']
        ),
        _ => false,
    }
}

/// `d` read day first, when it was printed as a slashed date whose first two numbers can
/// both be a month (`12/03/2024`), and the other reading is a valid date.
fn day_first_reading(printed: &str, d: PartialDate) -> PartialDate {
    let swapped = PartialDate {
        month: d.day,
        day: d.month,
        ..d
    };
    let slashed = printed.starts_with(|c: char| c.is_ascii_digit()) && printed.contains('/');
    if slashed && d.day <= 12 && swapped.civil().is_some() {
        swapped
    } else {
        d
    }
}

/// Reads a date and/or time from the start of `i`.
pub(crate) fn datetime(i: &str) -> Option<DateTime> {
    datetime_with(i, false)
}

/// [`datetime`]; with `day_first`, an ambiguous slashed date (`12/03/2024`) is read day
/// first, as the languages whose labels say so print it (`Publicado em 12/03/2024`). A
/// clock time written `14h30` or after `às` says so too, whatever the label.
pub(crate) fn datetime_with(i: &str, day_first: bool) -> Option<DateTime> {
    if !may_start_datetime(i) {
        return None;
    }
    let date_first = |s: &str| -> Option<DateTime> {
        let (s1, _) = opt(weekday_prefix).parse(s).ok()?;
        let (mut rest, mut d) = date(s1).ok()?;
        let printed = s1.get(..s1.len() - rest.len()).unwrap_or("");
        if day_first {
            d = day_first_reading(printed, d);
        }
        let mut time_ = None;
        let mut zone_ = None;
        if let Ok((r, (sep, t))) = alt(((dt_sep, time), nordic_clock)).parse(rest) {
            let romance = sep.contains('à')
                || rest
                    .get(sep.len()..rest.len() - r.len())
                    .is_some_and(|t| t.contains('h'));
            if romance && !day_first {
                d = day_first_reading(printed, d);
            }
            time_ = Some(t);
            rest = r;
            if let Ok((r, z)) = zone(rest) {
                zone_ = Some(zone_span(i, z));
                rest = r;
            }
        }
        Some(DateTime {
            len: i.len() - rest.len(),
            date: Some(d),
            time: time_,
            zone: zone_,
        })
    };
    let time_first = |s: &str| -> Option<DateTime> {
        let (mut rest, t) = time(s).ok()?;
        let mut zone_ = None;
        if let Ok((r, z)) = zone(rest) {
            zone_ = Some(zone_span(i, z));
            rest = r;
        }
        let mut date_ = None;
        if let Ok((r, (_, _, d))) = (td_sep, opt(weekday_prefix), date).parse(rest) {
            date_ = Some(d);
            rest = r;
        }
        Some(DateTime {
            len: i.len() - rest.len(),
            date: date_,
            time: Some(t),
            zone: zone_,
        })
    };
    date_first(i).or_else(|| time_first(i))
}

/// The first place within the first `limit` bytes of `s` where a word starts and a date
/// (not a bare time) can be read; returns its offset and the reading.
pub(crate) fn find_date(s: &str, limit: usize) -> Option<(usize, DateTime)> {
    let mut prev_alnum = false;
    for (at, c) in s.char_indices() {
        if at > limit {
            break;
        }
        if !prev_alnum
            && c.is_ascii_alphanumeric()
            && let Some(rest) = s.get(at..)
            && let Some(dt) = datetime(rest)
            && dt.date.is_some()
        {
            return Some((at, dt));
        }
        prev_alnum = c.is_alphanumeric();
    }
    None
}

/// Whether `s` starts with a word of letters followed by nothing alphabetic (a helper for
/// callers that need a month-only date such as `SYDNEY, April -`).
pub(crate) fn month_only(i: &str) -> Res<'_, u8> {
    terminated(month, not(satisfy(char::is_alphanumeric))).parse(i)
}

/// Skips spaces and tabs.
pub(crate) fn skip_space(i: &str) -> &str {
    i.trim_start_matches([' ', '\t'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_weekdays_in_any_case() {
        for day in ["Thứ hai", "THỨ BA", "thứ sáu", "Chủ nhật", "CHỦ nhật"] {
            assert!(vietnamese_weekday(day).is_ok(), "{day}");
        }
        for other in ["The day", "Chu nhat", "Thu hai", "thư hai", "Chú nhật"] {
            assert!(vietnamese_weekday(other).is_err(), "{other}");
        }
    }

    #[test]
    fn foreign_weekdays_in_any_case() {
        let slow = |w: &str| FOREIGN_WEEKDAYS.contains(&w.to_lowercase().as_str());
        let mut words: Vec<String> = Vec::new();
        for d in FOREIGN_WEEKDAYS {
            words.push(d.to_string());
            words.push(d.to_uppercase());
            words.push(d.to_ascii_uppercase());
            let mut c = d.chars();
            words.extend(
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect::<String>()),
            );
        }
        words.extend(
            [
                "The",
                "Samsung",
                "Mardi-Gras",
                "SEXTA-FEIRA",
                "İstanbul",
                "Çarşı",
                "x",
                "Sab",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(is_foreign_weekday(w), slow(w), "{w:?}");
        }
    }

    #[test]
    fn month_words_agree_with_both_tables() {
        let slow = |w: &str| {
            w.len() >= 3
                && w.len() <= 10
                && (month_number(w).is_some()
                    || matches!(foreign_month_number(w), Some((_, false)))
                    || w.eq_ignore_ascii_case("ago"))
        };
        let tables = MONTHS
            .iter()
            .copied()
            .chain(FOREIGN_MONTHS.iter().map(|m| m.0))
            .chain(FOREIGN_WORD_MONTHS.iter().map(|m| m.0))
            .chain(WEEKDAYS);
        for w in tables.chain([
            "sept",
            "Sept.",
            "market",
            "aprueba",
            "MÄRZ",
            "Édith",
            "\u{212A}kt",
            "\u{130}ago",
            "МАЯ",
            "Июня",
            "марта",
            "Мартa",
            "1990",
        ]) {
            for w in [
                w.to_owned(),
                w.to_uppercase(),
                w.get(..3).unwrap_or(w).to_owned(),
            ] {
                assert_eq!(is_month_word(&w), slow(&w), "{w}");
            }
        }
    }

    /// Bytes read, (year, month, day), (hour, minute), zone.
    type Reading<'s> = (
        usize,
        Option<(Option<i32>, u8, u8)>,
        Option<(u8, u8)>,
        Option<&'s str>,
    );

    fn dt(s: &str) -> Option<Reading<'_>> {
        let d = datetime(s)?;
        Some((
            d.len,
            d.date.map(|d| (d.year, d.month, d.day)),
            d.time.map(|t| (t.hour, t.minute)),
            d.zone.and_then(|(a, b)| s.get(a..b)),
        ))
    }

    #[test]
    fn month_names_in_any_case() {
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("MArch"), Some(3));
        assert_eq!(month_number("sept"), Some(9));
        assert_eq!(month_number("Sep"), Some(9));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Mayor"), None);
        assert_eq!(month("Feb. 21"), Ok((" 21", 2)));
    }

    #[test]
    fn month_first_dates() {
        assert_eq!(
            dt("May 19, 2021"),
            Some((12, Some((Some(2021), 5, 19)), None, None))
        );
        assert_eq!(
            dt("Feb 26 - text"),
            Some((6, Some((None, 2, 26)), None, None))
        );
        assert_eq!(dt("MARCH 5 -"), Some((7, Some((None, 3, 5)), None, None)));
        assert_eq!(
            dt("Monday, August 5, 2024 - 7:30 PM"),
            Some((32, Some((Some(2024), 8, 5)), Some((19, 30)), None))
        );
        assert_eq!(
            dt("Wednesday May 19 2021, on"),
            Some((21, Some((Some(2021), 5, 19)), None, None))
        );
    }

    #[test]
    fn nordic_clock_times() {
        let dt = datetime("28.11.2026 kl. 15.45").expect("a date and time");
        assert_eq!(dt.time, CivilTime::new(15, 45));
        let dt = datetime("14 mars 2025 klo 8.15").expect("a date and time");
        assert_eq!(dt.time, CivilTime::new(8, 15));
        // Without the clock word a dotted number after a date is no time.
        let dt = datetime("March 3, 2024 4.50 million").expect("a date");
        assert_eq!(dt.time, None);
    }

    #[test]
    fn british_dotted_times() {
        assert_eq!(
            dt("Mon 3 Mar 2025 14.02 GMT"),
            Some((24, Some((Some(2025), 3, 3)), Some((14, 2)), Some("GMT")))
        );
        assert_eq!(
            time("2.15pm x").map(|(_, t)| (t.hour, t.minute)),
            Ok((14, 15))
        );
        assert!(time("4.60 per cent").is_err());
    }

    #[test]
    fn day_first_and_numeric_dates() {
        assert_eq!(
            dt("19 May 2021 14:02 BST"),
            Some((21, Some((Some(2021), 5, 19)), Some((14, 2)), Some("BST")))
        );
        assert_eq!(
            dt("22 Dec, 2016 x"),
            Some((12, Some((Some(2016), 12, 22)), None, None))
        );
        assert_eq!(
            dt("2023.05.19 14:02"),
            Some((16, Some((Some(2023), 5, 19)), Some((14, 2)), None))
        );
        assert_eq!(
            dt("19/05/2023 às 14h02"),
            Some((20, Some((Some(2023), 5, 19)), Some((14, 2)), None))
        );
        assert_eq!(
            dt("2017-03-10 09:58:03"),
            Some((19, Some((Some(2017), 3, 10)), Some((9, 58)), None))
        );
        assert_eq!(
            dt("9/11/13 10:00AM").map(|d| d.1),
            Some(Some((Some(2013), 9, 11)))
        );
    }

    #[test]
    fn slashed_dates_read_day_first_in_romance_copy() {
        // `14h30` and `às` are how Portuguese and French pages print the time: their
        // dates are day first.
        assert_eq!(
            dt("12/03/2024 14h30"),
            Some((16, Some((Some(2024), 3, 12)), Some((14, 30)), None))
        );
        assert_eq!(
            dt("05/04/2023 às 9:15").map(|d| d.1),
            Some(Some((Some(2023), 4, 5)))
        );
        // Without such a sign, month first; asked for, day first.
        assert_eq!(
            dt("12/03/2024 2:30 PM").map(|d| d.1),
            Some(Some((Some(2024), 12, 3)))
        );
        let d = datetime_with("12/03/2024", true).and_then(|d| d.date);
        assert_eq!(d.map(|d| (d.month, d.day)), Some((3, 12)));
        // Not slashed, or not ambiguous: unchanged.
        let d = datetime_with("2024.03.12", true).and_then(|d| d.date);
        assert_eq!(d.map(|d| (d.month, d.day)), Some((3, 12)));
        let d = datetime_with("25/03/2024", true).and_then(|d| d.date);
        assert_eq!(d.map(|d| (d.month, d.day)), Some((3, 25)));
    }

    #[test]
    fn times_with_zones() {
        assert_eq!(
            dt("3:45 PM EDT, May 19, 2021"),
            Some((25, Some((Some(2021), 5, 19)), Some((15, 45)), Some("EDT")))
        );
        assert_eq!(
            dt("Apr 16, 2015 8:02 pm UTC"),
            Some((24, Some((Some(2015), 4, 16)), Some((20, 2)), Some("UTC")))
        );
        assert_eq!(
            dt("June 12, 2024 at 6:15 a.m."),
            Some((26, Some((Some(2024), 6, 12)), Some((6, 15)), None))
        );
        assert_eq!(
            dt("1:39 PM ET"),
            Some((10, None, Some((13, 39)), Some("ET")))
        );
        assert_eq!(dt("12:00 am"), Some((8, None, Some((0, 0)), None)));
        assert_eq!(
            dt("2019-11-18T20:51:19Z Science"),
            Some((20, Some((Some(2019), 11, 18)), Some((20, 51)), Some("Z")))
        );
        assert_eq!(
            dt("2019-11-18T20:51:19+01:00"),
            Some((
                25,
                Some((Some(2019), 11, 18)),
                Some((20, 51)),
                Some("+01:00")
            ))
        );
    }

    #[test]
    fn not_dates() {
        assert_eq!(dt("May I ask"), None);
        assert_eq!(dt("March on Washington"), None);
        assert_eq!(dt("Feb 30, 2021"), None);
        assert_eq!(dt("13:75"), None);
        assert_eq!(dt("1987. A year"), None);
        assert_eq!(dt("3.5 percent"), None);
        assert_eq!(dt("2,858,000"), None);
        assert_eq!(dt("Mayor Smith"), None);
    }

    #[test]
    fn year_is_not_swallowed_from_a_longer_number() {
        assert_eq!(
            dt("22 Dec 2016651"),
            Some((6, Some((None, 12, 22)), None, None))
        );
        // But a clock time glued to a year is read: `March 5, 20249:41 AM`.
        let d = datetime("March 5, 20249:41 AM GMTUpdated 2 hours ago").unwrap();
        assert_eq!(
            d.date.map(|d| (d.year, d.month, d.day)),
            Some((Some(2024), 3, 5))
        );
        assert_eq!(d.time.map(|t| (t.hour, t.minute)), Some((9, 41)));
    }

    #[test]
    fn find_date_skips_to_a_word_start() {
        let s = "by Regan September 15, 2014";
        let (at, d) = find_date(s, 100).unwrap();
        assert_eq!(at, 9);
        assert_eq!(d.len, 18);
        assert!(find_date("Mr3 May", 100).is_none());
        assert!(find_date("no date here at all", 100).is_none());
    }
}

//! Front matter: headline, byline, dateline, timestamps, and the civil dates they carry.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{Owned, Remap};
use crate::Span;

/// The title of the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Headline<'a> {
    /// The headline as written.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
}

impl Headline<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Headline<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Headline<'b> {
        Headline {
            text: m.text(self.text),
            span: m.span(self.span),
        }
    }
}

/// One author named on a byline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Author<'a> {
    /// The name as written (`Matthew Lee`).
    pub name: Cow<'a, str>,
    /// Where the name is.
    pub span: Span,
    /// The author's part in the story, as written (`Reporting` in `Reporting by ...`), if
    /// the line gives one.
    #[serde(default)]
    pub role: Option<Cow<'a, str>>,
}

impl Author<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Author<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Author<'b> {
        Author {
            name: m.text(self.name),
            span: m.span(self.span),
            role: m.text_opt(self.role),
        }
    }
}

/// The author line: `By Jane Doe and John Roe, Associated Press`.
///
/// `text` is the credit itself, as written: the names with the organisation and role given
/// with them, without the `By` prefix, the date on the line or social handles (for
/// `Dan Goodin - Apr 16, 2015 8:02 pm UTC` it is `Dan Goodin`; a credit line
/// `Reporting by X; Editing by Y` is kept whole). `span` covers the whole line (and a job
/// title or a `Reporting from` line under it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Byline<'a> {
    /// The credit as written, without prefix, date and handles.
    pub text: Cow<'a, str>,
    /// Where the whole byline is.
    pub span: Span,
    /// Where `text` is.
    #[serde(default)]
    pub text_span: Span,
    /// Each author named.
    pub authors: Vec<Author<'a>>,
    /// The organisation the authors write for (`Associated Press`), if named.
    pub organization: Option<Cow<'a, str>>,
    /// A role given on the line (`Staff Writer`, `Editing by`), if any.
    pub role: Option<Cow<'a, str>>,
    /// A date or time printed on the same line, if any.
    pub timestamp: Option<Timestamp<'a>>,
    /// Where the authors report from, given on a line under the names (`Alder Springs,
    /// Mont.` from `Reporting from Alder Springs, Mont.`), if any.
    #[serde(default)]
    pub location: Option<Cow<'a, str>>,
}

impl Byline<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Byline<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Byline<'b> {
        Byline {
            text: m.text(self.text),
            span: m.span(self.span),
            text_span: m.span(self.text_span),
            authors: self.authors.into_iter().map(|x| x.remap(m)).collect(),
            organization: m.text_opt(self.organization),
            role: m.text_opt(self.role),
            timestamp: self.timestamp.map(|x| x.remap(m)),
            location: m.text_opt(self.location),
        }
    }
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CivilDate {
    /// The year (`2021`).
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

impl CivilDate {
    /// A date, if the month and day exist in that year (the Gregorian calendar).
    #[must_use]
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(CivilDate { year, month, day })
    }
}

/// A time of day, as printed (no time zone conversion is made).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CivilTime {
    /// Hour, 0 to 23.
    pub hour: u8,
    /// Minute, 0 to 59.
    pub minute: u8,
}

impl CivilTime {
    /// A time, if the hour and minute are in range.
    #[must_use]
    pub fn new(hour: u8, minute: u8) -> Option<Self> {
        (hour < 24 && minute < 60).then_some(CivilTime { hour, minute })
    }
}

/// Whether a timestamp says when the article was first published or last changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TimestampKind {
    /// `Published ...`, `Posted ...`, or a bare date under the headline.
    Published,
    /// `Updated ...`, `Last modified ...`.
    Updated,
}

/// A publication or update time: `Published 3:45 PM EDT, May 19, 2021`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Timestamp<'a> {
    /// Published or updated.
    pub kind: TimestampKind,
    /// The text as written; of the first of two stamps sharing a line, without the
    /// separator after it (`Published: 14:32, 27 February 2025`, where the span ends with
    /// its ` |`).
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
    /// The date, when it can be resolved.
    pub date: Option<CivilDate>,
    /// The time of day, when given.
    pub time: Option<CivilTime>,
    /// The time zone as written (`EDT`, `UTC`, `+02:00`), when given.
    pub zone: Option<Cow<'a, str>>,
}

impl Timestamp<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Timestamp<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Timestamp<'b> {
        Timestamp {
            kind: self.kind,
            text: m.text(self.text),
            span: m.span(self.span),
            date: self.date,
            time: self.time,
            zone: m.text_opt(self.zone),
        }
    }
}

/// The place (and agency, and date) that opens a wire story: `LONDON, May 19 (Reuters) -`.
///
/// A dateline is not a block of its own: it starts the first body paragraph, whose `text`
/// is what follows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dateline<'a> {
    /// The dateline as written, separator included.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
    /// The place, in parts: `["SANTA CRUZ", "Calif."]`.
    pub place: Vec<Cow<'a, str>>,
    /// The news agency named (`Reuters`, `AP`), if any.
    pub agency: Option<Cow<'a, str>>,
    /// The date as written (`Feb 26`), if any.
    pub date: Option<Cow<'a, str>>,
    /// The date as a calendar date, when the article gives the year elsewhere.
    pub resolved_date: Option<CivilDate>,
}

impl Dateline<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Dateline<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Dateline<'b> {
        Dateline {
            text: m.text(self.text),
            span: m.span(self.span),
            place: self.place.into_iter().map(|t| m.text(t)).collect(),
            agency: m.text_opt(self.agency),
            date: m.text_opt(self.date),
            resolved_date: self.resolved_date,
        }
    }
}

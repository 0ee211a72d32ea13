//! Quotations and their attribution.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{Owned, Remap};
use crate::Span;

/// What sort of quotation a [`Quote`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuoteKind {
    /// A quoted sentence or more: `“We are ready,” she said.`
    Full,
    /// A quoted phrase inside the writer's sentence: `had been “constructive”`.
    Partial,
    /// A quotation running over several paragraphs.
    MultiParagraph,
    /// A term or scare quote, with no speaker: `the so-called “high north”`.
    Scare,
    /// Reported speech without quotation marks: `she said the plan was ready`.
    Indirect,
    /// The words of a social-media post embedded in the page, attributed to the account its
    /// signature names ([`Embed`](crate::Embed)): no quotation marks, no cue verb.
    Post,
}

/// Who is quoted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Speaker<'a> {
    /// The resolved name: the fullest form of the name introduced in the article
    /// (`Antony Blinken` for a mention `he` or `Blinken`); the mention itself when it could
    /// not be resolved.
    pub name: Cow<'a, str>,
    /// The mention as written next to the quote (`he`, `Blinken`, `the official`).
    pub mention: Cow<'a, str>,
    /// Where the mention is.
    pub span: Span,
    /// A title or role introduced with the name (`US Secretary of State`), if any.
    pub title: Option<Cow<'a, str>>,
    /// Whether `name` was resolved from the mention (false: `name` is the mention).
    pub resolved: bool,
}

impl Speaker<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Speaker<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Speaker<'b> {
        Speaker {
            name: m.text(self.name),
            mention: m.text(self.mention),
            span: m.span(self.span),
            title: m.text_opt(self.title),
            resolved: self.resolved,
        }
    }
}

/// The speech verb that attributes a quote (`said`, `told`, `according to`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Cue<'a> {
    /// The verb as written.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
}

impl Cue<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Cue<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Cue<'b> {
        Cue {
            text: m.text(self.text),
            span: m.span(self.span),
        }
    }
}

/// A source the quote is credited to besides its speaker: `according to the Tass news agency`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Source<'a> {
    /// The source as written.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
}

impl Source<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Source<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Source<'b> {
        Source {
            text: m.text(self.text),
            span: m.span(self.span),
        }
    }
}

/// A quotation, direct or reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Quote<'a> {
    /// The quoted words, quotation marks excluded.
    pub text: Cow<'a, str>,
    /// Where the quotation is, its marks included.
    pub span: Span,
    /// Full, partial, multi-paragraph, scare or indirect.
    pub kind: QuoteKind,
    /// Who says it, if attributed.
    pub speaker: Option<Speaker<'a>>,
    /// The speech verb, if any.
    pub cue: Option<Cue<'a>>,
    /// An `according to` source, if any.
    pub source: Option<Source<'a>>,
    /// Index in [`Article::blocks`](crate::Article::blocks) of the block the quote starts in:
    /// a paragraph, or the headline.
    pub block: usize,
    /// For a fragment quoted inside reported speech (a mixed quotation: `said the talks
    /// had been “constructive”`), the index in [`Article::quotes`](crate::Article::quotes)
    /// of the [`QuoteKind::Indirect`] quote it is part of.
    pub part_of: Option<usize>,
}

impl Quote<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Quote<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Quote<'b> {
        Quote {
            text: m.text(self.text),
            span: m.span(self.span),
            kind: self.kind,
            speaker: self.speaker.map(|x| x.remap(m)),
            cue: self.cue.map(|x| x.remap(m)),
            source: self.source.map(|x| x.remap(m)),
            block: self.block,
            part_of: self.part_of,
        }
    }
}

//! Positioned warnings about broken text.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::Span;

/// What looks broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// Punctuation with nothing to punctuate: `Reykjavik, . .`
    StrayPunctuation,
    /// The same attribution twice: `he said. he said,`
    RepeatedAttribution,
    /// A quotation mark of the wrong direction or style closes a quote.
    MismatchedQuote,
    /// A quotation mark that is never closed.
    UnclosedQuote,
    /// A block that repeats an earlier one.
    DuplicateBlock,
    /// A phrase split across a sentence boundary: `Korea. North`
    SplitPhrase,
    /// A [`ParseOptions`](crate::ParseOptions) limit stopped some work early.
    LimitReached,
    /// UTF-8 text decoded as Windows-1252 and encoded again: `â€œ` for `“`, `Ã©` for `é`.
    Mojibake,
    /// An HTML character reference left undecoded: `&quot;`, `&amp;`, `&#8217;`.
    HtmlEntity,
    /// An HTML tag left in the text: `<br>`, `</p>`, `<a href="...">`.
    HtmlTag,
    /// Two sentences run together, the space after the period lost: `was 5-4.The council`.
    MissingSpace,
}

/// A warning about the text, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// What looks broken.
    pub kind: DiagnosticKind,
    /// Where.
    pub span: Span,
    /// A sentence for a reader.
    pub message: Cow<'static, str>,
}

impl Diagnostic {
    /// The diagnostic with its span passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl super::Remap<'b>) -> Self {
        Diagnostic {
            span: m.span(self.span),
            ..self
        }
    }

    /// A diagnostic.
    #[must_use]
    pub fn new(kind: DiagnosticKind, span: Span, message: impl Into<Cow<'static, str>>) -> Self {
        Diagnostic {
            kind,
            span,
            message: message.into(),
        }
    }
}

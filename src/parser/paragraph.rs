//! Paragraphs: body prose.
//!
//! ## Grammar
//!
//! ```text
//! paragraph = [ dateline ] text
//! text      = line *( LF line )
//! ```
//!
//! Any block no other construct claims is a paragraph. A dateline opening the first body
//! paragraph is split off by the dateline parser; the paragraph's `text` is what follows.

use std::borrow::Cow;

use crate::Span;
use crate::ast::Paragraph;

/// A paragraph whose text starts at `text_span` within the block at `span`.
pub(crate) fn build(input: &str, span: Span, text_span: Span) -> Paragraph<'_> {
    Paragraph {
        text: Cow::Borrowed(text_span.slice(input).unwrap_or("")),
        span,
        text_span,
        quotes: Vec::new(),
    }
}

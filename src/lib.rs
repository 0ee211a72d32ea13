//! `newsparse` parses the plain text of a news article into a typed, lossless syntax tree.
//!
//! One call, [`parse_article`], gives the headline, byline, dateline, timestamps, body
//! blocks, photo captions with credits, quotations with speaker and cue, page boilerplate by
//! kind, and positioned diagnostics for broken text. Every node carries a [`Span`] of byte
//! offsets into the input, and the top-level [`Article::blocks`] partition the input: in
//! order, without overlap, covering every byte that is not whitespace.
//!
//! ```
//! let text = "Ministers meet in Reykjavik\n\nThe two ministers met on Wednesday.\n";
//! let article = newsparse::parse_article(text)?;
//! assert_eq!(article.headline.as_ref().map(|h| &*h.text), Some("Ministers meet in Reykjavik"));
//! assert_eq!(article.body().count(), 1);
//! # Ok::<(), newsparse::ParseError>(())
//! ```
//!
//! The tree serialises with serde to a versioned JSON shape (`schema_version` 1): see
//! [`Article`] and the README.
//!
//! Input that is not an article at all (empty, binary, too large, not UTF-8) is a
//! [`ParseError`]; anything else parses, with [`Diagnostic`]s for what looks broken.

/// Not public API: per-phase hooks for the benchmarks (feature `bench-internals`).
#[cfg(feature = "bench-internals")]
#[doc(hidden)]
#[path = "bench.rs"]
pub mod __bench;
mod ast;
mod error;
mod options;
mod parser;
mod span;

pub use ast::{
    Article, Author, Block, Boilerplate, BoilerplateKind, Byline, Caption, CivilDate, CivilTime,
    Cue, Dateline, Dek, Diagnostic, DiagnosticKind, Embed, EmbedPlatform, Headline, List, ListItem,
    Paragraph, Quote, QuoteKind, SCHEMA_VERSION, SignOff, SignOffKind, Source, Speaker, Subheading,
    Timestamp, TimestampKind,
};
pub use error::{ErrorKind, ParseError};
pub use options::ParseOptions;
pub use span::{LineCol, LineIndex, Span};

/// Parses an article with the default [`ParseOptions`].
///
/// # Errors
///
/// A [`ParseError`] when the input is empty or whitespace only, contains a NUL byte, or is
/// longer than [`ParseOptions::max_input_bytes`]. Any other text parses.
///
/// # Examples
///
/// ```
/// let article = newsparse::parse_article("Title\n\nBody text.")?;
/// assert_eq!(article.blocks.len(), 2);
/// assert!(newsparse::parse_article("  \n ").is_err());
/// # Ok::<(), newsparse::ParseError>(())
/// ```
pub fn parse_article(input: &str) -> Result<Article<'_>, ParseError> {
    parser::parse(input, &ParseOptions::default())
}

/// Parses an article with the given options.
///
/// # Errors
///
/// As [`parse_article`], with the limits of `options`.
///
/// # Examples
///
/// ```
/// use newsparse::{ErrorKind, ParseOptions};
/// let options = ParseOptions::default().with_max_input_bytes(8);
/// let err = newsparse::parse_article_with("A longer article", &options).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::TooLarge { size: 16, limit: 8 }));
/// ```
pub fn parse_article_with<'a>(
    input: &'a str,
    options: &ParseOptions,
) -> Result<Article<'a>, ParseError> {
    parser::parse(input, options)
}

/// Parses an article given as bytes, which must be UTF-8.
///
/// # Errors
///
/// [`ErrorKind::InvalidUtf8`] with the offset of the first invalid byte, or any error of
/// [`parse_article_with`].
///
/// # Examples
///
/// ```
/// use newsparse::ErrorKind;
/// let err = newsparse::parse_article_bytes(b"Title\n\nCaf\xe9", &Default::default()).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidUtf8 { offset: 10 });
/// ```
pub fn parse_article_bytes<'a>(
    input: &'a [u8],
    options: &ParseOptions,
) -> Result<Article<'a>, ParseError> {
    parser::check_size(input.len(), options)?;
    match std::str::from_utf8(input) {
        Ok(text) => parser::parse(text, options),
        Err(e) => {
            let offset = e.valid_up_to();
            Err(ParseError::new(
                ErrorKind::InvalidUtf8 { offset },
                Span::new(offset, offset + 1),
            ))
        }
    }
}

/// Parses many articles with the same options, one result per input, in input order.
///
/// With the `rayon` feature the inputs are parsed on all cores (rayon's global thread pool);
/// without it, one after the other. Each result is what [`parse_article_with`] gives for
/// that input: one bad input does not stop the others.
///
/// # Examples
///
/// ```
/// let texts = ["First story\n\nIt rained.", "", "Second story\n\nIt snowed."];
/// let results = newsparse::parse_articles(&texts, &Default::default());
/// assert_eq!(results.len(), 3);
/// assert!(results[0].is_ok() && results[1].is_err() && results[2].is_ok());
/// ```
pub fn parse_articles<'a, S>(
    inputs: &'a [S],
    options: &ParseOptions,
) -> Vec<Result<Article<'a>, ParseError>>
where
    S: AsRef<str> + Sync,
{
    #[cfg(feature = "rayon")]
    {
        use rayon::prelude::*;
        inputs
            .par_iter()
            .map(|input| parser::parse(input.as_ref(), options))
            .collect()
    }
    #[cfg(not(feature = "rayon"))]
    {
        inputs
            .iter()
            .map(|input| parser::parse(input.as_ref(), options))
            .collect()
    }
}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

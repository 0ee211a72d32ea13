//! The parser: four phases, one module per construct. Nothing here is public.
//!
//! 1. [`segment`] cuts the input into lines and blocks (one memchr pass).
//! 2. [`page`] tells the article from the page furniture around it, then [`classify`] decides, block by block, which construct each block is, with the small
//!    nom parsers of the construct modules ([`headline`], [`dek`], [`byline`], [`timestamp`],
//!    [`dateline`], [`caption`], [`signoff`], [`subheading`], [`list`], [`paragraph`]) and the
//!    shared pieces in [`partial`] (dates, names).
//! 3. inline parsing (quotations, attribution) runs over the prose blocks.
//! 4. document-level passes resolve what needs the whole article (speakers, duplicates).

pub(crate) mod boilerplate;
pub(crate) mod byline;
pub(crate) mod caption;
pub(crate) mod classify;
pub(crate) mod dateline;
pub(crate) mod dek;
pub(crate) mod embed;
pub(crate) mod entity;
pub(crate) mod headline;
pub(crate) mod limits;
pub(crate) mod list;
pub(crate) mod mojibake;
pub(crate) mod noise;
pub(crate) mod page;
pub(crate) mod paragraph;
pub(crate) mod partial;
pub(crate) mod quote;
pub(crate) mod runs;
pub(crate) mod segment;
pub(crate) mod sentence;
pub(crate) mod signoff;
pub(crate) mod subheading;
pub(crate) mod text;
pub(crate) mod timestamp;

use crate::{Article, ErrorKind, ParseError, ParseOptions, Span};

/// Refuses an input of `len` bytes when it is over the size limit, before any other work.
pub(crate) fn check_size(len: usize, options: &ParseOptions) -> Result<(), ParseError> {
    if len > options.max_input_bytes {
        return Err(ParseError::new(
            ErrorKind::TooLarge {
                size: len,
                limit: options.max_input_bytes,
            },
            Span::new(0, len),
        ));
    }
    Ok(())
}

/// Refuses input that is not an article at all (see [`ErrorKind`]).
pub(crate) fn check(input: &str, options: &ParseOptions) -> Result<(), ParseError> {
    check_size(input.len(), options)?;
    if let Some(offset) = memchr::memchr(0, input.as_bytes()) {
        return Err(ParseError::new(
            ErrorKind::Binary { offset },
            Span::new(offset, offset + 1),
        ));
    }
    if input.trim().is_empty() {
        return Err(ParseError::new(ErrorKind::Empty, Span::new(0, input.len())));
    }
    Ok(())
}

/// Runs every phase over a checked input.
pub(crate) fn parse<'a>(input: &'a str, options: &ParseOptions) -> Result<Article<'a>, ParseError> {
    check(input, options)?;
    let segments = segment::segment_with_limit(input, limits::max_blocks(options));
    let plan = page::analyse(input, &segments, options);
    let mut article = classify::classify(input, &segments, &plan, options);
    limits::enforce_max_blocks(input, &mut article, segments.rest, options);
    quote::run(input, &mut article);
    noise::run(input, &mut article);
    mojibake::run(input, &mut article);
    entity::run(input, &mut article);
    Ok(article)
}

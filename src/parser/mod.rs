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
pub(crate) mod html_tag;
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

/// Runs every phase over a checked input. An input with no-break spaces (U+00A0, a
/// scraper's `&nbsp;`; U+202F, French typography's narrow one) is parsed as a copy in which
/// each is an ASCII space, so that every construct reads them as spaces; the tree is then
/// re-based on the input: offsets mapped back, text as written.
pub(crate) fn parse<'a>(input: &'a str, options: &ParseOptions) -> Result<Article<'a>, ParseError> {
    check(input, options)?;
    // Two vectorised byte searches: a `char` pattern decodes every character.
    let bytes = input.as_bytes();
    let no_break = memchr::memmem::find(bytes, "\u{a0}".as_bytes()).is_some()
        || memchr::memmem::find(bytes, "\u{202f}".as_bytes()).is_some();
    if !no_break {
        return Ok(phases(input, options));
    }
    let rebase = Rebase::new(input);
    let mut article = phases(&rebase.copy, options).remap(&rebase);
    cover_no_break_gaps(input, &mut article);
    Ok(article)
}

/// Widens each block over the no-break spaces between it and the next (a line cut into two
/// blocks at `|\u{a0}Updated:`): in the input they are no whitespace the blocks may leave
/// out.
fn cover_no_break_gaps(input: &str, article: &mut Article<'_>) {
    let starts: Vec<usize> = article
        .blocks
        .iter()
        .skip(1)
        .map(|b| b.span().start)
        .chain([input.len()])
        .collect();
    for (block, next) in article.blocks.iter_mut().zip(starts) {
        let span = block.span_mut();
        let Some(gap) = input.get(span.end..next) else {
            continue;
        };
        if let Some((at, c)) = gap
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_ascii_whitespace())
        {
            span.end += at + c.len_utf8();
        }
    }
}

/// The input with each no-break space made an ASCII space, and how to map the copy's
/// offsets back onto the input.
struct Rebase<'a> {
    input: &'a str,
    copy: String,
    /// The copy's offsets right after each replaced space, and how many bytes the input
    /// has more than the copy from there on.
    shifts: Vec<(usize, usize)>,
}

/// Where a line's text is, without the ASCII whitespace and no-break spaces at its edges:
/// its start and end offsets in the line.
fn inner_text(line: &str) -> (usize, usize) {
    let edge = |c: char| c.is_ascii_whitespace() || matches!(c, '\u{a0}' | '\u{202f}');
    let inner = line.trim_matches(edge);
    let from = line.len() - line.trim_start_matches(edge).len();
    (from, from + inner.len())
}

impl<'a> Rebase<'a> {
    fn new(input: &'a str) -> Self {
        let mut copy = String::with_capacity(input.len());
        let mut shifts = Vec::new();
        let mut extra = 0;
        for line in input.split_inclusive('\n') {
            // Only the spaces inside a line's text: the ones at its edges stay, so that the
            // blocks still cover every byte that is not ASCII whitespace.
            let (from, to) = inner_text(line);
            // Copied in runs between the no-break spaces, found by their lead bytes (which
            // open no other char of them), not a char at a time.
            let bytes = line.as_bytes();
            let mut copied = 0;
            for at in memchr::memchr2_iter(0xC2, 0xE2, bytes) {
                let len = if bytes.get(at..at + 2) == Some("\u{a0}".as_bytes()) {
                    2
                } else if bytes.get(at..at + 3) == Some("\u{202f}".as_bytes()) {
                    3
                } else {
                    continue;
                };
                if !(from..to).contains(&at) {
                    continue;
                }
                copy.push_str(line.get(copied..at).unwrap_or(""));
                copy.push(' ');
                extra += len - 1;
                shifts.push((copy.len(), extra));
                copied = at + len;
            }
            copy.push_str(line.get(copied..).unwrap_or(""));
        }
        Rebase {
            input,
            copy,
            shifts,
        }
    }

    /// The input's offset for the copy's offset `at`.
    fn offset(&self, at: usize) -> usize {
        let before = self.shifts.partition_point(|&(p, _)| p <= at);
        let extra = before
            .checked_sub(1)
            .and_then(|i| self.shifts.get(i))
            .map_or(0, |&(_, e)| e);
        (at + extra).min(self.input.len())
    }
}

impl<'a> crate::ast::Remap<'a> for Rebase<'a> {
    fn text(&self, s: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'a, str> {
        use std::borrow::Cow;
        let Cow::Borrowed(b) = s else {
            return Cow::Owned(s.into_owned());
        };
        // A string borrowed from the copy is the input's at the mapped offsets.
        let start = (b.as_ptr() as usize).wrapping_sub(self.copy.as_ptr() as usize);
        let in_copy = start
            .checked_add(b.len())
            .is_some_and(|end| end <= self.copy.len());
        let at = in_copy
            .then(|| self.span(Span::new(start, start + b.len())))
            .and_then(|span| span.slice(self.input));
        at.map_or_else(|| Cow::Owned(b.to_owned()), Cow::Borrowed)
    }

    fn span(&self, s: Span) -> Span {
        Span::new(self.offset(s.start), self.offset(s.end))
    }
}

/// The phases over a checked input.
fn phases<'a>(input: &'a str, options: &ParseOptions) -> Article<'a> {
    let segments = segment::segment_with_limit(input, limits::max_blocks(options));
    let plan = page::analyse(input, &segments, options);
    let mut article = classify::classify(input, &segments, &plan, options);
    limits::enforce_max_blocks(input, &mut article, segments.rest, options);
    quote::run(input, &mut article);
    noise::run(input, &mut article);
    mojibake::run(input, &mut article);
    entity::run(input, &mut article);
    html_tag::run(input, &mut article);
    article
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The copy and shifts of [`Rebase::new`], char by char: the reference for its runs.
    fn rebase_by_chars(input: &str) -> (String, Vec<(usize, usize)>) {
        let no_break = |c: char| matches!(c, '\u{a0}' | '\u{202f}');
        let mut copy = String::new();
        let mut shifts = Vec::new();
        let mut extra = 0;
        for line in input.split_inclusive('\n') {
            let (from, to) = inner_text(line);
            for (at, c) in line.char_indices() {
                if no_break(c) && (from..to).contains(&at) {
                    copy.push(' ');
                    extra += c.len_utf8() - 1;
                    shifts.push((copy.len(), extra));
                } else {
                    copy.push(c);
                }
            }
        }
        (copy, shifts)
    }

    #[test]
    fn the_copy_made_in_runs_is_the_copy_made_char_by_char() {
        for input in [
            "",
            "plain text\nno spaces to replace\n",
            "\u{a0}Edge\u{a0}\nA\u{a0}b\u{202f}c — “quoted” «x» café\u{a0}\n",
            "\u{202f}\u{a0} \n x\u{a0}\u{a0}y \u{a0}\n",
            "Updated:\u{a0}May 3\n\u{a0}\u{a0}\nend\u{202f}",
        ] {
            let r = Rebase::new(input);
            assert_eq!((r.copy, r.shifts), rebase_by_chars(input), "{input:?}");
        }
    }
}

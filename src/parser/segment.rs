//! Phase 1: split the input into lines and blocks, with spans, in one pass.
//!
//! ## Grammar
//!
//! ```text
//! input      = *( blank-line / block )
//! block      = first-line *( continuation )
//! blank-line = *( SP / HTAB / CR ) LF
//! first-line = line                      ; any non-blank line
//! continuation = line                    ; non-blank, not indented
//! ```
//!
//! A blank line ends a block. An indented line (leading space or tab) starts a new block:
//! that is how hard-wrapped wire copy marks its paragraphs (`    The company said ...`)
//! and its sign-off (` Reuter`). A block of several lines that are *not* hard-wrapped (a page
//! whose paragraphs are one line each, separated by a single newline) is split into one
//! block per line; bulleted lists stay whole.
//!
//! Only ASCII space, tab, CR and LF count as whitespace here, so block spans, trimmed of
//! them, partition every other byte of the input.
//!
//! ## Examples
//!
//! ```text
//! > | COBANCO INC YEAR NET
//!     ^^^^^^^^^^^^^^^^^^^^ block 0
//! > |
//! > | SANTA CRUZ, Calif., Feb 26 - Shr 34 cts
//! > | vs 1.19 dlrs
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ block 1 (two wrapped lines)
//! > |     Net 807,000 vs 2,858,000
//!         ^^^^^^^^^^^^^^^^^^^^^^^^ block 2 (indented: a new paragraph)
//! > |  Reuter
//!      ^^^^^^ block 3
//! ```

use std::ops::Range;

use crate::Span;

/// One line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    /// The line without its leading/trailing whitespace and line ending.
    pub(crate) span: Span,
    /// Bytes of leading space/tab.
    pub(crate) indent: usize,
}

impl Line {
    pub(crate) fn is_blank(&self) -> bool {
        self.span.is_empty()
    }
}

/// A run of lines that belong together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawBlock {
    /// From the first non-whitespace byte to the last.
    pub(crate) span: Span,
    /// The lines, as indices into [`Segments::lines`].
    pub(crate) lines: Range<usize>,
}

/// The input cut into lines and blocks.
#[derive(Debug, Clone)]
pub(crate) struct Segments {
    pub(crate) lines: Vec<Line>,
    pub(crate) blocks: Vec<RawBlock>,
    /// When the input has more blocks than the limit given to [`segment_with_limit`], the
    /// offset where the block past the limit starts: the input from there on was not cut
    /// into blocks, and [`classify`](crate::parser::classify) makes it one final block.
    pub(crate) rest: Option<usize>,
}

impl Segments {
    /// The lines of a block.
    pub(crate) fn lines_of(&self, block: &RawBlock) -> &[Line] {
        self.lines.get(block.lines.clone()).unwrap_or(&[])
    }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Cuts `input` into lines (one memchr pass) and groups them into blocks.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn segment(input: &str) -> Segments {
    segment_with_limit(input, usize::MAX)
}

/// As [`segment`], keeping at most `max_blocks` blocks: when there are more, the grouping
/// stops there and [`Segments::rest`] says where the block past the limit starts.
pub(crate) fn segment_with_limit(input: &str, max_blocks: usize) -> Segments {
    let bytes = input.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 48 + 1);
    let mut start = 0;
    let mut push = |start: usize, end: usize| {
        let raw = bytes.get(start..end).unwrap_or(&[]);
        let lead = raw.iter().take_while(|&&b| is_ws(b)).count();
        let trail = raw.iter().rev().take_while(|&&b| is_ws(b)).count();
        let (s, e) = if lead == raw.len() {
            (start + lead, start + lead)
        } else {
            (start + lead, end - trail)
        };
        lines.push(Line {
            span: Span::new(s, e),
            indent: lead,
        });
    };
    for nl in memchr::memchr_iter(b'\n', bytes) {
        push(start, nl);
        start = nl + 1;
    }
    if start < bytes.len() {
        push(start, bytes.len());
    }

    let mut blocks = Vec::with_capacity(lines.len() / 2 + 1);
    let mut current: Option<Range<usize>> = None;
    for (i, line) in lines.iter().enumerate() {
        if blocks.len() > max_blocks {
            break;
        }
        if line.is_blank() {
            if let Some(r) = current.take() {
                close(input, &lines, r, &mut blocks);
            }
            continue;
        }
        match current.as_mut() {
            Some(r) if line.indent == 0 => r.end = i + 1,
            Some(_) => {
                if let Some(r) = current.replace(i..i + 1) {
                    close(input, &lines, r, &mut blocks);
                }
            }
            None => current = Some(i..i + 1),
        }
    }
    if let Some(r) = current.take() {
        close(input, &lines, r, &mut blocks);
    }
    let rest = blocks.get(max_blocks).map(|b| b.span.start);
    blocks.truncate(max_blocks);
    Segments {
        lines,
        blocks,
        rest,
    }
}

/// Pushes the block made of `range`, or one block per line when its lines are not
/// hard-wrapped prose.
fn close(input: &str, lines: &[Line], range: Range<usize>, out: &mut Vec<RawBlock>) {
    let Some(ls) = lines.get(range.clone()) else {
        return;
    };
    let whole = |r: Range<usize>| {
        let first = lines.get(r.start).map_or(Span::default(), |l| l.span);
        let last = lines.get(r.end.saturating_sub(1)).map_or(first, |l| l.span);
        RawBlock {
            span: first.cover(last),
            lines: r,
        }
    };
    if ls.len() < 2 || is_hard_wrapped(input, ls) || is_bullet_run(input, ls) {
        out.push(whole(range));
    } else {
        out.extend(range.map(|i| whole(i..i + 1)));
    }
}

/// Whether the lines read as one paragraph wrapped at a fixed width: at (nearly) every break,
/// the next line's first word would not have fitted on the line before it. Line lengths
/// count the indent, which wire copy uses to open a paragraph.
pub(crate) fn is_hard_wrapped(input: &str, lines: &[Line]) -> bool {
    let len = |l: &Line| l.indent + l.span.len();
    let width = lines.iter().map(len).max().unwrap_or(0);
    if !(24..=160).contains(&width) {
        return false;
    }
    // A line of 24 bytes may be 8 letters of another script (`বাংলাদেশ`, a menu entry):
    // a wrapped paragraph is 24 characters wide at least.
    // (One line's count at most for ASCII text: its widest line is 24 characters.)
    if lines
        .iter()
        .all(|l| len(l) < 24 || l.indent + chars(l.span.slice(input).unwrap_or("")) < 24)
    {
        return false;
    }
    let mut soft = 0usize;
    let mut breaks = 0usize;
    for pair in lines.windows(2) {
        let [a, b] = pair else { continue };
        breaks += 1;
        let next = b.span.slice(input).unwrap_or("");
        let first_word = next.split([' ', '\t']).next().map_or(0, str::len);
        if len(a) + 1 + first_word > width {
            soft += 1;
        }
    }
    breaks > 0 && soft * 3 >= breaks * 2
}

/// The number of characters of `s` (its bytes that start one).
fn chars(s: &str) -> usize {
    s.bytes().filter(|&b| b & 0xC0 != 0x80).count()
}

/// Whether every line starts with a list bullet (`•`, `-`, `*`, `1.`).
fn is_bullet_run(input: &str, lines: &[Line]) -> bool {
    lines
        .iter()
        .all(|l| crate::parser::list::bullet_len(l.span.slice(input).unwrap_or("")).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<&str> {
        segment(input)
            .blocks
            .iter()
            .map(|b| b.span.slice(input).unwrap())
            .collect()
    }

    #[test]
    fn blank_lines_separate_blocks() {
        assert_eq!(
            texts("Title\n\nOne.\n\n\n Two. \n"),
            ["Title", "One.", "Two."]
        );
    }

    #[test]
    fn crlf_is_a_line_ending() {
        let input = "Title\r\n\r\nBody line.\r\n";
        assert_eq!(texts(input), ["Title", "Body line."]);
        let seg = segment(input);
        assert_eq!(seg.lines.len(), 3);
        assert!(seg.lines[1].is_blank());
    }

    #[test]
    fn indented_wire_paragraphs_are_blocks() {
        let input = "TITLE\n\nNEW YORK, Feb 26 - The company said it expects to\nearn more this year than last year, a spokesman said.\n    It also said sales rose to a record in\nthe fourth quarter.\n Reuter\n";
        assert_eq!(
            texts(input),
            [
                "TITLE",
                "NEW YORK, Feb 26 - The company said it expects to\nearn more this year than last year, a spokesman said.",
                "It also said sales rose to a record in\nthe fourth quarter.",
                "Reuter"
            ]
        );
    }

    #[test]
    fn single_newline_layout_splits_into_lines() {
        let long_a = "The first paragraph is a long line of prose that a web page rendered without any wrapping at all, as pages do.";
        let long_b = "The second one is just as long and follows after a single newline, so there is no blank line between them.";
        let input = format!("A headline\nBy Someone\n{long_a}\n{long_b}\n");
        assert_eq!(texts(&input), ["A headline", "By Someone", long_a, long_b]);
    }

    #[test]
    fn short_lines_of_another_script_are_no_wrapped_paragraph() {
        // A menu in Bengali: short entries, three bytes a letter.
        let menu = "বাংলাদেশ\nআন্তর্জাতিক\nখেলা\nবিনোদন";
        assert_eq!(texts(menu).len(), 4);
    }

    #[test]
    fn bullet_runs_stay_together() {
        assert_eq!(texts("• one\n• two\n• three\n"), ["• one\n• two\n• three"]);
    }

    #[test]
    fn the_block_limit_leaves_the_rest_unsegmented() {
        let input = "A\n\nB\n\n  C\nD\n\nE";
        let seg = segment_with_limit(input, 2);
        assert_eq!(seg.blocks.len(), 2);
        assert_eq!(seg.rest, Some(input.find('C').unwrap()));
        assert_eq!(segment_with_limit(input, 5).rest, None);
        assert_eq!(segment_with_limit(input, 4).rest, input.find('E'));
        assert_eq!(segment_with_limit(input, 0).rest, Some(0));
    }

    #[test]
    fn whitespace_only_input_has_no_blocks() {
        assert!(segment(" \n\t\r\n  ").blocks.is_empty());
        assert!(segment("").blocks.is_empty());
    }
}

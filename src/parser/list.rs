//! Lists: runs of lines that each start with a bullet or a number.
//!
//! ## Grammar
//!
//! ```text
//! list    = item 1*( LF item )
//!         / item 1*( 1*LF item )                  ; one bulleted item per block
//!         / intro ":" LF plain 1*( LF plain )     ; short lines under an introduction
//! item    = marker 1*SP text
//! marker  = "•" / "-" / "*" / "·" / "▪" / "►" / 1*3DIGIT ( "." / ")" )
//! ```
//!
//! ## Examples
//!
//! ```text
//! > | • Improve the offline experience.
//!     ^^ marker
//! > | 2. Run the installer
//!     ^^^ marker
//! ```

use std::borrow::Cow;

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::take_while_m_n,
    character::complete::{one_of, space1},
    combinator::recognize,
    sequence::terminated,
};

use crate::Span;
use crate::ast::{List, ListItem};
use crate::parser::segment::Line;

fn unordered(i: &str) -> IResult<&str, &str> {
    recognize(terminated(one_of("•-*·▪►◦‣"), space1)).parse(i)
}

fn ordered(i: &str) -> IResult<&str, &str> {
    recognize(terminated(
        (
            take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
            one_of(".)"),
        ),
        space1,
    ))
    .parse(i)
}

/// The length in bytes of the bullet or number (with the spaces after it) that opens `line`,
/// if it opens with one and has text after it.
pub(crate) fn bullet_len(line: &str) -> Option<usize> {
    // Every marker starts with a digit, `-`, `*`, or a byte that opens `•·▪►◦‣`.
    if !matches!(
        line.as_bytes().first(),
        Some(b'0'..=b'9' | b'-' | b'*' | 0xC2 | 0xE2)
    ) {
        return None;
    }
    let (rest, marker) = alt((unordered, ordered)).parse(line).ok()?;
    (!rest.trim().is_empty()).then_some(marker.len())
}

/// Builds a list from lines that all start with a marker.
pub(crate) fn parse<'a>(input: &'a str, lines: &[Line]) -> Option<List<'a>> {
    build(input, lines.iter().map(|line| line.span), true)
}

/// Builds a list from lines that were laid out apart (one item per block, or plain short
/// lines under an introduction ending in `:`); a bullet or number opening an item is
/// stripped from its text.
pub(crate) fn from_lines<'a>(input: &'a str, lines: &[Span]) -> Option<List<'a>> {
    build(input, lines.iter().copied(), false)
}

/// One item per line, its bullet or number stripped; `None` for fewer than two lines, or
/// when `markers_required` and a line has no marker. The list is ordered when every item is
/// numbered.
fn build<'a>(
    input: &'a str,
    lines: impl ExactSizeIterator<Item = Span>,
    markers_required: bool,
) -> Option<List<'a>> {
    if lines.len() < 2 {
        return None;
    }
    let mut items = Vec::with_capacity(lines.len());
    let mut ordered_count = 0;
    for span in lines {
        let text = span.slice(input)?;
        let n = match bullet_len(text) {
            Some(n) => n,
            None if markers_required => return None,
            None => 0,
        };
        if n > 0 && text.starts_with(|c: char| c.is_ascii_digit()) {
            ordered_count += 1;
        }
        items.push(ListItem {
            text: Cow::Borrowed(text.get(n..)?.trim_end()),
            span,
        });
    }
    let span = items.first()?.span.cover(items.last()?.span);
    Some(List {
        text: Cow::Borrowed(span.slice(input)?),
        span,
        ordered: ordered_count == items.len(),
        items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(bullet_len("• one"), Some(4));
        assert_eq!(bullet_len("-  two"), Some(3));
        assert_eq!(bullet_len("12. twelve"), Some(4));
        assert_eq!(bullet_len("3) three"), Some(3));
    }

    #[test]
    fn not_markers() {
        assert_eq!(bullet_len("-- dash"), None);
        assert_eq!(bullet_len("1987. A year"), None);
        assert_eq!(bullet_len("•"), None);
        assert_eq!(bullet_len("- "), None);
        assert_eq!(bullet_len("*emphasis*"), None);
        assert_eq!(bullet_len("3.5 percent"), None);
    }
}

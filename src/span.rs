//! Byte spans into the parsed input, and a line/column index built on demand.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 byte offsets into the parsed input: `start` inclusive, `end`
/// exclusive, so `&input[span.start..span.end]` is the text the node was parsed from.
///
/// Every node of the tree carries one. Spans made by the parser always lie on `char`
/// boundaries. A node built by hand may use [`Span::DETACHED`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// The span of a node that has no position in any input (built by hand, or normalised).
    pub const DETACHED: Span = Span {
        start: usize::MAX,
        end: usize::MAX,
    };

    /// A span from `start` to `end`; the two are swapped if given out of order.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Whether this is [`Span::DETACHED`].
    #[must_use]
    pub const fn is_detached(&self) -> bool {
        self.start == usize::MAX
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether `other` lies entirely inside this span.
    #[must_use]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `input`, or `None` if it is out of bounds or not on
    /// `char` boundaries (for example a span of another input, or [`Span::DETACHED`]).
    #[must_use]
    pub fn slice<'a>(&self, input: &'a str) -> Option<&'a str> {
        input.get(self.start..self.end)
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_detached() {
            f.write_str("detached")
        } else {
            write!(f, "{}..{}", self.start, self.end)
        }
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for std::ops::Range<usize> {
    fn from(s: Span) -> Self {
        s.start..s.end
    }
}

/// A 1-based line and column, the column counted in `char`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LineCol {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column in Unicode scalar values, starting at 1.
    pub column: usize,
}

/// Turns byte offsets into line/column positions. Built once per input in one pass (memchr);
/// each lookup is a binary search.
///
/// ```
/// use newsparse::LineIndex;
/// let index = LineIndex::new("Headline\n\nBody “text”.");
/// let at = index.line_col(16);
/// assert_eq!((at.line, at.column), (3, 7));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    input: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `input`.
    #[must_use]
    pub fn new(input: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', input.as_bytes()).map(|i| i + 1));
        LineIndex { input, line_starts }
    }

    /// The line and column of byte `offset` (clamped to the input's length).
    #[must_use]
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.input.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let column = self
            .input
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        LineCol { line, column }
    }

    /// Number of lines (a trailing newline starts a last, empty line).
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_compact() {
        assert_eq!(format!("{:?}", Span::new(3, 10)), "3..10");
        assert_eq!(format!("{:?}", Span::DETACHED), "detached");
    }

    #[test]
    fn new_orders_its_ends() {
        assert_eq!(Span::new(9, 2), Span::new(2, 9));
    }

    #[test]
    fn line_col_counts_chars_not_bytes() {
        let idx = LineIndex::new("ab\n“c”d\n");
        assert_eq!(idx.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(3), LineCol { line: 2, column: 1 });
        // after “ (3 bytes) and c
        assert_eq!(idx.line_col(7), LineCol { line: 2, column: 3 });
        assert_eq!(idx.line_col(1_000), LineCol { line: 3, column: 1 });
        assert_eq!(idx.line_count(), 3);
    }
}

//! The error for input that is not an article at all.
//!
//! Everything that is merely odd (unclosed quotes, stray punctuation, a missing headline)
//! parses and is reported as a [`Diagnostic`](crate::Diagnostic) instead.

use crate::span::{LineIndex, Span};

/// Why an input could not be parsed as an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct ParseError {
    kind: ErrorKind,
    span: Span,
}

/// What kind of input was refused. New kinds may be added in minor releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is empty or contains only whitespace.
    #[error("the input is empty: there is no article to parse")]
    Empty,
    /// The input is longer than [`ParseOptions::max_input_bytes`](crate::ParseOptions::max_input_bytes).
    #[error(
        "the input is {size} bytes long, over the limit of {limit} bytes (raise ParseOptions::max_input_bytes to parse it)"
    )]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input contains a NUL byte, so it is binary data rather than text.
    #[error("the input contains a NUL byte at byte {offset}: it looks like binary data, not text")]
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// The bytes given to [`parse_article_bytes`](crate::parse_article_bytes) are not UTF-8.
    #[error("the input is not valid UTF-8: the byte at offset {offset} does not start a character")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}

impl ParseError {
    pub(crate) const fn new(kind: ErrorKind, span: Span) -> Self {
        ParseError { kind, span }
    }

    /// What was wrong with the input.
    #[must_use]
    pub const fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Where in the input the problem lies (the whole input for [`ErrorKind::Empty`] and
    /// [`ErrorKind::TooLarge`], the offending byte otherwise).
    #[must_use]
    pub const fn span(&self) -> Span {
        self.span
    }

    /// The message followed by the line and column of the problem and, when the input is text,
    /// the line it occurs on with a caret under it.
    ///
    /// ```
    /// let input = "Headline\n\nBody\0text";
    /// let err = newsparse::parse_article(input).unwrap_err();
    /// assert!(err.render(input).contains("line 3, column 5"));
    /// ```
    #[must_use]
    pub fn render(&self, input: &str) -> String {
        let mut out = self.to_string();
        if matches!(self.kind, ErrorKind::Empty | ErrorKind::TooLarge { .. }) {
            return out;
        }
        let at = LineIndex::new(input).line_col(self.span.start);
        out.push_str(&format!("\n --> line {}, column {}", at.line, at.column));
        let start = self.span.start.min(input.len());
        let line_start = input
            .get(..start)
            .and_then(|s| s.rfind('\n'))
            .map_or(0, |i| i + 1);
        let line_end = input
            .get(start..)
            .and_then(|s| s.find('\n'))
            .map_or(input.len(), |i| start + i);
        if let Some(line) = input.get(line_start..line_end) {
            let shown: String = line
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            out.push_str(&format!(
                "\n  |\n  | {shown}\n  | {}^",
                " ".repeat(at.column - 1)
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_stays_small() {
        assert!(std::mem::size_of::<ParseError>() <= 48);
    }

    #[test]
    fn render_points_at_the_byte() {
        let input = "Title\n\nab\0cd\nmore";
        let err = ParseError::new(ErrorKind::Binary { offset: 9 }, Span::new(9, 10));
        insta::assert_snapshot!(err.render(input), @r"
        the input contains a NUL byte at byte 9: it looks like binary data, not text
         --> line 3, column 3
          |
          | ab cd
          |   ^
        ");
    }
}

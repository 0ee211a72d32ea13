//! Quotation marks: which mark tokens are quotation marks, of which level, and whether each
//! can open or close a quotation.
//!
//! ## Grammar
//!
//! ```text
//! double     = "“" / "”" / DQUOTE / "„" / "‟" / "«" / "»" / "``" / "''" / "〝" / "〞"
//! single     = "‘" / "’" / "'" / "‚" / "‛" / "‹" / "›"
//! can-open   = mark followed by a non-space, preceded by space, start, "(" or a dash
//! can-close  = mark preceded by a non-space, followed by space, end or punctuation
//! apostrophe = single between letters      ; Russia’s, won’t (already inside a word)
//!            / single before a digit       ; the ’90s
//!            / single around "n"           ; rock ’n’ roll
//!            / single before an elision    ; ’em, ’til, ’cause
//! ```
//!
//! The glyph gives a preference (“ opens in English, ” closes), the context decides: `„`
//! opens German quotes that `“` closes, and `”Blinken` is a closing mark misplaced before
//! the next word. Straight marks (`"`, `'`) are decided by context alone.
//!
//! ## Examples
//!
//! ```text
//! > | “We won’t,” he said of the ’90s.
//!     ^         ^ double marks; ’ in won’t and before 90s are apostrophes
//! ```

use super::token::{Kind, Tok};

/// The nesting level a mark belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    /// `“ ” " „ « »` and the wire forms.
    Double,
    /// `‘ ’ ' ‚ ‹ ›`.
    Single,
}

/// Which way a glyph points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Glyph {
    /// An opening glyph in English: `“ ‘ « ‹ `` „ ‚`.
    Left,
    /// A closing glyph in English: `” ’ » › ''`.
    Right,
    /// A straight mark: `" '`.
    Straight,
}

/// A quotation-mark candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    /// Index of the token.
    pub(crate) tok: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) ch: char,
    pub(crate) level: Level,
    pub(crate) glyph: Glyph,
    /// Followed by a word and preceded by space, start, a bracket or a dash.
    pub(crate) can_open: bool,
    /// Preceded by a word or punctuation and followed by space, end or punctuation.
    pub(crate) can_close: bool,
    /// A single mark after a word that may be a possessive (`students’`).
    pub(crate) maybe_apostrophe: bool,
    /// A single mark right after an `s` and before a space: the shape of a plural
    /// possessive (`the passengers’ patience`) as much as of a closing mark.
    pub(crate) plural_possessive: bool,
}

fn level_and_glyph(s: &str) -> Option<(Level, Glyph)> {
    Some(match s {
        "“" | "„" | "«" | "〝" | "``" | "「" | "『" => (Level::Double, Glyph::Left),
        "”" | "‟" | "»" | "〞" | "''" | "」" | "』" => (Level::Double, Glyph::Right),
        "\"" | "＂" => (Level::Double, Glyph::Straight),
        "‘" | "‚" | "‹" | "‛" | "`" => (Level::Single, Glyph::Left),
        "’" | "›" => (Level::Single, Glyph::Right),
        "'" => (Level::Single, Glyph::Straight),
        _ => return None,
    })
}

/// Words written with a leading apostrophe: `’em`, `’til`, `’cause`.
fn is_elision(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "em" | "til" | "tis" | "twas" | "cause" | "bout" | "n" | "nuff" | "ol" | "round"
    )
}

/// Whether the character can stand right before an opening mark.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '\u{a0}' | '>'
                )
                || super::token::is_quote_char(c)
        }
    }
}

/// Whether the character can stand right after a closing mark.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '…'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '\u{a0}'
                )
                || super::token::is_quote_char(c)
        }
    }
}

/// [`find_into`] into a new vector.
#[cfg(test)]
pub(crate) fn find(text: &str, toks: &[Tok]) -> Vec<Mark> {
    let mut out = Vec::new();
    find_into(text, toks, &mut out);
    out
}

/// The quotation-mark candidates among `toks`, apostrophes removed, into `out` (cleared
/// first), whose allocation a caller keeps from one paragraph to the next.
pub(crate) fn find_into(text: &str, toks: &[Tok], out: &mut Vec<Mark>) {
    out.clear();
    for (idx, tok) in toks.iter().enumerate() {
        if tok.kind != Kind::Mark {
            continue;
        }
        let Some(s) = text.get(tok.start..tok.end) else {
            continue;
        };
        // `&quot;`, `â€œ`: the mark a reference or mojibake stands for.
        let mut buf = [0u8; 4];
        let s = match super::token::encoded_mark(s, 0) {
            Some((len, mark)) if len == s.len() => &*mark.encode_utf8(&mut buf),
            _ => s,
        };
        let Some((level, glyph)) = level_and_glyph(s) else {
            continue;
        };
        let prev = text.get(..tok.start).and_then(|h| h.chars().next_back());
        let next = text.get(tok.end..).and_then(|t| t.chars().next());
        let next_tok = toks.get(idx + 1);
        let next_word = next_tok
            .filter(|t| t.kind == Kind::Word && t.start == tok.end)
            .and_then(|t| text.get(t.start..t.end));
        let mut maybe_apostrophe = false;
        let mut plural_possessive = false;
        if level == Level::Single {
            let prev_alnum = prev.is_some_and(char::is_alphanumeric);
            let next_alnum = next.is_some_and(char::is_alphanumeric);
            if prev_alnum && next_alnum {
                continue;
            }
            if !prev_alnum && next.is_some_and(|c| c.is_ascii_digit()) {
                continue;
            }
            if !prev_alnum && next_word.is_some_and(is_elision) {
                // `’n’`: the closing half goes too.
                continue;
            }
            if prev_alnum
                && idx >= 2
                && toks
                    .get(idx - 1)
                    .is_some_and(|t| text.get(t.start..t.end) == Some("n"))
                && toks.get(idx - 2).is_some_and(|t| {
                    t.kind == Kind::Mark && text.get(t.start..t.end).is_some_and(|m| m == s)
                })
            {
                continue;
            }
            maybe_apostrophe = prev_alnum && glyph != Glyph::Left;
            plural_possessive = maybe_apostrophe
                && matches!(prev, Some('s' | 'S'))
                && next.is_some_and(char::is_whitespace);
        }
        let space_before = prev.is_none_or(char::is_whitespace);
        let space_after = next.is_none_or(char::is_whitespace);
        // French sets guillemets off with a space inside: `« C'est fait »`.
        let ch = s.chars().next().unwrap_or('"');
        let spaced_open = matches!(ch, '«' | '‹') && next.is_some_and(char::is_whitespace);
        let spaced_close = matches!(ch, '»' | '›') && prev.is_some_and(char::is_whitespace);
        let can_open = (!space_after || spaced_open) && opens_after(prev);
        let can_close = (!space_before || spaced_close) && closes_before(next);
        out.push(Mark {
            tok: idx,
            start: tok.start,
            end: tok.end,
            ch,
            level,
            glyph,
            can_open,
            can_close,
            maybe_apostrophe,
            plural_possessive,
        });
    }
}

/// Whether a quote opened with `open` may be closed with `close` without a diagnostic.
pub(crate) fn compatible(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('“', '”')
            | ('„', '“')
            | ('„', '”')
            | ('”', '”')
            | ('"', '"')
            | ('＂', '＂')
            | ('«', '»')
            | ('»', '«')
            | ('»', '»')
            | ('〝', '〞')
            | ('〝', '〟')
            | ('`', '\'')
            | ('‘', '’')
            | ('‚', '‘')
            | ('‚', '’')
            | ('’', '’')
            | ('\'', '\'')
            | ('‹', '›')
            | ('›', '‹')
            | ('「', '」')
            | ('『', '』')
            | ('‛', '’')
            | ('‟', '”')
    )
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn marks(text: &str) -> Vec<(char, bool, bool)> {
        find(text, &tokenize(text))
            .into_iter()
            .map(|m| (m.ch, m.can_open, m.can_close))
            .collect()
    }

    #[test]
    fn curly_marks_open_and_close_by_context() {
        assert_eq!(
            marks("“Yes,” he said."),
            [('“', true, false), ('”', false, true)]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(marks("Russia’s won’t the ’90s and rock ’n’ roll, ’em").is_empty());
        assert!(marks("the '90s rock 'n' roll").is_empty());
    }

    #[test]
    fn a_possessive_may_close_only() {
        let m = find("the students’ actions", &tokenize("the students’ actions"));
        assert_eq!(m.len(), 1);
        assert!(m[0].maybe_apostrophe && m[0].can_close && !m[0].can_open);
    }

    #[test]
    fn french_guillemets_with_inner_spaces() {
        let text = "« C'est fait », a-t-il dit.";
        let toks = tokenize(text);
        let m = find(text, &toks);
        assert!(m[0].can_open && m[1].can_close, "{m:?}");
    }

    #[test]
    fn misplaced_closing_mark_looks_like_an_opener() {
        assert_eq!(marks("interests, ”Blinken said."), [('”', true, false)]);
    }

    #[test]
    fn german_and_french_styles() {
        assert_eq!(
            marks("„Ja“, sagte er. «Oui», dit-il."),
            [
                ('„', true, false),
                ('“', false, true),
                ('«', true, false),
                ('»', false, true)
            ]
        );
        assert!(compatible('„', '“') && compatible('«', '»') && !compatible('“', '“'));
    }

    #[test]
    fn wire_double_marks() {
        assert_eq!(
            marks("``We are,'' he said."),
            [('`', true, false), ('\'', false, true)]
        );
    }
}

//! Tokens of a prose block: words, punctuation and quotation-mark candidates.
//!
//! ## Grammar
//!
//! ```text
//! token = word / mark / punct
//! word  = alnum *( alnum / connector alnum )   ; connector: ' ’ - ‐ . , / &
//! mark  = "``" / "''" / quote-char             ; a quote-like character outside a word
//! punct = any other non-space character
//! ```
//!
//! A connector stays inside a word only between two letters or digits, so `Russia’s`,
//! `won’t`, `U.S`, `1,000`, `24/7` and `Jean-Luc` are one word each, while the `’` of
//! `students’` or the `'` of `'90s` is a mark token that [`super::marks`] classifies.
//!
//! ## Examples
//!
//! ```text
//! > | “We won’t,” he said.
//!     ^^^^^^^^^^^^^^^^^^^^ “ We won’t , ” he said .
//! ```

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits with inner connectors.
    Word,
    /// A quotation-mark candidate (or an apostrophe outside a word).
    Mark,
    /// Any other visible character.
    Punct,
}

/// One token, with byte offsets into the block text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
}

/// Whether `c` can be a quotation mark.
pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '〝'
            | '〞'
            | '＂'
            | '\''
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '‹'
            | '›'
            | '`'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// `c.is_alphanumeric()`, answered without a table search for the chars news text has
/// most (see [`crate::parser::text::is_alphanumeric`]).
fn is_alnum(c: char) -> bool {
    crate::parser::text::is_alphanumeric(c)
}

fn is_connector(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | ',' | '/' | '&')
}

/// The char at byte `i` of `text`, if `i` is a char boundary before its end.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Cuts `text` into tokens, in one pass.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    // A byte cursor, always on a char boundary: ASCII letters and digits inside a word are
    // taken a byte at a time without decoding.
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            let Some(c) = char_at(text, pos) else {
                break;
            };
            c
        };
        let i = pos;
        pos += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if is_alnum(c) {
            let mut end = pos;
            let mut prev_digit = c.is_numeric();
            loop {
                if let Some(&b) = bytes.get(end)
                    && b.is_ascii_alphanumeric()
                {
                    prev_digit = b.is_ascii_digit();
                    end += 1;
                    continue;
                }
                // An ASCII byte that is no letter, digit or connector (a space, nearly
                // always) ends the word without decoding a char.
                if bytes
                    .get(end)
                    .is_none_or(|&b| b.is_ascii() && !b"'-.,/&".contains(&b))
                {
                    break;
                }
                let Some(d) = char_at(text, end) else {
                    break;
                };
                if is_alnum(d) || d == '\u{200b}' {
                    prev_digit = d.is_numeric();
                    end += d.len_utf8();
                    continue;
                }
                if !is_connector(d) {
                    break;
                }
                // A connector joins only if a letter or digit follows it.
                let after = char_at(text, end + d.len_utf8());
                let joins = match (d, after) {
                    (',', Some(a)) => prev_digit && a.is_ascii_digit(),
                    (_, Some(a)) => is_alnum(a),
                    _ => false,
                };
                if !joins {
                    break;
                }
                end += d.len_utf8();
            }
            pos = end;
            out.push(Tok {
                start: i,
                end,
                kind: Kind::Word,
            });
            continue;
        }
        if (c == '`' || c == '\'') && char_at(text, pos) == Some(c) {
            pos += 1;
            out.push(Tok {
                start: i,
                end: i + 2,
                kind: Kind::Mark,
            });
            continue;
        }
        let kind = if is_quote_char(c) {
            Kind::Mark
        } else {
            Kind::Punct
        };
        out.push(Tok {
            start: i,
            end: i + c.len_utf8(),
            kind,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(&str, Kind)> {
        tokenize(text)
            .into_iter()
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect()
    }

    #[test]
    fn general_punctuation_has_no_letters_or_digits() {
        for c in ('\u{2000}'..='\u{206F}').chain(['a', 'Z', '0', 'é', '中', '٣', '_', ' ']) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn apostrophes_inside_words_stay_inside() {
        let t = show("Russia’s won’t O'Brien");
        assert_eq!(
            t.iter().map(|x| x.0).collect::<Vec<_>>(),
            ["Russia’s", "won’t", "O'Brien"]
        );
    }

    #[test]
    fn marks_and_punctuation_are_their_own_tokens() {
        assert_eq!(
            show("“Yes,” he said."),
            [
                ("“", Kind::Mark),
                ("Yes", Kind::Word),
                (",", Kind::Punct),
                ("”", Kind::Mark),
                ("he", Kind::Word),
                ("said", Kind::Word),
                (".", Kind::Punct)
            ]
        );
    }

    #[test]
    fn numbers_initialisms_and_wire_marks() {
        let t = show("U.S. paid 1,000 for 24/7 ``care'' in the '90s");
        let words: Vec<&str> = t.iter().map(|x| x.0).collect();
        assert_eq!(
            words,
            [
                "U.S", ".", "paid", "1,000", "for", "24/7", "``", "care", "''", "in", "the", "'",
                "90s"
            ]
        );
    }
}

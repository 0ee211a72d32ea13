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

/// Whether `c` continues a word without being a letter or digit itself: a combining mark
/// (`é` written with U+0301), the vowel signs and virama of the Indic scripts (`मंत्री`
/// has a virama inside), the marks of Thai, Arabic and Hebrew, and the zero-width
/// (non-)joiner. The dandas (`।`, `॥`) end sentences, not words.
fn is_inner_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F          // combining diacritical marks
        | 0x0591..=0x05C7        // Hebrew points
        | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED  // Arabic marks
        | 0x0900..=0x0963 | 0x0966..=0x0DFF  // Indic scripts but the dandas
        | 0x0E00..=0x0EFF        // Thai, Lao
        | 0x1000..=0x109F | 0x1780..=0x17FF  // Myanmar, Khmer
        | 0x200C | 0x200D)
}

fn is_connector(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | ',' | '/' | '&')
}

/// A quotation mark written as an HTML character reference (`&quot;`, `&#8220;`,
/// `&rsquo;`) or as mojibake (`â€œ`, the UTF-8 bytes of `“` read as Windows-1252) at byte
/// `at` of `text`: its length in bytes and the mark it stands for. Scraped pages keep both;
/// the diagnostics report them, and the quotation pass reads them as the marks they are.
pub(crate) fn encoded_mark(text: &str, at: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    match *bytes.get(at)? {
        b'&' => {
            let len = crate::parser::entity::reference_at(text, at)?;
            let body = text.get(at + 1..at + len - 1)?;
            let mark = match body.to_ascii_lowercase().as_str() {
                "quot" | "#34" | "#x22" => '"',
                "ldquo" | "#8220" | "#x201c" => '“',
                "rdquo" | "#8221" | "#x201d" => '”',
                "bdquo" | "#8222" | "#x201e" => '„',
                "lsquo" | "#8216" | "#x2018" => '‘',
                "rsquo" | "#8217" | "#x2019" => '’',
                "apos" | "#39" | "#x27" => '\'',
                "laquo" | "#171" | "#xab" => '«',
                "raquo" | "#187" | "#xbb" => '»',
                _ => return None,
            };
            Some((len, mark))
        }
        0xC3 => {
            let len = mojibake_len(text, at)?;
            let mark = match char_at(text, at + 5)? {
                'œ' => '“',
                // Byte 0x9D has no Windows-1252 char: a second decoding made it U+FFFD.
                '\u{9d}' | '\u{fffd}' => '”',
                '˜' => '‘',
                '™' => '’',
                _ => return None,
            };
            Some((len, mark))
        }
        _ => None,
    }
}

/// An encoded mark (a mark token) or a General Punctuation char as mojibake (a punctuation
/// token) starting a token at byte `at`: its length and kind. Out of the tokenizer's loop,
/// which meets `&` and `Ã` far more often than an encoded char.
#[cold]
#[inline(never)]
fn encoded_token(text: &str, at: usize) -> Option<(usize, Kind)> {
    encoded_mark(text, at)
        .map(|(len, _)| (len, Kind::Mark))
        .or_else(|| mojibake_len(text, at).map(|len| (len, Kind::Punct)))
}

/// At byte `at` inside a word (a `&` or `â`): `Some(len)` for an encoded apostrophe that
/// joins the word to the letter after it, `Some(0)` for any other encoded char (it ends
/// the word), `None` for none.
#[cold]
#[inline(never)]
fn encoded_in_word(text: &str, at: usize) -> Option<usize> {
    if let Some((len, mark)) = encoded_mark(text, at) {
        let joins = matches!(mark, '’' | '\'') && char_at(text, at + len).is_some_and(is_alnum);
        return Some(if joins { len } else { 0 });
    }
    mojibake_len(text, at).map(|_| 0)
}

/// The length of a General Punctuation char as mojibake at byte `at`: `â€` (C3 A2, E2 82
/// AC), then the char its third byte became (`â€“` for `–`, `â€œ` for `“`). One token,
/// whatever it stands for: the `“` inside `â€“` is no quotation mark.
fn mojibake_len(text: &str, at: usize) -> Option<usize> {
    if text.as_bytes().get(at..at + 5) != Some(&[0xC3, 0xA2, 0xE2, 0x82, 0xAC][..]) {
        return None;
    }
    Some(5 + char_at(text, at + 5)?.len_utf8())
}

/// The char at byte `i` of `text`, if `i` is a char boundary before its end.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Per byte value, whether it is an ASCII letter or digit: one load a byte in the
/// tokenizer's innermost loop, where three range tests cost more.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut rest: &mut [bool] = &mut table;
    let mut b = 0u8;
    while let [slot, tail @ ..] = rest {
        *slot = b.is_ascii_alphanumeric();
        rest = tail;
        b = b.wrapping_add(1);
    }
    table
};

/// [`u8::is_ascii_alphanumeric`], from [`ASCII_ALNUM`].
fn is_ascii_alnum_byte(b: u8) -> bool {
    ASCII_ALNUM.get(usize::from(b)).copied().unwrap_or(false)
}

/// Whether the char before byte `end` of `text` is numeric.
fn last_is_numeric(text: &str, end: usize) -> bool {
    text.get(..end)
        .and_then(|t| t.chars().next_back())
        .is_some_and(char::is_numeric)
}

/// The end of the word whose first char ends before byte `end` of `text`: its letters,
/// digits and inner marks, and the connectors between two of them. Inlined for the ASCII
/// letters and digits and the ASCII byte after them that ends the word, nearly always (a
/// space, or a `,` `.` `-` `'` `/` before no letter or digit); [`word_end_slow`] for the rest.
#[inline]
fn word_end(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    while bytes.get(end).is_some_and(|&b| is_ascii_alnum_byte(b)) {
        end += 1;
    }
    let ends = match bytes.get(end) {
        None => true,
        Some(&b'&') => false,
        Some(&(b'\'' | b'-' | b'.' | b',' | b'/')) => bytes
            .get(end + 1)
            .is_none_or(|&a| a.is_ascii() && !is_ascii_alnum_byte(a)),
        Some(&b) => b.is_ascii(),
    };
    if ends { end } else { word_end_slow(text, end) }
}

/// [`word_end`] past its inlined part: a connector or a char outside ASCII at `end`.
#[inline(never)]
fn word_end_slow(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // The ASCII letters and digits of the word, a byte at a time.
        end += bytes
            .get(end..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| is_ascii_alnum_byte(b))
            .count();
        // An ASCII byte that is no letter, digit or connector (a space, nearly
        // always) ends the word without decoding a char.
        if bytes
            .get(end)
            .is_none_or(|&b| b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b',' | b'/' | b'&'))
        {
            break;
        }
        let Some(d) = char_at(text, end) else {
            break;
        };
        // `won&#8217;t`, `Russiaâ€™s`: an encoded apostrophe inside the word; any
        // other encoded mark ends it (`Noâ€\u{9d}`).
        if matches!(d, '&' | 'â') {
            match encoded_in_word(text, end) {
                Some(0) => break,
                Some(len) => {
                    end += len;
                    continue;
                }
                None => {}
            }
        }
        if is_alnum(d) || d == '\u{200b}' || is_inner_mark(d) {
            end += d.len_utf8();
            continue;
        }
        if !is_connector(d) {
            break;
        }
        // A connector joins only if a letter or digit follows it.
        let after = char_at(text, end + d.len_utf8());
        let joins = match (d, after) {
            // A digit before and after: `1,000`. What precedes a connector is
            // always the word's last letter, digit or zero-width space.
            (',', Some(a)) => a.is_ascii_digit() && last_is_numeric(text, end),
            (_, Some(a)) => is_alnum(a),
            _ => false,
        };
        if !joins {
            break;
        }
        end += d.len_utf8();
    }
    end
}

/// Cuts `text` into tokens, in one pass.
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    tokenize_with(text, &mut out);
    out
}

/// About how many tokens `text` has: news prose has a token every five bytes or more.
pub(crate) fn estimate(text: &str) -> usize {
    text.len() / 5 + 1
}

/// Where [`tokenize_with`] hands its tokens, in order.
pub(crate) trait Sink {
    fn push(&mut self, t: Tok);
}

#[cfg(test)]
impl Sink for Vec<Tok> {
    fn push(&mut self, t: Tok) {
        Vec::push(self, t);
    }
}

/// [`tokenize`], handing each token to `out`: the caller reads what it needs of a token
/// (its word's entry in the tables, its case) while the token is at hand, rather than in a
/// second pass over them all.
#[inline]
pub(crate) fn tokenize_with(text: &str, out: &mut impl Sink) {
    let bytes = text.as_bytes();
    // A byte cursor, always on a char boundary: ASCII letters and digits inside a word are
    // taken a byte at a time without decoding.
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        // The space between two words, nearly always.
        if b == b' ' {
            pos += 1;
            continue;
        }
        // A word opening with an ASCII letter or digit, nearly always: no char decoded.
        if is_ascii_alnum_byte(b) {
            let i = pos;
            pos = word_end(text, i + 1);
            out.push(Tok {
                start: i,
                end: pos,
                kind: Kind::Word,
            });
            continue;
        }
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
        // `&...;`, or `â` (C3 A2) as mojibake begins: other `Ã` chars (`é`) go on.
        if (b == b'&' || b == 0xC3 && bytes.get(i + 1) == Some(&0xA2))
            && let Some((len, kind)) = encoded_token(text, i)
        {
            pos = i + len;
            out.push(Tok {
                start: i,
                end: pos,
                kind,
            });
            continue;
        }
        if is_alnum(c) {
            pos = word_end(text, pos);
            out.push(Tok {
                start: i,
                end: pos,
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
    fn the_byte_table_is_ascii_alphanumeric() {
        for b in 0..=u8::MAX {
            assert_eq!(is_ascii_alnum_byte(b), b.is_ascii_alphanumeric(), "{b:#x}");
        }
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
    fn inner_marks_stay_inside_words() {
        // A virama and vowel signs (Hindi), a combining acute, Thai vowel signs.
        let t = show("मंत्री ने कहा। cafe\u{301} น้ำท่วม");
        assert_eq!(
            t.iter().map(|x| x.0).collect::<Vec<_>>(),
            ["मंत्री", "ने", "कहा", "।", "cafe\u{301}", "น้ำท่วม"]
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
    fn marks_written_as_references_or_mojibake() {
        assert_eq!(
            show("&quot;Yes,&quot; won&#8217;t â€œNoâ€\u{9d} Russiaâ€™s"),
            [
                ("&quot;", Kind::Mark),
                ("Yes", Kind::Word),
                (",", Kind::Punct),
                ("&quot;", Kind::Mark),
                ("won&#8217;t", Kind::Word),
                ("â€œ", Kind::Mark),
                ("No", Kind::Word),
                ("â€\u{9d}", Kind::Mark),
                ("Russiaâ€™s", Kind::Word)
            ]
        );
        // A dash as mojibake is one token, its `“` no quotation mark.
        assert_eq!(
            show("7â€“2"),
            [("7", Kind::Word), ("â€“", Kind::Punct), ("2", Kind::Word)]
        );
        // Other references and accented words are left as they are.
        assert_eq!(
            show("Fish &amp; chips âge"),
            [
                ("Fish", Kind::Word),
                ("&", Kind::Punct),
                ("amp", Kind::Word),
                (";", Kind::Punct),
                ("chips", Kind::Word),
                ("âge", Kind::Word)
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

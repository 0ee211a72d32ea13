//! Small text predicates shared by the construct parsers.

/// Whether `c` ends a sentence.
pub(crate) fn is_terminal(c: char) -> bool {
    // Also the full stops of Devanagari and Bengali (`।`), Urdu (`۔`), Arabic (`؟`),
    // Armenian, Ethiopic and Myanmar.
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '।' | '॥' | '۔' | '؟' | '։' | '።' | '။'
    )
}

/// Scripts whose every char is a letter: Latin-1 letters, basic Cyrillic, Hangul syllables,
/// CJK ideographs, hiragana and katakana (checked against the Unicode tables in the tests).
/// The letters news text has most, answered without the standard library's table search.
const ALL_LETTERS: &[(char, char)] = &[
    ('\u{C0}', '\u{D6}'),
    ('\u{D8}', '\u{F6}'),
    ('\u{F8}', '\u{FF}'),
    ('\u{410}', '\u{44F}'),
    ('\u{3041}', '\u{3096}'),
    ('\u{30A1}', '\u{30FA}'),
    ('\u{4E00}', '\u{9FFF}'),
    ('\u{AC00}', '\u{D7A3}'),
];

/// `c.is_alphabetic()`, with no table search for ASCII, the General Punctuation block
/// (`’ “ ” — …`, none of them a letter) and the [`ALL_LETTERS`] ranges.
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return false;
    }
    ALL_LETTERS.iter().any(|&(a, z)| (a..=z).contains(&c)) || c.is_alphabetic()
}

/// `c.is_alphanumeric()`, as fast as [`is_alphabetic`] for the same chars.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return false;
    }
    ALL_LETTERS.iter().any(|&(a, z)| (a..=z).contains(&c)) || c.is_alphanumeric()
}

/// Number of whitespace-separated words.
pub(crate) fn word_count(s: &str) -> usize {
    words_up_to(s, usize::MAX)
}

/// Number of words, counting no further than `max` (ASCII whitespace separates words; with
/// `max` 0, no further than one).
pub(crate) fn words_up_to(s: &str, max: usize) -> usize {
    let cap = max.max(1);
    let b = s.as_bytes();
    let ws = |c: u8| (c == b' ') | (c == b'\t') | (c == b'\n') | (c == b'\r') | (c == b'\x0c');
    let mut n = usize::from(b.first().is_some_and(|&c| !ws(c)));
    // Then the word starts (a byte that is no space after one that is), 32 bytes at a time:
    // counted as sums of 0s and 1s over pairs of bytes, which the compiler vectorises, with
    // the limit tested after each run.
    let mut at = 1;
    while n < cap && at < b.len() {
        let end = (at + WORD_RUN).min(b.len());
        let (Some(before), Some(here)) = (b.get(at - 1..end - 1), b.get(at..end)) else {
            break;
        };
        let starts: u8 = before
            .iter()
            .zip(here)
            .map(|(&p, &c)| u8::from(ws(p) & !ws(c)))
            .sum();
        n += usize::from(starts);
        at = end;
    }
    n.min(cap)
}

/// Bytes [`words_up_to`] counts between two tests of its limit.
const WORD_RUN: usize = 32;

/// The last character that is not a closing quotation mark or bracket.
pub(crate) fn last_significant_char(s: &str) -> Option<char> {
    s.trim_end()
        .chars()
        .rev()
        .find(|c| !matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '“'))
}

/// Whether the text ends like a sentence (`.`, `!`, `?`, possibly inside quotes).
pub(crate) fn ends_like_sentence(s: &str) -> bool {
    last_significant_char(s).is_some_and(is_terminal)
}

/// A table of phrases that may open a block, indexed by their first byte so that a block is
/// compared only with the phrases that start like it. Phrases are written in lower case;
/// matching is ASCII case-insensitive (see [`strip_prefix_ci`]).
///
/// Each phrase keeps its first eight bytes, lowercased, as one `u64` ([`Head`]): a block's
/// first eight bytes are lowercased once, and each phrase of its bucket is compared in one
/// masked compare; only a phrase longer than that is compared further.
pub(crate) struct Phrases<T: Copy + 'static> {
    by_first: Vec<Vec<(Head, &'static str, T)>>,
}

/// The first eight bytes of a phrase, ASCII letters lowercased, and the mask of those it
/// has (a shorter phrase has fewer).
#[derive(Debug, Clone, Copy)]
struct Head {
    bytes: u64,
    mask: u64,
}

impl Head {
    fn of(phrase: &str) -> Head {
        let (bytes, n) = head_bytes(phrase.as_bytes());
        let mask = if n >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        Head { bytes, mask }
    }
}

/// Up to the first eight bytes of `b`, ASCII letters lowercased, as a little-endian `u64`
/// (zeros after the end), and how many there are.
fn head_bytes(b: &[u8]) -> (u64, usize) {
    let n = b.len().min(8);
    // Most texts have eight bytes: one load (a copy of fewer would call `memcpy`).
    let x = match b.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => {
            let mut buf = [0u8; 8];
            buf.iter_mut().zip(b).for_each(|(d, s)| *d = *s);
            u64::from_le_bytes(buf)
        }
    };
    // Per byte, the high bit of `upper` is set for `A` to `Z`: at least `A` and below `[`
    // in its low seven bits, and itself below 0x80. Adding 0x20 lowercases it.
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & LOW;
    let at_least_a = low.wrapping_add(0x3F3F_3F3F_3F3F_3F3F) & HIGH;
    let past_z = low.wrapping_add(0x2525_2525_2525_2525) & HIGH;
    let upper = at_least_a & !past_z & !x & HIGH;
    (x | (upper >> 2), n)
}

impl<T: Copy + 'static> Phrases<T> {
    /// Indexes `items` (a phrase and what it means), keeping their order within a first byte.
    pub(crate) fn new(items: &'static [(&'static str, T)]) -> Self {
        let mut by_first: Vec<Vec<(Head, &'static str, T)>> = vec![Vec::new(); 256];
        for &(phrase, value) in items {
            if let Some(&b) = phrase.as_bytes().first()
                && let Some(slot) = by_first.get_mut(usize::from(b.to_ascii_lowercase()))
            {
                slot.push((Head::of(phrase), phrase, value));
            }
        }
        Phrases { by_first }
    }

    /// The first phrase (in table order) that opens `text` and passes `accept` (given the
    /// rest of the text), with its value and the rest.
    pub(crate) fn strip<'a>(
        &self,
        text: &'a str,
        accept: impl Fn(&str, &'a str) -> bool,
    ) -> Option<(&'a str, T)> {
        let b = text.as_bytes().first()?.to_ascii_lowercase();
        let (head, _) = head_bytes(text.as_bytes());
        self.by_first
            .get(usize::from(b))?
            .iter()
            .find_map(|&(h, phrase, value)| {
                if head & h.mask != h.bytes {
                    return None;
                }
                let rest = if phrase.len() <= 8 {
                    // The head compare was the whole phrase (a shorter text has zeros
                    // there, which no phrase has, unless it is that short itself).
                    text.get(phrase.len()..)?
                } else {
                    strip_prefix_ci(text, phrase)?
                };
                accept(phrase, rest).then_some((rest, value))
            })
    }
}

/// `words` sorted and deduplicated, for [`contains_ci`].
pub(crate) fn sorted(words: &[&'static str]) -> Vec<&'static str> {
    let mut v = words.to_vec();
    v.sort_unstable();
    v.dedup();
    v
}

/// Whether `word`, in ASCII lower case, is in the sorted lower-case list `set`: a binary
/// search over a copy lowered on the stack (words over 80 bytes are never in it).
pub(crate) fn contains_ci(set: &[&str], word: &str) -> bool {
    let mut buf = [0u8; 80];
    let Some(dst) = buf.get_mut(..word.len()) else {
        return false;
    };
    dst.copy_from_slice(word.as_bytes());
    dst.make_ascii_lowercase();
    std::str::from_utf8(dst).is_ok_and(|w| set.binary_search(&w).is_ok())
}

/// The rest of `text` after `phrase` when `text` starts with it, ASCII letters compared without
/// case (`phrase` is written in lower case; other characters must match exactly). A byte
/// comparison: phrase tables are tried on every block, so this is kept cheap.
pub(crate) fn strip_prefix_ci<'a>(text: &'a str, phrase: &str) -> Option<&'a str> {
    let head = text.as_bytes().get(..phrase.len())?;
    if head.eq_ignore_ascii_case(phrase.as_bytes()) {
        text.get(phrase.len()..)
    } else {
        None
    }
}

/// Words the page analysis's scan of a block (`page::signals`) found in it or ruled out,
/// for the line tests that search for them: a test skips its search in a block that has
/// none. A bit set says the block may have the word (in any ASCII case); [`Hints::ANY`] is
/// what is known of a block the scan did not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hints(u8);

impl Hints {
    /// Nothing ruled out.
    pub(crate) const ANY: Hints = Hints(u8::MAX);
    /// `credit` (`Credit...` labels).
    pub(crate) const CREDIT: u8 = 1;
    /// `photo` or `image` (`Photo by`, `Image by` labels).
    pub(crate) const PHOTO: u8 = 2;
    /// `ontribut` (contributor lines).
    pub(crate) const CONTRIBUTE: u8 = 4;

    /// The hints of a block in which the scan found the words of `bits`.
    pub(crate) fn found(bits: u8) -> Hints {
        Hints(bits)
    }

    /// Whether the block may have the word of `bit`.
    pub(crate) fn may(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

/// `text` trimmed ([`str::trim`]), when that is at most `max` bytes long. A longer text
/// whose first and last bytes are ASCII and no whitespace trims to itself: it is ruled out
/// without the trim, which decodes a char at each end. Many line tests take only short
/// lines, and are asked of every line.
pub(crate) fn trimmed_within(text: &str, max: usize) -> Option<&str> {
    let b = text.as_bytes();
    let solid = |c: Option<&u8>| c.is_some_and(u8::is_ascii_graphic);
    if text.len() > max && solid(b.first()) && solid(b.last()) {
        return None;
    }
    let t = text.trim();
    (t.len() <= max).then_some(t)
}

/// The longest prefix of `s` of at most `max` bytes that ends on a char boundary.
pub(crate) fn prefix(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_up_to_counts_as_a_byte_by_byte_count_stopping_at_the_limit() {
        let reference = |s: &str, max: usize| {
            let mut n = 0;
            let mut in_word = false;
            for &b in s.as_bytes() {
                let ws = matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
                if !ws && !in_word {
                    n += 1;
                    if n >= max {
                        return n;
                    }
                }
                in_word = !ws;
            }
            n
        };
        let long = "word ".repeat(50) + " tail\t\x0b end";
        for s in [
            "",
            " ",
            "a",
            " a ",
            "one two  three\n\tfour\r\x0cfive",
            "caf\u{e9} \u{a0}x\u{3000}y",
            long.as_str(),
        ] {
            for max in [0, 1, 2, 3, 8, 31, 32, 33, 45, 64, 100, usize::MAX] {
                assert_eq!(words_up_to(s, max), reference(s, max), "{s:?} {max}");
            }
        }
    }

    #[test]
    fn trimmed_within_is_a_trim_and_a_length_test() {
        for t in [
            "",
            " ",
            "Photo",
            " Photo ",
            "\u{a0}Photo\u{2003}",
            "A much longer line of text",
            "  A much longer line of text\u{3000}",
            "«A much longer line»",
            "x\u{1c}",
        ] {
            for max in [0, 5, 12, 40] {
                let want = (t.trim().len() <= max).then_some(t.trim());
                assert_eq!(trimmed_within(t, max), want, "{t:?} {max}");
            }
        }
    }

    #[test]
    fn fast_letter_tests_agree_with_the_standard_library() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn case_blind_prefixes() {
        assert_eq!(strip_prefix_ci("Updated: now", "updated"), Some(": now"));
        assert_eq!(strip_prefix_ci("UPDATED", "updated"), Some(""));
        assert_eq!(strip_prefix_ci("Upd", "updated"), None);
        assert_eq!(strip_prefix_ci("입력 2023", "입력"), Some(" 2023"));
        assert_eq!(strip_prefix_ci("éa", "e"), None);
    }

    #[test]
    fn phrase_tables_strip_what_strip_prefix_ci_strips() {
        static TABLE: &[(&str, u8)] = &[
            ("by", 0),
            ("by:", 1),
            ("updated", 2),
            ("updated on", 3),
            ("editor's note", 4),
            ("입력", 5),
            ("a", 6),
            ("[x]", 7),
            ("published by the", 8),
        ];
        let phrases = Phrases::new(TABLE);
        for text in [
            "By Jane",
            "BY: x",
            "by",
            "b",
            "",
            "Updated On Monday",
            "UPDATED",
            "updatedx",
            "Editor's Note: x",
            "EDITOR'S NOTE",
            "입력 2023",
            "입",
            "A",
            "a b",
            "[X] y",
            "[x",
            "Published by the",
            "published by th",
            "@by",
            "Bz",
            "\u{c0}pdated",
        ] {
            let want = TABLE
                .iter()
                .find_map(|&(p, v)| strip_prefix_ci(text, p).map(|r| (r, v)));
            assert_eq!(phrases.strip(text, |_, _| true), want, "{text:?}");
        }
    }

    #[test]
    fn head_bytes_lowercase_ascii_letters_only() {
        let all: Vec<u8> = (0..=255u8).collect();
        for chunk in all.chunks(8) {
            let (x, n) = head_bytes(chunk);
            let want: Vec<u8> = chunk.iter().map(u8::to_ascii_lowercase).collect();
            assert_eq!(x.to_le_bytes().get(..n), Some(&want[..]), "{chunk:?}");
        }
    }

    #[test]
    fn prefixes_end_on_char_boundaries() {
        assert_eq!(prefix("héllo", 2), "h");
        assert_eq!(prefix("héllo", 3), "hé");
        assert_eq!(prefix("abc", 10), "abc");
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_like_sentence("He left."));
        assert!(ends_like_sentence("“We are ready.”"));
        assert!(!ends_like_sentence("Top diplomats meet in Iceland"));
        assert!(!ends_like_sentence(""));
    }
}

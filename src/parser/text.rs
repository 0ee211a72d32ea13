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

/// Number of words, counting no further than `max` (ASCII whitespace separates words).
pub(crate) fn words_up_to(s: &str, max: usize) -> usize {
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
}

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
pub(crate) struct Phrases<T: Copy + 'static> {
    by_first: Vec<Vec<(&'static str, T)>>,
}

impl<T: Copy + 'static> Phrases<T> {
    /// Indexes `items` (a phrase and what it means), keeping their order within a first byte.
    pub(crate) fn new(items: &'static [(&'static str, T)]) -> Self {
        let mut by_first: Vec<Vec<(&'static str, T)>> = vec![Vec::new(); 256];
        for &(phrase, value) in items {
            if let Some(&b) = phrase.as_bytes().first()
                && let Some(slot) = by_first.get_mut(usize::from(b.to_ascii_lowercase()))
            {
                slot.push((phrase, value));
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
        self.by_first
            .get(usize::from(b))?
            .iter()
            .find_map(|&(phrase, value)| {
                let rest = strip_prefix_ci(text, phrase)?;
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

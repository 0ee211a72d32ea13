//! Small text predicates shared by the construct parsers.

/// Whether `c` ends a sentence.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// nom's `tag_no_case` for the phrase tables the construct parsers try at the start of every
/// line: an ASCII phrase is compared byte by byte with `eq_ignore_ascii_case` instead of
/// lowercasing both sides char by char (which made those tables a hot spot); a non-ASCII
/// phrase goes through nom's parser. The one difference: nom also lets the Kelvin sign `K`
/// match a `k`.
pub(crate) fn tag_no_case<'p>(phrase: &'p str) -> impl Fn(&str) -> nom::IResult<&str, &str> + 'p {
    move |i: &str| {
        // Two ASCII first bytes that differ but for case: no match (most tries end here).
        if let (Some(a), Some(b)) = (i.as_bytes().first(), phrase.as_bytes().first())
            && a.is_ascii()
            && b.is_ascii()
            && !a.eq_ignore_ascii_case(b)
        {
            return Err(tag_error(i));
        }
        // Equal but for ASCII case: a match (the prefix ends where the phrase's last char
        // does, on a char boundary).
        if let Some(head) = i.as_bytes().get(..phrase.len())
            && head.eq_ignore_ascii_case(phrase.as_bytes())
        {
            return i
                .split_at_checked(phrase.len())
                .map(|(matched, rest)| (rest, matched))
                .ok_or_else(|| tag_error(i));
        }
        if phrase.is_ascii() {
            return Err(tag_error(i));
        }
        nom::Parser::parse(&mut nom::bytes::complete::tag_no_case(phrase), i)
    }
}

/// A quick, exact test of whether a text may start with one of a set of phrases, as
/// [`tag_no_case`] reads them: the text's first bytes (up to four, ASCII case ignored) must
/// be those of some phrase. Phrase tables are tried at the start of every line; most lines
/// open with none of them, and one lookup here spares trying each phrase.
#[derive(Debug, Default)]
pub(crate) struct PhraseGate {
    /// By length 0 to 4: the lower-cased ASCII prefixes of the phrases, packed and sorted.
    /// A phrase contributes its bytes up to the first non-ASCII one. Length 0 (a phrase
    /// that opens with a non-ASCII char) may match any text that opens with a non-ASCII
    /// byte: the phrases are lower case, and no ASCII char lowercases to a non-ASCII one.
    keys: [Vec<u32>; 5],
}

impl PhraseGate {
    pub(crate) fn new<'p>(phrases: impl IntoIterator<Item = &'p str>) -> Self {
        let mut gate = PhraseGate::default();
        for p in phrases {
            let n = p.bytes().take(4).take_while(u8::is_ascii).count();
            if let (Some(keys), Some(head)) = (gate.keys.get_mut(n), p.as_bytes().get(..n)) {
                keys.push(pack_lower(head));
            }
        }
        for keys in &mut gate.keys {
            keys.sort_unstable();
            keys.dedup();
        }
        gate
    }

    /// Whether `text` may start with one of the phrases (`false`: it starts with none).
    pub(crate) fn may_start(&self, text: &str) -> bool {
        let Some(first) = text.bytes().next() else {
            return false;
        };
        if !first.is_ascii() {
            return self.keys.first().is_some_and(|k| !k.is_empty());
        }
        self.keys.iter().enumerate().skip(1).any(|(n, keys)| {
            !keys.is_empty()
                && text
                    .as_bytes()
                    .get(..n)
                    .is_some_and(|head| keys.binary_search(&pack_lower(head)).is_ok())
        })
    }
}

/// Up to four bytes, ASCII-lower-cased, in a `u32`.
fn pack_lower(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(4)
        .fold(0, |acc, b| (acc << 8) | u32::from(b.to_ascii_lowercase()))
}

fn tag_error(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag))
}

/// Number of whitespace-separated words (as `split_whitespace` counts them).
pub(crate) fn word_count(s: &str) -> usize {
    word_count_up_to(s, usize::MAX)
}

/// Number of whitespace-separated words, counted up to `cap` only: a paragraph of hundreds
/// of words need not be counted to know it has more than twenty. A plain loop over the
/// chars: `split_whitespace` costs several times as much per byte, and every block is
/// counted more than once.
pub(crate) fn word_count_up_to(s: &str, cap: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for (at, b) in s.bytes().enumerate() {
        let space = match b {
            // ASCII: `char::is_whitespace` is space, tab, LF, VT, FF, CR.
            0..0x80 => matches!(b, b' ' | b'\t'..=b'\r'),
            // A continuation byte belongs to the char its lead byte decided.
            0x80..0xC0 => continue,
            _ => s
                .get(at..)
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_whitespace),
        };
        if space {
            in_word = false;
        } else if !in_word {
            if words >= cap {
                break;
            }
            in_word = true;
            words += 1;
        }
    }
    words
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
    fn tag_no_case_matches_as_nom_does() {
        for (phrase, input) in [
            ("photo:", "PHOTO: x"),
            ("photo:", "Photo x"),
            ("photo:", "pho"),
            ("by", "By Jane"),
            ("publié", "PUBLIÉ le"),
            ("publié", "publie"),
            ("입력", "입력 2021"),
            ("by", ""),
            ("by", "b\u{e9}"),
        ] {
            let ours = tag_no_case(phrase)(input).ok();
            let noms = nom::Parser::parse(
                &mut nom::bytes::complete::tag_no_case::<&str, &str, nom::error::Error<&str>>(
                    phrase,
                ),
                input,
            )
            .ok();
            assert_eq!(ours, noms, "{phrase:?} on {input:?}");
        }
    }

    #[test]
    fn the_phrase_gate_lets_every_match_through() {
        let phrases = ["by", "written by", "publié", "입력", "x"];
        let gate = PhraseGate::new(phrases);
        for text in [
            "By Jane",
            "WRITTEN BY",
            "Publié le",
            "PUBLIÉ",
            "입력 2021",
            "x",
            "X-ray",
        ] {
            assert!(gate.may_start(text), "{text:?}");
            assert!(
                phrases.iter().any(|p| tag_no_case(p)(text).is_ok()),
                "{text:?}"
            );
        }
        for text in ["The minister", "b", "", "Writ", "pub", "입"] {
            assert!(
                phrases.iter().all(|p| tag_no_case(p)(text).is_err()),
                "{text:?}"
            );
        }
        let ascii_led = PhraseGate::new(["by", "written by", "publié", "x"]);
        for text in ["The minister", "b", "", "Wrote", "입력"] {
            assert!(!ascii_led.may_start(text), "{text:?}");
        }
        // A phrase that opens with a non-ASCII char lets through what opens with one.
        assert!(PhraseGate::new(["입력"]).may_start("수정"));
        assert!(!PhraseGate::new(["입력"]).may_start("anything"));
    }

    #[test]
    fn word_counts_agree_with_split_whitespace() {
        for s in [
            "",
            " ",
            "one",
            "  two words ",
            "tab\tand\nnewline\u{b}vt",
            "nbsp\u{a0}joins\u{3000}ideographic",
            "é à ü",
        ] {
            assert_eq!(word_count(s), s.split_whitespace().count(), "{s:?}");
            for cap in 0..4 {
                assert_eq!(
                    word_count_up_to(s, cap),
                    s.split_whitespace().take(cap).count(),
                    "{s:?} up to {cap}"
                );
            }
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

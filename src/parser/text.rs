//! Small text predicates shared by the construct parsers.

/// Whether `c` ends a sentence.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// Number of whitespace-separated words.
pub(crate) fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
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

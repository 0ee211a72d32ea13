//! Page boilerplate: menus, share prompts, comment forms, copyright lines ...
//!
//! ## Grammar
//!
//! ```text
//! boilerplate = known-phrase-line      ; "Leave a Reply", "Share this story", ...
//! ```
//!
//! A block is boilerplate when its whole text is a known phrase of a kind (case and a
//! trailing colon ignored). The lexicon is built once into a static.
//!
//! ## Examples
//!
//! ```text
//! > | Leave a Reply
//!     ^^^^^^^^^^^^^ comment_form
//! > | Your email address will not be published.
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment_form
//! ```

use std::borrow::Cow;

use once_cell::sync::Lazy;

use crate::Span;
use crate::ast::{Boilerplate, BoilerplateKind};

/// Whole-line phrases, lower case, by kind.
const PHRASES: &[(&str, BoilerplateKind)] = &[
    ("leave a reply", BoilerplateKind::CommentForm),
    ("leave a comment", BoilerplateKind::CommentForm),
    (
        "your email address will not be published.",
        BoilerplateKind::CommentForm,
    ),
    ("you can read also", BoilerplateKind::Related),
    ("you may also like", BoilerplateKind::Related),
    ("related", BoilerplateKind::Related),
    ("share this story", BoilerplateKind::Share),
    ("share this", BoilerplateKind::Share),
    ("advertisement", BoilerplateKind::Advertisement),
    ("world news", BoilerplateKind::Category),
];

static LEXICON: Lazy<std::collections::HashMap<&'static str, BoilerplateKind>> =
    Lazy::new(|| PHRASES.iter().copied().collect());

/// The kind of boilerplate `text` (one block) is, if it is.
pub(crate) fn classify(text: &str) -> Option<BoilerplateKind> {
    let t = text.trim().trim_end_matches(':');
    if t.len() > 64 {
        return None;
    }
    LEXICON.get(t.to_lowercase().as_str()).copied()
}

/// A boilerplate node.
pub(crate) fn build(input: &str, span: Span, kind: BoilerplateKind) -> Boilerplate<'_> {
    Boilerplate {
        kind,
        text: Cow::Borrowed(span.slice(input).unwrap_or("")),
        span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_lines() {
        assert_eq!(
            classify("Leave a Reply"),
            Some(BoilerplateKind::CommentForm)
        );
        assert_eq!(classify("Related:"), Some(BoilerplateKind::Related));
        assert_eq!(classify("The minister left."), None);
    }
}

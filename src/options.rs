//! Options for [`parse_article_with`](crate::parse_article_with).

use crate::BoilerplateKind;

/// Settings for a parse. Build one with [`ParseOptions::default`] and the `with_*` methods;
/// new settings may be added in minor releases.
///
/// ```
/// use newsparse::ParseOptions;
/// let options = ParseOptions::default().with_max_input_bytes(1 << 20);
/// assert_eq!(options.max_input_bytes, 1 << 20);
/// ```
///
/// # Limits on hostile input
///
/// A parse takes time and memory linear in the size of its input. The limits below bound
/// that work further for input that may be hostile (a service parsing whatever it is sent).
/// The defaults sit far above any real article, so they never change the parse of one.
///
/// | limit | when it is hit |
/// |---|---|
/// | [`max_input_bytes`](ParseOptions::max_input_bytes) | the input is refused with [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge) |
/// | [`max_blocks`](ParseOptions::max_blocks) | the input parses; the rest of it past the limit is one final paragraph, flagged with a [`DiagnosticKind::LimitReached`](crate::DiagnosticKind::LimitReached) diagnostic |
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    // -- Limits that bound the work on hostile input --------------------------------------
    /// Inputs longer than this many bytes are refused with
    /// [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge). Default: 64 MiB, far above any real
    /// article (the longest in the evaluation corpora is under 200 KB) while bounding the work
    /// and memory one call can take.
    pub max_input_bytes: usize,

    // --- Page analysis (boilerplate) ---
    /// Whether to analyse the page as a whole to tell the article from the page furniture
    /// around it: menus before the headline, `Related` lists and comment threads after the
    /// text, short lines between furniture. Default: `true`. Turn it off for clean copy
    /// (wire feeds, corpora without page furniture): then only blocks that are a known
    /// boilerplate phrase (`Leave a Reply`, `Share this story`, a copyright line ...) are
    /// boilerplate, and the headline is the first title-shaped line.
    pub page_heuristics: bool,
    /// Extra boilerplate phrases, each with the kind it marks, on top of the built-in
    /// lexicon. A block of at most a few sentences that contains one of them (letter case
    /// ignored) is boilerplate of that kind, wherever it is. Default: none.
    pub boilerplate_phrases: Vec<(BoilerplateKind, String)>,
    /// The most blocks a parse makes. The input is cut into at most this many blocks, and an
    /// [`Article`](crate::Article) has at most this many. Past the limit, the parser stops:
    /// the blocks before it are parsed as usual and the rest of the input becomes one final
    /// [`Paragraph`](crate::Paragraph), so the blocks still partition the input, with a
    /// [`DiagnosticKind::LimitReached`](crate::DiagnosticKind::LimitReached) diagnostic over
    /// it. Blocks are counted as the input is cut, before classification joins any (a list
    /// laid out one item per paragraph counts one block per item), so the limit can be
    /// reached by an article that ends up with fewer blocks. A limit of 0 counts as 1.
    /// Default:
    /// [`DEFAULT_MAX_BLOCKS`](ParseOptions::DEFAULT_MAX_BLOCKS), 2^20, far above any real
    /// article (a long one has a few hundred blocks).
    ///
    /// ```
    /// use newsparse::{DiagnosticKind, ParseOptions};
    /// let options = ParseOptions::default().with_max_blocks(2);
    /// let article = newsparse::parse_article_with("Title\n\nOne.\n\nTwo.\n\nThree.", &options)?;
    /// assert_eq!(article.blocks.len(), 2);
    /// assert_eq!(article.blocks[1].text(), "One.\n\nTwo.\n\nThree.");
    /// assert_eq!(article.diagnostics[0].kind, DiagnosticKind::LimitReached);
    /// # Ok::<(), newsparse::ParseError>(())
    /// ```
    pub max_blocks: usize,
}

impl ParseOptions {
    /// The default input size limit, 64 MiB.
    pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;
    /// The default block limit, 2^20 (1,048,576).
    pub const DEFAULT_MAX_BLOCKS: usize = 1 << 20;

    /// Sets [`ParseOptions::max_input_bytes`].
    #[must_use]
    pub fn with_max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// Sets [`ParseOptions::page_heuristics`].
    ///
    /// ```
    /// use newsparse::ParseOptions;
    /// let wire = ParseOptions::default().with_page_heuristics(false);
    /// let text = "Home\n\nNews\n\nMinisters meet\n\nThe ministers met on Wednesday in the capital.\n";
    /// let article = newsparse::parse_article_with(text, &wire)?;
    /// assert_eq!(article.headline.map(|h| h.text.into_owned()).as_deref(), Some("Home"));
    /// # Ok::<(), newsparse::ParseError>(())
    /// ```
    #[must_use]
    pub fn with_page_heuristics(mut self, on: bool) -> Self {
        self.page_heuristics = on;
        self
    }

    /// Adds `phrase` to the boilerplate lexicon as a marker of `kind` (see
    /// [`ParseOptions::boilerplate_phrases`]).
    ///
    /// ```
    /// use newsparse::{BoilerplateKind, ParseOptions};
    /// let options = ParseOptions::default()
    ///     .with_boilerplate_phrase(BoilerplateKind::Advertisement, "Brought to you by");
    /// let text = "Ministers meet\n\nThe ministers met on Wednesday in the capital, officials said.\n\nBrought to you by Acme Widgets\n";
    /// let article = newsparse::parse_article_with(text, &options)?;
    /// let kinds: Vec<_> = article.boilerplate().map(|b| b.kind).collect();
    /// assert_eq!(kinds, [BoilerplateKind::Advertisement]);
    /// # Ok::<(), newsparse::ParseError>(())
    /// ```
    #[must_use]
    pub fn with_boilerplate_phrase(
        mut self,
        kind: BoilerplateKind,
        phrase: impl Into<String>,
    ) -> Self {
        self.boilerplate_phrases.push((kind, phrase.into()));
        self
    }

    /// Sets [`ParseOptions::max_blocks`].
    #[must_use]
    pub fn with_max_blocks(mut self, limit: usize) -> Self {
        self.max_blocks = limit;
        self
    }
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_input_bytes: Self::DEFAULT_MAX_INPUT_BYTES,
            page_heuristics: true,
            boilerplate_phrases: Vec::new(),
            max_blocks: Self::DEFAULT_MAX_BLOCKS,
        }
    }
}

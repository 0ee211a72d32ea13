//! Options for [`parse_article_with`](crate::parse_article_with).

/// Settings for a parse. Build one with [`ParseOptions::default`] and the `with_*` methods;
/// new settings may be added in minor releases.
///
/// ```
/// use newsparse::ParseOptions;
/// let options = ParseOptions::default().with_max_input_bytes(1 << 20);
/// assert_eq!(options.max_input_bytes, 1 << 20);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Inputs longer than this many bytes are refused with
    /// [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge). Default: 64 MiB, far above any real
    /// article (the longest in the evaluation corpora is under 200 KB) while bounding the work
    /// and memory one call can take.
    pub max_input_bytes: usize,
}

impl ParseOptions {
    /// The default input size limit, 64 MiB.
    pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

    /// Sets [`ParseOptions::max_input_bytes`].
    #[must_use]
    pub fn with_max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = limit;
        self
    }
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_input_bytes: Self::DEFAULT_MAX_INPUT_BYTES,
        }
    }
}

//! Hooks for the per-phase benchmarks (`benches/parse.rs`): run the parser one phase at a
//! time, on the outputs of the phases before it.
//!
//! Not public API. Built only with the `bench-internals` cargo feature (off by default; the
//! crate's own benches and tests turn it on), hidden from the docs, and free to change in any
//! release. The wrappers call the very functions [`parse_article_with`](crate::parse_article_with)
//! calls, in the same order, so a phase measured here is the phase a parse runs.
//!
//! ```
//! use newsparse::__bench::{PHASES, Stage};
//! let options = newsparse::ParseOptions::default();
//! let before_classify = Stage::before("Title\n\nBody.", &options, "classify").unwrap();
//! let done = before_classify.clone().step();
//! assert_eq!(done.article().map(|a| a.blocks.len()), Some(2));
//! assert_eq!(PHASES.first(), Some(&"segment"));
//! ```

use crate::parser::page::PagePlan;
use crate::parser::segment::Segments;
use crate::parser::{classify, limits, mojibake, noise, page, quote, segment};
use crate::{Article, ParseError, ParseOptions};

/// The parser's phases, in the order a parse runs them. To bench a new phase, add its name
/// here and its call to [`Stage::step`].
pub const PHASES: &[&str] = &["segment", "page", "classify", "quotes", "noise"];

/// A parse stopped between two phases: the input and what the phases run so far computed.
#[derive(Debug, Clone)]
pub struct Stage<'a> {
    input: &'a str,
    options: ParseOptions,
    /// How many of [`PHASES`] have run.
    done: usize,
    segments: Option<Segments>,
    plan: Option<PagePlan>,
    article: Option<Article<'a>>,
}

impl<'a> Stage<'a> {
    /// A checked input, before the first phase.
    ///
    /// # Errors
    ///
    /// The [`ParseError`] a parse of `input` returns.
    pub fn new(input: &'a str, options: &ParseOptions) -> Result<Self, ParseError> {
        crate::parser::check(input, options)?;
        Ok(Stage {
            input,
            options: options.clone(),
            done: 0,
            segments: None,
            plan: None,
            article: None,
        })
    }

    /// `input` with every phase before `phase` run (all of them for an unknown name), so that
    /// [`Stage::step`] runs `phase`.
    ///
    /// # Errors
    ///
    /// The [`ParseError`] a parse of `input` returns.
    pub fn before(input: &'a str, options: &ParseOptions, phase: &str) -> Result<Self, ParseError> {
        let mut stage = Stage::new(input, options)?;
        while PHASES.get(stage.done).is_some_and(|p| *p != phase) {
            stage = stage.step();
        }
        Ok(stage)
    }

    /// Runs the next phase; does nothing once all have run.
    #[must_use]
    pub fn step(mut self) -> Self {
        let (input, options) = (self.input, &self.options);
        match PHASES.get(self.done).copied() {
            Some("segment") => {
                self.segments = Some(segment::segment_with_limit(
                    input,
                    limits::max_blocks(options),
                ));
            }
            Some("page") => {
                if let Some(segments) = &self.segments {
                    self.plan = Some(page::analyse(input, segments, options));
                }
            }
            Some("classify") => {
                if let (Some(segments), Some(plan)) = (&self.segments, &self.plan) {
                    let mut article = classify::classify(input, segments, plan, options);
                    limits::enforce_max_blocks(input, &mut article, segments.rest, options);
                    self.article = Some(article);
                }
            }
            Some("quotes") => {
                if let Some(article) = self.article.as_mut() {
                    quote::run(input, article);
                }
            }
            Some("noise") => {
                if let Some(article) = self.article.as_mut() {
                    noise::run(input, article);
                    mojibake::run(input, article);
                }
            }
            _ => return self,
        }
        self.done += 1;
        self
    }

    /// The name of the phase [`Stage::step`] runs next, if any is left.
    #[must_use]
    pub fn next_phase(&self) -> Option<&'static str> {
        PHASES.get(self.done).copied()
    }

    /// The article, once the phase that builds it has run.
    #[must_use]
    pub fn article(&self) -> Option<&Article<'a>> {
        self.article.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_through_every_phase_equals_a_parse() {
        let input = "Title\n\n• one\n• two\n\n“We are ready,” the minister said on Tuesday.\n\nLeave a Reply\n";
        let options = ParseOptions::default().with_max_blocks(3);
        let mut stage = Stage::new(input, &options).unwrap();
        for phase in PHASES {
            assert_eq!(stage.next_phase(), Some(*phase));
            stage = stage.step();
        }
        assert_eq!(stage.next_phase(), None);
        let parsed = crate::parse_article_with(input, &options).unwrap();
        assert_eq!(stage.article(), Some(&parsed));
        assert_eq!(parsed.quotes.len(), 1);
    }

    #[test]
    fn before_stops_ahead_of_the_phase() {
        let options = ParseOptions::default();
        for (i, phase) in PHASES.iter().enumerate() {
            let stage = Stage::before("Title\n\nBody.", &options, phase).unwrap();
            assert_eq!(stage.done, i);
        }
    }
}

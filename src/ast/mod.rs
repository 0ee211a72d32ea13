//! The typed syntax tree of an article.
//!
//! [`Article`] is the root. Text fields borrow from the input (`Cow::Borrowed`) unless the
//! parser had to normalise them; [`Article::into_owned`] detaches the whole tree from the
//! input. Every node has a [`Span`](crate::Span) of byte offsets into the input.

mod block;
mod diagnostic;
mod meta;
mod quote;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::Span;

pub use block::{
    Block, Boilerplate, BoilerplateKind, Caption, Dek, Embed, EmbedPlatform, List, ListItem,
    Paragraph, SignOff, SignOffKind, Subheading,
};
pub use diagnostic::{Diagnostic, DiagnosticKind};
pub use meta::{
    Author, Byline, CivilDate, CivilTime, Dateline, Headline, Timestamp, TimestampKind,
};
pub use quote::{Cue, Quote, QuoteKind, Source, Speaker};

/// The version of the JSON shape [`Article`] serialises to (see the crate docs).
pub const SCHEMA_VERSION: u32 = 1;

/// A parsed article: front matter, the blocks that partition the input, the quotations and
/// the diagnostics.
///
/// The `blocks` are in input order, do not overlap, and together cover every
/// non-whitespace byte of the input. `headline`, `byline` and `dateline` repeat, for
/// convenience, what the blocks hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Article<'a> {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The article's headline, if one was found.
    pub headline: Option<Headline<'a>>,
    /// The author line, if one was found.
    pub byline: Option<Byline<'a>>,
    /// The dateline opening the first body paragraph, if any.
    pub dateline: Option<Dateline<'a>>,
    /// Every block of the input, in order.
    pub blocks: Vec<Block<'a>>,
    /// Every quotation, in input order.
    pub quotes: Vec<Quote<'a>>,
    /// Problems noticed in the text, in input order.
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> Article<'a> {
    pub(crate) fn empty() -> Self {
        Article {
            schema_version: SCHEMA_VERSION,
            headline: None,
            byline: None,
            dateline: None,
            blocks: Vec::new(),
            quotes: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Detaches the tree from the input by copying every borrowed string.
    #[must_use]
    pub fn into_owned(self) -> Article<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Article<'b> {
        Article {
            schema_version: self.schema_version,
            headline: self.headline.map(|x| x.remap(m)),
            byline: self.byline.map(|x| x.remap(m)),
            dateline: self.dateline.map(|x| x.remap(m)),
            blocks: self.blocks.into_iter().map(|x| x.remap(m)).collect(),
            quotes: self.quotes.into_iter().map(|x| x.remap(m)).collect(),
            diagnostics: self.diagnostics.into_iter().map(|d| d.remap(m)).collect(),
        }
    }

    /// The body paragraphs, subheadings and lists, in order: the article without its
    /// front matter, captions, sign-offs and page boilerplate.
    pub fn body(&self) -> impl Iterator<Item = &Block<'a>> {
        self.blocks.iter().filter(|b| b.is_body())
    }

    /// The body as plain text, blocks separated by a blank line.
    #[must_use]
    pub fn body_text(&self) -> String {
        let mut out = String::new();
        for block in self.body() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(block.text());
        }
        out
    }

    /// The timestamp blocks (publication and update times), in order. A date printed on the
    /// byline line is in [`Byline::timestamp`] instead.
    ///
    /// ```
    /// let text = "Council approves budget\n\nUpdated: 19 May 2021 14:02 BST\n\nThe council met on Tuesday and approved the budget for next year.\n";
    /// let article = newsparse::parse_article(text)?;
    /// let stamp = article.timestamps().next().expect("a timestamp");
    /// assert_eq!(stamp.kind, newsparse::TimestampKind::Updated);
    /// assert_eq!(stamp.date, newsparse::CivilDate::new(2021, 5, 19));
    /// # Ok::<(), newsparse::ParseError>(())
    /// ```
    pub fn timestamps(&self) -> impl Iterator<Item = &Timestamp<'a>> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Timestamp(x) => Some(x),
            _ => None,
        })
    }

    /// The photo captions, in order (a repeated caption has
    /// [`Caption::duplicate_of`] set).
    pub fn captions(&self) -> impl Iterator<Item = &Caption<'a>> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Caption(x) => Some(&**x),
            _ => None,
        })
    }

    /// The sign-offs and trailers (wire sign-off, contributor lines, editor's notes,
    /// corrections), in order.
    pub fn sign_offs(&self) -> impl Iterator<Item = &SignOff<'a>> {
        self.blocks.iter().filter_map(|b| match b {
            Block::SignOff(x) => Some(x),
            _ => None,
        })
    }

    /// The social-media posts embedded in the page (tweets, Bluesky and Instagram posts), in
    /// order: what their signature lines (boilerplate of kind
    /// [`BoilerplateKind::Embed`]) say.
    ///
    /// ```
    /// let text = "Storm closes schools\n\nSchools across the county closed on Monday as the storm moved in.\n\nStay off the roads tonight. pic.twitter.com/Ab12Cd34\n\n\u{2014} Gov. Lena Ortiz (@GovLenaOrtiz) January 12, 2026\n";
    /// let article = newsparse::parse_article(text)?;
    /// let post = article.embeds().next().expect("a tweet");
    /// assert_eq!(post.handle.as_deref(), Some("GovLenaOrtiz"));
    /// let quote = article.quotes.iter().find(|q| q.kind == newsparse::QuoteKind::Post);
    /// let speaker = quote.and_then(|q| q.speaker.as_ref()).map(|s| &*s.name);
    /// assert_eq!(speaker, Some("Lena Ortiz"));
    /// # Ok::<(), newsparse::ParseError>(())
    /// ```
    pub fn embeds(&self) -> impl Iterator<Item = &Embed<'a>> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Boilerplate(x) => x.embed.as_deref(),
            _ => None,
        })
    }

    /// The boilerplate blocks of the page (menus, share prompts, comment forms ...).
    pub fn boilerplate(&self) -> impl Iterator<Item = &Boilerplate<'a>> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Boilerplate(x) => Some(x),
            _ => None,
        })
    }
}

/// What a pass over a whole tree does to its strings and spans: [`Owned`] copies the strings
/// ([`Article::into_owned`]); the parser re-bases a tree parsed from a normalised copy of the
/// input onto the input itself.
pub(crate) trait Remap<'b> {
    /// A string of the tree, with the tree's new lifetime.
    fn text(&self, s: Cow<'_, str>) -> Cow<'b, str>;

    /// A span of the tree.
    fn span(&self, s: Span) -> Span;

    /// [`Remap::text`] of an optional string.
    fn text_opt(&self, s: Option<Cow<'_, str>>) -> Option<Cow<'b, str>> {
        s.map(|t| self.text(t))
    }
}

/// Copies every string; spans unchanged.
pub(crate) struct Owned;

impl Remap<'static> for Owned {
    fn text(&self, s: Cow<'_, str>) -> Cow<'static, str> {
        Cow::Owned(s.into_owned())
    }

    fn span(&self, s: Span) -> Span {
        s
    }
}

//! Blocks: the top-level nodes that partition the input.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{Byline, CivilDate, Headline, Owned, Remap, Timestamp};
use crate::Span;

/// One block of the input. Serialises with a `type` tag (`"paragraph"`, `"caption"` ...).
///
/// New block types may be added in minor releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Block<'a> {
    /// The article's title.
    Headline(Headline<'a>),
    /// A one-sentence summary under the headline (standfirst).
    Dek(Dek<'a>),
    /// The author line (boxed: it is the largest node, and would make every block as large).
    Byline(Box<Byline<'a>>),
    /// A publication or update time.
    Timestamp(Timestamp<'a>),
    /// A body paragraph.
    Paragraph(Paragraph<'a>),
    /// A short title inside the body.
    Subheading(Subheading<'a>),
    /// A bulleted or numbered list.
    List(List<'a>),
    /// A photo caption (boxed, like the byline: it is larger than the common blocks).
    Caption(Box<Caption<'a>>),
    /// A wire sign-off, contributor line, editor's note or correction.
    SignOff(SignOff<'a>),
    /// Page furniture that is not part of the article.
    Boilerplate(Boilerplate<'a>),
}

impl<'a> Block<'a> {
    /// The block's span.
    #[must_use]
    pub fn span(&self) -> Span {
        match self {
            Block::Headline(b) => b.span,
            Block::Dek(b) => b.span,
            Block::Byline(b) => b.span,
            Block::Timestamp(b) => b.span,
            Block::Paragraph(b) => b.span,
            Block::Subheading(b) => b.span,
            Block::List(b) => b.span,
            Block::Caption(b) => b.span,
            Block::SignOff(b) => b.span,
            Block::Boilerplate(b) => b.span,
        }
    }

    /// The block's span, to widen it.
    pub(crate) fn span_mut(&mut self) -> &mut Span {
        match self {
            Block::Headline(b) => &mut b.span,
            Block::Dek(b) => &mut b.span,
            Block::Byline(b) => &mut b.span,
            Block::Timestamp(b) => &mut b.span,
            Block::Paragraph(b) => &mut b.span,
            Block::Subheading(b) => &mut b.span,
            Block::List(b) => &mut b.span,
            Block::Caption(b) => &mut b.span,
            Block::SignOff(b) => &mut b.span,
            Block::Boilerplate(b) => &mut b.span,
        }
    }

    /// The block's text (for a paragraph opened by a dateline, the text after it).
    #[must_use]
    pub fn text(&self) -> &str {
        match self {
            Block::Headline(b) => &b.text,
            Block::Dek(b) => &b.text,
            Block::Byline(b) => &b.text,
            Block::Timestamp(b) => &b.text,
            Block::Paragraph(b) => &b.text,
            Block::Subheading(b) => &b.text,
            Block::List(b) => &b.text,
            Block::Caption(b) => &b.text,
            Block::SignOff(b) => &b.text,
            Block::Boilerplate(b) => &b.text,
        }
    }

    /// The `type` name used in the JSON (`"sign_off"` ...).
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        match self {
            Block::Headline(_) => "headline",
            Block::Dek(_) => "dek",
            Block::Byline(_) => "byline",
            Block::Timestamp(_) => "timestamp",
            Block::Paragraph(_) => "paragraph",
            Block::Subheading(_) => "subheading",
            Block::List(_) => "list",
            Block::Caption(_) => "caption",
            Block::SignOff(_) => "sign_off",
            Block::Boilerplate(_) => "boilerplate",
        }
    }

    /// Whether the block belongs to the article body (paragraph, subheading, list).
    #[must_use]
    pub fn is_body(&self) -> bool {
        matches!(
            self,
            Block::Paragraph(_) | Block::Subheading(_) | Block::List(_)
        )
    }

    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Block<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Block<'b> {
        match self {
            Block::Headline(b) => Block::Headline(b.remap(m)),
            Block::Dek(b) => Block::Dek(b.remap(m)),
            Block::Byline(b) => Block::Byline(Box::new(b.remap(m))),
            Block::Timestamp(b) => Block::Timestamp(b.remap(m)),
            Block::Paragraph(b) => Block::Paragraph(b.remap(m)),
            Block::Subheading(b) => Block::Subheading(b.remap(m)),
            Block::List(b) => Block::List(b.remap(m)),
            Block::Caption(b) => Block::Caption(Box::new(b.remap(m))),
            Block::SignOff(b) => Block::SignOff(b.remap(m)),
            Block::Boilerplate(b) => Block::Boilerplate(b.remap(m)),
        }
    }
}

/// A standfirst: the short summary right under the headline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dek<'a> {
    /// The text as written.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
}

impl Dek<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Dek<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Dek<'b> {
        Dek {
            text: m.text(self.text),
            span: m.span(self.span),
        }
    }
}

/// A short title inside the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Subheading<'a> {
    /// The text as written.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
}

impl Subheading<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Subheading<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Subheading<'b> {
        Subheading {
            text: m.text(self.text),
            span: m.span(self.span),
        }
    }
}

/// A body paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Paragraph<'a> {
    /// The paragraph's text; when a dateline opens it, the text after the dateline.
    pub text: Cow<'a, str>,
    /// The whole block, dateline included.
    pub span: Span,
    /// Where `text` is.
    pub text_span: Span,
    /// Indices into [`Article::quotes`](crate::Article::quotes) of the quotations that start
    /// in this paragraph.
    pub quotes: Vec<usize>,
}

impl Paragraph<'_> {
    /// The sentences of the paragraph's text, as byte spans into the input, computed on
    /// demand (the tree does not store them). A sentence ends at `.`, `!`, `?`, `…` or `。`
    /// before a capitalised word, a digit or an opening mark, with its closing marks; not
    /// after a title (`Mr.`), an initial, or `Jan.` before a number.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Title\n\nMr. Lee met U.S. officials on Jan. 5. “We are ready,” he said. He left.";
    /// let article = newsparse::parse_article(text)?;
    /// let p = article.body().find_map(|b| match b {
    ///     newsparse::Block::Paragraph(p) => Some(p),
    ///     _ => None,
    /// }).unwrap();
    /// let sentences: Vec<&str> = p.sentences().iter().map(|s| &text[s.start..s.end]).collect();
    /// assert_eq!(sentences, [
    ///     "Mr. Lee met U.S. officials on Jan. 5.",
    ///     "“We are ready,” he said.",
    ///     "He left.",
    /// ]);
    /// # Ok::<(), newsparse::ParseError>(())
    /// ```
    #[must_use]
    pub fn sentences(&self) -> Vec<Span> {
        let base = self.text_span.start;
        crate::parser::sentence::split(&self.text)
            .into_iter()
            .map(|r| Span::new(base + r.start, base + r.end))
            .collect()
    }

    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Paragraph<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Paragraph<'b> {
        Paragraph {
            text: m.text(self.text),
            span: m.span(self.span),
            text_span: m.span(self.text_span),
            quotes: self.quotes,
        }
    }
}

/// One item of a [`List`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListItem<'a> {
    /// The item's text, without its bullet or number.
    pub text: Cow<'a, str>,
    /// Where the item is, bullet included.
    pub span: Span,
}

impl ListItem<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> ListItem<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> ListItem<'b> {
        ListItem {
            text: m.text(self.text),
            span: m.span(self.span),
        }
    }
}

/// A bulleted (`•`, `-`, `*`) or numbered (`1.`) list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct List<'a> {
    /// The whole list as written.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
    /// Whether the items are numbered.
    pub ordered: bool,
    /// The items, in order.
    pub items: Vec<ListItem<'a>>,
}

impl List<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> List<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> List<'b> {
        List {
            text: m.text(self.text),
            span: m.span(self.span),
            ordered: self.ordered,
            items: self.items.into_iter().map(|x| x.remap(m)).collect(),
        }
    }
}

/// A photo caption: `X greets Y as they arrive. (Associated Press)`.
///
/// The caption's words and its credit are separate: for
/// `Photo: Children at the fence. (Getty Images)`, `text` is `Children at the fence.` and
/// `credit` is `Getty Images`; `span` covers the whole block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Caption<'a> {
    /// What the caption says, without its label (`Photo:`) and credit; empty for a line that
    /// is only a credit (`JANE DOE/AFP/Getty Images`).
    pub text: Cow<'a, str>,
    /// The whole caption block, label and credit included.
    pub span: Span,
    /// Where `text` is.
    #[serde(default)]
    pub text_span: Span,
    /// The photo credit (`Associated press`, `Getty Images`), if any.
    pub credit: Option<Cow<'a, str>>,
    /// Where the credit is.
    #[serde(default)]
    pub credit_span: Option<Span>,
    /// When the same caption appeared earlier (compared with whitespace and case
    /// normalised), the index of that block in [`Article::blocks`](crate::Article::blocks).
    pub duplicate_of: Option<usize>,
}

impl Caption<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Caption<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Caption<'b> {
        Caption {
            text: m.text(self.text),
            span: m.span(self.span),
            text_span: m.span(self.text_span),
            credit: m.text_opt(self.credit),
            credit_span: self.credit_span.map(|s| m.span(s)),
            duplicate_of: self.duplicate_of,
        }
    }
}

/// Which kind of trailer a [`SignOff`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SignOffKind {
    /// A wire sign-off: `Reuter`, `(AP)`, `— Reuters`.
    Wire,
    /// `Associated Press writer X contributed to this report.`
    Contributor,
    /// `Editor's note: ...`
    EditorsNote,
    /// `Correction: ...`
    Correction,
    /// `This story has been updated to ...`
    Update,
}

/// A wire sign-off, contributor line, editor's note or correction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SignOff<'a> {
    /// Which kind of trailer.
    pub kind: SignOffKind,
    /// The text as written.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
}

impl SignOff<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> SignOff<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> SignOff<'b> {
        SignOff {
            kind: self.kind,
            text: m.text(self.text),
            span: m.span(self.span),
        }
    }
}

/// What a block of page boilerplate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// Site menus and navigation links.
    Navigation,
    /// `Share this story`, social buttons.
    Share,
    /// `Related:`, `You Can Read Also`, lists of other stories.
    Related,
    /// `Sign up for our newsletter`.
    Newsletter,
    /// `Leave a Reply`, `Your email address will not be published.`
    CommentForm,
    /// Readers' comments.
    Comments,
    /// `Advertisement`, sponsored content.
    Advertisement,
    /// `© 2021 ... All rights reserved`.
    Copyright,
    /// Section or category labels (`World News`).
    Category,
    /// Affiliate and ethics disclosures.
    Disclosure,
    /// Cookie and privacy notices.
    CookieNotice,
    /// Subscription and paywall prompts.
    Subscription,
    /// A short biography of the author.
    AuthorBio,
    /// Press and investor contacts under a press release (`Media Contact:`, the name,
    /// address and telephone under it).
    Contact,
    /// The signature line of a social-media post embedded in the page (`— Gov. Jane Doe
    /// (@GovJaneDoe) May 3, 2024`): [`Boilerplate::embed`] says whose post it is.
    Embed,
    /// Boilerplate of no more specific kind.
    Other,
}

/// Page furniture around (or inside) the article, kept in the tree and typed by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Boilerplate<'a> {
    /// What it is.
    pub kind: BoilerplateKind,
    /// The text as written.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
    /// For a [`BoilerplateKind::Embed`] line, the post it signs (boxed: most boilerplate has
    /// none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embed: Option<Box<Embed<'a>>>,
}

impl Boilerplate<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Boilerplate<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Boilerplate<'b> {
        Boilerplate {
            kind: self.kind,
            text: m.text(self.text),
            span: m.span(self.span),
            embed: self.embed.map(|e| Box::new(e.remap(m))),
        }
    }
}

/// The network an [`Embed`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EmbedPlatform {
    /// X, formerly Twitter: `— Jane Doe (@janedoe) May 3, 2024` under the post.
    Twitter,
    /// Bluesky: signed like a tweet, with a handle that is a domain
    /// (`@janedoe.bsky.social`).
    Bluesky,
    /// Instagram: `View this post on Instagram`, `A post shared by Jane Doe (@janedoe)`.
    Instagram,
}

/// What the signature line of a social-media post embedded in the page says (a
/// [`Boilerplate`] block of kind [`BoilerplateKind::Embed`]): the line a tweet, a Bluesky or
/// an Instagram post keeps under its words once the page's markup is gone (`— Gov. Jane Doe
/// (@GovJaneDoe) May 3, 2024`).
///
/// The post's words stay in the body, as the blocks right above (pages print them in the
/// article's text, and readers take them as part of the story); [`Embed::post_block`] points
/// at the first of them, and [`Article::quotes`](crate::Article::quotes) lists them as a
/// [`QuoteKind::Post`](crate::QuoteKind::Post) attributed to the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Embed<'a> {
    /// The network the post comes from.
    pub platform: EmbedPlatform,
    /// The account's display name as the signature prints it (`Gov. Jane Doe`).
    pub author: Option<Cow<'a, str>>,
    /// Where the display name is.
    pub author_span: Option<Span>,
    /// The account's handle, without its `@` (`GovJaneDoe`).
    pub handle: Option<Cow<'a, str>>,
    /// The day the post was published, when the signature prints a full date.
    pub date: Option<CivilDate>,
    /// Where the post's words are, when the page kept them: the body blocks right above.
    pub post_span: Option<Span>,
    /// Index in [`Article::blocks`](crate::Article::blocks) of the first block of the post.
    pub post_block: Option<usize>,
}

impl Embed<'_> {
    /// Detaches the node from the input.
    #[must_use]
    pub fn into_owned(self) -> Embed<'static> {
        self.remap(&Owned)
    }

    /// The node with its strings and spans passed through `m`.
    pub(crate) fn remap<'b>(self, m: &impl Remap<'b>) -> Embed<'b> {
        Embed {
            platform: self.platform,
            author: m.text_opt(self.author),
            author_span: self.author_span.map(|s| m.span(s)),
            handle: m.text_opt(self.handle),
            date: self.date,
            post_span: self.post_span.map(|s| m.span(s)),
            post_block: self.post_block,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tree holds one `Block` per block of the input: a large variant makes every block
    /// large. Box the payload of a variant that would grow it past this.
    #[test]
    fn a_block_stays_small() {
        assert!(std::mem::size_of::<Block<'_>>() <= 88);
    }
}

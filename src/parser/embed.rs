//! Social-media posts embedded in a page (X/Twitter, Bluesky, Instagram), as the page reads
//! once its markup is gone: the post's words, then a line that signs them.
//!
//! ## Grammar
//!
//! ```text
//! embed     = post LF+ signature                         ; the signature a line of its own
//! signature = dash SP* name SP "(@" handle ")" [SP date] ; — Gov. Jane Doe (@GovJaneDoe) May 3, 2024
//!           / "A post shared by" SP (name [SP "(@" handle ")"] / "@" handle) [SP "on" SP date]
//! dash      = "—" / "–" / "―" / "-" / "&mdash;"
//! ```
//!
//! The signature becomes a boilerplate block of kind [`BoilerplateKind::Embed`] with its
//! [`Embed`]; the post stays in the body (the blocks above it) and is listed as a
//! [`QuoteKind::Post`] quotation of the account. The post is the run of lines from a blank
//! line down to the signature, or, on a page with no blank lines, the line right above; it
//! is taken only when it reads like a post: a link the network prints
//! (`pic.twitter.com/...`, `https://t.co/...`), a hashtag or mention, or no longer than a
//! long tweet. Otherwise the signature stands alone. A handle with a dot in it is a Bluesky
//! one (`@janedoe.bsky.social`): Bluesky signs its embeds as Twitter does. Instagram's `View
//! this post on Instagram` over it is share furniture ([`is_prompt`]).
//!
//! ## Examples
//!
//! ```text
//! > | Roads are closed tonight. Stay home if you can. pic.twitter.com/Xk29sLm0Qa
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ post (a paragraph)
//! > |
//! > | — Gov. Jane Doe (@GovJaneDoe) January 14, 2025
//!       ^^^^^^^^^^^^^ author  ^^^^^^^^^^ handle    date
//! ```

use std::borrow::Cow;

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::{IResult, Parser};

use crate::ast::{
    Boilerplate, BoilerplateKind, CivilDate, Embed, EmbedPlatform, Quote, QuoteKind, Speaker,
};
use crate::parser::boilerplate;
use crate::parser::page::PagePlan;
use crate::parser::partial::date::datetime;
use crate::parser::quote::lexicon::{self, ROLE_NOUNS, TITLES};
use crate::parser::segment::Segments;
use crate::parser::text::strip_prefix_ci;
use crate::{Article, Block, Span};

/// Longest signature line read, in bytes.
const MAX_SIGNATURE: usize = 200;
/// Longest display name, in bytes.
const MAX_NAME: usize = 80;
/// Most words in a display name.
const MAX_NAME_WORDS: usize = 8;
/// Longest handle, in bytes (a Bluesky handle is a domain name).
const MAX_HANDLE: usize = 64;
/// Longest post taken without a sign of the network in it (a long tweet).
const MAX_PLAIN_POST: usize = 320;
/// Longest post taken at all, in bytes (its signature included where the page analysis
/// measures it).
pub(crate) const MAX_POST: usize = 1_500;
/// Most lines in a post.
pub(crate) const MAX_POST_LINES: usize = 12;

/// What a signature line says: the network, and where its parts are (absolute spans).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Signature {
    pub(crate) platform: EmbedPlatform,
    pub(crate) author: Option<Span>,
    pub(crate) handle: Option<Span>,
    pub(crate) date: Option<CivilDate>,
}

/// Whether the line could open a signature: a cheap byte test run on every line asked about.
fn may_sign(text: &str) -> bool {
    matches!(
        text.as_bytes().first(),
        Some(b'-' | b'&' | 0xE2 | b'A' | b'a')
    )
}

fn dash(i: &str) -> IResult<&str, &str> {
    alt((tag("—"), tag("–"), tag("―"), tag("-"), tag("&mdash;"))).parse(i)
}

/// `@handle)`: the handle's length in `i` (after the `@`), and whether it has a dot.
fn handle_len(i: &str) -> Option<usize> {
    let len = i
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
        .count();
    ((1..=MAX_HANDLE).contains(&len) && i.as_bytes().get(len) == Some(&b')')).then_some(len)
}

/// A date taking the rest of `rest` (trailing spaces aside), or nothing at all.
fn trailing_date(rest: &str) -> Option<Option<CivilDate>> {
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(None);
    }
    let dt = datetime(rest)?;
    let civil = dt.date.and_then(|d| d.civil())?;
    rest.get(dt.len..)
        .is_some_and(|r| r.trim().is_empty())
        .then_some(Some(civil))
}

/// A span of `part` (a subslice of `line`, which starts at `base`).
fn sub(base: usize, line: &str, part: &str) -> Span {
    let start = base + (part.as_ptr() as usize).saturating_sub(line.as_ptr() as usize);
    Span::new(start, start + part.len())
}

/// A display name: not empty, not too long, not a sentence.
fn plausible_name(name: &str) -> bool {
    (1..=MAX_NAME).contains(&name.len())
        && !name.contains(['(', ')', '"', '“', '”'])
        && !name.ends_with([',', ':', ';'])
        && name.split_whitespace().count() <= MAX_NAME_WORDS
}

/// `— Name (@handle) Date`, Twitter's and Bluesky's signature.
fn tweet(base: usize, line: &str) -> Option<Signature> {
    let (after, _) = dash(line).ok()?;
    let body = after.trim_start();
    let at = body.find(" (@")?;
    let name = body.get(..at)?.trim();
    let handle_at = body.get(at + 3..)?;
    let len = handle_len(handle_at)?;
    let handle = handle_at.get(..len)?;
    let date = trailing_date(handle_at.get(len + 1..)?)?;
    if !plausible_name(name) {
        return None;
    }
    Some(Signature {
        platform: if handle.contains('.') {
            EmbedPlatform::Bluesky
        } else {
            EmbedPlatform::Twitter
        },
        author: Some(sub(base, line, name)),
        handle: Some(sub(base, line, handle)),
        date,
    })
}

/// `A post shared by Name (@handle) on Jan 5, 2020 at 5:22pm PST`, Instagram's.
fn instagram(base: usize, line: &str) -> Option<Signature> {
    let body = strip_prefix_ci(line, "a post shared by ")?.trim_start();
    // The date, when printed, follows ` on `; anything after the date (`at 5:22pm PST`) is
    // the time.
    let (who, date) = match body.rfind(" on ") {
        Some(at) => {
            let when = body.get(at + 4..)?;
            let dt = datetime(when.trim_start())?;
            (body.get(..at)?, dt.date.and_then(|d| d.civil()))
        }
        None => (body, None),
    };
    let who = who.trim();
    let (name, handle) = if let Some(h) = who.strip_prefix('@') {
        (None, Some(h))
    } else if let Some(at) = who.find(" (@") {
        let h = who.get(at + 3..)?;
        let len = handle_len(h)?;
        if h.len() != len + 1 {
            return None;
        }
        (Some(who.get(..at)?.trim()), h.get(..len))
    } else {
        (Some(who), None)
    };
    if name.is_some_and(|n| !plausible_name(n))
        || handle.is_some_and(|h| h.is_empty() || h.contains(char::is_whitespace))
    {
        return None;
    }
    Some(Signature {
        platform: EmbedPlatform::Instagram,
        author: name.map(|n| sub(base, line, n)),
        handle: handle.map(|h| sub(base, line, h)),
        date,
    })
}

/// The signature on the line at `span`, if it is one.
pub(crate) fn signature(input: &str, span: Span) -> Option<Signature> {
    let line = span.slice(input)?;
    let trimmed = crate::parser::text::trimmed_within(line, MAX_SIGNATURE)?;
    if !may_sign(trimmed) {
        return None;
    }
    let base = span.start + (trimmed.as_ptr() as usize).saturating_sub(line.as_ptr() as usize);
    tweet(base, trimmed).or_else(|| instagram(base, trimmed))
}

/// Whether the line is Instagram's prompt over an embedded post (`View this post on
/// Instagram`): share furniture. Not a lexicon phrase: the lexicon's headers pass their kind
/// to the lines under them, and the signature under this one is no furniture.
pub(crate) fn is_prompt(text: &str) -> bool {
    const PROMPTS: [&str; 2] = [
        "view this post on instagram",
        "view this profile on instagram",
    ];
    let longest = PROMPTS.iter().map(|p| p.len()).max().unwrap_or(0);
    crate::parser::text::trimmed_within(text, longest)
        .is_some_and(|t| PROMPTS.iter().any(|p| t.eq_ignore_ascii_case(p)))
}

/// Whether `text`, the lines right above a signature, reads as the post it signs.
pub(crate) fn is_post(text: &str, lines: usize) -> bool {
    if text.len() > MAX_POST || lines > MAX_POST_LINES {
        return false;
    }
    let marked = [
        "pic.twitter.com/",
        "t.co/",
        "bsky.app/",
        "instagr.am/",
        "http",
    ]
    .iter()
    .any(|m| text.contains(m))
        || text
            .split_whitespace()
            .any(|w| w.len() > 1 && w.starts_with(['#', '@']));
    marked || text.chars().count() <= MAX_PLAIN_POST
}

/// Where the post above the signature at raw block `index` is: the run of lines from a
/// blank line down to it (a post of several lines on a page whose lines are blocks of their
/// own), or, inside a longer run (a page with no blank lines), the line right above; when
/// it reads as a post.
fn post_above(input: &str, segments: &Segments, plan: &PagePlan, index: usize) -> Option<Span> {
    let blocks = &segments.blocks;
    let adjacent = |a: usize, b: usize| matches!((blocks.get(a), blocks.get(b)), (Some(x), Some(y)) if x.lines.end == y.lines.start);
    let above = index.checked_sub(1)?;
    let last = blocks
        .get(above)
        .filter(|_| plan.kind_of(above).is_none())?;
    let mut top = above;
    while let Some(prev) = top.checked_sub(1)
        && adjacent(prev, top)
        && above - prev < MAX_POST_LINES
    {
        top = prev;
    }
    let whole_run = top.checked_sub(1).is_none_or(|p| !adjacent(p, top));
    if !whole_run || (top..=above).any(|i| plan.kind_of(i).is_some()) {
        top = above;
    }
    let span = blocks.get(top)?.span.cover(last.span);
    is_post(span.slice(input)?, above + 1 - top).then_some(span)
}

/// The signature line at raw block `index`, when it is one and a line of its own: a
/// boilerplate block of kind [`BoilerplateKind::Embed`] that says whose post it signs, with
/// the post above it when the blocks already classified there are body blocks.
pub(crate) fn signed_at<'a>(
    input: &'a str,
    segments: &Segments,
    plan: &PagePlan,
    index: usize,
    article: &Article<'a>,
) -> Option<Boilerplate<'a>> {
    let raw = segments.blocks.get(index)?;
    let [line] = segments.lines_of(raw) else {
        return None;
    };
    let sig = signature(input, line.span)?;
    let post = post_above(input, segments, plan, index).and_then(|post| {
        let first = article
            .blocks
            .iter()
            .rposition(|b| b.span().start <= post.start)?;
        let blocks = article.blocks.get(first..)?;
        let covered = blocks.first().is_some_and(|b| b.span().start == post.start);
        (covered && blocks.iter().all(Block::is_body)).then_some((post, first))
    });
    let mut block = boilerplate::build(input, line.span, BoilerplateKind::Embed);
    block.embed = Some(Box::new(Embed {
        platform: sig.platform,
        author: sig.author.and_then(|s| s.slice(input)).map(Cow::Borrowed),
        author_span: sig.author,
        handle: sig.handle.and_then(|s| s.slice(input)).map(Cow::Borrowed),
        date: sig.date,
        post_span: post.map(|(s, _)| s),
        post_block: post.map(|(_, b)| b),
    }));
    Some(block)
}

/// The display name without a leading title (`Gov. Jane Doe` -> `Gov.`, `Jane Doe`), when
/// two words or more are left: a title is an abbreviation of one (`Rep.`) or a role noun
/// (`Governor`).
fn split_title(name: &str) -> (Option<&str>, &str) {
    let name = name.trim();
    let mut rest = name;
    loop {
        let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let Some((word, after)) = rest.split_at_checked(len) else {
            break;
        };
        let entry = lexicon::lookup(word.trim_end_matches('.'));
        let titled = TITLES.has(entry) && (word.ends_with('.') || ROLE_NOUNS.has(entry));
        let after = after.trim_start();
        if !titled || after.split_whitespace().count() < 2 {
            break;
        }
        rest = after;
    }
    let title = name
        .get(..name.len() - rest.len())
        .map(str::trim_end)
        .filter(|t| !t.is_empty());
    (title, rest)
}

/// The quotations of the embedded posts: each post's words, attributed to its account.
pub(crate) fn quotes<'a>(input: &'a str, article: &Article<'a>) -> Vec<Quote<'a>> {
    let mut out = Vec::new();
    for b in &article.blocks {
        let Block::Boilerplate(Boilerplate { embed: Some(e), .. }) = b else {
            continue;
        };
        let (Some(span), Some(block)) = (e.post_span, e.post_block) else {
            continue;
        };
        let Some(text) = span.slice(input) else {
            continue;
        };
        let speaker = e.author_span.and_then(|s| {
            let mention = s.slice(input)?;
            let (title, name) = split_title(mention);
            Some(Speaker {
                name: Cow::Borrowed(name),
                mention: Cow::Borrowed(mention),
                span: s,
                title: title.map(Cow::Borrowed),
                resolved: name.len() != mention.len(),
            })
        });
        out.push(Quote {
            text: Cow::Borrowed(text),
            span,
            kind: QuoteKind::Post,
            speaker,
            cue: None,
            source: None,
            block,
            part_of: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A signature's platform, author, handle and date.
    type Parts<'a> = (
        EmbedPlatform,
        Option<&'a str>,
        Option<&'a str>,
        Option<CivilDate>,
    );

    fn sig(line: &str) -> Option<Parts<'_>> {
        let s = signature(line, Span::new(0, line.len()))?;
        let part = |sp: Option<Span>| sp.and_then(|sp| sp.slice(line));
        Some((s.platform, part(s.author), part(s.handle), s.date))
    }

    #[test]
    fn tweet_signatures() {
        use EmbedPlatform as P;
        assert_eq!(
            sig("— Gov. Jane Doe (@GovJaneDoe) January 14, 2025"),
            Some((
                P::Twitter,
                Some("Gov. Jane Doe"),
                Some("GovJaneDoe"),
                CivilDate::new(2025, 1, 14)
            ))
        );
        assert_eq!(
            sig("&mdash; Weather Desk (@wx_desk) 3 March 2024").map(|s| s.2),
            Some(Some("wx_desk"))
        );
        assert_eq!(
            sig("- River Labs (@riverlabs.bsky.social) May 2, 2025 at 3:12 PM").map(|s| s.3),
            Some(CivilDate::new(2025, 5, 2)),
            "Bluesky prints the time after the date"
        );
        assert_eq!(
            sig("— Ana Ruiz (@anaruiz.bsky.social) May 2, 2025").map(|s| s.0),
            Some(P::Bluesky)
        );
    }

    #[test]
    fn other_networks() {
        use EmbedPlatform as P;
        assert_eq!(
            sig("A post shared by Mel's Diner (@melsdiner)"),
            Some((P::Instagram, Some("Mel's Diner"), Some("melsdiner"), None))
        );
        assert_eq!(
            sig("A post shared by Lou Park (@loupark) on Jan 5, 2020 at 5:22pm PST").map(|s| s.3),
            Some(CivilDate::new(2020, 1, 5))
        );
    }

    #[test]
    fn lines_that_are_not_signatures() {
        for line in [
            "— Reuters",
            "- Jane Doe, Staff Writer",
            "— Jane Doe (@janedoe) said the vote was close",
            "Posted by Jane Doe on Tuesday, March 10, 2015",
            "A post shared by a friend made the rounds on Tuesday and later that night it was gone",
            "Anyone can follow (@janedoe) for updates",
        ] {
            assert_eq!(sig(line), None, "{line}");
        }
    }

    #[test]
    fn a_post_reads_like_one() {
        assert!(is_post("Stay home tonight. pic.twitter.com/abc", 1));
        assert!(is_post("Proud of our crews today #snowday", 1));
        assert!(is_post("Roads are closed.", 1));
        let paragraph = "The council met for four hours on Tuesday night. ".repeat(8);
        assert!(!is_post(&paragraph, 1));
    }

    #[test]
    fn titles_come_off_the_display_name() {
        assert_eq!(split_title("Gov. Jane Doe"), (Some("Gov."), "Jane Doe"));
        assert_eq!(
            split_title("Governor Tom Alder"),
            (Some("Governor"), "Tom Alder")
        );
        assert_eq!(
            split_title("National Weather Service"),
            (None, "National Weather Service")
        );
        assert_eq!(split_title("Mayor Lee"), (None, "Mayor Lee"));
        assert_eq!(split_title("Rep. Ilse Marr"), (Some("Rep."), "Ilse Marr"));
    }
}

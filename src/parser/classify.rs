//! Phase 2: decide which construct each block is.
//!
//! Blocks are visited in order, in three zones:
//!
//! 1. **start**: before the headline. The first title-shaped line is the headline, or the
//!    block the page analysis names ([`PagePlan::headline`]); blocks before that one are not.
//! 2. **front matter**: after the headline, until the first prose paragraph. Deks, bylines
//!    (also unprefixed ones: `Dan Goodin - Apr 16, 2015`, or a bare name with a date under
//!    it), timestamps (also bare dates), captions, and the dateline opening the first
//!    paragraph. Boilerplate and short non-prose lines (menus the plan missed) do not end it.
//!    Where the page plan marks the article's head (after its headline, before the text
//!    region), the line right under the headline is its dek, or its byline when it is a bare
//!    name.
//! 3. **body**: paragraphs, subheadings, lists, captions, sign-offs, labelled timestamps,
//!    credit lines.
//!
//! Each visit looks at the lines left in a block and asks the construct parsers, most
//! specific first, which one claims them; a construct may claim only the first line (a
//! headline followed by a byline in the same block), and the rest of the block is classified
//! in turn. A look ahead of at most two blocks decides what needs the layout below a line
//! (a dek needs a byline under it, a subheading needs prose). Whatever no construct claims is
//! a paragraph. Document-level passes then mark repeated captions and resolve the dateline's
//! date.

use std::cell::Cell;

use crate::ast::{Article, Block, BoilerplateKind};
use crate::parser::page::PagePlan;
use crate::parser::segment::{Line, RawBlock, Segments};
use crate::parser::text::{
    Hints, ends_like_sentence, last_significant_char, word_count, words_up_to,
};
use crate::parser::{
    boilerplate, byline, caption, dateline, dek, embed, headline, list, paragraph, signoff,
    subheading, timestamp,
};
use crate::{ParseOptions, Span};

/// Words of a line under the headline, in the head of a scraped page, that make it a dek.
const HEAD_DEK_WORDS: std::ops::RangeInclusive<usize> = 6..=45;
/// How many raw blocks the look-ahead skips over (boilerplate) at most.
const LOOKAHEAD_SKIP: usize = 3;
/// How many one-line blocks of a caption the look-ahead skips over at most (label, text,
/// credit).
const LOOKAHEAD_CAPTION_SKIP: usize = 3;
/// Most words in an item of a list made of plain short lines.
const MAX_PLAIN_ITEM_WORDS: usize = 10;
/// Most words in the introduction of such a list on its block's first line (`Key points:`).
const MAX_INTRO_WORDS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Zone {
    #[default]
    Start,
    Front,
    Body,
}

/// What kind of block was pushed last (boilerplate aside).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Last {
    #[default]
    Nothing,
    Headline,
    Front,
    Byline,
    Paragraph,
    Other,
}

/// What the walk has seen so far.
#[derive(Debug, Default)]
struct State {
    zone: Zone,
    last: Last,
    /// Index in `article.blocks` of the last byline, while a role line may follow it.
    byline_block: Option<usize>,
    /// Body paragraphs seen.
    paragraphs: usize,
    /// Whether the first body paragraph was a short one-liner (a dek-like opener, so the
    /// dateline may open the second).
    short_opener: bool,
    /// Whether the current block is in the article's head by the page plan: after its
    /// headline, before the text region ([`PagePlan::text_start`]).
    in_head: bool,
    /// Whether the article has two or more short questions on lines of their own: an
    /// explainer's subheadings ([`subheading::is_question_heading`]).
    question_heads: bool,
    /// A line [`byline::parse`] is known to find no byline on, even `unprefixed`: the dek
    /// test read it as the line under a dek ([`front_matter_kind`]), and it is classified
    /// next, so it is not read again.
    no_byline: Cell<Option<Span>>,
}

/// A block further down, for the look-ahead.
#[derive(Debug, Clone, Copy)]
struct Ahead {
    /// Its first line.
    first: Span,
    /// Its second line, if it has one.
    second: Option<Span>,
    /// The whole block.
    whole: Span,
    /// Number of lines.
    lines: usize,
}

/// The walk's view of where it is.
struct Cursor<'s> {
    /// The lines left in the current raw block.
    lines: &'s [Line],
    /// The next content blocks after the current one.
    ahead: [Option<Ahead>; 2],
    /// The current raw block's [`Hints`] (true of any of its lines).
    hints: Hints,
}

impl Cursor<'_> {
    /// The line after the first of `lines`: the next in this block, or the next block's first.
    fn next_line(&self) -> Option<Span> {
        match self.lines.get(1) {
            Some(l) => Some(l.span),
            None => self.ahead[0].map(|a| a.first),
        }
    }

    /// The line after [`Cursor::next_line`].
    fn next_next_line(&self) -> Option<Span> {
        match (self.lines.get(1), self.lines.get(2)) {
            (Some(_), Some(l)) => Some(l.span),
            (Some(_), None) => self.ahead[0].map(|a| a.first),
            (None, _) => match self.ahead[0] {
                Some(Ahead {
                    second: Some(l), ..
                }) => Some(l),
                _ => self.ahead[1].map(|a| a.first),
            },
        }
    }

    /// The block under the first line, when it is the next raw block.
    fn next_block(&self) -> Option<Ahead> {
        if self.lines.len() > 1 {
            None
        } else {
            self.ahead[0]
        }
    }
}

/// Whether a block reads as running prose (which ends the front matter): a long line, or a
/// sentence of ten words or more ending with a period (not a `Sign up to comment!` prompt).
fn is_prose(text: &str, lines: usize) -> bool {
    let words = words_up_to(text, 20);
    lines > 1 && words >= 12
        || words >= 20
        || words >= 10
            && ends_like_sentence(text)
            && matches!(last_significant_char(text), Some('.' | '…' | '。'))
}

/// Whether a block is a sentence introducing what follows (`... for the week:`).
fn introduces(text: &str) -> bool {
    word_count(text) >= 8 && text.trim_end().ends_with(':')
}

/// The span from the first to the last of `lines`.
fn span_of(lines: &[Line]) -> Span {
    match (lines.first(), lines.last()) {
        (Some(a), Some(b)) => a.span.cover(b.span),
        _ => Span::default(),
    }
}

/// Classifies every block of `segments` into the article's blocks and front matter, following
/// the page analysis: blocks the plan calls boilerplate are boilerplate, and the plan's
/// headline block (when it names one) opens the article.
pub(crate) fn classify<'a>(
    input: &'a str,
    segments: &Segments,
    plan: &PagePlan,
    _options: &ParseOptions,
) -> Article<'a> {
    let mut article = Article::empty();
    article.blocks.reserve(segments.blocks.len());
    let mut state = State::default();
    let blocks = &segments.blocks;
    state.question_heads = blocks
        .iter()
        .filter(|b| {
            b.lines.len() == 1 && input.as_bytes().get(b.span.end.wrapping_sub(1)) == Some(&b'?')
        })
        .filter(|b| {
            b.span
                .slice(input)
                .is_some_and(subheading::is_question_heading)
        })
        .nth(1)
        .is_some();
    let mut index = 0;
    while let Some(raw) = blocks.get(index) {
        if let Some(kind) = plan.kind_of(index) {
            article.blocks.push(Block::Boilerplate(boilerplate::build(
                input, raw.span, kind,
            )));
            // A byline must not take a role line from beyond this block: its span would
            // cover the boilerplate (found by fuzzing: the blocks overlapped).
            state.byline_block = None;
            index += 1;
            continue;
        }
        state.in_head = plan.text_start.is_some_and(|t| index < t);
        let forced_headline = plan.headline == Some(index);
        if forced_headline {
            state.zone = Zone::Start;
        }
        let headline_allowed = plan.headline.is_none_or(|h| h == index);
        if let Some(used) = lone_dateline(input, segments, plan, index, &mut state, &mut article) {
            index += used;
            continue;
        }
        if let Some(used) = split_caption(input, segments, plan, index, &mut state, &mut article) {
            index += used;
            continue;
        }
        if state.zone != Zone::Start
            && lone_line(segments, plan, index)
                .and_then(|l| l.slice(input))
                .is_some_and(embed::is_prompt)
        {
            article.blocks.push(Block::Boilerplate(boilerplate::build(
                input,
                raw.span,
                BoilerplateKind::Share,
            )));
            state.byline_block = None;
            index += 1;
            continue;
        }
        if state.zone != Zone::Start
            && let Some(embed) = embed::signed_at(input, segments, plan, index, &article)
        {
            article.blocks.push(Block::Boilerplate(embed));
            state.byline_block = None;
            state.last = Last::Other;
            index += 1;
            continue;
        }
        if state.zone != Zone::Start
            && let Some((list, used)) = spread_list(input, segments, plan, index, &state, &article)
        {
            article.blocks.push(Block::List(list));
            state.zone = Zone::Body;
            state.last = Last::Other;
            index += used;
            continue;
        }
        let ahead = look_ahead(input, segments, plan, index);
        let mut lines = segments.lines_of(raw);
        let mut first_line = true;
        while !lines.is_empty() {
            let cursor = Cursor {
                lines,
                ahead,
                hints: plan.hints_of(index),
            };
            let force = forced_headline && first_line;
            let used = classify_one(
                input,
                &cursor,
                &mut state,
                &mut article,
                headline_allowed,
                force,
            );
            lines = lines.get(used.clamp(1, lines.len())..).unwrap_or(&[]);
            first_line = false;
        }
        index += 1;
    }
    if let Some(first) = caption::over_credit_lines(input, &mut article) {
        dateline_after_captions(input, &mut article, first);
    }
    caption::mark_duplicates(input, &mut article);
    dateline::resolve(&mut article);
    article
}

/// The dateline opening the paragraph at `index`, now the article's first: the gallery
/// captions over it were read as paragraphs when the dateline was looked for.
fn dateline_after_captions<'a>(input: &'a str, article: &mut Article<'a>, index: usize) {
    if article.dateline.is_some() {
        return;
    }
    let Some(Block::Paragraph(p)) = article.blocks.get(index) else {
        return;
    };
    let span = p.span;
    let Some((d, text_start)) = dateline::parse(input, span, true) else {
        return;
    };
    let text_span = Span::new(text_start.min(span.end), span.end);
    if let Some(b) = article.blocks.get_mut(index) {
        *b = Block::Paragraph(paragraph::build(input, span, text_span));
        article.dateline = Some(d);
    }
}

/// The line of a raw block that has only one and that the page plan left alone.
fn lone_line(segments: &Segments, plan: &PagePlan, index: usize) -> Option<Span> {
    if plan.kind_of(index).is_some() {
        return None;
    }
    match segments.lines_of(segments.blocks.get(index)?) {
        [line] => Some(line.span),
        _ => None,
    }
}

/// Whether the raw block at `index` belongs to a picture's caption laid out over blocks of
/// one line each (see [`split_caption`]): a media label (`Image`), a credit line
/// (`Credit...X`), or a line with a credit line under it. Constant work.
fn is_caption_part(input: &str, segments: &Segments, plan: &PagePlan, index: usize) -> bool {
    let text = |i| lone_line(segments, plan, i).and_then(|l| l.slice(input));
    text(index).is_some_and(|t| {
        caption::is_media_label(t)
            || caption::is_credit_only_line(t)
            || text(index + 1).is_some_and(caption::is_credit_only_line)
    })
}

/// A caption laid out over one-line blocks, as a news page's picture reads once its markup
/// is gone: an optional media label (`Image`), the caption, and its credit line
/// (`Credit...Maddie Cole for The Times`). One caption block; returns how many raw blocks
/// it took.
fn split_caption<'a>(
    input: &'a str,
    segments: &Segments,
    plan: &PagePlan,
    index: usize,
    state: &mut State,
    article: &mut Article<'a>,
) -> Option<usize> {
    if state.zone == Zone::Start {
        return None;
    }
    let first = lone_line(segments, plan, index)?;
    let labelled = first.slice(input).is_some_and(caption::is_media_label);
    let text_at = index + usize::from(labelled);
    let text = if labelled {
        lone_line(segments, plan, text_at)?
    } else {
        first
    };
    let credit = lone_line(segments, plan, text_at + 1)?;
    if !credit
        .slice(input)
        .is_some_and(caption::is_credit_only_line)
    {
        return None;
    }
    let c = caption::split(input, first, text, credit)?;
    article.blocks.push(Block::Caption(Box::new(c)));
    state.last = Last::Other;
    Some(text_at + 2 - index)
}

/// A dateline on a line of its own (`CNN —`, `WASHINGTON —`, as pages lay it out) and the
/// paragraph of prose right under it: one paragraph opened by the dateline, so no empty
/// paragraph is left behind. Returns how many raw blocks it took.
fn lone_dateline<'a>(
    input: &'a str,
    segments: &Segments,
    plan: &PagePlan,
    index: usize,
    state: &mut State,
    article: &mut Article<'a>,
) -> Option<usize> {
    if state.zone != Zone::Front || article.dateline.is_some() {
        return None;
    }
    let raw = segments.blocks.get(index)?;
    let next = segments.blocks.get(index + 1)?;
    if raw.lines.len() != 1 || plan.kind_of(index + 1).is_some() {
        return None;
    }
    let (dateline, text_start) = dateline::parse(input, raw.span, false)?;
    let next_lines = segments.lines_of(next);
    let prose = next
        .span
        .slice(input)
        .is_some_and(|t| is_prose(t, next_lines.len()));
    // The paragraph keeps every line: a wire sign-off under it stays in the paragraph.
    let wire_last = next_lines
        .last()
        .and_then(|l| l.span.slice(input))
        .is_some_and(signoff::is_wire);
    if text_start < raw.span.end || !prose || wire_last {
        return None;
    }
    let lines = segments.lines.get(raw.lines.start..next.lines.end)?;
    push_paragraph(
        input,
        lines,
        state,
        article,
        Some((dateline, next.span.start)),
    );
    Some(2)
}

/// The next two content (non-boilerplate) blocks after `index`, skipping a few boilerplate ones.
fn look_ahead(
    input: &str,
    segments: &Segments,
    plan: &PagePlan,
    index: usize,
) -> [Option<Ahead>; 2] {
    let mut out = [None, None];
    let mut slot = 0;
    let mut skipped = 0;
    let mut caption_skipped = 0;
    let mut i = index + 1;
    while slot < 2 {
        let Some(raw) = segments.blocks.get(i) else {
            break;
        };
        if plan.kind_of(i).is_some() {
            skipped += 1;
            if skipped > LOOKAHEAD_SKIP {
                break;
            }
        } else if caption_skipped < LOOKAHEAD_CAPTION_SKIP
            && is_caption_part(input, segments, plan, i)
        {
            // A picture's caption lies between the lines whose layout matters.
            caption_skipped += 1;
        } else if let Some(first) = segments.lines_of(raw).first() {
            if let Some(s) = out.get_mut(slot) {
                *s = Some(Ahead {
                    first: first.span,
                    second: segments.lines_of(raw).get(1).map(|l| l.span),
                    whole: raw.span,
                    lines: raw.lines.len(),
                });
            }
            slot += 1;
        }
        i += 1;
    }
    out
}

/// A list laid out over several raw blocks, starting at `index`: bulleted one-line blocks in a
/// row, or plain short lines right under a paragraph ending with `:`. Returns the list and
/// how many raw blocks it took.
fn spread_list<'a>(
    input: &'a str,
    segments: &Segments,
    plan: &PagePlan,
    index: usize,
    state: &State,
    article: &Article<'a>,
) -> Option<(crate::ast::List<'a>, usize)> {
    let blocks = &segments.blocks;
    let one_line = |raw: &RawBlock| -> Option<Span> { (raw.lines.len() == 1).then_some(raw.span) };
    let first = one_line(blocks.get(index)?)?;
    let first_text = first.slice(input)?;
    let bulleted = list::bullet_len(first_text).is_some();
    let intro = !bulleted
        && state.last == Last::Paragraph
        && matches!(article.blocks.last(), Some(Block::Paragraph(p)) if p.text.trim_end().ends_with(':'));
    if !bulleted && !intro {
        return None;
    }
    let plain_item = |span: Span| {
        span.slice(input).is_some_and(|t| {
            let w = word_count(t);
            (1..=MAX_PLAIN_ITEM_WORDS).contains(&w) && !t.ends_with(':') && t.len() <= 100
        })
    };
    let mut items = Vec::new();
    let mut i = index;
    while let Some(raw) = blocks.get(i) {
        if plan.kind_of(i).is_some() {
            break;
        }
        let Some(span) = one_line(raw) else { break };
        let text = span.slice(input).unwrap_or("");
        let indented = segments.lines_of(raw).first().is_some_and(|l| l.indent > 0);
        let ok = if bulleted {
            list::bullet_len(text).is_some()
        } else {
            // Plain lines: not indented (an indented run is a table or wire paragraphs), not
            // a sign-off.
            // The items follow one another line by line (the introduction may stand apart).
            !indented
                && !signoff::is_wire(text)
                && plain_item(span)
                && (i == index
                    || i.checked_sub(1)
                        .and_then(|p| blocks.get(p))
                        .is_some_and(|prev| prev.lines.end == raw.lines.start))
        };
        if !ok {
            break;
        }
        items.push(span);
        i += 1;
    }
    if items.len() < 2 {
        return None;
    }
    let used = items.len();
    Some((list::from_lines(input, &items)?, used))
}

/// Pushes a paragraph for `lines`, splitting off a dateline when `try_dateline`; returns the
/// number of lines used. A wire sign-off on the block's last line is left for the next visit.
fn push_paragraph<'a>(
    input: &'a str,
    lines: &[Line],
    state: &mut State,
    article: &mut Article<'a>,
    dateline: Option<(crate::ast::Dateline<'a>, usize)>,
) -> usize {
    let mut used = lines.len();
    if used > 1
        && lines
            .last()
            .and_then(|l| l.span.slice(input))
            .is_some_and(signoff::is_wire)
    {
        used -= 1;
    }
    let lines = lines.get(..used).unwrap_or(lines);
    let span = span_of(lines);
    let mut text_span = span;
    if article.dateline.is_none()
        && let Some((d, text_start)) = dateline
    {
        text_span = Span::new(text_start.min(span.end), span.end);
        article.dateline = Some(d);
    }
    let text = text_span.slice(input).unwrap_or("");
    // Only outside the body does the shape of the paragraph decide anything.
    let opens_body = state.zone != Zone::Body && (text_span != span || is_prose(text, lines.len()))
        || state.zone == Zone::Body && state.paragraphs == 0;
    if opens_body {
        state.short_opener = lines.len() == 1 && words_up_to(text, 31) <= 30;
    }
    if opens_body || state.zone == Zone::Body {
        state.zone = Zone::Body;
        state.paragraphs += 1;
    }
    article
        .blocks
        .push(Block::Paragraph(paragraph::build(input, span, text_span)));
    state.last = Last::Paragraph;
    used
}

/// What a line of front matter is (see [`front_matter_kind`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FrontKind {
    /// `By Jane Doe`, `Dan Goodin - Apr 16, 2015 8:02 pm UTC`, or a bare name with a date or
    /// a job title under it.
    Byline,
    /// `Updated: 19 May 2021 14:02 BST`, `June 12, 2024 at 6:15 a.m.`.
    Timestamp,
}

/// Whether the line at `span` is a byline or a timestamp, judged as the classifier judges
/// the front matter (`next` is the line under it, which decides for a bare name). Constant
/// work per line. The page analysis can ask this before it calls a line page furniture or
/// a headline: these lines sit between the headline and the text, and must stay there for
/// the classifier to read them.
pub(crate) fn front_matter_kind(input: &str, span: Span, next: Option<Span>) -> Option<FrontKind> {
    if byline::parse(input, span, true).is_some() {
        Some(FrontKind::Byline)
    } else if timestamp::parse(input, span, true).is_some() {
        Some(FrontKind::Timestamp)
    } else if next.is_some_and(|n| {
        // Without a line under it a bare name is never a byline: the name is not read then
        // (the classifier asks with no `next` from [`is_kicker`]).
        byline::bare_name(input, span).is_some() && byline::supports_bare_name(input, n)
    }) {
        Some(FrontKind::Byline)
    } else {
        None
    }
}

/// Classifies the start of the cursor's lines, pushing the block(s); returns how many lines
/// were used.
fn classify_one<'a>(
    input: &'a str,
    cursor: &Cursor<'_>,
    state: &mut State,
    article: &mut Article<'a>,
    headline_allowed: bool,
    force_headline: bool,
) -> usize {
    let lines = cursor.lines;
    let Some(first) = lines.first() else {
        return 1;
    };
    let span = span_of(lines);
    let one_line = lines.len() == 1;

    // Without a plan headline, a section label over the title (`Climate` / `Snowpack in
    // the West is the lowest in 40 years`) is the title's kicker, when a byline or a date
    // under the title shows it is the article's head.
    if state.zone == Zone::Start
        && headline_allowed
        && !force_headline
        && article.headline.is_none()
        && is_kicker(input, first.span, cursor)
    {
        return push_boilerplate(input, article, first.span, BoilerplateKind::Category);
    }

    if state.zone == Zone::Start && (force_headline || headline_allowed) {
        // The plan's headline is taken as it is: its reading as a title would give the
        // same node (the line and its span), so the line's shape is not read.
        let h = if force_headline {
            Some(crate::ast::Headline {
                text: std::borrow::Cow::Borrowed(first.span.slice(input).unwrap_or("")),
                span: first.span,
            })
        } else {
            headline::parse(input, first.span)
        };
        // A title-like line is no byline: [`headline::parse`] read it as none even with
        // `unprefixed` ([`headline::is_title_like`]), which finds every byline found without.
        if let Some(h) = h {
            article.headline.get_or_insert_with(|| h.clone());
            article.blocks.push(Block::Headline(h));
            state.zone = Zone::Front;
            state.last = Last::Headline;
            state.byline_block = None;
            return 1;
        }
    }

    // A rule or section break (`___`, `* * *`, `—`): no letter or digit, no text.
    if one_line
        && first
            .span
            .slice(input)
            .is_some_and(|t| !t.chars().any(char::is_alphanumeric))
    {
        return push_boilerplate(input, article, first.span, BoilerplateKind::Other);
    }

    // Anywhere: sign-offs and trailers, captions.
    if one_line || lines.len() <= 3 {
        // `By MATTHEW LEE` over `Associated Press`: the agency line under a byline is its
        // organisation (the Front zone adds it), not a wire sign-off.
        let byline_org = state.last == Last::Byline
            && one_line
            && state
                .byline_block
                .is_some_and(|i| i + 1 == article.blocks.len())
            && first.span.slice(input).is_some_and(byline::is_role_line);
        if !byline_org && let Some(s) = signoff::parse_hinted(input, span, cursor.hints) {
            article.blocks.push(Block::SignOff(s));
            state.last = Last::Other;
            return lines.len();
        }
        if let Some(c) = caption::parse_hinted(input, span, cursor.hints) {
            article.blocks.push(Block::Caption(Box::new(c)));
            state.last = Last::Other;
            return lines.len();
        }
    }

    match state.zone {
        Zone::Start => {
            // A byline before any headline (the headline may still come): `By ...`, or a
            // bare name over its date or reading time (a blogging platform's author header).
            if let Some(b) = byline::parse(input, first.span, false) {
                return push_byline(article, state, b);
            }
            if article.byline.is_none()
                && let Some(b) = byline::bare_name(input, first.span)
                && cursor
                    .next_line()
                    .is_some_and(|n| byline::supports_bare_name(input, n))
            {
                return push_byline(article, state, b);
            }
        }
        Zone::Front => {
            // A dateline opens the first paragraph: nothing else of the front matter starts
            // like one, so it is tried first.
            if let Some(found) = dateline::parse(input, first.span, true) {
                return push_paragraph(input, lines, state, article, Some(found));
            }
            if state.no_byline.get() != Some(first.span)
                && let Some(b) = byline::parse(input, first.span, true)
            {
                return push_byline(article, state, b);
            }
            // Only the block pushed last may grow: a role line taken from beyond any other
            // block would make the blocks overlap (found by fuzzing, twice).
            if state.last == Last::Byline
                && let Some(i) = state.byline_block
                && i + 1 == article.blocks.len()
                && let Some(Block::Byline(b)) = article.blocks.get_mut(i)
                && byline::absorb_role(input, b, first.span)
            {
                if let Some(top) = article.byline.as_mut()
                    && top.span.start == b.span.start
                {
                    *top = (**b).clone();
                }
                state.byline_block = None;
                return 1;
            }
            // `Rachel Adeyemi is a former librarian ...` under the byline: the author's note.
            if state.last == Last::Byline
                && one_line
                && first.span.slice(input).is_some_and(byline::is_bio_line)
            {
                article.blocks.push(Block::Boilerplate(boilerplate::build(
                    input,
                    span,
                    BoilerplateKind::AuthorBio,
                )));
                return 1;
            }
            if let Some(t) = timestamp::parse(input, first.span, true)
                .or_else(|| timestamp::clock_line(input, first.span).filter(|_| one_line))
            {
                push_timestamps(input, article, t);
                state.last = Last::Front;
                return 1;
            }
            // A bare name is a byline with a date or role under it, or, on a page whose
            // plan marks the head, right under the headline.
            if let Some(b) = byline::bare_name(input, first.span)
                && (one_line && state.in_head && state.last == Last::Headline
                    || cursor
                        .next_line()
                        .is_some_and(|n| byline::supports_bare_name(input, n)))
            {
                return push_byline(article, state, b);
            }
            // A sentence under the headline is its dek when a byline or date follows it, or
            // when the page plan puts it before the article's text.
            if state.last == Last::Headline
                && let Some(d) = dek::parse(input, first.span)
                    .filter(|_| one_line && state.in_head)
                    .or_else(|| {
                        cursor
                            .next_line()
                            .is_some_and(|n| {
                                let kind = front_matter_kind(input, n, cursor.next_next_line());
                                if kind != Some(FrontKind::Byline) {
                                    state.no_byline.set(Some(n));
                                }
                                kind.is_some()
                                    // `AUSTIN, Texas, April 2, 2025 /PRNewswire/ -- ...`:
                                    // the story opens under it.
                                    || dateline::parse(input, n, true).is_some()
                            })
                            .then(|| dek::parse_unended(input, first.span))
                            .flatten()
                    })
            {
                article.blocks.push(Block::Dek(d));
                state.last = Last::Front;
                return 1;
            }
            // In the head the page plan marks, the line right under the headline is its dek
            // even without a sentence end (`The suspect confessed and the jury took ...`);
            // so is each line glued under such a dek (a tabloid's key points).
            let under_dek = matches!(article.blocks.last(), Some(Block::Dek(d))
            if input.get(d.span.end..first.span.start).is_some_and(|gap| {
                gap.trim().is_empty() && gap.bytes().filter(|&b| b == b'\n').count() == 1
            }));
            if (state.last == Last::Headline || under_dek)
                && state.in_head
                && one_line
                && let Some(text) = first.span.slice(input)
                && (HEAD_DEK_WORDS).contains(&words_up_to(text, 46))
            {
                article.blocks.push(Block::Dek(crate::ast::Dek {
                    text: std::borrow::Cow::Borrowed(text),
                    span: first.span,
                }));
                state.last = Last::Front;
                return 1;
            }
        }
        Zone::Body => {
            if one_line {
                // A live blog's entry time (`10:42 a.m.`) heads its entry.
                if let Some(t) = timestamp::parse(input, first.span, false)
                    .or_else(|| timestamp::clock_line(input, first.span))
                {
                    push_timestamps(input, article, t);
                    state.last = Last::Other;
                    return 1;
                }
                // A prefixed byline (`By ...`), or `Dana Whitlock - Jun 3, 2022 8:02 pm UTC`
                // under a first paragraph the layout did not mark as a dek: a name with a
                // full date and time is a byline. One reading answers both (the second needs
                // `unprefixed`, which finds every prefixed byline too).
                let unprefixed = state.paragraphs <= 2 && article.byline.is_none();
                if state.no_byline.get() != Some(first.span)
                    && let Some((b, names_first)) =
                        byline::parse_telling(input, first.span, unprefixed)
                    && (!names_first
                        || b.timestamp
                            .as_ref()
                            .is_some_and(|t| t.date.is_some() && t.time.is_some()))
                {
                    return push_byline(article, state, b);
                }
            }
        }
    }

    // `Key points:` over short plain lines in the same block: the introduction, then a list
    // (as spread over blocks in [`spread_list`]). A fact box (`Match stats` over
    // `Possession: Harbor 58%` lines) needs no colon after its title.
    let labelled = |l: &Line| {
        l.span.slice(input).is_some_and(|t| {
            t.find(": ").is_some_and(|c| {
                t.get(..c)
                    .is_some_and(|label| (1..=3).contains(&words_up_to(label, 4)))
            })
        })
    };
    if state.zone != Zone::Start
        && let Some(items) = lines.get(1..)
        && items.len() >= 2
        && first.span.slice(input).is_some_and(|t| {
            let t = t.trim_end();
            let title = t.ends_with(':') || !ends_like_sentence(t) && items.iter().all(labelled);
            title && (1..=MAX_INTRO_WORDS).contains(&words_up_to(t, MAX_INTRO_WORDS + 1))
        })
        && items.iter().all(|l| {
            l.indent == 0
                && l.span.slice(input).is_some_and(|t| {
                    (1..=MAX_PLAIN_ITEM_WORDS).contains(&word_count(t))
                        && !t.ends_with(':')
                        && list::bullet_len(t).is_none()
                        && t.len() <= 100
                })
        })
        && let Some(l) = list::from_lines(input, &items.iter().map(|l| l.span).collect::<Vec<_>>())
    {
        push_paragraph(input, lines.get(..1).unwrap_or(lines), state, article, None);
        article.blocks.push(Block::List(l));
        state.zone = Zone::Body;
        state.last = Last::Other;
        return lines.len();
    }

    if let Some(l) = list::parse(input, lines) {
        article.blocks.push(Block::List(l));
        if state.zone != Zone::Start {
            state.zone = Zone::Body;
        }
        state.last = Last::Other;
        return lines.len();
    }

    // A live blog's first entry title sits under its entry time, still in the front matter.
    let after_entry_time = state.zone != Zone::Start
        && matches!(article.blocks.last(), Some(Block::Timestamp(t)) if t.date.is_none() && t.time.is_some());
    // `Key points` over a bulleted list, also in the front matter (asked of one-line
    // blocks only).
    let over_list = one_line
        && state.zone != Zone::Start
        && cursor.next_block().is_some_and(|a| {
            a.whole
                .slice(input)
                .is_some_and(|t| list::bullet_len(t).is_some())
        });
    if (state.zone == Zone::Body && matches!(state.last, Last::Paragraph | Last::Other)
        || after_entry_time
        || over_list)
        && one_line
        && let Some(s) = subheading::parse(input, first.span, state.question_heads)
        && (over_list
            || cursor.next_block().is_some_and(|a| {
                a.whole
                    .slice(input)
                    .is_some_and(|t| is_prose(t, a.lines) || introduces(t))
            }))
    {
        article.blocks.push(Block::Subheading(s));
        state.zone = Zone::Body;
        state.last = Last::Other;
        return 1;
    }

    // The dateline may open the second paragraph when the first was a one-line opener (a
    // standfirst the layout did not mark); never later. In the front matter it was tried
    // first, above.
    let found = (state.zone == Zone::Body
        && state.paragraphs == 1
        && state.short_opener
        && article.dateline.is_none())
    .then(|| dateline::parse(input, first.span, false))
    .flatten();
    if state.zone == Zone::Start {
        let used = push_paragraph(input, lines, state, article, None);
        // Without a headline, prose starts the body; with a plan headline still to come, the
        // blocks before it stay outside the article.
        if !headline_allowed {
            state.zone = Zone::Start;
        }
        return used;
    }
    push_paragraph(input, lines, state, article, found)
}

/// Whether the line at `span` is a section label over the article's title: one to three
/// words without a sentence end, a title of five words or more under it, and a byline or
/// a date under that.
fn is_kicker(input: &str, span: Span, cursor: &Cursor<'_>) -> bool {
    let Some(label) = span.slice(input) else {
        return false;
    };
    let (Some(title), Some(under)) = (cursor.next_line(), cursor.next_next_line()) else {
        return false;
    };
    (1..=3).contains(&words_up_to(label, 4))
        && !label.trim_end().ends_with(['.', ':', '!', '?'])
        && headline::parse(input, span).is_some()
        && title
            .slice(input)
            .is_some_and(|t| words_up_to(t, 5) >= 5 && headline::parse(input, title).is_some())
        && front_matter_kind(input, under, None).is_some()
}

/// Pushes the line at `span` as boilerplate of `kind`; one line used.
fn push_boilerplate<'a>(
    input: &'a str,
    article: &mut Article<'a>,
    span: Span,
    kind: BoilerplateKind,
) -> usize {
    article
        .blocks
        .push(Block::Boilerplate(crate::parser::boilerplate::build(
            input, span, kind,
        )));
    1
}

/// Pushes a timestamp line's block, or two when it carries a second labelled date
/// (`Posted ..., updated ...`).
fn push_timestamps<'a>(input: &'a str, article: &mut Article<'a>, t: crate::ast::Timestamp<'a>) {
    let (first, second) = timestamp::split_second(input, t);
    article.blocks.push(Block::Timestamp(first));
    if let Some(second) = second {
        article.blocks.push(Block::Timestamp(second));
    }
}

fn push_byline<'a>(
    article: &mut Article<'a>,
    state: &mut State,
    b: crate::ast::Byline<'a>,
) -> usize {
    article.byline.get_or_insert_with(|| b.clone());
    state.byline_block = Some(article.blocks.len());
    article.blocks.push(Block::Byline(Box::new(b)));
    state.last = Last::Byline;
    1
}

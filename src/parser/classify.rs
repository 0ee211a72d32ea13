//! Phase 2: decide which construct each block is.
//!
//! Blocks are visited in order. Each visit looks at the lines left in the block and asks the
//! construct parsers, most specific first, which one claims them; a construct may claim only
//! the first line (a headline followed by a byline in the same block), and the rest of the
//! block is classified in turn. Whatever no construct claims is a paragraph.

use crate::ast::{Article, Block};
use crate::parser::page::PagePlan;
use crate::parser::segment::{Line, Segments};
use crate::parser::{boilerplate, headline, list, paragraph};
use crate::{ParseOptions, Span};

/// What the walk has seen so far.
#[derive(Debug, Default)]
struct State {
    /// A headline has been found.
    headline: bool,
    /// A body block (paragraph, list, subheading) has been seen.
    body_started: bool,
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
    for (index, raw) in segments.blocks.iter().enumerate() {
        if let Some(kind) = plan.kind_of(index) {
            article.blocks.push(Block::Boilerplate(boilerplate::build(
                input, raw.span, kind,
            )));
            continue;
        }
        if plan.headline == Some(index) {
            state.headline = false;
            state.body_started = false;
        }
        let mut lines = segments.lines_of(raw);
        while !lines.is_empty() {
            let (block, used) = classify_one(input, lines, &mut state);
            let used = used.clamp(1, lines.len());
            if let Block::Headline(h) = &block {
                article.headline.get_or_insert_with(|| h.clone());
            }
            article.blocks.push(block);
            lines = lines.get(used..).unwrap_or(&[]);
        }
    }
    article
}

/// The span from the first to the last of `lines`.
fn span_of(lines: &[Line]) -> Span {
    match (lines.first(), lines.last()) {
        (Some(a), Some(b)) => a.span.cover(b.span),
        _ => Span::default(),
    }
}

/// Classifies the start of `lines`; returns the block and how many lines it took.
fn classify_one<'a>(input: &'a str, lines: &[Line], state: &mut State) -> (Block<'a>, usize) {
    let Some(first) = lines.first() else {
        return (
            Block::Paragraph(paragraph::build(input, Span::default(), Span::default())),
            1,
        );
    };
    let span = span_of(lines);
    if !state.headline
        && !state.body_started
        && let Some(h) = headline::parse(input, first.span)
    {
        state.headline = true;
        return (Block::Headline(h), 1);
    }
    if let Some(l) = list::parse(input, lines) {
        state.body_started = true;
        return (Block::List(l), lines.len());
    }
    state.body_started = true;
    (
        Block::Paragraph(paragraph::build(input, span, span)),
        lines.len(),
    )
}

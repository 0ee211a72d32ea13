//! The limits of [`ParseOptions`] that apply after classification.
//!
//! [`segment`](crate::parser::segment) stops cutting blocks at
//! [`ParseOptions::max_blocks`] and leaves the rest of the input unsegmented;
//! [`enforce_max_blocks`] then makes that rest one final paragraph, so that the blocks keep
//! partitioning the input, and says so with a [`DiagnosticKind::LimitReached`] diagnostic.

use crate::ast::{Article, Block, Diagnostic, DiagnosticKind};
use crate::parser::paragraph;
use crate::{ParseOptions, Span};

/// The block limit in force: [`ParseOptions::max_blocks`], at least 1.
pub(crate) fn max_blocks(options: &ParseOptions) -> usize {
    options.max_blocks.max(1)
}

/// Keeps `article` within [`ParseOptions::max_blocks`] blocks. `rest` is where the input the
/// segmenter left uncut starts ([`Segments::rest`](crate::parser::segment::Segments::rest)).
///
/// When there are more blocks than the limit (classification may split a raw block in two),
/// or an uncut rest, at most `limit - 1` blocks stay (fewer when classification joined raw
/// blocks) and everything after them becomes one paragraph reaching to the last
/// non-whitespace byte. Front matter and diagnostics that
/// pointed into the dropped blocks are dropped with them.
pub(crate) fn enforce_max_blocks<'a>(
    input: &'a str,
    article: &mut Article<'a>,
    rest: Option<usize>,
    options: &ParseOptions,
) {
    let limit = max_blocks(options);
    let keep = limit - 1;
    let over = article.blocks.len() > limit || (rest.is_some() && article.blocks.len() > keep);
    let start = if over {
        article.blocks.get(keep).map(|b| b.span().start)
    } else {
        rest
    };
    let Some(start) = start else {
        return;
    };
    article.blocks.truncate(keep);
    let before = |span: Span| span.start < start;
    if article.headline.as_ref().is_some_and(|h| !before(h.span)) {
        article.headline = None;
    }
    if article.byline.as_ref().is_some_and(|b| !before(b.span)) {
        article.byline = None;
    }
    if article.dateline.as_ref().is_some_and(|d| !before(d.span)) {
        article.dateline = None;
    }
    article.quotes.retain(|q| before(q.span));
    article.diagnostics.retain(|d| before(d.span));
    let end = input
        .trim_end_matches([' ', '\t', '\r', '\n'])
        .len()
        .max(start);
    let span = Span::new(start, end);
    article
        .blocks
        .push(Block::Paragraph(paragraph::build(input, span, span)));
    article.diagnostics.push(Diagnostic::new(
        DiagnosticKind::LimitReached,
        span,
        format!(
            "the input has more than {limit} blocks (ParseOptions::max_blocks): the rest of it is \
             left unclassified, as this one paragraph"
        ),
    ));
}

#[cfg(test)]
mod tests {
    use crate::{Block, DiagnosticKind, ParseOptions};

    fn parse(input: &str, limit: usize) -> crate::Article<'_> {
        let options = ParseOptions::default().with_max_blocks(limit);
        crate::parser::parse(input, &options).unwrap()
    }

    #[test]
    fn under_and_at_the_limit_nothing_changes() {
        let input = "Title\n\nOne.\n\nTwo.\n";
        assert_eq!(parse(input, 3), parse(input, 100));
        assert!(parse(input, 3).diagnostics.is_empty());
    }

    #[test]
    fn past_the_limit_the_rest_is_one_paragraph() {
        let input = "Title\n\nOne.\n\nTwo.\n\nThree.\n";
        let article = parse(input, 3);
        let texts: Vec<&str> = article.blocks.iter().map(Block::text).collect();
        assert_eq!(texts, ["Title", "One.", "Two.\n\nThree."]);
        let [diagnostic] = article.diagnostics.as_slice() else {
            panic!("one diagnostic expected");
        };
        assert_eq!(diagnostic.kind, DiagnosticKind::LimitReached);
        assert_eq!(diagnostic.span, article.blocks[2].span());
    }

    #[test]
    fn a_limit_of_zero_or_one_keeps_the_whole_input_in_one_block() {
        let input = "  Title\n\nOne.\n\nTwo.  \n";
        for limit in [0, 1] {
            let article = parse(input, limit);
            assert_eq!(article.blocks.len(), 1);
            assert_eq!(article.blocks[0].text(), input.trim());
            assert!(article.headline.is_none());
        }
    }

    #[test]
    fn a_split_block_counts_twice() {
        // The first raw block holds a headline and a byline: classification splits it in two.
        let input = "ACME CORP SAYS QUARTERLY PROFIT ROSE ON STRONG SALES\nBy Jane Doe, Reuters\n\nNEW YORK, Feb 26 - Acme Corp said its profit rose in the quarter on strong sales of its widgets, a spokesman said.\n";
        let three = parse(input, 3);
        assert_eq!(three.blocks.len(), 3);
        assert!(three.diagnostics.is_empty());
        let two = parse(input, 2);
        assert_eq!(two.blocks.len(), 2);
        assert!(
            two.blocks[1]
                .text()
                .starts_with("By Jane Doe, Reuters\n\nNEW YORK")
        );
        assert_eq!(two.diagnostics.len(), 1);
    }
}

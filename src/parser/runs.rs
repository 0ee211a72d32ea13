//! Reporting byte patterns found across the input ([`mojibake`](super::mojibake),
//! [`entity`](super::entity)): hits close together make one diagnostic, and an article gets
//! at most [`MAX_REPORTS`] of a kind (a page decoded wrongly is wrong everywhere, and a few
//! spans show it).

use crate::Span;
use crate::ast::{Article, Diagnostic, DiagnosticKind};

/// Most diagnostics of one kind made for one article.
pub(crate) const MAX_REPORTS: usize = 20;

/// Reports the runs of a byte pattern: `len_at` gives the length of a hit at each place
/// `lead` occurs in `input` (if one is there); see [`report`] for `gap`.
pub(crate) fn report_pattern(
    input: &str,
    article: &mut Article<'_>,
    lead: u8,
    len_at: impl Fn(&str, usize) -> Option<usize>,
    gap: usize,
    kind: DiagnosticKind,
    message: &'static str,
) {
    let hits = memchr::memchr_iter(lead, input.as_bytes())
        .filter_map(|at| len_at(input, at).map(|len| Span::new(at, at + len)));
    report(article, hits, gap, kind, message);
}

/// The text each diagnostic a pass makes points at, in order: for the passes' tests.
#[cfg(test)]
pub(crate) fn found(pass: fn(&str, &mut Article<'_>), text: &str) -> Vec<String> {
    let mut article = Article::empty();
    pass(text, &mut article);
    article
        .diagnostics
        .iter()
        .filter_map(|d| d.span.slice(text).map(str::to_owned))
        .collect()
}

/// Adds a `kind` diagnostic for each run of `hits` (in input order): a hit starting at most
/// `gap` bytes after the previous one's end joins its run.
pub(crate) fn report(
    article: &mut Article<'_>,
    hits: impl IntoIterator<Item = Span>,
    gap: usize,
    kind: DiagnosticKind,
    message: &'static str,
) {
    let mut runs: Vec<Span> = Vec::new();
    for here in hits {
        if let Some(last) = runs.last_mut()
            && here.start <= last.end + gap
            && here.start >= last.start
        {
            last.end = here.end.max(last.end);
        } else if runs.len() >= MAX_REPORTS {
            break;
        } else {
            runs.push(here);
        }
    }
    if runs.is_empty() {
        return;
    }
    article.diagnostics.extend(
        runs.into_iter()
            .map(|span| Diagnostic::new(kind, span, message)),
    );
    article.diagnostics.sort_by_key(|d| d.span.start);
}

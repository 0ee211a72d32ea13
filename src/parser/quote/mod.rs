//! Phases 3 and 4 for quotations: find them in the prose blocks, attribute them, and
//! resolve their speakers over the whole article.
//!
//! ## Grammar
//!
//! ```text
//! block-quotes = *( direct / reported )
//! direct       = mark-pair [ attribution ]          ; see pair, attribution, kind
//! multi        = open *( text ) LF-LF open ... close ; a paragraph ending open, the next
//!                                                    ; reopening: one quote
//! reported     = see indirect
//! ```
//!
//! Per paragraph: tokens and sentences ([`para`]), marks ([`marks`]), pairing ([`pair`]),
//! attribution and kind for each direct quote ([`attribution`], [`kind`]), reported speech
//! ([`indirect`]); the headline's quotes last ([`headline`]); Korean quotes, whose verb
//! follows a quotative ending (`"..."라고 말했다`), are attributed by [`korean`]; then the
//! speakers are resolved in document order ([`speaker`]) and a quote with no attribution
//! of its own inherits one: from the quote it continues in the same paragraph, or — for a
//! paragraph that opens with a quote — from the last quote of the paragraph before. Every
//! step is linear in the paragraph; the only state carried between paragraphs is a bounded
//! one (an open multi-paragraph quote, the name map, the last speaker).
//!
//! ## Examples
//!
//! ```text
//! > | “We are looking for a stable relationship,” Blinken told Lavrov. “It is good.”
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Blinken/told    ^^^^^^^^^^^^^ inherits
//! ```

mod arabic;
mod attribution;
mod chinese;
mod dash;
mod headline;
mod hindi;
mod indirect;
mod interview;
mod japanese;
mod kind;
mod korean;
pub(crate) mod lexicon;
mod marks;
pub(crate) mod names;
mod np;
mod pair;
mod para;
mod speaker;
mod token;
mod transcript;

/// Hash containers keyed by words, for the other passes too.
pub(crate) use lexicon::{WordMap, WordSet};

use std::borrow::Cow;
use std::ops::Range;

use crate::ast::{Article, Block, Cue, Diagnostic, DiagnosticKind, Quote, QuoteKind, Source};
use crate::{Span, Speaker};
use attribution::Attribution;
use pair::{Misuse, Opener};
use para::Para;
use speaker::Resolver;

/// Reported speech that a language module reads whole (Korean `...다고 밝혔다`, Hindi `X ने
/// कहा कि ...`, Arabic `وقال X إن ...`): the clause as an absolute byte span, the speaker
/// and title as written, and the cue's token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reported {
    pub(crate) clause: Span,
    pub(crate) speaker: Option<Span>,
    pub(crate) title: Option<Span>,
    pub(crate) cue: Range<usize>,
    /// With no speaker named, whether the verb holds its subject (Arabic `وأضاف`, "and he
    /// added"): the speaker is then the last one named.
    pub(crate) in_verb: bool,
}

/// A direct quote's attribution read by a language module that puts the verb after the
/// quote or the speaker after the verb (Japanese `「……」と述べた`, Hindi `X ने कहा`, Arabic
/// `وقال X`): byte spans of the speaker (when one is named), its title and the cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Written {
    pub(crate) speaker: Option<Span>,
    pub(crate) title: Option<Span>,
    pub(crate) cue: Span,
}

/// The clause after token `k` to the last word or mark before `end` (a sentence's end, its
/// final punctuation left out), as a byte span; `None` when nothing is left.
pub(crate) fn clause_after(p: &Para<'_>, k: usize, end: usize) -> Option<Span> {
    let last = (k + 1..end).rev().find(|&t| p.is_word(t) || p.is_mark(t))?;
    Some(p.span(&(k + 1..last + 1)))
}

/// For the language modules' tests: the speaker and cue text an `attribute` function finds
/// for the first quote of `text` (its first two marks).
#[cfg(test)]
pub(crate) fn written_of(
    text: &str,
    attribute: impl Fn(&Para<'_>, usize, usize) -> Option<Written>,
) -> Option<(Option<String>, String)> {
    let p = Para::new(text, 0);
    let marks: Vec<usize> = (0..p.len()).filter(|&i| p.is_mark(i)).collect();
    let (&open, &close) = (marks.first()?, marks.get(1)?);
    attribute(&p, open, close).map(|w| {
        (
            w.speaker.and_then(|s| s.slice(text)).map(str::to_owned),
            w.cue.slice(text).unwrap_or("").to_owned(),
        )
    })
}

/// A multi-paragraph quotation still open at the end of a paragraph.
#[derive(Debug)]
struct Carry<'a> {
    /// The opening mark of the first paragraph.
    open: Span,
    /// The block the quote starts in.
    block: usize,
    /// Content of each paragraph so far (after its opening mark, to the paragraph end).
    pieces: Vec<Span>,
    /// The attribution found before the quote in its first paragraph.
    speaker: Option<Speaker<'a>>,
    cue: Option<Span>,
    /// The kind of the quote if it ends with its first paragraph.
    kind: QuoteKind,
}

/// A quote found in a paragraph, before its speaker is resolved.
#[derive(Debug)]
struct Found<'a> {
    span: Span,
    text: Cow<'a, str>,
    kind: QuoteKind,
    block: usize,
    attribution: Option<Attribution>,
    /// A speaker resolved already (a multi-paragraph quote's, from its first paragraph).
    speaker: Option<Speaker<'a>>,
    cue: Option<Span>,
    /// Token range of the quote in its (last) paragraph.
    toks: Range<usize>,
    /// The quote opens its paragraph.
    opens_paragraph: bool,
}

/// Whether a paragraph holds any word (the `.` separator lines of some scrapes do not).
fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

fn text_between(input: &str, from: usize, to: usize) -> &str {
    input.get(from..to).unwrap_or("")
}

/// The words inside a pair of marks, without the spaces French and Swiss typography puts
/// inside guillemets (`« C'est fait »`).
fn inner_text(input: &str, from: usize, to: usize) -> &str {
    text_between(input, from, to).trim()
}

/// Finds the quotations of every paragraph of `article`, attributes them, resolves their
/// speakers, and fills [`Article::quotes`], each paragraph's `quotes`, and diagnostics.
pub(crate) fn run<'a>(input: &'a str, article: &mut Article<'a>) {
    let paragraphs: Vec<(usize, Span)> = article
        .blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| match b {
            Block::Paragraph(p) if has_words(&p.text) => Some((i, p.text_span)),
            // A standfirst is a sentence of the story: `The mayor said the plan “will not
            // survive the winter”`.
            Block::Dek(d) if has_words(&d.text) => Some((i, d.span)),
            _ => None,
        })
        .collect();
    let mut state = State::new(input);
    // A story has about a quote per paragraph: reserved once, not grown (and copied) by
    // doubling.
    state.quotes.reserve(paragraphs.len());
    let longest = paragraphs.iter().map(|(_, s)| s.len()).max();
    state.buffers = longest.map_or_else(para::Buffers::default, para::Buffers::with_capacity);
    let interview =
        interview::is_interview(paragraphs.iter().filter_map(|(_, span)| span.slice(input)));
    for &(block, span) in &paragraphs {
        state.paragraph(block, span);
    }
    state.finish_carry();
    if interview {
        state.answers(&paragraphs);
    } else {
        state.transcript(&paragraphs);
    }
    // The headline on its own, after the body: what it finds tells the body nothing (its
    // title case would feed the name map), and the body's names resolve its surnames.
    let headline = article
        .blocks
        .iter()
        .enumerate()
        .find_map(|(i, b)| match b {
            Block::Headline(h) if has_words(&h.text) => Some((i, h.span)),
            _ => None,
        });
    if let Some((block, span)) = headline {
        let mut head = State::new(input);
        // The body's allocations serve the headline too (its contents are replaced).
        head.buffers = std::mem::take(&mut state.buffers);
        head.paragraph(block, span);
        head.finish_carry();
        headline::settle(input, span, &mut head.quotes, &state.resolver);
        state.quotes.append(&mut head.quotes);
        state.diagnostics.append(&mut head.diagnostics);
    }
    let State {
        mut quotes,
        mut diagnostics,
        ..
    } = state;
    quotes.append(&mut crate::parser::embed::quotes(input, article));
    quotes.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    drop_repeated_clauses(&mut quotes);
    mark_fragments(&mut quotes);
    for (i, q) in quotes.iter().enumerate() {
        if let Some(Block::Paragraph(p)) = article.blocks.get_mut(q.block) {
            p.quotes.push(i);
        }
    }
    // The list was reserved at a quote per paragraph: the tree keeps only what it holds.
    quotes.shrink_to_fit();
    article.quotes = quotes;
    article.diagnostics.append(&mut diagnostics);
    article.diagnostics.sort_by_key(|d| d.span.start);
}

/// Keeps one of two reported clauses with the same span, the one whose cue is nearer:
/// `said in a statement, adding that it "remains committed"` reports the clause once, by
/// `adding`. `quotes` is sorted by span.
fn drop_repeated_clauses(quotes: &mut Vec<Quote<'_>>) {
    let cue_end = |q: &Quote<'_>| q.cue.as_ref().map_or(0, |c| c.span.end);
    // In place: `q` is each quote, `last` the last one kept; a repeat is dropped, after
    // taking the kept one's place when its cue is nearer.
    quotes.dedup_by(|q, last| {
        let repeat = last.kind == QuoteKind::Indirect
            && q.kind == QuoteKind::Indirect
            && last.span == q.span;
        if repeat && cue_end(q) > cue_end(last) && cue_end(q) <= q.span.start {
            std::mem::swap(q, last);
        }
        repeat
    });
}

/// Marks each direct quote that lies inside a reported clause as a fragment of it (a mixed
/// quotation: `said the talks had been “constructive”`), with the reporter as its speaker
/// unless it has its own.
fn mark_fragments(quotes: &mut [Quote<'_>]) {
    // Quotes are sorted by start; the enclosing reported clause comes first.
    let mut open: Vec<usize> = Vec::new();
    for i in 0..quotes.len() {
        let Some(q) = quotes.get(i) else { continue };
        let (span, kind) = (q.span, q.kind);
        while open
            .last()
            .and_then(|&o| quotes.get(o))
            .is_some_and(|o| o.span.end <= span.start)
        {
            open.pop();
        }
        if kind == QuoteKind::Indirect {
            open.push(i);
            continue;
        }
        // A full quote keeps its own standing (`he heard students shout, “Build that
        // wall!”`); a fragment is a partial quote.
        if kind != QuoteKind::Partial {
            continue;
        }
        let Some(&parent) = open
            .iter()
            .rev()
            .find(|&&o| quotes.get(o).is_some_and(|x| x.span.contains(span)))
        else {
            continue;
        };
        let parent_speaker = quotes.get(parent).and_then(|x| x.speaker.clone());
        if let Some(q) = quotes.get_mut(i) {
            q.part_of = Some(parent);
            if q.speaker.is_none() {
                q.speaker = parent_speaker;
            }
        }
    }
}

struct State<'a> {
    input: &'a str,
    resolver: Resolver<'a>,
    quotes: Vec<Quote<'a>>,
    diagnostics: Vec<Diagnostic>,
    carry: Option<Carry<'a>>,
    /// The speaker of the last direct quote of the previous paragraph.
    last_speaker: Option<Speaker<'a>>,
    /// Korean full names met so far, by family name, for `최 장관` after `최상목 장관`.
    korean_names: Vec<(char, &'a str)>,
    /// The allocations of the last paragraph's [`Para`], for the next one.
    buffers: para::Buffers<'a>,
    /// The allocation of the last paragraph's quotes before they are stored, for the next.
    found: Vec<Found<'a>>,
    /// The allocations of the last paragraph's marks, pairing and reported speech, for the
    /// next (their contents are replaced).
    marks: Vec<marks::Mark>,
    outcome: pair::Outcome,
    reported: Vec<indirect::Reported>,
    /// The allocations of [`State::resolve`]'s lists, for the next paragraph.
    scratch: Scratch<'a>,
}

/// A mention of a speaker [`State::resolve`] resolves: a direct quote's or reported
/// speech's (its index among them).
enum Mention {
    Direct(usize),
    Reported(usize),
}

/// The lists [`State::resolve`] builds for a paragraph, kept for their allocations.
#[derive(Default)]
struct Scratch<'a> {
    mentions: Vec<(usize, Mention)>,
    direct_speakers: Vec<Option<Speaker<'a>>>,
    reported_speakers: Vec<Option<Speaker<'a>>>,
    next_own: Vec<Option<usize>>,
}

impl<'a> State<'a> {
    /// The answers of an interview, each a full quote of the interviewee
    /// ([`interview`]): after every paragraph was read, so that the introduction's names are
    /// known.
    fn answers(&mut self, paragraphs: &[(usize, Span)]) {
        let input = self.input;
        for &(block, span) in paragraphs {
            let Some(text) = span.slice(input) else {
                continue;
            };
            for line in interview::turns(text, span.start) {
                if line.turn != interview::Turn::Answer {
                    continue;
                }
                let label = line.label.slice(input).unwrap_or("");
                let speaker = self.resolver.first_person(label, line.label);
                self.push_turn(block, line.words, speaker);
            }
        }
    }

    /// The turns of a transcript, each a full quote of the speaker its label names
    /// ([`transcript`]): after every paragraph was read, so that the body's full names are
    /// known.
    fn transcript(&mut self, paragraphs: &[(usize, Span)]) {
        let input = self.input;
        let resolver = &self.resolver;
        let turns = transcript::find(input, paragraphs, |label| resolver.names_person(label));
        for &(block, turn) in &turns {
            let Some(mention) = turn.name.slice(input) else {
                continue;
            };
            if transcript::anonymous(mention) {
                self.push_turn(block, turn.words, None);
                continue;
            }
            let (name, title) = match self.resolver.full_name(mention) {
                Some((name, title)) => (name, title),
                None => (transcript::fullest(input, &turns, mention), None),
            };
            let speaker = Speaker {
                name: Cow::Borrowed(name),
                mention: Cow::Borrowed(mention),
                span: turn.name,
                title: title.map(Cow::Borrowed),
                resolved: name != mention,
            };
            self.push_turn(block, turn.words, Some(speaker));
        }
    }

    /// A turn of an interview or transcript: the words of its line, a full quote of
    /// `speaker`, who is also the `I` of the quotes inside it (`A: ... I said to myself,
    /// "If the glass holds, we hold."`).
    fn push_turn(&mut self, block: usize, words: Span, speaker: Option<Speaker<'a>>) {
        if let Some(who) = &speaker {
            let inside = self
                .quotes
                .iter_mut()
                .filter(|q| words.contains(q.span))
                .filter_map(|q| q.speaker.as_mut())
                .filter(|s| s.mention == "I");
            for s in inside {
                s.name = who.name.clone();
                s.title = who.title.clone();
                s.resolved = true;
            }
        }
        self.quotes.push(Quote {
            text: Cow::Borrowed(words.slice(self.input).unwrap_or("")),
            span: words,
            kind: QuoteKind::Full,
            speaker,
            cue: None,
            source: None,
            block,
            part_of: None,
        });
    }

    fn new(input: &'a str) -> Self {
        State {
            input,
            resolver: Resolver::new(input),
            quotes: Vec::new(),
            diagnostics: Vec::new(),
            carry: None,
            last_speaker: None,
            korean_names: Vec::new(),
            buffers: para::Buffers::default(),
            found: Vec::new(),
            marks: Vec::new(),
            outcome: pair::Outcome::default(),
            reported: Vec::new(),
            scratch: Scratch::default(),
        }
    }

    fn diag(&mut self, kind: DiagnosticKind, span: Span, message: &'static str) {
        self.diagnostics.push(Diagnostic::new(kind, span, message));
    }

    /// Ends a multi-paragraph quote that the next paragraph did not reopen: it runs to the
    /// end of its last paragraph.
    fn finish_carry(&mut self) {
        let Some(c) = self.carry.take() else { return };
        self.diag(
            DiagnosticKind::UnclosedQuote,
            c.open,
            "quotation mark never closed: the quote is taken to run to the end of its paragraph",
        );
        let end = c.pieces.last().map_or(c.open.end, |s| s.end);
        let text = if c.pieces.len() == 1 {
            Cow::Borrowed(inner_text(self.input, c.open.end, end))
        } else {
            Cow::Owned(self.join(&c.pieces))
        };
        let kind = if c.pieces.len() > 1 {
            QuoteKind::MultiParagraph
        } else {
            c.kind
        };
        let speaker = if kind == QuoteKind::Scare {
            None
        } else {
            c.speaker.or_else(|| self.last_speaker.clone())
        };
        self.quotes.push(Quote {
            text,
            span: Span::new(c.open.start, end),
            kind,
            speaker,
            cue: c.cue.map(|s| Cue {
                text: Cow::Borrowed(text_between(self.input, s.start, s.end)),
                span: s,
            }),
            source: None,
            block: c.block,
            part_of: None,
        });
    }

    fn join(&self, pieces: &[Span]) -> String {
        let mut out = String::new();
        for s in pieces {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(text_between(self.input, s.start, s.end).trim());
        }
        out
    }

    fn cue_of(&self, s: Span) -> Cue<'a> {
        Cue {
            text: Cow::Borrowed(text_between(self.input, s.start, s.end)),
            span: s,
        }
    }

    /// A speaker named by a Korean or Chinese attribution, as written (no resolution: the
    /// resolver reads capitalised names).
    /// A speaker of the CJK attributions, taken as written; a Korean family name alone
    /// (`최 장관`) resolves to the one full name with that family name met before.
    fn written_speaker(&mut self, span: Span, title: Option<Span>) -> Speaker<'a> {
        let text = text_between(self.input, span.start, span.end);
        let mut name = text;
        if let Some(family) = korean::family_of(text) {
            if !self.korean_names.iter().any(|&(_, n)| n == text) {
                self.korean_names.push((family, text));
            }
        } else if let Some(family) = text.chars().next().filter(|_| text.chars().count() == 1) {
            let mut known = self.korean_names.iter().filter(|&&(f, _)| f == family);
            if let (Some(&(_, full)), None) = (known.next(), known.next()) {
                name = full;
            }
        }
        Speaker {
            name: Cow::Borrowed(name),
            mention: Cow::Borrowed(text),
            span,
            title: title.map(|t| Cow::Borrowed(text_between(self.input, t.start, t.end))),
            resolved: name != text,
        }
    }

    fn paragraph(&mut self, block: usize, span: Span) {
        let input = self.input;
        let Some(text) = span.slice(input) else {
            return;
        };
        let mut p = Para::with_buffers(text, span.start, std::mem::take(&mut self.buffers));
        let mut found_marks = std::mem::take(&mut self.marks);
        marks::find_into(text, &p.toks, &mut found_marks);
        let reopens = found_marks
            .first()
            .is_some_and(|m| m.tok == 0 && m.can_open && m.level == marks::Level::Double);
        if self.carry.is_some() && !reopens {
            self.finish_carry();
        }
        let carried = self.carry.is_some();
        let mut outcome = std::mem::take(&mut self.outcome);
        pair::pair_into(
            &found_marks,
            carried,
            |t| attribution::starts_at(&p, t),
            &mut outcome,
        );
        // A single mark after a plural that neither opened nor closed a quote is its
        // possessive apostrophe (`the deckhands' union said`): no barrier for attributions.
        for m in found_marks.iter().filter(|m| m.maybe_apostrophe) {
            let here = |o: &Opener| matches!(o, Opener::Here(x) if x.tok == m.tok);
            let used = outcome
                .closed
                .iter()
                .any(|c| c.close.tok == m.tok || here(&c.open))
                || outcome.unclosed.iter().any(|(o, _)| o.tok == m.tok)
                || outcome.open_at_end.as_ref().is_some_and(here);
            if !used {
                p.set_apostrophe(m.tok);
            }
        }
        // Emptied by `resolve`, which stores the quotes.
        let mut found = std::mem::take(&mut self.found);
        let abs = |p: &Para<'_>, m: &marks::Mark| Span::new(p.base + m.start, p.base + m.end);

        // Direct quotes closed in this paragraph.
        for c in &outcome.closed {
            let (open_tok, open_span) = match c.open {
                Opener::Here(m) => (Some(m.tok), abs(&p, &m)),
                Opener::Carried => (None, Span::new(span.start, span.start)),
            };
            let close_span = abs(&p, &c.close);
            if let Some(m) = c.misuse {
                let message = match m {
                    Misuse::WrongGlyph => "a quotation mark of the wrong style closes this quote",
                    Misuse::Misplaced => {
                        "closing quotation mark misplaced before the next word; it closes the quote"
                    }
                    Misuse::Opening => "an opening quotation mark is used to close this quote",
                };
                self.diag(DiagnosticKind::MismatchedQuote, close_span, message);
            }
            let first = open_tok.unwrap_or(0);
            for q in p.quoted.iter_mut().take(c.close.tok).skip(first + 1) {
                *q = true;
            }
            if open_tok.is_none() {
                let Some(mut carry) = self.carry.take() else {
                    continue;
                };
                let reopen_end = found_marks.first().map_or(span.start, |m| p.base + m.end);
                carry.pieces.push(Span::new(reopen_end, close_span.start));
                found.push(Found {
                    span: Span::new(carry.open.start, close_span.end),
                    text: Cow::Owned(self.join(&carry.pieces)),
                    kind: QuoteKind::MultiParagraph,
                    block: carry.block,
                    attribution: None,
                    speaker: carry.speaker,
                    cue: carry.cue,
                    toks: 0..c.close.tok + 1,
                    opens_paragraph: true,
                });
                continue;
            }
            found.push(Found {
                span: Span::new(open_span.start, close_span.end),
                text: Cow::Borrowed(inner_text(input, open_span.end, close_span.start)),
                kind: QuoteKind::Full,
                block,
                attribution: None,
                speaker: None,
                cue: None,
                toks: first..c.close.tok + 1,
                opens_paragraph: first == 0,
            });
        }
        // Quotes given up mid-paragraph: to the end of their sentence.
        for (open, _) in &outcome.unclosed {
            let open_span = abs(&p, open);
            self.diag(
                DiagnosticKind::UnclosedQuote,
                open_span,
                "quotation mark never closed: the quote is taken to run to the end of its sentence",
            );
            let sent = p.sentence_of(open.tok);
            let end_tok = sent.end.max(open.tok + 1);
            let end = p.span(&(open.tok..end_tok)).end;
            for q in p.quoted.iter_mut().take(end_tok).skip(open.tok + 1) {
                *q = true;
            }
            found.push(Found {
                span: Span::new(open_span.start, end),
                text: Cow::Borrowed(inner_text(input, open_span.end, end)),
                kind: QuoteKind::Full,
                block,
                attribution: None,
                speaker: None,
                cue: None,
                toks: open.tok..end_tok,
                opens_paragraph: open.tok == 0,
            });
        }
        for m in &outcome.stray {
            // `... in consultation with the veterans," said Nicholson.`: the opening mark
            // was lost; when the stray mark is the paragraph's first and an attribution
            // follows, the quote is taken to start with the paragraph.
            let first_mark = found_marks.first().is_some_and(|f| f.tok == m.tok);
            let attributed = first_mark
                && m.tok > 2
                && attribution::after(&p, m.tok, p.len()).is_some_and(|a| a.speaker.is_some());
            if !attributed {
                self.diag(
                    DiagnosticKind::MismatchedQuote,
                    abs(&p, m),
                    "closing quotation mark with no opening mark",
                );
                continue;
            }
            self.diag(
                DiagnosticKind::MismatchedQuote,
                abs(&p, m),
                "closing quotation mark with no opening mark: the quote is taken to start with the paragraph",
            );
            for q in p.quoted.iter_mut().take(m.tok) {
                *q = true;
            }
            found.push(Found {
                span: Span::new(span.start, p.base + m.end),
                text: Cow::Borrowed(text_between(input, span.start, p.base + m.start)),
                kind: QuoteKind::Full,
                block,
                attribution: None,
                speaker: None,
                cue: None,
                toks: 0..m.tok + 1,
                opens_paragraph: true,
            });
        }
        // `—Es un día histórico —dijo el alcalde.`: dash dialogue, in a paragraph without
        // quotation marks.
        if found.is_empty() && !carried {
            for r in dash::find(&p) {
                let close = r.end.saturating_sub(1);
                let resumed = r.end == p.len() && r.start > 0;
                // `—dijo el alcalde—. Lo celebraremos.`: the period closes the attribution.
                let first = r.start + 1 + usize::from(resumed && p.is_terminal(r.start + 1));
                let inner = if resumed { first..r.end } else { first..close };
                for q in p.quoted.iter_mut().take(inner.end).skip(inner.start) {
                    *q = true;
                }
                let words = p.span(&inner);
                found.push(Found {
                    span: p.span(&r),
                    text: Cow::Borrowed(inner_text(input, words.start, words.end)),
                    kind: QuoteKind::Full,
                    block,
                    attribution: None,
                    speaker: None,
                    cue: None,
                    toks: r.clone(),
                    opens_paragraph: r.start == 0,
                });
            }
        }
        found.sort_by_key(|f| f.toks.start);

        // Attribution and kind of each direct quote.
        let mut prev_close: Option<usize> = None;
        // The attribution of the last attributed quote and its sentence: later quotes of
        // the same sentence share it (`called it a “good start” without “controversy”`).
        let mut shared: Option<(usize, Attribution)> = None;
        for n in 0..found.len() {
            // The next quote's opening (no quote's tokens change here).
            let next_open = found.get(n + 1).map_or(p.len(), |f| f.toks.start);
            let Some(f) = found.get_mut(n) else { continue };
            let open = f.toks.start;
            let close = f.toks.end.saturating_sub(1);
            let tail = attribution::after(&p, close, next_open);
            let sent_start = p.sentence_of(open).start;
            let floor = prev_close
                .filter(|&c| c >= sent_start)
                .map_or(sent_start, |c| c + 1);
            let head = if f.kind == QuoteKind::MultiParagraph {
                None
            } else {
                attribution::before(&p, open, floor)
            };
            prev_close = Some(close);
            // `Tang said: “...” He said.`: a quote introduced with a colon and attributed
            // again after it, as machine translation writes.
            let again = match (&tail, &head) {
                (Some(t), Some(h))
                    if open > 0
                        && p.is_punct(open - 1, ":")
                        && h.speaker.is_some()
                        // The colon closes the attribution: `Tang said:`, `said Tang:`.
                        && h.cue.as_ref().zip(h.speaker.as_ref()).is_some_and(|(c, sp)| {
                            c.end.max(sp.all.end) + 1 == open
                        }) =>
                {
                    t.speaker
                        .as_ref()
                        .zip(t.cue.as_ref())
                        .map(|(sp, cue)| sp.all.start.min(cue.start)..sp.all.end.max(cue.end))
                }
                _ => None,
            };
            let mut chosen = match (tail, head) {
                (Some(t), _) if t.speaker.is_some() => Some(t),
                (_, Some(h)) if h.speaker.is_some() => Some(h),
                (Some(t), _) => Some(t),
                (None, h) => h,
            };
            let sentence = p.sent_of.get(open).copied().unwrap_or(0);
            if chosen.is_none()
                && let Some((s, a)) = &shared
                && *s == sentence
            {
                chosen = Some(Attribution {
                    repeated: Vec::new(),
                    ..a.clone()
                });
            }
            if let Some(a) = chosen.as_ref().filter(|a| a.cue.is_some()) {
                let end_sentence = p.sent_of.get(close).copied().unwrap_or(sentence);
                shared = Some((end_sentence, a.clone()));
            }
            // `시 관계자는 "..."라고 말했다`: Korean puts the verb after a quotative ending.
            if chosen
                .as_ref()
                .is_none_or(|a| a.speaker.is_none() && a.cue.is_none())
                && f.speaker.is_none()
                && let Some(k) = korean::attribute(&p, open, close, floor)
            {
                f.speaker = k.speaker.map(|s| self.written_speaker(s, k.title));
                chosen = Some(Attribution {
                    cue: Some(k.cue),
                    ..Attribution::default()
                });
            }
            // `负责人表示：“……”`: Chinese glues the verb to its speaker.
            if chosen
                .as_ref()
                .is_none_or(|a| a.speaker.is_none() && a.cue.is_none())
                && f.speaker.is_none()
                && let Some(h) = chinese::attribute(&p, open, close)
            {
                f.speaker = Some(self.written_speaker(h.speaker, h.title));
                f.cue = Some(h.cue);
                chosen = None;
            }
            // `田中大臣は「……」と述べた` (Japanese: `と` and the verb after the quote), `कृषि
            // मंत्री ने कहा, "..."` (Hindi: the speaker marked with `ने`), `وقال وزير
            // الكهرباء: «...»` (Arabic: the verb before its speaker).
            if chosen
                .as_ref()
                .is_none_or(|a| a.speaker.is_none() && a.cue.is_none())
                && f.speaker.is_none()
                && f.cue.is_none()
                && let Some(w) = japanese::attribute(&p, open, close)
                    .or_else(|| hindi::attribute(&p, open, close, floor))
                    .or_else(|| arabic::attribute(&p, open, close, floor))
            {
                f.speaker = w.speaker.map(|s| self.written_speaker(s, w.title));
                f.cue = Some(w.cue);
                chosen = None;
            }
            let attributed = chosen.as_ref().is_some_and(|a| a.cue.is_some())
                || f.speaker.is_some()
                || f.cue.is_some();
            if f.kind != QuoteKind::MultiParagraph {
                f.kind = kind::classify(&p, open, close, attributed);
            }
            if let Some(r) = again {
                self.diagnostics.push(Diagnostic::new(
                    DiagnosticKind::RepeatedAttribution,
                    p.span(&r),
                    "the quote is attributed both before and after it",
                ));
            }
            if let Some(a) = &chosen {
                for r in &a.repeated {
                    self.diagnostics.push(Diagnostic::new(
                        DiagnosticKind::RepeatedAttribution,
                        p.span(r),
                        "the attribution is repeated (machine-translated text?)",
                    ));
                }
            }
            f.attribution = if f.kind == QuoteKind::Scare {
                None
            } else {
                chosen
            };
        }

        // A quote still open at the end continues in the next paragraph, if it reopens.
        if let Some(opener) = outcome.open_at_end {
            let end = span.end;
            match opener {
                Opener::Here(m) => {
                    for q in p.quoted.iter_mut().skip(m.tok + 1) {
                        *q = true;
                    }
                    let sent_start = p.sentence_of(m.tok).start;
                    let floor = found
                        .iter()
                        .map(|f| f.toks.end)
                        .filter(|&e| e > sent_start && e <= m.tok)
                        .max()
                        .unwrap_or(sent_start);
                    let head = attribution::before(&p, m.tok, floor);
                    let attributed = head.as_ref().is_some_and(|h| h.cue.is_some());
                    let kind = kind::classify(&p, m.tok, p.len(), attributed);
                    let speaker = head
                        .as_ref()
                        .and_then(|h| h.speaker.as_ref())
                        .map(|n| self.resolver.resolve(&p, n, true));
                    self.carry = Some(Carry {
                        open: abs(&p, &m),
                        block,
                        pieces: vec![Span::new(p.base + m.end, end)],
                        speaker,
                        cue: head.and_then(|h| h.cue).map(|c| p.span(&c)),
                        kind,
                    });
                }
                Opener::Carried => {
                    for q in p.quoted.iter_mut() {
                        *q = true;
                    }
                    if let Some(c) = self.carry.as_mut() {
                        let from = found_marks.first().map_or(span.start, |m| p.base + m.end);
                        c.pieces.push(Span::new(from, end));
                    }
                }
            }
        }

        let mut reported = std::mem::take(&mut self.reported);
        indirect::find_into(&p, &mut reported);
        self.resolve(block, &p, &mut found, &mut reported);
        self.found = found;
        self.reported = reported;
        self.marks = found_marks;
        self.outcome = outcome;
        let written = korean::reported(&p)
            .into_iter()
            .chain(hindi::reported(&p))
            .chain(arabic::reported(&p));
        for r in written {
            let cue_span = p.span(&r.cue);
            let speaker = match r.speaker {
                Some(s) => Some(self.written_speaker(s, r.title)),
                // `وأضاف أن ...` ("and he added that"): the subject is in the verb, and it is
                // the last speaker named.
                None if r.in_verb => self
                    .quotes
                    .iter()
                    .rev()
                    .find_map(|q| q.speaker.as_ref())
                    .map(|last| Speaker {
                        name: last.name.clone(),
                        mention: Cow::Borrowed(text_between(input, cue_span.start, cue_span.end)),
                        span: cue_span,
                        title: last.title.clone(),
                        resolved: true,
                    }),
                None => None,
            };
            let cue = Some(self.cue_of(p.span(&r.cue)));
            self.quotes.push(Quote {
                text: Cow::Borrowed(text_between(input, r.clause.start, r.clause.end)),
                span: r.clause,
                kind: QuoteKind::Indirect,
                speaker,
                cue,
                source: None,
                block,
                part_of: None,
            });
        }
        self.buffers = p.into_buffers();
    }

    /// Resolves the speakers of the paragraph's quotes in order, applies inheritance, and
    /// stores the quotes, leaving `found` and `reported` empty (their allocations serve the
    /// next paragraph).
    fn resolve(
        &mut self,
        block: usize,
        p: &Para<'a>,
        found: &mut Vec<Found<'a>>,
        reported: &mut Vec<indirect::Reported>,
    ) {
        let Scratch {
            mut mentions,
            mut direct_speakers,
            mut reported_speakers,
            mut next_own,
        } = std::mem::take(&mut self.scratch);
        // Every mention to resolve, in text order: (position, which).
        mentions.clear();
        for (i, f) in found.iter().enumerate() {
            if let Some(n) = f.attribution.as_ref().and_then(|a| a.speaker.as_ref()) {
                mentions.push((n.all.start, Mention::Direct(i)));
            }
        }
        for (i, r) in reported.iter().enumerate() {
            if let Some(n) = &r.speaker {
                mentions.push((n.all.start, Mention::Reported(i)));
            }
        }
        mentions.sort_by_key(|m| m.0);
        direct_speakers.clear();
        direct_speakers.extend(found.iter().map(|f| f.speaker.clone()));
        reported_speakers.clear();
        reported_speakers.resize(reported.len(), None);
        let mut cursor = 0;
        for (pos, which) in &mentions {
            if *pos >= cursor {
                self.resolver.observe(p, cursor..*pos);
            }
            let (np, slot) = match which {
                Mention::Direct(i) => (
                    found
                        .get(*i)
                        .and_then(|f| f.attribution.as_ref())
                        .and_then(|a| a.speaker.as_ref()),
                    direct_speakers.get_mut(*i),
                ),
                Mention::Reported(i) => (
                    reported.get(*i).and_then(|r| r.speaker.as_ref()),
                    reported_speakers.get_mut(*i),
                ),
            };
            if let (Some(np), Some(slot)) = (np, slot) {
                cursor = cursor.max(np.all.end);
                let direct = matches!(which, Mention::Direct(_));
                *slot = Some(self.resolver.resolve(p, np, direct));
                self.resolver.observe_acronyms(p, np.all.clone());
            }
        }
        self.resolver.observe(p, cursor..p.len());

        // Inheritance for direct quotes with no speaker of their own: from the closest
        // attribution before it in the paragraph (a quote's or reported speech's), else —
        // for a quote opening the paragraph — from the next quote or the last attribution
        // of the previous paragraph. One pass each way: linear in the quotes.
        let n = found.len();
        next_own.clear();
        next_own.resize(n, None);
        let mut next = None;
        for i in (0..n).rev() {
            if let Some(slot) = next_own.get_mut(i) {
                *slot = next;
            }
            if direct_speakers.get(i).is_some_and(Option::is_some) {
                next = Some(i);
            }
        }
        let mut last: Option<(usize, Speaker<'a>)> = None;
        let mut r = 0;
        for i in 0..n {
            let Some(f) = found.get(i) else { continue };
            while let Some(rep) = reported.get(r)
                && rep.clause.start < f.toks.start
            {
                if let Some(Some(s)) = reported_speakers.get(r) {
                    last = Some((rep.clause.start, s.clone()));
                }
                r += 1;
            }
            let has = direct_speakers.get(i).is_some_and(Option::is_some);
            if !has && f.kind != QuoteKind::Scare {
                let own_cue = f.attribution.as_ref().is_some_and(|a| a.cue.is_some());
                let forward = next_own
                    .get(i)
                    .copied()
                    .flatten()
                    .and_then(|j| direct_speakers.get(j).cloned().flatten());
                let inherited = match &last {
                    Some((_, s)) => Some(s.clone()),
                    None if f.opens_paragraph && !own_cue => forward
                        .or_else(|| self.last_speaker.clone())
                        .or_else(|| self.resolver.current_person()),
                    None => forward.or_else(|| self.resolver.current_person()),
                };
                if let Some(slot) = direct_speakers.get_mut(i) {
                    *slot = inherited;
                }
            }
            if let Some(Some(s)) = direct_speakers.get(i) {
                last = Some((f.toks.start, s.clone()));
            }
        }
        // Reported speech after the last quote may be the paragraph's last attribution.
        for (rep, s) in reported.iter().zip(&reported_speakers).skip(r) {
            if let Some(s) = s
                && last.as_ref().is_none_or(|(at, _)| *at <= rep.clause.start)
            {
                last = Some((rep.clause.start, s.clone()));
            }
        }
        if let Some((_, s)) = last {
            self.resolver.note_speaker(&s);
            self.last_speaker = Some(s);
        } else if p.len() > 12 {
            // A paragraph without quotes breaks the chain of an unattributed quote.
            self.last_speaker = None;
        }

        for (f, speaker) in found.drain(..).zip(direct_speakers.drain(..)) {
            let cue = f
                .attribution
                .as_ref()
                .and_then(|a| a.cue.as_ref())
                .map(|c| self.cue_of(p.span(c)))
                .or_else(|| f.cue.map(|s| self.cue_of(s)));
            let source = f
                .attribution
                .as_ref()
                .and_then(|a| a.source.as_ref())
                .map(|s| Source {
                    text: Cow::Borrowed(p.slice(s)),
                    span: p.span(s),
                });
            let speaker = if f.kind == QuoteKind::Scare {
                None
            } else {
                speaker
            };
            self.quotes.push(Quote {
                text: f.text,
                span: f.span,
                kind: f.kind,
                speaker,
                cue,
                source,
                block: f.block,
                part_of: None,
            });
        }
        for (r, speaker) in reported.drain(..).zip(reported_speakers.drain(..)) {
            let span = p.span(&r.clause);
            self.quotes.push(Quote {
                text: Cow::Borrowed(p.slice(&r.clause)),
                span,
                kind: QuoteKind::Indirect,
                speaker,
                cue: Some(self.cue_of(p.span(&r.cue))),
                source: None,
                block,
                part_of: None,
            });
        }
        self.scratch = Scratch {
            mentions,
            direct_speakers,
            reported_speakers,
            next_own,
        };
    }
}

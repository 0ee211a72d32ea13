//! Page analysis: before blocks are classified one by one, look at the whole page to tell the
//! article from the furniture around it.
//!
//! A scraped page is the article with page furniture around it (menus, share rows, `Related`
//! lists, newsletter and comment prompts, comment threads, footers) and sometimes inside it.
//! There is no DOM to look at, so the decision rests on what text shows:
//!
//! 1. [`signals`]: per block, its size and sentence shape, title case, link rows, date and
//!    byline shapes, and the [`boilerplate`] lexicon hit, plus whether its text repeats
//!    elsewhere on the page (menus often appear twice);
//! 2. [`region`]: the article's region, the run of blocks with the most prose (a maximum
//!    subarray over per-block scores), never crossing a comment section or a copyright
//!    footer;
//! 3. the headline: among the title-shaped lines before the region (and in its first
//!    blocks, after a breadcrumb), the one the article's head signs: an author line
//!    (`By ...`, `Name • 3h`, a name above a date, what the classifier's own byline and
//!    timestamp parsers accept) or a date line a few lines under it, share rows and counters
//!    aside; then a date right above it, its length, no sentence end, a dek under it, a copy
//!    elsewhere on the page, and nearness to the region. Menus come first on a scraped page,
//!    and deks, video labels and tag lines sit between the headline and the text. A page
//!    without furniture to go by takes a title it shows twice near the top;
//! 4. labels: outside the region everything is boilerplate, typed by its lexicon hit, by the
//!    header it follows (`Related` → the list after it), or by its shape; inside the region
//!    only strong lexicon hits and short lines sandwiched between furniture are. The short
//!    front-matter lines between the headline and the region (byline, date, dek, photo
//!    credit, a bare name right under the headline) and wire sign-offs after it are left to
//!    the classifier, which learns where the head ends ([`PagePlan::text_start`]).
//!
//! All passes are linear in the number of blocks, with windows bounded by constants.
//!
//! The result is a [`PagePlan`]: for each raw block, whether it is boilerplate (and of which
//! kind), and which block holds the headline when the page shows it somewhere other than
//! first. [`classify`](crate::parser::classify) follows the plan.
//!
//! ## Grammar
//!
//! ```text
//! page       = *furniture [ headline *front-matter ] region *( signoff ) *furniture
//! headline   = title-line                       ; scored, see step 3
//! front-matter = dek / byline / timestamp / credit / furniture
//! furniture  = menu-line / link-row / lexicon-phrase / teaser / comment / footer
//! region     = text *( *short-line text )
//! ```
//!
//! ## Examples
//!
//! ```text
//! > | Home                                            navigation
//! > | Local News                                      category
//! > | City unveils plan for riverside park            headline
//! > | Share on Facebook                               share
//! > | By Maria Lopez                                  (front matter: signs the headline)
//! > | The city on Tuesday released its plan to ...    region ...
//! > | Share this story                                share
//! > | Leave a Reply                                   comment_form
//! ```

mod dfa;
pub(crate) mod region;
pub(crate) mod signals;

use crate::parser::quote::WordMap;
use std::cell::Cell;

use crate::ParseOptions;
use crate::ast::BoilerplateKind;
use crate::parser::boilerplate::{self, Strength, UserLexicon};
use crate::parser::classify::{self, FrontKind};
use crate::parser::list;
use crate::parser::segment::Segments;
use crate::parser::text::Hints;
use crate::parser::{byline, embed, headline};
use signals::{Shape, Signals};

/// What the page analysis decided, per raw block of [`Segments::blocks`].
#[derive(Debug, Clone, Default)]
pub(crate) struct PagePlan {
    /// For each raw block, its boilerplate kind, or `None` for article content.
    pub(crate) boilerplate: Vec<Option<BoilerplateKind>>,
    /// The raw block whose first line is the headline, when the page analysis found one;
    /// `None` lets the classifier take the first title-shaped line. An index past the last
    /// block ([`PagePlan::NO_HEADLINE`] for the page) says the text has no headline at all:
    /// no block may be one.
    pub(crate) headline: Option<usize>,
    /// The raw block where the article's text starts (the region found by the page
    /// analysis), when there is one: the blocks between the headline and it are the head
    /// of the article (dek, byline, dates), not its text.
    pub(crate) text_start: Option<usize>,
    /// Per raw block, the words its scan found for the classifier's line tests (see
    /// [`Hints`]).
    pub(crate) hints: Vec<Hints>,
}

impl PagePlan {
    /// The `headline` value of a page of `blocks` raw blocks that has no headline.
    pub(crate) fn no_headline(blocks: usize) -> Option<usize> {
        Some(blocks)
    }

    /// The boilerplate kind the plan gives raw block `i`.
    pub(crate) fn kind_of(&self, i: usize) -> Option<BoilerplateKind> {
        self.boilerplate.get(i).copied().flatten()
    }

    /// The [`Hints`] of raw block `i`.
    pub(crate) fn hints_of(&self, i: usize) -> Hints {
        self.hints.get(i).copied().unwrap_or(Hints::ANY)
    }
}

/// How far before the region the headline is looked for, in blocks.
const HEADLINE_WINDOW: usize = 12;
/// A line this long next to the headline is a caption or a dek even without a sentence end.
const CAPTION_WEIGHT: u32 = 20;
/// How far before the region a headline followed by its author or date line is looked for.
const HEADLINE_SIGNATURE_WINDOW: usize = 32;
/// How far before the region a title signed by an author line is looked for when none is
/// nearer.
const HEADLINE_FAR_WINDOW: usize = 96;
/// How far before a headline an identical earlier copy of it is looked for.
const HEADLINE_REPEAT_WINDOW: usize = 40;
/// How many short lines after a header inside the region (`Related`, `Share`) belong to it:
/// a list inside an article is a few links long, and a long run of short lines inside the
/// region is the article's own (a product list, a schedule).
const REGION_CARRY: usize = 8;
/// How many of the region's last blocks may be an author box.
const BIO_WINDOW: usize = 2;

/// The opening blocks of a page where its byline is (for [`signals::closing_bio`]).
const HEAD_BLOCKS: usize = 6;
/// How many blocks after the region may be wire sign-offs and contributor lines.
const SIGNOFF_WINDOW: usize = 6;

/// Analyses the page.
pub(crate) fn analyse(input: &str, segments: &Segments, options: &ParseOptions) -> PagePlan {
    let user = UserLexicon::new(&options.boilerplate_phrases);
    let texts: Vec<&str> = segments
        .blocks
        .iter()
        .map(|b| b.span.slice(input).unwrap_or(""))
        .collect();
    let mut sigs: Vec<Signals<'_>> = Vec::with_capacity(texts.len());
    // The repetition keys of the short blocks whose whole lexicon form is at hand; the
    // others' (`None` in `complete`) are computed only on a page that reads them (see
    // `mark_repeats`).
    let mut keys: Vec<Option<u64>> = Vec::with_capacity(texts.len());
    let mut complete: Vec<bool> = Vec::with_capacity(texts.len());
    // The head of the lexicon form of the short blocks, all the lexicon reads, each into
    // the same buffer.
    let mut buffer = String::new();
    // Once the page shows furniture (`looks_scraped`), its region search reads the keys:
    // the rest of its blocks are normalised in full at once.
    let mut hits = 0usize;
    for (b, text) in segments.blocks.iter().zip(&texts) {
        let lines = segments.lines_of(b);
        let bullets = lines.iter().all(|l| {
            let line = l.span.slice(input).unwrap_or("");
            signals::may_open_list(line) && list::bullet_len(line).is_some()
                || line.starts_with("+ ")
        });
        let n = (text.len() <= boilerplate::NORMALISE_MAX_BYTES).then(|| {
            if hits >= SCRAPED_MIN_HITS {
                (boilerplate::normalise_into(text, &mut buffer), true)
            } else {
                boilerplate::normalise_head_into(text, &mut buffer)
            }
        });
        let s = signals::of(text, bullets, n.map(|n| n.0), &user);
        hits += usize::from(s.hit.is_some());
        sigs.push(s);
        let whole = n.is_some_and(|n| n.1);
        keys.push(n.filter(|_| whole).and_then(|n| short_key(n.0)));
        complete.push(whole);
    }
    if !options.page_heuristics {
        return lexicon_only(&sigs);
    }
    if !has_body_after_first(&sigs) {
        // A headline needs a body under it: `Test`, or three one-word lines, are all text.
        let mut plan = lexicon_only(&sigs);
        plan.headline = PagePlan::no_headline(sigs.len());
        return plan;
    }
    if !looks_scraped(&sigs) {
        let mut plan = lexicon_only(&sigs);
        // `WATCH: Council votes ...` over its byline or date: a video story's headline,
        // not a link to one.
        // (The link first: it is rarely there, and the second block's date reading costs.)
        let signed = || {
            sigs.get(1)
                .is_some_and(|s| s.byline_like() || s.date_like())
        };
        if sigs.first().is_some_and(is_story_link)
            && signed()
            && let Some(k) = plan.boilerplate.first_mut()
        {
            *k = None;
        }
        carry_closing_lists(&sigs, &mut plan.boilerplate);
        about_box(
            &sigs,
            &texts,
            &mut plan.boilerplate,
            1,
            sigs.len().saturating_sub(1),
        );
        // `Laura Chen is an urban planner ...` closing the page, about its byline's author.
        // The authors of the `By ...` lines among the opening blocks.
        let bylines: Vec<String> = sigs
            .iter()
            .zip(&segments.blocks)
            .take(HEAD_BLOCKS)
            .filter(|(s, _)| s.byline_like())
            .filter_map(|(_, b)| segments.lines.get(b.lines.start))
            .filter_map(|l| crate::parser::byline::parse(input, l.span, false))
            .flat_map(|b| b.authors.into_iter().map(|a| a.name.into_owned()))
            .collect();
        if !bylines.is_empty() {
            for i in sigs.len().saturating_sub(BIO_WINDOW).max(1)..sigs.len() {
                if plan.kind_of(i).is_none()
                    && let (Some(s), Some(t)) = (sigs.get(i), texts.get(i))
                    && signals::closing_bio(s, t, &bylines)
                {
                    set(&mut plan.boilerplate, i, BoilerplateKind::AuthorBio);
                }
            }
        }
        // `Home | Notes | About` over the title: a menu, never the headline.
        if sigs
            .first()
            .is_some_and(|s| s.link_row() && s.hit.is_none())
            && texts.first().is_some_and(|t| menu_row(t))
        {
            set(&mut plan.boilerplate, 0, BoilerplateKind::Navigation);
        }
        // A breadcrumb trail (`Home > Science > Space`), wherever it is. (Its cheap tests
        // first: a separator the block's phrase scan found, then its parts.)
        for (i, (s, t)) in sigs.iter().zip(&texts).enumerate() {
            if s.hit.is_none() && s.may_be_breadcrumb() && signals::breadcrumb(t) && s.link_row() {
                set(&mut plan.boilerplate, i, BoilerplateKind::Navigation);
            }
        }
        plan.headline = repeated_title(segments, &sigs, &texts);
        // A menu in a language the lexicon does not know: runs of one- and two-word lines
        // before the title and after the text.
        if plan.headline.is_none() {
            plan.headline = unknown_menus(&sigs, &texts, &mut plan.boilerplate);
        }
        if let Some(h) = plan.headline {
            // What comes before that title is the platform's header: furniture, but for
            // the author's name and date lines (and the line under a name, which makes it
            // one).
            let head = Head::new(input, segments, &sigs, &texts, h);
            for i in 0..h {
                let after_name = i
                    .checked_sub(1)
                    .is_some_and(|p| head.front(p) == Some(FrontKind::Byline));
                if head.front(i).is_none() && !after_name && plan.kind_of(i).is_none() {
                    set(&mut plan.boilerplate, i, BoilerplateKind::Other);
                }
            }
        }
        return plan;
    }
    // Only the region search and the headline search after it read the repeats.
    let first_copy = mark_repeats(&texts, &complete, &mut keys, &mut sigs);
    signals::mark_region_signals(&mut sigs, &texts);
    let scores = scores(&sigs);
    let Some(region) = region::best(&scores) else {
        return lexicon_only(&sigs);
    };
    let (start, end) = (*region.start(), *region.end());
    let end = extend_with_list(&sigs, &texts, end);
    let end = extend_past_inline_link(&sigs, end);
    let end = extend_past_inline_furniture(&sigs, &scores, end);
    let end = extend_with_embed(input, segments, &scores, end);
    // Author boxes are looked for among the region's last blocks and after it only.
    let bios = end.saturating_sub(BIO_WINDOW);
    signals::mark_bios(
        sigs.get_mut(bios..).unwrap_or(&mut []),
        texts.get(bios..).unwrap_or(&[]),
    );

    let mut kinds: Vec<Option<BoilerplateKind>> = vec![None; sigs.len()];
    label_region(&sigs, &texts, &mut kinds, start, end);
    let head = Head::new(input, segments, &sigs, &texts, start);
    let headline = find_headline(&head, &first_copy, start);
    label_front(&head, &mut kinds, headline, start);
    label_tail(&sigs, &mut kinds, end);
    PagePlan {
        boilerplate: kinds,
        headline,
        text_start: headline.map(|_| start),
        hints: sigs.iter().map(|s| s.hints).collect(),
    }
}

/// Marks blocks whose text appears more than once; returns, per block, the index of the
/// first block with the same text. Short blocks compare in lexicon form (case, digits and
/// decoration ignored), long ones word by word; both through a hash, so the page is not
/// copied. `keys` holds the keys of the blocks `complete` marks ([`short_key`]); the
/// others' are added here.
fn mark_repeats(
    texts: &[&str],
    complete: &[bool],
    keys: &mut [Option<u64>],
    sigs: &mut [Signals<'_>],
) -> Vec<usize> {
    let mut buffer = String::new();
    for ((key, text), &done) in keys.iter_mut().zip(texts).zip(complete) {
        if done {
            continue;
        }
        *key = if text.len() > boilerplate::NORMALISE_MAX_BYTES {
            Some(long_key(text))
        } else {
            short_key(boilerplate::normalise_into(text, &mut buffer))
        };
    }
    let mut seen: WordMap<u64, (usize, u32)> =
        WordMap::with_capacity_and_hasher(texts.len(), Default::default());
    let first = keys
        .iter()
        .enumerate()
        .map(|(i, k)| match k {
            Some(k) => {
                let entry = seen.entry(*k).or_insert((i, 0));
                entry.1 += 1;
                entry.0
            }
            None => i,
        })
        .collect();
    for (sig, key) in sigs.iter_mut().zip(keys.iter()) {
        sig.repeated = key.and_then(|k| seen.get(&k)).is_some_and(|&(_, n)| n > 1);
    }
    first
}

/// How many leading words of a long block go into its repetition key.
const REPEAT_KEY_WORDS: usize = 24;

/// FNV-1a, the hash of the repetition keys.
struct Fnv(u64);

impl Fnv {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    fn eat(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(Self::PRIME);
        }
    }
}

/// The repetition key of a short block, from its lexicon form `normalised`: `None` for a
/// block with nothing to compare.
fn short_key(normalised: &str) -> Option<u64> {
    if normalised.is_empty() {
        return None;
    }
    let mut h = Fnv(Fnv::OFFSET);
    h.eat(normalised.as_bytes());
    Some(h.0)
}

/// The repetition key of a block too long to have a lexicon form: its first words and its
/// size without whitespace tell copies apart (spacing aside) without hashing every byte.
fn long_key(text: &str) -> u64 {
    let mut h = Fnv(Fnv::OFFSET);
    text.split_whitespace()
        .take(REPEAT_KEY_WORDS)
        .for_each(|w| {
            h.eat(w.as_bytes());
            h.eat(b" ");
        });
    // Counted as sums of 0s and 1s over runs of at most 255 bytes, which the compiler
    // vectorises.
    let spaces: usize = text
        .as_bytes()
        .chunks(255)
        .map(|run| {
            let n: u8 = run.iter().map(|&b| u8::from(is_ascii_space(b))).sum();
            usize::from(n)
        })
        .sum();
    let size = text.len() - spaces;
    h.eat(&size.to_le_bytes());
    h.0
}

/// [`u8::is_ascii_whitespace`], as comparisons the compiler can vectorise.
fn is_ascii_space(b: u8) -> bool {
    (b == b' ') | (b == b'\t') | (b == b'\n') | (b == b'\x0c') | (b == b'\r')
}

/// Whether the blocks after the first make a body: a sentence of a few words, or a few
/// lines of anything (a table of figures under a wire headline).
///
/// One pass that stops at the first block where either is seen: the words of the first
/// few blocks usually reach [`MIN_BODY_WEIGHT`], and the blocks after them are not counted
/// (a page of short lines had every block counted up to its first sentence).
fn has_body_after_first(sigs: &[Signals<'_>]) -> bool {
    let mut words = 0u32;
    sigs.get(1..).unwrap_or(&[]).iter().any(|s| {
        words = words.saturating_add(s.weight());
        words >= MIN_BODY_WEIGHT
            || s.is_text()
            || s.shape() == Shape::ShortSentence && s.weight() >= 4
    })
}

/// Words of text under a first line that make a body even without a sentence.
const MIN_BODY_WEIGHT: u32 = 8;

/// Lexicon hits a page needs before the page heuristics apply.
const SCRAPED_MIN_HITS: usize = 2;

/// Whether the page shows page furniture at all: clean copy (a wire story, a corpus text)
/// has none, and its tables of results or figures must not be read as menus.
fn looks_scraped(sigs: &[Signals<'_>]) -> bool {
    sigs.iter()
        .filter(|s| s.hit.is_some())
        .take(SCRAPED_MIN_HITS)
        .count()
        >= SCRAPED_MIN_HITS
}

/// How many blocks open a page that shows its title twice (a blogging platform's header
/// over the post, then the post's own title).
const REPEATED_TITLE_WINDOW: usize = 16;
/// How close the second copy of such a title follows the first.
const REPEATED_TITLE_GAP: usize = 4;

/// On a page without furniture to go by: the title-shaped block among the first ones that
/// the page repeats a few blocks later (`Title` / `Subtitle` / `Title`), when it is not the
/// first block (which the classifier takes anyway).
fn repeated_title(segments: &Segments, sigs: &[Signals<'_>], texts: &[&str]) -> Option<usize> {
    // Every block read here is in the window: each is trimmed once, not at each comparison.
    let mut trimmed = [""; REPEATED_TITLE_WINDOW];
    for (slot, t) in trimmed.iter_mut().zip(texts) {
        *slot = t.trim();
    }
    let text = |i: usize| trimmed.get(i).copied().unwrap_or("");
    // A title stands apart, a blank line above and under it; a label repeated in a wire
    // table is one line among others.
    let apart = |i: usize| {
        let b = &segments.blocks;
        match (b.get(i.wrapping_sub(1)), b.get(i), b.get(i + 1)) {
            (Some(p), Some(t), n) => {
                p.lines.end < t.lines.start && n.is_none_or(|n| t.lines.end < n.lines.start)
            }
            _ => false,
        }
    };
    // Only before the article's text: a long paragraph means the title was already given.
    // Its words are counted only for a block that has a copy to go by: most have none.
    let window = REPEATED_TITLE_WINDOW.min(sigs.len());
    let mut limit: Option<usize> = None;
    let mut limit = || {
        *limit.get_or_insert_with(|| {
            sigs.iter()
                .take(REPEATED_TITLE_WINDOW)
                .position(|s| s.is_text() && s.weight() > HEAD_TEXT_WEIGHT)
                .unwrap_or(REPEATED_TITLE_WINDOW)
                .min(sigs.len())
        })
    };
    // The same words exactly (the repetition key ignores digits: `Net 1.2 mln vs 3.4 mln`
    // lines of a wire table share one), or the title split over two lines (`Project:` /
    // `Better Student Journalism`).
    let copies = |i: usize, j: usize| {
        let (t, c) = (text(i), text(j));
        let piece = c.trim_end_matches(':').trim_end();
        t == c
            || piece.len() >= MIN_TITLE_PIECE_BYTES
                && piece.len() < t.len()
                && piece.contains(' ')
                && (t.starts_with(piece) || t.ends_with(piece))
    };
    let copied_within = |i: usize, end: usize| {
        (i + 1..=i + REPEATED_TITLE_GAP)
            .take_while(|&j| j < end)
            .any(|j| copies(i, j))
    };
    (1..window).find(|&i| {
        // A copy within the window first, a text test: the limit is inside the window.
        copied_within(i, window) && {
            let limit = limit();
            i < limit && copied_within(i, limit)
        }
            // The first showing of that text: a figure caption the page repeats is no title.
            && !(0..i).any(|k| text(k) == text(i))
            && apart(i)
            && sigs.get(i).is_some_and(|s| headline_candidate(s, text(i)))
    })
}

/// The shortest piece of a title a page shows again on a line of its own.
const MIN_TITLE_PIECE_BYTES: usize = 12;

/// The plan when the page heuristics are off or found no article: strong lexicon hits only.
fn lexicon_only(sigs: &[Signals<'_>]) -> PagePlan {
    PagePlan {
        boilerplate: sigs
            .iter()
            .map(|s| {
                s.hit
                    .filter(|h| h.strength >= Strength::Strong)
                    .map(|h| h.kind)
            })
            .collect(),
        headline: None,
        text_start: None,
        hints: sigs.iter().map(|s| s.hints).collect(),
    }
}

/// A block's score for the region search: its prose weight, or a penalty for furniture;
/// `None` for a barrier.
fn score(s: &Signals<'_>) -> region::Score {
    let w = i32::try_from(s.weight()).unwrap_or(i32::MAX / 2);
    if let Some(hit) = s.hit {
        return match hit.strength {
            Strength::Barrier => None,
            // A related-stories header usually ends the article.
            Strength::Strong if hit.header && hit.kind == BoilerplateKind::Related => {
                Some(RELATED_HEADER_SCORE)
            }
            Strength::Strong => Some(-8),
            Strength::Weak => Some(-3),
        };
    }
    if s.link_row() {
        return Some(-6);
    }
    if s.glued_title {
        return Some(TEASER_SCORE);
    }
    Some(match s.shape() {
        // Footer notices and duplicated captions repeat; the article's text does not.
        Shape::Prose | Shape::Medium if s.repeated => 0,
        Shape::Prose => w,
        Shape::Medium => w / 2,
        Shape::ShortSentence => 1,
        // List items are article text as often as menus; a few words make them content.
        Shape::Short if s.list => {
            if s.weight() >= 4 {
                1
            } else {
                -1
            }
        }
        Shape::Short if s.title_case() => -(2 + w / 3),
        Shape::Short | Shape::Junk => -1,
    })
}

/// Positive scores after a comment section opens are divided by this: comment threads are
/// prose, often more of it than the article, and they follow it.
const COMMENTS_DISCOUNT: i32 = 5;

/// The region scores of all blocks: [`score`], with two discounts.
///
/// - The prose after a comment-section header or comment form, once some article text has
///   been seen (a `Comments` link among the share buttons above the article opens no
///   thread), is divided by [`COMMENTS_DISCOUNT`].
/// - Teasers score [`TEASER_SCORE`] when a page has at least [`TEASER_MIN`] of them: a
///   teaser is a text block right after a date or author line and followed by no more
///   text, the unit of story lists (title, author, date, excerpt) and comment threads
///   (name, date, comment, `Reply`). An article's first paragraph has a date above it too,
///   but more text after it.
fn scores(sigs: &[Signals<'_>]) -> Vec<region::Score> {
    let teasers: Vec<bool> = (0..sigs.len()).map(|i| is_teaser(sigs, i)).collect();
    // Text right under two blocks of text: the end of an article's text (a story card's
    // long title reads as text too, but right under its card's excerpt, not under two).
    let under_text = |i: usize| {
        (1..=2).all(|back| {
            i.checked_sub(back)
                .and_then(|p| sigs.get(p))
                .is_some_and(Signals::is_text)
        })
    };
    let list_page = teasers.iter().filter(|&&t| t).count() >= TEASER_MIN;
    let mut text_seen = false;
    let mut in_comments = false;
    let mut run = 0i32;
    let footer_from = sigs.len() - sigs.len() / FOOTER_SHARE;
    sigs.iter()
        .zip(&teasers)
        .enumerate()
        .map(|(i, (s, &teaser))| {
            let mut points = score(s);
            // Page footers (about-us blurbs, legal notices) are prose too; the article is
            // rarely in the last stretch of a page.
            if i >= footer_from {
                points = points.map(|p| if p > 0 { p / 2 } else { p });
            }
            // Short lines in a long run are a menu: each weighs more than the last, up to
            // three times, so one subheading costs little and forty menu entries a lot.
            if s.is_short() && !s.list {
                run += 1;
                points = points.map(|p| {
                    if p < 0 {
                        p * ((run.clamp(1, 6) + 1) / 2)
                    } else {
                        p
                    }
                });
            } else {
                run = 0;
            }
            if let Some(hit) = s.hit
                && hit.strength == Strength::Barrier
                && matches!(
                    hit.kind,
                    BoilerplateKind::Comments | BoilerplateKind::CommentForm
                )
            {
                in_comments |= text_seen;
            }
            text_seen |= s.shape() == Shape::Prose && !s.repeated && s.hit.is_none();
            match points {
                // An excerpt stands right under its head; text under text is an
                // article's (its last paragraph, with only tags and a comment count below).
                Some(_) if teaser && list_page && !under_text(i) => Some(TEASER_SCORE),
                Some(p) if in_comments && p > 0 => Some(p / COMMENTS_DISCOUNT),
                other => other,
            }
        })
        .collect()
}

/// The score of a related-stories header (`Related`, `You may also like`).
const RELATED_HEADER_SCORE: i32 = -25;
/// The last `1 / FOOTER_SHARE` of a page's blocks count half: footers.
const FOOTER_SHARE: usize = 8;
/// How many teasers make a page a list of them.
const TEASER_MIN: usize = 3;
/// The score of a teaser on a page that lists them.
const TEASER_SCORE: i32 = -2;

/// Whether block `i` is text under a teaser head, with no text in the two blocks after it.
/// A teaser head is a title with a date, author, source or comment-count line, or a title
/// the page shows twice (story cards repeat their headline for the image link).
fn is_teaser(sigs: &[Signals<'_>], i: usize) -> bool {
    let Some(s) = sigs.get(i) else { return false };
    if !s.is_text() || s.hit.is_some() {
        return false;
    }
    // Most text blocks have more text after them: no teaser, and the lines above are not
    // read (their date and byline readings cost more than the shapes of the two after).
    if (1..=2).any(|ahead| sigs.get(i + ahead).is_some_and(Signals::is_text)) {
        return false;
    }
    let before = |back: usize| i.checked_sub(back).and_then(|j| sigs.get(j));
    let dated = (1..=3).any(|back| {
        before(back).is_some_and(|p| {
            !p.is_text()
                && (p.date_like()
                    || p.byline_like()
                    || p.credit_like()
                    || p.hit.is_some_and(|h| h.kind == BoilerplateKind::Comments))
        })
    });
    let title = |p: &Signals<'_>| {
        p.shape() == Shape::Short && !p.date_like() && p.hit.is_none() && p.weight() <= 30
    };
    let titled = (1..=4).any(|back| before(back).is_some_and(title));
    let repeated_title =
        (1..=2).any(|back| before(back).is_some_and(|p| title(p) && p.repeated && p.weight() >= 3));
    (dated && titled) || repeated_title
}

/// The region's end moved over a list that closes the article: at least [`LIST_MIN`] short
/// lines opening the same way (a date, a number, a bullet: a tour schedule, a ranking),
/// right after the region or after one header line (`Tour dates:`).
fn extend_with_list(sigs: &[Signals<'_>], texts: &[&str], end: usize) -> usize {
    let plain = |s: &Signals<'_>| s.hit.is_none_or(|h| h.strength == Strength::Weak);
    // How block `i` opens a list line, read for the few blocks after the region only.
    let lead = |i: usize| texts.get(i).map_or(0, |t| signals::lead(t));
    let mut first = end + 1;
    if sigs
        .get(first)
        .is_some_and(|s| plain(s) && s.weight() <= 12 && !s.is_text())
        && lead(first) == 0
    {
        first += 1;
    }
    let Some(opener) = sigs.get(first).map(|_| lead(first)).filter(|&l| l != 0) else {
        return end;
    };
    let run = sigs
        .get(first..)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .take_while(|&(k, s)| plain(s) && !s.is_text() && lead(first + k) == opener)
        .count();
    if run >= LIST_MIN {
        first + run - 1
    } else {
        end
    }
}

/// The region's end moved past an inline related-story link (`Also Read: ...`) when the
/// article goes on after it with a few short sentences and then its sign-off: `Also Read:
/// Heavy rain lashes Mumbai` / `The House was adjourned till 2 pm.` / `(With inputs from
/// PTI)`. The last lines alone score too little to outweigh the link. Constant work.
fn extend_past_inline_link(sigs: &[Signals<'_>], end: usize) -> usize {
    let inline_link = sigs.get(end + 1).is_some_and(|s| {
        s.hit
            .is_some_and(|h| h.kind == BoilerplateKind::Related && !h.header)
    });
    if !inline_link {
        return end;
    }
    let text = sigs
        .get(end + 2..)
        .unwrap_or(&[])
        .iter()
        .take(INLINE_TAIL_MAX)
        .take_while(|s| {
            s.hit.is_none() && matches!(s.shape(), Shape::ShortSentence | Shape::Medium)
        })
        .count();
    if text > 0 && sigs.get(end + 2 + text).is_some_and(|s| s.signoff_like()) {
        end + 1 + text
    } else {
        end
    }
}

/// The region's end moved down to the signature of a social-media post embedded right
/// under it (`— Jane Doe (@janedoe) May 3, 2024`): the post, quoted by the article, scores as
/// a link line, and when it closes the text nothing after it lifts the region over it.
/// The post and signature take at most [`embed::MAX_POST_LINES`] blocks and
/// [`embed::MAX_POST`] bytes, with no barrier among them. Constant work.
fn extend_with_embed(
    input: &str,
    segments: &Segments,
    scores: &[region::Score],
    end: usize,
) -> usize {
    let Some(first) = segments.blocks.get(end + 1) else {
        return end;
    };
    for j in end + 1..=end + 1 + embed::MAX_POST_LINES {
        let Some(raw) = segments.blocks.get(j) else {
            break;
        };
        if matches!(scores.get(j), Some(None)) || raw.span.end - first.span.start > embed::MAX_POST
        {
            break;
        }
        if raw.lines.len() == 1 && embed::signature(input, raw.span).is_some() {
            return j;
        }
    }
    end
}

/// The region's end moved past inline furniture (`RELATED: City approves ...`,
/// `Advertisement`) to the article's last sentences when only the page's closing furniture
/// follows them: a barrier (a copyright line, a comment form), a sign-off or the page's end,
/// with at most one short line between (`Report a typo`). The last lines alone score too
/// little to outweigh the labels above them. Constant work.
fn extend_past_inline_furniture(
    sigs: &[Signals<'_>],
    scores: &[region::Score],
    end: usize,
) -> usize {
    use BoilerplateKind as K;
    let inline = |s: &Signals<'_>| {
        s.is_short()
            && s.hit
                .is_some_and(|h| h.kind == K::Advertisement || h.kind == K::Related && !h.header)
    };
    let mut j = end + 1;
    while j < end + 1 + INLINE_LABELS_MAX && sigs.get(j).is_some_and(inline) {
        j += 1;
    }
    let text_start = j;
    if text_start == end + 1 {
        return end;
    }
    while j < text_start + INLINE_TAIL_MAX
        && sigs
            .get(j)
            .is_some_and(|s| s.hit.is_none() && !s.repeated && s.is_text())
    {
        j += 1;
    }
    if j == text_start {
        return end;
    }
    let last_text = j - 1;
    if sigs
        .get(j)
        .is_some_and(|s| s.is_short() && s.hit.is_none_or(|h| h.kind == K::Other))
    {
        j += 1;
    }
    let closes = j >= sigs.len()
        || matches!(scores.get(j), Some(None))
        || sigs.get(j).is_some_and(Signals::signoff_like);
    if closes { last_text } else { end }
}

/// The most inline labels read past before the article's last sentences.
const INLINE_LABELS_MAX: usize = 2;

/// The most sentences read past an inline link before the sign-off.
const INLINE_TAIL_MAX: usize = 3;

/// Lines that make a closing list.
const LIST_MIN: usize = 3;

/// Kinds whose header line (`Related`, `Share this`) carries over to the lines after it.
fn carries(kind: BoilerplateKind) -> bool {
    use BoilerplateKind as K;
    matches!(
        kind,
        K::Navigation
            | K::Share
            | K::Related
            | K::Newsletter
            | K::CommentForm
            | K::Comments
            | K::Category
            | K::Subscription
            | K::AuthorBio
            | K::Contact
    )
}

/// A one-line row of menu links: every item one or two capitalised words without digits
/// (`Home | Notes | About`); `Live | Election results | 2024` is a title.
fn menu_row(text: &str) -> bool {
    !text.contains('\n')
        && text.split(['|', '·', '•']).all(|item| {
            let words = item.split_whitespace().count();
            (1..=2).contains(&words)
                && item.trim_start().starts_with(char::is_uppercase)
                && !item.contains(|c: char| c.is_ascii_digit())
        })
}

/// Whether block `s` (text `t`) reads as a menu entry or a button: one or two words, no
/// sentence, no date, no author, no sign-off.
fn menu_entry(s: &Signals<'_>, t: &str) -> bool {
    // The text tests first: a paragraph (closing a page, often) ends like a sentence, and
    // its words are not counted then.
    !t.contains('\n')
        && !t.trim_end().ends_with(['.', '!', '?', ':', '。'])
        && (1..=2).contains(&s.weight())
        && s.is_short()
        && s.hit.is_none_or(|h| h.strength < Strength::Strong)
        && !s.date_like()
        && !s.byline_like()
        && !s.signoff_like()
}

/// On a clean-looking page (no lexicon hits to speak of, as in a language the lexicon does
/// not cover): two or more menu entries opening the page, right before a title-shaped line
/// with text or a byline under it, are navigation and that line the headline; two or more
/// after the last text block are furniture too. Returns the headline found.
fn unknown_menus(
    sigs: &[Signals<'_>],
    texts: &[&str],
    kinds: &mut [Option<BoilerplateKind>],
) -> Option<usize> {
    let entry = |i: usize| {
        sigs.get(i)
            .zip(texts.get(i))
            .is_some_and(|(s, t)| menu_entry(s, t))
    };
    let lead = (0..sigs.len()).take_while(|&i| entry(i)).count();
    let title = sigs.get(lead)?;
    let under = sigs.get(lead + 1)?;
    // The text under the title, or its author and date lines (which the lexicon may not
    // know: `নিজস্ব প্রতিবেদক` / `ঢাকা, ২৮ নভেম্বর ২০২৬`), short lines, then the text.
    let text_soon = (lead + 1..lead + 4)
        .map_while(|i| sigs.get(i))
        .find(|s| s.is_text() || s.weight() > 8)
        .is_some_and(Signals::is_text);
    let headline = (lead >= 2
        && (TITLE_WEIGHT..=20).contains(&title.weight())
        && texts.get(lead).is_some_and(|t| {
            crate::parser::headline::is_title_like(t)
                && !t.trim_end().ends_with(['.', '!', '?', '。'])
        })
        && (under.is_text() || under.byline_like() || under.date_like() || text_soon))
        .then_some(lead);
    if headline.is_some() {
        for i in 0..lead {
            if kind_at(kinds, i).is_none() {
                set(kinds, i, BoilerplateKind::Navigation);
            }
        }
    }
    // The menu entries closing the page, past the furniture the lexicon labelled among them
    // (`Share` / `Comments` / `© 2026 ...`).
    let mut trail = 0;
    let mut first = sigs.len();
    while let Some(i) = first.checked_sub(1) {
        if entry(i) {
            trail += 1;
        } else if kind_at(kinds, i).is_none() {
            break;
        }
        first = i;
    }
    let last_text = first.checked_sub(1)?;
    if trail >= 2 && sigs.get(last_text).is_some_and(Signals::is_text) {
        for i in first..sigs.len() {
            if kind_at(kinds, i).is_none() {
                set(kinds, i, BoilerplateKind::Other);
            }
        }
    }
    headline
}

/// On a page with too little furniture for the region search: the short lines after a
/// header hit (`Related Articles`, then two story titles) carry its kind when they run to
/// the end of the page or to more boilerplate. A header followed by text, or by more short
/// lines than a list of links has, heads the article's own list.
fn carry_closing_lists(sigs: &[Signals<'_>], kinds: &mut [Option<BoilerplateKind>]) {
    let mut i = 0;
    while i < sigs.len() {
        let header = sigs
            .get(i)
            .and_then(|s| s.hit)
            .filter(|h| h.header && h.strength >= Strength::Strong && carries(h.kind));
        let Some(hit) = header.filter(|_| kind_at(kinds, i).is_some()) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < sigs.len()
            && j - i <= REGION_CARRY
            && kind_at(kinds, j).is_none()
            && sigs
                .get(j)
                .is_some_and(|s| s.is_short() && !s.signoff_like())
        {
            j += 1;
        }
        let closed = j == sigs.len() || kind_at(kinds, j).is_some();
        if closed {
            for k in i + 1..j {
                set(kinds, k, hit.kind);
            }
        }
        i = j.max(i + 1);
    }
}

/// Inside the region: strong lexicon hits, the short lines after a header hit, runs of weak
/// hits, and short lines sandwiched between boilerplate.
fn label_region(
    sigs: &[Signals<'_>],
    texts: &[&str],
    kinds: &mut [Option<BoilerplateKind>],
    start: usize,
    end: usize,
) {
    let mut carry: Option<(BoilerplateKind, usize)> = None;
    for i in start..=end {
        let Some(s) = sigs.get(i) else { break };
        if let Some(hit) = s.hit
            && hit.strength >= Strength::Strong
        {
            set(kinds, i, hit.kind);
            carry = (hit.header && carries(hit.kind)).then_some((hit.kind, i));
            continue;
        }
        if !s.is_short() || s.signoff_like() {
            carry = None;
            continue;
        }
        match carry {
            Some((k, from)) if i - from <= REGION_CARRY => set(kinds, i, k),
            _ => carry = None,
        }
    }
    // Runs of weak hits: `Facebook` `Twitter` `Email` together are a share row, while a lone
    // `Politics` between two paragraphs is a subheading.
    for i in start..=end {
        let Some(hit) = sigs.get(i).and_then(|s| s.hit) else {
            continue;
        };
        if kind_at(kinds, i).is_some() {
            continue;
        }
        let furniture = |j: usize| {
            kind_at(kinds, j).is_some()
                || sigs.get(j).is_some_and(|s| s.hit.is_some() && s.is_short())
        };
        let before = i > start && furniture(i - 1);
        let after = i < end && furniture(i + 1);
        if before || after {
            set(kinds, i, hit.kind);
        }
    }
    // An author box closing the article: `Ann Lee is a reporter for ...`, or any text
    // under an `About Ann Lee` heading.
    for i in end.saturating_sub(BIO_WINDOW).max(start + 1)..=end {
        if sigs.get(i).is_some_and(is_author_bio) && kind_at(kinds, i).is_none() {
            set(kinds, i, BoilerplateKind::AuthorBio);
        }
    }
    about_box(sigs, texts, kinds, start + 1, end);
    // A short line between two boilerplate blocks is boilerplate (jusText's context rule).
    for i in start.saturating_add(1)..end {
        let short = sigs
            .get(i)
            .is_some_and(|s| s.is_short() && !s.signoff_like());
        if short
            && kind_at(kinds, i).is_none()
            && let (Some(k), Some(_)) = (kind_at(kinds, i - 1), kind_at(kinds, i + 1))
        {
            set(kinds, i, k);
        }
    }
}

/// `About Ann Lee` and the text under it, among the last blocks of the article (`lo..=end`):
/// an author box.
fn about_box(
    sigs: &[Signals<'_>],
    texts: &[&str],
    kinds: &mut [Option<BoilerplateKind>],
    lo: usize,
    end: usize,
) {
    for i in end.saturating_sub(BIO_WINDOW).max(lo)..=end {
        // The header's text test first: it rules out nearly every block, and the shape of
        // the block under it would count that block's words (a closing paragraph's, often).
        if kind_at(kinds, i).is_none()
            && let (Some(s), Some(t)) = (sigs.get(i), texts.get(i))
            && signals::heads_author_box(s, t)
            && (i == end || sigs.get(i + 1).is_some_and(Signals::is_text))
        {
            set(kinds, i, BoilerplateKind::AuthorBio);
            if i < end && kind_at(kinds, i + 1).is_none() {
                set(kinds, i + 1, BoilerplateKind::AuthorBio);
            }
        }
    }
}

fn kind_at(kinds: &[Option<BoilerplateKind>], i: usize) -> Option<BoilerplateKind> {
    kinds.get(i).copied().flatten()
}

fn set(kinds: &mut [Option<BoilerplateKind>], i: usize, kind: BoilerplateKind) {
    if let Some(slot) = kinds.get_mut(i) {
        *slot = Some(kind);
    }
}

/// Whether block `s` (text `text`) could be the headline.
fn headline_candidate(s: &Signals<'_>, text: &str) -> bool {
    title_shaped(s, text, || s.credit_like(), || s.date_like(), false)
}

/// [`headline_candidate`], with the block's credit and date readings given (asked only
/// of a block the cheaper tests leave).
/// With `link_title`, a line the lexicon reads as a link to a story (`WATCH: ...`) may be
/// a title (a video story's, signed right under it).
fn title_shaped(
    s: &Signals<'_>,
    text: &str,
    credit_like: impl FnOnce() -> bool,
    date_like: impl FnOnce() -> bool,
    link_title: bool,
) -> bool {
    // The block's shape first, its readings (dates, bylines, credits) after.
    if !((s.hit.is_none() || link_title && is_story_link(s))
        && !s.list
        && !s.colon
        && s.shape() != Shape::Junk
        && (3..=30).contains(&s.weight()))
    {
        return false;
    }
    let first_line = text.lines().next().unwrap_or("").trim();
    !date_like()
        && !s.byline_like()
        && !credit_like()
        && !s.signoff_like()
        && !s.link_row()
        // A sentence of many words is a dek or a paragraph, unless it is in title case
        // (`I Tested Five Pans. Here Is the One I Kept.`).
        && (s.title_case() || (s.shape() != Shape::Prose && !(first_line.ends_with('.') && s.weight() > 10)))
        && headline::is_title_like(first_line)
}

/// Whether the lexicon reads block `s` as a link to a story opening the line (`WATCH:
/// ...`, `RELATED: ...`).
fn is_story_link(s: &Signals<'_>) -> bool {
    s.hit.is_some_and(|h| {
        !h.header && h.kind == BoilerplateKind::Related && h.strength == Strength::Strong
    })
}

/// Whether block `s` is front matter between a headline and the text: a byline, a date, a
/// photo credit, a dek.
fn front_matter(s: &Signals<'_>) -> bool {
    s.date_like()
        || s.byline_like()
        || s.credit_like()
        || s.is_text()
        || s.shape() == Shape::ShortSentence
        || s.weight() >= CAPTION_WEIGHT
        || s.caption_credit()
}

/// Whether block `i` is a name under a lone `By` line (`By` / `Ann Lee`). A name beside a
/// date or role line is the classifier's to read ([`Head::front`]).
fn name_after_by(sigs: &[Signals<'_>], i: usize) -> bool {
    let name = sigs.get(i).is_some_and(|s| {
        s.shape() == Shape::Short && s.title_case() && (2..=6).contains(&s.weight())
    });
    name && i
        .checked_sub(1)
        .and_then(|p| sigs.get(p))
        .is_some_and(|p| p.byline_like() && p.weight() <= 1 && p.hit.is_none())
}

/// How many blocks of the region may come before its headline: a breadcrumb or a title the
/// page shows as a sentence may open the region.
const HEAD_IN_REGION: usize = 3;
/// How many lines that are not furniture may stand between a headline and its author or date
/// line (a dek, a section label, a photo credit).
const SIGNATURE_REACH: usize = 4;
/// How many blocks, furniture included (share rows), the author or date line is looked for.
const SIGNATURE_SPAN: usize = 20;
/// Fewest words in a title whose author line is a bare name: a short menu entry above a
/// place name (`New York`) is no headline over its author.
const NAMED_TITLE_WEIGHT: u32 = 9;
/// Fewest words of a title line that ends the search for the author line of the title
/// above it (shorter lines are labels and links: `Get more news on`), unless it is in
/// title case (`Monitoring Distributed Systems`).
const OTHER_TITLE_WEIGHT: u32 = 4;
/// Fewest words of a title-case title over a dek (a section label is shorter), and of a
/// headline found far from the text or inside the region.
const TITLE_WEIGHT: u32 = 5;
/// A title this long is not a photo credit, whatever words it has.
const LONG_TITLE_WEIGHT: u32 = 8;
/// The longest line read as a bare name.
const NAME_MAX_BYTES: usize = 60;
/// A text block longer than this is the article itself: no signature is looked for past it.
const HEAD_TEXT_WEIGHT: u32 = 40;
/// A line under a sentence-case title is its dek rather than another title from this many
/// words (headlines are rarely longer, standfirsts rarely shorter).
const DEK_WEIGHT: u32 = 12;

/// How many words shorter than the page's first headline-length line, in sentence case,
/// the line under it may be and still be its dek (`Council tax to rise by 5% as town hall warns of 'impossible
/// choices'` over `Residents in Kettleford face the biggest increase in a decade`).
const DEK_SHORTER_BY: u32 = 4;

/// How far up [`Head::first_long_line`] looks for an earlier headline-length line.
const FIRST_LINE_REACH: usize = 40;

/// Every this many blocks between a headline and the region cost it a point.
const DISTANCE_STEP: usize = 8;

/// What a line near the headline says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Nothing,
    /// A date or time line (`March 13, 2015 9:00PM`).
    Date,
    /// An author line (`By Ann Lee`, `Ann Lee - May 3, 2024`, a bare name beside a date).
    Author,
    /// A bare name line right under a title: an author, or a menu entry that reads like a
    /// name (`Do Not Track`), so it counts only near the text.
    Name,
}

/// The page around the article's head, for the headline and front-matter decisions: the
/// blocks' signals and texts, and what the classifier's front-matter parsers say about the
/// blocks near the region's start (computed once per block, for a window of constant size).
struct Head<'a> {
    input: &'a str,
    segments: &'a Segments,
    sigs: &'a [Signals<'a>],
    texts: &'a [&'a str],
    /// The first block of the window the caches cover.
    from: usize,
    /// Per block from `from`, computed when first asked: the classifier's reading of its
    /// first line (0 not yet known, 1 nothing, 2 byline, 3 timestamp).
    front: Vec<Cell<u8>>,
    /// Per block from `from`, when first asked: whether it is one line holding only a
    /// person's name (0 not yet known, 1 no, 2 yes).
    named: Vec<Cell<u8>>,
    /// Per block from `from`, when first asked: whether it could be the headline (as
    /// `named`).
    candidate: Vec<Cell<u8>>,
}

/// Reads a lazily computed flag of a [`Head`] cache, computing it with `f` the first time.
fn cached(cache: &[Cell<u8>], k: Option<usize>, f: impl FnOnce() -> bool) -> bool {
    let Some(cell) = k.and_then(|k| cache.get(k)) else {
        return f();
    };
    match cell.get() {
        1 => false,
        2 => true,
        _ => {
            let v = f();
            cell.set(if v { 2 } else { 1 });
            v
        }
    }
}

impl<'a> Head<'a> {
    fn new(
        input: &'a str,
        segments: &'a Segments,
        sigs: &'a [Signals<'a>],
        texts: &'a [&'a str],
        start: usize,
    ) -> Self {
        let from = start.saturating_sub(HEADLINE_FAR_WINDOW + 1);
        let to = (start + HEAD_IN_REGION + SIGNATURE_SPAN).min(segments.blocks.len());
        let window = to.saturating_sub(from);
        let cells = || (0..window).map(|_| Cell::new(0)).collect::<Vec<_>>();
        Head {
            input,
            segments,
            sigs,
            texts,
            from,
            front: cells(),
            named: cells(),
            candidate: cells(),
        }
    }

    /// The index of block `i` in the caches.
    fn slot(&self, i: usize) -> Option<usize> {
        i.checked_sub(self.from)
    }

    /// Whether block `i` is a line holding only a person's name.
    fn named(&self, i: usize) -> bool {
        cached(&self.named, self.slot(i), || {
            self.segments.blocks.get(i).is_some_and(|b| {
                b.lines.len() == 1
                    && b.span.len() <= NAME_MAX_BYTES
                    && byline::bare_name(self.input, b.span).is_some()
            })
        })
    }

    fn sig(&self, i: usize) -> Option<&Signals<'_>> {
        self.sigs.get(i)
    }

    fn text(&self, i: usize) -> &str {
        self.texts.get(i).copied().unwrap_or("")
    }

    /// The classifier's reading of block `i`'s first line (the line under it decides for a
    /// bare name).
    fn front(&self, i: usize) -> Option<FrontKind> {
        let compute = || {
            let blocks = &self.segments.blocks;
            let lines = self.segments.lines_of(blocks.get(i)?);
            let line = lines.first()?.span;
            let next = lines.get(1).map(|l| l.span).or_else(|| {
                blocks
                    .get(i + 1)
                    .and_then(|b| self.segments.lines_of(b).first())
                    .map(|l| l.span)
            });
            classify::front_matter_kind(self.input, line, next)
        };
        let Some(cell) = self.slot(i).and_then(|k| self.front.get(k)) else {
            return compute();
        };
        match cell.get() {
            1 => None,
            2 => Some(FrontKind::Byline),
            3 => Some(FrontKind::Timestamp),
            _ => {
                let kind = compute();
                cell.set(match kind {
                    None => 1,
                    Some(FrontKind::Byline) => 2,
                    Some(FrontKind::Timestamp) => 3,
                });
                kind
            }
        }
    }

    /// Whether block `i` could be the headline.
    fn candidate(&self, i: usize) -> bool {
        cached(&self.candidate, self.slot(i), || self.compute_candidate(i))
    }

    /// Whether block `i` is a line of a run of three to eight title-shaped lines with no
    /// blank line between them, set apart by blank lines: a story's key points under its
    /// title (a tabloid's bullets, their markers lost in scraping), none of them the title.
    fn in_key_points(&self, i: usize) -> bool {
        let blocks = &self.segments.blocks;
        let glued = |a: usize, b: usize| match (blocks.get(a), blocks.get(b)) {
            (Some(x), Some(y)) => x.lines.end == y.lines.start && x.lines.len() == 1,
            _ => false,
        };
        let mut first = i;
        while first > 0 && glued(first - 1, first) && i - first < 8 {
            first -= 1;
        }
        let mut last = i;
        while glued(last, last + 1) && last - i < 8 {
            last += 1;
        }
        let n = last - first + 1;
        (3..=8).contains(&n)
            && (first == 0 || !glued(first - 1, first))
            && !glued(last, last + 1)
            && (first..=last).all(|j| self.candidate(j))
    }

    fn compute_candidate(&self, i: usize) -> bool {
        // The shape first: the front-matter parsers run only on title-shaped lines.
        self.sig(i).is_some_and(|s| {
            // A credit word in a long title (`the credit card sized PC`) makes no photo
            // credit: credits are short or name an agency after a slash or a colon.
            // (Both read only if the block's shape passes: see [`title_shaped`].)
            let text = self.text(i);
            let long_title = || s.weight() >= LONG_TITLE_WEIGHT && !text.contains(['/', ':', '|']);
            // A number and a month name make no date line of a title-case title of several
            // words (`4 Things to Do in October`); a year or a clock time does.
            let dated_title = || {
                s.title_case()
                    && s.weight() >= TITLE_WEIGHT
                    && !has_year(text)
                    && !has_clock_time(text)
            };
            let credit_like = || s.credit_like() && !long_title();
            let date_like = || s.date_like() && !dated_title();
            // `WATCH: Council votes ...` signed by the byline or date right under it.
            let signed_link = is_story_link(s)
                && self
                    .sig(i + 1)
                    .is_some_and(|n| n.byline_like() || n.date_like());
            title_shaped(s, self.text(i), credit_like, date_like, signed_link)
        }) && self.front(i).is_none()
    }

    /// Whether candidate `i` reads as a sentence (a dek) rather than a title.
    fn sentence_like(&self, i: usize) -> bool {
        let first_line = self.text(i).lines().next().unwrap_or("").trim_end();
        // `... Underneath N.Y.C.` ends with an abbreviation, not a sentence.
        let last = first_line.split_whitespace().next_back().unwrap_or("");
        last.ends_with('.') && !last.trim_end_matches('.').contains('.')
            || self.sig(i).is_some_and(|s| {
                matches!(s.shape(), Shape::Medium | Shape::Prose) && !s.title_case()
            })
    }

    /// What block `i` says as a line of an article's head.
    fn mark(&self, i: usize) -> Mark {
        let Some(s) = self.sig(i) else {
            return Mark::Nothing;
        };
        if s.hit.is_some() {
            return Mark::Nothing;
        }
        match self.front(i) {
            Some(FrontKind::Byline) => return Mark::Author,
            Some(FrontKind::Timestamp) => return Mark::Date,
            None => {}
        }
        if s.byline_like() {
            Mark::Author
        } else if s.date_like() && has_year(self.text(i)) {
            Mark::Date
        } else if self.name_beside_date(i) {
            Mark::Author
        } else {
            Mark::Nothing
        }
    }

    /// Whether block `i` is the role or organisation line under a byline (`BBC News,
    /// Cumbria` under `Alice Munro`), which the classifier adds to that byline.
    fn role_under_byline(&self, i: usize) -> bool {
        i.checked_sub(1)
            .is_some_and(|p| self.front(p) == Some(FrontKind::Byline))
            && byline::is_role_line(self.text(i))
    }

    /// Whether block `i` is a short title-case line (a name, `Our Foreign Staff`) right above
    /// a date line.
    fn name_beside_date(&self, i: usize) -> bool {
        let name = self.sig(i).is_some_and(|s| {
            s.shape() == Shape::Short && s.title_case() && (2..=6).contains(&s.weight())
        });
        name && self.sig(i + 1).is_some_and(|n| n.hit.is_none())
            && (self.front(i + 1) == Some(FrontKind::Timestamp)
                || self
                    .sig(i + 1)
                    .is_some_and(|n| n.date_like() && has_year(self.text(i + 1))))
    }

    /// The author or date line that follows candidate `i`: within [`SIGNATURE_REACH`] lines
    /// that are not furniture, before the article's text and before another title.
    fn signature(&self, i: usize) -> Mark {
        let mut steps = 0;
        for j in i + 1..=i + SIGNATURE_SPAN {
            let Some(s) = self.sig(j) else { break };
            if s.is_text() && s.weight() > HEAD_TEXT_WEIGHT {
                break;
            }
            match self.mark(j) {
                Mark::Nothing => {}
                m => return m,
            }
            // Furniture and counters (`36`, `1 / 5`) do not count as lines between.
            if s.hit.is_some() || s.shape() == Shape::Junk {
                continue;
            }
            // A name right under the title (a counter or a photo credit aside) is its author.
            if steps <= 1
                && self.named(j)
                && self
                    .sig(i)
                    .is_some_and(|t| t.weight() >= NAMED_TITLE_WEIGHT)
            {
                return Mark::Name;
            }
            // Another title (not a dek, not a copy of this one) starts another head. A
            // longer line in sentence case under a title-case one is its dek.
            let dek_under = self.title_over_dek(i, j)
                || self
                    .sig(i)
                    .is_some_and(|t| t.title_case() && !s.title_case() && s.weight() > t.weight());
            if (s.weight() >= OTHER_TITLE_WEIGHT || s.title_case())
                && self.candidate(j)
                && !self.sentence_like(j)
                && !dek_under
                && self.text(j) != self.text(i)
            {
                break;
            }
            steps += 1;
            if steps >= SIGNATURE_REACH {
                break;
            }
        }
        Mark::Nothing
    }

    /// The block before `i`, furniture and counters aside (at most three blocks back).
    fn previous_line(&self, i: usize) -> Option<usize> {
        (i.saturating_sub(3)..i).rev().find(|&p| {
            self.sig(p)
                .is_some_and(|t| t.hit.is_none() && t.shape() != Shape::Junk)
        })
    }

    /// The block after `i`, furniture and counters aside (within [`SIGNATURE_SPAN`]).
    fn next_line(&self, i: usize) -> Option<usize> {
        (i + 1..=i + SIGNATURE_SPAN).find(|&j| {
            self.sig(j)
                .is_some_and(|t| t.hit.is_none() && t.shape() != Shape::Junk)
        })
    }

    /// Whether the line under title `i` (furniture aside) is a dek: a sentence, or a longer
    /// line in sentence case under a title-case one.
    fn dek_follows(&self, i: usize) -> bool {
        let Some(t) = self.sig(i) else { return false };
        self.next_line(i).is_some_and(|j| {
            self.sig(j).is_some_and(|s| {
                s.weight() >= OTHER_TITLE_WEIGHT
                    && s.weight() <= HEAD_TEXT_WEIGHT
                    && self.mark(j) == Mark::Nothing
                    && (self.sentence_like(j)
                        || t.title_case() && !s.title_case() && s.weight() > t.weight()
                        || self.title_over_dek(i, j))
            })
        })
    }

    /// Whether candidate `p` is a title and the line `j` under it its dek: a longer line
    /// under a title of several words that ends in no period, in sentence case under a
    /// title-case title, or both in sentence case when the lower one reads as a sentence or
    /// is of dek length, [`DEK_WEIGHT`] words and 4 more than the title (`Town braces for
    /// record tides as council admits ...` over `Engineers say the final section of the sea
    /// wall will not be ready until spring, leaving ...`).
    fn title_over_dek(&self, p: usize, j: usize) -> bool {
        let (Some(t), Some(s)) = (self.sig(p), self.sig(j)) else {
            return false;
        };
        let ends_with_period = self
            .text(p)
            .lines()
            .next()
            .is_some_and(|l| l.trim_end().ends_with('.'));
        let first = || s.weight() >= LONG_TITLE_WEIGHT && self.first_long_line(p);
        t.weight() >= TITLE_WEIGHT
            && (s.weight() > t.weight()
                || s.weight() == t.weight() && first()
                // Both in sentence case: a title-case line over a shorter one is more
                // often a promotion over the headline (`Black Friday 2019: Grab ...`).
                || !t.title_case() && s.weight() + DEK_SHORTER_BY >= t.weight() && first())
            && s.weight() <= HEAD_TEXT_WEIGHT
            && !s.title_case()
            && !ends_with_period
            && self.mark(j) == Mark::Nothing
            && self.candidate(p)
            && (t.title_case()
                || self.sentence_like(j)
                || s.weight() >= DEK_WEIGHT.max(t.weight() + 4)
                || first())
    }

    /// Whether `p` is the first headline-length line of the page (or of the last
    /// [`FIRST_LINE_REACH`] blocks), only menu entries and labels above it: then the line
    /// under it, as long or longer, is its dek, not another title (`Menu` / `Home` / `City
    /// unveils new transport plan` / `The proposal includes three bus corridors ...` / `By
    /// ...`).
    fn first_long_line(&self, p: usize) -> bool {
        (p.saturating_sub(FIRST_LINE_REACH)..p)
            .all(|q| self.sig(q).is_some_and(|s| s.weight() < TITLE_WEIGHT))
    }

    /// Whether candidate `i` is the dek of the title right above it (furniture aside).
    fn is_dek_of_previous(&self, i: usize) -> bool {
        (i.saturating_sub(SIGNATURE_REACH)..i)
            .rev()
            .find(|&p| {
                self.sig(p)
                    .is_some_and(|t| t.hit.is_none() && t.shape() != Shape::Junk)
            })
            .is_some_and(|p| self.title_over_dek(p, i))
    }

    /// How much candidate `i` looks like the headline of the region starting at `start`.
    fn score(&self, i: usize, start: usize) -> Option<(bool, i32)> {
        let s = self.sig(i)?;
        let signature = self.signature(i);
        let mut score = match signature {
            Mark::Author | Mark::Name => 4,
            // A date right under the title (furniture aside) signs it as well as an author.
            Mark::Date
                if self
                    .next_line(i)
                    .is_some_and(|j| self.mark(j) == Mark::Date) =>
            {
                4
            }
            Mark::Date => 3,
            Mark::Nothing => 0,
        };
        // Menu entries and labels are a word or three; headlines are longer.
        score += match s.weight() {
            0..=4 => 0,
            5..=7 => 2,
            _ => 3,
        };
        // A date line right above a title signs it too (`Sunday, Feb 1, 2015` / title).
        // (A share button or a counter may stand between them.) Not when a title is right
        // above that date: the date is that title's.
        let dated = self.previous_line(i).is_some_and(|p| {
            self.mark(p) == Mark::Date
                && self.previous_line(p).is_none_or(|q| {
                    !(self.candidate(q) && self.sig(q).is_some_and(|t| t.weight() >= TITLE_WEIGHT))
                })
        });
        if dated {
            score += 2;
        }
        // A title in sentence case reads like a sentence, but not over its dek.
        let over_dek = self.next_line(i).is_some_and(|j| self.title_over_dek(i, j));
        if self.is_dek_of_previous(i) || self.sentence_like(i) && !over_dek {
            score -= 2;
        } else if self.dek_follows(i) {
            // A title with its dek under it.
            score += 1;
        }
        if s.repeated {
            score += 1;
        }
        if i < start {
            score -= i32::try_from((start - i) / DISTANCE_STEP).unwrap_or(i32::MAX / 4);
        }
        // Far from the region, or inside it, only a signed title is the headline.
        let signed = signature != Mark::Nothing || dated;
        let near = i < start && start - i <= HEADLINE_WINDOW;
        (signed || near).then_some((signed, score))
    }
}

/// Whether `text` has a clock time (`9:40`, `10:00AM`).
fn has_clock_time(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| matches!(w, [a, b':', c] if a.is_ascii_digit() && c.is_ascii_digit()))
}

/// Whether `text` has a year (four digits from 1900 to 2099 standing alone).
fn has_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
}

/// The headline block: among the title-shaped lines before the region (and in its first
/// blocks), the one that looks most like an article's head: an author or date line under it,
/// a date above it, several words, no sentence end, a copy elsewhere on the page, and near
/// the region; moved to an identical earlier copy when the page repeats it (a gallery or a
/// sticky header shows it twice).
fn find_headline(head: &Head<'_>, first_copy: &[usize], start: usize) -> Option<usize> {
    let sigs = head.sigs;
    let far = start.saturating_sub(HEADLINE_SIGNATURE_WINDOW);
    // The region may open with a breadcrumb or the title itself, before its text.
    let mut last = start;
    for i in start..(start + HEAD_IN_REGION).min(sigs.len()) {
        last = i;
        if sigs
            .get(i)
            .is_some_and(|s| s.is_text() && !s.title_case() && s.weight() > 20)
        {
            break;
        }
    }
    // A signed title beats any unsigned one; among equals, the nearest to the region wins.
    let mut best: Option<(bool, i32, usize)> = None;
    for i in far..=last {
        // Inside the region only a title of several words (not a `Breaking News Emails`
        // prompt) comes before the text.
        if !head.candidate(i)
            || i >= start && sigs.get(i).is_none_or(|s| s.weight() < TITLE_WEIGHT)
            || head.in_key_points(i)
        {
            continue;
        }
        let Some((signed, score)) = head.score(i, start) else {
            continue;
        };
        if best.is_none_or(|(bs, b, _)| (signed, score) >= (bs, b)) {
            best = Some((signed, score, i));
        }
    }
    // No signed title near the text (a spec box or a video player between them): a title
    // with an author line under it further up.
    if best.is_none_or(|(signed, _, _)| !signed) {
        let farther = start.saturating_sub(HEADLINE_FAR_WINDOW);
        if let Some(i) = (farther..far).rev().find(|&i| {
            sigs.get(i).is_some_and(|s| s.weight() >= TITLE_WEIGHT)
                && head.candidate(i)
                && head.signature(i) == Mark::Author
        }) {
            // A dek signed by the author line: the title is right above it (signed by the
            // same line, or the dek ends like a sentence).
            let title = i.checked_sub(1).filter(|&p| {
                head.candidate(p)
                    && !head.sentence_like(p)
                    && (head.sentence_like(i) || head.signature(p) == Mark::Author)
            });
            best = Some((true, 0, title.unwrap_or(i)));
        }
    }
    let mut found = best.map(|(_, _, i)| i);
    // The region may open with the title itself when it reads like a sentence.
    if found.is_none() && head.candidate(start) && sigs.get(start + 1).is_some_and(front_matter) {
        found = Some(start);
    }
    let h = found?;
    let first = first_copy.get(h).copied().unwrap_or(h);
    Some(if first < h && h - first <= HEADLINE_REPEAT_WINDOW {
        first
    } else {
        h
    })
}

/// The kind of a furniture block outside the region that no lexicon phrase names.
fn shape_kind(s: &Signals<'_>, before_headline: bool) -> BoilerplateKind {
    use BoilerplateKind as K;
    if s.link_row() {
        return K::Navigation;
    }
    match s.shape() {
        Shape::Short | Shape::Junk if before_headline => K::Navigation,
        Shape::Short if s.weight() >= 4 => K::Related,
        Shape::Short | Shape::Junk => K::Navigation,
        Shape::ShortSentence | Shape::Medium | Shape::Prose => K::Other,
    }
}

/// Before the region: the headline and the front matter after it stay; everything before
/// the headline is furniture.
fn label_front(
    head: &Head<'_>,
    kinds: &mut [Option<BoilerplateKind>],
    headline: Option<usize>,
    start: usize,
) {
    let sigs = head.sigs;
    let keep_from = match headline {
        Some(h) => h,
        None => start.saturating_sub(4),
    };
    let mut carry: Option<BoilerplateKind> = None;
    // Whether a line of the head other than furniture or a counter came since the headline:
    // a name line is its author only right under it.
    let mut kept = false;
    for i in 0..start {
        let Some(s) = sigs.get(i) else { break };
        if headline == Some(i) {
            carry = None;
            kept = false;
            continue;
        }
        if i >= keep_from {
            // The article's head: its byline, date, dek and photo credits stay for the
            // classifier; share rows, tag lists, counters and file names are furniture.
            // The first line under the headline may be its author's name or its dek.
            let author = !kept && headline.is_some() && head.named(i);
            let dek = !kept && headline.is_some_and(|h| head.dek_follows(h))
                // A tabloid's key points under the title stand for its dek.
                || headline.is_some_and(|h| i > h) && head.in_key_points(i);
            // Past a line that is neither furniture nor a counter, a name is not the author's.
            if s.hit.is_none() && s.shape() != Shape::Junk {
                kept = true;
            }
            match s.hit {
                Some(hit) if hit.strength >= Strength::Strong || s.is_short() => {
                    set(kinds, i, hit.kind);
                }
                None if !front_matter(s)
                    && head.front(i).is_none()
                    && !head.role_under_byline(i)
                    && !name_after_by(sigs, i)
                    && !author
                    && !dek =>
                {
                    set(kinds, i, BoilerplateKind::Other);
                }
                _ => {}
            }
            continue;
        }
        let kind = match s.hit {
            Some(hit) => {
                carry = (hit.header && carries(hit.kind)).then_some(hit.kind);
                hit.kind
            }
            None => carry.unwrap_or_else(|| shape_kind(s, true)),
        };
        set(kinds, i, kind);
    }
    // The label right above the headline is its section: `Local News`, `Politics`.
    if let Some(h) = headline
        && h > 0
        && let Some(s) = sigs.get(h - 1)
        && s.shape() == Shape::Short
        && s.weight() <= 4
        && s.hit.is_none_or(|hit| {
            hit.kind == BoilerplateKind::Navigation || hit.kind == BoilerplateKind::Category
        })
    {
        set(kinds, h - 1, BoilerplateKind::Category);
    }
}

/// After the region: wire sign-offs and contributor lines right after it stay; the rest is
/// furniture, typed by its lexicon hit, by the header it follows, or by its shape.
fn label_tail(sigs: &[Signals<'_>], kinds: &mut [Option<BoilerplateKind>], end: usize) {
    let mut carry: Option<BoilerplateKind> = None;
    // Right after a comment form's header: its field labels (`Name`, `Email`, `Website`).
    let mut form = false;
    for i in end + 1..sigs.len() {
        let Some(s) = sigs.get(i) else { break };
        if i <= end + SIGNOFF_WINDOW && s.hit.is_none() && s.signoff_like() {
            continue;
        }
        let field = form
            && s.is_short()
            && s.weight() <= FORM_FIELD_WEIGHT
            && s.hit.is_none_or(|h| {
                h.strength == Strength::Weak || h.kind == BoilerplateKind::CommentForm
            });
        form = field
            || s.hit.is_some_and(|h| {
                h.kind == BoilerplateKind::CommentForm
                    && (h.header || h.strength == Strength::Barrier)
            });
        if field {
            set(kinds, i, BoilerplateKind::CommentForm);
            continue;
        }
        let kind = match s.hit {
            Some(hit) => {
                if carries(hit.kind) && (hit.header || hit.strength == Strength::Barrier) {
                    carry = Some(match hit.kind {
                        BoilerplateKind::CommentForm => BoilerplateKind::Comments,
                        k => k,
                    });
                } else if hit.strength == Strength::Barrier {
                    carry = None;
                }
                hit.kind
            }
            None => match carry {
                Some(k) => k,
                None if is_author_bio(s) => BoilerplateKind::AuthorBio,
                None => shape_kind(s, false),
            },
        };
        set(kinds, i, kind);
    }
}

/// The most words of a comment form's field label (`Your email address`).
const FORM_FIELD_WEIGHT: u32 = 3;

/// A text block after the article that introduces its author: `X is a reporter for ...`.
fn is_author_bio(s: &Signals<'_>) -> bool {
    s.is_text() && s.bio_like && s.hit.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::segment;
    use BoilerplateKind as K;

    fn plan(input: &str) -> (Vec<(String, Option<K>)>, Option<usize>) {
        let seg = segment::segment(input);
        let plan = analyse(input, &seg, &ParseOptions::default());
        let rows = seg
            .blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (b.span.slice(input).unwrap().to_owned(), plan.kind_of(i)))
            .collect();
        (rows, plan.headline)
    }

    const PARA: &str = "The council voted on Tuesday to approve the plan, which had been delayed twice since the spring by arguments over its cost.";
    const PARA2: &str = "Work on the first phase, a path along the river and a boat launch, could begin next year if the state grant comes through.";

    #[test]
    fn menus_in_a_language_the_lexicon_does_not_know() {
        let input = format!(
            "Nyumbani\n\nHabari\n\nBaraza laidhinisha mradi mpya wa bustani\n\n{PARA}\n\n{PARA2}\n\nShiriki\n\nToa maoni\n"
        );
        let (rows, headline) = plan(&input);
        assert_eq!(headline, Some(2));
        let kinds: Vec<Option<K>> = rows.iter().map(|(_, k)| *k).collect();
        assert_eq!(
            kinds,
            [
                Some(K::Navigation),
                Some(K::Navigation),
                None,
                None,
                None,
                Some(K::Other),
                Some(K::Other)
            ]
        );
        // A sentence under one-word lines is no headline: `Lorem` / `Lorem ipsum ... .`
        let (_, headline) = plan(&format!("Lorem\n\nIpsum\n\n{PARA}\n\n{PARA2}\n"));
        assert_ne!(headline, Some(2));
    }

    #[test]
    fn a_comment_forms_field_labels_belong_to_it() {
        let input = format!(
            "Home\n\nNews\n\nCouncil approves the park plan\n\nBy Ann Lee\n\n{PARA}\n\n{PARA2}\n\nShare this\n\nLeave a comment\nName\nEmail\nWebsite\n\nI think the plan is a good one, and the council should have passed it a year ago.\n"
        );
        let (rows, _) = plan(&input);
        let kind = |text: &str| rows.iter().find(|r| r.0 == text).and_then(|r| r.1);
        assert_eq!(kind("Leave a comment"), Some(K::CommentForm));
        assert_eq!(kind("Name"), Some(K::CommentForm));
        assert_eq!(kind("Email"), Some(K::CommentForm));
        assert_eq!(kind("Website"), Some(K::CommentForm));
        // The prose under the form is a comment.
        let last = rows.last().map(|r| r.1);
        assert_eq!(last, Some(Some(K::Comments)));
    }

    #[test]
    fn a_menu_row_over_the_title_of_a_clean_page_is_navigation() {
        let input = format!(
            "Notes | Projects | About\n\nCouncil approves the park plan\n\n{PARA}\n\n{PARA2}\n"
        );
        let (rows, headline) = plan(&input);
        assert_eq!(rows.first().and_then(|r| r.1), Some(K::Navigation));
        assert_ne!(headline, Some(0));
        // A title split by bars is no menu.
        let input = format!("Live | Election results | 2024\n\n{PARA}\n\n{PARA2}\n");
        let (rows, _) = plan(&input);
        assert_eq!(rows.first().and_then(|r| r.1), None);
        assert!(menu_row("Home | About | Contact"));
        assert!(!menu_row("Home | About | Contact\nMore"));
    }

    #[test]
    fn a_closing_related_list_on_a_clean_page_is_related() {
        // One lexicon hit only: no region search, the header's list is still furniture.
        let input = format!(
            "Council approves the park plan\n\n{PARA}\n\n{PARA2}\n\nRelated Articles\nPark plan delayed again\nWhat the new toll means for you\n"
        );
        let (rows, _) = plan(&input);
        let kinds: Vec<Option<K>> = rows.iter().map(|r| r.1).collect();
        assert_eq!(
            kinds,
            [
                None,
                None,
                None,
                Some(K::Related),
                Some(K::Related),
                Some(K::Related)
            ]
        );
        // Text after the list: the header heads the article's own list, which stays.
        let input = format!(
            "Council approves the park plan\n\n{PARA}\n\nRelated Articles\nPark plan delayed again\n\n{PARA2}\n"
        );
        let (rows, _) = plan(&input);
        let kinds: Vec<Option<K>> = rows.iter().map(|r| r.1).collect();
        assert_eq!(kinds, [None, None, Some(K::Related), None, None]);
    }

    #[test]
    fn menus_before_the_headline_are_navigation() {
        let input = format!(
            "Home\n\nNews\n\nSport\n\nWeather\n\nLocal News\n\nCouncil approves the park plan\n\nBy Ann Lee\n\n{PARA}\n\n{PARA2}\n"
        );
        let (rows, headline) = plan(&input);
        assert_eq!(headline, Some(5));
        assert_eq!(rows[0].1, Some(K::Navigation));
        assert_eq!(rows[4].1, Some(K::Category));
        assert_eq!(rows[5].1, None);
        assert_eq!(rows[6].1, None, "the byline stays");
        assert_eq!(rows[7].1, None);
    }

    #[test]
    fn trailing_furniture_is_typed() {
        let input = format!(
            "Council approves the park plan\n\n{PARA}\n\n{PARA2}\n\nYou Can Read Also\n\nWorld News\n\nLeave a Reply\n\nYour email address will not be published.\n"
        );
        let (rows, _) = plan(&input);
        let kinds: Vec<Option<K>> = rows.iter().map(|r| r.1).collect();
        assert_eq!(
            kinds,
            [
                None,
                None,
                None,
                Some(K::Related),
                Some(K::Category),
                Some(K::CommentForm),
                Some(K::CommentForm)
            ]
        );
    }

    #[test]
    fn a_subheading_inside_the_article_stays() {
        let input = format!(
            "Title of the story here\n\n{PARA}\n\nWhat happens next\n\n{PARA2}\n\nReuter\n"
        );
        let (rows, _) = plan(&input);
        assert!(rows.iter().all(|r| r.1.is_none()), "{rows:?}");
    }

    #[test]
    fn a_text_without_body_has_no_headline() {
        for input in [
            "Test\n",
            "abc\n\ndef\n\nghi\n",
            "One short sentence here.\n",
        ] {
            let seg = segment::segment(input);
            let plan = analyse(input, &seg, &ParseOptions::default());
            assert_eq!(
                plan.headline,
                PagePlan::no_headline(seg.blocks.len()),
                "{input:?}"
            );
        }
        let input = format!("Council approves the park plan\n\n{PARA}\n");
        let seg = segment::segment(&input);
        assert_eq!(
            analyse(&input, &seg, &ParseOptions::default()).headline,
            None
        );
    }

    #[test]
    fn a_platform_header_before_a_repeated_title() {
        // The title again, split over two lines, under the first showing.
        let input = format!(
            "Draft saved\n\nRosa Delgado\n\n6 min read\n\nThe Night Shift Diaries: What I Learned About Sleep\n\nThe Night Shift Diaries:\n\nWhat I Learned About Sleep\n\n{PARA}\n\n{PARA2}\n"
        );
        let (rows, headline) = plan(&input);
        assert_eq!(headline, Some(3));
        assert_eq!(rows[0].1, Some(K::Other));
        assert_eq!(rows[1].1, None, "the author's name stays");
        assert_eq!(rows[2].1, None, "and the line that makes it one");
        // A label repeated in an indented wire table is no title.
        let table = "LOSSES NARROW AT REGIONAL BANKS\n\nTOKYO, Feb 27 - Losses at regional banks narrowed in the year, the ministry said.\n    Totals for the year\n    Small banks  4.2 pct\n    Totals for the year\n    Large banks  3.1 pct\n";
        let (_, headline) = plan(table);
        assert_eq!(headline, None);
    }

    #[test]
    fn a_sentence_case_title_over_its_longer_dek() {
        // Both lines in sentence case without a period: the shorter one above is the
        // title, the line of dek length under it its standfirst.
        let input = format!(
            "Home\nNews\nSport\nCulture\n\nHarbour works\nCouncil admits the new sea wall will miss the winter tides\n\nEngineers say the last section will not be ready until the spring, leaving hundreds of homes on the front exposed\n\nMara Quill\nTue 14 Nov 2023 06.00 GMT\n\n{PARA}\n\n{PARA2}\n"
        );
        let (rows, headline) = plan(&input);
        assert_eq!(
            headline.and_then(|h| rows.get(h)).map(|r| r.0.as_str()),
            Some("Council admits the new sea wall will miss the winter tides")
        );
    }

    #[test]
    fn the_last_paragraph_of_a_short_post_is_no_teaser() {
        // Two comments (name, date, text, Reply) make the page look like a list of story
        // cards; the post's last paragraph, under two more, is still its text.
        let input = format!(
            "Home | News | Sport\n\nCouncil votes to ban leaf blowers by 2026\n\nPosted on June 3, 2024\n\n{PARA}\n\n{PARA2}\n\nLandscapers opposed the ban, saying electric blowers cost twice as much and their batteries last an hour.\n\nTags: council, noise\n\n2 Comments\n\nJohn D. says:\nJune 3, 2024 at 9:14 pm\nAbout time, my neighbour said when she heard the news this week.\nReply\n\nMarta K. says:\nJune 4, 2024 at 7:02 am\nThis will put small businesses out of work, which is a terrible result.\nReply\n"
        );
        let (rows, _) = plan(&input);
        let last = rows
            .iter()
            .find(|r| r.0.starts_with("Landscapers"))
            .unwrap();
        assert_eq!(last.1, None);
        assert!(
            rows.iter()
                .filter(|r| r.0.starts_with("About time"))
                .all(|r| r.1.is_some())
        );
    }

    #[test]
    fn a_date_above_the_title_signs_it_across_a_share_button() {
        // The menu entry `Terms of Use` has the date under it too, but the title has it
        // right above (a share button between) and several words.
        let input = format!(
            "Contact Us\n\nAbout Us\n\nTerms of Use\n\nPrivacy\n\nHome\n\nOpinions\n\nOctober 9, 2018 at 9:40 am\n\nTweet\n\nCouncil Approves Riverside Park After Two Delays\n\n{PARA}\n\n{PARA2}\n\nLeave a Reply\n"
        );
        let (rows, headline) = plan(&input);
        assert_eq!(
            headline.map(|h| rows[h].0.as_str()),
            Some("Council Approves Riverside Park After Two Delays")
        );
    }

    #[test]
    fn a_title_with_its_date_right_under_it_beats_the_caption_the_byline_signs() {
        let input = format!(
            "Home\n\nNews\n\nSubscribe now\n\nCouncil approves riverside park after two delays\n\nUPDATED: Tue., Nov. 19, 2019\n\nWorkers at the riverside site on Monday. (Jane Roe/Courier)\n\nTwitter\n\nFacebook\n\nBy Ann Lee\n\n{PARA}\n\n{PARA2}\n\nLeave a Reply\n"
        );
        let (rows, headline) = plan(&input);
        assert_eq!(
            headline.map(|h| rows[h].0.as_str()),
            Some("Council approves riverside park after two delays")
        );
    }

    #[test]
    fn a_title_with_a_number_and_a_month_is_still_a_title() {
        let input = format!(
            "Home\n\nNews\n\nSubscribe now\n\n4 Things to Do in October\n\nOur picks for the month of fairs, races and open days.\n\nBy Ann Lee\n\nOct 4, 2018\n\n{PARA}\n\n{PARA2}\n\nLeave a Reply\n"
        );
        let (rows, headline) = plan(&input);
        assert_eq!(
            headline.map(|h| rows[h].0.as_str()),
            Some("4 Things to Do in October")
        );
    }

    #[test]
    fn heuristics_can_be_switched_off() {
        let input = format!("Home\n\nNews\n\nTitle of the story\n\n{PARA}\n\nLeave a Reply\n");
        let seg = segment::segment(&input);
        let options = ParseOptions::default().with_page_heuristics(false);
        let plan = analyse(&input, &seg, &options);
        assert_eq!(plan.kind_of(0), None);
        assert_eq!(plan.kind_of(4), Some(K::CommentForm));
        assert_eq!(plan.headline, None);
    }
}

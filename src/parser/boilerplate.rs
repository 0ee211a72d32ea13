//! Page boilerplate: menus, share prompts, comment forms, copyright lines ...
//!
//! This module knows the *phrases* of boilerplate; [`page`](crate::parser::page) decides,
//! from the shape of the whole page, which blocks are boilerplate, and uses these phrases as
//! one of its signals.
//!
//! ## Grammar
//!
//! ```text
//! boilerplate   = whole-phrase / prefix-phrase rest / *text anywhere-phrase *text
//!               / copyright-line
//! whole-phrase  = deco lexicon-phrase deco         ; "Leave a Reply", "[ 3 Comments ]"
//! prefix-phrase = lexicon-phrase ( sep / SP )      ; "Related: ...", "Tags: a, b"
//! copyright-line = *text ( "©" / "copyright" / "(c)" ) *text year *text
//! deco          = *( SP / ":" / "|" / "»" / "›" / "…" / "." / "-" / "•" / brackets )
//! ```
//!
//! Matching ignores letter case, treats every run of digits as one `#`, drops brackets and
//! trims decoration (`» Related Stories «`, `Comments (12)`). The phrase tables are in
//! [`lexicon`], built once into static maps and an Aho-Corasick automaton.
//!
//! ## Examples
//!
//! ```text
//! > | Leave a Reply
//!     ^^^^^^^^^^^^^ comment_form (whole phrase)
//! > | Related: Council delays vote on parking garage
//!     ^^^^^^^^ related (prefix)
//! > | We use cookies to give you the best experience on our site.
//!     ^^^^^^^^^^^^^^ cookie_notice (anywhere)
//! > | © 2024 Example Media Group
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^ copyright
//! ```

pub(crate) mod lexicon;

use std::borrow::Cow;
use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};
use once_cell::sync::Lazy;

use crate::Span;
use crate::ast::{Boilerplate, BoilerplateKind};
pub(crate) use lexicon::Strength;

/// Blocks longer than this (in bytes) are not looked up as whole or prefix phrases.
pub(crate) const NORMALISE_MAX_BYTES: usize = 240;
/// How many leading words a prefix phrase may have.
const PREFIX_MAX_WORDS: usize = 6;

/// A lexicon match on a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The kind of boilerplate the phrase names.
    pub(crate) kind: BoilerplateKind,
    /// How much the match proves.
    pub(crate) strength: Strength,
    /// The phrase is the whole block: a section header (`Related`, `Share this`) that the
    /// lines after it may belong to.
    pub(crate) header: bool,
}

/// A phrase table: lexicon form → (kind, strength), hashed with [`FxBuild`].
type Table = HashMap<&'static str, (BoilerplateKind, Strength), FxBuild>;

/// The Fx hash (rustc's): a multiply and a rotate per word, far cheaper than SipHash for
/// the short keys of the phrase tables, which no attacker chooses.
#[derive(Debug, Default, Clone, Copy)]
struct FxBuild;

/// See [`FxBuild`].
#[derive(Debug, Default)]
struct FxHasher(u64);

impl std::hash::BuildHasher for FxBuild {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in chunks.by_ref() {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

fn table(entries: &[lexicon::Entry]) -> Table {
    entries.iter().map(|&(p, k, s)| (p, (k, s))).collect()
}

static WHOLE: Lazy<Table> = Lazy::new(|| table(lexicon::WHOLE));
/// The longest [`WHOLE`] phrase, in bytes: a longer text is none of them.
static WHOLE_MAX: Lazy<usize> =
    Lazy::new(|| lexicon::WHOLE.iter().map(|e| e.0.len()).max().unwrap_or(0));
static PREFIX: Lazy<Table> = Lazy::new(|| table(lexicon::PREFIX));
static PREFIX_OPEN: Lazy<Table> = Lazy::new(|| table(lexicon::PREFIX_OPEN));

/// The first two bytes of every [`PREFIX`] and [`PREFIX_OPEN`] phrase, one bit each (a
/// `u16` index); `None` when a phrase is shorter than that. A phrase [`prefix`] finds is a
/// prefix of the text, so a text whose first two bytes are not here opens with none.
static PREFIX_HEADS: Lazy<Option<Vec<u64>>> = Lazy::new(|| {
    let mut bits = vec![0u64; 1 << 10];
    for (phrase, _, _) in lexicon::PREFIX.iter().chain(lexicon::PREFIX_OPEN) {
        let head = u16::from_le_bytes(*phrase.as_bytes().first_chunk::<2>()?);
        *bits.get_mut(usize::from(head >> 6))? |= 1 << (head & 63);
    }
    Some(bits)
});

/// Whether some [`PREFIX`] or [`PREFIX_OPEN`] phrase may open `n` (see [`PREFIX_HEADS`]).
fn may_open_prefix(n: &str) -> bool {
    let Some(bits) = PREFIX_HEADS.as_ref() else {
        return true;
    };
    n.as_bytes()
        .first_chunk::<2>()
        .map(|h| u16::from_le_bytes(*h))
        .is_some_and(|h| {
            bits.get(usize::from(h >> 6))
                .is_some_and(|w| w >> (h & 63) & 1 != 0)
        })
}

/// The [`lexicon::ANYWHERE`] phrases on their own, for [`lookup`]: a block's signals find
/// them in the same pass as their marker phrases (see `page::signals`).
#[cfg(test)]
static ANYWHERE: Lazy<Option<AhoCorasick>> = Lazy::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(lexicon::ANYWHERE.iter().map(|e| e.0))
        .ok()
});

/// Phrases a user added through [`ParseOptions`](crate::ParseOptions), compiled for one parse.
#[derive(Debug, Default)]
pub(crate) struct UserLexicon {
    matcher: Option<AhoCorasick>,
    kinds: Vec<BoilerplateKind>,
}

impl UserLexicon {
    /// Compiles `phrases` (matched case-insensitively anywhere in a block).
    pub(crate) fn new(phrases: &[(BoilerplateKind, String)]) -> Self {
        let kept: Vec<(BoilerplateKind, String)> = phrases
            .iter()
            .map(|(k, p)| (*k, p.trim().to_owned()))
            .filter(|(_, p)| !p.is_empty())
            .collect();
        if kept.is_empty() {
            return UserLexicon::default();
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(kept.iter().map(|(_, p)| p.as_str()))
            .ok();
        UserLexicon {
            matcher,
            kinds: kept.into_iter().map(|(k, _)| k).collect(),
        }
    }

    fn find(&self, text: &str) -> Option<BoilerplateKind> {
        let m = self.matcher.as_ref()?.find(text)?;
        self.kinds.get(m.pattern().as_usize()).copied()
    }
}

/// Whether `c` decorates a menu entry or a header without being part of its words.
fn is_deco(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ':' | '|'
                | '»'
                | '«'
                | '›'
                | '‹'
                | '>'
                | '<'
                | '…'
                | '.'
                | '-'
                | '–'
                | '—'
                | '→'
                | '←'
                | '↓'
                | '•'
                | '·'
                | '/'
                | '='
                | '+'
                | '!'
                | '?'
                | ','
                | ';'
        )
}

/// `s` with [`is_deco`] chars trimmed from both ends; most words open and end with an
/// ASCII letter or digit mark (`#`), which are none: then nothing is decoded.
fn trim_deco(s: &str) -> &str {
    let plain = |b: &u8| b.is_ascii_alphanumeric() || *b == b'#';
    let b = s.as_bytes();
    if b.first().is_some_and(plain) && b.last().is_some_and(plain) {
        return s;
    }
    s.trim_matches(is_deco)
}

/// [`normalise_into`], as a string of its own.
#[cfg(test)]
pub(crate) fn normalise(text: &str) -> String {
    normalise_into(text, &mut String::new()).to_owned()
}

/// The lookup form of `text`: lower case, digit runs as `#`, brackets dropped, whitespace
/// collapsed, decoration trimmed from both ends. Written into `out`, a buffer the caller
/// keeps from block to block (cleared here), and returned as a slice of it: a page's
/// blocks are normalised without a string allocated for each.
pub(crate) fn normalise_into<'b>(text: &str, out: &'b mut String) -> &'b str {
    normalise_with(text, out, false).0
}

/// The head of the lookup form of `text` (see [`normalise_into`]): as much of it as the
/// lexicon reads, which is all of it unless it has more than [`ROW_MAX_WORDS`] words and
/// [`WHOLE_MAX`] bytes; whether that is all of it. [`lookup_normalised`] finds in a head
/// what it finds in the whole form: no whole phrase, a row of buttons or a `More ...
/// stories` header is that long, and prefix phrases and `Follow ... on` prompts are read
/// in the first words.
pub(crate) fn normalise_head_into<'b>(text: &str, out: &'b mut String) -> (&'b str, bool) {
    normalise_with(text, out, true)
}

// The head holds every word the prefix phrases and the follow prompts read.
const _: () = assert!(PREFIX_MAX_WORDS < ROW_MAX_WORDS && FOLLOW_WORDS < ROW_MAX_WORDS);

/// [`normalise_into`], or with `head` [`normalise_head_into`].
fn normalise_with<'b>(text: &str, out: &'b mut String, head: bool) -> (&'b str, bool) {
    // ASCII, nearly all of it, is handled a byte at a time without decoding, through
    // [`ASCII_FORM`]; other chars are decoded and lowercased. Built as a `String` char by
    // char (an ASCII char is one byte pushed), so that no UTF-8 check of it is needed.
    out.clear();
    out.reserve(text.len());
    let mut digits = false;
    let mut space = false;
    // With `head`: the words so far that end with a letter or a mark (not decoration).
    let mut words = 0usize;
    let bytes = text.as_bytes();
    let form_of = |b: u8| ASCII_FORM.get(usize::from(b)).copied().unwrap_or(WIDE);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let form = form_of(b);
        if form < 0x80 {
            // A run of letters and marks, lowercased: the flags are set once for the run.
            digits = false;
            if space && !out.is_empty() && open_word(out, head, &mut words) {
                return (trim_deco(out), false);
            }
            space = false;
            out.push(char::from(form));
            i += 1;
            while let Some(form) = bytes.get(i).map(|&b| form_of(b)).filter(|&f| f < 0x80) {
                out.push(char::from(form));
                i += 1;
            }
            continue;
        }
        if form == DIGIT {
            i += 1;
            if !digits {
                if space && !out.is_empty() && open_word(out, head, &mut words) {
                    return (trim_deco(out), false);
                }
                space = false;
                out.push('#');
            }
            digits = true;
            continue;
        }
        if form == GAP {
            i += 1;
            digits = false;
            space = true;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        digits = false;
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() && open_word(out, head, &mut words) {
            return (trim_deco(out), false);
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    // Trimmed as a slice, without a second string.
    (trim_deco(out), true)
}

/// Before a word of a lookup form `out`: the space, unless `head` is wanted and `out` is one
/// already (see [`normalise_head_into`]); `words` counts the words so far that end with a
/// letter or a mark, not decoration.
#[inline(always)]
fn open_word(out: &mut String, head: bool, words: &mut usize) -> bool {
    if head {
        // Most words end with an ASCII letter: no decoding to see that it is no decoration.
        let word_end = match out.as_bytes().last() {
            Some(b) if b.is_ascii_alphanumeric() || *b == b'#' => true,
            _ => out.chars().next_back().is_some_and(|c| !is_deco(c)),
        };
        if word_end {
            *words += 1;
            // The form so far ends with a word: trimmed, it is a head of the whole form.
            // With `ROW_MAX_WORDS` spaces after a word before this one, it has more words
            // than that, and every one the prefixes and the prompts are read in.
            if *words > ROW_MAX_WORDS && out.trim_start_matches(is_deco).len() > *WHOLE_MAX {
                return true;
            }
        }
    }
    out.push(' ');
    false
}

/// [`ASCII_FORM`] of a digit: a run of digits becomes one `#`.
const DIGIT: u8 = 0x80;
/// [`ASCII_FORM`] of an [`is_ascii_gap`] byte: a space.
const GAP: u8 = 0x81;
/// [`ASCII_FORM`] of a byte that is not ASCII: a char to decode.
const WIDE: u8 = 0x82;

/// Per byte value, what [`normalise_into`] makes of it: an ASCII byte lowercased (below 0x80),
/// or [`DIGIT`], [`GAP`] or [`WIDE`]. One load a byte instead of three tests.
static ASCII_FORM: [u8; 256] = {
    let mut table = [WIDE; 256];
    let mut rest: &mut [u8] = &mut table;
    let mut b = 0u8;
    while let [slot, tail @ ..] = rest {
        *slot = if !b.is_ascii() {
            WIDE
        } else if b.is_ascii_digit() {
            DIGIT
        } else if is_ascii_gap(b) {
            GAP
        } else {
            b.to_ascii_lowercase()
        };
        rest = tail;
        b = b.wrapping_add(1);
    }
    table
};

/// The ASCII bytes [`normalise_into`] turns into a space: the brackets, and the ASCII chars
/// `char::is_whitespace` accepts.
const fn is_ascii_gap(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'[' | b']' | b'{' | b'}' | b' ' | b'\t'..=b'\r'
    )
}

/// The lexicon hit for a block's text, if any: a whole phrase, a prefix phrase, a phrase
/// anywhere in a short block, a copyright line, or one of the user's phrases.
#[cfg(test)]
pub(crate) fn lookup(text: &str, user: &UserLexicon) -> Option<Hit> {
    let text = text.trim();
    let n = (text.len() <= NORMALISE_MAX_BYTES).then(|| normalise(text));
    let scan = || {
        let m = ANYWHERE.as_ref().and_then(|a| a.find(text));
        (m.map(|m| m.pattern().as_usize()), has_copyright_mark(text))
    };
    lookup_normalised(text, n.as_deref(), user, scan)
}

/// [`lookup`] with the block's [`normalise_into`] form, when it is short enough to have one
/// (at most [`NORMALISE_MAX_BYTES`]), and `scan`, which finds in `text` the first phrase of
/// [`lexicon::ANYWHERE`] (leftmost, then longest; its index) and whether it has a copyright
/// mark (`©`, `copyright` or `(c)`, in any ASCII letter case), asked only when needed: the
/// page's one pass over a block finds both.
pub(crate) fn lookup_normalised(
    text: &str,
    n: Option<&str>,
    user: &UserLexicon,
    scan: impl FnOnce() -> (Option<usize>, bool),
) -> Option<Hit> {
    if let Some(n) = n {
        if n.len() <= *WHOLE_MAX
            && let Some(&(kind, strength)) = WHOLE.get(n)
        {
            return Some(Hit {
                kind,
                strength,
                header: true,
            });
        }
        if let Some(hit) = prefix(n) {
            return Some(hit);
        }
        if follow_on_network(n) {
            return Some(Hit {
                kind: BoilerplateKind::Share,
                strength: Strength::Strong,
                header: false,
            });
        }
        if more_stories(n) {
            return Some(Hit {
                kind: BoilerplateKind::Related,
                strength: Strength::Strong,
                header: true,
            });
        }
        if let Some(hit) = button_row(n) {
            return Some(hit);
        }
    }
    if text.len() > lexicon::ANYWHERE_MAX_BYTES {
        return None;
    }
    if let Some(kind) = user.find(text) {
        return Some(Hit {
            kind,
            strength: Strength::Strong,
            header: false,
        });
    }
    let (anywhere, copyright_mark) = scan();
    if let Some(i) = anywhere
        && let Some(&(_, kind, strength)) = lexicon::ANYWHERE.get(i)
    {
        return Some(Hit {
            kind,
            strength,
            header: false,
        });
    }
    is_copyright(text, copyright_mark).then_some(Hit {
        kind: BoilerplateKind::Copyright,
        strength: Strength::Strong,
        header: false,
    })
}

/// A prefix phrase opening the normalised text `n`, followed by more text.
fn prefix(n: &str) -> Option<Hit> {
    if !may_open_prefix(n) {
        return None;
    }
    let hit = |&(kind, strength): &(BoilerplateKind, Strength)| Hit {
        kind,
        strength,
        header: false,
    };
    let mut words = 0;
    for (at, c) in n.char_indices() {
        if c != ' ' && c != ':' {
            continue;
        }
        words += 1;
        if words > PREFIX_MAX_WORDS {
            break;
        }
        let (head, rest) = n.split_at_checked(at)?;
        let phrase = head.trim_end_matches(is_deco);
        if let Some(h) = PREFIX_OPEN.get(phrase) {
            return Some(hit(h));
        }
        let separated = phrase.len() < head.len()
            || rest
                .trim_start()
                .starts_with(|c: char| c != ' ' && is_deco(c));
        if separated && let Some(h) = PREFIX.get(phrase) {
            return Some(hit(h));
        }
    }
    None
}

/// How many words after `Follow` a follow prompt is read in.
const FOLLOW_WORDS: usize = 6;

/// `Follow Mark Dalton on Twitter at ...`, `Follow AP's climate coverage on X`: a prompt to
/// follow someone on a social network (the normalised text `n`), as wire stories end.
fn follow_on_network(n: &str) -> bool {
    // Most blocks open otherwise: ruled out before the words are split.
    let Some(rest) = n.strip_prefix("follow ") else {
        return false;
    };
    let words = rest.split(' ');
    let mut previous = "";
    // The one to follow, a name or `us`, then `on`: up to five words, no verb of speech.
    for w in words.take(FOLLOW_WORDS) {
        if matches!(w, "said" | "says" | "told" | "wrote" | "posted") {
            return false;
        }
        if previous == "on"
            && matches!(
                w,
                "twitter"
                    | "x"
                    | "instagram"
                    | "facebook"
                    | "bluesky"
                    | "threads"
                    | "linkedin"
                    | "mastodon"
                    | "tiktok"
                    | "youtube"
            )
        {
            return true;
        }
        previous = w;
    }
    false
}

/// `More Great WIRED Stories`, `More from our partners`, `Top Science Stories`: a short
/// header that starts with `more`/`top`/`latest` and ends with `stories`, `news`,
/// `articles`, `videos` or `posts`.
fn more_stories(n: &str) -> bool {
    // One pass, no allocation: the first word, then at most five more, keeping the last.
    // Most blocks open with another word: ruled out before the words are split.
    let Some(first) = ["more", "top", "latest", "other", "recent", "popular"]
        .into_iter()
        .find(|w| {
            n.strip_prefix(w)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
    else {
        return false;
    };
    let mut words = n.split(' ');
    words.next();
    let mut last = first;
    for (count, w) in (2..).zip(words) {
        if count > 6 {
            return false;
        }
        last = w;
    }
    matches!(
        last,
        "stories" | "news" | "articles" | "videos" | "posts" | "headlines" | "reads"
    )
}

/// Most words in a row of buttons on one line.
const ROW_MAX_WORDS: usize = 8;

/// A row of share or menu buttons rendered on one line (`Facebook Twitter Email`,
/// `Share Tweet`): at least two words, half of them or more one-word phrases of the
/// lexicon. Strong when every word is one and there are three or more.
fn button_row(n: &str) -> Option<Hit> {
    // A lookup form splits its words by one space each, with none at either end: its
    // words are its spaces and one (counted in a loop the compiler vectorises).
    let spaces = n.bytes().filter(|&b| b == b' ').count();
    let count = if n.is_empty() { 0 } else { spaces + 1 };
    if !(2..=ROW_MAX_WORDS).contains(&count) {
        return None;
    }
    let mut hits = 0usize;
    let mut share = 0usize;
    let mut strong = 0usize;
    // The form has no ASCII whitespace but its spaces: its words are split a byte at a time.
    for w in n.split_ascii_whitespace() {
        if let Some(&(kind, strength)) = WHOLE.get(trim_deco(w)) {
            hits += 1;
            share += usize::from(kind == BoilerplateKind::Share);
            strong += usize::from(strength >= Strength::Strong);
        }
    }
    if hits < 2 || hits * 2 < count {
        return None;
    }
    let all = hits == count && (hits >= 3 || strong > 0);
    Some(Hit {
        kind: if share * 2 >= hits {
            BoilerplateKind::Share
        } else {
            BoilerplateKind::Navigation
        },
        strength: if all {
            Strength::Strong
        } else {
            Strength::Weak
        },
        header: false,
    })
}

/// `© 2024 ...`, `Copyright 2019 ...`: a copyright sign or word with a year, in a short
/// line (a photo credit `© Getty Images` has no year and is left to the caption parser).
/// `mark`: whether `text` has a copyright mark ([`has_copyright_mark`]), found by the scan
/// for the lexicon's phrases.
fn is_copyright(text: &str, mark: bool) -> bool {
    text.len() <= 300 && mark && has_year(text)
}

/// Whether `text` holds `©`, or `copyright` or `(c)` in any ASCII letter case: each
/// of the words read at a `c` or `C` (found with `memchr`), not at every byte. (The page
/// finds the marks in its scan of each block; this is the reference it is tested against.)
#[cfg(test)]
pub(crate) fn has_copyright_mark(text: &str) -> bool {
    let b = text.as_bytes();
    text.contains('©')
        || memchr::memchr2_iter(b'c', b'C', b).any(|i| {
            b.get(i..i + 9)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"copyright"))
                || i.checked_sub(1)
                    .and_then(|s| b.get(s..i + 2))
                    .is_some_and(|w| w == b"(c)" || w == b"(C)")
        })
}

/// Whether `s` contains a four-digit year from 1900 to 2099 standing alone, in ASCII digits
/// or in the digits of another script (`© ২০২৬`, `© ٢٠٢٦`, `© २०२६`).
fn has_year(s: &str) -> bool {
    if !s.is_ascii() {
        let mut digits = [0u8; 4];
        let mut run = 0usize;
        for c in s.chars() {
            match decimal(c) {
                Some(d) => {
                    if let Some(slot) = digits.get_mut(run) {
                        *slot = d;
                    }
                    run += 1;
                }
                None => {
                    if run == 4 && matches!(digits, [1, 9, _, _] | [2, 0, _, _]) {
                        return true;
                    }
                    run = 0;
                }
            }
        }
        return run == 4 && matches!(digits, [1, 9, _, _] | [2, 0, _, _]);
    }
    let b = s.as_bytes();
    let mut run = 0usize;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            run += 1;
            continue;
        }
        if run == 4 && year_at(b, i - 4) {
            return true;
        }
        run = 0;
    }
    run == 4 && year_at(b, b.len() - 4)
}

/// The value of a decimal digit of the common scripts: ASCII, Arabic-Indic and its Persian
/// form, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Thai,
/// Lao, Myanmar, Khmer and full-width.
fn decimal(c: char) -> Option<u8> {
    const ZEROS: [u32; 17] = [
        0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0xED0,
        0x1040, 0x17E0, 0xFF10, 0x7C0,
    ];
    let c = u32::from(c);
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&c))
        .and_then(|&z| u8::try_from(c - z).ok())
}

fn year_at(b: &[u8], at: usize) -> bool {
    matches!(b.get(at..at + 2), Some(b"19" | b"20"))
}

/// A boilerplate node.
pub(crate) fn build(input: &str, span: Span, kind: BoilerplateKind) -> Boilerplate<'_> {
    Boilerplate {
        kind,
        text: Cow::Borrowed(span.slice(input).unwrap_or("")),
        span,
        embed: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BoilerplateKind as K;

    fn kind(text: &str) -> Option<BoilerplateKind> {
        lookup(text, &UserLexicon::default()).map(|h| h.kind)
    }

    #[test]
    fn whole_phrases() {
        assert_eq!(kind("Leave a Reply"), Some(K::CommentForm));
        assert_eq!(kind("Related:"), Some(K::Related));
        assert_eq!(kind("» Related Stories «"), Some(K::Related));
        assert_eq!(kind("[ 167 comments ]"), Some(K::Comments));
        assert_eq!(kind("Comments (12)"), Some(K::Comments));
        assert_eq!(kind("You Can Read Also"), Some(K::Related));
        assert_eq!(kind("World News"), Some(K::Category));
        assert_eq!(kind("Compartilhe"), Some(K::Share));
        assert_eq!(kind("관련기사"), Some(K::Related));
        assert_eq!(kind("SKIP ADVERTISEMENT"), Some(K::Advertisement));
        assert_eq!(kind("Supported by"), Some(K::Advertisement));
        assert_eq!(kind("ये भी पढ़ें"), Some(K::Related));
        assert_eq!(kind("Baca juga: Harga beras naik lagi"), Some(K::Related));
        assert_eq!(kind("Paylaş"), Some(K::Share));
        assert_eq!(kind("Wordcount: 717"), Some(K::Other));
        assert_eq!(
            kind("Follow Mark Dalton on Twitter at https://twitter.com/markdalton"),
            Some(K::Share)
        );
        assert_eq!(
            kind("Follow the money, investigators said on Twitter."),
            None
        );
        // Video players and image viewers.
        assert_eq!(kind("Your video will play in 00:25"), Some(K::Other));
        assert_eq!(kind("Replay"), Some(K::Other));
        assert_eq!(kind("View this image ›"), Some(K::Other));
        // A whole line wins over a share word opening it.
        assert_eq!(kind("Print subscriptions"), Some(K::Subscription));
        assert_eq!(kind("Print this article"), Some(K::Share));
        assert_eq!(kind("The minister left."), None);
    }

    #[test]
    fn prefixes() {
        assert_eq!(
            kind("Related: Council delays vote on parking garage"),
            Some(K::Related)
        );
        assert_eq!(
            kind("Filed Under:Health, Michigan, mosquitoes"),
            Some(K::Category)
        );
        assert_eq!(kind("Tags: raspberry pi, backups"), Some(K::Category));
        assert_eq!(kind("Related to the crisis, he resigned."), None);
        assert_eq!(kind("Read more » Council delays vote"), Some(K::Related));
        assert_eq!(
            kind("Watch: Teachers rally outside Parliament House"),
            Some(K::Related)
        );
        assert_eq!(kind("12 Responses to \"My server\""), Some(K::Comments));
        assert_eq!(kind("More Great Science Stories"), Some(K::Related));
    }

    #[test]
    fn every_prefix_phrase_passes_the_head_filter() {
        for (phrase, _, _) in lexicon::PREFIX.iter().chain(lexicon::PREFIX_OPEN) {
            assert!(may_open_prefix(phrase), "{phrase}");
        }
        assert!(lexicon::WHOLE.iter().all(|e| e.0.len() <= *WHOLE_MAX));
    }

    #[test]
    fn button_rows() {
        assert_eq!(kind("Facebook Twitter Email"), Some(K::Share));
        assert_eq!(
            kind("tweet share Reddit Pocket Flipboard Email"),
            Some(K::Share)
        );
        let weak = lookup("Facebook and Twitter", &UserLexicon::default()).unwrap();
        assert_eq!(weak.strength, Strength::Weak);
        assert_eq!(kind("Apple and Google settle"), None);
    }

    #[test]
    fn anywhere_phrases() {
        assert_eq!(
            kind("Your email address will not be published. Required fields are marked *"),
            Some(K::CommentForm)
        );
        assert_eq!(
            kind("We use cookies to give you the best experience on our site."),
            Some(K::CookieNotice)
        );
        assert_eq!(
            kind("저작권자 © 강원투데이 무단전재 및 재배포 금지"),
            Some(K::Copyright)
        );
        assert_eq!(
            kind("If you buy something through our links, we may earn a commission."),
            Some(K::Disclosure)
        );
        assert_eq!(
            kind("Unfortunately, this video is not available in your region."),
            Some(K::Other)
        );
    }

    #[test]
    fn years_in_other_scripts() {
        assert!(has_year("© ২০২৬ দৈনিক সংবাদ।"));
        assert!(has_year("© ٢٠٢٦ جميع الحقوق محفوظة"));
        assert!(has_year("© २०२६"));
        assert!(!has_year("© ২০২৬০ দৈনিক"));
        assert!(!has_year("© ৩০২৬"));
        assert_eq!(
            kind("© ২০২৬ দৈনিক সংবাদ। সর্বস্বত্ব সংরক্ষিত।"),
            Some(K::Copyright)
        );
    }

    #[test]
    fn copyright_marks() {
        for (t, want) in [
            ("© 2024", true),
            ("Copyright", true),
            ("COPYRIGHT", true),
            ("(c) x", true),
            ("x (C)", true),
            ("copyrigh", false),
            ("(c", false),
            ("c)", false),
            ("(d)", false),
            ("", false),
        ] {
            assert_eq!(has_copyright_mark(t), want, "{t:?}");
        }
    }

    #[test]
    fn copyright_needs_a_year() {
        assert_eq!(
            kind("© 2024 Example Media Group. All rights reserved."),
            Some(K::Copyright)
        );
        assert_eq!(kind("Copyright 2019 Example Inc"), Some(K::Copyright));
        assert_eq!(kind("© Getty Images"), None);
    }

    #[test]
    fn user_phrases() {
        let user = UserLexicon::new(&[(K::Advertisement, "Brought To You By".into())]);
        let hit = lookup("Brought to you by Acme Widgets", &user).unwrap();
        assert_eq!(hit.kind, K::Advertisement);
        assert_eq!(hit.strength, Strength::Strong);
    }

    #[test]
    fn table_phrases_are_in_lookup_form() {
        for (p, _, _) in lexicon::WHOLE
            .iter()
            .chain(lexicon::PREFIX)
            .chain(lexicon::PREFIX_OPEN)
        {
            assert_eq!(normalise(p), *p, "{p:?} can never match");
        }
    }

    #[test]
    fn trim_deco_trims_as_trim_matches_does() {
        for s in [
            "",
            "share",
            "#",
            "# min read",
            "- share -",
            "» more",
            "home ›",
            ":",
            "a.",
            "— ok —",
            "x|",
            "é",
            "·tweet·",
        ] {
            assert_eq!(trim_deco(s), s.trim_matches(is_deco), "{s:?}");
        }
    }

    #[test]
    fn headers_and_prompts_read_their_first_word() {
        assert!(more_stories("more great wired stories"));
        assert!(more_stories("top news"));
        assert!(!more_stories("topics news"));
        assert!(!more_stories("more"));
        assert!(follow_on_network("follow us on twitter"));
        assert!(!follow_on_network("follow"));
        assert!(!follow_on_network("followers on twitter"));
    }

    /// [`normalise`] as it was written before [`ASCII_FORM`]: a char at a time.
    fn normalise_by_chars(text: &str) -> String {
        let mut out = String::new();
        let (mut digits, mut space) = (false, false);
        for c in text.chars() {
            if c.is_ascii_digit() {
                if !digits {
                    if space && !out.is_empty() {
                        out.push(' ');
                    }
                    space = false;
                    out.push('#');
                }
                digits = true;
                continue;
            }
            digits = false;
            if c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | '{' | '}') {
                space = true;
                continue;
            }
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        }
        out.trim_matches(is_deco).to_owned()
    }

    #[test]
    fn normalisation_agrees_with_a_char_by_char_reading() {
        for t in [
            "  Image 1 of 23 ",
            "\0Ab\x7f(12)[x]{y}\u{a0}Ünïcode\u{2003}ΣΑΣ 3.5 % — ok —",
            "» Related Stories «",
            "SHARE\tTHIS:\r\n",
            "",
            "123",
            "   ",
        ] {
            assert_eq!(normalise(t), normalise_by_chars(t), "{t:?}");
        }
        for b in 0..=u8::MAX {
            let t = format!("a{}b 1{}2", char::from(b), char::from(b));
            assert_eq!(normalise(&t), normalise_by_chars(&t), "{b:#x}");
        }
    }

    #[test]
    fn the_head_of_a_lookup_form_finds_what_the_whole_finds() {
        let user = UserLexicon::default();
        let tails = [
            "",
            " now",
            " and more words after it, well past the eight of a row of buttons",
            " | Facebook | Twitter | Email | Print | Share | Save | More | Less | Other",
            " 12 34 56 78 90 12 34 56 78 90 12 34 56 78 90",
            ": » read the rest of it here, with a few more words to it «",
        ];
        let phrases = lexicon::WHOLE
            .iter()
            .chain(lexicon::PREFIX)
            .chain(lexicon::PREFIX_OPEN)
            .map(|e| e.0)
            .chain(["follow jane doe on twitter", "more great wired stories"]);
        let (mut a, mut b) = (String::new(), String::new());
        for p in phrases {
            for tail in tails {
                for t in [
                    format!("{p}{tail}"),
                    format!("» {}{tail} |", p.to_uppercase()),
                ] {
                    let whole = normalise_into(&t, &mut a);
                    let (head, complete) = normalise_head_into(&t, &mut b);
                    assert!(whole.starts_with(head), "{t:?}");
                    // (A head cut before decoration alone may be the whole form.)
                    assert!(!complete || whole == head, "{t:?}");
                    let find = |n: &str| lookup_normalised(&t, Some(n), &user, || (None, false));
                    assert_eq!(find(head), find(whole), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn a_lookup_form_splits_its_words_by_one_space() {
        let mut buffer = String::new();
        for t in [
            "  Share \u{a0} this \t ( 12 )  ",
            "» Facebook | Twitter\u{3000}Email «",
            "a  [b]  {c}  d",
            "İSTANBUL  ’  NEWS",
            " ( ) ",
        ] {
            for (n, _) in [
                (normalise_into(t, &mut buffer).to_owned(), true),
                (normalise_head_into(t, &mut buffer).0.to_owned(), false),
            ] {
                assert!(
                    !n.contains("  ") && !n.starts_with(' ') && !n.ends_with(' '),
                    "{t:?}"
                );
            }
        }
    }

    #[test]
    fn normalisation() {
        assert_eq!(normalise("  Image 1 of 23 "), "image # of #");
        assert_eq!(normalise("SHARE THIS:"), "share this");
        assert_eq!(normalise("— Advertisement —"), "advertisement");
    }
}

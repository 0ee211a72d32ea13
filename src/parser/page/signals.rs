//! Per-block signals for the page analysis: what a block's text says about it on its own.
//!
//! ## Grammar
//!
//! ```text
//! prose   = 12*word with-sentence-end          ; a body paragraph, a comment, a dek
//! medium  = 6*11word with-sentence-end
//! short   = 1*5word with-sentence-end / 1*word  ; menus, labels, subheadings, teasers
//! junk    = *( DIGIT / punctuation )            ; "0", "1 / 23", "|"
//! ```
//!
//! A *word* is a whitespace-separated token, or two CJK characters (Chinese and Japanese
//! write no spaces). A block has a *sentence end* when it ends like a sentence or has two
//! sentence ends inside. Nothing here depends on the language: the lexicon hit is the only
//! language-specific signal, and its absence proves nothing.
//!
//! ## Examples
//!
//! ```text
//! > | The city on Tuesday released its plan to convert the rail yard into a park.
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ prose
//! > | Local News
//!     ^^^^^^^^^^ short, title case
//! > | By Maria Lopez
//!     ^^^^^^^^^^^^^^ short, byline-like
//! > | June 12, 2024 at 6:15 a.m.
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^ short, date-like
//! ```

use std::cell::{Cell, OnceCell};

use once_cell::sync::Lazy;

use super::dfa::Dfa;

use crate::parser::boilerplate::{self, Hit, UserLexicon, lexicon};
use crate::parser::partial::date::is_month_word;
use crate::parser::text::{Hints, ends_like_sentence, is_terminal};

/// The shape of a block, from its length and punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Long and sentence-shaped.
    Prose,
    /// Medium length, sentence-shaped.
    Medium,
    /// A few words ending like a sentence (`He declined.`).
    ShortSentence,
    /// A few words with no sentence end: menu entries, labels, subheadings, titles.
    Short,
    /// No letters at all.
    Junk,
}

/// What one block's text says about it.
///
/// The lexicon hit is found when the signals are made: whether a page shows furniture at
/// all, which decides everything else, is counted from the hits of all its blocks. The
/// rest, the block's [`Size`] (its words read one by one) and each [`Reading`], is
/// computed when a rule first asks: on a page with no region search, most blocks are never
/// asked.
#[derive(Debug, Clone)]
pub(crate) struct Signals<'t> {
    /// The block's text, as given to [`of`].
    text: &'t str,
    /// The same, trimmed: what each [`Reading`] reads (trimmed once, not once a reading).
    trimmed: &'t str,
    /// Its size and shape, once known.
    size: OnceCell<Size>,
    /// Which of its [`Reading`]s are known (one bit each) ...
    known: Cell<u8>,
    /// ... and, of those, which hold.
    holds: Cell<u8>,
    /// The marker phrases the lexicon's scan found in it: (byline, credit, sign-off).
    markers: (bool, bool, bool),
    /// Whether the scan found a link row's separator (`|`, `·`, `•`) and a breadcrumb's
    /// (`>`, `»`, `›`): without one, the block is neither, and is not read for them.
    separators: (bool, bool),
    /// The words the classifier's line tests search for that the scan found.
    pub(crate) hints: Hints,
    /// Ends with a colon (`Read more stories about:`).
    pub(crate) colon: bool,
    /// The raw block is a bulleted or numbered list, or one item of one.
    pub(crate) list: bool,
    /// The lexicon hit, if any.
    pub(crate) hit: Option<Hit>,
    /// The same text appears in another block of the page.
    pub(crate) repeated: bool,
    /// Introduces a person by their trade: `Ann Lee is a reporter for ...`, an author box.
    /// Set by [`mark_bios`] for the labels at the region's end and after it, its only
    /// reader; `false` before.
    pub(crate) bio_like: bool,
    /// Starts with a title glued to the text after it (`Mayor Vetoes BudgetThe mayor
    /// said ...`): a teaser whose headline and summary lost the space between them. Set
    /// by [`mark_region_signals`] for the region search, its only reader; `false` before.
    pub(crate) glued_title: bool,
}

/// What a block's words say about it: [`Signals::weight`], [`Signals::shape`] and
/// [`Signals::title_case`].
#[derive(Debug, Clone, Copy)]
struct Size {
    weight: u32,
    shape: Shape,
    title_case: bool,
}

/// What a short block may read like, each computed when first asked (one bit of
/// [`Signals`]' caches).
#[derive(Debug, Clone, Copy)]
enum Reading {
    LinkRow = 1,
    Date = 2,
    Byline = 4,
    Credit = 8,
    SignOff = 16,
}

impl Signals<'_> {
    /// Words split by `|`, `·` or `•` into three or more short parts: a link row.
    pub(crate) fn link_row(&self) -> bool {
        self.reading(Reading::LinkRow, |t| {
            t.len() <= SHORT_MAX_BYTES
                && (self.separators.0 && link_row(t) || self.may_be_breadcrumb() && breadcrumb(t))
        })
    }

    /// Whether the block has a breadcrumb's separator (`>`, `»`, `›`), which
    /// [`breadcrumb`] needs: a test that reads no byte.
    pub(crate) fn may_be_breadcrumb(&self) -> bool {
        self.separators.1
    }

    /// Reads like a date or time line.
    pub(crate) fn date_like(&self) -> bool {
        // A date line has a digit: the words are counted only then.
        self.reading(Reading::Date, |t| {
            t.bytes().any(|b| b.is_ascii_digit())
                && self.short_weight(t).is_some_and(|w| date_like(t, w))
        })
    }

    /// Reads like an author line (`By ...`, `... reporter`, `... 기자`).
    pub(crate) fn byline_like(&self) -> bool {
        self.reading(Reading::Byline, |t| {
            (self.markers.0 || opens_byline(t)) && self.short_weight(t).is_some_and(|w| w <= 14)
        })
    }

    /// Reads like a photo credit or caption label.
    pub(crate) fn credit_like(&self) -> bool {
        self.reading(Reading::Credit, |t| {
            self.markers.1 && self.short_weight(t).is_some_and(|w| w <= 24)
        })
    }

    /// Ends with a photo credit after caption text (`... in October. Tessa Lund for The
    /// Daily Ledger`).
    pub(crate) fn caption_credit(&self) -> bool {
        crate::parser::caption::has_trailing_credit(self.text)
    }

    /// Reads like a wire sign-off or a contributor line.
    pub(crate) fn signoff_like(&self) -> bool {
        self.reading(Reading::SignOff, |t| {
            (self.markers.2 || bare_agency(t)) && self.short_weight(t).is_some()
        })
    }

    /// Reading `r` of the block, from `read` of its trimmed text the first time.
    fn reading(&self, r: Reading, read: impl FnOnce(&str) -> bool) -> bool {
        let bit = r as u8;
        if self.known.get() & bit != 0 {
            return self.holds.get() & bit != 0;
        }
        let holds = read(self.trimmed);
        self.known.set(self.known.get() | bit);
        if holds {
            self.holds.set(self.holds.get() | bit);
        }
        holds
    }

    /// The weight of a short block (trimmed text `text`, at most [`SHORT_MAX_BYTES`] and
    /// 40 words): only a short block has readings besides the link row.
    fn short_weight(&self, text: &str) -> Option<u32> {
        if text.len() > SHORT_MAX_BYTES {
            return None;
        }
        Some(self.weight()).filter(|&w| w <= 40)
    }

    /// Size in words (CJK characters count half a word each).
    pub(crate) fn weight(&self) -> u32 {
        self.size().weight
    }

    /// The block's shape.
    pub(crate) fn shape(&self) -> Shape {
        self.size().shape
    }

    /// Most of its cased words start with a capital (`Real Estate`, `HS FOOTBALL`).
    pub(crate) fn title_case(&self) -> bool {
        self.size().title_case
    }

    fn size(&self) -> Size {
        *self.size.get_or_init(|| size(self.text, self.colon))
    }

    /// Whether the shape is that of article text (prose or medium).
    pub(crate) fn is_text(&self) -> bool {
        matches!(self.shape(), Shape::Prose | Shape::Medium)
    }

    /// Whether the block is short and not a sentence (a menu entry, a label, a title).
    pub(crate) fn is_short(&self) -> bool {
        matches!(self.shape(), Shape::Short | Shape::Junk)
    }
}

/// Words of at least this weight with a sentence end are prose.
const PROSE_WEIGHT: u32 = 12;
/// Words of at least this weight with a sentence end are medium.
const MEDIUM_WEIGHT: u32 = 6;

/// Abbreviations whose period ends no sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "inc", "co", "corp", "ltd", "no", "gov",
    "sen", "rep", "gen", "col", "lt", "sgt", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
    "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "etc", "prof", "rev", "capt", "cmdr", "sra",
    "sr", "dra",
];

/// Whether `c` is a Chinese or Japanese character (written without spaces between words).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF)
}

/// Characters of a script without spaces that count as one word.
const UNSPACED_CHARS: u32 = 5;

/// Whether `c` is Thai, Lao, Myanmar or Khmer: scripts written without spaces between words
/// (a space ends a phrase or a sentence) and without a full stop.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF)
}

/// Whether the token ends a sentence (`said.`, `now?”`), as opposed to `U.S.` or `Mr.`.
fn ends_sentence_token(token: &str) -> bool {
    // Most words end with a letter: no sentence end, nothing to trim.
    if token
        .as_bytes()
        .last()
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b',')
    {
        return false;
    }
    let t = token.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']);
    let Some(last) = t.chars().next_back() else {
        return false;
    };
    if !is_terminal(last) {
        return false;
    }
    if last != '.' {
        return true;
    }
    let word = t.trim_end_matches('.');
    // Fewer than two letters: no sentence end (the count stops at the second letter).
    let letters = word.chars().filter(|c| c.is_alphabetic()).take(2).count();
    if letters < 2 || word.contains('.') {
        return false;
    }
    // Every abbreviation is short; a longer word ends a sentence.
    let bare = word.trim_start_matches(['(', '"', '“', '‘']);
    bare.len() > 5 || !is_abbreviation(bare)
}

/// Whether `word` (five bytes at most) is one of the [`ABBREVIATIONS`], in any ASCII case:
/// lowercased on the stack into a number ([`abbreviation_key`]) and found among theirs by a
/// binary search over numbers (a search over byte strings compared each through `memcmp`).
fn is_abbreviation(word: &str) -> bool {
    word.len() <= 5
        && abbreviation_key(word.as_bytes())
            .is_some_and(|k| ABBREVIATION_KEYS.binary_search(&k).is_ok())
}

/// `word` in ASCII lower case as a number: its bytes, then its length in the last byte (two
/// words have the same number only when they are the same). `None` past seven bytes.
fn abbreviation_key(word: &[u8]) -> Option<u64> {
    let mut buf = [0u8; 8];
    buf.get_mut(..word.len())
        .filter(|_| word.len() < 8)?
        .copy_from_slice(word);
    buf.make_ascii_lowercase();
    *buf.last_mut()? = u8::try_from(word.len()).ok()?;
    Some(u64::from_le_bytes(buf))
}

/// [`ABBREVIATIONS`] as [`abbreviation_key`]s, sorted for a binary search.
static ABBREVIATION_KEYS: Lazy<Vec<u64>> = Lazy::new(|| {
    let mut keys: Vec<u64> = ABBREVIATIONS
        .iter()
        .filter_map(|a| abbreviation_key(a.as_bytes()))
        .collect();
    keys.sort_unstable();
    keys
});

/// Words that mark a publication or update line.
const DATE_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "modified",
    "ago",
    "atualizado",
    "publicado",
    "actualizado",
    "publié",
    "pubblicato",
    "aggiornato",
    "veröffentlicht",
    "aktualisiert",
    "입력",
    "수정",
    "승인",
];

/// Whether `text` reads like a date or time line: a number with a month name or a
/// publication word, or a numeric date or time.
fn date_like(text: &str, weight: u32) -> bool {
    if weight > 16 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    has_numeric_date(text)
        || text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3)
            .any(|w| is_month_word(w) || DATE_WORDS.iter().any(|d| w.eq_ignore_ascii_case(d)))
}

/// `19/05/2023`, `2023.05.19`, `2018-08-16`, `14:02`.
fn has_numeric_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(3).enumerate().any(|(i, w)| {
        let [a, sep, c] = w else { return false };
        a.is_ascii_digit()
            && c.is_ascii_digit()
            && matches!(sep, b'/' | b'.' | b'-' | b':')
            && (i == 0 || b.get(i.wrapping_sub(1)).is_some_and(u8::is_ascii_digit))
            && b.get(i + 3).is_some_and(u8::is_ascii_digit)
    })
}

/// What a marker phrase says about the short line it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// A writer's role: `reporter`, `staff writer`, `기자`.
    Byline,
    /// A photo credit: `Getty`, `AP Photo`, `사진`.
    Credit,
    /// A trailer: `contributed to this report`, `Editor's note`.
    SignOff,
    /// A copyright sign or word, which with a year makes a copyright line (the lexicon's
    /// last test, `boilerplate::lookup_normalised`).
    Copyright,
    /// A separator of a link row ([`link_row`]).
    RowSeparator,
    /// A separator of a breadcrumb trail ([`breadcrumb`]).
    Angle,
    /// A word a classifier's line test searches for: its bit of [`Hints`].
    Hint(u8),
}

/// Marker phrases, matched case-insensitively anywhere in a block: a short line's readings
/// read the first three kinds, the lexicon's copyright test the next, the link-row and
/// breadcrumb readings the separators.
const MARKERS: &[(&str, Marker)] = &[
    ("reporter", Marker::Byline),
    ("correspondent", Marker::Byline),
    ("writer", Marker::Byline),
    ("editor", Marker::Byline),
    ("columnist", Marker::Byline),
    ("contributor", Marker::Byline),
    ("기자", Marker::Byline),
    ("photo", Marker::Credit),
    ("image", Marker::Credit),
    ("credit", Marker::Credit),
    ("getty", Marker::Credit),
    ("reuters", Marker::Credit),
    ("afp", Marker::Credit),
    ("associated press", Marker::Credit),
    ("(ap)", Marker::Credit),
    ("shutterstock", Marker::Credit),
    ("istock", Marker::Credit),
    ("foto", Marker::Credit),
    ("사진", Marker::Credit),
    ("contributed to this report", Marker::SignOff),
    ("contributed reporting", Marker::SignOff),
    ("contributed to this story", Marker::SignOff),
    ("reporting by", Marker::SignOff),
    ("editing by", Marker::SignOff),
    ("writing by", Marker::SignOff),
    ("additional reporting", Marker::SignOff),
    ("with inputs from", Marker::SignOff),
    ("with assistance from", Marker::SignOff),
    ("compiled by", Marker::SignOff),
    ("editor's note", Marker::SignOff),
    ("editor’s note", Marker::SignOff),
    ("correction:", Marker::SignOff),
    ("clarification:", Marker::SignOff),
    ("this story has been", Marker::SignOff),
    ("this article has been", Marker::SignOff),
    ("this story was", Marker::SignOff),
    ("this article was", Marker::SignOff),
    ("this version corrects", Marker::SignOff),
    ("with files from", Marker::SignOff),
    ("©", Marker::Copyright),
    ("copyright", Marker::Copyright),
    ("(c)", Marker::Copyright),
    ("|", Marker::RowSeparator),
    ("·", Marker::RowSeparator),
    ("•", Marker::RowSeparator),
    (">", Marker::Angle),
    ("»", Marker::Angle),
    ("›", Marker::Angle),
    ("credit", Marker::Hint(Hints::CREDIT)),
    ("photo", Marker::Hint(Hints::PHOTO)),
    ("image", Marker::Hint(Hints::PHOTO)),
    ("ontribut", Marker::Hint(Hints::CONTRIBUTE)),
];

/// The [`MARKERS`] and, after them, the boilerplate lexicon's phrases found anywhere in a
/// block ([`lexicon::ANYWHERE`]): one pass over a block finds both, through a dense
/// automaton ([`Dfa`]) walked by [`phrases`] itself.
///
/// Each phrase is cut to its first [`PHRASE_CUT`] bytes, and [`phrases`] compares the rest
/// where a cut phrase matches: the automaton has a state for each byte of every phrase
/// (a row of 256 next states each), and most of those bytes were in the long tails of long
/// phrases.
static PHRASE_DFA: Lazy<Option<Dfa>> = Lazy::new(|| {
    Dfa::new(all_phrases().map(|p| p.as_bytes().get(..PHRASE_CUT).unwrap_or(p.as_bytes())))
});

/// Bytes of a phrase that [`PHRASE_DFA`] matches; the rest is compared after a match.
const PHRASE_CUT: usize = 8;

/// The phrases of [`PHRASE_DFA`], in the order of its pattern ids.
fn all_phrases() -> impl Iterator<Item = &'static str> {
    MARKERS
        .iter()
        .map(|m| m.0)
        .chain(lexicon::ANYWHERE.iter().map(|e| e.0))
}

/// Pattern `p` of [`PHRASE_DFA`], in full.
fn phrase(p: usize) -> &'static str {
    match MARKERS.get(p) {
        Some(m) => m.0,
        None => lexicon::ANYWHERE.get(p - MARKERS.len()).map_or("", |e| e.0),
    }
}

/// What one pass of [`PHRASE_DFA`] finds in a block.
#[derive(Debug, Default, Clone, Copy)]
struct Phrases {
    /// Markers found: (byline, credit, sign-off).
    markers: (bool, bool, bool),
    /// The first [`lexicon::ANYWHERE`] phrase, as its leftmost-longest search would find
    /// it: the leftmost start, then the longest, then the first in the table; its index.
    anywhere: Option<usize>,
    /// A copyright mark: `©`, `copyright` or `(c)`, in any ASCII letter case.
    copyright: bool,
    /// A link row's separator and a breadcrumb's (see [`Signals`]).
    separators: (bool, bool),
    /// The [`Hints`] bits of the words found.
    hints: u8,
}

/// The marker and boilerplate phrases in `text`, from every match of each (overlapping).
///
/// The automaton is stepped a byte at a time here: most blocks have no phrase, and the loop
/// below touches memory only for the transition.
fn phrases(text: &str) -> Phrases {
    let mut found = Phrases::default();
    let Some(dfa) = PHRASE_DFA.as_ref() else {
        return found;
    };
    let mut sid = dfa.start();
    // (start, end, index) of the best ANYWHERE phrase so far.
    let mut best: Option<(usize, usize, usize)> = None;
    let bytes = text.as_bytes();
    // How many bytes were read.
    let mut at = 0;
    while let Some(rest) = bytes.get(at..).filter(|r| !r.is_empty()) {
        let (s, read) = dfa.run(sid, rest);
        sid = s;
        at += read;
        if !dfa.is_match(sid) {
            break;
        }
        for &pid in dfa.matches(sid) {
            let p = usize::from(pid);
            // The cut phrase ends here: the whole phrase must follow from its start.
            let start = at - dfa.len_of(pid);
            let whole = phrase(p).as_bytes();
            let end = start + whole.len();
            if !bytes
                .get(start..end)
                .is_some_and(|t| t.eq_ignore_ascii_case(whole))
            {
                continue;
            }
            match MARKERS.get(p).map(|e| e.1) {
                Some(Marker::Byline) => found.markers.0 = true,
                Some(Marker::Credit) => found.markers.1 = true,
                Some(Marker::SignOff) => found.markers.2 = true,
                Some(Marker::Copyright) => found.copyright = true,
                Some(Marker::RowSeparator) => found.separators.0 = true,
                Some(Marker::Angle) => found.separators.1 = true,
                Some(Marker::Hint(bit)) => found.hints |= bit,
                None => {
                    let here = (start, end, p - MARKERS.len());
                    let better = best.is_none_or(|(s, e, i)| {
                        here.0 < s || here.0 == s && (here.1 > e || here.1 == e && here.2 < i)
                    });
                    if better {
                        best = Some(here);
                    }
                }
            }
        }
    }
    found.anywhere = best.map(|b| b.2);
    found
}

/// Whether the line opens with a byline word (`By`, `Por`, `Von` ...).
fn opens_byline(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    ["by", "por", "von", "par", "di", "de"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
        && (text.len() > first.len() || first.eq_ignore_ascii_case("by"))
}

/// Whether the whole line is a wire agency's sign-off (`Reuter`, `(AP)`, `AFP`).
fn bare_agency(text: &str) -> bool {
    const AGENCIES: [&str; 8] = [
        "reuter", "reuters", "ap", "afp", "upi", "dpa", "xinhua", "end",
    ];
    // A text that opens and ends with an ASCII letter or digit is its own bare form: longer
    // than every agency's name, it is none, and no char of it is decoded.
    let longest = AGENCIES.iter().map(|a| a.len()).max().unwrap_or(0);
    let b = text.as_bytes();
    let solid = |c: Option<&u8>| c.is_some_and(u8::is_ascii_alphanumeric);
    if text.len() > longest && solid(b.first()) && solid(b.last()) {
        return false;
    }
    let bare = text.trim_matches(|c: char| !c.is_alphanumeric());
    AGENCIES.iter().any(|a| bare.eq_ignore_ascii_case(a))
}

/// Whether `text` is a row of three or more short links split by `|`, `·` or `•`.
fn link_row(text: &str) -> bool {
    // Most blocks have no separator at all: one part, no row.
    if !has_row_separator(text) {
        return false;
    }
    let mut parts = 0usize;
    for p in text
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if p.split_whitespace().nth(5).is_some() {
            return false;
        }
        parts += 1;
    }
    parts >= 3
}

/// Whether `text` has a `|`, `·` or `•`: found through their bytes (`·` is C2 B7, `•` E2 80
/// A2) by vectorised scans, without decoding the text, in which curly quotes and accented
/// letters often put the lead bytes C2 and E2.
fn has_row_separator(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr(b'|', b).is_some()
        || memchr::memchr2_iter(0xC2, 0xE2, b).any(|i| {
            b.get(i..i + 2) == Some(&[0xC2, 0xB7][..])
                || b.get(i..i + 3) == Some(&[0xE2, 0x80, 0xA2][..])
        })
}

/// Whether `text` is a breadcrumb trail: short parts split by ` > `, ` » ` or ` › `
/// (`Home > Science > Space`, `首页 > 科技频道 > 探索者 > 正文`). A shell line
/// (`$ echo 'x' > file`) or a quoted reply (`> text`) is none.
pub(crate) fn breadcrumb(text: &str) -> bool {
    const SEPS: [&str; 3] = [" > ", " » ", " › "];
    // A paragraph is too long to be one: ruled out before its bytes are scanned.
    if text.len() > BREADCRUMB_MAX_BYTES {
        return false;
    }
    // Most blocks have no `>`, `»` (C2 BB) or `›` (E2 80 BA): memchr scans rule them out.
    let b = text.as_bytes();
    let angled = memchr::memchr(b'>', b).is_some()
        || memchr::memchr2_iter(0xC2, 0xE2, b)
            .any(|i| b.get(i + 1) == Some(&0xBB) || b.get(i + 1..i + 3) == Some(&[0x80, 0xBA][..]));
    if !angled {
        return false;
    }
    if text.contains('\n')
        || text.starts_with(['$', '>'])
        || text.trim_end().ends_with(['.', '!', '?', '。'])
        || !SEPS.iter().any(|s| text.contains(s))
    {
        return false;
    }
    let mut parts = 0usize;
    let mut rest = text;
    loop {
        let next = SEPS
            .iter()
            .filter_map(|s| rest.find(s).map(|at| (at, s.len())))
            .min();
        let (part, after) = match next {
            Some((at, len)) => (rest.get(..at), rest.get(at + len..)),
            None => (Some(rest), None),
        };
        let part = part.unwrap_or("").trim();
        // Each part names a section: it does not open in lower case.
        if part.is_empty()
            || part.starts_with(char::is_lowercase)
            || part.split_whitespace().nth(6).is_some()
            || part.contains(['\'', '"', '`', '=', ';', '“', '”'])
        {
            return false;
        }
        parts += 1;
        match after {
            Some(a) => rest = a,
            None => break,
        }
    }
    parts >= 2
}

/// Whether a token is two words glued at a case change: `StandWarren`, `250,000The`,
/// `AthleteA`; not `McDonald` (one lower-case letter before the capital) or `iPhone`.
fn is_glued(token: &str) -> bool {
    if !token.chars().next().is_some_and(char::is_alphanumeric) {
        return false;
    }
    let mut lower_run = 0usize;
    let mut digit = false;
    let mut chars = token.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_uppercase() {
            let next = chars.peek().copied();
            let starts_word = next.is_none_or(char::is_lowercase);
            if starts_word && (lower_run >= 2 || digit) {
                return true;
            }
            lower_run = 0;
            digit = false;
        } else if c.is_lowercase() {
            lower_run += 1;
        } else if c.is_ascii_digit() {
            digit = true;
            lower_run = 0;
        } else if !matches!(c, '\'' | '’' | ',' | '.') {
            lower_run = 0;
            digit = false;
        }
    }
    false
}

/// Sets [`Signals::glued_title`] of the text blocks (`texts`, one per signal). Only the
/// region search reads it, and most pages need no region search: it is looked for only on
/// a page that has one.
pub(crate) fn mark_region_signals(sigs: &mut [Signals<'_>], texts: &[&str]) {
    for (s, text) in sigs.iter_mut().zip(texts) {
        if s.is_text() {
            s.glued_title = glued_title(text.trim());
        }
    }
}

/// Sets [`Signals::bio_like`] of the text blocks (`texts`, one per signal): only the last
/// blocks of a region and the blocks after it are read for an author box, so the caller
/// passes those.
pub(crate) fn mark_bios(sigs: &mut [Signals<'_>], texts: &[&str]) {
    for (s, text) in sigs.iter_mut().zip(texts) {
        if s.is_text() {
            s.bio_like = s.weight() <= 90 && bio_like(text.trim());
        }
    }
}

/// Whether the text opens with two or more title-case words and then a glued token.
fn glued_title(text: &str) -> bool {
    let mut words = 0usize;
    let mut capital = 0usize;
    for (i, token) in text.split_whitespace().take(30).enumerate() {
        // `5 * capital - 4 * words` grows by at most one a token: once the tokens left
        // before the 30th cannot bring it to 0, no later token can pass the test below.
        if capital * 5 + (29 - i) < words * 4 {
            return false;
        }
        let Some(first) = token.chars().next() else {
            continue;
        };
        if i >= 2 && words >= 2 && capital * 5 >= words * 4 && is_glued(token) {
            return true;
        }
        if first.is_alphabetic() {
            words += 1;
            capital += usize::from(first.is_uppercase());
        }
    }
    false
}

/// Whether `text` may open with a list marker (checked before running the list parser).
pub(crate) fn may_open_list(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        c.is_ascii_digit() || matches!(c, '•' | '-' | '*' | '·' | '▪' | '►' | '◦' | '‣')
    })
}

/// How the first word of block `text` opens a line of a list: `1` a number, `2` a month
/// name, `3` a bullet; `0` anything else. Schedules and rankings repeat it line after line.
pub(crate) fn lead(text: &str) -> u8 {
    let text = text.trim();
    let Some(first) = text.split_whitespace().next() else {
        return 0;
    };
    if may_open_list(text) && crate::parser::list::bullet_len(text).is_some() || first == "+" {
        return 3;
    }
    if first.starts_with(|c: char| c.is_ascii_digit()) {
        return 1;
    }
    let word = first.trim_matches(|c: char| !c.is_alphabetic());
    if is_month_word(word) {
        return 2;
    }
    0
}

/// Words that name a writer's trade in an author box.
const TRADES: &[&str] = &[
    "writer",
    "reporter",
    "journalist",
    "editor",
    "correspondent",
    "columnist",
    "contributor",
    "author",
    "producer",
    "blogger",
    "freelance",
    "photographer",
    "critic",
    "analyst",
    "host",
    "jornalista",
    "periodista",
    "journaliste",
    "redakteur",
    "redakteurin",
];

/// Whether block `text` (with signals `s`) heads an author box: `About Jane Doe`, `Sobre
/// Carlos Nadalim`. Asked only of the few blocks where an author box may be.
pub(crate) fn heads_author_box(s: &Signals<'_>, text: &str) -> bool {
    let text = text.trim();
    // The opening word first: it rules out nearly every block before its words are counted.
    text.len() <= 300 && about_header(text) && s.weight() <= 8
}

/// Whether the first sentence of `text` introduces someone: a capitalised name of one to
/// four words, then `is`/`was`/`writes`/`covers` ..., and a trade word before the first
/// sentence end.
/// `About Jane Doe`, `Sobre Carlos Nadalim`, `À propos de Marie Curie`: "about" in one of
/// the lexicon's languages, then a person's name and nothing else.
fn about_header(text: &str) -> bool {
    let Some(rest) = [
        "about ",
        "sobre ",
        "acerca de ",
        "à propos de ",
        "über ",
        "su ",
    ]
    .iter()
    .find_map(|p| crate::parser::text::strip_prefix_ci(text, p)) else {
        return false;
    };
    // A person: `About Brightwater Labs` closing a press release is the company's profile,
    // `About Jeongdong Theater` a travel story's section.
    crate::parser::partial::names::is_person_line(rest)
        && !rest.split_whitespace().any(|w| {
            crate::parser::quote::lexicon::is(&crate::parser::quote::lexicon::ORG_WORDS, w)
        })
}

/// On a page with no region search: whether block `text` (with signals `s`) is the author
/// box closing the article, `Laura Chen is an urban planner and the author of ...`, about
/// one of the page's `authors` (from its `By ...` lines), named in full. An article's own
/// last paragraph about someone else (`John Smith was a reporter for the Herald for 40
/// years.`, closing an obituary) names no author of the page.
pub(crate) fn closing_bio(s: &Signals<'_>, text: &str, authors: &[String]) -> bool {
    if !s.is_text() || s.hit.is_some() || s.weight() > 90 {
        return false;
    }
    let text = text.trim();
    let name: Vec<&str> = text
        .split_whitespace()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .take(4)
        .collect();
    if name.len() < 2 || !bio_like(text) {
        return false;
    }
    let name = name.join(" ");
    authors.contains(&name)
}

fn bio_like(text: &str) -> bool {
    let mut tokens = text.split_whitespace();
    let mut names = 0usize;
    let mut verb = false;
    let mut verb_word = "";
    for token in tokens.by_ref().take(6) {
        if token.chars().next().is_some_and(char::is_uppercase) {
            names += 1;
            continue;
        }
        verb_word = token;
        verb = matches!(
            token,
            "is" | "was"
                | "has"
                | "writes"
                | "covers"
                | "reports"
                | "joined"
                | "é"
                | "es"
                | "est"
                | "ist"
        );
        break;
    }
    if !(1..=5).contains(&names) || !verb {
        return false;
    }
    // `X reports on the Midwest for The Times`: the trade is in the verb, and the paper
    // (a capitalised name after `for`) or where the writer is based shows it.
    let trade_verb = matches!(verb_word, "reports" | "covers" | "writes");
    // `Harriet Okafor covers housing and rural affairs.`: a full name that covers a beat,
    // in a short sentence.
    let beat = verb_word == "covers"
        && names >= 2
        && tokens
            .clone()
            .take(8)
            .position(ends_sentence_token)
            .is_some();
    if beat {
        return true;
    }
    let mut after_for = false;
    for token in tokens.take(30) {
        let word = token
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if TRADES.contains(&word.as_str())
            || trade_verb && after_for && token.starts_with(char::is_uppercase)
        {
            return true;
        }
        after_for = word == "for";
        if ends_sentence_token(token) {
            break;
        }
    }
    false
}

/// What one pass over a block's words counts.
#[derive(Debug, Default)]
struct Words {
    weight: u32,
    sentence_ends: u32,
    /// Words whose first letter has a case.
    cased: u32,
    /// Of those, the ones that start with a capital.
    capital: u32,
    /// Any letter (or CJK character) at all.
    letters: bool,
    /// The part of `weight` from scripts written without spaces between words (Thai,
    /// Lao, Khmer, Myanmar), which also end no sentence with a mark.
    unspaced: u32,
}

/// Whether `b` splits words: ASCII whitespace.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Counts the words of `text` in one pass over its bytes. Words are split at ASCII
/// whitespace. A word of ASCII only, nearly every word of most pages, is found eight bytes
/// at a time ([`next_stop`]) and looked at only at its first letter and its last byte;
/// a word with other bytes is walked by [`wide_word`].
fn count_words(text: &str) -> Words {
    let mut w = Words::default();
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        // The next word: skip the spaces before it.
        while bytes.get(i).is_some_and(|&b| is_space(b)) {
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        let start = i;
        let (end, wide) = word_end(bytes, start);
        // A word ends at a space (or the end): the next is looked for after it.
        i = end + 1;
        if wide {
            wide_word(&mut w, text, start, end);
        } else {
            ascii_word(&mut w, text, start, end);
        }
    }
    w
}

/// The end of the word that starts at `start` (its first space, or the end of `bytes`),
/// and whether the word has a byte outside ASCII.
fn word_end(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut i = start;
    loop {
        i = next_stop(bytes, i);
        match bytes.get(i) {
            None => return (i, false),
            Some(&b) if b >= 0x80 => break,
            Some(&b) if is_space(b) => return (i, false),
            // A control byte that is no space: part of the word.
            Some(_) => i += 1,
        }
    }
    while bytes.get(i).is_some_and(|&b| !is_space(b)) {
        i += 1;
    }
    (i, true)
}

/// The first index from `i` on whose byte is below `!` (a space or a control byte) or not
/// ASCII, or the length of `bytes`: eight bytes at a time, as one `u64`.
fn next_stop(bytes: &[u8], mut i: usize) -> usize {
    const BANG: u64 = 0x2121_2121_2121_2121;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // (`i + 8` cannot overflow: `i` is at most the length of a slice.)
    while let Some(chunk) = bytes
        .get(i..i + 8)
        .and_then(|c| <&[u8; 8]>::try_from(c).ok())
    {
        let x = u64::from_le_bytes(*chunk);
        // Per byte, the high bit: set when the byte is below `!` (borrows can set it in a
        // byte above such a byte, never below it) or is itself set. The lowest is exact.
        let stops = ((x.wrapping_sub(BANG) & !x) | x) & HIGH;
        if stops != 0 {
            return i + (stops.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| (0x21..0x80).contains(&b)) {
        i += 1;
    }
    i
}

/// Counts the ASCII word `text[start..end]`: one word, its first letter's case, and a
/// sentence end.
fn ascii_word(w: &mut Words, text: &str, start: usize, end: usize) {
    w.weight += 1;
    let bytes = text.as_bytes();
    // Most words open with their first letter.
    let first = match bytes.get(start) {
        Some(&b) if b.is_ascii_alphabetic() => Some(b),
        _ => bytes
            .get(start..end)
            .and_then(|word| word.iter().find(|b| b.is_ascii_alphabetic()))
            .copied(),
    };
    if let Some(first) = first {
        w.letters = true;
        w.cased += 1;
        w.capital += u32::from(first.is_ascii_uppercase());
    }
    // Only a word whose last byte may close a sentence is looked at again.
    if matches!(
        bytes.get(end.wrapping_sub(1)),
        Some(b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']')
    ) && text.get(start..end).is_some_and(ends_sentence_token)
    {
        w.sentence_ends += 1;
    }
}

/// Counts the word `text[start..end]`, which has a byte outside ASCII. A character is
/// decoded only at a non-ASCII byte that opens a word or may be a CJK character (its UTF-8
/// lead byte is `E3` to `E9`, or `EF` for full-width marks) or a character of a script
/// written without spaces (`E0`, `E1`).
// Out of line: most words are ASCII, and inlined into `count_words` this body left that
// loop fewer registers (about 4% more instructions over a corpus).
#[inline(never)]
fn wide_word(w: &mut Words, text: &str, start: usize, end: usize) {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut cjk = 0u32;
    let mut unspaced = 0u32;
    let mut first_letter = false;
    while let Some(&byte) = bytes.get(i).filter(|_| i < end) {
        i += 1;
        if byte < 0x80 {
            if first_letter {
                // The rest of an ASCII run: nothing to look at.
                while i < end && bytes.get(i).is_some_and(|&b| b < 0x80) {
                    i += 1;
                }
            } else if byte.is_ascii_alphabetic() {
                first_letter = true;
                w.letters = true;
                w.cased += 1;
                w.capital += u32::from(byte.is_ascii_uppercase());
            }
            continue;
        }
        // A continuation byte, or a lead byte of a character that is neither a first
        // letter nor CJK: nothing to decode.
        let maybe_cjk = (0xE3..=0xE9).contains(&byte);
        let maybe_unspaced = byte == 0xE0 || byte == 0xE1;
        if byte < 0xC0 || (first_letter && !maybe_cjk && !maybe_unspaced) {
            continue;
        }
        let Some(c) = text.get(i - 1..).and_then(|t| t.chars().next()) else {
            continue;
        };
        if maybe_unspaced && is_unspaced(c) {
            unspaced += 1;
            w.letters = true;
        }
        if maybe_cjk && is_cjk(c) {
            cjk += 1;
            w.letters = true;
        }
        if !first_letter && crate::parser::text::is_alphabetic(c) {
            first_letter = true;
            w.letters = true;
            if c.is_uppercase() || c.is_lowercase() {
                w.cased += 1;
                w.capital += u32::from(c.is_uppercase());
            }
        }
    }
    // Five characters (vowel signs included) make a Thai word, about.
    if unspaced > UNSPACED_CHARS {
        w.weight += unspaced / UNSPACED_CHARS;
        w.unspaced += unspaced / UNSPACED_CHARS;
    } else {
        w.weight += if cjk > 1 { cjk / 2 } else { 1 };
    }
    // Only a word whose last byte may close a sentence is looked at again.
    let last = bytes.get(end.wrapping_sub(1)).copied().unwrap_or(b' ');
    if matches!(
        last,
        b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']' | 0x80..=0xBF
    ) && let Some(token) = text.get(start..end)
    {
        if cjk > 0 {
            w.sentence_ends += u32::try_from(
                token
                    .chars()
                    .filter(|c| matches!(c, '。' | '！' | '？'))
                    .count(),
            )
            .unwrap_or(0);
        } else if ends_sentence_token(token) {
            w.sentence_ends += 1;
        }
    }
}

/// The [`Size`] of block `text` (untrimmed), which ends with a colon or not (`colon`).
fn size(text: &str, colon: bool) -> Size {
    let words = count_words(text);
    let (weight, sentence_ends, cased, capital, letters) = (
        words.weight,
        words.sentence_ends,
        words.cased,
        words.capital,
        words.letters,
    );
    let ends = ends_like_sentence(text);
    // A long line ending with a colon introduces a list or a quote: prose.
    // Thai and its neighbours mark no sentence end: a block mostly in them is sentence-
    // shaped by its length alone.
    let unspaced = words.unspaced * 2 >= weight && weight >= MEDIUM_WEIGHT;
    let sentence = ends || sentence_ends >= 2 || (colon && weight >= PROSE_WEIGHT) || unspaced;
    let shape = if !letters {
        Shape::Junk
    } else if sentence && weight >= PROSE_WEIGHT {
        Shape::Prose
    } else if sentence && weight >= MEDIUM_WEIGHT {
        Shape::Medium
    } else if ends && weight >= 2 {
        Shape::ShortSentence
    } else {
        Shape::Short
    };
    Size {
        weight,
        shape,
        title_case: cased > 0 && capital * 5 >= cased * 3,
    }
}

/// The longest block (trimmed, in bytes) that may be short: only such a block has
/// [`Reading`]s to read.
const SHORT_MAX_BYTES: usize = 300;

// A short block's markers come from the scan that serves the lexicon, and so do the
// separators of the link-row and breadcrumb readings.
const _: () = assert!(SHORT_MAX_BYTES <= lexicon::ANYWHERE_MAX_BYTES);
const _: () = assert!(BREADCRUMB_MAX_BYTES <= lexicon::ANYWHERE_MAX_BYTES);

/// The longest block (in bytes) that may be a breadcrumb trail.
const BREADCRUMB_MAX_BYTES: usize = 200;

/// The signals of one block: its `text` (all its lines) and whether it is a bullet list.
pub(crate) fn of<'t>(
    text: &'t str,
    list: bool,
    normalised: Option<&str>,
    user: &UserLexicon,
) -> Signals<'t> {
    let whole = text;
    let text = text.trim();
    // (The trimmed text ends as the text trimmed at its end does.)
    let colon = text.ends_with(':');
    // The phrase scan serves the markers of a short block (at most `SHORT_MAX_BYTES`) and
    // the boilerplate lookup of any block it may find a phrase in.
    let found = (text.len() <= lexicon::ANYWHERE_MAX_BYTES).then(|| phrases(text));
    Signals {
        text: whole,
        trimmed: text,
        size: OnceCell::new(),
        known: Cell::new(0),
        holds: Cell::new(0),
        markers: found.map_or((false, false, false), |f| f.markers),
        // A block too long for the scan is too long for either reading.
        separators: found.map_or((false, false), |f| f.separators),
        hints: found.map_or(Hints::ANY, |f| Hints::found(f.hints)),
        colon,
        list,
        hit: boilerplate::lookup_normalised(text, normalised, user, || {
            let f = found.unwrap_or_else(|| phrases(text));
            (f.anywhere, f.copyright)
        }),
        repeated: false,
        // Read by the region search only: set by `mark_region_signals` when a page has one.
        glued_title: false,
        // Read after the region search only: set by `mark_bios`.
        bio_like: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(text: &str) -> Signals<'_> {
        let n = crate::parser::boilerplate::normalise(text);
        // With the signals the region search adds.
        let mut sigs = [of(text, false, Some(&n), &UserLexicon::default())];
        mark_region_signals(&mut sigs, &[text]);
        mark_bios(&mut sigs, &[text]);
        let [s] = sigs;
        s
    }

    fn heads(text: &str) -> bool {
        heads_author_box(&sig(text), text)
    }

    #[test]
    fn row_separators_are_found_by_their_bytes() {
        for t in [
            "",
            "Home",
            "Home | News",
            "a·b",
            "a • b",
            "It’s “quoted”",
            "café",
            "x—y",
            "¶ ·",
            "ü•",
            "»",
        ] {
            assert_eq!(has_row_separator(t), t.contains(['|', '·', '•']), "{t:?}");
        }
    }

    #[test]
    fn one_pass_finds_the_phrase_a_leftmost_longest_search_finds() {
        let alone = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(lexicon::ANYWHERE.iter().map(|e| e.0))
            .unwrap();
        let want = |t: &str| alone.find(t).map(|m| m.pattern().as_usize());
        let phrases_of = |t: &str| phrases(t).anywhere;
        let all: Vec<&str> = lexicon::ANYWHERE.iter().map(|e| e.0).collect();
        for (i, a) in all.iter().enumerate() {
            let b = all.get((i * 7 + 3) % all.len()).unwrap();
            for t in [
                a.to_string(),
                a.to_uppercase(),
                format!("Photo: a reporter said {a}, and {b}."),
                format!("{b}{a}"),
                format!("x {a} {b} y"),
            ] {
                assert_eq!(phrases_of(&t), want(&t), "{t:?}");
            }
        }
        for t in [
            "Subscribe to our newsletter to get news delivered straight to your inbox",
            "Sign up for our free newsletter. We use cookies. All rights reserved.",
            "no match here at all",
        ] {
            assert_eq!(phrases_of(t), want(t), "{t:?}");
        }
    }

    #[test]
    fn abbreviations_are_found_in_any_case_and_only_them() {
        for a in ABBREVIATIONS {
            assert!(is_abbreviation(a), "{a}");
            assert!(is_abbreviation(&a.to_uppercase()), "{a}");
        }
        for w in ["", "m", "mrx", "dre", "sra.", "said", "Sept.", "inc\u{0}"] {
            assert!(!is_abbreviation(w), "{w:?}");
        }
    }

    #[test]
    fn the_scan_hints_at_the_words_the_line_tests_search() {
        let bits = |t: &str| {
            let h = phrases(t).hints;
            [Hints::CREDIT, Hints::PHOTO, Hints::CONTRIBUTE].map(|b| h & b != 0)
        };
        assert_eq!(
            bits("Credit...Jane Doe for The Courier"),
            [true, false, false]
        );
        assert_eq!(
            bits("on Elm Street. Photo by Jane Doe"),
            [false, true, false]
        );
        assert_eq!(bits("A river. Image by NASA"), [false, true, false]);
        assert_eq!(
            bits("Ann Lee contributed to this report."),
            [false, false, true]
        );
        assert_eq!(bits("CREDIT: PHOTOS, CONTRIBUTORS"), [true, true, true]);
        assert_eq!(bits("The council met on Tuesday."), [false, false, false]);
    }

    #[test]
    fn the_scan_finds_row_and_breadcrumb_separators() {
        for t in [
            "",
            "Home | News",
            "a·b",
            "a • b",
            "Home > Science",
            "Home » Science",
            "Home › Science",
            "It’s “quoted” — ⻀ «x»",
            "¶ ·",
            "plain words",
        ] {
            let found = phrases(t).separators;
            assert_eq!(found.0, has_row_separator(t), "{t:?}");
            assert_eq!(found.1, t.contains(['>', '»', '›']), "{t:?}");
        }
    }

    #[test]
    fn the_scan_finds_copyright_marks() {
        for t in [
            "© 2024",
            "Copyright",
            "COPYRIGHT",
            "(c) x",
            "x (C)",
            "copyrigh",
            "(c",
            "c)",
            "(d)",
            "",
            "All rights reserved. Copyright 2019 (C) ©",
            "copyrightcopyright",
        ] {
            assert_eq!(
                phrases(t).copyright,
                crate::parser::boilerplate::has_copyright_mark(t),
                "{t:?}"
            );
        }
    }

    #[test]
    fn shapes() {
        assert_eq!(
            sig("The city on Tuesday released its long-awaited plan to convert the yard into a park.").shape(),
            Shape::Prose
        );
        assert_eq!(
            sig("Not everyone is convinced by the plan.").shape(),
            Shape::Medium
        );
        assert_eq!(sig("He declined.").shape(), Shape::ShortSentence);
        assert_eq!(sig("Local News").shape(), Shape::Short);
        assert_eq!(
            sig("U.S. report: CT economic growth lagged").shape(),
            Shape::Short
        );
        assert_eq!(sig("1 / 23").shape(), Shape::Junk);
        assert!(sig("Real Estate").title_case());
        assert!(!sig("the city said").title_case());
    }

    #[test]
    fn a_closing_bio_is_about_an_author_of_the_page() {
        let authors = ["Laura Chen".to_owned()];
        let bio = "Laura Chen is an urban planner and the author of two books on streets.";
        assert!(closing_bio(&sig(bio), bio, &authors));
        let obituary = "John Smith was a reporter for the Herald for 40 years, colleagues said.";
        assert!(!closing_bio(&sig(obituary), obituary, &authors));
    }

    #[test]
    fn thai_weight_and_shape() {
        // A Thai paragraph: a few space-separated phrases, no full stop.
        let s = sig(
            "นายกรัฐมนตรีได้ประกาศมาตรการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วมในภาคเหนือ โดยจะจ่ายเงินชดเชยให้ครัวเรือนละห้าพันบาทภายในสิ้นเดือนนี้",
        );
        assert!(s.weight() >= 12, "{}", s.weight());
        assert_eq!(s.shape(), Shape::Prose);
        // A menu entry stays short.
        assert_eq!(sig("ข่าว").shape(), Shape::Short);
    }

    #[test]
    fn cjk_weight() {
        let s = sig("強い雨が降り続き、川の水があふれて多くの住民が避難しました。");
        assert!(s.weight() >= 12, "{}", s.weight());
        assert_eq!(s.shape(), Shape::Prose);
    }

    #[test]
    fn front_matter_shapes() {
        assert!(sig("By Maria Lopez").byline_like());
        assert!(sig("김민수 기자").byline_like());
        assert!(sig("June 12, 2024 at 6:15 a.m.").date_like());
        assert!(sig("19/05/2023 às 14h02").date_like());
        assert!(sig("Updated 1:39 am EST, Wednesday").date_like());
        assert!(!sig("Local News").date_like());
        // A month name, not a word that starts like one.
        assert!(sig("Madrid, 12 dic 2023").date_like());
        assert!(sig("Sept. 4, 10:30").date_like());
        assert!(!sig("El Gobierno aprueba una subida del 5%").date_like());
        assert!(!sig("Market falls 3% as mayor resigns").date_like());
        assert!(sig("Photo: Jane Doe/AP").credit_like());
        assert!(sig("Reuter").signoff_like());
        assert!(sig("Privacy Policy | Terms of Use | Cookie Settings").link_row());
        assert!(sig("Home > Science > Space").link_row());
        assert!(sig("首页 > 科技频道 > 探索者 > 正文").link_row());
        assert!(sig("BLOG > Weight Loss").link_row());
        assert!(!sig("$ echo 'fix' > file2").link_row());
        assert!(!sig("Inflation > 5% for the third month running.").link_row());
        assert!(!sig("Prices rose as demand > supply in the third quarter").link_row());
        assert!(sig("Ann Lee is a staff reporter for the Courier. She covers city hall.").bio_like);
        assert!(heads("Sobre Carlos Nadalim"));
        assert!(heads("About Maria Lopez"));
        assert!(!heads("About Town"));
        assert!(!heads("About the New Rules"));
        assert!(!heads("About Brightwater Labs"));
        assert!(!heads("About Jeongdong Theater"));
        assert!(
            sig("Dan Whit reports on the Midwest for The Times, with a focus on energy policy.")
                .bio_like
        );
        assert!(
            !sig("The agency reports on its findings to the council every year in May.").bio_like
        );
        assert!(
            !sig("Ann Lee is a city council member who voted against the plan last week.").bio_like
        );
        assert!(sig("Mayor Vetoes Budget Over Pension CostsThe mayor said on Monday the plan would not pass.").glued_title);
        assert!(!sig("Singer Michael McDonald said the band would tour again next year, playing forty dates.").glued_title);
    }
}

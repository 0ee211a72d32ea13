//! One prose block prepared for the inline phase: its tokens and sentences.
//!
//! ## Grammar
//!
//! ```text
//! block    = 1*sentence                 ; see crate::parser::sentence
//! sentence = 1*token                    ; see super::token
//! ```
//!
//! Each token knows its sentence and, looked up once, what the word tables say about it.
//!
//! ## Examples
//!
//! ```text
//! > | He left. “Yes,” she said.
//!     ^^^^^^^^ ^^^^^^^^^^^^^^^^ sentences 0 and 1; tokens 0..3 and 3..10
//! ```

use std::ops::Range;

use super::lexicon;
use super::np;
use super::token::{self, Kind, Tok};
use crate::Span;
use crate::parser::sentence;

/// What a block's text holds outside ASCII, read in one pass: the lead bytes of its
/// multi-byte chars, and two sequences. The sentence splitter and the Korean, Arabic and
/// Hindi readers each ask about a few lead bytes; one pass (eight ASCII bytes at a time)
/// answers them all, where a `memchr` each scanned the text again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Scan {
    /// Bit `b - 0xC0` for every byte `b` of at least 0xC0 (a lead byte) in the text.
    leads: u64,
    /// Whether the text has a `…` (E2 80 A6).
    ellipsis: bool,
    /// Whether the text has a Devanagari char (E0 A4 xx or E0 A5 xx).
    devanagari: bool,
}

impl Scan {
    pub(crate) fn of(text: &str) -> Self {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let bytes = text.as_bytes();
        let mut scan = Scan::default();
        let mut at = 0;
        while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            if u64::from_le_bytes(*chunk) & HIGH != 0 {
                scan.read(bytes, at..at + 8);
            }
            at += 8;
        }
        scan.read(bytes, at..bytes.len());
        scan
    }

    /// Reads the bytes `r` of `bytes` (the next bytes are read past `r` for a sequence).
    fn read(&mut self, bytes: &[u8], r: Range<usize>) {
        for i in r {
            let Some(&b) = bytes.get(i) else { break };
            if b < 0xC0 {
                continue;
            }
            self.leads |= 1 << (b - 0xC0);
            match b {
                0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => self.ellipsis = true,
                0xE0 if matches!(bytes.get(i + 1), Some(0xA4 | 0xA5)) => self.devanagari = true,
                _ => {}
            }
        }
    }

    /// Whether the text has the byte `lead` (at least 0xC0: a lead byte).
    pub(crate) fn has(&self, lead: u8) -> bool {
        lead >= 0xC0 && self.leads & (1 << (lead - 0xC0)) != 0
    }

    /// Whether the text may hold a sentence terminal outside ASCII: what
    /// [`sentence::split_into`] reads with `memchr`.
    fn wide_terminal(&self) -> bool {
        self.ellipsis || sentence::WIDE_LEADS.iter().any(|&b| self.has(b))
    }

    /// Whether the text has a Devanagari char.
    pub(crate) fn devanagari(&self) -> bool {
        self.devanagari
    }
}

/// A block's text with its tokens, and the sentence each token is in.
#[derive(Debug)]
pub(crate) struct Para<'t> {
    /// The text of the block (a paragraph's `text_span`).
    pub(crate) text: &'t str,
    /// What the text holds outside ASCII.
    pub(crate) scan: Scan,
    /// Offset of `text` in the input.
    pub(crate) base: usize,
    pub(crate) toks: Vec<Tok>,
    /// For each sentence, its token range.
    pub(crate) sents: Vec<Range<usize>>,
    /// For each token, its sentence.
    pub(crate) sent_of: Vec<usize>,
    /// For each token, whether it lies inside a direct quotation (marks excluded).
    pub(crate) quoted: Vec<bool>,
    /// For each token, what is read once about it: one allocation for all of them.
    words: Vec<Word<'t>>,
    /// The sentences as byte ranges (kept for its allocation only).
    byte_sents: Vec<Range<usize>>,
}

/// What a [`Para`] reads once about one token.
#[derive(Debug, Clone, Copy)]
struct Word<'t> {
    /// The token's text: sliced once here, not at every [`Para::s`].
    text: &'t str,
    /// What the word tables say about it (looked up once).
    info: lexicon::Entry,
    /// The case of its first letter: [`CAP`], [`LOWER`] or 0 (and 0 for a token that is no
    /// word), with the [`APOSTROPHE`] flag.
    case: u8,
    /// Whether it can be part of a person's name ([`np::is_name_word`]).
    name: bool,
}

/// A paragraph's tokens and their [`Word`]s, filled by the tokenizer.
struct Words<'a, 't> {
    text: &'t str,
    table: &'static lexicon::Packed,
    toks: &'a mut Vec<Tok>,
    words: &'a mut Vec<Word<'t>>,
}

impl token::Sink for Words<'_, '_> {
    // Inlined in the tokenizer's loop: a call a token costs more than the reading.
    #[inline(always)]
    fn push(&mut self, t: Tok) {
        self.toks.push(t);
        self.words.push(Word::of(self.text, self.table, t));
    }
}

/// Cuts `text` into `toks` and reads each token's [`Word`] into `words` (both cleared
/// first) as the tokenizer hands it over, rather than in a second pass over the tokens.
#[inline(never)]
fn tokenize_into<'t>(text: &'t str, toks: &mut Vec<Tok>, words: &mut Vec<Word<'t>>) {
    toks.clear();
    words.clear();
    toks.reserve(token::estimate(text));
    words.reserve(token::estimate(text));
    let table = lexicon::packed();
    token::tokenize_with(
        text,
        &mut Words {
            text,
            table,
            toks,
            words,
        },
    );
}

impl<'t> Word<'t> {
    /// What is read about token `t` of `text` as the tokenizer hands it over: its text, and
    /// for a word its entry and case (the name flag is set later, see [`Para::with_buffers`]).
    #[inline(always)]
    fn of(text: &'t str, table: &lexicon::Packed, t: Tok) -> Self {
        let w = text.get(t.start..t.end).unwrap_or("");
        let (info, case) = match t.kind {
            Kind::Word => {
                // An ASCII first letter read as a byte, without decoding a char.
                let case = match w.as_bytes().first() {
                    Some(b'A'..=b'Z') => CAP,
                    Some(b'a'..=b'z') => LOWER,
                    Some(b) if b.is_ascii() => 0,
                    _ => match w.chars().next() {
                        Some(c) if c.is_uppercase() => CAP,
                        Some(c) if c.is_lowercase() => LOWER,
                        _ => 0,
                    },
                };
                // The 16 bytes from the word's start, which nearly every word has: its key
                // is then two loads and a mask (see `lexicon::lookup_window`).
                let window = text
                    .as_bytes()
                    .get(t.start..)
                    .and_then(<[u8]>::first_chunk::<16>);
                // No table word starts with a digit (a lexicon test checks): `2024`, `1,000`
                // and `24/7` are in none, without a probe.
                let info = if w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                    lexicon::Entry::default()
                } else if let Some(window) = window {
                    lexicon::lookup_window(table, w, window)
                } else {
                    lexicon::lookup(w)
                };
                (info, case)
            }
            _ => (lexicon::Entry::default(), 0),
        };
        Word {
            text: w,
            info,
            case,
            name: false,
        }
    }
}

/// A word whose first character is uppercase.
const CAP: u8 = 1;
/// A word whose first character is lowercase.
const LOWER: u8 = 2;
/// A single mark that closed no quotation after a plural (`the deckhands' union`): an
/// apostrophe, set by [`Para::set_apostrophe`] once the marks are paired.
const APOSTROPHE: u8 = 4;

/// The allocations of a [`Para`], handed from one paragraph's to the next so that a
/// document's paragraphs share them (see [`Para::with_buffers`]).
#[derive(Debug, Default)]
pub(crate) struct Buffers<'t> {
    toks: Vec<Tok>,
    byte_sents: Vec<Range<usize>>,
    sents: Vec<Range<usize>>,
    sent_of: Vec<usize>,
    quoted: Vec<bool>,
    words: Vec<Word<'t>>,
}

impl Buffers<'_> {
    /// Buffers sized for a block of `bytes` bytes: the longest of a document, reserved
    /// once, so that its later blocks do not grow them step by step.
    pub(crate) fn with_capacity(bytes: usize) -> Self {
        // The tokenizer's own estimate (see `token::estimate`).
        let toks = bytes / 5 + 1;
        // A sentence of news is rarely shorter than 40 bytes.
        let sents = bytes / 40 + 1;
        Buffers {
            toks: Vec::with_capacity(toks),
            byte_sents: Vec::with_capacity(sents),
            sents: Vec::with_capacity(sents),
            sent_of: Vec::with_capacity(toks),
            quoted: Vec::with_capacity(toks),
            words: Vec::with_capacity(toks),
        }
    }
}

impl<'t> Para<'t> {
    /// Tokenizes `text` (found at `base` in the input) and splits it into sentences.
    #[cfg(test)]
    pub(crate) fn new(text: &'t str, base: usize) -> Self {
        Self::with_buffers(text, base, Buffers::default())
    }

    /// [`Para::new`] in the allocations of `buffers` (a paragraph's before, from
    /// [`Para::into_buffers`]): their contents are replaced.
    pub(crate) fn with_buffers(text: &'t str, base: usize, buffers: Buffers<'t>) -> Self {
        let Buffers {
            mut toks,
            mut byte_sents,
            mut sents,
            mut sent_of,
            mut quoted,
            mut words,
        } = buffers;
        tokenize_into(text, &mut toks, &mut words);
        let scan = Scan::of(text);
        sentence::split_into_with(text, scan.wide_terminal(), &mut byte_sents);
        sents.clear();
        sent_of.clear();
        sent_of.reserve(toks.len());
        let mut ti = 0;
        for (si, r) in byte_sents.iter().enumerate() {
            let first = ti;
            // The tokens are in order: a binary search finds the sentence's last, and its
            // tokens are marked in one fill rather than a push each.
            ti += toks
                .get(ti..)
                .unwrap_or_default()
                .partition_point(|t| t.start < r.end);
            sent_of.resize(ti, si);
            sents.push(first..ti);
        }
        // Tokens after the last sentence (none in practice) join it.
        let last = sents.len().saturating_sub(1);
        sent_of.resize(toks.len(), last);
        if let Some(s) = sents.last_mut() {
            s.end = toks.len();
        } else if !toks.is_empty() {
            sents.push(0..toks.len());
        }
        quoted.clear();
        quoted.resize(toks.len(), false);
        let mut p = Para {
            text,
            scan,
            base,
            toks,
            byte_sents,
            sents,
            sent_of,
            quoted,
            words,
        };
        // Read from the other fields only: no token's flag depends on another's.
        // Every flag is false so far: only a capitalised word's is worked out and set.
        for i in 0..p.len() {
            if p.is_cap_word(i)
                && np::name_word_uncached(&p, i)
                && let Some(w) = p.words.get_mut(i)
            {
                w.name = true;
            }
        }
        p
    }

    /// The allocations of this paragraph, for the next one's [`Para::with_buffers`].
    pub(crate) fn into_buffers(self) -> Buffers<'t> {
        Buffers {
            toks: self.toks,
            byte_sents: self.byte_sents,
            sents: self.sents,
            sent_of: self.sent_of,
            quoted: self.quoted,
            words: self.words,
        }
    }

    /// Whether token `i` can be part of a person's name (see [`np::is_name_word`]).
    pub(crate) fn is_name_word(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.name)
    }

    /// The speech verb the word at token `i` is, in any position (see [`Para::cue`]).
    pub(crate) fn info_cue(&self, i: usize) -> Option<lexicon::Cue> {
        self.words.get(i)?.info.cue
    }

    /// Whether some token of `r` is a speech verb of the lexicon in some position (see
    /// [`Para::info_cue`]): without one, [`Para::cue`] is `None` at every token of `r`.
    pub(crate) fn has_cue_word(&self, r: Range<usize>) -> bool {
        self.words
            .get(r)
            .unwrap_or_default()
            .iter()
            .any(|w| w.info.cue.is_some())
    }

    /// What the tables say about token `i`.
    pub(crate) fn entry(&self, i: usize) -> lexicon::Entry {
        self.words.get(i).map(|w| w.info).unwrap_or_default()
    }

    /// What the tables say about the text of token `i`, as [`lexicon::lookup`] of
    /// [`Para::s`] would: the entry read with the paragraph for a word, a lookup for any
    /// other token.
    pub(crate) fn entry_of(&self, i: usize) -> lexicon::Entry {
        if self.is_word(i) {
            self.entry(i)
        } else {
            lexicon::lookup(self.s(i))
        }
    }

    /// Whether token `i` is a word of `table`.
    pub(crate) fn is(&self, i: usize, table: &lexicon::Words) -> bool {
        self.words.get(i).is_some_and(|w| table.has(w.info))
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i` (empty when out of range).
    pub(crate) fn s(&self, i: usize) -> &'t str {
        self.words.get(i).map_or("", |w| w.text)
    }

    /// Whether token `i` is a word.
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// Whether token `i` is a mark (a quotation mark, not an apostrophe found as one).
    pub(crate) fn is_mark(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Mark) && !self.is_apostrophe(i)
    }

    /// Whether token `i` is a plural's possessive apostrophe (`deckhands'`), see
    /// [`Para::set_apostrophe`].
    pub(crate) fn is_apostrophe(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.case & APOSTROPHE != 0)
    }

    /// Marks token `i`, a single mark that closed no quotation, as an apostrophe when it
    /// follows a word ending in `s` with no space (`the deckhands' union said`).
    pub(crate) fn set_apostrophe(&mut self, i: usize) {
        let plural = i > 0
            && self.is_word(i - 1)
            && self
                .toks
                .get(i - 1)
                .zip(self.toks.get(i))
                .is_some_and(|(w, m)| w.end == m.start)
            && self.s(i - 1).ends_with(['s', 'S']);
        if plural && let Some(w) = self.words.get_mut(i) {
            w.case |= APOSTROPHE;
        }
    }

    /// Whether token `i` is the punctuation character `c`.
    pub(crate) fn is_punct(&self, i: usize, c: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct) && self.s(i) == c
    }

    /// Whether token `i` is a dash (`—`, `–`, `-`).
    pub(crate) fn is_dash(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct)
            && matches!(self.s(i), "—" | "–" | "-" | "―")
    }

    /// Whether token `i` ends a sentence (`.`, `!`, `?`, `…`).
    #[inline]
    pub(crate) fn is_terminal(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct)
            && matches!(self.s(i), "." | "!" | "?" | "…" | "。" | "！" | "？")
    }

    /// Whether token `i` is a period that ends an abbreviation or an initial (`Lt.`, `Inc.`,
    /// `J.`, `U.S.`) rather than a sentence.
    #[inline]
    pub(crate) fn is_abbreviation_period(&self, i: usize) -> bool {
        // Inlined at the callers: most tokens asked about are no period.
        if !self.is_punct(i, ".") || i == 0 || !self.is_word(i - 1) {
            return false;
        }
        self.ends_abbreviation(i)
    }

    /// [`Para::is_abbreviation_period`] for a period `i` after a word: whether that word
    /// is glued to it and an abbreviation or initials.
    fn ends_abbreviation(&self, i: usize) -> bool {
        let glued = self.toks.get(i - 1).map(|t| t.end) == self.toks.get(i).map(|t| t.start);
        let w = self.s(i - 1);
        // The table bit first: only a title or a month is lowercased to be looked up.
        glued
            && ((lexicon::ABBREVIATIONS.has(self.entry(i - 1)) && sentence::is_abbreviation(w))
                || w.split('.')
                    .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic)))
    }

    /// Whether token `i` ends a sentence: a terminal that is no abbreviation's period, nor
    /// a period before a comma (`Sen. Mara Lind, D-Ore., said`).
    pub(crate) fn ends_sentence(&self, i: usize) -> bool {
        self.is_terminal(i)
            && !self.is_abbreviation_period(i)
            && !(self.is_punct(i, ".") && self.is_punct(i + 1, ","))
    }

    /// The speech verb token `i` is, if any: a lowercase word of the cue lexicon, and for a
    /// base form that is also a noun (`report`, `state`), one after a subject it agrees
    /// with (`officials report`, `they note`) or an auxiliary (`will note`).
    #[inline]
    pub(crate) fn cue(&self, i: usize) -> Option<lexicon::Cue> {
        // The table first, inlined at every caller: most words are no cue.
        let cue = self.words.get(i)?.info.cue?;
        self.cue_in_context(i, cue)
    }

    /// [`Para::cue`] for token `i`, a word of the cue lexicon (`cue`): its case and, for a
    /// noun too, the word before it decide.
    fn cue_in_context(&self, i: usize, cue: lexicon::Cue) -> Option<lexicon::Cue> {
        if !self.is_lower_word(i) {
            return None;
        }
        if !cue.noun_too {
            return Some(cue);
        }
        let b = i.checked_sub(1)?;
        let prev = self.s(b);
        let agrees = self.is_word(b)
            && (matches!(
                prev,
                "they"
                    | "we"
                    | "I"
                    | "i"
                    | "you"
                    | "and"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "do"
                    | "does"
                    | "did"
                    | "also"
                    | "often"
                    | "still"
                    | "not"
                    | "never"
                    | "always"
                    | "later"
                    | "then"
            ) || prev.ends_with("n’t")
                || prev.ends_with("n't")
                || (prev.ends_with('s')
                    && !prev.ends_with("’s")
                    && !prev.ends_with("'s")
                    && !lexicon::is_all_caps(prev)));
        agrees.then_some(cue)
    }

    /// Whether token `i` is a lowercase word.
    pub(crate) fn is_lower_word(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.case == LOWER)
    }

    /// Whether token `i` is a capitalised word.
    pub(crate) fn is_cap_word(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.case == CAP)
    }

    /// The token range of the sentence of token `i`.
    pub(crate) fn sentence_of(&self, i: usize) -> Range<usize> {
        self.sent_of
            .get(i)
            .and_then(|&s| self.sents.get(s).cloned())
            .unwrap_or(0..0)
    }

    /// The input span of tokens `r` (empty span at the block start when `r` is empty).
    pub(crate) fn span(&self, r: &Range<usize>) -> Span {
        let start = self.toks.get(r.start).map_or(0, |t| t.start);
        let end = r
            .end
            .checked_sub(1)
            .and_then(|e| self.toks.get(e))
            .map_or(start, |t| t.end);
        Span::new(self.base + start, self.base + end.max(start))
    }

    /// The text of tokens `r`.
    pub(crate) fn slice(&self, r: &Range<usize>) -> &'t str {
        let sp = self.span(r);
        self.text
            .get(sp.start - self.base..sp.end - self.base)
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_case_is_read_once() {
        let p = Para::new("Blinken met 3 ministers, É.", 0);
        assert!(p.is_cap_word(0) && !p.is_lower_word(0));
        assert!(p.is_lower_word(1) && !p.is_cap_word(1));
        assert!(!p.is_cap_word(2) && !p.is_lower_word(2));
        assert!(!p.is_cap_word(4) && p.is_cap_word(5));
    }

    #[test]
    fn the_scan_agrees_with_a_search_of_the_bytes() {
        let chars = [
            "a",
            "é",
            "“",
            "…",
            "。",
            "！",
            "।",
            "።",
            "։",
            "؟",
            "۔",
            "قال",
            "말했다",
            "कहा",
            "ক",
        ];
        for pad in 0..10 {
            for (x, y) in chars.iter().flat_map(|x| chars.iter().map(move |y| (x, y))) {
                let text = format!("{}{x} said{y}", "a".repeat(pad));
                let b = text.as_bytes();
                let scan = Scan::of(&text);
                for lead in 0xC0..=0xFF {
                    assert_eq!(scan.has(lead), b.contains(&lead), "{text} {lead:#x}");
                }
                assert_eq!(scan.ellipsis, text.contains('…'), "{text}");
                let devanagari = text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c));
                assert_eq!(scan.devanagari(), devanagari, "{text}");
                let wide = text
                    .chars()
                    .any(|c| !c.is_ascii() && crate::parser::text::is_terminal(c));
                assert!(scan.wide_terminal() || !wide, "{text}");
            }
        }
    }

    #[test]
    fn tokens_know_their_sentence() {
        let p = Para::new("He left. “Yes,” she said.", 10);
        assert_eq!(p.sents.len(), 2);
        assert_eq!(p.sentence_of(0), 0..3);
        assert_eq!(p.sentence_of(4), 3..p.len());
        assert_eq!(p.slice(&(3..6)), "“Yes,");
        assert_eq!(p.span(&(0..2)), Span::new(10, 17));
    }
}

//! Speaker resolution: from the mention next to a quote (`he`, `Blinken`, `the minister`) to
//! the fullest name introduced earlier in the article (`Antony Blinken`, title
//! `US Secretary of State`).
//!
//! ## Grammar
//!
//! ```text
//! introduction = [ title ] name          ; US Secretary of State Antony Blinken
//! mention      = pronoun / name-word+ / [ "the" ] *word role-noun / noun-phrase
//! ```
//!
//! One walk over the article, in order: every capitalised name run updates a map from
//! surname (and first name) to the fullest name seen, and the people a pronoun may refer to
//! are remembered, most recent last: speakers, people introduced with their full name, and
//! names in subject position (followed by their verb, not inside a quotation). Subjects of
//! a subordinate clause (`Although Trump has said ...`) rank below the others. `he` and
//! `she` take the most recent person of a fitting gender (from the given name or the
//! title, when known). Each step is a hash-map probe or a scan of a short, bounded list,
//! so the pass is linear in the article.
//!
//! ## Examples
//!
//! ```text
//! > | US Secretary of State Antony Blinken met Lavrov. ... “Yes,” Blinken said.
//!                           ^^^^^^^^^^^^^^ introduced       ^^^^^^^ → Antony Blinken
//! > | Lavrov offered a rebuttal. “No,” he said.
//!     ^^^^^^ subject                    ^^ → Lavrov
//! ```

use std::borrow::Cow;
use std::collections::VecDeque;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use super::lexicon::{self, WordMap, is};
use super::names::{self, Gender};
use super::np::{self, Np};
use super::para::Para;
use crate::{Span, Speaker};

/// How many recent people a pronoun may refer to.
const RECENT: usize = 10;

/// How many names the name maps hold before they grow: a story's people, most often.
const NAMES: usize = 12;

/// A person or group introduced in the article.
#[derive(Debug, Clone)]
struct Entity {
    /// The fullest form of the name seen so far.
    name: Span,
    /// Number of words in `name`.
    words: usize,
    /// First word of the name, lowercase.
    first: Key,
    /// The title introduced with the name.
    title: Option<Span>,
    /// More than one person (`Tore Sohlberg and Lehla Abreder`).
    plural: bool,
    /// Introduced with a first name or a title, or quoted: surely a person. A lone
    /// capitalised word (`Russia had offered`) may be a place or a group.
    strong: bool,
    gender: Option<Gender>,
}

/// Someone a pronoun may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Entity(usize),
    /// A descriptive speaker with no name (`a senior US official`): its mention, whether it
    /// is plural, and its gender if the head noun says (`spokeswoman`).
    Described(Span, bool, Option<Gender>),
}

/// A mention a pronoun may refer back to.
#[derive(Debug, Clone, Copy)]
struct Recent {
    who: Who,
    /// Speakers, introductions and main-clause subjects; not subordinate subjects.
    primary: bool,
}

/// The document-level state of the walk.
#[derive(Debug)]
pub(crate) struct Resolver<'a> {
    input: &'a str,
    entities: Vec<Entity>,
    /// Surname (lowercase bytes) → the entity, most recent. The name maps are keyed by
    /// bytes: a key lowercased on the stack needs no UTF-8 check to be looked up.
    by_last: WordMap<Key, usize>,
    by_first: WordMap<Key, usize>,
    /// Role word (`minister`, `mayor`) → the entity whose title has it, most recent.
    roles: WordMap<Key, usize>,
    /// Head noun of a descriptive speaker (`official`) → its first mention.
    described: WordMap<String, Span>,
    recent: VecDeque<Recent>,
    /// The sentence (block offset, sentence index) whose main subject was seen last.
    subject_sentence: Option<(usize, usize)>,
    /// Acronyms introduced in parentheses: `IRCC` → `Immigration, Refugees and
    /// Citizenship Canada`.
    acronyms: WordMap<String, Span>,
    /// The generic noun of an organisation (`company`, `agency`) → the one named last
    /// with it (`media buying company GroupM`, `the Ontario Energy Board`).
    orgs: WordMap<&'static str, Span>,
    /// The first word of an organisation's name (lower case) → its full name, for the short
    /// name a story uses after (`Fieldhand` → `Fieldhand Robotics`).
    short_orgs: WordMap<String, Span>,
}

/// Turkish case endings written after an apostrophe on a proper noun.
const TURKISH_ENDINGS: &[&str] = &[
    "da", "de", "ta", "te", "dan", "den", "tan", "ten", "nda", "nde", "ndan", "nden", "daki",
    "deki", "ndaki", "ndeki", "a", "e", "ya", "ye", "na", "ne", "ı", "i", "u", "ü", "yı", "yi",
    "yu", "yü", "nı", "ni", "nu", "nü", "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "la",
    "le", "yla", "yle", "ca", "ce",
];

/// A name without the case ending Turkish writes after an apostrophe (`Belediyesi'nden`,
/// `Erdoğan'ın`, `Ankara'da`): only the endings of the language, so that `Na'moks` and
/// `O'Brien` keep their apostrophes.
fn case_stem(w: &str) -> &str {
    let Some(at) = w.rfind(['\'', '’']) else {
        return w;
    };
    let mark = if w.get(at..).is_some_and(|r| r.starts_with('’')) {
        '’'.len_utf8()
    } else {
        1
    };
    let (stem, ending) = (w.get(..at).unwrap_or(w), w.get(at + mark..).unwrap_or(""));
    let is_ending = TURKISH_ENDINGS.contains(&ending)
        && stem.chars().count() >= 2
        && stem.starts_with(char::is_uppercase);
    if is_ending { stem } else { w }
}

/// The generic noun a definite description uses for an organisation whose name has `word`
/// (lower case; every word it takes is in [`lexicon::ORG_NOUNS`], a test checks): `the company` for `Brightwater Labs Inc.`, `the agency` for `the
/// Canada Revenue Agency`.
fn org_noun(word: &str) -> Option<&'static str> {
    Some(match word {
        "company" | "inc" | "corp" | "corporation" | "ltd" | "llc" | "co" | "group"
        | "industries" | "technologies" | "motors" | "airlines" | "labs" | "firm" | "electric"
        | "holdings" | "ventures" | "systems" | "solutions" | "pharmaceuticals" | "telecom"
        | "robotics" | "software" | "networks" | "therapeutics" | "biosciences" | "logistics"
        | "analytics" | "aerospace" | "automotive" => "company",
        "agency" => "agency",
        "department" => "department",
        "ministry" => "ministry",
        "council" => "council",
        "commission" => "commission",
        "committee" => "committee",
        "board" => "board",
        "association" => "association",
        "union" => "union",
        "bank" => "bank",
        "university" => "university",
        "hospital" => "hospital",
        "authority" => "authority",
        "foundation" => "foundation",
        "network" => "network",
        "league" => "league",
        "organization" | "organisation" => "organization",
        _ => return None,
    })
}

/// Whether token `i` (without its possessive ending) may be a word [`org_noun`] takes: one
/// of [`lexicon::ORG_NOUNS`], read from the token's entry, so that the other words of a
/// name are not lowercased.
fn is_org_noun_at(p: &Para<'_>, i: usize) -> bool {
    np::bare_is(p, i, &lexicon::ORG_NOUNS)
}

/// The generic noun of a local government named in `run` (`the City of Surrey`: `the
/// city` later); a capitalised `City` not followed by `of` (`City records show`) is none.
fn council_noun(p: &Para<'_>, run: &Range<usize>) -> Option<&'static str> {
    run.clone()
        .filter(|&k| p.s(k + 1) == "of")
        .find_map(|k| crate::parser::sentence::with_lower(p.s(k), local_government))
}

/// The generic noun of a local government named `City of ...`, `Town of ...`.
fn local_government(word: &str) -> Option<&'static str> {
    Some(match word {
        "city" => "city",
        "town" => "town",
        "county" => "county",
        "township" => "township",
        "municipality" => "municipality",
        "village" => "village",
        _ => return None,
    })
}

fn lower(s: &str) -> String {
    np::strip_possessive(s).to_lowercase()
}

/// [`lower`] on the stack for a short ASCII word (nearly every name), so that a name met
/// again looks itself up in the name maps without allocating: only a new key is copied to
/// the heap.
enum Lower {
    /// The ASCII-lowercased bytes and their length.
    Stack([u8; 24], usize),
    Heap(String),
}

impl Lower {
    /// `s` without its possessive ending, lowercased.
    fn of(s: &str) -> Self {
        Self::new(np::strip_possessive(s))
    }

    /// `s` lowercased.
    fn new(s: &str) -> Self {
        let mut buf = [0u8; 24];
        if s.is_ascii()
            && let Some(dst) = buf.get_mut(..s.len())
        {
            // Copied and lowercased in one pass: a word is too short for a `memcpy` call.
            for (d, &b) in dst.iter_mut().zip(s.as_bytes()) {
                *d = b.to_ascii_lowercase();
            }
            return Lower::Stack(buf, s.len());
        }
        Lower::Heap(s.to_lowercase())
    }

    fn as_str(&self) -> &str {
        match self {
            Lower::Stack(buf, len) => buf
                .get(..*len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or(""),
            Lower::Heap(s) => s,
        }
    }

    /// The lowercased bytes: a key of the name maps, with no UTF-8 check.
    fn as_bytes(&self) -> &[u8] {
        match self {
            Lower::Stack(buf, len) => buf.get(..*len).unwrap_or_default(),
            Lower::Heap(s) => s.as_bytes(),
        }
    }
}

/// How many bytes a [`Key`] holds without an allocation: every name word but the longest.
const KEY_INLINE: usize = 23;

/// A lowercase word as a key of the name maps and an entity's first name: its bytes held
/// inline when short (nearly every name), so that registering a name allocates nothing.
/// It hashes, compares and borrows as its bytes, as the `Box<[u8]>` it stands for would.
#[derive(Debug, Clone)]
enum Key {
    Inline(u8, [u8; KEY_INLINE]),
    Heap(Box<[u8]>),
}

impl Key {
    fn new(bytes: &[u8]) -> Self {
        let mut buf = [0u8; KEY_INLINE];
        match (buf.get_mut(..bytes.len()), u8::try_from(bytes.len())) {
            (Some(dst), Ok(len)) => {
                dst.copy_from_slice(bytes);
                Key::Inline(len, buf)
            }
            _ => Key::Heap(bytes.into()),
        }
    }

    fn as_bytes(&self) -> &[u8] {
        match self {
            Key::Inline(len, buf) => buf.get(..usize::from(*len)).unwrap_or_default(),
            Key::Heap(b) => b,
        }
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for Key {}

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state);
    }
}

impl std::borrow::Borrow<[u8]> for Key {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}

/// Sets `key` to `value` in `map` as [`HashMap::insert`] would, copying the key to the
/// heap only when it is new.
///
/// [`HashMap::insert`]: std::collections::HashMap::insert
fn set(map: &mut WordMap<Key, usize>, key: &[u8], value: usize) {
    // A short key is copied inline, with no allocation: inserted at once, it is hashed
    // once, where a probe first and an insert then hash a new key twice.
    if key.len() <= KEY_INLINE {
        map.insert(Key::new(key), value);
        return;
    }
    if let Some(v) = map.get_mut(key) {
        *v = value;
    } else {
        map.insert(Key::new(key), value);
    }
}

/// Whether a noun phrase starting at token `i` stands where a clause starts: at the
/// sentence start, after a comma, a conjunction or a speech verb, not after a preposition.
/// `Some(true)` for a main clause, `Some(false)` for a subordinate one.
/// `A regular named Mr. Patel came in`: the name after `named` or `called` stands for the
/// description before it, whose clause is the one [`clause_at`] gives.
fn named_clause(p: &Para<'_>, i: usize) -> Option<bool> {
    let verb = i.checked_sub(1)?;
    if !matches!(p.s(verb), "named" | "called") {
        return None;
    }
    let article = (verb.saturating_sub(3)..verb)
        .rev()
        .find(|&k| matches!(p.s(k), "a" | "an" | "A" | "An"))?;
    (article + 1..verb)
        .all(|k| p.is_lower_word(k))
        .then(|| clause_at(p, article))
        .flatten()
}

fn clause_at(p: &Para<'_>, i: usize) -> Option<bool> {
    if i == 0 || p.sentence_of(i).start == i {
        return Some(true);
    }
    let b = i - 1;
    if p.is_mark(b) || p.is_dash(b) {
        return Some(true);
    }
    if !p.is_word(b) {
        return [",", ";", ":", "("]
            .iter()
            .any(|c| p.is_punct(b, c))
            .then_some(true);
    }
    let w = p.s(b);
    // A word's table entry was looked up once, with the paragraph.
    if matches!(w, "that" | "and" | "but" | "so") || p.info_cue(b).is_some_and(|c| c.clause) {
        return Some(true);
    }
    matches!(
        w,
        "while"
            | "as"
            | "when"
            | "because"
            | "although"
            | "though"
            | "after"
            | "before"
            | "since"
            | "if"
            | "where"
            | "whereas"
            | "until"
            | "unless"
            | "Although"
            | "While"
            | "When"
            | "If"
            | "Because"
            | "As"
            | "After"
            | "Before"
            | "Since"
            | "Though"
    )
    .then_some(false)
}

/// Whether the name at `start..end` reads as a person's: a lowercase descriptor before it
/// (`accountant Babatunji Farinloye`) or an age after it (`Farinloye, 50,`).
fn described_person(p: &Para<'_>, start: usize, end: usize) -> bool {
    let age = p.is_punct(end, ",") && p.s(end + 1).chars().all(|c| c.is_ascii_digit());
    let descriptor = start > 0 && p.is_lower_word(start - 1) && {
        let w = p.s(start - 1);
        w.chars().count() > 3
            && !(p.is(start - 1, &lexicon::BREAKS)
                || p.is(start - 1, &lexicon::DETERMINERS)
                || p.info_cue(start - 1).is_some()
                || w.ends_with("ed")
                || w.ends_with("ing"))
    };
    age || descriptor
}

/// Whether token `k` looks like a verb after a subject: a speech verb, an auxiliary, or a
/// lowercase word that is no function word, title or listener.
fn verbish(p: &Para<'_>, k: usize) -> bool {
    if !p.is_lower_word(k) {
        return false;
    }
    let w = p.s(k);
    // The tables read from the word's entry, looked up once with the paragraph.
    p.info_cue(k).is_some()
        || matches!(
            w,
            "is" | "was"
                | "were"
                | "are"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "can"
                | "should"
                | "did"
                | "does"
                | "may"
                | "might"
                | "must"
        )
        || !(p.is(k, &lexicon::BREAKS)
            || p.is(k, &lexicon::PRONOUNS)
            || p.is(k, &lexicon::DETERMINERS)
            || p.is(k, &lexicon::TITLES)
            || p.is(k, &lexicon::ROLE_NOUNS)
            || p.is(k, &lexicon::LISTENERS))
}

/// Whether `w` is an auxiliary or a modal.
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "were"
            | "are"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "should"
            | "did"
            | "does"
            | "may"
            | "might"
            | "must"
    )
}

/// A Cyrillic surname without the case ending a sentence gives it (`соколова` →
/// `соколов`, `соколову` → `соколов`, `петровой` → `петров`... one or two letters), for a
/// lookup among the names already introduced. Latin-script names are never stemmed.
fn declined_surname(lower: &str) -> Option<&str> {
    if !lower
        .chars()
        .next()
        .is_some_and(|c| ('а'..='я').contains(&c))
    {
        return None;
    }
    ["ой", "ым", "ом", "ою", "а", "у", "е"]
        .iter()
        .find_map(|end| lower.strip_suffix(end))
        .filter(|stem| stem.chars().count() >= 3)
}

/// The gender of a pronoun mention: `he`, `she`, and their Portuguese, Spanish, French,
/// German, Italian and Russian forms.
fn pronoun_gender(mention: &str) -> Option<Gender> {
    // Lowercased on the stack for an ASCII mention (`str::to_lowercase` otherwise).
    crate::parser::sentence::with_lower(mention, |lower| match lower {
        "she" | "ela" | "ella" | "elle" | "lei" | "она" => Some(Gender::Female),
        "he" | "ele" | "él" | "er" | "lui" | "il" | "он" => Some(Gender::Male),
        _ => None,
    })
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(input: &'a str) -> Self {
        Resolver {
            input,
            entities: Vec::new(),
            // Sized for a story's people at once, rather than grown a name at a time.
            by_last: WordMap::with_capacity_and_hasher(NAMES, BuildHasherDefault::default()),
            by_first: WordMap::with_capacity_and_hasher(NAMES, BuildHasherDefault::default()),
            roles: WordMap::default(),
            described: WordMap::default(),
            recent: VecDeque::with_capacity(RECENT + 1),
            subject_sentence: None,
            acronyms: WordMap::default(),
            orgs: WordMap::default(),
            short_orgs: WordMap::default(),
        }
    }

    fn text(&self, span: Span) -> &'a str {
        span.slice(self.input).unwrap_or("")
    }

    fn push_recent(&mut self, who: Who, primary: bool) {
        self.recent.retain(|r| r.who != who);
        self.recent.push_back(Recent { who, primary });
        if self.recent.len() > RECENT {
            self.recent.pop_front();
        }
    }

    /// Registers the name `name` (tokens of `p`) with its `title`; returns the entity and
    /// whether it is new. `known` is the entity on record for the surname of the name's
    /// last token, when the caller has looked it up already.
    fn register(
        &mut self,
        p: &Para<'a>,
        name: &Range<usize>,
        title: Option<&Range<usize>>,
        known: Option<usize>,
    ) -> Option<(usize, bool)> {
        // The name words: how many, the first and the last (no list of them is kept).
        let mut name_words = name.clone().filter(|&i| np::is_name_word(p, i));
        let first_i = name_words.next()?;
        let (count, last_i) = name_words.fold((1, first_i), |(n, _), i| (n + 1, i));
        // A lone surname met before, with no title (most registrations): its entity, which
        // has a name of one word or more, no title to take and no gender to learn from it,
        // is left as it is, and so are the maps. No word of it lowercased, no map probed.
        if let Some(e) = known
            && count == 1
            && last_i + 1 == name.end
            && title.is_none()
            && e < self.entities.len()
            && !name.clone().any(|i| p.s(i) == "and")
        {
            return Some((e, false));
        }
        let last_lower = Lower::of(p.s(last_i));
        let last = last_lower.as_bytes();
        // A one-word name is its own first name: lowercased once.
        let first_lower = (first_i != last_i).then(|| Lower::of(p.s(first_i)));
        let first_lower = first_lower.as_ref().unwrap_or(&last_lower);
        let first = first_lower.as_bytes();
        let plural = name.clone().any(|i| p.s(i) == "and");
        // The name's span and gender are worked out only when an entity takes them: a
        // name met again (most registrations) leaves its entity's as they are.
        let span = || {
            let mut span = p.span(name);
            // `Author Cecil Foster's new book`: the name without its possessive ending;
            // Turkish `Belediyesi'nden`: without its case ending.
            if let Some(end) = name.end.checked_sub(1) {
                let w = p.s(end);
                let bare = case_stem(np::strip_possessive(w));
                let cut = w.len().saturating_sub(bare.len());
                span.end = span.end.saturating_sub(cut).max(span.start);
            }
            span
        };
        let title_span = title.map(|t| p.span(t));
        let strong = (count > 1 || title.is_some()) && !plural;
        let gender = || {
            if plural {
                return None;
            }
            title
                .and_then(|t| t.clone().rev().find_map(|i| names::gender_of_word(p.s(i))))
                .or_else(|| {
                    (count > 1)
                        .then(|| names::gender_of(first_lower.as_str()))
                        .flatten()
                })
        };
        // Russian declines surnames: `По словам Соколова` is Sokolov's.
        let on_record = self.by_last.get(last).copied();
        let existing = on_record.or_else(|| {
            (count == 1)
                .then(|| declined_surname(last_lower.as_str()))
                .flatten()
                .and_then(|stem| self.by_last.get(stem.as_bytes()).copied())
        });
        let (idx, new) = match existing {
            Some(e) => {
                let same_person = self.entities.get(e).is_some_and(|ent| {
                    count == 1 || ent.words == 1 || ent.first.as_bytes() == first
                });
                if same_person {
                    if let Some(ent) = self.entities.get_mut(e) {
                        if count > ent.words {
                            ent.name = span();
                            ent.words = count;
                            ent.first = Key::new(first);
                        }
                        if ent.title.is_none() {
                            ent.title = title_span;
                        }
                        ent.strong |= strong;
                        if ent.gender.is_none() {
                            ent.gender = gender();
                        }
                    }
                    (e, false)
                } else {
                    let e = self.new_entity(span(), count, Key::new(first), title_span, plural);
                    (e, true)
                }
            }
            None => {
                // A lone first name may refer to someone introduced in full.
                if count == 1
                    && let Some(&e) = self.by_first.get(first)
                {
                    return Some((e, false));
                }
                let e = self.new_entity(span(), count, Key::new(first), title_span, plural);
                (e, true)
            }
        };
        if new && let Some(ent) = self.entities.get_mut(idx) {
            ent.strong = strong;
            ent.gender = gender();
        }
        if plural {
            // `Kim and Clark Moran`: the pair is no one's first or last name.
            if !self.by_last.contains_key(last) {
                self.by_last.insert(Key::new(last), idx);
            }
        } else {
            // A surname met again for the same person is on record already.
            if on_record != Some(idx) {
                set(&mut self.by_last, last, idx);
            }
            if count > 1 {
                set(&mut self.by_first, first, idx);
            }
        }
        if let Some(t) = title {
            for i in t.clone() {
                if p.is_word(i) && p.is(i, &lexicon::ROLE_NOUNS) {
                    set(&mut self.roles, Lower::of(p.s(i)).as_bytes(), idx);
                }
            }
        }
        Some((idx, new))
    }

    fn new_entity(
        &mut self,
        name: Span,
        words: usize,
        first: Key,
        title: Option<Span>,
        plural: bool,
    ) -> usize {
        self.entities.push(Entity {
            name,
            words,
            first,
            title,
            plural,
            strong: false,
            gender: None,
        });
        self.entities.len() - 1
    }

    /// Walks tokens `range` of `p`: registers names and notes the people a pronoun may
    /// refer to.
    pub(crate) fn observe(&mut self, p: &Para<'a>, range: Range<usize>) {
        let mut i = range.start;
        let end = range.end.min(p.len());
        while i < end {
            // Both walks below open at `the`, `a` or `an`, determiners all: the table bit
            // read for every token spares the others a look at their text.
            let determiner = p.is(i, &lexicon::DETERMINERS);
            if determiner && self.observe_description(p, i) {
                i += 2;
                continue;
            }
            if determiner && let Some(next) = self.observe_indefinite(p, i) {
                i = next;
                continue;
            }
            let org_start =
                p.is_cap_word(i) && !p.is(i, &lexicon::NOT_NAMES) && !p.is(i, &lexicon::CALENDAR);
            if !(np::is_name_word(p, i)
                || p.is_cap_word(i) && p.is(i, &lexicon::TITLES)
                || org_start)
            {
                i += 1;
                continue;
            }
            // The capitalised run: names, titles, `of`, initials' periods.
            let start = i;
            let mut j = i;
            while j < end
                && (p.is_cap_word(j)
                    || (p.is_abbreviation_period(j) && j > start && p.is_cap_word(j + 1))
                    || (matches!(p.s(j), "of" | "and" | "de" | "van" | "von" | "bin" | "al")
                        && p.is_cap_word(j + 1)
                        && j > start)
                    || (p.is_lower_word(j)
                        && j > start
                        && p.is_cap_word(j + 1)
                        && (p.is(j, &lexicon::TITLES) || p.is(j, &lexicon::ROLE_NOUNS))))
            {
                j += 1;
            }
            let run = start..j.max(start + 1);
            i = run.end;
            // `Irish commissioner Niamh O’Brien`: lowercase titles before the name.
            let mut np_start = run.start;
            while np_start > range.start.max(run.start.saturating_sub(4))
                && p.is_word(np_start - 1)
                && (p.is(np_start - 1, &lexicon::TITLES)
                    || p.is(np_start - 1, &lexicon::ROLE_NOUNS))
            {
                np_start -= 1;
            }
            let np = np::split_name(p, np_start..run.end);
            // `media buying company GroupM`: a name described as an organisation.
            if let Some(name) = &np.name
                && np_start > range.start
                && matches!(p.s(np_start - 1), "company" | "firm" | "agency" | "group")
            {
                self.note_org(p, name, Some(&(np_start - 1..np_start)), false);
            }
            // `the journal Animal Cognition`, `the quiz show Weakest Link`: a name a common
            // noun for a thing introduces is nobody a later `the author said` could mean.
            if np_start > range.start
                && matches!(
                    p.s(np_start - 1),
                    "journal"
                        | "newspaper"
                        | "magazine"
                        | "website"
                        | "show"
                        | "programme"
                        | "program"
                        | "film"
                        | "movie"
                        | "book"
                        | "album"
                        | "novel"
                        | "series"
                        | "app"
                        | "ship"
                        | "vessel"
                        | "hurricane"
                        | "storm"
                        | "typhoon"
                        | "operation"
                )
            {
                continue;
            }
            // `The 21-year-old Okafor was modest`, `the young Okafor`: an age or a short
            // epithet between the article and the name; the name's clause opens at the
            // article (not `the quiz show Weakest Link`).
            let lo = np_start.saturating_sub(3).max(range.start);
            let anchor = (lo..np_start.saturating_sub(1))
                .rev()
                .find(|&k| p.s(k).eq_ignore_ascii_case("the"))
                .filter(|&a| {
                    (a + 1..np_start).all(|k| {
                        let w = p.s(k);
                        p.is_word(k)
                            && (w.ends_with("-year-old")
                                || matches!(
                                    w,
                                    "young"
                                        | "veteran"
                                        | "former"
                                        | "late"
                                        | "elder"
                                        | "embattled"
                                        | "beleaguered"
                                        | "outspoken"
                                        | "teenage"
                                        | "retired"
                                ))
                    })
                })
                .unwrap_or(np_start);
            match np.name {
                // `The transport minister, Carlos Mendes, presented ...`: the title before.
                Some(name) if np.title.is_none() => {
                    let title = np::appositive_title(p, &name)
                        .or_else(|| np::post_appositive_title(p, &name));
                    self.observe_name(p, anchor, &name, title.as_ref());
                }
                Some(name) => self.observe_name(p, anchor, &name, np.title.as_ref()),
                None => self.observe_org(p, &run),
            }
        }
    }

    /// Notes the acronyms introduced in brackets inside a speaker's phrase, which is not
    /// walked by [`Resolver::observe`]: `according to a bulletin issued by the Assam State
    /// Disaster Management Authority (ASDMA)`, so that a later `the ASDMA said` resolves.
    pub(crate) fn observe_acronyms(&mut self, p: &Para<'a>, phrase: Range<usize>) {
        let end = (phrase.end + 1).min(p.len());
        for k in phrase.start + 1..end {
            if !p.is_punct(k, "(") {
                continue;
            }
            let mut start = k;
            while start > phrase.start
                && (p.is_cap_word(start - 1)
                    || (matches!(p.s(start - 1), "of" | "and" | "for")
                        && start - 1 > phrase.start
                        && p.is_cap_word(start - 2)))
            {
                start -= 1;
            }
            if start < k {
                self.observe_org(p, &(start..k));
            }
        }
    }

    /// Records a name as the organisation a later `the company` means: one described by
    /// its title (`media buying company GroupM`) or named with a generic noun (`the Ontario
    /// Energy Board`). A speaker (`speaking`) replaces the one on record; a mere mention
    /// only fills an empty place, so that `Acme said it sold the mill to Barrow Ltd. The
    /// company said ...` stays Acme's.
    fn note_org(
        &mut self,
        p: &Para<'a>,
        name: &Range<usize>,
        title: Option<&Range<usize>>,
        speaking: bool,
    ) {
        let noun = title
            .and_then(|t| t.end.checked_sub(1))
            .and_then(|k| crate::parser::sentence::with_lower(p.s(k), org_noun))
            .or_else(|| {
                name.clone()
                    .rev()
                    .filter(|&k| is_org_noun_at(p, k))
                    .find_map(|k| {
                        crate::parser::sentence::with_lower(np::strip_possessive(p.s(k)), org_noun)
                    })
            })
            .or_else(|| council_noun(p, name));
        if let Some(noun) = noun {
            if speaking {
                self.orgs.insert(noun, p.span(name));
            } else {
                self.orgs.entry(noun).or_insert(p.span(name));
            }
            self.note_short_org(p, name);
        }
    }

    /// Records the first word of an organisation's name `run` as its short name
    /// (`Fieldhand` for `Fieldhand Robotics`), when that word is a name of its own: not a
    /// generic or title word, not a given name, a place or a possessive (`Nacco's North
    /// American Coal Co` is another company).
    fn note_short_org(&mut self, p: &Para<'a>, run: &Range<usize>) {
        let first = p.s(run.start);
        let own = run.len() >= 2
            && p.is_cap_word(run.start)
            && np::strip_possessive(first).len() == first.len()
            && !np::bare_is(p, run.start, &lexicon::ORG_WORDS)
            && !lexicon::TITLES.has(p.entry_of(run.start))
            && !lexicon::DETERMINERS.has(p.entry_of(run.start))
            && names::gender_of_entry(p.entry_of(run.start)).is_none()
            && !names::is_place_at(p, run.start);
        if own {
            self.short_orgs
                .entry(Lower::of(first).as_str().to_owned())
                .or_insert(p.span(run));
        }
    }

    /// An organisation's name (`the Nova Scotia Health Authority`, `IRCC`, `company GroupM`)
    /// and the acronym in parentheses after it.
    fn observe_org(&mut self, p: &Para<'a>, run: &Range<usize>) {
        if p.quoted.get(run.start).copied().unwrap_or(false) {
            return;
        }
        let first = p.s(run.start);
        let acronym = run.len() == 1 && lexicon::is_all_caps(first) && first.chars().count() <= 6;
        let named = run.clone().any(|k| np::bare_is(p, k, &lexicon::ORG_WORDS));
        let described = run.start > 0
            && p.is_lower_word(run.start - 1)
            && matches!(
                p.s(run.start - 1),
                "company" | "firm" | "group" | "agency" | "giant"
            );
        if acronym && lexicon::TITLES.has(p.entry_of(run.start)) {
            return;
        }
        if !(acronym || named || described) || names::is_place_at(p, run.start) && run.len() == 1 {
            return;
        }
        // `company GroupM`: the describing noun; `the Ontario Energy Board`: the last
        // generic word of the name.
        let noun = if described {
            run.start
                .checked_sub(1)
                .and_then(|k| crate::parser::sentence::with_lower(p.s(k), org_noun))
        } else {
            run.clone()
                .rev()
                .filter(|&k| is_org_noun_at(p, k))
                .find_map(|k| {
                    crate::parser::sentence::with_lower(np::strip_possessive(p.s(k)), org_noun)
                })
        };
        if let Some(noun) = noun.or_else(|| council_noun(p, run)) {
            self.orgs.entry(noun).or_insert(p.span(run));
        }
        if named {
            self.note_short_org(p, run);
        }
        // `Immigration, Refugees and Citizenship Canada (IRCC)`
        if p.is_punct(run.end, "(")
            && p.is_punct(run.end + 2, ")")
            && lexicon::is_all_caps(p.s(run.end + 1))
        {
            let mut start = run.start;
            // `Immigration, Refugees and ...`: a comma-separated name before the run.
            while start >= 2
                && p.is_punct(start - 1, ",")
                && p.is_cap_word(start - 2)
                && start - 2 + 8 > run.start
            {
                start -= 2;
            }
            self.acronyms
                .insert(p.s(run.end + 1).to_owned(), p.span(&(start..run.end)));
        }
    }

    /// A name found by [`Resolver::observe`].
    fn observe_name(
        &mut self,
        p: &Para<'a>,
        np_start: usize,
        name: &Range<usize>,
        title: Option<&Range<usize>>,
    ) {
        let words = name.clone().filter(|&k| np::is_name_word(p, k)).count();
        let quoted = p.quoted.get(name.start).copied().unwrap_or(false);
        let clause = if quoted {
            None
        } else {
            clause_at(p, np_start).or_else(|| named_clause(p, np_start))
        };
        // `For Megda Belkacemi, Friday is a day she ...`: the sentence's topic.
        let topic = !quoted
            && np_start > 0
            && p.s(np_start - 1) == "For"
            && p.sentence_of(np_start).start == np_start - 1
            && p.is_punct(name.end, ",");
        let clause = if topic { Some(true) } else { clause };
        let subject = topic || clause.is_some() && self.is_subject(p, name.end);
        let last_at = name.end.saturating_sub(1);
        let last_word = p.s(last_at);
        // Whether the name is a surname met before: it decides only for one word with no
        // title (two words or a title register the name, and make it no `lone` one).
        let on_record = if words < 2
            && title.is_none()
            // No lowercased copy while no name is on record (a document's first ones).
            && !self.by_last.is_empty()
        {
            self.by_last.get(Lower::of(last_word).as_bytes()).copied()
        } else {
            None
        };
        let known = on_record.is_some();
        let possessive = last_word.ends_with("’s") || last_word.ends_with("'s");
        if !(words >= 2 || title.is_some() || known || subject) {
            return;
        }
        let lone = words == 1 && !known && title.is_none();
        let at_sentence_start = p.sentence_of(name.start).start == name.start;
        // `Closing branches to save pennies will cost us`: a gerund opening a sentence.
        if lone && at_sentence_start && last_word.len() >= 6 && last_word.ends_with("ing") {
            return;
        }
        if lone
            && ((at_sentence_start && !subject)
                || last_word.ends_with('s')
                || names::is_place_at(p, last_at))
        {
            return;
        }
        if words == 1 && names::is_place_at(p, last_at) && title.is_none() {
            return;
        }
        // `Edmonton Oilers`, `Toronto Star`: a place first names a team or a company.
        // What the tables say about the first name word (a lookup of `""` without one).
        let first = name
            .clone()
            .find(|&k| np::is_name_word(p, k))
            .map_or_else(|| lexicon::lookup(""), |k| p.entry_of(k));
        let first_gender = names::gender_of_entry(first);
        if words >= 2 && names::PLACE_NAMES.has(first) && first_gender.is_none() {
            return;
        }
        let Some((e, new)) = self.register(p, name, title, on_record) else {
            return;
        };
        // `Yuni, a resident of ...`, `Purdy, 73,`: an appositive says it is a person.
        if p.is_punct(name.end, ",")
            && (p.s(name.end + 1).chars().all(|c| c.is_ascii_digit())
                || matches!(p.s(name.end + 1), "a" | "an" | "the" | "who"))
            && let Some(ent) = self.entities.get_mut(e)
        {
            ent.strong = true;
        }
        let plural = self.entities.get(e).is_some_and(|x| x.plural);
        let sentence = (p.base, p.sent_of.get(name.start).copied().unwrap_or(0));
        if subject {
            let main = clause == Some(true);
            // Any person as the subject (even of `Even though X has ...`) keeps a person
            // introduced later in the sentence from outranking them.
            if self.entities.get(e).is_some_and(|x| x.strong) {
                self.subject_sentence = Some(sentence);
            }
            self.push_recent(Who::Entity(e), main);
        } else if !quoted
            && !possessive
            && !plural
            && words >= 2
            && (new && (title.is_some() || first_gender.is_some())
                || described_person(p, np_start, name.end))
        {
            // A person introduced with their full name is likely to speak next, and so is
            // one described again (`retiree Doug Purdy, who ...`, `Purdy, 73,`), unless the
            // sentence has a person as its subject (`X met Y. “...,” he said.`).
            let main = self.subject_sentence != Some(sentence);
            self.push_recent(Who::Entity(e), main);
        }
    }

    /// `the mayor said`: a definite role in subject position refers to its holder.
    fn observe_description(&mut self, p: &Para<'a>, i: usize) -> bool {
        // Only a role noun can be in `roles`: no lowercased copy for the other words.
        if !p.s(i).eq_ignore_ascii_case("the")
            || !p.is_word(i + 1)
            || !p.is(i + 1, &lexicon::ROLE_NOUNS)
        {
            return false;
        }
        // Looked up lowercased on the stack: `the` + a word is common, a role rare.
        let head = np::strip_possessive(p.s(i + 1));
        let Some(e) = self.roles.get(Lower::new(head).as_bytes()).copied() else {
            return false;
        };
        if p.quoted.get(i).copied().unwrap_or(false) || !self.is_subject(p, i + 2) {
            return false;
        }
        let Some(clause) = clause_at(p, i) else {
            return false;
        };
        self.push_recent(Who::Entity(e), clause);
        true
    }

    /// A person introduced by their role as a clause's subject: `A Nordwind spokeswoman
    /// declined to comment.`, so that the `she said` after it is hers. Returns the token
    /// after the role noun.
    fn observe_indefinite(&mut self, p: &Para<'a>, i: usize) -> Option<usize> {
        // Only a sentence's opening subject introduces someone new: `Walsh, a former labor
        // leader, said` describes Walsh. (Tested first: `observe` asks at every token.)
        if !matches!(p.s(i), "A" | "An" | "a" | "an")
            || p.sentence_of(i).start != i
            || p.quoted.get(i).copied().unwrap_or(false)
        {
            return None;
        }
        // `A spokeswoman`, `A city spokeswoman`, `A senior White House official`.
        let head = (i + 1..(i + 5).min(p.len()))
            .take_while(|&k| p.is_word(k))
            .find(|&k| p.is_lower_word(k) && p.is(k, &lexicon::ROLE_NOUNS))?;
        // Its verb right after it: `A spokeswoman declined`, `A senior official said`, not
        // `A general election is ...`.
        let verb = head + 1;
        let w = p.s(verb);
        let finite = p.is_lower_word(verb)
            && (p.info_cue(verb).is_some() || is_auxiliary(w) || w.len() > 4 && w.ends_with("ed"));
        if !finite {
            return None;
        }
        let clause = clause_at(p, i)?;
        let gender = names::gender_of_word(p.s(head));
        self.push_recent(
            Who::Described(p.span(&(i..head + 1)), false, gender),
            clause,
        );
        Some(head + 1)
    }

    /// Whether the name ending before token `after` is followed by its verb (through an
    /// appositive: `Lavrov, meanwhile, told`, `Lavrov, 71, said`, `X, the minister, was`).
    fn is_subject(&self, p: &Para<'a>, after: usize) -> bool {
        let last = p.s(after.saturating_sub(1));
        if last.ends_with("’s") || last.ends_with("'s") {
            return false;
        }
        let mut k = after;
        if p.is_punct(k, ",") {
            if verbish(p, k + 1) {
                return true;
            }
            let stop = p.len().min(k + 14);
            let Some(close) = (k + 1..stop).find(|&x| p.is_punct(x, ",") || p.ends_sentence(x))
            else {
                return false;
            };
            if !p.is_punct(close, ",") {
                return false;
            }
            k = close + 1;
        }
        // `also said`, `has long been`: adverbs before the verb; an auxiliary is a verb.
        while p.is_lower_word(k)
            && p.is(k, &lexicon::BETWEEN)
            && !is_auxiliary(p.s(k))
            && !verbish(p, k + 1)
        {
            k += 1;
        }
        verbish(p, k)
    }

    /// The most recent person a pronoun of this number and gender may refer to: a primary
    /// mention first, a strong entity first.
    fn antecedent(&self, plural: bool, gender: Option<Gender>) -> Option<Who> {
        let fits = |r: &Recent, primary: bool, strong: bool| {
            if primary && !r.primary {
                return false;
            }
            match r.who {
                Who::Entity(e) => self.entities.get(e).is_some_and(|x| {
                    x.plural == plural
                        && (x.strong || !strong)
                        && (gender.is_none() || x.gender.is_none() || x.gender == gender)
                }),
                Who::Described(_, pl, g) => {
                    pl == plural && (gender.is_none() || g.is_none() || g == gender)
                }
            }
        };
        [(true, true), (true, false), (false, true), (false, false)]
            .into_iter()
            .find_map(|(primary, strong)| {
                self.recent
                    .iter()
                    .rev()
                    .find(|r| fits(r, primary, strong))
                    .map(|r| r.who)
            })
    }

    /// Resolves a speaker mention; `direct` for the speaker of a direct quotation (a
    /// definite epithet, `the affable proprietor`, may then name the person the story is
    /// about).
    pub(crate) fn resolve(&mut self, p: &Para<'a>, n: &Np, direct: bool) -> Speaker<'a> {
        let mention_r = n.mention();
        let mention_span = p.span(&mention_r);
        let mention = self.text(mention_span);
        let unresolved = |name: &'a str| Speaker {
            name: Cow::Borrowed(name),
            mention: Cow::Borrowed(mention),
            span: mention_span,
            title: None,
            resolved: false,
        };
        // `her statement read`: the pronoun's referent.
        let pronoun = if mention_r.len() == 1 {
            // French inversion, `», a-t-il ajouté`, `explique-t-elle`: the pronoun after the
            // verb's hyphen.
            Some(
                mention
                    .rsplit_once('-')
                    .map(|(_, p)| p)
                    .filter(|p| matches!(*p, "il" | "elle"))
                    .unwrap_or(mention),
            )
        } else if mention_r.len() == 2
            && matches!(p.s(mention_r.start), "his" | "her" | "their")
            && p.is(mention_r.end - 1, &lexicon::SOURCES)
        {
            Some(match p.s(mention_r.start) {
                "his" => "he",
                "her" => "she",
                _ => "they",
            })
        } else {
            None
        };
        // French `il` alone (never the Italian article, which needs a noun) is `he`.
        if let Some(pr) =
            pronoun.filter(|w| is(&lexicon::PRONOUNS, w) || w.eq_ignore_ascii_case("il"))
        {
            let plural = pr.eq_ignore_ascii_case("they");
            let gender = pronoun_gender(pr);
            if !plural && gender.is_none() {
                return unresolved(mention);
            }
            return match self.antecedent(plural, gender) {
                Some(who) => {
                    if let Who::Entity(e) = who
                        && let Some(ent) = self.entities.get_mut(e)
                        && ent.gender.is_none()
                    {
                        ent.gender = gender;
                    }
                    self.push_recent(who, true);
                    self.speaker_of(who, mention, mention_span)
                }
                None => unresolved(mention),
            };
        }
        // `IRCC`, `the IRCC`: an acronym introduced in full.
        let last_word = n.all.end.checked_sub(1).map_or("", |h| p.s(h));
        if lexicon::is_all_caps(last_word)
            && let Some(&full) = self.acronyms.get(last_word)
        {
            return self.named(full, mention, mention_span);
        }
        // `Prosecutors say`: a plural noun opening the sentence, not a surname.
        let lone_plural = n.name.as_ref().is_some_and(|r| {
            r.len() == 1
                && r.start == p.sentence_of(r.start).start
                && p.s(r.start).ends_with('s')
                && !self
                    .by_last
                    .contains_key(Lower::of(p.s(r.start)).as_bytes())
        });
        if lone_plural {
            self.push_recent(Who::Described(mention_span, true, None), true);
            return unresolved(mention);
        }
        if let Some(name) = &n.name {
            // `Fieldhand said`, after `Fieldhand Robotics`: the organisation's short name
            // (unless a person of that name was met).
            if name.len() == 1 && n.title.is_none() {
                let word = Lower::of(p.s(name.start));
                if !self.by_last.contains_key(word.as_bytes())
                    && let Some(&full) = self.short_orgs.get(word.as_str())
                {
                    return self.named(full, mention, mention_span);
                }
            }
            self.note_org(p, name, n.title.as_ref(), true);
            // `said Jane Doe, a spokeswoman for the city`: the description after the name.
            let post = n
                .title
                .is_none()
                .then(|| np::post_appositive_title(p, name))
                .flatten();
            if let Some((e, _)) = self.register(p, name, n.title.as_ref().or(post.as_ref()), None) {
                if let Some(ent) = self.entities.get_mut(e) {
                    ent.strong = !ent.plural;
                }
                self.push_recent(Who::Entity(e), true);
                let mut s = self.speaker_of(Who::Entity(e), mention, mention_span);
                if s.title.is_none() {
                    s.title = n.title.as_ref().map(|t| Cow::Borrowed(p.slice(t)));
                }
                return s;
            }
            return unresolved(mention);
        }
        // `Acme Mining Corp said`: an organisation's name, for a later `the company`.
        if n.all.clone().skip(1).any(|k| p.is_cap_word(k)) {
            self.note_org(p, &n.all, None, true);
        }
        // A description: `the minister`, `a senior US official`, `officials`; with a
        // post-modifier (`Union officials in Detroit`), its head names the speaker.
        let all = np::head(p, n).unwrap_or_else(|| n.all.clone());
        let head_word = all.end.checked_sub(1).map_or("", |h| p.s(h));
        let head = lower(head_word);
        // `the minister`, and the definite articles of the other languages with role nouns
        // in the lexicon (`la ministra`, `il sindaco`, `der Minister`).
        let first = p.s(all.start);
        let definite = ["the", "el", "la", "le", "il", "lo", "o", "der", "die"]
            .iter()
            .any(|a| first.eq_ignore_ascii_case(a));
        if definite && let Some(&e) = self.roles.get(head.as_bytes()) {
            self.push_recent(Who::Entity(e), true);
            return self.speaker_of(Who::Entity(e), mention, mention_span);
        }
        // `the company said`: the organisation named last with that noun.
        if definite
            && first.eq_ignore_ascii_case("the")
            && all.len() == 2
            && let Some(&org) = org_noun(&head)
                .or_else(|| local_government(&head))
                .and_then(|noun| self.orgs.get(noun))
        {
            return self.named(org, mention, mention_span);
        }
        let plural = np::is_plural_noun(&head);
        let org = is(&lexicon::ORG_WORDS, &head);
        // `the couple`, `the pair`: the last people named together.
        if definite
            && matches!(
                head.as_str(),
                "couple" | "pair" | "two" | "duo" | "brothers" | "sisters"
            )
            && let Some(who) = self.antecedent(true, None)
        {
            return self.speaker_of(who, mention, mention_span);
        }
        if definite && let Some(&first) = self.described.get(&head) {
            let who = Who::Described(first, plural, names::gender_of_word(&head));
            self.push_recent(who, true);
            return self.speaker_of(who, mention, mention_span);
        }
        // `the affable proprietor`, `the 39-year-old founder`: an epithet for the person
        // the story is about.
        let aged = n.all.clone().any(|k| p.s(k).ends_with("-year-old"));
        if p.s(all.start).eq_ignore_ascii_case("the")
            && (direct || aged)
            && !plural
            && !org
            && !is(&lexicon::ROLE_NOUNS, &head)
            && !is(&lexicon::SOURCES, &head)
            && let Some(who) = self.antecedent(false, names::gender_of_word(&head))
            && matches!(who, Who::Entity(_))
        {
            self.push_recent(who, true);
            return self.speaker_of(who, mention, mention_span);
        }
        if is(&lexicon::ROLE_NOUNS, &head) || plural {
            self.described.entry(head.clone()).or_insert(mention_span);
        }
        if !org {
            self.push_recent(
                Who::Described(mention_span, plural, names::gender_of_word(&head)),
                true,
            );
        }
        unresolved(mention)
    }

    fn speaker_of(&self, who: Who, mention: &'a str, span: Span) -> Speaker<'a> {
        match who {
            Who::Entity(e) => {
                let ent = self.entities.get(e);
                Speaker {
                    name: Cow::Borrowed(ent.map_or(mention, |x| self.text(x.name))),
                    mention: Cow::Borrowed(mention),
                    span,
                    title: ent
                        .and_then(|x| x.title)
                        .map(|t| Cow::Borrowed(self.text(t))),
                    resolved: ent.is_some(),
                }
            }
            Who::Described(first, _, _) => Speaker {
                name: Cow::Borrowed(self.text(first)),
                mention: Cow::Borrowed(mention),
                span,
                title: None,
                resolved: self.text(first) != mention,
            },
        }
    }

    /// A speaker named by `full`, a name met before (an organisation's full name for its
    /// acronym, short name or `the company`), for the mention at `span`.
    fn named(&self, full: Span, mention: &'a str, span: Span) -> Speaker<'a> {
        Speaker {
            name: Cow::Borrowed(self.text(full)),
            mention: Cow::Borrowed(mention),
            span,
            title: None,
            resolved: true,
        }
    }

    /// The first person the article named in full (two words or more, one person): an
    /// interview's interviewee, whom its introduction presents. `mention` and `span` are the
    /// answer's label.
    pub(crate) fn first_person(&self, mention: &'a str, span: Span) -> Option<Speaker<'a>> {
        let e = self
            .entities
            .iter()
            .position(|x| x.words >= 2 && !x.plural && x.strong)?;
        Some(self.speaker_of(Who::Entity(e), mention, span))
    }

    /// The person the text is about right now (the most recent speaker, introduction or
    /// subject): the speaker of a quote that has no attribution at all.
    pub(crate) fn current_person(&self) -> Option<Speaker<'a>> {
        let who = self.antecedent(false, None)?;
        // A lone capitalised word never introduced as a person (`Tři městské knihovny
        // ...`, a sentence's first word in a language the lexicon does not know) says
        // nothing about who speaks.
        if let Who::Entity(e) = who
            && self
                .entities
                .get(e)
                .is_some_and(|x| !x.strong && x.words < 2)
        {
            return None;
        }
        let span = match who {
            Who::Entity(e) => self.entities.get(e)?.name,
            Who::Described(s, _, _) => s,
        };
        Some(self.speaker_of(who, self.text(span), span))
    }

    /// Whether the article introduced a person, named in full, whom `mention`'s last word
    /// (or its first name alone) names: a transcript's title-case label (`Reyes:` after
    /// `host Dana Reyes`), not a heading that the name map also holds (`Navigation
    /// Roadblocks:`).
    pub(crate) fn names_person(&self, mention: &str) -> bool {
        self.named_by(mention).is_some_and(|e| {
            e.strong
                && !e.plural
                && e.words >= 2
                // A person: introduced with a title, or known by a given name or a
                // pronoun (`Navigation Roadblocks` is neither).
                && (e.title.is_some() || e.gender.is_some())
        })
    }

    /// The fullest name the article gives a person mentioned by `mention`'s last word
    /// (`Reid` → `Harry Reid`) or by a first name alone (`Hillary`), with their title: for
    /// a mention outside the body, read after it.
    pub(crate) fn full_name(&self, mention: &str) -> Option<(&'a str, Option<&'a str>)> {
        let entity = self.named_by(mention)?;
        Some((self.text(entity.name), entity.title.map(|t| self.text(t))))
    }

    /// The entity `mention`'s last word names as a surname, or, for a one-word mention, as
    /// a first name (`Hillary`: whoever the body introduced with it).
    fn named_by(&self, mention: &str) -> Option<&Entity> {
        let mut words = mention.split_whitespace();
        let key = lower(words.next_back()?);
        let by_first = || {
            words
                .next()
                .is_none()
                .then(|| self.by_first.get(key.as_bytes()))
                .flatten()
        };
        self.entities
            .get(*self.by_last.get(key.as_bytes()).or_else(by_first)?)
    }

    /// The one person the article introduced with a title ending in `title` (`Mayor Luis
    /// Ortiz` for `Mayor`): a headline's bare title. `None` when no one or more than one
    /// person has such a title.
    pub(crate) fn titled(&self, title: &str) -> Option<(&'a str, &'a str)> {
        let mut found = None;
        for e in self.entities.iter().filter(|e| !e.plural && e.words >= 2) {
            let Some(t) = e.title else { continue };
            let text = self.text(t);
            let last = text.trim_end_matches('.').rsplit(' ').next().unwrap_or("");
            if !last.eq_ignore_ascii_case(title) {
                continue;
            }
            let name = self.text(e.name);
            match found {
                Some((other, _)) if other != name => return None,
                _ => found = Some((name, text)),
            }
        }
        found
    }

    /// Remembers a speaker resolved elsewhere as the most recent person.
    pub(crate) fn note_speaker(&mut self, s: &Speaker<'a>) {
        if !s.resolved {
            return;
        }
        let key = s
            .name
            .split_whitespace()
            .last()
            .map_or(Lower::Stack([0; 24], 0), Lower::of);
        if let Some(&e) = self.by_last.get(key.as_bytes()) {
            self.push_recent(Who::Entity(e), true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_nouns_are_the_words_org_noun_takes() {
        // The words of `org_noun`'s arms: each in the table, and each word of the table
        // one of them.
        let arms = "company inc corp corporation ltd llc co group industries technologies \
            motors airlines labs firm electric holdings ventures systems solutions \
            pharmaceuticals telecom robotics software networks therapeutics biosciences \
            logistics analytics aerospace automotive agency department ministry council \
            commission committee board association union bank university hospital authority \
            foundation network league organization organisation";
        for w in arms.split_whitespace() {
            assert!(org_noun(w).is_some(), "{w}");
            assert!(lexicon::is(&lexicon::ORG_NOUNS, w), "{w}");
        }
        for w in lexicon::ORG_NOUNS.words() {
            assert!(arms.split_whitespace().any(|a| a == w), "{w}");
        }
        assert!(org_noun("person").is_none());
    }

    #[test]
    fn lower_bytes_are_the_lowercased_word() {
        assert_eq!(Lower::of("Blinken’s").as_bytes(), b"blinken");
        assert_eq!(Lower::new("O'Brien's").as_bytes(), b"o'brien's");
        assert_eq!(Lower::of("Élodie").as_bytes(), "élodie".as_bytes());
        assert_eq!(Lower::of("Соколова").as_str(), "соколова");
    }

    fn np_before(p: &Para<'_>, word: &str) -> Np {
        let i = (0..p.len()).rev().find(|&i| p.s(i) == word).unwrap();
        np::before(p, i, p.sentence_of(i).start).unwrap()
    }

    fn resolve_last(text: &str, verb: &str) -> Speaker<'static> {
        let p = Para::new(text, 0);
        let mut r = Resolver::new(text);
        let n = np_before(&p, verb);
        r.observe(&p, 0..n.all.start);
        r.resolve(&p, &n, true).into_owned()
    }

    #[test]
    fn turkish_case_endings_come_off_names() {
        assert_eq!(case_stem("Belediyesi'nden"), "Belediyesi");
        assert_eq!(case_stem("Erdoğan’ın"), "Erdoğan");
        assert_eq!(case_stem("O'Brien"), "O'Brien");
        assert_eq!(case_stem("d'Estaing"), "d'Estaing");
        assert_eq!(case_stem("Smith"), "Smith");
        assert_eq!(case_stem("Na'moks"), "Na'moks");
        assert_eq!(case_stem("We've"), "We've");
    }

    #[test]
    fn surnames_resolve_to_the_fullest_name_with_title() {
        let s = resolve_last(
            "US Secretary of State Antony Blinken met Lavrov. Then Blinken said so.",
            "said",
        );
        assert_eq!(s.name, "Antony Blinken");
        assert_eq!(s.mention, "Blinken");
        assert_eq!(s.title.as_deref(), Some("US Secretary of State"));
        assert!(s.resolved);
    }

    #[test]
    fn a_name_after_an_age_or_epithet_is_the_subject() {
        // `he` is the player the last sentence is about, not the manager who spoke before.
        let s = resolve_last(
            "Chidi Okafor scored. Gary Pell said it was a foul. The 21-year-old Okafor was modest. Then he said so.",
            "said",
        );
        assert_eq!(s.name, "Chidi Okafor");
        let s = resolve_last(
            "Chidi Okafor scored. Gary Pell said it was a foul. The young Okafor was modest. Then he said so.",
            "said",
        );
        assert_eq!(s.name, "Chidi Okafor");
    }

    #[test]
    fn a_name_after_named_is_the_subject_and_a_gerund_is_no_name() {
        let s = resolve_last(
            "Closing branches will cost us. A regular named Mr. Patel came in. Then he said so.",
            "said",
        );
        assert_eq!(s.name, "Patel");
    }

    #[test]
    fn a_name_introduced_as_a_thing_is_nobody() {
        // The only name is a journal's: `the author` stays a description.
        let s = resolve_last(
            "It was published in the journal Animal Cognition. Then the author said so.",
            "said",
        );
        assert_eq!((s.name.as_ref(), s.resolved), ("the author", false));
    }

    #[test]
    fn a_common_noun_before_a_name_is_its_title() {
        let s = resolve_last("Neighbor Darnell Price said he heard the alarm.", "said");
        assert_eq!(
            (s.name.as_ref(), s.title.as_deref()),
            ("Darnell Price", Some("Neighbor"))
        );
    }

    #[test]
    fn a_role_opening_a_sentence_introduces_a_person() {
        let s = resolve_last(
            "The people said it was over. A Nordwind spokeswoman declined to comment. Then she said no.",
            "said",
        );
        assert_eq!(
            (s.name.as_ref(), s.resolved),
            ("A Nordwind spokeswoman", true)
        );
        // In apposition, the description is the name's.
        let s = resolve_last(
            "Marty Walsh, a former labor leader, spoke first. Then he said no.",
            "said",
        );
        assert_eq!(s.name, "Marty Walsh");
        // `people` is plural: no `she`.
        assert!(np::is_plural_noun("people") && np::is_plural_noun("officials"));
        assert!(!np::is_plural_noun("spokeswoman") && !np::is_plural_noun("boss"));
    }

    #[test]
    fn pronouns_take_the_most_recent_subject_of_their_gender() {
        let s = resolve_last(
            "Sergei Lavrov offered a rebuttal to Antony Blinken. Then he said so.",
            "said",
        );
        assert_eq!(s.name, "Sergei Lavrov");
        let s = resolve_last(
            "Lisa Harris met Kevin Vickers. Kevin Vickers spoke first. Then she said so.",
            "said",
        );
        assert_eq!(s.name, "Lisa Harris");
        let s = resolve_last(
            "Exercise helped accountant Babatunji Farinloye, 50. Then he said so.",
            "said",
        );
        assert_eq!(s.name, "Babatunji Farinloye");
    }

    #[test]
    fn subordinate_subjects_rank_below_speakers() {
        let s = resolve_last(
            "Spokesman John Shibley said the vote was fair. Although Donald Trump has said otherwise, voters agreed, he said.",
            "said",
        );
        assert_eq!(s.name, "John Shibley");
    }

    #[test]
    fn french_il_is_he() {
        let s = resolve_last(
            "Paul Dupont a dit que le plan serait prêt. Il a ajouté des détails.",
            "a",
        );
        assert_eq!((&*s.name, &*s.mention), ("Paul Dupont", "Il"));
    }

    #[test]
    fn russian_surnames_decline_and_pronouns_of_other_languages() {
        assert_eq!(declined_surname("соколова"), Some("соколов"));
        assert_eq!(declined_surname("иванову"), Some("иванов"));
        assert_eq!(declined_surname("smitha"), None);
        assert_eq!(declined_surname("ива"), None);
        assert_eq!(pronoun_gender("Он"), Some(Gender::Male));
        assert_eq!(pronoun_gender("ela"), Some(Gender::Female));
        assert_eq!(pronoun_gender("they"), None);
    }

    #[test]
    fn roles_epithets_and_unknown_mentions() {
        let text = "Surrey Mayor Doug McCallum spoke. Then the mayor said so. Then a senior official said it.";
        let p = Para::new(text, 0);
        let mut r = Resolver::new(text);
        let said: Vec<usize> = (0..p.len()).filter(|&i| p.s(i) == "said").collect();
        let n = np::before(&p, said[0], p.sentence_of(said[0]).start).unwrap();
        r.observe(&p, 0..n.all.start);
        assert_eq!(r.resolve(&p, &n, true).name, "Doug McCallum");
        let n = np::before(&p, said[1], p.sentence_of(said[1]).start).unwrap();
        let s = r.resolve(&p, &n, true);
        assert_eq!(s.name, "a senior official");
        assert!(!s.resolved);
        let s = resolve_last(
            "Local cartoonist Andre Campbell draws every day. Then the bow-tied maverick said so.",
            "said",
        );
        assert_eq!(s.name, "Andre Campbell");
    }

    #[test]
    fn the_company_is_the_organisation_named_last() {
        let s = resolve_last(
            "The Canada Revenue Agency is reviewing the claims. The agency said it would reply.",
            "said",
        );
        assert_eq!(
            (s.name.as_ref(), s.resolved),
            ("Canada Revenue Agency", true)
        );
        let s = resolve_last(
            "Spending fell, figures from media buying company GroupM show. The company said so.",
            "said",
        );
        assert_eq!(s.name, "GroupM");
        // The company that spoke, not the one mentioned after it.
        let s = resolve_last(
            "Acme Mining Corp said it sold the mill to Barrow Resources Ltd. The company said so.",
            "said",
        );
        assert_eq!(s.name, "Acme Mining Corp");
        // No organisation of that kind named before: the description stays.
        let s = resolve_last("The bank was closed. The company said so.", "said");
        assert_eq!((s.name.as_ref(), s.resolved), ("The company", false));
    }

    #[test]
    fn the_city_is_the_local_government_named_city_of() {
        let s = resolve_last(
            "The City of Surrey will build an arena. The city said the rink would close.",
            "said",
        );
        assert_eq!((s.name.as_ref(), s.resolved), ("City of Surrey", true));
        // A capitalised `City` that names no government.
        let s = resolve_last(
            "City records from 2017 show a deficit. The city said it was paid.",
            "said",
        );
        assert_eq!((s.name.as_ref(), s.resolved), ("The city", false));
        // An organisation named with `of`, not a person `Operating Engineers` titled
        // `International Union of`.
        let s = resolve_last(
            "Members of the International Union of Operating Engineers met. The union said so.",
            "said",
        );
        assert_eq!(s.name, "International Union of Operating Engineers");
    }

    #[test]
    fn a_post_modified_description_is_not_its_object() {
        let s = resolve_last(
            "The plant will close. Union officials in Detroit said they would fight it.",
            "said",
        );
        assert_eq!(s.name, "Union officials in Detroit");
        assert!(!s.resolved);
        // Its head is the plural `officials`: `they` refers back to it.
        let text = "Officials in Mobile said shelters were full. They said more would open.";
        let p = Para::new(text, 0);
        let mut r = Resolver::new(text);
        let said: Vec<usize> = (0..p.len()).filter(|&i| p.s(i) == "said").collect();
        let n = np::before(&p, said[0], p.sentence_of(said[0]).start).unwrap();
        assert_eq!(r.resolve(&p, &n, false).name, "Officials in Mobile");
        let n = np::before(&p, said[1], p.sentence_of(said[1]).start).unwrap();
        assert_eq!(r.resolve(&p, &n, false).name, "Officials in Mobile");
    }
}

//! Speaker noun phrases: the words naming who speaks, next to a speech verb.
//!
//! ## Grammar
//!
//! ```text
//! np        = [ determiner ] *modifier head [ "," appositive "," ]
//! head      = pronoun / name / noun [ post-modifier ]
//! name      = [ title ] 1*name-word *( ( "and" / particle ) 1*name-word )
//! title     = 1*( title-word / modifier / "of" / "the" )  ; US Secretary of State
//! post-modifier = preposition np   ; officials in Detroit, a spokesman for the ministry
//!               / "who" *word      ; a woman who lives nearby (before the verb)
//! ```
//!
//! A noun phrase with a post-modifying prepositional phrase names the head before the
//! preposition, never the object after it: `Union officials in Detroit` is a description
//! whose head is `Union officials`, not the name `Detroit`; so is a relative clause (`The
//! man who drove in from Falmouth`).
//!
//! Noun phrases are found by walking a bounded number of tokens away from the speech verb,
//! so each lookup costs a constant.
//!
//! ## Examples
//!
//! ```text
//! > | US Secretary of State Antony Blinken said
//!     ^^^^^^^^^^^^^^^^^^^^^ ^^^^^^^^^^^^^^ title, name
//! > | Lena Marchetti, a researcher at the institute, told
//!     ^^^^^^^^^^^^^^ the appositive is skipped
//! ```

use std::ops::Range;

use super::lexicon::{self, is};
use super::names;
use super::para::Para;
use crate::parser::sentence::with_lower;

/// The longest noun phrase, in words.
const MAX_NP: usize = 12;
/// The longest appositive skipped between a subject and its verb.
const MAX_APPOSITIVE: usize = 16;

/// A speaker mention: the noun phrase, and in it the proper name and the title, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Np {
    /// The whole phrase.
    pub(crate) all: Range<usize>,
    /// The proper name in it (`Antony Blinken`).
    pub(crate) name: Option<Range<usize>>,
    /// The words before the name (`US Secretary of State`).
    pub(crate) title: Option<Range<usize>>,
}

impl Np {
    /// The mention as written: the name when there is one, else the whole phrase.
    pub(crate) fn mention(&self) -> Range<usize> {
        self.name.clone().unwrap_or_else(|| self.all.clone())
    }
}

/// Particles inside names: `Ludwig van Beethoven`, `Osama bin Laden`.
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "da"
            | "di"
            | "du"
            | "del"
            | "della"
            | "dos"
            | "das"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "la"
            | "le"
            | "ter"
            | "ten"
            | "st"
    )
}

/// Whether token `i` can be part of a person's name (worked out once per token by
/// [`Para::new`]).
pub(crate) fn is_name_word(p: &Para<'_>, i: usize) -> bool {
    p.is_name_word(i)
}

/// [`is_name_word`], worked out.
pub(crate) fn name_word_uncached(p: &Para<'_>, i: usize) -> bool {
    if !p.is_cap_word(i) {
        return false;
    }
    let raw = p.s(i);
    let w = strip_possessive(raw);
    // The tables looked up once for the token, or again without its possessive.
    let entry = if w.len() == raw.len() {
        p.entry(i)
    } else {
        lexicon::lookup(w)
    };
    // The tables before the bytes: a title, a role, a listener or a pronoun that is no
    // month or common word is no name, whatever its bytes; a month or a common word has no
    // `/` or `-` (a test checks), so of the byte tests below only the article one applies.
    let common = lexicon::CALENDAR.has(entry) || lexicon::NOT_NAMES.has(entry);
    if !common
        && (lexicon::TITLES.has(entry)
            || lexicon::ROLE_NOUNS.has(entry)
            || lexicon::LISTENERS.has(entry)
            || lexicon::PRONOUNS.has(entry))
    {
        return false;
    }
    if common {
        return !(p.is_lower_word(i + 1) && is_article(w)) && month_or_word_as_name(p, i);
    }
    // The byte tests in one pass over the word (short: a `memchr` call per test would
    // cost more than it saves), with what `is_all_caps` reads of an ASCII word.
    let (mut slash, mut dash, mut dot, mut lower, mut other) = (false, false, false, false, false);
    let mut letters = 0usize;
    for &b in w.as_bytes() {
        match b {
            b'/' => slash = true,
            b'-' => dash = true,
            b'.' => dot = true,
            b'a'..=b'z' => {
                lower = true;
                letters += 1;
            }
            b'A'..=b'Z' => letters += 1,
            0x80.. => other = true,
            _ => {}
        }
    }
    if slash || (dash && w.split('-').any(|part| is(&lexicon::TITLES, part))) {
        // `Tato/AFP/Getty`, `Vice-President`
        return false;
    }
    if p.is_lower_word(i + 1) && is_article(w) {
        // `Le opposizioni:`, `O ministro disse`: an article before a noun, not `Le Pen`.
        return false;
    }
    !((dot && is_initials(w))
        || (if other {
            lexicon::is_all_caps(w) && w.chars().count() > 1
        } else {
            // `is_all_caps` of an ASCII word; its length is its char count.
            !lower && letters >= 2 && w.len() > 1
        } && !is_initials(w)))
}

/// For a capitalised month or common word at token `i` (`May`, `Every`): whether it is a
/// name all the same, after a title's period or a first name (`Ms. May`, `Elizabeth May`,
/// `Michael Every`).
fn month_or_word_as_name(p: &Para<'_>, i: usize) -> bool {
    let after_title_or_given = i > 0
        && (p.is_abbreviation_period(i - 1)
            || (p.is_cap_word(i - 1) && names::gender_of_entry(p.entry_of(i - 1)).is_some()));
    // `Jan Novák`, `April Ryan`, `Mar Hicks`: a month that is also a given name, before a
    // capitalised word that is neither a date, a common word, a title, an organisation nor
    // a place (not `May Britain`, `June Sales Report`).
    // After `last`, `in`, `since` ... it is the month (`Since last August Smart has ...`).
    let dated = i > 0
        && p.is_lower_word(i - 1)
        && matches!(
            p.s(i - 1),
            "last"
                | "next"
                | "this"
                | "in"
                | "since"
                | "of"
                | "early"
                | "late"
                | "mid"
                | "until"
                | "by"
                | "from"
                | "through"
                | "on"
                | "during"
                | "before"
                | "after"
        );
    let given_month = matches!(p.s(i), "Jan" | "Mar" | "May" | "June" | "April" | "August")
        && !dated
        && p.is_cap_word(i + 1)
        && !p.is(i + 1, &lexicon::CALENDAR)
        && !p.is(i + 1, &lexicon::NOT_NAMES)
        && !p.is(i + 1, &lexicon::TITLES)
        && !p.is(i + 1, &lexicon::ORG_WORDS)
        && !names::is_place(strip_possessive(p.s(i + 1)));
    after_title_or_given || given_month
}

/// `J`, `J.R` (initials, their periods are separate tokens).
fn is_initials(w: &str) -> bool {
    w.split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
}

/// Whether token `i`, without its possessive ending, is a word of `table`: read from the
/// token's entry (looked up with the paragraph) when it has no ending to strip.
pub(crate) fn bare_is(p: &Para<'_>, i: usize, table: &lexicon::Words) -> bool {
    let w = p.s(i);
    let bare = strip_possessive(w);
    if bare.len() == w.len() && p.is_word(i) {
        p.is(i, table)
    } else {
        is(table, bare)
    }
}

/// `Blinken’s` → `Blinken`.
pub(crate) fn strip_possessive(w: &str) -> &str {
    // Every ending stripped ends in `s` or in the last byte of `’`: most words have none.
    if !matches!(w.as_bytes().last(), Some(b's' | 0x99)) {
        return w;
    }
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

/// Whether token `i` is a period after an abbreviated title or initial (`Dr.`, `J.`).
fn is_abbreviation_period(p: &Para<'_>, i: usize) -> bool {
    p.is_abbreviation_period(i)
}

/// Splits a noun phrase into title and name.
pub(crate) fn split_name(p: &Para<'_>, all: Range<usize>) -> Np {
    let mut start = all.end;
    let mut i = all.end;
    let mut words = 0;
    while i > all.start {
        let t = i - 1;
        if is_name_word(p, t) {
            words += 1;
            start = t;
        } else if is_abbreviation_period(p, t) && t > all.start && is_initials(p.s(t - 1)) {
            // the period of an initial inside the name: keep going
        } else if words > 0
            && t > all.start
            && (p.s(t) == "and" || p.s(t) == "&" || is_particle(p.s(t)))
            && is_name_word(p, t - 1)
        {
            // `Tore Sohlberg and Lehla Abreder`, `Osama bin Laden`, `Fire & Rescue`
        } else if words > 0 && p.is_word(t) && matches!(p.s(t), "Jr" | "Sr" | "II" | "III") {
        } else {
            break;
        }
        i = t;
    }
    // Skip words like `Jr` or a trailing period that sit after the last name word.
    let mut end = all.end;
    while end > start && !is_name_word(p, end - 1) {
        end -= 1;
    }
    if words == 0 || start >= end {
        return name_before_of(p, all);
    }
    // German capitalises every noun: `eine Bahnsprecherin`, `der Minister` is a description.
    if words == 1 && start == all.start + 1 && is_german_article(p.s(all.start)) {
        return Np {
            all,
            name: None,
            title: None,
        };
    }
    // `Harbourmaster Tomas Vidal`, `Laut Gewerkschaftschef Klaus Meier`: a word opening the
    // sentence or a source phrase before a known given name is a title.
    // `Neighbor Darnell Price said`: a common noun for a person opening the sentence is a
    // title too, whatever the given name.
    if words >= 3
        && names::gender_of_entry(p.entry_of(start)).is_none()
        && (names::gender_of_entry(p.entry_of(start + 1)).is_some()
            && (p.sentence_of(start).start == start
                || start > 0 && super::attribution::according_to(p, start - 1))
            || is_german_title(p.s(start))
            || p.sentence_of(start).start == start && is_person_noun(p.s(start)))
    {
        start += 1;
    }
    if place_after_person(p, &all, start) {
        return name_before_of(p, all);
    }
    // `the City of Surrey`, `the University of Toronto`: an organisation named after a
    // place, not a person titled `City of`.
    let of_org = start >= all.start + 2
        && p.s(start - 1) == "of"
        && p.is_cap_word(start - 2)
        && bare_is(p, start - 2, &lexicon::ORG_WORDS);
    // `Helen Park`, `Kathleen Hall Jamieson`: after a known given name, an organisation word
    // that is also a common surname is the surname (not `Douglas County`, `Winston
    // Churchill Square`).
    let given = names::gender_of_entry(p.entry_of(start)).is_some();
    let org_word = |t: usize| {
        p.is_word(t)
            && bare_is(p, t, &lexicon::ORG_WORDS)
            && !(given && t > start && is_surname_too(p.s(t)))
    };
    let org = of_org || (start..end).any(org_word);
    // `officials in Detroit`, `a spokeswoman for Trudeau`: the name is the object of a
    // preposition after the head noun, not the speaker.
    let object = post_modifier(p, all.clone()).is_some_and(|k| k < start);
    if object {
        // A description (see [`head`]).
        return Np {
            all,
            name: None,
            title: None,
        };
    }
    if org {
        // `Tim Guest with the Nova Scotia Health Authority`
        return name_before_of(p, all);
    }
    let title_start = past_determiners(p, all.start, start);
    // `the United States and Russia`: a coordination, not a title.
    let coordinated = start > all.start && matches!(p.s(start - 1), "and" | "or" | "&");
    let title = (title_start < start && !coordinated).then_some(title_start..start);
    Np {
        all,
        name: Some(start..end),
        title,
    }
}

/// Whether the name run starting at `start` is the place of a person named before it:
/// `Mayor Luis Ortiz of Bay Harbor`, `Sen. Hart of Ohio`, `Ilhan Omar of Minnesota` (a
/// person's name of two words, or a name after a title, then `of` or `from`); not
/// `Secretary of State Antony Blinken` (a title before `of`), `the Duchess of Sussex` or
/// `the Royal Bank of Canada` (an organisation's words).
fn place_after_person(p: &Para<'_>, all: &Range<usize>, start: usize) -> bool {
    if start < all.start + 2 || !matches!(p.s(start - 1), "of" | "from") {
        return false;
    }
    let end = start - 1;
    let mut r = end;
    while r > all.start
        && (is_name_word(p, r - 1)
            || r >= all.start + 2 && is_abbreviation_period(p, r - 1) && is_initials(p.s(r - 2)))
    {
        r -= 1;
    }
    let run = r..end;
    let names = run.clone().filter(|&i| is_name_word(p, i)).count();
    if names == 0
        || run
            .clone()
            .any(|i| p.is_word(i) && bare_is(p, i, &lexicon::ORG_WORDS))
    {
        return false;
    }
    // `Sen.` before the name: the title word, past its period.
    let before = if r > all.start && is_abbreviation_period(p, r - 1) {
        r - 1
    } else {
        r
    };
    let titled = before > all.start && p.is_word(before - 1) && p.is(before - 1, &lexicon::TITLES);
    if titled {
        run.filter(|&i| is_name_word(p, i))
            .all(|i| !names::is_place(strip_possessive(p.s(i))))
    } else {
        names >= 2 && person_name(p, &run)
    }
}

/// `Jingyi Pan of IG`, `Tim Guest with the Health Authority`: the name before the `of`,
/// if there is one; else a phrase without a name.
fn name_before_of(p: &Para<'_>, all: Range<usize>) -> Np {
    if let Some(k) = all
        .clone()
        .find(|&k| k > all.start && matches!(p.s(k), "of" | "for" | "with" | "from" | "at"))
        && is_name_word(p, k - 1)
    {
        let mut n = split_name(p, all.start..k);
        n.all = all;
        return n;
    }
    Np {
        all,
        name: None,
        title: None,
    }
}

/// The head of a description with a post-modifier: the words before a relative clause
/// (`A woman` in `A woman who lives nearby`) or before a prepositional phrase after the
/// head noun (`Union officials` in `Union officials in Detroit`). `None` for a phrase with
/// a name or without a post-modifier.
pub(crate) fn head(p: &Para<'_>, n: &Np) -> Option<Range<usize>> {
    if n.name.is_some() {
        return None;
    }
    let all = n.all.clone();
    let relative = (all.start + 1..all.end).find(|&k| p.is_lower_word(k) && p.s(k) == "who");
    let before = all.start..relative.unwrap_or(all.end);
    match post_modifier(p, before.clone()) {
        Some(k) => Some(all.start..k),
        None => relative.map(|_| before),
    }
}

/// Prepositions that open a phrase post-modifying a noun (`officials in Detroit`).
fn is_post_preposition(w: &str) -> bool {
    matches!(
        w,
        "of" | "for"
            | "in"
            | "at"
            | "with"
            | "from"
            | "near"
            | "across"
            | "inside"
            | "outside"
            | "around"
            | "throughout"
            | "on"
            // `le ministre des transports`, `o secretário da Saúde`, `il ministro della Salute`.
            | "de"
            | "des"
            | "du"
            | "da"
            | "do"
            | "das"
            | "dos"
            | "del"
            | "della"
            | "dello"
            | "di"
    )
}

/// Whether token `i` is a lowercase noun that a prepositional phrase may modify as the head
/// of a speaker: a role (`spokesman`), a plural (`officials`, `residents`) or a word for
/// people. Verbs (`arrested at`), adverbs and function words are not.
///
/// A capitalised word opening the sentence (`Officials in Mobile`) counts when it is a role
/// or a plural of people; elsewhere any lowercase plural does.
/// `operators licensed` in `The three operators licensed in the city said`: a past
/// participle at `k` after a people noun opens a reduced relative clause, whose
/// prepositional phrase belongs to the subject.
fn reduced_relative(p: &Para<'_>, k: usize) -> bool {
    k > 0
        && p.is_lower_word(k)
        && p.s(k).len() > 4
        && p.s(k).ends_with("ed")
        && p.cue(k).is_none()
        && is_people_noun(p, k - 1)
}

fn is_people_noun(p: &Para<'_>, i: usize) -> bool {
    // Opening the sentence, or the words after a colon (`REYES: Residents in the Lower
    // Ward say`).
    let opening =
        p.is_cap_word(i) && (p.sentence_of(i).start == i || i > 0 && p.is_punct(i - 1, ":"));
    if !(p.is_lower_word(i) || opening) {
        return false;
    }
    if p.is(i, &lexicon::BREAKS)
        || p.is(i, &lexicon::DETERMINERS)
        || p.is(i, &lexicon::BETWEEN)
        || p.is(i, &lexicon::PRONOUNS)
        || p.cue(i).is_some()
    {
        return false;
    }
    with_lower(p.s(i), |w| {
        if looks_like_verb(w) {
            return false;
        }
        let people = p.is(i, &lexicon::ROLE_NOUNS)
            || matches!(
                w,
                "people" | "police" | "staff" | "resident" | "worker" | "member" | "spokesperson"
            );
        let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
            || matches!(w, "police" | "people" | "staff");
        // A capitalised singular role opening the sentence is a title whose `of` phrase is
        // part of it: `Minister of Agriculture Tang said`.
        if opening && !plural {
            return false;
        }
        people
            || (plural && !opening)
            || (plural
                && ["ents", "ists", "ers", "ors", "ants", "ians"]
                    .iter()
                    .any(|x| w.ends_with(x)))
    })
}

/// The preposition opening a post-modifier of the phrase's head noun, if there is one:
/// `Union officials in Detroit`, `a spokesman for the ministry`, `residents of the town`.
/// Quantities (`one of the players`, `a majority of workers`) take their head from the
/// object, so their `of` is not one.
fn post_modifier(p: &Para<'_>, all: Range<usize>) -> Option<usize> {
    let k =
        (all.start + 1..all.end).find(|&k| p.is_lower_word(k) && is_post_preposition(p.s(k)))?;
    if k + 1 >= all.end {
        return None;
    }
    if is_people_noun(p, k - 1) || placed_institution(p, k) {
        return Some(k);
    }
    // `operators licensed in the city`: the head ends before the participle.
    (k >= all.start + 2 && reduced_relative(p, k - 1)).then_some(k - 1)
}

/// Whether the preposition at `k` places the institution named by the common noun before
/// it: `the weather service office in Harlow`, `the embassy at Kyiv` (the place is no
/// speaker).
fn placed_institution(p: &Para<'_>, k: usize) -> bool {
    k > 0
        && matches!(p.s(k), "in" | "at")
        && p.is_lower_word(k - 1)
        && p.is(k - 1, &lexicon::ORG_WORDS)
}

/// Most tokens inside a bracketed aside between a subject and its verb.
const MAX_ASIDE: usize = 8;

/// The `(` of a short bracketed aside ending right before token `end`, after the subject's
/// last word (`Corp.`, `Services'`): an acronym, a party and state, a ticker, `pictured`. Nothing inside
/// is a bracket or a quotation mark.
fn aside_before(p: &Para<'_>, end: usize, floor: usize) -> Option<usize> {
    if end < floor + 3 || p.s(end - 1) != ")" {
        return None;
    }
    let lowest = end.saturating_sub(MAX_ASIDE + 2).max(floor + 1);
    let open = (lowest..end - 1)
        .rev()
        .find(|&k| matches!(p.s(k), "(" | ")") || p.is_mark(k))?;
    let after_subject =
        p.is_word(open - 1) || p.is_apostrophe(open - 1) || is_abbreviation_period(p, open - 1);
    (p.s(open) == "(" && open + 1 < end - 1 && after_subject).then_some(open)
}

/// Whether token `t` is a comma or a dash used like one.
fn is_comma(p: &Para<'_>, t: usize) -> bool {
    p.is_punct(t, ",")
}

/// The noun phrase that ends right before token `end` (a speech verb), not reaching
/// before `floor`: the subject of the verb. Auxiliaries and adverbs before the verb
/// (`has long said`) and an appositive between commas are skipped; when the phrase before
/// the appositive has no name and the appositive opens with one
/// (`A Swiss observer, Beat Zollinger of the office, said`), the name is the speaker.
pub(crate) fn before(p: &Para<'_>, end: usize, floor: usize) -> Option<Np> {
    before_with(p, end, floor, true)
}

/// As [`before`]; with `appositive` false, a comma right before the verb means no subject.
pub(crate) fn before_with(p: &Para<'_>, end: usize, floor: usize, appositive: bool) -> Option<Np> {
    let mut i = end;
    let mut skipped = 0;
    while i > floor
        && skipped < 5
        && ((p.is_lower_word(i - 1) && is_between(p, i - 1)) || is_time(p, i - 1))
    {
        i -= 1;
        skipped += 1;
    }
    // `The Queensland Teachers' Union (QTU) said`, `Sen. Maria Lopez (D-Calif.) said`,
    // `Kim Ode (pictured) said`: an aside in brackets after the subject.
    if let Some(open) = aside_before(p, i, floor) {
        i = open;
    }
    if i > floor && is_comma(p, i - 1) {
        if !appositive {
            return None;
        }
        // `Tareq Hadad, the co-founder of X, a company based in Y, Z, says`: the name
        // opening the sentence, before a chain of appositives.
        let mut sentence = p.sentence_of(i - 1).start.max(floor);
        // `On Tuesday, Donald Tusk, the president of ..., urged`: past a short opening
        // adverbial set off by a comma.
        if name_at(p, sentence, i - 1).is_none()
            && let Some(c) = (sentence + 1..(sentence + 4).min(i - 1)).find(|&k| is_comma(p, k))
            && (sentence..c).all(|k| p.is_word(k) && p.cue(k).is_none())
            && p.is(sentence, &lexicon::NOT_NAMES)
        {
            sentence = c + 1;
        }
        // `Sen. Mara Lind, ...`: past the titles before the name.
        let mut first = sentence;
        while first < sentence + 4
            && (p.is_cap_word(first) && p.is(first, &lexicon::TITLES)
                || is_abbreviation_period(p, first))
        {
            first += 1;
        }
        // `Norvik Energy Inc. (NYSE: NVK) ("Norvik"), a developer of ..., announced`: past
        // the brackets after the name.
        if i - sentence <= 2 * MAX_APPOSITIVE
            && let Some(n) = name_at(p, first, i - 1).map(|n| with_company(p, n, i - 1))
            && let after = past_brackets(p, n.all.end, i - 1)
            && is_comma(p, after)
            && after + 1 < i - 1
            && (after + 1..i - 1).all(|k| !p.is_mark(k) && !p.ends_sentence(k))
        {
            // With its titles, when it has any.
            let titled = split_name(p, sentence..n.all.end);
            return Some(if titled.name.is_some() { titled } else { n });
        }
        // `Lavrov, meanwhile, told` / `Lena Marchetti, a researcher ..., told`
        let lo = floor.max(i.saturating_sub(MAX_APPOSITIVE + 2));
        let mut j = i - 1;
        let mut found = None;
        while j > lo {
            j -= 1;
            if is_comma(p, j) {
                found = Some(j);
                break;
            }
            if p.ends_sentence(j) || p.is_mark(j) {
                break;
            }
        }
        let j = found?;
        let pre = ending_at(p, j, floor);
        // `A Swiss observer, Beat Zollinger of the office, said`; `Keeper of the Seal,
        // Syed Danial Syed Ahmad, said`: a name in apposition names the speaker.
        if let Some(n) = name_at(p, j + 1, i - 1)
            && (pre.as_ref().is_none_or(|x| x.name.is_none()) || n.all.end == i - 1)
        {
            // The description before the comma is the title, when it is one (`The
            // transport secretary, Carlos Mendes, said`, `O secretário de Mobilidade, ...`).
            let title = pre
                .as_ref()
                .filter(|_| n.title.is_none())
                .and_then(|x| description_title(p, x));
            if let Some(t) = title {
                return Some(Np {
                    all: n.all,
                    name: n.name,
                    title: Some(t),
                });
            }
            return Some(n);
        }
        // `The company behind it, Fieldhand Robotics, says`: an organisation in apposition
        // names the speaker as a person's name does.
        if pre.as_ref().is_none_or(|x| x.name.is_none())
            && let Some(org) = organisation_at(p, j + 1, i - 1)
        {
            return Some(org);
        }
        // `O coordenador da Defesa Civil, capitão Júlio César Amaral, afirmou`: a lowercase
        // title before the name in apposition, right before the verb, also after an
        // article (`one of them, the climatologist David Ortega, told`).
        let mut k = j + 1;
        let article = k + 1 < i - 1 && matches!(p.s(k), "the" | "a" | "an");
        if article && p.is_lower_word(k + 1) {
            k += 1;
        }
        let title_start = k;
        while k < title_start + 2
            && k < i - 1
            && p.is_lower_word(k)
            // `a man named Neil Calder`: no title.
            && !(article && looks_like_verb(p.s(k)))
            && !p.is(k, &lexicon::BREAKS)
            && !p.is(k, &lexicon::DETERMINERS)
            && !is_article(p.s(k))
            && p.cue(k).is_none()
        {
            k += 1;
        }
        if k > title_start
            && let Some(n) = name_at(p, k, i - 1)
            && n.all.end == i - 1
            && n.name.as_ref().is_some_and(|r| person_name(p, r))
        {
            return Some(Np {
                all: j + 1..n.all.end,
                name: n.name,
                title: Some(j + 1..k),
            });
        }
        return pre;
    }
    relative_subject(p, i, floor).or_else(|| ending_at(p, i, floor))
}

/// `A woman who lives nearby said`, `The man who drove in from Falmouth said`: a subject
/// with a relative clause, the noun phrase before `who` being its head. The words of the
/// clause are never the speaker (`nearby`, `Falmouth`).
fn relative_subject(p: &Para<'_>, end: usize, floor: usize) -> Option<Np> {
    let lo = floor.max(end.saturating_sub(MAX_APPOSITIVE));
    let mut k = end;
    while k > lo {
        k -= 1;
        if p.ends_sentence(k) || p.is_mark(k) || is_comma(p, k) || p.is_dash(k) {
            return None;
        }
        if p.is_lower_word(k) && p.s(k) == "who" {
            break;
        }
    }
    if k <= lo || k + 1 >= end || p.s(k) != "who" {
        return None;
    }
    let head = ending_at(p, k, floor)?;
    // A pronoun or an object pronoun opens no relative clause (`it is he who said`).
    if p.is(head.all.start, &lexicon::PRONOUNS) && head.all.len() == 1 {
        return None;
    }
    Some(Np {
        all: head.all.start..end,
        name: head.name,
        title: head.title,
    })
}

/// The name opening tokens `start..end` (an appositive), if it opens with one.
fn name_at(p: &Para<'_>, start: usize, end: usize) -> Option<Np> {
    // `Lord Harris`, `Sen. Mara Lind`: capitalised titles before the name.
    let mut e = start;
    while e < end
        && e < start + 3
        && (p.is_cap_word(e) && p.is(e, &lexicon::TITLES)
            || e > start && is_abbreviation_period(p, e))
    {
        e += 1;
    }
    let titled = e;
    while e < end
        && (is_name_word(p, e)
            || (e > start && is_abbreviation_period(p, e))
            || (e > start && is_particle(p.s(e)) && is_name_word(p, e + 1)))
    {
        e += 1;
    }
    if e == titled {
        return None;
    }
    let n = split_name(p, start..e);
    n.name.is_some().then_some(n)
}

/// The person signing a quotation after a dash (`"Nobody told us." — Rita Gomez, 61, a
/// resident`): a person's name at `start`, then nothing but an appositive (a comma) or the
/// end of the paragraph (`limit`), a closing period aside.
pub(crate) fn signed_name(p: &Para<'_>, start: usize, limit: usize) -> Option<Np> {
    let n = name_at(p, start, limit)?;
    let name = n.name.as_ref()?;
    let end = n.all.end;
    let closes = end >= limit || p.is_punct(end, ",") || p.is_terminal(end) && end + 1 >= limit;
    (closes && person_name(p, name)).then_some(n)
}

/// Organisation words that are common surnames too (`Helen Park`, `Mike Lake`).
fn is_surname_too(w: &str) -> bool {
    matches!(
        w,
        "Park" | "Lake" | "Hall" | "House" | "Street" | "Banks" | "Bank" | "Chambers"
    )
}

/// The organisation's name filling `start..end` exactly (`Fieldhand Robotics`, `the
/// University of Reading`): name words, with `of` or `&` between two of them, one of them an
/// organisation word. Its noun phrase has no person's name.
fn organisation_at(p: &Para<'_>, start: usize, end: usize) -> Option<Np> {
    let first = past_determiners(p, start, end);
    let joiner = |k: usize| {
        k > first && k + 1 < end && matches!(p.s(k), "of" | "&") && is_name_word(p, k + 1)
    };
    let named = first < end && (first..end).all(|k| is_name_word(p, k) || joiner(k));
    let has_org_word = (first..end).any(|k| p.is_word(k) && bare_is(p, k, &lexicon::ORG_WORDS));
    (named && has_org_word).then_some(Np {
        all: start..end,
        name: None,
        title: None,
    })
}

/// Past `of the University of Leeds`, `from Shearman and Sterling` after a name at `end`
/// (before `limit`): where the phrase ends, or `end` when none follows.
fn past_institution(p: &Para<'_>, end: usize, limit: usize) -> usize {
    if !matches!(p.s(end), "of" | "from" | "at") {
        return end;
    }
    let mut k = end + 1;
    if p.s(k) == "the" {
        k += 1;
    }
    let first = k;
    while k < limit
        && (p.is_cap_word(k)
            || k > first && matches!(p.s(k), "of" | "and" | "&") && p.is_cap_word(k + 1))
    {
        k += 1;
    }
    if k > first { k } else { end }
}

/// The title a description gives the name in apposition after it: the description without
/// its determiner, when it ends in a role word (`the transport secretary`), is post-modified
/// (`the council's cabinet member for education`) or is a role with a capitalised
/// complement (`o secretário de Mobilidade`).
fn description_title(p: &Para<'_>, x: &Np) -> Option<Range<usize>> {
    let role_word = |k: usize| p.is(k, &lexicon::ROLE_NOUNS) || p.is(k, &lexicon::TITLES);
    let last = x.all.end.checked_sub(1)?;
    // `Il ministro dell'Economia`, `le ministre de l'Intérieur`: a role and its complement
    // behind an elided article.
    let elided = || {
        elided_complement(p.s(last))
            && (x.all.start..last)
                .any(|k| p.is(k, &lexicon::ROLE_NOUNS) || p.is(k, &lexicon::TITLES))
    };
    let described = x.name.is_none() && (head(p, x).is_some() || role_word(last) || elided());
    let complemented = x
        .name
        .as_ref()
        .is_some_and(|r| role_complement(p, x.all.start, r));
    if !(described || complemented) {
        return None;
    }
    let t = past_determiners(p, x.all.start, x.all.end);
    (t < x.all.end).then_some(t..x.all.end)
}

/// The title of a name set off by commas after a description (`The transport minister,
/// Carlos Mendes, presented ...`): the description's, as [`description_title`] reads it.
pub(crate) fn appositive_title(p: &Para<'_>, name: &Range<usize>) -> Option<Range<usize>> {
    let comma = name.start.checked_sub(1)?;
    if !is_comma(p, comma) || !is_comma(p, name.end) {
        return None;
    }
    let floor = p.sentence_of(comma).start;
    let pre = ending_at(p, comma, floor)?;
    description_title(p, &pre)
}

/// Trades that make a description after a name a title, beyond the role words and titles
/// of the lexicon (`Tom Lee, the mission's lead scientist`).
const OCCUPATIONS: &[&str] = &[
    "scientist",
    "engineer",
    "teacher",
    "nurse",
    "student",
    "historian",
    "partner",
    "adviser",
    "advisor",
    "consultant",
    "activist",
    "organizer",
    "organiser",
    "volunteer",
    "farmer",
    "resident",
    "physician",
    "surgeon",
    "epidemiologist",
    "strategist",
    "pollster",
    "lobbyist",
    "author",
    "writer",
    "reporter",
    "journalist",
    "photographer",
    "architect",
    "planner",
    "principal",
    "pastor",
    "priest",
    "firefighter",
    "curator",
    "negotiator",
    "scholar",
    "fellow",
    "lecturer",
    "biologist",
    "physicist",
    "chemist",
    "geologist",
    "meteorologist",
    "forecaster",
    "veterinarian",
    "pharmacist",
    "psychologist",
    "psychiatrist",
    "sociologist",
];

/// Tokens of at most this many make a description in apposition after a name.
const MAX_POST_TITLE: usize = 10;

/// The title a description in apposition after a name gives it (`Jane Doe, a spokeswoman
/// for the city,`, `said Tom Lee, the mission's lead scientist.`): the description up to
/// the next comma, sentence end or relative pronoun, without `a`/`an`/`the`, when it holds a
/// lowercase role word and no verb.
pub(crate) fn post_appositive_title(p: &Para<'_>, name: &Range<usize>) -> Option<Range<usize>> {
    if !is_comma(p, name.end) {
        return None;
    }
    let mut start = name.end + 1;
    let possessive_next = p.s(start + 1).ends_with("'s") || p.s(start + 1).ends_with("’s");
    if matches!(p.s(start), "a" | "an" | "the") && !possessive_next {
        start += 1;
    }
    let mut end = start;
    let mut role = false;
    while end < p.len() && end < start + MAX_POST_TITLE {
        if !p.is_word(end) {
            if is_comma(p, end) || p.ends_sentence(end) {
                break;
            }
            if p.is_apostrophe(end) {
                end += 1;
                continue;
            }
            return None;
        }
        let w = p.s(end);
        if matches!(w, "who" | "which" | "that" | "and") {
            break;
        }
        if p.quoted.get(end).copied().unwrap_or(false)
            || p.cue(end).is_some()
            || p.is(end, &lexicon::PRONOUNS)
            || (end == start && p.is_cap_word(end) && is_name_word(p, end))
        {
            return None;
        }
        role |= p.is_lower_word(end)
            && (p.is(end, &lexicon::ROLE_NOUNS)
                || p.is(end, &lexicon::TITLES)
                || OCCUPATIONS.contains(&strip_possessive(w)));
        end += 1;
    }
    (role && end > start && end < start + MAX_POST_TITLE).then_some(start..end)
}

fn ending_at(p: &Para<'_>, np_end: usize, floor: usize) -> Option<Np> {
    // `It's something she said`: a pronoun takes no modifier.
    if np_end > floor
        && p.is_word(np_end - 1)
        && matches!(p.s(np_end - 1), "he" | "she" | "they" | "we" | "I" | "it")
    {
        return Some(split_name(p, np_end - 1..np_end));
    }
    let mut s = np_end;
    let mut words = 0;
    while s > floor && words < MAX_NP {
        let t = s - 1;
        if p.is_word(t) {
            let w = p.s(t);
            // The word's tables from its entry, looked up once with the paragraph.
            if p.is(t, &lexicon::DETERMINERS) {
                s = t;
                // `University of the Fraser Valley political scientist`, `Tim Guest with the
                // Nova Scotia Health Authority`
                let joined = w == "the"
                    && t > floor + 1
                    && ((matches!(p.s(t - 1), "of" | "with" | "at" | "from" | "for")
                        && p.is_word(t - 2)
                        && !p.is(t - 2, &lexicon::BREAKS)
                        && p.cue(t - 2).is_none())
                        || (is_post_preposition(p.s(t - 1))
                            && (is_people_noun(p, t - 2)
                                || words > 0 && reduced_relative(p, t - 2))));
                // `The three operators`, `their two sons`: a number after its determiner.
                if !joined
                    && t > floor
                    && matches!(w, "two" | "three" | "four" | "five" | "several" | "many")
                    && p.is_word(t - 1)
                    && matches!(
                        p.s(t - 1),
                        "the" | "The" | "these" | "those" | "his" | "her" | "their" | "its"
                    )
                {
                    s = t - 1;
                    break;
                }
                if !joined {
                    break;
                }
                words += 1;
                continue;
            }
            if p.is_lower_word(t) {
                if p.is(t, &lexicon::BREAKS) {
                    // `Secretary of State`, `Tore Sohlberg and Lehla Abreder`, `a
                    // spokesperson for the company`
                    let noun_before = t > floor
                        && p.is_lower_word(t - 1)
                        && !p.is(t - 1, &lexicon::BREAKS)
                        && p.cue(t - 1).is_none()
                        && lexicon::DETERMINERS.has(p.entry_of(s));
                    let joins = (matches!(w, "of" | "for" | "and" | "at" | "with" | "from")
                        && words > 0
                        && t > floor
                        && (((p.is_cap_word(t - 1) || p.is_cap_word(s))
                            && (p.is_cap_word(s) || w != "and"))
                            || (noun_before && w != "and")))
                        // `Union officials in Detroit`: a prepositional phrase after the
                        // head noun belongs to the subject; so does the place of an
                        // institution (`the weather service office in Harlow`).
                        || (is_post_preposition(w)
                            && words > 0
                            && t > floor
                            && (is_people_noun(p, t - 1)
                                || reduced_relative(p, t - 1)
                                || placed_institution(p, t)));
                    if !joins {
                        break;
                    }
                } else if p.cue(t).is_some_and(|c| !c.weak) || w == "what" {
                    break;
                }
            } else if p.is(t, &lexicon::NOT_NAMES) && !p.is(t, &lexicon::PRONOUNS) {
                break;
            }
            words += 1;
            s = t;
        } else if is_abbreviation_period(p, t) || p.is_apostrophe(t) {
            // `Dr.`, `the deckhands' union`
            s = t;
        } else if p.s(t) == "&" && t > floor && p.is_cap_word(t - 1) && p.is_cap_word(s) {
            // `Portland Fire & Rescue`, `Johnson & Johnson`: one name.
            s = t;
        } else {
            break;
        }
    }
    // A phrase cannot start with a joining word.
    while s < np_end && matches!(p.s(s), "of" | "for" | "and" | "at") {
        s += 1;
    }
    if s >= np_end || words == 0 {
        return None;
    }
    // `one of them, ..., calling it`: an object pronoun speaks no words.
    if matches!(p.s(np_end - 1), "them" | "him" | "her" | "us" | "me") {
        return None;
    }
    Some(split_name(p, s..np_end))
}

/// Whether a lowercase word is most likely a verb (a past tense or an auxiliary).
fn looks_like_verb(w: &str) -> bool {
    (w.ends_with("ed") && w.len() > 4)
        || matches!(
            w,
            "held"
                | "made"
                | "took"
                | "gave"
                | "met"
                | "went"
                | "came"
                | "found"
                | "put"
                | "set"
                | "got"
                | "had"
                | "was"
                | "is"
                | "were"
                | "are"
                | "has"
                | "have"
                | "will"
                | "would"
                | "can"
                | "could"
                | "did"
                | "does"
                | "won"
                | "lost"
                | "saw"
                | "sent"
                | "brought"
                | "left"
                | "kept"
                | "paid"
                | "ran"
                | "led"
                | "spent"
                | "sold"
                | "built"
                | "began"
                | "became"
                | "knew"
                | "thought"
                | "felt"
                | "heard"
                | "meant"
                | "told"
                | "said"
                | "says"
                | "spoke"
                | "wrote"
                | "stood"
                | "sat"
                | "fell"
                | "rose"
                | "grew"
                | "drew"
                | "broke"
                | "chose"
                | "flew"
                | "drove"
                | "threw"
                | "struck"
                | "fought"
                | "sought"
                | "taught"
                | "caught"
                | "bought"
                | "swore"
                | "shook"
                | "may"
                | "might"
                | "must"
                | "should"
        )
}

/// Whether token `i` is part of a time phrase (`earlier this week`, `on Monday`).
fn is_time(p: &Para<'_>, i: usize) -> bool {
    let w = p.s(i);
    (lexicon::CALENDAR.has(p.entry_of(i)) && !is_name_word(p, i))
        || (p.is_lower_word(i)
            && matches!(
                w,
                "this"
                    | "last"
                    | "next"
                    | "on"
                    | "week"
                    | "month"
                    | "year"
                    | "day"
                    | "weekend"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "today"
                    | "yesterday"
                    | "tonight"
                    | "earlier"
                    | "later"
                    | "late"
                    | "early"
            ))
}

/// Whether `w` may stand between a subject and its speech verb.
fn is_between(p: &Para<'_>, i: usize) -> bool {
    let w = p.s(i);
    lexicon::BETWEEN.has(p.entry_of(i)) || (w.len() > 4 && w.ends_with("ly") && w != "early")
}

/// The noun phrase starting at token `start` (after a speech verb: `said Lavrov, ...`), not
/// going past `limit`.
pub(crate) fn after(p: &Para<'_>, start: usize, limit: usize) -> Option<Np> {
    let limit = limit.min(start + MAX_NP).min(p.len());
    let mut e = start;
    let mut words = 0;
    let mut proper = false;
    while e < limit {
        if p.is_word(e) {
            let w = p.s(e);
            // The word's tables from its entry, looked up once with the paragraph.
            // `said Tuesday`, but `řekl primátor Jan Novák`: a month's abbreviation before
            // a capitalised word that is no date is a given name.
            if p.is(e, &lexicon::CALENDAR)
                && !(p.is_cap_word(e) && p.is_cap_word(e + 1) && !p.is(e + 1, &lexicon::CALENDAR))
            {
                break;
            }
            if p.is_lower_word(e) {
                // After a proper noun, a verb ends the phrase: `the Council of Rulers held
                // a meeting`, but not `the laid-back Cambridge resident`.
                if proper && looks_like_verb(w) {
                    break;
                }
                // `säger kommunalrådet Erik Sandberg till tidningen`, `disse o prefeito
                // João Silva ao jornal`: a preposition after the name opens the listener or
                // a place.
                if proper
                    && matches!(
                        w,
                        "till"
                            | "för"
                            | "hos"
                            | "vid"
                            | "på"
                            | "til"
                            | "ved"
                            | "ao"
                            | "aos"
                            | "às"
                            | "au"
                            | "aux"
                    )
                {
                    break;
                }
                // Italian and Spanish `al` before a common noun is `at the` (`al termine
                // della riunione`); before a capital it is a name's particle (`al Maktoum`).
                if w == "al" && words > 0 && p.is_lower_word(e + 1) {
                    break;
                }
                // Dutch `wethouder Mark Bosman van verkeer op een persconferentie`: a
                // name's particle before common nouns is a preposition (`van` = `of`);
                // `Banco de la Nación` keeps its particle and article.
                if proper && is_particle(w) && p.is_lower_word(e + 1) && !p.is_cap_word(e + 2) {
                    break;
                }
                if p.is(e, &lexicon::BREAKS) {
                    // `oil and gas worker Mike Wipf`, `head of the union`
                    // Portuguese `do` (`a coordenadora do programa`) after an article.
                    let romance_of = w == "do" && (is_article(p.s(start)) || p.s(start) == "a");
                    // `people familiar with the talks`, `a source close to the board`.
                    let complement = e > start
                        && matches!(
                            (p.s(e - 1), w),
                            ("familiar", "with") | ("close", "to") | ("involved", "in")
                        );
                    // French `l'adjointe à la culture`: `à` joins a role to its domain.
                    let joins = (matches!(w, "of" | "for" | "and" | "at" | "à" | "aux")
                        || romance_of
                        || complement)
                        && words > 0
                        && p.is_word(e + 1)
                        && p.s(e + 1) != "not"
                        && p.info_cue(e + 1).is_none();
                    if !joins {
                        break;
                    }
                } else if p.info_cue(e).is_some_and(|c| c.participle) && words > 0 {
                    break;
                }
            } else if words > 0 && p.is(e, &lexicon::NOT_NAMES) {
                break;
            } else {
                proper = true;
            }
            words += 1;
            e += 1;
        } else if is_abbreviation_period(p, e) || p.is_apostrophe(e) {
            e += 1;
        } else {
            break;
        }
    }
    while e > start && matches!(p.s(e - 1), "of" | "for" | "and" | "at") {
        e -= 1;
    }
    if e == start {
        return None;
    }
    let n = split_name(p, start..e);
    // `says Campbell’s partner, Jason Louth.`: the name in apposition; a lone word after
    // a post-modified description is its place (`the mayor of Springfield, Ohio`).
    if n.name.is_none()
        && p.is_punct(e, ",")
        && let Some(named) = name_at(p, e + 1, limit.max(e + 6).min(p.len()))
        // `said the lead author, Dr. Amara Okonjo of the University of Leeds`: a place or
        // an institution after a person's name (two name words) is its post-modifier.
        && (!p.is_word(named.all.end)
            || matches!(p.s(named.all.end), "of" | "from" | "at")
                && named.name.as_ref().is_some_and(|r| r.len() > 1 && person_name(p, r)))
        && (head(p, &n).is_none() || named.name.as_ref().is_some_and(|r| r.len() > 1))
    {
        // The description is the title when it is one (`o ministro das Cidades`).
        let title = named.title.clone().or_else(|| description_title(p, &n));
        return Some(Np {
            all: n.all.start..past_institution(p, named.all.end, (named.all.end + 8).min(p.len())),
            name: named.name,
            title,
        });
    }
    // `disse o relator, deputado Marcos Alves (PSD-MG)`, `said the rapporteur, deputy
    // Marcos Alves`: a lowercase title before the name in apposition.
    if n.name.is_none() && p.is_punct(e, ",") {
        let mut k = e + 1;
        while k < e + 3
            && p.is_lower_word(k)
            && !p.is(k, &lexicon::BREAKS)
            && !p.is(k, &lexicon::DETERMINERS)
            && p.cue(k).is_none()
            && !looks_like_verb(p.s(k))
            && !p.s(k).ends_with("ing")
        {
            k += 1;
        }
        if k > e + 1
            && let Some(named) = name_at(p, k, limit.max(k + 6).min(p.len()))
            && !p.is_word(named.all.end)
            && named.name.as_ref().is_some_and(|r| person_name(p, r))
        {
            return Some(Np {
                all: n.all.start..named.all.end,
                name: named.name,
                title: Some(e + 1..k),
            });
        }
    }
    // `said the Minister of Cities, John Smith,`, `afirmou o ministro das Cidades, João
    // Pereira,`: the capitalised words are the role's complement; the person is named in
    // apposition, and the role is the title.
    if n.name
        .as_ref()
        .is_some_and(|r| role_complement(p, n.all.start, r))
        && p.is_punct(e, ",")
        && let Some(named) = name_at(p, e + 1, limit.max(e + 6).min(p.len()))
        && !p.is_word(named.all.end)
        && named.name.as_ref().is_some_and(|r| person_name(p, r))
    {
        let title = past_determiners(p, n.all.start, e);
        return Some(Np {
            all: n.all.start..named.all.end,
            name: named.name,
            title: (title < e).then_some(title..e),
        });
    }
    // `segundo a secretaria de Obras`: a lowercase noun's complement names no person; the
    // speaker is the whole description.
    if let Some(r) = &n.name
        && role_complement(p, n.all.start, r)
        && p.is_lower_word(r.start - 2)
    {
        return Some(Np {
            all: n.all,
            name: None,
            title: None,
        });
    }
    Some(n)
}

/// A German job title, capitalised as every German noun and often a compound
/// (`Verkehrsminister`, `Grünen-Politiker`, `Gewerkschaftschefin`): before a name it is the
/// title, not a first name.
/// Common nouns for a person that a story puts before a name like a title (`Neighbor
/// Darnell Price`, `Resident Ana Lopez`), capitalised or not.
fn is_person_noun(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "neighbor"
            | "neighbour"
            | "resident"
            | "witness"
            | "bystander"
            | "homeowner"
            | "passenger"
            | "customer"
            | "shopper"
            | "driver"
            | "student"
            | "parent"
            | "volunteer"
            | "survivor"
            | "voter"
            | "farmer"
            | "fan"
            | "teacher"
            | "nurse"
            | "organizer"
            | "organiser"
            | "veteran"
            | "retiree"
            | "tenant"
            | "landlord"
            | "motorist"
            | "commuter"
            | "visitor"
            | "protester"
            | "activist"
            | "substitute"
            | "striker"
            | "defender"
            | "midfielder"
            | "goalkeeper"
            | "winger"
            | "forward"
            | "rookie"
            | "pitcher"
            | "quarterback"
    )
}

fn is_german_title(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "minister",
        "ministerin",
        "politiker",
        "politikerin",
        "chef",
        "chefin",
        "sprecher",
        "sprecherin",
        "präsident",
        "präsidentin",
        "vorsitzende",
        "vorsitzender",
        "kanzler",
        "kanzlerin",
        "direktor",
        "direktorin",
        "bürgermeister",
        "bürgermeisterin",
        "experte",
        "expertin",
        "abgeordnete",
        "abgeordneter",
        "senator",
        "senatorin",
    ];
    w.chars().next().is_some_and(char::is_uppercase)
        && crate::parser::sentence::with_lower(w, |l| ENDS.iter().any(|e| l.ends_with(e)))
}

/// The first token from `from` (before `to`) that is not a determiner or an article of
/// English, the Romance languages or German: where a title starts (`the transport
/// secretary`, `o ministro`, `der Abgeordnete`).
fn past_determiners(p: &Para<'_>, from: usize, to: usize) -> usize {
    (from..to)
        .find(|&t| {
            !(p.is(t, &lexicon::DETERMINERS) || is_article(p.s(t)) || is_german_article(p.s(t)))
        })
        .unwrap_or(to)
}

/// German articles: the one capitalised word after them is a noun, not a name.
fn is_german_article(w: &str) -> bool {
    matches!(
        w,
        "ein" | "eine" | "einer" | "einem" | "der" | "die" | "das" | "dem" | "den" | "des"
    )
}

/// Romance-language articles that open a role phrase (`o ministro`, `la portavoz`), also
/// capitalised at a sentence start (`O prefeito`): the words of [`ARTICLES`], read by their
/// first letter in either case and the rest in lower case (not an acronym: `UN`, `OS`).
/// One match on the bytes, where a comparison with each article called `memcmp`.
fn is_article(w: &str) -> bool {
    let Some((&first, rest)) = w.as_bytes().split_first() else {
        return false;
    };
    matches!(
        (first.to_ascii_lowercase(), rest),
        (b'o', b"" | b"s")
            | (b'e', b"l")
            | (b'l', b"a" | b"os" | b"as" | b"e" | b"es" | b"o")
            | (b'i', b"l")
            | (b'u', b"m" | b"ma" | b"n" | b"na" | b"ne")
    )
}

/// The articles [`is_article`] knows, lower case.
#[cfg(test)]
const ARTICLES: &[&str] = &[
    "o", "os", "el", "la", "los", "las", "le", "les", "il", "lo", "um", "uma", "un", "una", "une",
];

/// Whether a lower-case head noun is plural: `officials`, and the irregular `people`,
/// `police`, `men`, `women`, `children` (a singular `she` never refers to `the people`).
pub(crate) fn is_plural_noun(head: &str) -> bool {
    head.ends_with('s') && !head.ends_with("ss")
        || matches!(
            head,
            "people" | "police" | "men" | "women" | "children" | "folks" | "crowd"
        )
}

/// The speaker of `as saying` at token `j` (after `as`): the one quoted, `quoted a Polish
/// official as saying`, or the passive's subject, `The mayor was quoted as saying`.
pub(crate) fn quoted_as(p: &Para<'_>, j: usize, floor: usize) -> Option<Np> {
    let passive = j >= floor + 4
        && p.s(j - 2) == "quoted"
        && matches!(p.s(j - 3), "was" | "were" | "is" | "been");
    if passive {
        let aux = if matches!(p.s(j - 4), "has" | "have") {
            j - 4
        } else {
            j - 3
        };
        return before(p, aux, floor);
    }
    before(p, j.checked_sub(1)?, floor).map(|n| {
        let start = n
            .all
            .clone()
            .find(|&x| p.is(x, &lexicon::DETERMINERS))
            .unwrap_or(n.all.start);
        split_name(p, start..n.all.end)
    })
}

/// A name widened to the company it opens, when brackets follow (`Norvik` in `Norvik
/// Energy Inc. (NYSE: NVK)`): the capitalised words, a suffix and its period before them.
fn with_company(p: &Para<'_>, n: Np, limit: usize) -> Np {
    let mut at = n.all.end;
    while at < limit
        && at < n.all.end + 4
        && (p.is_cap_word(at) || at > n.all.start && is_abbreviation_period(p, at))
    {
        at += 1;
    }
    if at == n.all.end || !p.is_punct(at, "(") {
        return n;
    }
    Np {
        all: n.all.start..at,
        name: Some(n.all.start..at),
        title: n.title,
    }
}

/// Tokens of at most this many make a bracketed aside after a name.
const MAX_BRACKETS: usize = 12;

/// The token after the bracketed asides that open at `k` (`(NYSE: NVK) ("Norvik" or the
/// "Company")`), before `limit`; `k` when none does or one does not close.
fn past_brackets(p: &Para<'_>, k: usize, limit: usize) -> usize {
    let mut at = k;
    while p.is_punct(at, "(") {
        let close = (at + 1..limit.min(at + MAX_BRACKETS))
            .take_while(|&j| !p.is_punct(j, "(") && !p.ends_sentence(j))
            .find(|&j| p.is_punct(j, ")"));
        match close {
            Some(c) => at = c + 1,
            None => break,
        }
    }
    at
}

/// Whether `w` opens with a preposition or article elided before a vowel (`dell'Economia`,
/// `l'Intérieur`, `d'État`): the complement of a Romance role noun.
fn elided_complement(w: &str) -> bool {
    const ELIDED: &[&str] = &["dell", "dall", "nell", "sull", "all", "degl", "l", "d"];
    let Some((head, rest)) = w.split_once(['\'', '’']) else {
        return false;
    };
    rest.starts_with(char::is_uppercase) && ELIDED.iter().any(|e| head.eq_ignore_ascii_case(e))
}

/// Whether the name `name` of a phrase starting at `start` is the complement of a role
/// before it (`minister of Cities`, `ministro das Cidades`, `head of New York`).
fn role_complement(p: &Para<'_>, start: usize, name: &Range<usize>) -> bool {
    name.start >= start + 2
        && p.is_word(name.start - 2)
        && matches!(
            p.s(name.start - 1),
            "of" | "for" | "at" | "de" | "da" | "do" | "das" | "dos" | "del" | "di" | "du" | "des"
        )
}

/// Whether `name` reads as a person's name: two words or more, none of them a place.
fn person_name(p: &Para<'_>, name: &Range<usize>) -> bool {
    let words = name.clone().filter(|&i| is_name_word(p, i));
    let mut count = 0;
    for i in words {
        if names::is_place(strip_possessive(p.s(i))) {
            return false;
        }
        count += 1;
    }
    count >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(text: &'a str, word: &str) -> (Para<'a>, usize) {
        let p = Para::new(text, 0);
        let i = (0..p.len()).find(|&i| p.s(i) == word).unwrap();
        (p, i)
    }

    fn show(p: &Para<'_>, np: &Np) -> (String, Option<String>, Option<String>) {
        (
            p.slice(&np.all).to_owned(),
            np.name.as_ref().map(|r| p.slice(r).to_owned()),
            np.title.as_ref().map(|r| p.slice(r).to_owned()),
        )
    }

    #[test]
    fn a_titled_name_in_apposition_is_the_speaker() {
        let (p, i) = find(
            "Labour's shadow minister in the Lords, Lord Harris, called the decision a mistake.",
            "called",
        );
        let n = before(&p, i, 0).unwrap();
        assert_eq!(
            (show(&p, &n).1.as_deref(), show(&p, &n).2.as_deref()),
            (Some("Harris"), Some("Lord"))
        );
    }

    #[test]
    fn a_name_in_apposition_with_its_institution() {
        let (p, i) = find(
            "“Yes,” said the lead author, Dr. Amara Okonjo of the University of Leeds.",
            "said",
        );
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(
            show(&p, &n),
            (
                "the lead author, Dr. Amara Okonjo of the University of Leeds".into(),
                Some("Amara Okonjo".into()),
                Some("Dr.".into())
            )
        );
    }

    #[test]
    fn romance_articles_capitalised_but_not_acronyms() {
        assert!(is_article("la") && is_article("La") && is_article("O"));
        assert!(!is_article("UN") && !is_article("OS") && !is_article("LA"));
        // `is_article` rules out longer words by their length alone.
        assert!(ARTICLES.iter().all(|a| a.len() <= 3));
        // The match is the list: each article, lower case or capitalised, and nothing else
        // of up to three letters.
        let letters: Vec<char> = ('a'..='z').chain('A'..='Z').collect();
        let mut words = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.len() == words.last().map_or(0, String::len))
                .flat_map(|w| letters.iter().map(move |c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
        }
        for w in &words {
            let listed = ARTICLES.iter().any(|a| {
                *a == w
                    || w.chars().next().is_some_and(|f| f.is_ascii_uppercase())
                        && w.to_ascii_lowercase().get(..1) == a.get(..1)
                        && w.get(1..) == a.get(1..)
            });
            assert_eq!(is_article(w), listed, "{w}");
        }
    }

    #[test]
    fn possessive_endings_and_name_word_byte_tests() {
        for (w, bare) in [
            ("Blinken’s", "Blinken"),
            ("Blinken's", "Blinken"),
            ("students’", "students"),
            ("Lars", "Lars"),
            ("Ng", "Ng"),
            ("", ""),
        ] {
            assert_eq!(strip_possessive(w), bare, "{w}");
        }
        let p = Para::new(
            "Sarah Smith met NATO and UK officials in Tel-Aviv with J.R and É.",
            0,
        );
        let names: Vec<&str> = (0..p.len())
            .filter(|&i| name_word_uncached(&p, i))
            .map(|i| p.s(i))
            .collect();
        assert_eq!(names, ["Sarah", "Smith", "Tel-Aviv", "É"]);
    }

    #[test]
    fn a_capitalised_article_or_auxiliary_is_no_name() {
        let p = Para::new("Le opposizioni: «Misura insufficiente». Le Pen said no.", 0);
        let at = |w: &str| (0..p.len()).filter(|&i| p.s(i) == w).collect::<Vec<_>>();
        let le = at("Le");
        assert!(!name_word_uncached(&p, le[0]));
        assert!(name_word_uncached(&p, le[1]));
        // Nor is an auxiliary opening a question (`Does Rubio oppose it?`).
        let p = Para::new("Does Rubio oppose it? Would Lee agree?", 0);
        assert!(!name_word_uncached(&p, 0));
        assert!(name_word_uncached(&p, 1));
        assert!(!name_word_uncached(&p, 5));
    }

    #[test]
    fn a_description_before_an_appositive_name_is_its_title() {
        let (p, i) = find(
            "The transport secretary, Carlos Mendes, said work would begin soon.",
            "said",
        );
        let np = before(&p, i, 0).unwrap();
        assert_eq!(
            (show(&p, &np).1, show(&p, &np).2),
            (
                Some("Carlos Mendes".into()),
                Some("transport secretary".into())
            )
        );
        // A Romance role and its complement behind an elided article.
        for (text, first, want) in [
            (
                "Il ministro dell'Economia, Marco Ferri, ha spiegato che basta.",
                "Marco",
                "ministro dell'Economia",
            ),
            (
                "Le ministre de l'Intérieur, Paul Martin, a indiqué que non.",
                "Paul",
                "ministre de l'Intérieur",
            ),
        ] {
            let (p, i) = find(text, first);
            let title = appositive_title(&p, &(i..i + 2)).map(|t| p.slice(&t));
            assert_eq!(title, Some(want));
        }
        // A time phrase is no title.
        let (p, i) = find("On Tuesday, Carlos Mendes, a planner, said it.", "said");
        assert_eq!(
            show(&p, &before(&p, i, 0).unwrap()).1.as_deref(),
            Some("Carlos Mendes")
        );
    }

    #[test]
    fn subject_with_title() {
        let (p, i) = find("US Secretary of State Antony Blinken said it.", "said");
        let np = before(&p, i, 0).unwrap();
        assert_eq!(
            show(&p, &np),
            (
                "US Secretary of State Antony Blinken".into(),
                Some("Antony Blinken".into()),
                Some("US Secretary of State".into())
            )
        );
    }

    #[test]
    fn subject_after_a_clause_and_through_an_appositive() {
        let (p, i) = find(
            "After the talks, Lena Marchetti, a researcher at the institute, told us.",
            "told",
        );
        let np = before(&p, i, 0).unwrap();
        assert_eq!(show(&p, &np).1.as_deref(), Some("Lena Marchetti"));
        let (p, i) = find("After the meeting, the State Department said so.", "said");
        let np = before(&p, i, 0).unwrap();
        assert_eq!(show(&p, &np), ("the State Department".into(), None, None));
    }

    #[test]
    fn descriptive_subjects_and_pronouns() {
        let (p, i) = find("But observers say it works.", "say");
        assert_eq!(show(&p, &before(&p, i, 0).unwrap()).0, "observers");
        let (p, i) = find("A senior US official called it good.", "called");
        assert_eq!(
            show(&p, &before(&p, i, 0).unwrap()).0,
            "A senior US official"
        );
        let (p, i) = find("Then he also said so.", "said");
        assert_eq!(show(&p, &before(&p, i, 0).unwrap()).0, "he");
    }

    #[test]
    fn a_name_in_the_appositive_wins_over_a_description() {
        let (p, i) = find(
            "A Swiss observer at the meeting, Beat Zollinger of the office, described it.",
            "described",
        );
        let np = before(&p, i, 0).unwrap();
        assert_eq!(show(&p, &np).1.as_deref(), Some("Beat Zollinger"));
        let (p, i) = find("The meeting followed a report by the authority.", "report");
        assert!(before(&p, i, 0).is_none());
    }

    #[test]
    fn a_name_after_a_role_and_its_complement_is_the_speaker() {
        let (p, i) = find(
            "“It is ready,” said the Minister of Cities, John Smith, at the launch.",
            "said",
        );
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(
            show(&p, &n).1.as_deref().zip(show(&p, &n).2.as_deref()),
            Some(("John Smith", "Minister of Cities"))
        );
        let (p, i) = find(
            "\"Este é o maior investimento\", afirmou o ministro das Cidades, João Pereira, durante a cerimônia.",
            "afirmou",
        );
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(show(&p, &n).1.as_deref(), Some("João Pereira"));
        assert_eq!(show(&p, &n).2.as_deref(), Some("ministro das Cidades"));
        // A place after the comma is no person; the complement of a lowercase role is no
        // name either: the speaker is the description.
        let (p, i) = find(
            "“It is ready,” said the mayor of Springfield, Ohio.",
            "said",
        );
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(
            show(&p, &n),
            ("the mayor of Springfield".into(), None, None)
        );
        let (p, i) = find(
            "Segundo a secretaria de Obras, o investimento foi de R$ 2 milhões.",
            "Segundo",
        );
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(show(&p, &n), ("a secretaria de Obras".into(), None, None));
        // A capitalised title keeps its complement as before.
        let (p, i) = find("“It is ready,” said the Governor of Texas.", "said");
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(show(&p, &n).1.as_deref(), Some("Texas"));
        // A lowercase title before the name in apposition.
        let (p, i) = find(
            "\"Foi um acordo possível\", disse o relator, deputado Marcos Alves (PSD-MG).",
            "disse",
        );
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(show(&p, &n).1.as_deref(), Some("Marcos Alves"));
        assert_eq!(show(&p, &n).2.as_deref(), Some("deputado"));
        let (p, i) = find(
            "\"Temos doses\", disse a coordenadora do programa, enfermeira Paula Teixeira.",
            "disse",
        );
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(show(&p, &n).1.as_deref(), Some("Paula Teixeira"));
        assert_eq!(show(&p, &n).2.as_deref(), Some("enfermeira"));
        // Not after a verb form: `citing Jane Doe` names a source, not the speaker.
        let (p, i) = find("“It is ready,” said the report, citing Jane Doe.", "said");
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(show(&p, &n).1, None);
        // A name without a role before it keeps its own apposition out.
        let (p, i) = find("“It is ready,” said Jane Doe, Mark Roe said.", "said");
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(show(&p, &n).1.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn object_after_the_verb() {
        let (p, i) = find("“Yes,” said Sevaun Palvetzian, CEO of the group.", "said");
        let np = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(show(&p, &np).1.as_deref(), Some("Sevaun Palvetzian"));
        let (p, i) = find("“Yes,” says the bow-tied maverick on Monday.", "says");
        assert_eq!(
            show(&p, &after(&p, i + 1, p.len()).unwrap()).0,
            "the bow-tied maverick"
        );
    }

    #[test]
    fn plural_names_and_initials() {
        let (p, i) = find(
            "The owners Tore Sohlberg and Lehla Abreder said it.",
            "said",
        );
        let np = before(&p, i, 0).unwrap();
        assert_eq!(
            show(&p, &np).1.as_deref(),
            Some("Tore Sohlberg and Lehla Abreder")
        );
        let (p, i) = find("Dr. J. Smith said it.", "said");
        let np = before(&p, i, 0).unwrap();
        assert_eq!(show(&p, &np).1.as_deref(), Some("J. Smith"));
    }

    #[test]
    fn a_post_modified_subject_keeps_its_head_not_the_object() {
        for (text, all, head) in [
            (
                "Union officials in Detroit said they would fight.",
                "Union officials in Detroit",
                "Union officials",
            ),
            (
                "“No,” a spokesman for the ministry said.",
                "a spokesman for the ministry",
                "a spokesman",
            ),
            (
                "Residents of Millbrook said the road flooded.",
                "Residents of Millbrook",
                "Residents",
            ),
            (
                "“Leave,” a spokeswoman for Trudeau said.",
                "a spokeswoman for Trudeau",
                "a spokeswoman",
            ),
        ] {
            let (p, i) = find(text, "said");
            let np = before(&p, i, 0).unwrap();
            assert_eq!(show(&p, &np), (all.into(), None, None), "{text}");
            assert_eq!(
                super::head(&p, &np).map(|h| p.slice(&h)),
                Some(head),
                "{text}"
            );
        }
    }

    #[test]
    fn a_title_with_an_of_phrase_is_no_post_modifier() {
        let (p, i) = find(
            "Minister of Agriculture Tang said the deal was fair.",
            "said",
        );
        let n = before(&p, i, 0).unwrap();
        assert_eq!(show(&p, &n).1.as_deref(), Some("Tang"));
    }

    #[test]
    fn a_place_after_a_post_modified_description_is_no_appositive() {
        let (p, i) = find(
            "“It is ready,” said the mayor of Springfield, Ohio.",
            "said",
        );
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(
            show(&p, &n),
            ("the mayor of Springfield".into(), None, None)
        );
        let (p, i) = find(
            "“It is ready,” said the mayor of Springfield, Jo Lane.",
            "said",
        );
        let n = after(&p, i + 1, p.len()).unwrap();
        assert_eq!(show(&p, &n).1.as_deref(), Some("Jo Lane"));
    }

    #[test]
    fn a_plural_possessive_apostrophe_is_inside_the_phrase() {
        let (mut p, i) = find("“No,” a spokesman for the deckhands' union said.", "said");
        let apostrophe = (0..p.len()).find(|&k| p.s(k) == "'").unwrap();
        // Unpaired after the marks are paired: the quote module flags it.
        p.set_apostrophe(apostrophe);
        assert!(!p.is_mark(apostrophe));
        let np = before(&p, i, 0).unwrap();
        assert_eq!(show(&p, &np).0, "a spokesman for the deckhands' union");
        // Not after a word that is no plural, nor after a space.
        let mut p = Para::new("He said 'no' today.", 0);
        let quote = (0..p.len()).filter(|&k| p.s(k) == "'").collect::<Vec<_>>();
        for &k in &quote {
            p.set_apostrophe(k);
            assert!(p.is_mark(k));
        }
    }

    #[test]
    fn a_named_subject_after_an_opening_adverbial() {
        let (p, i) = find(
            "On Tuesday, Donald Tusk, the president of the council, which represents the leaders, urged calm.",
            "urged",
        );
        let np = before(&p, i, 0).unwrap();
        assert_eq!(show(&p, &np).1.as_deref(), Some("Donald Tusk"));
        let (p, i) = find("Earlier, Jane Doe, the mayor, said it.", "said");
        assert_eq!(
            show(&p, &before(&p, i, 0).unwrap()).1.as_deref(),
            Some("Jane Doe")
        );
    }

    #[test]
    fn a_relative_clause_belongs_to_the_subject() {
        for (text, all, head) in [
            (
                "A woman who lives nearby said the water rose fast.",
                "A woman who lives nearby",
                "A woman",
            ),
            (
                "The man who drove in from Falmouth said he would pay.",
                "The man who drove in from Falmouth",
                "The man",
            ),
            (
                "A teacher who asked not to be named said it closed.",
                "A teacher who asked not to be named",
                "A teacher",
            ),
        ] {
            let (p, i) = find(text, "said");
            let np = before(&p, i, 0).unwrap();
            assert_eq!(show(&p, &np), (all.into(), None, None), "{text}");
            assert_eq!(
                super::head(&p, &np).map(|h| p.slice(&h)),
                Some(head),
                "{text}"
            );
        }
        // A name keeps its name; a clause set off by commas is an appositive.
        let (p, i) = find("John Smith who lives nearby said it was loud.", "said");
        assert_eq!(
            show(&p, &before(&p, i, 0).unwrap()).1.as_deref(),
            Some("John Smith")
        );
        let (p, i) = find("The official, who declined to be named, said so.", "said");
        assert_eq!(show(&p, &before(&p, i, 0).unwrap()).0, "The official");
    }

    #[test]
    fn an_aside_in_brackets_after_the_subject() {
        for (text, subject) in [
            (
                "Sen. Maria Lopez (D-Calif.) said the bill would pass.",
                "Sen. Maria Lopez",
            ),
            (
                "The company (NYSE: ABC) said it would cut jobs.",
                "The company",
            ),
            ("Ana Ruiz (pictured) said she was pleased.", "Ana Ruiz"),
        ] {
            let (p, i) = find(text, "said");
            assert_eq!(show(&p, &before(&p, i, 0).unwrap()).0, subject, "{text}");
        }
    }

    #[test]
    fn an_acronym_in_brackets_after_the_subject() {
        let (p, i) = find(
            "The Queensland Teachers Union (QTU) said it would strike.",
            "said",
        );
        assert_eq!(
            show(&p, &before(&p, i, 0).unwrap()).0,
            "The Queensland Teachers Union"
        );
    }

    #[test]
    fn a_reduced_relative_clause_belongs_to_the_subject() {
        let (p, i) = find(
            "The three operators licensed in the city said they were disappointed.",
            "said",
        );
        let np = before(&p, i, 0).unwrap();
        assert_eq!(show(&p, &np).0, "The three operators licensed in the city");
        assert_eq!(show(&p, &np).1, None);
        // Its head is `operators`, a plural that `they` refers back to.
        assert_eq!(
            super::head(&p, &np).map(|h| p.slice(&h)),
            Some("The three operators")
        );
    }

    #[test]
    fn a_description_after_a_name_is_its_title() {
        let title = |text: &str, first: &str| {
            let (p, i) = find(text, first);
            post_appositive_title(&p, &(i..i + 2)).map(|t| p.slice(&t).to_owned())
        };
        assert_eq!(
            title("said Jane Doe, a spokeswoman for the city.", "Jane").as_deref(),
            Some("spokeswoman for the city")
        );
        assert_eq!(
            title("Jane Roe, the mayor of Springfield, said it.", "Jane").as_deref(),
            Some("mayor of Springfield")
        );
        assert_eq!(
            title("said Tom Lee, the mission's lead scientist.", "Tom").as_deref(),
            Some("the mission's lead scientist")
        );
        // No role word, a verb, or a name in apposition: no title.
        assert_eq!(title("said Tom Lee, a keen gardener.", "Tom"), None);
        assert_eq!(title("said Tom Lee, adding that it works.", "Tom"), None);
        assert_eq!(
            title("Tom Lee, Ann Roe and the mayor said it.", "Tom"),
            None
        );
    }

    #[test]
    fn an_adjective_keeps_its_complement() {
        for (text, want) in [
            (
                "according to people familiar with the talks.",
                "people familiar with the talks",
            ),
            (
                "said a source close to the board.",
                "a source close to the board",
            ),
        ] {
            let p = Para::new(text, 0);
            let start = (0..p.len())
                .find(|&i| matches!(p.s(i), "people" | "a"))
                .unwrap();
            assert_eq!(show(&p, &after(&p, start, p.len()).unwrap()).0, want);
        }
    }

    #[test]
    fn brackets_after_a_company_name() {
        let (p, i) = find(
            "Norvik Energy Inc. (NYSE: NVK) (\"Norvik\"), a developer of battery storage, today announced it.",
            "announced",
        );
        let np = show(&p, &before(&p, i, 0).unwrap());
        assert_eq!(np.1.as_deref(), Some("Norvik Energy Inc."));
    }

    #[test]
    fn an_ampersand_joins_a_name() {
        let (p, i) = find("Portland Fire & Rescue said no one was hurt.", "said");
        let np = show(&p, &before(&p, i, 0).unwrap());
        assert_eq!(np.0, "Portland Fire & Rescue");
        assert_eq!(np.1.as_deref(), Some("Portland Fire & Rescue"));
    }

    #[test]
    fn names_before_a_preposition_and_verbs_are_not_heads() {
        // A name before the preposition is still the speaker.
        let (p, i) = find("Jingyi Pan of IG said it.", "said");
        assert_eq!(
            show(&p, &before(&p, i, 0).unwrap()).1.as_deref(),
            Some("Jingyi Pan")
        );
        // `lived in` is a verb and its object: no post-modifier of `lived`.
        let (p, i) = find("The man who lived in Detroit said so.", "said");
        let np = before(&p, i, 0).unwrap();
        assert_eq!(super::head(&p, &np).map(|h| p.slice(&h)), Some("The man"));
        // A quantity takes its head from the object.
        let (p, i) = find("One of the players said so.", "said");
        assert!(before(&p, i, 0).is_none_or(|n| super::head(&p, &n).is_none()));
    }
}

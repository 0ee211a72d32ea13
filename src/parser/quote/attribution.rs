//! Attribution: the speaker and speech verb of a direct quotation, after it, before it, or
//! around it.
//!
//! ## Grammar
//!
//! ```text
//! after     = [ "," / dash ] ( cue np / np cue / "as" np ( cue / "put it" ) ) *adverbial
//!             *( "." repeated ) [ "," "according to" source ]
//! before    = np cue *word [ ":" / "," ] quote          ; the last cue before the quote
//!           / "As" np "put it" [ ":" / "," ] quote
//!           / "According to" np "," *word quote
//! repeated  = [ pronoun ] cue                              ; `he said. he said,`
//! ```
//!
//! Both directions look at a bounded window of tokens next to the quote, so the cost per
//! quote is constant. The attribution must lie in the quote's sentence; after a quote that
//! ends its sentence (`“We are ready.” Blinken said.`) only a short attribution-only
//! sentence is taken.
//!
//! ## Examples
//!
//! ```text
//! > | “We are ready,” Blinken told Lavrov.
//!                     ^^^^^^^ ^^^^ speaker, cue
//! > | Lavrov said: “We are ready.”
//!     ^^^^^^ ^^^^ speaker, cue
//! > | “Fine,” he said. he said, according to the Tass news agency.
//!             ^^ ^^^^  ^^^^^^^ repeated        ^^^^^^^^^^^^^^^^ source
//! ```

use std::ops::Range;

use super::indirect;
use super::lexicon;
use super::np::{self, Np};
use super::para::Para;

/// How far after a closing mark an attribution's verb may be.
const TAIL_WINDOW: usize = 24;
/// How far before an opening mark a speech verb is looked for.
const HEAD_WINDOW: usize = 30;

/// A speaker and cue found next to a quote.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Attribution {
    pub(crate) speaker: Option<Np>,
    pub(crate) cue: Option<Range<usize>>,
    pub(crate) source: Option<Range<usize>>,
    /// Attributions repeated by machine translation (`he said. he said,`).
    pub(crate) repeated: Vec<Range<usize>>,
}

/// Whether the cue at `i` is a verb that can attribute a quote after it.
fn strong_cue(p: &Para<'_>, i: usize) -> bool {
    !p.quoted.get(i).copied().unwrap_or(false) && p.cue(i).is_some_and(|c| !c.weak)
}

/// Whether tokens from `i` say `according to`: `according to`, or Portuguese `segundo`,
/// Spanish `según`, French `selon`.
pub(crate) fn according_to(p: &Para<'_>, i: usize) -> bool {
    according_len(p, i) > 0
}

/// How many tokens the `according to` at `i` takes (0 when there is none). `segundo` is
/// also `second`: it says `according to` only when no article is before it and an article
/// or a capitalised word follows (`Segundo o ministério`, `segundo Ana`, not `o segundo
/// turno`).
#[inline]
pub(crate) fn according_len(p: &Para<'_>, i: usize) -> usize {
    let w = p.s(i);
    // Called at nearly every word: every word read below (`according`, `По`, `según`,
    // `selon`, `laut`, `segundo`, `secondo`, `menurut`) has 4 to 9 bytes and opens with
    // `a`, `s`, `l` or `m` in either case, or with D0 (the lead byte of `П` and `п`), which rules the others
    // out without a comparison (inlined, without a call).
    if !(4..=9).contains(&w.len())
        || !matches!(
            w.as_bytes().first(),
            Some(b'a' | b'A' | b's' | b'S' | b'l' | b'L' | b'm' | b'M' | 0xD0)
        )
    {
        return 0;
    }
    according_word_len(p, i, w)
}

/// [`according_len`] for a word `w` (token `i`) that passed its first test.
fn according_word_len(p: &Para<'_>, i: usize, w: &str) -> usize {
    // Many words pass the first test (`said`, `also`, `more`): the words below are known by
    // their length and first two bytes, ASCII letters in either case: `according` (9, `ac`),
    // `laut` (4, `la`), `menurut` (7, `me`), `selon`, `según`, `segundo`, `secondo` (5 to 7,
    // `se`), and `По`, `по` (4, D0 9F or D0 BF).
    let known = match w.as_bytes() {
        [f, s, ..] => matches!(
            (w.len(), f.to_ascii_lowercase(), s.to_ascii_lowercase()),
            (9, b'a', b'c')
                | (4, b'l', b'a')
                | (7, b'm', b'e')
                | (5..=7, b's', b'e')
                | (4, 0xD0, 0x9F | 0xBF)
        ),
        _ => false,
    };
    if !known {
        return 0;
    }
    if w.eq_ignore_ascii_case("according") && p.s(i + 1) == "to" {
        return 2;
    }
    // Russian `по словам X` (`in the words of X`).
    if matches!(w, "По" | "по") && p.s(i + 1) == "словам" {
        return 2;
    }
    // `según anunció el consistorio` is `as ... announced`: no source phrase follows.
    if !p.is_word(i) || !p.is_word(i + 1) || p.cue(i + 1).is_some() {
        return 0;
    }
    // Indonesian `menurut` (`according to`).
    if [
        "según", "Según", "selon", "Selon", "laut", "Laut", "menurut", "Menurut",
    ]
    .contains(&w)
    {
        return 1;
    }
    let article = |k: usize| {
        matches!(
            p.s(k),
            "o" | "a"
                | "os"
                | "as"
                | "do"
                | "da"
                | "no"
                | "na"
                | "um"
                | "uma"
                | "el"
                | "la"
                | "il"
                | "lo"
                | "gli"
                | "le"
        )
    };
    // Italian `secondo` is Portuguese `segundo`: `secondo il ministro`, `il secondo turno`.
    if (w.eq_ignore_ascii_case("segundo") || w.eq_ignore_ascii_case("secondo"))
        && !(i > 0 && article(i - 1))
        && (article(i + 1) || p.is_cap_word(i + 1))
    {
        return 1;
    }
    0
}

/// The source after `according to` at `i`: the phrase without its article.
fn source_at(p: &Para<'_>, i: usize, limit: usize) -> Option<Range<usize>> {
    let start = i + according_len(p, i);
    let mut e = start;
    while e < limit && e < start + 10 && (p.is_word(e) || np_period(p, e)) {
        e += 1;
    }
    let mut s = start;
    while s < e && p.is(s, &lexicon::DETERMINERS) {
        s += 1;
    }
    (s < e).then_some(s..e)
}

fn np_period(p: &Para<'_>, i: usize) -> bool {
    p.is_punct(i, ".") && p.is_word(i + 1) && !p.is_cap_word(i + 1) && i > 0 && {
        let w = p.s(i - 1);
        w.chars().count() <= 4 && w.chars().next().is_some_and(char::is_uppercase)
    }
}

/// After the attribution ends at `k`: repeated attributions and an `according to` source.
fn trailer(p: &Para<'_>, mut k: usize, limit: usize, attr: &mut Attribution) {
    let stop = limit.min(k + 24);
    while k < stop {
        if according_to(p, k) {
            attr.source = source_at(p, k, limit);
            return;
        }
        if p.is_terminal(k) {
            // `he said. he said,` / `she said. declared.`
            let mut j = k + 1;
            if j < limit && p.is(j, &lexicon::PRONOUNS) && p.is_lower_word(j) {
                j += 1;
            }
            if j < limit && p.is_lower_word(j) && strong_cue(p, j) {
                let from = if j > k + 1 { k + 1 } else { j };
                attr.repeated.push(from..j + 1);
                k = j + 1;
                continue;
            }
            return;
        }
        if p.is_mark(k) {
            return;
        }
        k += 1;
    }
}

/// The attribution after the quote closed at token `close`, not reaching token `limit`.
pub(crate) fn after(p: &Para<'_>, close: usize, limit: usize) -> Option<Attribution> {
    let limit = limit.min(p.len());
    let mut i = close + 1;
    let mut skipped = 0;
    let mut dashed = false;
    while i < limit && skipped < 2 && (p.is_punct(i, ",") || p.is_dash(i)) {
        dashed |= p.is_dash(i);
        i += 1;
        skipped += 1;
    }
    if i >= limit || !p.is_word(i) {
        return None;
    }
    // `"Nobody told us anything." — Rita Gomez, 61, a resident`: signed with a dash, no verb.
    if dashed
        && p.is_cap_word(i)
        && !strong_cue(p, i)
        && let Some(speaker) = np::signed_name(p, i, limit)
    {
        return Some(Attribution {
            speaker: Some(speaker),
            ..Attribution::default()
        });
    }
    let ended_sentence =
        close > 0 && (p.is_terminal(close - 1) || p.sent_of.get(close) != p.sent_of.get(i));
    // French and Italian put an auxiliary before the participle: `« ... », a déclaré le
    // ministre`, `"...", ha dichiarato il sindaco`.
    let aux = i;
    if p.is_lower_word(i)
        && ["a", "ont", "avait", "ha", "hanno", "aveva"].contains(&p.s(i))
        && strong_cue(p, i + 1)
    {
        i += 1;
    }
    // `said Lavrov` / `said Sevaun Palvetzian, CEO of ...`
    if strong_cue(p, i) && p.is_lower_word(i) {
        // `points out the laid-back resident`
        let cue_end = phrasal_end(p, i);
        let speaker = np::after(p, cue_end, limit);
        let k = speaker.as_ref().map_or(cue_end, |n| n.all.end);
        let mut attr = Attribution {
            speaker,
            cue: Some(aux..cue_end),
            ..Attribution::default()
        };
        trailer(p, k, limit, &mut attr);
        return Some(attr);
    }
    i = aux;
    // `Blinken told Lavrov` / `he said` / `the official said`; in a comparative clause,
    // `as a friend put it` / `as Blinken said`.
    let comparative = p.is_lower_word(i) && p.s(i) == "as" && !ended_sentence;
    let i = if comparative { i + 1 } else { i };
    let stop = limit.min(i + TAIL_WINDOW);
    let mut j = i;
    while j < stop {
        if p.is_mark(j) || (p.ends_sentence(j) && !np_period(p, j)) {
            return None;
        }
        let put_it = comparative && put_it(p, j);
        // `one resident, who asked not to be named, said`: the verb of a relative clause
        // on the subject is not the attribution's.
        let relative = j > i && matches!(p.s(j - 1), "who" | "which");
        if j > i && (strong_cue(p, j) || put_it) && p.is_lower_word(j) && !relative {
            let speaker = np::before(p, j, i)?;
            if speaker.all.start != i && !described_before(p, i, &speaker) {
                return None;
            }
            let cue_end = if put_it { j + 2 } else { phrasal_end(p, j) };
            if ended_sentence && !short_rest(p, j, cue_end, limit) {
                return None;
            }
            let mut attr = Attribution {
                speaker: Some(speaker),
                cue: Some(j..cue_end),
                ..Attribution::default()
            };
            trailer(p, cue_end, limit, &mut attr);
            return Some(attr);
        }
        j += 1;
    }
    None
}

/// The most words of a description before a speaker's name in apposition.
const MAX_DESCRIPTION: usize = 6;

/// `his sister, Rose Kim, told`, `one of them, the climatologist David Ortega, told`: the
/// words from `start` up to a comma right before the named `speaker` are a description of
/// the same person (a few words, opening with a determiner: `with passengers, Foster
/// writes` is no description).
fn described_before(p: &Para<'_>, start: usize, speaker: &Np) -> bool {
    let at = speaker.all.start;
    speaker.name.is_some()
        && at > start + 1
        && at - start <= MAX_DESCRIPTION + 1
        && p.is_punct(at - 1, ",")
        && (start..at - 1).all(|k| p.is_word(k) || p.is_apostrophe(k))
        && p.is_lower_word(start)
        && p.is(start, &lexicon::DETERMINERS)
}

/// `put it` / `puts it` at token `j`: a speech verb only in `as X put it`.
fn put_it(p: &Para<'_>, j: usize) -> bool {
    matches!(p.s(j), "put" | "puts") && p.s(j + 1) == "it" && p.is_word(j + 1)
}

/// `pointed out`, `went on`, `wrote back`: the token after a cue that belongs to it. `on`
/// and `back` are particles only at the end of the clause or before `to` / `that`; before
/// anything else they open a phrase of their own (`said on Monday`, `said back in May`).
fn phrasal_end(p: &Para<'_>, j: usize) -> usize {
    let particle = p.is_word(j + 1)
        && match p.s(j + 1) {
            "out" => true,
            "on" | "back" => !p.is_word(j + 2) || matches!(p.s(j + 2), "to" | "that"),
            _ => false,
        };
    if particle { j + 2 } else { j + 1 }
}

/// Whether the sentence ends after the cue ending at `k` (its listener and adverbials
/// aside): `Blinken said on Tuesday.` but not `Blinken said the talks would go on.`
fn short_rest(p: &Para<'_>, cue: usize, k: usize, limit: usize) -> bool {
    let mut k = k;
    if p.info_cue(cue).is_some_and(|c| c.object) {
        k = indirect::skip_listener(p, k, limit).unwrap_or(k);
    }
    let k = indirect::skip_adverbials(p, k, limit);
    k >= limit || p.is_terminal(k) || p.is_mark(k)
}

/// Whether an attribution (`Blinken said`, `he told`) starts at token `i`: used to read a
/// misused opening mark as a close.
pub(crate) fn starts_at(p: &Para<'_>, i: usize) -> bool {
    let stop = p.len().min(i + 7);
    if strong_cue(p, i) && p.is_lower_word(i) {
        return true;
    }
    (i + 1..stop)
        .take_while(|&j| !p.is_mark(j) && !p.ends_sentence(j))
        .find(|&j| strong_cue(p, j) && p.is_lower_word(j))
        .and_then(|j| np::before(p, j, i))
        .is_some_and(|n| n.all.start == i)
}

/// The attribution before the quote opened at token `open`, looking no further back than
/// `floor` (the sentence start, or the end of the previous quote in the sentence).
pub(crate) fn before(p: &Para<'_>, open: usize, floor: usize) -> Option<Attribution> {
    let lo = floor.max(open.saturating_sub(HEAD_WINDOW));
    // `According to X, ... “...”`
    let len = according_len(p, floor);
    if len > 0 && floor >= lo {
        let speaker = np::after(p, floor + len, open);
        if speaker.is_some() {
            return Some(Attribution {
                speaker,
                cue: Some(floor..floor + len),
                ..Attribution::default()
            });
        }
    }
    let mut j = open;
    while j > lo {
        j -= 1;
        if p.quoted.get(j).copied().unwrap_or(false) || p.is_mark(j) {
            continue;
        }
        if !p.is_word(j) || !p.is_lower_word(j) {
            continue;
        }
        if put_it(p, j)
            && let Some(speaker) = np::before(p, j, floor)
            && speaker.all.start > floor
            && p.s(speaker.all.start - 1).eq_ignore_ascii_case("as")
        {
            // `As one analyst put it, “...”`
            return Some(Attribution {
                speaker: Some(speaker),
                cue: Some(j..j + 2),
                ..Attribution::default()
            });
        }
        let Some(cue) = p.cue(j) else {
            continue;
        };
        if cue.participle && j > floor && p.s(j - 1) == "as" {
            // `quoted a Polish official as saying “...”`
            let speaker = np::quoted_as(p, j, floor);
            return Some(Attribution {
                speaker,
                cue: Some(j..j + 1),
                ..Attribution::default()
            });
        }
        if cue.participle {
            // `he said, adding: “...”`: the subject of the earlier verb.
            let speaker = (floor..j)
                .rev()
                .find(|&k| strong_cue(p, k) && p.is_lower_word(k))
                .and_then(|k| np::before(p, k, floor))
                .or_else(|| sentence_subject(p, floor, j));
            return Some(Attribution {
                speaker,
                cue: Some(j..j + 1),
                ..Attribution::default()
            });
        }
        if j > floor && p.s(j - 1) == "to" {
            // `to answer the question`: an infinitive, not the attribution.
            continue;
        }
        let speaker = np::before(p, j, floor);
        if speaker.is_none() && (cue.weak || (floor..j).any(|k| strong_cue(p, k))) {
            continue;
        }
        return Some(Attribution {
            speaker,
            cue: Some(j..phrasal_end(p, j)),
            ..Attribution::default()
        });
    }
    // `Cruz, at the podium: “...”`: a colon introduces the quote; its speaker is the subject.
    if open > floor && p.is_punct(open - 1, ":") {
        let speaker = sentence_subject(p, floor, open - 1)?;
        return Some(Attribution {
            speaker: Some(speaker),
            ..Attribution::default()
        });
    }
    None
}

/// The noun phrase opening the clause at `floor`, if it looks like a subject.
fn sentence_subject(p: &Para<'_>, floor: usize, limit: usize) -> Option<Np> {
    let n = np::after(p, floor, limit)?;
    let head = n.all.end.checked_sub(1)?;
    (n.name.is_some() || p.is(head, &lexicon::PRONOUNS) || p.is(head, &lexicon::ROLE_NOUNS))
        .then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Para<'_> {
        Para::new(text, 0)
    }

    fn mark(p: &Para<'_>, nth: usize) -> usize {
        (0..p.len()).filter(|&i| p.is_mark(i)).nth(nth).unwrap()
    }

    fn who(p: &Para<'_>, a: &Attribution) -> (String, String) {
        (
            a.speaker
                .as_ref()
                .map(|n| p.slice(&n.mention()).to_owned())
                .unwrap_or_default(),
            a.cue
                .as_ref()
                .map(|c| p.slice(c).to_owned())
                .unwrap_or_default(),
        )
    }

    #[test]
    fn speaker_then_verb_after_the_quote() {
        let p = para("“We are ready,” Blinken told Lavrov.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(who(&p, &a), ("Blinken".into(), "told".into()));
    }

    #[test]
    fn verb_then_speaker_after_the_quote() {
        let p = para("“We are ready,” said Lavrov, smiling.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(who(&p, &a), ("Lavrov".into(), "said".into()));
    }

    #[test]
    fn attribution_before_the_quote() {
        let p = para("Lavrov said: “We are ready.”");
        let a = before(&p, mark(&p, 0), 0).unwrap();
        assert_eq!(who(&p, &a), ("Lavrov".into(), "said".into()));
    }

    #[test]
    fn particles_after_the_verb() {
        let p = para("“We are ready,” Blinken said on Monday.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(who(&p, &a), ("Blinken".into(), "said".into()));
        let p = para("“Not so,” the minister wrote back.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(who(&p, &a).1, "wrote back");
        let p = para("“Not so,” the minister wrote back in May.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(who(&p, &a).1, "wrote");
        let p = para("“It failed,” the report pointed out.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(who(&p, &a).1, "pointed out");
    }

    #[test]
    fn a_comparative_as_clause_attributes() {
        let p = para("“It just works,” as a friend put it.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(who(&p, &a), ("a friend".into(), "put it".into()));
        let p = para("“We are ready,” as Blinken said.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(who(&p, &a), ("Blinken".into(), "said".into()));
        let p = para("As one analyst put it, “the market has spoken.”");
        let a = before(&p, mark(&p, 0), 0).unwrap();
        assert_eq!(who(&p, &a), ("one analyst".into(), "put it".into()));
        // `put it` without `as` is no speech verb.
        let p = para("“Done,” she put it down.");
        assert!(after(&p, mark(&p, 1), p.len()).is_none());
    }

    #[test]
    fn a_description_before_the_speaker_in_apposition() {
        let p = para("“He was kind,” his sister, Rose Kim, told CBC News on Tuesday.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(who(&p, &a), ("Rose Kim".into(), "told".into()));
        let p = para("“It is over,” one of them, the climatologist David Ortega, told me.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(who(&p, &a), ("David Ortega".into(), "told".into()));
    }

    #[test]
    fn a_new_sentence_is_not_an_attribution() {
        let p = para("“We are ready.” Blinken said the talks would go on for weeks.");
        assert!(after(&p, mark(&p, 1), p.len()).is_none());
        let p = para("“We are ready.” Blinken said.");
        assert!(after(&p, mark(&p, 1), p.len()).is_some());
    }

    #[test]
    fn repeated_attribution_and_source() {
        let p = para("“Fine,” he said. he said, according to the Tass news agency.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(a.repeated.len(), 1);
        assert_eq!(p.slice(&a.repeated[0]), "he said");
        assert_eq!(p.slice(a.source.as_ref().unwrap()), "Tass news agency");
        let p = para("“Fine,” she said. declared.");
        let a = after(&p, mark(&p, 1), p.len()).unwrap();
        assert_eq!(p.slice(&a.repeated[0]), "declared");
    }

    #[test]
    fn speech_verbs_of_other_languages() {
        for (text, speaker, cue) in [
            ("\"Está pronto\", disse Ana Souza.", "Ana Souza", "disse"),
            (
                "\"Está pronto\", afirmou o ministro.",
                "o ministro",
                "afirmou",
            ),
            (
                "\"Está pronto\", declarou Pedro Lima.",
                "Pedro Lima",
                "declarou",
            ),
            ("«Está listo», dijo Carmen Ruiz.", "Carmen Ruiz", "dijo"),
            ("«Está listo», afirmó Luis Gómez.", "Luis Gómez", "afirmó"),
            (
                "«Está listo», señaló la alcaldesa.",
                "la alcaldesa",
                "señaló",
            ),
            // French: the auxiliary is part of the cue, a preposition ends the speaker.
            (
                "« C'est fait », a déclaré le ministre devant la presse.",
                "le ministre",
                "a déclaré",
            ),
            (
                "« C'est fait », estime Paul Martin.",
                "Paul Martin",
                "estime",
            ),
            // Italian: the same auxiliary; German: a preposition ends the speaker.
            (
                "\"È fatta\", ha dichiarato il sindaco Paolo Rossi in una nota.",
                "Paolo Rossi",
                "ha dichiarato",
            ),
            (
                "„Wir sind bereit“, sagte Anna Berger am Morgen.",
                "Anna Berger",
                "sagte",
            ),
            // A German noun after its article is a description, not a name.
            // Russian: a comma and a dash before the verb.
            (
                "«Это временная мера», — заявил Иван Соколов на брифинге.",
                "Иван Соколов",
                "заявил",
            ),
            (
                "„Wir bedauern das“, sagte eine Bahnsprecherin am Morgen.",
                "eine Bahnsprecherin",
                "sagte",
            ),
            // Dutch: `van` before common nouns is `of`, not a name's particle.
            (
                "\"We nemen geen risico,\" zei wethouder Mark Bosman van verkeer op een persconferentie.",
                "Mark Bosman",
                "zei",
            ),
            (
                "\"Het is vervelend,\" zegt Fatima el Amrani uit Holtenbroek.",
                "Fatima el Amrani",
                "zegt",
            ),
            // Turkish: the verb closes the sentence.
            (
                "\"Her yıl aynı şey oluyor,\" dedi Yılmaz.",
                "Yılmaz",
                "dedi",
            ),
        ] {
            let p = para(text);
            let a = after(&p, mark(&p, 1), p.len()).unwrap();
            assert_eq!(who(&p, &a), (speaker.into(), cue.into()), "{text}");
        }
    }

    #[test]
    fn according_to_in_other_languages() {
        let p = para("Segundo a polícia, “ninguém se feriu”.");
        assert_eq!(according_len(&p, 0), 1);
        let a = before(&p, mark(&p, 0), 0).unwrap();
        assert_eq!(who(&p, &a), ("a polícia".into(), "Segundo".into()));
        let p = para("Según Ana Ruiz, “nadie resultó herido”.");
        let a = before(&p, mark(&p, 0), 0).unwrap();
        assert_eq!(who(&p, &a), ("Ana Ruiz".into(), "Según".into()));
        // `según anunció X` (`as X announced`) has no source phrase after it.
        let p = para("Abrirán los domingos, según anunció el consistorio.");
        assert_eq!(according_len(&p, 4), 0);
        // `segundo` as `second`.
        let p = para("O segundo turno será em outubro.");
        assert_eq!(according_len(&p, 1), 0);
        let p = para("Ficou em segundo lugar.");
        assert_eq!(according_len(&p, 2), 0);
        // German `laut`, Italian `secondo`.
        let p = para("Laut Klaus Meier, „der Streik dauert an“.");
        assert_eq!(according_len(&p, 0), 1);
        let p = para("Secondo il ministro, “è finita”.");
        assert_eq!(according_len(&p, 0), 1);
        let p = para("Il secondo turno è domenica.");
        assert_eq!(according_len(&p, 1), 0);
        let p = para("По словам Соколова, «это временная мера».");
        assert_eq!(according_len(&p, 0), 2);
    }

    #[test]
    fn every_according_word_is_in_its_table() {
        // `indirect::find` reads `according_len` only at a word of `lexicon::ACCORDING`.
        for text in [
            "According to Ana, “yes”. ACCORDING to Ana, “yes”.",
            "Segundo a polícia, “não”. SEGUNDO a polícia, “não”.",
            "Según Ana Ruiz, “no”. según Ana, “no”.",
            "Laut Klaus Meier, „ja“. laut Meier, „ja“.",
            "Secondo il ministro, “sì”. selon Paul, « oui ». Selon Paul, « oui ».",
            "Menurut Joko, “ya”. menurut Joko, “ya”.",
            "По словам Соколова, «да». по словам Соколова, «да».",
        ] {
            let p = para(text);
            let mut found = 0;
            for i in 0..p.len() {
                if according_len(&p, i) > 0 {
                    found += 1;
                    assert!(lexicon::ACCORDING.has(p.entry(i)), "{text}: {}", p.s(i));
                }
            }
            assert!(found >= 2, "{text}");
        }
    }

    #[test]
    fn attribution_start_detection() {
        let p = para("them “Blinken said.");
        assert!(starts_at(&p, 2));
        let p = para("them “Blinken and the others.");
        assert!(!starts_at(&p, 2));
    }
}

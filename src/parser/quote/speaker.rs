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
//! surname (and first name) to the fullest name seen, and names in subject position
//! (followed by a verb, not inside a quotation) are remembered as the recent people a
//! pronoun may refer to. Each lookup is a hash-map probe or a scan of a short, bounded
//! list, so the pass is linear in the article.
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
use std::collections::HashMap;
use std::collections::VecDeque;
use std::ops::Range;

use super::lexicon::{self, is};
use super::np::{self, Np};
use super::para::Para;
use crate::{Span, Speaker};

/// How many recent people a pronoun may refer to.
const RECENT: usize = 8;

/// A person or group introduced in the article.
#[derive(Debug, Clone)]
struct Entity {
    /// The fullest form of the name seen so far.
    name: Span,
    /// Number of words in `name`.
    words: usize,
    /// First word of the name, lowercase.
    first: String,
    /// The title introduced with the name.
    title: Option<Span>,
    /// More than one person (`Tore Sohlberg and Lehla Abreder`, `officials`).
    plural: bool,
    /// Introduced with a first name or a title, or quoted: surely a person. A lone
    /// capitalised word (`Russia had offered`) may be a place or a group.
    strong: bool,
}

/// Someone a pronoun may refer to.
#[derive(Debug, Clone, Copy)]
enum Who {
    Entity(usize),
    /// A descriptive speaker with no name (`a senior US official`): its mention.
    Described(Span, bool),
}

/// Whether a noun phrase starting at token `i` stands where a clause starts: at the
/// sentence start, after a comma, a conjunction or a speech verb, not after a preposition.
fn opens_clause(p: &Para<'_>, i: usize) -> bool {
    if i == 0 || p.sentence_of(i).start == i {
        return true;
    }
    let b = i - 1;
    if p.is_mark(b) || p.is_dash(b) {
        return true;
    }
    if !p.is_word(b) {
        return [",", ";", ":", "("].iter().any(|c| p.is_punct(b, c));
    }
    let w = p.s(b);
    matches!(
        w,
        "that"
            | "and"
            | "but"
            | "while"
            | "as"
            | "when"
            | "because"
            | "although"
            | "though"
            | "after"
            | "before"
            | "since"
            | "if"
            | "so"
            | "where"
            | "whereas"
            | "until"
    ) || lexicon::cue(w).is_some_and(|c| c.clause)
}

/// Whether token `k` looks like a verb after a subject: a speech verb, an auxiliary, or a
/// lowercase word that is no function word.
fn verbish(p: &Para<'_>, k: usize) -> bool {
    if !p.is_lower_word(k) {
        return false;
    }
    let w = p.s(k);
    lexicon::cue(w).is_some()
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
        || !(is(&lexicon::BREAKS, w)
            || is(&lexicon::PRONOUNS, w)
            || is(&lexicon::DETERMINERS, w)
            || is(&lexicon::TITLES, w)
            || is(&lexicon::ROLE_NOUNS, w)
            || is(&lexicon::LISTENERS, w))
}

/// The document-level state of the walk.
#[derive(Debug)]
pub(crate) struct Resolver<'a> {
    input: &'a str,
    entities: Vec<Entity>,
    by_last: HashMap<String, usize>,
    by_first: HashMap<String, usize>,
    /// Role word (`minister`, `mayor`) → the entity whose title has it, most recent.
    roles: HashMap<String, usize>,
    /// Head noun of a descriptive speaker (`official`) → its first mention.
    described: HashMap<String, Span>,
    recent: VecDeque<Who>,
}

fn lower(s: &str) -> String {
    np::strip_possessive(s).to_lowercase()
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(input: &'a str) -> Self {
        Resolver {
            input,
            entities: Vec::new(),
            by_last: HashMap::new(),
            by_first: HashMap::new(),
            roles: HashMap::new(),
            described: HashMap::new(),
            recent: VecDeque::with_capacity(RECENT + 1),
        }
    }

    fn text(&self, span: Span) -> &'a str {
        span.slice(self.input).unwrap_or("")
    }

    fn push_recent(&mut self, who: Who) {
        if let Who::Entity(e) = who {
            self.recent
                .retain(|w| !matches!(w, Who::Entity(x) if *x == e));
        }
        self.recent.push_back(who);
        if self.recent.len() > RECENT {
            self.recent.pop_front();
        }
    }

    /// Registers the name `name` (tokens of `p`) with its `title`; returns the entity.
    fn register(
        &mut self,
        p: &Para<'a>,
        name: &Range<usize>,
        title: Option<&Range<usize>>,
    ) -> Option<usize> {
        let words: Vec<usize> = name.clone().filter(|&i| np::is_name_word(p, i)).collect();
        let (&first_i, &last_i) = (words.first()?, words.last()?);
        let last = lower(p.s(last_i));
        let first = lower(p.s(first_i));
        let plural = name.clone().any(|i| p.s(i) == "and");
        let span = p.span(name);
        let title_span = title.map(|t| p.span(t));
        let strong = words.len() > 1 || title.is_some();
        let existing = self.by_last.get(&last).copied();
        let idx = match existing {
            Some(e) => {
                let same_person = self
                    .entities
                    .get(e)
                    .is_some_and(|ent| words.len() == 1 || ent.words == 1 || ent.first == first);
                if same_person {
                    if let Some(ent) = self.entities.get_mut(e) {
                        if words.len() > ent.words {
                            ent.name = span;
                            ent.words = words.len();
                            ent.first = first.clone();
                        }
                        if ent.title.is_none() {
                            ent.title = title_span;
                        }
                        ent.strong |= strong;
                    }
                    e
                } else {
                    self.new_entity(span, words.len(), first.clone(), title_span, plural, strong)
                }
            }
            None => {
                // A lone first name may refer to someone introduced in full.
                if words.len() == 1
                    && let Some(&e) = self.by_first.get(&first)
                {
                    return Some(e);
                }
                self.new_entity(span, words.len(), first.clone(), title_span, plural, strong)
            }
        };
        self.by_last.insert(last, idx);
        if words.len() > 1 {
            self.by_first.insert(first, idx);
        }
        if let Some(t) = title {
            for i in t.clone() {
                if p.is_word(i) && is(&lexicon::ROLE_NOUNS, p.s(i)) {
                    self.roles.insert(lower(p.s(i)), idx);
                }
            }
        }
        Some(idx)
    }

    fn new_entity(
        &mut self,
        name: Span,
        words: usize,
        first: String,
        title: Option<Span>,
        plural: bool,
        strong: bool,
    ) -> usize {
        self.entities.push(Entity {
            name,
            words,
            first,
            title,
            plural,
            strong,
        });
        self.entities.len() - 1
    }

    /// Walks tokens `range` of `p`: registers names and notes people in subject position.
    pub(crate) fn observe(&mut self, p: &Para<'a>, range: Range<usize>) {
        let mut i = range.start;
        let end = range.end.min(p.len());
        while i < end {
            if !(np::is_name_word(p, i) || p.is_cap_word(i) && is(&lexicon::TITLES, p.s(i))) {
                i += 1;
                continue;
            }
            // The capitalised run: names, titles, `of`, initials' periods.
            let start = i;
            let mut j = i;
            while j < end
                && (p.is_cap_word(j)
                    || (p.is_punct(j, ".")
                        && j > start
                        && p.s(j - 1).chars().count() <= 3
                        && p.is_cap_word(j + 1))
                    || (matches!(p.s(j), "of" | "and" | "de" | "van" | "von" | "bin" | "al")
                        && p.is_cap_word(j + 1)
                        && j > start)
                    || (p.is_lower_word(j)
                        && j > start
                        && p.is_cap_word(j + 1)
                        && (is(&lexicon::TITLES, p.s(j)) || is(&lexicon::ROLE_NOUNS, p.s(j)))))
            {
                j += 1;
            }
            let run = start..j.max(start + 1);
            i = run.end;
            // `Irish commissioner Niamh O’Brien`: lowercase titles before the name.
            let mut np_start = run.start;
            while np_start > range.start.max(run.start.saturating_sub(4))
                && p.is_word(np_start - 1)
                && (is(&lexicon::TITLES, p.s(np_start - 1))
                    || is(&lexicon::ROLE_NOUNS, p.s(np_start - 1)))
            {
                np_start -= 1;
            }
            let np = np::split_name(p, np_start..run.end);
            let Some(name) = np.name else {
                continue;
            };
            let words = name.clone().filter(|&k| np::is_name_word(p, k)).count();
            let quoted = p.quoted.get(name.start).copied().unwrap_or(false);
            let subject = !quoted && opens_clause(p, np_start) && self.is_subject(p, name.end);
            let known = self.by_last.contains_key(&lower(p.s(name.end - 1)));
            if words >= 2 || np.title.is_some() || known || subject {
                let at_sentence_start = p.sentence_of(name.start).start == name.start;
                let lone = words == 1 && !known && np.title.is_none();
                if lone && ((at_sentence_start && !subject) || p.s(name.start).ends_with('s')) {
                    continue;
                }
                if let Some(e) = self.register(p, &name, np.title.as_ref())
                    && subject
                {
                    self.push_recent(Who::Entity(e));
                }
            }
        }
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
            let Some(close) = (k + 1..stop).find(|&x| p.is_punct(x, ",") || p.is_terminal(x))
            else {
                return false;
            };
            if !p.is_punct(close, ",") {
                return false;
            }
            k = close + 1;
        }
        while p.is_lower_word(k) && is(&lexicon::BETWEEN, p.s(k)) && !verbish(p, k + 1) {
            k += 1;
        }
        verbish(p, k)
    }

    /// Resolves a speaker mention.
    pub(crate) fn resolve(&mut self, p: &Para<'a>, n: &Np) -> Speaker<'a> {
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
        if mention_r.len() == 1 && is(&lexicon::PRONOUNS, mention) {
            let plural = mention.eq_ignore_ascii_case("they");
            if !(plural
                || mention.eq_ignore_ascii_case("he")
                || mention.eq_ignore_ascii_case("she"))
            {
                return unresolved(mention);
            }
            let fits = |w: &Who, strong_only: bool| match *w {
                Who::Entity(e) => self
                    .entities
                    .get(e)
                    .is_some_and(|x| x.plural == plural && (x.strong || !strong_only)),
                Who::Described(_, pl) => pl == plural,
            };
            let found = self
                .recent
                .iter()
                .rev()
                .copied()
                .find(|w| fits(w, true))
                .or_else(|| self.recent.iter().rev().copied().find(|w| fits(w, false)));
            return match found {
                Some(who) => {
                    self.push_recent(who);
                    self.speaker_of(who, mention, mention_span)
                }
                None => unresolved(mention),
            };
        }
        if let Some(name) = &n.name {
            if let Some(e) = self.register(p, name, n.title.as_ref()) {
                if let Some(ent) = self.entities.get_mut(e) {
                    ent.strong = true;
                }
                self.push_recent(Who::Entity(e));
                let mut s = self.speaker_of(Who::Entity(e), mention, mention_span);
                if s.title.is_none() {
                    s.title = n.title.as_ref().map(|t| Cow::Borrowed(p.slice(t)));
                }
                return s;
            }
            return unresolved(mention);
        }
        // A description: `the minister`, `a senior US official`, `officials`.
        let all = n.all.clone();
        let head = all
            .end
            .checked_sub(1)
            .map(|h| lower(p.s(h)))
            .unwrap_or_default();
        let definite = p.s(all.start).eq_ignore_ascii_case("the");
        if definite && let Some(&e) = self.roles.get(&head) {
            self.push_recent(Who::Entity(e));
            return self.speaker_of(Who::Entity(e), mention, mention_span);
        }
        let plural = head.ends_with('s') && !head.ends_with("ss");
        if definite && let Some(&first) = self.described.get(&head) {
            let who = Who::Described(first, plural);
            self.push_recent(who);
            return self.speaker_of(who, mention, mention_span);
        }
        if is(&lexicon::ROLE_NOUNS, &head) || plural {
            self.described.entry(head).or_insert(mention_span);
        }
        self.push_recent(Who::Described(mention_span, plural));
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
            Who::Described(first, _) => Speaker {
                name: Cow::Borrowed(self.text(first)),
                mention: Cow::Borrowed(mention),
                span,
                title: None,
                resolved: self.text(first) != mention,
            },
        }
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
            .map(lower)
            .unwrap_or_default();
        if let Some(&e) = self.by_last.get(&key) {
            self.push_recent(Who::Entity(e));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn np_before(p: &Para<'_>, word: &str) -> Np {
        let i = (0..p.len()).rev().find(|&i| p.s(i) == word).unwrap();
        np::before(p, i, p.sentence_of(i).start).unwrap()
    }

    #[test]
    fn surnames_resolve_to_the_fullest_name_with_title() {
        let text = "US Secretary of State Antony Blinken met Lavrov. Then Blinken said so.";
        let p = Para::new(text, 0);
        let mut r = Resolver::new(text);
        let n = np_before(&p, "said");
        r.observe(&p, 0..n.all.start);
        let s = r.resolve(&p, &n);
        assert_eq!(s.name, "Antony Blinken");
        assert_eq!(s.mention, "Blinken");
        assert_eq!(s.title.as_deref(), Some("US Secretary of State"));
        assert!(s.resolved);
    }

    #[test]
    fn pronouns_take_the_most_recent_subject() {
        let text = "Sergei Lavrov offered a rebuttal to Antony Blinken. Then he said so.";
        let p = Para::new(text, 0);
        let mut r = Resolver::new(text);
        let n = np_before(&p, "said");
        r.observe(&p, 0..n.all.start);
        assert_eq!(r.resolve(&p, &n).name, "Sergei Lavrov");
    }

    #[test]
    fn roles_and_unknown_mentions() {
        let text = "Surrey Mayor Doug McCallum spoke. Then the mayor said so. Then a senior official said it.";
        let p = Para::new(text, 0);
        let mut r = Resolver::new(text);
        let said: Vec<usize> = (0..p.len()).filter(|&i| p.s(i) == "said").collect();
        let n = np::before(&p, said[0], p.sentence_of(said[0]).start).unwrap();
        r.observe(&p, 0..n.all.start);
        assert_eq!(r.resolve(&p, &n).name, "Doug McCallum");
        let n = np::before(&p, said[1], p.sentence_of(said[1]).start).unwrap();
        let s = r.resolve(&p, &n);
        assert_eq!(s.name, "a senior official");
        assert!(!s.resolved);
    }
}

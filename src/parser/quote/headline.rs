//! Quotations in a headline and who they belong to.
//!
//! ## Grammar
//!
//! ```text
//! headline = [ speaker ":" SP ] *( words / quote )  ; Reid: 'Never underestimate Trump'
//! speaker  = [ rubric dash ] 1*5( cap-word / connector ) cap-word
//! rubric   = "Exclusive" / "Watch" / "Video" / "Analysis" / ...   ; no speaker
//! quote    = mark-pair                               ; single marks too: headline style
//! ```
//!
//! A headline is read like a paragraph ([`super::State::paragraph`]) and then settled here.
//! Headline style puts the speaker before a colon with no verb (`Reid: '...'`,
//! `Campbell: E-mail row 'silly fuss'`): every quote after the colon is theirs, and a
//! term in marks is then their words (partial), not a scare quote. Title case makes every
//! word look like a name, so a speaker found without a speech verb is kept only when it
//! opens the headline (`Darrell Scott: '...'`, not `... To Hillary She Never Saw Coming -
//! '...'`), and a quote that opens the headline before a colon (`'He died in my hands':
//! three killed in clashes`) is nobody's. The body is read first, so a surname resolves to
//! the full name the article gives (`Reid` → `Harry Reid`).
//!
//! ## Examples
//!
//! ```text
//! > | Reid: 'Never, ever underestimate Trump.'
//!     ^^^^ speaker ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ full
//! > | Campbell: E-mail row 'silly fuss'
//!     ^^^^^^^^ speaker     ^^^^^^^^^^^^ partial
//! ```

use std::borrow::Cow;
use std::ops::Range;

use super::lexicon;
use super::speaker::Resolver;
use crate::ast::{Quote, QuoteKind};
use crate::{Span, Speaker};

/// Labels a headline opens with that name no speaker (`Exclusive: ...`), lower case.
const RUBRICS: &[&str] = &[
    "analysis",
    "breaking",
    "breaking news",
    "column",
    "commentary",
    "comment",
    "editorial",
    "exclusive",
    "explainer",
    "fact check",
    "factcheck",
    "first look",
    "gallery",
    "in pictures",
    "interview",
    "just in",
    "listen",
    "live",
    "obituary",
    "op-ed",
    "opinion",
    "perspective",
    "photos",
    "podcast",
    "preview",
    "q&a",
    "quiz",
    "recap",
    "review",
    "revealed",
    "sponsored",
    "update",
    "updated",
    "video",
    "watch",
];

/// Lower-case words a name or a title may hold (`Former AG Mukasey at RNC`, `Ursula von
/// der Leyen`).
const CONNECTORS: &[&str] = &[
    "al", "at", "bin", "da", "de", "del", "der", "di", "du", "for", "la", "le", "of", "on", "van",
    "von",
];

/// The speaker a headline names before a colon, as a byte range of `text`, and the byte
/// offset after the colon; `None` when the words before the first colon are no name (a
/// clause, a rubric, a shouting kicker like `FIX IS IN`).
pub(crate) fn speaker_prefix(text: &str) -> Option<(Range<usize>, usize)> {
    let colon = text
        .char_indices()
        .find(|&(i, c)| {
            c == ':'
                && text
                    .get(i + 1..)
                    .is_some_and(|rest| rest.starts_with(char::is_whitespace))
        })
        .map(|(i, _)| i)?;
    let before = text.get(..colon)?;
    // `EXCLUSIVE – Roger Stone:`: the kicker before a spaced dash is no part of the name.
    let start = [" – ", " — ", " - ", " | "]
        .iter()
        .filter_map(|d| before.rfind(d).map(|i| i + d.len()))
        .max()
        .unwrap_or(0);
    let raw = before.get(start..)?;
    let name = raw.trim();
    let from = start + (raw.len() - raw.trim_start().len());
    let words: Vec<&str> = name.split_whitespace().collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let shouting = words.len() > 1
        && words
            .iter()
            .all(|w| !w.chars().any(char::is_lowercase) && w.chars().any(char::is_alphabetic));
    let fits = (1..=5).contains(&words.len())
        && words.first().is_some_and(|w| capital(w))
        && words.last().is_some_and(|w| capital(w))
        && words.iter().all(|w| capital(w) || CONNECTORS.contains(w))
        && !name.contains(|c: char| c.is_ascii_digit() || ",;()?!\"“”‘’'«»".contains(c))
        && !shouting
        && !RUBRICS.iter().any(|r| name.eq_ignore_ascii_case(r));
    fits.then_some((from..from + name.len(), colon + 1))
}

/// Settles the speakers and kinds of the quotes found in the headline at `headline` (see
/// the module docs); `names` has read the body.
pub(crate) fn settle<'a>(
    input: &'a str,
    headline: Span,
    quotes: &mut [Quote<'a>],
    names: &Resolver<'a>,
) {
    let Some(text) = headline.slice(input) else {
        return;
    };
    let first_word = headline.start + (text.len() - text.trim_start().len());
    let prefix = speaker_prefix(text).map(|(r, after)| {
        (
            Span::new(headline.start + r.start, headline.start + r.end),
            headline.start + after,
        )
    });
    for q in quotes.iter_mut() {
        // A rubric is nobody (`Video shows rescue: "We got her!"`).
        let guessed = q.cue.is_none()
            && q.speaker.as_ref().is_some_and(|s| {
                s.span.start != first_word
                    || RUBRICS.iter().any(|r| s.mention.eq_ignore_ascii_case(r))
            });
        if guessed {
            q.speaker = None;
        }
        let speaker_span = prefix
            .filter(|&(_, after)| q.span.start >= after)
            .map(|(span, _)| span)
            .or_else(|| interviewee(input, headline, q.span));
        if q.speaker.is_none()
            && let Some(span) = speaker_span
            && let Some(mention) = span.slice(input)
        {
            q.speaker = Some(Speaker {
                name: Cow::Borrowed(mention),
                mention: Cow::Borrowed(mention),
                span,
                title: None,
                resolved: false,
            });
            if q.kind == QuoteKind::Scare {
                q.kind = QuoteKind::Partial;
            }
        }
        if let Some(s) = q.speaker.as_mut() {
            resolve(s, names);
        }
        // `EXCLUSIVE-Airline weighs sale ..., sources say`: the wire's kicker is no part of
        // what the sources say.
        if q.kind == QuoteKind::Indirect
            && let Some(skip) = q.span.slice(input).and_then(kicker_len)
            && let Some(rest) = input.get(q.span.start + skip..q.span.end)
        {
            q.span = Span::new(q.span.start + skip, q.span.end);
            q.text = Cow::Borrowed(rest);
        }
    }
}

/// The words wire services put before a headline (`EXCLUSIVE-`, `UPDATE 2-`).
const KICKERS: &[&str] = &[
    "ANALYSIS",
    "BREAKING",
    "BREAKINGVIEWS",
    "COLUMN",
    "CORRECTED",
    "EXCLUSIVE",
    "EXPLAINER",
    "FACTBOX",
    "FEATURE",
    "INSIGHT",
    "INTERVIEW",
    "PREVIEW",
    "REFILE",
    "RPT",
    "SPECIAL",
    "UPDATE",
    "WRAPUP",
];

/// The length of a wire kicker opening `text` (`EXCLUSIVE-`, `UPDATE 2-`, `ANALYSIS: `): an
/// known upper-case word, maybe a number, then a dash or a colon before a capitalised word.
fn kicker_len(text: &str) -> Option<usize> {
    let sep = text.find(['-', ':', '–', '—'])?;
    let head = text.get(..sep)?;
    let word = head.split(' ').next().unwrap_or("");
    let fits = KICKERS.contains(&word)
        && head
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == ' ');
    let after = text.get(sep..)?;
    let sep_len = after.chars().next()?.len_utf8();
    let rest = after.get(sep_len..)?;
    let rest_trimmed = rest.trim_start();
    (fits && rest_trimmed.starts_with(char::is_uppercase))
        .then(|| sep + sep_len + (rest.len() - rest_trimmed.len()))
}

/// Who a quote opening the headline belongs to when the words after its colon name them:
/// `'I never planned to be a politician': Q&A with Mayor Elena Ruiz`, `... : An interview
/// with Ann Lee`. The capitalised words after `with` (five at most).
fn interviewee(input: &str, headline: Span, quote: Span) -> Option<Span> {
    let rest = input.get(quote.end..headline.end)?;
    let after = rest.trim_start().strip_prefix(':')?.trim_start();
    let after_start = quote.end + (rest.len() - after.len());
    let lead = INTERVIEW_LEADS.iter().find(|l| {
        after
            .get(..l.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(l))
    })?;
    let name = after.get(lead.len()..)?;
    let len: usize = name
        .split_inclusive(' ')
        .take(5)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .map(str::len)
        .sum();
    let name = name.get(..len)?.trim_end();
    let at = after_start + lead.len();
    (!name.is_empty()).then(|| Span::new(at, at + name.len()))
}

/// What announces the person a headline's quote is from, after its colon, lower case.
const INTERVIEW_LEADS: &[&str] = &[
    "q&a with ",
    "an interview with ",
    "interview with ",
    "a conversation with ",
    "in conversation with ",
];

/// Gives a speaker mentioned by surname (`Reid`, `Ted Cruz`) the fuller name the body
/// introduces them with, when its last words are the mention.
fn resolve<'a>(s: &mut Speaker<'a>, names: &Resolver<'a>) {
    // `Mayor says walls will hold`: a bare title names the one person the body gives it.
    if !s.mention.contains(' ')
        && lexicon::is(&lexicon::TITLES, &s.mention)
        && let Some((name, title)) = names.titled(&s.mention)
    {
        s.name = Cow::Borrowed(name);
        s.title = Some(Cow::Borrowed(title));
        s.resolved = true;
        return;
    }
    let Some((name, title)) = names.full_name(&s.mention) else {
        return;
    };
    let full: Vec<&str> = name.split_whitespace().collect();
    let said: Vec<&str> = s.mention.split_whitespace().collect();
    let tail = full
        .len()
        .checked_sub(said.len())
        .and_then(|k| full.get(k..));
    let surname = tail.is_some_and(|t| t.iter().zip(&said).all(|(a, b)| a.eq_ignore_ascii_case(b)));
    // `Hillary:` for `Hillary Clinton`.
    let first_name = said.len() == 1
        && full
            .first()
            .is_some_and(|f| f.eq_ignore_ascii_case(&s.mention));
    if (surname || first_name) && full.len() > s.name.split_whitespace().count() {
        s.name = Cow::Borrowed(name);
        s.resolved = true;
        if s.title.is_none() {
            s.title = title.map(Cow::Borrowed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefix(text: &str) -> Option<&str> {
        speaker_prefix(text).and_then(|(r, _)| text.get(r))
    }

    #[test]
    fn a_name_before_the_colon_is_the_speaker() {
        assert_eq!(prefix("Reid: 'Never underestimate Trump.'"), Some("Reid"));
        assert_eq!(
            prefix("Hacker Guccifer: Server ‘Like an Open Orchid’"),
            Some("Hacker Guccifer")
        );
        assert_eq!(
            prefix("Former AG Mukasey at RNC: Email scandal"),
            Some("Former AG Mukasey at RNC")
        );
        assert_eq!(
            prefix("EXCLUSIVE – Roger Stone: Don’t Trust Them"),
            Some("Roger Stone")
        );
    }

    #[test]
    fn the_interviewee_after_the_colon() {
        let text = "'I never planned this': Q&A with Mayor Elena Ruiz";
        let quote = Span::new(0, "'I never planned this'".len());
        let found = interviewee(text, Span::new(0, text.len()), quote);
        assert_eq!(found.and_then(|s| s.slice(text)), Some("Mayor Elena Ruiz"));
        let text = "'It sounded like a train': Storm tears roofs off";
        assert_eq!(
            interviewee(text, Span::new(0, text.len()), Span::new(0, 26)),
            None
        );
    }

    #[test]
    fn surnames_and_first_names_resolve_from_the_body() {
        let body = "Hillary Clinton spoke. Senator Harry Reid agreed.";
        let p = super::super::para::Para::new(body, 0);
        let mut names = Resolver::new(body);
        names.observe(&p, 0..p.len());
        let speaker = |mention: &'static str| {
            let mut s = Speaker {
                name: Cow::Borrowed(mention),
                mention: Cow::Borrowed(mention),
                span: Span::new(0, 0),
                title: None,
                resolved: false,
            };
            resolve(&mut s, &names);
            s.name.into_owned()
        };
        assert_eq!(speaker("Reid"), "Harry Reid");
        assert_eq!(speaker("Hillary"), "Hillary Clinton");
        assert_eq!(speaker("Gingrich"), "Gingrich");
    }

    #[test]
    fn wire_kickers() {
        assert_eq!(kicker_len("EXCLUSIVE-Airline weighs sale"), Some(10));
        assert_eq!(kicker_len("UPDATE 2-Airline weighs sale"), Some(9));
        assert_eq!(kicker_len("ANALYSIS: Airline weighs sale"), Some(10));
        assert_eq!(kicker_len("Airline weighs sale"), None);
        assert_eq!(kicker_len("US-China talks resume"), None);
        assert_eq!(kicker_len("NATO-Russia council meets"), None);
    }

    #[test]
    fn rubrics_clauses_and_kickers_name_no_speaker() {
        assert_eq!(prefix("Exclusive: In memo, Saudis insist"), None);
        assert_eq!(prefix("Fact Check: Is An 'Oxygen Bar' Real?"), None);
        assert_eq!(prefix("FIX IS IN: Moderators Ignore Scandals"), None);
        assert_eq!(
            prefix("Zimbabwe coup: Mugabe 'insisting he finishes'"),
            None
        );
        assert_eq!(prefix("After Rubio stumbles, rivals: see"), None);
        assert_eq!(
            prefix("'Meth. We're on it.': Spokane agencies divided"),
            None
        );
        assert_eq!(prefix("Read more at https://example.com"), None);
        assert_eq!(prefix("No colon in this headline"), None);
    }
}

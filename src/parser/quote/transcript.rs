//! Transcripts: turns labelled with their speaker's name in capitals (`TAPPER: Do you think
//! ...?`, `SEN. JOHN DOE (D-Ohio): ...`, `STEVE INSKEEP, HOST: ...`) are that speaker's
//! words.
//!
//! ## Grammar
//!
//! ```text
//! transcript = 3*turn                 ; lines of the article's paragraphs, see below
//! turn       = label ":" SP text
//! label      = name [ SP aside ] [ "," SP role ]
//! name       = word *3( SP word )     ; capitals: `JAKE TAPPER`, `SEN. DOE`, `O'NEILL`
//! word       = 2*( UPPER / "." / "'" / "’" / "-" ) / "Mc" 2*UPPER
//! aside      = "(" 1*20( VCHAR / SP ) ")"
//! role       = word *2( SP word )
//! ```
//!
//! One such line is not a transcript: wire copy opens paragraphs with topic labels
//! (`US-CHINA TRADE: Talks opened ...`) and pages with furniture (`WATCH: ...`,
//! `READ MORE: ...`). An article is read as a transcript when it has three turns or more,
//! by two speakers or more, one of whom speaks twice; labels made of furniture words never
//! count. Each turn is a full quote; its speaker's mention is the label's name, and its
//! name the fullest form the article gives (a full name in the body, or the longest label
//! ending with the same word: `JAKE TAPPER` for `TAPPER`). A label for no one in
//! particular (`QUESTION:`, `UNIDENTIFIED MALE:`) takes part in the dialogue, and its turns
//! are quotes without a speaker.
//!
//! ## Examples
//!
//! ```text
//! > | HOST: Welcome back.
//! > | MARSH: Thank you. It is good to be here.
//!            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote, speaker MARSH
//! ```

use crate::Span;

/// A turn on one line of a paragraph (absolute spans): the speaker's name in the label, and
/// the words spoken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Turn {
    pub(crate) name: Span,
    pub(crate) words: Span,
    /// The label is in capitals (`TAPPER:`); else in title case (`Dana Reyes:`), which
    /// counts only for a person the article names.
    pub(crate) caps: bool,
}

/// Words that label page furniture or a topic, never a speaker, in any letter case
/// (`WATCH:`, `READ MORE:`,
/// `EDITOR'S NOTE:`, `WHEN:`) or a letter's salutation: a label holding one is not a turn.
const FURNITURE: &[&str] = &[
    "ABOVE",
    "ADVERTISEMENT",
    "ALSO",
    "ANALYSIS",
    "BELOW",
    "BREAKING",
    "CLICK",
    "CORRECTION",
    "CREDIT",
    // An advice column's letters (`DEAR ABBY: My sister ...`) are not Abby's words.
    "DEAR",
    "EDITOR'S",
    "EDITOR’S",
    "EXCLUSIVE",
    "FILE",
    "HOW",
    "LISTEN",
    "LIVE",
    "LOCATION",
    "MORE",
    "NEW",
    "NOTE",
    "OPINION",
    "PHOTO",
    "PHOTOS",
    "PICTURED",
    "READ",
    "RELATED",
    "SEE",
    "SOURCE",
    "SOURCES",
    "SPONSORED",
    "SUBSCRIBE",
    "TAGS",
    "TIP",
    "TOPICS",
    "UPDATE",
    "UPDATED",
    "VIDEO",
    "WARNING",
    "WATCH",
    "WHAT",
    "WHEN",
    "WHERE",
    "WHO",
    "WHY",
    // Words of a heading, not of a name (`GET THE QUIZ:`, `The Plan Stage:`).
    "THE",
    "AN",
    "OF",
    "TO",
    "FOR",
    "AND",
    "YOUR",
    "OUR",
    "MY",
    "THIS",
    "IN",
    "ON",
    "AT",
    "WITH",
    "BY",
    "GET",
    "IS",
    "ARE",
];

/// Whether a label's name stands for no one in particular (`QUESTION:` in a briefing,
/// `UNIDENTIFIED MALE:`, `REPORTER:`): the turn is a quote without a speaker.
pub(crate) fn anonymous(name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or(name);
    matches!(first, "UNIDENTIFIED" | "UNKNOWN")
        || matches!(
            name,
            "QUESTION" | "REPORTER" | "AUDIENCE MEMBER" | "CROWD" | "CALLER" | "VOICE"
        )
}

/// The longest label read, in bytes: a longer run of capitals before a colon is a headline
/// or a shouted sentence.
const MAX_LABEL: usize = 60;

/// Whether `word` is a word of a speaker's name in capitals (`TAPPER`, `SEN.`, `O'NEILL`,
/// `McCAIN`, `MÜLLER`): two characters or more, every letter a capital.
fn caps_word(word: &str) -> bool {
    let rest = word.strip_prefix("Mc").unwrap_or(word);
    let mut letters = 0;
    for c in rest.chars() {
        if c.is_uppercase() {
            letters += 1;
        } else if !matches!(c, '.' | '\'' | '’' | '-') {
            return false;
        }
    }
    letters >= 1 && word.chars().count() >= 2
}

/// Whether `word` is a word of a name in title case (`Reyes`, `O'Neill`, `McCain`): a
/// capital, then letters, not all capitals.
fn title_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && chars.all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
        && word.chars().skip(1).any(char::is_lowercase)
}

/// The name in a label (the label is the text before the colon) and whether it is in
/// capitals, or `None` when the label is not a speaker's.
fn name_of(label: &str) -> Option<(std::ops::Range<usize>, bool)> {
    // `STEVE INSKEEP, HOST`: the role after the comma is capitals too.
    let (head, role) = match label.split_once(", ") {
        Some((head, role)) => (head, Some(role)),
        None => (label, None),
    };
    // `SEN. JOHN DOE (D-Ohio)`: the aside is written as it comes.
    let name = match head.split_once(" (") {
        Some((name, aside)) => {
            if !aside.ends_with(')') || aside.len() > 21 {
                return None;
            }
            name
        }
        None => head,
    };
    let words = name.split(' ');
    let count = words.clone().count();
    let caps = words.clone().all(caps_word);
    // `Dana Reyes:`: a title-case name of three words at most, no role after it.
    let titled = !caps && count <= 3 && role.is_none() && words.clone().all(title_word);
    if !(1..=4).contains(&count) || !(caps || titled) {
        return None;
    }
    let furniture = |w: &str| {
        FURNITURE
            .iter()
            .any(|f| f.eq_ignore_ascii_case(w.trim_end_matches('.')))
    };
    if words.clone().any(furniture) {
        return None;
    }
    if let Some(role) = role {
        let role_words = role.split(' ');
        if role_words.clone().count() > 3 || !role_words.clone().all(caps_word) {
            return None;
        }
    }
    Some((0..name.len(), caps))
}

/// The turn a line opens, if any (offsets in the line).
fn turn_of(line: &str) -> Option<(std::ops::Range<usize>, usize, bool)> {
    let bytes = line.as_bytes();
    if !bytes
        .first()
        .is_some_and(|b| b.is_ascii_uppercase() || *b >= 0x80)
    {
        return None;
    }
    let window = bytes.get(..MAX_LABEL.min(bytes.len())).unwrap_or(bytes);
    let colon = memchr::memchr(b':', window)?;
    if bytes.get(colon + 1) != Some(&b' ') {
        return None;
    }
    let (name, caps) = name_of(line.get(..colon)?)?;
    let after = line.get(colon + 1..)?;
    let words = after.trim_start();
    // Something said: two words or more (`TAPPER: Thanks.` is one; a bare `DOE: 7` is not).
    words.split_whitespace().nth(1)?;
    Some((name, colon + 1 + (after.len() - words.len()), caps))
}

/// Whether `text` may open with a label: a colon in its first [`MAX_LABEL`] bytes (asked of
/// every paragraph; most have none).
fn may_open_with_turn(text: &str) -> bool {
    let bytes = text.as_bytes();
    let head = bytes.get(..MAX_LABEL.min(bytes.len())).unwrap_or(bytes);
    memchr::memchr(b':', head).is_some()
}

/// The turns opening the lines of the paragraph `text`, which starts at `base`: none unless
/// its first line opens with one (a transcript's turns open paragraphs, or the lines of a
/// paragraph that opens with one; a hard-wrapped paragraph is not read line by line).
pub(crate) fn turns(text: &str, base: usize) -> Vec<Turn> {
    let mut out = Vec::new();
    if !may_open_with_turn(text.trim_start()) {
        return out;
    }
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let trimmed = line.trim_start();
        let lead = start + line.len() - trimmed.len();
        let Some((name, words, caps)) = turn_of(trimmed.trim_end()) else {
            if start == 0 {
                break;
            }
            continue;
        };
        let end = lead + trimmed.trim_end().len();
        out.push(Turn {
            name: Span::new(base + lead + name.start, base + lead + name.end),
            words: Span::new(base + lead + words, base + end),
            caps,
        });
    }
    out
}

/// The turns of the article's paragraphs (block index and span), if they make a
/// transcript: three turns or more, two speakers or more, one speaking twice. A label in
/// title case counts only when `named` says the article names that person (`Dana Reyes:`
/// after `host Dana Reyes`; not `Goals:` in a match report).
pub(crate) fn find(
    input: &str,
    paragraphs: &[(usize, Span)],
    named: impl Fn(&str) -> bool,
) -> Vec<(usize, Turn)> {
    let mut all = Vec::new();
    for &(block, span) in paragraphs {
        let Some(text) = span.slice(input) else {
            continue;
        };
        all.extend(turns(text, span.start).into_iter().map(|t| (block, t)));
    }
    all.retain(|(_, t)| t.caps || t.name.slice(input).is_some_and(&named));
    let last_word = |t: &Turn| {
        t.name
            .slice(input)
            .and_then(|n| n.rsplit(' ').next())
            .unwrap_or("")
    };
    let mut speakers: Vec<(&str, usize)> = Vec::new();
    for (_, t) in &all {
        let w = last_word(t);
        match speakers.iter_mut().find(|(s, _)| *s == w) {
            Some((_, n)) => *n += 1,
            None => speakers.push((w, 1)),
        }
    }
    let transcript = all.len() >= 3 && speakers.len() >= 2 && speakers.iter().any(|&(_, n)| n >= 2);
    if !transcript {
        all.clear();
    }
    all
}

/// The longest name among the turns ending with the same word as `name` (`JAKE TAPPER` for
/// `TAPPER`).
pub(crate) fn fullest<'a>(input: &'a str, turns: &[(usize, Turn)], name: &'a str) -> &'a str {
    let last = name.rsplit(' ').next().unwrap_or(name);
    turns
        .iter()
        .filter_map(|(_, t)| t.name.slice(input))
        .filter(|n| n.rsplit(' ').next() == Some(last))
        .max_by_key(|n| n.len())
        .unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        turns(text, 0)
            .iter()
            .filter_map(|t| t.name.slice(text))
            .collect()
    }

    #[test]
    fn labels_of_speakers() {
        assert_eq!(names("TAPPER: Do you think so?"), ["TAPPER"]);
        assert_eq!(
            names("SEN. JOHN DOE (D-Ohio): We will see."),
            ["SEN. JOHN DOE"]
        );
        assert_eq!(
            names("STEVE INSKEEP, HOST: Good morning."),
            ["STEVE INSKEEP"]
        );
        assert_eq!(names("McCAIN: Not at all."), ["McCAIN"]);
        assert_eq!(names("MÜLLER: Das stimmt nicht."), ["MÜLLER"]);
    }

    #[test]
    fn title_case_labels_count_for_people_the_article_names() {
        let text = "Dana Reyes: Welcome back.\nLuis Ortiz: Thank you, Dana.\nReyes: Why now?";
        let para = [(0, Span::new(0, text.len()))];
        let known = |n: &str| n.ends_with("Reyes") || n.ends_with("Ortiz");
        assert_eq!(find(text, &para, known).len(), 3);
        // A match report's labels name nobody.
        let report = "Goals: Smith 23, Jones 80.\nReferee: Ann Lee (Leeds).\nGoals: Brown 12.";
        let para = [(0, Span::new(0, report.len()))];
        assert!(find(report, &para, |_| false).is_empty());
        assert_eq!(names("Update: The council met again."), Vec::<&str>::new());
    }

    #[test]
    fn labels_that_are_not_speakers() {
        assert!(names("WATCH: The mayor speaks").is_empty());
        assert!(names("READ MORE: Storm hits coast").is_empty());
        assert!(names("EDITOR'S NOTE: This story was updated.").is_empty());
        assert!(names("DOE: 7").is_empty());
        assert!(names("DEAR ABBY: My sister asked me.").is_empty());
        assert!(names("A: Once, in 1998.").is_empty());
    }

    #[test]
    fn the_words_of_a_turn() {
        let text = "  HOST: Welcome back.\nMARSH: Thank you, it is good.";
        let t = turns(text, 0);
        let words: Vec<_> = t.iter().filter_map(|t| t.words.slice(text)).collect();
        assert_eq!(words, ["Welcome back.", "Thank you, it is good."]);
    }

    #[test]
    fn a_transcript_needs_three_turns_by_two_speakers_one_speaking_twice() {
        let text = "HOST: Welcome back.\nMARSH: Thank you, truly.\nHOST: Why now?";
        let para = [(0, Span::new(0, text.len()))];
        assert_eq!(find(text, &para, |_| false).len(), 3);
        let topics = "US TRADE: Talks opened.\nEU BUDGET: Ministers met.\nOIL: Prices rose today.";
        let para = [(0, Span::new(0, topics.len()))];
        assert!(find(topics, &para, |_| false).is_empty());
    }

    #[test]
    fn a_briefing_with_questions_is_a_transcript_of_one_named_speaker() {
        let text =
            "MR. PRICE: Good afternoon.\nQUESTION: Any news on the talks?\nMR. PRICE: None yet.";
        let para = [(0, Span::new(0, text.len()))];
        let t = find(text, &para, |_| false);
        let named: Vec<_> = t.iter().filter_map(|(_, t)| t.name.slice(text)).collect();
        assert_eq!(named, ["MR. PRICE", "QUESTION", "MR. PRICE"]);
        assert!(anonymous("QUESTION") && anonymous("UNIDENTIFIED MALE"));
        assert!(!anonymous("PRICE"));
    }

    #[test]
    fn the_fullest_label_names_the_speaker() {
        let text = "JAKE TAPPER: Welcome back.\nDOE: Thank you.\nTAPPER: Why now?";
        let para = [(0, Span::new(0, text.len()))];
        let t = find(text, &para, |_| false);
        assert_eq!(fullest(text, &t, "TAPPER"), "JAKE TAPPER");
    }
}

//! Person names, organisations and roles as bylines print them.
//!
//! ## Grammar
//!
//! ```text
//! name      = name-word 0*4( SP [particle SP] name-word )
//! name-word = initials / cap-word
//! initials  = 1*3( UPPER "." ) / ( "Jr" / "Sr" ) "."
//! cap-word  = UPPER *( LETTER / ( "'" / "’" / "-" ) LETTER )
//! particle  = "de" / "van" / "von" / "der" / "da" / "di" / "du" / "del" / "la" / "le" / "bin" / "al" / ...
//! ```
//!
//! A name stops before a word that cannot be part of one (`and`, a month followed by a day,
//! a weekday, `Updated` ...). Whether a run of names is a person or an organisation is decided
//! with small lexicons: [`is_organization`] (agencies, and names ending in `Press`, `Times`,
//! `News` ...) and [`is_role`] (`Staff Writer`, `Senior Correspondent` ...).
//!
//! ## Examples
//!
//! ```text
//! > | Matthew Lee and Vladimir Isachenkov, Associated Press
//!     ^^^^^^^^^^^ name    ^^^^^^^^^^^^^^^^^^^ name   ^^^^^^^^^^^^^^^^ organisation
//! > | Regan September 15, 2014
//!     ^^^^^ name (stops before a month and a day)
//! ```

use nom::{
    IResult, Parser,
    bytes::complete::take_while,
    character::complete::{char, satisfy, space1},
    combinator::{opt, recognize},
    multi::many_m_n,
};
use once_cell::sync::Lazy;

use crate::parser::partial::date;

type Res<'a, T> = IResult<&'a str, T>;

/// Lower-case words that join the parts of a name (`Ludwig van Beethoven`).
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn",
    "al", "el", "dos", "das", "ter", "ten", "y",
];

/// Capitalised words that end a name.
const NOT_NAME: &[&str] = &[
    "and",
    "the",
    "of",
    "for",
    "by",
    "in",
    "on",
    "at",
    "to",
    "from",
    "with",
    "updated",
    "published",
    "posted",
    "last",
    "modified",
    "follow",
    "photo",
    "photos",
    "video",
    "read",
    "min",
    "share",
    "comments",
    "comment",
    "email",
    "twitter",
    "facebook",
    "story",
    "written",
    "reporting",
    "editing",
    "edited",
    "said",
    "says",
];

/// Words that make a short line navigation or a label rather than a person's name.
const NOT_PERSON: &[&str] = &[
    "news",
    "home",
    "menu",
    "sign",
    "log",
    "login",
    "register",
    "search",
    "subscribe",
    "account",
    "profile",
    "share",
    "tweet",
    "video",
    "videos",
    "photos",
    "gallery",
    "more",
    "latest",
    "top",
    "stories",
    "story",
    "related",
    "read",
    "comments",
    "newsletter",
    "newsletters",
    "tech",
    "technology",
    "business",
    "sport",
    "sports",
    "world",
    "politics",
    "opinion",
    "health",
    "science",
    "entertainment",
    "travel",
    "life",
    "lifestyle",
    "style",
    "culture",
    "local",
    "national",
    "media",
    "contact",
    "about",
    "privacy",
    "policy",
    "terms",
    "trending",
    "popular",
    "edition",
    "weather",
    "podcast",
    "podcasts",
    "events",
    "games",
    "markets",
    "money",
    "live",
    "watch",
    "listen",
    "skip",
    "content",
    "main",
    "navigation",
    "open",
    "app",
    "advertisement",
    "tags",
    "topics",
    "sections",
    "magazine",
    "shop",
    "deals",
    "reviews",
    "guides",
    "best",
    "new",
    "day",
    "week",
    "editor",
    "editors",
    "picks",
    "free",
    "join",
    "explore",
    "places",
    "random",
    "older",
    "newer",
    "article",
    "articles",
    "featured",
    "feature",
    "features",
    "blog",
    "posts",
    "post",
    "page",
    "next",
    "previous",
    "back",
    "help",
    "services",
    "resources",
    "support",
    "donate",
    "store",
    "cart",
    "jobs",
    "careers",
    "press",
    "times",
    "daily",
    "report",
    "review",
    "journal",
    "network",
    "online",
    "digital",
    "global",
    "international",
    "us",
    "uk",
    "america",
    "europe",
    "asia",
    "africa",
    "city",
    "county",
    "state",
    "economy",
    "finance",
    "education",
    "environment",
    "food",
    "music",
    "movies",
    "tv",
    "books",
    "arts",
    "fashion",
    "cars",
    "autos",
    "real",
    "estate",
    "crime",
    "law",
    "justice",
    "climate",
    "energy",
    "medicine",
    "wellness",
    "family",
    "parenting",
    "religion",
    "obituaries",
    "letters",
    "columns",
    "analysis",
    "interview",
    "interviews",
    "documentary",
    "series",
    "episode",
    "chapter",
    "part",
    "section",
    "summary",
    "overview",
    "introduction",
    "conclusion",
    "background",
    "update",
    "updates",
    "breaking",
    "exclusive",
    "special",
    "in",
    "depth",
    "full",
    "coverage",
    "all",
    "view",
    "print",
    "save",
    "copy",
    "link",
    "close",
    "show",
    "hide",
    "toggle",
    "up",
    "down",
    "left",
    "right",
    "start",
    "end",
    "find",
    "get",
    "go",
    "see",
    "click",
    "here",
    "continue",
    "reading",
    "loading",
    "what",
    "why",
    "how",
    "who",
    "when",
    "where",
    "this",
    "that",
    "these",
    "those",
    "our",
    "your",
    "my",
    "his",
    "her",
];

/// News organisations and agencies that sign bylines and datelines (lower case).
const ORGANIZATIONS: &[&str] = &[
    "associated press",
    "the associated press",
    "ap",
    "reuters",
    "reuter",
    "thomson reuters",
    "afp",
    "agence france-presse",
    "agence france presse",
    "bloomberg",
    "bloomberg news",
    "cnn",
    "bbc",
    "bbc news",
    "npr",
    "upi",
    "united press international",
    "xinhua",
    "kyodo",
    "kyodo news",
    "dpa",
    "efe",
    "ansa",
    "pti",
    "press trust of india",
    "ians",
    "ani",
    "asian news international",
    "agencies",
    "yonhap",
    "tass",
    "interfax",
    "dow jones",
    "anadolu",
    "al jazeera",
    "politico",
    "axios",
    "cnbc",
    "abc news",
    "cbs news",
    "nbc news",
    "fox news",
    "usa today",
    "the guardian",
    "the new york times",
    "the washington post",
    "the wall street journal",
    "financial times",
    "the economist",
    "the independent",
    "the telegraph",
    "the times",
    "los angeles times",
    "la times",
    "sky news",
    "euronews",
    "deutsche welle",
    "yahoo finance",
    "yahoo news",
];

/// Last words that make a capitalised phrase an organisation (`... Press`, `... Times`).
const ORG_ENDINGS: &[&str] = &[
    "press",
    "times",
    "news",
    "post",
    "journal",
    "herald",
    "tribune",
    "magazine",
    "daily",
    "media",
    "network",
    "agency",
    "project",
    "institute",
    "university",
    "group",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "llc",
    "online",
    "wire",
    "today",
    "guardian",
    "telegraph",
    "gazette",
    "chronicle",
    "review",
    "report",
    "radio",
    "tv",
    "television",
    "service",
    "services",
    "foundation",
    "company",
    "corp",
    "corp.",
    "newspaper",
    "newspapers",
    "weekly",
    "monthly",
    "insider",
    "observer",
    "standard",
    "mirror",
    "express",
    "courier",
    "sun",
    "star",
    "bulletin",
    "dispatch",
    "register",
    "record",
    "examiner",
    "inquirer",
    "reporter",
    "staff",
    "desk",
    "bureau",
    "team",
    "world",
    "finance",
];

/// The other words a job title may contain besides its noun (`Senior`, `Staff`, `Foreign`,
/// `Desk`); see [`ROLE_HEADS`].
const ROLE_MODIFIERS: &[&str] = &[
    "contributing",
    "senior",
    "deputy",
    "bureau",
    "managing",
    "associate",
    "assistant",
    "freelance",
    "special",
    "political",
    "science",
    "business",
    "sports",
    "health",
    "tech",
    "technology",
    "economics",
    "diplomatic",
    "foreign",
    "national",
    "white",
    "house",
    "investigative",
    "data",
    "visual",
    "video",
    "audio",
    "opinion",
    "executive",
    "lead",
    "head",
    "games",
    "news",
    "desk",
    "entertainment",
    "culture",
    "features",
    "digital",
    "environment",
    "climate",
    "education",
    "legal",
    "court",
    "crime",
    "travel",
    "food",
    "music",
    "film",
    "tv",
    "arts",
    "books",
    "media",
    "markets",
    "finance",
    "energy",
    "defense",
    "defence",
    "security",
    "intelligence",
    "congressional",
    "capitol",
    "hill",
    "washington",
    "europe",
    "asia",
    "africa",
    "middle",
    "east",
    "latin",
    "america",
];

/// The nouns of a job title (`Writer`, `Correspondent`): a role must contain one.
const ROLE_HEADS: &[&str] = &[
    "writer",
    "writers",
    "editor",
    "editors",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "columnist",
    "contributor",
    "contributors",
    "producer",
    "technologist",
    "analyst",
    "critic",
    "photographer",
    "director",
    "chief",
    "intern",
    "fellow",
    "anchor",
    "host",
    "journalist",
    "author",
    "manager",
    "researcher",
    "professor",
    "lecturer",
    "founder",
    "co-founder",
    "president",
    "ceo",
    "specialist",
    "expert",
    "strategist",
    "adviser",
    "advisor",
    "consultant",
    "staff",
];

static ORG_SET: WordSet = Lazy::new(|| sorted(ORGANIZATIONS));

fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A set of lower-case words, sorted for a binary search (no hashing, no allocation).
type WordSet = Lazy<Vec<&'static str>>;

use crate::parser::text::{contains_ci, sorted};

static NOT_NAME_SET: WordSet = Lazy::new(|| sorted(NOT_NAME));
static NOT_PERSON_SET: WordSet = Lazy::new(|| sorted(NOT_PERSON));
static ROLE_WORD_SET: WordSet = Lazy::new(|| {
    let all: Vec<&str> = ROLE_HEADS.iter().chain(ROLE_MODIFIERS).copied().collect();
    sorted(&all)
});
static ORG_ENDING_SET: WordSet = Lazy::new(|| sorted(ORG_ENDINGS));

fn in_set(set: &WordSet, word: &str) -> bool {
    contains_ci(set, word)
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// One capitalised word of a name, or initials.
fn name_word(i: &str) -> Res<'_, &str> {
    let initials = recognize(many_m_n(
        1,
        3,
        (
            satisfy(char::is_uppercase),
            char('.'),
            opt(char(' ')).map(|_| ()),
        ),
    ));
    let inner = |i| -> Res<'_, &str> {
        recognize(many_m_n(
            0,
            8,
            (
                satisfy(|c| matches!(c, '\'' | '’' | '-')),
                satisfy(is_letter),
                take_while(is_letter),
            ),
        ))
        .parse(i)
    };
    let cap_word = recognize((satisfy(char::is_uppercase), take_while(is_letter), inner));
    let (rest, word) = nom::branch::alt((initials, cap_word)).parse(i)?;
    // Initials may have swallowed the space before the next word; give it back.
    let word = word.trim_end();
    let rest = i.get(word.len()..).unwrap_or(rest);
    // `Jr.`, `Sr.`, `St.` keep their period.
    let rest = match (word, rest.strip_prefix('.')) {
        ("Jr" | "Sr" | "St" | "JR" | "SR", Some(r)) => r,
        _ => rest,
    };
    let word = i.get(..i.len() - rest.len()).unwrap_or(word);
    Ok((rest, word))
}

/// One capitalised word (or initials) at the start of `i`, and the rest.
pub(crate) fn name_word_at(i: &str) -> Option<(&str, &str)> {
    name_word(i).ok().map(|(rest, word)| (word, rest))
}

fn stops_name(word: &str, rest: &str) -> bool {
    let bare = word.trim_end_matches('.');
    if in_set(&NOT_NAME_SET, bare) || date::is_weekday(bare) {
        return true;
    }
    // A month followed by a day is a date, not a surname (`Regan September 15`). The digit
    // is looked for first: it is one byte, the month a table walk, and most words have none.
    date::skip_space(rest.strip_prefix('.').unwrap_or(rest))
        .starts_with(|c: char| c.is_ascii_digit())
        && date::month_number(bare).is_some()
}

/// A person's name at the start of `i`; returns the rest, the name, and its word count.
pub(crate) fn name(i: &str) -> Option<(&str, &str, usize)> {
    let (mut rest, first) = name_word(i).ok()?;
    if stops_name(first, rest) {
        return None;
    }
    let mut words = 1;
    let mut end = i.len() - rest.len();
    while words < 6 {
        let Ok((after_space, _)) = space1::<&str, nom::error::Error<&str>>(rest) else {
            break;
        };
        let mut next = after_space;
        let mut particle = 0;
        // An optional lower-case particle (`de`, `van`), then a capitalised word.
        if let Some((word, after)) = next.split_once(' ')
            && in_list(PARTICLES, word)
            && word.chars().all(char::is_lowercase)
        {
            next = after;
            particle = 1;
        }
        let Ok((r, word)) = name_word(next) else {
            break;
        };
        if stops_name(word, r) {
            break;
        }
        words += 1 + particle;
        rest = r;
        end = i.len() - rest.len();
    }
    Some((rest, i.get(..end)?, words))
}

/// Whether `text` is a news organisation: a known agency or outlet, or a capitalised phrase
/// ending in `Press`, `Times`, `News` ...
pub(crate) fn is_organization(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    if t.is_empty() || t.len() > 80 {
        return false;
    }
    if in_set(&ORG_SET, t) {
        return true;
    }
    let mut words = t.split_whitespace();
    let first = words.clone().next().unwrap_or("");
    let last = words.next_back().unwrap_or(first);
    first.starts_with(char::is_uppercase) && t.contains(' ') && in_set(&ORG_ENDING_SET, last)
}

/// Where a known agency or outlet printed right after a person's name starts in `name`
/// (`TOM REYES Associated Press` → at `Associated`), leaving at least two words of name: a
/// byline that sets the organisation off with a space only. The longest known organisation
/// wins; a name ending in a word like an outlet (`Michael Bloomberg`) keeps it.
pub(crate) fn trailing_organization(name: &str) -> Option<usize> {
    let mut words = 0;
    let mut prev_space = true;
    for (at, c) in name.char_indices() {
        let space = c == ' ';
        if prev_space && !space {
            words += 1;
            if words > 2
                && let Some(tail) = name.get(at..)
                && in_set(&ORG_SET, tail)
            {
                return Some(at);
            }
        }
        prev_space = space;
    }
    None
}

/// The known agency or outlet opening `text` (`The Associated Press`, `Reuters`) when it
/// ends at a word boundary: its length.
pub(crate) fn leading_organization(text: &str) -> Option<usize> {
    // Asked of every line that may open a byline with names: a lower-case opening, or a
    // first letter no organisation starts with, is turned away before the table is read
    // name by name.
    if !text.starts_with(char::is_uppercase) {
        return None;
    }
    let first = text.as_bytes().first()?.to_ascii_lowercase();
    ORGANIZATIONS
        .iter()
        .filter(|org| {
            org.as_bytes()
                .first()
                .is_some_and(|b| b.to_ascii_lowercase() == first)
                && text
                    .get(..org.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(org))
                && !text
                    .get(org.len()..)
                    .is_some_and(|r| r.starts_with(char::is_alphanumeric))
        })
        .map(|org| org.len())
        .max()
}

/// Whether `text` opens with the name of a known agency or outlet (`Associated PressDecember
/// 2, 2016`), followed by anything.
pub(crate) fn starts_with_organization(text: &str) -> bool {
    ORGANIZATIONS.iter().any(|org| {
        org.len() >= 5
            && text
                .get(..org.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(org))
    })
}

/// Whether `text` is a job title (`Staff Writer`, `Senior Staff Technologist`,
/// `eHow Contributor`): a few words, one of them a role noun, none of them prose.
pub(crate) fn is_role(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    let count = crate::parser::text::words_up_to(t, 7);
    if count == 0 || count > 6 {
        return false;
    }
    t.split_whitespace().any(|w| in_list(ROLE_HEADS, w))
        && t.split_whitespace().all(|w| {
            in_set(&ROLE_WORD_SET, w)
                || in_list(&["and", "of", "the", "for", "at", "&", "a", "an"], w)
                || w.starts_with(char::is_uppercase)
                || w.chars().next().is_some_and(char::is_lowercase)
                    && w.chars().any(char::is_uppercase)
        })
}

/// Whether a whole short line reads as a person's name on its own (`Sarah Archer`,
/// `NATALIYA VASILYEVA`, `John C. Welch`): two to four name words, no navigation word.
pub(crate) fn is_person_line(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 60
        || !t.starts_with(char::is_uppercase)
        || !(2..=4).contains(&crate::parser::text::words_up_to(t, 5))
    {
        return false;
    }
    let Some((rest, _, words)) = name(t) else {
        return false;
    };
    rest.trim().is_empty()
        && (2..=4).contains(&words)
        && !t
            .split_whitespace()
            .any(|w| in_set(&NOT_PERSON_SET, w.trim_end_matches('.')))
        && !is_organization(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Option<(&str, usize)> {
        name(s).map(|(_, name, words)| (name, words))
    }

    #[test]
    fn names() {
        assert_eq!(n("Matthew Lee and Vladimir"), Some(("Matthew Lee", 2)));
        assert_eq!(n("John C. Welch\n"), Some(("John C. Welch", 3)));
        assert_eq!(n("Mark O'Neill, Reuters"), Some(("Mark O'Neill", 2)));
        assert_eq!(n("Gina Roberts-Grey"), Some(("Gina Roberts-Grey", 2)));
        assert_eq!(n("WALKER SIMON, REUTERS"), Some(("WALKER SIMON", 2)));
        assert_eq!(n("Regan September 15, 2014"), Some(("Regan", 1)));
        assert_eq!(
            n("JEFFREY GETTLEMAN JAN. 13, 2017"),
            Some(("JEFFREY GETTLEMAN", 2))
        );
        assert_eq!(n("Lucas Nolan22 Dec"), Some(("Lucas Nolan", 2)));
        assert_eq!(n("Ahiza Garcia @ahiza_garcia"), Some(("Ahiza Garcia", 2)));
        assert_eq!(
            n("Alissa Wilkinson@alissamarie"),
            Some(("Alissa Wilkinson", 2))
        );
        assert_eq!(n("Bill de Blasio said"), Some(("Bill de Blasio", 3)));
        assert_eq!(
            n("Martin Luther King Jr. spoke"),
            Some(("Martin Luther King Jr.", 4))
        );
        assert_eq!(n("Élodie Marchand"), Some(("Élodie Marchand", 2)));
    }

    #[test]
    fn not_names() {
        assert_eq!(n("afternoon, photos"), None);
        assert_eq!(n("Monday, the council"), None);
        assert_eq!(n("2020, the"), None);
        assert_eq!(n("And then"), None);
    }

    #[test]
    fn organizations() {
        assert!(is_organization("Associated Press"));
        assert!(is_organization("REUTERS"));
        assert!(is_organization("Los Angeles Times"));
        assert!(is_organization(
            "ACLU Speech, Privacy, and Technology Project"
        ));
        assert!(!is_organization("Vladimir Isachenkov"));
        assert!(!is_organization("Staff"));
    }

    #[test]
    fn organisations_printed_after_a_name() {
        assert_eq!(
            trailing_organization("TOM REYES Associated Press"),
            Some(10)
        );
        assert_eq!(trailing_organization("Jane Smith Bloomberg News"), Some(11));
        assert_eq!(trailing_organization("Michael Bloomberg"), None);
        assert_eq!(trailing_organization("Jane Smith"), None);
        assert_eq!(leading_organization("The Associated Press"), Some(20));
        assert_eq!(leading_organization("Reuters December 3"), Some(7));
        assert_eq!(leading_organization("Reutersville"), None);
        assert_eq!(leading_organization("reuters"), None);
    }

    #[test]
    fn roles() {
        assert!(is_role("Staff Writer"));
        assert!(is_role("Senior Staff Technologist"));
        assert!(is_role("eHow Contributor"));
        assert!(is_role("Games Editor"));
        assert!(!is_role("Vladimir Isachenkov"));
        assert!(!is_role("The council voted on Tuesday to close the pier"));
    }

    #[test]
    fn person_lines() {
        assert!(is_person_line("Sarah Archer"));
        assert!(is_person_line("NATALIYA VASILYEVA"));
        assert!(is_person_line("John C. Welch"));
        assert!(!is_person_line("Local News"));
        assert!(!is_person_line("Sign In"));
        assert!(!is_person_line("Associated Press"));
        assert!(!is_person_line("Madonna"));
        assert!(!is_person_line("Older Article"));
    }
}

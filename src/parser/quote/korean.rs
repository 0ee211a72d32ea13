//! Korean quotative attribution: the quote, a quotative ending glued to its closing mark,
//! then the speech verb; the speaker is the topic- or subject-marked noun phrase before the
//! quote (or between the quote and the verb).
//!
//! ## Grammar
//!
//! ```text
//! attribution = [ speaker SP ] quote quotative *( SP word ) SP cue
//! speaker     = 0*2( hangul-word SP ) head particle      ; 시 관계자는 / 김민수 씨는
//! particle    = "은" / "는" / "이" / "가"                 ; topic and subject markers
//! quotative   = "라고" / "이라고" / "고" / "라며" / "이라며" / "며" / "면서" / "라면서" / "이라면서"
//! cue         = ( "말했" / "밝혔" / "전했" / "강조했" / "설명했" / "덧붙였" / ... ) *hangul
//! ```
//!
//! Reported speech (`서울시는 노선을 늘린다고 12일 밝혔다`) is read the same way: the clause
//! ending in `다고`/`라고` a word or two before the verb, after the marked speaker.
//!
//! The speaker's text is the phrase without its particle; with the honorific `씨` as its
//! head, the name before it (`주민 박영자(74) 씨는` → `박영자`). Only Hangul text reaches
//! this module's matches, so other languages are not affected. Every scan is bounded by a
//! constant number of tokens.
//!
//! ## Examples
//!
//! ```text
//! > | 시 관계자는 "시민들의 불편을 줄이겠다"라고 말했다.
//!     ^^^^^^^^ speaker (particle 는 left out)
//!                                           ^^^^^^ cue
//! ```

use std::ops::Range;

use crate::Span;

use super::Reported;
use super::para::Para;

/// How far after the quote the speech verb may be, in tokens.
const CUE_WINDOW: usize = 30;
/// Most words before the marked head in a speaker phrase.
const MAX_MODIFIERS: usize = 2;

/// Endings glued to a closing mark that make the quote the object of a speech verb.
const QUOTATIVES: &[&str] = &[
    "라고",
    "이라고",
    "고",
    "라며",
    "이라며",
    "며",
    "면서",
    "라면서",
    "이라면서",
];

/// Stems of speech verbs (past and present forms start with these).
const CUE_STEMS: &[&str] = &[
    "말했",
    "말하",
    "말한",
    "밝혔",
    "밝히",
    "밝힌",
    "전했",
    "전하",
    "전한",
    "강조했",
    "강조하",
    "설명했",
    "설명하",
    "덧붙였",
    "주장했",
    "주장하",
    "지적했",
    "언급했",
    "답했",
    "물었",
    "호소했",
    "당부했",
    "토로했",
    "말했다",
    "비판했",
    "반박했",
    "촉구했",
    "했다",
    "설명한",
    "강조한",
];

/// Sentence adverbs that may open the sentence before the speaker.
const ADVERBS: &[&str] = &[
    "또",
    "또한",
    "한편",
    "이어",
    "특히",
    "이날",
    "그러면서",
    "아울러",
    "다만",
    "이에",
    "대해",
    "관해",
    "위해",
    "통해",
];

/// Final syllables of a word that carries another particle or a verb ending: it is not
/// part of the speaker phrase.
const NOT_IN_PHRASE: &[char] = &[
    '을', '를', '에', '의', '서', '로', '와', '과', '도', '만', '고', '며', '다', '면', '께',
];

/// Job titles that end a speaker phrase after a name (`최상목 기획재정부 장관`).
const TITLES: &[&str] = &[
    "장관",
    "차관",
    "대통령",
    "총리",
    "의원",
    "대표",
    "위원장",
    "회장",
    "사장",
    "교수",
    "대변인",
    "청장",
    "시장",
    "지사",
    "원장",
    "실장",
    "국장",
    "팀장",
    "부장",
    "본부장",
    "이사장",
    "감독",
    "변호사",
    "검사",
    "판사",
    "연구원",
    "소장",
    "총재",
    "총장",
    "수석",
    "비서관",
    "구청장",
    "군수",
    "부시장",
    "대사",
    "단장",
];

/// Common Korean family names (one syllable).
const FAMILY_NAMES: &str = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진지엄채원천방공현함변염여추도석선설마길연위표명기반왕금옥육인맹제모탁국은편용";

/// Whether `w` is a Korean personal name or a family name alone: one to four syllables,
/// the first a common family name (`최상목`, `최`).
pub(crate) fn is_name(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(|c| FAMILY_NAMES.contains(c))
        && (1..=4).contains(&w.chars().count())
        && w.chars().all(is_hangul)
        && !TITLES.contains(&w)
}

/// The family name of a full Korean name (`최상목` → `최`), when `w` is one.
pub(crate) fn family_of(w: &str) -> Option<char> {
    let count = w.chars().count();
    ((2..=4).contains(&count) && is_name(w))
        .then(|| w.chars().next())
        .flatten()
}

/// A Korean attribution: the speaker's byte span (absolute), if found, and the cue tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Korean {
    pub(crate) speaker: Option<Span>,
    /// The speaker's title or role, when its head is an honorific after a name.
    pub(crate) title: Option<Span>,
    pub(crate) cue: Range<usize>,
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn hangul_word(p: &Para<'_>, i: usize) -> bool {
    p.is_word(i) && p.s(i).chars().all(is_hangul)
}

/// Whether token `i` starts right where token `i - 1` ends (no space between).
fn glued(p: &Para<'_>, i: usize) -> bool {
    i > 0
        && matches!(
            (p.toks.get(i - 1), p.toks.get(i)),
            (Some(a), Some(b)) if a.end == b.start
        )
}

fn is_cue(w: &str) -> bool {
    CUE_STEMS.iter().any(|s| w.starts_with(s))
}

/// The particle ending word `w`, if it is a topic or subject marker after a longer stem;
/// returns the stem's length in bytes. `strong` only takes the topic markers 은/는.
fn marked(w: &str, strong: bool) -> Option<usize> {
    let last = w.chars().last()?;
    let ok = matches!(last, '은' | '는') || (!strong && matches!(last, '이' | '가'));
    (ok && w.chars().count() >= 2).then(|| w.len() - last.len_utf8())
}

/// The attribution of the quote whose marks are tokens `open` and `close`, looking back no
/// further than `floor` for the speaker and to the end of the sentence for the cue (a quote
/// joined to the next by `며` shares its verb: `“...”며 “...”고 말했다`).
pub(crate) fn attribute(p: &Para<'_>, open: usize, close: usize, floor: usize) -> Option<Korean> {
    let q = close + 1;
    if !(p.is_word(q) && glued(p, q) && QUOTATIVES.contains(&p.s(q))) {
        return None;
    }
    let sentence_end = p.sentence_of(close).end.max(q + 1);
    let stop = sentence_end.min(q + CUE_WINDOW).min(p.len());
    let quoted = |k: usize| p.quoted.get(k).copied().unwrap_or(false);
    let cue = (q + 1..stop)
        .filter(|&k| !quoted(k) && !p.is_mark(k))
        .find(|&k| hangul_word(p, k) && is_cue(p.s(k)))?;
    // A speaker between the quote and the verb (`"..."라고 김 장관은 말했다`), else before
    // the quote.
    let after = (q + 1..cue)
        .filter(|&k| !quoted(k))
        .find(|&k| hangul_word(p, k) && marked(p.s(k), true).is_some());
    let head = after.or_else(|| {
        let before = |strong: bool| {
            (floor..open)
                .filter(|&k| !quoted(k))
                .find(|&k| hangul_word(p, k) && marked(p.s(k), strong).is_some())
        };
        before(true).or_else(|| before(false))
    });
    let (speaker, title) = match head {
        Some(h) => phrase(p, h, floor),
        None => (None, None),
    };
    Some(Korean {
        speaker,
        title,
        cue: cue..cue + 1,
    })
}

/// Most words between the clause and its verb (`12일`, `이날`).
const MAX_BETWEEN: usize = 2;

/// Korean reported speech: `서울시는 노선을 늘린다고 12일 밝혔다` — the clause ends in
/// `다고`/`라고` (not glued to a quotation mark), and a speech verb follows within a few
/// words (a date may stand between). One per sentence, the last verb's; the clause without
/// the quotative `고`.
pub(crate) fn reported(p: &Para<'_>) -> Vec<Reported> {
    // Every cue is a Hangul word (U+AC00 to U+D7A3: lead bytes EA to ED): a block without
    // Hangul has none.
    if ![0xEA, 0xEB, 0xEC, 0xED].into_iter().any(|b| p.scan.has(b)) {
        return Vec::new();
    }
    let quoted = |k: usize| p.quoted.get(k).copied().unwrap_or(false);
    let mut out = Vec::new();
    for sent in &p.sents {
        let Some(cue) = (sent.start..sent.end)
            .rev()
            .find(|&k| !quoted(k) && hangul_word(p, k) && is_cue(p.s(k)))
        else {
            continue;
        };
        // The clause's last word, a few words before the verb.
        let lo = cue.saturating_sub(MAX_BETWEEN + 1).max(sent.start);
        let Some(end_word) = (lo..cue).rev().find(|&k| {
            let w = p.s(k);
            p.is_word(k)
                && !quoted(k)
                && !(k > 0 && p.is_mark(k - 1))
                && w.chars().count() >= 3
                && (w.ends_with("다고") || w.ends_with("라고"))
        }) else {
            continue;
        };
        if (end_word + 1..cue).any(|k| !p.is_word(k)) {
            continue;
        }
        let head = (sent.start..end_word)
            .find(|&k| !quoted(k) && hangul_word(p, k) && marked(p.s(k), true).is_some())
            .or_else(|| {
                (sent.start..end_word)
                    .find(|&k| !quoted(k) && hangul_word(p, k) && marked(p.s(k), false).is_some())
            });
        let (speaker, title) = head.map_or((None, None), |h| phrase(p, h, sent.start));
        let start_tok = head.map_or(sent.start, |h| h + 1);
        if start_tok > end_word {
            continue;
        }
        let start = p.span(&(start_tok..start_tok + 1)).start;
        let end = p
            .span(&(end_word..end_word + 1))
            .end
            .saturating_sub("고".len());
        if end <= start {
            continue;
        }
        out.push(Reported {
            clause: Span::new(start, end),
            speaker,
            title,
            cue: cue..cue + 1,
            in_verb: false,
        });
    }
    out
}

/// The speaker phrase whose marked head is token `h`: its span without the particle, and a
/// title when the head is the honorific `씨` after a name.
fn phrase(p: &Para<'_>, h: usize, floor: usize) -> (Option<Span>, Option<Span>) {
    let w = p.s(h);
    let Some(stem) = marked(w, false) else {
        return (None, None);
    };
    let head_span = p.span(&(h..h + 1));
    let head_end = head_span.start + stem;
    // The words before the head that belong to the phrase.
    let mut start = h;
    let mut k = h;
    let mut words = 0;
    while k > floor && words < MAX_MODIFIERS {
        let mut j = k - 1;
        // `박영자(74) 씨`: an age in brackets after the name.
        if p.is_punct(j, ")") && j >= floor + 3 && p.is_punct(j - 2, "(") {
            j -= 3;
        }
        if !hangul_word(p, j) || j < floor {
            break;
        }
        let pw = p.s(j);
        if ADVERBS.contains(&pw) || pw.ends_with(NOT_IN_PHRASE) {
            break;
        }
        start = j;
        k = j;
        words += 1;
    }
    let stem_text = w.get(..stem).unwrap_or("");
    // `최상목 기획재정부 장관은`, `최 장관은`: a name (or a family name) first, then the
    // title the head ends in.
    if start < h && TITLES.iter().any(|t| stem_text.ends_with(t)) && is_name(p.s(start)) {
        let title = Span::new(p.span(&(start + 1..start + 2)).start, head_end);
        return (Some(p.span(&(start..start + 1))), Some(title));
    }
    if stem_text == "씨" && start < h {
        // The name is the word before the honorific; what comes before it is a role.
        let mut name = h - 1;
        while name > start && !hangul_word(p, name) {
            name -= 1;
        }
        let title = (start < name).then(|| p.span(&(start..name)));
        return (Some(p.span(&(name..name + 1))), title);
    }
    let span = Span::new(p.span(&(start..start + 1)).start, head_end);
    (Some(span), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Speaker, title and cue of the first quote of `text`, with the quoted tokens marked.
    fn attr(text: &str) -> Option<(Option<String>, Option<String>, String)> {
        let mut p = Para::new(text, 0);
        let marks: Vec<usize> = (0..p.len()).filter(|&i| p.is_mark(i)).collect();
        for pair in marks.chunks(2) {
            if let [o, c] = pair {
                for q in p.quoted.iter_mut().take(*c).skip(o + 1) {
                    *q = true;
                }
            }
        }
        let (open, close) = (*marks.first()?, *marks.get(1)?);
        let floor = p.sentence_of(open).start;
        let k = attribute(&p, open, close, floor)?;
        let text_of = |s: Span| text.get(s.start..s.end).unwrap_or("").to_owned();
        Some((
            k.speaker.map(text_of),
            k.title.map(text_of),
            p.slice(&k.cue).to_owned(),
        ))
    }

    #[test]
    fn topic_marked_speaker_before_the_quote() {
        assert_eq!(
            attr("시 관계자는 \"늦은 시간 귀가하는 시민들의 불편을 줄이기 위한 조치\"라고 말했다."),
            Some((Some("시 관계자".into()), None, "말했다".into()))
        );
        assert_eq!(
            attr("이상철 평창군수는 “주민 안전이 최우선”이라고 강조했다."),
            Some((
                Some("이상철".into()),
                Some("평창군수".into()),
                "강조했다".into()
            ))
        );
        // A sentence adverb is not part of the speaker.
        assert_eq!(
            attr("또한 경찰은 “조사를 계속하겠다”고 밝혔다."),
            Some((Some("경찰".into()), None, "밝혔다".into()))
        );
    }

    #[test]
    fn a_name_before_its_title() {
        let (who, title, _) = attr("최상목 기획재정부 장관은 \"중요하다\"고 말했다.").unwrap();
        assert_eq!(who.as_deref(), Some("최상목"));
        assert_eq!(title.as_deref(), Some("기획재정부 장관"));
        let (who, title, _) = attr("최 장관은 \"고려하겠다\"고 덧붙였다.").unwrap();
        assert_eq!(who.as_deref(), Some("최"));
        assert_eq!(title.as_deref(), Some("장관"));
        // Not a name: a ministry (five syllables), an official.
        let (who, _, _) = attr("시 관계자는 \"줄이겠다\"고 말했다.").unwrap();
        assert_eq!(who.as_deref(), Some("시 관계자"));
        assert_eq!(family_of("최상목"), Some('최'));
        assert_eq!(family_of("최"), None);
        assert_eq!(family_of("기획재정부"), None);
    }

    #[test]
    fn honorific_after_a_name() {
        assert_eq!(
            attr("주민 박영자(74) 씨는 “물이 너무 빨리 찼다”며 “처음 본다”고 말했다."),
            Some((Some("박영자".into()), Some("주민".into()), "말했다".into()))
        );
    }

    #[test]
    fn speaker_between_quote_and_verb() {
        assert_eq!(
            attr("“일정대로 진행한다”고 김 장관은 전했다."),
            Some((Some("김".into()), Some("장관".into()), "전했다".into()))
        );
    }

    #[test]
    fn no_quotative_no_attribution() {
        // The mark is not followed by a quotative ending, or no speech verb follows.
        assert_eq!(attr("시 관계자는 “조치” 이후 회의를 열었다."), None);
        assert_eq!(attr("시 관계자는 “조치”라고 적힌 종이를 들었다."), None);
        assert_eq!(attr("“We are ready,” he said."), None);
    }

    fn reported_of(text: &str) -> Vec<(String, Option<String>, String)> {
        let p = Para::new(text, 0);
        let text_of = |s: Span| text.get(s.start..s.end).unwrap_or("").to_owned();
        reported(&p)
            .into_iter()
            .map(|r| {
                (
                    text_of(r.clause),
                    r.speaker.map(text_of),
                    p.slice(&r.cue).to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn reported_speech() {
        assert_eq!(
            reported_of("서울시는 내년부터 심야버스 노선을 20개로 늘린다고 12일 밝혔다."),
            [(
                "내년부터 심야버스 노선을 20개로 늘린다".into(),
                Some("서울시".into()),
                "밝혔다".into()
            )]
        );
        assert_eq!(
            reported_of("경찰은 용의자가 범행을 시인했다고 전했다. 조사는 계속된다."),
            [(
                "용의자가 범행을 시인했다".into(),
                Some("경찰".into()),
                "전했다".into()
            )]
        );
        // A direct quote's quotative is not reported speech; nor a verb without a clause.
        assert!(reported_of("시 관계자는 “조치를 하겠다”라고 말했다.").is_empty());
        assert!(reported_of("시장은 어제 기자들과 만나 말했다.").is_empty());
    }

    #[test]
    fn cue_without_a_marked_speaker() {
        assert_eq!(
            attr("“늦었다”라고 말했다."),
            Some((None, None, "말했다".into()))
        );
    }
}

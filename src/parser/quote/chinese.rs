//! Chinese attribution: the speech verb glued to the end of its speaker (Chinese writes no
//! spaces), before the quote with a colon or after it with a comma.
//!
//! ## Grammar
//!
//! ```text
//! before = speaker cue [ "：" / ":" ] quote             ; 负责人表示：“……”
//! after  = quote [ "，" / "," ] speaker cue             ; “……”，他说。
//! speaker = 1*han                                        ; the rest of the run, 1 to 12 chars
//! cue     = "表示" / "说" / "指出" / "强调" / "称" / ...
//! ```
//!
//! A run of Han characters is one token, so the speaker and the cue are the two ends of the
//! token next to the quote: the cue its last characters, the speaker what stands before
//! them. Only runs of Han characters reach the match, so other scripts are not affected;
//! each lookup reads the one token beside a mark.
//!
//! ## Examples
//!
//! ```text
//! > | 市发展改革委负责人表示：“这项政策将有效促进绿色消费。”
//!     ^^^^^^^^^^^^^^^^^^ speaker
//!                       ^^^^ cue
//! ```

use crate::Span;

use super::para::Para;

/// Speech verbs, longest first where one ends another (`说道` before `说`).
const CUES: &[&str] = &[
    "表示", "说道", "指出", "强调", "介绍", "认为", "透露", "坦言", "回应", "宣布", "称", "说",
];

/// Most characters in a speaker.
const MAX_SPEAKER_CHARS: usize = 12;

/// Job titles a name follows (`国家统计局副局长盛来运`), longest first where one ends another.
const TITLES: &[&str] = &[
    "新闻发言人",
    "发言人",
    "董事长",
    "负责人",
    "副局长",
    "局长",
    "副部长",
    "部长",
    "主任",
    "主席",
    "总理",
    "书记",
    "市长",
    "省长",
    "县长",
    "总经理",
    "经理",
    "教授",
    "院长",
    "总裁",
    "研究员",
    "专家",
    "大使",
    "秘书长",
    "司长",
    "处长",
    "校长",
    "首席经济学家",
    "经济学家",
];

/// Most characters in a name after a title.
const MAX_NAME_CHARS: usize = 3;

/// A Chinese attribution: byte spans of the speaker, its title and the cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Han {
    pub(crate) speaker: Span,
    /// The title before the name (`国家统计局副局长` before `盛来运`).
    pub(crate) title: Option<Span>,
    pub(crate) cue: Span,
}

/// The speaker without a circumstance between it and the verb: `盛来运在发布会上` →
/// `盛来运`, `他在接受采访时` → `他` (`在` ... `上`/`中`/`时`/`后`/`里`/`间`).
fn without_circumstance(speaker: &str) -> &str {
    let Some(at) = speaker
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c == '在')
        .map(|(i, _)| i)
    else {
        return speaker;
    };
    let ends_place = speaker.ends_with(['上', '中', '时', '后', '里', '间']);
    if ends_place {
        speaker.get(..at).unwrap_or(speaker)
    } else {
        speaker
    }
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// The speaker and cue in token `i`, a run of Han characters ending in a speech verb.
fn split(p: &Para<'_>, i: usize) -> Option<Han> {
    let word = p.s(i);
    if !p.is_word(i) || !word.chars().all(is_han) {
        return None;
    }
    let cue = CUES.iter().find(|c| word.ends_with(**c))?;
    let cue_at = word.len() - cue.len();
    let speaker = without_circumstance(word.get(..cue_at)?);
    // `据说` (it is said), `小说` (a novel): no one speaks.
    if !(1..=MAX_SPEAKER_CHARS).contains(&speaker.chars().count()) || speaker.ends_with('据') {
        return None;
    }
    let at = p.span(&(i..i + 1)).start;
    // `国家统计局副局长盛来运`: the name after the title.
    let (title, name_at) = TITLES
        .iter()
        .filter_map(|t| speaker.rfind(t).map(|k| (k, k + t.len())))
        .max_by_key(|&(_, end)| end)
        .filter(|&(_, end)| {
            (2..=MAX_NAME_CHARS).contains(&speaker.get(end..).map_or(0, |n| n.chars().count()))
        })
        .map_or((None, 0), |(_, end)| (Some(Span::new(at, at + end)), end));
    Some(Han {
        speaker: Span::new(at + name_at, at + speaker.len()),
        title,
        cue: Span::new(at + cue_at, at + word.len()),
    })
}

/// The attribution of the quote whose marks are tokens `open` and `close`: the token before
/// the opening mark (a colon between), else the one after the closing mark (a comma
/// between).
pub(crate) fn attribute(p: &Para<'_>, open: usize, close: usize) -> Option<Han> {
    let colon = |k: usize| p.is_punct(k, "：") || p.is_punct(k, ":");
    let comma = |k: usize| p.is_punct(k, "，") || p.is_punct(k, ",");
    let before = open.checked_sub(1).and_then(|k| {
        let k = if colon(k) { k.checked_sub(1)? } else { k };
        split(p, k)
    });
    before.or_else(|| {
        let k = close + 1;
        let k = if comma(k) { k + 1 } else { k };
        split(p, k)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(text: &str) -> Option<(String, String)> {
        let p = Para::new(text, 0);
        let marks: Vec<usize> = (0..p.len()).filter(|&k| p.is_mark(k)).collect();
        let (&open, &close) = (marks.first()?, marks.get(1)?);
        let h = attribute(&p, open, close)?;
        Some((
            text.get(h.speaker.start..h.speaker.end)?.to_owned(),
            text.get(h.cue.start..h.cue.end)?.to_owned(),
        ))
    }

    #[test]
    fn before_and_after_the_quote() {
        assert_eq!(
            who("市发展改革委负责人表示：“这项政策将有效促进绿色消费。”"),
            Some(("市发展改革委负责人".into(), "表示".into()))
        );
        assert_eq!(
            who("“我们会继续努力。”，他说。"),
            Some(("他".into(), "说".into()))
        );
        // A title before the name, a circumstance before the verb.
        let p = Para::new("国家统计局副局长盛来运在发布会上表示：“开局良好。”", 0);
        let marks: Vec<usize> = (0..p.len()).filter(|&k| p.is_mark(k)).collect();
        let h = attribute(&p, marks[0], marks[1]).unwrap();
        let text = "国家统计局副局长盛来运在发布会上表示：“开局良好。”";
        assert_eq!(&text[h.speaker.start..h.speaker.end], "盛来运");
        assert_eq!(
            h.title.map(|t| &text[t.start..t.end]),
            Some("国家统计局副局长")
        );
        assert_eq!(&text[h.cue.start..h.cue.end], "表示");
        // No speech verb, or `据说`: no attribution.
        assert_eq!(who("他看了一本“好书”。"), None);
        assert_eq!(who("据说“明天下雨”。"), None);
    }
}

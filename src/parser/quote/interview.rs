//! Question-and-answer interviews: the answers (`A: Quiet. I checked the lamp ...`) are the
//! interviewee's words.
//!
//! ## Grammar
//!
//! ```text
//! interview = 1*question 2*answer          ; lines of the article's paragraphs
//! question  = ( "Q:" / "Q." / "Question:" ) SP text
//! answer    = ( "A:" / "A." / "Answer:" ) SP text
//! ```
//!
//! An article with two answers or more and a question is an interview; each answer is a
//! full quote, its speaker the first person the article names with a full name (the
//! interviewee its introduction presents), its mention the answer's label.
//!
//! ## Examples
//!
//! ```text
//! > | For 31 years, Ellen Marsh kept the light at Gull Point.
//! > | Q: Were you ever afraid?
//! > | A: Once, in the storm of 1998.
//!        ^^^^^^^^^^^^^^^^^^^^^^^^^^ quote, Ellen Marsh's
//! ```

use crate::Span;

/// Who speaks a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Turn {
    Question,
    Answer,
}

/// The labels of the turns, with the turn they open.
const LABELS: [(&str, Turn); 6] = [
    ("Q: ", Turn::Question),
    ("Q. ", Turn::Question),
    ("Question: ", Turn::Question),
    ("A: ", Turn::Answer),
    ("A. ", Turn::Answer),
    ("Answer: ", Turn::Answer),
];

/// A turn on one line of a paragraph: its label's span and its words' span (absolute).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub(crate) turn: Turn,
    pub(crate) label: Span,
    pub(crate) words: Span,
}

/// The turns opening the lines of the paragraph `text`, which starts at `base`.
pub(crate) fn turns(text: &str, base: usize) -> Vec<Line> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        let Some(&(label, turn)) = LABELS.iter().find(|(l, _)| trimmed.starts_with(l)) else {
            continue;
        };
        let after = trimmed.get(label.len()..).unwrap_or("");
        let words = after.trim();
        if words.is_empty() {
            continue;
        }
        let label_start = base + start + lead;
        let words_start = label_start + label.len() + (after.len() - after.trim_start().len());
        out.push(Line {
            turn,
            label: Span::new(label_start, label_start + label.trim_end().len()),
            words: Span::new(words_start, words_start + words.len()),
        });
    }
    out
}

/// Whether a line of `text` may open with a label: a `Q` or an `A` at its start or after a
/// line break (asked of every paragraph; most have no line break).
fn may_have_turns(text: &str) -> bool {
    let bytes = text.as_bytes();
    let label = |b: Option<&u8>| matches!(b, Some(b'Q' | b'A'));
    label(bytes.first()) || memchr::memchr_iter(b'\n', bytes).any(|i| label(bytes.get(i + 1)))
}

/// Whether the article's paragraphs hold an interview: two answers or more, and a question.
pub(crate) fn is_interview<'t>(paragraphs: impl Iterator<Item = &'t str>) -> bool {
    let (mut questions, mut answers) = (0, 0);
    for text in paragraphs.filter(|t| may_have_turns(t)) {
        for line in turns(text, 0) {
            match line.turn {
                Turn::Question => questions += 1,
                Turn::Answer => answers += 1,
            }
        }
    }
    questions >= 1 && answers >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_on_the_lines_of_a_paragraph() {
        let text = "Q: Were you ever afraid?\nA: Once, in the storm of 1998.";
        let padded = format!("{:10}{text}", "");
        let t = turns(text, 10);
        assert_eq!(t.len(), 2);
        let answer = t.get(1).expect("two turns");
        assert_eq!(answer.turn, Turn::Answer);
        assert_eq!(answer.label.slice(&padded), Some("A:"));
        assert_eq!(
            answer.words.slice(&padded),
            Some("Once, in the storm of 1998.")
        );
    }

    #[test]
    fn an_interview_needs_answers_and_a_question() {
        let qa = ["Q: Why?", "A: Because.", "Q: And then?\nA: We left."];
        assert!(is_interview(qa.iter().copied()));
        assert!(!is_interview(["A: Because.", "A: Then."].iter().copied()));
        assert!(!is_interview(["Q. and A. are letters."].iter().copied()));
    }
}

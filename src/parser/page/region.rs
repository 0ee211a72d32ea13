//! The article's region: the run of blocks with the most prose in it.
//!
//! Each block gets a score: prose scores its length in words, furniture (menu entries, link
//! lists, lexicon hits) scores below zero. The region is the run of consecutive blocks with
//! the largest total (Kadane's maximum subarray, one pass), so a few short lines between
//! paragraphs (a subheading, an `Advertisement` label, a short `Related` list) stay inside
//! it, while a menu of forty entries does not. A *barrier* block (a comment section header,
//! a comment form, a copyright footer) is never inside the region: the article does not
//! run past it.
//!
//! ## Grammar
//!
//! ```text
//! page   = *furniture region *furniture
//! region = text *( *furniture text )   ; the maximum-score run, no barrier inside
//! ```
//!
//! ## Examples
//!
//! ```text
//! > | Home                                        -3
//! > | Politics                                    -3
//! > | The council voted on Tuesday to approve...  +24  ┐
//! > | What happens next                           -2   │ region
//! > | The plan goes to a second vote in July...   +18  ┘
//! > | Leave a Reply                               barrier
//! ```

use std::ops::RangeInclusive;

/// A block's score: `Some(points)`, or `None` for a barrier.
pub(crate) type Score = Option<i32>;

/// The maximum-score run of `scores` that contains no barrier, if its total is positive.
pub(crate) fn best(scores: &[Score]) -> Option<RangeInclusive<usize>> {
    let mut best: Option<(i64, usize, usize)> = None;
    let mut sum: i64 = 0;
    let mut start = 0usize;
    for (i, score) in scores.iter().enumerate() {
        let Some(points) = score else {
            sum = 0;
            start = i + 1;
            continue;
        };
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += i64::from(*points);
        if sum > 0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i));
        }
    }
    best.map(|(_, a, b)| a..=b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bridges_small_gaps() {
        let s = [
            Some(-3),
            Some(-3),
            Some(20),
            Some(-2),
            Some(15),
            Some(-30),
            Some(4),
        ];
        assert_eq!(best(&s), Some(2..=4));
    }

    #[test]
    fn barriers_cut() {
        let s = [Some(10), None, Some(12), Some(-1), Some(3)];
        assert_eq!(best(&s), Some(2..=4));
        let s = [Some(10), Some(-1), None, Some(3)];
        assert_eq!(best(&s), Some(0..=0));
    }

    #[test]
    fn nothing_positive() {
        assert_eq!(best(&[Some(-1), None, Some(0)]), None);
        assert_eq!(best(&[]), None);
    }
}

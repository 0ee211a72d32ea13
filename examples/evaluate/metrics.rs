//! The metric code of the accuracy harness, kept apart from the corpus readers so that it can
//! be unit-tested on tiny hand-made inputs.
//!
//! ## Definitions
//!
//! * **Exact match** ([`norm_exact`]): both strings are whitespace-normalised (runs of
//!   whitespace become one space, ends trimmed), lower-cased, and one trailing period is
//!   dropped; then they must be equal. For bylines a leading `by` is dropped as well
//!   ([`norm_byline`]), since some gold sets keep it and others do not.
//! * **Name match** ([`names_match`]): case-insensitive equality of the whitespace-normalised
//!   names, or equality of their last word tokens (`Lavrov` matches `Sergei Lavrov`).
//! * **Author-name token F1** ([`bag_prf`] over [`word_tokens`]): lower-cased `\w+` tokens of
//!   the predicted author names against those of the gold byline (without function words such
//!   as `by`, `and`, wire agencies, months and tokens with digits, see [`name_tokens`]),
//!   multiset overlap; per article, averaged. When the byline has no authors, the tokens of
//!   its text are used.
//! * **Quote matching** ([`match_spans`]): a predicted span *covers* a gold span by
//!   `|pred ∩ gold| / |gold|` (bytes; for a discontinuous gold, over the bytes of its parts,
//!   [`cover_all`]). Candidate pairs are those whose cover is strictly above
//!   the threshold (0.3 lenient, 0.8 strict). The matching is one-to-one and greedy: pairs
//!   sorted by cover (descending), then gold start, then predicted start; a pair is taken when
//!   neither side is matched yet. Precision = matched / predicted, recall = matched / gold.
//! * **Quotes scored** ([`QuoteView`], [`score_quotes`]): a predicted quote of kind `scare`
//!   (a term in quotation marks, which the parser marks as not a quotation) and a quote with
//!   `part_of` set (a full quotation nested inside a reported-speech quote, which would count
//!   one utterance twice) are left out of the scored predictions. A scored prediction is
//!   *direct* when its span contains a double quotation mark ([`has_quote_mark`]), the rule
//!   the gold side uses for a direct gold quote. The raw scores, over every prediction with
//!   `indirect` as the only non-direct kind, are kept as informational `raw` rows.
//! * **Body (Zyte metric)** ([`shingle_counts`], [`MeanPrf`]): as in the Zyte
//!   article-extraction benchmark: tokens are Unicode `\w+` runs (case kept), shingles are the
//!   multiset of 4-token windows (a text shorter than 4 tokens is one shingle); per article
//!   TP/FP/FN are the multiset overlaps, normalised by their sum. Precision is the mean over
//!   articles with TP+FP > 0 (an empty prediction does not count against precision), recall the
//!   mean over articles with TP+FN > 0, and F1 the harmonic mean of those two means.

use std::collections::HashMap;

/// A count of hits out of a total.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(crate) struct Ratio {
    pub(crate) hits: usize,
    pub(crate) total: usize,
}

impl Ratio {
    /// Records one case.
    pub(crate) fn add(&mut self, hit: bool) {
        self.total += 1;
        if hit {
            self.hits += 1;
        }
    }

    /// hits / total; 0 when there is nothing to count.
    pub(crate) fn value(&self) -> f64 {
        ratio(self.hits, self.total)
    }
}

/// `a / b` as a float, 0 when `b` is 0.
pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Harmonic mean; 0 when both are 0.
pub(crate) fn f1(p: f64, r: f64) -> f64 {
    if p + r <= 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Matched / predicted / gold counts summed over articles (micro-averaged P/R/F1).
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(crate) struct Prf {
    pub(crate) matched: usize,
    pub(crate) predicted: usize,
    pub(crate) gold: usize,
}

impl Prf {
    pub(crate) fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }
    pub(crate) fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub(crate) fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

/// Per-article precision and recall, averaged over articles (macro), as the Zyte benchmark
/// reports them. `None` marks an article that does not count for that side.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct MeanPrf {
    precisions: Vec<f64>,
    recalls: Vec<f64>,
    /// Articles seen.
    pub(crate) articles: usize,
}

impl MeanPrf {
    pub(crate) fn add(&mut self, precision: Option<f64>, recall: Option<f64>) {
        self.articles += 1;
        if let Some(p) = precision {
            self.precisions.push(p);
        }
        if let Some(r) = recall {
            self.recalls.push(r);
        }
    }
    pub(crate) fn precision(&self) -> f64 {
        mean(&self.precisions)
    }
    pub(crate) fn recall(&self) -> f64 {
        mean(&self.recalls)
    }
    pub(crate) fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

/// Mean of the values; 0 for none.
pub(crate) fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

/// Whitespace-normalised, lower-cased, one trailing period dropped.
pub(crate) fn norm_exact(s: &str) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = joined.to_lowercase();
    match lower.strip_suffix('.') {
        Some(rest) => rest.trim_end().to_owned(),
        None => lower,
    }
}

/// [`norm_exact`] with a leading `by` dropped.
pub(crate) fn norm_byline(s: &str) -> String {
    let n = norm_exact(s);
    match n.strip_prefix("by ") {
        Some(rest) => rest.trim_start().to_owned(),
        None => n,
    }
}

/// Exact match of two strings under [`norm_exact`].
pub(crate) fn exact(pred: &str, gold: &str) -> bool {
    norm_exact(pred) == norm_exact(gold)
}

/// Unicode `\w+` runs (alphanumeric or `_`), in order, case kept.
pub(crate) fn word_tokens(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Words of a byline that are not part of a name: function words, roles, wire agencies,
/// months and times of day.
#[rustfmt::skip]
const NOT_NAME: &[&str] = &[
    "by", "and", "the", "of", "for", "with", "from", "in", "on", "at",
    "written", "edited", "posted", "updated", "published",
    "reporter", "staff", "writer", "correspondent", "editor", "contributor",
    "reuters", "ap", "afp", "upi", "associated", "press",
    "am", "pm",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Lower-cased word tokens of a byline or name, without the words of [`NOT_NAME`] and without
/// tokens that contain a digit (dates, times).
pub(crate) fn name_tokens(s: &str) -> Vec<String> {
    word_tokens(s)
        .into_iter()
        .map(str::to_lowercase)
        .filter(|t| !NOT_NAME.contains(&t.as_str()) && !t.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

/// Multiset precision and recall of predicted tokens against gold tokens.
/// Both empty is a perfect (1, 1); one side empty scores 0 on the sides it can be measured.
pub(crate) fn bag_prf<T: std::hash::Hash + Eq>(pred: &[T], gold: &[T]) -> (f64, f64) {
    if pred.is_empty() && gold.is_empty() {
        return (1.0, 1.0);
    }
    let mut counts: HashMap<&T, isize> = HashMap::new();
    for t in gold {
        *counts.entry(t).or_insert(0) += 1;
    }
    let mut common = 0usize;
    for t in pred {
        if let Some(c) = counts.get_mut(t)
            && *c > 0
        {
            *c -= 1;
            common += 1;
        }
    }
    (ratio(common, pred.len()), ratio(common, gold.len()))
}

/// Case-insensitive name match: equal after normalisation, or the same last word.
pub(crate) fn names_match(pred: &str, gold: &str) -> bool {
    let p = norm_exact(pred);
    let g = norm_exact(gold);
    if p.is_empty() || g.is_empty() {
        return false;
    }
    if p == g {
        return true;
    }
    let last = |s: &str| word_tokens(s).last().map(|t| t.to_lowercase());
    match (last(&p), last(&g)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// Double quotation marks: a quote containing one is a direct (or mixed) quote. Single marks
/// are left out, since `'` and `’` are mostly apostrophes.
pub(crate) const QUOTE_MARKS: &[char] = &['"', '“', '”', '„', '«', '»'];

/// Whether a quote's text (its marks included) contains a double quotation mark.
pub(crate) fn has_quote_mark(s: &str) -> bool {
    s.contains(QUOTE_MARKS)
}

/// What the quote scoring needs to know of one predicted quote.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct QuoteView {
    pub(crate) span: Range,
    /// The `kind` of the JSON contract (`full`, `partial`, `scare`, `indirect`, ...).
    pub(crate) kind: String,
    /// `part_of` is set: the quote is nested inside another predicted quote.
    pub(crate) nested: bool,
    /// The input under `span` contains a double quotation mark.
    pub(crate) marked: bool,
}

/// Which predictions a quote score counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QuoteSet {
    /// Scored predictions (not `scare`, not nested).
    All,
    /// Scored predictions whose span contains a quotation mark.
    Direct,
    /// Every prediction (informational).
    RawAll,
    /// Every prediction that is not `indirect` (informational).
    RawDirect,
}

impl QuoteView {
    /// Whether the quote counts as a prediction of `set`.
    pub(crate) fn counts_in(&self, set: QuoteSet) -> bool {
        let scored = self.kind != "scare" && !self.nested;
        match set {
            QuoteSet::All => scored,
            QuoteSet::Direct => scored && self.marked,
            QuoteSet::RawAll => true,
            QuoteSet::RawDirect => self.kind != "indirect",
        }
    }
}

/// Matches the predictions of `set` against the gold ranges ([`match_spans`]). Returns the
/// counts and the `(pred index, gold index)` pairs, with indices into `pred` and `gold`.
pub(crate) fn score_quotes(
    pred: &[QuoteView],
    gold: &[Range],
    set: QuoteSet,
    threshold: f64,
) -> (Prf, Vec<(usize, usize)>) {
    let kept: Vec<usize> = (0..pred.len())
        .filter(|&i| pred.get(i).is_some_and(|q| q.counts_in(set)))
        .collect();
    let spans: Vec<Range> = kept
        .iter()
        .filter_map(|&i| pred.get(i).map(|q| q.span))
        .collect();
    let pairs: Vec<(usize, usize)> = match_spans(&spans, gold, threshold)
        .into_iter()
        .filter_map(|(pi, gi)| kept.get(pi).map(|&i| (i, gi)))
        .collect();
    let prf = Prf {
        matched: pairs.len(),
        predicted: spans.len(),
        gold: gold.len(),
    };
    (prf, pairs)
}

/// A byte range `[start, end)`.
pub(crate) type Range = (usize, usize);

/// Bytes shared by two ranges.
pub(crate) fn overlap(a: Range, b: Range) -> usize {
    let start = a.0.max(b.0);
    let end = a.1.min(b.1);
    end.saturating_sub(start)
}

/// Fraction of `gold`'s bytes that `pred` covers (0 for an empty gold range).
pub(crate) fn cover(pred: Range, gold: Range) -> f64 {
    ratio(overlap(pred, gold), gold.1.saturating_sub(gold.0))
}

/// Fraction of the bytes of `gold` (several disjoint ranges) that `pred` covers.
pub(crate) fn cover_all(pred: Range, gold: &[Range]) -> f64 {
    let covered: usize = gold.iter().map(|g| overlap(pred, *g)).sum();
    let total: usize = gold.iter().map(|g| g.1.saturating_sub(g.0)).sum();
    ratio(covered, total)
}

/// One-to-one greedy matching of predicted to gold ranges where the cover of the gold range is
/// strictly above `threshold`. Returns `(pred index, gold index)` pairs, sorted by gold index.
pub(crate) fn match_spans(pred: &[Range], gold: &[Range], threshold: f64) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let c = cover(*p, *g);
            if c > threshold {
                candidates.push((c, gi, pi));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut pred_used = vec![false; pred.len()];
    let mut gold_used = vec![false; gold.len()];
    let mut pairs = Vec::new();
    for (_, gi, pi) in candidates {
        let (Some(pu), Some(gu)) = (pred_used.get_mut(pi), gold_used.get_mut(gi)) else {
            continue;
        };
        if !*pu && !*gu {
            *pu = true;
            *gu = true;
            pairs.push((pi, gi));
        }
    }
    pairs.sort_by_key(|&(_, gi)| gi);
    pairs
}

/// Multiset of 4-token shingles of a text, as the Zyte benchmark builds them.
fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    const N: usize = 4;
    let tokens = word_tokens(text);
    let mut out = HashMap::new();
    if tokens.is_empty() {
        return out;
    }
    if tokens.len() < N {
        out.insert(tokens, 1);
        return out;
    }
    for w in tokens.windows(N) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Lower-cased tokens and 4-token shingles of a text, built once to ask [`TextIndex::has`]
/// about many parts of another text (for the failure listing).
pub(crate) struct TextIndex {
    tokens: Vec<String>,
    shingles: HashMap<Vec<String>, usize>,
}

fn lower_tokens(s: &str) -> Vec<String> {
    word_tokens(s).into_iter().map(str::to_lowercase).collect()
}

fn lower_shingles(tokens: &[String]) -> HashMap<Vec<String>, usize> {
    let mut out = HashMap::new();
    for w in tokens.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

impl TextIndex {
    pub(crate) fn new(text: &str) -> Self {
        let tokens = lower_tokens(text);
        let shingles = lower_shingles(&tokens);
        TextIndex { tokens, shingles }
    }

    /// Whether most of `part` is in the indexed text, ignoring case: at least half of its
    /// 4-token shingles occur there, or, for a part of fewer than 4 tokens, its tokens occur
    /// there in a row. A part without tokens counts as in.
    pub(crate) fn has(&self, part: &str) -> bool {
        let tokens = lower_tokens(part);
        if tokens.is_empty() {
            return true;
        }
        if tokens.len() < 4 {
            return self
                .tokens
                .windows(tokens.len())
                .any(|w| w == tokens.as_slice());
        }
        let wanted = lower_shingles(&tokens);
        let total: usize = wanted.values().sum();
        let found: usize = wanted
            .iter()
            .map(|(k, &n)| n.min(self.shingles.get(k).copied().unwrap_or(0)))
            .sum();
        2 * found >= total
    }
}

/// Zyte-benchmark TP/FP/FN of a predicted body against the gold body, normalised to sum 1
/// (all 0 when both are empty).
pub(crate) fn shingle_counts(pred: &str, gold: &str) -> (f64, f64, f64) {
    let p = shingles(pred);
    let g = shingles(gold);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (k, &pc) in &p {
        let gc = g.get(k).copied().unwrap_or(0);
        tp += pc.min(gc);
        fp += pc.saturating_sub(gc);
    }
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        fn_ += gc.saturating_sub(pc);
    }
    let sum = (tp + fp + fn_) as f64;
    if sum > 0.0 {
        (tp as f64 / sum, fp as f64 / sum, fn_ as f64 / sum)
    } else {
        (0.0, 0.0, 0.0)
    }
}

/// Per-article precision and recall from [`shingle_counts`], `None` where the benchmark leaves
/// the article out of that mean.
pub(crate) fn zyte_pr(pred: &str, gold: &str) -> (Option<f64>, Option<f64>) {
    let (tp, fp, fn_) = shingle_counts(pred, gold);
    let perfect = fp == 0.0 && fn_ == 0.0;
    let precision = if tp + fp > 0.0 {
        Some(if perfect { 1.0 } else { tp / (tp + fp) })
    } else {
        None
    };
    let recall = if tp + fn_ > 0.0 {
        Some(if perfect { 1.0 } else { tp / (tp + fn_) })
    } else {
        None
    };
    (precision, recall)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "one two three four five six seven eight nine ten eleven";

    #[test]
    fn exact_ignores_case_space_and_trailing_period() {
        assert!(exact("Talks  resume\nin Oslo.", "talks resume in oslo"));
        assert!(!exact("Talks resume", "Talks resumed"));
        assert_eq!(norm_byline("By  Jane DOE"), "jane doe");
    }

    #[test]
    fn names_match_on_last_name() {
        assert!(names_match("Sergei Lavrov", "lavrov"));
        assert!(names_match("Amira Dunsel", "Amira Dunsel"));
        assert!(!names_match("Amira Dunsel", "Teodor Vasko"));
        assert!(!names_match("", "Vasko"));
    }

    #[test]
    fn bag_prf_perfect_empty_half() {
        let gold = ["jane", "doe"];
        assert_eq!(bag_prf(&gold, &gold), (1.0, 1.0));
        assert_eq!(bag_prf::<&str>(&[], &gold), (0.0, 0.0));
        assert_eq!(bag_prf(&["jane", "smith"], &gold), (0.5, 0.5));
        assert_eq!(
            name_tokens("By Jane Doe and Ann Lee"),
            ["jane", "doe", "ann", "lee"]
        );
        assert_eq!(
            name_tokens("By JANE DOE, Reuters, March 3 2015 4:15 pm"),
            ["jane", "doe"]
        );
    }

    #[test]
    fn body_metric_perfect_empty_half() {
        assert_eq!(zyte_pr(BODY, BODY), (Some(1.0), Some(1.0)));
        // An empty prediction has no precision to measure and zero recall.
        assert_eq!(zyte_pr("", BODY), (None, Some(0.0)));
        // Predicting the first half: 8 tokens -> 5 shingles of the gold's 8, no false ones.
        let (p, r) = zyte_pr("one two three four five six seven eight", BODY);
        assert_eq!(p, Some(1.0));
        assert_eq!(r, Some(5.0 / 8.0));
        let mut m = MeanPrf::default();
        m.add(Some(1.0), Some(1.0));
        m.add(None, Some(0.0));
        assert_eq!((m.precision(), m.recall()), (1.0, 0.5));
        assert!((m.f1() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn mostly_in_finds_blocks_of_the_gold() {
        let body = TextIndex::new(BODY);
        assert!(body.has("three four five six seven"));
        assert!(body.has("Nine ten"));
        assert!(!body.has("Share this story on Facebook"));
        assert!(!body.has("Menu"));
        assert!(body.has("--"));
    }

    #[test]
    fn short_texts_are_one_shingle() {
        assert_eq!(
            zyte_pr("Hello world", "hello world"),
            (Some(0.0), Some(0.0))
        );
        assert_eq!(
            zyte_pr("Hello, world!", "Hello world"),
            (Some(1.0), Some(1.0))
        );
    }

    #[test]
    fn span_matching_thresholds() {
        let gold = [(0, 100), (200, 300)];
        // Perfect.
        let pairs = match_spans(&gold, &gold, 0.3);
        assert_eq!(pairs, [(0, 0), (1, 1)]);
        // Nothing predicted.
        assert!(match_spans(&[], &gold, 0.3).is_empty());
        // Half of the first gold span: matches at 30%, not at 80%.
        let half = [(50, 100)];
        assert_eq!(match_spans(&half, &gold, 0.3), [(0, 0)]);
        assert!(match_spans(&half, &gold, 0.8).is_empty());
        // Exactly 30% is not "more than 30%".
        assert!(match_spans(&[(0, 30)], &gold, 0.3).is_empty());
        // One prediction spanning both golds matches only one of them (one-to-one).
        assert_eq!(match_spans(&[(0, 300)], &gold, 0.3).len(), 1);
        let prf = Prf {
            matched: 1,
            predicted: 1,
            gold: 2,
        };
        assert_eq!((prf.precision(), prf.recall()), (1.0, 0.5));
    }

    fn view(span: Range, kind: &str, nested: bool, marked: bool) -> QuoteView {
        QuoteView {
            span,
            kind: kind.to_owned(),
            nested,
            marked,
        }
    }

    #[test]
    fn scare_and_nested_predictions_are_not_scored() {
        let gold = [(0, 100)];
        // A scare quote over nothing gold, a nested quote inside the matched reported speech.
        let pred = [
            view((0, 100), "indirect", false, true),
            view((40, 60), "full", true, true),
            view((200, 210), "scare", false, true),
        ];
        let (prf, pairs) = score_quotes(&pred, &gold, QuoteSet::All, 0.3);
        assert_eq!((prf.matched, prf.predicted, prf.gold), (1, 1, 1));
        assert_eq!(pairs, [(0, 0)]);
        // The raw score counts all three.
        let (raw, _) = score_quotes(&pred, &gold, QuoteSet::RawAll, 0.3);
        assert_eq!((raw.matched, raw.predicted), (1, 3));
    }

    #[test]
    fn direct_means_a_mark_in_the_span() {
        let gold = [(0, 50), (100, 150)];
        // A reported-speech quote with a quoted fragment in its span is direct; an unmarked
        // partial is not; a scare quote is never scored.
        let pred = [
            view((0, 50), "indirect", false, true),
            view((100, 150), "partial", false, false),
            view((300, 310), "scare", false, true),
        ];
        let (prf, pairs) = score_quotes(&pred, &gold[..1], QuoteSet::Direct, 0.8);
        assert_eq!((prf.matched, prf.predicted), (1, 1));
        assert_eq!(pairs, [(0, 0)]);
        // The raw direct set is every prediction that is not indirect.
        let (raw, raw_pairs) = score_quotes(&pred, &gold, QuoteSet::RawDirect, 0.8);
        assert_eq!((raw.matched, raw.predicted), (1, 2));
        assert_eq!(raw_pairs, [(1, 1)]);
        assert!(has_quote_mark("\u{201c}Yes,\u{201d} she said"));
        assert!(!has_quote_mark("it\u{2019}s done"));
    }

    #[test]
    fn greedy_prefers_the_larger_cover() {
        // Prediction 0 covers gold 0 by 40%; prediction 1 covers it fully and gold 1 by 50%.
        let gold = [(0, 10), (10, 20)];
        let pred = [(6, 10), (0, 15)];
        assert_eq!(match_spans(&pred, &gold, 0.3), [(1, 0)]);
        assert_eq!(cover((0, 15), (10, 20)), 0.5);
        assert_eq!(overlap((0, 5), (5, 9)), 0);
        // Discontinuous gold: 10 of its 20 bytes are covered.
        assert_eq!(cover_all((0, 30), &[(0, 10), (40, 50)]), 0.5);
    }
}

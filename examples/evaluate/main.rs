//! Accuracy harness: parse every text of the shared corpora and score the parse against the
//! gold labels.
//!
//! ```text
//! cargo run --release --example evaluate                       # ../shared/corpus, one table
//! cargo run --release --example evaluate -- CORPUS_ROOT        # another corpus root
//! cargo run --release --example evaluate -- --json out.json    # also write the numbers
//! cargo run --release --example evaluate -- --check .ci/floors.json   # fail below a floor
//! cargo run --release --example evaluate -- --show-misses 5    # examples of each miss
//! cargo run --release --example evaluate -- --only ggt_quotes  # one dataset
//! ```
//!
//! The parse is read only through its schema-v1 JSON (`serde_json::to_value(&article)`), so the
//! harness does not depend on the Rust types of the tree. A dataset whose folder or
//! `labels.jsonl` is missing is reported as skipped. The metric definitions are in
//! `metrics.rs`; the per-dataset rules are below.
//!
//! ## Per dataset
//!
//! * `reuters21578`: `headline.exact` (title); `dateline.place_exact` (`dateline.place` joined
//!   with `", "` against `dateline_parts.place`, stories whose dateline has parts);
//!   `dateline.span_overlap` (the predicted dateline span covers more than half of the gold
//!   span and the gold span more than half of the predicted one); `byline.exact` and
//!   `byline.name_f1` (the 46 stories with an `author`); `signoff.found` (a `sign_off` block
//!   overlaps the gold sign-off line).
//! * `bbc_news`: `headline.exact`; `body.paragraph_recall` (gold paragraphs that are exactly one
//!   predicted `paragraph`/`subheading`/`list` block span); `body.*` (Zyte metric against the
//!   gold paragraphs joined).
//! * `polnear`: `headline.exact`; `quotes.recall` over attributions whose content (its spans,
//!   several when discontinuous) starts with a quotation mark (`"“”„«»‘'`): recalled when one
//!   predicted quote covers more than 30% of the content's bytes; `quotes.source_acc` among
//!   recalled attributions with a non-empty source: correct when the predicted speaker span
//!   overlaps a gold source span, or the predicted speaker name or mention matches the gold
//!   source text by the name rule (last-word match, case-insensitive). PolNeAR does not
//!   resolve pronouns, so a pronoun source (`he`, `she`, `they`, ...) is matched by position
//!   or by the mention as written, never by the resolved name; their number is in the notes.
//! * `ggt_quotes`: gold quotes with a `quote_span` (the rest are counted in the notes). The
//!   scored predictions leave out quotes of kind `scare` (a term in quotation marks, which the
//!   parser marks as no quotation) and quotes with `part_of` set (a full quotation nested in
//!   a reported-speech quote: counting both would count one utterance twice).
//!   `all@0.3/0.8` matches every gold quote with every scored prediction; `direct@0.3/0.8`
//!   matches the gold quotes containing a double quotation mark (`"“”„«»`; single marks are
//!   mostly apostrophes) with the scored predictions whose span contains one (the same rule
//!   on both sides, so a reported-speech quote with a quoted fragment is direct);
//!   `speaker@0.3/0.8` is the share of `all` matches with a non-empty gold `reference` whose
//!   predicted speaker name matches it by the name rule. The `raw.all` and `raw.direct` rows
//!   are informational: every prediction, and every prediction that is not `indirect`.
//! * `readability_pages`: `headline.exact` (`title`, pages with a non-empty title);
//!   `byline.exact`, `byline.name_f1` (pages with a gold byline); `*.exact_in_text`, the same
//!   exact matches on the pages where the gold title/byline occurs in the page text
//!   (`title_span`/`byline_span` not null: elsewhere it comes from HTML metadata the text
//!   does not show); `body.*` against `expected_body_text`.
//! * `zyte_aeb`: `body.*` against `article_body`.
//!
//! The body of a parse is the text of its `paragraph`, `subheading` and `list` blocks in order,
//! one per line. Throughput counts only the time spent in `parse_article`.

#![cfg_attr(test, allow(dead_code))]

mod metrics;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use metrics::{MeanPrf, Prf, QuoteSet, QuoteView, Range, Ratio};

/// Datasets in the order the table prints them.
const DATASETS: &[&str] = &[
    "reuters21578",
    "bbc_news",
    "polnear",
    "ggt_quotes",
    "readability_pages",
    "zyte_aeb",
];

/// The ggt quote metrics of one threshold: direct, raw direct, raw all, all, speaker.
const GGT_KEYS_LENIENT: [&str; 5] = [
    "quotes.direct@0.3",
    "quotes.raw.direct@0.3",
    "quotes.raw.all@0.3",
    "quotes.all@0.3",
    "speaker@0.3",
];
const GGT_KEYS_STRICT: [&str; 5] = [
    "quotes.direct@0.8",
    "quotes.raw.direct@0.8",
    "quotes.raw.all@0.8",
    "quotes.all@0.8",
    "speaker@0.8",
];

/// Marks a polnear content may start with to count as quoted: double marks and single
/// opening ones (an apostrophe does not start a content span).
const QUOTE_OPENERS: &[char] = &['"', '“', '”', '„', '«', '»', '‘', '\''];

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

struct Args {
    root: PathBuf,
    json: Option<PathBuf>,
    check: Option<PathBuf>,
    show_misses: usize,
    only: Vec<String>,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args {
        root: default_root(),
        json: None,
        check: None,
        show_misses: 0,
        only: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--json" => args.json = Some(PathBuf::from(value("--json")?)),
            "--check" => args.check = Some(PathBuf::from(value("--check")?)),
            "--show-misses" => {
                args.show_misses = value("--show-misses")?
                    .parse()
                    .map_err(|_| "--show-misses needs a number".to_owned())?;
            }
            "--only" => args.only.push(value("--only")?),
            "-h" | "--help" => {
                println!(
                    "usage: evaluate [CORPUS_ROOT] [--json FILE] [--check FLOORS] \
                     [--show-misses N] [--only DATASET]..."
                );
                return Ok(None);
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ => args.root = PathBuf::from(arg),
        }
    }
    Ok(Some(args))
}

/// `../shared/corpus` from the working directory, or beside the crate when run from elsewhere.
fn default_root() -> PathBuf {
    let relative = PathBuf::from("../shared/corpus");
    if relative.is_dir() {
        return relative;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

fn run() -> Result<ExitCode, String> {
    let Some(args) = parse_args()? else {
        return Ok(ExitCode::SUCCESS);
    };
    let mut report = Report::default();
    for &name in DATASETS {
        if !args.only.is_empty() && !args.only.iter().any(|o| o == name) {
            continue;
        }
        let dir = args.root.join(name);
        let labels = dir.join("labels.jsonl");
        if !labels.is_file() {
            report.skipped.push(name.to_owned());
            continue;
        }
        let text =
            std::fs::read_to_string(&labels).map_err(|e| format!("{}: {e}", labels.display()))?;
        let mut ds = Dataset::new(name, args.show_misses);
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let gold: Value = serde_json::from_str(line)
                .map_err(|e| format!("{}:{}: {e}", labels.display(), n + 1))?;
            let file = gold.get("file").and_then(Value::as_str).unwrap_or_default();
            let id = gold.get("id").and_then(Value::as_str).unwrap_or(file);
            let path = dir.join(file);
            let Ok(input) = std::fs::read_to_string(&path) else {
                ds.note(format!("{}: unreadable, left out", path.display()));
                continue;
            };
            let start = Instant::now();
            let parsed = newsparse::parse_article(&input);
            report.parse_time += start.elapsed();
            report.bytes += input.len();
            report.articles += 1;
            let pred = match parsed {
                Ok(article) => serde_json::to_value(&article).map_err(|e| e.to_string())?,
                Err(e) => {
                    ds.parse_errors += 1;
                    ds.note(format!("{id}: parse error: {e}"));
                    Value::Null
                }
            };
            let pred = Pred::from_json(&pred, &input);
            ds.articles += 1;
            match name {
                "reuters21578" => ds.reuters(id, &pred, &gold),
                "bbc_news" => ds.bbc(id, &pred, &gold, &input),
                "polnear" => ds.polnear(id, &pred, &gold, &input),
                "ggt_quotes" => ds.ggt(id, &pred, &gold),
                "readability_pages" => ds.readability(id, &pred, &gold),
                "zyte_aeb" => ds.zyte(id, &pred, &gold),
                _ => {}
            }
        }
        report.datasets.push(ds.finish());
    }
    print!("{}", report.table());
    if args.show_misses > 0 {
        print!("{}", report.misses());
    }
    if let Some(path) = &args.json {
        let out = serde_json::to_string_pretty(&report.to_json()).map_err(|e| e.to_string())?;
        std::fs::write(path, out + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(path) = &args.check {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let floors: BTreeMap<String, f64> =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let check = report.check(&floors);
        for (dataset, n) in &check.unchecked {
            println!("floors: {n} on {dataset} not checked (dataset not evaluated)");
        }
        let failures = check.failures;
        if failures.is_empty() {
            println!(
                "floors: all {} checked met ({})",
                check.checked,
                path.display()
            );
        } else {
            for f in &failures {
                eprintln!("below floor: {f}");
            }
            eprintln!(
                "{} metric(s) below their floor in {}",
                failures.len(),
                path.display()
            );
            return Ok(ExitCode::FAILURE);
        }
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------------------------------------
// The prediction, read from the schema-v1 JSON.

#[derive(Default)]
struct PredQuote {
    span: Range,
    kind: String,
    speaker: Option<String>,
    mention: Option<String>,
    speaker_span: Option<Range>,
    text: String,
    /// `part_of` is set: nested inside another quote.
    nested: bool,
    /// The input under `span` contains a double quotation mark.
    marked: bool,
}

impl PredQuote {
    fn view(&self) -> QuoteView {
        QuoteView {
            span: self.span,
            kind: self.kind.clone(),
            nested: self.nested,
            marked: self.marked,
        }
    }
}

#[derive(Default)]
struct PredBlock {
    kind: String,
    span: Range,
    text: String,
}

#[derive(Default)]
struct Pred {
    headline: Option<String>,
    byline: Option<String>,
    authors: Vec<String>,
    dateline_place: Option<String>,
    dateline_span: Option<Range>,
    blocks: Vec<PredBlock>,
    quotes: Vec<PredQuote>,
}

fn span_of(v: &Value) -> Option<Range> {
    let s = v.get("start")?.as_u64()?;
    let e = v.get("end")?.as_u64()?;
    Some((usize::try_from(s).ok()?, usize::try_from(e).ok()?))
}

fn str_of(v: &Value, key: &str) -> Option<String> {
    v.get(key)?.as_str().map(str::to_owned)
}

impl Pred {
    fn from_json(v: &Value, input: &str) -> Self {
        let mut p = Pred {
            headline: v.get("headline").and_then(|h| str_of(h, "text")),
            ..Pred::default()
        };
        if let Some(b) = v.get("byline").filter(|b| !b.is_null()) {
            p.byline = str_of(b, "text");
            p.authors = b
                .get("authors")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|x| str_of(x, "name")).collect())
                .unwrap_or_default();
        }
        if let Some(d) = v.get("dateline").filter(|d| !d.is_null()) {
            p.dateline_span = d.get("span").and_then(span_of);
            p.dateline_place = d.get("place").and_then(Value::as_array).map(|parts| {
                parts
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            });
        }
        for b in v
            .get("blocks")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let span = b.get("span").and_then(span_of).unwrap_or_default();
            let text = str_of(b, "text")
                .or_else(|| input.get(span.0..span.1).map(str::to_owned))
                .unwrap_or_default();
            p.blocks.push(PredBlock {
                kind: str_of(b, "type").unwrap_or_default(),
                span,
                text,
            });
        }
        for q in v
            .get("quotes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let speaker = q.get("speaker").filter(|s| !s.is_null());
            let span = q.get("span").and_then(span_of).unwrap_or_default();
            p.quotes.push(PredQuote {
                span,
                nested: q.get("part_of").is_some_and(|v| !v.is_null()),
                marked: input
                    .get(span.0..span.1)
                    .is_some_and(metrics::has_quote_mark),
                kind: str_of(q, "kind").unwrap_or_default(),
                speaker: speaker.and_then(|s| str_of(s, "name")),
                mention: speaker.and_then(|s| str_of(s, "mention")),
                speaker_span: speaker.and_then(|s| s.get("span")).and_then(span_of),
                text: str_of(q, "text").unwrap_or_default(),
            });
        }
        p
    }

    fn body_blocks(&self) -> impl Iterator<Item = &PredBlock> {
        self.blocks
            .iter()
            .filter(|b| matches!(b.kind.as_str(), "paragraph" | "subheading" | "list"))
    }

    fn body(&self) -> String {
        self.body_blocks()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

// ---------------------------------------------------------------------------------------------
// Gold helpers.

fn gold_range(v: &Value) -> Option<Range> {
    if let Some(a) = v.as_array() {
        let s = a.first()?.as_u64()?;
        let e = a.get(1)?.as_u64()?;
        return Some((usize::try_from(s).ok()?, usize::try_from(e).ok()?));
    }
    span_of(v)
}

fn gold_str<'a>(gold: &'a Value, path: &[&str]) -> Option<&'a str> {
    let mut v = gold;
    for key in path {
        v = v.get(key)?;
    }
    v.as_str()
}

/// A short, whitespace-normalised excerpt of at most `max` characters.
fn excerpt(s: &str, max: usize) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() <= max {
        joined
    } else {
        let mut out: String = joined.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

fn opt(s: Option<&str>) -> String {
    s.map_or_else(|| "(none)".to_owned(), |s| excerpt(s, 80))
}

// ---------------------------------------------------------------------------------------------
// Accumulators per dataset.

enum Metric {
    Ratio(Ratio),
    /// Micro P/R/F1; which of the three this row shows.
    Prf(Prf, PrfPart),
    /// Macro (per-article) P/R/F1.
    Mean(MeanPrf, PrfPart),
    /// A per-article mean of one score.
    Avg(Vec<f64>),
}

#[derive(Clone, Copy)]
enum PrfPart {
    P,
    R,
    F,
}

impl Metric {
    fn value(&self) -> f64 {
        match self {
            Metric::Ratio(r) => r.value(),
            Metric::Prf(p, PrfPart::P) => p.precision(),
            Metric::Prf(p, PrfPart::R) => p.recall(),
            Metric::Prf(p, PrfPart::F) => p.f1(),
            Metric::Mean(m, PrfPart::P) => m.precision(),
            Metric::Mean(m, PrfPart::R) => m.recall(),
            Metric::Mean(m, PrfPart::F) => m.f1(),
            Metric::Avg(v) => metrics::mean(v),
        }
    }

    fn counts(&self) -> String {
        match self {
            Metric::Ratio(r) => format!("{}/{}", r.hits, r.total),
            Metric::Prf(p, PrfPart::P) => format!("{}/{} predicted", p.matched, p.predicted),
            Metric::Prf(p, PrfPart::R) => format!("{}/{} gold", p.matched, p.gold),
            Metric::Prf(p, PrfPart::F) => {
                format!(
                    "{} matched, {} pred, {} gold",
                    p.matched, p.predicted, p.gold
                )
            }
            Metric::Mean(m, _) => format!("mean of {} articles", m.articles),
            Metric::Avg(v) => format!("mean of {} articles", v.len()),
        }
    }

    fn counts_json(&self) -> Value {
        match self {
            Metric::Ratio(r) => json!({"hits": r.hits, "total": r.total}),
            Metric::Prf(p, _) => {
                json!({"matched": p.matched, "predicted": p.predicted, "gold": p.gold})
            }
            Metric::Mean(m, _) => json!({"articles": m.articles}),
            Metric::Avg(v) => json!({"articles": v.len()}),
        }
    }
}

struct Miss {
    id: String,
    predicted: String,
    gold: String,
}

struct Dataset {
    name: String,
    articles: usize,
    parse_errors: usize,
    max_misses: usize,
    ratios: BTreeMap<&'static str, Ratio>,
    prfs: BTreeMap<&'static str, Prf>,
    means: BTreeMap<&'static str, MeanPrf>,
    avgs: BTreeMap<&'static str, Vec<f64>>,
    misses: BTreeMap<&'static str, Vec<Miss>>,
    /// Worst body scores: (f1, id, predicted excerpt, gold excerpt).
    body_worst: Vec<(f64, String, String, String)>,
    notes: Vec<String>,
    counters: BTreeMap<&'static str, usize>,
}

/// Finished results of one dataset.
struct DatasetResult {
    name: String,
    articles: usize,
    rows: Vec<(String, Metric)>,
    misses: Vec<(String, Vec<Miss>)>,
    notes: Vec<String>,
}

impl Dataset {
    fn new(name: &str, max_misses: usize) -> Self {
        let mut ds = Dataset {
            name: name.to_owned(),
            articles: 0,
            parse_errors: 0,
            max_misses,
            ratios: BTreeMap::new(),
            prfs: BTreeMap::new(),
            means: BTreeMap::new(),
            avgs: BTreeMap::new(),
            misses: BTreeMap::new(),
            body_worst: Vec::new(),
            notes: Vec::new(),
            counters: BTreeMap::new(),
        };
        // Every metric of the dataset gets a row, even before the parser produces anything
        // it can score (0 of 0), so that floors can name it.
        let (ratios, prfs, means, avgs): (
            &[&'static str],
            &[&'static str],
            &[&'static str],
            &[&'static str],
        ) = match name {
            "reuters21578" => (
                &[
                    "headline.exact",
                    "dateline.place_exact",
                    "dateline.span_overlap",
                    "byline.exact",
                    "signoff.found",
                ],
                &[],
                &[],
                &["byline.name_f1"],
            ),
            "bbc_news" => (
                &["headline.exact", "body.paragraph_recall"],
                &[],
                &["body"],
                &[],
            ),
            "polnear" => (
                &["headline.exact", "quotes.recall", "quotes.source_acc"],
                &[],
                &[],
                &[],
            ),
            "ggt_quotes" => (
                &["speaker@0.3", "speaker@0.8"],
                &[
                    "quotes.direct@0.3",
                    "quotes.direct@0.8",
                    "quotes.all@0.3",
                    "quotes.all@0.8",
                    "quotes.raw.direct@0.3",
                    "quotes.raw.direct@0.8",
                    "quotes.raw.all@0.3",
                    "quotes.raw.all@0.8",
                ],
                &[],
                &[],
            ),
            "readability_pages" => (
                &[
                    "headline.exact",
                    "headline.exact_in_text",
                    "byline.exact",
                    "byline.exact_in_text",
                ],
                &[],
                &["body"],
                &["byline.name_f1"],
            ),
            "zyte_aeb" => (&[], &[], &["body"], &[]),
            _ => (&[], &[], &[], &[]),
        };
        for &k in ratios {
            ds.ratios.insert(k, Ratio::default());
        }
        for &k in prfs {
            ds.prfs.insert(k, Prf::default());
        }
        for &k in means {
            ds.means.insert(k, MeanPrf::default());
        }
        for &k in avgs {
            ds.avgs.insert(k, Vec::new());
        }
        ds
    }

    fn note(&mut self, s: String) {
        if self.notes.len() < 20 {
            self.notes.push(s);
        }
    }

    fn count(&mut self, key: &'static str, n: usize) {
        *self.counters.entry(key).or_insert(0) += n;
    }

    fn miss(&mut self, metric: &'static str, id: &str, predicted: String, gold: String) {
        let list = self.misses.entry(metric).or_default();
        if list.len() < self.max_misses {
            list.push(Miss {
                id: id.to_owned(),
                predicted,
                gold,
            });
        }
    }

    /// Records a yes/no case, with a miss example when it is a no.
    fn ratio(&mut self, metric: &'static str, id: &str, hit: bool, pred: &str, gold: &str) {
        self.ratios.entry(metric).or_default().add(hit);
        if !hit {
            self.miss(metric, id, pred.to_owned(), gold.to_owned());
        }
    }

    /// Scores the headline; returns whether it matched (`None` when the gold is empty).
    fn headline(&mut self, id: &str, pred: &Pred, gold: Option<&str>) -> Option<bool> {
        let Some(gold) = gold.filter(|g| !g.trim().is_empty()) else {
            self.count("gold headline empty (skipped)", 1);
            return None;
        };
        let hit = pred
            .headline
            .as_deref()
            .is_some_and(|h| metrics::exact(h, gold));
        self.ratio(
            "headline.exact",
            id,
            hit,
            &opt(pred.headline.as_deref()),
            &opt(Some(gold)),
        );
        Some(hit)
    }

    /// Scores the byline; returns whether it matched exactly.
    fn byline(&mut self, id: &str, pred: &Pred, gold: &str) -> bool {
        let hit = pred
            .byline
            .as_deref()
            .is_some_and(|b| metrics::norm_byline(b) == metrics::norm_byline(gold));
        self.ratio(
            "byline.exact",
            id,
            hit,
            &opt(pred.byline.as_deref()),
            &opt(Some(gold)),
        );
        let pred_tokens: Vec<String> = if pred.authors.is_empty() {
            pred.byline
                .as_deref()
                .map(metrics::name_tokens)
                .unwrap_or_default()
        } else {
            pred.authors
                .iter()
                .flat_map(|a| metrics::name_tokens(a))
                .collect()
        };
        let gold_tokens = metrics::name_tokens(gold);
        let (p, r) = metrics::bag_prf(&pred_tokens, &gold_tokens);
        self.avgs
            .entry("byline.name_f1")
            .or_default()
            .push(metrics::f1(p, r));
        hit
    }

    fn body(&mut self, id: &str, pred: &Pred, gold_body: &str) {
        let body = pred.body();
        let (p, r) = metrics::zyte_pr(&body, gold_body);
        let m = self.means.entry("body").or_default();
        m.add(p, r);
        let f = metrics::f1(p.unwrap_or(0.0), r.unwrap_or(0.0));
        if f < 1.0 && self.max_misses > 0 {
            // Point at the first predicted block that is mostly not gold text (boilerplate
            // kept) and the first gold paragraph mostly missing from the prediction.
            let gold_index = metrics::TextIndex::new(gold_body);
            let pred_index = metrics::TextIndex::new(&body);
            let extra = pred
                .body_blocks()
                .find(|b| !gold_index.has(&b.text))
                .map_or_else(|| "(none)".to_owned(), |b| excerpt(&b.text, 70));
            let missing = gold_body
                .lines()
                .find(|l| !pred_index.has(l))
                .map_or_else(|| "(none)".to_owned(), |l| excerpt(l, 70));
            self.body_worst.push((
                f,
                id.to_owned(),
                format!(
                    "P {:.2} R {:.2}; first extra block: {extra}",
                    p.unwrap_or(0.0),
                    r.unwrap_or(0.0),
                ),
                format!("first missed paragraph: {missing}"),
            ));
        }
    }

    fn reuters(&mut self, id: &str, pred: &Pred, gold: &Value) {
        self.headline(id, pred, gold_str(gold, &["title", "text"]));
        if let Some(place) = gold_str(gold, &["dateline_parts", "place"]) {
            let hit = pred
                .dateline_place
                .as_deref()
                .is_some_and(|p| metrics::exact(p, place));
            self.ratio(
                "dateline.place_exact",
                id,
                hit,
                &opt(pred.dateline_place.as_deref()),
                place,
            );
        }
        if let Some(gspan) = gold.get("dateline").and_then(span_of) {
            let hit = pred
                .dateline_span
                .is_some_and(|p| metrics::cover(p, gspan) > 0.5 && metrics::cover(gspan, p) > 0.5);
            let gtext = gold_str(gold, &["dateline", "text"]).unwrap_or_default();
            let ptext = pred
                .dateline_span
                .map_or_else(|| "(none)".to_owned(), |s| format!("{}..{}", s.0, s.1));
            self.ratio(
                "dateline.span_overlap",
                id,
                hit,
                &ptext,
                &format!("{}..{} {gtext}", gspan.0, gspan.1),
            );
        }
        if let Some(author) = gold_str(gold, &["author", "text"]) {
            self.byline(id, pred, author);
        }
        if let Some(sspan) = gold.get("signoff").and_then(span_of) {
            let hit = pred
                .blocks
                .iter()
                .any(|b| b.kind == "sign_off" && metrics::overlap(b.span, sspan) > 0);
            let around = pred
                .blocks
                .iter()
                .find(|b| metrics::overlap(b.span, sspan) > 0)
                .map_or_else(
                    || "(no block)".to_owned(),
                    |b| format!("{}: {}", b.kind, excerpt(&b.text, 60)),
                );
            let gtext = gold_str(gold, &["signoff", "text"]).unwrap_or_default();
            self.ratio("signoff.found", id, hit, &around, gtext);
        }
    }

    fn bbc(&mut self, id: &str, pred: &Pred, gold: &Value, input: &str) {
        self.headline(id, pred, gold_str(gold, &["headline", "text"]));
        let paragraphs: Vec<Range> = gold
            .get("paragraphs")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(gold_range)
            .collect();
        for g in &paragraphs {
            let hit = pred.body_blocks().any(|b| b.span == *g);
            let gtext = input.get(g.0..g.1).unwrap_or_default();
            let around = pred
                .blocks
                .iter()
                .find(|b| metrics::overlap(b.span, *g) > 0)
                .map_or_else(
                    || "(no block)".to_owned(),
                    |b| {
                        format!(
                            "{} {}..{}: {}",
                            b.kind,
                            b.span.0,
                            b.span.1,
                            excerpt(&b.text, 60)
                        )
                    },
                );
            self.ratio(
                "body.paragraph_recall",
                id,
                hit,
                &around,
                &format!("{}..{}: {}", g.0, g.1, excerpt(gtext, 60)),
            );
        }
        let gold_body = paragraphs
            .iter()
            .filter_map(|g| input.get(g.0..g.1))
            .collect::<Vec<_>>()
            .join("\n");
        self.body(id, pred, &gold_body);
    }

    fn polnear(&mut self, id: &str, pred: &Pred, gold: &Value, input: &str) {
        self.headline(id, pred, gold_str(gold, &["headline", "text"]));
        let attributions = gold.get("attributions").and_then(Value::as_array);
        for a in attributions.into_iter().flatten() {
            let content: Vec<Range> = a
                .get("content")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(span_of)
                .collect();
            let Some(start) = content.iter().map(|r| r.0).min() else {
                continue;
            };
            let text = input.get(start..).unwrap_or_default();
            if !text.starts_with(QUOTE_OPENERS) {
                continue;
            }
            let end = content.iter().map(|r| r.1).max().unwrap_or(start);
            let text = input.get(start..end).unwrap_or_default();
            let covers = |q: &PredQuote| metrics::cover_all(q.span, &content);
            let covering = pred
                .quotes
                .iter()
                .filter(|q| covers(q) > 0.3)
                .max_by(|x, y| covers(x).total_cmp(&covers(y)));
            self.ratios
                .entry("quotes.recall")
                .or_default()
                .add(covering.is_some());
            let Some(q) = covering else {
                self.miss(
                    "quotes.recall",
                    id,
                    "(no quote)".to_owned(),
                    excerpt(text, 100),
                );
                continue;
            };
            let sources: Vec<(Range, String)> = a
                .get("source")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|s| Some((span_of(s)?, str_of(s, "text")?)))
                .collect();
            if sources.is_empty() {
                continue;
            }
            let source_text = sources
                .iter()
                .map(|s| s.1.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if is_pronoun(&source_text) {
                self.count("recalled attributions with a pronoun source", 1);
            }
            let by_span = q
                .speaker_span
                .is_some_and(|sp| sources.iter().any(|s| metrics::overlap(sp, s.0) > 0));
            let by_name = [q.speaker.as_deref(), q.mention.as_deref()]
                .into_iter()
                .flatten()
                .any(|n| metrics::names_match(n, &source_text));
            let hit = by_span || by_name;
            self.ratio(
                "quotes.source_acc",
                id,
                hit,
                &format!(
                    "{} (mention {}) for {}",
                    opt(q.speaker.as_deref()),
                    opt(q.mention.as_deref()),
                    excerpt(&q.text, 50)
                ),
                &source_text,
            );
        }
    }

    fn ggt(&mut self, id: &str, pred: &Pred, gold: &Value) {
        struct G {
            span: Range,
            direct: bool,
            reference: String,
            text: String,
        }
        let mut golds = Vec::new();
        for q in gold
            .get("quotes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(span) = q.get("quote_span").and_then(gold_range) else {
                self.count("gold quotes without a span (skipped)", 1);
                continue;
            };
            let text = str_of(q, "quote").unwrap_or_default();
            golds.push(G {
                span,
                direct: metrics::has_quote_mark(&text),
                reference: str_of(q, "reference").unwrap_or_default(),
                text,
            });
        }
        // Gold direct: a quotation mark in the gold quote. Predicted: see `metrics::QuoteSet`.
        let dg: Vec<Range> = golds.iter().filter(|g| g.direct).map(|g| g.span).collect();
        let ag: Vec<Range> = golds.iter().map(|g| g.span).collect();
        let views: Vec<QuoteView> = pred.quotes.iter().map(PredQuote::view).collect();
        for (threshold, keys) in [(0.3, GGT_KEYS_LENIENT), (0.8, GGT_KEYS_STRICT)] {
            let strict = threshold > 0.5;
            let [
                direct_key,
                raw_direct_key,
                raw_all_key,
                all_key,
                speaker_key,
            ] = keys;
            for (set, gold_spans, key) in [
                (QuoteSet::Direct, &dg, direct_key),
                (QuoteSet::RawDirect, &dg, raw_direct_key),
                (QuoteSet::RawAll, &ag, raw_all_key),
            ] {
                let (prf, _) = metrics::score_quotes(&views, gold_spans, set, threshold);
                let total = self.prfs.entry(key).or_default();
                total.matched += prf.matched;
                total.predicted += prf.predicted;
                total.gold += prf.gold;
            }
            let (prf, pairs) = metrics::score_quotes(&views, &ag, QuoteSet::All, threshold);
            let total = self.prfs.entry(all_key).or_default();
            total.matched += prf.matched;
            total.predicted += prf.predicted;
            total.gold += prf.gold;
            let mut matched_gold = vec![false; golds.len()];
            for &(pi, gi) in &pairs {
                if let Some(m) = matched_gold.get_mut(gi) {
                    *m = true;
                }
                let (Some(q), Some(g)) = (pred.quotes.get(pi), golds.get(gi)) else {
                    continue;
                };
                if g.reference.trim().is_empty() {
                    continue;
                }
                let hit = q
                    .speaker
                    .as_deref()
                    .is_some_and(|s| metrics::names_match(s, &g.reference));
                self.ratio(
                    speaker_key,
                    id,
                    hit,
                    &format!("{} for {}", opt(q.speaker.as_deref()), excerpt(&q.text, 50)),
                    &g.reference,
                );
            }
            if !strict {
                for (g, m) in golds.iter().zip(&matched_gold) {
                    if !m {
                        let nearest = pred
                            .quotes
                            .iter()
                            .zip(&views)
                            .find(|(q, v)| {
                                v.counts_in(QuoteSet::All) && metrics::overlap(q.span, g.span) > 0
                            })
                            .map_or_else(|| "(no quote)".to_owned(), |(q, _)| excerpt(&q.text, 80));
                        self.miss("quotes.all@0.3 (recall)", id, nearest, excerpt(&g.text, 80));
                    }
                }
                let mut matched_pred = vec![false; pred.quotes.len()];
                for &(pi, _) in &pairs {
                    if let Some(m) = matched_pred.get_mut(pi) {
                        *m = true;
                    }
                }
                for ((q, v), m) in pred.quotes.iter().zip(&views).zip(&matched_pred) {
                    if !m && v.counts_in(QuoteSet::All) {
                        self.miss(
                            "quotes.all@0.3 (precision)",
                            id,
                            format!("{}: {}", q.kind, excerpt(&q.text, 80)),
                            "(no gold quote)".to_owned(),
                        );
                    }
                }
            }
        }
    }

    fn readability(&mut self, id: &str, pred: &Pred, gold: &Value) {
        let in_text = |key: &str| gold.get(key).is_some_and(|v| !v.is_null());
        let title = gold_str(gold, &["title"]);
        if let Some(hit) = self.headline(id, pred, title)
            && in_text("title_span")
        {
            let shown = (opt(pred.headline.as_deref()), opt(title));
            self.ratio("headline.exact_in_text", id, hit, &shown.0, &shown.1);
        }
        if let Some(byline) = gold_str(gold, &["byline"]) {
            let hit = self.byline(id, pred, byline);
            if in_text("byline_span") {
                let shown = opt(pred.byline.as_deref());
                self.ratio("byline.exact_in_text", id, hit, &shown, &opt(Some(byline)));
            }
        }
        if let Some(body) = gold_str(gold, &["expected_body_text"]) {
            self.body(id, pred, body);
        }
    }

    fn zyte(&mut self, id: &str, pred: &Pred, gold: &Value) {
        if let Some(body) = gold_str(gold, &["article_body"]) {
            self.body(id, pred, body);
        }
    }

    fn finish(mut self) -> DatasetResult {
        let mut rows: Vec<(String, Metric)> = Vec::new();
        for (k, r) in &self.ratios {
            rows.push(((*k).to_owned(), Metric::Ratio(*r)));
        }
        for (k, p) in &self.prfs {
            rows.push((format!("{k}.p"), Metric::Prf(*p, PrfPart::P)));
            rows.push((format!("{k}.r"), Metric::Prf(*p, PrfPart::R)));
            rows.push((format!("{k}.f1"), Metric::Prf(*p, PrfPart::F)));
        }
        for (k, m) in &self.means {
            rows.push((format!("{k}.p"), Metric::Mean(m.clone(), PrfPart::P)));
            rows.push((format!("{k}.r"), Metric::Mean(m.clone(), PrfPart::R)));
            rows.push((format!("{k}.f1"), Metric::Mean(m.clone(), PrfPart::F)));
        }
        for (k, v) in &self.avgs {
            rows.push(((*k).to_owned(), Metric::Avg(v.clone())));
        }
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        let mut misses: Vec<(String, Vec<Miss>)> = std::mem::take(&mut self.misses)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        if !self.body_worst.is_empty() {
            self.body_worst
                .sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let worst = self
                .body_worst
                .drain(..)
                .take(self.max_misses)
                .map(|(_, id, predicted, gold)| Miss {
                    id,
                    predicted,
                    gold,
                })
                .collect();
            misses.push(("body (lowest F1)".to_owned(), worst));
        }
        let mut notes = Vec::new();
        if self.parse_errors > 0 {
            notes.push(format!("{} parse errors", self.parse_errors));
        }
        for (k, n) in &self.counters {
            notes.push(format!("{k}: {n}"));
        }
        notes.append(&mut self.notes);
        DatasetResult {
            name: self.name,
            articles: self.articles,
            rows,
            misses,
            notes,
        }
    }
}

/// Whether a gold source is only a personal pronoun.
fn is_pronoun(s: &str) -> bool {
    matches!(
        metrics::norm_exact(s).as_str(),
        "he" | "she" | "they" | "i" | "we" | "you" | "it" | "him" | "her" | "them" | "us"
    )
}

// ---------------------------------------------------------------------------------------------
// The report.

#[derive(Default)]
struct Report {
    datasets: Vec<DatasetResult>,
    skipped: Vec<String>,
    parse_time: Duration,
    bytes: usize,
    articles: usize,
}

impl Report {
    fn throughput(&self) -> (f64, f64) {
        let secs = self.parse_time.as_secs_f64();
        if secs <= 0.0 {
            return (0.0, 0.0);
        }
        (
            self.bytes as f64 / 1_000_000.0 / secs,
            self.articles as f64 / secs,
        )
    }

    fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<18} {:<26} {:>7}  counts",
            "dataset", "metric", "value"
        );
        let _ = writeln!(out, "{}", "-".repeat(80));
        for ds in &self.datasets {
            for (name, m) in &ds.rows {
                let _ = writeln!(
                    out,
                    "{:<18} {:<26} {:>7.3}  {}",
                    ds.name,
                    name,
                    m.value(),
                    m.counts()
                );
            }
            let _ = writeln!(
                out,
                "{:<18} {:<26} {:>7}  articles",
                ds.name, "(parsed)", ds.articles
            );
            for note in &ds.notes {
                let _ = writeln!(out, "{:<18} note: {note}", ds.name);
            }
        }
        for name in &self.skipped {
            let _ = writeln!(out, "{name:<18} skipped (no labels.jsonl)");
        }
        let (mbs, aps) = self.throughput();
        let _ = writeln!(out, "{}", "-".repeat(80));
        let _ = writeln!(
            out,
            "throughput: {:.1} MB/s, {:.0} articles/s ({} articles, {:.1} MB, parse time only)",
            mbs,
            aps,
            self.articles,
            self.bytes as f64 / 1_000_000.0
        );
        out
    }

    fn misses(&self) -> String {
        let mut out = String::new();
        for ds in &self.datasets {
            for (metric, list) in &ds.misses {
                if list.is_empty() {
                    continue;
                }
                let _ = writeln!(out, "\n== {} {metric}: misses", ds.name);
                for m in list {
                    let _ = writeln!(out, "  {}", m.id);
                    let _ = writeln!(out, "    predicted: {}", m.predicted);
                    let _ = writeln!(out, "    gold:      {}", m.gold);
                }
            }
        }
        out
    }

    fn to_json(&self) -> Value {
        let mut datasets = serde_json::Map::new();
        for ds in &self.datasets {
            let mut m = serde_json::Map::new();
            for (name, metric) in &ds.rows {
                m.insert(
                    name.clone(),
                    json!({"value": metric.value(), "counts": metric.counts_json()}),
                );
            }
            datasets.insert(
                ds.name.clone(),
                json!({"status": "ok", "articles": ds.articles, "metrics": m, "notes": ds.notes}),
            );
        }
        for name in &self.skipped {
            datasets.insert(name.clone(), json!({"status": "skipped"}));
        }
        let (mbs, aps) = self.throughput();
        json!({
            "datasets": datasets,
            "throughput": {
                "mb_per_s": mbs,
                "articles_per_s": aps,
                "articles": self.articles,
                "bytes": self.bytes,
            },
        })
    }

    /// Names every floor that is not met. A floor on a skipped dataset is not a failure; a floor
    /// naming a metric that a present dataset does not produce is (a typo or a dropped metric).
    fn check(&self, floors: &BTreeMap<String, f64>) -> Check {
        let mut out = Check::default();
        for (key, &floor) in floors {
            let Some((dataset, metric)) = key.split_once('/') else {
                out.failures
                    .push(format!("{key}: not of the form dataset/metric"));
                continue;
            };
            // A skipped dataset, or one left out with --only.
            let Some(ds) = self.datasets.iter().find(|d| d.name == dataset) else {
                *out.unchecked.entry(dataset.to_owned()).or_insert(0) += 1;
                continue;
            };
            out.checked += 1;
            match ds.rows.iter().find(|(n, _)| n == metric) {
                None => out.failures.push(format!("{key}: no such metric")),
                Some((_, m)) if m.value() + 1e-9 < floor => {
                    out.failures
                        .push(format!("{key} = {:.3} < floor {floor:.3}", m.value()));
                }
                Some(_) => {}
            }
        }
        out
    }
}

/// The outcome of checking the floors.
#[derive(Default)]
struct Check {
    /// Each floor not met, named.
    failures: Vec<String>,
    /// Floors compared with a metric.
    checked: usize,
    /// Floors not checked, per dataset not evaluated.
    unchecked: BTreeMap<String, usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        let mut ds = Dataset::new("bbc_news", 0);
        ds.ratios.entry("headline.exact").or_default().add(true);
        ds.ratios
            .entry("body.paragraph_recall")
            .or_default()
            .add(false);
        Report {
            datasets: vec![ds.finish()],
            skipped: vec!["zyte_aeb".to_owned()],
            ..Report::default()
        }
    }

    #[test]
    fn floors_name_each_failure_and_pass_over_skipped_datasets() {
        let floors: BTreeMap<String, f64> = [
            ("bbc_news/headline.exact", 1.0),
            ("bbc_news/body.paragraph_recall", 0.5),
            ("bbc_news/no.such", 0.0),
            ("zyte_aeb/body.f1", 0.9),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let check = report().check(&floors);
        assert_eq!(check.checked, 3);
        assert_eq!(check.unchecked.get("zyte_aeb"), Some(&1));
        let failures = check.failures;
        assert_eq!(failures.len(), 2, "{failures:?}");
        assert!(failures[0].starts_with("bbc_news/body.paragraph_recall = 0.000"));
        assert!(failures[1].starts_with("bbc_news/no.such"));
    }

    #[test]
    fn every_metric_of_a_dataset_has_a_row() {
        let r = Dataset::new("ggt_quotes", 0).finish();
        let names: Vec<&str> = r.rows.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"quotes.all@0.3.f1"));
        assert!(names.contains(&"speaker@0.8"));
    }

    /// A schema-v1 parse as the contract in the README describes it, with every construct.
    fn contract_json() -> Value {
        json!({
            "schema_version": 1,
            "headline": {"text": "ACME CORP <ACM> YEAR NET", "span": {"start": 0, "end": 24}},
            "byline": {"text": "By Jane Doe, Reuters", "span": {"start": 25, "end": 45},
                       "authors": [{"name": "Jane Doe", "span": {"start": 28, "end": 36}}],
                       "organization": "Reuters"},
            "dateline": {"text": "OSLO, March 3 -", "span": {"start": 47, "end": 62},
                         "place": ["OSLO"], "agency": null, "date": "March 3"},
            "blocks": [
                {"type": "headline", "text": "ACME CORP <ACM> YEAR NET",
                 "span": {"start": 0, "end": 24}},
                {"type": "paragraph", "text": "\u{201c}Profits rose,\u{201d} Doe said.",
                 "span": {"start": 47, "end": 100}},
                {"type": "sign_off", "kind": "wire", "text": "Reuter",
                 "span": {"start": 101, "end": 107}}
            ],
            "quotes": [
                {"text": "Profits rose,", "span": {"start": 63, "end": 80}, "kind": "full",
                 "speaker": {"name": "Jane Doe", "mention": "Doe",
                             "span": {"start": 81, "end": 84}},
                 "cue": {"text": "said", "span": {"start": 85, "end": 89}}},
                {"text": "the plan", "span": {"start": 90, "end": 98}, "kind": "indirect",
                 "speaker": null, "cue": null}
            ],
            "diagnostics": []
        })
    }

    #[test]
    fn reads_every_construct_of_the_contract() {
        let p = Pred::from_json(&contract_json(), "");
        assert_eq!(p.headline.as_deref(), Some("ACME CORP <ACM> YEAR NET"));
        assert_eq!(p.authors, ["Jane Doe"]);
        assert_eq!(p.dateline_place.as_deref(), Some("OSLO"));
        assert_eq!(p.dateline_span, Some((47, 62)));
        assert_eq!(p.body(), "\u{201c}Profits rose,\u{201d} Doe said.");
        assert_eq!(p.quotes.len(), 2);
        assert_eq!(p.quotes[0].speaker.as_deref(), Some("Jane Doe"));
        assert_eq!(p.quotes[0].speaker_span, Some((81, 84)));
    }

    fn value_of(r: &DatasetResult, metric: &str) -> f64 {
        r.rows
            .iter()
            .find(|(n, _)| n == metric)
            .map_or(f64::NAN, |(_, m)| m.value())
    }

    #[test]
    fn scores_a_wire_story() {
        let pred = Pred::from_json(&contract_json(), "");
        let gold = json!({
            "title": {"start": 0, "end": 24, "text": "ACME CORP <ACM> YEAR NET"},
            "author": {"start": 25, "end": 45, "text": "By Jane Doe, Reuters"},
            "dateline": {"start": 47, "end": 62, "text": "OSLO, March 3 -"},
            "dateline_parts": {"place": "Oslo", "date": "March 3"},
            "signoff": {"start": 101, "end": 107, "text": "Reuter"}
        });
        let mut ds = Dataset::new("reuters21578", 0);
        ds.reuters("x", &pred, &gold);
        let r = ds.finish();
        for metric in [
            "headline.exact",
            "byline.exact",
            "byline.name_f1",
            "dateline.place_exact",
            "dateline.span_overlap",
            "signoff.found",
        ] {
            assert_eq!(value_of(&r, metric), 1.0, "{metric}");
        }
    }

    #[test]
    fn scores_quotes_and_speakers() {
        // The input has a quotation mark inside the first quote's span only.
        let input = format!("{}\u{201c}{}", " ".repeat(63), "x".repeat(200));
        let mut json = contract_json();
        // A scare quote and a nested quote, neither scored.
        if let Some(quotes) = json.get_mut("quotes").and_then(Value::as_array_mut) {
            quotes.push(
                json!({"text": "high north", "span": {"start": 120, "end": 134},
                               "kind": "scare", "speaker": null, "cue": null}),
            );
            quotes.push(json!({"text": "plan", "span": {"start": 94, "end": 98},
                               "kind": "full", "speaker": null, "cue": null, "part_of": 1}));
        }
        let pred = Pred::from_json(&json, &input);
        // One gold direct quote found with its speaker, one indirect quote at another place,
        // one gold quote without a span.
        let gold = json!({"quotes": [
            {"quote": "\u{201c}Profits rose,\u{201d}", "quote_span": [63, 80],
             "reference": "Jane Doe"},
            {"quote": "costs fell", "quote_span": [200, 210], "reference": ""},
            {"quote": "lost", "quote_span": null, "reference": "Jane Doe"}
        ]});
        let mut ds = Dataset::new("ggt_quotes", 0);
        ds.ggt("x", &pred, &gold);
        let r = ds.finish();
        assert_eq!(value_of(&r, "quotes.all@0.3.p"), 0.5);
        assert_eq!(value_of(&r, "quotes.all@0.3.r"), 0.5);
        assert_eq!(value_of(&r, "quotes.direct@0.8.p"), 1.0);
        assert_eq!(value_of(&r, "quotes.direct@0.8.r"), 1.0);
        assert_eq!(value_of(&r, "speaker@0.3"), 1.0);
        // The raw rows count all four predictions, and the scare and nested ones as direct.
        assert_eq!(value_of(&r, "quotes.raw.all@0.3.p"), 0.25);
        assert_eq!(value_of(&r, "quotes.raw.direct@0.3.p"), 1.0 / 3.0);
        assert!(r.notes.iter().any(|n| n.contains("without a span")));
    }

    #[test]
    fn reads_the_crate_own_output() {
        let text = "Ministers meet in Oslo\n\nThe two ministers met on Wednesday.\n";
        let article = newsparse::parse_article(text).unwrap();
        let json = serde_json::to_value(&article).unwrap();
        let p = Pred::from_json(&json, text);
        assert_eq!(p.headline.as_deref(), Some("Ministers meet in Oslo"));
        assert_eq!(p.body(), "The two ministers met on Wednesday.");
    }
}

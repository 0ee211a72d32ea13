//! Checks shared by the tests.

use newsparse::{Article, Span};

fn ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Every span in the tree that a check should cover.
pub(crate) fn all_spans(article: &Article<'_>) -> Vec<Span> {
    let json = serde_json::to_value(article).unwrap();
    let mut out = Vec::new();
    collect(&json, &mut out);
    out
}

fn collect(v: &serde_json::Value, out: &mut Vec<Span>) {
    match v {
        serde_json::Value::Object(map) => {
            if let (Some(s), Some(e)) = (
                map.get("start").and_then(serde_json::Value::as_u64),
                map.get("end").and_then(serde_json::Value::as_u64),
            ) && map.len() == 2
            {
                out.push(Span::new(s as usize, e as usize));
            }
            map.values().for_each(|x| collect(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
        _ => {}
    }
}

/// Asserts the invariants every parse must keep: top-level blocks in order, without overlap,
/// covering every non-whitespace byte; every span in bounds and on char boundaries.
pub(crate) fn assert_invariants(input: &str, article: &Article<'_>) {
    let mut covered = vec![false; input.len()];
    let mut last_end = 0;
    for (i, block) in article.blocks.iter().enumerate() {
        let span = block.span();
        assert!(
            span.start >= last_end,
            "block {i} {span:?} overlaps or is out of order"
        );
        assert!(
            span.end <= input.len(),
            "block {i} {span:?} is past the input"
        );
        last_end = span.end;
        covered[span.start..span.end]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    for (at, (&c, &b)) in covered.iter().zip(input.as_bytes()).enumerate() {
        assert!(c || ws(b), "byte {at} ({b:#x}) lies in no block");
    }
    for span in all_spans(article) {
        if span.is_detached() {
            continue;
        }
        assert!(span.end <= input.len(), "span {span:?} past the input");
        assert!(
            input.is_char_boundary(span.start) && input.is_char_boundary(span.end),
            "span {span:?} splits a character"
        );
    }
}

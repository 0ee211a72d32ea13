//! The invariants every successful parse keeps, checked after each fuzzed parse: the blocks
//! partition the input, every span lies on char boundaries, the block limit holds, and
//! `into_owned` and a JSON round trip give back an equal tree.

use newsparse::{Article, Span};

fn ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

fn spans(v: &serde_json::Value, out: &mut Vec<Span>) {
    match v {
        serde_json::Value::Object(map) => {
            if let (Some(s), Some(e), 2) = (
                map.get("start").and_then(serde_json::Value::as_u64),
                map.get("end").and_then(serde_json::Value::as_u64),
                map.len(),
            ) {
                out.push(Span::new(s as usize, e as usize));
            }
            map.values().for_each(|x| spans(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| spans(x, out)),
        _ => {}
    }
}

pub fn check(input: &str, article: &Article<'_>, max_blocks: usize) {
    assert!(article.blocks.len() <= max_blocks.max(1), "too many blocks");
    let mut last = 0;
    for block in &article.blocks {
        let span = block.span();
        assert!(span.start >= last, "block {span:?} overlaps the one before");
        let gap = input.as_bytes().get(last..span.start).expect("in bounds");
        assert!(
            gap.iter().copied().all(ws),
            "bytes before {span:?} lie in no block"
        );
        assert!(span.slice(input).is_some(), "block {span:?} is not a slice");
        last = span.end;
    }
    let tail = input.as_bytes().get(last..).expect("in bounds");
    assert!(
        tail.iter().copied().all(ws),
        "bytes after the last block lie in no block"
    );

    let json = serde_json::to_value(article).expect("serialises");
    let mut all = Vec::new();
    spans(&json, &mut all);
    for span in all {
        assert!(
            span.is_detached() || span.slice(input).is_some(),
            "span {span:?} is out of bounds or splits a character"
        );
    }
    let owned = article.clone().into_owned();
    assert_eq!(&owned, article);
    let back: Article<'static> = serde_json::from_value(json).expect("deserialises");
    assert_eq!(back, owned);
}

//! Inputs that once broke the parser, or sit on an edge the fuzzers and property tests
//! probe: each must parse (or be refused with a `ParseError`) without panicking and keep the
//! invariants.
//!
//! Fuzz findings go here: `fuzz/run.sh` leaves each failing input in
//! `fuzz/artifacts/<target>/`; add its bytes below (as an escaped byte string, with the target
//! and the date) and fix the parser until the test passes. For `parse_with_options` findings,
//! `cargo fuzz fmt parse_with_options ARTIFACT` prints the options and text it decoded.

use newsparse::ParseOptions;

use crate::support::assert_invariants;

/// Parses `bytes` as `parse_article_bytes` does, with the block limit `max_blocks`, and
/// checks the invariants of whatever parses.
fn check(bytes: &[u8], max_blocks: usize) {
    let options = ParseOptions::default().with_max_blocks(max_blocks);
    if let Ok(article) = newsparse::parse_article_bytes(bytes, &options) {
        let text = std::str::from_utf8(bytes).unwrap();
        assert_invariants(text, &article);
        assert!(article.blocks.len() <= max_blocks.max(1));
        assert_eq!(article.clone().into_owned(), article);
    }
}

/// Edges chosen by hand while writing the block limit and the fuzz targets.
#[test]
fn edges() {
    let cases: &[(&[u8], usize)] = &[
        // The limit at 0 and 1, with leading and trailing whitespace around the rest.
        (b"  \n\n  a\n\n b \n\n", 0),
        (b"\r\n\r\nTitle\r\n\r\nBody\r\n", 1),
        // The rest starts inside a multi-byte character's line.
        ("T\n\n\u{201c}x\u{201d}\n\n\u{00e9}\u{00e9}\n\n\u{1f600}".as_bytes(), 2),
        // A raw block classification splits, cut at the limit.
        (b"The company said it expects to earn more this year than\nlast year, a spokesman said on Thursday in a statement.\n", 1),
        // Only whitespace after the cut.
        (b"a\n\nb\n\n\t \r\n", 1),
        // A lone CR, a BOM, a bullet without text.
        (b"\r", 5),
        ("\u{feff}".as_bytes(), 5),
        ("\u{2022}\n\u{2022}".as_bytes(), 5),
        // Invalid UTF-8 after valid text; a NUL.
        (b"Title\n\n\xff", 5),
        (b"Title\0", 5),
    ];
    for (bytes, max_blocks) in cases {
        check(bytes, *max_blocks);
    }
}

/// Findings of `fuzz/run.sh`, one per entry: (target, date, bytes, max_blocks).
///
/// `fuzz/README.md` has the log of the runs.
#[test]
fn fuzz_findings() {
    let findings: &[(&str, &str, &[u8], usize)] = &[(
        // Blocks overlapped: a block of the page furniture and the next.
        "parse_with_options",
        "2026-11-28",
        " MARna)\n•  A music server for the kitAll rights reserved reographer_Jeong Hye Jin, Director_Oh Kyeong ed\ndeals of the year were done by commercial banks,\" 16 issue of\n200 mln dlrs of simof America certificates were issued by Californ\n\nby Regan September 15, 2014\n\nPosted in Techs and above\n\nSTAFF\nChoreographer_Jeong Hye Jition Series Perfo:rmance\n<The Palace: Jang Noksu>\n\n2018.04.05 ~ OPEN RUN\nTue – Sat 4PM (Closed on Sun & Mon)\nViewing age of 48 months and above\nnefit,” said Denise Okafor, whoChoreographer_Jeong Hye Jin, Direoday! 🙂\n\nLink to KLOOK website – https://www.klook.com/ter two~year renovation\r\n\r\nBy Sent/uploads/2018/10/26e39cee-b5eb-led backups, str 🙂\n\nJeongdong Theater Tradition Serishore[ Cli1 percens Performance\n<The Palace: Jang Noksu>\n\n2018.04.05 ~ OPEN RUN\nTue – Sat 4PM (CloseSkipts\n\ne3ct³\u{b}\n\u{b}\u{b}\u{b}\u{b}on: Sud on Sun & Mon)\nViewing age of 48 months and above\n\nSTAFn2»\u{b}\n\u{b}\u{b}\u{b}Rilon:".as_bytes(),
        255,
    ), (
        // Blocks overlapped again: a byline took a role line from beyond a punctuation-only
        // line that had been pushed as boilerplate in between.
        "parse_bytes",
        "2026-11-29",
        b"d\n(AJA, Ascoc.A\nAP!A,# Asco\nBy APres\n,\nAP,A, Ascoc6q\xd0\x9d",
        ParseOptions::default().max_blocks,
    )];
    for (target, date, bytes, max_blocks) in findings {
        eprintln!("{target} finding of {date}");
        check(bytes, *max_blocks);
    }
}

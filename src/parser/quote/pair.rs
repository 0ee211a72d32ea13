//! Pairing: which opening mark each closing mark closes.
//!
//! ## Grammar
//!
//! ```text
//! quote  = open *( text / inner ) close
//! inner  = open' *text close'          ; the other level, inside a quote: not reported
//! open   = mark that can open          ; a double mark, or a single one outside any quote
//! close  = mark that can close         ; of the level of the open quote
//! ```
//!
//! The machine has two levels and constant state: an outer quote and one inner quote of the
//! other level (single inside double, or double inside single). A double mark always wins
//! over a single one: a single quote left open (often an apostrophe read as a mark) is
//! dropped when a double mark opens. Every mark is looked at once, so pairing is linear.
//!
//! Broken text is repaired, each repair reported:
//! - an opening-looking mark while a quote is open closes it when an attribution follows
//!   (`go against them “Blinken said.`), or when its glyph is a closing one
//!   (`interests, ”Blinken said.`): a *misused* close;
//! - otherwise the open quote is *unclosed* and the mark opens a new one: the damage stays
//!   with that one quote;
//! - a closing mark with nothing open is *stray*.
//!
//! A single mark after a plural inside a single quote (`'It's the passengers' patience.'`)
//! closes it only when the next single mark could open a quote: if that next mark can only
//! close, closing here would leave it stray, so this one is the possessive apostrophe.
//!
//! ## Examples
//!
//! ```text
//! > | “It is ‘fine’,” he said. “Go.”
//!     ^^^^^^^^^^^^^^^          ^^^^^ two quotes; ‘fine’ is inner
//! ```

use super::marks::{Glyph, Level, Mark};

/// Where a closed quote opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Opener {
    /// At this mark, in this block.
    Here(Mark),
    /// In an earlier paragraph (a multi-paragraph quote).
    Carried,
}

/// How a quote was closed, when not by a proper closing mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Misuse {
    /// The closing mark has the wrong glyph (`“...“`).
    WrongGlyph,
    /// The closing mark is placed before the next word (`interests, ”Blinken`).
    Misplaced,
    /// An opening mark closes the quote (`against them “Blinken said`).
    Opening,
}

/// A paired quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Closed {
    pub(crate) open: Opener,
    pub(crate) close: Mark,
    pub(crate) misuse: Option<Misuse>,
}

/// What pairing found in one block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Outcome {
    /// Quotes in the order they close.
    pub(crate) closed: Vec<Closed>,
    /// Opening marks never closed, each with the mark where it was given up.
    pub(crate) unclosed: Vec<(Mark, Option<Mark>)>,
    /// Double closing marks with nothing to close.
    pub(crate) stray: Vec<Mark>,
    /// A double quote still open at the end of the block.
    pub(crate) open_at_end: Option<Opener>,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    opener: Opener,
    level: Level,
}

/// [`pair_into`] into a new outcome.
#[cfg(test)]
pub(crate) fn pair(
    marks: &[Mark],
    carried: bool,
    attribution_after: impl Fn(usize) -> bool,
) -> Outcome {
    let mut out = Outcome::default();
    pair_into(marks, carried, attribution_after, &mut out);
    out
}

/// Pairs `marks` (in order) into `out` (emptied first, its allocations kept from one
/// paragraph to the next). With `carried`, a quote from an earlier paragraph is open and the
/// first mark (its reopening mark) is consumed. `attribution_after(tok)` says whether an
/// attribution (`Blinken said`) starts at token `tok`.
pub(crate) fn pair_into(
    marks: &[Mark],
    carried: bool,
    attribution_after: impl Fn(usize) -> bool,
    out: &mut Outcome,
) {
    out.closed.clear();
    out.unclosed.clear();
    out.stray.clear();
    out.open_at_end = None;
    let mut outer: Option<Open> = None;
    let mut inner: Option<Mark> = None;
    let mut rest = marks;
    if carried && let Some((_, tail)) = rest.split_first() {
        outer = Some(Open {
            opener: Opener::Carried,
            level: Level::Double,
        });
        rest = tail;
    }
    for (i, &m) in rest.iter().enumerate() {
        match outer {
            Some(o) if o.level == m.level => {
                inner = None;
                if m.plural_possessive && next_single_only_closes(rest.get(i + 1..)) {
                    continue;
                }
                let closes = m.can_close
                    || (m.can_open && m.glyph == Glyph::Right)
                    || (m.can_open && attribution_after(m.tok + 1))
                    || (!m.can_open && m.glyph != Glyph::Left);
                if closes {
                    // A closing mark between two letters is normal where particles follow
                    // quotes (Korean `”며`); one after a space is misplaced.
                    let misuse = if !m.can_close && m.can_open && m.glyph == Glyph::Right {
                        Some(Misuse::Misplaced)
                    } else if !m.can_close && m.can_open {
                        Some(Misuse::Opening)
                    } else if !m.can_close && m.glyph == Glyph::Left {
                        Some(Misuse::WrongGlyph)
                    } else {
                        match o.opener {
                            Opener::Here(open) if !super::marks::compatible(open.ch, m.ch) => {
                                Some(Misuse::WrongGlyph)
                            }
                            _ => None,
                        }
                    };
                    out.closed.push(Closed {
                        open: o.opener,
                        close: m,
                        misuse,
                    });
                    outer = None;
                } else {
                    if let Opener::Here(open) = o.opener {
                        out.unclosed.push((open, Some(m)));
                    }
                    outer = Some(Open {
                        opener: Opener::Here(m),
                        level: m.level,
                    });
                }
            }
            Some(o) if o.level == Level::Single && m.level == Level::Double => {
                // A double mark inside a single quote: either nested, or the single quote
                // was an apostrophe. Doubles win.
                if m.can_open && !m.can_close {
                    inner = None;
                    outer = Some(Open {
                        opener: Opener::Here(m),
                        level: Level::Double,
                    });
                } else if inner.is_some() {
                    inner = None;
                } else if m.can_open {
                    inner = Some(m);
                }
            }
            Some(_) => {
                // A single mark inside a double quote.
                match inner {
                    Some(_) if m.can_close => inner = None,
                    _ if m.can_open && !m.maybe_apostrophe => inner = Some(m),
                    _ => {}
                }
            }
            None => {
                let opens = if m.level == Level::Double {
                    m.can_open || (!m.can_close && m.glyph != Glyph::Right)
                } else {
                    m.can_open && !m.can_close && !m.maybe_apostrophe
                };
                if opens {
                    outer = Some(Open {
                        opener: Opener::Here(m),
                        level: m.level,
                    });
                } else if m.level == Level::Double {
                    out.stray.push(m);
                }
            }
        }
    }
    if let Some(o) = outer
        && o.level == Level::Double
    {
        out.open_at_end = Some(o.opener);
    }
}

/// Whether the first single mark of `rest` can close a quote but not open one. The scan
/// stops at the first single mark, so over a block each mark is passed at most once.
fn next_single_only_closes(rest: Option<&[Mark]>) -> bool {
    rest.unwrap_or_default()
        .iter()
        .find(|m| m.level == Level::Single)
        .is_some_and(|m| m.can_close && !m.can_open)
}

#[cfg(test)]
mod tests {
    use super::super::marks::find;
    use super::super::token::tokenize;
    use super::*;

    fn quotes(text: &str) -> (Vec<String>, Outcome) {
        let toks = tokenize(text);
        let marks = find(text, &toks);
        let out = pair(&marks, false, |t| {
            toks.get(t..t + 2)
                .is_some_and(|w| w.iter().any(|x| text.get(x.start..x.end) == Some("said")))
        });
        let spans = out
            .closed
            .iter()
            .map(|c| match c.open {
                Opener::Here(o) => text[o.start..c.close.end].to_owned(),
                Opener::Carried => text[..c.close.end].to_owned(),
            })
            .collect();
        (spans, out)
    }

    #[test]
    fn pairs_quotes_and_skips_inner_ones() {
        let (q, out) = quotes("“It is ‘fine’,” he said. “Go.”");
        assert_eq!(q, ["“It is ‘fine’,”", "“Go.”"]);
        assert!(out.unclosed.is_empty() && out.stray.is_empty());
    }

    #[test]
    fn straight_and_single_styles() {
        let (q, _) = quotes("\"Yes,\" she said. 'We have a text,' she said.");
        assert_eq!(q, ["\"Yes,\"", "'We have a text,'"]);
    }

    #[test]
    fn misused_opening_mark_closes_before_an_attribution() {
        let (q, out) = quotes("“We act against them “Blinken said.");
        assert_eq!(q, ["“We act against them “"]);
        assert_eq!(out.closed[0].misuse, Some(Misuse::Opening));
    }

    #[test]
    fn misplaced_closing_mark_still_closes() {
        let (q, out) = quotes("“We defend our interests, ”Blinken said.");
        assert_eq!(q, ["“We defend our interests, ”"]);
        assert_eq!(out.closed[0].misuse, Some(Misuse::Misplaced));
    }

    #[test]
    fn an_unclosed_quote_costs_only_itself() {
        let (q, out) = quotes("as “unacceptable and then “Go,” she said.");
        assert_eq!(q, ["“Go,”"]);
        assert_eq!(out.unclosed.len(), 1);
    }

    #[test]
    fn open_at_end_is_reported() {
        let (_, out) = quotes("“We will go on.");
        assert!(matches!(out.open_at_end, Some(Opener::Here(_))));
    }

    #[test]
    fn a_plural_possessive_inside_a_single_quote_does_not_close_it() {
        let (q, _) = quotes("'It is the passengers' patience, not the buses' money,' he said.");
        assert_eq!(
            q,
            ["'It is the passengers' patience, not the buses' money,'"]
        );
        let (q, _) = quotes("‘The drivers’ union is right,’ he said.");
        assert_eq!(q, ["‘The drivers’ union is right,’"]);
    }

    #[test]
    fn a_quote_ending_in_a_plural_still_closes_before_another_quote() {
        let (q, _) = quotes("He called them 'loud critics' in a memo. 'Yes,' he said.");
        assert_eq!(q, ["'loud critics'", "'Yes,'"]);
    }

    #[test]
    fn a_double_quote_wins_over_an_open_single() {
        let (q, _) = quotes("the students’ ‘view “Yes,” he said.");
        assert_eq!(q, ["“Yes,”"]);
    }
}

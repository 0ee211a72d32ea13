//! Dash dialogue: Spanish, Polish, Russian and other languages open a quoted paragraph with
//! a dash and set the attribution off with another, with no quotation mark at all.
//!
//! ## Grammar
//!
//! ```text
//! dialogue = dash cap-word *token [","] dash speech-verb attribution
//!            [ dash *token ]                  ; the quote resumes after the attribution
//!          / dash cap-word *token "," speech-verb attribution [ dash *token ]
//!                                             ; Nordic: `– Vi överklagar, säger Anna Holm.`
//!          / attribution ":" dash cap-word *token   ; `Dijo el alcalde: —Es ...`
//! dash     = "—" / "–" / "―" / "-"
//! ```
//!
//! Only a paragraph that opens with a dash, then a capitalised word, and has a dash (or, in
//! Swedish, Norwegian, Danish and Finnish, a comma) followed by a speech verb is read so: a dash inside prose (`Radni – jak co roku – zdecydowali`) or a
//! bulleted line has no speech verb after its dash.
//!
//! ## Examples
//!
//! ```text
//! > | —Es un día histórico —dijo el alcalde—. Lo celebraremos.
//!     ^^^^^^^^^^^^^^^^^^^^^ quote  ^^^^^^^^^ attribution  ^^^^^^^^^^^^^^ resumed
//! > | – To najważniejsza decyzja – powiedział prezydent Adam Wiśniewski.
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
//! > | – Vi kommer att överklaga, säger Anna Holm.
//!     ^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
//! ```

use std::ops::Range;

use super::para::Para;

/// The most tokens a dash-opened quote runs before the dash of its attribution.
const MAX_QUOTE_TOKENS: usize = 400;

/// The quoted parts of a paragraph in dash dialogue, as token ranges from the opening dash
/// to the closing one (both included): the quote before the attribution, and the part
/// resumed after it (to the paragraph's end), if any.
pub(crate) fn find(p: &Para<'_>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if !(p.is_dash(0) && p.is_cap_word(1)) {
        // `El alcalde dijo: —Es un día histórico.`: the attribution before a colon, the
        // quote after its dash to the paragraph's end.
        let reach = p.len().min(MAX_QUOTE_TOKENS);
        if let Some(k) = (1..reach).find(|&k| {
            p.is_punct(k, ":")
                && p.is_dash(k + 1)
                && p.is_cap_word(k + 2)
                && (k.saturating_sub(6)..k).any(|t| p.cue(t).is_some_and(|c| !c.weak))
        }) {
            out.push(k + 1..p.len());
        }
        return out;
    }
    let reach = p.len().min(MAX_QUOTE_TOKENS);
    let dash = (2..reach).find(|&k| p.is_dash(k) && speech_after(p, k));
    // `– Det här är ett sorgligt beslut, säger kommunalrådet Erik Sandberg.`: Nordic papers
    // close the quote with a comma before the speech verb.
    // A finite verb after a sentence of three words or more: not a dash-signed line
    // (`-President Obama, tweeting after the speech.`).
    let comma = || {
        (4..reach).find(|&k| {
            p.is_punct(k, ",")
                && speech_after(p, k)
                && p.cue(k + 1).is_some_and(|c| !c.participle)
                && (1..k).filter(|&t| p.is_word(t)).take(3).count() == 3
                && p.s(k + 2) != "to"
        })
    };
    let Some(close) = dash.or_else(comma) else {
        return out;
    };
    out.push(0..close + 1);
    // `—dijo el alcalde—. Lo celebraremos.`, `– powiedział. – Czekaliśmy ...`: the quote
    // goes on after a dash that closes the attribution's sentence or opens a new one.
    let resumed = (close + 2..p.len()).find(|&k| {
        p.is_dash(k)
            && (p.is_terminal(k + 1) && p.is_cap_word(k + 2)
                || k > 0 && p.is_terminal(k - 1) && p.is_cap_word(k + 1))
    });
    if let Some(k) = resumed {
        out.push(k..p.len());
    }
    out
}

/// Whether a speech verb follows the dash at `k` (`— dijo`, `– powiedział`; Russian puts a
/// comma before the dash: `важно, — сказал мэр`).
fn speech_after(p: &Para<'_>, k: usize) -> bool {
    p.is_lower_word(k + 1) && p.cue(k + 1).is_some_and(|c| !c.weak)
}

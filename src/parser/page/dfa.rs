//! A dense Aho-Corasick automaton over a few hundred short phrases, matched in any ASCII
//! letter case, for the one pass [`signals`](super::signals) makes over each block.
//!
//! Every state has a row of 256 next states, one per byte value: a step is one load from
//! the row, with no byte class looked up first. A state is the offset of its row (its
//! number times 256), so the byte is added to it, and the states that end a phrase are
//! numbered last, so whether a step ends one is one comparison. Built from the phrases in one pass
//! over a trie (each row is its failure state's row with the trie's own edges over it).
//!
//! ## Examples
//!
//! ```text
//! phrases: "photo", "reporter"
//! > | A Reporter took the PHOTO
//!       ^^^^^^^^ 1           ^^^^^ 0
//! ```

/// How many entries the table of next states has room for: 1,024 states of 256 (a power
/// of two, so that a state and a byte, masked with `TABLE_LEN - 1`, index it with no bounds
/// check: the table is an array of this length). The phrases take about 870.
const TABLE_LEN: usize = 1 << 18;

/// The automaton: rows of next states and, per match state, the phrases it ends.
#[derive(Debug)]
pub(crate) struct Dfa {
    /// The row of state `s` (the offset of its row: a multiple of 256) is
    /// `next[s..s + 256]`; its entries are states. Past the last row, zeros.
    next: Box<[u32; TABLE_LEN]>,
    /// The states from this one on end a phrase.
    first_match: u32,
    /// Per match state (from `first_match`), its range in `ends`.
    match_ranges: Vec<(u32, u32)>,
    /// The phrases (their indexes) each match state ends, in runs.
    ends: Vec<u16>,
    /// Per phrase, its length in bytes.
    lens: Vec<usize>,
}

/// The states of the trie of the phrases, as [`Dfa::new`] builds it.
struct Trie {
    /// Per state, its edges: (byte, state), both cases of a letter.
    edges: Vec<Vec<(u8, u16)>>,
    /// Per state, the phrases that end at it (their indexes).
    ends: Vec<Vec<u16>>,
    /// Per phrase, its length in bytes.
    lens: Vec<usize>,
}

impl Trie {
    /// The trie of `phrases`; `None` when a `u16` cannot number its states.
    fn new<'p>(phrases: impl Iterator<Item = &'p [u8]>) -> Option<Trie> {
        let mut trie = Trie {
            edges: vec![Vec::new()],
            ends: vec![Vec::new()],
            lens: Vec::new(),
        };
        for (index, phrase) in phrases.enumerate() {
            let mut s = 0u16;
            for &b in phrase {
                s = match trie.edge(s, b) {
                    Some(c) => c,
                    None => {
                        let c = u16::try_from(trie.edges.len()).ok()?;
                        trie.edges.push(Vec::new());
                        trie.ends.push(Vec::new());
                        let edges = trie.edges.get_mut(usize::from(s))?;
                        edges.push((b.to_ascii_lowercase(), c));
                        if b.is_ascii_alphabetic() {
                            edges.push((b.to_ascii_uppercase(), c));
                        }
                        c
                    }
                };
            }
            trie.ends
                .get_mut(usize::from(s))?
                .push(u16::try_from(index).ok()?);
            trie.lens.push(phrase.len());
        }
        Some(trie)
    }

    /// The state after byte `b` from state `s` in the trie, if it has that edge.
    fn edge(&self, s: u16, b: u8) -> Option<u16> {
        self.edges
            .get(usize::from(s))?
            .iter()
            .find(|e| e.0 == b)
            .map(|e| e.1)
    }

    /// The states breadth first from the root (a state's failure state is shallower: it
    /// comes first), with their failure states.
    fn failures(&self) -> Option<(Vec<u16>, Vec<u16>)> {
        let mut order = vec![0u16];
        let mut fail = vec![0u16; self.edges.len()];
        let mut queued = vec![false; self.edges.len()];
        let mut i = 0;
        while let Some(&s) = order.get(i) {
            i += 1;
            for &(b, c) in self.edges.get(usize::from(s))? {
                // Both cases of a letter lead to `c`: it is queued once.
                if std::mem::replace(queued.get_mut(usize::from(c))?, true) {
                    continue;
                }
                order.push(c);
                if s == 0 {
                    continue;
                }
                // The longest proper suffix of `c`'s phrase head that is a trie state.
                let mut f = *fail.get(usize::from(s))?;
                let to = loop {
                    if let Some(t) = self.edge(f, b) {
                        break t;
                    }
                    if f == 0 {
                        break 0;
                    }
                    f = *fail.get(usize::from(f))?;
                };
                *fail.get_mut(usize::from(c))? = to;
            }
        }
        Some((order, fail))
    }
}

impl Dfa {
    /// The automaton of `phrases` (their bytes; ASCII letters match in either case). `None`
    /// when they need more states than [`TABLE_LEN`] has rows for, or a phrase is empty.
    pub(crate) fn new<'p>(phrases: impl Iterator<Item = &'p [u8]>) -> Option<Dfa> {
        let trie = Trie::new(phrases)?;
        let (order, fail) = trie.failures()?;
        let states = order.len();
        // Each state ends its own phrases and those of its failure state.
        let mut outputs = trie.ends.clone();
        for &s in &order {
            let f = *fail.get(usize::from(s))?;
            if s != 0 && f != 0 {
                let inherited = outputs.get(usize::from(f))?.clone();
                outputs.get_mut(usize::from(s))?.extend(inherited);
            }
        }
        // Renumbered: the states that end no phrase first, the root (0) among them.
        let ends_phrase = |s: u16| outputs.get(usize::from(s)).is_some_and(|o| !o.is_empty());
        let mut new_id = vec![0u16; states];
        let mut n = 0u16;
        for pass in [false, true] {
            for &s in order.iter().filter(|&&s| ends_phrase(s) == pass) {
                *new_id.get_mut(usize::from(s))? = n;
                n = n.wrapping_add(1);
            }
        }
        let first_match =
            u32::try_from(order.iter().filter(|&&s| !ends_phrase(s)).count() * 256).ok()?;
        if ends_phrase(0) {
            return None;
        }
        // A state is the offset of its row.
        let state = |s: u16| new_id.get(usize::from(s)).map(|&n| u32::from(n) << 8);
        // The root's row: its edges, and the root for every other byte.
        if states * 256 > TABLE_LEN {
            return None;
        }
        let mut next = vec![0u32; TABLE_LEN];
        for &(b, c) in trie.edges.first()? {
            *next.get_mut(usize::from(b))? = state(c)?;
        }
        // Each state's row is its failure state's (made before it) with its own edges over.
        for &s in order.iter().skip(1) {
            let from = state(*fail.get(usize::from(s))?)? as usize;
            let mut row = *next.get(from..)?.first_chunk::<256>()?;
            for &(b, c) in trie.edges.get(usize::from(s))? {
                *row.get_mut(usize::from(b))? = state(c)?;
            }
            let to = state(s)? as usize;
            *next.get_mut(to..)?.first_chunk_mut::<256>()? = row;
        }
        let mut match_ranges = Vec::new();
        let mut ends = Vec::new();
        for &s in order.iter().filter(|&&s| ends_phrase(s)) {
            let from = u32::try_from(ends.len()).ok()?;
            ends.extend_from_slice(outputs.get(usize::from(s))?);
            match_ranges.push((from, u32::try_from(ends.len()).ok()?));
        }
        Some(Dfa {
            next: next.into_boxed_slice().try_into().ok()?,
            first_match,
            match_ranges,
            ends,
            lens: trie.lens,
        })
    }

    /// The state every search starts in.
    pub(crate) fn start(&self) -> u32 {
        0
    }

    /// From state `s`, steps over `bytes` up to a state that ends a phrase: that state and
    /// how many bytes were read; or the last state and the length of `bytes`.
    #[inline(always)]
    pub(crate) fn run(&self, mut s: u32, bytes: &[u8]) -> (u32, usize) {
        let next: &[u32; TABLE_LEN] = &self.next;
        // A state is below `TABLE_LEN` and a multiple of 256: the mask changes no index, and
        // lets the compiler see that every index is in the array (no bounds check a byte).
        let step = |s: u32, b: u8| {
            next.get((s as usize | usize::from(b)) & (TABLE_LEN - 1))
                .copied()
                .unwrap_or(0)
        };
        // Four bytes a turn: the loop's own test and count are paid once for all four.
        let mut quads = bytes.chunks_exact(4);
        for (k, quad) in quads.by_ref().enumerate() {
            let &[a, b, c, d] = quad else { break };
            for (i, byte) in [a, b, c, d].into_iter().enumerate() {
                s = step(s, byte);
                if s >= self.first_match {
                    return (s, 4 * k + i + 1);
                }
            }
        }
        let done = bytes.len() - quads.remainder().len();
        for (i, &byte) in quads.remainder().iter().enumerate() {
            s = step(s, byte);
            if s >= self.first_match {
                return (s, done + i + 1);
            }
        }
        (s, bytes.len())
    }

    /// Whether state `s` ends a phrase.
    #[inline(always)]
    pub(crate) fn is_match(&self, s: u32) -> bool {
        s >= self.first_match
    }

    /// The phrases (their indexes) that end at state `s`.
    pub(crate) fn matches(&self, s: u32) -> &[u16] {
        s.checked_sub(self.first_match)
            .and_then(|m| self.match_ranges.get(m as usize >> 8))
            .and_then(|&(a, b)| self.ends.get(a as usize..b as usize))
            .unwrap_or(&[])
    }

    /// The length of phrase `p`, in bytes.
    pub(crate) fn len_of(&self, p: u16) -> usize {
        self.lens.get(usize::from(p)).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every (phrase, end) pair of `text`, from the automaton.
    fn found(dfa: &Dfa, text: &str) -> Vec<(u16, usize)> {
        let mut s = dfa.start();
        let mut out = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let (next, read) = dfa.run(s, &text.as_bytes()[at..]);
            s = next;
            at += read;
            if dfa.is_match(s) {
                out.extend(dfa.matches(s).iter().map(|&p| (p, at)));
            }
        }
        out.sort_unstable();
        out
    }

    /// The same, by comparing every phrase at every end.
    fn naive(phrases: &[&str], text: &str) -> Vec<(u16, usize)> {
        let t = text.as_bytes();
        let mut out = Vec::new();
        for (p, phrase) in phrases.iter().enumerate() {
            for end in phrase.len()..=t.len() {
                if t.get(end - phrase.len()..end)
                    .is_some_and(|w| w.eq_ignore_ascii_case(phrase.as_bytes()))
                {
                    out.push((p as u16, end));
                }
            }
        }
        out.sort_unstable();
        out
    }

    #[test]
    fn finds_every_phrase_at_every_end_in_any_case() {
        let phrases = [
            "photo",
            "photographer",
            "he",
            "she",
            "hers",
            "his",
            "reporter",
            "기자",
            "by",
            "port",
            "report",
        ];
        let dfa = Dfa::new(phrases.iter().map(|p| p.as_bytes())).unwrap();
        for text in [
            "A Reporter took the PHOTO; she said his photographer ushers hers.",
            "김민수 기자 reports, bY the port",
            "",
            "hhhhe shshe ReReporter",
        ] {
            assert_eq!(found(&dfa, text), naive(&phrases, text), "{text:?}");
        }
        assert_eq!(dfa.len_of(1), 12);
    }
}

//! Page analysis: before blocks are classified one by one, look at the whole page to tell the
//! article from the furniture around it.
//!
//! The result is a [`PagePlan`]: for each raw block, whether it is boilerplate (and of which
//! kind), and which block holds the headline when the page shows it somewhere other than
//! first. [`classify`](crate::parser::classify) follows the plan.

use crate::ParseOptions;
use crate::ast::BoilerplateKind;
use crate::parser::boilerplate;
use crate::parser::segment::Segments;

/// What the page analysis decided, per raw block of [`Segments::blocks`].
#[derive(Debug, Clone, Default)]
pub(crate) struct PagePlan {
    /// For each raw block, its boilerplate kind, or `None` for article content.
    pub(crate) boilerplate: Vec<Option<BoilerplateKind>>,
    /// The raw block whose first line is the headline, when the page analysis found one;
    /// `None` lets the classifier take the first title-shaped line.
    pub(crate) headline: Option<usize>,
}

impl PagePlan {
    /// The boilerplate kind the plan gives raw block `i`.
    pub(crate) fn kind_of(&self, i: usize) -> Option<BoilerplateKind> {
        self.boilerplate.get(i).copied().flatten()
    }
}

/// Analyses the page.
pub(crate) fn analyse(input: &str, segments: &Segments, _options: &ParseOptions) -> PagePlan {
    let boilerplate = segments
        .blocks
        .iter()
        .map(|b| b.span.slice(input).and_then(boilerplate::classify))
        .collect();
    PagePlan {
        boilerplate,
        headline: None,
    }
}

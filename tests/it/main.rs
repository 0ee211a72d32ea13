//! The one integration-test binary (one link instead of one per file).

// Test helpers outside #[test] fns may unwrap and index: a panic is a test failure here.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod api;
mod articles;
mod boilerplate;
mod constructs;
mod diagnostics;
mod errors;
mod limits;
mod pathological;
mod properties;
mod quotes;
mod regressions;
mod support;

//! Sub-parsers shared by several constructs (after markdown-rs's `partial_*` modules).

pub(crate) mod date;
pub(crate) mod names;

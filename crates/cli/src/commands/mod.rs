//! One module per top-level command.

pub mod indicators;
pub mod scan;

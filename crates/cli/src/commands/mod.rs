//! One module per top-level command.

pub mod demo;
pub mod indicators;
pub mod phone;
pub mod report;
pub mod scan;

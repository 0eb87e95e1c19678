//! placeholder (helper writing)

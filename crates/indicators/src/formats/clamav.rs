//! TODO(helper): clamav writer.

use std::io::Write;

use crate::IndicatorSet;

pub fn write(_set: &IndicatorSet, _out: &mut dyn Write) -> std::io::Result<()> {
    Err(std::io::Error::other("not implemented yet"))
}

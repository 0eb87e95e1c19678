//! TODO(helper): misp reader and writer.

use std::io::Write;
use std::path::Path;

use crate::{Error, IndicatorSet, Loaded};

pub fn read(path: &Path, _bytes: &[u8]) -> Result<Loaded, Error> {
    Err(Error::UnknownFormat {
        path: path.to_path_buf(),
    })
}

pub fn write(_set: &IndicatorSet, _out: &mut dyn Write) -> std::io::Result<()> {
    Err(std::io::Error::other("not implemented yet"))
}

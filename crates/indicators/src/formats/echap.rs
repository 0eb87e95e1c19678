//! TODO(helper): Echap layout reader and writer.

use std::io::Write;
use std::path::Path;

use crate::{Error, IndicatorSet, Loaded};

pub fn read_dir(path: &Path) -> Result<Loaded, Error> {
    Err(Error::UnknownFormat {
        path: path.to_path_buf(),
    })
}

pub fn read_file(path: &Path, _bytes: &[u8]) -> Result<Loaded, Error> {
    Err(Error::UnknownFormat {
        path: path.to_path_buf(),
    })
}

pub fn write_dir(_set: &IndicatorSet, _dir: &Path) -> Result<(), Error> {
    Ok(())
}

pub fn write_combined(_set: &IndicatorSet, _out: &mut dyn Write) -> std::io::Result<()> {
    Err(std::io::Error::other("not implemented yet"))
}

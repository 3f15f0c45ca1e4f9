//! Placeholder until the workbook writer's branch lands (it owns this file).

use std::path::Path;

use crate::error::Error;

pub fn atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let _ = (path, bytes);
    todo!()
}

pub fn backup_then_replace(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let _ = (path, bytes);
    todo!()
}

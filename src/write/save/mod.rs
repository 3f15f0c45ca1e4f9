//! The one place that writes output files. Every output of a run is first staged: written in
//! full to a temporary file in its target's folder (synced, closed), or, for a target that is a
//! stream (stdout, a character device such as `/dev/null`, a FIFO), to an unnamed temporary
//! file. Only once every output is staged are they put in place ([`put_in_place`]): streams
//! copied first, then files renamed over their targets. So an interrupted run leaves the old
//! file or the new one, never half a file; a failed one leaves no temporary file behind; and a
//! device or FIFO is written, never replaced by a rename. Where a path leads is `target`'s
//! business.

use std::io::{Seek, Write};
use std::path::{Path, PathBuf};

use tempfile::TempPath;

pub mod target;

use crate::error::Error;
use target::{Dest, Target};

fn write_error(path: &Path, e: std::io::Error) -> Error {
    Error::Write {
        path: Some(path.to_path_buf()),
        what: e.to_string(),
        source: Some(e.into()),
    }
}

/// The folder a file at `path` lives in (the current folder for a bare file name).
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Writes `bytes` to `path` (resolved as [`target::output`] does) through a staged file.
///
/// # Errors
/// [`Error::Usage`] for a path that cannot be an output (a folder, a missing folder);
/// [`Error::Write`] naming `path` when the folder is not writable, the disk is full, or the
/// rename fails; `path` is then as it was before.
pub fn atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    atomic_with(path, |w| {
        w.write_all(bytes).map_err(|e| write_error(path, e))
    })
}

/// Like [`atomic`], but `write` streams the content into the file, so a large workbook is
/// never held whole in memory.
///
/// # Errors
/// Those of [`atomic`], and `write`'s own (an [`Error::Write`] without a path gets `path`).
pub fn atomic_with(
    path: &Path,
    write: impl FnOnce(&mut (dyn Write + Send)) -> Result<(), Error>,
) -> Result<(), Error> {
    put_in_place(vec![staged(&target::output(path)?, write)?])
}

/// Content written in full but not yet in its place; dropped, its temporary file is removed.
pub struct Staged {
    held: Held,
    target: Target,
}

enum Held {
    /// A closed, synced temporary file beside the target, renamed over it at the end.
    Beside(TempPath),
    /// An unnamed temporary file, copied into the stream at the end.
    Spooled(std::fs::File),
}

/// Streams `write`'s content into a temporary file for `target`, to be put in place by
/// [`put_in_place`].
///
/// # Errors
/// [`Error::Write`] naming the target when the temporary file cannot be made or written, and
/// `write`'s own errors.
pub fn staged(
    target: &Target,
    write: impl FnOnce(&mut (dyn Write + Send)) -> Result<(), Error>,
) -> Result<Staged, Error> {
    let given = &target.given;
    let err = |e: std::io::Error| write_error(given, e);
    let held = match &target.dest {
        Dest::File(real) => {
            let tmp = tempfile::Builder::new()
                .prefix(".reseau-")
                .suffix(".tmp")
                .tempfile_in(folder(real))
                .map_err(err)?;
            // On any error below, `tmp` is dropped and its file removed.
            fill(tmp.as_file(), given, write)?;
            keep_mode(tmp.as_file(), real).map_err(err)?;
            tmp.as_file().sync_all().map_err(err)?;
            Held::Beside(tmp.into_temp_path())
        }
        Dest::Stdout | Dest::Stream(_) => {
            let mut spool = tempfile::tempfile().map_err(err)?;
            fill(&spool, given, write)?;
            spool.rewind().map_err(err)?;
            Held::Spooled(spool)
        }
    };
    Ok(Staged {
        held,
        target: target.clone(),
    })
}

/// A copy of the file at `from`, staged for `target` (the backup of `--in-place`).
///
/// # Errors
/// As [`staged`]; reading `from` failing is a write error of the copy.
pub fn staged_copy(target: &Target, from: &Path) -> Result<Staged, Error> {
    staged(target, |w| {
        let mut file = std::fs::File::open(from).map_err(|e| write_error(from, e))?;
        std::io::copy(&mut file, w).map_err(|e| write_error(&target.given, e))?;
        Ok(())
    })
}

fn fill(
    file: &std::fs::File,
    given: &Path,
    write: impl FnOnce(&mut (dyn Write + Send)) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
    write(&mut out).map_err(|e| e.writing(given))?;
    out.flush().map_err(|e| write_error(given, e))
}

/// Puts staged outputs in place: the streams first (copied into stdout, the device or the
/// FIFO), then the files, renamed in the order given. On the first failure the rest are
/// dropped (their temporary files removed): when a stream fails, no file has been replaced.
///
/// # Errors
/// [`Error::Write`] naming the output that could not be put in place.
pub fn put_in_place(all: Vec<Staged>) -> Result<(), Error> {
    let (streams, files): (Vec<_>, Vec<_>) = all.into_iter().partition(Staged::is_stream);
    for s in streams.into_iter().chain(files) {
        s.commit()?;
    }
    Ok(())
}

impl Staged {
    /// Whether this goes to stdout, a device or a FIFO (written out, not renamed).
    pub fn is_stream(&self) -> bool {
        matches!(self.held, Held::Spooled(_))
    }

    fn commit(self) -> Result<(), Error> {
        let given = &self.target.given;
        let err = |e: std::io::Error| write_error(given, e);
        match (self.held, &self.target.dest) {
            (Held::Beside(tmp), Dest::File(real)) => tmp.persist(real).map_err(|e| err(e.error)),
            (Held::Spooled(mut spool), Dest::Stdout) => {
                let mut out = std::io::stdout().lock();
                std::io::copy(&mut spool, &mut out).map_err(err)?;
                out.flush().map_err(err)
            }
            (Held::Spooled(mut spool), Dest::Stream(path)) => {
                // Appended: a descriptor may stand for a file the shell redirected to.
                let mut out = std::fs::OpenOptions::new()
                    .append(true)
                    .open(path)
                    .map_err(err)?;
                std::io::copy(&mut spool, &mut out).map_err(err)?;
                out.flush().map_err(err)
            }
            _ => Err(err(std::io::Error::other(
                "staged for another kind of target",
            ))),
        }
    }
}

/// Gives the temporary file the mode of the file it replaces, else the usual 0644: a temporary
/// file is created 0600, and a rename would otherwise take a shared workbook (or, with
/// `--in-place`, the user's own file) away from the people who could read it.
fn keep_mode(tmp: &std::fs::File, path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
        tmp.set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (tmp, path);
    Ok(())
}

/// The backup kept by `--in-place`: `NAME.bak.xlsx` beside `input` (for `contacts.xlsx`,
/// `contacts.bak.xlsx`).
pub fn backup_path(input: &Path) -> PathBuf {
    let stem = input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = input
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| "xlsx".into());
    input.with_file_name(format!("{stem}.bak.{ext}"))
}

#[cfg(test)]
mod tests;

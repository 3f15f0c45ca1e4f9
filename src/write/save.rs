//! The one place that writes output files. Every write goes to a temporary file in the target
//! folder, then is renamed over the target: an interrupted run leaves the old file or the new
//! one, never half a file, and no temporary file is left behind on error.

use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::Error;

fn write_error(path: &Path, what: impl std::fmt::Display) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        what: what.to_string(),
    }
}

/// The folder a file at `path` lives in (the current folder for a bare file name).
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
///
/// # Errors
/// [`Error::Write`] naming `path` when the folder is missing or not writable, the disk is
/// full, or the rename fails; `path` is then as it was before.
pub fn atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    commit(
        stage(path, |w| {
            w.write_all(bytes).map_err(|e| write_error(path, e))
        })?,
        path,
    )
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
    commit(stage(path, write)?, path)
}

/// The content `write` gives, in a temporary file beside `path`, not yet in its place.
fn stage(
    path: &Path,
    write: impl FnOnce(&mut (dyn Write + Send)) -> Result<(), Error>,
) -> Result<NamedTempFile, Error> {
    let tmp = tempfile::Builder::new()
        .prefix(".reseau-")
        .suffix(".tmp")
        .tempfile_in(folder(path))
        .map_err(|e| write_error(path, e))?;
    // On any error below, `tmp` is dropped and its file removed.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file());
    write(&mut out).map_err(|e| e.writing(path))?;
    out.flush().map_err(|e| write_error(path, e))?;
    drop(out);
    Ok(tmp)
}

/// Content written beside its target but not yet in its place: a result can be written in full
/// before another is known to succeed; dropped, its temporary file is removed.
pub struct Staged {
    tmp: NamedTempFile,
    path: PathBuf,
}

/// Streams `write`'s content into a temporary file beside `path`, to be put in place by
/// [`Staged::commit`].
///
/// # Errors
/// Those of [`atomic_with`] before the rename.
pub fn staged(
    path: &Path,
    write: impl FnOnce(&mut (dyn Write + Send)) -> Result<(), Error>,
) -> Result<Staged, Error> {
    Ok(Staged {
        tmp: stage(path, write)?,
        path: path.to_path_buf(),
    })
}

impl Staged {
    /// Puts the content in its place, as [`atomic`] does.
    ///
    /// # Errors
    /// [`Error::Write`] naming the path when the sync or the rename fails.
    pub fn commit(self) -> Result<(), Error> {
        commit(self.tmp, &self.path)
    }
}

/// Puts a staged file in its place: synced to disk, then renamed over `path`.
fn commit(tmp: NamedTempFile, path: &Path) -> Result<(), Error> {
    keep_mode(&tmp, path)?;
    tmp.as_file().sync_all().map_err(|e| write_error(path, e))?;
    tmp.persist(path).map_err(|e| write_error(path, e.error))?;
    Ok(())
}

/// Gives the temporary file the mode of the file it replaces, else the usual 0644: a temporary
/// file is created 0600, and a rename would otherwise take a shared workbook (or, with
/// `--in-place`, the user's own file) away from the people who could read it.
fn keep_mode(tmp: &NamedTempFile, path: &Path) -> Result<(), Error> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(|e| write_error(path, e))?;
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

/// `--in-place`: copies `input` to its backup (atomically), then replaces `input` with `bytes`
/// (atomically). Returns the backup's path.
///
/// # Errors
/// [`Error::Write`] when the backup cannot be written (then `input` is untouched), or when the
/// new workbook cannot be written (then `input` is untouched and the backup exists).
pub fn backup_then_replace(input: &Path, bytes: &[u8]) -> Result<PathBuf, Error> {
    backup_then_replace_with(input, |w| {
        w.write_all(bytes).map_err(|e| write_error(input, e))
    })
}

/// Like [`backup_then_replace`], but `write` streams the new content. It is written (beside
/// `input`) before the backup is made, so a workbook that cannot be built leaves no backup.
///
/// # Errors
/// Those of [`backup_then_replace`], and `write`'s own.
pub fn backup_then_replace_with(
    input: &Path,
    write: impl FnOnce(&mut (dyn Write + Send)) -> Result<(), Error>,
) -> Result<PathBuf, Error> {
    let new = stage(input, write)?;
    let backup = backup_path(input);
    let old = std::fs::read(input).map_err(|e| write_error(input, e))?;
    atomic(&backup, &old).map_err(|e| match e {
        Error::Write { what, .. } => write_error(
            &backup,
            format!("cannot keep a backup, so the input was left unchanged: {what}"),
        ),
        e => e,
    })?;
    commit(new, input)?;
    Ok(backup)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[cfg(unix)]
    #[test]
    fn a_staged_file_is_in_place_only_once_committed_and_gone_if_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        let kept = staged(&path, |w| {
            w.write_all(b"{}").map_err(|e| write_error(&path, e))
        })
        .unwrap();
        assert!(!path.exists(), "not in place before the commit");
        kept.commit().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"{}");
        let dropped = staged(&path, |w| {
            w.write_all(b"[]").map_err(|e| write_error(&path, e))
        })
        .unwrap();
        drop(dropped);
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"{}",
            "the old content stays"
        );
        assert_eq!(entries(dir.path()), ["r.json"], "no temporary file left");
    }

    #[test]
    fn a_replaced_file_keeps_its_mode_and_a_new_one_is_0644() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("new.xlsx");
        atomic(&new, b"x").unwrap();
        assert_eq!(mode(&new), 0o644, "not the temporary file's 0600");
        let old = dir.path().join("old.xlsx");
        std::fs::write(&old, b"old").unwrap();
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o640)).unwrap();
        atomic(&old, b"new").unwrap();
        assert_eq!(mode(&old), 0o640);
        backup_then_replace(&old, b"newer").unwrap();
        assert_eq!(mode(&old), 0o640, "--in-place keeps the user's mode");
    }

    #[test]
    fn atomic_replaces_the_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.xlsx");
        std::fs::write(&out, b"old").unwrap();
        atomic(&out, b"new").unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"new");
        assert_eq!(entries(dir.path()), ["out.xlsx"]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        // The target is a non-empty folder: the rename fails after the temp file was written.
        let out = dir.path().join("out.xlsx");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("keep"), b"old").unwrap();
        let err = atomic(&out, b"new").unwrap_err();
        assert!(err.to_string().contains("out.xlsx"), "{err}");
        assert_eq!(entries(dir.path()), ["out.xlsx"]);
        assert_eq!(std::fs::read(out.join("keep")).unwrap(), b"old");
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("nope").join("out.xlsx");
        let err = atomic(&out, b"x").unwrap_err();
        assert!(err.to_string().contains("out.xlsx"), "{err}");
    }

    #[test]
    fn a_failed_streamed_write_names_the_file_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.xlsx");
        let failing = |w: &mut (dyn Write + Send)| {
            w.write_all(b"half a workbook").unwrap();
            Err(Error::Write {
                path: PathBuf::new(),
                what: "the table is too wide".into(),
            })
        };
        let err = atomic_with(&out, failing).unwrap_err().to_string();
        assert!(
            err.contains("out.xlsx") && err.contains("too wide"),
            "{err}"
        );
        assert!(entries(dir.path()).is_empty());
        // In place: a workbook that cannot be built leaves the input as it was, and no backup.
        let input = dir.path().join("contacts.xlsx");
        std::fs::write(&input, b"old").unwrap();
        assert!(backup_then_replace_with(&input, failing).is_err());
        assert_eq!(entries(dir.path()), ["contacts.xlsx"]);
        assert_eq!(std::fs::read(&input).unwrap(), b"old");
    }

    #[test]
    fn in_place_keeps_a_backup_then_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("contacts.xlsx");
        std::fs::write(&input, b"old").unwrap();
        let backup = backup_then_replace(&input, b"new").unwrap();
        assert_eq!(backup, dir.path().join("contacts.bak.xlsx"));
        assert_eq!(std::fs::read(&backup).unwrap(), b"old");
        assert_eq!(std::fs::read(&input).unwrap(), b"new");
        assert_eq!(entries(dir.path()), ["contacts.bak.xlsx", "contacts.xlsx"]);
    }

    #[test]
    fn in_place_refuses_when_the_backup_cannot_be_written() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("contacts.xlsx");
        std::fs::write(&input, b"old").unwrap();
        // A non-empty folder where the backup should go: it cannot be replaced.
        let blocker = dir.path().join("contacts.bak.xlsx");
        std::fs::create_dir(&blocker).unwrap();
        std::fs::write(blocker.join("x"), b"").unwrap();
        let err = backup_then_replace(&input, b"new").unwrap_err();
        assert!(err.to_string().contains("backup"), "{err}");
        assert_eq!(std::fs::read(&input).unwrap(), b"old");
    }
}

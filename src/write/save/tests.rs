use super::*;

/// What `--in-place` does: the backup and the new content staged, then put in place.
fn in_place(input: &Path, bytes: &[u8]) -> Result<PathBuf, Error> {
    let backup = backup_path(input);
    let b = staged_copy(&target::output(&backup)?, input)?;
    let new = staged(&target::output(input)?, |w| {
        w.write_all(bytes).map_err(|e| write_error(input, e))
    })?;
    put_in_place(vec![b, new])?;
    Ok(backup)
}

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
    let target = target::output(&path).unwrap();
    let kept = staged(&target, |w| {
        w.write_all(b"{}").map_err(|e| write_error(&path, e))
    })
    .unwrap();
    assert!(!path.exists(), "not in place before the commit");
    put_in_place(vec![kept]).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"{}");
    let dropped = staged(&target, |w| {
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
    in_place(&old, b"newer").unwrap();
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
    assert!(err.to_string().contains("out.xlsx: is a folder"), "{err}");
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
        Err(Error::write_refused("the table is too wide"))
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
    assert!(staged(&target::output(&input).unwrap(), failing).is_err());
    assert_eq!(entries(dir.path()), ["contacts.xlsx"]);
    assert_eq!(std::fs::read(&input).unwrap(), b"old");
}

#[test]
fn in_place_keeps_a_backup_then_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("contacts.xlsx");
    std::fs::write(&input, b"old").unwrap();
    let backup = in_place(&input, b"new").unwrap();
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
    let err = in_place(&input, b"new").unwrap_err();
    assert!(err.to_string().contains("contacts.bak.xlsx"), "{err}");
    assert_eq!(std::fs::read(&input).unwrap(), b"old");
}

use super::*;

#[test]
fn dash_and_dev_stdout_are_stdout() {
    for p in ["-", "/dev/stdout", "/dev/fd/1"] {
        assert_eq!(output(Path::new(p)).unwrap().dest, Dest::Stdout);
    }
    // Another descriptor is written into, whatever stands behind it (a file the shell
    // redirected to included).
    #[cfg(target_os = "linux")]
    assert_eq!(
        output(Path::new("/dev/stderr")).unwrap().dest,
        Dest::Stream("/dev/stderr".into())
    );
}

#[cfg(unix)]
#[test]
fn a_link_leads_to_its_file_and_hard_links_are_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.xlsx");
    std::fs::write(&real, b"x").unwrap();
    let link = dir.path().join("link.xlsx");
    std::os::unix::fs::symlink("real.xlsx", &link).unwrap();
    let hard = dir.path().join("hard.xlsx");
    std::fs::hard_link(&real, &hard).unwrap();
    let t = output(&link).unwrap();
    assert_eq!(t.dest, Dest::File(dir.path().join("real.xlsx")));
    assert!(t.same(&output(&real).unwrap()));
    assert!(t.same(&output(&hard).unwrap()));
    let dangling = dir.path().join("new.json");
    std::os::unix::fs::symlink("made.json", &dangling).unwrap();
    let made = output(&dangling).unwrap();
    assert!(made.same(&output(&dir.path().join("./made.json")).unwrap()));
    assert_eq!(
        output(Path::new("/dev/null")).unwrap().dest,
        Dest::Stream("/dev/null".into())
    );
    let err = output(dir.path()).unwrap_err().to_string();
    assert!(err.contains("is a folder"), "{err}");
}

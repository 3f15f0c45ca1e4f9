//! The whole `check` on arbitrary bytes: the first byte picks the extension, the rest is
//! written to a file on tmpfs and checked through the command line's own entry point.
//!
//! calamine panics on some damaged workbooks; `read` catches those quietly (its panic hook
//! skips them) and reports the file as damaged, so only a panic that escapes aborts here.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reseau_xlsx::cli::Cli;

const EXTENSIONS: [&str; 8] = ["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "tsv", "txt"];

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let ext = EXTENSIONS[usize::from(first) % EXTENSIONS.len()];
    let dir = tempfile::Builder::new()
        .prefix("reseau-fuzz")
        .tempdir_in("/dev/shm")
        .expect("tmpfs");
    let path = dir.path().join(format!("input.{ext}"));
    std::fs::write(&path, bytes).expect("write input");
    let cli = <Cli as clap::Parser>::parse_from([
        "reseau-xlsx".as_ref(),
        "check".as_ref(),
        path.as_os_str(),
    ]);
    let code = reseau_xlsx::run::run(cli);
    assert!(code == 0 || code == 2, "exit code {code}");
});

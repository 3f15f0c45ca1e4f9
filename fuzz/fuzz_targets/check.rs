//! The whole `check` on arbitrary bytes: the first byte picks the extension, the rest is
//! written to a file on tmpfs and checked through the command line's own entry point.
//!
//! calamine panics on some damaged workbooks and `read` turns that into an error message;
//! libfuzzer-sys aborts on any panic, even a caught one, so this target counts those caught
//! panics (printed once per location) and lets only uncaught ones crash.
#![no_main]

use std::collections::HashSet;
use std::sync::Mutex;

use libfuzzer_sys::fuzz_target;
use reseau_xlsx::cli::Cli;

const EXTENSIONS: [&str; 8] = ["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "tsv", "txt"];

static SEEN: Mutex<Option<HashSet<String>>> = Mutex::new(None);

fn init() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if let Ok(mut seen) = SEEN.lock() {
            if seen.get_or_insert_with(HashSet::new).insert(at.clone()) {
                // To the log libFuzzer keeps (fd 2 may be closed by -close_fd_mask).
                let _ = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open("/dev/shm/reseau-fuzz-panics.log")
                    .and_then(|mut f| {
                        std::io::Write::write_all(
                            &mut f,
                            format!("panic at {at}: {info}\n").as_bytes(),
                        )
                    });
            }
        }
    }));
}

fuzz_target!(init: init(), |data: &[u8]| {
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

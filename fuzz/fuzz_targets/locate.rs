//! Header mapping: rows of cells (tab-separated, one per line, sheets split on form feed)
//! -> sheet, header row, columns -> contacts.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    reseau_xlsx::fuzz::rows(&String::from_utf8_lossy(data));
});

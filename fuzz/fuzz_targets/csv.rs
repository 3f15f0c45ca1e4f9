//! CSV sniffing and decoding: any bytes -> encoding, delimiter, rows -> table -> contacts.
//! The first byte chooses `.csv` (even) or `.tsv` (odd).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    reseau_xlsx::fuzz::csv(bytes, first & 1 == 1);
});

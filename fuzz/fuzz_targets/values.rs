//! Date, cadence and vocabulary parsing: any text (and a number made of its first 8 bytes)
//! through every cell reader of normalize.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut n = [0u8; 8];
    let k = data.len().min(8);
    n[..k].copy_from_slice(&data[..k]);
    let text = String::from_utf8_lossy(data);
    reseau_xlsx::fuzz::values(&text, f64::from_le_bytes(n));
});

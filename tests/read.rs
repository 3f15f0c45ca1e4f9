//! The reading stage through the library: `read::open` on every format and every hostile input
//! of issue 7, `read::locate` on the header layouts users and exports bring.

mod common;
#[path = "read/formats.rs"]
mod formats;
#[path = "read/hostile.rs"]
mod hostile;
#[path = "read/layouts.rs"]
mod layouts;
#[path = "read/ole.rs"]
mod ole;
#[path = "read/text.rs"]
mod text;
#[path = "read/xlsb.rs"]
mod xlsb;

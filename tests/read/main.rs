//! The reading stage through the library: `read::open` on every format and every hostile input
//! of issue 7, `read::locate` on the header layouts users and exports bring.

#[path = "../common/mod.rs"]
mod common;
mod formats;
mod hostile;
mod layouts;
mod ole;
mod text;
mod xlsb;

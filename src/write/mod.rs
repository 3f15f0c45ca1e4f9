//! Writing: lays out what the core decided, never deciding again. Three rooms:
//!
//! - `workbook`: the annotated workbook, one module per sheet with shared styles; `template` is
//!   the ready-to-fill workbook of `init`.
//! - `text`: the JSON result, the iCalendar plan, the Markdown summary.
//! - `save`: the one place that writes files (atomic, staged, backups), and where an output
//!   may go (`save::target`).
//!
//! Every writer builds bytes in memory; only `save` touches the disk.

pub mod save;
pub mod template;
pub mod text;
pub mod workbook;

pub use save::target;
pub use text::{ics, json, markdown};
pub use workbook::{built, cohort, dashboard, marker, workbook, workbook_to, Built};

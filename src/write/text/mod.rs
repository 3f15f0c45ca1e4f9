//! The text outputs, each built in memory from the same outcome as the workbook: the JSON
//! result, the iCalendar plan and the Markdown summary for a CI job page.

pub mod ics;
pub mod json;
pub mod markdown;

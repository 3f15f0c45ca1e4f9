//! Writing: the annotated workbook (one module per sheet, shared styles), the JSON result, and
//! the atomic save. Writers build bytes in memory; `save` is the one place that writes files.

pub mod json;

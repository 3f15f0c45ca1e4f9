//! Text made safe for the place it is written to. Whatever a cell of the input holds (it may
//! come from a LinkedIn export, a shared sheet, another person's file), the tool writes it only
//! through the one function of its destination:
//!
//! | destination | function | what it guarantees |
//! |---|---|---|
//! | a text cell | [`cell::needs_quote_prefix`], [`cell::fit`] (used by `write::cells`) | formula-looking text gets the quote prefix; cut to 32,767 characters; control characters are kept, written as Excel's own `_xHHHH_` escape by rust_xlsxwriter |
//! | an XML attribute (a link's display text) | [`cell::xml_legal`] | a text with a character XML forbids is never put in an attribute (the cell is written as plain text instead) |
//! | a link target | [`link::mailto`], [`link::web`] | one plain address, or a strict http(s) URI whose escaped form fits Excel's 2,079 characters; else no link |
//! | a sheet name | `write::names` | Excel's rules, no control or XML-illegal character |
//! | a terminal (stdout, stderr) | [`terminal::line`] | every control character, line break and bidi override shown as a visible escape |
//! | Markdown (`--summary-md`) | [`markdown::cell`] (the tool's own messages: [`markdown::cut`]), [`markdown::Page`] | inert: no markup, HTML, autolink or mention; each cell and the page bounded |
//! | the calendar (`--ics`) | `write::ics` (its TEXT escape) | `\ ; ,` escaped, line breaks as `\n`, control characters as spaces: no property can be injected |
//! | JSON | serde_json | every control character escaped as `\uXXXX` |
//!
//! Pure functions over strings; nothing here writes.

pub mod cell;
pub mod link;
pub mod markdown;
pub mod terminal;

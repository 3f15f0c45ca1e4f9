//! Reading one value out of a cell, the same way for every layer that needs it: a date written
//! any way people write one (`date`), the pieces of a multi-valued cell (`multi`), a cell as the
//! text a user sees (`text`). Pure functions of a cell; no problem is recorded here (what a
//! value not understood means to the user is `normalize`'s).

pub mod date;
pub mod multi;
pub mod text;

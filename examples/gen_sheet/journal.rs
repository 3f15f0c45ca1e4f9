//! The journal sheet of the benchmark: one row per exchange with the sheet's contacts over the
//! year before 26 November 2026, written the ways people write them (the name as on the sheet,
//! turned round, in lower case without accents, or the e-mail; a few strangers and unknown
//! kinds), so the run matches, applies and reports as it would on a real journal.

use rust_xlsxwriter::{ExcelDateTime, Format, Worksheet, XlsxError};

use super::pools::NOTES;
use super::{date, pick, ymd, Cell};

/// What people write in the "what" column, most of it understood, some not.
const KINDS: &[&str] = &[
    "Café",
    "café",
    "Déjeuner",
    "Visio",
    "E-mail",
    "Appel",
    "Relance",
    "Réponse reçue",
    "Merci",
    "Nouvelles",
    "Demande reçue",
    "Aide donnée",
    "Mise en relation",
    "coffee",
    "Lunch",
    "email",
    "follow-up",
    "Pétanque",
];

/// One contact of the sheet: its name as written, and its e-mail when it has one.
pub struct Known {
    pub name: String,
    pub email: Option<String>,
}

/// Fills `sheet` with a header row and `rows` entries about `known` contacts.
pub fn fill(
    sheet: &mut Worksheet,
    known: &[Known],
    rows: u32,
    seed: u64,
    dates: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name("Journal")?;
    for (c, h) in ["Date", "Contact", "Quoi", "Note", "Présenté(e) à"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h)?;
    }
    if known.is_empty() {
        return Ok(());
    }
    let mut rng = fastrand::Rng::with_seed(seed ^ 0x6a6f75726e616c);
    for r in 1..=rows {
        if let Cell::Date(y, m, d) = date(&mut rng, ymd(2025, 11, 27), 365) {
            sheet.write_datetime_with_format(r, 0, &ExcelDateTime::from_ymd(y, m, d)?, dates)?;
        }
        let k = &known[rng.usize(..known.len())];
        let name = match rng.u8(..100) {
            0..=69 => k.name.clone(),
            70..=79 => turned(&k.name),
            80..=89 => deunicode::deunicode(&k.name).to_lowercase(),
            90..=94 => k.email.clone().unwrap_or_else(|| k.name.clone()),
            _ => format!("Inconnu {}", rng.u32(..1000)),
        };
        sheet.write_string(r, 1, name)?;
        sheet.write_string(r, 2, pick(&mut rng, KINDS))?;
        if rng.bool() {
            sheet.write_string(r, 3, pick(&mut rng, NOTES))?;
        }
        if rng.u8(..100) < 3 {
            sheet.write_string(r, 4, known[rng.usize(..known.len())].name.as_str())?;
        }
    }
    Ok(())
}

/// "Claire Martin-12" -> "Martin-12 Claire".
fn turned(name: &str) -> String {
    match name.rsplit_once(' ') {
        Some((first, last)) => format!("{last} {first}"),
        None => name.to_string(),
    }
}

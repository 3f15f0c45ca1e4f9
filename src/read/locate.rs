//! Finding the contact table in a workbook already read: which sheet, which row holds the
//! headers, and what each column means (a field, an annotation this tool wrote, or neither).
//!
//! Pure: no file is touched. Known export layouts (LinkedIn, Google Contacts, Outlook) read as
//! they come: where such an export has several columns for one field, the most telling one is
//! used without a problem. Values are not looked at (see `normalize`).

use std::path::Path;

use crate::config::ReadOptions;
use crate::error::Error;
use crate::model::{
    Annotation, Cell, Column, ColumnRole, Field, Hint, Lang, Marker, Problem, ProblemKind, Sheet,
    Table, Value, Workbook, MARKER_SHEET,
};
use crate::vocab::fold;

/// Rows looked at for the header row: title rows, notes and blank rows above it are skipped.
const HEADER_SEARCH_ROWS: usize = 100;

/// Headers that export layouts put side by side for one field, most telling first. When two
/// of them are present, the earlier one is used and the other ignored without a problem: an
/// Outlook export has "Title" (Mr., Mrs.) before "Job Title".
const PREFERRED: &[(Field, &[&str])] = &[
    (
        Field::Role,
        &[
            "job title",
            "organization 1 title",
            "organization title",
            "position",
            "title",
        ],
    ),
    (
        Field::Phone,
        &[
            "mobile phone",
            "phone 1 value",
            "mobile",
            "business phone",
            "phone",
        ],
    ),
    (
        Field::Email,
        &["email address", "e mail address", "e mail 1 value", "email"],
    ),
    (
        Field::Name,
        &["name", "full name", "display name", "file as"],
    ),
    (
        Field::Linkedin,
        &[
            "linkedin",
            "linkedin url",
            "url",
            "profile url",
            "web page",
            "website 1 value",
        ],
    ),
    (
        Field::Company,
        &["company", "organization 1 name", "organization name"],
    ),
];

/// Finds the contact table of `workbook`: `--sheet`, else the sheet the marker names, else the
/// first sheet (not written by this tool) whose header row maps at least two known columns.
///
/// # Errors
/// [`Error::NoSuchSheet`], [`Error::NoTable`] (listing the headers seen and the names accepted).
pub fn locate(path: &Path, workbook: &Workbook, opts: &ReadOptions) -> Result<Table, Error> {
    let marker = Marker::of(workbook);
    let mut table = find(path, workbook, opts, marker.clone())?;
    let ours = marker.and_then(|m| m.contacts) == Some(workbook.sheets[table.sheet].name.clone());
    // A user's own "Score" or "Rang" column is theirs: only a sheet this tool wrote (its marker
    // names it), or one still carrying all eight annotation columns (copied out of an output),
    // has annotations to replace; and of two columns with one annotation's name, the tool's is
    // the rightmost, since it appends its columns after the user's.
    let trusted = ours || has_every_annotation(&table);
    let mut seen: Vec<Annotation> = Vec::new();
    for c in table.columns.iter_mut().rev() {
        if c.role != ColumnRole::Annotation {
            continue;
        }
        match annotation_of(&c.header) {
            Some(a) if trusted && !seen.contains(&a) => seen.push(a),
            _ => c.role = ColumnRole::Ignored,
        }
    }
    Ok(table)
}

/// The annotation whose label, in either language, is `header`.
fn annotation_of(header: &str) -> Option<Annotation> {
    let folded = fold(header);
    Annotation::ALL.iter().copied().find(|a| {
        [Lang::Fr, Lang::En]
            .iter()
            .any(|&l| fold(a.label(l)) == folded)
    })
}

/// Whether every annotation column of the tool is among the table's columns.
fn has_every_annotation(table: &Table) -> bool {
    Annotation::ALL.iter().all(|a| {
        table
            .columns
            .iter()
            .any(|c| c.role == ColumnRole::Annotation && annotation_of(&c.header) == Some(*a))
    })
}

/// The table of the sheet to read, before annotation columns are confirmed as ours.
fn find(
    path: &Path,
    workbook: &Workbook,
    opts: &ReadOptions,
    marker: Option<Marker>,
) -> Result<Table, Error> {
    let wanted = opts
        .sheet
        .clone()
        .or_else(|| marker.as_ref().and_then(|m| m.contacts.clone()));
    if let Some(name) = wanted {
        let index = find_sheet(workbook, &name).ok_or_else(|| Error::NoSuchSheet {
            path: path.to_path_buf(),
            sheet: name.clone(),
            available: user_sheets(workbook)
                .map(|s| format!("{:?}", s.name))
                .collect::<Vec<_>>()
                .join(", "),
        })?;
        let sheet = &workbook.sheets[index];
        return table_in(index, sheet, opts).map_err(|best| no_table(path, sheet, best));
    }
    let own = marker.map(|m| m.own_sheets).unwrap_or_default();
    let mut best: Option<(&Sheet, Candidate)> = None;
    for (index, sheet) in workbook.sheets.iter().enumerate() {
        if sheet.name == MARKER_SHEET || own.contains(&sheet.name) {
            continue;
        }
        match table_in(index, sheet, opts) {
            Ok(table) => return Ok(table),
            Err(c) => {
                if best.as_ref().map_or(true, |(_, b)| c.known > b.known) {
                    best = Some((sheet, c));
                }
            }
        }
    }
    Err(match best {
        Some((sheet, c)) => no_table(path, sheet, c),
        None => Error::NoTable {
            path: path.to_path_buf(),
            sheet: None,
            seen: "(no sheet to look at)".into(),
            accepted: accepted(),
        },
    })
}

/// The sheets a user wrote (not the marker sheet).
fn user_sheets(workbook: &Workbook) -> impl Iterator<Item = &Sheet> {
    workbook.sheets.iter().filter(|s| s.name != MARKER_SHEET)
}

/// The sheet named `name`, exactly, else ignoring case and surrounding spaces.
fn find_sheet(workbook: &Workbook, name: &str) -> Option<usize> {
    let sheets = &workbook.sheets;
    sheets.iter().position(|s| s.name == name).or_else(|| {
        let want = name.trim().to_lowercase();
        sheets
            .iter()
            .position(|s| s.name.trim().to_lowercase() == want)
    })
}

/// The row that came closest to being a header row, for the message when none is.
struct Candidate {
    known: usize,
    headers: Vec<String>,
}

/// The table of `sheet`, or the best candidate row when no row maps two known columns.
fn table_in(index: usize, sheet: &Sheet, opts: &ReadOptions) -> Result<Table, Candidate> {
    let mut best = Candidate {
        known: 0,
        headers: Vec::new(),
    };
    for (r, row) in sheet.rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let cells: Vec<(usize, String, ColumnRole)> = row
            .iter()
            .enumerate()
            .filter_map(|(i, v)| header_text(&v).map(|h| (i, h)))
            .map(|(i, h)| {
                let role = role_of(&fold(&h), opts);
                (i, h, role)
            })
            .collect();
        let mut fields: Vec<Field> = cells
            .iter()
            .filter_map(|(_, _, r)| match r {
                ColumnRole::Field(f) => Some(*f),
                _ => None,
            })
            .collect();
        fields.sort();
        fields.dedup();
        if fields.len() >= 2 {
            return Ok(build(index, sheet, r, cells));
        }
        if !cells.is_empty() && (best.headers.is_empty() || fields.len() > best.known) {
            best = Candidate {
                known: fields.len(),
                headers: cells.into_iter().map(|(_, h, _)| h).collect(),
            };
        }
    }
    Err(best)
}

/// The text of a header cell, if it has one.
fn header_text(v: &Cell<'_>) -> Option<String> {
    let s = match *v {
        Value::Text(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::DateTime(d) => d.to_string(),
        Value::Empty | Value::Duration(_) | Value::Error(_) => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// What a header (already folded) means: the config's aliases first, then the vocabulary,
/// then this tool's annotation labels.
fn role_of(folded: &str, opts: &ReadOptions) -> ColumnRole {
    if let Some((f, _)) = opts.aliases.iter().find(|(_, a)| a == folded) {
        return ColumnRole::Field(*f);
    }
    if let Some(f) = Field::lookup(folded) {
        return ColumnRole::Field(f);
    }
    let annotation = Annotation::ALL
        .iter()
        .any(|a| fold(a.label(Lang::Fr)) == folded || fold(a.label(Lang::En)) == folded);
    if annotation {
        ColumnRole::Annotation
    } else {
        ColumnRole::Ignored
    }
}

/// Beside a first-name column, a bare "Nom" (or "Name") is the surname: French sheets say
/// "Prénom" + "Nom" for first and last name. Then the two are joined as the name.
fn surname_beside_first_name(columns: &mut [Column]) {
    let has = |columns: &[Column], f: Field| columns.iter().any(|c| c.role == ColumnRole::Field(f));
    if !has(columns, Field::FirstName) || has(columns, Field::LastName) {
        return;
    }
    if let Some(c) = columns.iter_mut().find(|c| {
        c.role == ColumnRole::Field(Field::Name)
            && matches!(fold(&c.header).as_str(), "nom" | "name")
    }) {
        c.role = ColumnRole::Field(Field::LastName);
    }
}

/// Where `folded` stands in the export layouts' order for `field`.
fn preference(field: Field, folded: &str) -> Option<usize> {
    PREFERRED
        .iter()
        .find(|(f, _)| *f == field)
        .and_then(|(_, list)| list.iter().position(|h| *h == folded))
}

/// The table whose header row is `header_row`: one field per column, duplicates resolved.
fn build(
    index: usize,
    sheet: &Sheet,
    header_row: usize,
    cells: Vec<(usize, String, ColumnRole)>,
) -> Table {
    let mut columns: Vec<Column> = Vec::with_capacity(cells.len());
    let mut problems = Vec::new();
    for (i, header, role) in cells {
        let mut role = role;
        if let ColumnRole::Field(f) = role {
            if let Some(first) = columns.iter_mut().find(|c| c.role == role) {
                let (a, b) = (fold(&first.header), fold(&header));
                match (preference(f, &a), preference(f, &b)) {
                    // Two columns of a known export layout: the more telling one is used.
                    (Some(pa), Some(pb)) if pa != pb => {
                        if pb < pa {
                            first.role = ColumnRole::Ignored;
                        } else {
                            role = ColumnRole::Ignored;
                        }
                    }
                    _ => {
                        problems.push(Problem {
                            sheet: sheet.name.as_str().into(),
                            row: None,
                            column: Some(header.as_str().into()),
                            value: header.clone(),
                            kind: ProblemKind::DuplicateColumn,
                            hint: Hint::new(
                                format!("la colonne « {} » est utilisée", first.header),
                                format!("column {:?} is used", first.header),
                            ),
                        });
                        role = ColumnRole::Ignored;
                    }
                }
            }
        }
        columns.push(Column {
            index: i,
            header,
            role,
        });
    }
    surname_beside_first_name(&mut columns);
    let lang = super::lang::of_headers(columns.iter().map(|c| c.header.as_str()));
    Table {
        sheet: index,
        header_row,
        columns,
        lang,
        problems,
    }
}

fn no_table(path: &Path, sheet: &Sheet, best: Candidate) -> Error {
    let seen = if best.headers.is_empty() {
        "(none)".to_string()
    } else {
        let mut shown: Vec<String> = best
            .headers
            .iter()
            .take(20)
            .map(|h| format!("{:?}", h.chars().take(40).collect::<String>()))
            .collect();
        if best.headers.len() > 20 {
            shown.push(format!("and {} more", best.headers.len() - 20));
        }
        shown.join(", ")
    };
    Error::NoTable {
        path: path.to_path_buf(),
        sheet: Some(sheet.name.clone()),
        seen,
        accepted: accepted(),
    }
}

/// A sample of the headers accepted: every field's French and English label.
fn accepted() -> String {
    let mut words: Vec<&str> = Vec::new();
    for f in Field::ALL {
        for w in [f.label(Lang::Fr), f.label(Lang::En)] {
            if !words.contains(&w) {
                words.push(w);
            }
        }
    }
    words.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Format;

    fn roles(headers: &[&str]) -> Vec<ColumnRole> {
        let row: Vec<Value> = headers.iter().map(|h| Value::Text((*h).into())).collect();
        let wb = Workbook {
            format: Format::Xlsx,
            sheets: vec![Sheet {
                name: "S".into(),
                rows: vec![row].into(),
                ..Default::default()
            }],
        };
        let t = locate(Path::new("x.xlsx"), &wb, &ReadOptions::default()).unwrap();
        t.columns.iter().map(|c| c.role).collect()
    }

    #[test]
    fn french_nom_beside_prenom_is_the_surname_not_the_full_name() {
        use ColumnRole::Field as F;
        assert_eq!(
            roles(&["Prénom", "Nom", "E-mail"]),
            vec![F(Field::FirstName), F(Field::LastName), F(Field::Email)]
        );
        // Alone, "Nom" is the whole name; "Nom complet" stays the whole name beside a first name.
        assert_eq!(roles(&["Nom", "E-mail"])[0], F(Field::Name));
        assert_eq!(roles(&["Prénom", "Nom complet"])[1], F(Field::Name));
        // With a real last-name column, "Name" stays the full name (Google Contacts).
        assert_eq!(
            roles(&["Name", "Given Name", "Family Name"]),
            vec![F(Field::Name), F(Field::FirstName), F(Field::LastName)]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_grid_gives_a_table_with_two_fields_or_an_error(
            grid in proptest::collection::vec(
                proptest::collection::vec("(Nom|Prénom|E-mail|Title|Job Title|Score|x|)", 0..6),
                0..8,
            )
        ) {
            let rows = grid
                .iter()
                .map(|r| r.iter().map(|c| if c.is_empty() { Value::Empty } else { Value::Text(c.as_str()) }).collect::<Vec<_>>())
                .collect();
            let wb = Workbook { format: Format::Xlsx, sheets: vec![Sheet { name: "S".into(), rows, ..Default::default() }] };
            if let Ok(t) = locate(Path::new("x.xlsx"), &wb, &ReadOptions::default()) {
                let mut fields: Vec<Field> = t.columns.iter().filter_map(|c| match c.role {
                    ColumnRole::Field(f) => Some(f),
                    _ => None,
                }).collect();
                let n = fields.len();
                fields.sort();
                fields.dedup();
                proptest::prop_assert_eq!(n, fields.len(), "one column per field");
                proptest::prop_assert!(fields.len() >= 2);
            }
        }
    }
}

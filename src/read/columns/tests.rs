use super::*;
use crate::model::{Format, Value, Workbook};

/// The field of each column of a one-sheet table whose first row is `headers`.
fn fields(rows: &[&[&str]]) -> Vec<Option<Field>> {
    let sheet = Sheet {
        name: "S".into(),
        rows: rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|c| {
                        if c.is_empty() {
                            Value::Empty
                        } else {
                            Value::Text(*c)
                        }
                    })
                    .collect::<Vec<_>>()
            })
            .collect(),
        ..Default::default()
    };
    let wb = Workbook {
        format: Format::Csv {
            delimiter: b',',
            encoding: "UTF-8",
        },
        sheets: vec![sheet],
    };
    let t =
        super::super::locate(std::path::Path::new("x.csv"), &wb, &ReadOptions::default()).unwrap();
    t.columns
        .iter()
        .map(|c| match c.role {
            ColumnRole::Field(f) => Some(f),
            _ => None,
        })
        .collect()
}

#[test]
fn an_ambiguous_header_is_decided_by_its_values() {
    use Field::*;
    let got = fields(&[
        &["Name", "Contact", "Type", "Via", "Date", "State"],
        &[
            "Ann",
            "+33 6 12 34 56 78",
            "Recruiter",
            "Paul Roux",
            "2026-03-01",
            "TX",
        ],
        &["Ben", "06 11 22 33 44", "Alumni", "", "2026-04-01", "CA"],
    ]);
    assert_eq!(
        got,
        [
            Some(Name),
            Some(Phone),
            Some(Category),
            Some(IntroducedBy),
            Some(LastContact),
            None
        ]
    );
    let got = fields(&[
        &["Name", "Contact", "Via", "State"],
        &["Ann", "LinkedIn", "LinkedIn", "Replied"],
        &["Ben", "Email", "Salon pro", "Waiting"],
    ]);
    assert_eq!(got, [Some(Name), Some(How), Some(Category), Some(Status)]);
    let got = fields(&[
        &["Nom", "Entreprise", "Entretien"],
        &["Ann", "Alan", "25/11/2026"],
    ]);
    assert_eq!(got, [Some(Name), Some(Company), Some(MeetingDate)]);
    let got = fields(&[&["Nom", "Date"], &["Ann", "fin du mois, à voir"]]);
    assert_eq!(got, [Some(Name), None]);
}

#[test]
fn a_filled_column_wins_over_an_empty_one_and_civilities_are_no_role() {
    use Field::*;
    let got = fields(&[
        &["Name", "Status", "Lead Status", "Title", "Position"],
        &["Ann", "", "Connected", "Mrs.", "CTO"],
        &["Ben", "", "Open", "Mr.", ""],
    ]);
    assert_eq!(got, [Some(Name), None, Some(Status), None, Some(Role)]);
    // Of two last-contact columns, the one that says "last" is the latest exchange.
    let got = fields(&[
        &["Name", "Date Applied", "Last Follow Up"],
        &["Ann", "2026-10-01", "2026-11-02"],
    ]);
    assert_eq!(got, [Some(Name), None, Some(LastContact)]);
}

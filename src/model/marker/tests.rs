use super::*;
use crate::model::Format;

fn sheet(name: &str, first: &[&str]) -> Sheet {
    let row: Vec<Value> = first.iter().map(|t| Value::Text((*t).into())).collect();
    Sheet {
        name: name.into(),
        rows: vec![row].into(),
        ..Default::default()
    }
}

#[test]
fn a_listed_sheet_is_replaced_only_when_laid_out_as_the_tools() {
    let wb = Workbook {
        format: Format::Xlsx,
        sheets: vec![
            sheet("Contacts", &["Nom", "Score"]),
            sheet("Budget", &["Poste", "Montant"]),
            sheet(
                "Plan",
                &[
                    "Semaine",
                    "Date",
                    "Contact",
                    "Action",
                    "Comment",
                    "Objectif",
                    "Échéance",
                    "Alerte",
                ],
            ),
            sheet(
                "Old plan",
                &[
                    "Week",
                    "Date",
                    "Contact",
                    "Action",
                    "How",
                    "Objective",
                    "Deadline",
                    "Flag",
                    "What I can bring them",
                ],
            ),
            sheet("Tableau de bord", &["Tableau de bord du réseau"]),
            sheet("Mon plan", &["Semaine", "Quoi"]),
            sheet(MARKER_SHEET, &["reseau-xlsx", "0.1.0"]),
        ],
    };
    let mut marker = wb.sheets[6].clone();
    let rows: Vec<Vec<Value>> = [
        ("reseau-xlsx", "0.1.0"),
        ("contacts", "contacts"),
        ("sheet", "Budget"),
        ("sheet", "plan"),
        ("sheet", "Old plan"),
        ("sheet", "Tableau de bord"),
        ("sheet", "Mon plan"),
        ("sheet", "Gone"),
        ("sheet", MARKER_SHEET),
    ]
    .iter()
    .map(|(a, b)| vec![Value::Text((*a).into()), Value::Text((*b).into())])
    .collect();
    marker.rows = rows.into();
    let mut wb = wb;
    wb.sheets[6] = marker;
    let e = earlier(&wb);
    assert_eq!(e.contacts, Some(0));
    assert_eq!(e.own, vec![2, 3, 4]);
    assert_eq!(e.kept, vec![1, 5]);
}

/// The plan's optional columns (the What, what the user can bring) in any combination: the
/// sheet is still the tool's, so a later run replaces it rather than keeping it as the user's
/// (and reading it as a journal: a run in place then piled up "Plan (2)", "Plan (3)"...).
#[test]
fn a_plan_with_its_optional_columns_is_the_tools_and_one_more_column_is_not() {
    let fixed = [
        "Week",
        "Date",
        "Contact",
        "Action",
        "How",
        "Objective",
        "Deadline",
        "Flag",
    ];
    let with = |extra: &[&str]| {
        let mut headers = fixed.to_vec();
        headers.extend_from_slice(extra);
        is_own_layout(&sheet("Plan", &headers))
    };
    assert!(with(&[]));
    let what = crate::vocab::labels::Header::What.text(Lang::En);
    let give = crate::vocab::labels::Header::GiveBack.text(Lang::En);
    assert!(with(&[what]));
    assert!(with(&[give]));
    assert!(with(&[what, give]));
    assert!(!with(&[give, what]), "out of order");
    assert!(!with(&[what, "Budget"]), "a column of the user's");
}

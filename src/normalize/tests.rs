use super::*;
use crate::config::DateOrder;
use crate::model::{Category, Format, Horizon, How, Objective, Priority, Rows, Status};
use chrono::NaiveDate;

fn t(s: &str) -> Value {
    if s.is_empty() {
        Value::Empty
    } else {
        Value::Text(s.into())
    }
}

/// A workbook whose sheet "Réseau" has a title row, then `headers` on row 2, then `rows`.
fn book(
    headers: &[(&str, ColumnRole)],
    rows: Vec<Vec<Value>>,
    lang: Option<Lang>,
) -> (Workbook, Table) {
    let mut all = vec![
        vec![t("Mon réseau")],
        headers.iter().map(|(h, _)| t(h)).collect(),
    ];
    all.extend(rows);
    let workbook = Workbook {
        format: Format::Xlsx,
        sheets: vec![
            Sheet {
                name: "Notes".into(),
                rows: Rows::default(),
                ..Default::default()
            },
            Sheet {
                name: "Réseau".into(),
                rows: all.into(),
                ..Default::default()
            },
        ],
    };
    let columns = headers
        .iter()
        .enumerate()
        .map(|(index, (h, role))| Column {
            index,
            header: h.to_string(),
            role: *role,
        })
        .collect();
    let table = Table {
        sheet: 1,
        header_row: 1,
        columns,
        lang,
        problems: vec![],
        notes: vec![],
    };
    (workbook, table)
}

fn f(field: Field) -> ColumnRole {
    ColumnRole::Field(field)
}

fn run(
    headers: &[(&str, ColumnRole)],
    rows: Vec<Vec<Value>>,
) -> (Vec<Contact<'static>>, Vec<Problem>) {
    let (w, table) = book(headers, rows, Some(Lang::Fr));
    let (contacts, problems) = contacts(&w, &table, &ReadOptions::default());
    let owned = contacts.into_iter().map(Contact::into_owned).collect();
    (owned, problems)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn one_contact_per_non_blank_row_with_its_row_number() {
    let headers = [
        ("Nom", f(Field::Name)),
        ("Entreprise", f(Field::Company)),
        ("Divers", ColumnRole::Ignored),
    ];
    let rows = vec![
        vec![t("Alice"), t("Acme")],
        vec![],
        vec![t("  "), Value::Empty, t(" ")],
        vec![t("Bob")],
        vec![Value::Empty, Value::Empty, t("une note")],
    ];
    let (cs, problems) = run(&headers, rows);
    let rows: Vec<(u32, &str)> = cs.iter().map(|c| (c.row, &*c.name)).collect();
    assert_eq!(rows, vec![(3, "Alice"), (6, "Bob"), (7, "(ligne 7)")]);
    assert_eq!(cs[1].company, None);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].kind, ProblemKind::NoName);
    assert_eq!(problems[0].row, Some(7));
    assert_eq!(&*problems[0].sheet, "Réseau");
}

#[test]
fn rows_holding_only_annotations_are_skipped() {
    let headers = [("Nom", f(Field::Name)), ("Rang", ColumnRole::Annotation)];
    let (cs, problems) = run(
        &headers,
        vec![
            vec![Value::Empty, Value::Number(3.0)],
            vec![t("Zoé"), Value::Number(1.0)],
        ],
    );
    assert_eq!(cs.len(), 1);
    assert_eq!((cs[0].row, &*cs[0].name), (4, "Zoé"));
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn name_rules() {
    let headers = [
        ("Nom complet", f(Field::Name)),
        ("Prénom", f(Field::FirstName)),
        ("Nom de famille", f(Field::LastName)),
        ("E-mail", f(Field::Email)),
        ("Société", f(Field::Company)),
    ];
    let rows = vec![
        vec![t(" Alice Martin "), t("Ignoré"), t("Ignoré")],
        vec![t(""), t("Bob"), t("Durand")],
        vec![t(""), t("Chloé")],
        vec![t(""), t(""), t("Dupont")],
        vec![t(""), t(""), t(""), t("eve@example.com"), t("Acme")],
        vec![t(""), t(""), t(""), t(""), t("Acme")],
    ];
    let (cs, problems) = run(&headers, rows);
    let names: Vec<&str> = cs.iter().map(|c| &*c.name).collect();
    assert_eq!(
        names,
        [
            "Alice Martin",
            "Bob Durand",
            "Chloé",
            "Dupont",
            "eve@example.com",
            "Acme"
        ]
    );
    let no_name: Vec<(Option<u32>, Option<&str>)> = problems
        .iter()
        .map(|p| (p.row, p.column.as_deref()))
        .collect();
    assert_eq!(
        no_name,
        [
            (Some(7), Some("Nom complet")),
            (Some(8), Some("Nom complet"))
        ]
    );
    assert!(problems.iter().all(|p| p.kind == ProblemKind::NoName));
    assert!(
        problems[0].hint.en.contains("'eve@example.com'"),
        "{}",
        problems[0].hint.en
    );
}

#[test]
fn stand_in_name_follows_the_sheet_language() {
    let headers = [("Name", f(Field::Name)), ("Notes", f(Field::Notes))];
    let (w, table) = book(
        &headers,
        vec![vec![t(""), t("met at a fair")]],
        Some(Lang::En),
    );
    let (cs, problems) = contacts(&w, &table, &ReadOptions::default());
    assert_eq!(cs[0].name, "(row 3)");
    assert_eq!(problems[0].kind, ProblemKind::NoName);
}

#[test]
fn text_fields_are_trimmed_and_numbers_lose_their_point_zero() {
    let headers = [
        ("Nom", f(Field::Name)),
        ("Téléphone", f(Field::Phone)),
        ("Poste", f(Field::Role)),
        ("LinkedIn", f(Field::Linkedin)),
        ("Ce que je peux apporter", f(Field::GiveBack)),
        ("Notes", f(Field::Notes)),
    ];
    let rows = vec![vec![
        t("Alice"),
        Value::Number(612345678.0),
        t("  CTO "),
        t("   "),
        t("une intro"),
        t(" ligne 1\nligne 2 "),
    ]];
    let (cs, problems) = run(&headers, rows);
    let c = &cs[0];
    assert_eq!(c.phone.as_deref(), Some("612345678"));
    assert_eq!(c.role.as_deref(), Some("CTO"));
    assert_eq!(c.linkedin, None);
    assert_eq!(c.give_back.as_deref(), Some("une intro"));
    assert_eq!(c.notes.as_deref(), Some("ligne 1\nligne 2"));
    assert!(problems.is_empty());
}

#[test]
fn every_typed_field_of_a_french_row() {
    let headers = [
        ("Nom", f(Field::Name)),
        ("Objectif", f(Field::Objective)),
        ("Horizon", f(Field::Horizon)),
        ("Comment", f(Field::How)),
        ("Catégorie", f(Field::Category)),
        ("Statut", f(Field::Status)),
        ("Priorité", f(Field::Priority)),
        ("Quand", f(Field::Deadline)),
        ("Dernier contact", f(Field::LastContact)),
        ("Date RDV", f(Field::MeetingDate)),
        ("Fréquence", f(Field::Cadence)),
    ];
    let rows = vec![
        vec![
            t("Alice"),
            t("Emploi, veille"),
            t("CT"),
            t("Café"),
            t("Ancien collègue"),
            t("RDV planifié"),
            Value::Number(1.0),
            t("mars 2027"),
            Value::DateTime(day(2026, 1, 5).and_hms_opt(0, 0, 0).unwrap()),
            Value::Number(46096.0),
            t("3 mois"),
        ],
        vec![t("Bob")],
    ];
    let (cs, problems) = run(&headers, rows);
    assert!(problems.is_empty(), "{problems:?}");
    let a = &cs[0];
    assert_eq!(a.objectives, [Objective::Job, Objective::Watch]);
    assert_eq!(a.horizon, Some(Horizon::Short));
    assert_eq!(a.how, Some(How::Coffee));
    assert_eq!(a.category, Some(Category::Colleague));
    assert_eq!(a.status, Status::Scheduled);
    assert_eq!(a.priority, Some(Priority::High));
    assert_eq!(a.deadline, Some(day(2027, 3, 31)));
    assert_eq!(a.last_contact, Some(day(2026, 1, 5)));
    assert_eq!(a.meeting_date, Some(day(2026, 3, 15)));
    assert_eq!(a.cadence_days, Some(90));
    // A blank status is "to contact"; everything else stays unknown.
    let b = &cs[1];
    assert_eq!(b.status, Status::ToContact);
    assert_eq!((b.horizon, b.deadline, b.cadence_days), (None, None, None));
}

#[test]
fn problems_name_the_place_and_keep_the_row() {
    let headers = [
        ("Nom", f(Field::Name)),
        ("Statut", f(Field::Status)),
        ("Échéance", f(Field::Deadline)),
        ("Fréquence", f(Field::Cadence)),
        ("Objectif", f(Field::Objective)),
    ];
    let rows = vec![vec![
        t("Alice"),
        t("recontré"),
        t("31/04/2026"),
        t("souvent"),
        t("emploi, golf"),
    ]];
    let (cs, problems) = run(&headers, rows);
    assert_eq!(cs.len(), 1);
    assert_eq!(cs[0].status, Status::ToContact);
    assert_eq!(cs[0].objectives, [Objective::Job]);
    let seen: Vec<(&str, &str, ProblemKind)> = problems
        .iter()
        .map(|p| (p.column.as_deref().unwrap_or(""), p.value.as_str(), p.kind))
        .collect();
    assert_eq!(
        seen,
        [
            ("Statut", "recontré", ProblemKind::UnknownValue),
            ("Échéance", "31/04/2026", ProblemKind::DateNotUnderstood),
            ("Fréquence", "souvent", ProblemKind::CadenceNotUnderstood),
            ("Objectif", "emploi, golf", ProblemKind::UnknownValue),
        ]
    );
    assert!(problems
        .iter()
        .all(|p| p.row == Some(3) && &*p.sheet == "Réseau"));
    // In the sheet's column order, left to right.
    assert!(
        problems[0].hint.fr.contains("« Rencontré »"),
        "{}",
        problems[0].hint.fr
    );
    assert!(problems[1].hint.fr.contains("31/03/2027"));
}

#[test]
fn french_sheets_stay_day_first() {
    let headers = [("Nom", f(Field::Name)), ("Quand", f(Field::Deadline))];
    let (cs, problems) = run(&headers, vec![vec![t("Ann"), t("03/04/2026")]]);
    assert_eq!(cs[0].deadline, Some(day(2026, 4, 3)));
    assert!(problems.is_empty());
}

#[test]
fn over_long_cells_are_reported_in_any_column() {
    let headers = [("Nom", f(Field::Name)), ("Divers", ColumnRole::Ignored)];
    let long = "x".repeat(40_000);
    let rows = vec![vec![t("Ann"), t(&long), t(&long)]];
    let (cs, problems) = run(&headers, rows);
    assert_eq!(cs.len(), 1);
    let cols: Vec<&str> = problems
        .iter()
        .map(|p| p.column.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(cols, ["Divers", "C"]);
    assert!(problems.iter().all(|p| p.kind == ProblemKind::ValueTooLong));
    assert!(problems[0].value.chars().count() < 100);
}

#[test]
fn a_table_on_a_missing_sheet_gives_nothing() {
    let (w, mut table) = book(&[("Nom", f(Field::Name))], vec![vec![t("Ann")]], None);
    table.sheet = 9;
    assert_eq!(
        contacts(&w, &table, &ReadOptions::default()),
        (vec![], vec![])
    );
}

mod conversation;
mod date_order;
mod props;

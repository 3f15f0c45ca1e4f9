//! Property tests of the whole row loop: no panic on any row, normalising twice changes
//! nothing; and a timing check run by hand.

use super::*;
use proptest::prelude::*;

/// Every field of the contract, once, in a fixed order.
const ALL: [Field; 20] = [
    Field::Name,
    Field::FirstName,
    Field::LastName,
    Field::Company,
    Field::Role,
    Field::Email,
    Field::Phone,
    Field::Linkedin,
    Field::Category,
    Field::Objective,
    Field::Horizon,
    Field::How,
    Field::Deadline,
    Field::LastContact,
    Field::MeetingDate,
    Field::Status,
    Field::Cadence,
    Field::Priority,
    Field::GiveBack,
    Field::Notes,
];

fn headers() -> Vec<(&'static str, ColumnRole)> {
    ALL.iter()
        .map(|&f| (f.label(Lang::Fr), ColumnRole::Field(f)))
        .collect()
}

/// A contact written back as the text a user would type, in the column order of `ALL`.
fn as_row(c: &Contact) -> Vec<Value> {
    let iso = |d: Option<NaiveDate>| {
        d.map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    let s = |o: &Option<Cow<'_, str>>| o.as_deref().unwrap_or_default().to_string();
    let objectives: Vec<&str> = c.objectives.iter().map(|o| o.label(Lang::Fr)).collect();
    [
        c.name.to_string(),
        String::new(),
        String::new(),
        s(&c.company),
        s(&c.role),
        s(&c.email),
        s(&c.phone),
        s(&c.linkedin),
        c.category.map(|x| x.label(Lang::En)).unwrap_or("").into(),
        objectives.join(" + "),
        c.horizon.map(|x| x.label(Lang::Fr)).unwrap_or("").into(),
        c.how.map(|x| x.label(Lang::En)).unwrap_or("").into(),
        iso(c.deadline),
        iso(c.last_contact),
        iso(c.meeting_date),
        c.status.label(Lang::Fr).into(),
        c.cadence_days.map(|d| d.to_string()).unwrap_or_default(),
        c.priority.map(|x| x.label(Lang::Fr)).unwrap_or("").into(),
        s(&c.give_back),
        s(&c.notes),
    ]
    .into_iter()
    .map(|x| t(&x))
    .collect()
}

fn any_cell() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Empty),
        "\\PC{0,16}".prop_map(|s| Value::Text(s.into())),
        "[0-9]{1,2}[/ .-][0-9]{1,2}[/ .-][0-9]{2,4}".prop_map(|s| Value::Text(s.into())),
        prop::sample::select(vec![
            "café",
            "Emploi, veile",
            "CT",
            "mars 2027",
            "3 mois",
            "rencontré",
            "A"
        ])
        .prop_map(|s| Value::Text(s.into())),
        any::<f64>().prop_map(Value::Number),
        (0.0f64..3e6).prop_map(Value::Number),
        any::<bool>().prop_map(Value::Bool),
        (-1e6f64..1e6).prop_map(Value::Duration),
        "#[A-Z/]{1,5}".prop_map(|s| Value::Error(s.into())),
        (1i32..12000, 1u32..=12, 1u32..=28).prop_filter_map("a day", |(y, m, d)| {
            NaiveDate::from_ymd_opt(y, m, d)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(Value::DateTime)
        }),
    ]
}

proptest! {
    #[test]
    fn normalising_generated_rows_never_panics(
        rows in prop::collection::vec(prop::collection::vec(any_cell(), 0..24), 0..6),
        en in any::<bool>(),
    ) {
        let lang = if en { Some(Lang::En) } else { Some(Lang::Fr) };
        let (w, table) = book(&headers(), rows, lang);
        let (cs, problems) = contacts(&w, &table, &ReadOptions::default());
        prop_assert!(cs.iter().all(|c| c.row >= 3 && !c.name.is_empty()));
        prop_assert!(problems.iter().all(|p| p.row.is_some_and(|r| r >= 3)));
    }

    #[test]
    fn normalising_twice_changes_nothing(rows in prop::collection::vec(prop::collection::vec(any_cell(), 0..20), 1..5)) {
        let (w, table) = book(&headers(), rows, Some(Lang::Fr));
        let (first, first_problems) = contacts(&w, &table, &ReadOptions::default());
        let again_rows: Vec<Vec<Value>> = first.iter().map(as_row).collect();
        let (w2, table2) = book(&headers(), again_rows, Some(Lang::Fr));
        let (second, problems) = contacts(&w2, &table2, &ReadOptions::default());
        prop_assert_eq!(second.len(), first.len());
        for (a, b) in first.iter().zip(&second) {
            // The group is the section row above, not a cell of the row: not written back. A
            // name is written as people write names (case only), which a second pass may finish
            // on a stand-in that was no name ("FALSE", "café #AA"); the first name is read from
            // the name as typed, so it follows the name. The same person twice is twice again,
            // but rows are numbered anew (blank rows are not written back).
            prop_assert_eq!(a.name.to_lowercase(), b.name.to_lowercase());
            prop_assert_eq!(a.same_as.is_some(), b.same_as.is_some());
            fn rest<'w>(c: &Contact<'w>) -> Contact<'w> {
                Contact {
                    row: 0,
                    group: None,
                    name: "".into(),
                    same_as: None,
                    first_name: None,
                    ..c.clone()
                }
            }
            prop_assert_eq!(rest(a), rest(b));
        }
        // A row without a name is called by a stand-in on the first pass; written back, the
        // stand-in may again be no name ("!"): that row is reported on both passes alike.
        // (Counted, not compared by row: blank rows are not written back, so rows are
        // numbered anew.)
        let nameless = |ps: &[crate::model::Problem]| {
            ps.iter().filter(|p| p.kind == ProblemKind::NoName).count()
        };
        // Two generated rows may be the same person: reported on both passes alike.
        prop_assert!(
            problems.iter().all(|p| matches!(
                p.kind,
                ProblemKind::ValueTooLong | ProblemKind::SamePerson | ProblemKind::NoName
            )),
            "{:?}",
            problems
        );
        prop_assert!(nameless(&problems) <= nameless(&first_problems), "{:?}", problems);
    }
}

/// A row of the generated sheets of `reading_in_runs_changes_nothing`: a section row, a blank
/// row, a row with only a date, or a contact of a few names (some the same person).
fn any_row() -> impl Strategy<Value = Vec<Value>> {
    let width = ALL.len();
    let at = move |col: usize, v: Value| {
        let mut row = vec![Value::Empty; width];
        row[col] = v;
        row
    };
    let deadline = ALL.iter().position(|&f| f == Field::Deadline).unwrap_or(0);
    prop_oneof![
        prop::sample::select(vec!["## Clients", "## EX-COLLÈGUES", "## Salon 2024"])
            .prop_map(move |g| at(0, t(g))),
        Just(vec![Value::Empty; width]),
        Just(at(deadline, t("15/03/2026"))),
        (
            prop::sample::select(vec![
                "Sophie Durand",
                "durand sophie",
                "Raj Patel",
                "Rajesh Patel",
                "X"
            ]),
            prop::collection::vec(any_cell(), 0..20),
        )
            .prop_map(|(name, mut cells)| {
                cells.insert(0, t(name));
                cells
            }),
    ]
}

proptest! {
    /// A long sheet is read in runs of rows side by side: whatever the cut, the contacts,
    /// their groups and the problems are those of one run, in row order.
    #[test]
    fn reading_in_runs_changes_nothing(
        rows in prop::collection::vec(any_row(), 0..40),
        runs in 2usize..6,
    ) {
        let (w, table) = book(&headers(), rows, Some(Lang::Fr));
        let opts = ReadOptions::default();
        let one = contacts_in_runs(&w, &table, &opts, Some(1));
        let many = contacts_in_runs(&w, &table, &opts, Some(runs));
        prop_assert_eq!(one, many);
    }
}

/// Run by hand: `cargo test --release --lib normalize::tests::props::many_rows -- --ignored --nocapture`.
#[test]
#[ignore = "timing, run by hand"]
fn many_rows_are_read_in_linear_time() {
    let row = |i: usize| {
        vec![
            t(&format!("Contact {i}")),
            t(""),
            t(""),
            t("Acme"),
            t("CTO"),
            t("a@b.fr"),
            Value::Number(612345678.0),
            t(""),
            t("Ancien collègue"),
            t("Emploi, veille"),
            t("CT"),
            t("Café"),
            t("15/03/2026"),
            t("15 mars 2026"),
            Value::DateTime(day(2026, 3, 15).and_hms_opt(0, 0, 0).unwrap()),
            t("Contacté"),
            t("3 mois"),
            t("A"),
            t(""),
            t("note"),
        ]
    };
    for n in [100_000, 200_000] {
        let (w, table) = book(&headers(), (0..n).map(row).collect(), Some(Lang::Fr));
        let start = std::time::Instant::now();
        let (cs, problems) = contacts(&w, &table, &ReadOptions::default());
        eprintln!("{n} rows: {:?}", start.elapsed());
        assert_eq!((cs.len(), problems.len()), (n, 0));
    }
}

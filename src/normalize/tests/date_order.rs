//! Day first or month first, decided once per sheet from all its date columns.

use super::*;

fn headers() -> [(&'static str, ColumnRole); 4] {
    [
        ("Name", f(Field::Name)),
        ("Last contacted", f(Field::LastContact)),
        ("Due date", f(Field::Deadline)),
        ("Meeting date", f(Field::MeetingDate)),
    ]
}

fn english(rows: Vec<Vec<Value>>, opts: &ReadOptions) -> (Vec<Contact<'static>>, Vec<Problem>) {
    let (w, table) = book(&headers(), rows, Some(Lang::En));
    let (contacts, problems) = contacts(&w, &table, opts);
    let owned = contacts.into_iter().map(Contact::into_owned).collect();
    (owned, problems)
}

#[test]
fn a_month_first_date_in_one_column_makes_the_whole_sheet_month_first() {
    // The reviewer's sheet: "Last contacted" is clearly month first; "Due date" was read day
    // first on its own (12 January, 12 May).
    let rows = vec![
        vec![t("Ann"), t("11/20/2026"), t("12/01/2026"), t("")],
        vec![t("Ben"), t(""), t("12/05/2026"), t("01/02/2027")],
    ];
    let (cs, problems) = english(rows, &ReadOptions::default());
    assert_eq!(cs[0].last_contact, Some(day(2026, 11, 20)));
    assert_eq!(cs[0].deadline, Some(day(2026, 12, 1)));
    assert_eq!(cs[1].deadline, Some(day(2026, 12, 5)));
    assert_eq!(cs[1].meeting_date, Some(day(2027, 1, 2)));
    // Month first is settled: nothing is reported as ambiguous.
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn a_day_first_date_in_one_column_makes_the_whole_sheet_day_first() {
    let rows = vec![vec![
        t("Ann"),
        t("20/11/2026"),
        t("12/01/2026"),
        t("03/04/2027"),
    ]];
    let (cs, problems) = english(rows, &ReadOptions::default());
    assert_eq!(cs[0].last_contact, Some(day(2026, 11, 20)));
    assert_eq!(cs[0].deadline, Some(day(2026, 1, 12)));
    assert_eq!(cs[0].meeting_date, Some(day(2027, 4, 3)));
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn a_sheet_without_evidence_reads_day_first_and_says_so() {
    let rows = vec![vec![t("Ann"), t("03/04/2026"), t("15 Mar 2024"), t("")]];
    let (cs, problems) = english(rows, &ReadOptions::default());
    assert_eq!(cs[0].last_contact, Some(day(2026, 4, 3)));
    assert_eq!(cs[0].deadline, Some(day(2024, 3, 15)));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].kind, ProblemKind::AmbiguousDate);
    assert_eq!(problems[0].column.as_deref(), Some("Last contacted"));
}

#[test]
fn columns_that_disagree_are_each_decided_on_their_own() {
    // One column shows 11/20, another 20/11: the sheet gives no single answer, so each column
    // keeps the order its own dates show, and a column with no clue is reported ambiguous.
    let rows = vec![vec![
        t("Ann"),
        t("11/20/2026"),
        t("20/11/2026"),
        t("03/04/2027"),
    ]];
    let (cs, problems) = english(rows, &ReadOptions::default());
    assert_eq!(cs[0].last_contact, Some(day(2026, 11, 20)));
    assert_eq!(cs[0].deadline, Some(day(2026, 11, 20)));
    assert_eq!(cs[0].meeting_date, Some(day(2027, 4, 3)));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].column.as_deref(), Some("Meeting date"));
}

#[test]
fn date_order_still_forces_every_column() {
    let rows = vec![vec![t("Ann"), t("11/20/2026"), t("12/01/2026"), t("")]];
    let dmy = ReadOptions {
        date_order: Some(DateOrder::Dmy),
        ..ReadOptions::default()
    };
    let (cs, problems) = english(rows, &dmy);
    // Day first: 11/20 is no date at all, and 12/01 is 12 January.
    assert_eq!(cs[0].last_contact, None);
    assert_eq!(cs[0].deadline, Some(day(2026, 1, 12)));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].kind, ProblemKind::DateNotUnderstood);
}

#[test]
fn french_sheets_stay_day_first_whatever_the_dates() {
    let (w, table) = book(
        &headers(),
        vec![vec![t("Ann"), t("03/04/2026"), t("12/01/2026"), t("")]],
        Some(Lang::Fr),
    );
    let (cs, problems) = contacts(&w, &table, &ReadOptions::default());
    assert_eq!(cs[0].last_contact, Some(day(2026, 4, 3)));
    assert_eq!(cs[0].deadline, Some(day(2026, 1, 12)));
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn a_month_first_reading_hints_a_month_first_date() {
    let mdy = ReadOptions {
        date_order: Some(DateOrder::Mdy),
        ..ReadOptions::default()
    };
    let rows = vec![vec![t("Ann"), t(""), t("31/03/2027"), t("")]];
    let (cs, problems) = english(rows, &mdy);
    assert_eq!(cs[0].deadline, None);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].kind, ProblemKind::DateNotUnderstood);
    assert!(
        problems[0].hint.en.contains("03/31/2027"),
        "{}",
        problems[0].hint.en
    );
    assert!(
        !problems[0].hint.en.contains("31/03/2027"),
        "{}",
        problems[0].hint.en
    );

    // A sheet read month first on its own evidence gets the same hint (30 February).
    let rows = vec![
        vec![t("Ann"), t(""), t("02/30/2027"), t("")],
        vec![t("Ben"), t("11/20/2026"), t(""), t("")],
    ];
    let (_, problems) = english(rows, &ReadOptions::default());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].hint.en.contains("03/31/2027"),
        "{}",
        problems[0].hint.en
    );
}

#[test]
fn an_english_export_with_times_written_pm_reads_month_first() {
    // Every date could be either way round, but "6:14 PM" is how a US export writes time.
    let rows = vec![vec![
        t("Ann"),
        t("3/4/2026 6:14 PM"),
        t("05/06/2026"),
        t(""),
    ]];
    let (cs, problems) = english(rows, &ReadOptions::default());
    assert_eq!(cs[0].last_contact, Some(day(2026, 3, 4)));
    assert_eq!(cs[0].deadline, Some(day(2026, 5, 6)));
    assert!(problems.is_empty(), "{problems:?}");
    // A French sheet still reads day first.
    let (w, table) = book(
        &headers(),
        vec![vec![t("Ann"), t("3/4/2026 6:14 PM")]],
        Some(Lang::Fr),
    );
    let (cs, _) = contacts(&w, &table, &ReadOptions::default());
    assert_eq!(cs[0].last_contact, Some(day(2026, 4, 3)));
}

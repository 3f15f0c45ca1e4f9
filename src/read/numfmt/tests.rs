use super::*;

#[test]
fn a_code_excel_could_not_have_written_is_not_kept() {
    assert_eq!(
        kept(Some(164), "0.0 \"km\""),
        Some(NumFormat::Code("0.0 \"km\"".into()))
    );
    // A control character would make the output's styles part unreadable XML.
    assert_eq!(kept(Some(164), "0\u{1}\"km<\""), None);
    assert_eq!(kept(Some(164), "\u{fffe}0"), None);
    assert_eq!(kept(Some(164), &"0".repeat(256)), None);
}

#[test]
fn dates_are_told_from_numbers_and_times() {
    for d in [
        "dd/mm/yyyy",
        "d mmm yyyy",
        "mmm-yy",
        "yyyy-mm-dd hh:mm",
        "[$-40C]d mmmm",
    ] {
        assert!(is_date(d), "{d}");
    }
    for n in [
        "0%",
        "0.00%",
        "hh:mm",
        "[h]:mm:ss",
        "mm:ss",
        "#,##0.00 \"€\"",
        "#,##0.00 [$€-40C]",
        "0.0 \"days\"",
        r#"_-* #,##0.00\ _€_-"#,
        "General",
    ] {
        assert!(!is_date(n), "{n}");
    }
}

#[test]
fn builtins_keep_numbers_and_times_not_general_nor_dates() {
    assert_eq!(kept(Some(9), "0%"), Some(NumFormat::Builtin(9)));
    assert_eq!(kept(Some(20), "h:mm"), Some(NumFormat::Builtin(20)));
    assert_eq!(kept(Some(0), "General"), None);
    assert_eq!(kept(Some(14), "m/d/yy"), None);
    assert_eq!(kept(Some(30), "General"), None);
    assert_eq!(
        kept(Some(164), "0.0%"),
        Some(NumFormat::Code("0.0%".into()))
    );
    // A date format of the user's own is hers; Excel's built-in short date is not.
    assert_eq!(
        kept(Some(165), "dd/mm/yy"),
        Some(NumFormat::Code("dd/mm/yy".into()))
    );
    assert_eq!(kept(None, ""), None);
}

/// Styles 0 General, 1 percent, 2 a code of the workbook's, 3 a date, 4 the percent again.
fn collector() -> Collector {
    let styles = [
        Some((Some(0), "General")),
        Some((Some(9), "0%")),
        Some((Some(164), "0.0\" km\"")),
        Some((Some(14), "m/d/yy")),
        None,
        Some((Some(9), "0%")),
    ];
    Collector::new(styles, 100)
}

#[test]
fn cell_styles_map_to_their_kept_formats() {
    let c = collector();
    assert_eq!(c.styles, vec![None, Some(0), Some(1), None, None, Some(0)]);
    assert_eq!(
        c.formats,
        vec![NumFormat::Builtin(9), NumFormat::Code("0.0\" km\"".into())]
    );
    assert!(Collector::new([Some((Some(14), "m/d/yy"))], 9).is_idle());
}

#[test]
fn a_column_all_of_one_format_is_stored_once_the_others_by_runs_of_rows() {
    let mut c = collector();
    // A: two percentages; B: km, General, km; C: a date only.
    for (row, col, style) in [
        (1, 0, 1),
        (1, 1, 2),
        (2, 0, 5),
        (2, 1, 0),
        (2, 2, 3),
        (3, 1, 2),
    ] {
        c.number(row, col, style);
    }
    let f = c.finish();
    assert_eq!(f.columns, vec![Some(0), None, None]);
    assert_eq!(f.runs, vec![vec![], vec![(1, 1, 1), (3, 3, 1)], vec![]]);
}

#[test]
fn rows_of_one_format_make_one_run_text_between_them_too() {
    let mut c = Column::default();
    for (row, f) in [
        (1, Some(0)),
        (2, Some(0)),
        (5, Some(0)),
        (6, Some(1)),
        (7, None),
    ] {
        c.number(row, f);
    }
    c.number(8, Some(1));
    c.number(9, Some(1));
    assert_eq!(c.runs, vec![(1, 5, 0), (6, 6, 1), (8, 9, 1)]);
    assert!(c.general);
    // A number above the last one: the column's formats are dropped, not misplaced.
    c.number(4, Some(1));
    c.number(12, Some(1));
    assert!(c.runs.is_empty() && c.general);
}

use super::*;
use std::path::Path;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

#[test]
fn objectives_with_weights_in_both_languages() {
    let o = parse_objectives("emploi:3, veille").unwrap();
    assert_eq!(o, vec![(Objective::Job, 3), (Objective::Watch, 1)]);
    let mut c = Config::new(day());
    c.objectives = o;
    assert_eq!(c.objective_weight(Objective::Job), 1.0);
    assert!((c.objective_weight(Objective::Watch) - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(c.objective_weight(Objective::Business), 0.0);
}

#[test]
fn unknown_objective_is_named() {
    let e = parse_objectives("job,golf").unwrap_err().to_string();
    assert!(e.contains("\"golf\""), "{e}");
}

#[test]
fn courtesy_windows_are_settings_that_cannot_close_before_the_courtesy_is_due() {
    let p = Path::new("reseau.toml");
    let c = Config::new(day());
    assert_eq!((c.thank_window_days, c.follow_up_window_days), (14, 60));
    let mut c = Config::new(day());
    FileConfig::parse(p, "thank_window_days = 21\nfollow_up_window_days = 90\n")
        .unwrap()
        .apply(p, &mut c)
        .unwrap();
    assert_eq!((c.thank_window_days, c.follow_up_window_days), (21, 90));
    let e = FileConfig::parse(p, "thank_days = 5\nthank_window_days = 3\n")
        .unwrap()
        .apply(p, &mut Config::new(day()))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("thank_window_days (3)") && e.contains("thank_days (5)"),
        "{e}"
    );
}

#[test]
fn file_values_apply_and_unknown_key_names_line() {
    let p = Path::new("reseau.toml");
    let mut c = Config::new(day());
    FileConfig::parse(
        p,
        "weeks = 4\nobjectives = \"job\"\n[aliases]\ndeadline = [\"Relancer avant\"]\n",
    )
    .unwrap()
    .apply(p, &mut c)
    .unwrap();
    assert_eq!(c.weeks, 4);
    assert_eq!(c.objectives, vec![(Objective::Job, 1)]);
    assert_eq!(
        c.read.aliases,
        vec![(Field::Deadline, "relancer avant".to_string())]
    );

    let e = FileConfig::parse(p, "weeks = 4\nweekz = 3\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("line 2") && e.contains("weekz"), "{e}");
    let e = FileConfig::parse(p, "weeks = \"four\"\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("line 1"), "{e}");
}

#[test]
fn a_settings_file_that_is_not_toml_keeps_the_parser_error_as_its_cause() {
    let e = FileConfig::parse(Path::new("reseau.toml"), "weeks = = 4\n").unwrap_err();
    let crate::error::Error::Config { source, .. } = &e else {
        panic!("not a settings error: {e:?}");
    };
    assert!(
        matches!(source, Some(crate::error::Cause::Toml(_))),
        "{source:?}"
    );
    assert!(e.to_string().starts_with("reseau.toml: "), "{e}");
}

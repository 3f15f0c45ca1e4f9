use super::*;

#[test]
fn cursor_finds_the_run_of_each_row_asked_in_order() {
    let f = NumFormats {
        formats: vec![NumFormat::Builtin(9), NumFormat::Builtin(10)],
        columns: vec![None, Some(0)],
        runs: vec![vec![(1, 3, 1), (6, 6, 0)], vec![], vec![(4, 4, 1)]],
    };
    let mut c = f.cursor();
    assert_eq!(c.at(0, 0), None);
    assert_eq!(c.at(1, 0), Some(1));
    assert_eq!(c.at(1, 2), None);
    assert_eq!(c.at(3, 0), Some(1));
    assert_eq!(c.at(4, 2), Some(1));
    assert_eq!(c.at(5, 0), None);
    assert_eq!(c.at(6, 0), Some(0));
    assert_eq!(c.at(9, 0), None);
    assert_eq!(c.at(9, 9), None);
    assert_eq!(f.column(1), Some(0));
    assert_eq!(f.column(7), None);
    assert!(!f.is_empty());
    assert!(NumFormats::default().is_empty());
}

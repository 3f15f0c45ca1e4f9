use super::*;
use crate::error::Cause;
use crate::model::{Column, ColumnRole, Field, Lang, Rows, Sheet, Value};
use crate::testkit::config;

/// A sheet whose table ends at Excel's last columns: the nine annotation columns cannot follow.
fn too_wide() -> (Workbook, Table) {
    let mut rows = Rows::default();
    let mut header: Vec<Value<&str>> = vec![Value::Text("Nom")];
    header.resize(16_380, Value::Empty);
    header.push(Value::Text("Notes"));
    rows.push_row(header);
    rows.push_row([Value::Text("Claire Martin")]);
    let wb = Workbook {
        format: Format::Xlsx,
        sheets: vec![Sheet {
            name: "Contacts".into(),
            rows,
            ..Sheet::default()
        }],
    };
    let table = Table {
        sheet: 0,
        header_row: 0,
        columns: vec![Column {
            index: 0,
            header: "Nom".into(),
            role: ColumnRole::Field(Field::Name),
        }],
        lang: None,
        problems: vec![],
        notes: vec![],
    };
    (wb, table)
}

#[test]
fn a_table_too_wide_for_the_annotations_is_refused_in_words_not_as_a_parameter_error() {
    let (wb, table) = too_wide();
    let outcome = crate::assess::assess(vec![], vec![], &config(), Lang::En);
    let err = workbook(&wb, &table, &outcome).unwrap_err();
    let Error::Write { path, source, .. } = &err else {
        panic!("not a write error: {err:?}");
    };
    assert_eq!(path, &None, "the writer does not know its file");
    assert!(source.is_none(), "nothing underneath failed: {source:?}");
    let shown = err.writing(std::path::Path::new("out.xlsx")).to_string();
    assert_eq!(
        shown,
        "out.xlsx: cannot write: sheet \"Contacts\" has 16381 columns; the annotation columns \
         do not fit in Excel's 16,384"
    );
}

#[test]
fn a_failure_underneath_is_kept_as_the_cause() {
    let io = std::io::Error::new(std::io::ErrorKind::StorageFull, "disk full");
    let err = Error::write(io).writing(std::path::Path::new("out.xlsx"));
    assert_eq!(err.to_string(), "out.xlsx: cannot write: disk full");
    let cause = std::error::Error::source(&err).expect("a cause");
    let Some(Cause::Io(io)) = cause.downcast_ref::<Cause>() else {
        panic!("not an I/O cause: {cause:?}");
    };
    assert_eq!(io.kind(), std::io::ErrorKind::StorageFull);
}

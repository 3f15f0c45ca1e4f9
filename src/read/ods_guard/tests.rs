use super::*;

fn doc(rows: &str) -> String {
    format!(
        "<office:document-content><office:body><office:spreadsheet>\
         <table:table table:name=\"S\">{rows}</table:table>\
         </office:spreadsheet></office:body></office:document-content>"
    )
}

fn run(xml: &str, cells: usize) -> Result<(), String> {
    let limits = Limits {
        cells,
        ..Limits::default()
    };
    check(Path::new("x.ods"), xml.as_bytes(), limits).map_err(|e| e.to_string())
}

#[test]
fn repeated_rows_of_a_repeated_value_are_counted_before_expansion() {
    let bomb = doc("<table:table-row table:number-rows-repeated=\"1000000\">\
         <table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"string\">\
         <text:p>x</text:p></table:table-cell></table:table-row>");
    let e = run(&bomb, 20_000_000).unwrap_err();
    assert!(e.contains("x.ods: sheet \"S\": its repeated rows"), "{e}");
}

#[test]
fn formatted_empty_rows_and_columns_cost_nothing() {
    // What LibreOffice writes for a sheet of two rows: empty cells repeated to XFD.
    let ok = doc(
        "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>a</text:p>\
         </table:table-cell><table:table-cell table:number-columns-repeated=\"16383\"/>\
         </table:table-row><table:table-row table:number-rows-repeated=\"1048575\">\
         <table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>",
    );
    assert_eq!(run(&ok, 10), Ok(()));
}

#[test]
fn a_value_far_from_another_counts_the_rectangle_between() {
    let far = doc(
        "<table:table-row><table:table-cell office:value-type=\"string\"/></table:table-row>\
         <table:table-row table:number-rows-repeated=\"998\"/>\
         <table:table-row><table:table-cell table:number-columns-repeated=\"999\"/>\
         <table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>",
    );
    assert!(run(&far, 1_000_000 - 1).is_err());
    assert_eq!(run(&far, 1_000_000), Ok(()));
}

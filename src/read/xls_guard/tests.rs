use super::*;

fn rec(out: &mut Vec<u8>, typ: u16, data: &[u8]) {
    out.extend(typ.to_le_bytes());
    out.extend((data.len() as u16).to_le_bytes());
    out.extend(data);
}

fn number(out: &mut Vec<u8>, row: u16, col: u16) {
    let data = [&row.to_le_bytes()[..], &col.to_le_bytes(), &[0; 2], &[0; 8]].concat();
    rec(out, 0x0203, &data);
}

#[test]
fn far_cells_of_each_sheet_add_their_rectangles() {
    let mut s = Vec::new();
    rec(&mut s, BOF, &[0, 6, 0x05, 0]); // globals
    rec(&mut s, EOF, &[]);
    for _ in 0..3 {
        rec(&mut s, BOF, &[0, 6, 0x10, 0]);
        number(&mut s, 0, 0);
        number(&mut s, 65_535, 255);
        rec(&mut s, EOF, &[]);
    }
    assert_eq!(cells(&s[..]), 3 * 65_536 * 256);
}

#[test]
fn a_chart_substream_inside_a_sheet_does_not_end_it() {
    let mut s = Vec::new();
    rec(&mut s, BOF, &[0, 6, 0x10, 0]);
    number(&mut s, 1, 1);
    rec(&mut s, BOF, &[0, 6, 0x20, 0]);
    rec(&mut s, EOF, &[]);
    number(&mut s, 10, 2);
    rec(&mut s, EOF, &[]);
    assert_eq!(cells(&s[..]), 10 * 2);
}

use super::*;

#[test]
fn text_in_a_workbook_name_is_told_apart() {
    assert!(not_a_workbook(b"Nom;Prenom\r\nA;B\r\n", "xlsx").contains("rename it to .csv"));
    assert!(not_a_workbook(b"<html><table>", "xls").contains("web page"));
    assert!(not_a_workbook(b"\x01\x02\x03\xff", "xlsx").contains("not a spreadsheet"));
    assert!(not_text(&Format::Ods, "csv").contains("rename it to .ods"));
}

#[test]
fn ole_names_are_searched_in_utf16() {
    let mut hay = vec![0u8; 10];
    hay.extend(utf16(b"EncryptionInfo"));
    assert!(contains(&hay, &utf16(b"EncryptionInfo")));
    assert!(!contains(&hay, &utf16(b"EncryptedPackage")));
}

use super::*;

#[test]
fn delimiter_is_sniffed_outside_quotes() {
    assert_eq!(sniff_delimiter("a;b;c\n1;2;3\n"), b';');
    assert_eq!(sniff_delimiter("a\tb\n1\t2\n"), b'\t');
    assert_eq!(sniff_delimiter("a|b|c\n1|2|3\n"), b'|');
    assert_eq!(sniff_delimiter("a,b\n1,2\n"), b',');
    // Commas inside quotes and in a note line above do not outvote the semicolons.
    let t = "\"Notes: a, b, c, d, e\"\n\nNom;Prénom;Société\n\"Dupont, fils\";Jean;X\nA;B;C\n";
    assert_eq!(sniff_delimiter(t), b';');
    // A single column has no delimiter: the comma is as good as any.
    assert_eq!(sniff_delimiter("Nom\nA\n"), b',');
}

#[test]
fn long_texts_decode_whole_across_the_pieces() {
    // UTF-16 LE: an emoji (two UTF-16 units) straddles the first piece boundary.
    let text = format!(
        "{}😀 Prénom;Société\r\n{}",
        "a".repeat(32_767),
        "é".repeat(70_000)
    );
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    assert_eq!(decode(&bytes), (Cow::Owned(text), encoding_rs::UTF_16LE));
    // Windows-1252 over several pieces, with the characters French Excel writes.
    let latin = "Prénom;Société — « Café » 5 €; l’été\r\n".repeat(8_000);
    let bytes = WINDOWS_1252.encode(&latin).0.into_owned();
    assert!(bytes.len() > 3 << 16);
    assert_eq!(decode(&bytes), (Cow::Owned(latin), WINDOWS_1252));
    // UTF-8 with a mark but an invalid byte: replaced, the rest kept.
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(&b"x".repeat(70_000));
    bytes.push(0xFF);
    bytes.extend_from_slice("é".as_bytes());
    let (t, e) = decode(&bytes);
    assert_eq!((t.len(), e), (70_000 + 3 + 2, UTF_8));
    assert!(t.ends_with("\u{FFFD}é"));
}

#[test]
fn encodings_are_recognised() {
    assert_eq!(decode(b"\xEF\xBB\xBFNom").1, UTF_8);
    assert_eq!(decode(b"\xEF\xBB\xBFNom").0, "Nom");
    assert_eq!(decode(b"\xFF\xFEN\0o\0").0, "No");
    assert_eq!(decode(b"\xFE\xFF\0N\0o").0, "No");
    let (t, e) = decode(b"Pr\xe9nom");
    assert_eq!((t.as_ref(), e), ("Prénom", WINDOWS_1252));
}

#[test]
fn fields_keep_their_text_and_quoted_newlines() {
    let ctx = Ctx {
        path: Path::new("t.csv"),
        sheet: None,
    };
    let rows = parse(
        "\na,\"x\ny\",0612\n\n1,,\nz\n",
        b',',
        &ctx,
        Limits::default(),
    )
    .unwrap();
    let t = |s: &str| Value::Text(s.into());
    // Blank lines stay rows, as a spreadsheet program shows them.
    assert_eq!(
        rows.to_vecs(),
        vec![
            vec![],
            vec![t("a"), t("x\ny"), t("0612")],
            vec![],
            vec![t("1")],
            vec![t("z")]
        ]
    );
}

proptest::proptest! {
    #[test]
    fn any_bytes_read_or_fail_without_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600)) {
        if let Ok(wb) = read(Path::new("x.csv"), bytes, false, Limits::default()) {
            let rows = &wb.sheets[0].rows;
            proptest::prop_assert!(rows.to_vecs().iter().all(|r| r.last() != Some(&Value::Empty)));
        }
    }

    #[test]
    fn cells_survive_any_delimiter(cells in proptest::collection::vec("[a-zé0-9 ,;|\t\"\n]{1,8}", 1..6), d in 0usize..4) {
        // Written as a spreadsheet program quotes them, the cells come back unchanged.
        let delimiter = DELIMITERS[d];
        let mut w = csv::WriterBuilder::new().delimiter(delimiter).from_writer(Vec::new());
        w.write_record(&cells).unwrap();
        let bytes = w.into_inner().unwrap();
        let ctx = Ctx { path: Path::new("x.csv"), sheet: None };
        let rows = parse(std::str::from_utf8(&bytes).unwrap(), delimiter, &ctx, Limits::default()).unwrap();
        let want: Vec<Value> = cells.iter().map(|c| Value::Text(c.as_str().into())).collect();
        proptest::prop_assert_eq!(&rows.to_vecs()[0], &want);
    }
}

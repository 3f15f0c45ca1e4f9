use super::*;

#[test]
fn longest_node_spans_the_chunks_it_is_fed_in() {
    let xml = format!("<a>{}</a><b>xy</b>", "z".repeat(100));
    let mut s = Scan::default();
    for chunk in xml.as_bytes().chunks(7) {
        s.write_all(chunk).unwrap();
    }
    // "a>" plus the 100 bytes: the node runs from after one `<` to the next.
    assert_eq!(s.longest, 102);
    assert_eq!(s.bytes, xml.len() as u64);
}

#[test]
fn scan_stops_past_the_node_limit_without_reading_on() {
    let long = io::repeat(b'w').take(MAX_XML_NODE * 2);
    let s = scan(long, u64::MAX).unwrap();
    assert!(s.longest > MAX_XML_NODE);
    assert!(s.bytes < MAX_XML_NODE + (1 << 20));
}

proptest::proptest! {
    /// The longest node is the longest run of bytes between two `<`, however the part is cut.
    #[test]
    fn the_longest_node_is_the_longest_run_between_two_lt(
        xml in "[<a>]{0,40}",
        cut in 1usize..9,
    ) {
        let mut s = Scan::default();
        for chunk in xml.as_bytes().chunks(cut) {
            s.write_all(chunk).unwrap();
        }
        let longest = xml.split('<').map(str::len).max().unwrap_or(0) as u64;
        proptest::prop_assert_eq!(s.longest, longest);
        proptest::prop_assert_eq!(s.bytes, xml.len() as u64);
    }
}

use super::*;

#[test]
fn each_distinct_text_is_read_once_and_the_memory_is_bounded() {
    let calls = std::cell::Cell::new(0);
    let read = |v: &Cell<'_>| {
        calls.set(calls.get() + 1);
        v.to_value()
    };
    let texts: Vec<String> = (0..LIMIT + 10).map(|i| i.to_string()).collect();
    let cells: Vec<Cell<'_>> = texts.iter().map(|t| Value::Text(t.as_str())).collect();
    let same = Value::Text("café");
    let mut memo = Memo::default();
    for _ in 0..3 {
        assert_eq!(memo.read(&same, read), same.to_value());
    }
    assert_eq!(calls.get(), 1);
    for c in &cells {
        memo.read(c, read);
    }
    assert_eq!(memo.map.len(), LIMIT);
    assert_eq!(memo.read(&Value::Number(1.0), read), Value::Number(1.0));
}

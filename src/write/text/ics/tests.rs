use super::*;

#[test]
fn propose_names_the_how_other_actions_keep_their_label() {
    assert_eq!(
        title(
            NextAction::Propose,
            Some(How::Coffee),
            "Claire Martin",
            Lang::Fr
        ),
        "Proposer un café : Claire Martin"
    );
    assert_eq!(
        title(
            NextAction::Propose,
            Some(How::Coffee),
            "Claire\nMartin",
            Lang::En
        ),
        "Propose coffee: Claire Martin"
    );
    assert_eq!(
        title(NextAction::FollowUp, Some(How::Coffee), "A", Lang::Fr),
        "Relancer : A"
    );
    assert_eq!(
        action_phrase(NextAction::Propose, None, Lang::En),
        "Propose"
    );
}

#[test]
fn uid_depends_on_identity_and_action_only_not_on_the_workbooks_name() {
    let a = uid("claire", "propose", None);
    assert_eq!(a, uid("claire", "propose", None));
    assert_ne!(a, uid("claire", "thank", None));
    assert_ne!(a, uid("marc", "propose", None));
    // FNV-1a is a published algorithm: this value must never change between releases, or
    // every user's calendar would get duplicates. (Value checked with an independent FNV-1a
    // implementation.) It changed once, when the workbook's name left the UID: the events of
    // the calendar written before at the same path are then cancelled (see `plan`).
    assert_eq!(a, "0e804c224f3217a9-propose@reseau-xlsx");
}

#[test]
fn a_previous_calendars_events_are_read_back_unfolded() {
    let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:abc-propose@reseau-xlsx\r\nDTSTART;VALUE=DATE:20261130\r\nSUMMARY:Proposer un café : Claire Mar\r\n tin\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:other@elsewhere\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let e = events(text);
    assert_eq!(e.len(), 1, "only this tool's events");
    assert_eq!(e[0].uid, "abc-propose@reseau-xlsx");
    assert_eq!(e[0].start, NaiveDate::from_ymd_opt(2026, 11, 30));
    assert_eq!(
        e[0].summary.as_deref(),
        Some("SUMMARY:Proposer un café : Claire Martin")
    );
}

#[test]
fn text_is_escaped_and_lines_fold_on_character_boundaries() {
    assert_eq!(escape("a\\b;c,d\r\ne\rf\u{7}g"), r"a\\b\;c\,d\ne\nf g");
    let mut out = String::new();
    line(&mut out, &format!("SUMMARY:{}", "é".repeat(80)));
    let lines: Vec<&str> = out.split_terminator("\r\n").collect();
    assert_eq!(
        lines[0].len(),
        75 - 1,
        "a 2-octet char is not split at octet 75"
    );
    assert!(lines.iter().all(|l| l.len() <= 75));
    assert!(lines[1..].iter().all(|l| l.starts_with(' ')));
    let unfolded = out.replace("\r\n ", "");
    assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(80)));
    let mut short = String::new();
    line(&mut short, "VERSION:2.0");
    assert_eq!(short, "VERSION:2.0\r\n");
}

#[test]
fn source_is_reduced_to_its_file_name() {
    assert_eq!(file_name("dir/sub/contacts.xlsx"), "contacts.xlsx");
    assert_eq!(file_name(r"C:\Users\me\contacts.xlsx"), "contacts.xlsx");
    assert_eq!(file_name("contacts.xlsx"), "contacts.xlsx");
}

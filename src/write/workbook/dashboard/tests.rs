use super::*;

#[test]
fn clip_keeps_short_text_and_cuts_long_text_with_an_ellipsis() {
    assert_eq!(clip("Acme"), "Acme");
    let long = "Société Générale des Établissements Industriels";
    let cut = clip(long);
    assert_eq!(cut.chars().count(), MAX_WIDTH - 2);
    assert!(cut.ends_with('…') && long.starts_with(cut.trim_end_matches('…')));
    // No space left dangling before the ellipsis.
    assert_eq!(
        clip(&format!("{} suite", "a".repeat(32))),
        format!("{}…", "a".repeat(32))
    );
}

use super::*;
use Objective::*;

#[test]
fn order_is_kept_repeats_dropped_and_all_five_fit() {
    let o: Objectives = [Watch, Job, Watch, Partners, Expertise, Business, Job]
        .into_iter()
        .collect();
    assert_eq!(o, [Watch, Job, Partners, Expertise, Business]);
    assert_eq!(o.len(), 5);
    assert!(Objectives::default().is_empty());
    assert_eq!(Objectives::from(vec![Business]).first(), Some(&Business));
}

#[test]
fn serialises_as_the_list_of_codes() {
    let o = Objectives::from(vec![Job, Watch]);
    assert_eq!(serde_json::to_string(&o).unwrap(), r#"["job","watch"]"#);
    assert_eq!(serde_json::to_string(&Objectives::default()).unwrap(), "[]");
}

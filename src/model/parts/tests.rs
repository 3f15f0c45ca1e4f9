use super::*;

fn part(factor: Factor, points: i32) -> Part {
    Part { factor, points }
}

#[test]
fn each_factor_is_held_in_factor_order() {
    let all: Vec<Part> = Factor::ALL
        .iter()
        .zip(1..)
        .map(|(&f, p)| part(f, -p))
        .collect();
    let parts: Parts = all.iter().rev().cloned().collect();
    assert_eq!(parts.len(), Factor::ALL.len());
    assert_eq!(parts.iter().collect::<Vec<_>>(), all);
    assert_eq!(parts.points(Factor::Priority), -6);
}

#[test]
fn a_factor_of_0_points_is_no_part() {
    let mut parts = Parts::from([part(Factor::Horizon, 12), part(Factor::Deadline, 0)]);
    assert_eq!(
        parts.iter().collect::<Vec<_>>(),
        [part(Factor::Horizon, 12)]
    );
    assert_eq!((parts.len(), parts.is_empty()), (1, false));
    parts.set(Factor::Horizon, 0);
    assert!(parts.is_empty());
    assert_eq!(parts, Parts::default());
}

#[test]
fn serialises_as_the_list_of_its_parts_as_the_vec_did() {
    let list = vec![
        part(Factor::Objective, 35),
        part(Factor::Relationship, i32::MAX),
        part(Factor::Priority, i32::MIN),
    ];
    let parts: Parts = list.iter().cloned().collect();
    assert_eq!(
        serde_json::to_string(&parts).unwrap(),
        serde_json::to_string(&list).unwrap()
    );
    assert_eq!(serde_json::to_string(&Parts::default()).unwrap(), "[]");
}

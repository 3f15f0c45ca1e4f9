use super::*;
use crate::model::Format;

fn roles(headers: &[&str]) -> Vec<ColumnRole> {
    let row: Vec<Value> = headers.iter().map(|h| Value::Text((*h).into())).collect();
    let wb = Workbook {
        format: Format::Xlsx,
        sheets: vec![Sheet {
            name: "S".into(),
            rows: vec![row].into(),
            ..Default::default()
        }],
    };
    let t = locate(Path::new("x.xlsx"), &wb, &ReadOptions::default()).unwrap();
    t.columns.iter().map(|c| c.role).collect()
}

#[test]
fn french_nom_beside_prenom_is_the_surname_not_the_full_name() {
    use ColumnRole::Field as F;
    assert_eq!(
        roles(&["Prénom", "Nom", "E-mail"]),
        vec![F(Field::FirstName), F(Field::LastName), F(Field::Email)]
    );
    // Alone, "Nom" is the whole name; "Nom complet" stays the whole name beside a first name.
    assert_eq!(roles(&["Nom", "E-mail"])[0], F(Field::Name));
    assert_eq!(roles(&["Prénom", "Nom complet"])[1], F(Field::Name));
    // With a real last-name column, "Name" stays the full name (Google Contacts).
    assert_eq!(
        roles(&["Name", "Given Name", "Family Name"]),
        vec![F(Field::Name), F(Field::FirstName), F(Field::LastName)]
    );
}

proptest::proptest! {
    #[test]
    fn any_grid_gives_a_table_with_two_fields_or_an_error(
        grid in proptest::collection::vec(
            proptest::collection::vec("(Nom|Prénom|E-mail|Title|Job Title|Score|x|)", 0..6),
            0..8,
        )
    ) {
        let rows = grid
            .iter()
            .map(|r| r.iter().map(|c| if c.is_empty() { Value::Empty } else { Value::Text(c.as_str()) }).collect::<Vec<_>>())
            .collect();
        let wb = Workbook { format: Format::Xlsx, sheets: vec![Sheet { name: "S".into(), rows, ..Default::default() }] };
        if let Ok(t) = locate(Path::new("x.xlsx"), &wb, &ReadOptions::default()) {
            let mut fields: Vec<Field> = t.columns.iter().filter_map(|c| match c.role {
                ColumnRole::Field(f) => Some(f),
                _ => None,
            }).collect();
            let n = fields.len();
            fields.sort();
            fields.dedup();
            proptest::prop_assert_eq!(n, fields.len(), "one column per field");
            proptest::prop_assert!(fields.len() >= 2);
        }
    }
}

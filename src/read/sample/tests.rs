use super::*;

#[test]
fn values_show_their_kind() {
    let t = Value::Text;
    assert!(is_email(&t("m.martin@example.fr / 06 12 34 56 78")));
    assert!(is_phone(&t("+33 6 12 34 56 78")) && !is_phone(&t("2024")));
    assert!(is_url(&t("https://www.linkedin.com/in/x")));
    assert!(a_date(&t("11/20/2026")).is_some() && a_date(&t("Claire")).is_none());
    assert!(fits(Field::How, &t("LinkedIn")) && fits(Field::Category, &t("LinkedIn")));
    assert!(fits(Field::Status, &t("Warm")));
    assert!(is_civility(&t("Mme")) && is_civility(&t("Mr.")) && !is_civility(&t("CEO")));
    assert!(is_us_state(&t("TX")) && !is_us_state(&t("Won")));
}

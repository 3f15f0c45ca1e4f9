use super::*;

#[test]
fn cadence_is_written_in_words_the_reader_knows() {
    assert_eq!(cadence(90, Lang::Fr), "3 mois");
    assert_eq!(cadence(30, Lang::En), "1 month");
    assert_eq!(cadence(45, Lang::En), "45");
}

use super::*;

#[test]
fn every_header_and_dropdown_word_reads_back_as_itself() {
    for lang in [Lang::Fr, Lang::En] {
        for f in columns() {
            assert_eq!(Field::parse(f.label(lang)), Some(f), "{lang:?} {f:?}");
        }
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            words: Option<Vec<&str>>,
            all: &[T],
            parse: impl Fn(&str) -> Option<T>,
        ) {
            let words = words.expect("a dropdown");
            assert_eq!(words.len(), all.len());
            for (w, &code) in words.iter().zip(all) {
                assert_eq!(parse(w), Some(code), "{w:?}");
            }
        }
        check(
            dropdown(Field::Category, lang),
            Category::ALL,
            Category::parse,
        );
        check(
            dropdown(Field::Objective, lang),
            Objective::ALL,
            Objective::parse,
        );
        check(dropdown(Field::Horizon, lang), Horizon::ALL, Horizon::parse);
        check(dropdown(Field::How, lang), How::ALL, How::parse);
        check(dropdown(Field::Status, lang), Status::ALL, Status::parse);
        check(
            dropdown(Field::Priority, lang),
            Priority::ALL,
            Priority::parse,
        );
        assert_eq!(dropdown(Field::Notes, lang), None);
    }
}

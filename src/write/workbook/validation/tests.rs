use super::*;

#[test]
fn every_vocabulary_list_fits_excels_limit() {
    for lang in [Lang::Fr, Lang::En] {
        for f in Field::ALL {
            if labels(*f, lang).is_some() {
                assert!(matches!(dropdown(*f, lang), Ok(Some(_))), "{f:?}");
            }
        }
    }
}

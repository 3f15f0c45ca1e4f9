//! An error said in the workbook's language, for the pages a person reads (the Markdown
//! summary, the cohort workbook). The frame of each error is translated; a detail that comes
//! from deeper down (a reader's or a library's own words, a settings key) stays as written.
//! stderr and the JSON keep the English of `Error`'s `Display`, for logs and scripts.

use crate::error::Error;
use crate::vocab::Lang;

/// `e` in `lang`.
pub fn text(e: &Error, lang: Lang) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        Error::Open { path, source } => format!(
            "{} : impossible de lire le fichier ({})",
            path.display(),
            io_fr(source)
        ),
        Error::Empty { path } => format!("{} : le fichier est vide", path.display()),
        Error::UnsupportedType { path } => format!(
            "{} : type de fichier non pris en charge (attendu : .xlsx .xlsm .xlsb .xls .ods \
             .csv .tsv .txt)",
            path.display()
        ),
        Error::Unreadable { path, what, .. } => {
            format!("{} : fichier illisible : {what}", path.display())
        }
        Error::NoSuchSheet {
            path,
            sheet,
            available,
        } => format!(
            "{} : aucune feuille nommée « {sheet} » ; les feuilles sont : {available}",
            path.display()
        ),
        Error::NoTable {
            path, sheet, seen, ..
        } => format!(
            "{} : aucun tableau de contacts trouvé{}. En-têtes vus : {seen}. Il faut au moins \
             deux colonnes connues, dont une qui nomme la personne (nom, prénom, e-mail, \
             téléphone ou profil) ; `reseau-xlsx check` liste les en-têtes compris",
            path.display(),
            sheet
                .as_ref()
                .map(|s| format!(" dans la feuille « {s} »"))
                .unwrap_or_default()
        ),
        Error::TooLarge { path, sheet, what } => format!(
            "{} : {}trop grand : {what}",
            path.display(),
            sheet
                .as_ref()
                .map(|s| format!("feuille « {s} » : "))
                .unwrap_or_default()
        ),
        Error::Config { path, what, .. } => {
            format!(
                "{} : fichier de réglages incorrect : {what}",
                path.display()
            )
        }
        Error::Usage(what) => what.clone(),
        Error::Write { path, what, .. } => format!(
            "{}écriture impossible : {what}",
            path.as_ref()
                .map(|p| format!("{} : ", p.display()))
                .unwrap_or_default()
        ),
    }
}

/// The commonest reasons a file cannot be opened, in French; the system's words otherwise.
fn io_fr(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "fichier introuvable".into(),
        PermissionDenied => "accès refusé".into(),
        IsADirectory => "c'est un dossier".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn a_french_page_says_the_error_in_french_with_the_file() {
        let e = Error::Empty {
            path: PathBuf::from("rosa/contacts.xlsx"),
        };
        assert_eq!(
            text(&e, Lang::Fr),
            "rosa/contacts.xlsx : le fichier est vide"
        );
        assert_eq!(text(&e, Lang::En), "rosa/contacts.xlsx: the file is empty");
        let e = Error::NoTable {
            path: PathBuf::from("a.xlsx"),
            sheet: Some("Feuil1".into()),
            seen: "Quoi, Où".into(),
            accepted: "Nom, Name".into(),
        };
        let fr = text(&e, Lang::Fr);
        assert!(
            fr.starts_with("a.xlsx : aucun tableau de contacts trouvé dans la feuille « Feuil1 »"),
            "{fr}"
        );
        assert!(fr.contains("En-têtes vus : Quoi, Où"), "{fr}");
    }
}

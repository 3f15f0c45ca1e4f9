//! Writes the bundled samples in `samples/`: a French workbook, the same contacts as French
//! Excel saves a CSV (`;`, Windows-1252, CRLF), and an English workbook.
//!
//! `cargo run --example make_samples` rewrites them; they are committed, so nobody needs to.
//! The dates are set around 2026-11-26, the `--today` the README's commands use.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

/// A cell of a sample row: a real date cell, or text as the user typed it.
enum Cell {
    T(&'static str),
    D(u16, u8, u8),
}
use Cell::{D, T};

const FR_HEADERS: [&str; 17] = [
    "Prénom",
    "Nom",
    "Entreprise",
    "Poste",
    "E-mail",
    "LinkedIn",
    "Catégorie",
    "Objectif",
    "Horizon",
    "Comment",
    "Quand",
    "Dernier contact",
    "Statut",
    "Fréquence",
    "Priorité",
    "Ce que je peux apporter",
    "Notes",
];

fn fr_rows() -> Vec<[Cell; 17]> {
    vec![
        [
            T("Claire"),
            T("Martin"),
            T("Acme Conseil"),
            T("Directrice RH"),
            T("claire.martin@example.fr"),
            T("https://www.linkedin.com/in/claire-martin-example"),
            T("Ancien collègue"),
            T("Emploi"),
            T("Court terme"),
            T("Café"),
            D(2026, 12, 15),
            T(""),
            T("À contacter"),
            T(""),
            T("Haute"),
            T("Relire son article sur le recrutement"),
            T("Connaît la DRH de Nova"),
        ],
        [
            T("Karim"),
            T("Benali"),
            T("Logistik"),
            T("Fondateur"),
            T("karim@logistik.example"),
            T(""),
            T("Chef d'entreprise"),
            T("Clients, prospects"),
            T("CT"),
            T("Déjeuner"),
            D(2026, 12, 10),
            T(""),
            T("À contacter"),
            T(""),
            T(""),
            T("Lui présenter Inès"),
            T(""),
        ],
        [
            T("Sophie"),
            T("Durand"),
            T("DataLab"),
            T("Data scientist senior"),
            T("sophie.durand@datalab.example"),
            T(""),
            T("Experte"),
            T("Apprendre"),
            T("Moyen terme"),
            T("Visio"),
            T("mars 2027"),
            T(""),
            T("À contacter"),
            T(""),
            T(""),
            T(""),
            T("Excelle en data engineering"),
        ],
        [
            T("Julien"),
            T("Petit"),
            T("Indépendant"),
            T("Conférencier"),
            T(""),
            T("https://www.linkedin.com/in/julien-petit-example"),
            T("Inspirant"),
            T("Veille"),
            T("Long terme"),
            T("Événement"),
            T(""),
            T(""),
            T(""),
            T(""),
            T(""),
            T(""),
            T("Vu à une conférence"),
        ],
        [
            T("Nadia"),
            T("Rossi"),
            T("Banque du Nord"),
            T("Responsable projets"),
            T("nadia.rossi@example.fr"),
            T(""),
            T("Ancienne collègue"),
            T("Trouver un job"),
            T("Court terme"),
            T("Appel"),
            T(""),
            D(2026, 11, 10),
            T("Contacté"),
            T(""),
            T(""),
            T(""),
            T("Message LinkedIn envoyé, pas de réponse"),
        ],
        [
            T("Thomas"),
            T("Leroy"),
            T("GreenStart"),
            T("CEO"),
            T("thomas@greenstart.example"),
            T(""),
            T("Entrepreneur"),
            T("Partenaires / investisseurs"),
            T("Moyen terme"),
            T("Café"),
            D(2026, 12, 3),
            D(2026, 11, 18),
            T("RDV planifié"),
            T(""),
            T(""),
            T("Un contact chez un fonds"),
            T("RDV le 3/12 à 9h"),
        ],
        [
            T("Émilie"),
            T("Bernard"),
            T("Cabinet Lumière"),
            T("Avocate"),
            T("emilie.bernard@example.fr"),
            T(""),
            T("Experte"),
            T("Emploi"),
            T("Court terme"),
            T("Café"),
            T(""),
            D(2026, 11, 20),
            T("Rencontré"),
            T(""),
            T(""),
            T(""),
            T("Très bon échange, m'a donné 2 noms"),
        ],
        [
            T("Marc"),
            T("Dubois"),
            T("Blog Tech & Co"),
            T("Auteur"),
            T(""),
            T("https://www.linkedin.com/in/marc-dubois-example"),
            T("Influenceur"),
            T("Veille"),
            T("Long terme"),
            T("Message"),
            T(""),
            D(2026, 8, 15),
            T("Remercié"),
            T("3 mois"),
            T(""),
            T(""),
            T(""),
        ],
        [
            T("Léa"),
            T("Moreau"),
            T(""),
            T(""),
            T("lea.moreau@example.fr"),
            T(""),
            T("Amie"),
            T("Emploi"),
            T("Moyen terme"),
            T("Déjeuner"),
            T(""),
            D(2026, 10, 1),
            T("Tenu informé"),
            T(""),
            T(""),
            T(""),
            T(""),
        ],
        [
            T("Paul"),
            T("Girard"),
            T("Ex-Acme"),
            T("Commercial"),
            T(""),
            T(""),
            T("Ancien collègue"),
            T("Business"),
            T("Long terme"),
            T("E-mail"),
            T(""),
            D(2026, 3, 2),
            T("Sans suite"),
            T(""),
            T(""),
            T(""),
            T("A changé de secteur"),
        ],
        [
            T("Inès"),
            T("Fontaine"),
            T("Fontaine Design"),
            T("Fondatrice"),
            T("ines@fontaine.example"),
            T(""),
            T("Fondatrice"),
            T("Clients"),
            T("Court terme"),
            T("Café"),
            D(2026, 11, 30),
            T(""),
            T("À contacter"),
            T(""),
            T(""),
            T("Lui présenter Karim"),
            T(""),
        ],
        [
            T("Hugo"),
            T("Lambert"),
            T("Studio H"),
            T("Directeur artistique"),
            T(""),
            T(""),
            T("Expert"),
            T("golf"),
            T("Moyen terme"),
            T("Café"),
            T(""),
            T(""),
            T("À contacter"),
            T(""),
            T(""),
            T(""),
            T(""),
        ],
        [
            T("Camille"),
            T("Roux"),
            T("Université de Lyon"),
            T("Chercheuse"),
            T("camille.roux@example.fr"),
            T(""),
            T("Inspirante"),
            T("Expertise"),
            T("Moyen terme"),
            T("Déjeuner"),
            T("fin mar"),
            T(""),
            T("À contacter"),
            T(""),
            T("Basse"),
            T(""),
            T(""),
        ],
        [
            T("Antoine"),
            T("Garnier"),
            T("Garnier & Fils"),
            T("Dirigeant"),
            T("antoine@garnier.example"),
            T(""),
            T("Chef d'entreprise"),
            T("Clients"),
            T("Court terme"),
            T("Visio"),
            T(""),
            D(2026, 11, 24),
            T("En attente"),
            T(""),
            T(""),
            T(""),
            T("=A relancer si pas de réponse"),
        ],
        [
            T("Sarah"),
            T("Cohen"),
            T("Podcast Carrières"),
            T("Animatrice"),
            T(""),
            T("https://www.linkedin.com/in/sarah-cohen-example"),
            T("Influenceuse"),
            T("Veille"),
            T("Long terme"),
            T("Événement"),
            D(2027, 1, 20),
            T(""),
            T("À contacter"),
            T(""),
            T(""),
            T(""),
            T(""),
        ],
        [
            T("Olivier"),
            T("Mercier"),
            T("Acme Conseil"),
            T("Ancien manager"),
            T("olivier.mercier@example.fr"),
            T(""),
            T("Ancien manager"),
            T("Emploi"),
            T("CT"),
            T("Déjeuner"),
            T(""),
            D(2026, 11, 25),
            T("Rencontré"),
            T(""),
            T(""),
            T("Lui envoyer l'étude promise"),
            T(""),
        ],
    ]
}

const EN_HEADERS: [&str; 14] = [
    "Name",
    "Company",
    "Title",
    "Email",
    "LinkedIn",
    "Relationship",
    "Goal",
    "Timeframe",
    "How",
    "Due date",
    "Last contacted",
    "Status",
    "Keep in touch every",
    "How I can help",
];

fn en_rows() -> Vec<[Cell; 14]> {
    vec![
        [
            T("Grace Hopper"),
            T("Navy Labs"),
            T("Engineering Director"),
            T("grace@example.com"),
            T("https://www.linkedin.com/in/grace-example"),
            T("Worked with"),
            T("Job"),
            T("Short term"),
            T("Coffee"),
            D(2026, 12, 11),
            T(""),
            T("To contact"),
            T(""),
            T("Intro to my data team"),
        ],
        [
            T("Alan Turing"),
            T("Bletchley Ventures"),
            T("Founder"),
            T("alan@bletchley.example"),
            T(""),
            T("Founder"),
            T("Investors"),
            T("Medium term"),
            T("Lunch"),
            T("March 2027"),
            T(""),
            T("To contact"),
            T(""),
            T(""),
        ],
        [
            T("Ada Lovelace"),
            T("Engines Inc"),
            T("CTO"),
            T("ada@engines.example"),
            T(""),
            T("Expert"),
            T("Learn"),
            T("Medium term"),
            T("Video"),
            T(""),
            D(2026, 11, 3),
            T("Contacted"),
            T(""),
            T(""),
        ],
        [
            T("Linus Torvalds"),
            T("Kernel Co"),
            T("Maintainer"),
            T(""),
            T("https://www.linkedin.com/in/linus-example"),
            T("Inspiring"),
            T("Market watch"),
            T("Long term"),
            T("Event"),
            T(""),
            T(""),
            T(""),
            T(""),
            T(""),
        ],
        [
            T("Margaret Hamilton"),
            T("Apollo Software"),
            T("Lead"),
            T("margaret@apollo.example"),
            T(""),
            T("Former colleague"),
            T("Job"),
            T("Short term"),
            T("Coffee"),
            T(""),
            D(2026, 11, 21),
            T("Met"),
            T(""),
            T("Send the paper I promised"),
        ],
        [
            T("Dennis Ritchie"),
            T("Bell Labs"),
            T("Researcher"),
            T(""),
            T(""),
            T("Expert"),
            T("Expertise"),
            T("Long term"),
            T("Email"),
            T(""),
            D(2026, 7, 1),
            T("Thanked"),
            T("quarterly"),
            T(""),
        ],
        [
            T("Barbara Liskov"),
            T("MIT"),
            T("Professor"),
            T("barbara@mit.example"),
            T(""),
            T("Inspiring"),
            T("Expertise"),
            T("Medium term"),
            T("Call"),
            T(""),
            D(2026, 11, 24),
            T("Scheduled"),
            T(""),
            T(""),
        ],
        [
            T("Ken Thompson"),
            T("Go Team"),
            T("Engineer"),
            T(""),
            T(""),
            T("Colleague"),
            T("Business"),
            T("Long term"),
            T("Email"),
            T(""),
            T(""),
            T("Dropped"),
            T(""),
            T(""),
        ],
        [
            T("Frances Allen"),
            T("Compilers Ltd"),
            T("Owner"),
            T("frances@compilers.example"),
            T(""),
            T("Business owner"),
            T("Clients"),
            T("Short term"),
            T("Coffee"),
            D(2026, 11, 28),
            T(""),
            T("To contact"),
            T(""),
            T(""),
        ],
    ]
}

fn write_sheet<const N: usize>(
    sheet: &mut rust_xlsxwriter::Worksheet,
    title: &str,
    note: &str,
    headers: &[&str; N],
    rows: &[[Cell; N]],
    date_format: &Format,
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    sheet.write_string_with_format(0, 0, title, &Format::new().set_bold().set_font_size(14))?;
    sheet.write_string(1, 0, note)?;
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(3, c as u16, *h, &bold)?;
        sheet.set_column_width(c as u16, 16)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 4;
        for (c, cell) in row.iter().enumerate() {
            match cell {
                T("") => {}
                T(s) => {
                    sheet.write_string(r, c as u16, *s)?;
                }
                D(y, m, d) => {
                    let date = ExcelDateTime::from_ymd(*y, *m, *d)?;
                    sheet.write_datetime_with_format(r, c as u16, &date, date_format)?;
                }
            }
        }
    }
    Ok(())
}

/// A workbook whose bytes do not depend on when the samples were made.
fn new_book() -> Result<Workbook, XlsxError> {
    let mut book = Workbook::new();
    let made = ExcelDateTime::from_ymd(2026, 11, 26)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&made));
    Ok(book)
}

fn french_workbook() -> Result<(), XlsxError> {
    let mut book = new_book()?;
    let dates = Format::new().set_num_format("dd/mm/yyyy");
    let sheet = book.add_worksheet().set_name("Réseau")?;
    write_sheet(
        sheet,
        "Mon réseau — objectif : nouveau poste au 1er trimestre",
        "Une ligne par personne. Quoi = objectif, Comment = moyen, Quand = échéance.",
        &FR_HEADERS,
        &fr_rows(),
        &dates,
    )?;
    let notes = book.add_worksheet().set_name("Idées")?;
    notes.write_string(0, 0, "Personnes à ajouter")?;
    notes.write_string(1, 0, "La sœur de Claire, qui travaille chez Nova")?;
    notes.write_number(2, 0, 2027)?;
    notes.write_string(2, 1, "salon de l'emploi : à vérifier")?;
    book.save("samples/contacts.xlsx")
}

fn french_csv() -> std::io::Result<()> {
    let mut text = String::new();
    let quote = |s: &str| {
        if s.contains([';', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    // French Excel keeps the title rows above the table, padded with separators.
    let pad = ";".repeat(FR_HEADERS.len() - 1);
    text.push_str(&format!(
        "Mon réseau - objectif : nouveau poste au 1er trimestre{pad}\r\n"
    ));
    text.push_str(&format!("{pad}\r\n"));
    text.push_str(&FR_HEADERS.map(quote).join(";"));
    text.push_str("\r\n");
    for row in fr_rows() {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                T(s) => quote(s),
                // French Excel writes date cells as day/month/year text.
                D(y, m, d) => format!("{d:02}/{m:02}/{y}"),
            })
            .collect();
        text.push_str(&cells.join(";"));
        text.push_str("\r\n");
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable, "every sample character exists in Windows-1252");
    std::fs::write("samples/contacts.csv", bytes)
}

fn english_workbook() -> Result<(), XlsxError> {
    let mut book = new_book()?;
    let dates = Format::new().set_num_format("yyyy-mm-dd");
    let sheet = book.add_worksheet().set_name("Contacts")?;
    write_sheet(
        sheet,
        "Networking tracker",
        "One row per person: goal, how to meet, when.",
        &EN_HEADERS,
        &en_rows(),
        &dates,
    )?;
    book.save("samples/contacts-en.xlsx")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all("samples")?;
    french_workbook()?;
    french_csv()?;
    english_workbook()?;
    println!("wrote samples/contacts.xlsx, samples/contacts.csv, samples/contacts-en.xlsx");
    Ok(())
}

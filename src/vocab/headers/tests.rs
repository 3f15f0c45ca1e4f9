use super::*;

fn field(header: &str) -> Option<Field> {
    by_words(&words(header))
}

#[test]
fn headers_split_and_fold() {
    assert_eq!(words("followUpContactName"), "follow up contact name");
    assert_eq!(words("last_seen"), "last seen");
    assert_eq!(words("Email 1 - Value"), "email 1 value");
    assert_eq!(words("email1"), "email 1");
}

#[test]
fn the_words_make_the_field() {
    use Field::*;
    let cases: &[(&str, Field)] = &[
        ("Next Follow-up", Deadline),
        ("Next Activity Date", Deadline),
        ("Date relance", Deadline),
        ("Prochaine relance", Deadline),
        ("Prochain suivi", Deadline),
        ("followUpDate", Deadline),
        ("Last Activity Date", LastContact),
        ("Last Engagement Date", LastContact),
        ("last_seen", LastContact),
        ("outreach_date", LastContact),
        ("Date Applied", LastContact),
        ("Date envoi", LastContact),
        ("Dernière relance", LastContact),
        ("coffee_chat_date", MeetingDate),
        ("Contact Person", Name),
        ("follow_up_contact_name", Name),
        ("Contact recruteur", Name),
        ("Nom Client/Prospect", Name),
        ("Email 1 - Value", Email),
        ("email_work", Email),
        ("Contact Email", Email),
        ("Adresse de messagerie", Email),
        ("phone_work", Phone),
        ("Tél. mobile", Phone),
        ("URL/Link", Linkedin),
        ("Page Web", Linkedin),
        ("Lead Status", Status),
        ("response_status", Status),
        ("application_status", Status),
        ("Referred By", IntroducedBy),
        ("Présenté par", IntroducedBy),
        ("Mutual Connection", IntroducedBy),
        ("relationship_type", Category),
        ("Contact type", Category),
        ("Labels", Category),
        ("tags", Category),
        ("Catégories", Category),
        ("contact_first_name", FirstName),
        ("lastName", LastName),
        ("Relationship Strength", Priority),
        ("Met Through", Category),
        ("Email Sent Date", LastContact),
        ("Call date", MeetingDate),
        ("Outcome", Status),
        ("Nom et prénom", Name),
        ("Relancer avant", Deadline),
        ("Who introduced you", IntroducedBy),
        ("LinkedIn Profile URL", Linkedin),
        ("Reach out by", Deadline),
        ("Next Check-in", Deadline),
        ("Comment je l'ai connu", Category),
        ("Person - Name", Name),
        ("Person - Email - Work", Email),
        ("Organization - Name", Company),
        ("Interlocuteur", Name),
        ("Date dernier RDV", LastContact),
        ("Connection Strength", Priority),
        ("Person - Label", Category),
        ("Où rencontré", Category),
        ("Next Action Due", Deadline),
        ("Title/Position", Role),
        ("Fonction occupée", Role),
        ("Présenté(e) par", IntroducedBy),
        ("Adresse e-mail 1 - Valeur", Email),
        ("Organisation 1 - Nom", Company),
        ("Organisation 1 - Titre", Role),
        ("Site Web 1 - Valeur", Linkedin),
        ("Libellés", Category),
        ("Appartenance à un groupe", Category),
        ("Date de connexion", LastContact),
        ("Téléphone (bureau)", Phone),
        ("Applied Via", Category),
        ("Relation 1 - Type", Category),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(h, f)| field(h) != Some(*f))
        .map(|(h, f)| format!("{h:?}: {:?}, not {f:?}", field(h)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn words_that_describe_another_column_are_not_its_field() {
    for h in [
        "E-mail 1 - Label",
        "E-mail Type",
        "E-mail Display Name",
        "Phone 1 - Type",
        "Business Fax",
        "Business State",
        "Middle Name",
        "Phonetic First Name",
        "Job Link",
        "Date Added",
        "Organization 1 - Department",
        "Deuxième prénom",
        "Company Type",
        "Company Website",
        "Email Sent",
        "Manager's Name",
        "Assistant's Phone",
        "Relation 1 - Value",
        "Owner Name",
        "Person - ID",
        "Person - Open deals",
        "Nom complet de l'adresse de messagerie",
        "Adresse e-mail 1 - Type",
        "Nom du responsable",
        "Télécopie (bureau)",
        "Mailing City",
    ] {
        assert_eq!(field(h), None, "{h:?}");
    }
    assert_eq!(nearest("Follow-up"), Some(Field::Deadline));
    assert_eq!(nearest("Companie"), Some(Field::Company));
    assert_eq!(nearest("Birthday"), None);
    // A sentence above the table is not a header.
    assert_eq!(
        field("You will only see email addresses for connections who allowed it"),
        None
    );
}

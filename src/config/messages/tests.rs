use std::path::Path;

use crate::config::{Config, FileConfig};
use crate::draft::Part;
use crate::testkit::d;
use crate::vocab::{Lang, NextAction};

fn parse(text: &str) -> Result<Config, String> {
    let p = Path::new("reseau.toml");
    let mut c = Config::new(d("2026-11-26"));
    FileConfig::parse(p, text)
        .and_then(|f| f.apply(p, &mut c))
        .map_err(|e| e.to_string())?;
    Ok(c)
}

#[test]
fn me_and_templates_are_read() {
    let c = parse(
        "weeks = 4\n[me]\nname = \"Camille\"\nproject = \"Data\"\n\
         [messages.en]\nthank = \"Thanks {first_name}\"\nthank_subject = \"Hi\"\n",
    )
    .unwrap();
    assert_eq!(c.messages.name.as_deref(), Some("Camille"));
    assert_eq!(c.messages.project.as_deref(), Some("Data"));
    let got: Vec<_> = c
        .messages
        .custom
        .iter()
        .map(|t| (t.lang, t.action, t.part, t.text.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                Lang::En,
                NextAction::Thank,
                Part::Body,
                "Thanks {first_name}"
            ),
            (Lang::En, NextAction::Thank, Part::Subject, "Hi"),
        ]
    );
}

#[test]
fn an_unknown_placeholder_is_refused_with_its_line() {
    let e = parse("[messages.fr]\npropose = \"\"\"\nBonjour {prenom},\nA\"\"\"\n").unwrap_err();
    assert!(e.contains("line 3") && e.contains("{prenom}"), "{e}");
    assert!(e.contains("propose") && e.contains("{first_name}"), "{e}");
    let e = parse("\n[messages.en]\nthank = \"a\\n{x}\"\n").unwrap_err();
    assert!(e.contains("line 3") && e.contains("{x}"), "{e}");
}

#[test]
fn an_unknown_action_language_or_key_of_me_is_refused_with_its_line() {
    let e = parse("[messages.fr]\n\npropser = \"x\"\n").unwrap_err();
    assert!(e.contains("line 3") && e.contains("\"propser\""), "{e}");
    assert!(e.contains("follow_up"), "{e}");
    let e = parse("[messages.fr]\nnone = \"x\"\n").unwrap_err();
    assert!(e.contains("line 2") && e.contains("\"none\""), "{e}");
    let e = parse("[messages.de]\nthank = \"x\"\n").unwrap_err();
    assert!(e.contains("line 1") && e.contains("messages.de"), "{e}");
    let e = parse("[me]\nnom = \"x\"\n").unwrap_err();
    assert!(e.contains("line 2") && e.contains("nom"), "{e}");
}

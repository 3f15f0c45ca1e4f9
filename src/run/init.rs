//! `reseau-xlsx init`: a ready-to-fill workbook, empty (two example rows) or started from a
//! contacts export read through the usual pipeline.

use super::settings::{self, Environment};
use super::{load, report_error, EXIT_ERROR, EXIT_OK};
use crate::cli::InitArgs;
use crate::error::Error;
use crate::model::{Contact, Lang};
use crate::safe::terminal::line;
use crate::write::{save, template};

/// Runs `init`; returns the exit code.
pub fn run(args: &InitArgs, env: &Environment) -> i32 {
    match one(args, env) {
        Ok(_) if args.quiet => EXIT_OK,
        Ok((count, lang, settings)) => {
            match &args.from {
                Some(from) => println!(
                    "{}: {count} {} {}",
                    line(&args.output.display().to_string()),
                    lang.pick("contacts repris de", "contacts from"),
                    line(&from.display().to_string())
                ),
                None => println!(
                    "{}: {}",
                    line(&args.output.display().to_string()),
                    lang.pick("prêt à remplir", "ready to fill")
                ),
            }
            let (path, wrote) = settings;
            let said = if wrote {
                lang.pick(
                    "réglages à compléter : les lignes [me] de vos brouillons",
                    "settings to fill: the [me] lines of your drafts",
                )
            } else {
                lang.pick(
                    "existe déjà, laissé tel quel (vérifiez ses lignes [me])",
                    "already there, left as it is (check its [me] lines)",
                )
            };
            println!("{}: {said}", line(&path.display().to_string()));
            EXIT_OK
        }
        Err(e) => {
            report_error(&e);
            EXIT_ERROR
        }
    }
}

/// Writes the workbook and, beside it, a commented `reseau.toml` unless one is there; returns
/// the contacts taken, the language, and the settings file with whether it was written.
fn one(
    args: &InitArgs,
    env: &Environment,
) -> Result<(usize, Lang, (std::path::PathBuf, bool)), Error> {
    let config = settings::for_init(args, env)?;
    if !super::paths::has_ext(&args.output, "xlsx") {
        // A workbook under a .csv name would be refused by every program that opens it as
        // text; the user asked for a file name, so the name is theirs to fix.
        return Err(Error::Usage(format!(
            "{}: init writes an .xlsx workbook; name it {}",
            args.output.display(),
            args.output.with_extension("xlsx").display()
        )));
    }
    if args.output.exists() && !args.force {
        return Err(Error::Usage(format!(
            "{}: already exists; init never replaces a sheet (use --force, or another name)",
            args.output.display()
        )));
    }
    let settings = settings::locate(args.read.config.as_deref(), &env.cwd);
    let target = super::outputs::init(&args.output, args.from.as_deref(), settings.as_deref())?;
    let loaded = args
        .from
        .as_ref()
        .map(|export| load(export, &config))
        .transpose()?;
    let contacts: Vec<Contact> = match &loaded {
        Some(loaded) => loaded.contacts(&config).0,
        None => Vec::new(),
    };
    // An export's headers are always English (LinkedIn, Google, Outlook): they do not make a
    // French user's sheet English, so only --lang and the environment decide here.
    let lang = config.lang_for(None);
    let bytes = template::workbook(lang, &contacts).map_err(|e| e.writing(&args.output))?;
    let mut staged = vec![save::staged(&target, |w| {
        w.write_all(&bytes).map_err(Error::write)
    })?];
    // Beside the workbook, the settings its drafts read; one already there is the user's.
    let settings_path = match args.output.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join("reseau.toml"),
        _ => std::path::PathBuf::from("reseau.toml"),
    };
    let write_settings = !settings_path.exists();
    if write_settings {
        let text = template::settings_file(lang);
        let target = crate::write::target::output(&settings_path)?;
        staged.push(save::staged(&target, |w| {
            w.write_all(text.as_bytes()).map_err(Error::write)
        })?);
    }
    save::put_in_place(staged)?;
    Ok((contacts.len(), lang, (settings_path, write_settings)))
}

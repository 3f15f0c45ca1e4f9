//! `reseau-xlsx init`: a ready-to-fill workbook, empty (two example rows) or started from one
//! or several contacts exports read through the usual pipeline, the same person merged across
//! them.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::settings::{self, Environment};
use super::{load, report_error, EXIT_ERROR, EXIT_OK};
use crate::cli::InitArgs;
use crate::error::Error;
use crate::model::{Contact, Lang, Problem};
use crate::safe::terminal::line;
use crate::write::{save, template};

/// Runs `init`; returns the exit code.
pub fn run(args: &InitArgs, env: &Environment) -> i32 {
    match one(args, env) {
        Ok(done) => {
            if !args.quiet {
                print!("{}", done.summary(args));
            }
            EXIT_OK
        }
        Err(e) => {
            report_error(&e);
            EXIT_ERROR
        }
    }
}

/// What `init` did: the rows written, the rows merged away, and each export's own count and
/// problems.
struct Done {
    count: usize,
    merged: usize,
    lang: Lang,
    exports: Vec<Export>,
    /// The `reseau.toml` beside the workbook, and whether `init` wrote it (one already there
    /// is the user's, left as it is).
    settings: (PathBuf, bool),
}

struct Export {
    path: PathBuf,
    sheet: String,
    contacts: usize,
    problems: Vec<Problem>,
}

impl Done {
    /// The lines on stdout: what was written, then each export's problems as `check` prints
    /// them.
    fn summary(&self, args: &InitArgs) -> String {
        let l = self.lang;
        let shown = args.output.display().to_string();
        let out = line(&shown);
        let mut s = String::new();
        match self.exports.as_slice() {
            [] => {
                let _ = writeln!(s, "{out}: {}", l.pick("prêt à remplir", "ready to fill"));
            }
            [one] => {
                let _ = writeln!(
                    s,
                    "{out}: {} {} {}",
                    self.count,
                    l.pick("contacts repris de", "contacts from"),
                    line(&one.path.display().to_string())
                );
            }
            many => {
                let _ = writeln!(
                    s,
                    "{out}: {} {} {} {} ({} {})",
                    self.count,
                    l.pick("contacts repris de", "contacts from"),
                    many.len(),
                    l.pick("exports", "exports"),
                    self.merged,
                    l.pick(
                        "lignes d'une même personne réunies",
                        "rows of the same person merged"
                    ),
                );
            }
        }
        let (path, wrote) = &self.settings;
        let said = if *wrote {
            l.pick(
                "réglages à compléter : les lignes [me] de vos brouillons",
                "settings to fill: the [me] lines of your drafts",
            )
        } else {
            l.pick(
                "existe déjà, laissé tel quel (vérifiez ses lignes [me])",
                "already there, left as it is (check its [me] lines)",
            )
        };
        let _ = writeln!(s, "{}: {said}", line(&path.display().to_string()));
        for e in &self.exports {
            if self.exports.len() == 1 && e.problems.is_empty() {
                continue;
            }
            let _ = writeln!(
                s,
                "  {}: {} {}, {} {}",
                line(&e.path.display().to_string()),
                e.contacts,
                l.pick("contacts", "contacts"),
                e.problems.len(),
                match (l, e.problems.len()) {
                    (Lang::Fr, 1) => "problème",
                    (Lang::Fr, _) => "problèmes",
                    (Lang::En, 1) => "problem",
                    (Lang::En, _) => "problems",
                }
            );
            for p in &e.problems {
                let _ = writeln!(
                    s,
                    "    {}",
                    line(&super::summary::problem_line(p, &e.sheet, l))
                );
            }
        }
        s
    }
}

fn one(args: &InitArgs, env: &Environment) -> Result<Done, Error> {
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
    let target = super::outputs::init(&args.output, &args.from, settings.as_deref())?;
    let loaded = args
        .from
        .iter()
        .map(|export| load(export, &config))
        .collect::<Result<Vec<_>, Error>>()?;
    // An export's headers are always English (LinkedIn, Google, Outlook): they do not make a
    // French user's sheet English, so only --lang and the environment decide here.
    let lang = config.lang_for(None);
    let mut lists: Vec<Vec<Contact>> = Vec::with_capacity(loaded.len());
    let mut exports = Vec::with_capacity(loaded.len());
    for (path, l) in args.from.iter().zip(&loaded) {
        let (contacts, problems) = l.contacts(&config);
        exports.push(Export {
            path: path.clone(),
            sheet: l
                .workbook
                .sheets
                .get(l.table.sheet)
                .map(|s| s.name.to_string())
                .unwrap_or_default(),
            contacts: contacts.len(),
            problems,
        });
        lists.push(contacts);
    }
    let (contacts, merged) = crate::normalize::merge::people(lists, lang);
    let bytes = template::workbook(lang, &contacts).map_err(|e| e.writing(&args.output))?;
    let mut staged = vec![save::staged(&target, |w| {
        w.write_all(&bytes).map_err(Error::write)
    })?];
    // Beside the workbook, the settings its drafts read; one already there is the user's.
    let settings_path = match args.output.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join("reseau.toml"),
        _ => PathBuf::from("reseau.toml"),
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
    Ok(Done {
        count: contacts.len(),
        merged,
        lang,
        exports,
        settings: (settings_path, write_settings),
    })
}

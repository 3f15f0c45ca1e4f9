//! The inputs of a `process` run, as the user gave them: files, and folders walked for their
//! sheets (recursively, in name order). Lock and temporary files are skipped with a line, and
//! the tool's own outputs are never taken as inputs. Each input keeps the folder it is counted
//! under (the folder given, or the common folder of the files given), which names it in a
//! cohort (`rosa/contacts.xlsx`) and keeps its sub-folder under `--out-dir`.

use std::path::{Component, Path, PathBuf};

use crate::vocab::Lang;

/// The extensions of the sheets a folder is walked for.
const SHEETS: [&str; 8] = ["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "tsv", "txt"];

/// One input of the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The file, as it is opened.
    pub path: PathBuf,
    /// Its path under the folder it is counted under: `rosa/contacts.xlsx`.
    pub under: PathBuf,
}

impl Input {
    /// The sub-folder kept under `--out-dir`: `rosa` for `rosa/contacts.xlsx`, empty at the top.
    pub fn sub_folder(&self) -> &Path {
        self.under.parent().unwrap_or(Path::new(""))
    }
}

/// A file left out of the run, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub why: Why,
    /// For a file of a folder: its path under that folder (as [`Input::under`]).
    pub under: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// `~$name.xlsx`: Excel's lock file while the sheet is open.
    ExcelLock,
    /// `.~lock.name.xlsx#`: LibreOffice's lock file.
    OfficeLock,
    /// `*.tmp`, and this tool's own `.reseau-*.tmp`.
    Temporary,
    /// `NAME.reseau.xlsx` in a folder: an output of this tool.
    Output,
    /// The output this run writes for another of its inputs.
    OutputOfInput,
    /// The cohort workbook this run writes again (`--cohort`).
    Cohort,
}

impl Skipped {
    /// The line the run prints for it, in `l`.
    pub fn line(&self, l: Lang) -> String {
        let why = match self.why {
            Why::ExcelLock => l.pick(
                "fichier de verrou d'Excel (le classeur est ouvert)",
                "Excel's lock file (the workbook is open)",
            ),
            Why::OfficeLock => l.pick(
                "fichier de verrou de LibreOffice (le classeur est ouvert)",
                "LibreOffice's lock file (the workbook is open)",
            ),
            Why::Temporary => l.pick("fichier temporaire", "a temporary file"),
            Why::Output => l.pick(
                "un classeur écrit par reseau-xlsx",
                "a workbook written by reseau-xlsx",
            ),
            Why::OutputOfInput => l.pick(
                "le classeur que ce passage écrit pour une autre entrée",
                "the workbook this run writes for another input",
            ),
            Why::Cohort => l.pick(
                "le classeur de la cohorte que ce passage écrit (--cohort)",
                "the cohort workbook this run writes (--cohort)",
            ),
        };
        format!(
            "{} {}{}{why}",
            l.pick("ignoré :", "skipped:"),
            self.path.display(),
            l.pick(" : ", ": ")
        )
    }
}

/// Why a file name is no sheet of the user's, if it is not.
fn skip_name(name: &str) -> Option<Why> {
    let lower = name.to_lowercase();
    if name.starts_with("~$") {
        Some(Why::ExcelLock)
    } else if name.starts_with(".~lock") {
        Some(Why::OfficeLock)
    } else if lower.ends_with(".tmp") || lower.starts_with(".reseau-") {
        Some(Why::Temporary)
    } else {
        None
    }
}

/// What the run was given, walked.
#[derive(Debug, Default)]
pub struct Expanded {
    pub inputs: Vec<Input>,
    pub skipped: Vec<Skipped>,
    /// Whether the run is a batch: a folder was given, or several files.
    pub batch: bool,
    /// The folders given that hold no sheet: each is an input that fails.
    pub empty: Vec<PathBuf>,
}

/// Why a folder given gives no input.
pub fn empty_folder(folder: &Path) -> crate::error::Error {
    crate::error::Error::Usage(format!(
        "{}: a folder without any sheet (.xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv, .txt); \
         give the folder that holds the sheets, or the sheets themselves",
        folder.display()
    ))
}

/// The inputs of `given`: each file as it is (a lock or temporary file given by name is
/// skipped too), each folder walked. A folder that cannot be read is an input of its own, so
/// that opening it reports the error.
pub fn expand(given: &[PathBuf]) -> Expanded {
    let mut out = Expanded::default();
    let files: Vec<&PathBuf> = given.iter().filter(|p| !p.is_dir()).collect();
    let top = common_folder(files.iter().map(|p| parent(p)));
    for path in given {
        if path.is_dir() {
            out.batch = true;
            let mut found = Vec::new();
            walk(path, path, &mut found, &mut out.skipped);
            if found.is_empty() {
                out.empty.push(path.clone());
            }
            for f in found {
                let under = f.strip_prefix(path).unwrap_or(&f).to_path_buf();
                out.inputs.push(Input { path: f, under });
            }
            continue;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(why) = skip_name(&name) {
            out.skipped.push(Skipped {
                path: path.clone(),
                why,
                under: None,
            });
            continue;
        }
        let under = match &top {
            Some(top) => path.strip_prefix(top).unwrap_or(path).to_path_buf(),
            None => PathBuf::from(&name),
        };
        out.inputs.push(Input {
            path: path.clone(),
            under,
        });
    }
    out.batch |= out.inputs.len() + out.skipped.len() > 1;
    out
}

/// The folder of a file as given: `.` for a bare name.
fn parent(p: &Path) -> &Path {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// The longest folder all `dirs` are in, compared component by component; `None` when they
/// share none (one absolute, one relative).
fn common_folder<'a>(dirs: impl Iterator<Item = &'a Path>) -> Option<PathBuf> {
    let mut common: Option<Vec<Component>> = None;
    for d in dirs {
        let parts: Vec<Component> = d.components().filter(|c| *c != Component::CurDir).collect();
        common = Some(match common {
            None => parts,
            Some(c) => c
                .into_iter()
                .zip(parts)
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    common.map(|c| c.iter().collect())
}

/// The sheets under `dir`, in name order, folders walked where they sort; hidden folders and
/// the files that are no sheet (by extension) are passed over without a word.
fn walk(root: &Path, dir: &Path, found: &mut Vec<PathBuf>, skipped: &mut Vec<Skipped>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        found.push(dir.to_path_buf());
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            if !name.starts_with('.') {
                walk(root, &path, found, skipped);
            }
            continue;
        }
        let under = path.strip_prefix(root).ok().map(Path::to_path_buf);
        if let Some(why) = skip_name(&name) {
            skipped.push(Skipped { path, why, under });
            continue;
        }
        let is_sheet = path
            .extension()
            .is_some_and(|e| SHEETS.iter().any(|s| e.eq_ignore_ascii_case(s)));
        if !is_sheet {
            continue;
        }
        if name.to_lowercase().ends_with(".reseau.xlsx") {
            skipped.push(Skipped {
                path,
                why: Why::Output,
                under,
            });
            continue;
        }
        found.push(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_folder_of_files() {
        let a = Path::new("people/rosa");
        let b = Path::new("people/ali");
        assert_eq!(
            common_folder([a, b].into_iter()),
            Some(PathBuf::from("people"))
        );
        assert_eq!(
            common_folder([Path::new(".")].into_iter()),
            Some(PathBuf::new())
        );
    }

    #[test]
    fn lock_and_temporary_names() {
        assert_eq!(skip_name("~$isabelle.xlsx"), Some(Why::ExcelLock));
        assert_eq!(skip_name(".~lock.rosa.ods#"), Some(Why::OfficeLock));
        assert_eq!(skip_name("export.TMP"), Some(Why::Temporary));
        assert_eq!(skip_name("rosa.xlsx"), None);
    }
}

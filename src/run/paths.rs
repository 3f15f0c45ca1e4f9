//! Where `process` writes: `-o`, `--out-dir`, `--in-place`, or `NAME.reseau.xlsx` beside the
//! input, as a path; `outputs` resolves it and refuses it when it is an input or another
//! output of the run.

use std::path::{Path, PathBuf};

use crate::cli::ProcessArgs;
use crate::error::Error;

/// The suffix of the default output name.
const SUFFIX: &str = ".reseau.xlsx";

/// The workbook path to write for `input`; `sub` is the sub-folder kept under `--out-dir`
/// (empty for an input at the top of the folder given).
///
/// # Errors
/// [`Error::Usage`] when the output is not an `.xlsx`, or `--in-place` is given for an input
/// that is not one.
pub fn output_for(input: &Path, sub: &Path, args: &ProcessArgs) -> Result<PathBuf, Error> {
    let stem = input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "contacts".into());
    if args.in_place {
        if !has_ext(input, "xlsx") {
            return Err(Error::Usage(format!(
                "{}: --in-place rewrites .xlsx workbooks only; use -o to write an .xlsx beside it",
                input.display()
            )));
        }
        return Ok(input.to_path_buf());
    }
    let out = match (&args.output, &args.out_dir) {
        (Some(o), _) => o.clone(),
        (None, Some(dir)) => dir.join(sub).join(format!("{stem}{SUFFIX}")),
        (None, None) => input.with_file_name(format!("{stem}{SUFFIX}")),
    };
    if !has_ext(&out, "xlsx") {
        return Err(Error::Usage(format!(
            "{}: the output is an .xlsx workbook; give it the .xlsx extension",
            out.display()
        )));
    }
    Ok(out)
}

pub fn has_ext(p: &Path, ext: &str) -> bool {
    p.extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(ext))
}

/// The path of `to` seen from the folder of the file `from` (`rosa/contacts.reseau.xlsx` from
/// `cohort.xlsx`, `../rosa/...` from `out/cohort.xlsx`), as written, for a link; `to` as it
/// is when the two do not share a start (one absolute, one relative).
pub fn relative(from: &Path, to: &Path) -> String {
    use std::path::Component;
    let parts = |p: &Path| -> Vec<String> {
        p.components()
            .filter(|c| *c != Component::CurDir)
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect()
    };
    let base = parts(from.parent().unwrap_or(Path::new("")));
    let target = parts(to);
    if from.is_absolute() != to.is_absolute() || base.iter().any(|c| c == "..") {
        return to.display().to_string();
    }
    let same = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut out: Vec<String> = vec!["..".into(); base.len() - same];
    out.extend(target[same..].iter().cloned());
    out.join("/")
}

//! Where `process` writes: `-o`, `--out-dir`, `--in-place`, or `NAME.reseau.xlsx` beside the
//! input. Refuses an output that would overwrite the input without `--in-place`.

use std::path::{Path, PathBuf};

use crate::cli::ProcessArgs;
use crate::error::Error;

/// The suffix of the default output name.
const SUFFIX: &str = ".reseau.xlsx";

/// The workbook path to write for `input`.
///
/// # Errors
/// [`Error::Usage`] when the output would be the input (without `--in-place`), is not an
/// `.xlsx`, or its folder does not exist.
pub fn output_for(input: &Path, args: &ProcessArgs) -> Result<PathBuf, Error> {
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
        (None, Some(dir)) => dir.join(format!("{stem}{SUFFIX}")),
        (None, None) => input.with_file_name(format!("{stem}{SUFFIX}")),
    };
    if !has_ext(&out, "xlsx") {
        return Err(Error::Usage(format!(
            "{}: the output is an .xlsx workbook; give it the .xlsx extension",
            out.display()
        )));
    }
    let folder = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(Error::Usage(format!(
            "{}: the output folder {} does not exist",
            out.display(),
            folder.display()
        )));
    }
    if same_file(input, &out) {
        return Err(Error::Usage(format!(
            "{}: the output would overwrite the input; use --in-place to update it (a backup \
             is kept), or -o to write elsewhere",
            input.display()
        )));
    }
    Ok(out)
}

/// Refuses an extra output (`--json FILE`...) that names one of the inputs: the inputs are never
/// overwritten.
///
/// # Errors
/// [`Error::Usage`] naming the option and the input.
pub fn no_input_among(
    extras: &[(&str, &Option<PathBuf>)],
    inputs: &[PathBuf],
) -> Result<(), Error> {
    for (flag, path) in extras {
        let Some(path) = path else { continue };
        if let Some(input) = inputs.iter().find(|i| same_file(i, path)) {
            return Err(Error::Usage(format!(
                "{flag} {}: that is an input; the inputs are never overwritten",
                input.display()
            )));
        }
    }
    Ok(())
}

fn has_ext(p: &Path, ext: &str) -> bool {
    p.extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(ext))
}

/// Whether two paths name the same file, also through links and `..` (an output that does not
/// exist yet is compared by its folder and name).
fn same_file(a: &Path, b: &Path) -> bool {
    fn canon(p: &Path) -> Option<PathBuf> {
        if let Ok(c) = p.canonicalize() {
            return Some(c);
        }
        let parent = match p.parent() {
            Some(x) if !x.as_os_str().is_empty() => x.canonicalize().ok()?,
            _ => std::env::current_dir().ok()?,
        };
        Some(parent.join(p.file_name()?))
    }
    match (canon(a), canon(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

//! Where an output path really leads, decided once before anything is written: stdout (`-`),
//! a stream written in place (a character device such as `/dev/null`, a FIFO), or a regular
//! file replaced by a rename, symlinks followed so the real file is replaced and the link kept.
//! A [`Target`] also knows the identity of the file it names (device and inode where the
//! system has them), so two paths of one run that lead to one file are caught before either
//! is written. This module decides; `save` writes.

use std::path::{Component, Path, PathBuf};

use crate::error::Error;

/// How many symlinks are followed before a path is refused as a loop (Linux's own limit).
const MAX_LINKS: usize = 40;

/// Where the bytes of an output go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dest {
    /// The standard output: `-`, `/dev/stdout`, `/dev/fd/1`.
    Stdout,
    /// An existing character device or FIFO, opened and written as it is: never replaced.
    Stream(PathBuf),
    /// A regular file (existing or to create), at its real path: written beside it, then
    /// renamed over it.
    File(PathBuf),
}

/// Which file a path names, to tell two paths of one run apart.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Identity {
    Stdout,
    /// An existing file: its device and inode (hard links included).
    Node(u64, u64),
    /// A file that does not exist yet (or a system without inodes): its real path.
    Path(PathBuf),
}

/// An output or input path of a run, resolved.
#[derive(Debug, Clone)]
pub struct Target {
    /// The path as the user wrote it, for messages.
    pub given: PathBuf,
    /// Where the bytes go.
    pub dest: Dest,
    id: Identity,
}

impl Target {
    /// Whether `self` and `other` name one file (through symlinks, `..`, hard links).
    pub fn same(&self, other: &Target) -> bool {
        self.id == other.id
    }

    /// Whether the bytes go to stdout.
    pub fn is_stdout(&self) -> bool {
        self.dest == Dest::Stdout
    }
}

/// The paths that mean the standard output.
const STDOUT: [&str; 4] = ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];

/// Resolves the output path `given`.
///
/// # Errors
/// [`Error::Usage`] when `given` is a folder, a block device or a socket, a symlink loop, or
/// lies in a folder that does not exist.
pub fn output(given: &Path) -> Result<Target, Error> {
    let usage = |what: String| Error::Usage(format!("{}: {what}", given.display()));
    let target = |dest, id| Target {
        given: given.to_path_buf(),
        dest,
        id,
    };
    let real = match follow_links(given).map_err(usage)? {
        Resolved::Stdout => return Ok(target(Dest::Stdout, Identity::Stdout)),
        Resolved::Descriptor => None,
        Resolved::Path(p) => Some(p),
    };
    // The system follows the links itself, the magic ones of /proc included (/dev/stderr ->
    // /proc/self/fd/2 -> pipe:[..]), which no path spells. An open descriptor (/dev/stderr,
    // /dev/fd/3) is written into whatever it is: a file behind it is the shell's redirection,
    // which a rename would take away from it.
    match std::fs::metadata(given) {
        Ok(meta) => {
            let id = node(&meta).unwrap_or_else(|| Identity::Path(absolute(given)));
            match (kind(&meta), real) {
                (Kind::File, Some(real)) => Ok(target(Dest::File(real), id)),
                (Kind::File | Kind::Stream, _) => Ok(target(Dest::Stream(given.to_path_buf()), id)),
                (Kind::Folder, _) => Err(usage("is a folder; give a file name".into())),
                (Kind::Other(what), _) => {
                    Err(usage(format!("is {what}, not a file; give a file name")))
                }
            }
        }
        Err(_) => {
            let real = real.unwrap_or_else(|| given.to_path_buf());
            let folder = match real.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            if !folder.is_dir() {
                let folder = shown(given, &folder).display();
                return Err(usage(if real.parent().is_some_and(Path::exists) {
                    format!("{folder} is not a folder")
                } else {
                    format!("the output folder {folder} does not exist")
                }));
            }
            let real = match (folder.canonicalize(), real.file_name()) {
                (Ok(f), Some(name)) => f.join(name),
                _ => real,
            };
            Ok(target(Dest::File(real.clone()), Identity::Path(real)))
        }
    }
}

/// Resolves an input path for comparison with the outputs; never fails (a missing input is
/// reported by the reader).
pub fn input(given: &Path) -> Target {
    match output(given) {
        Ok(t) => t,
        Err(_) => Target {
            given: given.to_path_buf(),
            dest: Dest::File(given.to_path_buf()),
            id: std::fs::metadata(given)
                .ok()
                .and_then(|m| node(&m))
                .unwrap_or_else(|| Identity::Path(absolute(given))),
        },
    }
}

/// The folder to name in a message: as the user wrote it when the path was not a link.
fn shown<'a>(given: &'a Path, folder: &'a Path) -> &'a Path {
    match given.parent() {
        Some(p) if !p.as_os_str().is_empty() && given.symlink_metadata().is_err() => p,
        _ => folder,
    }
}

/// Where a path leads once its links are followed.
enum Resolved {
    Stdout,
    /// Another open descriptor of the process (`/dev/stderr`, `/dev/fd/3`).
    Descriptor,
    Path(PathBuf),
}

/// The folders whose entries are the process's open descriptors.
const DESCRIPTORS: [&str; 2] = ["/dev/fd", "/proc/self/fd"];

/// `path` with every symlink of its last component followed (a link to a link...), relative
/// targets taken from the link's folder. The folders above are left as they are: a rename in
/// a linked folder lands in the real folder anyway.
fn follow_links(path: &Path) -> Result<Resolved, String> {
    let mut p = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        if STDOUT.iter().any(|s| Path::new(s) == p) {
            return Ok(Resolved::Stdout);
        }
        if DESCRIPTORS.iter().any(|d| p.parent() == Some(Path::new(d))) {
            return Ok(Resolved::Descriptor);
        }
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&p).map_err(|e| e.to_string())?;
                p = match p.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(Resolved::Path(lexical(&p))),
        }
    }
    Err("too many levels of symbolic links".into())
}

/// `path` with its `.` components dropped (a `..` is left to the system, which knows links).
fn lexical(path: &Path) -> PathBuf {
    let p: PathBuf = path
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect();
    if p.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        p
    }
}

fn absolute(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    })
}

/// What an existing path is, as far as writing it goes.
enum Kind {
    File,
    Stream,
    Folder,
    Other(&'static str),
}

fn kind(meta: &std::fs::Metadata) -> Kind {
    let t = meta.file_type();
    if t.is_file() {
        return Kind::File;
    }
    if t.is_dir() {
        return Kind::Folder;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_char_device() || t.is_fifo() {
            return Kind::Stream;
        }
        if t.is_block_device() {
            return Kind::Other("a block device");
        }
        if t.is_socket() {
            return Kind::Other("a socket");
        }
    }
    Kind::Other("a special file")
}

fn node(meta: &std::fs::Metadata) -> Option<Identity> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(Identity::Node(meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

#[cfg(test)]
mod tests;

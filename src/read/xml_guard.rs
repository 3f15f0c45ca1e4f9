//! A guard for the XML parts calamine reads (xlsx sheets and shared strings, the ods
//! `content.xml`): the XML reader holds one whole text node or tag in memory, and calamine
//! copies a cell's text twice more before the budget of `limits` sees it, so one 700 MB cell
//! in a 700 KB archive took 2.1 GB. This scan measures the longest node (the bytes between two
//! `<`) while unpacking, stores nothing, and refuses a node past [`MAX_XML_NODE`].
//!
//! A comment or CDATA section holding `<` is measured in pieces; the XML reader holds it once
//! and calamine skips it in cells, so it costs at most its own size.

use std::io::{self, Read, Write};

/// The longest XML node read (64 MiB). A cell holds at most 32,767 characters, about 200 KB of
/// XML even when every character is escaped; a node of 64 MiB is no spreadsheet's.
pub const MAX_XML_NODE: u64 = 64 * 1024 * 1024;

/// Counts the bytes of the parts it is fed, and the longest run between two `<`.
#[derive(Debug, Default)]
pub struct Scan {
    /// Bytes fed so far.
    pub bytes: u64,
    /// The longest node so far.
    pub longest: u64,
    run: u64,
}

impl Write for Scan {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // Only the positions of `<` matter: split on them (memchr under the hood of `split`
        // would be faster, but this is a fraction of the cost of inflating).
        let mut pieces = buf.split(|&b| b == b'<');
        if let Some(first) = pieces.next() {
            self.run += first.len() as u64;
            self.longest = self.longest.max(self.run);
        }
        for piece in pieces {
            self.run = piece.len() as u64;
            self.longest = self.longest.max(self.run);
        }
        self.bytes += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Unpacks `part` through a [`Scan`], stopping as soon as more than `max_bytes` came out or a
/// node passed [`MAX_XML_NODE`].
///
/// # Errors
/// The read error of the part (a damaged archive).
pub fn scan(part: impl Read, max_bytes: u64) -> io::Result<Scan> {
    let mut scan = Scan::default();
    let mut part = part.take(max_bytes.saturating_add(1));
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = part.read(&mut buf)?;
        if n == 0 {
            return Ok(scan);
        }
        scan.write_all(&buf[..n])?;
        if scan.longest > MAX_XML_NODE {
            return Ok(scan);
        }
    }
}

#[cfg(test)]
mod tests;

use clap::Parser;

fn main() {
    large_blocks_given_back();
    let cli = reseau_xlsx::cli::Cli::parse();
    std::process::exit(reseau_xlsx::run::run(cli));
}

/// glibc's allocator maps a block of 128 KiB or more on its own, and unmaps it when it is
/// freed; but each time such a block is freed it raises that threshold to the block's size (up
/// to 32 MiB on a 64-bit system), after which blocks up to that size come from its heaps and,
/// once freed, stay with the process (up to twice the threshold per heap, one heap per thread
/// that allocated). A run frees large blocks at every stage (the input's text, the contacts of
/// each thread, the same-person keys), so its peak held 20 to 30 MB of memory already freed:
/// 122 MB for 100,000 CSV rows, 94 MB with the threshold kept at its default, with no
/// difference of time beyond the machine's noise (docs/performance.md, "The fourth part").
/// Elsewhere the allocator is the system's, untouched.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn large_blocks_given_back() {
    // SAFETY: mallopt only sets a parameter of the allocator, to a value within its documented
    // range (M_MMAP_THRESHOLD: 0 to 32 MiB, 512 KiB on a 32-bit system); it runs before any
    // other thread exists. A refusal (a return of 0) leaves the allocator as it was, which is
    // only slower to give memory back.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn large_blocks_given_back() {}

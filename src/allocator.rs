//! How the `nergraph` binary sets up its allocator, mimalloc, for programs
//! that measure or embed it the same way (`examples/scan_bench.rs`).
//!
//! Extraction makes many small, short-lived allocations (tokens, mentions,
//! evidence strings) on several threads; mimalloc serves them with less
//! locking and fewer page faults than the system allocator
//! (docs/performance.md). The binary makes it the global allocator; this
//! module only holds the option it sets, which is of use only to a program
//! that does the same.

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_t`, in
/// mimalloc.h of mimalloc 3; the Rust bindings name no constant for it).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Tells mimalloc to keep the memory freed during the run instead of
/// handing it back to the kernel a second after it is freed.
///
/// A run frees and reallocates the same memory all along: each article's
/// text, tokens and graph, the blocks of input of the reading thread. Handed
/// back, that memory came back as fresh pages, and on a machine with
/// transparent huge pages the kernel zeroed 2 MB for each: up to a third of
/// the reading thread's time and a few percent of the workers'. Kept, it is
/// reused, for 10–25% more peak memory (docs/performance.md, "Two threads:
/// the tail and the allocator"); it returns to the system when the process
/// exits. `MIMALLOC_PURGE_DELAY` in the environment still decides, when it
/// is set.
///
/// # Safety
///
/// No other thread may exist yet (call it first thing in `main`):
/// `mi_option_set` writes the option without synchronization, and a thread
/// allocating meanwhile would read it in a data race.
pub unsafe fn keep_freed_memory() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets an integer option; the caller guarantees that no
        // other thread exists.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) }
    }
}

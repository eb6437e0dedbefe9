//! Parallel extraction that keeps input order and bounded memory.
//!
//! Extraction is independent per article, so it parallelizes perfectly; but
//! the output must be the same bytes on 1 thread or 16, and a corpus may be
//! larger than memory. [`ordered_map`] therefore
//!
//! * reads items on the calling thread, in order, and hands each to a
//!   rayon thread pool as a job (first in, first started);
//! * keeps at most `window` items in flight (read but not yet handed on),
//!   so memory holds a few articles per thread, whatever the corpus size;
//! * buffers results that finish early and passes them to the consumer
//!   strictly in input order, so the consumer (which merges graphs or writes
//!   lines) sees exactly what a sequential loop would.
//!
//! A panic while processing one item (a bug, never expected) becomes an
//! error for that item instead of ending the run.
//!
//! When the results are combined into one value by an associative and
//! commutative operation (merging article graphs into one graph),
//! [`fold_articles`] combines them on the worker threads, into an
//! accumulator shared by the threads while it is free and into each
//! thread's own one while it is not, instead of handing every result to
//! the calling thread: that one thread merging every article's graph was
//! the bottleneck of a many-thread run. Only the success or error of each
//! article still reaches the calling thread in input order, so errors are
//! reported in order.

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Mutex, MutexGuard, PoisonError, TryLockError};

use crate::article::Article;
use crate::corpus::{Ids, Pending};
use crate::error::{Error, Result};

/// A thread pool of `threads` threads (0: one per core).
pub fn pool(threads: usize) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("nergraph-{i}"))
        .build()
        .map_err(|e| Error::input("--threads", format!("cannot start worker threads: {e}")))
}

/// The default number of items in flight for `threads` threads.
pub fn window(pool: &rayon::ThreadPool) -> usize {
    (pool.current_num_threads() * 4).max(8)
}

/// Applies `f` to every item on `pool`, with at most `window` items in
/// flight, and passes the results to `sink` in input order. A panic in `f`
/// reaches `sink` as `Err` with the panic message. Stops at the first error
/// `sink` returns (after the items in flight finish) and returns it.
pub fn ordered_map<I, R, F, S>(
    pool: &rayon::ThreadPool,
    window: usize,
    items: impl Iterator<Item = I>,
    f: F,
    mut sink: S,
) -> Result<()>
where
    I: Send,
    R: Send,
    F: Fn(I) -> R + Sync,
    S: FnMut(std::result::Result<R, String>) -> Result<()>,
{
    let window = window.max(1);
    let f = &f;
    pool.in_place_scope_fifo(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, std::result::Result<R, String>)>();
        let mut ready: BTreeMap<usize, std::result::Result<R, String>> = BTreeMap::new();
        let (mut next_in, mut next_out) = (0usize, 0usize);
        let mut items = items.fuse();
        let mut exhausted = false;
        loop {
            while !exhausted && next_in - next_out < window {
                match items.next() {
                    Some(item) => {
                        let tx = tx.clone();
                        let index = next_in;
                        scope.spawn_fifo(move |_| {
                            let r = catch_unwind(AssertUnwindSafe(|| f(item)))
                                .map_err(|p| panic_message(p.as_ref()));
                            // The receiver is gone only when the sink failed.
                            let _ = tx.send((index, r));
                        });
                        next_in += 1;
                    }
                    None => exhausted = true,
                }
            }
            if next_out == next_in {
                return Ok(());
            }
            let Ok((index, r)) = rx.recv() else {
                // Every job holds a sender until it sends; unreachable.
                return Ok(());
            };
            ready.insert(index, r);
            while let Some(r) = ready.remove(&next_out) {
                next_out += 1;
                sink(r)?;
            }
        }
    })
}

/// Runs `f` on every article of `articles` on `pool` (see [`ordered_map`])
/// and passes each result, or the article's error, to `sink` in corpus
/// order. A panic while processing an article becomes an error naming it.
pub fn for_each_article<R, F, S>(
    pool: &rayon::ThreadPool,
    articles: impl Iterator<Item = Result<Article>>,
    f: F,
    mut sink: S,
) -> Result<()>
where
    R: Send,
    F: Fn(Article) -> R + Sync,
    S: FnMut(Result<R>) -> Result<()>,
{
    let job = |item: Result<Article>| -> Result<R> {
        let article = item?;
        let source = article.info.source.clone();
        catch_unwind(AssertUnwindSafe(|| f(article)))
            .map_err(|p| internal_error(&source, p.as_ref()))
    };
    ordered_map(pool, window(pool), articles, job, |r| match r {
        Ok(r) => sink(r),
        Err(panic) => sink(Err(Error::input("<worker>", panic))),
    })
}

/// Like [`for_each_article`], but instead of handing each result to the
/// calling thread, folds it with `fold` into an accumulator on the worker
/// thread that made it (created by `init` on first use; see `Slots`).
/// `sink` sees, in corpus order, `Ok(())` for each article done and the
/// error of each one that was not. Returns the accumulators (at most one
/// per thread plus two), for the caller to combine.
///
/// Which article lands in which accumulator depends on scheduling, so the
/// result is deterministic only if combining is associative and
/// commutative, as [`crate::graph::merge`] is. A panic in `f` or `fold`
/// becomes that article's error; an accumulator whose fold panicked is kept
/// as the panic left it.
pub fn fold_articles<R, A, F, I, G, S>(
    pool: &rayon::ThreadPool,
    articles: impl Iterator<Item = Result<Article>>,
    f: F,
    init: I,
    fold: G,
    sink: S,
) -> Result<Vec<A>>
where
    A: Send,
    F: Fn(Article) -> R + Sync,
    I: Fn() -> A + Sync,
    G: Fn(&mut A, R) + Sync,
    S: FnMut(Result<()>) -> Result<()>,
{
    let slots = Slots::new(pool);
    let job = |article: Article| {
        // Extract before taking the lock: the lock is only for the fold.
        let r = f(article);
        fold(slots.free(pool).get_or_insert_with(&init), r);
    };
    for_each_article(pool, articles, job, sink)?;
    Ok(slots.into_accumulators())
}

/// The accumulators of [`fold_articles`] and [`fold_pending`]: one shared
/// by all threads, one per pool thread, and a last one for a job run
/// elsewhere (never expected with `in_place_scope_fifo`, but not ruled
/// out).
///
/// A fold goes into the shared accumulator when no other thread holds it,
/// and into the thread's own one otherwise. With few threads, folding is a
/// small part of the work, so nearly every article lands in the shared
/// accumulator and the merge at the end, which runs while the other
/// threads have nothing left to do, has next to nothing to merge. With
/// many threads the shared one is busy more often and the work spreads
/// over the threads' own accumulators, merged pairwise in parallel at the
/// end. A thread only ever waits for its own slot, which no one else
/// locks.
struct Slots<A> {
    shared: Mutex<Option<A>>,
    slots: Vec<Mutex<Option<A>>>,
}

impl<A> Slots<A> {
    fn new(pool: &rayon::ThreadPool) -> Slots<A> {
        let threads = pool.current_num_threads();
        Slots {
            shared: Mutex::new(None),
            slots: (0..=threads).map(|_| Mutex::new(None)).collect(),
        }
    }

    /// The accumulator to fold into now: the shared one if it is free,
    /// else the current thread's own.
    fn free(&self, pool: &rayon::ThreadPool) -> MutexGuard<'_, Option<A>> {
        self.free_which(pool).0
    }

    /// [`Slots::free`], and whether it is the shared accumulator.
    fn free_which(&self, pool: &rayon::ThreadPool) -> (MutexGuard<'_, Option<A>>, bool) {
        match self.shared.try_lock() {
            Ok(shared) => (shared, true),
            Err(TryLockError::Poisoned(p)) => (p.into_inner(), true),
            Err(TryLockError::WouldBlock) => (self.mine(pool), false),
        }
    }

    /// Moves a thread's own accumulator into the shared one with `merge`,
    /// if no other thread holds the shared one now. Done after each fold
    /// into a thread's own accumulator, it keeps the threads' own ones
    /// small, so that merging them at the end, when the other threads have
    /// nothing left to do, is quick.
    fn drain(&self, mine: &mut Option<A>, merge: impl Fn(&mut A, A)) {
        let Ok(mut shared) = self.shared.try_lock() else {
            return;
        };
        if let Some(m) = mine.take() {
            match shared.as_mut() {
                Some(s) => merge(s, m),
                None => *shared = Some(m),
            }
        }
    }

    /// The slot of the current thread (a panic while it was held leaves the
    /// accumulator as the panic left it).
    fn mine(&self, pool: &rayon::ThreadPool) -> MutexGuard<'_, Option<A>> {
        let last = self.slots.len() - 1;
        let slot = pool.current_thread_index().unwrap_or(last).min(last);
        self.slots[slot]
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The accumulators made.
    fn into_accumulators(self) -> Vec<A> {
        std::iter::once(self.shared)
            .chain(self.slots)
            .filter_map(|m| m.into_inner().unwrap_or_else(PoisonError::into_inner))
            .collect()
    }
}

/// Like [`for_each_article`], for a corpus's [`Pending`] articles: each is
/// read (its file read, its JSON line parsed) on the pool, by the job that
/// extracts it, so the calling thread only cuts the input into lines. Ids
/// are checked on the calling thread in corpus order, so an article whose
/// id was used before is an error in its place, as with
/// [`crate::corpus::Corpus::articles`] (its extraction is wasted, which
/// only costs time when ids repeat).
///
/// Articles travel in small batches (see [`Batches`]): handing each one
/// to the pool and its result back costs the calling thread a wake-up and
/// a context switch, which for short articles added up to more than
/// cutting the lines.
pub fn for_each_pending<R, F, S>(
    pool: &rayon::ThreadPool,
    pending: impl Iterator<Item = Pending>,
    f: F,
    mut sink: S,
) -> Result<()>
where
    R: Send,
    F: Fn(Article) -> R + Sync,
    S: FnMut(Result<R>) -> Result<()>,
{
    let mut ids = Ids::default();
    let job = |batch: Vec<Pending>| -> Vec<Result<Extracted<R>>> {
        batch.into_iter().map(|p| read_and_run(p, &f)).collect()
    };
    ordered_map(pool, window(pool), Batches::new(pending), job, |r| {
        let Ok(batch) = r else {
            // `job` catches panics article by article; unreachable.
            return Ok(());
        };
        for done in batch {
            sink(done.and_then(|done| ids.check(done.origin, &done.id).map(|()| done.result)))?;
        }
        Ok(())
    })
}

/// Like [`fold_articles`], for a corpus's [`Pending`] articles (see
/// [`for_each_pending`]). Articles are read and extracted on the pool, a
/// batch at a time; their results come back to the calling thread, which
/// checks their ids in corpus order and hands those with new ids to the
/// pool again, to be folded into an accumulator there (a duplicate must
/// never be folded, and only corpus order tells which one is the
/// duplicate). `sink` sees each article's success or error in corpus
/// order once it is folded, so a panic in `fold` is still that article's
/// error. `merge` moves one accumulator into another; a thread that had to
/// fold into its own accumulator moves it into the shared one with it
/// when that is free (see `Slots::drain`), so `merge` must be
/// associative and commutative too.
#[allow(clippy::too_many_arguments, reason = "each is one part of the fold")]
pub fn fold_pending<R, A, F, I, G, M, S>(
    pool: &rayon::ThreadPool,
    pending: impl Iterator<Item = Pending>,
    f: F,
    init: I,
    fold: G,
    merge: M,
    mut sink: S,
) -> Result<Vec<A>>
where
    R: Send,
    A: Send,
    F: Fn(Article) -> R + Sync,
    I: Fn() -> A + Sync,
    G: Fn(&mut A, R) + Sync,
    M: Fn(&mut A, A) + Sync,
    S: FnMut(Result<()>) -> Result<()>,
{
    let slots = Slots::new(pool);
    // Folds the results of a batch (each with its place in the batch and
    // its article's source) into a free accumulator: the places of
    // those whose fold panicked, with the error.
    let fold_batch = |results: Vec<(usize, String, R)>| -> Vec<(usize, Error)> {
        let (mut acc, shared) = slots.free_which(pool);
        let mut failed = Vec::new();
        for (at, source, r) in results {
            let folded = catch_unwind(AssertUnwindSafe(|| fold(acc.get_or_insert_with(&init), r)));
            if let Err(p) = folded {
                failed.push((at, internal_error(&source, p.as_ref())));
            }
        }
        if !shared {
            slots.drain(&mut acc, &merge);
        }
        failed
    };
    let (f, fold_batch) = (&f, &fold_batch);
    let window = window(pool);
    pool.in_place_scope_fifo(|scope| -> Result<()> {
        let (tx, rx) = mpsc::channel::<(usize, Stage<R>)>();
        // By batch index: extracted, waiting for the id check; being
        // folded (the articles' results so far); done, waiting to be
        // reported.
        let mut extracted: BTreeMap<usize, Vec<Result<Extracted<R>>>> = BTreeMap::new();
        let mut folding: BTreeMap<usize, Vec<Result<()>>> = BTreeMap::new();
        let mut done: BTreeMap<usize, Vec<Result<()>>> = BTreeMap::new();
        let mut ids = Ids::default();
        let (mut next_in, mut next_check, mut next_out) = (0usize, 0usize, 0usize);
        // Fold jobs not yet finished.
        let mut folds = 0usize;
        let mut batches = Batches::new(pending);
        let mut exhausted = false;
        loop {
            // The window bounds the batches whose results are held: being
            // extracted, waiting for their ids to be checked, or being
            // folded. A batch folded but not yet reported holds only its
            // articles' success or error, so one slow fold (the shared
            // graph's tables growing, a thread's own graph moved into it)
            // does not stop the reading while it runs: only the reports
            // wait for it, up to `REPORTS` windows of them.
            while !exhausted
                && (next_in - next_check) + folds < window
                && next_in - next_out < REPORTS * window
            {
                let Some(batch) = batches.next() else {
                    exhausted = true;
                    break;
                };
                let tx = tx.clone();
                let index = next_in;
                scope.spawn_fifo(move |_| {
                    let r = batch.into_iter().map(|p| read_and_run(p, f)).collect();
                    // The receiver is gone only when the sink failed.
                    let _ = tx.send((index, Stage::Extracted(r)));
                });
                next_in += 1;
            }
            if next_out == next_in {
                return Ok(());
            }
            let Ok((index, stage)) = rx.recv() else {
                // Every job holds a sender until it sends; unreachable.
                return Ok(());
            };
            match stage {
                Stage::Extracted(batch) => {
                    extracted.insert(index, batch);
                }
                Stage::Folded(failed) => {
                    folds -= 1;
                    let mut results = folding.remove(&index).unwrap_or_default();
                    for (at, e) in failed {
                        if let Some(r) = results.get_mut(at) {
                            *r = Err(e);
                        }
                    }
                    done.insert(index, results);
                }
            }
            while let Some(batch) = extracted.remove(&next_check) {
                let index = next_check;
                next_check += 1;
                let mut results = Vec::with_capacity(batch.len());
                let mut to_fold = Vec::with_capacity(batch.len());
                for (at, item) in batch.into_iter().enumerate() {
                    let checked = item.and_then(|done| {
                        ids.check(done.origin, &done.id)?;
                        Ok((done.source, done.result))
                    });
                    match checked {
                        Ok((source, r)) => {
                            to_fold.push((at, source, r));
                            results.push(Ok(()));
                        }
                        Err(e) => results.push(Err(e)),
                    }
                }
                if to_fold.is_empty() {
                    done.insert(index, results);
                    continue;
                }
                folding.insert(index, results);
                folds += 1;
                let tx = tx.clone();
                scope.spawn_fifo(move |_| {
                    let _ = tx.send((index, Stage::Folded(fold_batch(to_fold))));
                });
            }
            while let Some(results) = done.remove(&next_out) {
                next_out += 1;
                for r in results {
                    sink(r)?;
                }
            }
        }
    })?;
    Ok(slots.into_accumulators())
}

/// Windows of batches that [`fold_pending`] may have read ahead of the
/// last one reported, while a slow fold holds the reports back.
const REPORTS: usize = 16;

/// Where a batch of [`fold_pending`] is: extracted (each article with its
/// origin and id, or its error), or folded (the places in the batch of
/// the articles whose fold failed).
enum Stage<R> {
    Extracted(Vec<Result<Extracted<R>>>),
    Folded(Vec<(usize, Error)>),
}

/// The result of `f` on one article, with what the calling thread needs
/// to check the article's id, and to name it in errors.
struct Extracted<R> {
    /// Where the article was read (a path, or a file and line).
    origin: String,
    id: String,
    /// The article's `source`, as errors about it name it.
    source: String,
    result: R,
}

/// Reads `pending` and runs `f` on the article, or returns the article's
/// error. A panic becomes an error naming the article (or, while reading
/// it, the worker).
fn read_and_run<R>(pending: Pending, f: impl Fn(Article) -> R) -> Result<Extracted<R>> {
    let (origin, article) = catch_unwind(AssertUnwindSafe(|| pending.read()))
        .map_err(|p| Error::input("<worker>", panic_message(p.as_ref())))?;
    let article = article?;
    let (source, id) = (article.info.source.clone(), article.info.id.clone());
    match catch_unwind(AssertUnwindSafe(|| f(article))) {
        Ok(result) => Ok(Extracted {
            origin,
            id,
            source,
            result,
        }),
        Err(p) => Err(internal_error(&source, p.as_ref())),
    }
}

fn internal_error(source: &str, p: &(dyn std::any::Any + Send)) -> Error {
    Error::input(
        source,
        format!(
            "internal error while extracting this article ({}); it was skipped. \
             Please report this with the article attached",
            panic_message(p)
        ),
    )
}

/// Consecutive articles of a corpus in batches of at most `BATCH`
/// articles and about `BATCH_BYTES` bytes: enough to make handing a
/// batch to the pool cheap beside extracting it, small enough to keep
/// the threads evenly busy up to the end and memory small.
pub struct Batches<P> {
    pending: P,
}

/// Articles per batch at most.
const BATCH: usize = 16;

/// A batch is closed once its articles reach this many bytes.
const BATCH_BYTES: usize = 64 << 10;

impl<P: Iterator<Item = Pending>> Batches<P> {
    /// `pending` in batches.
    pub fn new(pending: P) -> Batches<P> {
        Batches { pending }
    }
}

impl<P: Iterator<Item = Pending>> Iterator for Batches<P> {
    type Item = Vec<Pending>;

    fn next(&mut self) -> Option<Vec<Pending>> {
        let first = self.pending.next()?;
        let mut bytes = first.bytes();
        let mut batch = vec![first];
        while batch.len() < BATCH && bytes < BATCH_BYTES {
            let Some(p) = self.pending.next() else { break };
            bytes += p.bytes();
            batch.push(p);
        }
        Some(batch)
    }
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_kept_whatever_finishes_first() {
        for threads in [1, 2, 4] {
            let pool = pool(threads).unwrap();
            let mut out = Vec::new();
            ordered_map(
                &pool,
                3,
                0..50u64,
                |i| {
                    std::thread::sleep(std::time::Duration::from_micros((50 - i) * 20));
                    i * 2
                },
                |r| {
                    out.push(r.unwrap());
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(out, (0..50).map(|i| i * 2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_thread_moves_its_own_accumulator_into_a_free_shared_one() {
        let pool = pool(2).unwrap();
        let slots: Slots<Vec<u32>> = Slots::new(&pool);
        let merge = |a: &mut Vec<u32>, b: Vec<u32>| a.extend(b);
        let mut mine = Some(vec![1, 2]);
        slots.drain(&mut mine, merge);
        assert_eq!(mine, None);
        let mut mine = Some(vec![3]);
        {
            // Held by another thread: nothing moves.
            let _busy = slots.shared.lock().unwrap();
            slots.drain(&mut mine, merge);
        }
        assert_eq!(mine, Some(vec![3]));
        slots.drain(&mut mine, merge);
        assert_eq!(slots.into_accumulators(), vec![vec![1, 2, 3]]);
    }

    #[test]
    fn folds_see_every_article_once_and_errors_come_in_order() {
        for threads in [1, 2, 4] {
            let pool = pool(threads).unwrap();
            let items = (0..200u64).map(|i| {
                if i % 50 == 7 {
                    Err(Error::Usage(format!("bad {i}")))
                } else {
                    Ok(Article::new(i.to_string(), "x"))
                }
            });
            let mut seen = Vec::new();
            let parts = fold_articles(
                &pool,
                items,
                |a| a.info.id.parse::<u64>().unwrap(),
                Vec::new,
                |acc: &mut Vec<u64>, i| acc.push(i),
                |r| {
                    seen.push(r.err().map(|e| e.to_string()));
                    Ok(())
                },
            )
            .unwrap();
            assert!(parts.len() <= threads + 1);
            let mut all: Vec<u64> = parts.into_iter().flatten().collect();
            all.sort_unstable();
            let want: Vec<u64> = (0..200).filter(|i| i % 50 != 7).collect();
            assert_eq!(all, want);
            let errors: Vec<String> = seen.into_iter().flatten().collect();
            assert_eq!(errors.len(), 4);
            assert!(errors[0].contains("bad 7") && errors[3].contains("bad 157"));
        }
    }

    #[test]
    fn panics_become_errors_and_sink_errors_stop() {
        let pool = pool(2).unwrap();
        let mut seen = Vec::new();
        let r = ordered_map(
            &pool,
            4,
            0..10,
            |i| {
                assert!(i != 3, "boom at {i}");
                i
            },
            |r| {
                seen.push(r.clone());
                if seen.len() == 6 {
                    return Err(Error::Usage("stop".into()));
                }
                Ok(())
            },
        );
        assert!(r.is_err());
        assert_eq!(seen.len(), 6);
        assert_eq!(seen[3], Err("boom at 3".to_string()));
    }

    /// A JSON Lines corpus of `n` lines with repeated ids, bad lines and
    /// blank lines, and a text file, in a temporary directory.
    fn messy_corpus(n: usize) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        let mut lines = String::new();
        for i in 0..n {
            match i % 13 {
                3 => lines.push_str("{\"id\": \"a\"\n"),
                5 => lines.push('\n'),
                _ => lines.push_str(&format!(
                    "{{\"id\": \"{}\", \"text\": \"Chile met Peru {i}.\"}}\n",
                    i % 41
                )),
            }
        }
        std::fs::write(d.path().join("c.jsonl"), lines).unwrap();
        std::fs::write(d.path().join("5.txt"), "Peru.").unwrap();
        d
    }

    fn list(d: &tempfile::TempDir) -> crate::corpus::Corpus {
        let inputs = [d.path().join("c.jsonl"), d.path().join("5.txt")];
        crate::corpus::Corpus::list(&inputs, &Default::default()).unwrap()
    }

    /// What the sequential iterator gives: each article's id or error.
    fn sequential(d: &tempfile::TempDir) -> Vec<std::result::Result<String, String>> {
        list(d)
            .articles()
            .map(|r| r.map(|a| a.info.id).map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn pending_articles_give_what_the_sequential_iterator_gives() {
        for n in [0, 1, 7, 300] {
            let d = messy_corpus(n);
            let want = sequential(&d);
            assert!(n < 300 || want.iter().filter(|r| r.is_err()).count() > 50);
            for threads in [1, 2, 4] {
                let pool = pool(threads).unwrap();
                let mut got = Vec::new();
                for_each_pending(
                    &pool,
                    list(&d).pending(),
                    |a| a.info.id,
                    |r| {
                        got.push(r.map_err(|e| e.to_string()));
                        Ok(())
                    },
                )
                .unwrap();
                assert_eq!(got, want, "{n} {threads}");

                let mut seen = Vec::new();
                let parts = fold_pending(
                    &pool,
                    list(&d).pending(),
                    |a| a.info.id,
                    Vec::new,
                    |acc: &mut Vec<String>, id| acc.push(id),
                    |acc: &mut Vec<String>, more| acc.extend(more),
                    |r| {
                        seen.push(r.map_err(|e| e.to_string()));
                        Ok(())
                    },
                )
                .unwrap();
                let errors: Vec<_> = want.iter().map(|r| r.as_ref().err().cloned()).collect();
                let got_errors: Vec<_> = seen.into_iter().map(|r| r.err()).collect();
                assert_eq!(got_errors, errors, "{n} {threads}");
                let mut folded: Vec<String> = parts.into_iter().flatten().collect();
                let mut ids: Vec<String> = want.iter().flatten().cloned().collect();
                folded.sort();
                ids.sort();
                assert_eq!(folded, ids, "{n} {threads}");
            }
        }
    }

    /// While one fold is slow (the shared graph's tables growing), the
    /// other thread goes on reading and extracting: only the reports wait.
    #[test]
    fn a_slow_fold_does_not_stop_the_reading() {
        use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
        use std::time::{Duration, Instant};
        let d = tempfile::tempdir().unwrap();
        let lines: String = (0..2000)
            .map(|i| format!("{{\"id\": \"{i}\", \"text\": \"Chile met Peru.\"}}\n"))
            .collect();
        std::fs::write(d.path().join("c.jsonl"), lines).unwrap();
        let inputs = [d.path().join("c.jsonl")];
        let corpus = crate::corpus::Corpus::list(&inputs, &Default::default()).unwrap();
        let extracted = AtomicUsize::new(0);
        let (slowed, caught_up) = (AtomicBool::new(false), AtomicBool::new(false));
        let pool = pool(2).unwrap();
        let mut reported = 0;
        fold_pending(
            &pool,
            corpus.pending(),
            |a| {
                extracted.fetch_add(1, Ordering::SeqCst);
                a.info.id
            },
            Vec::new,
            |acc: &mut Vec<String>, id| {
                if !slowed.swap(true, Ordering::SeqCst) {
                    // The first fold waits (at most a while) for most of
                    // the corpus to be extracted meanwhile.
                    let deadline = Instant::now() + Duration::from_secs(20);
                    while extracted.load(Ordering::SeqCst) < 1500 && Instant::now() < deadline {
                        std::thread::sleep(Duration::from_millis(1));
                    }
                    caught_up.store(extracted.load(Ordering::SeqCst) >= 1500, Ordering::SeqCst);
                }
                acc.push(id)
            },
            |acc: &mut Vec<String>, more| acc.extend(more),
            |r| {
                r.unwrap();
                reported += 1;
                Ok(())
            },
        )
        .unwrap();
        assert!(
            caught_up.load(Ordering::SeqCst),
            "reading stopped during a slow fold"
        );
        assert_eq!(reported, 2000);
    }

    #[test]
    fn a_failing_sink_stops_the_pending_fold() {
        let pool = pool(2).unwrap();
        let d = messy_corpus(300);
        let mut calls = 0;
        let r = fold_pending(
            &pool,
            list(&d).pending(),
            |a| a.info.id,
            Vec::new,
            |acc: &mut Vec<String>, id| acc.push(id),
            |acc: &mut Vec<String>, more| acc.extend(more),
            |_| {
                calls += 1;
                match calls {
                    10 => Err(Error::Usage("stop".into())),
                    _ => Ok(()),
                }
            },
        );
        assert!(r.is_err());
        assert_eq!(calls, 10);
    }
}

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
//! [`fold_articles`] combines them on the worker threads, one accumulator
//! per thread, instead of handing every result to the calling thread: that
//! one thread merging every article's graph was the bottleneck of a
//! many-thread run. Only the success or error of each article still reaches
//! the calling thread in input order, so errors are reported in order.

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Mutex, PoisonError};

use crate::article::Article;
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
        catch_unwind(AssertUnwindSafe(|| f(article))).map_err(|p| {
            Error::input(
                &source,
                format!(
                    "internal error while extracting this article ({}); it was skipped. \
                     Please report this with the article attached",
                    panic_message(p.as_ref())
                ),
            )
        })
    };
    ordered_map(pool, window(pool), articles, job, |r| match r {
        Ok(r) => sink(r),
        Err(panic) => sink(Err(Error::input("<worker>", panic))),
    })
}

/// Like [`for_each_article`], but instead of handing each result to the
/// calling thread, folds it with `fold` into an accumulator of the worker
/// thread that made it (created by `init` on first use). `sink` sees, in
/// corpus order, `Ok(())` for each article done and the error of each one
/// that was not. Returns the accumulators (at most one per thread plus one
/// for work run outside the pool), for the caller to combine.
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
    // One slot per pool thread, and a last one for a job run elsewhere
    // (never expected with `in_place_scope_fifo`, but not ruled out). A
    // thread only ever locks its own slot, so the locks are uncontended.
    let threads = pool.current_num_threads();
    let slots: Vec<Mutex<Option<A>>> = (0..=threads).map(|_| Mutex::new(None)).collect();
    let job = |article: Article| {
        // Extract before taking the lock: the lock is only for the fold.
        let r = f(article);
        let slot = pool.current_thread_index().unwrap_or(threads).min(threads);
        let mut acc = slots[slot].lock().unwrap_or_else(PoisonError::into_inner);
        fold(acc.get_or_insert_with(&init), r);
    };
    for_each_article(pool, articles, job, sink)?;
    Ok(slots
        .into_iter()
        .filter_map(|m| m.into_inner().unwrap_or_else(PoisonError::into_inner))
        .collect())
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
}

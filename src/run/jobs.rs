//! Inputs processed side by side (`process --jobs N`): a few threads take the inputs in turn,
//! and each result is handed on in input order, so a run with several jobs says and writes
//! what a run with one does. Processing one input is `process::one`'s; this module only
//! schedules.

/// How many inputs are processed at once: `--jobs`, else the machine's cores; never more
/// than there are inputs.
pub fn count(asked: Option<u16>, inputs: usize) -> usize {
    let asked = asked.map(usize::from).unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    asked.clamp(1, inputs.max(1))
}

/// Runs `work` on each item, `jobs` at a time, and hands each result to `take` in the items'
/// order, as soon as it and every one before it are done. With one job, all runs on the
/// calling thread, one item after another.
pub fn in_order<I: Send, R: Send>(
    items: Vec<I>,
    jobs: usize,
    work: impl Fn(I) -> R + Sync,
    mut take: impl FnMut(R),
) {
    if jobs <= 1 {
        for item in items {
            take(work(item));
        }
        return;
    }
    let count = items.len();
    let queue = std::sync::Mutex::new(items.into_iter().enumerate());
    let (send, done) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let (queue, send, work) = (&queue, send.clone(), &work);
            scope.spawn(move || loop {
                // The lock is held only to take the next item, not while it is processed.
                let next = queue.lock().map(|mut q| q.next()).ok().flatten();
                let Some((i, item)) = next else { break };
                if send.send((i, work(item))).is_err() {
                    break;
                }
            });
        }
        drop(send);
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0;
        for (i, r) in done.iter() {
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&next) {
                take(r);
                next += 1;
            }
        }
        debug_assert_eq!(next, count, "every input's result is taken");
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_items_order_whatever_finishes_first() {
        // The first items take longest: with four jobs they finish last.
        let items: Vec<u64> = (0..12).collect();
        let mut seen = Vec::new();
        in_order(
            items,
            4,
            |i| {
                std::thread::sleep(std::time::Duration::from_millis(
                    40u64.saturating_sub(i * 4),
                ));
                i * 10
            },
            |r| seen.push(r),
        );
        assert_eq!(seen, (0..12).map(|i| i * 10).collect::<Vec<_>>());
    }

    #[test]
    fn never_more_jobs_than_inputs_nor_fewer_than_one() {
        assert_eq!(count(Some(8), 3), 3);
        assert_eq!(count(Some(2), 10), 2);
        assert_eq!(count(None, 1), 1);
        assert!(count(None, 1000) >= 1);
        assert_eq!(count(Some(4), 0), 1);
    }
}

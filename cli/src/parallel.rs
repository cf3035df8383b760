//! `mms decode` of standard input on several cores: one thread reads lines into batches,
//! workers decode the batches (each with its own decoder), and one thread writes their output
//! in input order. Lines are independent when each holds a whole message, so the output is
//! the same as one thread's, byte for byte.
//!
//! Memory stays bounded: each worker holds at most [`QUEUE`] batches waiting and [`QUEUE`]
//! outputs done, and a batch is at most [`BATCH_LINES`] lines or [`BATCH_BYTES`] bytes of text
//! (plus one line, itself within the `--max-line-bytes` limit). Output still streams: a batch
//! is handed on as soon as the input read so far is used up, and the writer flushes whenever
//! the next output is not ready yet.

use std::io::{BufReader, Read, Write};
use std::ops::Range;
use std::sync::mpsc::{self, Receiver, SyncSender, TryRecvError};

use crate::input::{LineError, Lines};

/// Lines per batch: enough that handing a batch on costs little beside decoding it.
const BATCH_LINES: usize = 512;
/// Text bytes per batch (the same purpose, for long lines).
const BATCH_BYTES: usize = 256 * 1024;
/// Batches waiting for each worker, and outputs waiting for the writer from each worker.
const QUEUE: usize = 2;

/// What a worker does with the lines of a batch; it keeps its own counts.
pub(crate) trait Worker: Send {
    /// Decodes line `n`.
    fn line(&mut self, n: u64, text: &str);
    /// Reports a line that could not be read (not fatal).
    fn unreadable(&mut self, error: &LineError);
    /// Swaps the buffer the worker prints into with `buffer` (empty): `buffer` then holds
    /// what was printed since the last swap. Buffers go round, so none is allocated per batch.
    fn swap_output(&mut self, buffer: &mut Vec<u8>);
}

/// Lines read, in order (a line's text is a range of `text`), and once decoded, what they
/// print.
#[derive(Default)]
struct Batch {
    text: String,
    items: Vec<Item>,
    output: Vec<u8>,
}

enum Item {
    Line { n: u64, text: Range<usize> },
    Unreadable(LineError),
}

impl Batch {
    fn full(&self) -> bool {
        self.items.len() >= BATCH_LINES || self.text.len() >= BATCH_BYTES
    }

    fn clear(&mut self) {
        self.text.clear();
        self.items.clear();
        self.output.clear();
    }
}

/// Reads `lines` to the end (or to a fatal error, which is returned) and decodes them on
/// `workers.len()` threads, writing their output to `out` in input order. Returns the workers
/// with their counts.
pub(crate) fn decode<R, W, O>(
    lines: &mut Lines<BufReader<R>>,
    workers: Vec<W>,
    out: O,
) -> (Vec<W>, Option<LineError>)
where
    R: Read,
    W: Worker,
    O: Write + Send,
{
    let count = workers.len();
    std::thread::scope(|scope| {
        let mut jobs = Vec::with_capacity(count);
        let mut results = Vec::with_capacity(count);
        let mut handles = Vec::with_capacity(count);
        // Emptied batches come back to the reader, so batches are allocated once.
        let (spare_tx, spare_rx) = mpsc::channel::<Batch>();
        for mut worker in workers {
            let (job_tx, job_rx) = mpsc::sync_channel::<Batch>(QUEUE);
            let (done_tx, done_rx) = mpsc::sync_channel::<Batch>(QUEUE);
            jobs.push(job_tx);
            results.push(done_rx);
            handles.push(scope.spawn(move || {
                for mut batch in job_rx {
                    for item in &batch.items {
                        match item {
                            Item::Line { n, text } => worker.line(*n, &batch.text[text.clone()]),
                            Item::Unreadable(e) => worker.unreadable(e),
                        }
                    }
                    worker.swap_output(&mut batch.output);
                    if done_tx.send(batch).is_err() {
                        break;
                    }
                }
                worker
            }));
        }
        let writer = scope.spawn(move || write_in_order(results, out, spare_tx));
        let stopped = read_batches(lines, &jobs, &spare_rx);
        drop(jobs);
        // The writer ends once every worker has ended and its output is written.
        let _ = writer.join();
        let workers = handles.into_iter().filter_map(|h| h.join().ok()).collect();
        (workers, stopped)
    })
}

/// Reads lines into batches and hands them to the workers in turn; the fatal error that
/// stopped reading, if any.
fn read_batches<R: Read>(
    lines: &mut Lines<BufReader<R>>,
    jobs: &[SyncSender<Batch>],
    spare: &Receiver<Batch>,
) -> Option<LineError> {
    let mut next = 0;
    let mut batch = Batch::default();
    let mut stopped = None;
    while let Some(line) = lines.next_text() {
        match line {
            Ok((_, text)) if text.trim().is_empty() => {}
            Ok((n, text)) => {
                let start = batch.text.len();
                batch.text.push_str(text);
                let text = start..batch.text.len();
                batch.items.push(Item::Line { n, text });
            }
            Err(e) if e.is_fatal() => stopped = Some(e),
            Err(e) => batch.items.push(Item::Unreadable(e)),
        }
        // Hand the batch on when full, and when the next line may have to wait for input:
        // what was read is then decoded and printed without waiting for more.
        if !batch.items.is_empty() && (batch.full() || lines.input_drained()) {
            let empty = spare.try_recv().unwrap_or_default();
            let full = std::mem::replace(&mut batch, empty);
            if jobs[next % jobs.len()].send(full).is_err() {
                // A worker is gone (it cannot be, short of a panic): stop reading.
                break;
            }
            next += 1;
        }
    }
    if !batch.items.is_empty() {
        let _ = jobs[next % jobs.len()].send(batch);
    }
    stopped
}

/// Writes the workers' outputs in the order their batches were read (batch `k` went to
/// worker `k % n`, and each worker answers in order), flushing whenever the next one is not
/// ready yet; ends when the worker whose turn it is has ended.
fn write_in_order(results: Vec<Receiver<Batch>>, out: impl Write, spare: mpsc::Sender<Batch>) {
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, out);
    for k in 0.. {
        let from = &results[k % results.len()];
        let mut batch = match from.try_recv() {
            Ok(done) => done,
            Err(TryRecvError::Empty) => {
                // A closed pipe (`mms decode | head`) is not worth a panic: write errors are
                // ignored, as in the one-thread decoder.
                let _ = out.flush();
                match from.recv() {
                    Ok(done) => done,
                    Err(_) => break,
                }
            }
            Err(TryRecvError::Disconnected) => break,
        };
        let _ = out.write_all(&batch.output);
        batch.clear();
        let _ = spare.send(batch);
    }
    let _ = out.flush();
}

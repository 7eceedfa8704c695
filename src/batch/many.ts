import { extract } from '../pipeline';
import type { ExtractOptions } from '../core/options';
import { runItem, type BatchItem, type BatchOutput } from './jobs';
import { WorkerPool } from './pool';

export type { BatchItem, BatchOutput } from './jobs';

export interface ExtractManyOptions extends ExtractOptions {
  /**
   * Worker threads to spread the items over. 0 or 1 (the default) runs in this thread, one item at
   * a time. Workers load the package's built `worker.cjs`.
   */
  concurrency?: number;
  /** Items read ahead of the consumer with workers (default 256 per worker): bounds memory and read-ahead. */
  maxInFlight?: number;
  /** Path of the built worker file; by default the `worker.cjs` next to the package's bundle. */
  workerPath?: string;
}

/** Worker batches: up to this many items or characters per message. */
const MAX_BATCH_ITEMS = 64;
const MAX_BATCH_CHARS = 1 << 16;

/** Lets I/O and timers run between items of a long synchronous input. */
const YIELD_EVERY_CHARS = 1 << 20;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Extracts from many texts, streaming one output per input, in input order. Inputs are strings or
 * `{id, text, referenceDate}` objects, from an array, any iterable or an async iterable (a stream,
 * a database cursor). Input is pulled only as results are consumed (backpressure), so memory stays
 * flat however long the input; an item that fails (bad `referenceDate`, no `text`) yields
 * `{index, id, error}` and the rest go on. Invalid shared options throw before the first item.
 *
 * ```ts
 * for await (const { id, result, error } of extractMany(rows, { referenceDate: '2022-04-01' })) …
 * ```
 */
export async function* extractMany(
  inputs: Iterable<BatchItem> | AsyncIterable<BatchItem>,
  options: ExtractManyOptions = {},
): AsyncGenerator<BatchOutput, void, undefined> {
  const { concurrency = 1, maxInFlight, workerPath, ...defaults } = options ?? {};
  if (!Number.isInteger(concurrency) || concurrency < 0) throw new TypeError(`vn-extract: invalid option "concurrency": expected a whole number >= 0, got ${String(concurrency)}`);
  extract('', defaults); // throws VnExtractOptionError for bad shared options, before any work
  if (inputs === null || typeof inputs !== 'object' || (!(Symbol.iterator in inputs) && !(Symbol.asyncIterator in inputs))) {
    throw new TypeError('vn-extract: extractMany() expects an iterable or async iterable of texts');
  }
  if (concurrency <= 1) {
    yield* inProcess(inputs, defaults);
    return;
  }
  const window = maxInFlight ?? concurrency * 256;
  if (!Number.isInteger(window) || window < 1) throw new TypeError(`vn-extract: invalid option "maxInFlight": expected a whole number >= 1, got ${String(maxInFlight)}`);
  yield* onWorkers(inputs, defaults, concurrency, window, workerPath);
}

async function* inProcess(inputs: Iterable<BatchItem> | AsyncIterable<BatchItem>, defaults: ExtractOptions): AsyncGenerator<BatchOutput> {
  let index = 0;
  let sinceTick = 0;
  for await (const item of inputs) {
    const out = runItem(item, index++, defaults);
    yield out;
    sinceTick += typeof item === 'string' ? item.length : typeof item?.text === 'string' ? item.text.length : 1;
    if (sinceTick >= YIELD_EVERY_CHARS) {
      sinceTick = 0;
      await tick();
    }
  }
}

async function* onWorkers(
  inputs: Iterable<BatchItem> | AsyncIterable<BatchItem>,
  defaults: ExtractOptions,
  size: number,
  window: number,
  workerPath: string | undefined,
): AsyncGenerator<BatchOutput> {
  const pool = new WorkerPool(size, { defaults }, workerPath);
  // Items go to workers in batches (few messages), at most `window` items ahead of the consumer;
  // batches are small enough that every worker gets some of the window.
  const batchSize = Math.max(1, Math.min(MAX_BATCH_ITEMS, Math.floor(window / (size * 2))));
  const queue: { outs: Promise<BatchOutput[]>; count: number }[] = [];
  let queued = 0;
  let batch: unknown[] = [];
  let batchChars = 0;
  let index = 0;
  const submit = () => {
    const items = batch;
    const outs = pool.run({ op: 'items', items, firstIndex: index - items.length }).then((r) => r.outs as BatchOutput[]);
    outs.catch(() => undefined); // awaited in order below; a later failure must not be "unhandled" meanwhile
    queue.push({ outs, count: items.length });
    queued += items.length;
    batch = [];
    batchChars = 0;
  };
  try {
    for await (const item of inputs) {
      batch.push(item);
      index++;
      batchChars += typeof item === 'string' ? item.length : typeof item?.text === 'string' ? item.text.length : 1;
      if (batch.length >= batchSize || batchChars >= MAX_BATCH_CHARS) submit();
      while (queued >= window) {
        const head = queue.shift()!;
        queued -= head.count;
        yield* await head.outs;
      }
    }
    if (batch.length > 0) submit();
    while (queue.length > 0) yield* await queue.shift()!.outs;
  } finally {
    await pool.close();
  }
}

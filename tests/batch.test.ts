/**
 * extractMany: order, per-item errors, backpressure (input is pulled only as results are consumed),
 * and the worker-thread path. The worker is built from the current sources into a temp dir (the
 * repo's dist/ may be stale or being rebuilt).
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract, extractMany, VnExtractOptionError, type BatchItem, type BatchOutput } from '../src';

const REF = '2022-04-01';
const TEXTS = [
  'Ngày 30/7/2021, Thủ tướng ký Quyết định số 1234/QĐ-TTg.',
  'Hôm qua, ông Nguyễn Văn A cho biết giá 50 triệu đồng/căn.',
  '',
  'Năm 2020 doanh thu đạt 17,6 tỷ đồng.',
];

let dir: string;
let workerPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vn-extract-batch-'));
  workerPath = join(dir, 'worker.cjs');
  buildSync({ entryPoints: [join(__dirname, '..', 'src', 'batch', 'worker.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: workerPath, logLevel: 'error' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(it: AsyncIterable<BatchOutput>): Promise<BatchOutput[]> {
  const out: BatchOutput[] = [];
  for await (const o of it) out.push(o);
  return out;
}

/** An endless input that counts how many items were pulled. */
function counting(limit = Infinity) {
  const state = { pulled: 0 };
  function* gen(): Generator<BatchItem> {
    for (let i = 0; i < limit; i++) {
      state.pulled++;
      yield { id: i, text: `${TEXTS[i % TEXTS.length]} ${i}` };
    }
  }
  return { state, items: gen() };
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('extractMany in-process', () => {
  test('strings give results in input order, equal to extract()', async () => {
    const out = await collect(extractMany(TEXTS, { referenceDate: REF }));
    expect(out.map((o) => o.index)).toEqual([0, 1, 2, 3]);
    out.forEach((o, i) => expect(o.result).toEqual(extract(TEXTS[i], { referenceDate: REF })));
  });

  test('objects keep their id; a per-item referenceDate wins; a bad item fails alone', async () => {
    async function* rows(): AsyncGenerator<BatchItem> {
      yield { id: 'a', text: TEXTS[0] };
      yield { id: 'b', text: 'Hôm qua', referenceDate: '2020-01-02' };
      yield { id: 'c', text: 5 as unknown as string };
      yield { id: 'd', text: TEXTS[1], referenceDate: 'yesterday' };
      yield TEXTS[3];
    }
    const out = await collect(extractMany(rows(), { referenceDate: REF }));
    expect(out.map((o) => [o.index, o.id])).toEqual([[0, 'a'], [1, 'b'], [2, 'c'], [3, 'd'], [4, undefined]]);
    expect(out[0].result).toEqual(extract(TEXTS[0], { referenceDate: REF }));
    expect(out[1].result).toEqual(extract('Hôm qua', { referenceDate: '2020-01-02' }));
    expect(out[2]).toMatchObject({ error: expect.stringContaining('"text" must be a string') });
    expect(out[3]).toMatchObject({ error: expect.stringContaining('referenceDate') });
    expect(out[4].result).toEqual(extract(TEXTS[3], { referenceDate: REF }));
  });

  test('bad shared options throw VnExtractOptionError before any input is read', async () => {
    const { state, items } = counting();
    const gen = extractMany(items, { types: ['dates', 'weather' as 'dates'] });
    await expect(gen.next()).rejects.toBeInstanceOf(VnExtractOptionError);
    expect(state.pulled).toBe(0);
    await expect(extractMany(42 as unknown as string[]).next()).rejects.toThrow(/iterable/);
  });

  test('backpressure: an endless input is pulled one item per result', async () => {
    const { state, items } = counting();
    let seen = 0;
    for await (const o of extractMany(items, { referenceDate: REF })) {
      expect(o.index).toBe(seen);
      if (++seen === 500) break;
    }
    expect(state.pulled).toBe(500);
  });
});

describe('extractMany on worker threads', () => {
  test('concurrency 2 keeps input order and matches the in-process results', async () => {
    const items: BatchItem[] = [];
    for (let i = 0; i < 200; i++) items.push({ id: i, text: i % 9 === 0 ? TEXTS.join(' ').repeat(200) : `${TEXTS[i % TEXTS.length]} ${i}` });
    const local = await collect(extractMany(items, { referenceDate: REF }));
    const workers = await collect(extractMany(items, { referenceDate: REF, concurrency: 2, workerPath }));
    expect(workers.map((o) => o.id)).toEqual(items.map((_, i) => i));
    expect(plain(workers)).toEqual(plain(local));
  });

  test('backpressure: read-ahead is bounded by maxInFlight, and breaking out stops the workers', async () => {
    const { state, items } = counting();
    let seen = 0;
    for await (const o of extractMany(items, { referenceDate: REF, concurrency: 2, maxInFlight: 6, workerPath })) {
      expect(o.index).toBe(seen);
      if (++seen === 300) break;
    }
    expect(state.pulled).toBeGreaterThanOrEqual(300);
    expect(state.pulled).toBeLessThanOrEqual(300 + 6);
  });

  test('a bad item fails alone on a worker too', async () => {
    const out = await collect(extractMany([{ id: 1, text: TEXTS[0] }, { id: 2, text: TEXTS[1], referenceDate: '2022-02-30' }, TEXTS[3]], { referenceDate: REF, concurrency: 2, workerPath }));
    expect(out.map((o) => o.error === undefined)).toEqual([true, false, true]);
    expect(out[1]).toMatchObject({ id: 2, error: expect.stringContaining('2022-02-30') });
  });

  test('a bad concurrency is an error', async () => {
    await expect(extractMany(TEXTS, { concurrency: -1 }).next()).rejects.toThrow(/concurrency/);
  });
});

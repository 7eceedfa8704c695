#!/usr/bin/env node
// Linear time on hostile input: extract() on 10 KB, 100 KB and 1 MB inputs built to provoke
// catastrophic backtracking and quadratic merging. Prints ms per KB at each size; flags an input
// that takes over 1 s per MB or whose time per KB grows with size. Each input runs in its own
// worker thread with a time limit, so a hang is reported instead of hanging the script.
// Exit status 1 when anything is flagged.
//
//   node bench/hostile.mjs [name-filter]        HOSTILE_LIMIT_S=30 (per input, all three sizes)
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { fmt, loadDist } from './common.mjs';

const SIZES = [10_000, 100_000, 1_000_000]; // UTF-16 code units ("KB" below = 1000 of them)
const MAX_MS_PER_MB = 1000;
const LIMIT_MS = Number(process.env.HOSTILE_LIMIT_S ?? 30) * 1000;

/** Repeats `unit` to exactly n code units (the cut may split a surrogate pair: also hostile). */
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same inputs. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['Nguyễn', 'Văn', 'Thị', 'Hoàng', 'Minh', 'Đức', 'Trần', 'Lê', 'Phạm', 'Quốc', 'Hùng', 'Bộ', 'Ủy', 'Ban', 'Sở', 'Hà', 'Nội', 'Thành', 'Phố', 'Hồ', 'Chí'];

export const INPUTS = {
  'slashes 1/1/1/…': (n) => fill('1/', n),
  'Nguyễn repeated': (n) => fill('Nguyễn ', n),
  'digits only': (n) => fill('1234567890', n),
  'digits with . and ,': (n) => fill('1.000,', n),
  'Ủy viên Ủy viên …': (n) => fill('Ủy viên ', n),
  'capitalised syllables': (n) => {
    const r = rng(7);
    let s = '';
    while (s.length < n) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)] + ' ';
    return s.slice(0, n);
  },
  'commas only': (n) => ','.repeat(n),
  'random Unicode + lone surrogates': (n) => {
    const r = rng(42);
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const p = r();
      if (p < 0.1) out[i] = String.fromCharCode(0xd800 + Math.floor(r() * 0x800)); // lone surrogate
      else if (p < 0.3) out[i] = ' /.,-:()\n0123456789'[Math.floor(r() * 20)];
      else if (p < 0.5) out[i] = 'aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠĐỦỨ'[Math.floor(r() * 38)];
      else if (p < 0.55) out[i] = String.fromCharCode(0x300 + Math.floor(r() * 0x70)); // combining marks
      else out[i] = String.fromCharCode(Math.floor(r() * 0xffff));
    }
    return out.join('');
  },
  'ngày ngày ngày': (n) => fill('ngày ', n),
  'tháng 1 tháng 1': (n) => fill('tháng 1 ', n),
  'số số số': (n) => fill('số ', n),
  'đồng đồng': (n) => fill('đồng ', n),
  'number words': (n) => fill('một trăm linh năm nghìn hai tỷ rưỡi ', n),
  'date ranges': (n) => fill('từ 1/2/2020 đến 3/4/2021, ', n),
  'document codes': (n) => fill('Quyết định số 12/2020/QĐ-UBND ', n),
  'titles and names': (n) => fill('Chủ tịch UBND tỉnh Nguyễn Văn A, ', n),
  'dashes and spaces': (n) => fill('- \u00a0–\u200b', n),
  'newlines only': (n) => '\n'.repeat(n),
  'decomposed NFD': (n) => fill('Nguyễn Văn Hoà '.normalize('NFD'), n),
  'unclosed brackets': (n) => fill('(("[', n),
};

function timeOne(extract, text) {
  // Small inputs: repeat until ~100 ms so the per-KB figure is not timer noise.
  let reps = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    extract(text, { referenceDate: '2022-04-01' });
    reps++;
    elapsed = performance.now() - t0;
  } while (elapsed < 100 && reps < 200 && text.length < 1_000_000);
  return elapsed / reps;
}

if (!isMainThread) {
  const { extract } = loadDist();
  const make = INPUTS[workerData.name];
  // Warm-up on the small input, so that the 10 KB figure is not JIT compile time.
  const warm = make(SIZES[0]);
  for (const t0 = performance.now(); performance.now() - t0 < 150; ) extract(warm, { referenceDate: '2022-04-01' });
  for (const size of SIZES) {
    const text = make(size);
    let ms;
    try {
      ms = timeOne(extract, text);
    } catch (err) {
      parentPort.postMessage({ size, error: String(err?.message ?? err) });
      continue;
    }
    parentPort.postMessage({ size, ms });
  }
} else {
  loadDist(); // fail early and clearly if the build is missing
  const filter = process.argv[2];
  const names = Object.keys(INPUTS).filter((n) => !filter || n.includes(filter));
  const self = fileURLToPath(import.meta.url);
  let flagged = 0;
  console.log(`hostile inputs: ms per KB at 10 KB / 100 KB / 1 MB (KB = 1000 UTF-16 units); limit ${MAX_MS_PER_MB} ms per MB, flat growth`);
  console.log(`  ${'input'.padEnd(34)} ${'10 KB'.padStart(8)} ${'100 KB'.padStart(8)} ${'1 MB'.padStart(8)}  ${'1 MB total'.padStart(11)}  verdict`);
  for (const name of names) {
    const results = await new Promise((resolve) => {
      const got = [];
      const w = new Worker(self, { workerData: { name } });
      const timer = setTimeout(() => {
        got.push({ timeout: true });
        w.terminate();
      }, LIMIT_MS);
      w.on('message', (m) => got.push(m));
      w.on('error', (err) => got.push({ error: String(err?.message ?? err) }));
      w.on('exit', () => {
        clearTimeout(timer);
        resolve(got);
      });
    });
    const perKb = SIZES.map((size) => {
      const r = results.find((x) => x.size === size);
      return r && r.ms !== undefined ? r.ms / (size / 1000) : null;
    });
    const problems = [];
    if (results.some((r) => r.timeout)) problems.push(`TIMEOUT after ${LIMIT_MS / 1000} s`);
    for (const r of results) if (r.error) problems.push(`THROWS: ${r.error.slice(0, 80)}`);
    const mb = results.find((r) => r.size === 1_000_000)?.ms;
    if (mb !== undefined && mb > MAX_MS_PER_MB) problems.push(`${fmt(mb / 1000, 2)} s per MB`);
    // Super-linear: the time per KB keeps growing with size (allow noise and fixed costs).
    const [a, b, c] = perKb;
    if (b !== null && c !== null && c > 2.5 * b && c > 0.05) problems.push(`per-KB x${fmt(c / b)} from 100 KB to 1 MB`);
    if (a !== null && b !== null && b > 3 * a && b > 0.05) problems.push(`per-KB x${fmt(b / a)} from 10 KB to 100 KB`);
    if (problems.length > 0) flagged++;
    else if (a !== null && c !== null && c > 1.5 * a && c > 0.05) problems.push(`(not flagged: per-KB rises x${fmt(c / a)} from 10 KB to 1 MB)`);
    const cell = (x) => (x === null ? '-' : fmt(x, 3)).padStart(8);
    console.log(`  ${name.padEnd(34)} ${cell(a)} ${cell(b)} ${cell(c)}  ${(mb === undefined ? '-' : `${fmt(mb, 0)} ms`).padStart(11)}  ${problems.length === 0 ? 'ok' : problems[0].startsWith('(') ? 'ok ' + problems[0] : 'FLAG: ' + problems.join('; ')}`);
  }
  console.log(flagged ? `${flagged} input(s) flagged` : 'no input flagged');
  process.exitCode = flagged ? 1 : 0;
}

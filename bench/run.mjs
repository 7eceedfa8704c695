#!/usr/bin/env node
// npm run bench: throughput of the built package over the shared corpus (whole pipeline and each
// extractor alone), peak RSS and heap over the run, cold start of require('vn-extract'), and
// chrono-node's vi parser and compromise's tokenizer side by side on the same text.
//
//   node --expose-gc bench/run.mjs            (gc lets the heap samples mean something)
//   VN_EXTRACT_BENCH_PEERS=/tmp/peers ...     (a directory whose node_modules has chrono-node, compromise)
//   BENCH_PEER_MB=2                           (how much text the peers get; compromise is slow)
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { bytesOf, distIndex, fmt, loadCorpus, loadDist, loadPeer, median, root } from './common.mjs';

const TYPES = ['documents', 'dates', 'money', 'officials'];
const TARGET_MBS = 25;
const REF = '2021-06-01';

const vx = loadDist();
const corpora = loadCorpus();
const gc = globalThis.gc ?? null;
gc?.();
const rssLoaded = process.memoryUsage().rss / 1e6;

console.log(`vn-extract bench  ${new Date().toISOString()}`);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} x${cpus().length}; dist built ${statSync(distIndex).mtime.toISOString()}`);
console.log(`corpus: ${corpora.map((c) => `${c.name} ${fmt(bytesOf(c.docs) / 1e6)} MB in ${c.docs.length} docs`).join(', ')}`);
console.log('MB = 10^6 bytes of UTF-8 input; one extract() call per article / per law; times are wall clock on a shared machine.\n');

function run(docs, types) {
  const options = types ? { referenceDate: REF, types } : { referenceDate: REF };
  const counts = { dates: 0, officials: 0, documents: 0, money: 0 };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of docs) {
    const r = vx.extract(d, options);
    counts.dates += r.dates.length;
    counts.officials += r.officials.length;
    counts.documents += r.documents.length;
    counts.money += r.money.length;
  }
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, counts };
}

// Warm-up: let the JIT see every extractor before timing.
run(corpora[0].docs.slice(0, 200));

// --- Throughput -------------------------------------------------------------------------------
const heap = [];
const sampleHeap = () => {
  gc?.();
  heap.push(process.memoryUsage().heapUsed / 1e6);
};
const rows = [];
let totalBytes = 0;
let totalMs = 0;
for (const c of corpora) {
  const bytes = bytesOf(c.docs);
  totalBytes += bytes;
  // the whole pipeline, in 8 slices so the heap can be sampled as the run goes
  sampleHeap();
  let ms = 0;
  let cpuMs = 0;
  const counts = { dates: 0, officials: 0, documents: 0, money: 0 };
  const slice = Math.ceil(c.docs.length / 8);
  for (let i = 0; i < c.docs.length; i += slice) {
    const r = run(c.docs.slice(i, i + slice));
    ms += r.ms;
    cpuMs += r.cpuMs;
    for (const k of TYPES) counts[k] += r.counts[k];
    sampleHeap();
  }
  totalMs += ms;
  rows.push({ corpus: c.name, what: 'all four', mbs: bytes / 1e3 / ms, ms, cpuMs, counts });
  // The same again: V8 keeps optimising for the first ~20 MB, so a long-running service sees this.
  const warm = run(c.docs);
  rows.push({ corpus: c.name, what: 'all four, again', mbs: bytes / 1e3 / warm.ms, ms: warm.ms, cpuMs: warm.cpuMs, counts: {} });
  for (const t of TYPES) {
    const r = run(c.docs, [t]);
    rows.push({ corpus: c.name, what: `${t} alone`, mbs: bytes / 1e3 / r.ms, ms: r.ms, cpuMs: r.cpuMs, counts: { [t]: r.counts[t] } });
  }
}

console.log('throughput (one core)');
console.log(`  ${'corpus'.padEnd(12)} ${'extractors'.padEnd(16)} ${'MB/s'.padStart(8)} ${'seconds'.padStart(8)} ${'cpu/wall'.padStart(8)}  records`);
for (const r of rows) {
  const recs = Object.entries(r.counts).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`  ${r.corpus.padEnd(12)} ${r.what.padEnd(16)} ${fmt(r.mbs).padStart(8)} ${fmt(r.ms / 1000, 2).padStart(8)} ${fmt(r.cpuMs / r.ms, 2).padStart(8)}  ${recs}`);
}
const overall = totalBytes / 1e3 / totalMs;
console.log(`  ${'both'.padEnd(12)} ${'all four'.padEnd(16)} ${fmt(overall).padStart(8)} ${fmt(totalMs / 1000, 2).padStart(8)} ${''.padStart(8)}  target >= ${TARGET_MBS} MB/s: ${overall >= TARGET_MBS ? 'MET' : 'NOT MET'}`);
console.log('  ("dates alone" and "money alone" also run documents: the pipeline needs its spans to settle overlaps;');
console.log('   cpu/wall > 1 is V8 work on other threads, mostly optimising compilation, which --jobs competes with)\n');

// --- Memory -----------------------------------------------------------------------------------
const peakRss = process.resourceUsage().maxRSS / 1024;
console.log('memory');
console.log(`  peak RSS ${fmt(peakRss)} MB; ${fmt(rssLoaded)} MB before the first extract() (node + the package + the ${fmt(totalBytes / 1e6)} MB corpus as strings)`);
console.log(`  heap used during the all-four runs${gc ? ' (after gc)' : ' (no --expose-gc: noisy)'}: ${heap.map((h) => fmt(h, 0)).join(' ')} MB`);
const flat = Math.max(...heap.slice(1)) - Math.min(...heap.slice(1));
console.log(`  spread ${fmt(flat)} MB over the run: ${gc ? (flat < 20 ? 'flat' : 'GROWING') : 'run with --expose-gc to judge'}\n`);

// --- Cold start -------------------------------------------------------------------------------
function coldStart(code) {
  const times = [];
  for (let i = 0; i < 7; i++) times.push(Number(execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' })));
  return median(times);
}
const requireMs = coldStart(`const t=performance.now();require(${JSON.stringify(distIndex)});process.stdout.write(String(performance.now()-t))`);
const firstCallMs = coldStart(
  `const t=performance.now();const v=require(${JSON.stringify(distIndex)});v.extract('Ngày 1/4/2022, ông Nguyễn Văn A chi 5 tỷ đồng theo Quyết định 12/QĐ-UBND.',{referenceDate:'2022-04-01'});process.stdout.write(String(performance.now()-t))`,
);
console.log('cold start (fresh node process, median of 7)');
console.log(`  require('vn-extract')            ${fmt(requireMs)} ms   target < 30 ms: ${requireMs < 30 ? 'MET' : 'NOT MET'}`);
console.log(`  require + first extract() call   ${fmt(firstCallMs)} ms\n`);

// --- Peers ------------------------------------------------------------------------------------
const peerBytes = Number(process.env.BENCH_PEER_MB ?? 2) * 1e6;
const sample = [];
for (let i = 0, n = 0; i < corpora[0].docs.length && n < peerBytes; i++) {
  sample.push(corpora[0].docs[i]);
  n += Buffer.byteLength(corpora[0].docs[i]);
}
const sampleBytes = bytesOf(sample);
console.log(`side by side on the first ${fmt(sampleBytes / 1e6, 2)} MB of news-dantri (${sample.length} articles)`);
const time = (fn) => {
  fn(sample.slice(0, 20));
  const t0 = performance.now();
  const n = fn(sample);
  return { mbs: sampleBytes / 1e3 / (performance.now() - t0), n };
};
const ours = time((docs) => run(docs).counts);
const oursDates = time((docs) => run(docs, ['dates']).counts.dates);
console.log(`  vn-extract, all four          ${fmt(ours.mbs).padStart(8)} MB/s  (${TYPES.map((t) => `${t} ${ours.n[t]}`).join(', ')})`);
console.log(`  vn-extract, dates only        ${fmt(oursDates.mbs).padStart(8)} MB/s  (${oursDates.n} dates)`);

const chrono = loadPeer('chrono-node');
if (chrono?.vi) {
  const refDate = new Date(Date.UTC(2021, 5, 1));
  const c = time((docs) => {
    let n = 0;
    for (const d of docs) n += chrono.vi.parse(d, refDate).length;
    return n;
  });
  console.log(`  chrono-node vi parser         ${fmt(c.mbs).padStart(8)} MB/s  (${c.n} dates)   vn-extract all four is ${fmt(ours.mbs / c.mbs, 2)}x, dates only ${fmt(oursDates.mbs / c.mbs, 2)}x its speed`);
} else {
  console.log('  chrono-node vi parser         not installed (set VN_EXTRACT_BENCH_PEERS to a directory with node_modules/chrono-node)');
}
const nlp = loadPeer('compromise');
if (nlp?.tokenize) {
  const c = time((docs) => {
    let n = 0;
    for (const d of docs) n += nlp.tokenize(d).terms().length;
    return n;
  });
  console.log(`  compromise tokenize           ${fmt(c.mbs).padStart(8)} MB/s  (${c.n} terms)   vn-extract all four is ${fmt(ours.mbs / c.mbs, 2)}x its speed`);
} else {
  console.log('  compromise tokenize           not installed (set VN_EXTRACT_BENCH_PEERS to a directory with node_modules/compromise)');
}
if (typeof vx.tokenize === 'function') {
  const t = time((docs) => {
    let n = 0;
    for (const d of docs) n += vx.tokenize(d).length;
    return n;
  });
  console.log(`  vn-extract tokenize (public)  ${fmt(t.mbs).padStart(8)} MB/s  (${t.n} tokens)`);
}

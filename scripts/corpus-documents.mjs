#!/usr/bin/env node
/**
 * Corpus evidence for the documents extractor (issue 4). Prints:
 *  1. laws/*.txt: each law's own header symbol ("Luật số: 91/2015/QH13", "Số: 32/2004/QH11")
 *     found in the first lines, count found / files, and the files without one;
 *  2. distinct typeCode and issuerCode values over the whole corpus, with counts, and every
 *     rare one (count <= RARE) in context, to read by hand;
 *  3. news-dantri.txt: number of references, by kind, and a seeded random sample to hand-check;
 *  4. speed: MB/s of extract(text, { types: ['documents'] }) over news-dantri.txt.
 *
 * Usage: node scripts/corpus-documents.mjs [corpusDir] [--sample N] [--seed S]
 * Builds src/index.ts with esbuild into the OS temp dir first (nothing is written to the repo).
 */
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const corpus = args[0] && !args[0].startsWith('--') ? args[0] : join(root, '..', 'shared', 'corpus');
const SAMPLE = Number(opt('--sample', 50));
const SEED = Number(opt('--seed', 4));
const RARE = 2;

const out = join(tmpdir(), `vx-documents-${process.pid}.cjs`);
await build({
  stdin: {
    contents: `export { extract } from './src/index';
export { normalize } from './src/text/normalize';
export { ExtractContext } from './src/core/context';
export { referenceNow } from './src/core/reference';
export { extractDocuments } from './src/extractors/documents/index';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'warning',
});
const { extract, normalize, ExtractContext, referenceNow, extractDocuments } = createRequire(import.meta.url)(out);
const docs = (text) => extract(text, { referenceDate: '2022-04-01', types: ['documents'] }).documents;

const typeCounts = new Map();
const issuerCounts = new Map();
const examples = new Map();
function tally(records, text, where) {
  for (const r of records) {
    const keys = [];
    if (r.typeCode) keys.push(['type', r.typeCode]);
    for (const i of r.issuerCode) keys.push(['issuer', i]);
    for (const [kind, k] of keys) {
      const map = kind === 'type' ? typeCounts : issuerCounts;
      map.set(k, (map.get(k) ?? 0) + 1);
      const key = `${kind}:${k}`;
      if (!examples.has(key)) examples.set(key, []);
      const ex = examples.get(key);
      if (ex.length < RARE) ex.push(`${where}: …${text.slice(Math.max(0, r.start - 40), r.end + 40).replace(/\s+/g, ' ')}…`);
    }
  }
}

// 1. Laws
console.log('== 1. laws/*.txt: own header symbol');
const lawDir = join(corpus, 'laws');
const lawFiles = readdirSync(lawDir).filter((f) => f.endsWith('.txt')).sort();
let found = 0;
const missing = [];
for (const f of lawFiles) {
  const text = readFileSync(join(lawDir, f), 'utf8');
  const records = docs(text);
  tally(records, text, f);
  // The header is the first symbol in the first 40 lines, on a line that starts with "Số" or "Luật số".
  const headEnd = text.split('\n').slice(0, 40).join('\n').length;
  const lineOf = (r) => text.slice(text.lastIndexOf('\n', r.start) + 1, r.end).normalize('NFC');
  const header = records.find((r) => r.code && r.start < headEnd && /^\s*(?:(?:Bộ\s+|BỘ\s+)?(?:Luật|luật|LUẬT)\s+)?(?:số|Số|SỐ)\s*:*\s*\d/u.test(lineOf(r)));
  if (header) found++;
  else missing.push(`${f}: ${(text.normalize('NFC').split('\n').slice(0, 40).find((l) => /^\s*(Luật )?Số/u.test(l)) ?? '(no "Số" line in the first 40 lines)').trim()}`);
  if (header && process.env.SHOW_HEADERS) console.log(`  ${f}: ${header.code}`);
}
console.log(`headers found: ${found} / ${lawFiles.length}`);
for (const m of missing) console.log(`  no header record: ${m}`);

// 3. News (also tallied for 2)
console.log('\n== 3. news-dantri.txt');
const news = readFileSync(join(corpus, 'news-dantri.txt'), 'utf8');
const articles = news.split(/\n\s*\n/);
const all = [];
for (const a of articles) for (const r of docs(a)) all.push({ r, a });
const kinds = { code: 0, bareNumber: 0, named: 0 };
for (const { r } of all) kinds[r.code ? 'code' : r.number ? 'bareNumber' : 'named']++;
console.log(`references: ${all.length} (with symbol ${kinds.code}, bare number ${kinds.bareNumber}, by name/event ${kinds.named}) in ${articles.length} articles`);
for (const { r, a } of all) tally([r], a, 'dantri');
const binh = readFileSync(join(corpus, 'news-binhvq.txt'), 'utf8');
tally(docs(binh), binh, 'binhvq');

let state = SEED >>> 0;
const rand = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const picked = new Set();
while (picked.size < Math.min(SAMPLE, all.length)) picked.add(Math.floor(rand() * all.length));
console.log(`-- sample of ${picked.size} (seed ${SEED}), to check by hand:`);
let n = 0;
for (const i of [...picked].sort((a, b) => a - b)) {
  const { r, a } = all[i];
  const fields = Object.entries(r)
    .filter(([k]) => !['text', 'start', 'end', 'issuedOnSpan', 'issuedBySpan', 'subjectSpan'].includes(k))
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
  console.log(`${String(++n).padStart(2)}. [${r.text}] …${a.slice(Math.max(0, r.start - 50), r.end + 60).replace(/\s+/g, ' ')}…\n    ${fields}`);
}

// 2. Codes
console.log('\n== 2. distinct codes over the whole corpus (laws + news)');
const show = (label, map, kind) => {
  const sorted = [...map].sort((a, b) => b[1] - a[1]);
  console.log(`${label} (${sorted.length}): ${sorted.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [k, v] of sorted) if (v <= RARE) for (const ex of examples.get(`${kind}:${k}`) ?? []) console.log(`   rare ${kind} ${k}: ${ex}`);
};
show('typeCode', typeCounts, 'type');
show('issuerCode', issuerCounts, 'issuer');

// 4. Speed
console.log('\n== 4. speed, types: [documents]');
for (let run = 0; run < 2; run++) docs(news.slice(0, 2e6));
const t0 = process.hrtime.bigint();
docs(news);
const t1 = process.hrtime.bigint();
for (const a of articles) docs(a);
const t2 = process.hrtime.bigint();
const mb = Buffer.byteLength(news) / 1e6;
console.log(`extract(): whole file ${(mb / (Number(t1 - t0) / 1e9)).toFixed(1)} MB/s; per article ${(mb / (Number(t2 - t1) / 1e9)).toFixed(1)} MB/s (${mb.toFixed(1)} MB)`);
// The extractor alone, on contexts normalised beforehand (the pipeline normalises once for all four).
const ref = referenceNow();
const contexts = articles.map((a) => new ExtractContext(normalize(a), ref));
const t3 = process.hrtime.bigint();
for (const c of contexts) extractDocuments(c);
const t4 = process.hrtime.bigint();
const whole = new ExtractContext(normalize(news), ref);
const t5 = process.hrtime.bigint();
extractDocuments(whole);
const t6 = process.hrtime.bigint();
console.log(`documents extractor alone (normalisation excluded): per article ${(mb / (Number(t4 - t3) / 1e9)).toFixed(1)} MB/s; whole file ${(mb / (Number(t6 - t5) / 1e9)).toFixed(1)} MB/s`);

#!/usr/bin/env node
/**
 * Compares vn-extract's dates with chrono-node's Vietnamese parser (`chrono.vi`) on the date
 * fixtures and on a news corpus, and prints counts side by side and a sample of disagreements.
 *
 *   CHRONO_PATH=/tmp/dates/node_modules/chrono-node node scripts/compare-chrono.mjs
 *
 * Environment:
 *   CHRONO_PATH  chrono-node package directory (default: resolve "chrono-node" from here)
 *   VX_PATH      a CommonJS bundle of vn-extract (default: bundle src/index.ts with esbuild)
 *   CORPUS       corpus file, one paragraph per line (default: ../shared/corpus/news-dantri.txt)
 *   CORPUS_REF   reference date for the corpus (default: 2021-04-20; the articles are from 2020-2021)
 *   LIMIT        read only the first LIMIT corpus lines (default: all)
 *   SAMPLE       how many disagreements to print per kind (default: 15)
 *   SEED         seed of the sample (default: 1)
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function loadChrono() {
  const where = process.env.CHRONO_PATH || 'chrono-node';
  try {
    const chrono = require(where);
    if (!chrono.vi) throw new Error('this chrono-node has no "vi" locale (needs chrono-node >= 2.7)');
    return chrono;
  } catch (e) {
    console.error(`compare-chrono: cannot load chrono-node from ${JSON.stringify(where)}: ${e.message}`);
    console.error('Install it outside the repo (cd /tmp/x && npm i chrono-node) and set CHRONO_PATH=/tmp/x/node_modules/chrono-node');
    process.exit(2);
  }
}

async function loadVx() {
  if (process.env.VX_PATH) return require(resolve(process.env.VX_PATH));
  const esbuild = await import('esbuild');
  const out = join(tmpdir(), `vx-compare-${process.pid}.cjs`);
  await esbuild.build({ entryPoints: [join(ROOT, 'src/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
  return require(out);
}

// ------------------------------------------------------------------ records of both, same shape

/** Our records: {start, end, text, day ("YYYY-MM-DD" or coarser prefix), toDay}. */
function ours(vx, text, referenceDate) {
  return vx.extract(text, { referenceDate, types: ['dates'] }).dates.map((d) => ({
    start: d.start,
    end: d.end,
    text: d.text,
    day: d.calendar === 'lunar' ? d.gregorian ?? '' : comparable(d.value),
    toDay: d.to ? comparable(d.to) : undefined,
    grain: d.grain,
  }));
}

/** "2022-04-01T14:30" → "2022-04-01"; "2022-Q1" → "2022-01"; "2022-W13" → "2022" (compared on the year). */
function comparable(value) {
  if (/^\d{4}-Q\d$/.test(value)) return `${value.slice(0, 4)}-${String((Number(value[6]) - 1) * 3 + 1).padStart(2, '0')}`;
  if (/^\d{4}-W\d\d$/.test(value)) return value.slice(0, 4);
  return value.slice(0, 10);
}

function chronoDay(c) {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function theirs(chrono, text, referenceDate) {
  const [y, m, d] = referenceDate.slice(0, 10).split('-').map(Number);
  const ref = new Date(y, m - 1, d, 12, 0, 0);
  let results;
  try {
    results = chrono.vi.parse(text, ref);
  } catch {
    results = [];
  }
  return results.map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.text, day: chronoDay(r.start), toDay: r.end ? chronoDay(r.end) : undefined }));
}

const overlap = (a, b) => a.start < b.end && b.start < a.end;
/** Same date: ours may be coarser ("2022-04" matches chrono's "2022-04-01"). */
const sameDay = (o, c) => o.day !== '' && c.day.startsWith(o.day);

function compare(text, o, c) {
  const out = { agree: 0, onlyOurs: [], onlyChrono: [], differ: [] };
  const usedC = new Set();
  for (const r of o) {
    const k = c.findIndex((x, i) => !usedC.has(i) && overlap(r, x));
    if (k < 0) {
      out.onlyOurs.push(r);
      continue;
    }
    usedC.add(k);
    if (sameDay(r, c[k]) && (r.toDay === undefined || (c[k].toDay !== undefined && c[k].toDay.startsWith(r.toDay)))) out.agree++;
    else out.differ.push([r, c[k]]);
  }
  // A chrono record overlapping one of ours is not "chrono only" (chrono splits "Hôm nay (28/4)" in two).
  c.forEach((x, i) => {
    if (!usedC.has(i) && !o.some((r) => overlap(r, x))) out.onlyChrono.push(x);
  });
  return out;
}

// ------------------------------------------------------------------ runs

function fixtureCorpus() {
  const dir = join(ROOT, 'fixtures', 'dates');
  const items = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const ref = file.referenceDate ?? '2022-04-01';
    for (const c of file.cases ?? []) items.push({ name, text: c.text, ref: c.referenceDate ?? ref, expected: c.expected, negative: false });
    for (const n of file.negatives ?? []) {
      const neg = typeof n === 'string' ? { text: n } : n;
      items.push({ name, text: neg.text, ref: neg.referenceDate ?? ref, expected: [], negative: true });
    }
  }
  return items;
}

/** An expected fixture record found by a parser: overlapping span and same date (and same end for a range). */
function found(exp, recs, text) {
  // Every place the expected text occurs ("8" may stand several times); no text: anywhere in the case.
  const spans = [];
  if (typeof exp.text === 'string' && exp.text.length > 0) {
    for (let i = text.indexOf(exp.text); i >= 0; i = text.indexOf(exp.text, i + 1)) spans.push({ start: i, end: i + exp.text.length });
  } else spans.push({ start: 0, end: text.length });
  const want = exp.gregorian ?? (exp.value ? comparable(exp.value) : undefined);
  return recs.some((r) => spans.some((span) => overlap(r, span)) && (want === undefined || r.day.startsWith(want) || want.startsWith(r.day)) && (!exp.to || (r.toDay ?? '').startsWith(comparable(exp.to))));
}

function pad(s, n) {
  return String(s).padEnd(n);
}

function seeded(seed) {
  let x = seed >>> 0 || 1;
  return () => ((x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function sample(list, n, rand) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

function ctx(text, r) {
  const left = text.slice(Math.max(0, r.start - 35), r.start).replace(/\s+/g, ' ');
  const right = text.slice(r.end, r.end + 25).replace(/\s+/g, ' ');
  return `…${left}[${text.slice(r.start, r.end)}]${right}…`;
}

async function main() {
  const chrono = loadChrono();
  const vx = await loadVx();
  const SAMPLE = Number(process.env.SAMPLE ?? 15);
  const rand = seeded(Number(process.env.SEED ?? 1));

  // Fixtures: recall on positive cases (expected records found with the right date) and records on negatives.
  const items = fixtureCorpus();
  const fx = { expected: 0, ours: 0, chrono: 0, negTexts: 0, negOurs: 0, negChrono: 0, missedByChrono: [], chronoNeg: [] };
  for (const it of items) {
    const o = ours(vx, it.text, it.ref);
    const c = theirs(chrono, it.text, it.ref);
    if (it.negative) {
      fx.negTexts++;
      fx.negOurs += o.length;
      fx.negChrono += c.length;
      for (const r of c) fx.chronoNeg.push(`${it.name}: ${ctx(it.text, r)} → ${r.day}`);
      continue;
    }
    for (const e of it.expected) {
      fx.expected++;
      if (found(e, o, it.text)) fx.ours++;
      if (found(e, c, it.text)) fx.chrono++;
      else fx.missedByChrono.push(`${it.name}: "${e.text}" = ${e.value}${e.to ? ` → ${e.to}` : ''}; chrono: ${c.map((r) => `[${r.text}] ${r.day}${r.toDay ? `→${r.toDay}` : ''}`).join(', ') || 'nothing'}`);
    }
  }
  console.log('== date fixtures (fixtures/dates/*.json)');
  console.log(`${pad('', 44)}${pad('vn-extract', 12)}chrono vi`);
  console.log(`${pad(`expected records found (of ${fx.expected})`, 44)}${pad(fx.ours, 12)}${fx.chrono}`);
  console.log(`${pad(`records on ${fx.negTexts} negative texts (want 0)`, 44)}${pad(fx.negOurs, 12)}${fx.negChrono}`);
  console.log(`\n-- sample: expected records chrono misses (${fx.missedByChrono.length})`);
  for (const s of sample(fx.missedByChrono, SAMPLE, rand)) console.log(`  ${s}`);
  console.log(`\n-- sample: chrono records on negative texts (${fx.chronoNeg.length})`);
  for (const s of sample(fx.chronoNeg, SAMPLE, rand)) console.log(`  ${s}`);

  // Corpus: counts and disagreements, paragraph by paragraph.
  const corpusPath = process.env.CORPUS || join(ROOT, '..', 'shared', 'corpus', 'news-dantri.txt');
  if (!existsSync(corpusPath)) {
    console.error(`\ncompare-chrono: corpus missing: ${corpusPath}`);
    process.exit(1);
  }
  const ref = process.env.CORPUS_REF || '2021-04-20';
  let lines = readFileSync(corpusPath, 'utf8').split('\n');
  if (process.env.LIMIT) lines = lines.slice(0, Number(process.env.LIMIT));
  const tot = { ours: 0, chrono: 0, agree: 0, onlyOurs: [], onlyChrono: [], differ: [] };
  let tOurs = 0;
  let tChrono = 0;
  for (const line of lines) {
    if (!/\d|hôm|tuần|tháng|năm|thứ|nay|mai/i.test(line)) continue;
    let t0 = performance.now();
    const o = ours(vx, line, ref);
    tOurs += performance.now() - t0;
    t0 = performance.now();
    const c = theirs(chrono, line, ref);
    tChrono += performance.now() - t0;
    tot.ours += o.length;
    tot.chrono += c.length;
    const cmp = compare(line, o, c);
    tot.agree += cmp.agree;
    for (const r of cmp.onlyOurs) tot.onlyOurs.push(`${ctx(line, r)} → ${r.day}${r.toDay ? `→${r.toDay}` : ''}`);
    for (const r of cmp.onlyChrono) tot.onlyChrono.push(`${ctx(line, r)} → ${r.day}${r.toDay ? `→${r.toDay}` : ''}`);
    for (const [a, b] of cmp.differ) tot.differ.push(`ours ${ctx(line, a)} → ${a.day}${a.toDay ? `→${a.toDay}` : ''} | chrono [${b.text}] → ${b.day}${b.toDay ? `→${b.toDay}` : ''}`);
  }
  console.log(`\n== corpus ${corpusPath} (${lines.length} lines, reference ${ref})`);
  console.log(`${pad('', 44)}${pad('vn-extract', 12)}chrono vi`);
  console.log(`${pad('records', 44)}${pad(tot.ours, 12)}${tot.chrono}`);
  console.log(`${pad('time (ms, whole pipeline for vn-extract)', 44)}${pad(tOurs.toFixed(0), 12)}${tChrono.toFixed(0)}`);
  console.log(`${pad('overlapping, same date', 44)}${tot.agree}`);
  console.log(`${pad('overlapping, different date or end', 44)}${tot.differ.length}`);
  console.log(`${pad('found by one only', 44)}${pad(tot.onlyOurs.length, 12)}${tot.onlyChrono.length}`);
  for (const [label, list] of [
    ['only vn-extract', tot.onlyOurs],
    ['only chrono', tot.onlyChrono],
    ['different values', tot.differ],
  ]) {
    console.log(`\n-- sample: ${label} (${list.length})`);
    for (const s of sample(list, SAMPLE, rand)) console.log(`  ${s}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

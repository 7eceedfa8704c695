#!/usr/bin/env node
/**
 * Measures whether vntk (1.4.4) helps the officials extractor (issue 6). Not part of the
 * product: vntk is installed OUTSIDE the repo and this script is run by hand.
 *
 *   mkdir -p /tmp/officials/vntk && cd /tmp/officials/vntk && npm init -y && npm i vntk@1.4.4
 *   npx esbuild src/index.ts --bundle --platform=node --format=cjs --outfile=/tmp/officials/vx.cjs
 *   VNTK_DIR=/tmp/officials/vntk VX_BUNDLE=/tmp/officials/vx.cjs node scripts/vntk-measure.cjs
 *
 * It reports (a) what vntk's NER tags on the seed article, (b) whether its dictionary
 * (@vntk/dictionary, Viet74K) separates title/organisation syllables from name syllables at the
 * boundaries of our fixtures and of the officials found in a corpus sample, (c) NER as a
 * fallback: PER entities it finds in sentences around our officials that we do not, and
 * (d) speed of NER, word segmentation and dictionary loading.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const VNTK_DIR = process.env.VNTK_DIR || '/tmp/officials/vntk';
const VX_BUNDLE = process.env.VX_BUNDLE || '/tmp/officials/vx.cjs';
const ROOT = path.resolve(__dirname, '..');
const CORPUS = process.env.CORPUS || path.resolve(ROOT, '..', 'shared', 'corpus', 'news-dantri.txt');
const SAMPLE_ARTICLES = Number(process.env.SAMPLE_ARTICLES || 150);

const vntk = require(path.join(VNTK_DIR, 'node_modules', 'vntk'));
const vx = require(VX_BUNDLE);

function timed(fn) {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

/** vntk NER output [[word, pos, chunk, ner], ...] to entities {type, text}. */
function entities(tags) {
  const out = [];
  let cur = null;
  for (const [word, , , ner] of tags) {
    if (ner.startsWith('B-') || (ner.startsWith('I-') && (!cur || cur.type !== ner.slice(2)))) {
      if (cur) out.push(cur);
      cur = { type: ner.slice(2), text: word };
    } else if (ner.startsWith('I-') && cur) {
      cur.text += ' ' + word;
    } else {
      if (cur) out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}

const ner = timed(() => vntk.ner()).value;
const seed = fs.readFileSync(path.join(ROOT, 'fixtures', 'seed', 'seed-article.txt'), 'utf8');
const ours = vx.extract(seed, { referenceDate: '2022-04-01', types: ['officials'] }).officials;

// (a) NER on the seed, line by line (vntk tags one sentence/paragraph at a time).
console.log('## (a) vntk NER on the seed article');
const seedLines = seed.split('\n').filter((l) => l.trim());
const seedEntities = [];
const nerSeed = timed(() => {
  for (const line of seedLines) seedEntities.push(...entities(ner.tag(line)));
});
const byType = {};
for (const e of seedEntities) (byType[e.type] ??= []).push(e.text);
for (const [type, list] of Object.entries(byType)) {
  const counts = {};
  for (const t of list) counts[t] = (counts[t] || 0) + 1;
  console.log(`${type}: ${list.length} spans: ${Object.entries(counts).map(([t, n]) => `${JSON.stringify(t)}x${n}`).join(', ')}`);
}
for (const o of ours) {
  const full = seedEntities.filter((e) => e.type === 'PER' && e.text === o.name).length;
  const partial = seedEntities.filter((e) => e.text !== o.name && (o.name.includes(e.text) || e.text.includes(o.name.split(' ')[0]))).map((e) => `${e.type}:${e.text}`);
  console.log(`ours: ${o.name} (${o.mentions.length} mentions) | vntk exact PER spans: ${full} | overlapping vntk spans: ${[...new Set(partial)].join('; ') || 'none'}`);
}

// (b) The dictionary at title/name boundaries.
console.log('\n## (b) @vntk/dictionary at title/name boundaries');
const dictLoad = timed(() => require(path.join(VNTK_DIR, 'node_modules', '@vntk', 'dictionary')));
const dict = dictLoad.value;
const dictSet = new Set(dict.lower_words);
const has = (w) => dictSet.has(w.toLowerCase());
function boundaryStats(records, source) {
  let n = 0;
  let crossIsWord = 0; // last title syllable + first name syllable form a dictionary word (would pull the name into the title)
  let nameBigramIsWord = 0; // two name syllables form a dictionary word (dictionary cannot tell name from word)
  let firstNameIsWord = 0; // the family name syllable alone is a dictionary word
  const examples = [];
  for (const { text, o } of records) {
    const named = o.mentions.find((m) => m.text.endsWith(o.name) && m.text.length > o.name.length && !/^(ông|bà|đồng chí|ngài) /i.test(m.text));
    if (!named) continue;
    const before = text.slice(0, named.end - o.name.length).trimEnd().split(/\s+/).pop() || '';
    const sy = o.name.split(/\s+/);
    n++;
    if (has(`${before} ${sy[0]}`)) {
      crossIsWord++;
      examples.push(`${before} ${sy[0]}`);
    }
    if (sy.slice(0, -1).some((s, i) => has(`${s} ${sy[i + 1]}`))) nameBigramIsWord++;
    if (has(sy[0])) firstNameIsWord++;
  }
  console.log(`${source}: ${n} title+name boundaries; boundary bigram is a dictionary word: ${crossIsWord}${examples.length ? ` (${examples.slice(0, 5).join(', ')})` : ''}; a bigram inside the name is a dictionary word: ${nameBigramIsWord}; the family name alone is a dictionary word: ${firstNameIsWord}`);
}
const fixtureRecords = [];
for (const f of fs.readdirSync(path.join(ROOT, 'fixtures', 'officials')).filter((f) => f.endsWith('.json'))) {
  const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', 'officials', f), 'utf8'));
  for (const c of file.cases || []) {
    for (const o of vx.extract(c.text, { types: ['officials'] }).officials) fixtureRecords.push({ text: c.text, o });
  }
}
for (const o of ours) fixtureRecords.push({ text: seed, o });
boundaryStats(fixtureRecords, 'fixtures + seed');

// Corpus sample: the first SAMPLE_ARTICLES articles that have officials.
const articles = fs.readFileSync(CORPUS, 'utf8').split(/\n\s*\n/);
const corpusRecords = [];
const nerSentences = [];
for (const a of articles) {
  if (corpusRecords.length > 0 && nerSentences.length >= SAMPLE_ARTICLES) break;
  const found = vx.extract(a, { types: ['officials'] }).officials;
  if (!found.length) continue;
  for (const o of found) corpusRecords.push({ text: a, o });
  const line = a.split('\n').find((l) => found.some((o) => l.includes(o.name)));
  if (line) nerSentences.push({ line, names: found.map((o) => o.name) });
}
boundaryStats(corpusRecords, `corpus sample (${nerSentences.length} articles)`);

// (c) NER as a fallback: PER entities in lines where we found officials.
console.log('\n## (c) vntk NER as a fallback, on lines holding officials we found');
let perTotal = 0;
let perOurs = 0;
let oursTagged = 0;
let oursTotal = 0;
const extra = [];
const nerCorpus = timed(() => {
  for (const { line, names } of nerSentences) {
    const ents = entities(ner.tag(line)).filter((e) => e.type === 'PER');
    perTotal += ents.length;
    for (const e of ents) {
      if (names.some((n) => n === e.text || n.endsWith(' ' + e.text))) perOurs++;
      else extra.push(e.text);
    }
    for (const n of names) {
      if (!line.includes(n)) continue;
      oursTotal++;
      if (ents.some((e) => e.text === n)) oursTagged++;
    }
  }
});
console.log(`lines: ${nerSentences.length}; our names in them: ${oursTotal}, tagged exactly as PER by vntk: ${oursTagged}`);
console.log(`vntk PER spans: ${perTotal}, matching our names: ${perOurs}, others: ${extra.length}; first others: ${extra.slice(0, 25).map((e) => JSON.stringify(e)).join(', ')}`);

// (d) Speed.
console.log('\n## (d) speed');
const seedBytes = Buffer.byteLength(seed);
const seg = vntk.wordTokenizer();
const segT = timed(() => seedLines.forEach((l) => seg.tag(l)));
const oursT = timed(() => {
  for (let k = 0; k < 20; k++) vx.extract(seed, { referenceDate: '2022-04-01', types: ['officials'] });
});
const nerBytes = nerSentences.reduce((s, x) => s + Buffer.byteLength(x.line), 0);
console.log(`vntk NER: seed ${(seedBytes / 1e3 / (nerSeed.ms / 1000)).toFixed(1)} KB/s (${nerSeed.ms.toFixed(0)} ms for ${seedBytes} bytes, model load included); corpus lines ${(nerBytes / 1e3 / (nerCorpus.ms / 1000)).toFixed(1)} KB/s (${nerBytes} bytes)`);
console.log(`vntk word segmentation: seed ${(seedBytes / 1e3 / (segT.ms / 1000)).toFixed(1)} KB/s (${segT.ms.toFixed(0)} ms)`);
console.log(`@vntk/dictionary load: ${dictLoad.ms.toFixed(0)} ms after vntk itself loaded it (${dict.words.length} entries; its has() is a linear indexOf over the list)`);
console.log(`vn-extract officials on the seed: ${((20 * seedBytes) / 1e6 / (oursT.ms / 1000)).toFixed(2)} MB/s`);

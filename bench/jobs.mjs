#!/usr/bin/env node
// The --jobs speed-up of the built CLI: the news corpus as JSONL (one article per line) and the
// laws as files, each run with --jobs 1 and --jobs N (default: every core), output to /dev/null.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpusDir, distCli, fmt, loadCorpus, loadDist } from './common.mjs';

loadDist();
const dir = corpusDir();
const [news] = loadCorpus(dir);
const tmp = mkdtempSync(join(tmpdir(), 'vn-extract-jobs-'));
const jsonl = join(tmp, 'news.jsonl');
// `node bench/jobs.mjs [jobs] [repeat]`: repeat the news N times to see past JIT warm-up (~20 MB).
const repeat = Math.max(1, Number(process.argv[3] ?? 1));
const lines = news.docs.map((text, i) => JSON.stringify({ id: i, text, referenceDate: '2021-06-01' })).join('\n') + '\n';
writeFileSync(jsonl, lines.repeat(repeat));
const laws = readdirSync(join(dir, 'laws')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, 'laws', f));
const maxJobs = Number(process.argv[2] ?? availableParallelism());

/** CPU seconds used by finished children (Linux /proc; null elsewhere). */
function childCpu() {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[13]) + Number(f[14])) / 100; // cutime + cstime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

function once(args) {
  const cpu0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [distCli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`vn-extract ${args.slice(0, 3).join(' ')} … exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  const cpu1 = childCpu();
  return { ms, cpu: cpu0 === null ? null : cpu1 - cpu0 };
}

const time = (args) => [once(args), once(args)].sort((a, b) => a.ms - b.ms)[0];
const show = (r) => `${fmt(r.ms / 1000, 2)} s${r.cpu === null ? '' : ` (cpu ${fmt(r.cpu, 2)} s)`}`;

console.log(`--jobs speed-up, ${availableParallelism()} cores (wall clock of the whole CLI process, best of 2); load average ${loadavg().map((x) => fmt(x, 2)).join(' ')}`);
for (const [label, args] of [
  [`news as JSONL (${news.docs.length * repeat} lines, ${11 * repeat} MB)`, ['--jsonl-input', '-r', '2021-06-01', jsonl]],
  [`laws as ${laws.length} files (14 MB)`, ['--format', 'jsonl', '-r', '2021-06-01', ...laws]],
]) {
  const one = time(['--jobs', '1', ...args]);
  const many = time(['--jobs', String(maxJobs), ...args]);
  console.log(`  ${label.padEnd(36)} --jobs 1 ${show(one)}   --jobs ${maxJobs} ${show(many)}   speed-up x${fmt(one.ms / many.ms, 2)}`);
}
console.log(`  load average after: ${loadavg().map((x) => fmt(x, 2)).join(' ')}`);
rmSync(tmp, { recursive: true, force: true });

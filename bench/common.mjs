// Shared by the bench scripts: where the repo, its build and the corpus are, and optional peers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The build to measure: the repo's dist/, or $VN_EXTRACT_DIST (another build of the same sources). */
export const distDir = process.env.VN_EXTRACT_DIST ? resolve(process.env.VN_EXTRACT_DIST) : join(root, 'dist');
export const distIndex = join(distDir, 'index.cjs');
export const distCli = join(distDir, 'cli.cjs');

/** The built package (the bench measures what users run, not the sources). */
export function loadDist() {
  if (!existsSync(distIndex)) {
    console.error(`bench: ${distIndex} is missing; run "npm run build" first`);
    process.exit(1);
  }
  return createRequire(import.meta.url)(distIndex);
}

/** ../shared/corpus next to the repo, or $VN_EXTRACT_CORPUS. */
export function corpusDir() {
  const dir = process.env.VN_EXTRACT_CORPUS ? resolve(process.env.VN_EXTRACT_CORPUS) : resolve(root, '..', 'shared', 'corpus');
  if (!existsSync(join(dir, 'news-dantri.txt')) || !existsSync(join(dir, 'laws'))) {
    console.error(`bench: corpus not found at ${dir} (expected news-dantri.txt and laws/).\n` + 'Put the shared corpus at ../shared/corpus next to the repo, or set VN_EXTRACT_CORPUS=/path/to/corpus.');
    process.exit(1);
  }
  return dir;
}

/** The two corpora as lists of documents: news articles (blank-line separated) and one law per file. */
export function loadCorpus(dir = corpusDir()) {
  const news = readFileSync(join(dir, 'news-dantri.txt'), 'utf8')
    .split(/\n[ \t\u00a0\u200b]*\n/)
    .filter((d) => d.trim() !== '');
  const lawDir = join(dir, 'laws');
  const laws = readdirSync(lawDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(lawDir, f), 'utf8'));
  return [
    { name: 'news-dantri', docs: news },
    { name: 'laws', docs: laws },
  ];
}

export const bytesOf = (docs) => docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);

/**
 * Benchmark-only peers (chrono-node, compromise) are not dependencies of the repo. They are looked
 * up in $VN_EXTRACT_BENCH_PEERS (a directory holding node_modules/), then bench/peers/, then the
 * repo itself (if they are ever added as devDependencies). Returns null when not installed.
 */
export function loadPeer(name) {
  const bases = [process.env.VN_EXTRACT_BENCH_PEERS, join(root, 'bench', 'peers'), root].filter(Boolean);
  for (const base of bases) {
    try {
      return createRequire(join(resolve(base), 'package.json'))(name);
    } catch {
      // try the next place
    }
  }
  return null;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));

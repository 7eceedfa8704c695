import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bundles the current sources (not a possibly stale dist/) into one CommonJS file for child processes. */
export function bundleSources(): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'vn-extract-')), 'index.cjs');
  buildSync({ entryPoints: [join(__dirname, '..', '..', 'src', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error' });
  return outfile;
}

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** One fixture file: `fixtures/<record type>/<name>.json`. See fixtures/README.md. */
export interface FixtureFile {
  description?: string;
  referenceDate?: string;
  /** "failing": the whole file is expected to fail until its extractor lands (test.failing). */
  status?: 'failing';
  cases?: FixtureCase[];
  negatives?: Array<string | NegativeCase>;
}

export interface FixtureCase {
  text: string;
  referenceDate?: string;
  expected: Array<Record<string, unknown>>;
  note?: string;
  status?: 'failing';
}

export interface NegativeCase {
  text: string;
  referenceDate?: string;
  note?: string;
  status?: 'failing';
}

export const FIXTURE_ROOT = join(__dirname, '..', '..', 'fixtures');

export function loadFixtureFiles(type: string): Array<{ name: string; file: FixtureFile }> {
  const dir = join(FIXTURE_ROOT, type);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, file: JSON.parse(readFileSync(join(dir, name), 'utf8')) as FixtureFile }));
}

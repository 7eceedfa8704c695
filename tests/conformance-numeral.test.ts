/**
 * Duckling's Vietnamese numeral corpus, run through `parseNumber`. The corpus lives next to the repo
 * (../shared/conformance/duckling-vi); when it is missing this suite fails, it never passes silently.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseNumber } from '../src/text/numbers';

const FILE = path.join(__dirname, '..', '..', 'shared', 'conformance', 'duckling-vi', 'numeral.json');

interface Case {
  text: string;
  expected: { value: number };
}

/** Cases we do not pass, with the reason. Empty: every case is in scope ("trăm" alone = 100 is read
 * by `parseNumber`, which accepts a bare leading scale word; `readNumberAt` does not by default, since
 * "hàng trăm" means "hundreds"). */
const SKIPPED: Record<string, string> = {};

function loadCases(): Case[] {
  if (!fs.existsSync(FILE)) throw new Error(`conformance corpus missing: ${FILE}`);
  const data = JSON.parse(fs.readFileSync(FILE, 'utf8')) as { cases?: Case[] };
  if (!Array.isArray(data.cases) || data.cases.length === 0) throw new Error(`no cases in ${FILE}`);
  return data.cases;
}

describe('duckling-vi numeral conformance', () => {
  test('the corpus is present and complete', () => {
    const cases = loadCases();
    expect(cases.length).toBe(53);
    for (const name of Object.keys(SKIPPED)) expect(cases.map((c) => c.text)).toContain(name);
  });

  const cases = fs.existsSync(FILE) ? loadCases() : [];
  const inScope = cases.filter((c) => !(c.text in SKIPPED));
  test.each(inScope.map((c) => [c.text, c.expected.value] as const))('%s = %p', (text, expected) => {
    const parsed = parseNumber(text);
    expect(parsed).not.toBeNull();
    expect(Number(parsed!.value)).toBe(expected);
    expect(parsed!.number).toBe(expected);
  });
});

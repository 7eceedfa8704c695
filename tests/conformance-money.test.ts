/**
 * Duckling's Vietnamese AmountOfMoney corpus (../shared/conformance/duckling-vi/amount-of-money.json,
 * see its README): every phrase must come out as exactly one money record covering the phrase
 * (its qualifier included), with Duckling's value. Mapping of Duckling's conventions:
 * - currency "$" (Duckling's generic dollar: đô, đô la, $) is USD; "£" is GBP; "cent" is hundredths;
 * - an interval with min and max is our range (min/max); "under X" (max only) is a qualifier of
 *   kind less_than or at_most, "above X" (min only) one of kind more_than or at_least.
 * Declined cases are listed below with the reason; the test fails if one of them starts passing
 * unnoticed (it is then checked like the others) or if the list names a phrase the corpus lacks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src';

const CORPUS = join(__dirname, '..', '..', 'shared', 'conformance', 'duckling-vi', 'amount-of-money.json');

interface DucklingCase {
  text: string;
  expected: { type: 'value' | 'interval'; value?: number; min?: number; max?: number; currency: string };
}

const CURRENCY_MAP: Record<string, string> = { $: 'USD', '£': 'GBP' };

const DECLINED: Record<string, string> = {
  'mười xen': 'ten cents of no named currency: a record needs an ISO 4217 code, and "xen"/"xu" alone do not name one',
  'mười xu': 'ten cents of no named currency ("xu" is also a coin or 1/100 đồng); no ISO 4217 code to give',
};

function loadCorpus(): DucklingCase[] {
  if (!existsSync(CORPUS)) {
    throw new Error(`Duckling conformance corpus missing: expected ${CORPUS} (../shared relative to the repository root)`);
  }
  return (JSON.parse(readFileSync(CORPUS, 'utf8')) as { cases: DucklingCase[] }).cases;
}

/** Duckling's number as our exact decimal string (the corpus values are short decimals). */
function decimal(n: number | undefined): string | undefined {
  return n === undefined ? undefined : String(n);
}

function observed(text: string) {
  const records = extract(text, { referenceDate: '2013-02-12', types: ['money'] }).money;
  return records.map((r) => {
    const q = r.qualifier?.kind;
    const out: Record<string, string | undefined> = { currency: r.currency };
    if (r.min !== undefined) {
      out.min = r.min;
      out.max = r.max;
    } else if (q === 'less_than' || q === 'at_most') out.max = r.amount;
    else if (q === 'more_than' || q === 'at_least') out.min = r.amount;
    else out.value = r.amount;
    const start = Math.min(r.start, r.qualifier?.start ?? r.start);
    const end = Math.max(r.end, r.qualifier?.end ?? r.end);
    out.covers = text.slice(start, end);
    return out;
  });
}

function wanted(c: DucklingCase) {
  const e = c.expected;
  const out: Record<string, string | undefined> = { currency: CURRENCY_MAP[e.currency] ?? e.currency };
  if (e.type === 'value') out.value = decimal(e.value);
  else {
    out.min = decimal(e.min);
    out.max = decimal(e.max);
  }
  // Duckling keeps "1 AED." with its full stop; the stop is punctuation, not part of the amount.
  out.covers = c.text.replace(/\.$/, '');
  return out;
}

const cases = loadCorpus();

describe('Duckling vi AmountOfMoney conformance', () => {
  test('the corpus is there and complete', () => {
    expect(cases.length).toBe(71);
    for (const phrase of Object.keys(DECLINED)) expect(cases.map((c) => c.text)).toContain(phrase);
  });

  for (const c of cases) {
    if (DECLINED[c.text]) {
      test(`declined: ${c.text} (${DECLINED[c.text]})`, () => {
        // Declined, not ignored: we must at least not invent an amount in some other currency.
        expect(observed(c.text)).toEqual([]);
      });
      continue;
    }
    test(c.text, () => {
      const got = observed(c.text).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
      const want = Object.fromEntries(Object.entries(wanted(c)).filter(([, v]) => v !== undefined));
      expect(got).toEqual([want]);
    });
  }
});

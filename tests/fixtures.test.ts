/**
 * The generic corpus runner: every `fixtures/<record type>/*.json` file is a list of examples
 * with their expected records, and of negative texts that must yield no record of that type.
 */
import { extract, RECORD_TYPES, type RecordType } from '../src';
import { ExtractResultSchema } from '../src/schema';
import { loadFixtureFiles, type FixtureCase, type NegativeCase } from './support/fixtures';
import { offsetViolations, subsetDiff } from './support/match';

const DEFAULT_REFERENCE = '2022-04-01';

function run(type: RecordType, text: string, referenceDate: string) {
  const result = extract(text, { referenceDate, types: [type] });
  const parsed = ExtractResultSchema.safeParse(result);
  if (!parsed.success) throw new Error(`result does not satisfy the schema: ${parsed.error.message}`);
  const bad = offsetViolations(text, result);
  if (bad.length) throw new Error(`offset invariant broken:\n${bad.join('\n')}`);
  return result[type] as unknown as Array<Record<string, unknown>>;
}

function label(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 90 ? `${oneLine.slice(0, 87)}...` : oneLine;
}

for (const type of RECORD_TYPES) {
  const files = loadFixtureFiles(type);
  if (files.length === 0) continue;
  describe(`fixtures/${type}`, () => {
    for (const { name, file } of files) {
      describe(name, () => {
        const reference = file.referenceDate ?? DEFAULT_REFERENCE;
        (file.cases ?? []).forEach((c: FixtureCase, i) => {
          const t = file.status === 'failing' || c.status === 'failing' ? test.failing : test;
          t(`#${i} ${label(c.text)}`, () => {
            const records = run(type, c.text, c.referenceDate ?? reference);
            const diff = subsetDiff(c.expected, records);
            if (diff.length) throw new Error(`${c.note ? `(${c.note})\n` : ''}${diff.join('\n')}`);
          });
        });
        (file.negatives ?? []).forEach((n: string | NegativeCase, i) => {
          const neg: NegativeCase = typeof n === 'string' ? { text: n } : n;
          const t = file.status === 'failing' || neg.status === 'failing' ? test.failing : test;
          t(`negative #${i} ${label(neg.text)}`, () => {
            const records = run(type, neg.text, neg.referenceDate ?? reference);
            expect(records.map((r) => r.text)).toEqual([]);
          });
        });
      });
    }
  });
}

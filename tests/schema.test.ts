import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src';
import { resultJsonSchema, ExtractResultSchema } from '../src/schema';

describe('JSON Schema shipped with the package', () => {
  test('schema/vn-extract.schema.json matches the zod schemas (run `npm run schema` after changing a schema)', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'vn-extract.schema.json'), 'utf8'));
    expect(shipped).toEqual(resultJsonSchema());
  });

  test('it describes the four record arrays', () => {
    const schema = resultJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(['dates', 'documents', 'money', 'officials']);
    expect([...schema.required].sort()).toEqual(['dates', 'documents', 'money', 'officials']);
  });

  test('an empty text gives four empty arrays that satisfy the schema', () => {
    const result = extract('', { referenceDate: '2022-04-01' });
    expect(result).toEqual({ dates: [], officials: [], documents: [], money: [] });
    expect(ExtractResultSchema.parse(result)).toEqual(result);
  });
});

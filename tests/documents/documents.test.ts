/**
 * The documents extractor beyond the fixtures: any string in gives valid records out, time stays
 * linear on adversarial input, and the catalogues are well-formed data.
 */
import fc from 'fast-check';
import { extract } from '../../src';
import { ExtractResultSchema } from '../../src/schema';
import { DOC_TYPES, lookupType } from '../../src/extractors/documents/catalogue/types';
import { ISSUERS, lookupIssuer } from '../../src/extractors/documents/catalogue/issuers';
import { offsetViolations } from '../support/match';

const docs = (text: string) => extract(text, { referenceDate: '2022-04-01', types: ['documents'] });

describe('documents: any string in, valid records out', () => {
  const pieces = ['Nghị quyết', 'số', ' ', '18', '-', '/', 'NQ', 'TW', 'NĐ', 'CP', '2019', 'ngày', '30/7/2021', 'của', 'Bộ', 'về', '"', 'Luật', 'Đất', 'đai', ',', 'và', 'Đại hội', 'XIII', 'khóa', '–', 'Ð', '\u0301', '\u00a0', 'ư', 'Ư', '&', '.', '\n'];
  test('random mixes of reference pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const result = docs(text);
        expect(ExtractResultSchema.safeParse(result).success).toBe(true);
        expect(offsetViolations(text, result)).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });
  test('arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
        const result = docs(text);
        expect(ExtractResultSchema.safeParse(result).success).toBe(true);
        expect(offsetViolations(text, result)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('documents: linear time on adversarial input', () => {
  const cases: Array<[string, string]> = [
    ['slashes and digits', '1/1/1-1/'],
    ['symbols without end', '12-NQ/TW-'],
    ['type words', 'Nghị quyết số '],
    ['law titles', 'Luật Đất Đai Và '],
    ['open quotes', 'Nghị định 100/2019/NĐ-CP về "'],
    ['bodies', 'Nghị định 100/2019/NĐ-CP của Bộ Tài Chính '],
    ['subjects', 'Quyết định số 23-QĐ/TW về việc '],
    ['congress', 'Nghị quyết Đại hội đại biểu '],
    ['symbols without type words', '30/2020/NĐ-CP '],
    ['law titles before symbols', 'Luật đất đai số 1/2020/QH14 và '],
    ['lists', '18-NQ/TW và '],
  ];
  for (const [name, unit] of cases) {
    test(name, () => {
      const time = (text: string) => {
        let best = Infinity;
        for (let i = 0; i < 2; i++) {
          const t0 = process.hrtime.bigint();
          docs(text);
          best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
        }
        return best;
      };
      const small = time(unit.repeat(2000));
      const big = time(unit.repeat(16000));
      // 8x the input: linear is ~8, quadratic ~64. Generous bound for a shared machine; tiny
      // timings (under 150 ms) are noise and pass.
      expect(big < 150 || big / Math.max(small, 1) < 30).toBe(true);
      expect(big).toBeLessThan(4000);
    });
  }
});

describe('documents: catalogues', () => {
  test('every type and issuer names its source and confidence', () => {
    for (const t of DOC_TYPES) expect(t.source).toMatch(/\[(V|S|2|U|S-corpus)\]/);
    for (const i of ISSUERS) expect(i.source).toMatch(/\[(V|S|2|U|S-corpus)\]/);
  });
  test('codes are unique', () => {
    const types = DOC_TYPES.map((t) => t.code.toUpperCase());
    expect(new Set(types).size).toBe(types.length);
    const issuers = ISSUERS.flatMap((i) => [i.code, ...(i.aliases ?? [])].map((c) => c.toUpperCase()));
    expect(new Set(issuers).size).toBe(issuers.length);
  });
  test('lookups: exact, any case, D for Đ, terms', () => {
    expect(lookupType('ND')?.code).toBe('NĐ');
    expect(lookupType('qd')?.code).toBe('QĐ');
    expect(lookupType('HD')?.name).toBe('Hướng dẫn');
    expect(lookupType('HĐ')?.name).toBe('Hợp đồng');
    expect(lookupType('DA')?.name).toBe('Dự án');
    expect(lookupType('ĐA')?.name).toBe('Đề án');
    expect(lookupIssuer('QH15')).toMatchObject({ entry: { code: 'QH' }, term: 15 });
    expect(lookupIssuer('TƯ')?.entry.code).toBe('TW');
    expect(lookupIssuer('BGDDT')?.entry.code).toBe('BGDĐT');
    expect(lookupIssuer('BTC15')).toBeUndefined();
  });
});

describe('documents: pipeline interplay', () => {
  test('a date inside a reference stays a field with its own span', () => {
    const text = 'Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị';
    const [d] = docs(text).documents;
    expect(d.text).toBe('Quyết định số 23-QĐ/TW');
    expect(d.issuedOnSpan).toEqual({ text: '30/7/2021', start: 28, end: 37 });
    expect(d.issuedBySpan).toEqual({ text: 'Bộ Chính trị', start: 42, end: 54 });
  });
  test('offsets point into the caller string after normalisation (NFD, en dash, Eth)', () => {
    const text = 'Theo Nghi\u0323 \u0111i\u0323nh 30/2020/\u00d0N\u2013CP.';
    const [d] = docs(text).documents;
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.code).toBe('30/2020/ĐN-CP');
  });
});

/** Any string in, valid records out: no throw, valid offsets, linear time on hostile input. */
import fc from 'fast-check';
import { extract } from '../../src';
import { ExtractResultSchema } from '../../src/schema';
import { OCCUPATIONS } from '../../src/extractors/officials/lexicon/academic';

const run = (text: string) => extract(text, { referenceDate: '2022-04-01', types: ['officials'] });

describe('officials robustness', () => {
  test('random strings built from title words, names and punctuation', () => {
    const parts = ['Bộ trưởng', 'Bộ', 'Y tế', 'Phó', 'nguyên', 'quyền', 'ông', 'bà', 'đồng chí', 'Nguyễn', 'Văn', 'A', 'Hà Nội', 'tỉnh', ',', ' - ', '(', ')', ':', ';', ' kiêm ', 'TP.', 'GS.TS', 'Trung ương', 'Đảng', 'các', '\n', ' ', 'Uỷ viên', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const r = run(text);
        expect(ExtractResultSchema.safeParse(r).success).toBe(true);
        for (const o of r.officials) {
          expect(text.slice(o.start, o.end)).toBe(o.text);
          for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary unicode never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (s) => void run(s)), { numRuns: 300 });
  });

  test('long repetitive input stays linear', () => {
    const unit = 'Bộ trưởng Bộ Y tế, Phó Bí thư Đảng ủy Khối các cơ quan Trung ương, ';
    const t0 = Date.now();
    run(unit.repeat(2000));
    const small = Date.now() - t0;
    const t1 = Date.now();
    run(unit.repeat(8000));
    const big = Date.now() - t1;
    expect(big).toBeLessThan(Math.max(200, small * 12));
  });

  test.each(OCCUPATIONS.map((o) => [o]))('occupation "%s" before a name is not a title', (occupation) => {
    expect(run(`${occupation} Nguyễn Văn Bình cho biết thêm.`).officials).toEqual([]);
  });
});

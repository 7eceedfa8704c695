/**
 * Any string in, valid date records out: no throw, schema-valid records with exact offsets, and
 * time linear in the input (pathological repetitions of triggers must not blow up).
 */
import fc from 'fast-check';
import { extract } from '../../src';
import { ExtractResultSchema } from '../../src/schema';
import { offsetViolations } from '../support/match';

const ALPHABET = ['1', '4', '2', '0', '/', '-', '.', ':', ' ', ',', '(', ')', 'h', 'g', 'ngày ', 'tháng ', 'năm ', 'quý ', 'thứ ', 'Hai', 'sáng ', 'cùng ngày', 'hôm ', 'nay', 'tới', 'mùng ', 'rằm ', 'Tết', 'âm lịch', 'giờ ', 'đến ', 'từ ', 'tuần ', 'trước', 'QĐ/TW', '\n', '\u2013', 'Ð', 'o\u0300', 'lúc ', 'khoảng ', '22h', '14h30', '10:45', ' tối', 'Giáng sinh', ' năm nay', 'Canh Tý', 'Quốc khánh ', 'và ', 'hàng ngày', '"'];

describe('dates: robustness', () => {
  test('random trigger soup yields schema-valid records with exact offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }), fc.constantFrom('2022-04-01', '2017-02-02T03:55:00-02:00', '2000-02-29'), (parts, ref) => {
        const text = parts.join('');
        const result = extract(text, { referenceDate: ref, types: ['dates'] });
        expect(ExtractResultSchema.safeParse(result).success).toBe(true);
        expect(offsetViolations(text, result)).toEqual([]);
        for (const d of result.dates) {
          expect(d.end).toBeGreaterThan(d.start);
          if (d.to) expect(d.to >= d.value || d.grain === 'week').toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('arbitrary unicode never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const result = extract(text, { referenceDate: '2022-04-01', types: ['dates'] });
        expect(offsetViolations(text, result)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('time stays linear on repeated triggers', () => {
    const unit = 'ngày 1/4 - ngày 2 tháng 3 năm 2020 đến 5/6/2021, sáng thứ Hai tuần trước 14h30 cùng ngày; 1/2/3/4/5 ';
    const small = unit.repeat(200);
    const big = unit.repeat(2000);
    const time = (t: string) => {
      const t0 = process.hrtime.bigint();
      extract(t, { referenceDate: '2022-04-01', types: ['dates'] });
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    time(small);
    const a = time(small);
    const b = time(big);
    // 10x the text: allow 40x the time for noise on a shared machine, far below quadratic (100x).
    expect(b).toBeLessThan(Math.max(40 * a, 200));
  });

  test('time stays linear on repeated bare clocks, clock ranges, holidays and year lists', () => {
    const unit = 'Lúc 14h30, đoàn đến. Khoảng 22h đến 23h tối, (Dân trí) - Khoảng 0h30, hàng ngày lúc 8h; Tết Canh Tý, Giáng sinh năm nay, các năm 2018, 2019 và 2022. ';
    const time = (t: string) => {
      const t0 = process.hrtime.bigint();
      extract(t, { referenceDate: '2022-04-01', types: ['dates'] });
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    time(unit.repeat(200));
    const a = time(unit.repeat(200));
    const b = time(unit.repeat(2000));
    expect(b).toBeLessThan(Math.max(40 * a, 200));
  });

  test('a long run of digits and slashes is rejected quickly', () => {
    const text = '1/'.repeat(50000) + '2022';
    const t0 = Date.now();
    const { dates } = extract(text, { referenceDate: '2022-04-01', types: ['dates'] });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(dates).toEqual([]);
  });
});

/**
 * Any string in, valid records out: for arbitrary strings (Vietnamese-flavoured, NFD, lone
 * surrogates, odd spaces and dashes), extract never throws, the result satisfies the schema, and
 * every span is an exact slice of the input.
 */
import fc from 'fast-check';
import { extract } from '../src';
import { ExtractResultSchema } from '../src/schema';
import { offsetViolations } from './support/match';

const PIECES = [
  'Sáng 1/4', 'ngày 30/7/2021', '11/4/2007-11/4/2022', 'Nghị quyết số 04-NQ/ĐUK', 'Quyết định số 23-QĐ/TW',
  '30/2020/NĐ-CP', '17,6 tỷ đồng', '50 triệu đồng/căn', 'Trưởng ban Dân vận Trung ương', 'Bùi Thị Minh Hoài',
  'ông Huỳnh Tấn Việt, Ủy viên Trung ương Đảng', 'Uỷ viên', 'hôm qua', 'cùng ngày', 'tháng Tư', 'quý I/2022',
  '1/4 dân số', 'COVID-19', 'năm mươi', 'hai tỷ rưỡi', 'USD', '$', '€', 'đ', ',', '.', '/', '-', '–', '—', ' ',
  '\u00a0', '\u200b', '\ufeff', '\n', '\ud800', '\udc00', 'Ð', '“', '”', 'e\u0301', 'Thu\u0309', 'ngày', 'tháng', 'năm', 'số',
];

const vietnamese = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const mixed = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 }), fc.nat(99999).map(String)), { maxLength: 30 }).map((p) => p.join(' '));

function check(text: string, referenceDate: string): void {
  const result = extract(text, { referenceDate });
  ExtractResultSchema.parse(result);
  const bad = offsetViolations(text, result);
  if (bad.length) throw new Error(bad.join('\n'));
}

describe('extract on arbitrary strings', () => {
  test('arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => check(s, '2022-04-01')), { numRuns: 300 });
  });

  test('Vietnamese-flavoured strings built from real pieces', () => {
    fc.assert(fc.property(vietnamese, (s) => check(s, '2022-04-01')), { numRuns: 500 });
  });

  test('NFD and mixed strings with any reference date', () => {
    const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(mixed, date, (s, d) => check(s.normalize('NFD'), d)), { numRuns: 300 });
  });
});

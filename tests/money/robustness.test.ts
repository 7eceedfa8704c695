/**
 * Any string in, valid money records out, in linear time: random and adversarial inputs through
 * the whole pipeline with `types: ['money']`.
 */
import fc from 'fast-check';
import { extract } from '../../src';
import { ExtractResultSchema } from '../../src/schema';
import { offsetViolations } from '../support/match';

const PIECES = [
  '17,6 tỷ đồng', '50 triệu đồng/căn', 'từ', 'đến', 'tới', 'giữa', 'và', '-', '–', '~', ' ', '/', 'mỗi', 'hộ', 'hơn', 'khoảng',
  'không quá', 'trở lên', 'USD', 'US$', '$', '€', '£', 'đ', 'đồng', 'đô', 'đô la', 'xen', 'xu', 'k', 'K', 'tỷ', 'triệu', 'nghìn',
  'rưỡi', 'phẩy', 'chấm', 'nửa', 'năm', 'mươi', 'hai', 'một', '1', '23', '1.000', '2,5', ',', '.', 'giá', '400k', 'Rs.', 'bảng',
  '\u00a0', '\u0301', 'e\u0301', '\ud800',
];
const moneyish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(' '));
const glued = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

function check(text: string): void {
  const result = extract(text, { referenceDate: '2022-04-01', types: ['money'] });
  ExtractResultSchema.parse(result);
  const bad = offsetViolations(text, result);
  if (bad.length) throw new Error(bad.join('\n'));
  for (const m of result.money) {
    if (m.min !== undefined || m.max !== undefined) {
      expect(m.min).toBeDefined();
      expect(m.max).toBeDefined();
      expect(m.amount).toBe(m.min);
    }
  }
}

describe('money on arbitrary strings', () => {
  test('money-flavoured strings', () => {
    fc.assert(fc.property(moneyish, check), { numRuns: 600 });
  });
  test('glued pieces', () => {
    fc.assert(fc.property(glued, check), { numRuns: 400 });
  });
  test('arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 300 });
  });
});

describe('no super-linear time', () => {
  const cases: Array<[string, (n: number) => string]> = [
    ['number words before a currency', (n) => `${'một '.repeat(n)}đồng`],
    ['digits and spaces', (n) => `${'1 '.repeat(n)}USD`],
    ['range connectors', (n) => `${'1-'.repeat(n)}2 tỷ đồng`],
    ['currency names only', (n) => 'đồng '.repeat(n)],
    ['glued đ', (n) => '5đ'.repeat(n)],
    ['mỗi everywhere', (n) => `${'mỗi hộ '.repeat(n)}5 triệu đồng `.repeat(3)],
    ['k everywhere', (n) => 'giá 1k '.repeat(n)],
  ];
  /** Best of three runs, in ms: the machine is shared, so one run can be slow for other reasons. */
  function bestTime(text: string): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      extract(text, { types: ['money'] });
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return best;
  }
  for (const [name, make] of cases) {
    test(name, () => {
      const small = make(2000);
      const big = make(20000);
      extract(small, { types: ['money'] }); // warm-up
      const ratio = bestTime(big) / Math.max(bestTime(small), 1);
      // 10x the input: linear work takes ~10x; quadratic would take ~100x. Leave room for noise.
      expect(ratio).toBeLessThan(40);
    });
  }
});

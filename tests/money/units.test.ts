/** Unit tests of the money building blocks: exact decimals, the catalogue, the trigger regex. */
import { addHundredths, compareDecimal } from '../../src/extractors/money/decimal';
import { CURRENCIES, CENT_WORDS } from '../../src/extractors/money/currencies';
import { CURRENCY_TRIGGER, NAME_INFO, trieRegexSource } from '../../src/extractors/money/lexicon-compiled';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE, QUALIFIER_KINDS } from '../../src/extractors/money/lexicon';
import { numberStartsBefore, readAmountEndingAt, trailingScaleOf } from '../../src/extractors/money/amount';

describe('decimal helpers', () => {
  test('compareDecimal orders exact decimals without floats', () => {
    expect(compareDecimal('5000000000', '7000000000')).toBe(-1);
    expect(compareDecimal('17.6', '17.59')).toBe(1);
    expect(compareDecimal('1.10', '1.1')).toBe(0);
    expect(compareDecimal('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareDecimal('54', '9146')).toBe(-1);
  });
  test('addHundredths', () => {
    expect(addHundredths('2', 23)).toBe('2.23');
    expect(addHundredths('1', 5)).toBe('1.05');
    expect(addHundredths('20', 40)).toBe('20.4');
    expect(addHundredths('7', 0)).toBe('7');
  });
});

describe('currency catalogue', () => {
  test('codes are ISO 4217 shaped and unique', () => {
    const codes = CURRENCIES.map((c) => c.code);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });
  test('a name belongs to one currency only, lower-cased and trimmed', () => {
    const names = CURRENCIES.flatMap((c) => c.names.map((n) => n.text));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      expect(n).toBe(n.toLowerCase().normalize('NFC').trim());
      expect(n).not.toMatch(/\s{2}/);
    }
  });
  test('every currency can be named by its code', () => {
    for (const c of CURRENCIES) expect(c.names.map((n) => n.text)).toContain(c.code.toLowerCase());
  });
  test('cent words are not currency names', () => {
    for (const w of CENT_WORDS) expect(NAME_INFO.has(w)).toBe(false);
  });
});

describe('trigger regex', () => {
  test('matches every name whole, longest first', () => {
    for (const name of NAME_INFO.keys()) {
      const re = new RegExp(`^(?:${trieRegexSource([...NAME_INFO.keys()])})`);
      expect(re.exec(name)?.[0]).toBe(name);
    }
  });
  test('prefers the longest name', () => {
    CURRENCY_TRIGGER.lastIndex = 0;
    expect(CURRENCY_TRIGGER.exec('5 đô la mỹ')?.[0]).toBe('đô la mỹ');
    CURRENCY_TRIGGER.lastIndex = 0;
    expect(CURRENCY_TRIGGER.exec('us$690')?.[0]).toBe('us$');
  });
  test('"đ" alone triggers only after a number', () => {
    const hits = (s: string) => [...s.matchAll(new RegExp(CURRENCY_TRIGGER.source, 'g'))].map((m) => m[0]);
    expect(hits('được đến đâu')).toEqual([]);
    expect(hits('500.000đ và 5 đ')).toEqual(['đ', 'đ']);
  });
});

describe('lexicon', () => {
  test('qualifiers use known kinds and single spaces', () => {
    for (const [phrase, kind] of Object.entries({ ...QUALIFIERS_BEFORE, ...QUALIFIERS_AFTER })) {
      expect(QUALIFIER_KINDS).toContain(kind);
      expect(phrase).toBe(phrase.trim());
      expect(phrase).not.toMatch(/\s{2}/);
    }
  });
});

describe('number walk-back', () => {
  test('candidate starts, latest first', () => {
    const s = 'đạt 1 tỷ 200 triệu đồng';
    expect(numberStartsBefore(s, s.indexOf(' đồng')).starts).toEqual([s.indexOf('200'), s.indexOf('1 tỷ')]);
  });
  test('a number glued to a slash is no start', () => {
    const s = 'số 30/2020 đồng';
    expect(numberStartsBefore(s, s.indexOf(' đồng')).starts).toEqual([]);
  });
  test('"hàng triệu" is no amount: a scale word cannot start one', () => {
    const s = 'hàng triệu đồng';
    expect(readAmountEndingAt(s, s.indexOf(' đồng'))).toBeNull();
  });
  test('the walk back is bounded', () => {
    const s = `${'một '.repeat(10000)}triệu đồng`;
    expect(numberStartsBefore(s, s.indexOf(' đồng')).starts.length).toBeLessThanOrEqual(14);
  });
  test('trailing scale of a range end', () => {
    expect(trailingScaleOf('7 tỷ')).toBe(9);
    expect(trailingScaleOf('1,2 triệu tỷ')).toBe(15);
    expect(trailingScaleOf('10k')).toBe(3);
    expect(trailingScaleOf('280.000')).toBe(0);
  });
});

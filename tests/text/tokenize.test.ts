import fc from 'fast-check';
import { tokenizeNormalized, type Token } from '../../src/text/tokenize';
import { tokenize } from '../../src/text/public';

const show = (tokens: Token[]) => tokens.map((t) => `${t.kind}:${t.text}`);

describe('tokenizer', () => {
  test('document codes stay whole', () => {
    const s = 'Quyết định 23-QĐ/TW, Nghị định 30/2020/NĐ-CP, công văn 1136/UBND-VP, 04-NQ/ĐUK, 12/CT-TTg và 15a/2019/TT-BTC.';
    const codes = tokenizeNormalized(s).filter((t) => t.kind === 'code').map((t) => t.text);
    expect(codes).toEqual(['23-QĐ/TW', '30/2020/NĐ-CP', '1136/UBND-VP', '04-NQ/ĐUK', '12/CT-TTg', '15a/2019/TT-BTC']);
  });

  test('a code ends before the full stop of its sentence', () => {
    expect(show(tokenizeNormalized('theo Nghị định 30/2020/NĐ-CP.'))).toEqual([
      'word:theo', 'word:Nghị', 'word:định', 'code:30/2020/NĐ-CP', 'punct:.',
    ]);
  });

  test.each([
    ['30/7/2021', 'date'],
    ['30/7', 'date'],
    ['30-7-2021', 'date'],
    ['30.7.2021', 'date'],
    ['1/1/21', 'date'],
    ['7/2021', 'date'],
    ['7-2021', 'date'],
    ['1.250', 'number'],
    ['17,6', 'number'],
    ['3.765,47', 'number'],
    ['1,250,000', 'number'],
    ['3.5', 'number'],
    ['2021', 'number'],
    ['123456789012345678901234567890', 'number'],
  ])('%s is one %s token', (s, kind) => {
    expect(show(tokenizeNormalized(s))).toEqual([`${kind}:${s}`]);
  });

  test.each([
    // not dates: impossible day or month, a range, a long chain
    ['32/7', ['number:32', 'punct:/', 'number:7']],
    ['2020-2021', ['number:2020', 'punct:-', 'number:2021']],
    ['13/2021', ['number:13', 'punct:/', 'number:2021']],
    ['1/1/1/1', ['number:1', 'punct:/', 'number:1', 'punct:/', 'date:1/1']],
    // not codes: the symbol must start with a capital
    ['5-năm', ['number:5', 'punct:-', 'word:năm']],
    ['5/Quyết', ['number:5', 'punct:/', 'word:Quyết']],
    // a missing space after a code: the lower-case word is not part of the symbol
    ['11/2021/TT-BGDĐTvề', ['code:11/2021/TT-BGDĐT', 'word:về']],
    ['1113/BGDĐT-GDTrH', ['code:1113/BGDĐT-GDTrH']],
    ['2021 - Năm', ['number:2021', 'punct:-', 'word:Năm']],
    // digits glued to letters split; a letter-led run is one word
    ['10km', ['number:10', 'word:km']],
    ['H5N1', ['word:H5N1']],
    ['COVID-19', ['word:COVID', 'punct:-', 'number:19']],
    // punctuation, one token per character; a surrogate pair is one
    ['"Tin" (1)…😀', ['punct:"', 'word:Tin', 'punct:"', 'punct:(', 'number:1', 'punct:)', 'punct:…', 'punct:😀']],
    ['tăng 17,6%.', ['word:tăng', 'number:17,6', 'punct:%', 'punct:.']],
  ])('%s', (s, expected) => {
    expect(show(tokenizeNormalized(s))).toEqual(expected);
  });

  test('offsets are exact and tokens never overlap', () => {
    const s = 'Ngày 30/7/2021, Ban Bí thư ban hành Quy định 23-QĐ/TW về 1.250 tỷ đồng.\nDòng hai\ttab';
    let last = 0;
    for (const t of tokenizeNormalized(s)) {
      expect(s.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(last);
      last = t.end;
    }
  });

  test('public tokenize maps offsets to the original string', () => {
    const s = '\uFEFFQuyết định 23\u2013QĐ/TW ngày 30\u2215 7/2021 của Uỷ ban';
    const tokens = tokenize(s);
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.kind === 'code')).toMatchObject({ text: '23\u2013QĐ/TW', normalized: '23-QĐ/TW' });
    expect(tokens.at(-2)).toMatchObject({ text: 'Uỷ', normalized: 'Ủy' });
  });

  test('property: any string tokenizes into exact, ordered, non-space tokens', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '2', '0', '.', ',', '/', '-', ' ', 'Q', 'Đ', 'a', 'ư', '\n', '%', '\uD800') , maxLength: 60 }), (s) => {
        let last = 0;
        for (const t of tokenizeNormalized(s)) {
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(s.slice(t.start, t.end)).toBe(t.text);
          expect(/^\s+$/.test(t.text)).toBe(false);
          last = t.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenizer on 1 MB hostile inputs (completes, stays valid)', () => {
  const MB = 1 << 20;
  test.each([
    ['1/1/1/…', '1/'.repeat(MB / 2)],
    ['a million dots', '.'.repeat(MB)],
    ['dots and digits', '1.'.repeat(MB / 2)],
    ['thousands groups', '1' + '.000'.repeat(MB / 4) + '1'],
    ['100 000 digits', '9'.repeat(100_000)],
    ['digit runs between separators', ('1'.repeat(1000) + '.').repeat(MB / 1001)],
    ['code-like chain', '1-' + 'QĐ/'.repeat(MB / 3)],
    ['dashes and years', '2020-'.repeat(MB / 5)],
    ['one long word', 'a'.repeat(MB)],
  ])('%s', (_name, s) => {
    const tokens = tokenizeNormalized(s);
    expect(tokens.length).toBeGreaterThan(0);
    let bad = 0;
    for (let i = 1; i < tokens.length; i++) if (tokens[i].start < tokens[i - 1].end || tokens[i].end <= tokens[i].start) bad++;
    expect(bad).toBe(0);
    const last = tokens[tokens.length - 1];
    expect(last.end).toBeLessThanOrEqual(s.length);
    expect(s.slice(last.start, last.end)).toBe(last.text);
  });
});

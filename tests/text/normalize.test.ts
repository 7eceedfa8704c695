import fc from 'fast-check';
import { normalize } from '../../src/text/normalize';

describe('folding', () => {
  test.each([
    // decomposed input (NFD) composes
    ['Nguye\u0302\u0303n Ti\u0301n', 'Nguyễn Tín'],
    ['Vie\u0323\u0302t Nam', 'Việt Nam'], // marks in the other order
    // old tone placement moves to the first vowel at the end of a syllable
    ['Uỷ ban', 'Ủy ban'],
    ['UỶ BAN', 'ỦY BAN'],
    ['hoà bình', 'hòa bình'],
    ['HOÀ', 'HÒA'],
    ['thuỷ lợi', 'thủy lợi'],
    ['Thuỵ Điển', 'Thụy Điển'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['hoạ sĩ', 'họa sĩ'],
    ['xoè', 'xòe'],
    ['U\u0309y ban', 'Ủy ban'], // NFD and old placement together
    // already right, or not the pattern: untouched
    ['quý', 'quý'],
    ['Quỹ', 'Quỹ'],
    ['QUÝ', 'QUÝ'],
    ['hoàn thành', 'hoàn thành'],
    ['huỳnh', 'huỳnh'],
    ['Ủy ban hòa bình', 'Ủy ban hòa bình'],
    ['của', 'của'],
    ['quá', 'quá'],
    // spaces, invisible characters, BOM
    ['a\u00A0b\u2009c\u202Fd\u3000e', 'a b c d e'],
    ['\uFEFFTin\u200B tức\u200D', 'Tin tức'],
    ['Hà\u00ADNội', 'HàNội'],
    ['a\u2028b', 'a\nb'],
    // dashes, slashes, quotes, the look-alike D
    ['23–QĐ/TW 1—2 3‑4 5−6', '23-QĐ/TW 1-2 3-4 5-6'],
    ['30\u22152020\u2044NĐ\uFF0FCP', '30/2020/NĐ/CP'],
    ['“Tin” ‘ngắn’ «x»', '"Tin" \'ngắn\' "x"'],
    ['ÐẢNG Ðảng ðảng', 'ĐẢNG Đảng đảng'],
    ['\uFF11\uFF12', '12'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    const n = normalize(input);
    expect(n.text).toBe(expected);
    expect(n.lower).toBe(expected.toLowerCase());
    expect(n.original).toBe(input);
  });

  test('the fast path returns the input itself', () => {
    const s = 'Thủ tướng Phạm Minh Chính ký Quyết định 23-QĐ/TW ngày 30/7/2021.';
    const n = normalize(s);
    expect(n.text).toBe(s);
    expect(n.originalStart(5)).toBe(5);
    expect(n.originalEnd(s.length + 3)).toBe(s.length);
  });
});

describe('offset map', () => {
  test('removed characters are outside every span', () => {
    const s = '\uFEFFa\u200Bb';
    const n = normalize(s);
    expect(n.text).toBe('ab');
    expect(s.slice(n.originalStart(0), n.originalEnd(1))).toBe('a');
    expect(s.slice(n.originalStart(1), n.originalEnd(2))).toBe('b');
    expect(s.slice(n.originalStart(0), n.originalEnd(2))).toBe('a\u200Bb');
  });

  test('a composed cluster maps to all its code units', () => {
    const s = 'Nguye\u0302\u0303n';
    const n = normalize(s);
    expect(n.text).toBe('Nguyễn');
    expect(s.slice(n.originalStart(4), n.originalEnd(5))).toBe('e\u0302\u0303');
    expect(s.slice(n.originalStart(0), n.originalEnd(6))).toBe(s);
    expect(s.slice(n.originalStart(5), n.originalEnd(6))).toBe('n');
  });

  test('a text of removed characters only', () => {
    const n = normalize('\uFEFF\u200B');
    expect(n.text).toBe('');
    expect(n.originalStart(0)).toBeLessThanOrEqual(n.originalEnd(0));
  });

  // Slices cut at non-letters: the original span normalises to exactly the normalised slice.
  const vietnamese = fc.constantFrom(
    'Ủy', 'Uỷ', 'U\u0309y', 'hoà', 'hòa', 'ho\u0300a', 'Nguye\u0302\u0303n', 'quý', 'Thuỵ', '23–QĐ/TW', 'Ðảng',
    '\u00A0', '\u200B', '\uFEFF', '“', '”', ' ', '\n', '-', '17,6', 'tỷ', 'a', 'Z', '\u00AD',
  );
  test('random slices map back to exactly their characters', () => {
    fc.assert(
      fc.property(fc.array(vietnamese, { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const s = pieces.join('');
        const n = normalize(s);
        // cut points: 0, the end, and every index next to a non-letter
        const cuts = [0, n.text.length];
        for (let k = 1; k < n.text.length; k++) if (!/[\p{L}\p{M}]/u.test(n.text[k - 1]) || !/[\p{L}\p{M}]/u.test(n.text[k])) cuts.push(k);
        const a = cuts[x % cuts.length];
        const b = cuts[y % cuts.length];
        const [start, end] = a <= b ? [a, b] : [b, a];
        if (start === end) return;
        const os = n.originalStart(start);
        const oe = n.originalEnd(end);
        expect(normalize(s.slice(os, oe)).text).toBe(n.text.slice(start, end).replace(/^$/, ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('property: any string', () => {
  const unit = fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), // lone surrogates included
    fc.integer({ min: 0x0300, max: 0x036f }).map((c) => String.fromCharCode(c)), // combining marks
    fc.constantFrom('o', 'u', 'q', 'à', 'ỳ', 'y', 'e', '\u0300', '\u0302', '\u0323', '\uFEFF', '\u200B', '\u00A0', 'İ', '\uD83D', '\uDE00'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
  );
  test('never throws; text and lower align; offsets are monotonic and inside the original', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        const n = normalize(s);
        expect(n.lower.length).toBe(n.text.length);
        expect(n.text.length).toBeLessThanOrEqual(s.length);
        let prevStart = 0;
        let prevEnd = 0;
        for (let k = 0; k <= n.text.length; k++) {
          const os = n.originalStart(k);
          const oe = n.originalEnd(k);
          expect(os).toBeGreaterThanOrEqual(prevStart);
          expect(oe).toBeGreaterThanOrEqual(prevEnd);
          expect(os).toBeGreaterThanOrEqual(0);
          expect(oe).toBeLessThanOrEqual(s.length);
          if (k > 0) expect(oe).toBeGreaterThan(n.originalStart(k - 1)); // a character is never empty
          if (k < n.text.length) expect(oe).toBeLessThanOrEqual(os);
          prevStart = os;
          prevEnd = oe;
        }
        expect(n.originalStart(n.text.length)).toBe(s.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lower case', () => {
  /** The definition: each code point lowered alone; one whose lower case is longer ("İ") is kept. */
  const perCodePoint = (text: string) => {
    let out = '';
    for (const ch of text) {
      const l = ch.toLowerCase();
      out += l.length === ch.length ? l : ch;
    }
    return out;
  };
  test.each([
    ['İstanbul ΟΔΟΣ', 'İstanbul οδοσ'], // with an "İ", every "Σ" is "σ" (lowered alone)
    ['ΟΔΟΣ', 'οδος'], // without one, the whole-string lower case (final sigma)
    ['Σİ', 'σİ'],
    ['İ', 'İ'],
  ])('%s', (s, lower) => {
    expect(normalize(s).lower).toBe(lower);
  });
  test('with an "İ", as each code point lowered alone', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('İ', 'Σ', 'σ', 'A', 'ẞ', 'Ǆ', '\uD801\uDC00', '\uD801', ' '),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((a) => 'İ' + a.join('')), (s) => {
        const n = normalize(s);
        expect(n.lower).toBe(perCodePoint(n.text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hostile input', () => {
  test.each([
    ['a million combining marks', 'a' + '\u0301'.repeat(1_000_000)],
    ['a million zero-width spaces', '\u200B'.repeat(1_000_000)],
    ['alternating marks and letters', 'e\u0302'.repeat(500_000)],
    ['old tone placements', 'hoà '.repeat(250_000)],
  ])('%s', (_name, s) => {
    const n = normalize(s);
    expect(n.lower.length).toBe(n.text.length);
    expect(n.originalStart(n.text.length)).toBe(s.length);
  });
});

describe('tone placement (property)', () => {
  // The rule as it was first written, one global regex: the table scan must agree with it.
  const OLD_PAIR = /[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ]/g;
  function oracle(text: string): string {
    return text.replace(OLD_PAIR, (pair, i: number) => {
      if (/[\p{L}\p{M}]/u.test(text.charAt(i + 2))) return pair;
      const [base, ...marks] = pair[1].normalize('NFD');
      return (pair[0] + marks.join('')).normalize('NFC') + base;
    });
  }
  const pieces = fc.constantFrom('o', 'O', 'u', 'U', 'q', 'Q', 'h', 'à', 'é', 'ẹ', 'ỷ', 'Ỳ', 'ý', 'n', ' ', ',', '1', 'Ð', '\u00a0');

  it('moves exactly the pairs the regex rule moves, on NFC text with or without other folds', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), (s) => {
        const n = normalize(s);
        // Fold first without tones (the oracle sees the folded text, as the implementation does).
        const folded = s.replace(/\u00a0/g, ' ').replace(/Ð/g, 'Đ');
        expect(n.text).toBe(oracle(folded));
      }),
      { numRuns: 3000 },
    );
  });
});

import { readNumberAt, parseNumber, digitsToDecimal, shiftDecimal, canonicalDecimal, withNumber } from '../../src/text/numbers';

/** Reads at 0 of the lower-cased string with the case-kept text, as extractors do with ctx. */
function read(s: string, options: Parameters<typeof readNumberAt>[2] = {}) {
  const m = readNumberAt(s.toLowerCase(), 0, { text: s, ...options });
  return m && { value: m.value, text: s.slice(m.start, m.end), kind: m.kind, wordCount: m.wordCount };
}

describe('negatives: what is not a number, or not all of one', () => {
  test.each([
    ['nămnay', 'glued letters'],
    ['năm 2022', 'the year noun before digits'],
    ['hàng trăm người', 'no number word at 0'],
    ['trăm người', 'a bare scale word is not read in running text'],
    ['âm không', '"sound of nothing"'],
    ['âm lịch', 'lunar calendar'],
    ['- ', 'a dash alone'],
    ['-x', 'a dash before a letter'],
    ['', 'empty'],
    ['tư', '"tư" alone is not four (private, Wednesday)'],
    ['lăm', '"lăm" only after mười/mươi'],
    ['mốt', '"mốt" only after mươi (the day after tomorrow)'],
    ['linh năm', '"linh" only after a hundreds or a scale'],
    ['rưỡi', 'a half with nothing before'],
  ])('%s is not read (%s)', (s) => {
    expect(read(s)).toBeNull();
  });

  test.each([
    ['10km', '10'],
    ['10h30', '10'],
    ['100đ', '100'],
    ['3m', '3'],
    ['5G', '5'],
    ['4G/5G', '4'],
    ['30.7.2021', '30'],
    ['1,2,3 và 4', '1'],
    ['30/7/2021', '30'],
    ['mười năm qua', 'mười'],
    ['hai mươi năm', 'hai mươi'],
    ['hai nghìn năm', 'hai nghìn'],
    ['1 tỷ 200 người', '1 tỷ'],
    ['5 triệu 3 triệu', '5 triệu'],
    ['1 tỷ rưỡi 2', '1 tỷ rưỡi'],
    ['năm người', 'năm'],
    ['một trăm năm', 'một trăm'],
    ['10k lượt', '10k'],
    ['1.250, 3.000', '1.250'],
    ['17,6.', '17,6'],
    ['một  trăm', 'một'],
    // scale words that are something else before these words
    ['một tỷ lệ', 'một'],
    ['1 tỷ giá', '1'],
    ['hai triệu chứng', 'hai'],
    ['không triệu tập', 'không'],
    ['năm tỉ trọng', 'năm'],
  ])('%s reads only %s', (s, text) => {
    expect(read(s)?.text).toBe(text);
  });

  test('never starts inside a word or a number', () => {
    expect(readNumberAt('thai', 1)).toBeNull();
    expect(readNumberAt('15', 1)).toBeNull();
    expect(readNumberAt('1.250', 2)).toBeNull();
    expect(readNumberAt('1,5', 1)).toBeNull();
    expect(readNumberAt('2020-2021', 4)).toBeNull();
    expect(readNumberAt('covid-19', 5)).toBeNull();
    expect(readNumberAt('covid-19', 6)?.value).toBe('19');
    expect(readNumberAt('abc', -1)).toBeNull();
    expect(readNumberAt('abc', 3)).toBeNull();
    expect(readNumberAt('abc', NaN)).toBeNull();
  });
});

describe('digits', () => {
  test.each([
    ['0', '0'],
    ['007', '7'],
    ['1.250', '1250'],
    ['1.250.000', '1250000'],
    ['17,6', '17.6'],
    ['17,60', '17.6'],
    ['3.765,47', '3765.47'],
    [',77', '0.77'],
    ['0,77', '0.77'],
    ['1,250', '1.25'], // Vietnamese: one comma is the decimal mark
    ['100,000', '100000'], // ... except before exactly "000" (English thousands)
    ['0,000', '0'],
    ['1,250,000', '1250000'],
    ['1,250.5', '1250.5'],
    ['3.5', '3.5'],
    ['1.25', '1.25'],
    ['0.500', '0.5'], // a leading zero never starts a thousands grouping
    ['2.022', '2022'],
    ['1234.567', '1234.567'],
    ['100000', '100000'],
    ['12345678901234567890', '12345678901234567890'],
  ])('%s = %s', (s, v) => {
    expect(read(s)).toEqual({ value: v, text: s, kind: 'digits', wordCount: 0 });
  });

  test.each([
    ['10k', '10000'],
    ['10K', '10000'],
    ['1,2M', '1200000'],
    ['3M', '3000000'],
    [',0012G', '1200000'],
    ['1,5G', '1500000000'],
    ['-1200000', '-1200000'],
    ['- 1.200.000', '-1200000'],
    ['-1,2M', '-1200000'],
    ['-,0012G', '-1200000'],
    ['-0', '0'],
  ])('%s = %s', (s, v) => {
    expect(read(s)?.value).toBe(v);
    expect(read(s)?.text).toBe(s);
  });

  test('M needs the case-kept text; k does not', () => {
    expect(readNumberAt('3m', 0)?.value).toBe('3');
    expect(readNumberAt('10k', 0)?.value).toBe('10000');
  });
});

describe('words', () => {
  test.each([
    ['không', '0', 1],
    ['một', '1', 1],
    ['năm', '5', 1],
    ['bẩy', '7', 1],
    ['mười', '10', 1],
    ['mười một', '11', 2],
    ['mười lăm', '15', 2],
    ['mười tư', '14', 2],
    ['hai mươi', '20', 2],
    ['hai mươi mốt', '21', 3],
    ['hai mươi một', '21', 3],
    ['bốn mươi tư', '44', 3],
    ['năm mươi', '50', 2],
    ['năm mươi lăm', '55', 3],
    ['chín mươi chín', '99', 3],
    ['một trăm', '100', 2],
    ['một trăm linh năm', '105', 4],
    ['một trăm lẻ năm', '105', 4],
    ['hai trăm linh tư', '204', 4],
    ['ba trăm mười', '310', 3],
    ['ba trăm mười lăm', '315', 4],
    ['chín trăm chín mươi chín', '999', 5],
    ['không trăm mười một', '11', 4],
    ['hai chục', '20', 2],
    ['hai chục nghìn', '20000', 3],
    ['năm nghìn', '5000', 2],
    ['năm ngàn', '5000', 2],
    ['hai trăm nghìn', '200000', 3],
    ['một tỷ', '1000000000', 2],
    ['một tỉ', '1000000000', 2],
    ['hai tỷ rưỡi', '2500000000', 3],
    ['ba triệu rưỡi', '3500000', 3],
    ['một trăm rưỡi', '150', 3],
    ['một nghìn rưỡi', '1500', 3],
    ['hai mươi mốt nghìn không trăm mười một', '21011', 8],
    ['bảy trăm hai mươi mốt nghìn không trăm mười hai', '721012', 10],
    ['hai nghìn không trăm hai mươi hai', '2022', 7],
    ['hai nghìn lẻ năm', '2005', 4],
    ['một tỷ hai trăm triệu', '1200000000', 5],
    ['hai triệu năm trăm nghìn', '2500000', 5],
    ['một nghìn hai trăm tỷ', '1200000000000', 5],
    ['một nghìn tỷ', '1000000000000', 3],
    ['âm năm', '-5', 2],
  ])('%s = %s', (s, v, words) => {
    expect(read(s)).toEqual({ value: v, text: s, kind: 'words', wordCount: words });
  });

  test('case does not matter in the lower-cased input', () => {
    expect(read('Mười Hai')?.value).toBe('12');
  });
});

describe('digits with scale words', () => {
  test.each([
    ['17,6 tỷ', '17600000000'],
    ['1 tỷ 200 triệu', '1200000000'],
    ['3.765,47 tỷ', '3765470000000'],
    ['1,2 triệu tỷ', '1200000000000000'],
    ['1 nghìn tỷ', '1000000000000'],
    ['38,6 nghìn tỷ', '38600000000000'],
    ['3 triệu 150 ngàn', '3150000'],
    ['5 trăm nghìn', '500000'],
    ['1 tỷ rưỡi', '1500000000'],
    ['âm 1.200.000', '-1200000'],
    ['âm 1.990 tỷ', '-1990000000000'],
    ['0,5 triệu', '500000'],
  ])('%s = %s', (s, v) => {
    expect(read(s)).toMatchObject({ value: v, text: s, kind: 'mixed' });
  });

  test('rưỡi needs a whole number before it', () => {
    expect(read('1,5 tỷ rưỡi')?.text).toBe('1,5 tỷ');
  });
});

describe('options', () => {
  test('words: false reads digits and their scales only', () => {
    expect(read('mười lăm', { words: false })).toBeNull();
    expect(read('âm 5', { words: false })).toBeNull();
    expect(read('17,6 tỷ', { words: false })?.value).toBe('17600000000');
  });
  test('scales: false stops before scale words and suffixes', () => {
    expect(read('17,6 tỷ', { scales: false })?.text).toBe('17,6');
    expect(read('10k', { scales: false })?.text).toBe('10');
    expect(read('mười lăm tháng', { scales: false })?.value).toBe('15');
    expect(read('hai nghìn', { scales: false })?.text).toBe('hai');
    expect(read('một trăm linh năm', { scales: false })?.value).toBe('105');
  });
  test('bareScale reads a leading scale word', () => {
    expect(read('trăm', { bareScale: true })?.value).toBe('100');
    expect(read('nghìn tỷ', { bareScale: true })?.value).toBe('1000000000000');
    expect(read('chục', { bareScale: true })).toBeNull();
  });
  test('reads at an offset inside a sentence', () => {
    const s = 'doanh thu đạt 17,6 tỷ đồng';
    const m = readNumberAt(s, s.indexOf('17'))!;
    expect(s.slice(m.start, m.end)).toBe('17,6 tỷ');
    expect(m.value).toBe('17600000000');
  });
});

describe('parseNumber', () => {
  test.each([
    ['  năm   mươi ', '50', 50],
    ['trăm', '100', 100],
    ['NĂM MƯƠI', '50', 50],
    ['hai mu\u031bo\u031bi', '20', 20], // NFD input
    ['12345678901234567890', '12345678901234567890', undefined],
    ['0,1', '0.1', 0.1],
    ['1,2 triệu tỷ', '1200000000000000', 1200000000000000],
  ])('%j = %s', (s, v, n) => {
    const p = parseNumber(s)!;
    expect(p.value).toBe(v);
    expect(p.number).toBe(n);
  });
  test.each(['', ' ', 'abc', '10km', 'năm 2022', 'hai mươi năm', '1.2.3', '5 tỷ đồng'])('%j is not one number', (s) => {
    expect(parseNumber(s)).toBeNull();
  });
  test('non-strings give null', () => {
    expect(parseNumber(undefined as unknown as string)).toBeNull();
    expect(parseNumber(5 as unknown as string)).toBeNull();
  });
});

describe('helpers', () => {
  test('digitsToDecimal reads exactly one number', () => {
    expect(digitsToDecimal('3.765,47')).toBe('3765.47');
    expect(digitsToDecimal('1,250,000')).toBe('1250000');
    expect(digitsToDecimal('1.2.3')).toBeNull();
    expect(digitsToDecimal('')).toBeNull();
  });
  test('shiftDecimal is exact', () => {
    expect(shiftDecimal('17.6', 9)).toBe('17600000000');
    expect(shiftDecimal('0.0012', 9)).toBe('1200000');
    expect(shiftDecimal('-1.5', 3)).toBe('-1500');
    expect(shiftDecimal('15', -3)).toBe('0.015');
    expect(shiftDecimal('7', 0)).toBe('7');
  });
  test('canonicalDecimal', () => {
    expect(canonicalDecimal('007.50')).toBe('7.5');
    expect(canonicalDecimal('.77')).toBe('0.77');
    expect(canonicalDecimal('-0.0')).toBe('0');
    expect(canonicalDecimal('x')).toBeNull();
  });
  test('withNumber only gives a number when exact', () => {
    expect(withNumber('9007199254740993').number).toBeUndefined();
    expect(withNumber('9007199254740991').number).toBe(9007199254740991);
    expect(withNumber('0.1234567890123456789').number).toBeUndefined();
  });
});

describe('hostile input stays linear and valid', () => {
  test.each([
    ['100 000 digits', '1'.repeat(100_000)],
    ['groups of three', '1' + '.000'.repeat(200_000)],
    ['dots and digits', '1.'.repeat(300_000)],
    ['number words', 'một trăm '.repeat(100_000)],
    ['scale words', '1 ' + 'tỷ '.repeat(200_000)],
  ])('%s', (_name, s) => {
    const m = readNumberAt(s, 0);
    expect(m).not.toBeNull();
    expect(m!.end).toBeGreaterThan(0);
    expect(m!.end).toBeLessThanOrEqual(s.length);
  });
  test('scanning every position of a long text is fine', () => {
    const s = 'năm mươi 1.250 tỷ, '.repeat(20_000);
    let found = 0;
    for (let i = 0; i < s.length; i++) if (readNumberAt(s, i)) found++;
    expect(found).toBe(40_000);
  });
});

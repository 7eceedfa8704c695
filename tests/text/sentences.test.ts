import { splitSentencesNormalized, ABBREVIATIONS } from '../../src/text/sentences';
import { splitSentences } from '../../src/text/public';

const split = (s: string) => splitSentencesNormalized(s).map((x) => s.slice(x.start, x.end));

describe('sentence splitter', () => {
  test('abbreviations do not end sentences', () => {
    expect(split('Ông đến TP. Hồ Chí Minh. GS.TS. Nguyễn Văn A phát biểu. ThS. Lê B và PGS. Trần C ở Q. 1 nói.')).toEqual([
      'Ông đến TP. Hồ Chí Minh.',
      'GS.TS. Nguyễn Văn A phát biểu.',
      'ThS. Lê B và PGS. Trần C ở Q. 1 nói.',
    ]);
  });

  test('chains of titles and initials', () => {
    expect(split('PGS.TS.BS. Nguyễn Văn Hùng đến. Ông N.V.A. Tiếp đó, ThS.BS. Lan nói.')).toEqual([
      'PGS.TS.BS. Nguyễn Văn Hùng đến.',
      'Ông N.V.A. Tiếp đó, ThS.BS. Lan nói.',
    ]);
    expect(split('Nguyễn V. A. cho biết.')).toEqual(['Nguyễn V. A. cho biết.']);
  });

  test('the closing marks of official text', () => {
    expect(split('Quyết định có hiệu lực từ ngày ký./. Nơi nhận: như trên/. Hết')).toEqual([
      'Quyết định có hiệu lực từ ngày ký./.',
      'Nơi nhận: như trên/.',
      'Hết',
    ]);
    expect(split('Thông tư này có hiệu lực./.')).toEqual(['Thông tư này có hiệu lực./.']);
  });

  test('other terminators, quotes, and what does not end a sentence', () => {
    expect(split('Giá 1.250 đồng... Sau đó tăng! Thật sao? "Đúng." Vậy v.v. Ông về TP.HCM. xong')).toEqual([
      'Giá 1.250 đồng...',
      'Sau đó tăng!',
      'Thật sao?',
      '"Đúng."',
      'Vậy v.v.',
      'Ông về TP.HCM. xong',
    ]);
  });

  test('list markers and heading numbers stay with their text', () => {
    expect(split('Điều 2. Đối tượng áp dụng\n1. Người lao động. Người sử dụng lao động.\na. Khoản này.\nChương IV. QUY ĐỊNH CHUNG\n2.1. Mục con.')).toEqual([
      'Điều 2. Đối tượng áp dụng',
      '1. Người lao động.',
      'Người sử dụng lao động.',
      'a. Khoản này.',
      'Chương IV. QUY ĐỊNH CHUNG',
      '2.1. Mục con.',
    ]);
    // but a number ending a real sentence still ends it
    expect(split('Đây là năm 2021. Sau đó tăng.')).toEqual(['Đây là năm 2021.', 'Sau đó tăng.']);
  });

  test('every line break ends a sentence; blank lines give nothing', () => {
    expect(split('Dòng một\n\n  Dòng hai. Câu ba\r\nDòng bốn')).toEqual(['Dòng một', 'Dòng hai.', 'Câu ba', 'Dòng bốn']);
    expect(split('')).toEqual([]);
    expect(split('  \n \n')).toEqual([]);
  });

  test('the abbreviation list is lower case', () => {
    for (const a of ABBREVIATIONS) expect(a).toBe(a.toLowerCase());
  });

  test('public splitSentences maps offsets to the original string', () => {
    const s = '\uFEFFÔng đến TP.\u00A0Hồ Chí Minh. Uỷ ban họp.';
    const out = splitSentences(s);
    expect(out.map((x) => x.text)).toEqual(['Ông đến TP.\u00A0Hồ Chí Minh.', 'Uỷ ban họp.']);
    for (const x of out) expect(s.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('sentence splitter on 1 MB hostile inputs (completes, stays valid)', () => {
  const MB = 1 << 20;
  test.each([
    ['a million dots', '.'.repeat(MB)],
    ['1/1/1/…', '1/'.repeat(MB / 2)],
    ['letters and dots', 'a.'.repeat(MB / 2)],
    ['capital initials', 'A. '.repeat(MB / 3)],
    ['closing marks', './. '.repeat(MB / 4)],
    ['newlines', '\n'.repeat(MB)],
    ['lines without terminators', 'a\n'.repeat(MB / 2) + '.'],
    ['100 000 digits', '9'.repeat(100_000) + '. A'],
  ])('%s', (_name, s) => {
    const out = splitSentencesNormalized(s);
    // Plain checks in the loop (an expect per sentence would dominate the run time).
    let last = 0;
    let bad = 0;
    for (const x of out) {
      if (!(x.end > x.start && x.start >= last)) bad++;
      last = x.end;
    }
    expect(bad).toBe(0);
    expect(last).toBeLessThanOrEqual(s.length);
  });
});

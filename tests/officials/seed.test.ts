/**
 * The seed article, exactly: three officials, every title, every mention (checked by hand
 * against fixtures/seed/seed-article.txt), and no record for the photo credit "Phương Hoa".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src';

const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'seed', 'seed-article.txt'), 'utf8');
const officials = extract(text, { referenceDate: '2022-04-01', types: ['officials'] }).officials;

describe('officials on the seed article', () => {
  test('three people, in order of first introduction', () => {
    expect(officials.map((o) => o.name)).toEqual(['Bùi Thị Minh Hoài', 'Huỳnh Tấn Việt', 'Nguyễn Quang Trường']);
  });

  test('no record for the photo credit', () => {
    expect(officials.some((o) => o.name.includes('Phương Hoa') || o.mentions.some((m) => m.text.includes('Phương Hoa')))).toBe(false);
  });

  test('Bùi Thị Minh Hoài: both titles and every mention', () => {
    const hoai = officials[0];
    expect(hoai.text).toBe('Trưởng Ban Dân vận Trung ương Bùi Thị Minh Hoài');
    expect(hoai.honorific).toBe('bà');
    expect(hoai.gender).toBe('female');
    // In order of first appearance, as first written: the lead's "Trưởng ban Dân vận Trung ương".
    expect(hoai.titles).toEqual([
      { title: 'Trưởng ban Dân vận Trung ương', role: 'Trưởng ban', organization: 'Ban Dân vận Trung ương', kind: 'position', former: false, acting: false, deputy: false },
      { title: 'Bí thư Trung ương Đảng', role: 'Bí thư', organization: 'Trung ương Đảng', kind: 'position', former: false, acting: false, deputy: false },
    ]);
    expect(hoai.mentions.map((m) => m.text)).toEqual([
      'Trưởng ban Dân vận Trung ương', // lead: "... ghi nhận và đánh giá cao"
      'Trưởng Ban Dân vận Trung ương Bùi Thị Minh Hoài', // photo caption 1
      'Bà Bùi Thị Minh Hoài', // "Bà Bùi Thị Minh Hoài, Bí thư Trung ương Đảng, ..."
      'Trưởng ban Dân vận Trung ương Bùi Thị Minh Hoài', // "Phát biểu tại Tọa đàm, ..."
      'bà Bùi Thị Minh Hoài', // "Phân tích đặc thù ..."
      'Bà Bùi Thị Minh Hoài', // "... đánh giá cao việc"
      'Trưởng Ban Dân vận Trung ương Bùi Thị Minh Hoài', // photo caption 2
      'Trưởng ban Dân vận Trung ương', // "... nhấn mạnh những yêu cầu"
      'bà Bùi Thị Minh Hoài', // "Để nâng cao ..."
      'Trưởng ban Dân vận Trung ương', // "ý kiến chỉ đạo của Trưởng ban ..."
    ]);
    for (const m of hoai.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(hoai.start).toBe(hoai.mentions[1].start);
  });

  test('Huỳnh Tấn Việt: two titles, two mentions', () => {
    const viet = officials[1];
    expect(viet.text).toBe('ông Huỳnh Tấn Việt');
    expect(viet.gender).toBe('male');
    expect(viet.titles.map((t) => t.title)).toEqual(['Ủy viên Trung ương Đảng', 'Bí thư Đảng ủy Khối các cơ quan Trung ương']);
    expect(viet.titles[1].organization).toBe('Đảng ủy Khối các cơ quan Trung ương');
    expect(viet.mentions.map((m) => m.text)).toEqual(['ông Huỳnh Tấn Việt', 'Bí thư Đảng ủy Khối các cơ quan Trung ương Huỳnh Tấn Việt']);
  });

  test('Nguyễn Quang Trường: the deputy title, two mentions, no honorific', () => {
    const truong = officials[2];
    expect(truong.titles).toEqual([
      { title: 'Phó Bí thư Đảng ủy Khối các cơ quan Trung ương', role: 'Phó Bí thư', organization: 'Đảng ủy Khối các cơ quan Trung ương', kind: 'position', former: false, acting: false, deputy: true },
    ]);
    expect(truong.honorific).toBeUndefined();
    expect(truong.gender).toBeUndefined();
    expect(truong.mentions.map((m) => m.text)).toEqual([
      'Phó Bí thư Đảng ủy Khối các cơ quan Trung ương Nguyễn Quang Trường',
      'Phó Bí thư Đảng ủy Khối các cơ quan Trung ương Nguyễn Quang Trường',
    ]);
  });

  test('the same result when the article is written with NFD and "Uỷ"', () => {
    const variant = text.replace(/Ủy/g, 'Uỷ').normalize('NFD');
    const got = extract(variant, { referenceDate: '2022-04-01', types: ['officials'] }).officials;
    expect(got.map((o) => o.name.normalize('NFC'))).toEqual(['Bùi Thị Minh Hoài', 'Huỳnh Tấn Việt', 'Nguyễn Quang Trường']);
    expect(got.map((o) => o.mentions.length)).toEqual(officials.map((o) => o.mentions.length));
    for (const o of got) for (const m of o.mentions) expect(variant.slice(m.start, m.end)).toBe(m.text);
  });
});

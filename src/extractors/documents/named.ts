/**
 * References without a number-symbol: laws cited by name ("Luật Đất đai 2024", "Bộ luật Hình
 * sự"), the Constitution ("Hiến pháp năm 2013") and Party resolutions cited by event ("Nghị quyết
 * Đại hội XIII", "Nghị quyết Trung ương 4 khóa XII"). Bounded look-ahead from a trigger word.
 */
import { COMMA_CONTINUES, NOT_TITLE_FIRST, TITLE_STOP_WORDS, TYPE_WORDS } from './catalogue/words';

/** First syllables of type words: "và" before one of them ends a title ("Luật Giáo dục và Nghị định 86"). */
const TYPE_FIRST_SYLLABLES = new Set(TYPE_WORDS.map((w) => w.word.split(' ')[0]));
import { isWordChar } from './code';

export interface TitleMatch {
  title: string;
  /** End of the title (before any year). */
  titleEnd: number;
  year?: number;
  /** End including the year ("Luật Đất đai năm 2024"). */
  end: number;
}

const MAX_TITLE_WORDS = 10;

function isUpperLetterAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase();
}

function wordEndAt(text: string, i: number): number {
  let k = i;
  while (k < text.length && k - i < 30 && isWordChar(text.charCodeAt(k))) k++;
  return k;
}

const YEAR_AFTER = /(?:năm )?((?:19|20)\d\d)(?![\d\p{L}/-])/uy;

/** Reads a year ("2024", "năm 2024") at `i` of the lower-cased text. */
function readYear(lower: string, i: number): { year: number; end: number } | undefined {
  YEAR_AFTER.lastIndex = i;
  const m = YEAR_AFTER.exec(lower);
  if (!m) return undefined;
  const y = Number(m[1]);
  return y >= 1945 ? { year: y, end: i + m[0].length } : undefined;
}

/**
 * A law title after "Luật " / "Bộ luật " at `i`: starts with a capital, runs through capitalised
 * words and lower-case words that are not stop words ("Luật Giao thông đường bộ"), across ", "
 * before a capital or "chống" ("Luật Thi đua, Khen thưởng", "Luật Phòng, chống ma túy").
 */
export function readTitle(text: string, lower: string, i: number): TitleMatch | undefined {
  if (!isUpperLetterAt(text, i)) return undefined;
  let k = i;
  let end = i;
  let words = 0;
  while (words < MAX_TITLE_WORDS) {
    const e = wordEndAt(text, k);
    if (e === k) break;
    const w = lower.slice(k, e);
    const capital = isUpperLetterAt(text, k);
    if (/^\d/.test(w)) break;
    if (words === 0 && NOT_TITLE_FIRST.has(w)) return undefined;
    if (words > 0 && w === 'và') {
      // "Hôn nhân và gia đình" goes on; "Giáo dục và Nghị định 86", "Đất đai và bị phạt" end.
      const nextStart = e + 1;
      const nextEnd = wordEndAt(text, nextStart);
      const next = lower.slice(nextStart, nextEnd);
      if (text.charCodeAt(e) !== 32 || !next || /^\d/.test(next) || TITLE_STOP_WORDS.has(next) || TYPE_FIRST_SYLLABLES.has(next)) break;
    } else if (words > 0 && !capital && TITLE_STOP_WORDS.has(w)) break;
    if (words > 0 && w === 'thông' && lower.startsWith('thông qua', k)) break;
    // "(sửa đổi)" and two-word stops
    if (words > 0 && w === 'chính' && lower.startsWith('chính thức', k)) break;
    end = e;
    words++;
    if (text.charCodeAt(e) === 32) k = e + 1;
    else if (text.charCodeAt(e) === 44 && text.charCodeAt(e + 1) === 32 && COMMA_CONTINUES.some((w) => lower.startsWith(w, e + 2))) k = e + 2;
    else break;
  }
  if (end === i) return undefined;
  const title = text.slice(i, end);
  let yearEnd = end;
  let year: number | undefined;
  if (text.charCodeAt(end) === 32) {
    const y = readYear(lower, end + 1);
    if (y) {
      year = y.year;
      yearEnd = y.end;
    }
  }
  return { title, titleEnd: end, year, end: yearEnd };
}

/** Roman (I…XX and up) or Arabic numeral, as a number. */
export function readOrdinal(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  if (!/^[IVXL]+$/.test(word)) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const v = values[word[i]];
    const next = values[word[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === word ? total : undefined;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

export interface PartyEvent {
  title: string;
  end: number;
  congress?: number;
  plenum?: number;
  term?: number;
}

// "Đại hội XIII", "Đại hội đại biểu toàn quốc lần thứ XIII", "Đại hội Đảng bộ tỉnh lần thứ XVI",
// "Đại hội Đảng toàn quốc lần thứ XIII": a congress and its ordinal within a few words.
const CONGRESS = /(?:đại hội)((?: [\p{L}]+){0,7}?)(?: lần thứ)? ([ivxl]+|\d{1,2})(?![\p{L}\p{N}])/uy;
// "Trung ương 4 khóa XII", "Hội nghị Trung ương 5 khóa XIII", "Hội nghị lần thứ tư Ban Chấp hành
// Trung ương khóa XII" (only the first two forms: the ordinal word form is left alone).
const PLENUM = /(?:hội nghị )?(?:trung ương|tw|tư) (\d{1,2})(?: (?:ban chấp hành trung ương )?(?:khóa|khoá) ([ivxl]+|\d{1,2}))?(?![\p{L}\p{N}])/uy;

/** A Party event after "Nghị quyết " at `i`. */
export function readPartyEvent(text: string, lower: string, i: number): PartyEvent | undefined {
  CONGRESS.lastIndex = i;
  let m = CONGRESS.exec(lower);
  if (m) {
    const ord = readOrdinal(text.slice(i + m[0].length - m[2].length, i + m[0].length));
    if (ord !== undefined && isUpperLetterAt(text, i)) return { title: text.slice(i, i + m[0].length), end: i + m[0].length, congress: ord };
  }
  PLENUM.lastIndex = i;
  m = PLENUM.exec(lower);
  if (m && isUpperLetterAt(text, i)) {
    const plenum = Number(m[1]);
    let term: number | undefined;
    if (m[2]) {
      const raw = text.slice(i + m[0].length - m[2].length, i + m[0].length);
      term = readOrdinal(raw.toUpperCase() === raw ? raw : raw.toUpperCase());
    }
    return { title: text.slice(i, i + m[0].length), end: i + m[0].length, plenum, term };
  }
  return undefined;
}

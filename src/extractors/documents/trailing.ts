/**
 * What follows a reference: "ngày 30/7/2021" (or "ngày 30 tháng 7 năm 2021"), "của Bộ Chính
 * trị", and the trích yếu ("về việc ban hành …" or a quoted title). Each reader looks at a
 * bounded window after the reference and returns offsets; nothing here scans the whole text.
 */
import { BODY_WORDS, SUBJECT_STOPS } from './catalogue/words';
import { isWordChar } from './code';

export interface Found {
  value: string;
  start: number;
  end: number;
}

export interface Trailing {
  issuedOn?: Found;
  issuedBy?: Found;
  subject?: Found;
  /** End of the date/issuer part (where a list may continue: "… ngày 25/10/2017 và 19-NQ/TW"). */
  fieldsEnd: number;
}

const DATE_NUMERIC = /ngày ?(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})(?!\d)/y;
const DATE_WORDS = /ngày ?(\d{1,2}) tháng (\d{1,2}),? năm (\d{4})(?!\d)/y;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1945 || y > 2099 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "ngày d/m/yyyy" or "ngày d tháng m năm yyyy" at `i` of the lower-cased text. */
function readDate(lower: string, i: number): Found | undefined {
  DATE_NUMERIC.lastIndex = i;
  let m = DATE_NUMERIC.exec(lower);
  if (m) {
    const iso = isoDate(Number(m[4]), Number(m[3]), Number(m[1]));
    if (iso) return { value: iso, start: i + m[0].indexOf(m[1], 4), end: i + m[0].length };
  }
  DATE_WORDS.lastIndex = i;
  m = DATE_WORDS.exec(lower);
  if (m) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) return { value: iso, start: i + m[0].indexOf(m[1], 4), end: i + m[0].length };
  }
  return undefined;
}

function isUpperAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Reads the word at `i` (letters, digits, "&", inner "." as in "TP.HCM"); returns its end. */
function wordEnd(text: string, i: number, limit: number): number {
  let k = i;
  while (k < limit) {
    const c = text.charCodeAt(k);
    // "TP.HCM", "LĐ-TB&XH", "GD-ĐT": inner ".", "-", "&" between letters belong to the word.
    if (isWordChar(c) || ((c === 38 || c === 46 || c === 45) && k > i && k + 1 < limit && isWordChar(text.charCodeAt(k + 1)))) k++;
    else break;
  }
  return k;
}

const BODY_MAX_WORDS = 12;
const ROMAN_OR_NUMBER = /^(?:[IVXL]+|\d{1,2})$/;
/** Words that end a body whatever their case. */
const BODY_ENDS: ReadonlySet<string> = new Set(['về', 'ngày', 'số', 'quy', 'hướng', 'sửa', 'tại', 'theo']);

/** "của Bộ Chính trị", "của UBND tỉnh Lâm Đồng", "của Ban Chấp hành Trung ương khóa XIII". */
function readBody(text: string, lower: string, i: number, limit: number): Found | undefined {
  if (!isUpperAt(text, i)) return undefined;
  let k = i;
  let end = i;
  let beforeAnd = i;
  let words = 0;
  while (k < limit && words < BODY_MAX_WORDS) {
    const e = wordEnd(text, k, limit);
    if (e === k) break;
    const w = lower.slice(k, e);
    const afterTerm = words > 0 && /kho[áa]$/.test(lower.slice(Math.max(0, k - 5), k - 1));
    if (afterTerm ? !ROMAN_OR_NUMBER.test(text.slice(k, e)) : /^\d/.test(w)) break;
    if (words > 0 && !afterTerm && !isUpperAt(text, k) && !BODY_WORDS.has(w)) break;
    if (words > 0 && (BODY_ENDS.has(w) || (w === 'ban' && lower.startsWith('ban hành', k)))) break; // "CỦA QUỐC HỘI VỀ DẦU KHÍ": all capitals too
    if (w === 'và' && !isUpperAt(text, e + 1)) break;
    if (w === 'và') beforeAnd = end;
    else beforeAnd = -1;
    end = e;
    words++;
    if (text.charCodeAt(e) !== 32) break;
    k = e + 1;
  }
  if (beforeAnd >= 0 && beforeAnd > i) end = beforeAnd; // "của Bộ Chính trị và <next reference>"
  return end > i ? { value: text.slice(i, end), start: i, end } : undefined;
}

const SUBJECT_MAX = 220;

/** "về việc …" up to the end of the clause, or a quoted title ("về \"…\"" or "\"…\""). */
function readSubject(text: string, lower: string, i: number, limit: number): Found | undefined {
  let q = i;
  if (lower.startsWith('về ', i)) q = i + 3;
  if (text.charCodeAt(q) === 34 /* " */) {
    const window = text.slice(q + 1, Math.min(limit, q + 1 + SUBJECT_MAX));
    const rel = window.indexOf('"');
    if (rel < 0) return undefined;
    const close = q + 1 + rel;
    let e = close;
    while (e > q + 1 && /[\s,.;:]/.test(text[e - 1])) e--;
    if (e <= q + 1) return undefined;
    return { value: text.slice(q + 1, e), start: q + 1, end: e };
  }
  if (q === i) return undefined;
  const max = Math.min(limit, i + SUBJECT_MAX, text.length);
  let e = q;
  let stopAt = max;
  const window = lower.slice(q, max);
  for (const s of SUBJECT_STOPS) {
    const rel = window.indexOf(s);
    const at = rel < 0 ? -1 : q + rel;
    if (at >= 0 && at < stopAt && !(s.startsWith(' quy định') && /(?:số|các|những)$/.test(lower.slice(Math.max(0, at - 6), at)))) stopAt = at;
  }
  while (e < stopAt) {
    const c = text.charCodeAt(e);
    if (c === 59 || c === 10 || c === 13 || c === 40 || c === 41 || c === 34 || c === 58 || c === 33 || c === 63) break;
    if (c === 46 && !isWordChar(text.charCodeAt(e + 1))) break;
    if (c === 44 && !(lower.startsWith(', chống', e) || lower.startsWith(', bổ sung', e) || lower.startsWith(', khen thưởng', e))) break;
    e++;
  }
  if (e === max && max < text.length && max === i + SUBJECT_MAX) return undefined; // runaway clause
  while (e > q && text.charCodeAt(e - 1) === 32) e--;
  if (e - q < 3) return undefined;
  return { value: text.slice(i, e), start: i, end: e };
}

/** Reads the fields after a reference ending at `pos`, never past `limit`. */
export function readTrailing(text: string, lower: string, pos: number, limit: number): Trailing {
  const out: Trailing = { fieldsEnd: pos };
  let i = pos;
  for (let round = 0; round < 2; round++) {
    let j = i;
    if (text.charCodeAt(j) === 44) j++;
    // A space, or nothing when the symbol is glued to the word ("NĐ-CPngày 16/01/2017").
    if (text.charCodeAt(j) === 32) j++;
    else if (j !== pos || round > 0) break;
    if (!out.issuedOn && lower.startsWith('ngày', j)) {
      const d = readDate(lower, j);
      if (!d || d.end > limit) break;
      out.issuedOn = d;
      i = d.end;
      continue;
    }
    if (!out.issuedBy && lower.startsWith('của ', j)) {
      const b = readBody(text, lower, j + 4, limit);
      if (!b) break;
      out.issuedBy = b;
      i = b.end;
      continue;
    }
    break;
  }
  out.fieldsEnd = i;
  let j = i;
  if (text.charCodeAt(j) === 44) j++;
  if (text.charCodeAt(j) === 32) {
    const s = readSubject(text, lower, j + 1, limit);
    if (s) out.subject = s;
  }
  return out;
}

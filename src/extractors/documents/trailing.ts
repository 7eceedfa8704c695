/**
 * What follows a reference: "ngày 30/7/2021" (or "ngày 30 tháng 7 năm 2021"), "của Bộ Chính
 * trị", and the trích yếu ("về việc ban hành …" or a quoted title). Each reader looks at a
 * bounded window after the reference and returns offsets; nothing here scans the whole text.
 */
import { BODY_WORDS, CLAUSE_OPENERS, CLAUSE_PHRASES, CLAUSE_WORDS, COMMA_KEEPS, SUBJECT_STOPS } from './catalogue/words';
import { isWordChar } from './code';

export interface Found {
  value: string;
  start: number;
  end: number;
  /** For a date: its year was not written and comes from the reference date. */
  yearInferred?: boolean;
}

/** The day a year-less issue date is read against (the article's date). */
export interface IssueReference {
  year: number;
  month: number;
  day: number;
}

export interface Trailing {
  issuedOn?: Found;
  issuedBy?: Found;
  subject?: Found;
  /** End of the date/issuer part (where a list may continue: "… ngày 25/10/2017 và 19-NQ/TW"). */
  fieldsEnd: number;
}

const DATE_NUMERIC = /(?:ngày|hôm) ?(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})(?!\d)/y;
/** "ngày 28/9" with no year: only with a slash, and not the start of a longer number ("28/9/20"). */
const DATE_NO_YEAR = /(?:ngày|hôm) ?(\d{1,2})\/(\d{1,2})(?![\d/.-]?\d)/y;
const DATE_WORDS = /ngày ?(\d{1,2}) tháng (\d{1,2}),? năm (\d{4})(?!\d)/y;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1945 || y > 2099 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "được ban hành ngày", "ký ngày", "ban hành vào ngày" between the reference and its date. */
const ISSUE_VERB = /(?:được )?(?:ban hành|ký)(?: vào)? (?=ngày)/y;
/** " ban hành ngày" after "do <body>": the body issued the reference on that day. */
const ISSUE_VERB_AFTER_BODY = / (?:ký )?ban hành(?: vào)? (?=ngày)/y;

/**
 * "ngày d/m/yyyy" or "ngày d tháng m năm yyyy" at `i` of the lower-cased text; with `ref`, also a
 * year-less "ngày d/m", read as the last such day on or before the reference date: a document
 * cited in the news has been issued already.
 */
export function readDate(lower: string, i: number, ref?: IssueReference): Found | undefined {
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
  if (ref) {
    DATE_NO_YEAR.lastIndex = i;
    m = DATE_NO_YEAR.exec(lower);
    if (m) {
      const d = Number(m[1]);
      const mo = Number(m[2]);
      const y = mo < ref.month || (mo === ref.month && d <= ref.day) ? ref.year : ref.year - 1;
      const iso = isoDate(y, mo, d);
      if (iso) return { value: iso, start: i + m[0].indexOf(m[1], 4), end: i + m[0].length, yearInferred: true };
    }
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
/** The body read so far is a Central Committee plenum waiting for its number. */
const PLENUM_BEFORE = /^hội nghị (?:ban chấp hành )?trung ương $/;
const ROMAN_OR_NUMBER = /^(?:[IVXL]+|\d{1,2})$/;
/** Ordinal words of a plenum ("lần thứ năm", "lần thứ mười hai", "lần thứ 4"). */
export const PLENUM_ORDINALS: Readonly<Record<string, number>> = {
  nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12, 'mười ba': 13, 'mười bốn': 14, 'mười lăm': 15, 'mười sáu': 16,
};
const PLENUM_ORDINAL = new RegExp(`lần thứ (?:${Object.keys(PLENUM_ORDINALS).sort((a, b) => b.length - a.length).join('|')}|\\d{1,2})(?![\\p{L}\\p{N}])`, 'uy');
/** Two-syllable words of a body whose second syllable is no body word alone ("không", "soát"). Lower-cased. */
const BODY_COMPOUNDS: ReadonlySet<string> = new Set(['hàng không', 'kiểm soát']);
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
    const afterTerm = words > 0 && /kh(?:óa|oá)$/.test(lower.slice(Math.max(0, k - 5), k - 1));
    // "TAND quận 6 TP Hồ Chí Minh", "UBND phường 12": a numbered district or ward.
    // "Hội nghị Trung ương 4 khóa XIII": the plenum's number.
    const placeNumber = words > 0 && /^\d{1,2}$/.test(w) && (/(?:quận|phường) $/.test(lower.slice(Math.max(0, k - 7), k)) || PLENUM_BEFORE.test(lower.slice(i, k)));
    if (words === 2 && w === 'lần' && lower.slice(i, k) === 'hội nghị ') {
      // "của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII": the plenum's ordinal.
      PLENUM_ORDINAL.lastIndex = k;
      if (PLENUM_ORDINAL.test(lower) && PLENUM_ORDINAL.lastIndex <= limit) {
        end = PLENUM_ORDINAL.lastIndex;
        words++; // counted as one word, like a plenum's number
        if (text.charCodeAt(end) !== 32) break;
        k = end + 1;
        continue;
      }
    }
    if (afterTerm ? !ROMAN_OR_NUMBER.test(text.slice(k, e)) : /^\d/.test(w) && !placeNumber) break;
    // "Cục Hàng không", "Cục Hàng hải": a second syllable that is no body word alone ("không").
    const compound = words > 0 && BODY_COMPOUNDS.has(`${lower.slice(Math.max(i, k - 5), k - 1).split(' ').pop()} ${w}`);
    if (words > 0 && !afterTerm && !placeNumber && !compound && !isUpperAt(text, k) && !BODY_WORDS.has(w)) break;
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

/** How far back the subject of "X vừa ban hành <reference>" is looked for. */
const ISSUER_BEFORE_MAX = 120;
/** "UBND tỉnh X vừa ban hành ", "Bộ Y tế đã ký ban hành ": the verb just before a reference. */
const ISSUE_VERB_BEFORE = / (?:(?:vừa|đã|mới|chính thức) )*(?:ký )?ban hành $/;

/**
 * "UBND tỉnh Thanh Hóa vừa ban hành Quyết định số ...": the issuer as the subject of the clause
 * that ends with "ban hành" right before the reference at `start`. The clause starts at the text
 * start, after a sentence end, or after a comma ("Ngày 15/5, UBND tỉnh ..."); the body read from
 * there must reach the verb exactly, so a person ("Chủ tịch UBND tỉnh ký ban hành") is vetted by
 * the caller's body check.
 */
export function readIssuerBefore(text: string, lower: string, start: number): Found | undefined {
  const from = Math.max(0, start - ISSUER_BEFORE_MAX);
  const window = lower.slice(from, start);
  const verb = ISSUE_VERB_BEFORE.exec(window);
  if (!verb) return undefined;
  const verbAt = from + verb.index;
  let k = verbAt - 1;
  while (k >= from && !isClauseBoundary(text, k)) k--;
  if (k < from && from > 0) return undefined;
  let bodyStart = k + 1;
  while (bodyStart < verbAt && text.charCodeAt(bodyStart) === 32) bodyStart++;
  const b = readBody(text, lower, bodyStart, verbAt);
  return b && b.end === verbAt ? b : undefined;
}

function isClauseBoundary(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 44 || c === 59 || c === 10 || c === 13 || c === 58 || c === 33 || c === 63 || c === 40 || c === 34) return true;
  return c === 46 && text.charCodeAt(k + 1) === 32;
}

const SUBJECT_MAX = 220;
/** Longest clause part read after a comma when deciding whether a trích yếu goes on. */
const SEGMENT_MAX = 90;

function isLowerLetterOrDigit(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return isWordChar(c) && ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

/** Ends of a clause part: the punctuation that may end a trích yếu or a list item. */
function isSegmentEnd(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 44 || c === 59 || c === 10 || c === 13 || c === 40 || c === 41 || c === 34 || c === 58 || c === 33 || c === 63) return true;
  return c === 46 && !isWordChar(text.charCodeAt(k + 1));
}

function hasWord(segment: string, words: ReadonlySet<string>): boolean {
  for (const w of segment.split(' ')) if (words.has(w)) return true;
  return false;
}

/**
 * At a comma inside a trích yếu: does the title go on ("sức khỏe bà mẹ, trẻ sơ sinh", "đến năm
 * 2020, tầm nhìn đến năm 2050")? Yes when the next part starts in lower case (or a digit), ends at
 * punctuation within SEGMENT_MAX before any clause stop, and holds no clause word (a verb or a
 * connective: "…, lớp 6 năm học 2021-2022 vẫn có nội dung" is the sentence going on).
 */
/** Admin words that open a part of an address inside a title ("…tại số 119 K2, phường Cầu Diễn, quận Nam Từ Liêm, Hà Nội"). */
const ADDRESS_PART = /^, (?:phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tp\.?|tỉnh) \p{L}/u;
/** The province or city closing an address: one to three capitalised words, then punctuation. */
const ADDRESS_END = /^, (?:\p{Lu}[\p{Ll}\p{M}]*\.?)(?: \p{Lu}[\p{Ll}\p{M}]*){0,2}(?=[\s]*[,.;:()\n]|$)/u;

/** Whether the comma at `e` goes on with an address: an admin part, or the place closing one. */
function addressContinues(text: string, lower: string, e: number): boolean {
  if (ADDRESS_PART.test(lower.slice(e, e + 16))) return true;
  if (!ADDRESS_END.test(text.slice(e, e + 40))) return false;
  // Only after an address part: the clause before the comma starts with an admin word.
  let k = e - 1;
  while (k > 0 && e - k < 60 && text.charCodeAt(k) !== 44) k--;
  return text.charCodeAt(k) === 44 && ADDRESS_PART.test(lower.slice(k, k + 16));
}

function commaContinues(text: string, lower: string, e: number, stopAt: number): boolean {
  for (const lit of COMMA_KEEPS) if (lower.startsWith(lit, e)) return true;
  if (addressContinues(text, lower, e)) return true;
  if (text.charCodeAt(e + 1) !== 32 || !isLowerLetterOrDigit(text, e + 2)) return false;
  const from = e + 2;
  for (const o of CLAUSE_OPENERS) if (lower.startsWith(o, from) && !isWordChar(lower.charCodeAt(from + o.length))) return false;
  let k = from;
  const max = Math.min(stopAt, from + SEGMENT_MAX);
  while (k < max && !isSegmentEnd(text, k)) k++;
  // The part may also end where a clause stop ends the whole title ("…, nhân phẩm, xâm phạm thân
  // thể người học nhưng chưa …"): the verb follows the whole title.
  if (k >= max && !(k === stopAt && k < from + SEGMENT_MAX)) return false;
  const segment = lower.slice(from, k);
  if (hasWord(segment, CLAUSE_WORDS)) return false;
  const spaced = ' ' + segment + ' ';
  return !CLAUSE_PHRASES.some((p) => spaced.includes(p + ' '));
}

const VISION_TAIL = /, (?:tầm nhìn|định hướng)(?: đến| tới)?(?: năm)? (?:19|20)\d\d(?!\d)/y;

/** "(GTVT)" inside a title: an abbreviation in brackets, skipped over. */
const BRACKET_ABBREVIATION = /\([\p{Lu}\p{N}&.-]{2,12}\)/uy;

/** "về tổng thể", "về cơ bản": adverbs, not a trích yếu. */
const NOT_SUBJECT = /^về (?:tổng thể|cơ bản|phía|nguyên tắc|lâu dài|sau|đích|quê|đến|tới)(?![\p{L}\p{N}])/u;

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
  if (NOT_SUBJECT.test(lower.slice(i, i + 20))) return undefined;
  const max = Math.min(limit, i + SUBJECT_MAX, text.length);
  let e = q;
  let stopAt = max;
  const window = lower.slice(q, max);
  for (const s of SUBJECT_STOPS) {
    const rel = window.indexOf(s);
    const at = rel < 0 ? -1 : q + rel;
    if (at >= 0 && at < stopAt && !(s.startsWith(' quy định') && /(?:số|các|những)$/.test(lower.slice(Math.max(0, at - 6), at)))) stopAt = at;
  }
  /** End at the first comma the title went on through: the fallback when it runs away. */
  let firstComma = -1;
  while (e < stopAt) {
    const c = text.charCodeAt(e);
    if (c === 40) {
      BRACKET_ABBREVIATION.lastIndex = e;
      if (BRACKET_ABBREVIATION.test(text) && BRACKET_ABBREVIATION.lastIndex <= stopAt) {
        e = BRACKET_ABBREVIATION.lastIndex;
        continue;
      }
      break;
    }
    if (c === 34) {
      // A quoted name inside the title ("về việc phê duyệt Đề án \"Giáo dục hướng nghiệp …\"")
      // ends the title at its closing quote.
      if (text.charCodeAt(e - 1) !== 32) break;
      const rel = text.slice(e + 1, stopAt).indexOf('"');
      if (rel <= 0) break;
      e = e + 1 + rel + 1;
      break;
    }
    if (c === 59 || c === 10 || c === 13 || c === 41 || c === 58 || c === 33 || c === 63) break;
    if (c === 46 && !isWordChar(text.charCodeAt(e + 1))) break;
    if (c === 44) {
      // ", tầm nhìn đến năm 2050" / ", định hướng đến năm 2020": the usual last part of a strategy's title.
      VISION_TAIL.lastIndex = e;
      if (VISION_TAIL.test(lower) && VISION_TAIL.lastIndex <= max) {
        e = VISION_TAIL.lastIndex;
        break;
      }
      if (!commaContinues(text, lower, e, stopAt)) break;
      if (firstComma < 0) firstComma = e;
    }
    e++;
  }
  if (e === max && max < text.length && max === i + SUBJECT_MAX) {
    if (firstComma < 0) return undefined; // runaway clause
    e = firstComma;
  }
  while (e > q && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 44)) e--;
  // "… trong lĩnh vực giáo dục và <next reference>": the list's "và" is not the title's.
  const tail = / (?:và|hoặc|cùng)$/.exec(lower.slice(Math.max(q, e - 6), e));
  if (tail) e -= tail[0].length;
  if (e - q < 3) return undefined;
  return { value: text.slice(i, e), start: i, end: e };
}

/**
 * Reads the fields after a reference ending at `pos`, never past `limit`. `bodyFits` vets the body
 * after "của": a body that cannot have issued the reference ends the fields there.
 */
export function readTrailing(text: string, lower: string, pos: number, limit: number, bodyFits?: (value: string) => boolean, ref?: IssueReference, basis = false): Trailing {
  const out: Trailing = { fieldsEnd: pos };
  let i = pos;
  for (let round = 0; round < 2; round++) {
    let j = i;
    if (text.charCodeAt(j) === 44) j++;
    // A space, or nothing when the symbol is glued to the word ("NĐ-CPngày 16/01/2017").
    if (text.charCodeAt(j) === 32) j++;
    else if (j !== pos || round > 0) break;
    if (!out.issuedOn && !out.issuedBy && round === 0 && lower.startsWith('do ', j)) {
      // "Nghị định 75/2024/NĐ-CP do Chính phủ ban hành ngày 30/6": the issuer, then the date.
      const b = readBody(text, lower, j + 3, limit);
      if (b && (!bodyFits || bodyFits(b.value))) {
        ISSUE_VERB_AFTER_BODY.lastIndex = b.end;
        if (ISSUE_VERB_AFTER_BODY.exec(lower)) {
          out.issuedBy = b;
          j = ISSUE_VERB_AFTER_BODY.lastIndex;
        }
      }
    }
    if (!out.issuedOn && round === 0) {
      ISSUE_VERB.lastIndex = j;
      if (ISSUE_VERB.exec(lower)) j = ISSUE_VERB.lastIndex;
    }
    if (!out.issuedOn && lower.startsWith('ngày', j)) {
      const d = readDate(lower, j, ref);
      if (!d || d.end > limit) break;
      out.issuedOn = d;
      i = d.end;
      continue;
    }
    if (!out.issuedBy && lower.startsWith('của ', j)) {
      const b = readBody(text, lower, j + 4, limit);
      if (!b || (bodyFits && !bodyFits(b.value))) break;
      out.issuedBy = b;
      i = b.end;
      continue;
    }
    break;
  }
  out.fieldsEnd = i;
  let j = i;
  const comma = text.charCodeAt(j) === 44;
  if (comma) j++;
  if (text.charCodeAt(j) === 32) {
    // A basis title follows with no comma and may cite another reference ("… một số điều của Luật
    // Hợp tác xã;"): it is not cut there.
    const s = (basis && !comma ? readBasisTitle(text, lower, j + 1, text.length) : undefined) ?? readSubject(text, lower, j + 1, limit);
    if (s) out.subject = s;
  }
  return out;
}

/** A line of a legal basis opens with "Căn cứ (vào)" or "Thực hiện" and the reference (lower-cased). */
const BASIS_OPENING = /^[ \t]*(?:căn cứ|thực hiện)(?: vào)? $/;
const BASIS_LINE = /^[ \t]*(?:căn cứ|thực hiện) /;
const BASIS_LOOKBACK = 300;

/**
 * Whether the reference at `start` is an item of a legal basis: right after the line's "Căn cứ" /
 * "Thực hiện", or after a "; " in such a line ("Căn cứ Luật A …; Luật B …;").
 */
export function inBasisLine(lower: string, start: number): boolean {
  let k = start;
  const from = Math.max(0, start - BASIS_LOOKBACK);
  while (k > from && lower.charCodeAt(k - 1) !== 10) k--;
  if (k > 0 && lower.charCodeAt(k - 1) !== 10) return false;
  const lead = lower.slice(k, start);
  return BASIS_OPENING.test(lead) || (lead.endsWith('; ') && BASIS_LINE.test(lead));
}

/**
 * In a legal basis every reference's title runs to the ";" (or the line's end) that closes it,
 * whatever its first word: "của Chính phủ quy định chi tiết một số điều của Luật Hợp tác xã;",
 * "về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới;".
 */
function readBasisTitle(text: string, lower: string, i: number, limit: number): Found | undefined {
  if (!isLowerLetterOrDigit(text, i)) return undefined;
  const max = Math.min(limit, i + SUBJECT_MAX, text.length);
  let e = i;
  while (e < max) {
    const c = text.charCodeAt(e);
    if (c === 59 || c === 10 || c === 13) break;
    if (c === 46 && !isWordChar(text.charCodeAt(e + 1))) break;
    e++;
  }
  // An item of a basis ends its line or at its ";" (a "." only at the line's end): anything else is
  // a sentence going on, not a title.
  const close = text.charCodeAt(e);
  const lineEnds = e >= text.length || close === 10 || close === 13 || close === 59;
  const dotEndsLine = close === 46 && (e + 1 >= text.length || /^[ \t]*(?:\r?\n|$)/.test(text.slice(e + 1, e + 4)));
  if (!lineEnds && !dotEndsLine) return undefined;
  while (e > i && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 44)) e--;
  if (e - i < 3 || lower.startsWith('và ', i) || lower.startsWith('ngày ', i)) return undefined;
  return { value: text.slice(i, e), start: i, end: e };
}

const HEADER_LEAD_MAX = 24;
const HEADER_LINE_MAX = 80;
/** The number line of a document header, up to the reference's end. */
const HEADER_NUMBER_LINE = /^[\p{L} ]{0,20}số\s*:?\s*\S+$/u;
/** The place-and-date line of a document header: blank lines, then "Hà Nội, " (lower-cased text) before "ngày". */
const HEADER_PLACE_LINE = /[ \t]*(?:\n[ \t]*){1,4}[\p{L}][\p{L}. ]{1,30}, (?=ngày)/uy;

/**
 * "Số: 1520/QĐ-UBND\nHà Giang, ngày 15 tháng 8 năm 2024": a reference that opens its line and
 * contains "số" is a document's header; the place-and-date line under it is its issue date.
 */
export function readHeaderDate(text: string, lower: string, start: number, end: number): Found | undefined {
  // The line from its start to the reference's end: "Số: 1520/QĐ-UBND", "Luật số: 91/2015/QH13".
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < HEADER_LEAD_MAX && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return undefined;
  if (end - lineStart > HEADER_LINE_MAX || !HEADER_NUMBER_LINE.test(lower.slice(lineStart, end))) return undefined;
  HEADER_PLACE_LINE.lastIndex = end;
  const m = HEADER_PLACE_LINE.exec(lower);
  if (!m) return undefined;
  const placeAt = end + m[0].search(/[\p{L}]/u);
  if (!isUpperAt(text, placeAt)) return undefined;
  return readDate(lower, HEADER_PLACE_LINE.lastIndex);
}

/** How far back the clause of "Ngày 5/8/2024, Thanh tra Chính phủ ban hành Kết luận số …" is read. */
const ISSUE_CLAUSE_MAX = 200;
/**
 * A clause that opens with its date and whose verb issues the reference right before it:
 * "Ngày 5/8/2024, Thanh tra Chính phủ đã ban hành Kết luận thanh tra số", "Trước đó, ngày 10/11,
 * Phó Chủ tịch UBND tỉnh ký Công văn số". Group 1 is where "ngày" starts. No "/" between the
 * date and the reference: another reference there ("… 3398/QĐ-UBND và ngày … ban hành …") owns it.
 */
const ISSUE_CLAUSE = /^\s*(?:(?:trước đó|sau đó|đồng thời|cũng trong ngày),? )?(?:(?:sáng|trưa|chiều|tối|đêm) )?()(?:ngày|hôm) \d{1,2}(?:\/\d{1,2}(?:\/\d{4})?| tháng \d{1,2},? năm \d{4}),? [^,;:/]{2,90}? (?:đã |vừa |chính thức )?(?:ký ban hành|ban hành|ký)(?: [^,;:/]{0,40})?$/du;

/** The issue date written at the head of the reference's clause (see ISSUE_CLAUSE), or undefined. */
export function readIssueDateBefore(lower: string, start: number, ref?: IssueReference): Found | undefined {
  const from = Math.max(0, start - ISSUE_CLAUSE_MAX);
  let cut = -1;
  for (let k = start - 1; k >= from; k--) {
    const c = lower.charCodeAt(k);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && lower.charCodeAt(k + 1) === 32)) {
      cut = k + 1;
      break;
    }
  }
  if (cut < 0) {
    if (from > 0) return undefined; // no sentence start within reach
    cut = 0;
  }
  const m = ISSUE_CLAUSE.exec(lower.slice(cut, start));
  if (!m || !m.indices?.[1]) return undefined;
  return readDate(lower, cut + m.indices[1][0], ref);
}

/**
 * Vietnamese numbers, shared by money and dates. Results are exact decimal strings (never floats).
 *
 * Digits: Vietnamese format ("1.250" = 1250, "17,6" = 17.6, "3.765,47", ",77") and the unambiguous
 * English forms ("1,250,000", "1,250.5", "3.5"). A single comma is a decimal mark ("1,250" = 1.25)
 * except before exactly "000" ("100,000 người" = 100000: no one writes 100 as "100,000"); a single
 * dot is a thousands mark only before exactly three digits ("2.022" = 2022, "3.5" = 3.5).
 * Malformed groupings ("30.7.2021", "1,2,3") read only the leading integer ("30", "1").
 * Suffixes: "k"/"K" (thousand), "M" (million), "G" (billion), only when nothing letter-like follows
 * ("10k" yes, "10km" reads just "10"). "M"/"G" need the upper case, so they are recognised only when
 * the case-kept text is given (`options.text`; `parseNumber` does this): "3m" is three metres. "G"
 * also needs a fraction (",0012G", "1,5G"): "3G", "4G/5G" are network generations. Whether "5k" is
 * 5000 or the "5K" rule of the pandemic is the caller's call (money wants a currency after it).
 * Digits may be glued to a unit ("10km", "10h30", "100đ"): the match then ends after the digits.
 *
 * Words: không, một, hai, ba, bốn, năm, sáu, bảy/bẩy, tám, chín; mười, mươi, trăm, chục; scales
 * nghìn/ngàn, triệu, tỷ/tỉ, compounds ("nghìn tỷ", "triệu tỷ", "trăm nghìn"); "linh"/"lẻ" after
 * hundreds ("một trăm linh năm" = 105); "không trăm"; "rưỡi" after a scale ("hai tỷ rưỡi") or after
 * "trăm" ("một trăm rưỡi" = 150). After "mười"/"mươi" the unit 5 is "lăm"/"nhăm", 1 is "mốt" (or
 * "một" after "mươi"), 4 may be "tư": "mười năm" is read as 10 followed by the noun "năm" (years),
 * "hai mươi năm" as 20, because that is what such phrases mean in news text.
 * Mixed: digits with scale words ("17,6 tỷ", "1 tỷ 200 triệu", "3.765,47 tỷ"). Later groups must
 * be smaller than the scale before them ("1 tỷ 200 triệu", never "5 nghìn 3 triệu"), and a group
 * without a scale word after a scale must be unmistakably numeric ("hai nghìn không trăm hai mươi",
 * "hai nghìn lẻ năm"); a lone unit word is not taken ("hai nghìn năm" = 2000, then "năm").
 * Negative: "-5", "- 1.200.000", "âm 1.200.000".
 *
 * The word "năm" (five / year): a match that is only the single word "năm" directly followed by
 * digits ("năm 2022") is rejected. Any other one-word match ("năm", "một", "không", "ba") is
 * returned with `wordCount === 1`: callers for whom the noun reading is likely should require
 * `wordCount > 1` or context of their own.
 */

import { normalize } from './normalize';
import { isWordCode } from './charclass';

export interface NumberMatch {
  /** Exact decimal string: "17600000000", "17.6", "0.77", "-1200000". */
  value: string;
  /** Offsets in the string that was scanned. */
  start: number;
  end: number;
  /** Digits only ("10k" included), words only, or digits with number words ("17,6 tỷ"). */
  kind: 'digits' | 'words' | 'mixed';
  /** How many number words were read ("âm" and scale words included); 0 for plain digits. */
  wordCount: number;
}

export interface ReadNumberOptions {
  /** Accept number words ("năm mươi", "âm"). Default true. */
  words?: boolean;
  /** Accept scale words after the number ("tỷ", "triệu", "nghìn", "chục") and k/M/G suffixes. Default true. */
  scales?: boolean;
  /** The case-kept text at the same indices (`ctx.text`); enables the "M"/"G" suffixes. */
  text?: string;
  /** Accept a number that starts with a bare scale word ("trăm" = 100, "nghìn tỷ"). Default false:
   * in running text "hàng trăm", "vài nghìn" mean "hundreds", "thousands". */
  bareScale?: boolean;
}

export interface ParsedNumber {
  /** Exact decimal string. */
  value: string;
  /** The same value as a JS number, when that is exact enough to be safe (integers up to 2^53). */
  number?: number;
}

// ---------------------------------------------------------------------------------------------
// Word tables (keys are NFC, lower case, tone on the main vowel as `normalize` produces).

/** A unit word that can begin a number. */
const UNIT = new Map<string, number>([
  ['không', 0], ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5],
  ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9],
]);
/** The unit after "mười": "mười một" = 11, "mười lăm" = 15, "mười tư" = 14. */
const AFTER_MUOI_TEN = new Map<string, number>([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['lăm', 5], ['nhăm', 5],
  ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9],
]);
/** The unit after "X mươi": "hai mươi mốt" = 21, "bốn mươi tư" = 44, "năm mươi lăm" = 55. */
const AFTER_MUOI = new Map<string, number>([...AFTER_MUOI_TEN, ['mốt', 1]]);
/** The unit after "linh"/"lẻ": "một trăm linh năm" = 105, "linh tư" = 104. */
const AFTER_LINH = new Map<string, number>([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['năm', 5],
  ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9],
]);
/** Scale words and their power of ten. */
const SCALE = new Map<string, number>([
  ['chục', 1], ['trăm', 2], ['nghìn', 3], ['ngàn', 3], ['triệu', 6], ['tỷ', 9], ['tỉ', 9],
]);
/** Words after which a scale word is something else: "tỷ lệ" (ratio), "tỷ giá" (exchange rate),
 * "triệu tập" (convene), "triệu chứng" (symptom): "một tỷ lệ" is "a ratio", not a billion. */
const SCALE_NOT_BEFORE = new Map<string, ReadonlySet<string>>([
  ['tỷ', new Set(['lệ', 'giá', 'trọng', 'số', 'suất', 'mỉ'])],
  ['tỉ', new Set(['lệ', 'giá', 'trọng', 'số', 'suất', 'mỉ'])],
  ['triệu', new Set(['tập', 'hồi', 'chứng', 'gọi', 'phú', 'vời'])],
]);
const LINH = new Set(['linh', 'lẻ']);
const HALF = new Set(['rưỡi', 'rưởi']);
const MAX_SCALE_RUN = 4;

/** A number word: letters only, ending at a word boundary. Number words are at most 5 letters. */
const WORD = /[\p{L}\p{M}]{1,7}(?![\p{L}\p{M}\p{N}])/uy;

let wordEnd = 0;
/** The word at `i` (or null); its end is left in `wordEnd`. */
function wordAt(text: string, i: number): string | null {
  WORD.lastIndex = i;
  const m = WORD.exec(text);
  if (m === null) return null;
  wordEnd = i + m[0].length;
  return m[0];
}

/** The word after the single space at `i` (or null); its end is left in `wordEnd`. */
function nextWord(text: string, i: number): string | null {
  return text.charCodeAt(i) === 32 ? wordAt(text, i + 1) : null;
}

/** A letter (not a digit) at i: where a glued scale word may start. */
function isLetterStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && isWordCode(c));
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return isWordCode(c);
}

// ---------------------------------------------------------------------------------------------
// Digits

/** Start and end of each digit group, reused between calls (no allocation per number). */
const groupStarts: number[] = [];
const groupEnds: number[] = [];
const groupSeps: number[] = [];
/** The most separators one number may have: "1.000.000.000.000.000.000,5" has seven. */
const MAX_GROUPS = 10;

interface DigitsResult {
  value: string;
  end: number;
}

function isThousandsLead(text: string, start: number, end: number): boolean {
  const len = end - start;
  return len >= 1 && len <= 3 && !(len > 1 && text.charCodeAt(start) === 48) && !(len === 1 && text.charCodeAt(start) === 48);
}

function joinGroups(text: string, from: number, to: number): string {
  let s = '';
  for (let g = from; g < to; g++) s += text.slice(groupStarts[g], groupEnds[g]);
  return s;
}

/** Reads a digit-format number at `pos` (a digit, or "," before a digit). Linear in its length. */
function scanDigits(text: string, pos: number): DigitsResult | null {
  const n = text.length;
  if (text.charCodeAt(pos) === 44 /* , */) {
    // ",77" = 0.77
    let j = pos + 1;
    while (j < n && isDigitAt(text, j)) j++;
    if (j === pos + 1) return null;
    if ((text.charCodeAt(j) === 44 || text.charCodeAt(j) === 46) && isDigitAt(text, j + 1)) return null;
    return { value: canonicalParts('0', text.slice(pos + 1, j)), end: j };
  }
  let j = pos;
  while (j < n && isDigitAt(text, j)) j++;
  if (j === pos) return null;
  let count: number;
  groupStarts[0] = pos;
  groupEnds[0] = j;
  groupSeps[0] = 0;
  count = 1;
  // At most MAX_GROUPS separators: longer chains ("1.1.1.1…") are not one number, and the bound
  // keeps a caller that tries every position linear.
  while (j + 1 < n && count <= MAX_GROUPS) {
    const sep = text.charCodeAt(j);
    if ((sep !== 46 && sep !== 44) || !isDigitAt(text, j + 1)) break;
    let k = j + 1;
    while (k < n && isDigitAt(text, k)) k++;
    groupStarts[count] = j + 1;
    groupEnds[count] = k;
    groupSeps[count] = sep;
    count++;
    j = k;
  }
  if (count > MAX_GROUPS) return { value: canonicalParts(text.slice(pos, groupEnds[0]), ''), end: groupEnds[0] };
  return interpretGroups(text, count, groupStarts, groupEnds, groupSeps);
}

function interpretGroups(text: string, count: number, starts: number[], ends: number[], seps: number[]): DigitsResult {
  const g0 = text.slice(starts[0], ends[0]);
  const integerOnly: DigitsResult = { value: canonicalParts(g0, ''), end: ends[0] };
  if (count === 1) return integerOnly;
  const lead = isThousandsLead(text, starts[0], ends[0]);
  const len = (g: number) => ends[g] - starts[g];
  // Which separator groups thousands: the first one.
  const first = seps[1];
  let g = 1;
  while (g < count && seps[g] === first && len(g) === 3) g++;
  const groupsOfThree = g - 1; // separators of the same kind, each before three digits
  if (g === count) {
    // Every separator is the same and each precedes three digits.
    if (first === 46 /* . */) {
      if (lead) return { value: canonicalParts(joinGroups(text, 0, count), ''), end: ends[count - 1] };
      return count === 2 ? { value: canonicalParts(g0, text.slice(starts[1], ends[1])), end: ends[1] } : integerOnly;
    }
    // Commas: one comma is a decimal mark ("1,250" = 1.25); several group thousands (English). A
    // comma before exactly "000" groups thousands too: nobody writes 2 as "2,000", but "100,000 người".
    if (count === 2) {
      const frac = text.slice(starts[1], ends[1]);
      if (frac === '000' && lead) return { value: canonicalParts(g0 + frac, ''), end: ends[1] };
      return { value: canonicalParts(g0, frac), end: ends[1] };
    }
    return lead ? { value: canonicalParts(joinGroups(text, 0, count), ''), end: ends[count - 1] } : integerOnly;
  }
  if (g === count - 1 && seps[g] !== first) {
    // Thousands groups then one decimal mark of the other kind: "3.765,47", "1,250.5".
    if (groupsOfThree >= 1 && lead) {
      return { value: canonicalParts(joinGroups(text, 0, g), text.slice(starts[g], ends[g])), end: ends[g] };
    }
    return integerOnly;
  }
  if (count === 2) {
    // One separator not before three digits: a decimal mark ("17,6", "3.5").
    return { value: canonicalParts(g0, text.slice(starts[1], ends[1])), end: ends[1] };
  }
  return integerOnly;
}

/** Canonical decimal from integer digits and fraction digits (no signs, no separators). */
function canonicalParts(int: string, frac: string): string {
  let a = 0;
  while (a < int.length - 1 && int.charCodeAt(a) === 48) a++;
  let b = frac.length;
  while (b > 0 && frac.charCodeAt(b - 1) === 48) b--;
  const i = a === 0 ? int || '0' : int.slice(a);
  return b === 0 ? i : `${i}.${frac.slice(0, b)}`;
}

/** Reads a digit-format number at `pos` of `text` (a lower-cased, normalised string). */
export function readDigitsAt(text: string, pos: number): { value: string; end: number } | null {
  if (pos < 0 || pos >= text.length) return null;
  return scanDigits(text, pos);
}

/** "1.250" → "1250", "17,6" → "17.6", "3.765,47" → "3765.47", "1,250,000" → "1250000". Null when
 * `raw` is not exactly one well-formed number. */
export function digitsToDecimal(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length === 0) return null;
  const d = scanDigits(raw, 0);
  return d !== null && d.end === raw.length ? d.value : null;
}

/** Strips leading zeros and trailing fractional zeros: "007.50" → "7.5", ".77" → "0.77". */
export function canonicalDecimal(s: string): string | null {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const body = canonicalParts(m[2], m[3] ?? '');
  return body === '0' ? '0' : m[1] + body;
}

/** Multiplies an exact decimal string by a power of ten (scale words, "k"). */
export function shiftDecimal(value: string, powerOfTen: number): string {
  if (powerOfTen === 0) return value;
  const neg = value.startsWith('-');
  const body = neg ? value.slice(1) : value;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  let digits = int + frac;
  let point = int.length + powerOfTen;
  if (point >= digits.length) digits = digits.padEnd(point, '0');
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const out = canonicalParts(digits.slice(0, point), digits.slice(point));
  return neg && out !== '0' ? `-${out}` : out;
}

/** Exact sum of two non-negative canonical decimals. */
function addDecimal(a: string, b: string): string {
  const da = a.indexOf('.');
  const db = b.indexOf('.');
  const fa = da < 0 ? '' : a.slice(da + 1);
  const fb = db < 0 ? '' : b.slice(db + 1);
  const f = Math.max(fa.length, fb.length);
  const ia = (da < 0 ? a : a.slice(0, da)) + fa.padEnd(f, '0');
  const ib = (db < 0 ? b : b.slice(0, db)) + fb.padEnd(f, '0');
  const sum = (BigInt(ia) + BigInt(ib)).toString().padStart(f + 1, '0');
  return canonicalParts(sum.slice(0, sum.length - f), sum.slice(sum.length - f));
}

/** Number of digits before the decimal point of a non-negative canonical decimal ("0.5" → 1). */
function integerDigits(v: string): number {
  const dot = v.indexOf('.');
  return dot < 0 ? v.length : dot;
}

// ---------------------------------------------------------------------------------------------
// Words

interface Small {
  value: number;
  end: number;
  words: number;
  /** More than a lone unit word: "hai mươi", "không trăm mười một", "lẻ năm", "mười". */
  strong: boolean;
  /** Ends in "trăm" ("một trăm"), so "rưỡi" may follow. */
  endsWithTram: boolean;
}

let small: Small = { value: 0, end: 0, words: 0, strong: false, endsWithTram: false };

/** "X mươi [Y]" or "mười [Y]" at `i`; returns value or -1, updating `small.end`/`small.words`. */
function readTens(text: string, i: number): number {
  const w1 = wordAt(text, i);
  if (w1 === null) return -1;
  const end1 = wordEnd;
  if (w1 === 'mười') {
    small.end = end1;
    small.words += 1;
    const w2 = nextWord(text, end1);
    const u = w2 === null ? undefined : AFTER_MUOI_TEN.get(w2);
    if (u !== undefined) {
      small.end = wordEnd;
      small.words += 1;
      return 10 + u;
    }
    return 10;
  }
  const u = UNIT.get(w1);
  if (u === undefined || u < 2) return -1;
  const w2 = nextWord(text, end1);
  if (w2 !== 'mươi') return -1;
  small.end = wordEnd;
  small.words += 2;
  const w3 = nextWord(text, small.end);
  const u3 = w3 === null ? undefined : AFTER_MUOI.get(w3);
  if (u3 !== undefined) {
    small.end = wordEnd;
    small.words += 1;
    return u * 10 + u3;
  }
  return u * 10;
}

/** A number below one thousand in words at `i`, into `small`; false when none. */
function readSmall(text: string, i: number, allowLinh: boolean): boolean {
  const w1 = wordAt(text, i);
  if (w1 === null) return false;
  const end1 = wordEnd;
  small.words = 0;
  small.endsWithTram = false;
  if (LINH.has(w1)) {
    if (!allowLinh) return false;
    const w2 = nextWord(text, end1);
    const u = w2 === null ? undefined : AFTER_LINH.get(w2);
    if (u === undefined) return false;
    small.value = u;
    small.end = wordEnd;
    small.words = 2;
    small.strong = true;
    return true;
  }
  if (w1 === 'mười') {
    small.value = readTens(text, i);
    small.strong = true;
    return true;
  }
  const u = UNIT.get(w1);
  if (u === undefined) return false;
  small.value = u;
  small.end = end1;
  small.words = 1;
  small.strong = false;
  const w2 = nextWord(text, end1);
  if (w2 === 'trăm') {
    small.value = u * 100;
    small.end = wordEnd;
    small.words = 2;
    small.strong = true;
    small.endsWithTram = true;
    const afterTram = small.end;
    const w3 = nextWord(text, afterTram);
    if (w3 === null) return true;
    if (LINH.has(w3)) {
      const w4 = nextWord(text, wordEnd);
      const u4 = w4 === null ? undefined : AFTER_LINH.get(w4);
      if (u4 !== undefined) {
        small.value += u4;
        small.end = wordEnd;
        small.words += 2;
        small.endsWithTram = false;
      }
      return true;
    }
    const saveWords = small.words;
    const tens = readTens(text, afterTram + 1);
    if (tens >= 0) {
      small.value += tens;
      small.endsWithTram = false;
    } else {
      small.end = afterTram;
      small.words = saveWords;
    }
    return true;
  }
  if (w2 === 'mươi' && u >= 2) {
    small.words = 0;
    small.value = readTens(text, i);
    small.strong = true;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Groups ("1 tỷ", "hai trăm triệu", "không trăm mười một") and whole numbers

interface Group {
  /** The group's value, scales applied. */
  value: string;
  /** Total power of ten of its scale words (0 when none). */
  exp: number;
  end: number;
  words: number;
  digits: boolean;
  /** The group's number before its scale words ("1" of "1 tỷ"). */
  base: string;
  /** What "rưỡi" added ('' when absent). */
  half: string;
  /** Nothing may follow in the same number ("rưỡi", a k/M/G suffix). */
  final: boolean;
  /** Read with a k/M/G suffix. */
  suffix: boolean;
  /** May stand after a larger scale without a scale word of its own. */
  strong: boolean;
}

const group: Group = { value: '0', exp: 0, end: 0, words: 0, digits: false, base: '0', half: '', final: false, suffix: false, strong: false };

function readGroup(text: string, s: number, first: boolean, opts: Required<Pick<ReadNumberOptions, 'words' | 'scales' | 'bareScale'>> & { text?: string }): boolean {
  let base: string;
  let end: number;
  let words = 0;
  let integerBase = true;
  let bareUnit = false;
  let endsWithTram = false;
  let strong = false;
  let bare = false;
  group.digits = false;
  group.final = false;
  group.suffix = false;
  group.half = '';
  const c = text.charCodeAt(s);
  if ((c >= 48 && c <= 57) || (c === 44 && isDigitAt(text, s + 1))) {
    const d = scanDigits(text, s);
    if (d === null) return false;
    base = d.value;
    end = d.end;
    integerBase = base.indexOf('.') < 0;
    group.digits = true;
    if (opts.scales) {
      // "10k", "1,2M", ",0012G": only with nothing word-like after the suffix ("10km" is 10 km).
      const sc = text[end];
      const cased = opts.text !== undefined ? opts.text[end] : sc;
      // "G" only after a fraction (",0012G"): "3G", "4G/5G" are network generations.
      const exp =
        sc === 'k' ? 3 : cased === 'M' ? 6 : cased === 'G' && (base.indexOf('.') >= 0 || c === 44) ? 9 : 0;
      if (exp > 0 && !isWordCharAt(text, end + 1)) {
        group.value = shiftDecimal(base, exp);
        group.base = base;
        group.suffix = true;
        group.exp = exp;
        group.end = end + 1;
        group.words = 0;
        group.final = true;
        group.strong = false;
        return true;
      }
    }
  } else if (opts.words) {
    if (readSmall(text, s, !first)) {
      base = String(small.value);
      end = small.end;
      words = small.words;
      strong = small.strong;
      bareUnit = !small.strong;
      endsWithTram = small.endsWithTram;
    } else if (first && opts.bareScale && opts.scales && wordAt(text, s) !== null && SCALE.has(text.slice(s, wordEnd))) {
      base = '1';
      end = s;
      bare = true;
    } else return false;
  } else return false;

  // Scale words: "tỷ", "nghìn tỷ", "trăm nghìn"; powers never decrease within a group.
  let exp = 0;
  let last = 0;
  if (opts.scales) {
    let p = end;
    for (let k = 0; k < MAX_SCALE_RUN; k++) {
      // "51triệu", "2tỷ": typed without the space; only the large scales (a glued "5trăm" is rare, "10km" a unit).
      const glued = k === 0 && group.digits && isLetterStart(text, p) ? wordAt(text, p) : null;
      const w = glued !== null && (SCALE.get(glued) ?? 0) >= 3 ? glued : bare && k === 0 ? wordAt(text, p) : nextWord(text, p);
      if (w === null) break;
      const e = SCALE.get(w);
      if (e === undefined || e < last) break;
      const scaleEnd = wordEnd;
      const notBefore = SCALE_NOT_BEFORE.get(w);
      if (notBefore !== undefined) {
        const after = nextWord(text, scaleEnd);
        if (after !== null && notBefore.has(after)) break;
      }
      wordEnd = scaleEnd;
      // "không triệu" is "did not convene" ("không triệu tập"), never zero millions.
      if (base === '0') break;
      // "chục"/"trăm" multiply only a plain number: "2 trăm", "hai chục", not "hai mươi trăm".
      if (e < 3 && !(k === 0 && (bareUnit || bare || (group.digits && integerBase)))) break;
      if (e < 3 && bare && e !== 2) break;
      exp += e;
      last = e;
      p = wordEnd;
      words++;
      endsWithTram = false;
    }
    end = p;
  }
  if (bare && exp === 0) return false;
  let value = shiftDecimal(base, exp);
  // "hai tỷ rưỡi" = 2.5 tỷ, "một trăm rưỡi" = 150, "hai chục rưỡi" = 25.
  if (opts.words && integerBase && (exp > 0 || endsWithTram)) {
    const w = nextWord(text, end);
    if (w !== null && HALF.has(w)) {
      group.half = exp > 0 ? shiftDecimal('5', exp - 1) : '50';
      value = addDecimal(value, group.half);
      end = wordEnd;
      words++;
      group.final = true;
    }
  }
  group.value = value;
  group.base = base;
  group.exp = exp;
  group.end = end;
  group.words = words;
  group.strong = strong;
  return true;
}

/**
 * Reads a number at `pos` of `text` (lower-cased, normalised). Returns null when none starts there
 * (including inside a word or inside a number: "nămnay", the "250" of "1.250").
 */
export function readNumberAt(text: string, pos: number, options: ReadNumberOptions = {}): NumberMatch | null {
  if (typeof text !== 'string' || !(pos >= 0) || pos >= text.length) return null;
  const opts = {
    words: options.words !== false,
    scales: options.scales !== false,
    bareScale: options.bareScale === true,
    text: options.text !== undefined && options.text.length === text.length ? options.text : undefined,
  };
  const c = text.charCodeAt(pos);
  let i = pos;
  let negative = false;
  let words = 0;
  if (c >= 48 && c <= 57) {
    // Not in the middle of a number: "5" of "15", "250" of "1.250".
    if (pos > 0 && isDigitAt(text, pos - 1)) return null;
    if (pos > 1 && (text.charCodeAt(pos - 1) === 46 || text.charCodeAt(pos - 1) === 44) && isDigitAt(text, pos - 2)) return null;
  } else if (c === 45 /* - */ || c === 44 /* , */) {
    if (pos > 0 && isWordCharAt(text, pos - 1)) return null;
    if (c === 45) {
      negative = true;
      i = pos + 1;
      if (text.charCodeAt(i) === 32) i++;
      if (!isDigitAt(text, i) && !(text.charCodeAt(i) === 44 && isDigitAt(text, i + 1))) return null;
    } else if (!isDigitAt(text, pos + 1)) return null;
  } else {
    if (!opts.words) return null;
    if (pos > 0 && isWordCharAt(text, pos - 1)) return null;
    // Cheap rejection: every number word starts with one of these letters.
    if (!NUMBER_WORD_INITIAL.has(c)) return null;
    if (c === 0xe2 /* â */ && wordAt(text, pos) === 'âm' && text.charCodeAt(wordEnd) === 32) {
      negative = true;
      words = 1;
      i = wordEnd + 1;
    }
  }

  let total = '';
  let prevExp = Infinity;
  let end = i;
  let groups = 0;
  let digits = false;
  let s = i;
  for (;;) {
    if (!readGroup(text, s, groups === 0, opts)) break;
    if (groups === 0) total = group.value;
    else if (!digits && !group.digits && group.exp > prevExp && !group.suffix && integerDigits(group.base) <= prevExp && integerDigits(total) <= group.exp) {
      // A larger scale multiplies everything before it: "một nghìn hai trăm tỷ" = 1200 tỷ.
      total = shiftDecimal(addDecimal(total, group.base), group.exp);
      if (group.half !== '') total = addDecimal(total, group.half);
    } else {
      if (group.exp >= prevExp) break;
      if (group.exp === 0 && !group.strong) break;
      if (integerDigits(group.value) > prevExp) break;
      total = addDecimal(total, group.value);
    }
    groups++;
    end = group.end;
    words += group.words;
    digits ||= group.digits;
    prevExp = group.exp;
    if (group.final || group.exp === 0 || text.charCodeAt(end) !== 32) break;
    s = end + 1;
  }
  if (groups === 0) return null;
  // "âm không" is "sound (of) nothing", never minus zero.
  if (negative && total === '0' && !digits) return null;
  // "năm 2022": the year noun, not five.
  if (!digits && words === 1 && text.charCodeAt(end) === 32 && isDigitAt(text, end + 1) && text.startsWith('năm', pos)) return null;
  const value = negative && total !== '0' ? `-${total}` : total;
  const kind = words === 0 ? 'digits' : digits ? 'mixed' : 'words';
  return { value, start: pos, end, kind, wordCount: words };
}

/** First letters of every number word (lower case, NFC). */
const NUMBER_WORD_INITIAL = new Set(
  [...UNIT.keys(), ...AFTER_MUOI.keys(), ...SCALE.keys(), ...LINH, 'mười', 'âm'].map((w) => w.charCodeAt(0)),
);

/**
 * Parses a whole string as one Vietnamese number: "17,6" → "17.6", "năm mươi" → "50",
 * "hai tỷ rưỡi" → "2500000000", "3M" → "3000000", "trăm" → "100". Null when the string is not
 * exactly one number (surrounding spaces are ignored; runs of spaces count as one).
 */
export function parseNumber(input: string): ParsedNumber | null {
  if (typeof input !== 'string') return null;
  const text = normalize(input).text.replace(/\s+/g, ' ').trim();
  if (text.length === 0) return null;
  const lower = text.toLowerCase();
  const m = readNumberAt(lower, 0, { bareScale: true, text: lower.length === text.length ? text : undefined });
  if (!m || m.end !== lower.length) return null;
  return withNumber(m.value);
}

export function withNumber(value: string): ParsedNumber {
  const n = Number(value);
  const safe = value.includes('.')
    ? Number.isFinite(n) && Math.abs(n) < 2 ** 53 && value.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length <= 15
    : Number.isSafeInteger(n);
  return safe ? { value, number: n } : { value };
}

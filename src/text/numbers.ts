/**
 * Vietnamese numbers, shared by money and dates: digits with "." thousands and "," decimals
 * ("1.250", "17,6", "3.765,47"), the unambiguous English forms ("1,250,000", "3.5"), "10k", and
 * number words ("năm mươi", "một trăm linh năm", "hai tỷ rưỡi"). Results are exact decimal strings.
 */

export interface NumberMatch {
  /** Exact decimal string: "17600000000", "17.6", "0.77". */
  value: string;
  /** Offsets in the string that was scanned. */
  start: number;
  end: number;
  /** Digits only, words only, or digits with scale words ("17,6 tỷ"). */
  kind: 'digits' | 'words' | 'mixed';
}

export interface ReadNumberOptions {
  /** Accept number words ("năm mươi"). Default true. */
  words?: boolean;
  /** Accept scale words after the number ("tỷ", "triệu", "nghìn"). Default true. */
  scales?: boolean;
}

export interface ParsedNumber {
  /** Exact decimal string. */
  value: string;
  /** The same value as a JS number, when that is exact enough to be safe (integers up to 2^53). */
  number?: number;
}

const DIGITS = /(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?|,\d+)(?![\d])/y;

/** Reads a digit-format number at `pos` of `text` (a lower-cased, normalised string). */
export function readDigitsAt(text: string, pos: number): { value: string; end: number } | null {
  DIGITS.lastIndex = pos;
  const m = DIGITS.exec(text);
  if (!m) return null;
  const value = digitsToDecimal(m[0]);
  return value === null ? null : { value, end: pos + m[0].length };
}

/** "1.250" → "1250", "17,6" → "17.6", "3.765,47" → "3765.47", "1,250,000" → "1250000". */
export function digitsToDecimal(raw: string): string | null {
  let s = raw;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    // Both separators: the last one is the decimal mark.
    if (s.lastIndexOf(',') > s.lastIndexOf('.')) s = s.replace(/\./g, '').replace(',', '.');
    else s = s.replace(/,/g, '');
  } else if (dots > 0) {
    const groups = s.split('.');
    const thousands = groups.slice(1).every((g) => g.length === 3) && groups[0].length >= 1 && groups[0].length <= 3;
    if (thousands) s = groups.join('');
    else if (dots > 1) return null;
  } else if (commas > 0) {
    const groups = s.split(',');
    if (commas > 1) {
      if (!groups.slice(1).every((g) => g.length === 3)) return null;
      s = groups.join('');
    } else s = s.replace(',', '.');
  }
  return canonicalDecimal(s);
}

/** Strips leading zeros and trailing fractional zeros: "007.50" → "7.5", ".77" → "0.77". */
export function canonicalDecimal(s: string): string | null {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const int = m[2].replace(/^0+(?=\d)/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return body === '0' ? '0' : m[1] + body;
}

/** Multiplies an exact decimal string by a power of ten (scale words, "k"). */
export function shiftDecimal(value: string, powerOfTen: number): string {
  const neg = value.startsWith('-');
  const [int, frac = ''] = (neg ? value.slice(1) : value).split('.');
  let digits = int + frac;
  let point = int.length + powerOfTen;
  if (point >= digits.length) digits = digits.padEnd(point, '0');
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const out = canonicalDecimal(`${digits.slice(0, point)}.${digits.slice(point)}`) ?? '0';
  return neg && out !== '0' ? `-${out}` : out;
}

/**
 * Reads a number at `pos` of `text` (lower-cased, normalised). Returns null when none starts there.
 * The full word grammar lives with the text layer; this entry point is what extractors call.
 */
export function readNumberAt(text: string, pos: number, _options: ReadNumberOptions = {}): NumberMatch | null {
  const d = readDigitsAt(text, pos);
  if (!d) return null;
  return { value: d.value, start: pos, end: d.end, kind: 'digits' };
}

/** Parses a whole string as one Vietnamese number: "17,6" → "17.6", "năm mươi" → "50". */
export function parseNumber(input: string): ParsedNumber | null {
  if (typeof input !== 'string') return null;
  const text = input.normalize('NFC').trim().toLowerCase();
  const m = readNumberAt(text, 0);
  if (!m || m.end !== text.length) return null;
  return withNumber(m.value);
}

export function withNumber(value: string): ParsedNumber {
  const n = Number(value);
  const safe = value.includes('.') ? Number.isFinite(n) && Math.abs(n) < 2 ** 53 : Number.isSafeInteger(n);
  return safe ? { value, number: n } : { value };
}

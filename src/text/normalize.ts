/**
 * Normalisation for matching, never for output. The normalised text keeps an offset map back to
 * the caller's string, so that every record can point at exactly what the caller passed in.
 *
 * What is folded: NFD/NFKD-composed letters to NFC, both tone-mark placements ("Uỷ" → "Ủy",
 * "hoà" → "hòa"), Unicode spaces to " ", zero-width characters and the BOM removed, typographic
 * dashes to "-", fraction/division slashes to "/", curly quotes to straight ones, and the
 * look-alike "Ð" (U+00D0) to "Đ".
 */

export interface NormalizedText {
  /** The caller's string, untouched. */
  readonly original: string;
  /** The normalised string (case kept). */
  readonly text: string;
  /** `text` lower-cased, same length as `text` (index i of one is index i of the other). */
  readonly lower: string;
  /** Original offset where normalised index `i` starts. `i` may equal `text.length`. */
  originalStart(i: number): number;
  /** Original offset just after the normalised span that ends (exclusively) at `i`. */
  originalEnd(i: number): number;
}

// One pass decides whether anything needs folding; most news text needs nothing but lower-casing.
const NEEDS_WORK =
  /[\u0300-\u036F\u00A0\u00AB\u00BB\u00D0\u00F0\u1680\u2000-\u201F\u2028-\u202F\u2032\u2044\u205F-\u2064\u2212\u2215\u3000\uFE58\uFE63\uFEFF\uFF0D\uFF0F]|[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}])/u;

const SPACE = new Set([0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);
const REMOVED = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);
const LINE = new Set([0x2028, 0x2029]);
const DASH = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
const SLASH = new Set([0x2044, 0x2215, 0xff0f]);
const SINGLE_QUOTE = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032]);
const DOUBLE_QUOTE = new Set([0x00ab, 0x00bb, 0x201c, 0x201d, 0x201e, 0x201f]);

function isCombining(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

function foldChar(code: number): string | null {
  if (SPACE.has(code)) return ' ';
  if (REMOVED.has(code)) return '';
  if (LINE.has(code)) return '\n';
  if (DASH.has(code)) return '-';
  if (SLASH.has(code)) return '/';
  if (SINGLE_QUOTE.has(code)) return "'";
  if (DOUBLE_QUOTE.has(code)) return '"';
  if (code === 0x00d0) return 'Đ';
  if (code === 0x00f0) return 'đ';
  return null;
}

// "oà, oè, uỳ" at the end of a syllable: the tone moves to the first vowel ("hoà" → "hòa",
// "Uỷ" → "Ủy"), the spelling most Vietnamese newsrooms use. "quý" keeps its mark: "qu" is a consonant.
const OLD_TONE_PLACEMENT = /(?<![qQ])([oO][aAeE]|[uU][yY])(?![\p{L}\p{M}])/gu;
const TONE_ON_SECOND = /([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

function moveTones(text: string): string {
  if (!TONE_ON_SECOND.test(text)) return text;
  TONE_ON_SECOND.lastIndex = 0;
  return text.replace(TONE_ON_SECOND, (whole, first: string, second: string, offset: number) => {
    const prev = offset > 0 ? text[offset - 1] : '';
    const pair = (first + second.normalize('NFD')[0]).toLowerCase();
    if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return whole;
    if (pair === 'uy' && (prev === 'q' || prev === 'Q')) return whole;
    const [base, ...marks] = second.normalize('NFD');
    return (first + marks.join('')).normalize('NFC') + base;
  });
}
void OLD_TONE_PLACEMENT;

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // Rare: a character whose lower case is longer ("İ"). Fold it alone to keep indices aligned.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export function normalize(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) {
    const lower = lowerSameLength(original);
    return {
      original,
      text: original,
      lower,
      originalStart: (i) => i,
      originalEnd: (i) => i,
    };
  }

  const parts: string[] = [];
  // starts[k] / ends[k]: the original span that produced normalised code unit k.
  const starts: number[] = [];
  const ends: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    let j = i + 1;
    // A base letter followed by combining marks: compose the whole cluster.
    while (j < n && isCombining(original.charCodeAt(j))) j++;
    let out: string;
    if (j > i + 1) {
      out = original.slice(i, j).normalize('NFC');
      if (out.length > 0 && isCombining(out.charCodeAt(0)) === false) {
        // keep as composed
      }
    } else {
      const folded = foldChar(code);
      out = folded ?? original[i];
    }
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(j);
    }
    if (out.length > 0) parts.push(out);
    i = j;
  }
  const composed = parts.join('');
  const text = moveTones(composed);
  const lower = lowerSameLength(text);
  const len = text.length;
  return {
    original,
    text,
    lower,
    originalStart: (k) => (k >= len ? n : starts[k]),
    originalEnd: (k) => (k <= 0 ? (len === 0 ? 0 : starts[0]) : ends[Math.min(k, len) - 1]),
  };
}

/**
 * Normalisation for matching, never for output. The normalised text keeps an offset map back to
 * the caller's string, so that every record can point at exactly what the caller passed in.
 *
 * What is folded: NFD/NFKD-composed letters to NFC, both tone-mark placements ("Uỷ" → "Ủy",
 * "hoà" → "hòa"), Unicode spaces to " ", zero-width characters and the BOM removed, typographic
 * dashes to "-", fraction/division slashes to "/", curly quotes to straight ones, and the
 * look-alike "Ð" (U+00D0) to "Đ", full-width digits to ASCII. Soft hyphens and bidi marks are removed
 * too. Every fold keeps or shortens the text, so `text` is never longer than the original.
 * Folds are per character or per cluster (a letter and its combining marks), never across them,
 * except the tone move, which rewrites two adjacent vowels in place.
 */

import { isLetterCode } from './charclass';

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

// "oà, oè, uỳ" ending a syllable: the old tone placement, moved to the first vowel ("hoà" → "hòa",
// "Uỷ" → "Ủy"), the spelling most newsrooms use. Not after "q": in "quý" the "u" belongs to the
// consonant and the tone is already on the main vowel. The "ends a syllable" test is done in code.
const TONE_ON_SECOND = /[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ]/g;

const SPACE = new Set([0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);
// Zero-width and invisible format characters (soft hyphen, bidi marks, word joiner, BOM).
const REMOVED = new Set([
  0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
  0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff,
]);
const LINE = new Set([0x2028, 0x2029]);
const DASH = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
const SLASH = new Set([0x2044, 0x2215, 0xff0f]);
const SINGLE_QUOTE = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032]);
const DOUBLE_QUOTE = new Set([0x00ab, 0x00bb, 0x201c, 0x201d, 0x201e, 0x201f]);

function isCombining(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/**
 * Code units that may need folding (a combining mark or a foldable character), as a table indexed
 * by code unit: one load per character is the cheapest test there is, and ASCII and Vietnamese
 * precomposed letters, most of every text, all read 0. 64 KB, filled from ranges at load.
 */
const FOLDABLE = new Uint8Array(0x10000);
for (const c of [0xa0, 0xab, 0xad, 0xbb, 0xd0, 0xf0, 0x189, 0x1680, 0x180e, 0x2212, 0x2215, 0x3000, 0xfe58, 0xfe63, 0xfeff]) FOLDABLE[c] = 1;
FOLDABLE.fill(1, 0x300, 0x370); // combining marks
FOLDABLE.fill(1, 0x2000, 0x2065); // spaces, dashes, quotes, invisible format characters
FOLDABLE.fill(1, 0xff0d, 0xff1a); // full-width "-", ".", "/", digits

/** Index of the first code unit at or after `from` that may need folding, or -1. */
function nextFoldable(s: string, from: number): number {
  const n = s.length;
  for (let i = from; i < n; i++) if (FOLDABLE[s.charCodeAt(i)] === 1) return i;
  return -1;
}

/** The replacement of one foldable character: '' to remove it, null to keep it. Same length or less. */
function foldChar(code: number): string | null {
  if (SPACE.has(code)) return ' ';
  if (REMOVED.has(code)) return '';
  if (LINE.has(code)) return '\n';
  if (DASH.has(code)) return '-';
  if (SLASH.has(code)) return '/';
  if (SINGLE_QUOTE.has(code)) return "'";
  if (DOUBLE_QUOTE.has(code)) return '"';
  if (code === 0x00d0 || code === 0x0189) return 'Đ'; // look-alikes of the capital D with stroke
  if (code === 0x00f0) return 'đ';
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0); // full-width digits
  return null;
}

function isLetterAt(text: string, i: number): boolean {
  return isLetterCode(text.charCodeAt(i)); // NaN past the end: false
}

/** Moves old-style tone marks; same length (one composed vowel for one), so offsets stay put. */
function moveTones(text: string): string {
  TONE_ON_SECOND.lastIndex = 0;
  let out: string | null = null;
  let copied = 0;
  for (let m = TONE_ON_SECOND.exec(text); m !== null; m = TONE_ON_SECOND.exec(text)) {
    const i = m.index;
    if (isLetterAt(text, i + 2)) continue; // "hoàn", "huỳnh": the tone is already on the main vowel
    const [base, ...marks] = text[i + 1].normalize('NFD');
    out = (out ?? '') + text.slice(copied, i) + (text[i] + marks.join('')).normalize('NFC') + base;
    copied = i + 2;
  }
  return out === null ? text : out + text.slice(copied);
}

// Only "İ" (U+0130) has a lower case of another length ("i" + U+0307); only "Σ" (U+03A3) has one
// that depends on its neighbours (final "ς"). Every other code point lowers alone as in context.
const LOWER_SPECIAL = /[\u0130\u03a3]/g;

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // Rare: an "İ". Each code point is lowered alone, and one whose lower case is longer is kept,
  // so indices stay aligned. Done by runs: the runs between the two special characters lower
  // alone exactly as character by character (one string per character made 1 MB take 130 ms).
  let out = '';
  let from = 0;
  LOWER_SPECIAL.lastIndex = 0;
  for (let m = LOWER_SPECIAL.exec(text); m !== null; m = LOWER_SPECIAL.exec(text)) {
    const i = m.index;
    out += text.slice(from, i).toLowerCase() + (text.charCodeAt(i) === 0x03a3 ? 'σ' : text[i]);
    from = i + 1;
  }
  return out + text.slice(from).toLowerCase();
}

/**
 * The offset map is a sorted list of anchors; between anchors the mapping is the identity shifted by
 * a constant (1:1 folds such as dashes or quotes need no anchor). Anchors appear only where lengths
 * change: after a removed character, and around a composed cluster (all its output characters map
 * to the whole original cluster).
 */
class OffsetMap {
  /** Normalised index where anchor a starts. */
  readonly norm: number[] = [0];
  /** Original index matching `norm[a]`. */
  readonly orig: number[] = [0];
  /** For a cluster anchor, the original end of the cluster; -1 for an identity anchor. */
  readonly clusterEnd: number[] = [-1];

  add(norm: number, orig: number, clusterEnd: number): void {
    const last = this.norm.length - 1;
    if (this.norm[last] === norm) {
      this.orig[last] = orig;
      this.clusterEnd[last] = clusterEnd;
    } else {
      this.norm.push(norm);
      this.orig.push(orig);
      this.clusterEnd.push(clusterEnd);
    }
  }

  /** The last anchor whose normalised start is <= k. */
  find(k: number): number {
    let lo = 0;
    let hi = this.norm.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.norm[mid] <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

export function normalize(original: string): NormalizedText {
  const n = original.length;
  let i = nextFoldable(original, 0);
  if (i < 0) {
    const text = moveTones(original);
    return {
      original,
      text,
      lower: lowerSameLength(text),
      // Nothing folded: the tone move keeps lengths, so offsets are the identity.
      originalStart: (k) => (k <= 0 ? 0 : k >= n ? n : k),
      originalEnd: (k) => (k <= 0 ? 0 : k >= n ? n : k),
    };
  }

  const parts: string[] = [];
  const map = new OffsetMap();
  let runStart = 0; // original index of the first character not yet copied
  let outLen = 0; // length of the normalised text produced so far
  const copyUpTo = (i: number) => {
    if (i > runStart) {
      parts.push(original.slice(runStart, i));
      outLen += i - runStart;
    }
  };
  for (; i >= 0; i = nextFoldable(original, i + 1)) {
    const code = original.charCodeAt(i);
    if (isCombining(code)) {
      // Compose the base letter with its marks ("e" + U+0302 + U+0301 → "ế").
      let j = i + 1;
      while (j < n && isCombining(original.charCodeAt(j))) j++;
      let b = i > runStart ? i - 1 : i;
      if (b > runStart && b === i - 1 && (original.charCodeAt(b) & 0xfc00) === 0xdc00 && (original.charCodeAt(b - 1) & 0xfc00) === 0xd800) b--;
      const cluster = original.slice(b, j);
      const composed = cluster.normalize('NFC');
      i = j - 1; // the scan resumes after the cluster
      // Longer after NFC (U+0344 and the like): keep it, so `text` never outgrows the original.
      if (composed === cluster || composed.length > cluster.length) continue;
      copyUpTo(b);
      if (composed.length < cluster.length) {
        // The first output character takes the code units that composed into it; any marks left
        // over (no precomposed form) follow one to one.
        const firstEnd = b + cluster.length - composed.length + 1;
        map.add(outLen, b, firstEnd);
        map.add(outLen + 1, firstEnd, -1);
      }
      parts.push(composed);
      outLen += composed.length;
      runStart = j;
      continue;
    }
    const folded = foldChar(code);
    if (folded === null) continue;
    copyUpTo(i);
    if (folded.length > 0) {
      parts.push(folded);
      outLen += 1;
    } else {
      map.add(outLen, i + 1, -1);
    }
    runStart = i + 1;
  }
  copyUpTo(n);
  const text = moveTones(parts.join(''));
  const lower = lowerSameLength(text);
  const len = text.length;
  const originalStart = (k: number): number => {
    if (k >= len) return n;
    if (k < 0) k = 0;
    const a = map.find(k);
    return map.clusterEnd[a] >= 0 ? map.orig[a] : map.orig[a] + (k - map.norm[a]);
  };
  const originalEnd = (k: number): number => {
    if (k <= 0) return originalStart(0);
    const c = (k > len ? len : k) - 1;
    const a = map.find(c);
    return map.clusterEnd[a] >= 0 ? map.clusterEnd[a] : map.orig[a] + (c - map.norm[a]) + 1;
  };
  return { original, text, lower, originalStart, originalEnd };
}

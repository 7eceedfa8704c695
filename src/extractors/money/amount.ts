/**
 * Reading the number of an amount. The number grammar is `readNumberAt`'s (src/text/numbers.ts);
 * this file only decides WHERE a number may start before a currency word (a bounded walk back over
 * number vocabulary) and adds the two money-only forms the grammar need not know: spoken decimal
 * marks ("hai phẩy 23 đô") and hundredths ("2 đô la và 23 xen", "hai đô 23").
 */
import { readNumberAt, shiftDecimal } from '../../text/numbers';
import { isLetterCode } from '../../text/charclass';
import { addHundredths, isInteger } from './decimal';
import { NUMBER_WORDS, SCALE_WORDS } from './lexicon';
import { CENT_WORD_SET } from './lexicon-compiled';

export interface AmountMatch {
  value: string;
  start: number;
  end: number;
  /** The number carries a scale word ("17,6 tỷ", "10k"). */
  scaled: boolean;
  /** Power of ten of the scale words it ends with: "7 tỷ" → 9, "1,2 triệu tỷ" → 15, "5" → 0. */
  trailingScale: number;
}

/** Bounds on the walk back: a number is never longer than this many words. */
const MAX_WORDS_BACK = 14;

const DIGIT_0 = 48;
const DIGIT_9 = 57;

export function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= DIGIT_0 && c <= DIGIT_9;
}

export function isLetterAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isLetterCode(s.charCodeAt(i));
}

function isDigitish(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= DIGIT_0 && c <= DIGIT_9) || c === 46 /* . */ || c === 44; /* , */
}

/**
 * Candidate start offsets of a number that ends exactly at `end`, latest first. Walks back over
 * single-space-separated digit groups ("3.765,47", "10k") and number words, at most
 * MAX_WORDS_BACK of them. A digit group glued to "/" or "." ("30/2020") is no start; one glued
 * to a lower-case word ("đạt1.885 tỷ", a scraping slip) is marked `glued` and must prove itself.
 */
const GLUED_SCALES: ReadonlySet<string> = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ']);

export function numberStartsBefore(lower: string, end: number): { starts: number[]; glued: number } {
  const starts: number[] = [];
  let glued = -1;
  let q = end;
  for (let words = 0; words < MAX_WORDS_BACK && q > 0; words++) {
    let s = q;
    if (isDigitAt(lower, q - 1) || (lower[q - 1] === 'k' && isDigitAt(lower, q - 2))) {
      if (lower[s - 1] === 'k') s--;
      while (s > 0 && isDigitish(lower, s - 1)) s--;
      // A leading "." or "," belongs to the text before ("năm 2020, 5 tỷ" splits at the comma).
      while (s < q && !isDigitAt(lower, s)) s++;
      if (s >= q) break;
      const before = s > 0 ? lower[s - 1] : ' ';
      if (before === '/' || before === '.' || before === ',') break;
      starts.push(s);
      if (isLetterAt(lower, s - 1)) {
        glued = s;
        break;
      }
      if (before !== ' ') break;
    } else if (isLetterAt(lower, q - 1)) {
      while (s > 0 && isLetterAt(lower, s - 1)) s--;
      const word = NUMBER_WORDS[lower.slice(s, q)];
      if (!word) break;
      if (word.start) starts.push(s);
      // "51triệu đồng", "2tỷ": a large scale typed against its digits (the number reader joins them).
      if (s > 0 && isDigitAt(lower, s - 1) && GLUED_SCALES.has(lower.slice(s, q))) {
        q = s;
        continue;
      }
      if (s === 0 || lower[s - 1] !== ' ') break;
    } else break;
    q = s - 1;
  }
  return { starts, glued };
}

const DECIMAL_WORD = / (?:phẩy|chấm) /y;
const SCALE_AFTER = / (tỷ|tỉ|triệu|nghìn|ngàn)(?![\p{L}\p{M}])/uy;
const TRAILING_SCALE = /(?:^|[\s\d])(k|nghìn|ngàn|triệu|tỷ|tỉ)$/u;

/** Power of ten of the scale words a number ends with ("7 tỷ" → 9, "1,2 triệu tỷ" → 15). */
export function trailingScaleOf(numberText: string): number {
  let text = numberText;
  let power = 0;
  for (let i = 0; i < 4; i++) {
    const m = TRAILING_SCALE.exec(text);
    if (!m) break;
    power += SCALE_WORDS[m[1]];
    text = text.slice(0, text.length - m[1].length).trimEnd();
  }
  return power;
}

function hasScaleWord(numberText: string): boolean {
  return /(?:^|[\s\d])(?:k|nghìn|ngàn|triệu|tỷ|tỉ|trăm nghìn)(?![\p{L}\p{M}])/u.test(numberText);
}

const HALF = 'nửa';

/** "nửa triệu đồng" (half a million), "nửa tỷ": "nửa" before scale words. */
function readHalfAt(lower: string, pos: number): { value: string; start: number; end: number } | null {
  if (!lower.startsWith(HALF, pos)) return null;
  const after = applyScalesAfter(lower, '0.5', pos + HALF.length);
  return after.end > pos + HALF.length ? { value: after.value, start: pos, end: after.end } : null;
}

/** Up to three scale words after `end` multiply `value` ("1,5 triệu tỷ"); returns the new value and end. */
function applyScalesAfter(lower: string, value: string, end: number): { value: string; end: number } {
  for (let i = 0; i < 3; i++) {
    SCALE_AFTER.lastIndex = end;
    const m = SCALE_AFTER.exec(lower);
    if (!m) break;
    value = shiftDecimal(value, SCALE_WORDS[m[1]]);
    end = SCALE_AFTER.lastIndex;
  }
  return { value, end };
}

/** Reads a number at `pos` and, when the grammar stops before one, a spoken decimal mark. */
export function readAmountAt(lower: string, pos: number): AmountMatch | null {
  const n = readNumberAt(lower, pos, { words: true, scales: true }) ?? readHalfAt(lower, pos);
  if (!n || n.start !== pos) return null;
  let value = n.value;
  let end = n.end;
  DECIMAL_WORD.lastIndex = end;
  if (isInteger(value) && DECIMAL_WORD.test(lower)) {
    const fracStart = DECIMAL_WORD.lastIndex;
    const frac = readNumberAt(lower, fracStart, { words: true, scales: false });
    if (frac && isInteger(frac.value)) {
      // Digits are read as written ("1 phẩy 05" is 1.05); words as their value ("một chấm ba" is 1.3).
      const raw = lower.slice(frac.start, frac.end);
      const digits = /^\d+$/.test(raw) ? raw : frac.value;
      ({ value, end } = applyScalesAfter(lower, `${value}.${digits}`.replace(/\.?0+$/, '') || '0', frac.end));
    }
  }
  const text = lower.slice(pos, end);
  return { value, start: pos, end, scaled: hasScaleWord(text), trailingScale: trailingScaleOf(text) };
}

/** The longest number that ends exactly at `end` (before a currency word), or null. */
export function readAmountEndingAt(lower: string, end: number): AmountMatch | null {
  const { starts, glued } = numberStartsBefore(lower, end);
  for (let i = starts.length - 1; i >= 0; i--) {
    const m = readAmountAt(lower, starts[i]);
    if (!m || m.end !== end) continue;
    // Glued to a word: only a number that cannot be part of a code ("đạt1.885 tỷ", not "A5").
    if (starts[i] === glued && !m.scaled && !/[.,]\d{3}/.test(lower.slice(m.start, m.end))) return null;
    return m;
  }
  return null;
}

/** The longest number that starts before `end` and reaches at least to it ("2 tỷ" of "2 tỷ rưỡi"). */
export function readAmountCovering(lower: string, end: number): AmountMatch | null {
  const { starts, glued } = numberStartsBefore(lower, end);
  for (let i = starts.length - 1; i >= 0; i--) {
    if (starts[i] === glued) continue;
    const m = readAmountAt(lower, starts[i]);
    if (m && m.end >= end) return m;
  }
  return null;
}

const CENTS_AFTER = / (?:và )?/y;
const CENT_WORD = / ([\p{L}]+)/uy;
const END_OF_PHRASE = /[ \t]*(?:$|[\n.,;:!?)\]"'])/y;

/**
 * Hundredths after a main amount: "2 đô la và 23 xen", "2 đô 23 xu", "20 Rupees 43". Without a
 * cent word the number must end the phrase ("hai đô 23"), so "5 USD 10 ngày" stays 5 USD.
 */
export function readCentsAfter(lower: string, pos: number): { cents: number; end: number } | null {
  CENTS_AFTER.lastIndex = pos;
  if (!CENTS_AFTER.test(lower)) return null;
  const at = CENTS_AFTER.lastIndex;
  const saidAnd = at - pos > 1;
  if (!isDigitAt(lower, at) && !isLetterAt(lower, at)) return null;
  const n = readNumberAt(lower, at, { words: true, scales: false });
  if (!n || n.start !== at || !/^\d{1,2}$/.test(n.value)) return null;
  if (n.kind === 'digits' && n.end - n.start > 2) return null;
  CENT_WORD.lastIndex = n.end;
  const w = CENT_WORD.exec(lower);
  if (w && CENT_WORD_SET.has(w[1]) && !isLetterAt(lower, CENT_WORD.lastIndex)) return { cents: Number(n.value), end: CENT_WORD.lastIndex };
  if (saidAnd) return null;
  END_OF_PHRASE.lastIndex = n.end;
  return END_OF_PHRASE.test(lower) ? { cents: Number(n.value), end: n.end } : null;
}

export { addHundredths };

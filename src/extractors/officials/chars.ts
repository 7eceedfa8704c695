/** Character tests on UTF-16 code units, cheap for ASCII and exact for Vietnamese letters. */

import { isLetterCode, isLetterOrMarkCode } from '../../text/charclass';

export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return isLetterOrMarkCode(code);
}

export const isLetter = isLetterCode;

/** Upper-case at i: the normalised text and its lower-cased copy differ there. */
export function isUpperAt(text: string, lower: string, i: number): boolean {
  return i < text.length && text.charCodeAt(i) !== lower.charCodeAt(i);
}

/** End of the run of letters starting at i (i itself when there is none). */
export function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return j;
}

/** Skips plain spaces and tabs (never a line break: a title does not run across paragraphs). */
export function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return j;
}

/** Start of the word that ends at `end` (spaces before `end` skipped); -1 when none. */
export function wordBefore(text: string, end: number): { start: number; end: number } | null {
  let e = end;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  let s = e;
  while (s > 0 && isLetter(text.charCodeAt(s - 1)) && e - s < 40) s--;
  return s < e ? { start: s, end: e } : null;
}

const TONE_FOLD: Record<string, string> = { đ: 'd', ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u' };
// A Vietnamese syllable once tones and vowel hats are folded away (onset, vowel nucleus, coda).
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$/;

// Words repeat a lot in news: remember the answer (bounded, cleared when full).
const syllableMemo = new Map<string, boolean>();
const MEMO_LIMIT = 20000;

/** Whether a lower-cased word can be a Vietnamese syllable ("putin", "naoki", "trump" cannot). */
export function isVietnameseSyllable(lowerWord: string): boolean {
  const known = syllableMemo.get(lowerWord);
  if (known !== undefined) return known;
  if (syllableMemo.size >= MEMO_LIMIT) syllableMemo.clear();
  const answer = computeIsVietnameseSyllable(lowerWord);
  syllableMemo.set(lowerWord, answer);
  return answer;
}

function computeIsVietnameseSyllable(lowerWord: string): boolean {
  let folded = '';
  for (const ch of lowerWord.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    folded += TONE_FOLD[ch] ?? ch;
  }
  return VIETNAMESE_SYLLABLE.test(folded.normalize('NFC').replace(/[\u0300-\u036f]/g, ''));
}

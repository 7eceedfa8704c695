/**
 * Per-code-unit character classes, memoised: the first test of a code unit runs the Unicode
 * regex, every later one is a table load. Hot loops test the same few hundred Vietnamese letters
 * millions of times; `regex.test(String.fromCharCode(c))` allocates a string each time.
 * Results depend on the code unit alone (a lone surrogate is neither letter nor digit), so the
 * answers are exactly the regex's. 2 × 64 KB, zero-filled at load (no work at import).
 */
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LETTER_MARK_OR_NUMBER = /[\p{L}\p{M}\p{N}]/u;

// 0: not computed yet, 1: yes, 2: no.
const letterOrMark = new Uint8Array(0x10000);
const letterMarkOrNumber = new Uint8Array(0x10000);

/** `/[\p{L}\p{M}]/u.test(String.fromCharCode(c))`; false for NaN (past the end of a string). */
export function isLetterOrMarkCode(c: number): boolean {
  const v = letterOrMark[c];
  if (v === 1) return true;
  if (v === 2 || v === undefined) return false;
  const r = LETTER_OR_MARK.test(String.fromCharCode(c));
  letterOrMark[c] = r ? 1 : 2;
  return r;
}

/** A letter or combining mark, with an ASCII fast path: the test every extractor's word boundary uses. */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return isLetterOrMarkCode(c);
}

/** `/[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c))`; false for NaN (past the end of a string). */
export function isWordCode(c: number): boolean {
  const v = letterMarkOrNumber[c];
  if (v === 1) return true;
  if (v === 2 || v === undefined) return false;
  const r = LETTER_MARK_OR_NUMBER.test(String.fromCharCode(c));
  letterMarkOrNumber[c] = r ? 1 : 2;
  return r;
}

/**
 * A tokenizer with offsets. Document codes ("23-QĐ/TW", "30/2020/NĐ-CP", "1136/UBND-VP") and
 * date-like tokens ("30/7/2021", "30.7.2021", "7/2021") stay whole; numbers keep their Vietnamese
 * format ("1.250", "17,6", "3.765,47"); words are runs of letters, marks and digits that start with a
 * letter ("H5N1", "COVID"); anything else is one punctuation token per character (a surrogate pair
 * counts as one). Digits glued to letters split there: "10km" is "10" + "km".
 *
 * Linear on any input: every rule is a hand-written scan or a sticky regex that cannot backtrack
 * further than the token it returns, and digit groups are read by the bounded number scanner.
 */
import { readDigitsAt } from './numbers';

export type TokenKind = 'code' | 'date' | 'number' | 'word' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

/** A token whose `text` is sliced on demand: most tokens are never read as strings, and a text of
 * millions of tokens would otherwise allocate millions of small strings up front. */
class LazyToken implements Token {
  constructor(
    readonly kind: TokenKind,
    readonly start: number,
    readonly end: number,
    private readonly source: string,
  ) {}
  get text(): string {
    return this.source.slice(this.start, this.end);
  }
  toJSON(): { kind: TokenKind; text: string; start: number; end: number } {
    return { kind: this.kind, text: this.text, start: this.start, end: this.end };
  }
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\d]*/uy;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Letter or combining mark (a code unit; astral letters go through the regex in the caller). ASCII
 * and the Vietnamese blocks are decided without a regex. */
function letterKind(c: number): 0 | 1 | 2 {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1ea0 && c <= 0x1ef9)) return 1;
  return 2; // unknown: ask the regex
}

/** End of the word starting at `pos`, or -1 when no word starts there. */
function wordEnd(text: string, pos: number): number {
  const n = text.length;
  let i = pos;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = letterKind(c);
    if (k === 1 || (i > pos && c >= 48 && c <= 57)) continue;
    if (k === 2 && (c & 0xfc00) !== 0xd800 && (c & 0xfc00) !== 0xdc00 && LETTER_OR_MARK.test(text[i])) continue;
    if (k === 2 && (c & 0xfc00) === 0xd800) {
      // An astral letter (rare): let the regex decide from here.
      WORD.lastIndex = i === pos ? pos : i;
      if (i === pos) return WORD.test(text) ? WORD.lastIndex : -1;
      return WORD.test(text) ? WORD.lastIndex : i;
    }
    break;
  }
  return i > pos ? i : -1;
}
/** A code symbol starts with a capital: "QĐ", "NĐ-CP", "TTg", "UBND-VP", "ĐUK". */
const SYMBOL_HEAD = /\p{Lu}/uy;
/** One symbol part of a code: letters and digits ("NĐ", "CP", "BTC", "ĐUK", "TW", "TTg", "GDTrH"),
 * stopping before two lower-case letters after a capital ("TT-BGDĐTvề": a missing space before "về"). */
const SYMBOL_PART = /[\p{L}\p{M}\d]+/uy;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** End of the symbol part matched in [start, end): before "về" in "BGDĐTvề", else `end`. */
function symbolPartEnd(text: string, start: number, end: number): number {
  for (let k = start + 1; k + 1 < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) continue; // ASCII capitals: the common case
    if (LOWER.test(text[k]) && LOWER.test(text[k + 1]) && UPPER.test(text[k - 1])) return k;
  }
  return end;
}
/** Glued letters after a code number ("15a/..."): short. */
const NUMBER_LETTERS = /\p{L}{1,3}/uy;
const MAX_CODE_PARTS = 8;

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function digitRunEnd(text: string, i: number): number {
  while (isDigit(text, i)) i++;
  return i;
}

function isCodeSep(c: number): boolean {
  return c === 45 /* - */ || c === 47 /* / */;
}

function isLetterOrDigitAt(text: string, i: number): boolean {
  WORD.lastIndex = i;
  return isDigit(text, i) || WORD.test(text);
}

/**
 * A document code at `p` (a digit): number, optional letters ("15a"), optional "/2020" or "-2020",
 * then "-" or "/" and a symbol that starts with a capital, whose parts are joined by - / . &
 * ("NĐ-CP", "QĐ/TW", "UBND-VP"). Returns its end or -1.
 */
function codeEnd(text: string, p: number): number {
  let i = digitRunEnd(text, p);
  NUMBER_LETTERS.lastIndex = i;
  if (NUMBER_LETTERS.test(text)) i = NUMBER_LETTERS.lastIndex;
  // The year part: exactly four digits between separators.
  if (isCodeSep(text.charCodeAt(i)) && isDigit(text, i + 1)) {
    const y = digitRunEnd(text, i + 1);
    if (y - (i + 1) !== 4 || !isCodeSep(text.charCodeAt(y))) return -1;
    i = y;
  }
  if (!isCodeSep(text.charCodeAt(i))) return -1;
  SYMBOL_HEAD.lastIndex = i + 1;
  if (!SYMBOL_HEAD.test(text)) return -1;
  SYMBOL_PART.lastIndex = i + 1;
  SYMBOL_PART.test(text);
  let end = symbolPartEnd(text, i + 1, SYMBOL_PART.lastIndex);
  // "5/Quyết": a capitalised word after a slash, not a symbol.
  if (end < SYMBOL_PART.lastIndex) return end - (i + 1) >= 2 ? end : -1;
  for (let k = 1; k < MAX_CODE_PARTS; k++) {
    const c = text.charCodeAt(end);
    if (c !== 45 && c !== 47 && c !== 46 && c !== 38) break; // - / . &
    SYMBOL_PART.lastIndex = end + 1;
    if (!SYMBOL_PART.test(text)) break;
    // "NĐ-CP." ends a sentence; "v.v" is not part of a code: the part after "." must be a capital.
    if (c === 46) {
      SYMBOL_HEAD.lastIndex = end + 1;
      if (!SYMBOL_HEAD.test(text)) break;
    }
    const partEnd = symbolPartEnd(text, end + 1, SYMBOL_PART.lastIndex);
    end = partEnd;
    if (partEnd < SYMBOL_PART.lastIndex) break;
  }
  return end;
}

/**
 * A date-like token at `p`: d/m, d/m/yyyy, d/m/yy, d-m-yyyy, d.m.yyyy (a year is required with "-"
 * and ".", where "3.5" is a number), or m/yyyy, m-yyyy. Day 1-31, month 1-12. Returns its end or -1.
 */
function dateEnd(text: string, p: number): number {
  const a = digitRunEnd(text, p);
  const sep = text.charCodeAt(a);
  if ((sep !== 47 && sep !== 45 && sep !== 46) || !isDigit(text, a + 1) || a - p > 2) return -1;
  const first = Number(text.slice(p, a));
  const b = digitRunEnd(text, a + 1);
  const secondLen = b - (a + 1);
  const second = Number(text.slice(a + 1, b));
  let end = -1;
  if (secondLen === 4 && sep !== 46) {
    if (first >= 1 && first <= 12) end = b; // "7/2021", "7-2021"
  } else if (secondLen <= 2 && first >= 1 && first <= 31 && second >= 1 && second <= 12) {
    if (text.charCodeAt(b) === sep && isDigit(text, b + 1)) {
      const c = digitRunEnd(text, b + 1);
      if (c - (b + 1) === 4 || c - (b + 1) === 2) end = c;
    } else if (sep === 47) end = b; // "30/7"
  }
  if (end < 0 || isLetterOrDigitAt(text, end)) return -1;
  // "30/7/2021/..." or "1/1/1/1": a longer chain is not a date.
  if ((text.charCodeAt(end) === sep) && isDigit(text, end + 1)) return -1;
  return end;
}

/** Tokenizes an already normalised string; offsets are indices into that string. */
export function tokenizeNormalized(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11) {
      pos++;
      continue;
    }
    let kind: TokenKind;
    let end: number;
    if (c >= 48 && c <= 57) {
      end = codeEnd(text, pos);
      kind = 'code';
      if (end < 0) {
        end = dateEnd(text, pos);
        kind = 'date';
      }
      if (end < 0) {
        end = readDigitsAt(text, pos)?.end ?? digitRunEnd(text, pos);
        kind = 'number';
      }
    } else {
      const w = wordEnd(text, pos);
      if (w > pos) {
        end = w;
        kind = 'word';
      } else {
        // One character of punctuation (a whole surrogate pair when there is one), or other space.
        const pair = (c & 0xfc00) === 0xd800 && (text.charCodeAt(pos + 1) & 0xfc00) === 0xdc00;
        end = pos + (pair ? 2 : 1);
        if (!pair && /\s/.test(text[pos])) {
          pos = end;
          continue;
        }
        kind = 'punct';
      }
    }
    tokens.push(new LazyToken(kind, pos, end, text));
    pos = end;
  }
  return tokens;
}

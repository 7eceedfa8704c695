/**
 * Reads one number-symbol ("23-QĐ/TW", "30/2020/NĐ-CP", "1136/UBND-VP") at a position of the
 * normalised text, tolerating the noise of real text: single stray spaces around separators,
 * a missing hyphen ("858CV/ĐUK"), a space for the hyphen ("1177/QĐ BGDĐT"), a symbol glued to
 * the next word ("NĐ-CPngày"), "QH 11", the "/nb" suffix. A hand-written scanner: no regex that
 * can backtrack, every loop bounded by the length of a symbol.
 */
import { GLUED_WORDS } from './catalogue/words';
import { lookupIssuer } from './catalogue/issuers';
import { isWordCode } from '../../text/charclass';

export interface RawCode {
  /** Offset of the first digit. */
  start: number;
  /** Offset just after the symbol (suffix included). */
  end: number;
  /** The number as written ("04", "66.7"). */
  number: string;
  /** Year segment of a State symbol. */
  year?: number;
  /** 'party': `N-TYPE/ISSUER`; 'state': `N/…`. */
  shape: 'party' | 'state';
  /** Party type group as written ("NQ", "QĐi"). */
  partyType?: string;
  /** Symbol groups after the number (State) or after the type (Party), as written, spaces removed. */
  groups: string[];
  /** "/nb" suffix without the slash. */
  suffix?: string;
  /** The hyphen between number and type was missing ("858CV/ĐUK"), or "-" stood for "/" ("29-NQ-TƯ"). */
  irregular?: boolean;
  /** A space stood for the hyphen ("1177/QĐ BGDĐT"): `code` puts the hyphen back. */
  spaceForHyphen?: boolean;
}

const MAX_GROUP = 20;
const MAX_GROUPS = 8;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}
/** Letters a symbol group may hold: ASCII, Đ/đ, Ư/ư ("TƯ"). */
function isCodeLetter(c: number): boolean {
  return isUpperAscii(c) || isLowerAscii(c) || c === 0x110 || c === 0x111 || c === 0x1af || c === 0x1b0;
}
function isCodeUpper(c: number): boolean {
  return isUpperAscii(c) || c === 0x110 || c === 0x1af;
}
/** Any letter or digit, Vietnamese included. */
export function isWordChar(c: number): boolean {
  if (c < 128) return isDigit(c) || isUpperAscii(c) || isLowerAscii(c);
  return isWordCode(c);
}

interface Group {
  text: string;
  end: number;
  /** A glued word followed: no group may follow. */
  glued: boolean;
}

/** Spaced term numbers in noisy headers: "QH 11". */
const TERMED_BASES = new Set(['QH', 'UBTVQH', 'HĐNN']);

/** Reads one symbol group at `i`; null when none starts there or it runs into a word. */
function readGroup(t: string, i: number): Group | null {
  const first = t.charCodeAt(i);
  if (!isCodeLetter(first)) return null;
  let k = i + 1;
  while (k < t.length && k - i <= MAX_GROUP && (isCodeLetter(t.charCodeAt(k)) || isDigit(t.charCodeAt(k)) || (t.charCodeAt(k) === 38 && isCodeUpper(t.charCodeAt(k + 1))))) k++;
  if (k - i > MAX_GROUP) return null;
  // "L.005" (1957 laws: "103-SL/L.005"): a one-letter group with a dotted number.
  if (k === i + 1 && t.charCodeAt(k) === 46 && isDigit(t.charCodeAt(k + 1))) {
    let d = k + 1;
    while (d < t.length && d - k <= 4 && isDigit(t.charCodeAt(d))) d++;
    if (!isWordChar(t.charCodeAt(d))) return { text: t.slice(i, d), end: d, glued: false };
  }
  const next = t.charCodeAt(k);
  // A lower-case word glued to an upper-case symbol: "CPngày", "CPvề".
  for (let p = i + 1; p < k; p++) {
    const c = t.charCodeAt(p);
    if (!isLowerAscii(c) && c !== 0x111 && c !== 0x1b0) continue;
    const prev = t.charCodeAt(p - 1);
    if (!isCodeUpper(prev) && !isDigit(prev)) continue;
    for (const w of GLUED_WORDS) {
      if (t.startsWith(w, p) && !isWordChar(t.charCodeAt(p + w.length))) return { text: t.slice(i, p), end: p, glued: true };
    }
  }
  if (k < t.length && isWordChar(next)) {
    // "BGDĐTsẽ": an upper-case symbol running into a Vietnamese word; split where the word starts.
    let p = k;
    while (p > i + 1 && (isLowerAscii(t.charCodeAt(p - 1)) || t.charCodeAt(p - 1) === 0x111)) p--;
    if (p < k && p > i && isCodeUpper(t.charCodeAt(p - 1)) && next >= 0xc0) return { text: t.slice(i, p), end: p, glued: true };
    return null; // part of a longer word
  }
  let text = t.slice(i, k);
  // "QH 11" in noisy headers.
  if (TERMED_BASES.has(text) && t.charCodeAt(k) === 32 && isDigit(t.charCodeAt(k + 1))) {
    let d = k + 1;
    while (d < t.length && d - k <= 3 && isDigit(t.charCodeAt(d))) d++;
    if (d - k <= 3 && !isWordChar(t.charCodeAt(d))) {
      text += t.slice(k + 1, d);
      k = d;
    }
  }
  return { text, end: k, glued: false };
}

/** Reads groups joined by "-" (one stray space allowed on one side). */
function readGroups(t: string, i: number, out: string[]): number {
  const g = readGroup(t, i);
  if (!g) return -1;
  out.push(g.text);
  let end = g.end;
  let glued = g.glued;
  while (!glued && out.length < MAX_GROUPS) {
    let j = end;
    if (t.charCodeAt(j) === 45 /* - */) {
      j++;
      if (t.charCodeAt(j) === 32) j++;
    } else if (t.charCodeAt(j) === 32 && t.charCodeAt(j + 1) === 45 && t.charCodeAt(j + 2) !== 32) j += 2;
    else if (t.charCodeAt(j) === 32 && t.charCodeAt(j + 1) === 45 && t.charCodeAt(j + 2) === 32) {
      // "116/2020/NĐ - CP": spaces on both sides only before a known issuer.
      const n = readGroup(t, j + 3);
      if (!n || !lookupIssuer(n.text)) break;
      j += 3;
    } else break;
    if (!isCodeUpper(t.charCodeAt(j)) && !(isCodeLetter(t.charCodeAt(j)) && t.charCodeAt(j - 1) === 45)) break;
    const n = readGroup(t, j);
    if (!n) break;
    out.push(n.text);
    end = n.end;
    glued = n.glued;
  }
  return end;
}

function readSuffix(t: string, i: number, code: RawCode): void {
  // "5053-CV/VPTW/nb": one to three lower-case letters after a slash.
  if (t.charCodeAt(i) !== 47) return;
  let k = i + 1;
  while (k < t.length && k - i <= 4 && isLowerAscii(t.charCodeAt(k))) k++;
  if (k - i < 2 || k - i > 4 || isWordChar(t.charCodeAt(k))) return;
  code.suffix = t.slice(i + 1, k);
  code.end = k;
}

/** Reads a number-symbol whose number starts at `s`. Returns null when none does. */
export function readCode(t: string, s: number): RawCode | null {
  let i = s;
  while (i < t.length && i - s <= 5 && isDigit(t.charCodeAt(i))) i++;
  const intLen = i - s;
  if (intLen === 0 || intLen > 5) return null;
  let decimal = false;
  if (t.charCodeAt(i) === 46 && isDigit(t.charCodeAt(i + 1))) {
    let k = i + 1;
    while (k < t.length && k - i <= 4 && isDigit(t.charCodeAt(k))) k++;
    if (k - i > 4) return null;
    i = k;
    decimal = true;
  }
  const number = t.slice(s, i);
  let j = i;
  const spaced = t.charCodeAt(j) === 32;
  if (spaced) j++;
  const sep = t.charCodeAt(j);

  if (sep === 47 /* / */) {
    j++;
    if (t.charCodeAt(j) === 32) j++;
    let year: number | undefined;
    if (isDigit(t.charCodeAt(j))) {
      // "30/2020/…": a four-digit year then another slash; anything else (a date) is not a symbol.
      let k = j;
      while (k < t.length && k - j <= 4 && isDigit(t.charCodeAt(k))) k++;
      if (k - j !== 4) return null;
      year = Number(t.slice(j, k));
      if (t.charCodeAt(k) === 32) k++;
      if (t.charCodeAt(k) !== 47) return null;
      k++;
      if (t.charCodeAt(k) === 32) k++;
      j = k;
    }
    const groups: string[] = [];
    let end = readGroups(t, j, groups);
    if (end < 0) return null;
    let spaceForHyphen: boolean | undefined;
    // "1177/QĐ BGDĐT": a space for the hyphen after a type; checked against the catalogue later.
    if (groups.length === 1 && t.charCodeAt(end) === 32 && isCodeUpper(t.charCodeAt(end + 1))) {
      const g = readGroup(t, end + 1);
      if (g && /^[A-ZĐ]{2,}$/.test(g.text) && !g.glued) {
        groups.push(g.text);
        end = g.end;
        spaceForHyphen = true;
      }
    }
    const code: RawCode = { start: s, end, number, year, shape: 'state', groups, spaceForHyphen };
    readSuffix(t, end, code);
    return code;
  }

  if (decimal) return null;
  let irregular = false;
  if (sep === 45 /* - */) {
    j++;
    if (t.charCodeAt(j) === 32) j++;
  } else if (!spaced && isCodeUpper(sep)) irregular = true; // "858CV/ĐUK"
  else return null;
  const type = readGroup(t, j);
  if (!type || type.glued) return null;
  let k = type.end;
  if (t.charCodeAt(k) === 32) k++;
  if (t.charCodeAt(k) === 47) {
    k++;
    if (t.charCodeAt(k) === 32) k++;
  } else if (t.charCodeAt(k) === 45 && !irregular) {
    // "29-NQ-TƯ": a hyphen where the slash belongs; accepted only for known Party issuers later.
    k++;
    irregular = true;
  } else return null;
  const groups: string[] = [];
  const end = readGroups(t, k, groups);
  if (end < 0) return null;
  const code: RawCode = { start: s, end, number, shape: 'party', partyType: type.text, groups, irregular: irregular || undefined };
  readSuffix(t, end, code);
  return code;
}

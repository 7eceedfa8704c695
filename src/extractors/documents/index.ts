/**
 * Document references: Party (`N-TYPE/ISSUER`), State (`N/TYPE-ISSUER`, công văn `N/ISSUER-UNIT`)
 * and legal normative (`N/YYYY/TYPE-ISSUER`, `N/YYYY/QHk`) number-symbols, with the type word in
 * front, and references without a number ("Nghị định 100", "Luật Đất đai 2024", "Nghị quyết Đại
 * hội XIII"). See ../shared/reference/document-numbers.md for the systems and catalogues.
 *
 * Two cheap scans find every candidate, so text without references costs almost nothing:
 *  1. digit runs (/\d+/g): a symbol read by the hand scanner `readCode`, or a bare number after
 *     a type word ("Nghị định 100", "Thông tư 01/2025");
 *  2. a few `indexOf` literals: "Luật <Title>", "Bộ luật …", "Hiến pháp", "Nghị quyết Đại hội /
 *     Trung ương …".
 * Then the type word in front of each symbol is found by a bounded look-back, list items share
 * their type, and the fields after each reference (ngày, của, về …) are read in a bounded window.
 *
 * Decisions on references without a number: "Hiến pháp" is a record with a year ("Hiến pháp năm
 * 2013") or when cited as a document ("Căn cứ Hiến pháp …", "Điều 83 của Hiến pháp", "Hiến pháp
 * nước Cộng hòa xã hội chủ nghĩa Việt Nam"), never in generic phrases ("trái với Hiến pháp, luật",
 * "theo Hiến pháp và pháp luật") nor for a foreign one ("Hiến pháp Mỹ"). A law named in lower case
 * ("luật đất đai") is a record only in front of its symbol ("Bộ luật dân sự số 33/2005/QH11").
 */
import type { ExtractContext } from '../../core/context';
import type { Extractor } from '../../core/extractor';
import type { DocumentRecord } from './schema';
import { bodyFits, bodyKind } from './catalogue/bodies';
import { CORPORATE_ISSUERS, lookupIssuer, type IssuerEntry } from './catalogue/issuers';
import { lookupType, type DocTypeEntry } from './catalogue/types';
import { BARE_NUMBER_UNITS, NOT_LAW_BEFORE, TYPE_ABBREVIATIONS, TYPE_WORDS, type TypeWord } from './catalogue/words';
import { isWordChar, readCode, type RawCode } from './code';
import { readPartyEvent, readOrdinal, readTitle } from './named';
import { PLENUM_ORDINALS, inBasisLine, readIssueDateBefore, readIssuerBefore, readTrailing, readHeaderDate } from './trailing';

// ---------------------------------------------------------------------------------------------
// Triggers (compiled once)

/** Digit runs: every symbol and bare number starts with one. */
/**
 * Names cited without a number. `indexOf` of a few short literals (much faster in V8 than one
 * regex alternation of the trigger words) finds where a trigger word may start; NAMED_AT then
 * checks the whole trigger there. "ậ" covers "Luật", "Bộ luật" and "Kết luận".
 */
function namedStarts(text: string): number[] {
  const out: number[] = [];
  let i = text.indexOf('ậ');
  while (i >= 0) {
    const next = text.charCodeAt(i + 1);
    if (text.charCodeAt(i - 1) === 117 /* u */ && (next === 116 /* t */ || next === 110) /* n */) {
      out.push(i - 2, i - 5, i - 6); // "Luật", "Bộ luật", "Kết luận"
    }
    i = text.indexOf('ậ', i + 1);
  }
  for (const [lit, back] of NAMED_LITERALS) {
    let k = text.indexOf(lit);
    while (k >= 0) {
      out.push(k - back);
      k = text.indexOf(lit, k + lit.length);
    }
  }
  return out.filter((x) => x >= 0).sort((x, y) => x - y);
}

/** Other trigger literals and the offset of their word start ("Nghị quyết": "ị quyết" is 3 in). */
const NAMED_LITERALS: ReadonlyArray<readonly [string, number]> = [
  ['ị quyết ', 3],
  ['Hiến pháp', 0],
  ['Pháp lệnh ', 0],
];
// "Luật", "Bộ luật", "Pháp lệnh" only with a capital: "theo luật Hàn Quốc", "công ty luật Minh Bạch" are not laws.
const NAMED_AT = /(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp) (?=\p{Lu})|Hiến pháp(?![\p{L}\p{N}])|(?:Nghị quyết|nghị quyết|Kết luận|kết luận) (?=Đại hội|Trung ương|Hội nghị Trung ương|TW \d|TƯ \d)/uy;

const WORD_BY_LOWER = new Map<string, TypeWord>(TYPE_WORDS.map((w) => [w.word, w]));
const ABBREV_LOWER = Object.keys(TYPE_ABBREVIATIONS).map((a) => a.toLowerCase());
const TYPE_WORD_ALTERNATION = [...TYPE_WORDS.map((w) => w.word), ...ABBREV_LOWER]
  .filter((w, i, all) => all.indexOf(w) === i)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A type word (and "số", ":") ending exactly where a number starts; run on a short slice. */
const TYPE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${TYPE_WORD_ALTERNATION})( số)?:? ?$`, 'u');
const LOOKBACK = 40;

interface WordHit {
  start: number;
  word: TypeWord;
  /** "số" between the word and the number. */
  so: boolean;
  /** Written with a capital ("Nghị định", "NĐ"). */
  capital: boolean;
}

/** The type word ending right before `pos` (spaces, "số", ":" allowed between). */
function typeWordBefore(ctx: ExtractContext, pos: number): WordHit | undefined {
  const from = Math.max(0, pos - LOOKBACK);
  const m = TYPE_BEFORE.exec(ctx.lower.slice(from, pos));
  if (!m) return undefined;
  const wStart = ctx.lower.indexOf(m[1], from + m.index);
  const written = ctx.text.slice(wStart, wStart + m[1].length);
  let word = WORD_BY_LOWER.get(m[1]);
  let capital = written[0] !== written[0].toLowerCase();
  if (!word || m[1].length <= 4) {
    // Abbreviations count only in capitals ("NĐ 100/2019/NĐ-CP"), never "tt" or "ct" in a word.
    const abbr = TYPE_ABBREVIATIONS[written];
    if (abbr) {
      word = WORD_BY_LOWER.get(abbr);
      capital = true;
    } else if (m[1].length <= 4 && m[1] !== 'luật' && m[1] !== 'lệnh') return undefined;
  }
  if (!word) return undefined;
  if (word.word === 'luật' || word.word === 'lệnh') {
    // "pháp luật số …", "mệnh lệnh số …" are common nouns; "bộ luật" is its own type word.
    const before = previousWord(ctx.lower, wStart);
    if (before && (NOT_LAW_BEFORE.has(before) || before === 'mệnh' || before === 'bộ')) return undefined;
  }
  return { start: wStart, word, so: m[2] !== undefined, capital };
}

const LAW_TITLE_BETWEEN = /^[\p{L}][\p{L} ,]{0,70} số:? ?$/u;
const LAW_WORDS = ['luật ', 'pháp lệnh '];

/**
 * "Bộ luật dân sự số 33/2005/QH11", "Luật Cán bộ, công chức số 22/2008/QH12": a law named in
 * lower case (as laws cite each other) before "số" and its symbol. The symbol vouches for it, so
 * the title may start in lower case here, unlike a law cited by name alone. The nearest "luật"
 * before the symbol is taken, so "Luật Đất đai, Luật Nhà ở số …" gives "Nhà ở".
 */
function lawTitleBefore(ctx: ExtractContext, pos: number): { start: number; word: TypeWord; title: string } | undefined {
  const from = Math.max(0, pos - 90);
  const lower = ctx.lower;
  const window = lower.slice(from, pos); // bounded: never search back through the whole text
  let at = -1;
  let lit = '';
  for (const w of LAW_WORDS) {
    const k = window.lastIndexOf(w);
    if (k >= 0 && from + k > at) {
      at = from + k;
      lit = w;
    }
  }
  if (at < 0 || (at > 0 && isWordChar(lower.charCodeAt(at - 1)))) return undefined;
  const tStart = at + lit.length;
  if (!LAW_TITLE_BETWEEN.test(lower.slice(tStart, pos))) return undefined;
  let wStart = at;
  let key = lit.trim();
  if (key === 'luật') {
    const prev = previousWord(lower, at);
    if (prev === 'bộ') {
      wStart = at - 3;
      key = 'bộ luật';
    } else if (prev && NOT_LAW_BEFORE.has(prev)) return undefined;
  }
  const word = WORD_BY_LOWER.get(key);
  const title = ctx.text.slice(tStart, pos).replace(/ số:? ?$/u, '').replace(/[ ,]+$/, '');
  if (!word || !title || title.split(' ').length > 10) return undefined;
  return { start: wStart, word, title };
}

function previousWord(lower: string, pos: number): string | undefined {
  let e = pos;
  if (lower.charCodeAt(e - 1) !== 32) return undefined;
  e--;
  let s = e;
  while (s > 0 && e - s < 12 && isWordChar(lower.charCodeAt(s - 1))) s--;
  return s < e ? lower.slice(s, e) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Classification of a symbol

interface Classified {
  type?: DocTypeEntry;
  issuers: string[];
  issuerEntries: Array<IssuerEntry | undefined>;
  units?: string[];
  system: 'party' | 'state';
  normative: boolean;
  term?: number;
  /** Needs a type word in front to count ("123/QĐ", "101/CP"). */
  weak: boolean;
  /** Symbol shape is a công văn (`N/ISSUER-UNIT`). */
  congVan: boolean;
}

const ALL_CAPS = /^[A-ZĐƯ][A-ZĐƯ0-9]*$/;

function isLowerCode(s: string): boolean {
  return s === s.toLowerCase();
}

function startsUpper(s: string): boolean {
  return s[0] !== s[0].toLowerCase();
}

function canonicalIssuer(written: string): { code: string; entry?: IssuerEntry; term?: number } {
  const hit = lookupIssuer(written);
  if (!hit) return { code: written };
  return { code: hit.entry.code + (hit.term !== undefined ? String(hit.term) : ''), entry: hit.entry, term: hit.term };
}

function classify(raw: RawCode): Classified | null {
  const groups = raw.groups;
  const allLower = groups.every(isLowerCode) && (raw.partyType === undefined || isLowerCode(raw.partyType));
  // Lower-case symbols ("nq-cp") count only when every group is a known code.
  if (allLower) {
    const known = groups.every((g) => lookupType(g) || lookupIssuer(g)) && (!raw.partyType || lookupType(raw.partyType));
    if (!known) return null;
  } else if (!groups.every(startsUpper)) return null;

  const issuersOf = (list: string[]) => list.map(canonicalIssuer);
  if (raw.shape === 'party') {
    const type = lookupType(raw.partyType as string);
    if (!type || (!type.party && !type.hyphenated)) return null;
    if (raw.irregular) {
      // "858CV/ĐUK" and "29-NQ-TƯ": only with a type written in capitals and a known Party issuer.
      const issuer = lookupIssuer(groups[0]);
      if (!ALL_CAPS.test(raw.partyType as string) || !issuer || issuer.entry.system !== 'party') return null;
    }
    const iss = issuersOf(groups);
    const known = iss.filter((i) => i.entry);
    const system = type.hyphenated || (known.length > 0 && known.every((i) => i.entry?.system === 'state')) ? 'state' : 'party';
    return {
      type,
      issuers: iss.map((i) => i.code),
      issuerEntries: iss.map((i) => i.entry),
      system,
      normative: type.hyphenated === true || (type.normative === true && system === 'state'),
      term: iss.find((i) => i.term !== undefined)?.term,
      weak: false,
      congVan: false,
    };
  }

  const first = groups[0];
  const type = lookupType(first);
  const stateType = type?.state ? type : undefined;
  const firstIssuer = lookupIssuer(first);
  if (raw.year !== undefined) {
    if (raw.year < 1945) return null;
    if (stateType) {
      const iss = issuersOf(groups.slice(1));
      return { type: stateType, issuers: iss.map((i) => i.code), issuerEntries: iss.map((i) => i.entry), system: 'state', normative: !stateType.neverNormative, term: iss.find((i) => i.term !== undefined)?.term, weak: false, congVan: false };
    }
    if (!ALL_CAPS.test(first) && !firstIssuer) return null;
    const iss = issuersOf(groups);
    // No type in the symbol: normative only for Quốc hội / UBTVQH ("31/2024/QH15"); other
    // year-numbered symbols are licences and registrations too ("2707/2020/XNQC-ATTP").
    const normative = firstIssuer?.entry.termed === true;
    return { issuers: iss.map((i) => i.code), issuerEntries: iss.map((i) => i.entry), system: 'state', normative, term: iss.find((i) => i.term !== undefined)?.term, weak: false, congVan: false };
  }
  if (stateType) {
    const iss = issuersOf(groups.slice(1));
    return { type: stateType, issuers: iss.map((i) => i.code), issuerEntries: iss.map((i) => i.entry), system: 'state', normative: stateType.normative === true, term: iss.find((i) => i.term !== undefined)?.term, weak: groups.length < 2, congVan: false };
  }
  if (groups.length >= 2) {
    // Công văn: issuer then unit, the issuer in capitals ("1136/UBND-VP", "3280/BGDĐT-GDTrH").
    if (!ALL_CAPS.test(first) || first.length > 12) return null;
    const iss = canonicalIssuer(first);
    return { issuers: [iss.code], issuerEntries: [iss.entry], units: groups.slice(1), system: 'state', normative: false, term: iss.term, weak: false, congVan: true };
  }
  if (firstIssuer || (ALL_CAPS.test(first) && first.length >= 2 && first.length <= 10)) {
    // "Nghị định số 101/CP" (pre-1997 form), "Bản án số 85/DSST": only after a type word.
    const iss = canonicalIssuer(first);
    return { issuers: [iss.code], issuerEntries: [iss.entry], system: 'state', normative: false, term: iss.term, weak: true, congVan: false };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Candidates

interface Candidate {
  start: number;
  end: number;
  /** End of the number or symbol (where trailing fields start). */
  refEnd: number;
  raw?: RawCode;
  cls?: Classified;
  word?: TypeWord;
  /** The type word was inherited from the previous item of a list. */
  inherited?: boolean;
  number?: string;
  year?: number;
  title?: string;
  congress?: number;
  plenum?: number;
  term?: number;
  normative?: boolean;
}

function compactCode(text: string, raw: RawCode): string {
  const end = raw.suffix ? raw.end - raw.suffix.length - 1 : raw.end;
  const written = text.slice(raw.start, end);
  // "1177/QĐ BGDĐT": the space stands for the hyphen.
  if (raw.spaceForHyphen) return written.replace(/ (?=[^ ]*$)/, '-').replace(/ /g, '');
  return written.replace(/ /g, '');
}

const GLUED_ABBREVIATION = /(?:^|[^\p{L}\p{N}])([A-ZĐ]{2,4})$/u;

/** A symbol whose number starts at `s`, or null. */
function symbolAt(t: string, s: number): Candidate | null {
  const before = s > 0 ? t.charCodeAt(s - 1) : 32;
  let glued: string | undefined;
  if (s > 0 && (isWordChar(before) || before === 47 || before === 45 || before === 46 || before === 44)) {
    // "TT24/2025/TT-BXD": a type abbreviation glued to the number.
    const g = isWordChar(before) ? GLUED_ABBREVIATION.exec(t.slice(Math.max(0, s - 5), s)) : null;
    if (!g || !TYPE_ABBREVIATIONS[g[1]]) return null;
    glued = g[1];
  }
  const raw = readCode(t, s);
  if (!raw) return null;
  const cls = classify(raw);
  if (!cls) return null;
  const cand: Candidate = { start: s, end: raw.end, refEnd: raw.end, raw, cls };
  if (glued) {
    cand.start = s - glued.length;
    cand.word = WORD_BY_LOWER.get(TYPE_ABBREVIATIONS[glued]);
  }
  return cand;
}

/** Can a symbol follow the digits ending at `e`? "/", "-", " /", " -", "." (decimal), a capital ("858CV/"). */
function symbolMayFollow(t: string, e: number): boolean {
  const c = t.charCodeAt(e);
  if (c === 47 || c === 45 || c === 46) return true;
  if (c === 32) {
    const d = t.charCodeAt(e + 1);
    return d === 47 || d === 45;
  }
  return (c >= 65 && c <= 90) || c === 0x110;
}

/**
 * One pass over the digit runs of the text: each run may start a symbol ("23-QĐ/TW") or be a
 * bare number after a type word ("Nghị định 100"). Digit runs are far rarer than letters, so
 * this is the cheapest trigger there is; everything else is a bounded look at the neighbours.
 */
function scanNumbers(ctx: ExtractContext, symbols: Map<number, Candidate>, bare: Candidate[]): void {
  const t = ctx.text;
  const triggers = ctx.triggers();
  let pos = 0; // where the next digit run may start: past the last symbol read
  for (let k = 0; k < triggers.digitCount; k++) {
    let s = triggers.digitStart(k);
    const e = triggers.digitEnd(k);
    if (e <= pos) continue;
    if (s < pos) s = pos; // a symbol ended inside this run: its rest is a run of its own
    if (symbolMayFollow(t, e)) {
      const cand = symbolAt(t, s);
      if (cand) {
        symbols.set(s, cand);
        pos = Math.max(e, (cand.raw as RawCode).end);
        continue;
      }
    }
    const b = bareAt(ctx, s);
    if (b) bare.push(b);
  }
}

/** After a title: " số: <symbol>" or " <symbol>" → the symbol's start. */
function symbolAfter(ctx: ExtractContext, pos: number, symbols: Map<number, Candidate>): Candidate | undefined {
  let i = pos;
  if (ctx.text.charCodeAt(i) !== 32) return undefined;
  i++;
  if (ctx.lower.startsWith('số', i)) {
    i += 2;
    if (ctx.text.charCodeAt(i) === 58) i++;
    if (ctx.text.charCodeAt(i) === 32) i++;
  }
  return symbols.get(i);
}

function findNamed(ctx: ExtractContext, symbols: Map<number, Candidate>, out: Candidate[]): void {
  const { text, lower } = ctx;
  let resumeAt = 0;
  for (const start of namedStarts(text)) {
    if (start < resumeAt) continue;
    NAMED_AT.lastIndex = start;
    const m = NAMED_AT.exec(text);
    if (!m) continue;
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
    const head = lower.slice(start, start + m[0].length).trim();
    const after = start + m[0].length;
    if (head === 'nghị quyết' || head === 'kết luận') {
      const ev = readPartyEvent(text, lower, after);
      if (!ev) continue;
      out.push({ start, end: ev.end, refEnd: ev.end, word: WORD_BY_LOWER.get(head === 'nghị quyết' ? 'nghị quyết' : 'kết luận'), title: ev.title, congress: ev.congress, plenum: ev.plenum, term: ev.term, normative: false });
      resumeAt = ev.end;
      continue;
    }
    const word = WORD_BY_LOWER.get(head);
    if (!word) continue;
    if (word.word === 'luật') {
      const prev = previousWord(lower, start);
      if (prev && (NOT_LAW_BEFORE.has(prev) || prev === 'bộ')) continue;
    }
    if (word.word === 'hiến pháp') {
      // "Hiến pháp", "Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992".
      const yearEnd = readHienPhapYear(lower, start + 'hiến pháp'.length);
      if (yearEnd.year === undefined && !hienPhapIsCited(lower, start)) continue;
      out.push({ start, end: yearEnd.end, refEnd: yearEnd.end, word, year: yearEnd.year, normative: true });
      resumeAt = yearEnd.end;
      continue;
    }
    const title = readTitle(text, lower, after);
    if (!title) continue;
    const sym = symbolAfter(ctx, title.titleEnd, symbols);
    if (sym && !sym.word) {
      sym.start = start;
      sym.word = word;
      sym.title = title.title;
      resumeAt = sym.end;
      continue;
    }
    out.push({ start, end: title.end, refEnd: title.end, word, title: title.title, year: title.year, normative: true });
    resumeAt = title.end;
  }
}

/** Before a bare "Hiến pháp": "Căn cứ (vào) Hiến pháp", "Điều 69 (của) Hiến pháp", "khoản 2 Điều 8 Hiến pháp". */
const HIEN_PHAP_CITED_BEFORE = /(?:căn cứ (?:vào )?|điều \d{1,3}(?: của)? )$/u;
const HIEN_PHAP_COUNTRY = ' nước cộng hòa xã hội chủ nghĩa việt nam';

/**
 * "Hiến pháp" without a year is a record only when the text cites it as a document: a căn cứ, an
 * article of it, or its full name. Generic mentions ("trái với Hiến pháp, luật", "theo Hiến pháp
 * và pháp luật", "làm Hiến pháp") and foreign ones ("Hiến pháp Mỹ") are not references.
 */
function hienPhapIsCited(lower: string, start: number): boolean {
  if (lower.startsWith(HIEN_PHAP_COUNTRY, start + 'hiến pháp'.length)) return true;
  return HIEN_PHAP_CITED_BEFORE.test(lower.slice(Math.max(0, start - 20), start));
}

const HIEN_PHAP_YEAR = /(?: năm| nước cộng hòa xã hội chủ nghĩa việt nam năm)? ((?:19|20)\d\d)(?![\p{L}\p{N}])/uy;

function readHienPhapYear(lower: string, i: number): { end: number; year?: number } {
  HIEN_PHAP_YEAR.lastIndex = i;
  const m = HIEN_PHAP_YEAR.exec(lower);
  return m ? { end: i + m[0].length, year: Number(m[1]) } : { end: i };
}

/** Last two letters of the bare-number type words and of "số" ("định", "quyết", "thị", "tư", "NĐ" …). */
const BARE_ENDINGS: ReadonlySet<string> = new Set(['nh', 'ết', 'hị', 'tư', 'ận', 'ện', 'ăn', 'án', 'nđ', 'nd', 'nq', 'qđ', 'qd', 'tt', 'ct', 'kl', 'số']);
/**
 * The same pairs as code units, second units by first one: tested at every digit run without a
 * substring, and with small-integer keys (one number `a * 0x10000 + b` would be a heap number).
 */
const BARE_ENDING_CODES: ReadonlyMap<number, ReadonlySet<number>> = (() => {
  const byFirst = new Map<number, Set<number>>();
  for (const e of BARE_ENDINGS) {
    const a = e.charCodeAt(0);
    let seconds = byFirst.get(a);
    if (seconds === undefined) byFirst.set(a, (seconds = new Set()));
    seconds.add(e.charCodeAt(1));
  }
  return byFirst;
})();

function isBareEnding(a: number, b: number): boolean {
  const seconds = BARE_ENDING_CODES.get(a);
  return seconds !== undefined && seconds.has(b);
}

/** "Nghị định 100", "Thông tư 01/2025", "Quyết định số 1868": a bare number starting at `p`. */
function bareAt(ctx: ExtractContext, p: number): Candidate | null {
  const { text, lower } = ctx;
  let q = p;
  if (lower.charCodeAt(q - 1) === 32) q--;
  if (lower.charCodeAt(q - 1) === 58) q--;
  if (lower.charCodeAt(q - 1) === 32) q--;
  if (q < 2 || !isBareEnding(lower.charCodeAt(q - 2), lower.charCodeAt(q - 1))) return null;
  const hit = typeWordBefore(ctx, p);
  if (!hit || !hit.word.bare) return null;
  const isAbbreviation = hit.word.word !== lower.slice(hit.start, hit.start + hit.word.word.length);
  if (!hit.capital && !hit.so) return null;
  let i = p;
  while (i < text.length && i - p < 6 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i - p > 5) return null;
  const number = text.slice(p, i);
  let end = i;
  let year: number | undefined;
  const c = text.charCodeAt(i);
  if (c === 47) {
    // "Thông tư 01/2025": a year; any other "/…" (a date, a symbol) is not a bare number.
    const y = /^((?:19|20)\d\d)(?![\p{L}\p{N}/-])/u.exec(text.slice(i + 1, i + 6));
    if (!y) return null;
    year = Number(y[1]);
    end = i + 5;
  } else if (isWordChar(c) || ((c === 44 || c === 46 || c === 45) && isWordChar(text.charCodeAt(i + 1)) && text.charCodeAt(i + 1) <= 57)) return null;
  if (isAbbreviation && year === undefined && !hit.so) return null;
  if (text.charCodeAt(end) === 32) {
    let e = end + 1;
    while (e < text.length && e - end < 12 && isWordChar(lower.charCodeAt(e))) e++;
    if (BARE_NUMBER_UNITS.has(lower.slice(end + 1, e))) return null;
  }
  if (text.charCodeAt(end) === 37 /* % */) return null;
  return { start: hit.start, end, refEnd: end, word: hit.word, number, year, normative: hit.word.normative === true };
}

// ---------------------------------------------------------------------------------------------
// Records

const LIST_GAP = /^(?:, ?| và | hoặc | ?; ?|, và |, hoặc )(?:các )?(?:số )?$/;
const TERM_IN_BODY = /(?:khóa|khoá) ([IVXL]+|\d{1,2})$/;
/** "của Hội nghị Trung ương 4 khóa XIII": the plenum of the issuing body. */
const PLENUM_IN_BODY = /^Hội nghị (?:Ban Chấp hành )?Trung ương (\d{1,2})(?!\d)/;
/** "của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng": the plenum as an ordinal. */
const PLENUM_ORDINAL_IN_BODY = /^Hội nghị lần thứ (\p{L}+(?: \p{L}+)?|\d{1,2}) Ban Chấp hành Trung ương/u;

/** Symbol type codes that a written type word admits besides its own ("Thông tư" → "TTLT"). */
const WORD_ADMITS: Readonly<Record<string, readonly string[]>> = {
  TT: ['TTLT'],
  NQ: ['NQLT'],
  QyĐ: ['QĐ', 'QĐi'],
  QĐ: ['QĐi', 'QĐNS'],
  L: ['LCT'],
};

function typeCodesAgree(word: TypeWord, code: string): boolean {
  const w = word.code as string;
  return w === code || word.partyCode === code || (WORD_ADMITS[w]?.includes(code) ?? false);
}

function typeNameFor(c: Candidate): { typeCode?: string; typeName?: string } {
  const word = c.word && !c.word.generic ? c.word : undefined;
  const type = c.cls?.type;
  // "LUẬT SỐ 18-L/CTN": a law promulgated by an order keeps the name its text gives it.
  if (type && word?.named && type.hyphenated) return { typeCode: type.code, typeName: word.name };
  if (word?.overridesSymbol) return { typeName: word.name };
  // "Công điện số 541/CT-TTg": the word written in front is the type; the symbol's type code
  // contradicts it (a typo in the symbol, or a code of another document), so it yields.
  if (type && word?.code && !c.inherited && !typeCodesAgree(word, type.code)) return { typeCode: word.code, typeName: word.name };
  if (type) {
    if (c.cls?.system === 'party' || c.raw?.shape === 'party') {
      if (type.ambiguousInParty && word?.word === 'quy định') return { typeCode: type.code, typeName: 'Quy định' };
      return { typeCode: type.code, typeName: type.partyName ?? type.name };
    }
    return { typeCode: type.code, typeName: type.name };
  }
  if (word) return { typeCode: c.raw ? undefined : word.code, typeName: word.name };
  if (c.cls?.congVan) return { typeName: 'Công văn' };
  return {};
}

/**
 * A person as the subject ("Chủ tịch UBND TP Hà Nội Chu Ngọc Anh đã ban hành", "Thủ tướng Phạm
 * Minh Chính ban hành"): the name would be read into the body, so no issuer is taken from it.
 */
function personAsIssuer(value: string): boolean {
  const lower = value.toLowerCase();
  if (/^(?:phó )?chủ tịch /.test(lower)) return true;
  return lower.startsWith('thủ tướng') && lower !== 'thủ tướng' && lower !== 'thủ tướng chính phủ';
}

function toRecord(ctx: ExtractContext, c: Candidate, limit: number): { record: DocumentRecord; fieldsEnd: number } {
  const { typeCode, typeName } = typeNameFor(c);
  const codes = c.cls ? c.cls.issuers.map((code, k) => ({ code, system: c.cls?.issuerEntries[k]?.system })) : [];
  const ref = ctx.reference;
  const tr = readTrailing(ctx.text, ctx.lower, c.refEnd, limit, (body) => bodyFits(body, typeName, codes), ref, c.raw !== undefined && inBasisLine(ctx.lower, c.start));
  if (!tr.issuedOn) {
    // "Luật số: 91/2015/QH13\n\nHà Nội, ngày 24 tháng 11 năm 2015": the header's place-and-date line.
    const header = readHeaderDate(ctx.text, ctx.lower, c.start, c.end);
    if (header) tr.issuedOn = header;
  }
  if (!tr.issuedOn) {
    // "Ngày 5/8/2024, Thanh tra Chính phủ ban hành Kết luận số 1689/KL-TTCP": the clause's date.
    const before = readIssueDateBefore(ctx.lower, c.start, ref);
    if (before) tr.issuedOn = before;
  }
  if (!tr.issuedBy) {
    // "UBND tỉnh X vừa ban hành Quyết định số ...": a known kind of body as the clause's subject.
    const before = readIssuerBefore(ctx.text, ctx.lower, c.start);
    if (before && bodyKind(before.value) !== 'other' && !personAsIssuer(before.value) && bodyFits(before.value, typeName, codes)) tr.issuedBy = before;
  }
  // A law cited by name has its title; "về …" after it belongs to the sentence ("Nghị định 53
  // hướng dẫn Luật Dược về các thông tin …").
  if (c.title && !c.raw) tr.subject = undefined;
  const span = ctx.span(c.start, c.end);
  const record: DocumentRecord = { ...span, issuerCode: [], legalNormative: false };
  if (c.raw && c.cls) {
    record.code = compactCode(ctx.text, c.raw);
    record.number = c.raw.number;
    record.issuerCode = c.cls.issuers;
    const lead = c.cls.issuerEntries.find((e) => e);
    if (lead && c.cls.issuerEntries[0]) record.issuerName = c.cls.issuerEntries[0].name;
    else if (lead && c.cls.issuers.length === 1) record.issuerName = lead.name;
    record.system = c.cls.system;
    if (c.raw.year !== undefined) record.year = c.raw.year;
    record.legalNormative = c.cls.normative || (c.word?.normative === true && c.cls.system === 'state' && c.word.word !== 'quy định');
    const corporate = c.cls.issuers.find((code) => CORPORATE_ISSUERS.has(code));
    if (corporate !== undefined) {
      // A company's own resolution: no law, and neither the State's nor the Party's numbering.
      record.legalNormative = false;
      delete record.system;
      if (record.issuerName === undefined) record.issuerName = CORPORATE_ISSUERS.get(corporate);
    }
    if (c.cls.term !== undefined) record.term = c.cls.term;
    if (c.cls.units) record.unitCode = c.cls.units;
    if (c.raw.suffix) record.suffix = c.raw.suffix;
  } else {
    if (c.number !== undefined) record.number = c.number;
    if (c.year !== undefined) record.year = c.year;
    record.legalNormative = c.normative === true;
    if (c.congress !== undefined || c.plenum !== undefined) record.system = 'party';
  }
  if (typeCode) record.typeCode = typeCode;
  if (typeName) record.typeName = typeName;
  if (c.title) record.title = c.title;
  if (c.congress !== undefined) record.congress = c.congress;
  if (c.plenum !== undefined) record.plenum = c.plenum;
  if (c.term !== undefined) record.term = c.term;
  if (tr.issuedOn) {
    record.issuedOn = tr.issuedOn.value;
    record.issuedOnSpan = ctx.span(tr.issuedOn.start, tr.issuedOn.end);
    if (tr.issuedOn.yearInferred) record.issuedOnInferred = ['year'];
    else if (record.year === undefined) record.year = Number(tr.issuedOn.value.slice(0, 4));
  }
  if (tr.issuedBy) {
    record.issuedBy = tr.issuedBy.value;
    record.issuedBySpan = ctx.span(tr.issuedBy.start, tr.issuedBy.end);
    const pl = PLENUM_IN_BODY.exec(tr.issuedBy.value);
    if (pl && record.plenum === undefined) record.plenum = Number(pl[1]);
    const po = PLENUM_ORDINAL_IN_BODY.exec(tr.issuedBy.value);
    if (po && record.plenum === undefined) {
      const n = /^\d/.test(po[1]) ? Number(po[1]) : PLENUM_ORDINALS[po[1].toLowerCase()];
      if (n !== undefined) record.plenum = n;
    }
    const k = TERM_IN_BODY.exec(tr.issuedBy.value);
    if (k && record.term === undefined) {
      const n = readOrdinal(k[1]);
      if (n !== undefined) record.term = n;
    }
  }
  if (tr.subject) {
    record.subject = tr.subject.value;
    record.subjectSpan = ctx.span(tr.subject.start, tr.subject.end);
  }
  return { record, fieldsEnd: tr.fieldsEnd };
}

export function extractDocuments(ctx: ExtractContext): DocumentRecord[] {
  const symbols = new Map<number, Candidate>();
  const others: Candidate[] = [];
  scanNumbers(ctx, symbols, others);
  findNamed(ctx, symbols, others);
  for (const c of symbols.values()) {
    if (c.word) continue;
    const hit = typeWordBefore(ctx, c.start);
    if (hit) {
      c.word = hit.word;
      c.start = hit.start;
      continue;
    }
    const law = lawTitleBefore(ctx, c.start);
    if (law) {
      c.word = law.word;
      c.start = law.start;
      c.title = law.title;
    }
  }

  const all: Candidate[] = [];
  for (const c of symbols.values()) all.push(c);
  for (const c of others) all.push(c);
  all.sort((a, b) => a.start - b.start || b.end - a.end);

  // Overlaps: a reference with a symbol wins over one without, else the first (longest) wins.
  const kept: Candidate[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.raw && !last.raw) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }

  const records: DocumentRecord[] = [];
  let prev: { cand: Candidate; fieldsEnd: number } | undefined;
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i];
    // Lists: "Nghị quyết số 18-NQ/TW và 19-NQ/TW" — the second item shares the type word.
    if (c.raw && !c.word && prev?.cand.raw && prev.cand.word && LIST_GAP.test(ctx.lower.slice(prev.fieldsEnd, c.start))) {
      c.word = prev.cand.word;
      c.inherited = true;
    }
    if (c.cls?.weak && !c.word) {
      prev = undefined;
      continue;
    }
    const limit = i + 1 < kept.length ? kept[i + 1].start : ctx.text.length;
    const { record, fieldsEnd } = toRecord(ctx, c, limit);
    records.push(record);
    prev = { cand: c, fieldsEnd };
  }
  return records;
}

export const documentsExtractor: Extractor<'documents'> = {
  type: 'documents',
  extract: (ctx) => extractDocuments(ctx),
};

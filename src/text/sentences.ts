/**
 * A sentence splitter that knows Vietnamese abbreviations ("TP.", "GS.TS.", "ThS.", "PGS.", "Q.")
 * and the closing marks of official text ("/." and "./."). Every line break ends a sentence:
 * news and legal text put one paragraph per line.
 *
 * A sentence ends at ". ! ? …" (and closing quotes or brackets after them) followed by a space and
 * something that can start a sentence (a capital, a digit, a quote, a bracket, a dash), or by the end
 * of the line. A full stop after a known abbreviation, a chain of them ("PGS.TS.BS."), or a single
 * capital (an initial: "Nguyễn V. A.") does not end a sentence, nor does the full stop of a list
 * marker or heading number at the start of a sentence ("1. Người", "Điều 2. Phạm vi"). One pass
 * over the text, linear.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Words that a full stop follows without ending the sentence (compared lower-cased). Chains of
 * them joined by "." ("gs.ts", "ths.bs") are abbreviations too. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // academic and professional titles
  'tp', 'gs', 'pgs', 'ts', 'ths', 'tskh', 'bs', 'bsck', 'bsckii', 'ckii', 'cki', 'ck', 'ks', 'kts', 'cn', 'ls',
  'ncs', 'ds', 'th.s', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'nxb', 'tr',
  // places: quận, phường, huyện, thị xã, thị trấn, đường, xã
  'q', 'p', 'h', 'tx', 'tt', 'đ', 'x',
]);

// A line break, or a run of terminators with the closing quotes and brackets after it.
const BREAK = /\n|(?:\.\/\.|\/\.|[.!?…]+)["'”’»)\]]*/g;
const SENTENCE_STARTER = /[\p{Lu}\d"'“‘«(\[-]/u;
const ABBREVIATION_CHAR = /[\p{L}.]/u;
const MAX_ABBREVIATION = 16;
/** What may stand alone before a full stop at the start of a sentence without ending it: list
 * markers ("1", "2.1", "a", "IV") and heading numbers ("Điều 2", "Chương IV", "Mục 3", "Khoản 1"). */
const HEADING = /\s*(?:(?:Điều|Chương|Mục|Phần|Khoản|Tiểu mục|Bước|Câu|Bài)\s+)?(?:\d{1,4}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[a-zđ])/uy;
const MAX_HEADING = 24;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 11 || c === 0xa0;
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  let s = dot;
  // Bounded look-back: an abbreviation is short, and a long run of dots must stay linear.
  while (s > 0 && dot - s < MAX_ABBREVIATION && ABBREVIATION_CHAR.test(text[s - 1])) s--;
  if (s > 0 && dot - s >= MAX_ABBREVIATION && ABBREVIATION_CHAR.test(text[s - 1])) return false;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("Q. Ba Đình", "Nguyễn V. A.").
  if (word.length === 1) return text[s] !== word;
  // A chain of abbreviations: "gs.ts", "pgs.ts.bs".
  // A chain of abbreviations or initials: "gs.ts", "pgs.ts.bs", "N.V.A" (not "v.v", which often ends one).
  if (word.indexOf('.') > 0) {
    const parts = text.slice(s, dot).split('.');
    return parts.every((p) => p.length > 0 && (ABBREVIATIONS.has(p.toLowerCase()) || (p.length === 1 && p !== p.toLowerCase())));
  }
  return false;
}

/** Splits an already normalised string; offsets are indices into that string. */
export function splitSentencesNormalized(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  };
  let sentenceStart = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
    const mark = m[0];
    if (mark === '\n') {
      push(sentenceStart, m.index);
      sentenceStart = m.index + 1;
      continue;
    }
    const end = m.index + mark.length;
    // A mark inside a token ("1.250", "TP.HCM", "v.v") ends nothing.
    if (end < n && !isSpace(text.charCodeAt(end))) continue;
    const plainDot = mark.charCodeAt(0) === 46 && (mark.length === 1 || !/^[.!?…]/.test(mark[1]) && mark[1] !== '/');
    if (plainDot && isAbbreviationBefore(text, m.index)) continue;
    // "1. Người ...", "a. ...", "Điều 2. Phạm vi": a list marker or a heading number, not a sentence.
    if (plainDot && m.index - sentenceStart <= MAX_HEADING) {
      HEADING.lastIndex = sentenceStart;
      if (HEADING.test(text) && HEADING.lastIndex === m.index) continue;
    }
    // After the mark, a sentence starts with a capital, a digit, a quote, a bracket or a dash.
    let k = end;
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < n && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13 && !SENTENCE_STARTER.test(text[k])) continue;
    push(sentenceStart, end);
    sentenceStart = end;
  }
  push(sentenceStart, n);
  return out;
}

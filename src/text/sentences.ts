/**
 * A sentence splitter that knows Vietnamese abbreviations ("TP.", "GS.TS.", "ThS.", "PGS.", "Q.")
 * and the closing marks of official text ("/." and "./."). Every line break ends a sentence:
 * news and legal text put one paragraph per line.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Words that a full stop follows without ending the sentence (compared lower-cased). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'tp', 'gs', 'pgs', 'ts', 'ths', 'tskh', 'bs', 'bsck', 'ks', 'cn', 'ls', 'nxb', 'q', 'p', 'tt', 'tx',
  'h', 'đ', 'st', 'mr', 'mrs', 'ms', 'dr', 'vs', 'v.v', 'tr', 'th.s', 'pgs.ts', 'gs.ts', 'gs.tskh',
]);

const TERMINATOR = /(?:\.\/\.|\/\.|[.!?…]+)["'”’)\]]*/gu;

function isAbbreviationBefore(text: string, dot: number): boolean {
  let s = dot;
  // Bounded look-back: an abbreviation is short, and a long run of dots must stay linear.
  while (s > 0 && dot - s < 12 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("Q. Ba Đình", "Nguyễn V. A.").
  return word.length === 1 && text[s] !== text[s].toLowerCase();
}

/** Splits an already normalised string; offsets are indices into that string. */
export function splitSentencesNormalized(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let sentenceStart = lineStart;
    TERMINATOR.lastIndex = lineStart;
    let m: RegExpExecArray | null;
    while ((m = TERMINATOR.exec(text)) && m.index < lineEnd) {
      const end = Math.min(m.index + m[0].length, lineEnd);
      const next = text[end];
      const atBoundary = end >= lineEnd || /\s/.test(next ?? '');
      const plainDot = m[0][0] === '.' && !m[0].startsWith('./.') && m[0].replace(/["'”’)\]]+$/u, '') === '.';
      if (!atBoundary) continue;
      if (plainDot && isAbbreviationBefore(text, m.index)) continue;
      // After the mark, a sentence starts with a capital, a digit, a quote or a bracket.
      let k = end;
      while (k < lineEnd && text[k] === ' ') k++;
      const starter = text[k];
      if (k < lineEnd && starter !== undefined && !/[\p{Lu}\d"'“(\[-]/u.test(starter)) continue;
      push(sentenceStart, end);
      sentenceStart = end;
    }
    push(sentenceStart, lineEnd);
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

import { normalize } from './normalize';
import { tokenizeNormalized, type TokenKind } from './tokenize';
import { splitSentencesNormalized } from './sentences';

/** A token with offsets into the caller's original string. */
export interface PublicToken {
  kind: TokenKind;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** The token as normalised for matching (NFC, one tone placement, plain dashes). */
  normalized: string;
  start: number;
  end: number;
}

/** Tokenizes Vietnamese text; offsets point into `input` whatever normalisation happened inside. */
export function tokenize(input: string): PublicToken[] {
  const norm = normalize(input);
  return tokenizeNormalized(norm.text).map((t) => {
    const start = norm.originalStart(t.start);
    const end = norm.originalEnd(t.end);
    return { kind: t.kind, text: input.slice(start, end), normalized: t.text, start, end };
  });
}

/** Splits Vietnamese text into sentences; each has `text === input.slice(start, end)`. */
export function splitSentences(input: string): { text: string; start: number; end: number }[] {
  const norm = normalize(input);
  return splitSentencesNormalized(norm.text).map((s) => {
    const start = norm.originalStart(s.start);
    const end = norm.originalEnd(s.end);
    return { text: input.slice(start, end), start, end };
  });
}

/**
 * A tokenizer with offsets. Document codes ("23-QĐ/TW", "30/2020/NĐ-CP") and date-like tokens
 * ("30/7/2021") stay whole; numbers keep their Vietnamese format ("1.250", "17,6", "3.765,47").
 */

export type TokenKind = 'code' | 'date' | 'number' | 'word' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

// Tried in this order at each position; the first that matches wins. All are sticky (y) so the
// scan never searches ahead, and none can backtrack more than a token's length.
const TOKEN_RULES: ReadonlyArray<readonly [TokenKind, RegExp]> = [
  // Number (or number + letters, "858CV") then a symbol with at least one letter group after - or /.
  ['code', /\d[\d.]*[\p{L}]*(?: ?[-/] ?\d{4})?(?: ?[-/] ?)(?=[\p{L}])[\p{L}\d]+(?:[-/.&][\p{L}\d]+)*/uy],
  ['date', /\d{1,2}([/.-])\d{1,2}(?:\1\d{4}|\1\d{2})?(?![\d\p{L}])/uy],
  ['number', /(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|,\d+)(?![\d])/uy],
  ['word', /[\p{L}\p{M}][\p{L}\p{M}\d]*/uy],
  ['punct', /[^\s\p{L}\p{M}\d]/uy],
];

const SPACE = /\s+/y;

/** Tokenizes an already normalised string; offsets are indices into that string. */
export function tokenizeNormalized(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const n = text.length;
  outer: while (pos < n) {
    SPACE.lastIndex = pos;
    if (SPACE.test(text)) {
      pos = SPACE.lastIndex;
      continue;
    }
    for (const [kind, re] of TOKEN_RULES) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        tokens.push({ kind, text: m[0], start: pos, end: pos + m[0].length });
        pos += m[0].length;
        continue outer;
      }
    }
    // A lone surrogate or a character no rule claims: one code unit of punctuation.
    tokens.push({ kind: 'punct', text: text[pos], start: pos, end: pos + 1 });
    pos += 1;
  }
  return tokens;
}

/**
 * Where currency names are looked for. The one currency regex (CURRENCY_TRIGGER, a trie of every
 * name) used to run over the whole lower-cased text: almost every letter may start a name, so the
 * engine dispatched at every position (the biggest single cost of the pipeline). A name only ever
 * makes money next to a number, so this file finds the few positions where that is possible and
 * runs the same regex, sticky, only there, with exactly the matches the global scan would give.
 *
 * Candidates (a superset of the starts of every name `extractMoney` can accept):
 *  - after a digit run: "500.000đ", "5 tỷ đồng", "10k đồng" (suffix form);
 *  - before a digit run: a prefix name ending at it or one space before it: "USD 5", "$10";
 *  - after a number word and one space: "hai triệu đồng", "nửa tỷ đồng";
 *  - any symbol that starts a name ("hai$", "10k€"): symbols are rare.
 *
 * Each candidate is judged on its own, left to right; a name found at one hides the candidates
 * inside it ("đô la" hides "la"). The version before the shared trigger scan also replayed the
 * regex between candidates, to mimic a global scan of the whole text where a name matched far from
 * any number could hide a candidate; dropping that changed no record on the 25 MB corpus or the
 * fixtures, and a name that makes no money should not hide one that does.
 */
import { CURRENCY_TRIGGER, NAME_INFO } from './lexicon-compiled';
import { NUMBER_WORDS } from './lexicon';
import { isLetterCode } from '../../text/charclass';
import { defineTriggers, type TriggerHits } from '../../text/triggers';

/** The currency regex, sticky: tried at one position. */
const AT = new RegExp(CURRENCY_TRIGGER.source, 'y');

const LETTER = /[\p{L}\p{M}]/u;

/**
 * A set of pairs of code units, as second units by first one: keys stay small integers (a single
 * number `a * 0x10000 + b` is past the small-integer range, a heap number per lookup).
 * A NaN unit (past the end of a string) is in no pair.
 */
class PairSet {
  private readonly byFirst = new Map<number, Set<number>>();

  add(a: number, b: number): void {
    let seconds = this.byFirst.get(a);
    if (seconds === undefined) this.byFirst.set(a, (seconds = new Set()));
    seconds.add(b);
  }

  has(a: number, b: number): boolean {
    const seconds = this.byFirst.get(a);
    return seconds !== undefined && seconds.has(b);
  }
}

/** Prefix names ("usd", "$", "us$") by their last code unit. */
const PREFIX_BY_LAST: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const [name, info] of NAME_INFO) {
    if (!info.prefix) continue;
    const last = name.charCodeAt(name.length - 1);
    const list = map.get(last) ?? [];
    list.push(name);
    map.set(last, list);
  }
  return map;
})();

/** Characters that start a name and are no letter ("$", "₫", "€"): a name may start there glued to anything. */
const SYMBOL_STARTS = [...new Set([...NAME_INFO.keys()].map((n) => n[0]).filter((c) => !LETTER.test(c)))];

/**
 * The shared trigger scan's words and symbols for money: number words (followed by a space, the
 * form a name can follow) and the characters that start a name and are no letter. Digit runs come
 * from the same scan. Number words are single letter runs, so a word start whose word is one,
 * followed by a space, is exactly where a global regex `\d+|[symbols]|(?:number words) ` would
 * have matched a whole number word; its matches inside words were rejected anyway.
 */
export const MONEY_TRIGGERS = defineTriggers('money', () => Object.keys(NUMBER_WORDS), SYMBOL_STARTS.join(''));

/** One-character names ("đ", "$") and the first two code units of longer ones. */
const NAME_SINGLE: ReadonlySet<number> = new Set([...NAME_INFO.keys()].filter((n) => n.length === 1).map((n) => n.charCodeAt(0)));
const NAME_START_PAIRS: PairSet = (() => {
  const pairs = new PairSet();
  for (const n of NAME_INFO.keys()) if (n.length > 1) pairs.add(n.charCodeAt(0), n.charCodeAt(1));
  return pairs;
})();

/** Can a name start at `a`? Every match of the currency regex is a name, so elsewhere it cannot match. */
function mayStartName(lower: string, a: number): boolean {
  const c = lower.charCodeAt(a);
  return NAME_SINGLE.has(c) || NAME_START_PAIRS.has(c, lower.charCodeAt(a + 1));
}


/** Sorted positions (maybe repeated) where an accepted currency name may start. */
function candidatePositions(lower: string, triggers: TriggerHits): number[] {
  const out: number[] = [];
  for (let k = 0; k < triggers.digitCount; k++) {
    const s = triggers.digitStart(k);
    const e = triggers.digitEnd(k);
    // Suffix form: right after the digits, after one space, after "k" or "k ".
    const c = lower.charCodeAt(e);
    if (mayStartName(lower, e)) out.push(e);
    if (c === 32 || c === 107 /* k */) {
      if (mayStartName(lower, e + 1)) out.push(e + 1);
      if (c === 107 && lower.charCodeAt(e + 1) === 32 && mayStartName(lower, e + 2)) out.push(e + 2);
    }
    // Prefix form: a prefix name ending at the digits or one space before them.
    for (let j = 0; j < 2; j++) {
      const end = j === 0 ? s : s - 1;
      if (j === 1 && lower.charCodeAt(end) !== 32) break;
      if (end <= 0) break;
      const names = PREFIX_BY_LAST.get(lower.charCodeAt(end - 1));
      if (!names) continue;
      for (const name of names) if (end - name.length >= 0 && lower.startsWith(name, end - name.length)) out.push(end - name.length);
    }
  }
  const starts = triggers.starts(MONEY_TRIGGERS);
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    if (!isLetterCode(lower.charCodeAt(s))) {
      out.push(s); // a name symbol
      continue;
    }
    let e = s + 1;
    while (isLetterCode(lower.charCodeAt(e))) e++;
    // After a whole number word and its space.
    if (lower.charCodeAt(e) === 32 && mayStartName(lower, e + 1)) out.push(e + 1);
  }
  out.sort((a, b) => a - b);
  return out;
}

/** Calls `onMatch(name, start)` for the currency name at each candidate position, in text order. */
export function forEachCurrencyName(lower: string, triggers: TriggerHits, onMatch: (name: string, start: number) => void): void {
  const cands = candidatePositions(lower, triggers);
  let coverEnd = 0; // end of the last match found: positions before it are inside a match
  let prev = -1;
  for (const a of cands) {
    if (a === prev) continue;
    prev = a;
    if (a < coverEnd) continue;
    AT.lastIndex = a;
    const m = AT.exec(lower);
    if (!m) continue;
    coverEnd = a + m[0].length;
    onMatch(m[0], a);
  }
}

/**
 * One scan of the lower-cased text for every extractor's triggers, instead of one regex pass per
 * extractor. The scan walks the text once, reads each letter run while hashing it (no substring, no
 * object per word) and looks the hash up in one small table holding the trigger words of every
 * extractor; digit runs and trigger symbols ("$", "€") are noted on the way.
 *
 * Extractors declare their words at load with `defineTriggers` (a word is the first letter run of
 * a keyword: "chủ" for "chủ nhật"). The table is built on the first scan. A hit means "this word
 * may start one of your keywords": a hash collision only adds a candidate, never loses one, and
 * each extractor confirms its candidates with its own sticky regex. So a rule written as a global
 * regex and the same rule driven by these hits find the same matches; the equivalence argument for
 * each extractor sits next to its loop.
 *
 * Letters are `isLetterCode` (letters and combining marks), the one word boundary every extractor
 * uses; digits are ASCII "0"-"9" (normalisation folds full-width digits), as in `\d`.
 */
import { isLetterCode } from './charclass';

/** A named set of trigger words and symbols, registered once at module load. */
export interface TriggerSet {
  readonly name: string;
  /** The set's bit in a hit's mask. */
  readonly bit: number;
}

interface Definition {
  set: TriggerSet;
  words: () => Iterable<string>;
  symbols: string;
}

const definitions: Definition[] = [];

/**
 * Declares an extractor's trigger words (each a letter run, lower case) and one-character
 * symbols. `words` is called once, on the first scan, so a lexicon built lazily stays lazy.
 */
export function defineTriggers(name: string, words: () => Iterable<string>, symbols = ''): TriggerSet {
  if (definitions.length >= 30) throw new Error('vn-extract: too many trigger sets');
  const set: TriggerSet = { name, bit: 1 << definitions.length };
  definitions.push({ set, words, symbols });
  table = null;
  return set;
}

// Character classes, filled lazily per code unit: 0 not yet known.
const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
const SYMBOL = 4;

interface Table {
  /** Open addressing over word hashes; 0 marks an empty slot (hashes are made odd). */
  keys: Int32Array;
  masks: Int32Array;
  slotMask: number;
  classes: Uint8Array;
  /** Set mask of each trigger symbol, by code unit. */
  symbolMasks: Map<number, number>;
}

let table: Table | null = null;

const HASH_SEED = 0x811c9dc5 | 0;

function step(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function finish(h: number): number {
  return (h ^ (h >>> 15)) | 1;
}

function slotOf(h: number, slotMask: number): number {
  return (h ^ (h >>> 11)) & slotMask;
}

function classify(c: number): number {
  if (c >= 48 && c <= 57) return DIGIT;
  return isLetterCode(c) ? LETTER : OTHER;
}

function compile(): Table {
  const byHash = new Map<number, number>();
  const symbolMasks = new Map<number, number>();
  for (const d of definitions) {
    for (const word of d.words()) {
      let h = HASH_SEED;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (!isLetterCode(c)) throw new Error(`vn-extract: trigger word "${word}" of ${d.set.name} is not one letter run`);
        h = step(h, c);
      }
      if (word.length === 0) continue;
      h = finish(h);
      byHash.set(h, (byHash.get(h) ?? 0) | d.set.bit);
    }
    for (let i = 0; i < d.symbols.length; i++) {
      const c = d.symbols.charCodeAt(i);
      if (classify(c) !== OTHER) throw new Error(`vn-extract: trigger symbol "${d.symbols[i]}" of ${d.set.name} is a letter or digit`);
      symbolMasks.set(c, (symbolMasks.get(c) ?? 0) | d.set.bit);
    }
  }
  let size = 64;
  while (size < byHash.size * 4) size *= 2;
  const keys = new Int32Array(size);
  const masks = new Int32Array(size);
  const slotMask = size - 1;
  for (const [h, m] of byHash) {
    let s = slotOf(h, slotMask);
    while (keys[s] !== 0) s = (s + 1) & slotMask;
    keys[s] = h;
    masks[s] = m;
  }
  const classes = new Uint8Array(0x10000);
  for (const c of symbolMasks.keys()) classes[c] = SYMBOL;
  return { keys, masks, slotMask, classes, symbolMasks };
}

/** A growable list of int32 records, `width` ints each. */
class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }

  push3(a: number, b: number, c: number): void {
    if (this.length + 3 > this.data.length) this.grow();
    const d = this.data;
    d[this.length] = a;
    d[this.length + 1] = b;
    d[this.length + 2] = c;
    this.length += 3;
  }

  private grow(): void {
    const next = new Int32Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}

/** What one scan found. Positions are indices into the scanned (normalised, lower-cased) text. */
export class TriggerHits {
  /** Digit runs as (start, end, 0) triples, in text order. */
  readonly digits: Int32Array;
  readonly digitCount: number;
  /** Trigger words and symbols as (start, end, set mask) triples, in text order. */
  private readonly hits: Int32Array;
  private readonly hitCount: number;
  /** `starts` by set bit: each extractor asks once or twice. */
  private readonly startsCache = new Map<number, Int32Array>();

  constructor(digits: IntList, hits: IntList) {
    this.digits = digits.data;
    this.digitCount = digits.length / 3;
    this.hits = hits.data;
    this.hitCount = hits.length / 3;
  }

  /** Start of digit run `k` (0-based, text order). */
  digitStart(k: number): number {
    return this.digits[3 * k];
  }

  /** End of digit run `k`. */
  digitEnd(k: number): number {
    return this.digits[3 * k + 1];
  }

  /** Starts of the words and symbols of `set`, in text order (shared: do not modify). */
  starts(set: TriggerSet): Int32Array {
    let out = this.startsCache.get(set.bit);
    if (out === undefined) this.startsCache.set(set.bit, (out = this.collect(set.bit)));
    return out;
  }

  private collect(bit: number): Int32Array {
    let n = 0;
    const hits = this.hits;
    for (let k = 0; k < this.hitCount; k++) if ((hits[3 * k + 2] & bit) !== 0) n++;
    const out = new Int32Array(n);
    n = 0;
    for (let k = 0; k < this.hitCount; k++) if ((hits[3 * k + 2] & bit) !== 0) out[n++] = hits[3 * k];
    return out;
  }
}

/** Scans `lower` once for every registered trigger set. Linear; one table load per code unit. */
export function scanTriggers(lower: string): TriggerHits {
  const t = (table ??= compile());
  const { keys, masks, slotMask, classes } = t;
  const n = lower.length;
  const digits = new IntList(64 + (n >> 5));
  const hits = new IntList(64 + (n >> 4));
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    let k = classes[c];
    if (k === 0) k = classes[c] = classify(c);
    if (k === OTHER) {
      i++;
      continue;
    }
    const s = i;
    if (k === LETTER) {
      let h = step(HASH_SEED, c);
      for (i++; i < n; i++) {
        const d = lower.charCodeAt(i);
        let kd = classes[d];
        if (kd === 0) kd = classes[d] = classify(d);
        if (kd !== LETTER) break;
        h = step(h, d);
      }
      h = finish(h);
      let slot = slotOf(h, slotMask);
      for (let key = keys[slot]; key !== 0; key = keys[slot]) {
        if (key === h) {
          hits.push3(s, i, masks[slot]);
          break;
        }
        slot = (slot + 1) & slotMask;
      }
    } else if (k === DIGIT) {
      for (i++; i < n; i++) {
        const d = lower.charCodeAt(i);
        if (d < 48 || d > 57) break;
      }
      digits.push3(s, i, 0);
    } else {
      i++;
      hits.push3(s, i, t.symbolMasks.get(c) ?? 0);
    }
  }
  return new TriggerHits(digits, hits);
}

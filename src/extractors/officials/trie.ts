/**
 * A character trie over lower-cased phrases, matched at a position of `ctx.lower` with a word
 * boundary after the match. Linear in the phrase length; no regex, no backtracking.
 */
import { isWordChar } from './chars';

interface TrieNode<T> {
  /** Children by UTF-16 code unit (no one-character string per step of a match). */
  next: Map<number, TrieNode<T>>;
  /** The character that leads to this node, as added (for `phrases()`). */
  ch: string;
  value?: T;
}

export interface TrieMatch<T> {
  end: number;
  value: T;
}

/** The key of a character: its code unit; an astral character (two units) gets a key no code unit has. */
function keyOf(ch: string): number {
  return ch.length === 1 ? ch.charCodeAt(0) : -1 - ch.codePointAt(0)!;
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), ch: '' };

  /** Adds a phrase (any case; stored lower-cased). The first value given for a phrase wins. */
  add(phrase: string, value: T): this {
    let node = this.root;
    for (const ch of phrase.toLowerCase()) {
      const key = keyOf(ch);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), ch }));
      node = child;
    }
    if (node.value === undefined) node.value = value;
    return this;
  }

  /** The longest phrase starting at `pos` of `lower` that ends at a word boundary. */
  match(lower: string, pos: number): TrieMatch<T> | null {
    let node: TrieNode<T> | undefined = this.root;
    // The best match so far as two locals: one object for the result, not one per prefix on the way.
    let bestEnd = -1;
    let bestValue: T | undefined;
    let i = pos;
    const n = lower.length;
    while (node && i <= n) {
      if (node.value !== undefined && i > pos) {
        const lastIsWord = isWordChar(lower.charCodeAt(i - 1));
        if (!lastIsWord || i >= n || !isWordChar(lower.charCodeAt(i))) {
          bestEnd = i;
          bestValue = node.value;
        }
      }
      if (i >= n) break;
      node = node.next.get(lower.charCodeAt(i));
      i++;
    }
    return bestEnd < 0 ? null : { end: bestEnd, value: bestValue as T };
  }

  /** Every phrase, for building the trigger regex. */
  phrases(): string[] {
    const out: string[] = [];
    const walk = (node: TrieNode<T>, prefix: string) => {
      if (node.value !== undefined) out.push(prefix);
      for (const child of node.next.values()) walk(child, prefix + child.ch);
    };
    walk(this.root, '');
    return out;
  }
}

/**
 * A lookbehind/lookahead class for "not a letter" in a regex WITHOUT the u flag (much faster
 * than `\p{L}` with u on long texts): Latin letters, Vietnamese precomposed letters and
 * combining marks. Phrases and texts are lower-cased, but capitals are listed too.
 */
export const LETTER_CLASS = '[A-Za-z\\u00C0-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF]';
export const NOT_LETTER_CLASS = '[^A-Za-z\\u00C0-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF]';

/** A regex source that matches any of `phrases`, factored as a trie so alternation stays cheap. */
export function trieRegexSource(phrases: readonly string[]): string {
  interface N {
    next: Map<string, N>;
    end: boolean;
  }
  const root: N = { next: new Map(), end: false };
  for (const p of phrases) {
    let node = root;
    for (const ch of p) {
      let c = node.next.get(ch);
      if (!c) node.next.set(ch, (c = { next: new Map(), end: false }));
      node = c;
    }
    node.end = true;
  }
  const esc = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const build = (node: N): string => {
    const alts = [...node.next].map(([ch, child]) => esc(ch) + build(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return build(root);
}

/**
 * The catalogue and lexicon compiled once at module load into lookup tables and one trigger regex.
 */
import { CENT_WORDS, CURRENCIES, type CurrencyName } from './currencies';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from './lexicon';

export interface NameInfo extends CurrencyName {
  code: string;
  cents: boolean;
  /** Starts or ends with a letter: needs a non-letter on that side. */
  letterStart: boolean;
  letterEnd: boolean;
  notBeforeSet?: ReadonlySet<string>;
}

const LETTER = /[\p{L}\p{M}]/u;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const NAME_INFO: ReadonlyMap<string, NameInfo> = new Map(
  CURRENCIES.flatMap((c) =>
    c.names.map((n) => [
      n.text,
      {
        ...n,
        code: c.code,
        cents: c.cents ?? false,
        letterStart: LETTER.test(n.text[0]),
        letterEnd: LETTER.test(n.text[n.text.length - 1]),
        notBeforeSet: n.notBefore ? new Set(n.notBefore) : undefined,
      },
    ]),
  ),
);

/** Every currency name, longest first so "đô la mỹ" wins over "đô" and "us$" over "$". */
export const CURRENCY_TRIGGER = new RegExp(
  [...NAME_INFO.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|'),
  'g',
);

export const CENT_WORD_SET: ReadonlySet<string> = new Set(CENT_WORDS);

function maxWords(table: Readonly<Record<string, unknown>>): number {
  return Math.max(...Object.keys(table).map((k) => k.split(' ').length));
}
export const QUALIFIER_BEFORE_MAX_WORDS = maxWords(QUALIFIERS_BEFORE);
export const QUALIFIER_AFTER_MAX_WORDS = maxWords(QUALIFIERS_AFTER);

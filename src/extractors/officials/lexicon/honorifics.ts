/**
 * Forms of address before a name. Source: /work/shared/reference/officials.md §2.8.
 * `gender` only where the word itself states it ("ông" a man, "bà" a woman); "đồng chí", "ngài",
 * "anh", "chị" say nothing we report (anh/chị are informal and used for ordinary people too).
 * A person addressed this way becomes an official only if a title is attached to them somewhere.
 */
export interface Honorific {
  readonly key: string; // lower-cased as matched
  readonly canonical: string;
  readonly gender?: 'male' | 'female';
}

export const HONORIFICS: readonly Honorific[] = [
  { key: 'ông', canonical: 'ông', gender: 'male' },
  { key: 'bà', canonical: 'bà', gender: 'female' },
  { key: 'đồng chí', canonical: 'đồng chí' },
  { key: 'đ/c', canonical: 'đồng chí' },
  { key: 'ngài', canonical: 'ngài' },
];

/** Words that make a following title plural or generic ("các Bộ trưởng"): no single person. */
export const PLURAL_MARKERS: ReadonlySet<string> = new Set(['các', 'những', 'nhiều', 'vị', 'hai', 'ba', 'bốn', 'năm', 'mấy', 'mọi', 'từng', 'cựu', 'tân']);

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
  /**
   * Not a form of address but a person's standing in a criminal case, written before the name the
   * same way ("bị cáo Trương Mỹ Lan", later "Bị cáo Lan"): reported as `legalStatus`, not as the
   * honorific, and left out of the mention's span (the mention is the name).
   */
  readonly legal?: 'defendant' | 'accused' | 'suspect';
}

export const HONORIFICS: readonly Honorific[] = [
  { key: 'ông', canonical: 'ông', gender: 'male' },
  { key: 'bà', canonical: 'bà', gender: 'female' },
  { key: 'đồng chí', canonical: 'đồng chí' },
  { key: 'đ/c', canonical: 'đồng chí' },
  { key: 'ngài', canonical: 'ngài' },
];

/**
 * Court and police reports: "bị cáo" at trial, "bị can" once charged, "nghi phạm"/"nghi can"
 * before. Read before a name like a form of address, but found from their second word ("cáo",
 * "can", "phạm"), far rarer than "bị" (5,000 times in the Dân Trí corpus), so they cost the scan
 * little. Keyed by the second word; `first` is the word before it.
 */
export const LEGAL_STATUSES: readonly (Honorific & { readonly first: string; readonly second: string })[] = [
  { key: 'bị cáo', first: 'bị', second: 'cáo', canonical: 'bị cáo', legal: 'defendant' },
  { key: 'bị can', first: 'bị', second: 'can', canonical: 'bị can', legal: 'accused' },
  { key: 'nghi phạm', first: 'nghi', second: 'phạm', canonical: 'nghi phạm', legal: 'suspect' },
  { key: 'nghi can', first: 'nghi', second: 'can', canonical: 'nghi can', legal: 'suspect' },
];

/** Words that make a following title plural or generic ("các Bộ trưởng"): no single person. */
export const PLURAL_MARKERS: ReadonlySet<string> = new Set(['các', 'những', 'nhiều', 'vị', 'hai', 'ba', 'bốn', 'năm', 'mấy', 'mọi', 'từng', 'cựu', 'tân']);

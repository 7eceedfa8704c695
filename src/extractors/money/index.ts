import type { Extractor } from '../../core/extractor';

/** Placeholder until the money extractor lands: finds nothing. */
export const moneyExtractor: Extractor<'money'> = {
  type: 'money',
  extract: () => [],
};

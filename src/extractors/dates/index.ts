import type { Extractor } from '../../core/extractor';

/** Placeholder until the dates extractor lands: finds nothing. */
export const datesExtractor: Extractor<'dates'> = {
  type: 'dates',
  extract: () => [],
};

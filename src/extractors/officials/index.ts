import type { Extractor } from '../../core/extractor';

/** Placeholder until the officials extractor lands: finds nothing. */
export const officialsExtractor: Extractor<'officials'> = {
  type: 'officials',
  extract: () => [],
};

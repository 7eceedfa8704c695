import type { Extractor } from '../../core/extractor';

/** Placeholder until the documents extractor lands: finds nothing. */
export const documentsExtractor: Extractor<'documents'> = {
  type: 'documents',
  extract: () => [],
};

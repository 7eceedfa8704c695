export { extract } from './pipeline';
export { VnExtractOptionError, type ExtractOptions } from './core/options';
export { parseNumber, type ParsedNumber } from './text/numbers';
export { normalize, type NormalizedText } from './text/normalize';
export { tokenize, type PublicToken } from './text/public';
export { splitSentences } from './text/public';
export { RECORD_TYPES, type RecordType } from './core/record-types';
// Types only: the zod schemas themselves live in `vn-extract/schema` (src/schema), off the hot path.
export type { ExtractResult, DateRecord, DocumentRecord, MoneyRecord, OfficialRecord, Span } from './schema';
export { extractMany, type ExtractManyOptions, type BatchItem, type BatchOutput } from './batch';

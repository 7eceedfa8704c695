export { extract } from './pipeline';
export { VnExtractOptionError, type ExtractOptions } from './core/options';
export { parseNumber, type ParsedNumber } from './text/numbers';
export { normalize, type NormalizedText } from './text/normalize';
export { tokenize, type PublicToken } from './text/public';
export { splitSentences } from './text/public';
export {
  ExtractResultSchema,
  DateRecordSchema,
  DocumentRecordSchema,
  MoneyRecordSchema,
  OfficialRecordSchema,
  SpanSchema,
  RecordTypeSchema,
  RECORD_TYPES,
  resultJsonSchema,
  type ExtractResult,
  type DateRecord,
  type DocumentRecord,
  type MoneyRecord,
  type OfficialRecord,
  type RecordType,
  type Span,
} from './schema';
export { extractMany, type ExtractManyOptions, type BatchItem, type BatchOutput } from './batch';

/**
 * The zod schemas: the single source of truth for every record and the result. Published as the
 * subpath `vn-extract/schema` so that `extract()` never loads zod (it would triple the cold start);
 * the main entry exports the types inferred from them.
 */
import { z } from 'zod';
import { DateRecordSchema } from '../extractors/dates/schema';
import { DocumentRecordSchema } from '../extractors/documents/schema';
import { MoneyRecordSchema } from '../extractors/money/schema';
import { OfficialRecordSchema } from '../extractors/officials/schema';
import { RECORD_TYPES } from '../core/record-types';

export { SpanSchema, type Span } from './span';
export { DateRecordSchema, type DateRecord } from '../extractors/dates/schema';
export { DocumentRecordSchema, type DocumentRecord } from '../extractors/documents/schema';
export { MoneyRecordSchema, type MoneyRecord } from '../extractors/money/schema';
export { OfficialRecordSchema, type OfficialRecord } from '../extractors/officials/schema';

export { RECORD_TYPES, type RecordType } from '../core/record-types';
export const RecordTypeSchema = z.enum(RECORD_TYPES);

export const ExtractResultSchema = z.object({
  dates: z.array(DateRecordSchema),
  officials: z.array(OfficialRecordSchema),
  documents: z.array(DocumentRecordSchema),
  money: z.array(MoneyRecordSchema),
});
export type ExtractResult = z.infer<typeof ExtractResultSchema>;

/** The JSON Schema shipped as `vn-extract/schema.json`, generated from the zod schemas. */
export function resultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExtractResultSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

import { z } from 'zod';
import { SpanSchema } from '../../schema/span';

export const DateGrainSchema = z.enum(['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second']);
export const PartOfDaySchema = z.enum(['rạng sáng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm']);

export const DateRecordSchema = SpanSchema.extend({
  /** ISO 8601 at the precision stated: "2022-04-01", "2022-04", "2022", "2022-Q1", "2022-04-01T14:30". */
  value: z.string(),
  /** End of a range, same format as `value` (inclusive, as written). */
  to: z.string().optional(),
  grain: DateGrainSchema,
  /** Components filled in from the reference date rather than stated ("year", "month", ...). */
  inferred: z.array(z.enum(['year', 'month', 'day'])),
  partOfDay: PartOfDaySchema.optional(),
  calendar: z.enum(['gregorian', 'lunar']),
});
export type DateRecord = z.infer<typeof DateRecordSchema>;

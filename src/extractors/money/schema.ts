import { z } from 'zod';
import { SpanSchema } from '../../schema/span';

/** An exact decimal string, never a float: "17600000000", "3765470000000", "0.23". */
export const DecimalStringSchema = z.string().regex(/^-?\d+(\.\d+)?$/);

export const MoneyRecordSchema = SpanSchema.extend({
  /** Exact amount in the currency's main unit; for a range, the lower end. */
  amount: DecimalStringSchema,
  /** ISO 4217 code. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** The unit a rate is per ("căn" in "50 triệu đồng/căn"). */
  per: z.string().optional(),
  min: DecimalStringSchema.optional(),
  max: DecimalStringSchema.optional(),
});
export type MoneyRecord = z.infer<typeof MoneyRecordSchema>;

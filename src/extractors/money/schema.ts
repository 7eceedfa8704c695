import { z } from 'zod';
import { SpanSchema } from '../../schema/span';
import { QUALIFIER_KINDS } from './lexicon';

/** An exact decimal string, never a float: "17600000000", "3765470000000", "0.23". */
export const DecimalStringSchema = z.string().regex(/^-?\d+(\.\d+)?$/);

/**
 * A word that bounds or softens the amount, as written ("khoảng", "không quá", "trở lên") and
 * normalised: approximately (khoảng, tầm, xấp xỉ), almost (gần, ngót), more_than (hơn, trên),
 * less_than (dưới, chưa đến), at_least (ít nhất, tối thiểu, trở lên), at_most (tối đa, không quá,
 * trở xuống), up_to (lên tới). The record's `amount` stays the number as stated.
 */
export const MoneyQualifierSchema = SpanSchema.extend({
  kind: z.enum(QUALIFIER_KINDS),
});
export type MoneyQualifier = z.infer<typeof MoneyQualifierSchema>;

export const MoneyRecordSchema = SpanSchema.extend({
  /** Exact amount in the currency's main unit; for a range, the lower end. */
  amount: DecimalStringSchema,
  /** ISO 4217 code. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** The unit a rate is per, as written ("căn" in "50 triệu đồng/căn"; "người/tháng"; "kWh" in "2.006,79 đồng/kWh"). */
  per: z.string().optional(),
  /** Where `per` was written: after the amount ("/căn", "mỗi phút") or before it ("mỗi hộ được hỗ trợ 3 triệu đồng"). */
  perSpan: SpanSchema.optional(),
  /** A range's ends ("từ 5 đến 7 tỷ đồng", "5-7 tỷ đồng"); both set or both absent. */
  min: DecimalStringSchema.optional(),
  max: DecimalStringSchema.optional(),
  /** The range stops below `max` ("từ 100.000.000 đồng đến dưới 500.000.000 đồng"); absent when `max` is included. */
  maxExclusive: z.literal(true).optional(),
  /** The currency as written ("tỷ đồng" → "đồng", "US$", "đô la Mỹ"); absent when implied. */
  currencySpan: SpanSchema.optional(),
  /**
   * True when no currency is written and đồng is inferred from a price word: "giá 2 tỷ rưỡi",
   * "giá 400k/người lớn". Absent when the currency is stated.
   */
  currencyImplied: z.literal(true).optional(),
  /** A bounding or approximating word; its span may lie outside the record's span. */
  qualifier: MoneyQualifierSchema.optional(),
});
export type MoneyRecord = z.infer<typeof MoneyRecordSchema>;

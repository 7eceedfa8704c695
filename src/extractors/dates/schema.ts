import { z } from 'zod';
import { SpanSchema } from '../../schema/span';

export const DateGrainSchema = z.enum(['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second']);
export const PartOfDaySchema = z.enum(['rạng sáng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm']);

export const DateRecordSchema = SpanSchema.extend({
  /**
   * ISO 8601 at the precision stated: "2022-04-01", "2022-04", "2022", "2022-Q1", "2022-W13" (ISO
   * week), "2022-04-01T14:30" (grain minute), "2022-04-01T14:00" (grain hour). For a lunar date
   * (`calendar: "lunar"`) the digits are the lunar year, month and day; `gregorian` converts it.
   */
  value: z.string(),
  /** End of a range, same format as `value` (inclusive, as written). */
  to: z.string().optional(),
  grain: DateGrainSchema,
  /**
   * Components filled in rather than stated ("year", "month", ...): from the reference date, or,
   * for a clock time with no day ("Lúc 14h30, ..."), from the event day the text is on
   * (all three: ["year", "month", "day"]).
   */
  inferred: z.array(z.enum(['year', 'month', 'day'])),
  partOfDay: PartOfDaySchema.optional(),
  calendar: z.enum(['gregorian', 'lunar']),
  /**
   * How the text states it: "absolute" (calendar fields written out: "1/4", "quý I/2022"),
   * "relative" (counted from the reference date: "hôm qua", "tuần tới", a bare "thứ Hai"),
   * "anaphoric" (counted from the previous event date in the text: "cùng ngày", "hôm sau", or a
   * clock time with no day on that date: "Ngày 12/5, ... Khoảng 22h, ..."). A clock time with no
   * day and no event date before it is "relative" (on the reference day).
   */
  kind: z.enum(['absolute', 'relative', 'anaphoric']),
  /**
   * "issue": the issue date of a cited document ("Quyết định số 23-QĐ/TW ngày 30/7/2021");
   * "event": any other date. Only event dates anchor "cùng ngày".
   */
  role: z.enum(['event', 'issue']),
  /** Day of week written in the text (ISO: 1 = thứ Hai ... 7 = Chủ nhật). */
  weekday: z.number().int().min(1).max(7).optional(),
  /** For a lunar date: the Gregorian day it falls on ("2022-02-01" for mùng 1 Tết 2022), when computable. */
  gregorian: z.string().optional(),
});
export type DateRecord = z.infer<typeof DateRecordSchema>;

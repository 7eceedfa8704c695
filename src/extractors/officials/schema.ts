import { z } from 'zod';
import { SpanSchema } from '../../schema/span';

export const TitleSchema = z.object({
  /** The title as written, without "nguyên"/"cựu"/"quyền" before it: "Trưởng ban Dân vận Trung ương". */
  title: z.string(),
  /** The position, canonical spelling, "Phó" included: "Trưởng ban", "Phó Bí thư", "Thượng tướng". */
  role: z.string(),
  /** The body the title names, as written, with the kind of body the role implies put back: "Ban Dân vận Trung ương" for "Trưởng ban Dân vận Trung ương", "Bộ Ngoại giao" for "Bộ trưởng Ngoại giao". Absent when the title names none ("Thủ tướng"). */
  organization: z.string().optional(),
  /** "position" for an office, "rank" for a military or police rank ("Đại tá"). */
  kind: z.enum(['position', 'rank']),
  /** Written with "nguyên" or "cựu". */
  former: z.boolean(),
  /** Written with "quyền". */
  acting: z.boolean(),
  /** A deputy's title ("Phó ..."). */
  deputy: z.boolean(),
});
export type OfficialTitle = z.infer<typeof TitleSchema>;

export const OfficialRecordSchema = SpanSchema.extend({
  /** The person's name as written. */
  name: z.string(),
  titles: z.array(TitleSchema),
  /** Every span that refers to the person, in text order (title-only and short-name mentions too); the record's own span is one of them. */
  mentions: z.array(SpanSchema),
  /** The form of address used with the name: "ông", "bà", "đồng chí", "ngài". */
  honorific: z.string().optional(),
  /** Only where an honorific states it: "ông" → male, "bà" → female. */
  gender: z.enum(['male', 'female']).optional(),
  /**
   * Where the text writes the person as a party to a criminal case, before the name like a form
   * of address: "bị cáo" → defendant (at trial), "bị can" → accused (charged), "nghi phạm" /
   * "nghi can" → suspect. The first one written, in text order. Absent otherwise.
   */
  legalStatus: z.enum(['defendant', 'accused', 'suspect']).optional(),
  /** Academic or honorary prefix written before the name: "GS.TS", "PGS, TS", "ThS". */
  academic: z.string().optional(),
});
export type OfficialRecord = z.infer<typeof OfficialRecordSchema>;

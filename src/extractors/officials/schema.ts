import { z } from 'zod';
import { SpanSchema } from '../../schema/span';

export const TitleSchema = z.object({
  /** The title as written: "Trưởng ban Dân vận Trung ương". */
  title: z.string(),
});

export const OfficialRecordSchema = SpanSchema.extend({
  /** The person's name as written. */
  name: z.string(),
  titles: z.array(TitleSchema),
  /** Every span that refers to the person, the first (the record's own span) included. */
  mentions: z.array(SpanSchema),
});
export type OfficialRecord = z.infer<typeof OfficialRecordSchema>;

import { z } from 'zod';
import { SpanSchema } from '../../schema/span';

export const DocumentRecordSchema = SpanSchema.extend({
  /** Number-symbol as written, spaces removed, dashes as "-": "23-QĐ/TW", "30/2020/NĐ-CP". Absent for references without a number. */
  code: z.string().optional(),
  /** The number as written ("04", "66.7"). */
  number: z.string().optional(),
  typeCode: z.string().optional(),
  typeName: z.string().optional(),
  /** Every issuer code in the symbol ("TTLT-BTC-BYT" gives ["BTC", "BYT"]). */
  issuerCode: z.array(z.string()),
  issuerName: z.string().optional(),
  system: z.enum(['party', 'state']).optional(),
  year: z.number().int().optional(),
  /** ISO date when "ngày …" follows the reference. */
  issuedOn: z.string().optional(),
  /** The body after "của …" ("Bộ Chính trị"). */
  issuedBy: z.string().optional(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

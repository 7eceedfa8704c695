import { z } from 'zod';
import { SpanSchema } from '../../schema/span';

export const DocumentRecordSchema = SpanSchema.extend({
  /** Number-symbol as written, spaces removed, dashes as "-": "23-QĐ/TW", "30/2020/NĐ-CP". Absent for references without a number. */
  code: z.string().optional(),
  /** The number as written ("04", "66.7"); also for "Nghị định 100" (no symbol). */
  number: z.string().optional(),
  /** Canonical type code ("NQ", "NĐ" for a written "ND", "QĐi"), from the symbol or, failing that, from the type word. */
  typeCode: z.string().optional(),
  /** "Nghị quyết"; the word in front settles Party "QĐ" (Quyết định / Quy định). */
  typeName: z.string().optional(),
  /** Every issuer code in the symbol ("TTLT-BTC-BYT" gives ["BTC", "BYT"]); canonical spelling when the catalogue knows it ("TƯ" → "TW"). */
  issuerCode: z.array(z.string()),
  /** Name of the (first) issuer when the catalogue knows it ("ĐUK" → "Đảng ủy Khối"). */
  issuerName: z.string().optional(),
  /** "party" for `N-TYPE/ISSUER`, "state" for `N/…` (and for Party-style symbols of State bodies, "17-NQ/CP"). */
  system: z.enum(['party', 'state']).optional(),
  /** From the symbol, else from the issue date, else from a cited year ("Luật Đất đai 2024"). */
  year: z.number().int().optional(),
  /**
   * ISO date of issue: "ngày …" after the reference, the header's "Hà Nội, ngày …" line, or the
   * date opening a clause whose verb issues it ("Ngày 5/8/2024, Thanh tra Chính phủ ban hành …").
   */
  issuedOn: z.string().optional(),
  /** ["year"] when `issuedOn` was written without a year ("ngày 28/9"): the last such day on or before the reference date. */
  issuedOnInferred: z.array(z.literal('year')).optional(),
  /** The body after "của …" ("Bộ Chính trị"). */
  issuedBy: z.string().optional(),
  /** True when the reference shows a legal normative document (VBQPPL): a year in a State symbol, a QH/UBTVQH symbol, or a type that is always normative (Luật, Nghị định, Thông tư …). */
  legalNormative: z.boolean(),
  /** Trích yếu: "về việc ban hành …" as written, or the text of a quoted title. */
  subject: z.string().optional(),
  /** Name of a law cited by name ("Đất đai"), or the event of a Party resolution ("Đại hội XIII"). */
  title: z.string().optional(),
  /** Party congress ordinal ("Đại hội XIII" → 13). */
  congress: z.number().int().optional(),
  /** Central Committee plenum ("Trung ương 4" → 4). */
  plenum: z.number().int().optional(),
  /** Term (khóa) of the National Assembly ("QH15" → 15) or of the Party committee ("khóa XII" → 12). */
  term: z.number().int().optional(),
  /** Unit codes of a công văn symbol ("1136/UBND-VP" → ["VP"]). */
  unitCode: z.array(z.string()).optional(),
  /** Trailing marker after the symbol ("5053-CV/VPTW/nb" → "nb"); not part of `code`. */
  suffix: z.string().optional(),
  issuedOnSpan: SpanSchema.optional(),
  issuedBySpan: SpanSchema.optional(),
  subjectSpan: SpanSchema.optional(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

import { z } from 'zod';

/**
 * A span of the caller's original string: `input.slice(start, end) === text`.
 * Offsets are UTF-16 code units, whatever normalisation happened inside.
 */
export const SpanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

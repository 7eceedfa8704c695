import type { ExtractResult, RecordType } from '../schema';
import type { ExtractContext } from './context';

/**
 * One extractor per record type. It reads the normalised text through `ctx` and returns records
 * whose spans (every `{text, start, end}` object, nested ones included) are in normalised
 * coordinates; the pipeline maps them to the caller's string.
 *
 * `earlier` holds the records of the extractors that ran before it (see the order in
 * pipeline.ts), in normalised coordinates too: dates use it to skip document numbers, for example.
 */
export interface Extractor<K extends RecordType = RecordType> {
  readonly type: K;
  extract(ctx: ExtractContext, earlier: Readonly<Partial<ExtractResult>>): ExtractResult[K];
}

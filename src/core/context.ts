import type { NormalizedText } from '../text/normalize';
import type { ReferenceDate } from './reference';
import { tokenizeNormalized, type Token } from '../text/tokenize';
import { splitSentencesNormalized, type SentenceSpan } from '../text/sentences';
import { scanTriggers, type TriggerHits } from '../text/triggers';

/** A span in normalised coordinates; the pipeline maps it back to the caller's string. */
export interface RawSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * What every extractor sees. All offsets an extractor reads or writes are indices into `text`
 * (the normalised string); the pipeline maps every `{text, start, end}` object in the records it
 * returns back to the caller's original string, so extractors never deal with the original.
 */
export class ExtractContext {
  readonly text: string;
  readonly lower: string;
  private tokenCache?: readonly Token[];
  private sentenceCache?: readonly SentenceSpan[];
  private triggerCache?: TriggerHits;

  constructor(
    readonly normalized: NormalizedText,
    readonly reference: ReferenceDate,
  ) {
    this.text = normalized.text;
    this.lower = normalized.lower;
  }

  /** A span of the normalised text; its `text` is replaced by the original's when records leave the pipeline. */
  span(start: number, end: number): RawSpan {
    return { text: this.text.slice(start, end), start, end };
  }

  /** Tokens of the normalised text, computed once on first use and shared by every extractor. */
  tokens(): readonly Token[] {
    return (this.tokenCache ??= tokenizeNormalized(this.text));
  }

  /** Every extractor's trigger words and the digit runs of `lower`: one scan, shared. */
  triggers(): TriggerHits {
    return (this.triggerCache ??= scanTriggers(this.lower));
  }

  /** Sentence spans of the normalised text, computed once on first use. */
  sentences(): readonly SentenceSpan[] {
    return (this.sentenceCache ??= splitSentencesNormalized(this.text));
  }
}

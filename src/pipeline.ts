import { ExtractContext } from './core/context';
import type { Extractor } from './core/extractor';
import { resolveOptions, type ExtractOptions } from './core/options';
import { normalize, type NormalizedText } from './text/normalize';
import type { ExtractResult, RecordType } from './schema';
import { documentsExtractor } from './extractors/documents';
import { datesExtractor } from './extractors/dates';
import { moneyExtractor } from './extractors/money';
import { officialsExtractor } from './extractors/officials';

/**
 * The extractors, in the order they run. Documents come first so that dates and money can skip
 * document numbers ("30/2020/NĐ-CP") and dates can tell a cited document's issue date from an
 * event date; officials come last and use nothing before them.
 */
export const EXTRACTORS: readonly Extractor[] = [documentsExtractor, datesExtractor, moneyExtractor, officialsExtractor];

/**
 * Overlaps between record types are settled here and nowhere else: a record of `drop` whose span
 * overlaps a record of `keep` goes. A date inside a document reference is not dropped: the
 * document carries it as `issuedOn` and it stays a date record too.
 */
const OVERLAP_RULES: ReadonlyArray<{ drop: RecordType; keep: RecordType; why: string }> = [
  { drop: 'money', keep: 'documents', why: 'a number inside a document code is not an amount' },
  { drop: 'money', keep: 'dates', why: 'a year or a day is not an amount' },
];

type Spanned = { start: number; end: number };

function overlaps(a: Spanned, b: Spanned): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Drops records overlapping a kept record; both lists sorted by start, so one merge-like pass. */
function dropOverlapping<T extends Spanned>(records: T[], kept: readonly Spanned[]): T[] {
  if (kept.length === 0 || records.length === 0) return records;
  const out: T[] = [];
  let k = 0;
  for (const r of records) {
    while (k < kept.length && kept[k].end <= r.start) k++;
    let hit = false;
    for (let j = k; j < kept.length && kept[j].start < r.end; j++) {
      if (overlaps(r, kept[j])) {
        hit = true;
        break;
      }
    }
    if (!hit) out.push(r);
  }
  return out;
}

function byPosition(a: Spanned, b: Spanned): number {
  return a.start - b.start || a.end - b.end;
}

/** Maps every `{text, start, end}` object in a record tree from normalised to original offsets. */
function remapSpans(value: unknown, norm: NormalizedText): void {
  if (Array.isArray(value)) {
    for (const v of value) remapSpans(v, norm);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (v !== null && typeof v === 'object') remapSpans(v, norm);
  }
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
    const start = norm.originalStart(o.start);
    const end = o.end > o.start ? norm.originalEnd(o.end) : start;
    o.start = start;
    o.end = end;
    o.text = norm.original.slice(start, end);
  }
}

/** Extracts dates, officials, document references and money from Vietnamese text. */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  if (typeof text !== 'string') throw new TypeError(`vn-extract: extract() expects a string, got ${text === null ? 'null' : typeof text}`);
  const { reference, types } = resolveOptions(options);
  const normalized = normalize(text);
  const ctx = new ExtractContext(normalized, reference);
  const result: ExtractResult = { dates: [], officials: [], documents: [], money: [] };
  const earlier: Partial<ExtractResult> = {};
  for (const extractor of EXTRACTORS) {
    // Documents always run when dates or money do: their spans settle overlaps.
    const needed = types.has(extractor.type) || (extractor.type === 'documents' && (types.has('dates') || types.has('money')));
    if (!needed) continue;
    const records = [...extractor.extract(ctx, earlier)].sort(byPosition);
    (earlier as Record<string, unknown>)[extractor.type] = records;
  }
  for (const rule of OVERLAP_RULES) {
    const drop = earlier[rule.drop];
    const keep = earlier[rule.keep];
    if (drop && keep) (earlier as Record<string, unknown>)[rule.drop] = dropOverlapping(drop as Spanned[], keep);
  }
  // Nothing folded and no tone moved: normalised offsets and texts are the caller's already.
  const identity = normalized.text === normalized.original;
  for (const type of types) {
    const records = earlier[type] ?? [];
    if (!identity) remapSpans(records, normalized);
    (result as Record<string, unknown>)[type] = records;
  }
  return result;
}

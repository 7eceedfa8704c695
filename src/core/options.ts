import { RECORD_TYPES, type RecordType } from './record-types';
import { parseReferenceString, referenceFromDate, referenceNow, type ReferenceDate } from './reference';

export interface ExtractOptions {
  /** The article's date: an ISO date or datetime string ("2022-04-01", "2017-02-02T03:55:00-02:00") or a Date. Default: today (UTC). */
  referenceDate?: string | Date;
  /** Which record types to extract. Default: all four. */
  types?: readonly RecordType[];
}

/** Thrown for an invalid option; `option` names it. */
export class VnExtractOptionError extends TypeError {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(`vn-extract: invalid option "${option}": ${message}`);
    this.name = 'VnExtractOptionError';
  }
}

export interface ResolvedOptions {
  reference: ReferenceDate;
  types: ReadonlySet<RecordType>;
}

const KNOWN_OPTIONS = new Set(['referenceDate', 'types']);

/** Every type, shared by every call that names none (never mutated: the pipeline only reads it). */
const ALL_TYPES: ReadonlySet<RecordType> = new Set(RECORD_TYPES);

// The last reference string parsed and its result: a batch passes the same one for every text.
let lastReferenceString: string | undefined;
let lastReference: ReferenceDate | null = null;

function parseReferenceCached(value: string): ReferenceDate | null {
  if (value !== lastReferenceString) {
    lastReference = parseReferenceString(value);
    lastReferenceString = value;
  }
  return lastReference;
}

export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) return { reference: referenceNow(), types: ALL_TYPES };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new VnExtractOptionError('options', 'expected an object such as { referenceDate: "2022-04-01" }');
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN_OPTIONS.has(key)) throw new VnExtractOptionError(key, `unknown option; the options are ${[...KNOWN_OPTIONS].join(', ')}`);
  }
  return { reference: resolveReference(o.referenceDate), types: resolveTypes(o.types) };
}

function resolveReference(value: unknown): ReferenceDate {
  if (value === undefined) return referenceNow();
  let ref: ReferenceDate | null = null;
  if (typeof value === 'string') ref = parseReferenceCached(value);
  else if (value instanceof Date) ref = referenceFromDate(value);
  else throw new VnExtractOptionError('referenceDate', `expected an ISO date string or a Date, got ${typeof value}`);
  if (!ref) throw new VnExtractOptionError('referenceDate', `${JSON.stringify(String(value))} is not a valid date (use YYYY-MM-DD or an ISO datetime)`);
  return ref;
}

function resolveTypes(value: unknown): ReadonlySet<RecordType> {
  if (value === undefined) return ALL_TYPES;
  if (!Array.isArray(value)) throw new VnExtractOptionError('types', `expected an array of ${RECORD_TYPES.join(', ')}`);
  for (const t of value) {
    if (!(RECORD_TYPES as readonly unknown[]).includes(t)) {
      throw new VnExtractOptionError('types', `${JSON.stringify(t)} is not a record type; use ${RECORD_TYPES.join(', ')}`);
    }
  }
  return new Set(value as RecordType[]);
}

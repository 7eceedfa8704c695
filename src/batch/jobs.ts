/**
 * The units of batch work, shared by the CLI, `extractMany` and the worker thread, so that a line
 * or a file gives the same output in-process and on a worker.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../pipeline';
import type { ExtractOptions } from '../core/options';
import type { ExtractResult } from '../schema';

/** Options that apply to every item unless the item says otherwise (a JSONL line's referenceDate). */
export type BatchDefaults = ExtractOptions;

/** One unit's output: the JSON text of its output record and, when it failed, why. */
export interface JobOutput {
  json: string;
  error?: string;
}

/** Strict UTF-8: a bad byte is an error, not a U+FFFD. The BOM is kept so offsets match `readFileSync(f, 'utf8')`. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
export function decodeUtf8(bytes: Uint8Array): string {
  return UTF8.decode(bytes); // one-shot decodes keep no state between calls
}

/** The message alone: our own errors start with "vn-extract: ", which the caller adds back once. */
export function errorMessage(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/^vn-extract: /, '');
}

/** A JSONL line's own options win over the defaults; only `referenceDate` may vary per line. */
function lineOptions(defaults: BatchDefaults, referenceDate: unknown): ExtractOptions {
  if (referenceDate === undefined || referenceDate === null) return defaults;
  return { ...defaults, referenceDate: referenceDate as string };
}

/**
 * One JSONL input line `{"id", "text", "referenceDate"}` → one output line `{"id", dates, officials,
 * documents, money}`, or `{"id", "line", "error"}` when the line is bad. Never throws.
 */
export function runJsonlLine(line: string, lineNo: number, defaults: BatchDefaults, where = ''): JobOutput {
  const at = `${where}line ${lineNo}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    return failLine(null, lineNo, `${at}: invalid JSON (${errorMessage(err)})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return failLine(null, lineNo, `${at}: expected an object {"id", "text", "referenceDate"}`);
  }
  const o = parsed as Record<string, unknown>;
  const id = o.id ?? null;
  if (typeof o.text !== 'string') return failLine(id, lineNo, `${at}: "text" must be a string`);
  if (o.referenceDate !== undefined && o.referenceDate !== null && typeof o.referenceDate !== 'string') {
    return failLine(id, lineNo, `${at}: "referenceDate" must be an ISO date string`);
  }
  try {
    const result = extract(o.text, lineOptions(defaults, o.referenceDate));
    return { json: JSON.stringify({ id, ...result }) };
  } catch (err) {
    return failLine(id, lineNo, `${at}: ${errorMessage(err)}`);
  }
}

function failLine(id: unknown, lineNo: number, error: string): JobOutput {
  return { json: JSON.stringify({ id, line: lineNo, error }), error };
}

/** One text → `{"file", dates, officials, documents, money}`; `label` names the input ("-" for stdin). */
export function runText(text: string, label: string, defaults: BatchDefaults): JobOutput {
  try {
    return { json: JSON.stringify({ file: label, ...extract(text, defaults) }) };
  } catch (err) {
    return failFile(label, `${label}: ${errorMessage(err)}`);
  }
}

/** Reads and extracts one file; a missing file or bad UTF-8 gives an error record. Never throws. */
export function runFile(path: string, defaults: BatchDefaults): JobOutput {
  let text: string;
  try {
    text = decodeUtf8(readFileSync(path));
  } catch (err) {
    return failFile(path, describeReadError(path, err));
  }
  return runText(text, path, defaults);
}

function failFile(file: string, error: string): JobOutput {
  return { json: JSON.stringify({ file, error }), error };
}

/** "x.txt: no such file", "x.txt: not valid UTF-8" rather than a stack trace. */
export function describeReadError(path: string, err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EISDIR') return `${path}: is a directory`;
  if (code === 'EACCES') return `${path}: permission denied`;
  if (err instanceof TypeError && /encoded data was not valid/i.test(err.message)) return `${path}: not valid UTF-8`;
  if (code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return `${path}: not valid UTF-8`;
  return `${path}: ${errorMessage(err)}`;
}

/** An `extractMany` input item. */
export type BatchItem = string | { id?: string | number; text: string; referenceDate?: string | Date };

/** An `extractMany` output item: the result, or an error for that item alone. */
export type BatchOutput =
  | { index: number; id?: string | number; result: ExtractResult; error?: undefined }
  | { index: number; id?: string | number; result?: undefined; error: string };

/** Runs one `extractMany` item. Never throws: a bad item gives `{error}`. */
export function runItem(item: unknown, index: number, defaults: BatchDefaults): BatchOutput {
  if (typeof item === 'string') {
    try {
      return { index, result: extract(item, defaults) };
    } catch (err) {
      return { index, error: errorMessage(err) };
    }
  }
  if (item === null || typeof item !== 'object') {
    return { index, error: `item ${index}: expected a string or {id, text, referenceDate}, got ${item === null ? 'null' : typeof item}` };
  }
  const o = item as Record<string, unknown>;
  const id = o.id as string | number | undefined;
  const withId = <T extends object>(out: T) => (id === undefined ? out : { id, ...out });
  if (typeof o.text !== 'string') return { index, ...withId({ error: `item ${index}: "text" must be a string` }) } as BatchOutput;
  try {
    const result = extract(o.text, lineOptions(defaults, o.referenceDate));
    return { index, ...withId({ result }) } as BatchOutput;
  } catch (err) {
    return { index, ...withId({ error: `item ${index}: ${errorMessage(err)}` }) } as BatchOutput;
  }
}

/**
 * vn-extract [options] [files…]: the command line. No dependency beyond node: argv is parsed with
 * node:util parseArgs, --jobs uses node's worker_threads (see src/batch/).
 *
 * Exit codes: 0 all good, 1 an input failed (missing file, bad UTF-8, bad JSONL line; every other
 * input is still processed), 2 a usage error (bad option).
 */
import { createReadStream, fstatSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from './pipeline';
import { VnExtractOptionError, type ExtractOptions } from './core/options';
import { RECORD_TYPES, type RecordType } from './core/record-types';
import { decodeUtf8, describeReadError, errorMessage, runFile, runJsonlLine, runText, type JobOutput } from './batch/jobs';
import { WorkerPool } from './batch/pool';

const USAGE = `Usage: vn-extract [options] [file…]

Extracts dates, officials, document references and money from Vietnamese text.
Reads the files given (or stdin when there are none, or for "-") and prints JSON.

Options:
  -r, --reference-date <date>  the article's date, ISO (2022-04-01 or 2022-04-01T08:00+07:00);
                               default today. Relative dates ("hôm qua") resolve against it.
  -t, --types <list>           record types to extract, comma-separated: ${RECORD_TYPES.join(',')}
  -f, --format <json|jsonl>    json: one result (an array when there are several inputs);
                               jsonl: one line per input. Default json, jsonl with --jsonl-input.
      --jsonl-input            each input line is {"id", "text", "referenceDate"}; each gives one
                               output line with the same "id", or {"id", "line", "error"}.
  -j, --jobs <n>               worker threads for several files or JSONL lines (default: the
                               number of cores when the input is over 1 MB); output keeps input order.
      --no-progress            no progress bar (shown on a terminal for inputs over 4 MB)
  -h, --help                   this help
  -v, --version                the version

Exit status: 0 ok, 1 some input failed (the others are still processed), 2 bad usage.

Examples:
  vn-extract --reference-date 2022-04-01 article.txt
  cat article.txt | vn-extract --types dates,money --format jsonl
  vn-extract --jsonl-input --jobs 4 articles.jsonl > results.jsonl
`;

class UsageError extends Error {}

type Format = 'json' | 'jsonl';

interface Config {
  sources: string[]; // "-" is stdin
  format: Format;
  jsonlInput: boolean;
  jobs: number;
  jobsExplicit: boolean;
  progress: boolean;
  defaults: ExtractOptions;
}

/** Below this much input, default --jobs runs in-process: starting workers would cost more. */
const WORKERS_WORTH_IT_BYTES = 1 << 20;
const PROGRESS_MIN_BYTES = 4 << 20;
const MAX_IN_FLIGHT_BYTES = 64 << 20;
const MAX_ERROR_MESSAGES = 20;

function parseConfig(argv: string[]): Config | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'reference-date': { type: 'string', short: 'r' },
        types: { type: 'string', short: 't' },
        format: { type: 'string', short: 'f' },
        'jsonl-input': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    // parseArgs messages are clear already ("Unknown option '--foo'"); drop its hint about "--".
    throw new UsageError(errorMessage(err).replace(/\. To specify a positional argument.*$/s, ''));
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (v.version) return 'version';

  const jsonlInput = v['jsonl-input'] === true;
  const format = v.format ?? (jsonlInput ? 'jsonl' : 'json');
  if (format !== 'json' && format !== 'jsonl') throw new UsageError(`--format must be json or jsonl, not ${JSON.stringify(format)}`);

  let jobs = availableParallelism();
  const jobsExplicit = v.jobs !== undefined;
  if (v.jobs !== undefined) {
    if (!/^\d+$/.test(v.jobs) || Number(v.jobs) < 1 || Number(v.jobs) > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not ${JSON.stringify(v.jobs)}`);
    jobs = Number(v.jobs);
  }

  const defaults: ExtractOptions = {};
  if (v['reference-date'] !== undefined) defaults.referenceDate = v['reference-date'];
  if (v.types !== undefined) {
    const types = v.types.split(',').map((t) => t.trim()).filter((t) => t !== '');
    if (types.length === 0) throw new UsageError(`--types needs at least one of ${RECORD_TYPES.join(', ')}`);
    defaults.types = types as RecordType[];
  }
  try {
    extract('', defaults); // the library validates its own options; report them as flags
  } catch (err) {
    if (err instanceof VnExtractOptionError) {
      const flag = err.option === 'referenceDate' ? '--reference-date' : `--${err.option}`;
      throw new UsageError(`${flag}: ${err.message.replace(/^vn-extract: invalid option "[^"]*": /, '')}`);
    }
    throw err;
  }

  const sources = parsed.positionals.length > 0 ? parsed.positionals : ['-'];
  if (sources.filter((s) => s === '-').length > 1) throw new UsageError('stdin ("-") can be read only once');
  return { sources, format, jsonlInput, jobs, jobsExplicit, progress: v['no-progress'] !== true, defaults };
}

function readVersion(): string {
  // dist/cli.cjs → ../package.json; walk up a little in case the layout differs.
  for (let dir = __dirname, i = 0; i < 4; i++, dir = join(dir, '..')) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'vn-extract' && pkg.version) return pkg.version;
    } catch {
      // not here; go up
    }
  }
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Output: stdout with backpressure, JSON array or JSON lines, errors counted and reported.

class Output {
  private count = 0;
  failed = 0;

  constructor(
    private readonly format: Format,
    private readonly single: boolean,
  ) {}

  private write(s: string): Promise<void> | void {
    if (!process.stdout.write(s)) return new Promise((resolve) => process.stdout.once('drain', resolve));
  }

  /** Emits one unit's output; a failed unit is also named on stderr (the first few of them). */
  emit(out: JobOutput, pretty?: unknown): Promise<void> | void {
    if (out.error !== undefined) {
      this.failed++;
      if (this.failed <= MAX_ERROR_MESSAGES) process.stderr.write(`vn-extract: ${out.error}\n`);
      if (this.single) return; // a lone input that failed prints no result
    }
    if (this.single && this.format === 'json') return this.write(JSON.stringify(pretty ?? JSON.parse(out.json), null, 2) + '\n');
    if (this.format === 'jsonl') return this.write(out.json + '\n');
    return this.write((this.count++ === 0 ? '[\n' : ',\n') + out.json);
  }

  async end(): Promise<void> {
    if (this.format === 'json' && !this.single) await this.write(this.count === 0 ? '[]\n' : '\n]\n');
    if (this.failed > MAX_ERROR_MESSAGES) process.stderr.write(`vn-extract: … and ${this.failed - MAX_ERROR_MESSAGES} more failed inputs (see the "error" records)\n`);
  }
}

// ---------------------------------------------------------------------------------------------
// Progress bar on stderr, only on a terminal and for large inputs.

class Progress {
  private done = 0;
  private last = 0;
  private readonly started = Date.now();

  constructor(private readonly total: number) {}

  add(bytes: number): void {
    this.done += bytes;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const frac = Math.min(1, this.done / this.total);
    const width = 30;
    const filled = Math.round(frac * width);
    const mbs = this.done / 1e6 / Math.max(0.001, (now - this.started) / 1000);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${(this.done / 1e6).toFixed(1)}/${(this.total / 1e6).toFixed(1)} MB  ${mbs.toFixed(1)} MB/s`);
  }

  finish(): void {
    process.stderr.write('\r\x1b[K');
  }
}

// ---------------------------------------------------------------------------------------------
// Ordered execution: units run in-process or on workers; outputs are emitted in input order from
// a bounded window, so memory stays flat and the input is read only as fast as it is processed.

/**
 * A unit of work: how to run it here and, when it may go to a worker, what to send. JSONL lines
 * (`line`) travel in batches of about BATCH_BYTES; a file travels alone.
 */
type Unit = { bytes: number; local: () => JobOutput; line?: { text: string; lineNo: number; where: string }; file?: string };

/** Input per worker message: large enough that messages are few, small enough to spread well. */
const BATCH_BYTES = 64 << 10;
const BATCH_LINES = 512;

class Runner {
  private readonly queue: { outs: Promise<JobOutput[]>; bytes: number }[] = [];
  private inFlightBytes = 0;
  private pool: WorkerPool | null = null;
  private seenBytes = 0;
  private batch: { lines: string[]; lineNos: number[]; where: string; bytes: number } | null = null;

  constructor(
    private readonly cfg: Config,
    private readonly output: Output,
    private readonly progress: Progress | null,
    /** Whether to use workers at all, and from how many bytes of input on. */
    private readonly workersFrom: number,
  ) {}

  async push(unit: Unit): Promise<void> {
    this.seenBytes += unit.bytes;
    if (this.pool === null && this.seenBytes > this.workersFrom) this.pool = new WorkerPool(this.cfg.jobs, { defaults: this.cfg.defaults });
    if (this.pool === null) {
      await this.output.emit(unit.local());
      this.progress?.add(unit.bytes);
      return;
    }
    if (unit.line) {
      if (this.batch && this.batch.where !== unit.line.where) await this.flush();
      this.batch ??= { lines: [], lineNos: [], where: unit.line.where, bytes: 0 };
      this.batch.lines.push(unit.line.text);
      this.batch.lineNos.push(unit.line.lineNo);
      this.batch.bytes += unit.bytes;
      if (this.batch.bytes >= BATCH_BYTES || this.batch.lines.length >= BATCH_LINES) await this.flush();
      return;
    }
    await this.flush(); // keep order: what came before goes first
    const outs = unit.file
      ? this.pool.run({ op: 'file', path: unit.file }).then((r) => r.outs as JobOutput[])
      : Promise.resolve([unit.local()]);
    await this.enqueue(outs, unit.bytes);
  }

  private async flush(): Promise<void> {
    const b = this.batch;
    if (!b || !this.pool) return;
    this.batch = null;
    const outs = this.pool.run({ op: 'lines', lines: b.lines, lineNos: b.lineNos, where: b.where }).then((r) => r.outs as JobOutput[]);
    await this.enqueue(outs, b.bytes);
  }

  private async enqueue(outs: Promise<JobOutput[]>, bytes: number): Promise<void> {
    outs.catch(() => undefined); // awaited in order below; avoid an "unhandled" report meanwhile
    this.queue.push({ outs, bytes });
    this.inFlightBytes += bytes;
    while (this.queue.length >= this.cfg.jobs * 4 || this.inFlightBytes > MAX_IN_FLIGHT_BYTES) await this.shift();
  }

  private async shift(): Promise<void> {
    const head = this.queue.shift()!;
    const outs = await head.outs;
    this.inFlightBytes -= head.bytes;
    for (const out of outs) await this.output.emit(out);
    this.progress?.add(head.bytes);
  }

  async finish(): Promise<void> {
    try {
      await this.flush();
      while (this.queue.length > 0) await this.shift();
    } finally {
      await this.pool?.close();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Input.

function sizeOf(source: string): number | null {
  try {
    const st = source === '-' ? fstatSync(0) : statSync(source);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}

/** Fails early, before any work, on a file that is not there: a typo should not cost a long run. */
function checkFiles(sources: string[]): void {
  for (const s of sources) {
    if (s === '-') continue;
    try {
      if (statSync(s).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    } catch (err) {
      throw new InputError(describeReadError(s, err));
    }
  }
}

class InputError extends Error {}

/** Splits a byte stream into lines without decoding it (a bad byte then spoils one line only). */
async function* byteLines(source: string): AsyncGenerator<Buffer> {
  const stream = source === '-' ? process.stdin : createReadStream(source);
  let parts: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    let nl: number;
    while ((nl = chunk.indexOf(10, start)) !== -1) {
      const piece = chunk.subarray(start, nl);
      yield parts.length === 0 ? piece : Buffer.concat([...parts, piece]);
      parts = [];
      start = nl + 1;
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
  }
  if (parts.length > 0) yield Buffer.concat(parts);
}

async function readAll(source: string): Promise<Buffer> {
  if (source !== '-') return readFileSync(source);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function runJsonl(cfg: Config, runner: Runner): Promise<void> {
  for (const source of cfg.sources) {
    const where = source === '-' ? '' : `${source}: `;
    let lineNo = 0;
    try {
      for await (const bytes of byteLines(source)) {
        lineNo++;
        let line: string;
        try {
          line = decodeUtf8(bytes);
        } catch {
          const error = `${where}line ${lineNo}: not valid UTF-8`;
          const n = lineNo;
          await runner.push({ bytes: bytes.length + 1, local: () => ({ json: JSON.stringify({ id: null, line: n, error }), error }) });
          continue;
        }
        if (line.endsWith('\r')) line = line.slice(0, -1);
        if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1); // a BOM is not JSON
        if (line.trim() === '') continue; // blank lines separate nothing; skip them
        const n = lineNo;
        await runner.push({ bytes: bytes.length + 1, local: () => runJsonlLine(line, n, cfg.defaults, where), line: { text: line, lineNo, where } });
      }
    } catch (err) {
      throw new InputError(describeReadError(source, err));
    }
  }
}

async function runDocuments(cfg: Config, runner: Runner, output: Output): Promise<void> {
  if (cfg.sources.length === 1) {
    // One input: in-process, and `--format json` prints the bare result.
    const source = cfg.sources[0];
    const label = source === '-' ? '-' : source;
    let text: string;
    try {
      text = decodeUtf8(await readAll(source));
    } catch (err) {
      await output.emit({ json: '', error: describeReadError(source === '-' ? 'stdin' : source, err) });
      return;
    }
    try {
      const result = extract(text, cfg.defaults);
      await output.emit({ json: JSON.stringify({ file: label, ...result }) }, result);
    } catch (err) {
      await output.emit({ json: '', error: `${label}: ${errorMessage(err)}` });
    }
    return;
  }
  for (const source of cfg.sources) {
    if (source === '-') {
      let out: JobOutput;
      try {
        out = runText(decodeUtf8(await readAll('-')), '-', cfg.defaults);
      } catch (err) {
        const error = describeReadError('stdin', err);
        out = { json: JSON.stringify({ file: '-', error }), error };
      }
      await runner.push({ bytes: 0, local: () => out });
      continue;
    }
    await runner.push({ bytes: sizeOf(source) ?? 0, local: () => runFile(source, cfg.defaults), file: source });
  }
}

// ---------------------------------------------------------------------------------------------

export async function main(argv: string[]): Promise<number> {
  let cfg: Config;
  try {
    const parsed = parseConfig(argv);
    if (parsed === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (parsed === 'version') {
      process.stdout.write(readVersion() + '\n');
      return 0;
    }
    cfg = parsed;
    if (cfg.sources.length === 1 && cfg.sources[0] === '-' && process.stdin.isTTY) {
      throw new UsageError('no input: give files, or pipe text on stdin');
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`vn-extract: ${err.message}\nTry 'vn-extract --help'.\n`);
      return 2;
    }
    throw err;
  }

  try {
    checkFiles(cfg.sources);
  } catch (err) {
    process.stderr.write(`vn-extract: ${errorMessage(err)}\n`);
    return 1;
  }

  const sizes = cfg.sources.map(sizeOf);
  const total = sizes.every((s) => s !== null) ? sizes.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
  const single = !cfg.jsonlInput && cfg.sources.length === 1;
  const output = new Output(cfg.format, single);
  const progress = cfg.progress && process.stderr.isTTY && total !== null && total > PROGRESS_MIN_BYTES ? new Progress(total) : null;
  // --jobs 1 or one document: in-process. Default --jobs: workers once the input passes 1 MB
  // (known sizes decide at once; a pipe switches over when it gets there). Explicit --jobs N: workers.
  const unitsCanSpread = cfg.jsonlInput || cfg.sources.length > 1;
  const workersFrom = cfg.jobs <= 1 || !unitsCanSpread ? Infinity : cfg.jobsExplicit ? -1 : total !== null ? (total >= WORKERS_WORTH_IT_BYTES ? -1 : Infinity) : WORKERS_WORTH_IT_BYTES;
  const runner = new Runner(cfg, output, progress, workersFrom);

  try {
    if (cfg.jsonlInput) await runJsonl(cfg, runner);
    else await runDocuments(cfg, runner, output);
    await runner.finish();
    await output.end();
  } catch (err) {
    await runner.finish().catch(() => undefined);
    progress?.finish();
    process.stderr.write(`vn-extract: ${errorMessage(err)}\n`);
    return 1;
  }
  progress?.finish();
  return output.failed > 0 ? 1 : 0;
}

function exitWhenFlushed(code: number): void {
  process.exitCode = code;
}

// A closed pipe (`vn-extract … | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(exitWhenFlushed, (err) => {
  process.stderr.write(`vn-extract: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 70;
});

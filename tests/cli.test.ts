/**
 * The command line, run as a child process. It is built from the current sources into a private
 * temp dir laid out like the package (dist/cli.cjs, dist/worker.cjs, package.json): the repo's dist/
 * may be stale or rebuilt by someone else mid-run (tsup cleans it), so the tests do not use it.
 */
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src';

const repo = join(__dirname, '..');
let dir: string;
let cli: string;

const REF = '2022-04-01';
const ARTICLE =
  'Ngày 30/7/2021, Thủ tướng Phạm Minh Chính ký Quyết định số 1234/QĐ-TTg hỗ trợ 17,6 tỷ đồng. ' +
  'Hôm qua, ông Nguyễn Văn A, Chủ tịch UBND tỉnh, cho biết giá 50 triệu đồng/căn.';

function run(args: string[], input?: string | Buffer) {
  const stdin = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input: stdin, timeout: 30000, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vn-extract-cli-'));
  mkdirSync(join(dir, 'dist'));
  buildSync({
    entryPoints: { cli: join(repo, 'src', 'cli.ts'), worker: join(repo, 'src', 'batch', 'worker.ts') },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: join(dir, 'dist'),
    outExtension: { '.js': '.cjs' },
    logLevel: 'error',
  });
  copyFileSync(join(repo, 'package.json'), join(dir, 'package.json'));
  cli = join(dir, 'dist', 'cli.cjs');
  writeFileSync(join(dir, 'article.txt'), ARTICLE);
  writeFileSync(join(dir, 'other.txt'), 'Sáng 2/9, tại Hà Nội, giá vàng tăng 500.000 đồng.');
  writeFileSync(join(dir, 'bad-utf8.txt'), Buffer.from([0x4e, 0x67, 0xc3, 0x28, 0x79, 0xff]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vn-extract CLI', () => {
  test('--version prints the package.json version', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version);
  });

  test('--help prints the usage and every option', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    for (const flag of ['--reference-date', '--types', '--format', '--jsonl-input', '--jobs', '--help', '--version']) expect(r.stdout).toContain(flag);
  });

  test('a file gives the same result as extract() on its text', () => {
    const r = run(['--reference-date', REF, 'article.txt']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(extract(ARTICLE, { referenceDate: REF }))));
  });

  test('stdin is read when no file is given', () => {
    const r = run(['-r', REF, '--format', 'jsonl'], ARTICLE);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toEqual({ file: '-', ...JSON.parse(JSON.stringify(extract(ARTICLE, { referenceDate: REF }))) });
  });

  test('--types limits the record types', () => {
    const r = run(['-r', REF, '--types', 'dates,money', 'article.txt']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual(JSON.parse(JSON.stringify(extract(ARTICLE, { referenceDate: REF, types: ['dates', 'money'] }))));
    expect(out.officials).toEqual([]);
    expect(out.documents).toEqual([]);
  });

  test('offsets point into the file as node reads it, BOM and CRLF included', () => {
    const original = '\ufeff' + ARTICLE.replace('. ', '.\r\n') + '\r\n';
    writeFileSync(join(dir, 'bom.txt'), original);
    const r = run(['-r', REF, 'bom.txt']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const read = readFileSync(join(dir, 'bom.txt'), 'utf8');
    expect(read).toBe(original);
    const records = [...out.dates, ...out.officials, ...out.documents, ...out.money];
    expect(records.length).toBeGreaterThan(0); // "17,6 tỷ đồng" at least
    for (const rec of records) expect(read.slice(rec.start, rec.end)).toBe(rec.text);
  });

  test('several files give a JSON array in argument order', () => {
    const r = run(['-r', REF, 'other.txt', 'article.txt']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.map((o: { file: string }) => o.file)).toEqual(['other.txt', 'article.txt']);
    expect(out[1]).toEqual({ file: 'article.txt', ...JSON.parse(JSON.stringify(extract(ARTICLE, { referenceDate: REF }))) });
  });

  test('--jsonl-input: one output line per input line with the same id; a bad line gives an error line and exit 1', () => {
    const input = [
      JSON.stringify({ id: 'a', text: ARTICLE, referenceDate: REF }),
      '{"id": "broken", "text": ', // not JSON
      JSON.stringify({ id: 7, text: 42 }), // text not a string
      '',
      JSON.stringify({ id: 'c', text: ARTICLE, referenceDate: 'not-a-date' }),
      JSON.stringify({ id: 'd', text: 'Năm 2020' }),
    ].join('\n');
    const r = run(['--jsonl-input', '-r', '2023-01-01'], input);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'c', 'd']);
    expect(lines[0]).toEqual({ id: 'a', ...JSON.parse(JSON.stringify(extract(ARTICLE, { referenceDate: REF }))) });
    expect(lines[1]).toMatchObject({ id: null, line: 2, error: expect.stringContaining('invalid JSON') });
    expect(lines[2]).toMatchObject({ id: 7, line: 3, error: expect.stringContaining('"text" must be a string') });
    expect(lines[3]).toMatchObject({ id: 'c', line: 5, error: expect.stringContaining('referenceDate') });
    // a line without referenceDate takes --reference-date
    expect(lines[4]).toEqual({ id: 'd', ...JSON.parse(JSON.stringify(extract('Năm 2020', { referenceDate: '2023-01-01' }))) });
    expect(r.stderr).toContain('line 2: invalid JSON');
    expect(r.stderr).toContain('line 3');
    expect(r.stderr).toContain('line 5');
  });

  test.each([['1'], ['2']])('--jsonl-input --jobs %s: a line with bad UTF-8 fails alone', (jobs) => {
    const good = Buffer.from(JSON.stringify({ id: 1, text: 'Ngày 1/1/2020' }) + '\n');
    const bad = Buffer.concat([Buffer.from('{"id": 2, "text": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
    const r = run(['--jsonl-input', '-r', REF, '--jobs', jobs], Buffer.concat([good, bad, good]));
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('UTF-8') });
    expect(lines[2].id).toBe(1);
    expect(lines[2].error).toBeUndefined();
  });

  test('--jsonl-input: CRLF line ends and a leading BOM are accepted', () => {
    const input = '\ufeff' + [1, 2].map((id) => JSON.stringify({ id, text: 'Ngày 2/9/2021' })).join('\r\n') + '\r\n';
    const r = run(['--jsonl-input', '-r', REF], input);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([1, 2]);
  });

  test('--jsonl-input --format json gives one JSON array', () => {
    const input = [1, 2, 3].map((id) => JSON.stringify({ id, text: `Ngày ${id}/4/2022` })).join('\n') + '\n';
    const r = run(['--jsonl-input', '--format', 'json', '-r', REF], input);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((o: { id: number }) => o.id)).toEqual([1, 2, 3]);
  });

  test('--jobs 2 keeps input order and gives the same lines as --jobs 1', () => {
    // Texts of very different lengths, so that workers finish out of order.
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) {
      const text = (i % 7 === 0 ? ARTICLE.repeat(40) : ARTICLE.slice(0, 20 + (i % 50))) + ` ${i}`;
      lines.push(JSON.stringify({ id: `n${i}`, text, referenceDate: REF }));
    }
    writeFileSync(join(dir, 'many.jsonl'), lines.join('\n') + '\n');
    const one = run(['--jsonl-input', '--jobs', '1', 'many.jsonl']);
    const two = run(['--jsonl-input', '--jobs', '2', 'many.jsonl']);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    const ids = two.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(lines.map((_, i) => `n${i}`));
    expect(two.stdout).toBe(one.stdout);
  });

  test('default --jobs on a pipe: switches to workers past 1 MB and keeps order', () => {
    const lines: string[] = [];
    for (let i = 0, n = 0; n < 1.5e6; i++) {
      const line = JSON.stringify({ id: i, text: i % 10 === 0 ? ARTICLE : 'lorem '.repeat(100 + ((i * 37) % 400)), referenceDate: REF });
      lines.push(line);
      n += Buffer.byteLength(line) + 1;
    }
    const input = lines.join('\n') + '\n';
    const auto = run(['--jsonl-input'], input);
    const one = run(['--jsonl-input', '--jobs', '1'], input);
    expect(auto.status).toBe(0);
    expect(auto.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(lines.map((_, i) => i));
    expect(auto.stdout).toBe(one.stdout);
  });

  test('--jobs 2 over several files keeps argument order', () => {
    const r = run(['--jobs', '2', '--format', 'jsonl', '-r', REF, 'article.txt', 'other.txt', 'article.txt', 'bad-utf8.txt', 'other.txt']);
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.file)).toEqual(['article.txt', 'other.txt', 'article.txt', 'bad-utf8.txt', 'other.txt']);
    expect(out[3].error).toContain('not valid UTF-8');
    expect(out[4].error).toBeUndefined();
  });

  test('bad UTF-8 in a file: clear message, non-zero exit, no output', () => {
    const r = run(['bad-utf8.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad-utf8\.txt: not valid UTF-8/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('a missing file: clear message, non-zero exit, nothing processed', () => {
    const r = run(['article.txt', 'no-such-file.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no-such-file.txt: no such file');
  });

  test.each([
    [['--bogus', 'article.txt'], /Unknown option '--bogus'/],
    [['--format', 'xml', 'article.txt'], /--format must be json or jsonl/],
    [['--types', 'dates,weather', 'article.txt'], /--types: "weather" is not a record type/],
    [['--reference-date', '2022-02-30', 'article.txt'], /--reference-date: "2022-02-30" is not a valid date/],
    [['--jobs', 'many', 'article.txt'], /--jobs must be a whole number/],
    [['--reference-date'], /--reference-date/],
  ])('bad option %j: exit 2 with a message naming it', (args, message) => {
    const r = run(args as string[], '');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

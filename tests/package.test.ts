/**
 * The packed tarball, as a user gets it: build with the repo's tsup config into a staging copy of
 * the package (not the shared dist/, which others may be rebuilding), `npm pack` it, install the
 * tarball into a fresh project, then use it from ESM, CommonJS, the `vn-extract` bin and
 * TypeScript (moduleResolution node16, both .mts and .cts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let tmp: string;
let consumer: string;
let packedFiles: string[];

/** The environment without what `npm test` sets for the repo (npm_config_local_prefix, npm_package_*…). */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.toLowerCase().startsWith('npm_') || keep.has(k.toLowerCase())) env[k] = v;
  return { ...env, npm_config_update_notifier: 'false' };
}

function sh(cmd: string, args: string[], cwd: string, input?: string): string {
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8', timeout: 90000, env: cleanEnv() });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'vn-extract-pack-'));
  const stage = join(tmp, 'stage');
  mkdirSync(stage);
  // A fresh build of the current sources, with the real tsup config, into the staging copy.
  sh(process.execPath, [join(repo, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--out-dir', join(stage, 'dist')], repo);
  for (const f of ['package.json', 'README.md', 'LICENSE', 'schema']) {
    if (existsSync(join(repo, f))) cpSync(join(repo, f), join(stage, f), { recursive: true });
  }
  const packed = JSON.parse(sh(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], stage)) as { filename: string; files: { path: string }[] }[];
  packedFiles = packed[0].files.map((f) => f.path).sort();
  const tarball = join(tmp, packed[0].filename);

  consumer = join(tmp, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  sh(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], consumer);
}, 120000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const TEXT = 'Ngày 30/7/2021, Thủ tướng ký Quyết định số 1234/QĐ-TTg hỗ trợ 17,6 tỷ đồng.';
const CHECK = `
  const keys = Object.keys(r).sort().join(',');
  if (keys !== 'dates,documents,money,officials') throw new Error('keys: ' + keys);
  for (const k of ['dates', 'officials', 'documents', 'money']) if (!Array.isArray(r[k])) throw new Error(k + ' is not an array');
  console.log('ok ' + keys);
`;

describe('the packed package', () => {
  test('the tarball holds the builds, declarations for both formats, the schema, and no sources', () => {
    for (const f of ['package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/schema.js', 'dist/schema.cjs', 'dist/schema.d.ts', 'dist/schema.d.cts', 'dist/cli.cjs', 'dist/worker.cjs']) expect(packedFiles).toContain(f);
    expect(packedFiles.some((f) => f.startsWith('schema/') && f.endsWith('.json'))).toBe(true);
    expect(packedFiles.filter((f) => f.startsWith('src/') || f.startsWith('tests/') || f.startsWith('node_modules/'))).toEqual([]);
  });

  test("ESM: import { extract } from 'vn-extract'", () => {
    writeFileSync(join(consumer, 'esm.mjs'), `import { extract } from 'vn-extract';\nconst r = extract(${JSON.stringify(TEXT)}, { referenceDate: '2022-04-01' });\n${CHECK}`);
    expect(sh(process.execPath, ['esm.mjs'], consumer).trim()).toBe('ok dates,documents,money,officials');
  });

  test("CommonJS: require('vn-extract').extract", () => {
    writeFileSync(join(consumer, 'cjs.cjs'), `const r = require('vn-extract').extract(${JSON.stringify(TEXT)}, { referenceDate: '2022-04-01' });\n${CHECK}`);
    expect(sh(process.execPath, ['cjs.cjs'], consumer).trim()).toBe('ok dates,documents,money,officials');
  });

  test("the zod schemas from 'vn-extract/schema' (ESM and CommonJS) validate a result; the JSON Schema is 'vn-extract/schema.json'", () => {
    const check = `if (!ExtractResultSchema.safeParse(r).success) throw new Error('schema');
if (!Array.isArray(resultJsonSchema().required)) throw new Error('json schema');
console.log('ok');`;
    writeFileSync(join(consumer, 'schema.mjs'), `import { extract } from 'vn-extract';\nimport { ExtractResultSchema, resultJsonSchema } from 'vn-extract/schema';\nimport json from 'vn-extract/schema.json' with { type: 'json' };\nconst r = extract(${JSON.stringify(TEXT)}, { referenceDate: '2022-04-01' });\nif (!json.properties.dates) throw new Error('json file');\n${check}`);
    writeFileSync(join(consumer, 'schema.cjs'), `const { extract } = require('vn-extract');\nconst { ExtractResultSchema, resultJsonSchema } = require('vn-extract/schema');\nconst r = extract(${JSON.stringify(TEXT)}, { referenceDate: '2022-04-01' });\n${check}`);
    expect(sh(process.execPath, ['schema.mjs'], consumer).trim()).toBe('ok');
    expect(sh(process.execPath, ['schema.cjs'], consumer).trim()).toBe('ok');
  });

  test('loading the main entry does not load zod (cold start)', () => {
    const probe = `require('vn-extract'); console.log(Object.keys(require.cache).some((k) => /[\\/]zod[\\/]/.test(k)) ? 'zod loaded' : 'no zod');`;
    writeFileSync(join(consumer, 'cold.cjs'), probe);
    expect(sh(process.execPath, ['cold.cjs'], consumer).trim()).toBe('no zod');
  });

  test('extractMany finds its worker from both the ESM and the CommonJS build', () => {
    const body = (imp: string) => `${imp}
(async () => {
  const ids = [];
  for await (const o of extractMany([{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }, { id: 'c', text: 'z' }], { concurrency: 2, referenceDate: '2022-04-01' })) {
    if (o.error || !Array.isArray(o.result.dates)) throw new Error(JSON.stringify(o));
    ids.push(o.id);
  }
  console.log(ids.join(''));
})();`;
    writeFileSync(join(consumer, 'many.mjs'), body(`import { extractMany } from 'vn-extract';`));
    writeFileSync(join(consumer, 'many.cjs'), body(`const { extractMany } = require('vn-extract');`));
    expect(sh(process.execPath, ['many.mjs'], consumer).trim()).toBe('abc');
    expect(sh(process.execPath, ['many.cjs'], consumer).trim()).toBe('abc');
  });

  test('the vn-extract bin runs', () => {
    const bin = join(consumer, 'node_modules', '.bin', 'vn-extract');
    const version = (require(join(repo, 'package.json')) as { version: string }).version;
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(version);
    const out = JSON.parse(execFileSync(bin, ['--reference-date', '2022-04-01'], { input: TEXT, encoding: 'utf8' }));
    expect(Object.keys(out).sort()).toEqual(['dates', 'documents', 'money', 'officials']);
  });

  test('TypeScript resolves the types from ESM (.mts) and CommonJS (.cts) with moduleResolution node16', () => {
    const use = `
const r = extract('x', { referenceDate: '2022-04-01', types: ['dates', 'money'] });
const n: number = r.dates.length + r.officials.length + r.documents.length + r.money.length;
const typed: ExtractResult = r;
// @ts-expect-error extract takes a string: the types are real, not any
extract(42);
// @ts-expect-error an unknown record type
extract('x', { types: ['weather'] });
export { n, typed };
`;
    writeFileSync(join(consumer, 'use-esm.mts'), `import { extract, type ExtractResult } from 'vn-extract';\n${use}`);
    writeFileSync(join(consumer, 'use-cjs.cts'), `import { extract, type ExtractResult } from 'vn-extract';\n${use}`);
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use-esm.mts', 'use-cjs.cts'] }),
    );
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', consumer, '--traceResolution'], { cwd: consumer, encoding: 'utf8' });
    const errors = r.stdout.split('\n').filter((l) => /error TS/.test(l));
    expect(errors).toEqual([]);
    expect(r.status).toBe(0);
    // each file got the declarations of its own format
    expect(r.stdout).toMatch(/'vn-extract' was successfully resolved to '.*node_modules\/vn-extract\/dist\/index\.d\.ts'/);
    expect(r.stdout).toMatch(/'vn-extract' was successfully resolved to '.*node_modules\/vn-extract\/dist\/index\.d\.cts'/);
  });
});

import { defineConfig } from 'tsup';

// The library and its zod schemas (ESM + CJS, with .d.ts and .d.cts), then the CLI and the
// batch worker (CJS, with a shebang).
// date-fns is bundled (only the functions used): require('date-fns') whole costs ~110 ms of cold start.
const noExternal = ['date-fns'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: false,
    // extractMany finds dist/worker.cjs through __dirname; the shim gives the ESM build one too.
    shims: true,
    noExternal,
  },
  {
    entry: { cli: 'src/cli.ts', worker: 'src/batch/worker.ts' },
    format: ['cjs'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal,
  },
]);

import { defineConfig } from 'tsup';

// Two entries: the library (ESM + CJS, with .d.ts and .d.cts) and the CLI (CJS, with a shebang).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: false,
    // extractMany finds dist/worker.cjs through __dirname; the shim gives the ESM build one too.
    shims: true,
  },
  {
    entry: { cli: 'src/cli.ts', worker: 'src/batch/worker.ts' },
    format: ['cjs'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);

// Regenerates schema/vn-extract.schema.json from the zod schemas (via the built package).
// Run with `npm run schema` (it builds first); tests/schema.test.ts fails when the file drifts.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { resultJsonSchema } = require('../dist/schema.cjs');
const out = fileURLToPath(new URL('../schema/vn-extract.schema.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(resultJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);

/**
 * No result may depend on the machine's time zone: every fixture text (and the seed article) is
 * extracted in child processes under three TZ values far apart, and the results must be identical.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_TYPES } from '../src';
import { loadFixtureFiles, FIXTURE_ROOT } from './support/fixtures';
import { bundleSources } from './support/bundle';

interface Job {
  text: string;
  referenceDate: string;
}

function collectJobs(): Job[] {
  const jobs: Job[] = [];
  for (const type of RECORD_TYPES) {
    for (const { file } of loadFixtureFiles(type)) {
      const ref = file.referenceDate ?? '2022-04-01';
      for (const c of file.cases ?? []) jobs.push({ text: c.text, referenceDate: c.referenceDate ?? ref });
      for (const n of file.negatives ?? []) jobs.push(typeof n === 'string' ? { text: n, referenceDate: ref } : { text: n.text, referenceDate: n.referenceDate ?? ref });
    }
  }
  const seed = readFileSync(join(FIXTURE_ROOT, 'seed', 'seed-article.txt'), 'utf8');
  // Offsets and a Date object: both must be read the same way in every zone.
  jobs.push({ text: seed, referenceDate: '2022-04-01' });
  jobs.push({ text: seed, referenceDate: '2022-04-01T23:30:00+07:00' });
  jobs.push({ text: 'hôm qua, ngày mai, tuần trước, 1/4, 31/12', referenceDate: '2017-02-02T03:55:00-02:00' });
  jobs.push({ text: 'hôm qua, ngày mai, tuần trước, 1/4, 31/12', referenceDate: 'DATE:2022-01-01T00:30:00.000Z' });
  return jobs;
}

const CHILD = `
const { extract } = require(process.argv[1]);
const jobs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = jobs.map((j) => extract(j.text, { referenceDate: j.referenceDate.startsWith('DATE:') ? new Date(j.referenceDate.slice(5)) : j.referenceDate }));
process.stdout.write(JSON.stringify(out));
`;

describe('results do not depend on the time zone', () => {
  const jobs = collectJobs();
  let bundle = '';
  beforeAll(() => {
    bundle = bundleSources();
  });

  const zones = ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Asia/Ho_Chi_Minh'];
  const results: Record<string, string> = {};
  test.each(zones)('extract under TZ=%s', (tz) => {
    results[tz] = execFileSync(process.execPath, ['-e', CHILD, bundle], {
      input: JSON.stringify(jobs),
      env: { ...process.env, TZ: tz },
      maxBuffer: 256 * 1024 * 1024,
    }).toString();
    expect(JSON.parse(results[tz])).toHaveLength(jobs.length);
  });

  test('all zones agree', () => {
    for (const tz of zones.slice(1)) expect(results[tz]).toEqual(results.UTC);
  });
});

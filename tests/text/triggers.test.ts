import fc from 'fast-check';
import { isLetterCode } from '../../src/text/charclass';
import { defineTriggers, scanTriggers } from '../../src/text/triggers';

const COLOURS = defineTriggers('test colours', () => ['đỏ', 'xanh', 'vàng']);
const UNITS = defineTriggers('test units', () => ['xanh', 'mét'], '$€');

/** What the scan must find, computed the slow, obvious way: every maximal letter run. */
function wordsIn(text: string): Array<{ word: string; start: number }> {
  const out: Array<{ word: string; start: number }> = [];
  let i = 0;
  while (i < text.length) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < text.length && isLetterCode(text.charCodeAt(i))) i++;
    out.push({ word: text.slice(s, i), start: s });
  }
  return out;
}

describe('scanTriggers', () => {
  it('finds whole trigger words only, for each set that declared them', () => {
    const text = 'áo đỏ, quần xanh; đỏa vàngg 12mét mét';
    const hits = scanTriggers(text);
    expect([...hits.starts(COLOURS)]).toEqual([text.indexOf('đỏ'), text.indexOf('xanh')]);
    expect([...hits.starts(UNITS)]).toEqual([text.indexOf('xanh'), text.indexOf('mét'), text.lastIndexOf('mét')]);
  });

  it('reads a word glued after digits as a word ("12mét") only when it is the whole letter run', () => {
    const hits = scanTriggers('12mét 5métx');
    expect([...hits.starts(UNITS)]).toEqual([2]);
  });

  it('notes trigger symbols and every digit run', () => {
    const text = '$5 và 10€, mã A320/2021';
    const hits = scanTriggers(text);
    expect([...hits.starts(UNITS)]).toEqual([0, text.indexOf('€')]);
    const runs = [];
    for (let k = 0; k < hits.digitCount; k++) runs.push(text.slice(hits.digitStart(k), hits.digitEnd(k)));
    expect(runs).toEqual(['5', '10', '320', '2021']);
  });

  it('treats combining marks as part of a word (NFD input is folded before, but the scan must not split it)', () => {
    const nfd = 'xanh \u0111o\u0309'; // "đỏ" with a combining hook above: not the NFC word, so no hit
    expect([...scanTriggers(nfd).starts(COLOURS)]).toEqual([0]);
  });

  it('rejects a trigger word that is not one letter run', () => {
    defineTriggers('test broken', () => ['chủ nhật']);
    expect(() => scanTriggers('chủ nhật')).toThrow(/not one letter run/);
  });
});

describe('scanTriggers on any string (property)', () => {
  // The broken set above is defined in another test; this block uses a fresh module registry.
  it('gives exactly the /\\d+/g runs and exactly the word starts of declared words', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const t = require('../../src/text/triggers') as typeof import('../../src/text/triggers');
      const words = ['năm', 'ngày', 'ông', 'bà', 'tỷ', 'k'];
      const set = t.defineTriggers('property', () => words, '$');
      const alphabet = fc.constantFrom('n', 'ă', 'm', 'g', 'à', 'y', 'ô', 'b', 't', 'ỷ', 'k', ' ', ',', '1', '0', '$', '\u0301', 'Ă', '\uD800');
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (text) => {
          const hits = t.scanTriggers(text);
          const runs: string[] = [];
          for (let k = 0; k < hits.digitCount; k++) runs.push(`${hits.digitStart(k)}-${hits.digitEnd(k)}`);
          const expectedRuns = [...text.matchAll(/\d+/g)].map((m) => `${m.index}-${m.index + m[0].length}`);
          expect(runs).toEqual(expectedRuns);
          const expected: number[] = [];
          for (const w of wordsIn(text)) if (words.includes(w.word)) expected.push(w.start);
          for (let i = 0; i < text.length; i++) if (text[i] === '$') expected.push(i);
          expected.sort((a, b) => a - b);
          expect([...hits.starts(set)]).toEqual(expected);
        }),
        { numRuns: 2000 },
      );
    });
  });
});

/** Small exact operations on canonical decimal strings ("17600000000", "2.23"); no floats. */

/** Compares two non-negative canonical decimals: -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length < bi.length ? -1 : 1;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const len = Math.max(af.length, bf.length);
  const x = af.padEnd(len, '0');
  const y = bf.padEnd(len, '0');
  return x === y ? 0 : x < y ? -1 : 1;
}

/** "2" + 23 hundredths → "2.23"; "1" + 5 → "1.05". `whole` must be an integer, `cents` 0-99. */
export function addHundredths(whole: string, cents: number): string {
  if (cents === 0) return whole;
  const frac = String(cents).padStart(2, '0').replace(/0+$/, '');
  return `${whole}.${frac}`;
}

export function isInteger(value: string): boolean {
  return !value.includes('.');
}

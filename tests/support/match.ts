/**
 * Deep "subset" matching for fixture expectations: every key the fixture gives must match, keys
 * it leaves out are not checked. Arrays must have the same length and match element by element.
 * Returns a list of human-readable differences (empty when it matches).
 */
export function subsetDiff(expected: unknown, actual: unknown, path = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (expected.length !== actual.length) {
      return [`${path}: expected ${expected.length} item(s), got ${actual.length}: ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((e, i) => subsetDiff(e, actual[i], `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    }
    const a = actual as Record<string, unknown>;
    return Object.entries(expected as Record<string, unknown>).flatMap(([k, v]) =>
      v === null ? (a[k] === undefined ? [] : [`${path}.${k}: expected absent, got ${JSON.stringify(a[k])}`]) : subsetDiff(v, a[k], `${path}.${k}`),
    );
  }
  return Object.is(expected, actual) ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

/** Every `{text, start, end}` object in a record tree must be an exact slice of the input. */
export function offsetViolations(input: string, value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => offsetViolations(input, v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const out = Object.entries(o).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? offsetViolations(input, v, `${path}.${k}`) : []));
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
    if (!(o.start >= 0 && o.end >= o.start && o.end <= input.length)) out.push(`${path}: offsets out of range ${o.start}-${o.end}`);
    else if (input.slice(o.start, o.end) !== o.text) out.push(`${path}: input.slice(${o.start}, ${o.end}) = ${JSON.stringify(input.slice(o.start, o.end))} but text = ${JSON.stringify(o.text)}`);
  }
  return out;
}

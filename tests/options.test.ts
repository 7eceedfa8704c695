import { extract, VnExtractOptionError } from '../src';
import { parseReferenceString, referenceFromDate } from '../src/core/reference';

describe('options', () => {
  test.each([
    [{ referenceDate: 'hôm qua' }, 'referenceDate'],
    [{ referenceDate: '2022-02-30' }, 'referenceDate'],
    [{ referenceDate: '2022-13-01' }, 'referenceDate'],
    [{ referenceDate: new Date('nope') }, 'referenceDate'],
    [{ referenceDate: 20220401 }, 'referenceDate'],
    [{ types: 'dates' }, 'types'],
    [{ types: ['dates', 'people'] }, 'types'],
    [{ refDate: '2022-04-01' }, 'refDate'],
    ['2022-04-01', 'options'],
  ])('%p is rejected with an error naming %s', (options, name) => {
    let error: unknown;
    try {
      extract('Sáng 1/4', options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VnExtractOptionError);
    expect((error as VnExtractOptionError).option).toBe(name);
    expect((error as Error).message).toContain(`"${name}"`);
  });

  test('a non-string text is a clear TypeError', () => {
    expect(() => extract(42 as never)).toThrow(/expects a string, got number/);
    expect(() => extract(null as never)).toThrow(/got null/);
  });

  test('types limits the record types returned (the others stay empty arrays)', () => {
    const r = extract('Sáng 1/4, vận động được 17,6 tỷ đồng', { referenceDate: '2022-04-01', types: ['money'] });
    expect(r.dates).toEqual([]);
    expect(r.officials).toEqual([]);
    expect(r.documents).toEqual([]);
  });
});

describe('reference date', () => {
  test('an ISO datetime with an offset is wall-clock time in that offset', () => {
    expect(parseReferenceString('2017-02-02T03:55:00-02:00')).toMatchObject({ year: 2017, month: 2, day: 2, hour: 3, minute: 55, offsetMinutes: -120, weekday: 4 });
  });
  test('a plain date is midnight with no offset', () => {
    expect(parseReferenceString('2022-04-01')).toMatchObject({ year: 2022, month: 4, day: 1, hour: 0, offsetMinutes: undefined, weekday: 5 });
  });
  test('a Date is read in UTC, whatever the machine zone', () => {
    expect(referenceFromDate(new Date('2022-01-01T00:30:00Z'))).toMatchObject({ year: 2022, month: 1, day: 1, hour: 0, minute: 30 });
  });
  test('impossible dates are refused', () => {
    expect(parseReferenceString('2023-02-29')).toBeNull();
    expect(parseReferenceString('2024-02-29')).not.toBeNull();
    expect(parseReferenceString('2022-04-01T24:00')).toBeNull();
  });
});

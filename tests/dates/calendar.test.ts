import { addDays, dayNumber, daysInMonth, fromDayNumber, isLeap, isoWeekday, isoWeekLabel, nearestYear } from '../../src/extractors/dates/calendar';

describe('calendar arithmetic (wall-clock dates, any TZ)', () => {
  test('day numbers count from 1970-01-01 and round-trip', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2022, 4, 1)).toBe(19083); // 52 years of days: 52 * 365 + 13 leap days + 90
    for (let n = -800000; n <= 800000; n += 997) {
      const { y, m, d } = fromDayNumber(n);
      expect(dayNumber(y, m, d)).toBe(n);
    }
  });

  test('years below 100 stay literal', () => {
    expect(fromDayNumber(dayNumber(91, 3, 9))).toEqual({ y: 91, m: 3, d: 9 });
  });

  test('leap years and month lengths', () => {
    expect([isLeap(2000), isLeap(1900), isLeap(2024), isLeap(2023)]).toEqual([true, false, true, false]);
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2022, 4), daysInMonth(2022, 12)]).toEqual([29, 28, 30, 31]);
  });

  test('ISO weekdays and weeks', () => {
    expect(isoWeekday(2022, 4, 1)).toBe(5); // a Friday
    expect(isoWeekday(2017, 2, 5)).toBe(7); // a Sunday
    expect(isoWeekLabel(2017, 2, 2)).toBe('2017-W05');
    expect(isoWeekLabel(2021, 1, 3)).toBe('2020-W53'); // belongs to the last week of 2020
    expect(isoWeekLabel(2018, 12, 31)).toBe('2019-W01');
  });

  test('adding days crosses months and years', () => {
    expect(addDays(2022, 12, 31, 1)).toEqual({ y: 2023, m: 1, d: 1 });
    expect(addDays(2024, 3, 1, -1)).toEqual({ y: 2024, m: 2, d: 29 });
  });

  test('a day/month without a year takes the nearest year', () => {
    expect(nearestYear(2022, 1, 5, 12, 28)).toBe(2021);
    expect(nearestYear(2022, 12, 20, 1, 3)).toBe(2023);
    expect(nearestYear(2022, 4, 1, 4, 1)).toBe(2022);
  });
});

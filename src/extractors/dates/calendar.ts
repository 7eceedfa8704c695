/**
 * Calendar arithmetic on wall-clock dates. Every date here is a calendar day with no time zone.
 * Day counting is plain integer arithmetic (it runs for every date candidate, where building Date
 * objects cost a quarter of the extractor's time); weeks and weekdays go through date-fns, on a
 * date built as local noon (noon never falls in a DST gap, and every date-fns call below reads
 * local fields), so no result depends on the machine's TZ (tests/timezone.test.ts runs the
 * fixtures under four zones). Days are counted as "day numbers" since 1970-01-01.
 */
import { getISODay, getISOWeek, getISOWeekYear } from 'date-fns';

/** Local noon of y-m-d; setFullYear keeps years below 100 literal (new Date(91, …) would be 1991). */
function wallDate(y: number, m: number, d: number): Date {
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(y, m - 1, d);
  return date;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
}

/** Day number of y-m-d (proleptic Gregorian), 0 = 1970-01-01 (the days_from_civil algorithm). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The inverse of dayNumber (civil_from_days). */
export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(y: number, m: number, d: number, days: number): Ymd {
  return fromDayNumber(dayNumber(y, m, d) + days);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(y: number, m: number, d: number): number {
  return getISODay(wallDate(y, m, d));
}

/** The Monday of the week containing y-m-d. */
export function mondayOf(y: number, m: number, d: number): Ymd {
  return addDays(y, m, d, 1 - isoWeekday(y, m, d));
}

/** ISO 8601 week label ("2017-W05") of the week containing y-m-d. */
export function isoWeekLabel(y: number, m: number, d: number): string {
  const date = wallDate(y, m, d);
  return `${getISOWeekYear(date)}-W${pad2(getISOWeek(date))}`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function pad4(n: number): string {
  return n >= 1000 ? String(n) : String(n).padStart(4, '0');
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A day and month that exist in some year (29/2 does). */
export function isPossibleDayMonth(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 ? 29 : MONTH_DAYS[m - 1]);
}

/**
 * The year that puts month/day nearest the reference day (ties go to the reference year).
 * `d` undefined: a whole month, compared month to month.
 */
export function nearestYear(refY: number, refM: number, refD: number, m: number, d?: number): number {
  if (d === undefined) {
    const diff = m - refM; // -11..11
    if (diff > 6) return refY - 1;
    if (diff < -6) return refY + 1;
    return refY;
  }
  const ref = dayNumber(refY, refM, refD);
  let best = refY;
  let bestDist = Infinity;
  for (const y of [refY, refY - 1, refY + 1]) {
    if (!isValidDate(y, m, d)) continue;
    const dist = Math.abs(dayNumber(y, m, d) - ref);
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  if (bestDist === Infinity) {
    // 29/2 away from a leap year: the nearest leap year.
    for (let k = 1; k < 8; k++) {
      if (isLeap(refY - k)) return refY - k;
      if (isLeap(refY + k)) return refY + k;
    }
  }
  return best;
}

/** A two-digit year ("91", "17"): the century that puts it at most 20 years after the reference year. */
export function expandTwoDigitYear(yy: number, refY: number): number {
  const century = Math.floor(refY / 100) * 100;
  let y = century + yy;
  if (y > refY + 20) y -= 100;
  return y;
}

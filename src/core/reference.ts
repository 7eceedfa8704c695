/**
 * The reference date: the article's own date, against which "hôm qua" or a year-less "1/4" is
 * resolved. It is wall-clock time: "2017-02-02T03:55:00-02:00" is 03:55 on 2 February, whatever
 * time zone the machine is in.
 */
export interface ReferenceDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC when the caller gave an offset ("-02:00" gives -120); undefined otherwise. */
  readonly offsetMinutes?: number;
  /** Day of week, 0 = Sunday ... 6 = Saturday. */
  readonly weekday: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes?: number): ReferenceDate {
  return { year, month, day, hour, minute, second, offsetMinutes, weekday: weekdayOf(year, month, day) };
}

/** Parses an ISO date or datetime string; returns null when it is not a real calendar date. */
export function parseReferenceString(value: string): ReferenceDate | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = m[4] ? Number(m[4]) : 0;
  const minute = m[5] ? Number(m[5]) : 0;
  const second = m[6] ? Number(m[6]) : 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offset: number | undefined;
  if (m[7] === 'Z') offset = 0;
  else if (m[7]) {
    const sign = m[7][0] === '-' ? -1 : 1;
    const digits = m[7].slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return build(year, month, day, hour, minute, second, offset);
}

/**
 * A Date is an instant; its wall-clock reading is taken in UTC so that no result depends on the
 * machine's time zone. Pass an ISO string with an offset to say which wall clock you mean.
 */
export function referenceFromDate(date: Date): ReferenceDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return build(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), 0);
}

/** Today, read in UTC (the default when the caller gives no reference date). */
export function referenceNow(): ReferenceDate {
  return referenceFromDate(new Date()) as ReferenceDate;
}

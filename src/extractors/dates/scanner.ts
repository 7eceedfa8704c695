/**
 * The dates grammar: a left-to-right scan that stops only at triggers (digit runs and a few
 * keywords), and at each one tries a small recursive-descent parse over the lower-cased text.
 * Every look-back is bounded (a word or two); every look-ahead is a handful of tokens.
 */
import type { ReferenceDate } from '../../core/reference';
import {
  addDays,
  dayNumber,
  expandTwoDigitYear,
  isoWeekday,
  isoWeekLabel,
  isPossibleDayMonth,
  isValidDate,
  mondayOf,
  nearestYear,
  pad2,
  pad4,
} from './calendar';
import {
  AFTER_OK,
  ANAPHORIC_DAYS,
  CLOCK_APPROX,
  CLOCK_APPROX_OPENERS,
  CLOCK_CUES,
  DURATION_AFTER,
  DURATION_BEFORE,
  HABITUAL_CLOCK,
  HABITUAL_CLOCK_PREVIOUS,
  LENGTH_BEFORE_UNTIL,
  RATIO_BEFORE,
  EARTHLY_BRANCHES,
  HEAVENLY_STEMS,
  MONTH_WORDS,
  NEWS_AGENCIES,
  ORDINAL_BEFORE,
  PART_OF_DAY,
  PART_OF_DAY_SHORT_DAYS,
  PERIOD_SHIFTS,
  PERIOD_WORDS,
  QUANTIFIERS,
  QUARTER_WORDS,
  RELATIVE_DAYS,
  ROMAN_QUARTERS,
  STRONG_BEFORE,
  SUNDAY_WORDS,
  UNIT_AFTER,
  WEEKDAY_BEFORE,
  WEAK_BEFORE,
  WEEKDAY_WORDS,
  YEAR_QUALIFIERS,
  YEAR_RANGE_BEFORE,
  type PartOfDay,
} from './lexicon';
import { HOLIDAYS } from './holidays';
import { readNumberAt } from '../../text/numbers';
import { isLetterCode } from '../../text/charclass';
import { defineTriggers, type TriggerHits } from '../../text/triggers';

export type Grain = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
type Inferred = 'year' | 'month' | 'day';
type Context = 'strong' | 'weak' | 'none';

/** A resolved point: the start of the period named at `grain` (m = first month of a quarter, d = Monday of a week). */
export interface Point {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  grain: Grain;
}

export interface Hit {
  start: number;
  end: number;
  p: Point;
  to?: Point;
  inferred: Inferred[];
  partOfDay?: PartOfDay;
  calendar: 'gregorian' | 'lunar';
  kind: 'absolute' | 'relative' | 'anaphoric';
  weekday?: number;
  /** The year was written ("30/7/2021"), not inferred. */
  yearStated: boolean;
}

/** Nouns after "năm NNNN" that make NNNN a count, not a year. */
const COUNTED_NOUNS: ReadonlySet<string> = new Set(['người', 'đồng', 'tỷ', 'triệu', 'chiếc', 'con', 'căn', 'ca', 'lượt', 'hộ', 'tấn', 'km']);

/** Words before "quý" that make it the adjective "precious, noble" ("cao quý", "tôn quý"). */
const NOT_BEFORE_QUARTER: ReadonlySet<string> = new Set(['cao', 'tôn', 'phú', 'quyền', 'rất', 'đáng', 'thật', 'hiếm', 'cực', 'vô', 'cùng', 'khách', 'vị']);

/** After a year-less date: it recurs ("hàng năm" = every year). */
const HABITUAL_AFTER: ReadonlyArray<readonly [string, number]> = [
  ['hàng năm', 0],
  ['hằng năm', 0],
  ['mỗi năm', 0],
  ['hàng tháng', 0],
  ['hằng tháng', 0],
];

/** Weekday clues (see DateScanner.tenseAround, habitualWeekday); whole words only. */
const PAST_AFTER = /(?:^|[^\p{L}])(?:đã|vừa)(?![\p{L}])/u;
const PAST_BEFORE = /(?:^|[^\p{L}])đã(?![\p{L}])/u;
const FUTURE_AFTER = /(?:^|[^\p{L}])(?:sẽ|sắp|tới đây)(?![\p{L}])/u;
const FUTURE_BEFORE = /(?:^|[^\p{L}])(?:sẽ|sắp|dự kiến|kế hoạch|lên lịch)(?![\p{L}])/u;
const HABIT_WEEK = /(?:^|[^\p{L}])(?:hàng|hằng|mỗi) tuần(?![\p{L}])/u;
const LETTER_RUN = /\p{L}+/gu;
/** A recurring-time word in a clause (see HABITUAL_CLOCK). */
const HABITUAL_CLOCK_RE = new RegExp(`(?:^|[^\\p{L}])(?:${HABITUAL_CLOCK.join('|')})(?![\\p{L}])`, 'u');
const HABITUAL_CLOCK_PREVIOUS_RE = new RegExp(`(?:^|[^\\p{L}])(?:${HABITUAL_CLOCK_PREVIOUS.join('|')})(?![\\p{L}])`, 'u');
/** Words that step back in a narrative: a clock after them is not the next day's. */
const STEP_BACK = /(?:^|[^\p{L}])(?:trước đó|hôm trước|đêm trước|tối trước)(?![\p{L}])/u;
/** The cues that announce an event's time even with no event day read (see clockCue). */
const STRICT_CLOCK_CUES: ReadonlySet<string> = new Set(['lúc', 'vào', 'hồi', 'điểm']);
const DURATION_AFTER_LIST: ReadonlyArray<readonly [string, 0]> = DURATION_AFTER.map((w) => [w, 0] as const);
/** A time-zone note in brackets after a clock: "(giờ Việt Nam)", "(theo giờ địa phương)", "(GMT+7)". */
const LOCAL_TIME_NOTE = /^\((?:theo )?(?:giờ [\p{L} ]{2,20}|gmt ?[+-] ?\d{1,2})\)/u;
/** A clock and a range word just before: the second end of a range ("từ 20 giờ đến 22 giờ"). */
const RANGE_FIRST_BEFORE = /\d(?:h\d{0,2}'?|g\d{2}|:\d{2}| giờ(?: \d{1,2}(?: phút)?)?)(?: (?:rạng sáng|sáng|trưa|chiều|tối|đêm))? ?(?:-|đến|tới) ?(?:khoảng )?$/u;
/** The clause around a bare clock: cut at sentence ends, semicolons and line breaks. */
const CLAUSE_END = /[.!?\n]/;
/** "từ Thứ 2 - Chủ nhật", "vị trí thứ 3 đến thứ 6": weekdays (or ranks) spanning with no date. */
const WEEKDAY_SPAN_AFTER = /^ ?(?:-|đến|tới) ?(?:thứ|chủ nhật|cn)(?![\p{L}])/u;
const WEEKDAY_SPAN_BEFORE = /(?:^|[^\p{L}])(?:thứ (?:\d|\p{L}{2,4})|chủ nhật) ?(?:-|đến|tới) ?$/u;

/** An article heading at a line start: "Điều 12. ", "Điều 3: ", "Điều 48" alone on its line. */
const STATUTE_ARTICLE = /(?:^|\n)[ \t]*Điều \d{1,3}[a-zđ]?(?:[.:] | *\r?\n)/g;

/** "mỗi quý một lần", "hằng quý": every quarter, not the first one. */
const EVERY_BEFORE_QUARTER: ReadonlySet<string> = new Set(['mỗi', 'hằng', 'từng']); // not "hàng": "ngân hàng quý I"

/** Words of time that, capitalised, open a clause: "Từ 15/2 bỏ quy định ...". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['từ', 'đến', 'trước', 'sau']);

const GRAIN_RANK: Record<Grain, number> = { year: 0, quarter: 1, month: 2, week: 3, day: 4, hour: 5, minute: 6, second: 7 };

/**
 * The keywords a date can start with; digit runs are the other trigger. Found by the shared
 * trigger scan (text/triggers.ts) by their first word; none is a prefix of another at the same
 * position, so which one matches at a word start does not depend on their order.
 */
const KEYWORDS = [
  'ngày', 'năm', 'nửa đêm', 'hôm', 'bữa', 'buổi', 'tháng', 'tuần', 'thứ', 'trưa', 'tối', 'thập niên', 'thập kỷ', 'thập kỉ',
  'quý', 'chủ nhật', 'chúa nhật', 'cn', 'chiều', 'cùng', 'mùng', 'mồng', 'rằm', 'rạng sáng', 'sáng', 'đêm', 'khuya',
  'cuối tuần',
  // Holidays (see holidays.ts); the names after "ngày" ("Ngày Nhà giáo Việt Nam") are read from "ngày".
  'tết', 'trung thu', 'quốc khánh', 'quốc tế', 'giỗ tổ', 'giáng sinh', 'noel', 'lễ', 'valentine', 'halloween',
];
/** Which keywords start a holiday name. */
const HOLIDAY_KEYWORDS: ReadonlySet<string> = new Set(['tết', 'trung thu', 'quốc khánh', 'quốc tế', 'giỗ tổ', 'giáng sinh', 'noel', 'lễ', 'valentine', 'halloween']);
/** Holiday names by their first word, longest first (oneOf takes the first whole-word match). */
const HOLIDAY_NAMES_BY_WORD: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>> = (() => {
  const map = new Map<string, Array<readonly [string, number]>>();
  HOLIDAYS.forEach((h, k) => {
    const first = h.name.split(' ')[0];
    map.set(first, [...(map.get(first) ?? []), [h.name, k] as const]);
  });
  for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
  return map;
})();
/** A year implied after a holiday or a lunar date: "Giáng sinh năm nay", "Tết năm ngoái". */
const RELATIVE_YEAR_AFTER: ReadonlyArray<readonly [string, number]> = [
  ['năm nay', 0],
  ['năm ngoái', -1],
  ['năm trước', -1],
  ['năm sau', 1],
  ['năm tới', 1],
];
/** Keywords by their first word. */
const KEYWORDS_BY_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const k of KEYWORDS) {
    const first = k.split(' ')[0];
    map.set(first, [...(map.get(first) ?? []), k]);
  }
  return map;
})();
export const DATE_TRIGGERS = defineTriggers('dates', () => KEYWORDS_BY_WORD.keys());
const AGENCY = `(?:${NEWS_AGENCIES.map((a) => a.replace(/[.+]/g, '\\$&')).join('|')})`;
const DATELINE_BEFORE = new RegExp(`\\(${AGENCY}\\) ?$`, 'u');
const DATELINE_AFTER = new RegExp(`^\\d{1,2}/\\d{1,2}(?:/\\d{4})? ?\\(${AGENCY}\\)`, 'u');
const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?/y;
const YEAR_RANGE = /(\d{4}) ?- ?(\d{4})/y;
/** What may stand before the first, bare day of "19 đến 21/9". */
const RANGE_START_BEFORE = /(?:^|[^\p{L}])(?:từ (?:ngày )?|(?:từ )?(?:ngày|sáng|trưa|chiều|tối|đêm|khuya) )$/u;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}


function pt(y: number, m: number, d: number, grain: Grain, h = 0, mi = 0, s = 0): Point {
  return { y, m, d, h, mi, s, grain };
}

export function formatPoint(p: Point): string {
  const y = pad4(p.y);
  switch (p.grain) {
    case 'year':
      return y;
    case 'quarter':
      return `${y}-Q${Math.floor((p.m - 1) / 3) + 1}`;
    case 'month':
      return `${y}-${pad2(p.m)}`;
    case 'week':
      return isoWeekLabel(p.y, p.m, p.d);
    default: {
      const day = `${y}-${pad2(p.m)}-${pad2(p.d)}`;
      if (p.grain === 'day') return day;
      if (p.grain === 'hour') return `${day}T${pad2(p.h)}:00`;
      if (p.grain === 'minute') return `${day}T${pad2(p.h)}:${pad2(p.mi)}`;
      return `${day}T${pad2(p.h)}:${pad2(p.mi)}:${pad2(p.s)}`;
    }
  }
}

function pointOrder(p: Point): number {
  return dayNumber(p.y, p.m, p.d) * 86400 + p.h * 3600 + p.mi * 60 + p.s;
}

interface Clock {
  start: number;
  end: number;
  h: number;
  mi: number;
  s: number;
  grain: Grain;
}

export class DateScanner {
  private readonly L: string;
  private readonly T: string;
  private readonly n: number;
  private readonly ref: ReferenceDate;
  /** The last day-grain event date (for "cùng ngày"); set by the caller as records are accepted. */
  anchor: Point | null = null;
  /** Whether the text is a statute (see isStatute); computed on first need. */
  private statute: boolean | null = null;
  /** End of the last date found (list continuations: "30/4, 1/5"). */
  private lastEnd = -100;
  /** Hits parsed ahead of the scan position (the later days of a list), emitted in order. */
  private pending: Hit[] = [];

  constructor(text: string, lower: string, ref: ReferenceDate) {
    this.T = text;
    this.L = lower;
    this.n = lower.length;
    this.ref = ref;
  }

  /**
   * Runs the scan; `accept` decides the role of each hit. Candidates are the digit runs and the
   * keyword words of the shared trigger scan, taken in text order from `pos`, the end of the last
   * thing read, exactly as a global regex of digit runs and keywords would stop: a digit run glued
   * to a letter ("A320") or a keyword glued to a letter ("cnn") is no trigger, and a digit run is
   * re-entered at `pos` when the last date ended inside it.
   */
  scan(triggers: TriggerHits, accept: (hit: Hit) => void): void {
    const L = this.L;
    const words = triggers.starts(DATE_TRIGGERS);
    const digitCount = triggers.digitCount;
    let d = 0;
    let k = 0;
    let pos = 0;
    for (;;) {
      while (d < digitCount && triggers.digitStart(d) < pos) d++;
      while (k < words.length && words[k] < pos) k++;
      let i: number;
      let w: string;
      if (pos > 0 && isDigitCode(L.charCodeAt(pos)) && isDigitCode(L.charCodeAt(pos - 1))) {
        // The last date ended inside a digit run: the rest of it is a trigger of its own.
        i = pos;
        let e = pos + 1;
        while (isDigitCode(L.charCodeAt(e))) e++;
        w = L.slice(i, e);
      } else {
        const ds = d < digitCount ? triggers.digitStart(d) : Infinity;
        const ws = k < words.length ? words[k] : Infinity;
        if (ds === Infinity && ws === Infinity) break;
        if (ds < ws) {
          i = ds;
          w = L.slice(ds, triggers.digitEnd(d));
          if (i > 0 && isLetterCode(L.charCodeAt(i - 1))) {
            pos = i + w.length;
            continue;
          }
        } else {
          i = ws;
          const kw = this.keywordAt(i);
          if (kw === null || isLetterCode(L.charCodeAt(i + kw.length))) {
            pos = i + 1;
            continue;
          }
          w = kw;
        }
      }
      const hit = this.parseAt(i, w);
      if (!hit) {
        pos = i + w.length;
        continue;
      }
      accept(hit);
      pos = hit.end;
      this.lastEnd = hit.end;
      // A list ("ngày 2 và 3/6") was read whole: its later days follow.
      for (let j = 0; j < this.pending.length; j++) {
        const h = this.pending[j];
        accept(h);
        pos = h.end;
        this.lastEnd = h.end;
      }
      this.pending.length = 0;
    }
  }

  /** The keyword starting at word start `i`, if any. */
  private keywordAt(i: number): string | null {
    const L = this.L;
    let e = i;
    while (isLetterCode(L.charCodeAt(e))) e++;
    const list = KEYWORDS_BY_WORD.get(L.slice(i, e));
    if (list === undefined) return null;
    for (const kw of list) if (L.startsWith(kw, i)) return kw;
    return null;
  }

  // ---------------------------------------------------------------- small readers

  /**
   * A statute ("Điều 1. Phạm vi điều chỉnh" heading two lines or more): its "năm trước", "năm
   * sau", "quý tiếp theo" are generic ("dự toán ngân sách năm sau", "báo cáo tài chính của năm
   * trước"), relative to whatever year a provision applies to, not to the reference date. One
   * linear regex pass over the text, on the first relative period only.
   */
  isStatute(): boolean {
    if (this.statute === null) {
      STATUTE_ARTICLE.lastIndex = 0;
      let count = 0;
      while (count < 2 && STATUTE_ARTICLE.exec(this.T) !== null) count++;
      this.statute = count >= 2;
    }
    return this.statute;
  }

  private sp(i: number): number {
    const L = this.L;
    while (i < this.n && (L.charCodeAt(i) === 32 || L.charCodeAt(i) === 9)) i++;
    return i;
  }

  /** End of `w` at i when it is a whole word there, else -1. */
  private word(i: number, w: string): number {
    if (!this.L.startsWith(w, i)) return -1;
    const e = i + w.length;
    return isLetterCode(this.L.charCodeAt(e)) ? -1 : e;
  }

  private oneOf<V>(i: number, list: ReadonlyArray<readonly [string, V, ...unknown[]]>): [number, V, number] | null {
    for (let k = 0; k < list.length; k++) {
      const e = this.word(i, list[k][0]);
      if (e >= 0) return [e, list[k][1], k];
    }
    return null;
  }

  /** 1..max digits at i, not followed by another digit. */
  private int(i: number, max: number): [number, number] | null {
    const L = this.L;
    let j = i;
    while (j < this.n && isDigitCode(L.charCodeAt(j))) {
      j++;
      if (j - i > max) return null;
    }
    if (j === i) return null;
    return [Number(L.slice(i, j)), j];
  }

  /** A small whole number in digits or words ("15", "mười lăm"), via the shared number reader. */
  private smallNumber(i: number, max: number): [number, number] | null {
    const c = this.L.charCodeAt(i);
    if (isDigitCode(c)) return this.int(i, 2);
    if (!isLetterCode(c)) return null;
    const r = readNumberAt(this.L, i, { scales: false });
    if (!r || r.kind !== 'words' || r.value.includes('.')) return null;
    const v = Number(r.value);
    return v >= 1 && v <= max ? [v, r.end] : null;
  }

  /** The lower-case word ending just before i (skipping spaces), "" when the previous token is not a word. */
  private prevWord(i: number): string {
    const L = this.L;
    let j = i - 1;
    while (j >= 0 && L.charCodeAt(j) === 32) j--;
    const end = j + 1;
    while (j >= 0 && end - j <= 12 && isLetterCode(L.charCodeAt(j))) j--;
    return L.slice(j + 1, end);
  }

  /** The word before i (one space between) is a capitalised "Từ", "Đến", "Trước" or "Sau". */
  private capitalisedOpenerBefore(i: number): boolean {
    if (this.L.charCodeAt(i - 1) !== 32) return false;
    const w = this.prevWord(i);
    const s = i - 1 - w.length;
    return CLAUSE_OPENERS.has(w) && s >= 0 && this.T[s] !== this.L[s];
  }

  /** The character before i, skipping spaces ("" at the start). */
  private prevChar(i: number): string {
    let j = i - 1;
    while (j >= 0 && this.L.charCodeAt(j) === 32) j--;
    return j < 0 ? '' : this.L[j];
  }

  /** How strongly the words before i announce a date. */
  private contextAt(i: number): Context {
    const w = this.prevWord(i);
    if (w) {
      if (STRONG_BEFORE.has(w)) return 'strong';
      // "30/4 và 1/5": a list continues a date only right after one ("bậc thợ 5/7, 4/6" is not).
      if (w === 'và' || w === 'hoặc' || w === 'hay') return this.lastEnd >= i - 8 ? 'weak' : 'none';
      if (WEAK_BEFORE.has(w)) return 'weak';
      return 'none';
    }
    const c = this.prevChar(i);
    // A news-agency dateline: "Hà Nội (TTXVN) 10/4 -", "Hà Nội, 10/4 (TTXVN) -".
    if (c === ')' && DATELINE_BEFORE.test(this.L.slice(Math.max(0, i - 20), i))) return 'strong';
    if ((c === ',' || c === '' || c === '\n') && DATELINE_AFTER.test(this.L.slice(i, i + 32))) return 'strong';
    if (c === ',') return this.lastEnd >= i - 4 ? 'weak' : 'none';
    if (c === '' || c === '\n' || c === '(' || c === ',' || c === ';' || c === ':' || c === '"' || c === '.' || c === '-' || c === '[' || c === '–') return 'weak';
    return 'none';
  }

  /** After a date read in weak context: the next token must end or continue a date, not be a noun. */
  private afterOk(e: number): boolean {
    const j = this.sp(e);
    if (j >= this.n) return true;
    const c = this.L.charCodeAt(j);
    if (isDigitCode(c)) return false;
    if (!isLetterCode(c)) return c !== 37; // "%"
    if (this.T[j] !== this.L[j]) return true; // a capitalised word: a name or a new sentence
    let k = j;
    while (k < this.n && k - j < 12 && isLetterCode(this.L.charCodeAt(k))) k++;
    return AFTER_OK.has(this.L.slice(j, k));
  }

  /** A unit word after e ("4-5 tháng"), unless it starts a year qualifier ("30/4 năm nay"). */
  private unitAfter(e: number): boolean {
    const j = this.sp(e);
    if (!isLetterCode(this.L.charCodeAt(j))) return false;
    let k = j;
    while (k < this.n && k - j < 8 && isLetterCode(this.L.charCodeAt(k))) k++;
    if (!UNIT_AFTER.has(this.L.slice(j, k))) return false;
    return this.yearQualifier(e) === null;
  }

  /** The text before i is a number or a quantifier ("3 tháng 10", "mỗi tháng 2 lần"). */
  private countedBefore(i: number): boolean {
    const c = this.prevChar(i);
    if (c >= '0' && c <= '9') return true;
    const w = this.prevWord(i);
    return w !== '' && QUANTIFIERS.has(w);
  }

  /** i may start a numeral: not glued to a letter, a digit or a code separator. */
  private numberStartOk(i: number): boolean {
    if (i === 0) return true;
    const c = this.L.charCodeAt(i - 1);
    if (isLetterCode(c) || isDigitCode(c)) return false;
    if (c === 47 || c === 46 || c === 44 || c === 92) return false; // / . , \
    if (c === 45) return !(i >= 2 && isLetterCode(this.L.charCodeAt(i - 2))); // "COVID-19"
    return true;
  }

  private resolveYearless(m: number, d: number | undefined, mode: string | null, weekday?: number): number {
    const r = this.ref;
    const refN = dayNumber(r.year, r.month, r.day);
    const dd = d ?? 1;
    switch (mode) {
      case 'this':
        return r.year;
      case 'prevYear':
        return r.year - 1;
      case 'nextYear':
        return r.year + 1;
      case 'next':
        for (const y of [r.year, r.year + 1]) if (isValidDate(y, m, dd) && (d === undefined ? y * 12 + m > r.year * 12 + r.month : dayNumber(y, m, dd) > refN)) return y;
        return r.year + 1;
      case 'last':
        for (const y of [r.year, r.year - 1]) if (isValidDate(y, m, dd) && (d === undefined ? y * 12 + m < r.year * 12 + r.month : dayNumber(y, m, dd) < refN)) return y;
        return r.year - 1;
    }
    if (weekday !== undefined && d !== undefined) {
      // A stated weekday picks the year whose calendar matches, nearest first.
      let best = 0;
      let bestDist = Infinity;
      for (const y of [r.year, r.year - 1, r.year + 1]) {
        if (!isValidDate(y, m, d) || isoWeekday(y, m, d) !== weekday) continue;
        const dist = Math.abs(dayNumber(y, m, d) - refN);
        if (dist < bestDist) [best, bestDist] = [y, dist];
      }
      if (best) return best;
    }
    return nearestYear(r.year, r.month, r.day, m, d);
  }

  /** "tới", "vừa qua", "năm nay" after a year-less date: [end, mode]. */
  private yearQualifier(e: number): [number, string] | null {
    const j = this.sp(e);
    const q = this.oneOf(j, YEAR_QUALIFIERS);
    if (!q) return null;
    // "ngày 15 tháng 10 năm trước" in a statute: of the year before the plan year, not of a calendar year.
    if ((q[1] === 'prevYear' || q[1] === 'nextYear' || q[1] === 'this') && (this.isStatute() || this.word(this.sp(q[0]), 'liền kề') >= 0)) return null;
    // "từ 7/4 tới nay", "1/5 tới ngày 5/5": "tới" is "until" there, not "next".
    if (this.L.startsWith('tới', j) && q[0] === j + 3) {
      const k = this.sp(q[0]);
      const c = this.L.charCodeAt(k);
      if (isDigitCode(c)) return null;
      for (const w of ['nay', 'giờ', 'hiện', 'lúc', 'khi', 'ngày', 'tháng', 'năm', 'hết', 'cuối', 'đầu', 'mùng']) if (this.word(k, w) >= 0) return null;
    }
    return [q[0], q[1]];
  }

  /** A stated year after a day or month: "/2022", "-2022", " năm 2022", ", năm 2022", " của năm 2022". */
  private statedYear(e: number, allowSlash: boolean): [number, number] | null {
    const L = this.L;
    const c = L.charCodeAt(e);
    if (allowSlash && (c === 47 || c === 45 || c === 46) && isDigitCode(L.charCodeAt(e + 1))) {
      const y = this.int(e + 1, 4);
      // "tháng 1.2018" (the dotted style of Thanh Niên, Người Lao Động): only a plausible year after
      // a dot, which also joins decimals and thousands ("tháng 3.1000" is no date).
      if (c === 46 && (!y || y[0] < 1900 || y[0] > 2100)) return null;
      if (y && y[1] - e - 1 === 4 && this.yearEndOk(y[1])) return y;
      return null;
    }
    let j = this.sp(e);
    if (L.charCodeAt(j) === 44) j = this.sp(j + 1);
    const cua = this.word(j, 'của');
    if (cua >= 0) j = this.sp(cua);
    const nam = this.word(j, 'năm');
    if (nam < 0) return null;
    const k = this.sp(nam);
    const y = this.int(k, 4);
    if (y && y[1] - k === 4 && y[0] >= 1000 && this.yearEndOk(y[1])) return y;
    return null;
  }

  private yearEndOk(e: number): boolean {
    const c = this.L.charCodeAt(e);
    if (isLetterCode(c)) return false;
    if ((c === 46 || c === 44 || c === 47) && isDigitCode(this.L.charCodeAt(e + 1))) return false;
    if (c === 47 && isLetterCode(this.L.charCodeAt(e + 1))) return false;
    return true;
  }

  // ---------------------------------------------------------------- entry

  private parseAt(i: number, trig: string): Hit | null {
    const c = trig.charCodeAt(0);
    if (isDigitCode(c)) return this.atDigits(i);
    if ((trig === 'năm' || trig === 'ngày' || trig === 'tháng' || trig === 'tuần') && this.word(this.sp(i + trig.length), 'trước') >= 0) {
      const ago = this.wordsAgo(i);
      if (ago) return ago;
    }
    switch (trig) {
      case 'ngày':
      case 'hôm':
      case 'bữa':
        return this.atDayWord(i);
      case 'mùng':
      case 'mồng':
        return this.withTail(this.wordDay(i, 'strong')) ?? this.dayList(i);
      case 'tháng':
        return this.withTail(this.monthExpr(i));
      case 'năm':
        if (this.prevWord(i) === 'những') {
          const dec = this.decade(this.prevCharIndex(i) - 4, this.sp(i + 3)); // "những" is 5 characters
          if (dec) return dec;
        }
        {
          const h = this.withTail(this.yearExpr(i));
          if (h && h.p.grain === 'year' && !h.to && h.kind === 'absolute') this.yearList(h.end);
          return h;
        }
      case 'thập niên':
      case 'thập kỷ':
      case 'thập kỉ':
        return this.decade(i, this.sp(i + trig.length));
      case 'quý':
        return this.quarterExpr(i);
      case 'tuần':
        return this.weekExpr(i);
      case 'cuối tuần':
        return this.weekendExpr(i);
      case 'thứ':
      case 'chủ nhật':
      case 'chúa nhật':
      case 'cn':
        return this.withTail(this.weekdayExpr(i, false));
      case 'rằm':
        return this.lunarFullMoon(i);
      case 'tết':
      case 'trung thu':
      case 'quốc khánh':
      case 'quốc tế':
      case 'giỗ tổ':
      case 'giáng sinh':
      case 'noel':
      case 'lễ':
      case 'valentine':
      case 'halloween':
        return this.holidayAt(i);
      case 'cùng':
        return this.anaphoric(i);
      default:
        return this.withTail(this.partOfDayExpr(i));
    }
  }

  /** A day expression followed by a range end or a time ("hôm nay lúc 2 giờ chiều"). */
  private withTail(h: Hit | null): Hit | null {
    if (!h) return null;
    const r = this.rangeTail(h);
    const out = r ?? (h.p.grain === 'day' && !h.partOfDay ? this.timeAfter(h) ?? h : h);
    // "ngày 3/3 hàng năm", "từ tháng 9 tới tháng 3 hằng năm": a recurring date names no particular day.
    if (out.kind === 'absolute' && !out.yearStated && this.oneOf(this.sp(out.end), HABITUAL_AFTER)) return null;
    return out;
  }

  // ---------------------------------------------------------------- digits

  private atDigits(i: number): Hit | null {
    // Most digit runs are amounts: go on only if what follows can continue a date or a time
    // ("1/4", "14h", "10:45", "29.5.2015", "12 tháng", "10 giờ", "18 đến", "29 - 30/4").
    const L = this.L;
    let j = i + 1;
    while (isDigitCode(L.charCodeAt(j))) j++;
    const c = L.charCodeAt(j);
    if (c === 32) {
      const c2 = L.charCodeAt(j + 1);
      if (c2 !== 116 && c2 !== 103 && c2 !== 0x111 && c2 !== 45 && c2 !== 104 && c2 !== 110) return null;
    } else if (c !== 47 && c !== 46 && c !== 45 && c !== 58 && c !== 104 && c !== 103) return null;
    if (!this.numberStartOk(i)) return null;
    // A clock time before a day: "14h30 ngày 1/4", "3 giờ chiều ngày mai".
    const clock = this.clockAt(i);
    if (clock) {
      const timed = this.timeThenDay(clock);
      // "8h ngày 1/4 đến 17h ngày 30/6": a timed day may open a range.
      if (timed) return (timed.p.grain !== 'day' ? this.rangeTail(timed) : null) ?? timed;
      return this.clockRange(clock) ?? this.bareClock(clock);
    }
    const yr = this.yearRange(i);
    if (yr) return yr;
    const half = this.monthsOfYear(i);
    if (half) return half;
    const ago = this.unitsAgo(i);
    if (ago) return ago;
    const ctx = this.contextAt(i);
    const day = this.dayCore(i, ctx);
    if (day) return this.withTail(day);
    return this.bareDayRange(i, ctx);
  }

  /** "2021-2025" after "giai đoạn", "nhiệm kỳ", "năm học" ... or in parentheses. */
  private yearRange(i: number): Hit | null {
    YEAR_RANGE.lastIndex = i;
    const m = YEAR_RANGE.exec(this.L);
    if (!m) return null;
    const e = i + m[0].length;
    if (isDigitCode(this.L.charCodeAt(e)) || !this.yearEndOk(e)) return null;
    const y1 = Number(m[1]);
    const y2 = Number(m[2]);
    if (y1 < 1000 || y2 > 2199 || y2 <= y1 || y2 - y1 > 100) return null;
    const before = this.L.slice(Math.max(0, i - 16), i).trimEnd();
    const ok = before.endsWith('(') || YEAR_RANGE_BEFORE.some((k) => before.endsWith(k) && !isLetterCode(before.charCodeAt(before.length - k.length - 1)));
    if (!ok) return null;
    return { start: i, end: e, p: pt(y1, 1, 1, 'year'), to: pt(y2, 1, 1, 'year'), inferred: [], calendar: 'gregorian', kind: 'absolute', yearStated: true };
  }

  /** "6 tháng đầu năm 2024", "9 tháng cuối năm": a range of months. */
  private monthsOfYear(i: number): Hit | null {
    const n = this.int(i, 2);
    if (!n || n[0] < 1 || n[0] > 11) return null;
    let j = this.word(this.sp(n[1]), 'tháng');
    if (j < 0) return null;
    j = this.sp(j);
    const first = this.word(j, 'đầu');
    const last = first < 0 ? this.word(j, 'cuối') : -1;
    if (first < 0 && last < 0) return null;
    const nam = this.word(this.sp(Math.max(first, last)), 'năm');
    if (nam < 0) return null;
    let y = this.ref.year;
    let end = nam;
    let stated = false;
    let shifted = false; // "6 tháng đầu năm nay": the year counted from the reference date
    const k = this.sp(nam);
    const yy = this.int(k, 4);
    if (yy && yy[1] - k === 4 && yy[0] >= 1000 && this.yearEndOk(yy[1])) {
      [y, end, stated] = [yy[0], yy[1], true];
    } else {
      const shift = this.oneOf(k, PERIOD_SHIFTS);
      if (shift && PERIOD_WORDS.năm.has(this.L.slice(k, shift[0]))) {
        y += shift[1];
        end = shift[0];
        stated = true;
        shifted = true;
      }
    }
    const m1 = first >= 0 ? 1 : 13 - n[0];
    const m2 = first >= 0 ? n[0] : 12;
    return { start: i, end, p: pt(y, m1, 1, 'month'), to: pt(y, m2, 1, 'month'), inferred: stated ? [] : ['year'], calendar: 'gregorian', kind: shifted ? 'relative' : 'absolute', yearStated: stated };
  }

  /** "2 năm trước", "3 ngày trước": a point counted back from the reference ("5 năm qua" is a duration, not this). */
  private unitsAgo(i: number): Hit | null {
    const n = this.int(i, 2);
    if (!n || n[0] < 1) return null;
    return this.unitsAgoFrom(i, n[0], n[1]);
  }

  /**
   * "Hai năm trước", "mười ngày trước": the unit noun at i follows a number in words. Looks back
   * at most four words for where that number starts (the shared number reader decides), and
   * never into the previous record.
   */
  private wordsAgo(i: number): Hit | null {
    const L = this.L;
    if (!isLetterCode(L.charCodeAt(this.prevCharIndex(i)))) return null;
    let s = i;
    const starts: number[] = [];
    for (let k = 0; k < 4; k++) {
      let j = s - 1;
      while (j >= 0 && L.charCodeAt(j) === 32) j--;
      if (j < 0 || !isLetterCode(L.charCodeAt(j))) break;
      while (j >= 0 && s - j < 16 && isLetterCode(L.charCodeAt(j))) j--;
      s = j + 1;
      if (s <= this.lastEnd) break;
      starts.push(s);
    }
    for (let k = starts.length - 1; k >= 0; k--) {
      const r = readNumberAt(L, starts[k], { scales: false });
      if (!r || r.kind !== 'words' || r.value.includes('.') || this.sp(r.end) !== i) continue;
      const v = Number(r.value);
      return v >= 1 && v <= 99 ? this.unitsAgoFrom(starts[k], v, r.end) : null;
    }
    return null;
  }

  private prevCharIndex(i: number): number {
    let j = i - 1;
    while (j >= 0 && this.L.charCodeAt(j) === 32) j--;
    return j;
  }

  private unitsAgoFrom(i: number, count: number, numEnd: number): Hit | null {
    if (this.isStatute()) return null; // "04 tháng trước" in a law counts back from a deadline
    const n: [number, number] = [count, numEnd];
    const j = this.sp(n[1]);
    const unit = this.oneOf(j, [['ngày', 'day'], ['tuần', 'week'], ['tháng', 'month'], ['năm', 'year']] as const);
    if (!unit) return null;
    const k = this.sp(unit[0]);
    const truoc = this.word(k, 'trước');
    if (truoc < 0) return null;
    const after = this.sp(truoc);
    // "2 năm trước khi ...", "3 ngày trước đó", "1 tuần trước ngày thi": counted from another event.
    for (const w of ['khi', 'đó', 'nữa', 'ngày', 'thời', 'lúc', 'kỳ', 'hạn', 'tết', 'lễ', 'đây', 'sự', 'vụ']) if (this.word(after, w) >= 0) return null;
    if (isDigitCode(this.L.charCodeAt(after)) || !this.afterOk(truoc)) return null; // "1 ngày trước thềm trận đấu"
    const r = this.ref;
    const g = unit[1];
    let p: Point;
    if (g === 'day' || g === 'week') {
      const t = addDays(r.year, r.month, r.day, -n[0] * (g === 'week' ? 7 : 1));
      const mon = g === 'week' ? mondayOf(t.y, t.m, t.d) : t;
      p = pt(mon.y, mon.m, mon.d, g);
    } else if (g === 'month') {
      const k2 = r.year * 12 + r.month - 1 - n[0];
      p = pt(Math.floor(k2 / 12), (k2 % 12) + 1, 1, 'month');
    } else p = pt(r.year - n[0], 1, 1, 'year');
    return { start: i, end: truoc, p, inferred: [], calendar: 'gregorian', kind: 'relative', yearStated: false };
  }

  /**
   * A day: "1/4", "30/7/2021", "3/9/91", "29.5.2015", "30-7-2021", "1 tháng 4 năm 2022",
   * "mùng 1 Tết", "15 tháng 8 âm lịch". `ctx` says how strongly the words before announce a date.
   */
  private dayCore(i: number, ctx: Context, weekday?: number): Hit | null {
    return this.numericDay(i, ctx, weekday) ?? this.wordDay(i, ctx, weekday);
  }

  private numericDay(i: number, ctx: Context, weekday?: number): Hit | null {
    const L = this.L;
    NUMERIC.lastIndex = i;
    const m = NUMERIC.exec(L);
    if (!m) return null;
    const e = i + m[0].length;
    const c = L.charCodeAt(e);
    const c1 = L.charCodeAt(e + 1);
    if (isDigitCode(c) || isLetterCode(c) || c === 37) return null;
    if ((c === 47 || c === 92) && (isDigitCode(c1) || isLetterCode(c1))) return null; // "12/3/UBND", "1/4/2"
    if (c === 45 && isLetterCode(c1)) return null; // "12/3-NQ"
    if ((c === 46 || c === 44) && isDigitCode(c1)) return null; // "1/4.5"
    const sep = m[2];
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const yRaw = m[4];
    if (!isPossibleDayMonth(mo, d)) return null;
    if (!yRaw) {
      // "(15/8 âm lịch)", "từ 30.12 Âm lịch": the mark makes any separator a date.
      const lunarEnd = ctx === 'none' ? null : this.lunarMark(e);
      if (lunarEnd !== null) return this.lunarHit(i, lunarEnd, mo, d);
      // A capitalised "Từ", "Đến", "Trước", "Sau" opens a clause (often a headline glued to the
      // text): "Từ 15/2 bỏ quy định...", and with a dot or dash when a comma closes it: "Từ 15.2, bỏ".
      const opener = ctx === 'weak' && this.capitalisedOpenerBefore(i) && (sep === '/' || L.charCodeAt(e) === 44);
      if (sep !== '/' && ctx !== 'strong' && !opener) return null; // "2-1" is a score, "29.5" a decimal
      if (this.unitAfter(e)) return null; // "kỳ hạn 4-5 tháng", "thưởng 1/2 tháng lương"
      if (ctx === 'none') return null;
      if (opener) return this.finishDay(i, e, d, mo, undefined, weekday, false);
      if (ctx === 'weak' && !this.afterOk(e)) return null;
      if (ctx === 'weak' && d === 24 && mo === 7 && this.prevChar(i) !== '(') return null; // "24/7" service hours
      return this.finishDay(i, e, d, mo, undefined, weekday, false);
    }
    if (yRaw.length === 2 && sep !== '/') return null;
    const y = yRaw.length === 2 ? expandTwoDigitYear(Number(yRaw), this.ref.year) : Number(yRaw);
    if (y < 1000 || !isValidDate(y, mo, d)) return null;
    return this.finishDay(i, e, d, mo, y, weekday, false);
  }

  /** "1 tháng 4 năm 2022", "mùng 3 tháng ba", "mùng 1 Tết", "15 tháng 8 âm lịch". */
  private wordDay(i: number, ctx: Context, weekday?: number): Hit | null {
    let j = i;
    const start = i;
    const mung = this.word(j, 'mùng') >= 0 ? this.word(j, 'mùng') : this.word(j, 'mồng');
    if (mung >= 0) j = this.sp(mung);
    const dn = this.smallNumber(j, 31);
    if (!dn) return null;
    const d = dn[0];
    const afterDay = this.sp(dn[1]);
    // "mùng 1 Tết": lunar New Year days.
    if (mung >= 0 || ctx === 'strong') {
      const tet = this.word(afterDay, 'tết');
      if (tet >= 0 && d <= 10) return this.lunarHit(start, tet, 1, d);
    }
    const th = this.word(afterDay, 'tháng');
    if (th < 0) {
      // "mùng 6" alone is still a day of the current month only with a weekday ("thứ 2 mồng 6").
      if (mung >= 0 && weekday !== undefined) return this.weekdayInMonth(start, dn[1], d, weekday);
      return null;
    }
    const mm = this.monthName(this.sp(th));
    if (!mm) return null;
    let e = mm[1];
    const mo = mm[0];
    if (!isPossibleDayMonth(mo, d)) return null;
    const ys = this.statedYear(e, true);
    if (ys) e = ys[1];
    if (!ys && ctx !== 'strong' && mung < 0) return null; // "3 tháng 10" may be a duration
    const lunar = this.lunarMark(e);
    if (lunar || mm[2]) {
      const end = lunar ?? e;
      return this.lunarHit(start, end, mo, d, ys ? ys[0] : undefined);
    }
    if (ys && !isValidDate(ys[0], mo, d)) return null;
    return this.finishDay(start, e, d, mo, ys ? ys[0] : undefined, weekday, false);
  }

  /** A month number or name after "tháng": [month, end, lunarName]. */
  private monthName(j: number): [number, number, boolean] | null {
    const c = this.L.charCodeAt(j);
    if (isDigitCode(c)) {
      const m = this.int(j, 2);
      if (!m || m[0] < 1 || m[0] > 12) return null;
      return [m[0], m[1], false];
    }
    const w = this.oneOf(j, MONTH_WORDS);
    if (!w) return null;
    const name = MONTH_WORDS[w[2]][0];
    // "tháng một", "tháng năm" are too often "one month", "months and years": need a capital or a year.
    if ((name === 'một' || name === 'năm') && this.T[j] === this.L[j] && !this.statedYear(w[0], true)) return null;
    return [w[1], w[0], MONTH_WORDS[w[2]][2]];
  }

  /** " âm lịch", " (âm lịch)", " al" after a date: the end of the mark. */
  private lunarMark(e: number): number | null {
    let j = this.sp(e);
    const paren = this.L.charCodeAt(j) === 40;
    if (paren) j = this.sp(j + 1);
    const k = this.word(j, 'âm lịch');
    if (k < 0) return null;
    if (!paren) return k;
    const close = this.sp(k);
    return this.L.charCodeAt(close) === 41 ? close + 1 : null;
  }

  private lunarHit(start: number, end: number, m: number, d: number, y?: number): Hit {
    // The lunar year: nearest to the reference read roughly one month back (lunar dates run ~1 month behind).
    const r = this.ref;
    const approx = addDays(r.year, r.month, r.day, -30);
    let year = y ?? nearestYear(approx.y, approx.m, approx.d, m, Math.min(d, 28));
    if (y === undefined) {
      // "mùng 3 Tết Quý Mão", "29 tháng Chạp năm Quý Mão": the can chi year nearest the inferred one.
      const cc = this.canChiYear(end, year);
      if (cc) {
        year = cc[0];
        end = cc[1];
        y = year;
      }
    }
    return { start, end, p: pt(year, m, d, 'day'), inferred: y ? [] : ['year'], calendar: 'lunar', kind: 'absolute', yearStated: y !== undefined };
  }

  /** "Quý Mão", "năm Giáp Thìn" after e, both words capitalised: [year nearest `near`, end]. */
  private canChiYear(e: number, near: number): [number, number] | null {
    let j = this.sp(e);
    const nam = this.word(j, 'năm');
    if (nam >= 0) j = this.sp(nam);
    if (this.T[j] === this.L[j]) return null;
    const stem = this.oneOf(j, HEAVENLY_STEMS);
    if (!stem) return null;
    const k = this.sp(stem[0]);
    if (k === stem[0] || this.T[k] === this.L[k]) return null;
    const branch = this.oneOf(k, EARTHLY_BRANCHES);
    if (!branch) return null;
    const s = stem[1];
    const b = branch[1];
    if ((s % 2) !== (b % 2)) return null; // stems and branches pair by parity: no "Giáp Sửu"
    // Position in the 60-year cycle: the n (0..59) with n % 10 = s and n % 12 = b.
    let n = s;
    while (n % 12 !== b) n += 10;
    const base = near - (((near - 1984) % 60) + 60) % 60; // the Giáp Tý year at or before `near`
    let year = base + n;
    if (year - near > 30) year -= 60;
    else if (near - year > 30) year += 60;
    return [year, branch[0]];
  }

  /** "rằm tháng Giêng", "rằm tháng 7": the 15th of a lunar month. */
  private lunarFullMoon(i: number): Hit | null {
    const j = this.word(this.sp(i + 3), 'tháng');
    if (j < 0) return null;
    const mm = this.monthName(this.sp(j));
    if (!mm) return null;
    let e = mm[1];
    const ys = this.statedYear(e, true);
    if (ys) e = ys[1];
    const mark = this.lunarMark(e);
    if (!ys) {
      // "Rằm tháng Giêng năm nay": the lunar year of the reference year.
      const q = this.relativeYearAfter(mark ?? e);
      if (q) return { ...this.lunarHit(i, q[0], mm[0], 15, this.ref.year + q[1]), kind: 'relative' };
    }
    return this.lunarHit(i, mark ?? e, mm[0], 15, ys ? ys[0] : undefined);
  }

  /** "năm nay", "năm ngoái", "năm sau" after e (never in a statute): [end, shift from the reference year]. */
  private relativeYearAfter(e: number): [number, number] | null {
    const j = this.sp(e);
    if (j === e && j < this.n) return null;
    const q = this.oneOf(j, RELATIVE_YEAR_AFTER);
    if (!q || this.isStatute() || this.word(this.sp(q[0]), 'liền kề') >= 0) return null;
    return [q[0], q[1]];
  }

  /**
   * A named holiday with its year (see holidays.ts): "Tết Nguyên đán 2018", "Tết Canh Tý",
   * "Giáng sinh năm nay", "Tết Dương lịch 2022", "Giỗ Tổ Hùng Vương năm 2021", "Quốc khánh 2/9"
   * (the restated date, its year inferred as for any date). With no year, no record.
   */
  private holidayAt(i: number): Hit | null {
    let w = i;
    while (w - i < 10 && isLetterCode(this.L.charCodeAt(w))) w++;
    const names = HOLIDAY_NAMES_BY_WORD.get(this.L.slice(i, w));
    const name = names ? this.oneOf(i, names) : null;
    if (!name) return null;
    const hol = HOLIDAYS[name[1]];
    // "đêm Giáng sinh", "tối Noel" is Christmas Eve (24/12) as often as the night of the 25th: no record.
    if (hol.month === 12 && hol.day === 25 && (this.prevWord(i) === 'đêm' || this.prevWord(i) === 'tối')) return null;
    const lunar = hol.calendar === 'lunar';
    let e = name[0];
    const r = this.ref;
    // "Quốc khánh 2/9", "Giáng sinh (25/12)", "Quốc khánh 2/9/2021", "Quốc khánh 2/9 năm nay".
    if (!lunar) {
      let j = this.sp(e);
      const paren = this.L.charCodeAt(j) === 40;
      if (paren) j = this.sp(j + 1);
      const day = isDigitCode(this.L.charCodeAt(j)) ? this.numericDay(j, 'strong') : null;
      if (day && !day.to && day.p.m === hol.month && day.p.d === hol.day) {
        let end = day.end;
        if (paren) {
          const close = this.sp(end);
          end = this.L.charCodeAt(close) === 41 ? close + 1 : -1;
        }
        if (end > 0) return { ...day, start: i, end };
      }
    }
    let year: number | undefined;
    let kind: Hit['kind'] = 'absolute';
    if (lunar) {
      const cc = this.canChiYear(e, r.year); // "Tết Canh Tý", "Tết Nguyên đán Tân Sửu"
      if (cc) [year, e] = cc;
    }
    const ys = this.statedYear(e, false);
    const k = this.sp(e);
    const bare = ys || k === e ? null : this.int(k, 4);
    if (ys) [year, e] = ys;
    else if (bare && bare[1] - k === 4 && bare[0] >= 1900 && bare[0] <= 2100 && this.yearEndOk(bare[1]) && !COUNTED_NOUNS.has(/^ (\p{L}+)/u.exec(this.L.slice(bare[1], bare[1] + 10))?.[1] ?? '')) [year, e] = bare;
    else if (year === undefined) {
      const q = this.relativeYearAfter(e);
      if (!q) return null;
      [year, e, kind] = [r.year + q[1], q[0], 'relative'];
    }
    if (!lunar && !isValidDate(year, hol.month, hol.day)) return null;
    return { start: i, end: e, p: pt(year, hol.month, hol.day, 'day'), inferred: [], calendar: hol.calendar, kind, yearStated: kind === 'absolute' };
  }

  /** "thứ 2 mồng 6": the day of the current or next month that falls on that weekday. */
  private weekdayInMonth(start: number, end: number, d: number, weekday: number): Hit | null {
    const r = this.ref;
    for (const [y, m] of [
      [r.year, r.month],
      [r.month === 12 ? r.year + 1 : r.year, r.month === 12 ? 1 : r.month + 1],
      [r.month === 1 ? r.year - 1 : r.year, r.month === 1 ? 12 : r.month - 1],
    ]) {
      if (isValidDate(y, m, d) && isoWeekday(y, m, d) === weekday) {
        return { start, end, p: pt(y, m, d, 'day'), inferred: ['year', 'month'], calendar: 'gregorian', kind: 'absolute', weekday, yearStated: false };
      }
    }
    return null;
  }

  /** Builds a day hit, resolving a missing year (qualifiers first: "5/3 tới", "1/4 năm nay"). */
  private finishDay(start: number, e: number, d: number, m: number, y: number | undefined, weekday: number | undefined, _lunar: boolean): Hit | null {
    let end = e;
    let inferred: Inferred[] = [];
    let year = y;
    if (year === undefined) {
      const q = this.yearQualifier(e);
      if (q) end = q[0];
      year = this.resolveYearless(m, d, q ? q[1] : null, weekday);
      if (!isValidDate(year, m, d)) return null;
      if (!q || q[1] === 'next' || q[1] === 'last') inferred = ['year'];
    }
    return { start, end, p: pt(year, m, d, 'day'), inferred, calendar: 'gregorian', kind: 'absolute', weekday, yearStated: y !== undefined };
  }

  /** "18-25/11", "từ 18 đến 25/11", "29 - 30/4": a bare day, then a full day sharing its month. */
  private bareDayRange(i: number, ctx: Context): Hit | null {
    if (ctx === 'none') return null;
    const dn = this.int(i, 2);
    if (!dn || dn[0] < 1 || dn[0] > 31) return null;
    let j = this.sp(dn[1]);
    let k = -1;
    if (this.L.charCodeAt(j) === 45) k = this.sp(j + 1);
    else {
      const w = this.word(j, 'đến') >= 0 ? this.word(j, 'đến') : this.word(j, 'tới');
      // "từ 18 đến 25/11", "từ ngày 5 đến ngày 8/3", "(từ) đêm 19 đến ngày 21/9", "ngày 19 đến ngày
      // 21/9": only after "từ", "ngày" or a part of day, never after a bare number ("2 đến 3/4 số").
      if (w < 0 || !RANGE_START_BEFORE.test(this.L.slice(Math.max(0, i - 16), i))) return null;
      k = this.sp(w);
    }
    // The second day may carry its own part of day: "từ chiều 5 đến sáng 7/10".
    const pod = this.oneOf(k, PART_OF_DAY);
    if (pod) k = this.sp(pod[0]);
    const ng = this.word(k, 'ngày');
    if (ng >= 0) k = this.sp(ng);
    const second = this.dayCore(k, 'strong');
    if (!second || second.p.grain !== 'day') return null;
    // "29 - 30/4" but not the football formation "4-2-3-1"; dotted only with its year ("14-20.2.2018",
    // not "4-5.5").
    const secondText = this.L.slice(k, second.end);
    if (!secondText.includes('/') && this.word(k, 'mùng') < 0 && !secondText.includes('tháng') && !(second.yearStated && secondText.includes('.'))) return null;
    const to = second.p;
    if (dn[0] >= to.d || !isValidDate(to.y, to.m, dn[0])) return null;
    // "từ ngày 12 đến 13 tháng Giêng": a lunar range, both ends in the lunar month.
    return { start: i, end: second.end, p: pt(to.y, to.m, dn[0], 'day'), to, inferred: second.inferred, calendar: second.calendar, kind: 'absolute', yearStated: second.yearStated };
  }

  // ---------------------------------------------------------------- "ngày", "hôm", "bữa"

  private atDayWord(i: number): Hit | null {
    const rel = this.oneOf(i, RELATIVE_DAYS);
    if (rel) return this.withTail(this.relativeDay(i, rel[0], rel[1]));
    const ana = this.oneOf(i, ANAPHORIC_DAYS);
    if (ana) return this.genericAnaphora() ? null : this.withTail(this.anaphoricHit(i, ana[0], ana[1]));
    const first = this.firstDayOf(i);
    if (first) return first;
    // "ngày 1/4", "hôm 28/10", "ngày 5 đến ngày 8/3": the number carries the value; the span starts there.
    const wlen = this.L.startsWith('ngày', i) ? 4 : 3;
    const after = this.sp(i + wlen);
    if (isLetterCode(this.L.charCodeAt(after)) && this.L.startsWith('ngày', i)) {
      const hol = this.holidayAt(after); // "ngày Giáng sinh năm nay", "Ngày Nhà giáo Việt Nam 20/11"
      if (hol) return hol;
    }
    if (after === i + wlen && !isDigitCode(this.L.charCodeAt(after))) return null; // "ngày03" (noisy headers) is fine
    if (this.L.startsWith('hôm', i)) {
      const wd = this.weekdayExpr(after, true);
      if (wd) return wd;
    }
    const day = this.dayCore(after, 'strong');
    if (day) return this.withTail(day);
    if (isDigitCode(this.L.charCodeAt(after))) return this.bareDayRange(after, 'strong') ?? this.dayList(after);
    if (this.word(after, 'mùng') >= 0 || this.word(after, 'mồng') >= 0) return this.dayList(after);
    return null;
  }

  /**
   * "ngày 2 và 3/6", "ngày 5, 6 và 7/8", "ngày mùng 3 và 5/4/2021": days sharing the month (and
   * year) of the last one, which alone is written in full. Neither Duckling nor chrono reads such
   * lists (they find only "3/6"); here every day is its own record, as a highlighter wants it: the
   * span of an earlier day is its own number ("2", "mùng 3"; "ngày" stays out, as in "ngày 1/4"),
   * its value the shared month and year, `inferred` that of the full date. The first record is
   * returned, the others queued in `pending`. Only after "ngày"/"hôm"/"mùng", only with "và" or
   * "hoặc" before the full date (a comma alone may start a fraction: "ngày 15, 3/4 số ca"),
   * and only with days rising to it.
   */
  private dayList(i: number): Hit | null {
    const days: Array<[number, number, number]> = []; // [day, start, end]
    let j = i;
    for (let k = 0; k < 8; k++) {
      const start = j;
      const mung = this.word(j, 'mùng') >= 0 ? this.word(j, 'mùng') : this.word(j, 'mồng');
      if (mung >= 0) j = this.sp(mung);
      const dn = this.int(j, 2);
      if (!dn || dn[0] < 1 || dn[0] > 31) return null;
      days.push([dn[0], start, dn[1]]);
      j = this.sp(dn[1]);
      if (this.L.charCodeAt(j) === 44) {
        j = this.sp(j + 1);
        continue;
      }
      const conj = this.word(j, 'và') >= 0 ? this.word(j, 'và') : this.word(j, 'hoặc');
      if (conj < 0) return null;
      j = this.sp(conj);
      const ng = this.word(j, 'ngày');
      if (ng >= 0) j = this.sp(ng);
      const last = this.dayCore(j, 'strong');
      if (!last || last.p.grain !== 'day' || last.to || last.calendar !== 'gregorian') return null;
      // The full date must carry its month: "3/6", "3 tháng 6", not a bare "mùng 3" with a weekday.
      const written = this.L.slice(j, last.end);
      if (!written.includes('/') && !written.includes('tháng')) return null;
      const { y, m } = last.p;
      let prev = 0;
      for (const [d] of days) {
        if (d <= prev || d >= last.p.d || !isValidDate(y, m, d)) return null;
        prev = d;
      }
      const hits: Hit[] = days.map(([d, s, e]) => ({ start: s, end: e, p: pt(y, m, d, 'day'), inferred: [...last.inferred], calendar: 'gregorian', kind: 'absolute', yearStated: last.yearStated }));
      hits.push(last);
      this.pending.push(...hits.slice(1));
      return hits[0];
    }
    return null;
  }

  /** "ngày đầu tiên của tháng ba". */
  private firstDayOf(i: number): Hit | null {
    const ng = this.word(i, 'ngày');
    if (ng < 0) return null;
    let j = this.word(this.sp(ng), 'đầu tiên');
    if (j < 0) return null;
    j = this.word(this.sp(j), 'của');
    if (j < 0) return null;
    const month = this.monthExpr(this.sp(j));
    if (!month || month.p.grain !== 'month') return null;
    return { ...month, start: i, p: { ...month.p, grain: 'day' } };
  }

  private relativeDay(start: number, end: number, shift: number): Hit {
    const r = this.ref;
    const t = addDays(r.year, r.month, r.day, shift);
    const h: Hit = { start, end, p: pt(t.y, t.m, t.d, 'day'), inferred: [], calendar: 'gregorian', kind: 'relative', yearStated: false };
    return this.explicitDayAfter(h) ?? h;
  }

  /** "hôm nay (1/10)", "sáng nay, 27/4": the explicit date that restates a relative day wins. */
  private explicitDayAfter(h: Hit): Hit | null {
    let j = this.sp(h.end);
    const c = this.L.charCodeAt(j);
    const paren = c === 40;
    if (paren || c === 44) j = this.sp(j + 1);
    else if (j === h.end) return null; // "hôm nay 28/4": a space is enough
    const ng = this.word(j, 'ngày');
    if (ng >= 0) j = this.sp(ng);
    const d = this.numericDay(j, 'strong');
    if (!d || d.to) return null;
    let end = d.end;
    if (paren) {
      const close = this.sp(end);
      // "Sáng qua (3/2, tức mùng 6 tháng Giêng)": the lunar restatement after it is read on its own.
      if (this.L.charCodeAt(close) === 41) end = close + 1;
      else if (!this.L.startsWith(', tức ', close)) return null;
    }
    return { ...d, start: h.start, end, partOfDay: h.partOfDay };
  }

  private anaphoric(i: number): Hit | null {
    const a = this.oneOf(i, ANAPHORIC_DAYS);
    return a && !this.genericAnaphora() ? this.withTail(this.anaphoricHit(i, a[0], a[1])) : null;
  }

  /**
   * In a statute, "cùng ngày", "ngày hôm sau" with no event before them are generic ("kết thúc
   * quá hai mươi giờ cùng ngày", "trong cùng ngày giao dịch"): no day of the reference's.
   */
  private genericAnaphora(): boolean {
    return !this.anchor && this.isStatute();
  }

  private anaphoricHit(start: number, end: number, shift: number): Hit {
    const r = this.ref;
    const base = this.anchor ?? pt(r.year, r.month, r.day, 'day');
    const t = addDays(base.y, base.m, base.d, shift);
    const h: Hit = { start, end, p: pt(t.y, t.m, t.d, 'day'), inferred: [], calendar: 'gregorian', kind: this.anchor ? 'anaphoric' : 'relative', yearStated: false };
    return this.explicitDayAfter(h) ?? h;
  }

  // ---------------------------------------------------------------- months, years, quarters, weeks

  /** "tháng 4", "tháng 4/2022", "tháng 4 năm 2022", "tháng Tư", "tháng này", "tháng 3 tới". */
  private monthExpr(i: number): Hit | null {
    const th = this.word(i, 'tháng');
    if (th < 0) return null;
    const j = this.sp(th);
    if (this.countedBefore(i)) return null;
    const shift = this.periodShift(j, 'tháng');
    if (shift) {
      const r = this.ref;
      const k = r.month - 1 + shift[1];
      const y = r.year + Math.floor(k / 12);
      const m = (((k % 12) + 12) % 12) + 1;
      return { start: i, end: shift[0], p: pt(y, m, 1, 'month'), inferred: [], calendar: 'gregorian', kind: 'relative', yearStated: false };
    }
    let mm = this.monthName(j);
    if (!mm) return null;
    // "tháng Ba âm lịch", "tháng 3 (âm lịch)": a lunar month whatever its name.
    const lunarEnd = mm[2] ? null : this.lunarMark(mm[1]);
    if (lunarEnd !== null) mm = [mm[0], lunarEnd, true];
    let e = mm[1];
    const c = this.L.charCodeAt(e);
    if ((c === 47 || c === 45 || c === 46) && isDigitCode(this.L.charCodeAt(e + 1))) {
      // "tháng 4/2022"; "tháng 3-5" and "tháng 4.5" are not this, "tháng 1-3/2021" is a range.
      const ys = this.statedYear(e, true);
      if (ys) return this.monthHit(i, ys[1], ys[0], mm[0], true, mm[2]);
      if (c !== 45 || mm[2]) return null;
      return this.rangeTail(this.monthHit(i, e, this.ref.year, mm[0], false, false));
    }
    const nextWord = this.sp(e);
    if (this.word(nextWord, 'tuổi') >= 0) return null; // "3 tháng tuổi" never reaches here, "tháng 3 tuổi" is noise
    const ys = this.statedYear(e, false);
    if (ys) return this.monthHit(i, ys[1], ys[0], mm[0], true, mm[2]);
    // "đường Cách mạng Tháng 8", "Cách mạng tháng Tám thành công": a street or the 1945 revolution, no month of now.
    if (this.L.endsWith('cách mạng ', i)) return null;
    const q = this.yearQualifier(e);
    const mode = q ? q[1] : null;
    if (q) e = q[0];
    const r = this.ref;
    const approxRef = mm[2] ? addDays(r.year, r.month, r.day, -30) : null;
    const y = mode ? this.resolveYearless(mm[0], undefined, mode) : approxRef ? nearestYear(approxRef.y, approxRef.m, approxRef.d, mm[0]) : nearestYear(r.year, r.month, r.day, mm[0]);
    const hit = this.monthHit(i, e, y, mm[0], false, mm[2]);
    if (!mode || mode === 'next' || mode === 'last') hit.inferred = ['year'];
    else hit.inferred = [];
    // "tháng 11 năm ngoái", "tháng 3 tới": the year is counted from the reference date, like "năm ngoái".
    if (mode) hit.kind = 'relative';
    return hit;
  }

  private monthHit(start: number, end: number, y: number, m: number, stated: boolean, lunar: boolean): Hit {
    return { start, end, p: pt(y, m, 1, 'month'), inferred: stated ? [] : ['year'], calendar: lunar ? 'lunar' : 'gregorian', kind: 'absolute', yearStated: stated };
  }

  /** A shift word after a period noun ("năm ngoái", "tuần tới"): [end, shift]; not "năm sau đó", "tuần trước khi". */
  private periodShift(j: number, noun: keyof typeof PERIOD_WORDS): [number, number] | null {
    const s = this.oneOf(j, PERIOD_SHIFTS);
    if (!s) return null;
    const w = PERIOD_SHIFTS[s[2]][0];
    if (!PERIOD_WORDS[noun].has(w)) return null;
    const k = this.sp(s[0]);
    if ((w === 'sau' || w === 'trước' || w === 'tới') && (this.word(k, 'đó') >= 0 || this.word(k, 'khi') >= 0 || this.word(k, 'nữa') >= 0)) return null;
    // "năm trước liền kề": the year before another one, never a date; in a statute every shift is generic.
    if (this.word(k, 'liền kề') >= 0 || this.isStatute()) return null;
    return [s[0], s[1]];
  }

  /** "năm 2022", "năm nay", "năm ngoái", "năm 2021-2025". */
  private yearExpr(i: number): Hit | null {
    const nam = this.word(i, 'năm');
    if (nam < 0) return null;
    let j = this.sp(nam);
    // "năm tài khóa 2024", "năm tài chính 2023": a fiscal year is still the year.
    const fiscal = Math.max(this.word(j, 'tài khóa'), this.word(j, 'tài chính'));
    if (fiscal >= 0 && isDigitCode(this.L.charCodeAt(this.sp(fiscal)))) j = this.sp(fiscal);
    const counted = this.countedBefore(i);
    const shift = counted ? null : this.periodShift(j, 'năm');
    if (shift) {
      return { start: i, end: shift[0], p: pt(this.ref.year + shift[1], 1, 1, 'year'), inferred: [], calendar: 'gregorian', kind: 'relative', yearStated: false };
    }
    const y = this.int(j, 4);
    if (!y || y[1] - j !== 4 || y[0] < 1000 || y[0] > 2199 || !this.yearEndOk(y[1])) return null;
    if (this.L.charCodeAt(y[1]) === 45 && isDigitCode(this.L.charCodeAt(y[1] + 1)) && !this.yearRangeEnd(y[1])) return null;
    const nextWord = /^ (\p{L}+)/u.exec(this.L.slice(y[1], y[1] + 10));
    if (nextWord && COUNTED_NOUNS.has(nextWord[1])) return null; // "năm 1000 người" is a count
    return { start: i, end: y[1], p: pt(y[0], 1, 1, 'year'), inferred: [], calendar: 'gregorian', kind: 'absolute', yearStated: true };
  }

  /**
   * "các năm 2018, 2019 và 2022", "năm 2020 và 2021": later years sharing the noun "năm", each its
   * own record (span: its digits), queued in `pending`. Only a list closed by "và"/"hoặc" before its
   * last year, every item four digits from 1900 to 2100 and not a count ("năm 2019, 2020 học
   * sinh"); a comma alone may start anything ("năm 2020, 2021 doanh nghiệp ...").
   */
  private yearList(e: number): void {
    const items: Array<[number, number, number]> = [];
    let j = e;
    for (let k = 0; k < 8; k++) {
      let sep = j;
      let closed = false;
      if (this.L.charCodeAt(sep) === 44) sep++;
      const s = this.sp(sep);
      const conj = this.word(s, 'và') >= 0 ? this.word(s, 'và') : this.word(s, 'hoặc');
      let at = s;
      if (conj >= 0) [at, closed] = [this.sp(conj), true];
      else if (sep === j || s === sep) return; // a comma and a space, or a conjunction
      const y = this.int(at, 4);
      if (!y || y[1] - at !== 4 || y[0] < 1900 || y[0] > 2100 || !this.yearEndOk(y[1]) || this.L.charCodeAt(y[1]) === 45) return;
      const next = /^ (\p{L}+)/u.exec(this.L.slice(y[1], y[1] + 10));
      if (next && (COUNTED_NOUNS.has(next[1]) || next[1] === 'học' || next[1] === 'tuổi')) return;
      items.push([y[0], at, y[1]]);
      j = y[1];
      if (closed) {
        for (const [v, a, b] of items) this.pending.push({ start: a, end: b, p: pt(v, 1, 1, 'year'), inferred: [], calendar: 'gregorian', kind: 'absolute', yearStated: true });
        return;
      }
    }
  }

  /**
   * "những năm 90", "thập niên 1990", "thập kỷ 80 của thế kỷ trước", "những năm 80 và 90": a
   * decade, as the year range "1990"–"1999" (ISO has no decade value). Two digits are read in the
   * 1900s from "30" on, and "00"–"20" only with the century stated ("của thế kỷ trước", "thế kỷ
   * XX"); "những năm 1800" (a century or a decade?) and "những năm 1999-2001" (a range) are not
   * decades. The span starts at "những"/"thập" and takes a stated century.
   */
  private decade(start: number, j: number): Hit | null {
    if (start < this.lastEnd) return null;
    const first = this.decadeNumber(j);
    if (!first) return null;
    let [n, e] = first;
    const items: Array<[number, number, number]> = [[n, j, e]];
    // "những năm 80 và 90", "những năm 1930 và 1950": the noun is shared.
    const k = this.sp(e);
    const va = this.word(k, 'và');
    if (va >= 0) {
      const j2 = this.sp(va);
      const second = this.decadeNumber(j2);
      if (second && second[1] - j2 === e - j && second[0] > n) {
        items.push([second[0], j2, second[1]]);
        e = second[1];
      }
    }
    const century = this.centuryAfter(items[items.length - 1][2]);
    const hits: Hit[] = [];
    for (let m = 0; m < items.length; m++) {
      const [v, s0, e0] = items[m];
      let y = v;
      if (e0 - s0 === 2) {
        if (century) y = century + v;
        else if (v >= 30) y = 1900 + v;
        else return null;
      }
      const end = m === items.length - 1 && century ? this.centuryEnd : e0;
      hits.push({ start: m === 0 ? start : s0, end, p: pt(y, 1, 1, 'year'), to: pt(y + 9, 1, 1, 'year'), inferred: [], calendar: 'gregorian', kind: 'absolute', yearStated: true });
    }
    this.pending.push(...hits.slice(1));
    return hits[0];
  }

  /** "90" or "1990" at j, a decade (ends in 0), not a count ("những năm 2000 người") nor a range start. */
  private decadeNumber(j: number): [number, number] | null {
    const y = this.int(j, 4);
    if (!y) return null;
    const len = y[1] - j;
    if ((len !== 2 && len !== 4) || y[0] % 10 !== 0) return null;
    if (len === 4 && (y[0] < 1000 || y[0] > 2090 || (y[0] % 100 === 0 && y[0] !== 2000))) return null;
    if (!this.yearEndOk(y[1])) return null;
    const c = this.L.charCodeAt(y[1]);
    if (c === 37 || c === 45 || this.yearRangeEnd(y[1]) || (c === 32 && isDigitCode(this.L.charCodeAt(y[1] + 1)))) return null; // "những năm 1920 - 1930": a range
    const next = /^ (\p{L}+)/u.exec(this.L.slice(y[1], y[1] + 10));
    if (next && (COUNTED_NOUNS.has(next[1]) || next[1] === 'tuổi')) return null;
    return [y[0], y[1]];
  }

  /** End of the last century phrase read by centuryAfter. */
  private centuryEnd = 0;

  /** " của thế kỷ trước", " thế kỷ XX", " thế kỷ 20" after e: 1900 (or 1800 for XIX/19), else 0. */
  private centuryAfter(e: number): number {
    let j = this.sp(e);
    const cua = this.word(j, 'của');
    if (cua >= 0) j = this.sp(cua);
    const tk = this.word(j, 'thế kỷ') >= 0 ? this.word(j, 'thế kỷ') : this.word(j, 'thế kỉ');
    if (tk < 0) return 0;
    const k = this.sp(tk);
    for (const [w, c] of [['trước', 1900], ['xx', 1900], ['20', 1900], ['xix', 1800], ['19', 1800]] as const) {
      const end = this.word(k, w);
      if (end >= 0 && !isDigitCode(this.L.charCodeAt(end))) {
        this.centuryEnd = end;
        return c;
      }
    }
    return 0;
  }

  private yearRangeEnd(e: number): boolean {
    const m = /^ ?- ?(\d{4})(?!\d)/.exec(this.L.slice(e, e + 8));
    return m !== null;
  }

  /** "quý I/2022", "quý 4 năm 2018", "quý ba", "quý này", "quý tới". */
  private quarterExpr(i: number): Hit | null {
    const q = this.word(i, 'quý');
    if (q < 0) return null;
    const before = this.prevWord(i);
    if (NOT_BEFORE_QUARTER.has(before)) return null; // "cao quý này": noble, not a quarter
    if (EVERY_BEFORE_QUARTER.has(before)) return null; // "họp ít nhất mỗi quý một lần": every quarter
    const j = this.sp(q);
    const r = this.ref;
    const refQ = Math.floor((r.month - 1) / 3);
    const shift = this.countedBefore(i) ? null : this.periodShift(j, 'quý');
    if (shift) {
      const k = refQ + shift[1];
      const y = r.year + Math.floor(k / 4);
      const qq = ((k % 4) + 4) % 4;
      return { start: i, end: shift[0], p: pt(y, qq * 3 + 1, 1, 'quarter'), inferred: [], calendar: 'gregorian', kind: 'relative', yearStated: false };
    }
    let num = 0;
    let e = -1;
    for (const [roman, v] of ROMAN_QUARTERS) {
      if (this.T.startsWith(roman, j) && !isLetterCode(this.L.charCodeAt(j + roman.length))) {
        num = v;
        e = j + roman.length;
        break;
      }
    }
    if (!num) {
      const d = this.int(j, 1);
      if (d && d[0] >= 1 && d[0] <= 4) [num, e] = d;
      else {
        const w = this.oneOf(j, QUARTER_WORDS);
        if (w) [e, num] = [w[0], w[1]];
      }
    }
    if (!num) return null;
    const ys = this.statedYear(e, true);
    if (!ys && (isDigitCode(this.L.charCodeAt(e)) || this.L.charCodeAt(e) === 47)) return null;
    const hit: Hit = { start: i, end: ys ? ys[1] : e, p: pt(ys ? ys[0] : r.year, (num - 1) * 3 + 1, 1, 'quarter'), inferred: ys ? [] : ['year'], calendar: 'gregorian', kind: 'absolute', yearStated: !!ys };
    if (!ys) {
      const yq = this.isStatute() ? null : this.oneOf(this.sp(e), [['năm nay', 0], ['năm ngoái', -1], ['năm trước', -1], ['năm sau', 1], ['năm tới', 1]] as const);
      if (yq) {
        hit.p.y = r.year + yq[1];
        hit.end = yq[0];
        hit.inferred = [];
      }
    }
    return this.rangeTail(hit) ?? hit;
  }

  /** "tuần này", "tuần trước", "tuần tới"; "tuần đầu tiên của tháng 9 năm 2017". */
  private weekExpr(i: number): Hit | null {
    const w = this.word(i, 'tuần');
    if (w < 0 || this.countedBefore(i)) return null;
    const j = this.sp(w);
    const r = this.ref;
    const shift = this.periodShift(j, 'tuần');
    if (shift) {
      const mon = mondayOf(r.year, r.month, r.day);
      const t = addDays(mon.y, mon.m, mon.d, 7 * shift[1]);
      return { start: i, end: shift[0], p: pt(t.y, t.m, t.d, 'week'), inferred: [], calendar: 'gregorian', kind: 'relative', yearStated: false };
    }
    let k = this.word(j, 'đầu tiên');
    if (k < 0) return null;
    k = this.word(this.sp(k), 'của');
    if (k < 0) return null;
    const month = this.monthExpr(this.sp(k));
    if (!month || month.p.grain !== 'month') return null;
    // The first week whose Monday falls in the month.
    const wd = isoWeekday(month.p.y, month.p.m, 1);
    const t = addDays(month.p.y, month.p.m, 1, (8 - wd) % 7);
    return { ...month, start: i, p: pt(t.y, t.m, t.d, 'week'), kind: 'absolute' };
  }

  /**
   * "cuối tuần qua", "cuối tuần này", "cuối tuần tới": the Saturday and Sunday of that week. A bare
   * "cuối tuần" (a habit, or any weekend) is no date.
   */
  private weekendExpr(i: number): Hit | null {
    if (this.countedBefore(i)) return null;
    const j = this.sp(i + 'cuối tuần'.length);
    const qua = this.word(j, 'qua');
    const shift = this.periodShift(j, 'tuần') ?? (qua >= 0 ? ([qua, -1] as [number, number]) : null);
    if (!shift) return null;
    const r = this.ref;
    const mon = mondayOf(r.year, r.month, r.day);
    // "phiên (giao dịch) cuối tuần qua": the week's last trading session, its Friday.
    if (/phiên (?:giao dịch )?$/.test(this.L.slice(Math.max(0, i - 16), i))) {
      const fri = addDays(mon.y, mon.m, mon.d, 7 * shift[1] + 4);
      return { start: i, end: shift[0], p: pt(fri.y, fri.m, fri.d, 'day'), inferred: [], calendar: 'gregorian', kind: 'relative', weekday: 5, yearStated: false };
    }
    const sat = addDays(mon.y, mon.m, mon.d, 7 * shift[1] + 5);
    const sun = addDays(mon.y, mon.m, mon.d, 7 * shift[1] + 6);
    return { start: i, end: shift[0], p: pt(sat.y, sat.m, sat.d, 'day'), to: pt(sun.y, sun.m, sun.d, 'day'), inferred: [], calendar: 'gregorian', kind: 'relative', yearStated: false };
  }

  // ---------------------------------------------------------------- weekdays

  /** "thứ Ba (12/3)", "Chủ nhật, 5/5", "thứ 2 ngày 6 tháng 2", "thứ Hai tuần trước", a bare "thứ Hai". */
  /** "thứ Sáu tuần này (22/9)": the bracketed date of the same day belongs to the expression; returns its end, or `end`. */
  private sameDayInParens(end: number, wd: number, t: { y: number; m: number; d: number }): number {
    const j = this.sp(end);
    if (this.L.charCodeAt(j) !== 40) return end;
    const day = this.dayCore(this.sp(j + 1), 'strong', wd);
    if (!day || day.p.grain !== 'day' || day.to || day.p.m !== t.m || day.p.d !== t.d) return end;
    const close = this.sp(day.end);
    if (this.L.charCodeAt(close) === 41) return close + 1;
    // "Sáng qua (3/2, tức mùng 6 tháng Giêng)": the restated day is read with it; the lunar one goes on.
    return this.L.startsWith(', tức ', close) ? day.end : end;
  }

  private weekdayExpr(i: number, past: boolean): Hit | null {
    const L = this.L;
    let wd = 0;
    let e = -1;
    let explicitName = false; // capitalised name or digit: a weekday even when bare
    let digitName = false;
    let capitalName = false;
    const thu = this.word(i, 'thứ');
    if (thu >= 0) {
      const j = this.sp(thu);
      const d = this.int(j, 1);
      if (d && d[0] >= 2 && d[0] <= 7) {
        [wd, e, explicitName, digitName] = [d[0] - 1, d[1], true, true];
      } else {
        const w = this.oneOf(j, WEEKDAY_WORDS);
        if (!w) return null;
        [e, wd] = [w[0], w[1]];
        explicitName = capitalName = this.T[j] !== L[j];
      }
    } else {
      for (const s of SUNDAY_WORDS) {
        const k = this.word(i, s);
        if (k >= 0) [wd, e, explicitName, capitalName] = [7, k, true, true]; // never an ordinal
      }
      if (e < 0 && this.T.startsWith('CN', i) && !isLetterCode(L.charCodeAt(i + 2))) [wd, e] = [7, i + 2];
      if (e < 0) return null;
    }
    // Followed by its date: "(12/3)", ", 5/5", " ngày 6 tháng 2", " mồng 6".
    let j = this.sp(e);
    const c = L.charCodeAt(j);
    const paren = c === 40;
    if (paren || c === 44) j = this.sp(j + 1);
    const ng = this.word(j, 'ngày');
    if (ng >= 0) j = this.sp(ng);
    const day = this.dayCore(j, 'strong', wd);
    if (day && day.p.grain === 'day' && !day.to) {
      let end = day.end;
      if (paren) {
        const close = this.sp(end);
        if (L.charCodeAt(close) !== 41) return null;
        end = close + 1;
      }
      return { ...day, start: i, end, weekday: wd };
    }
    if (!explicitName && e === i + 2) return null; // bare "CN" needs a date
    // "thứ Hai tuần trước", "thứ 5 của tuần này", "thứ ba vừa rồi", "thứ sáu tới".
    const r = this.ref;
    const refWd = isoWeekday(r.year, r.month, r.day);
    let k = this.sp(e);
    const cua = this.word(k, 'của');
    const k2 = cua >= 0 ? this.sp(cua) : k;
    const tuan = this.word(k2, 'tuần');
    if (tuan >= 0) {
      const s = this.oneOf(this.sp(tuan), PERIOD_SHIFTS);
      const shiftWord = s ? PERIOD_SHIFTS[s[2]][0] : '';
      const shift = s && PERIOD_WORDS.tuần.has(shiftWord) ? s[1] : shiftWord === 'qua' ? -1 : null;
      if (s && shift !== null) {
        const mon = mondayOf(r.year, r.month, r.day);
        const t = addDays(mon.y, mon.m, mon.d, 7 * shift + wd - 1);
        return { start: i, end: this.sameDayInParens(s[0], wd, t), p: pt(t.y, t.m, t.d, 'day'), inferred: [], calendar: 'gregorian', kind: 'relative', weekday: wd, yearStated: false };
      }
    }
    let direction = past ? -1 : 1;
    let end = e;
    const q = this.oneOf(k, [['vừa rồi', -1], ['vừa qua', -1], ['tới đây', 1], ['sắp tới', 1], ['tới', 1], ['này', 1]] as const);
    if (q) [end, direction] = [q[0], q[1]];
    if (!past) {
      // No date, no "tuần ...": "thứ 2", "thứ ba" are ordinals unless a temporal word or a clause
      // start comes before ("hôm thứ Ba", "vào Chủ nhật", "Thứ Hai tới"), and bare names must be capitalised.
      if (!q && !explicitName) return null;
      const pw = this.prevWord(i);
      if (pw) {
        if (!WEEKDAY_BEFORE.has(pw) || ORDINAL_BEFORE.has(pw)) return null;
      } else {
        // At a clause start "Thứ 2, ..." / "Thứ hai, ..." enumerate; "Thứ Hai, ..." is a day.
        if (!/^(?:|\n|[(.:-])$/.test(this.prevChar(i))) return null;
        if (!q && (digitName || !capitalName)) return null;
      }
      if (this.word(k, 'liên tiếp') >= 0 || this.word(k, 'thế giới') >= 0) return null;
      if (this.habitualWeekday(i, end)) return null;
      if (WEEKDAY_SPAN_AFTER.test(L.slice(end, end + 14)) || WEEKDAY_SPAN_BEFORE.test(L.slice(Math.max(0, i - 16), i))) return null;
    }
    if (!q && !past) direction = this.tenseAround(i, end);
    let delta = direction > 0 ? (wd - refWd + 7) % 7 : -((refWd - wd + 7) % 7);
    if (delta === 0) delta = 7 * direction;
    const t = addDays(r.year, r.month, r.day, delta);
    const hit: Hit = { start: i, end, p: pt(t.y, t.m, t.d, 'day'), inferred: ['year', 'month', 'day'], calendar: 'gregorian', kind: 'relative', weekday: wd, yearStated: false };
    return hit;
  }

  /**
   * "vào thứ 7 mỗi tuần", "thứ 2 và thứ 6 hàng tuần", "mỗi tối thứ 3": every such day, no date.
   * Looks 40 characters ahead (same sentence) and two words back.
   */
  private habitualWeekday(start: number, end: number): boolean {
    const after = this.L.slice(end, Math.min(this.n, end + 40));
    const stop = after.search(/[.!?\n]/);
    if (HABIT_WEEK.test(stop < 0 ? after : after.slice(0, stop))) return true;
    const w1 = this.prevWord(start);
    if (w1 === 'mỗi' || w1 === 'hàng' || w1 === 'hằng') return true;
    return w1 !== '' && this.prevWord(start - w1.length - 1) === 'mỗi'; // "mỗi tối thứ 3"
  }

  /**
   * Which way a bare weekday points. Duckling's convention (the coming one) holds for a phrase
   * alone ("thứ 2", "sáng chủ nhật"). In running text the tense decides: "đã"/"vừa" near it (or
   * "được"/"hôm" before) make it the last one; "sẽ", "sắp", "dự kiến", "tới đây" the coming one;
   * with neither, news reports the past ("Tôi nói chuyện với Agnelli vào thứ Bảy", "được công bố
   * vào Chủ nhật"): the last one. On the 20 bare weekdays of news-dantri this takes the right
   * direction (or no record) in 19 (12 before).
   */
  private tenseAround(start: number, end: number): number {
    const after = this.L.slice(end, Math.min(this.n, end + 40));
    const stopA = after.search(/[.!?\n]/);
    const a = stopA < 0 ? after : after.slice(0, stopA);
    const before = this.L.slice(Math.max(0, start - 60), start);
    const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf('?'), before.lastIndexOf('!'));
    const b = before.slice(cut + 1);
    if (PAST_AFTER.test(a) || PAST_BEFORE.test(b.slice(-30))) return -1;
    if (FUTURE_AFTER.test(a) || FUTURE_BEFORE.test(b)) return 1;
    // A phrase alone (conformance corpora, headings): the coming one.
    const letters = (b.match(LETTER_RUN) ?? []).length + (a.match(LETTER_RUN) ?? []).length;
    return letters >= 3 ? -1 : 1;
  }

  // ---------------------------------------------------------------- part of day, clock times

  /** "Sáng 1/4", "chiều nay", "tối qua", "Sáng cùng ngày", "sáng chủ nhật", "trưa ngày mai". */
  private partOfDayExpr(i: number): Hit | null {
    const p = this.oneOf(i, PART_OF_DAY);
    if (!p || this.countedBefore(i)) return null; // "đường 2 chiều qua hầm": two-way
    const day = this.dayAfterPartOfDay(this.sp(p[0]));
    if (!day) return null;
    return { ...day, start: i, partOfDay: p[1] };
  }

  /** What may follow a part of day (or a clock time): a day, named or relative. */
  private dayAfterPartOfDay(j: number, allowShort = true): Hit | null {
    const rel = this.oneOf(j, RELATIVE_DAYS);
    if (rel) return this.relativeDay(j, rel[0], rel[1]);
    const ana = this.oneOf(j, ANAPHORIC_DAYS);
    if (ana) return this.genericAnaphora() ? null : this.anaphoricHit(j, ana[0], ana[1]);
    const short = allowShort ? this.oneOf(j, PART_OF_DAY_SHORT_DAYS) : null;
    if (short) return this.relativeDay(j, short[0], short[1]);
    const wd = this.weekdayExpr(j, false);
    if (wd) return wd;
    let k = j;
    const c = this.L.charCodeAt(k);
    if (c === 44) k = this.sp(k + 1);
    const hom = this.word(k, 'hôm');
    const ng = this.word(k, 'ngày') >= 0 ? this.word(k, 'ngày') : hom;
    if (ng >= 0) k = this.sp(ng);
    if (hom >= 0) {
      const wd = this.weekdayExpr(k, true); // "sáng hôm thứ Hai": the last Monday
      if (wd) return wd;
    }
    if (this.word(k, 'rằm') >= 0) return this.lunarFullMoon(k); // "đêm rằm tháng Giêng"
    if (!isDigitCode(this.L.charCodeAt(k)) && this.word(k, 'mùng') < 0 && this.word(k, 'mồng') < 0) return null;
    return this.dayCore(k, 'strong');
  }

  /** "14h30", "14h", "14 giờ 30 (phút)", "10g45", "3 giờ rưỡi", "11 giờ kém 15", "15:23:24". */
  private clockAt(i: number): Clock | null {
    const L = this.L;
    const hh = this.int(i, 2);
    if (!hh || hh[0] > 24) return null;
    let j = hh[1];
    let mi = 0;
    let s = 0;
    let grain: Grain = 'hour';
    const c = L.charCodeAt(j);
    if (c === 58) {
      const m = this.int(j + 1, 2);
      if (!m || m[1] - j - 1 !== 2 || m[0] > 59) return null;
      [mi, j, grain] = [m[0], m[1], 'minute'];
      if (L.charCodeAt(j) === 58) {
        const sec = this.int(j + 1, 2);
        if (!sec || sec[1] - j - 1 !== 2 || sec[0] > 59) return null;
        [s, j, grain] = [sec[0], sec[1], 'second'];
      }
      if (isDigitCode(L.charCodeAt(j)) || L.charCodeAt(j) === 58) return null;
      return { start: i, end: j, h: hh[0], mi, s, grain };
    }
    let h = hh[0];
    if (c === 104 || c === 103) {
      // "14h30", "14h", "10g45" ("10g" alone is ten grams).
      const m = this.int(j + 1, 2);
      if (m) {
        if (m[0] > 59) return null;
        [mi, j, grain] = [m[0], m[1], 'minute'];
        const p = this.word(this.sp(j), 'phút');
        if (p >= 0) j = p;
        else if (L.charCodeAt(j) === 39 || (L.charCodeAt(j) === 112 && !isLetterCode(L.charCodeAt(j + 1)))) j++;
      } else {
        if (c === 103 || isLetterCode(L.charCodeAt(j + 1))) return null;
        j++;
      }
      return isDigitCode(L.charCodeAt(j)) || isLetterCode(L.charCodeAt(j)) ? null : { start: i, end: j, h, mi, s, grain };
    }
    const gio = this.word(this.sp(j), 'giờ');
    if (gio < 0) return null;
    j = gio;
    const k = this.sp(j);
    const ruoi = this.word(k, 'rưỡi');
    const kem = this.word(k, 'kém');
    if (ruoi >= 0) [mi, j, grain] = [30, ruoi, 'minute'];
    else if (kem >= 0) {
      const m = this.int(this.sp(kem), 2);
      if (!m || m[0] < 1 || m[0] > 59 || h < 1) return null;
      [h, mi, j, grain] = [h - 1, 60 - m[0], m[1], 'minute'];
      const p = this.word(this.sp(j), 'phút');
      if (p >= 0) j = p;
    } else {
      const m = this.int(k, 2);
      if (m && m[0] <= 59 && !this.L.startsWith('/', m[1]) && this.word(this.sp(m[1]), 'ngày') < 0 && this.word(this.sp(m[1]), 'tháng') < 0) {
        [mi, j, grain] = [m[0], m[1], 'minute'];
        const p = this.word(this.sp(j), 'phút');
        if (p >= 0) j = p;
      }
    }
    if (h > 24 || (h === 24 && mi > 0)) return null;
    return { start: i, end: j, h, mi, s, grain };
  }

  /** "(giờ Việt Nam)", "(giờ địa phương)", "(theo giờ Hà Nội)" at j: where the text goes on after it, else j. */
  private localTimeNote(j: number): number {
    if (this.L.charCodeAt(j) !== 40) return j;
    const m = LOCAL_TIME_NOTE.exec(this.L.slice(j, j + 32));
    return m ? this.sp(j + m[0].length) : j;
  }

  /** A clock time, then maybe a part of day, then the day it is on. No day: no record. */
  private timeThenDay(clock: Clock): Hit | null {
    let j = this.sp(clock.end);
    // "4h30 giờ sáng nay": a redundant "giờ" after a written-out clock.
    const g = this.L.slice(clock.start, clock.end).includes('giờ') ? -1 : this.word(j, 'giờ');
    if (g >= 0) j = this.sp(g);
    let pod: PartOfDay | undefined;
    const p = this.oneOf(j, PART_OF_DAY);
    if (p) {
      pod = p[1];
      j = this.sp(p[0]);
    }
    j = this.localTimeNote(j);
    if (this.L.charCodeAt(j) === 44) {
      j = this.sp(j + 1);
      // "khoảng 5h20, sáng 22/4": the part of day may come after the comma.
      const p2 = pod === undefined ? this.oneOf(j, PART_OF_DAY) : null;
      if (p2) [pod, j] = [p2[1], this.sp(p2[0])];
    }
    // "8 giờ tối nay", but not "24h qua" (the last 24 hours).
    const day = this.dayAfterPartOfDay(j, pod !== undefined);
    if (!day || day.p.grain !== 'day' || day.to) return null;
    return this.combine(day, clock, clock.start, Math.max(day.end, clock.end), pod ?? day.partOfDay);
  }

  /**
   * "từ 7 giờ đến 11 giờ tối ngày 23/4", "08:30 - 11:30, ngày 25/04/2021": two clock times on the
   * day written after the second. A part of day written only after the second also holds for the
   * first when the first is not later ("7 giờ đến 11 giờ tối" is 19:00-23:00). With no day, a range
   * is read as a bare clock is (see bareClock), as one record; most such ranges are opening hours
   * or timetables ("mở cửa từ 8h đến 22h", "hoạt động từ 6h - 22h"), which the habitual check drops.
   */
  private clockRange(c1: Clock): Hit | null {
    const L = this.L;
    let j = this.sp(c1.end);
    let pod1: PartOfDay | undefined;
    const p1 = this.oneOf(j, PART_OF_DAY);
    if (p1) [pod1, j] = [p1[1], this.sp(p1[0])];
    const c2 = this.rangeSecondClock(j);
    if (!c2 || DURATION_BEFORE.has(this.prevWord(c1.start))) return null;
    const second = this.timeThenDay(c2);
    if (second && second.to) return null;
    let day: Hit;
    let to: Point;
    let pod2: PartOfDay | undefined;
    let end: number;
    if (second) {
      day = { ...second, p: pt(second.p.y, second.p.m, second.p.d, 'day') };
      [to, pod2, end] = [second.p, second.partOfDay, second.end];
    } else {
      end = c2.end;
      const p2 = this.oneOf(this.sp(end), PART_OF_DAY);
      if (p2) [pod2, end] = [p2[1], p2[0]];
      // "7h-9h: Lang thang giữa trời Âu": a timetable entry, no day of its own.
      if (L.charCodeAt(this.sp(end)) === 58) return null;
      const bare = this.bareDay(c1.start, end, c1, pod1 !== undefined || pod2 !== undefined);
      if (!bare) return null;
      const t = this.combine(bare, c2, c2.start, end, pod2);
      if (!t) return null;
      [day, to] = [bare, t.p];
    }
    const pod = pod1 ?? (c1.h <= c2.h ? pod2 : undefined);
    const first = this.combine(day, c1, c1.start, end, pod);
    if (!first || pointOrder(to) <= pointOrder(first.p)) return null;
    return { ...first, to, partOfDay: pod1 ?? pod2 };
  }

  /** "- 11h", "đến 17 giờ", "tới 22h" at j: the clock that ends a range. */
  private rangeSecondClock(j: number): Clock | null {
    if (this.L.charCodeAt(j) === 45) j = this.sp(j + 1);
    else {
      const w = this.oneOf(j, [['đến', 0], ['tới', 0]] as const);
      if (!w) return null;
      j = this.sp(w[0]);
    }
    return isDigitCode(this.L.charCodeAt(j)) ? this.clockAt(j) : null;
  }

  /**
   * A clock time with no day after it ("Lúc 14h30, đoàn đến nơi", "Khoảng 22h, anh phát hiện
   * cháy"): a reader takes it on the day the text is talking about, the last event day read (the
   * "cùng ngày" anchor), else the reference day; the day is marked inferred. Only with a clock cue
   * (see clockCue), never in a statute ("trước 17 giờ" there is any day), never a recurring time,
   * never one end of a range read no other way ("từ 8h đến 22h": see clockRange).
   */
  private bareClock(clock: Clock): Hit | null {
    let end = clock.end;
    let pod: PartOfDay | undefined;
    const p = this.oneOf(this.sp(end), PART_OF_DAY);
    if (p) [pod, end] = [p[1], p[0]];
    const day = this.bareDay(clock.start, end, clock, pod !== undefined);
    if (!day || this.rangeSecondClock(this.sp(end)) || RANGE_FIRST_BEFORE.test(this.L.slice(Math.max(0, clock.start - 40), clock.start))) return null;
    return this.combine(day, clock, clock.start, end, pod);
  }

  /** The day of a bare clock (or range) on [start, end), if its cues make it one (see bareClock). */
  private bareDay(start: number, end: number, clock: Clock, hasPod: boolean): Hit | null {
    if (!this.clockCue(clock, end, hasPod) || this.habitualClock(start, end) || this.isStatute()) return null;
    const a = this.anchor;
    const r = this.ref;
    let day = a ? pt(a.y, a.m, a.d, 'day') : pt(r.year, r.month, r.day, 'day');
    // "Khoảng 23h ngày 13/5, ... Đến 0h30, ...": a small hour told after a late one is past midnight,
    // unless the text steps back ("Trước đó, lúc 5h ...").
    if (a && a.grain !== 'day' && a.h >= 18 && clock.h < 6 && !STEP_BACK.test(this.L.slice(Math.max(0, start - 40), start))) {
      const t = addDays(a.y, a.m, a.d, 1);
      day = pt(t.y, t.m, t.d, 'day');
    }
    return {
      start,
      end,
      p: day,
      inferred: ['year', 'month', 'day'],
      calendar: 'gregorian',
      kind: a ? 'anaphoric' : 'relative',
      yearStated: false,
    };
  }

  /** The word ending before i and where it starts: ["", i] when the previous token is no word. */
  private wordBefore(i: number): [string, number] {
    const w = this.prevWord(i);
    return [w, w ? this.prevCharIndex(i) - w.length + 1 : i];
  }

  /**
   * Whether a clock-like number with no day is a clock time. "14h30", "2 giờ", "10:45" are as
   * often lengths ("mất 2 giờ", "trong 24h", "2h30 chạy bộ"), so: never after a duration word
   * (DURATION_BEFORE) nor before one (DURATION_AFTER: "24h qua", "3 giờ sau"); a clock after a
   * cue ("lúc", "vào", "từ", "đến", through "khoảng", "hơn", "đúng"), at a clause start with an
   * approximator, a part of day or a comma after ("Khoảng 22h, ...", "4 giờ sáng anh bắt xe",
   * "6h10: Xuất phát"), or anywhere with a part of day ("dậy 4 giờ sáng").
   */
  private clockCue(clock: Clock, end: number, hasPod: boolean): boolean {
    const L = this.L;
    const form = L.slice(clock.start, clock.end);
    const colon = form.includes(':');
    const withMinutes = clock.grain !== 'hour';
    if (!hasPod) {
      const j = this.sp(end);
      const c = L.charCodeAt(j);
      if (c === 47 || c === 37 || isDigitCode(c) || (j === end && isLetterCode(c))) return false; // "8h/ngày", "20 giờ 30 ngày 21/4"
      if (this.oneOf(j, DURATION_AFTER_LIST)) return false;
    }
    let [w, ws] = this.wordBefore(clock.start);
    if (colon && RATIO_BEFORE.has(w)) return false;
    if (DURATION_BEFORE.has(w)) return false;
    let approx = false;
    for (let k = 0; k < 2 && CLOCK_APPROX.has(w); k++) {
      approx = CLOCK_APPROX_OPENERS.has(w);
      [w, ws] = this.wordBefore(ws);
    }
    if (DURATION_BEFORE.has(w)) return false; // "mất khoảng 2 giờ"
    // With no event day read yet the clock would go on the reference day: in features and
    // portraits such times are mostly routines ("4 giờ sáng anh bắt xe", "bán hàng từ 5 giờ sáng
    // đến 5 giờ chiều"). There only "lúc", "vào", "khoảng" or a timeline entry ("6h15: Xuất phát")
    // announce an event's time.
    const strict = this.anchor === null;
    if (CLOCK_CUES.has(w)) {
      if (strict && !approx && !STRICT_CLOCK_CUES.has(w)) return false;
      if (hasPod || withMinutes || (w !== 'đến' && w !== 'tới')) return true;
      // "kéo dài đến 3 giờ", "lên tới 10 giờ", "từ 48 đến 72 giờ": a length.
      if (LENGTH_BEFORE_UNTIL.has(this.wordBefore(ws)[0])) return false;
      return !isDigitCode(L.charCodeAt(this.prevCharIndex(ws)));
    }
    if (w !== '') return !strict && hasPod && clock.h !== 24;
    const c = this.prevChar(ws);
    // Not "(": "Từ Nam Du (11h20 rời bến)" is a timetable.
    const clauseStart = c === '' || c === '\n' || c === '.' || c === ':' || c === ';' || c === '!' || c === '?' || c === '"' || (c === '-' && this.afterDateline(ws));
    if (!clauseStart && !(c === ',' && (withMinutes || approx))) return false;
    const after = L.charCodeAt(this.sp(end));
    // A clock alone on its line (a heading, a query) is a time too.
    if (strict && !approx) return after === 58 || after === 45 || Number.isNaN(after) || after === 10;
    if (withMinutes || hasPod || approx) return clock.h !== 24 || withMinutes;
    return clock.h !== 24 && (after === 44 || after === 58 || after === 45);
  }

  /** The "-" before i follows a dateline's ")" or starts a line: "(Dân trí) - Khoảng 22h, ...". */
  private afterDateline(i: number): boolean {
    const dash = this.prevCharIndex(i);
    const c = this.prevChar(dash);
    return c === ')' || c === '' || c === '\n';
  }

  /**
   * A recurring time around [start, end): a HABITUAL_CLOCK word in its sentence ("hàng ngày lúc
   * 8h", "thường dậy lúc 5 giờ"; at most 200 characters back, 120 on), or a strong one in the
   * sentence before (HABITUAL_CLOCK_PREVIOUS).
   */
  private habitualClock(start: number, end: number): boolean {
    const L = this.L;
    const from = Math.max(0, start - 200);
    let cut = from - 1;
    let prevCut = from - 1;
    for (let k = start - 1; k >= from; k--) {
      if (CLAUSE_END.test(L[k]) && !isDigitCode(L.charCodeAt(k + 1))) {
        if (cut < from) cut = k;
        else {
          prevCut = k;
          break;
        }
      }
    }
    const after = L.slice(end, Math.min(this.n, end + 120));
    const stop = after.search(CLAUSE_END);
    if (HABITUAL_CLOCK_RE.test(L.slice(cut + 1, start)) || HABITUAL_CLOCK_RE.test(stop < 0 ? after : after.slice(0, stop))) return true;
    return cut >= from && HABITUAL_CLOCK_PREVIOUS_RE.test(L.slice(prevCut + 1, cut));
  }


  /** "hôm nay lúc 2 giờ chiều", "ngày 5/3, lúc 14h". */
  private timeAfter(day: Hit): Hit | null {
    let j = this.sp(day.end);
    if (this.L.charCodeAt(j) === 44) j = this.sp(j + 1);
    const vao = this.word(j, 'vào');
    if (vao >= 0) j = this.sp(vao);
    const luc = this.word(j, 'lúc');
    if (luc < 0) return null;
    j = this.sp(luc);
    const kh = this.word(j, 'khoảng');
    if (kh >= 0) j = this.sp(kh);
    const clock = this.clockAt(j);
    if (!clock) return null;
    let end = clock.end;
    let pod: PartOfDay | undefined;
    const p = this.oneOf(this.sp(end), PART_OF_DAY);
    if (p && !isLetterCode(this.L.charCodeAt(p[0] + 1))) [end, pod] = [p[0], p[1]];
    return this.combine(day, clock, day.start, end, pod);
  }

  private combine(day: Hit, clock: Clock, start: number, end: number, pod: PartOfDay | undefined): Hit | null {
    let h = clock.h;
    if (pod === 'chiều' || pod === 'tối') {
      if (h >= 1 && h < 12) h += 12;
    } else if (pod === 'đêm') {
      if (h >= 6 && h < 12) h += 12;
    } else if (pod === 'trưa') {
      if (h >= 1 && h < 6) h += 12; // "1 giờ trưa" is 13:00, "10h trưa", "11 giờ trưa" late morning
    }
    let p = day.p;
    if (h === 24) {
      const t = addDays(p.y, p.m, p.d, 1);
      p = pt(t.y, t.m, t.d, 'day');
      h = 0;
    }
    return { ...day, start, end, p: pt(p.y, p.m, p.d, clock.grain, h, clock.mi, clock.s), partOfDay: pod ?? day.partOfDay };
  }

  // ---------------------------------------------------------------- ranges

  /** "11/4/2007-11/4/2022", "30/4 - 1/5", "từ 14/4 đến 19/4", "năm 2021-2025", "quý I-III/2022" (not). */
  /**
   * The second end of a month range written without "tháng" but with its year: "7.2017" of
   * "tháng 1 - 7.2017", "3/2021" of "tháng 1-3/2021". Without the year ("tháng 3-5") the second
   * number may be anything (a count, a score), so it is not read.
   */
  private bareMonthOfYear(j: number): Hit | null {
    const m = this.int(j, 2);
    if (!m || m[0] < 1 || m[0] > 12) return null;
    const ys = this.statedYear(m[1], true);
    if (!ys || this.L.charCodeAt(m[1]) === 32) return null;
    return this.monthHit(j, ys[1], ys[0], m[0], true, false);
  }

  private rangeTail(h: Hit): Hit | null {
    if (h.to || h.kind !== 'absolute' || (h.calendar === 'lunar' && h.p.grain !== 'day' && h.p.grain !== 'month')) return null;
    const L = this.L;
    let j = this.sp(h.end);
    if (L.charCodeAt(j) === 45) j = this.sp(j + 1);
    else {
      const w = this.oneOf(j, [['đến hết', 0], ['cho đến', 0], ['đến', 0], ['tới', 0]] as const);
      if (!w) return null;
      j = this.sp(w[0]);
    }
    const g = h.p.grain;
    let second: Hit | null = null;
    // "từ sáng 19/9 đến chiều 21/9": the second day's own part of day; the range then has none.
    const secondPart = g === 'day' ? this.oneOf(j, PART_OF_DAY) : null;
    if (secondPart) j = this.sp(secondPart[0]);
    if (g === 'day' || GRAIN_RANK[g] > GRAIN_RANK.day) {
      const ng = this.word(j, 'ngày') >= 0 ? this.word(j, 'ngày') : this.word(j, 'hết ngày');
      const k = ng >= 0 ? this.sp(ng) : j;
      second = isDigitCode(L.charCodeAt(k)) || this.word(k, 'mùng') >= 0 || this.word(k, 'mồng') >= 0 ? this.dayCore(k, 'strong') : null;
      // "từ 8h ngày 1/4 đến 17h ngày 30/6": a time on another day ends the range.
      if (!second && g !== 'day' && isDigitCode(L.charCodeAt(k))) {
        const clock = this.clockAt(k);
        const timed = clock ? this.timeThenDay(clock) : null;
        if (timed && !timed.inferred.includes('day')) second = timed;
      }
    } else if (g === 'month') {
      second = this.word(j, 'tháng') >= 0 ? this.monthExpr(j) : this.bareMonthOfYear(j);
    } else if (g === 'year') {
      if (this.word(j, 'năm') >= 0) second = this.yearExpr(j);
      else {
        const y = this.int(j, 4);
        if (y && y[1] - j === 4 && this.yearEndOk(y[1])) second = { ...h, start: j, end: y[1], p: pt(y[0], 1, 1, 'year') };
      }
    } else if (g === 'quarter') {
      second = this.word(j, 'quý') >= 0 ? this.quarterExpr(j) : null;
    }
    // A range cannot mix calendars: "từ 26/1 đến hết mùng 10 tháng Giêng" is two dates.
    // The second end may be counted from the reference date ("từ tháng 1 đến tháng 3 năm nay"), not from an anaphor.
    if (!second || second.to || second.p.grain !== g || second.kind === 'anaphoric') return null;
    // "tháng 3 đến tháng 8 âm lịch": the mark at the end makes both months lunar.
    if (g === 'month' && second.calendar === 'lunar' && h.calendar === 'gregorian') h = { ...h, calendar: 'lunar' };
    if (second.calendar !== h.calendar) return null;
    let from = h.p;
    let to = second.p;
    // A year written only at the end belongs to both ends: "25/12-5/1/2022", "tháng 3 đến tháng 5 năm 2022";
    // so does one fixed by "năm nay", "năm ngoái" ("30/4 - 1/5 năm nay").
    const firstFixed = h.yearStated || !h.inferred.includes('year');
    const secondFixed = second.yearStated || !second.inferred.includes('year');
    if (!firstFixed && secondFixed) {
      from = { ...from, y: to.y };
      if (pointOrder(from) > pointOrder(to)) from = { ...from, y: to.y - 1 };
      if (g === 'day' && !isValidDate(from.y, from.m, from.d)) return null;
    } else if (!secondFixed && firstFixed) {
      to = { ...to, y: from.y };
      if (pointOrder(to) < pointOrder(from)) to = { ...to, y: from.y + 1 };
    } else if (!secondFixed && !firstFixed) {
      // Neither end has a year: the range is read as one, from its start ("tháng 3 đến tháng 8").
      to = { ...to, y: from.y };
      if (pointOrder(to) < pointOrder(from)) to = { ...to, y: from.y + 1 };
    }
    if (g === 'day' && !isValidDate(to.y, to.m, to.d)) return null;
    if (pointOrder(to) <= pointOrder(from)) return null;
    const inferred = firstFixed || secondFixed ? [] : h.inferred;
    const range: Hit = { ...h, end: second.end, p: from, to, inferred, weekday: h.weekday };
    if (secondPart || second.partOfDay) delete range.partOfDay;
    return range;
  }
}

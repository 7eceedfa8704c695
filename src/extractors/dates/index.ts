import type { ExtractContext } from '../../core/context';
import type { Extractor } from '../../core/extractor';
import type { DocumentRecord } from '../documents/schema';
import type { DateRecord } from './schema';
import { DateScanner, formatPoint, type Hit } from './scanner';
import { lunarToGregorian } from './lunar';

/**
 * What makes a date a cited document's issue date: "ngày" right after a document code
 * ("23-QĐ/TW", "30/2020/NĐ-CP") or a "số ..." number: "Quyết định số 23-QĐ/TW ngày 30/7/2021",
 * "Luật số 12 ban hành ngày ...". Checked on the 48 characters before the date, token by token.
 */
const ISSUE_LEAD = /(?:(?:được\s+)?(?:ban hành|ký|thông qua)\s+)?(?:vào\s+)?(?:ngày|ngay)\s*$/u;
const CODE_TOKEN = /^(?:[\p{L}\d]*\d[\p{L}\d.]*(?:[/-][\p{L}\d.]+)+|[\p{L}\d]+(?:[/-][\p{L}\d.]+)*[/-]\p{L}[\p{L}\d.]*)$/u;

function followsDocumentCode(before: string): boolean {
  const lead = ISSUE_LEAD.exec(before);
  if (!lead) return false;
  let head = before.slice(0, lead.index).trimEnd();
  if (head.endsWith(',')) head = head.slice(0, -1).trimEnd();
  const cut = head.lastIndexOf(' ');
  const token = head.slice(cut + 1);
  if (token.length > 0 && CODE_TOKEN.test(token)) return true;
  // "Luật số 12 ngày ...": a number after "số".
  return /^\d[\d.]*$/.test(token) && head.slice(0, Math.max(cut, 0)).trimEnd().endsWith('số');
}

/**
 * A deadline ("trước ngày 30/6", "chậm nhất ngày 5/4", "hạn chót 1/7", "đến hết ngày 31/12") names
 * a limit, not the day something happened: it never anchors a later "cùng ngày", which refers back
 * to the reported event. Checked on the 24 characters before the date.
 */
// Also "(kể) từ ngày 1/4" with no end (the day something takes effect) and "(tính) đến ngày 30/9"
// (the day a figure stands at): not a day the story is on.
const DEADLINE_LEAD = /(?:^|[\s,(])(?:(?:trước|chậm nhất|muộn nhất|hạn chót|hạn cuối|đến hết|hết hạn|từ|kể từ)(?:\s+(?:là|vào))?(?:\s+ngày)?|(?:tính\s+)?đến\s+ngày)\s*$/u;

function isDeadline(ctx: ExtractContext, hit: Hit): boolean {
  return DEADLINE_LEAD.test(ctx.lower.slice(Math.max(0, hit.start - 24), hit.start));
}

const GAP_TO_DATE = /^[\s,]*(?:do\s+[^,.;/]{2,40}?\s+(?:ký\s+)?ban hành\s+|(?:được\s+)?(?:ban hành|ký|thông qua)\s+)?(?:vào\s+)?ngày\s*$/u;

/** Documents records sorted by end, walked with a cursor as dates come in text order. */
class DocumentCursor {
  private k = 0;
  private readonly ends: ReadonlyArray<{ end: number }>;
  constructor(documents: readonly DocumentRecord[] | undefined) {
    this.ends = documents ? [...documents].sort((a, b) => a.end - b.end) : [];
  }
  /** The end of the last document reference ending at or before `pos`, or -1. */
  lastEndBefore(pos: number): number {
    while (this.k < this.ends.length && this.ends[this.k].end <= pos) this.k++;
    return this.k > 0 ? this.ends[this.k - 1].end : -1;
  }
}

function isIssueDate(ctx: ExtractContext, hit: Hit, docs: DocumentCursor): boolean {
  if (hit.p.grain !== 'day' || hit.kind !== 'absolute') return false;
  const near = ctx.lower.slice(Math.max(0, hit.start - 8), hit.start).trimEnd();
  if (!near.endsWith('ngày') && !near.endsWith('ngay')) return false;
  // A document reference on an earlier line (a headline) never owns the date that opens the next one.
  const lineStart = ctx.lower.lastIndexOf('\n', hit.start - 1) + 1;
  const from = Math.max(lineStart, hit.start - 48);
  const docEnd = docs.lastEndBefore(hit.start);
  if (docEnd >= from && GAP_TO_DATE.test(ctx.lower.slice(docEnd, hit.start))) return true;
  if (followsDocumentCode(ctx.lower.slice(from, hit.start))) return true;
  if (hit.yearStated && followsLawName(ctx.text.slice(Math.max(lineStart, hit.start - LAW_NAME_WINDOW), hit.start))) return true;
  return isHeaderDate(ctx, lineStart, hit.start);
}

/**
 * "Luật báo chí ngày 28 tháng 12 năm 1989", "Pháp lệnh Đê điều ngày 24 tháng 8 năm 2000": a law
 * cited by its name and date (how statutes name the laws they replace) is dated by its issue date.
 * The name runs from a capitalised "Luật", "Bộ luật", "Pháp lệnh" to "ngày" with no clause break;
 * not "Luật này", "Luật sư", a bill ("dự thảo Luật ... ngày 5/3" is the day of a debate), nor a date
 * after a word of time ("có hiệu lực từ ngày", "thông qua ngày").
 */
const LAW_NAME_WINDOW = 120;
const LAW_NAME_BEFORE_DATE = /(?:^|[^\p{L}])(?<![Dd]ự (?:thảo|án) )(?:Luật|Bộ luật|Pháp lệnh)(?! (?:này|sư)(?![\p{L}]))[^.;:!?"]*? ngày\s*$/u;
const TIME_WORD_BEFORE_NGAY = /(?:^|[^\p{L}])(?:từ|đến|tới|trước|sau|vào|qua|hết|là|lực|tại|cùng|hành|ký|trong|nay)\s+ngày\s*$/iu;

function followsLawName(before: string): boolean {
  const m = LAW_NAME_BEFORE_DATE.exec(before);
  if (!m) return false;
  return !TIME_WORD_BEFORE_NGAY.test(m[0]);
}

/** "Hà Giang, ngày ": a place-and-date line, the place capitalised (checked on the original case). */
const HEADER_DATE_LINE = /^[\p{L}][\p{L}. ]{1,30}, ngày\s*$/u;
/**
 * "Số: 1520/QĐ-UBND", "Luật số: 91/2015/QH13": the number line of a document header; old laws are
 * typed loosely ("Luật số: 73/2006/QH 11", "Số:: 65/2006/QH11").
 */
const HEADER_NUMBER_LINE = /^[\p{L} ]{0,20}số\s*:{1,2}\s*\S+(?: \d{1,3})?\s*$/u;
const HEADER_MAX_LINE = 60;

/**
 * "Số: 1520/QĐ-UBND\nHà Giang, ngày 15 tháng 8 năm 2024": the date under a document header's
 * number line (blank lines between allowed) is the document's issue date.
 */
function isHeaderDate(ctx: ExtractContext, lineStart: number, start: number): boolean {
  if (start - lineStart > 40 || !HEADER_DATE_LINE.test(ctx.lower.slice(lineStart, start))) return false;
  const first = ctx.text[lineStart];
  if (first === undefined || first === first.toLowerCase()) return false;
  // The previous non-blank line, at most three blank lines up.
  let end = lineStart - 1;
  for (let k = 0; k < 4 && end > 0; k++) {
    const prevStart = ctx.lower.lastIndexOf('\n', end - 1) + 1;
    if (end - prevStart > HEADER_MAX_LINE) return false;
    const line = ctx.lower.slice(prevStart, end);
    if (line.trim() !== '') return HEADER_NUMBER_LINE.test(line);
    end = prevStart - 1;
  }
  return false;
}

function toRecord(ctx: ExtractContext, hit: Hit, role: 'event' | 'issue'): DateRecord {
  const span = ctx.span(hit.start, hit.end);
  const rec: DateRecord = {
    text: span.text,
    start: span.start,
    end: span.end,
    value: formatPoint(hit.p),
    grain: hit.p.grain,
    inferred: hit.inferred,
    calendar: hit.calendar,
    kind: hit.kind,
    role,
  };
  if (hit.to) rec.to = formatPoint(hit.to);
  if (hit.partOfDay) rec.partOfDay = hit.partOfDay;
  if (hit.weekday !== undefined) rec.weekday = hit.weekday;
  if (hit.calendar === 'lunar' && hit.p.grain === 'day') {
    const g = lunarToGregorian(hit.p.y, hit.p.m, hit.p.d);
    if (g) rec.gregorian = g;
  }
  return rec;
}

/** `rec` is "(d/m)" right after the lunar day `prev`, naming its solar day. */
function restatesLunarDay(ctx: ExtractContext, prev: DateRecord | undefined, rec: DateRecord): boolean {
  if (!prev || prev.calendar !== 'lunar' || prev.gregorian === undefined || rec.calendar !== 'gregorian' || rec.value !== prev.gregorian || rec.to !== undefined) return false;
  const between = ctx.text.slice(prev.end, rec.start);
  return /^ ?\($/.test(between) && ctx.text.charCodeAt(rec.end) === 41;
}

/** Dates, times, periods and ranges, resolved against the reference date. */
export const datesExtractor: Extractor<'dates'> = {
  type: 'dates',
  extract(ctx, earlier) {
    const out: DateRecord[] = [];
    const scanner = new DateScanner(ctx.text, ctx.lower, ctx.reference);
    const docs = new DocumentCursor(earlier.documents);
    scanner.scan(ctx.triggers(), (hit) => {
      // A statute's year-less date recurs every year ("Năm ngân sách bắt đầu từ ngày 01 tháng 01",
      // "báo cáo trước ngày 15 tháng 02"), like "ngày 3/3 hàng năm" in news: no particular day.
      if (hit.kind === 'absolute' && hit.inferred.includes('year') && scanner.isStatute()) return;
      const role = isIssueDate(ctx, hit, docs) ? 'issue' : 'event';
      const rec = toRecord(ctx, hit, role);
      if (restatesLunarDay(ctx, out[out.length - 1], rec)) {
        // "rằm tháng Giêng (12/2)": the solar day in brackets is the lunar one restated.
        const prev = out[out.length - 1];
        Object.assign(prev, ctx.span(prev.start, rec.end + 1));
        return;
      }
      out.push(rec);
      // Only a whole event day anchors "cùng ngày": not a cited document's date, a deadline, a range, a month or a lunar date.
      // A bare clock time ("Lúc 14h30, ...") is read on the anchor already: it names no new day.
      const bareClock = hit.inferred.includes('day') && hit.p.grain !== 'day';
      if (role === 'event' && !hit.to && !bareClock && !isDeadline(ctx, hit) && hit.calendar === 'gregorian' && (hit.p.grain === 'day' || hit.p.grain === 'hour' || hit.p.grain === 'minute' || hit.p.grain === 'second')) {
        scanner.anchor = hit.p;
      }
    });
    return out;
  },
};

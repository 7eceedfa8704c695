/**
 * Money: an amount and an ISO 4217 currency, exact to the last digit ("17,6 tỷ đồng" is
 * "17600000000" VND), with rates ("50 triệu đồng/căn"), ranges ("từ 5 đến 7 tỷ đồng") and
 * qualifiers ("hơn 12.000 tỷ đồng").
 *
 * Steps, in order:
 *  1. find currency names (one precompiled regex, tried only next to numbers: see trigger.ts),
 *     plus bare "400k" after a price word;
 *  2. for each, read the number before it (suffix form, "5 triệu USD") or after it (prefix form,
 *     "USD 5 triệu", "$10"), then hundredths ("2 đô la và 23 xen") and a range's first end
 *     ("5-7 tỷ đồng");
 *  3. keep the best of overlapping candidates; merge "1000 đồng đến 2000 đồng" into one range;
 *  4. attach qualifiers and rates, which have their own spans.
 */
import type { ExtractContext } from '../../core/context';
import type { Extractor } from '../../core/extractor';
import { shiftDecimal } from '../../text/numbers';
import { addHundredths, readAmountAt, readAmountCovering, readAmountEndingAt, readCentsAfter, isDigitAt, isLetterAt, type AmountMatch } from './amount';
import { compareDecimal, isInteger } from './decimal';
import { AFTER_IMPLIED_OK, DONG_TIEN_MONEY_AFTER, PER_COMPOUNDS, RANGE_GAPS, PER_UNITS_AFTER_HANG, PER_UNITS_AFTER_MOT, PER_UNITS_AFTER_MOT_AT_CLAUSE_END, PRICE_WORDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, UP_TO_AFTER_WORDS, UP_TO_MARKERS, type QualifierKind } from './lexicon';
import { NAME_INFO, QUALIFIER_AFTER_MAX_WORDS, QUALIFIER_BEFORE_MAX_WORDS, type NameInfo } from './lexicon-compiled';
import type { MoneyRecord } from './schema';
import { forEachCurrencyName, MONEY_TRIGGERS } from './trigger';
import type { TriggerHits } from '../../text/triggers';
import { isLetterOrMarkCode } from '../../text/charclass';

/** Which reading produced a candidate; the higher wins an overlap ("USD 23.000 đồng" is 23.000 đồng). */
const FORM_PRIORITY = { suffix: 3, prefix: 2, implied: 1 } as const;
type Form = keyof typeof FORM_PRIORITY;

interface Candidate {
  start: number;
  end: number;
  amount: string;
  currency: string;
  currencyStart: number;
  currencyEnd: number;
  form: Form;
  min?: string;
  max?: string;
  maxExclusive?: boolean;
}

const SPACE = 32;
const SLASH = 47;

/** The one-syllable word starting at `pos` (after one space), lower-cased; "" if none. */
function wordAfter(lower: string, pos: number): string {
  if (lower.charCodeAt(pos) !== SPACE) return '';
  let e = pos + 1;
  while (e < lower.length && isLetterAt(lower, e)) e++;
  return lower.slice(pos + 1, e);
}

/** The word ending at `end` (letters only), lower-cased; "" if none. */
function wordBefore(lower: string, end: number): { word: string; start: number } {
  let s = end;
  while (s > 0 && isLetterAt(lower, s - 1)) s--;
  return { word: lower.slice(s, end), start: s };
}

/** Does the currency name at [start, end) stand as a word of its own, and not start another word? */
function nameFits(ctx: ExtractContext, info: NameInfo, start: number, end: number): boolean {
  const lower = ctx.lower;
  if (info.letterStart && isLetterAt(lower, start - 1)) return false;
  if (info.letterEnd && isLetterAt(lower, end)) return false;
  if (info.written && !info.written.includes(ctx.text.slice(start, end))) return false;
  if (info.upper) {
    const first = ctx.text[start];
    if (first === lower[start]) return false;
  }
  if (info.notBeforeSet && info.notBeforeSet.has(wordAfter(lower, end))) return false;
  return true;
}

const ENGLISH_THOUSANDS = /^\d{1,3},\d{3}$/;

/**
 * "500,000 đồng" is five hundred thousand: đồng has no fractions, so a lone comma followed by
 * exactly three digits is an English thousands separator there (USD keeps "72,059 USD/thùng").
 */
function englishThousands(lower: string, n: AmountMatch): string | null {
  const raw = lower.slice(n.start, n.end);
  return ENGLISH_THOUSANDS.test(raw) ? raw.replace(',', '') : null;
}

const YEAR = /^(?:19|20)\d\d$/;

/** "năm 2020 đồng USD", "2021 USD": a year before a currency word is no amount. */
function looksLikeYear(lower: string, n: AmountMatch): boolean {
  const raw = lower.slice(n.start, n.end);
  if (!YEAR.test(raw)) return false;
  const before = wordBefore(lower, n.start - 1).word;
  return before === 'năm';
}

/** Suffix form: the number ends at `currencyStart` (no space: "10$", "500.000đ"; or one space). */
function readSuffix(lower: string, currencyStart: number): AmountMatch | null {
  if (currencyStart === 0) return null;
  const end = lower.charCodeAt(currencyStart - 1) === SPACE ? currencyStart - 1 : currencyStart;
  if (end === 0 || lower.charCodeAt(end - 1) === SPACE) return null;
  const n = readAmountEndingAt(lower, end);
  if (!n || looksLikeYear(lower, n)) return null;
  return n;
}

/** Prefix form: "USD 5 triệu", "$10", "US$690 triệu", "EUR29,99", "Rs. 20". */
function readPrefix(lower: string, currencyEnd: number): AmountMatch | null {
  const at = lower.charCodeAt(currencyEnd) === SPACE ? currencyEnd + 1 : currencyEnd;
  if (!isDigitAt(lower, at)) return null;
  const n = readAmountAt(lower, at);
  if (!n || isLetterAt(lower, n.end) || isDigitAt(lower, n.end)) return null;
  return n;
}

const THOUSAND_GROUPS = /(?:\.000)+$/;

/**
 * The first end of a range whose second end is `second` ("5-7 tỷ", "từ 5 đến 7 tỷ",
 * "giữa 1,1 và 1,3 đô la"). A bare first end borrows the second's scale words ("5" of "5-7 tỷ"
 * is 5 tỷ) unless that would put it above the second end.
 */
function readRangeStart(lower: string, second: AmountMatch): { min: string; start: number; maxExclusive: boolean } | null {
  const s = second.start;
  const gap = RANGE_GAPS.find((g) => lower.endsWith(g.gap, s));
  if (!gap) return null;
  const gapStart = s - gap.gap.length;
  const needsGiua = gap.needsGiua ?? false;
  if (gapStart <= 0) return null;
  // "- 5" with a space on one side only is a sign or a list dash, not a range.
  if (lower[gapStart] === '-' && lower[s - 1] === ' ') return null;
  const first = readAmountEndingAt(lower, gapStart);
  if (!first || looksLikeYear(lower, first)) return null;
  // "năm 2010-2017 - 9 tỷ USD": a first end that is itself the end of a dash pair is no range.
  const glue = lower[first.start - 1];
  if (glue === '-' || glue === '/') return null;
  if (needsGiua && !lower.endsWith('giữa ', first.start) && lower.slice(Math.max(0, first.start - 5), first.start) !== 'giữa ') return null;
  let min = first.value;
  if (!first.scaled && second.trailingScale > 0) {
    const borrowed = shiftDecimal(first.value, second.trailingScale);
    if (compareDecimal(borrowed, second.value) <= 0) min = borrowed;
    // "2017 - 9 tỷ": a plain first end too big to share the scale is not this range's start
    // ("500.000 đến 50 triệu đồng", written out in full, is).
    else if (!/[.,]\d{3}/.test(lower.slice(first.start, first.end))) return null;
  } else if (!first.scaled) {
    // "250-280.000 đồng/kg", "từ 400 đến 600.000 đồng": the first end drops the shared ".000";
    // only when that puts it in the same order of magnitude ("từ 54 đến 9.146 USD" stays 54).
    const groups = THOUSAND_GROUPS.exec(lower.slice(second.start, second.end));
    const firstRaw = lower.slice(first.start, first.end);
    if (groups && /^\d{1,3}$/.test(firstRaw)) {
      const borrowed = shiftDecimal(first.value, 3 * (groups[0].length / 4));
      if (compareDecimal(borrowed, second.value) <= 0 && compareDecimal(shiftDecimal(borrowed, 1), second.value) > 0) min = borrowed;
    }
  }
  if (compareDecimal(min, second.value) >= 0) return null;
  return { min, start: first.start, maxExclusive: gap.maxExclusive ?? false };
}

function candidateAt(ctx: ExtractContext, info: NameInfo, cStart: number, cEnd: number): Candidate | null {
  const lower = ctx.lower;
  let form: Form = 'suffix';
  let n = readSuffix(lower, cStart);
  if (!n && info.prefix) {
    n = readPrefix(lower, cEnd);
    form = 'prefix';
  }
  if (!n) return null;
  // "Cu Ba Đồng Hới", "Quận Năm Đồng": number word and currency word both capitalised are a name.
  if (info.letterStart && !info.prefix && ctx.text[cStart] !== lower[cStart] && isLetterAt(lower, n.start) && ctx.text[n.start] !== lower[n.start]) return null;
  if (info.minAmount !== undefined && compareDecimal(n.value, String(info.minAmount)) < 0) return null;
  if (info.notBeforeSmallSet && !n.scaled && compareDecimal(n.value, '1000') < 0) {
    const next = wordAfter(lower, cEnd);
    const moneyAfter = next === 'tiền' && info.code === 'VND' && DONG_TIEN_MONEY_AFTER.has(wordAfter(lower, cEnd + 1 + next.length));
    if (info.notBeforeSmallSet.has(next) && !moneyAfter) return null;
  }
  let amount = n.value;
  if (info.code === 'VND') amount = englishThousands(lower, n) ?? amount;
  const start = form === 'suffix' ? n.start : cStart;
  let end = form === 'suffix' ? cEnd : n.end;
  if (info.cents && form === 'suffix' && isInteger(amount)) {
    const c = readCentsAfter(lower, end);
    if (c) {
      amount = addHundredths(amount, c.cents);
      end = c.end;
    }
  }
  const cand: Candidate = { start, end, amount, currency: info.code, currencyStart: cStart, currencyEnd: cEnd, form };
  if (form === 'suffix') {
    const range = readRangeStart(lower, n);
    if (range) {
      cand.start = range.start;
      cand.min = range.min;
      cand.max = amount;
      cand.amount = range.min;
      cand.maxExclusive = range.maxExclusive;
    }
  }
  return cand;
}

// A bare amount in đồng: "400k" or a number ending in a scale word ("2 tỷ rưỡi", "10 triệu").
// The "no letter before" test is a lookbehind after the word, not before it: the engine then
// tests it only where a scale word stands, not at every position of the text (1.5x faster).
const IMPLIED_SCALE_WORDS = ['tỷ', 'tỉ', 'triệu'];
/** What may not follow the "k" of "400k": a letter, a digit or "$" ("10k$" is dollars). */
const K_GLUED = /^[\p{L}\p{M}\d$]/u;
const CLAUSE_END = /[.,;:!?)\]"'\n/-]/;

/** The price word (one or two syllables, maybe then a qualifier) right before `pos`. */
function hasPriceWordBefore(lower: string, pos: number): boolean {
  let end = pos - 1;
  if (end < 1 || lower.charCodeAt(end) !== SPACE) return false;
  const q = qualifierBefore(lower, pos);
  if (q) end = q.start - 1;
  if (end < 1 || lower.charCodeAt(end) !== SPACE) return false;
  const w1 = wordBefore(lower, end);
  if (!w1.word) return false;
  if (PRICE_WORDS.has(w1.word)) return true;
  if (w1.start < 2 || lower.charCodeAt(w1.start - 1) !== SPACE) return false;
  const w2 = wordBefore(lower, w1.start - 1);
  return w2.word !== '' && PRICE_WORDS.has(`${w2.word} ${w1.word}`);
}

/** What follows a bare amount: the end of the clause or a function word, not a counted noun. */
function endsClause(lower: string, pos: number): boolean {
  if (pos >= lower.length) return true;
  const c = lower[pos];
  if (CLAUSE_END.test(c)) return true;
  if (c !== ' ') return false;
  if (pos + 1 >= lower.length || CLAUSE_END.test(lower[pos + 1])) return true;
  const w = wordAfter(lower, pos);
  return w !== '' && AFTER_IMPLIED_OK.has(w);
}

/**
 * "giá 400k/người lớn", "căn hộ có giá 2 tỷ rưỡi": a price word and a number that could only be
 * a sum make đồng even with no currency written; `currencyImplied` says so.
 */
function impliedCandidates(ctx: ExtractContext, out: Candidate[]): void {
  const lower = ctx.lower;
  let lastEnd = -1;
  for (const triggerEnd of impliedTriggerEnds(lower, ctx.triggers())) {
    if (triggerEnd <= lastEnd) continue;
    const n = readAmountCovering(lower, triggerEnd);
    if (!n) continue;
    lastEnd = n.end;
    if (!n.scaled || !endsClause(lower, n.end)) continue;
    const range = readRangeStart(lower, n);
    const c: Candidate = { start: n.start, end: n.end, amount: n.value, currency: 'VND', currencyStart: -1, currencyEnd: -1, form: 'implied' };
    if (range) Object.assign(c, { start: range.start, amount: range.min, min: range.min, max: n.value, maxExclusive: range.maxExclusive });
    if (c.start === 0 || lower.charCodeAt(c.start - 1) !== SPACE) continue;
    if (hasPriceWordBefore(lower, withOpener(lower, c))) out.push(c);
  }
}

/**
 * Ends of the scale words an implied sum can end with, in text order: "400k" (a digit run then a
 * "k" that ends the word and is no "k$") and the whole words "tỷ", "tỉ", "triệu".
 */
function impliedTriggerEnds(lower: string, triggers: TriggerHits): number[] {
  const ends: number[] = [];
  const words = triggers.starts(MONEY_TRIGGERS);
  let w = 0;
  const scaleWordEnd = (s: number): number => {
    for (const scale of IMPLIED_SCALE_WORDS) if (lower.startsWith(scale, s) && !isLetterOrMarkCode(lower.charCodeAt(s + scale.length))) return s + scale.length;
    return -1;
  };
  for (let k = 0; k < triggers.digitCount; k++) {
    const e = triggers.digitEnd(k);
    for (; w < words.length && words[w] < e; w++) {
      const end = scaleWordEnd(words[w]);
      if (end >= 0) ends.push(end);
    }
    if (lower.charCodeAt(e) === 107 /* k */ && !K_GLUED.test(lower.charAt(e + 1))) ends.push(e + 1);
  }
  for (; w < words.length; w++) {
    const end = scaleWordEnd(words[w]);
    if (end >= 0) ends.push(end);
  }
  return ends;
}

/**
 * Overlapping candidates: the higher form priority, then the longer span, wins. Candidates are
 * grouped into clusters of transitively overlapping spans first (each span is a few words long),
 * so the pairwise check never runs over the whole text.
 */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  if (cands.length < 2) return cands;
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) out.push(cluster[0]);
    else if (cluster.length > 1) {
      const ranked = cluster.sort((a, b) => FORM_PRIORITY[b.form] - FORM_PRIORITY[a.form] || b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: Candidate[] = [];
      for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
      out.push(...kept.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const c of sorted) {
    if (c.start >= clusterEnd) flush();
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  flush();
  return out;
}

/** "từ 1000 đồng đến 2000 đồng", "VND1000-VND2000", "giữa 1000 đồng và 2000 đồng": one range. */
function mergeRanges(lower: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && prev.min === undefined && c.min === undefined && prev.currency === c.currency) {
      // "từ 4.000 đồng/kg đến 5.000 đồng/kg": the first end's rate may stand in the gap.
      const prevPer = lower.charCodeAt(prev.end) === SLASH ? perAfter(lower, prev.end) : null;
      const between = lower.slice(prevPer ? prevPer.end : prev.end, c.start);
      const gap = RANGE_GAPS.find((g) => g.gap === between);
      const ok = gap !== undefined && (!gap.needsGiua || lower.slice(Math.max(0, prev.start - 5), prev.start) === 'giữa ');
      if (ok && compareDecimal(prev.amount, c.amount) < 0) {
        out[out.length - 1] = { ...prev, end: c.end, min: prev.amount, max: c.amount, maxExclusive: gap?.maxExclusive, currencyStart: c.currencyStart, currencyEnd: c.currencyEnd };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** "từ" and "giữa" before a range's first end belong to the range. */
function withOpener(lower: string, c: Candidate): number {
  const before = lower.slice(Math.max(0, c.start - 5), c.start);
  if (c.min !== undefined && (before.endsWith('từ ') || before === 'giữa ')) return c.start - (before.endsWith('từ ') ? 3 : 5);
  return c.start;
}

interface Found {
  kind: QualifierKind;
  start: number;
  end: number;
}

/** The longest qualifier phrase ending just before `pos` (one space between it and the amount). */
function qualifierBefore(lower: string, pos: number): Found | null {
  if (pos < 2 || lower.charCodeAt(pos - 1) !== SPACE) return null;
  let best: Found | null = null;
  let s = pos - 1;
  for (let words = 0; words < QUALIFIER_BEFORE_MAX_WORDS; words++) {
    const w = wordBefore(lower, s);
    if (!w.word) break;
    const phrase = lower.slice(w.start, pos - 1);
    const kind = QUALIFIERS_BEFORE[phrase];
    if (kind) best = { kind, start: w.start, end: pos - 1 };
    if (w.start < 2 || lower.charCodeAt(w.start - 1) !== SPACE) break;
    s = w.start - 1;
  }
  return best;
}

/** "phạt đến 8 triệu đồng": "đến"/"tới" after a word of paying or losing (see UP_TO_AFTER_WORDS). */
function upToBefore(lower: string, pos: number): Found | null {
  if (pos < 2 || lower.charCodeAt(pos - 1) !== SPACE) return null;
  const marker = wordBefore(lower, pos - 1);
  if (!UP_TO_MARKERS.has(marker.word) || marker.start < 2 || lower.charCodeAt(marker.start - 1) !== SPACE) return null;
  const w1 = wordBefore(lower, marker.start - 1);
  if (!w1.word) return null;
  let ok = UP_TO_AFTER_WORDS.has(w1.word);
  if (!ok && w1.start >= 2 && lower.charCodeAt(w1.start - 1) === SPACE) {
    const w2 = wordBefore(lower, w1.start - 1);
    ok = w2.word !== '' && UP_TO_AFTER_WORDS.has(`${w2.word} ${w1.word}`);
  }
  return ok ? { kind: 'up_to', start: marker.start, end: pos - 1 } : null;
}

/** "trở lên", "trở xuống" right after the amount. */
function qualifierAfter(lower: string, pos: number): Found | null {
  if (lower.charCodeAt(pos) !== SPACE) return null;
  let e = pos + 1;
  let best: Found | null = null;
  for (let words = 0; words < QUALIFIER_AFTER_MAX_WORDS; words++) {
    let w = e;
    while (w < lower.length && isLetterAt(lower, w)) w++;
    if (w === e) break;
    const kind = QUALIFIERS_AFTER[lower.slice(pos + 1, w)];
    if (kind) best = { kind, start: pos + 1, end: w };
    if (lower.charCodeAt(w) !== SPACE) break;
    e = w + 1;
  }
  return best;
}

const PER_SLASH = /\/ ?(?:1 )?([\p{L}\p{M}\d]+)/uy;
const PER_WORD_AFTER = / (?:(?:cho|trên) )?(mỗi|một|hàng|hằng) (?:một )?([\p{L}\p{M}\d]+)/uy;
const COMPOUND_WORDS = Math.max(...PER_COMPOUNDS.map((c) => c.split(' ').length));
const PER_COMPOUND_SET: ReadonlySet<string> = new Set(PER_COMPOUNDS);

/** The unit starting at `start` (its first syllable ends at `firstEnd`): a known compound or one syllable. */
function unitAt(lower: string, start: number, firstEnd: number): number {
  let best = firstEnd;
  let e = firstEnd;
  for (let words = 1; words < COMPOUND_WORDS && lower.charCodeAt(e) === SPACE; words++) {
    let w = e + 1;
    while (w < lower.length && isLetterAt(lower, w)) w++;
    if (w === e + 1) break;
    if (PER_COMPOUND_SET.has(lower.slice(start, w))) best = w;
    e = w;
  }
  return best;
}
const CLAUSE_BREAK = /[.,;:!?()\n"]/;
const PER_BEFORE_WINDOW = 60;

/** A rate after the amount: "/căn", "/người/tháng", "/1 hộp", " mỗi phút", " một tháng", " hàng năm". */
function perAfter(lower: string, pos: number): { per: string; start: number; end: number } | null {
  PER_SLASH.lastIndex = pos;
  let m = PER_SLASH.exec(lower);
  if (m) {
    const perStart = m.index + m[0].length - m[1].length;
    let end = unitAt(lower, perStart, PER_SLASH.lastIndex);
    const parts = [lower.slice(perStart, end)];
    for (let i = 0; i < 3; i++) {
      PER_SLASH.lastIndex = end;
      const more = PER_SLASH.exec(lower);
      if (!more) break;
      const partStart = PER_SLASH.lastIndex - more[1].length;
      end = unitAt(lower, partStart, PER_SLASH.lastIndex);
      parts.push(lower.slice(partStart, end));
    }
    if (isLetterAt(lower, end)) return null;
    return { per: parts.join('/'), start: perStart, end };
  }
  PER_WORD_AFTER.lastIndex = pos;
  m = PER_WORD_AFTER.exec(lower);
  if (!m || isLetterAt(lower, PER_WORD_AFTER.lastIndex)) return null;
  const marker = m[1];
  const unit = m[2];
  if (marker === 'một' && !PER_UNITS_AFTER_MOT.has(unit) && !(PER_UNITS_AFTER_MOT_AT_CLAUSE_END.has(unit) && atClauseEnd(lower, PER_WORD_AFTER.lastIndex))) return null;
  if ((marker === 'hàng' || marker === 'hằng') && !PER_UNITS_AFTER_HANG.has(unit)) return null;
  const unitStart = PER_WORD_AFTER.lastIndex - unit.length;
  const end = unitAt(lower, unitStart, PER_WORD_AFTER.lastIndex);
  return { per: lower.slice(unitStart, end), start: unitStart, end };
}

/** End of text, or punctuation closing the clause (spaces before it allowed). */
function atClauseEnd(lower: string, pos: number): boolean {
  let i = pos;
  while (i < lower.length && i < pos + 3 && lower.charCodeAt(i) === 32) i++;
  return i >= lower.length || ',.;:)!?"\n'.includes(lower[i]);
}

const PER_BEFORE = /(?:^|[^\p{L}\p{M}])mỗi ([\p{L}\p{M}]+)/gu;

/** "mỗi hộ được hỗ trợ 3 triệu đồng": "mỗi X" earlier in the same clause, within a short window. */
function perBefore(lower: string, pos: number): { per: string; start: number; end: number } | null {
  const from = Math.max(0, pos - PER_BEFORE_WINDOW);
  const window = lower.slice(from, pos);
  let last: RegExpExecArray | null = null;
  PER_BEFORE.lastIndex = 0;
  for (let m = PER_BEFORE.exec(window); m; m = PER_BEFORE.exec(window)) last = m;
  if (!last) return null;
  const firstEnd = from + last.index + last[0].length;
  const unitStart = firstEnd - last[1].length;
  const end = unitAt(lower, unitStart, firstEnd);
  if (end > pos || CLAUSE_BREAK.test(lower.slice(end, pos))) return null;
  return { per: lower.slice(unitStart, end), start: unitStart, end };
}

function toRecord(ctx: ExtractContext, c: Candidate): MoneyRecord {
  const lower = ctx.lower;
  const start = withOpener(lower, c);
  const end = c.end;
  const rec: MoneyRecord = { ...ctx.span(start, end), amount: c.amount, currency: c.currency };
  if (c.min !== undefined && c.max !== undefined) {
    rec.min = c.min;
    rec.max = c.max;
    if (c.maxExclusive) rec.maxExclusive = true;
  }
  if (c.form === 'implied') rec.currencyImplied = true;
  else rec.currencySpan = ctx.span(c.currencyStart, c.currencyEnd);
  const per = perAfter(lower, end) ?? perBefore(lower, start);
  const after = qualifierAfter(lower, per && per.start > end ? per.end : end);
  const before = qualifierBefore(lower, start) ?? (c.min === undefined ? upToBefore(lower, start) : null);
  // A range states both its ends: a bound word before it ("phạt tiền thấp nhất từ 45 - 55 triệu",
  // "mức tối đa từ 5 đến 7 triệu", "cao hơn 80 - 90 triệu so với") describes what the range is
  // of, not a bound on it. An approximation ("khoảng 5-7 tỷ") still qualifies it, and so does a
  // bound inside its opener ("từ trên 30.000.000 đồng đến dưới 60.000.000 đồng": the lower end
  // excluded) or after it ("từ 8 đến 10 triệu đồng trở lên").
  const rangeBound = c.min !== undefined && before !== null && before.kind !== 'approximately' && lower.slice(Math.max(0, before.start - 3), before.start) !== 'từ ';
  const q = after ?? (rangeBound ? null : before);
  if (after && lower.slice(Math.max(0, start - 3), start) === 'từ ' && c.min === undefined) {
    // "từ 7000 đồng trở xuống": the "từ" belongs to the bound.
    rec.start = start - 3;
    rec.text = ctx.text.slice(rec.start, end);
  }
  if (q) rec.qualifier = { ...ctx.span(q.start, q.end), kind: q.kind };
  if (per) {
    rec.per = ctx.text.slice(per.start, per.end); // as written: "kWh", "USD"
    rec.perSpan = ctx.span(per.start, per.end);
    // A rate written "50 triệu đồng/căn" (or "10.000 đồng/ lượt") is one expression: the record covers its unit too.
    if (lower.charCodeAt(end) === SLASH && (per.start === end + 1 || (per.start === end + 2 && lower.charCodeAt(end + 1) === SPACE))) {
      rec.end = per.end;
      rec.text = ctx.text.slice(rec.start, rec.end);
    }
  }
  return rec;
}

/** "tăng từ 4,68 triệu lên 4,96 triệu đồng/tháng": the words between the old and the new amount. */
const CHANGE_GAPS = [' lên ', ' xuống ', ' thành ', ' xuống còn ', ' lên tới ', ' lên đến '];

/**
 * "tăng từ 4,68 triệu lên 4,96 triệu đồng/tháng", "giảm từ 25.000 xuống 22.000 đồng/kg": the old
 * amount before "lên/xuống" shares the new one's currency, unit and, when it has none of its own,
 * its scale ("từ 5 lên 7 tỷ đồng" is 5 tỷ). Only after "từ", so a bare "5 lên 7 tỷ" is left alone.
 */
function withChangedFrom(ctx: ExtractContext, kept: readonly Candidate[], records: MoneyRecord[]): MoneyRecord[] {
  const lower = ctx.lower;
  let out: MoneyRecord[] | null = null;
  let lastEnd = -1;
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k];
    const prevEnd = lastEnd;
    lastEnd = records[k].end;
    if (c.min !== undefined) continue;
    const gap = CHANGE_GAPS.find((g) => lower.endsWith(g, c.start));
    if (!gap) continue;
    const first = readAmountEndingAt(lower, c.start - gap.length);
    if (!first || first.start <= prevEnd || !lower.endsWith('từ ', first.start) || looksLikeYear(lower, first)) continue;
    const second = readAmountAt(lower, c.start);
    let value = first.value;
    if (!first.scaled && /^(?:19|20)\d\d$/.test(lower.slice(first.start, first.end))) continue; // "từ 2019 lên …": a year
    if (!first.scaled && second && second.trailingScale > 0) value = shiftDecimal(first.value, second.trailingScale);
    // An old and a new value of one thing are within two orders of magnitude of each other.
    if (compareDecimal(shiftDecimal(value, -2), c.amount) > 0 || compareDecimal(shiftDecimal(value, 2), c.amount) < 0) continue;
    const rec: MoneyRecord = { ...ctx.span(first.start, first.end), amount: value, currency: c.currency, currencyImplied: true };
    const next = records[k];
    if (next.per !== undefined && next.perSpan) {
      rec.per = next.per;
      rec.perSpan = { ...next.perSpan }; // one unit written once for both; its own object, as every span is remapped in place
    }
    (out ??= [...records]).push(rec);
  }
  return out === null ? records : out.sort((a, b) => a.start - b.start);
}

export function extractMoney(ctx: ExtractContext): MoneyRecord[] {
  const lower = ctx.lower;
  const cands: Candidate[] = [];
  forEachCurrencyName(lower, ctx.triggers(), (name, start) => {
    const info = NAME_INFO.get(name);
    const end = start + name.length;
    if (!info || !nameFits(ctx, info, start, end)) return;
    const c = candidateAt(ctx, info, start, end);
    if (c) cands.push(c);
  });
  impliedCandidates(ctx, cands);
  const kept = mergeRanges(lower, resolveOverlaps(cands));
  const records = kept.map((c) => toRecord(ctx, c));
  return withChangedFrom(ctx, kept, records);
}

export const moneyExtractor: Extractor<'money'> = {
  type: 'money',
  extract: (ctx) => extractMoney(ctx),
};

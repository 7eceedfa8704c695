/**
 * The scan: at the trigger words (titles, ranks, honorifics) the shared trigger scan found,
 * confirm the phrase with one sticky regex and read a mention there. Produces candidates that
 * `resolve.ts` merges into people.
 */
import { isLetter, isUpperAt, skipSpaces, wordBefore, wordEnd } from './chars';
import { lexicon, LEGAL_STATUSES, type Honorific } from './lexicon';
import { defineTriggers } from '../../text/triggers';
import { academicAt, academicBefore, extendAppositiveTitle, extendParentBody, nameBefore, notAModifier, parseName, parseTitleFrom, type ParsedName, type ParsedTitle, type Text } from './parse';

/** A person with a name and at least one title: "Thủ tướng Phạm Minh Chính", "ông X, Bí thư ...". */
export interface Introduced {
  kind: 'introduced';
  name: ParsedName;
  titles: ParsedTitle[];
  start: number;
  end: number;
  honorific?: Honorific;
  academic?: string;
}

/** A name with an honorific or prefix but no title here: "bà Hoài", "bà Bùi Thị Minh Hoài". */
export interface Bare {
  kind: 'bare';
  name: ParsedName;
  start: number;
  end: number;
  honorific?: Honorific;
  academic?: string;
}

/** A title with no name: "Trưởng ban Dân vận Trung ương nhấn mạnh". */
export interface TitleOnly {
  kind: 'title';
  title: ParsedTitle;
  start: number;
  end: number;
  plural: boolean;
}

export type Candidate = Introduced | Bare | TitleOnly;

const MAX_APPOSITIVES = 8;
const AND_ALSO = 'và cũng là ';
const AND_IS = 'và là ';
const AGE_OPENING = /\((?:\d{1,3} tuổi|(?:sinh năm|năm sinh|sn|sinh) ?\d{4}) ?(?=,)/y;
const AGE_NOTE = /\((?:sinh năm|năm sinh|sn|sinh)? ?\d{4}\)|\(\d{1,3} tuổi\)/y;

/** Titles after a name: ", Title, Title", " - Title", " (Title, Title)", " kiêm Title". */
// Verbs that give a person an office right after the name.
// "được bầu làm", "được bổ nhiệm giữ chức": the passive of an appointment verb before it.
const APPOINTED = /(?:tiếp tục )?(?:được (?:bầu|bổ nhiệm|tái bổ nhiệm|điều động|phân công|cử) )?(?:giữ chức|làm)(?= )/y;
// After a comma a bare "làm" is too often another verb (", làm việc với ..."): only with "được ...".
const APPOINTED_AFTER_COMMA = /(?:tiếp tục )?(?:giữ chức|được (?:bầu|bổ nhiệm|tái bổ nhiệm|điều động|phân công|cử) (?:giữ chức|làm))(?= )/y;

/**
 * `afterTitles`: `from` is the end of titles already read after the name (a chain that ended on
 * the name before it), so a verb of office may follow them.
 */
function appositives(t: Text, from: number, afterHonorific = false, afterTitles = false): { titles: ParsedTitle[]; end: number } {
  const titles: ParsedTitle[] = [];
  let end = from;
  let inParen = false;
  let dashed = false;
  let verbTitle = false;
  // "Bà Cao Thị Xuân (Sinh năm 1969), Phó Chủ tịch ...": an age or birth year in brackets is skipped.
  AGE_NOTE.lastIndex = skipSpaces(t.text, from);
  if (t.text[AGE_NOTE.lastIndex] === '(' && AGE_NOTE.exec(t.lower)) end = AGE_NOTE.lastIndex;
  else {
    // "Bà Trần Thị Hoa (45 tuổi, Phó Chủ tịch UBND xã)": the age opens the brackets, titles follow its comma.
    AGE_OPENING.lastIndex = skipSpaces(t.text, from);
    if (t.text[AGE_OPENING.lastIndex] === '(' && AGE_OPENING.exec(t.lower)) {
      end = AGE_OPENING.lastIndex;
      inParen = true;
    }
  }
  for (let k = 0; k < MAX_APPOSITIVES; k++) {
    let q = skipSpaces(t.text, end);
    const c = t.text[q];
    let sep = false;
    if (inParen && c === ')') {
      end = q + 1;
      inParen = false;
      break;
    }
    if (c === ',' || c === ';' && inParen) {
      q = skipSpaces(t.text, q + 1);
      sep = true;
    } else if (c === '-' && (titles.length === 0 || dashed)) {
      // "X - Title", and "X - Title - Title" once the first was set off by a dash
      q = skipSpaces(t.text, q + 1);
      sep = true;
      dashed = true;
    } else if (c === '(' && !inParen) {
      q = skipSpaces(t.text, q + 1);
      inParen = true;
      sep = true;
    }
    // "kiêm", "đồng thời là", with or without a comma before them
    const lw = t.lower.slice(q, wordEnd(t.text, q));
    if (lw === 'kiêm') {
      q = skipSpaces(t.text, q + 4);
      sep = true;
    } else if (lw === 'là' && k === 0 && afterHonorific && !sep) {
      // "Bà Trần Thị Hoa là Chủ tịch HĐQT kiêm Tổng Giám đốc ...": a title given by "là" right after
      // a name with an honorific, written as a title (capitalised).
      q = skipSpaces(t.text, q + 2);
      sep = true;
    } else if (k === 0 && afterHonorific && !sep && (APPOINTED.lastIndex = q, APPOINTED.test(t.lower))) {
      // "bầu ông X giữ chức Chủ tịch HĐQT", "ông Y tiếp tục giữ chức Tổng Giám đốc", "bà Z làm Hiệu
      // trưởng": the office named by the verb, written as a title (capitalised, checked below).
      q = skipSpaces(t.text, APPOINTED.lastIndex);
      sep = true;
      verbTitle = true;
    } else if (sep && c === ',' && (titles.length > 0 || afterTitles) && afterHonorific && (APPOINTED_AFTER_COMMA.lastIndex = q, APPOINTED_AFTER_COMMA.test(t.lower))) {
      // "bầu ông X, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch UBND tỉnh": the office the verb gives
      // comes after the appositive titles (only "giữ chức": ", làm ..." is too often another verb).
      q = skipSpaces(t.text, APPOINTED_AFTER_COMMA.lastIndex);
      verbTitle = true;
    } else if (t.lower.startsWith('đồng thời là ', q)) {
      q = skipSpaces(t.text, q + 13);
      sep = true;
    } else if (t.lower.startsWith('đồng thời ', q) && titles.length > 0) {
      q = skipSpaces(t.text, q + 10);
      sep = true;
    } else if ((titles.length > 0 || afterTitles) && c === 'v' && (t.lower.startsWith(AND_ALSO, q) || t.lower.startsWith(AND_IS, q))) {
      // "thành viên Hội đồng Giải thưởng VinFuture và cũng là Phó hiệu trưởng Trường ...": one more title.
      q = skipSpaces(t.text, q + (t.lower.startsWith(AND_ALSO, q) ? AND_ALSO.length : AND_IS.length));
      sep = true;
    }
    if (!sep) break;
    const title = parseTitleFrom(t, q);
    if (!title) break;
    if (verbTitle && !title.capitalised && title.kind !== 'rank') break;
    // "Ông Paul Chaplin, Giám đốc điều hành Bavarian Nordic, cho biết": in an appositive, a
    // foreign run closing the title (no country before it) is the company, not another person.
    // Only after "ông/bà X," and when the title names no body yet: in a list ("Giám đốc điều hành
    // Google Sundar Pichai, Giám đốc điều hành Amazon Jeff Bezos") the run after a body is the next person.
    if (afterHonorific && title.nameAt !== undefined && !title.foreign && title.organization === undefined && closesWithForeignBody(t, title)) absorbForeignBody(t, title);
    // A title directly followed by a name belongs to that next person.
    if (title.nameAt !== undefined || nameRightAfter(t, title)) break;
    extendAppositiveTitle(t, title);
    skipGenericBody(t, title);
    extendParentBody(t, title);
    titles.push(title);
    end = title.end;
  }
  if (inParen) {
    const q = skipSpaces(t.text, end);
    if (t.text[q] === ')') end = q + 1;
  }
  return { titles, end: titles.length ? end : from };
}

/** The name the title stopped at is a run of foreign words that a separator closes. */
function closesWithForeignBody(t: Text, title: ParsedTitle): boolean {
  const at = title.nameAt as number;
  const name = parseName(t, at, { short: false, foreign: true });
  if (!name || !name.foreign) return false;
  const q = skipSpaces(t.text, name.end);
  const c = t.text[q];
  return q >= t.text.length || c === ',' || c === ';' || c === ')' || (c === '.' && !/[\p{L}\d]/u.test(t.text[q + 1] ?? ''));
}

function absorbForeignBody(t: Text, title: ParsedTitle): void {
  const at = title.nameAt as number;
  const name = parseName(t, at, { short: false, foreign: true }) as ParsedName;
  title.orgStart = at; // the title named no body before (checked by the caller)
  title.orgEnd = name.end;
  title.end = name.end;
  const org = t.text.slice(title.orgStart, title.orgEnd);
  title.organization = title.orgHead ? `${title.orgHead} ${org}` : org;
  title.nameAt = undefined;
}

// "nguyên Hiệu trưởng nhà trường, Chủ tịch Hội đồng trường": a lower-case word for "the body"
// after a bare role belongs to the title (no organisation named), so the chain goes on after it.
const GENERIC_BODY = /(?:nhà trường|bệnh viện|công ty|tập đoàn|ngân hàng|đơn vị|địa phương)(?=\s*[,;)])/y;

function skipGenericBody(t: Text, title: ParsedTitle): void {
  if (title.kind !== 'position' || title.organization !== undefined) return;
  const q = skipSpaces(t.text, title.end);
  if (q === title.end) return;
  GENERIC_BODY.lastIndex = q;
  if (GENERIC_BODY.test(t.lower)) title.end = GENERIC_BODY.lastIndex;
}

function nameRightAfter(t: Text, title: ParsedTitle): ParsedName | null {
  const q = skipSpaces(t.text, title.end);
  if (q === title.end) return null;
  return parseName(t, q, { short: false, foreign: title.foreign });
}

/** The name a title chain ends on, after an optional academic prefix. */
function nameAfterTitle(t: Text, title: ParsedTitle): { name: ParsedName; academic?: string } | null {
  let q = title.nameAt ?? skipSpaces(t.text, title.end);
  if (q === title.end && title.nameAt === undefined) return null;
  // "Bộ trưởng Bộ Khoa học và Công nghệ (KH&CN) Huỳnh Thành Đạt": an abbreviation in brackets.
  if (title.nameAt === undefined && t.text[q] === '(') {
    const close = abbreviationInBrackets(t, q);
    if (close > 0) q = skipSpaces(t.text, close);
  }
  let academic: string | undefined;
  const a = academicAt(t, q);
  if (a) {
    academic = a.text;
    q = skipSpaces(t.text, a.end);
  }
  const name = parseName(t, q, { short: false, foreign: title.foreign || (title.nameAt !== undefined && title.kind === 'position') });
  return name ? { name, academic } : null;
}

/** The end (after ")") of a bracketed abbreviation at q ("(KH&CN)", "(UEFA)"), or -1. */
function abbreviationInBrackets(t: Text, q: number): number {
  let hasUpper = false;
  for (let k = q + 1; k < Math.min(t.text.length, q + 14); k++) {
    const c = t.text[k];
    if (c === ')') return hasUpper && k > q + 1 ? k + 1 : -1;
    if (c === ' ' || c === '\n' || c === '(') return -1;
    if (isUpperAt(t.text, t.lower, k)) hasUpper = true;
  }
  return -1;
}

/** A title at `start` and what follows: titles joined by "," or "kiêm", then a name or not. */
function readTitleChain(t: Text, first: ParsedTitle, honorific?: Honorific, mentionStart?: number): { out: Candidate[]; end: number } {
  const titles: ParsedTitle[] = [first];
  let cur = first;
  for (let k = 0; k < MAX_APPOSITIVES; k++) {
    const after = nameAfterTitle(t, cur);
    if (after) {
      const apps = appositives(t, after.name.end);
      const cand: Introduced = {
        kind: 'introduced',
        name: after.name,
        titles: [...titles, ...apps.titles],
        start: mentionStart ?? first.modStart,
        end: after.name.end,
        honorific,
        academic: after.academic,
      };
      return { out: [cand], end: Math.max(apps.end, after.name.end) };
    }
    let q = skipSpaces(t.text, cur.end);
    let joined = false;
    let commaName = false;
    // Titles stacked before a name are written as titles: a lower-case "đại biểu Quốc hội, ..."
    // is a common noun, not the first of a chain.
    if (!first.capitalised && first.kind !== 'rank' && !honorific) break;
    if (t.text[q] === ',' || (t.text[q] === '-' && first.capitalised)) {
      // "Chủ nhiệm UB, ông Trần Cẩm Tú"; a dash joins titles too: "Tổng Bí thư ... - Bí thư Quân ủy Trung ương X"
      const dash = t.text[q] === '-';
      q = skipSpaces(t.text, q + 1);
      // "Thị trưởng Ollolai - Efisio Arbau, ...": a full name (two words or more) after a dash.
      const dn = dash ? parseName(t, q, { short: false, foreign: cur.foreign }) : null;
      if (dn && dn.words >= 2 && !parseTitleFrom(t, q)) {
        const apps = appositives(t, dn.end);
        return {
          out: [{ kind: 'introduced', name: dn, titles: [...titles, ...apps.titles], start: mentionStart ?? first.modStart, end: dn.end, honorific }],
          end: Math.max(apps.end, dn.end),
        };
      }
      joined = true;
      const h = lexicon().honorifics.match(t.lower, q);
      if (h && (h.value.key === 'ông' || h.value.key === 'bà' || h.value.key === 'đồng chí')) {
        const n = parseName(t, skipSpaces(t.text, h.end), { short: false, foreign: true });
        if (n) {
          const apps = appositives(t, n.end);
          return {
            out: [{ kind: 'introduced', name: n, titles: [...titles, ...apps.titles], start: q, end: n.end, honorific: h.value }],
            end: Math.max(apps.end, n.end),
          };
        }
      }
      commaName = !dash && !honorific && first.capitalised;
    } else if (t.lower.startsWith('kiêm ', q)) {
      q = skipSpaces(t.text, q + 5);
      joined = true;
    }
    if (!joined) break;
    const next = parseTitleFrom(t, q);
    if (!next) {
      const cn = commaName ? nameAfterComma(t, q, first) : null;
      if (cn) {
        const apps = appositives(t, cn.end);
        return {
          out: [{ kind: 'introduced', name: cn, titles: [...titles, ...apps.titles], start: cn.start, end: cn.end }],
          end: Math.max(apps.end, cn.end),
        };
      }
      break;
    }
    titles.push(next);
    cur = next;
  }
  const concerned = honorific ? null : personConcerned(t, first, cur, titles);
  if (concerned) return concerned;
  // No name after the chain: an appositive to a bare name before it, or title-only mentions.
  const before = honorific ? null : nameBefore(t, first.modStart) ?? academicNameBeforeVerb(t, first.modStart);
  if (before) {
    // The chain is appositive to the name before it: its last title runs to the next comma.
    const lastTitle = titles[titles.length - 1];
    extendAppositiveTitle(t, lastTitle);
    skipGenericBody(t, lastTitle);
    extendParentBody(t, lastTitle);
    const ac = academicBefore(t, before.start);
    // "PGS.TS X, Phó Giám đốc ..., giữ chức Giám đốc ...": the prefix marks a person like an honorific.
    const apps = appositives(t, lastTitle.end, ac !== null, true);
    return {
      out: [{ kind: 'introduced', name: before, titles: [...titles, ...apps.titles], start: ac ? ac.start : before.start, end: before.end, academic: ac?.text }],
      end: Math.max(apps.end, lastTitle.end),
    };
  }
  const plural = pluralBefore(t, first.modStart);
  const colon = skipSpaces(t.text, cur.end);
  if (plural && t.text[colon] === ':') {
    const list = readList(t, skipSpaces(t.text, colon + 1), titles);
    if (list) return list;
  }
  return { out: titles.map((title) => ({ kind: 'title', title, start: title.modStart, end: title.end, plural })), end: cur.end };
}

// Words before a title that make "Title, Name ..." two phrases: "Theo Giám đốc Sở, Nguyễn Văn A
// là ..." gives the source, then a clause about someone else.
const NOT_BEFORE_COMMA_NAME = new Set(['theo', 'với', 'của', 'và', 'hoặc', 'cho', 'gửi']);

/**
 * "Chủ tịch UEFA, Aleksander Ceferin đã lên tiếng", "Phó Chủ tịch thành phố đảo Phú Quốc, Phạm
 * Văn Nghiệp cho biết": a full name (a Vietnamese one, or foreign words) right after the comma,
 * the sentence going on in lower case after it (or ending): the title is set off from its holder by the comma.
 */
function nameAfterComma(t: Text, q: number, first: ParsedTitle): ParsedName | null {
  // (no title starts at q: the caller tried one)
  const n = parseName(t, q, { short: false, foreign: false });
  if (!n || n.words < 2) return null;
  // the sentence goes on in lower case after the name, or ends there ("... chỉ trích Chủ tịch Real Madrid, Florentino Perez.")
  const after = t.text.charCodeAt(n.end);
  const ends = after === 46 /* . */ && (n.end + 1 >= t.text.length || t.text.charCodeAt(n.end + 1) === 10 || t.text.charCodeAt(n.end + 1) === 32);
  if (!ends && (after !== 32 || isUpperAt(t.text, t.lower, n.end + 1) || !isLetter(t.text.charCodeAt(n.end + 1)))) return null;
  const w = wordBefore(t.text, first.modStart);
  if (w && NOT_BEFORE_COMMA_NAME.has(t.lower.slice(w.start, w.end))) return null;
  if (pluralBefore(t, first.modStart)) return null;
  return n;
}

// "chức vụ Chủ tịch UBND tỉnh đối với ông X": the office named first, then the person it concerns.
const OFFICE_NOUN_BEFORE = /chức (?:vụ|danh) $/;
const CONCERNS = / đối với (?=(?:ông|bà|đồng chí) )/y;
const OFFICE_NOUN_LOOKBACK = 10;

/**
 * "miễn nhiệm chức danh Chủ tịch HĐQT đối với ông Yasuhiro Saitoh": a title after "chức vụ" /
 * "chức danh", then "đối với" and a person with an honorific and a full name: the person held it.
 */
function personConcerned(t: Text, first: ParsedTitle, last: ParsedTitle, titles: ParsedTitle[]): { out: Candidate[]; end: number } | null {
  if (!OFFICE_NOUN_BEFORE.test(t.lower.slice(Math.max(0, first.modStart - OFFICE_NOUN_LOOKBACK), first.modStart))) return null;
  CONCERNS.lastIndex = last.end;
  if (!CONCERNS.test(t.lower)) return null;
  const h = lexicon().honorifics.match(t.lower, CONCERNS.lastIndex);
  if (!h) return null;
  const name = parseName(t, skipSpaces(t.text, h.end), { short: false, foreign: true });
  if (!name || name.words < 2) return null;
  const apps = appositives(t, name.end, true);
  const cand: Introduced = { kind: 'introduced', name, titles: [...titles, ...apps.titles], start: CONCERNS.lastIndex, end: name.end, honorific: h.value };
  return { out: [cand], end: Math.max(apps.end, name.end) };
}

/** "các Bộ trưởng", "các đồng chí Thứ trưởng": the title names several people, or none. */
/**
 * "PGS.TS Nguyễn Thị Lan Hương làm quyền Hiệu trưởng": a name after an academic prefix, then a
 * verb that gives the office ("làm", "giữ chức"). The prefix is required: "giao X làm" alone is
 * too loose a cue.
 */
function academicNameBeforeVerb(t: Text, titleStart: number): ParsedName | null {
  const w = wordBefore(t.text, titleStart);
  if (!w) return null;
  let verbStart = w.start;
  const lw = t.lower.slice(w.start, w.end);
  if (lw === 'chức') {
    const g = wordBefore(t.text, w.start);
    if (!g || t.lower.slice(g.start, g.end) !== 'giữ') return null;
    verbStart = g.start;
  } else if (lw !== 'làm') return null;
  const name = nameBefore(t, verbStart, true);
  if (!name || !academicBefore(t, name.start)) return null;
  return name;
}

function pluralBefore(t: Text, at: number): boolean {
  let p = at;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(t.text, p);
    if (!w) return false;
    const lw = t.lower.slice(w.start, w.end);
    if (PLURAL.has(lw)) return true;
    if (lw !== 'đồng' && lw !== 'chí' && lw !== 'ông' && lw !== 'bà') return false;
    p = w.start;
  }
  return false;
}

const MAX_LIST_ITEMS = 20;

/**
 * "các đồng chí Thứ trưởng Bộ Công an: Trung tướng A; Thiếu tướng B": every person in the list
 * gets the shared title. Items are separated by ";" or ","; the list ends at anything else.
 */
function readList(t: Text, from: number, shared: ParsedTitle[]): { out: Candidate[]; end: number } | null {
  const out: Candidate[] = [];
  let p = from;
  let end = from;
  for (let k = 0; k < MAX_LIST_ITEMS; k++) {
    let item: { out: Candidate[]; end: number } | null = null;
    const title = parseTitleFrom(t, p);
    if (title) {
      const chain = readTitleChain(t, title);
      if (chain.out.some((c) => c.kind === 'introduced')) item = chain;
    } else {
      const n = parseName(t, p, { short: false, foreign: false });
      if (n) {
        const apps = appositives(t, n.end);
        item = { out: [{ kind: 'introduced', name: n, titles: apps.titles, start: n.start, end: n.end }], end: Math.max(n.end, apps.end) };
      }
    }
    if (!item) break;
    for (const c of item.out) if (c.kind === 'introduced') c.titles.push(...shared);
    out.push(...item.out);
    end = item.end;
    const q = skipSpaces(t.text, end);
    if (t.text[q] !== ';' && t.text[q] !== ',') break;
    p = skipSpaces(t.text, q + 1);
    if (t.lower.startsWith('và ', p)) p = skipSpaces(t.text, p + 3);
  }
  return out.length ? { out, end } : null;
}

// Also words that make the title a post rather than its holder: "bầu Chủ tịch, Phó Chủ tịch UBND
// tỉnh", "miễn nhiệm Giám đốc Sở", "chức vụ Chủ tịch", "chức danh Tổng Giám đốc".
const PLURAL = new Set(['các', 'những', 'nhiều', 'vị', 'hai', 'ba', 'bốn', 'mấy', 'mọi', 'từng', 'là', 'làm', 'chức', 'cử', 'ghế', 'bầu', 'nhiệm', 'vụ', 'danh']);

/** A name after an honorific or a prefix: with appositive titles it introduces a person. */
function readNamed(t: Text, start: number, nameFrom: number, honorific?: Honorific, academic?: string): { out: Candidate[]; end: number } | null {
  let q = nameFrom;
  const a = academicAt(t, q);
  if (a) {
    academic = academic ?? a.text;
    q = skipSpaces(t.text, a.end);
  }
  const name = parseName(t, q, { short: honorific !== undefined, foreign: honorific !== undefined });
  if (!name) {
    if (honorific && (honorific.canonical === 'đồng chí' || honorific.canonical === 'ngài')) {
      // "đồng chí Thứ trưởng Nguyễn Văn A", "ngài Đại sứ X"
      const title = parseTitleFrom(t, q);
      if (title) return readTitleChain(t, title, honorific, start);
    }
    return null;
  }
  // An academic prefix ("PGS.TS X làm quyền Hiệu trưởng") marks a person as firmly as an honorific.
  const apps = appositives(t, name.end, honorific !== undefined || academic !== undefined);
  if (apps.titles.length) {
    return { out: [{ kind: 'introduced', name, titles: apps.titles, start, end: name.end, honorific, academic }], end: apps.end };
  }
  return { out: [{ kind: 'bare', name, start, end: name.end, honorific, academic }], end: name.end };
}

const HONORIFIC_WORDS = new Set(['ông', 'bà', 'đồng chí', 'ngài', 'đ/c']);

/** The second words of the legal statuses ("bị cáo", "nghi phạm"): their own small trigger set. */
export const LEGAL_TRIGGERS = defineTriggers('officials-legal', () => new Set(LEGAL_STATUSES.map((l) => l.second)));

/**
 * "bị cáo Trương Mỹ Lan", "Bị cáo Lan": a name after a legal status, read like a name after an
 * honorific (the status is kept as the honorific, reported as `legalStatus`; the mention is the
 * name). `starts` are the hits of LEGAL_TRIGGERS (the status's second word); candidates the main
 * scan already read are left to it (a duplicate of a person is merged by the resolver anyway).
 */
export function scanLegal(t: Text, starts: Int32Array): Candidate[] {
  const out: Candidate[] = [];
  let cursor = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    if (s < cursor) continue;
    const w = wordBefore(t.text, s);
    if (!w || t.text.charCodeAt(w.end) !== 32 || w.end + 1 !== s) continue;
    const e = wordEnd(t.text, s);
    const first = t.lower.slice(w.start, w.end);
    const second = t.lower.slice(s, e);
    const status = LEGAL_STATUSES.find((l) => l.first === first && l.second === second);
    if (!status) continue;
    const q = skipSpaces(t.text, e);
    if (q === e || !isUpperAt(t.text, t.lower, q)) continue;
    const got = readNamed(t, q, q, status);
    if (got) {
      out.push(...got.out);
      cursor = got.end;
    }
  }
  return out;
}

/** The shared trigger scan's hits for officials: words that may start a title, rank or honorific. */
export const OFFICIAL_TRIGGERS = defineTriggers('officials', () => lexicon().triggerWords);

/**
 * Finds every candidate mention in the text, left to right, never reading a span twice.
 * `starts` are the word starts where a trigger phrase may begin (the shared trigger scan). The
 * phrase regex is tried at the non-letter before each, in order, from `lastIndex` on, exactly as
 * one global scan of it would stop: a phrase match always starts one character before a word.
 */
export function scan(t: Text, starts: Int32Array): Candidate[] {
  const lex = lexicon();
  const re = lex.trigger;
  const out: Candidate[] = [];
  let cursor = 0;
  let lastIndex = 0;
  for (let k = 0; k < starts.length; k++) {
    const q = starts[k] === 0 ? 0 : starts[k] - 1;
    if (q < lastIndex) continue;
    re.lastIndex = q;
    const m = re.exec(t.lower);
    if (m === null) continue;
    lastIndex = re.lastIndex;
    // The match starts with the non-letter before the trigger, unless at the text's start.
    const idx = isLetter(t.lower.charCodeAt(m.index)) ? m.index : m.index + 1;
    if (idx < cursor) continue;
    // Honorifics are the most frequent triggers ("ông", "bà"): only a capital after them matters.
    const matched = t.lower.slice(idx, m.index + m[0].length);
    if (HONORIFIC_WORDS.has(matched)) {
      const q = skipSpaces(t.text, m.index + m[0].length);
      if (q >= t.text.length || !isUpperAt(t.text, t.lower, q)) continue;
    }
    const got = readAt(t, idx, cursor);
    if (got) {
      out.push(...got.out);
      cursor = got.end;
      if (lastIndex < cursor) lastIndex = cursor;
    } else {
      lastIndex = Math.max(lastIndex, wordEnd(t.text, idx));
    }
  }
  return out;
}

function readAt(t: Text, idx: number, cursor: number): { out: Candidate[]; end: number } | null {
  const lex = lexicon();
  // A title, with "Phó" and modifiers before it.
  let s = idx;
  for (let k = 0; k < 2; k++) {
    const w = wordBefore(t.text, s);
    if (!w || w.start < cursor || t.text.slice(w.end, s).includes('\n')) break;
    const lw = t.lower.slice(w.start, w.end);
    if (lw === 'phó' || (lex.modifiers.has(lw) && !notAModifier(t, w.start, lw))) s = w.start;
    else break;
  }
  const title = parseTitleFrom(t, s) ?? (s !== idx ? parseTitleFrom(t, idx) : null);
  if (title) return readTitleChain(t, title);
  const h = lex.honorifics.match(t.lower, idx);
  if (h) {
    const q = skipSpaces(t.text, h.end);
    if (q === h.end || !isUpperAt(t.text, t.lower, q)) return null;
    return readNamed(t, idx, q, h.value);
  }
  return null;
}

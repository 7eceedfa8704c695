/**
 * Reading titles, names and appositive chains at a position of the normalised text.
 * Every function is bounded: it reads a fixed maximum of words forward or back.
 */
import { isLetter, isUpperAt, isVietnameseSyllable, skipSpaces, wordBefore, wordEnd } from './chars';
import { lexicon, NOT_A_ROLE_BEFORE, type RoleEntry, type TailKind } from './lexicon';

export interface Text {
  readonly text: string;
  readonly lower: string;
}

export interface ParsedTitle {
  /** Where the mention starts: a modifier ("nguyên") if any, else the title. */
  modStart: number;
  /** The title as written: from "Phó"/the role to the end of its organisation and qualifiers. */
  start: number;
  end: number;
  role: string;
  kind: 'position' | 'rank';
  organization?: string;
  former: boolean;
  acting: boolean;
  deputy: boolean;
  /** Where the written organisation is, and the kind of body put back before it ("Bộ"). */
  orgStart?: number;
  orgEnd?: number;
  orgHead?: string;
  /** The tail named a country: a foreign name may follow. */
  foreign: boolean;
  /** Where a person's name starts right after the title, when the tail stopped at one. */
  nameAt?: number;
  /** True when the role was written with a capital (a bare lower-case "bộ trưởng" is generic). */
  capitalised: boolean;
  /** Where the organisation would end with its lower-case rest, read but not confirmed by a name after it (see `parseTail`). */
  looseEnd?: number;
  /** The organisation before the bodies holding it were added ("Vụ Giáo dục đại học" of "..., Bộ GD&ĐT"): a title-only mention may name only it. */
  ownOrganization?: string;
}

export interface ParsedName {
  start: number;
  end: number;
  words: number;
  foreign: boolean;
}

const MAX_TAIL_UNITS = 16;
const MAX_NAME_WORDS = 4;
const TRAILING_CONNECTORS = new Set(['và', 'các', 'cơ quan', 'tại', 'của', 'các cơ quan', '&']);
/** Words that follow a title as the sentence goes on, never as the second syllable of a body's name. */
const NOT_SECOND_SYLLABLE = new Set([
  'được', 'cho', 'đã', 'đang', 'sẽ', 'là', 'có', 'không', 'vừa', 'cũng', 'thì', 'mà', 'nói', 'về', 'với', 'tại', 'trong',
  'ở', 'từ', 'đến', 'khi', 'nêu', 'và', 'hay', 'hoặc', 'này', 'đó', 'kiêm', 'ký', 'dự', 'gặp', 'tiếp', 'trao', 'chủ', 'phát',
  'yêu', 'nhấn', 'khẳng', 'đề', 'nhận', 'cho', 'bày', 'chia', 'phát', 'báo', 'cùng', 'vẫn', 'còn', 'chưa', 'mới', 'trả', 'gửi', 'đánh', 'ghi', 'thăm', 'làm', 'ra', 'vào',
]);
const NUMBERED_AFTER = new Set(['đoàn', 'khu', 'khóa', 'số', 'quận', 'phường', 'đội', 'khoá']);
const PAST_PERIOD = /từ (?:năm )?\d{4} ?(?:-|đến(?: năm)?) ?\d{4}(?!\d)/y;
const QUALIFIER = /(?:khóa|nhiệm kỳ) (?:[ivxlc]+|\d{1,4}(?: ?- ?\d{4})?)(?![\p{L}\p{M}\d])/uy;

function lowerWordAt(t: Text, i: number): string {
  return t.lower.slice(i, wordEnd(t.text, i));
}

/** The words of the capitalised run starting at i: [start, end) pairs, at most `max`. */
export function capRun(t: Text, i: number, max = 6): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let p = i;
  while (out.length < max && p < t.text.length && isUpperAt(t.text, t.lower, p) && isLetter(t.text.charCodeAt(p))) {
    let e = wordEnd(t.text, p);
    // Foreign names keep inner hyphens and apostrophes ("Jong-un", "H'Hen").
    // Abbreviations joined by "&" or "-" stay one word ("KH&CN", "LĐ-TB&XH").
    while (
      ((t.text[e] === '-' || t.text[e] === "'") && isLetter(t.text.charCodeAt(e + 1) || 0)) ||
      (t.text[e] === '&' && isUpperAt(t.text, t.lower, e + 1))
    ) {
      e = wordEnd(t.text, e + 1);
    }
    // An abbreviation with a dot ("TP.", "PGS.TS") is not a name word.
    if (t.text[e] === '.' && e - p <= 4 && isLetter(t.text.charCodeAt(e + 1) || 0)) break;
    out.push([p, e]);
    const next = skipSpaces(t.text, e);
    if (next === e || next - e > 2) break;
    p = next;
  }
  return out;
}

/** A tail unit at i; an abbreviation listed in capitals only when written so ("Tư pháp" is no "TƯ"). */
export function tailUnitAt(t: Text, i: number): { end: number; value: TailKind } | null {
  const lex = lexicon();
  const unit = lex.tailUnits.match(t.lower, i);
  if (unit && unit.end - i <= 4 && lex.capsOnlyUnits.has(t.lower.slice(i, unit.end)) && !isAllCaps(t, i, unit.end)) return null;
  return unit;
}

function isAllCaps(t: Text, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isUpperAt(t.text, t.lower, k) && isLetter(t.text.charCodeAt(k))) return false;
  return true;
}

function isVietnameseWord(t: Text, w: [number, number]): boolean {
  const lw = t.lower.slice(w[0], w[1]);
  return !lw.includes('-') && !lw.includes("'") && isVietnameseSyllable(lw) && !isAllCaps(t, w[0], w[1]) || (w[1] - w[0] === 1);
}

function isFamilyWord(t: Text, w: [number, number]): boolean {
  return lexicon().family.has(t.lower.slice(w[0], w[1]));
}

/** A foreign name word: capitalised, not all capitals, not a Vietnamese syllable ("Putin"), not a company word ("Group"). */
function isForeignWord(t: Text, w: [number, number]): boolean {
  const lw = t.lower.slice(w[0], w[1]);
  return w[1] - w[0] > 1 && !isAllCaps(t, w[0], w[1]) && !isVietnameseSyllable(lw.replace(/['-]/g, '')) && !lexicon().orgNameWords.has(lw);
}

/** "Hun Manet", "Kim Jong-un": a surname of `foreignGiven`, then one or two foreign words ending the run. */
function latinGivenName(t: Text, run: Array<[number, number]>, s: number): boolean {
  const len = run.length - s;
  if (len < 2 || len > 3 || !lexicon().foreignGiven.has(t.lower.slice(run[s][0], run[s][1]))) return false;
  return run.slice(s + 1).every((w) => isForeignWord(t, w) || isVietnameseWord(t, w));
}

/** Middle syllables that mark a person's full name, not a commune's ("xã Tân Lập"). */
const PERSON_MIDDLE = new Set(['văn', 'thị']);
/** Admin words of a province or a city: a full name after them is the person. */
const PROVINCE_LEVEL_WORDS = new Set(['tỉnh', 'thành phố', 'tp', 'tp.']);
/** Districts and communes named after people with such a middle syllable (Dân Trí corpus, Cà Mau, Lạng Sơn). */
const UNITS_NAMED_AFTER_PEOPLE = new Set(['trần văn thời', 'phạm văn hai', 'hoàng văn thụ', 'nguyễn văn trỗi', 'võ thị sáu', 'nguyễn thị minh khai']);

/**
 * "tỉnh" or "thành phố" then a full name ("Phó Chủ tịch UBND thành phố Hà Minh Hải": the city
 * is the one the article is about; no city has a three-syllable name shaped like a person's but
 * the listed "Hồ Chí Minh"); "xã"/"huyện" then a full name whose middle syllable is "Văn"/"Thị"
 * ("Bí thư Đảng ủy xã Lương Thị Hoa"). Wards and towns are often named after people
 * ("phường Nguyễn Trãi"), so other admin words never are.
 */
function personAfterProvinceWord(t: Text, admin: { start: number; end: number }, run: Array<[number, number]>): boolean {
  if (run.length < 3 || run.length > MAX_NAME_WORDS) return false;
  const word = t.lower.slice(admin.start, admin.end);
  if (!PROVINCE_LEVEL_WORDS.has(word)) {
    if (word !== 'xã' && word !== 'huyện') return false;
    if (!PERSON_MIDDLE.has(t.lower.slice(run[1][0], run[1][1]))) return false;
    if (run.length === 3 && UNITS_NAMED_AFTER_PEOPLE.has(t.lower.slice(run[0][0], run[2][1]))) return false;
  }
  return nameStartInRun(t, run, 0) === 0;
}

/**
 * Where in a capitalised run a Vietnamese name starts: a family name followed by 1–3 more
 * syllables, all Vietnamese. `minStart` 1 when the run must first name a place or an
 * institution ("tỉnh Lâm Đồng ...", "Bệnh viện Bạch Mai ..."). Prefers the run's own start,
 * then a three-syllable name, then four, then two. -1 when none.
 */
export function nameStartInRun(t: Text, run: Array<[number, number]>, minStart: number): number {
  const lex = lexicon();
  let best = -1;
  let bestScore = -1;
  for (let s = minStart; s < run.length; s++) {
    const len = run.length - s;
    if (len < 2 || len > MAX_NAME_WORDS) continue;
    if (!isFamilyWord(t, run[s])) continue;
    if (!run.slice(s).every((w) => isVietnameseWord(t, w)) && !latinGivenName(t, run, s)) continue;
    // A place or known body is not a name ("Hà Nội", "Hoàng Anh Gia Lai" the club). Only its
    // start is checked: given names may be place names ("Trương Hòa Bình").
    const unit = tailUnitAt(t, run[s][0]);
    if (unit && unit.value !== 'institution') continue;
    const score = s === 0 ? 10 : len === 3 ? 3 : len === 4 ? 2 : 1;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

// "Chính quyền Tổng thống Biden" is the administration, "tài nguyên" a resource: the word
// before tells a compound from the modifier.
const COMPOUND_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['quyền', new Set(['chính', 'thẩm', 'trao', 'nhân', 'toàn', 'ủy', 'đặc', 'giành', 'có', 'quyền', 'chủ', 'bản', 'tác', 'sở'])],
  ['nguyên', new Set(['tài', 'căn', 'bình', 'kỷ', 'thượng', 'cao', 'đa', 'trung', 'thảo'])],
  ['tân', new Set(['tất', 'tận'])],
]);

export function notAModifier(t: Text, at: number, word: string): boolean {
  const compounds = COMPOUND_BEFORE.get(word);
  if (!compounds) return false;
  const w = wordBefore(t.text, at);
  return w !== null && compounds.has(t.lower.slice(w.start, w.end));
}

/** A role or rank starting exactly at i (with "Phó" read as a deputy prefix). */
/** For a `nameFollows` role: written capitalised, with a full name right after it. */
function nameRightAfterRole(t: Text, start: number, end: number): boolean {
  if (!isUpperAt(t.text, t.lower, start)) return false;
  const q = skipSpaces(t.text, end);
  return q > end && parseName(t, q, { short: false, foreign: false }) !== null;
}

/**
 * After a manager's role, its line of work in lower case ("thương mại", "kinh doanh") and a "tại"
 * or "của" that leads on to a capitalised body: where the body may start, or `end` when none.
 */
function functionAreaEnd(t: Text, end: number): { end: number; bodyNext: boolean } | null {
  if (t.text.charCodeAt(end) !== 32 || isUpperAt(t.text, t.lower, end + 1)) return null;
  const m = lexicon().functionAreas.match(t.lower, end + 1);
  if (!m) return null;
  // "Giám đốc điều hành" is a role of its own; the lexicon reads it first.
  for (const connector of [' tại ', ' của ']) {
    if (t.lower.startsWith(connector, m.end) && isUpperAt(t.text, t.lower, m.end + connector.length)) return { end: m.end + connector.length - 1, bodyNext: true };
  }
  return { end: m.end, bodyNext: false };
}

/** "Đại sứ quán": the role's words and the next one make another noun (`NOT_A_ROLE_BEFORE`). */
function compoundAfter(t: Text, role: string, end: number): boolean {
  const next = NOT_A_ROLE_BEFORE.get(role);
  if (!next || t.text.charCodeAt(end) !== 32) return false;
  return next.has(lowerWordAt(t, end + 1));
}

function roleAt(t: Text, i: number): { end: number; role?: RoleEntry; rank?: string; deputy: boolean } | null {
  const lex = lexicon();
  const rank = lex.ranks.match(t.lower, i);
  if (rank) return { end: rank.end, rank: rank.value, deputy: rank.value.startsWith('Phó') };
  const role = lex.roles.match(t.lower, i);
  if (role && role.value.nameFollows && !nameRightAfterRole(t, i, role.end)) return null;
  if (role) return { end: role.end, role: role.value, deputy: role.value.deputy === true };
  if (lowerWordAt(t, i) === 'phó') {
    const j = skipSpaces(t.text, i + 3);
    const inner = lex.roles.match(t.lower, j);
    if (inner) return { end: inner.end, role: inner.value, deputy: true };
    const innerRank = lex.ranks.match(t.lower, j);
    if (innerRank) return { end: innerRank.end, rank: innerRank.value, deputy: true };
  }
  return null;
}

// First syllables of what follows an appositive title as the sentence goes on ("cho biết",
// "nhấn mạnh", "trình bày"): an appositive title is not extended across them.
const PREDICATE_START = new Set([
  'cho', 'nói', 'nhấn', 'khẳng', 'phát', 'chia', 'trình', 'nhận', 'đánh', 'đề', 'yêu', 'cảnh', 'thông', 'giải', 'trả', 'kêu',
  'lưu', 'tiết', 'bổ', 'thừa', 'xác', 'mong', 'hy', 'tin', 'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'là', 'có', 'được', 'bị', 'từng',
  'không', 'chưa', 'ký', 'dự', 'tham', 'gặp', 'tiếp', 'chủ', 'thăm', 'làm', 'về', 'với', 'tại', 'trong', 'ở', 'khi', 'sau',
  'trước', 'này', 'đó', 'nêu', 'báo', 'ghi', 'bày', 'tặng', 'trao', 'chỉ', 'ra', 'đi', 'đến', 'vào', 'mà', 'thì', 'nên', 'vì',
  'nếu', 'để', 'còn', 'vẫn', 'đều', 'kể', 'cùng', 'nhưng', 'hay', 'hoặc', 'rằng', 'người', 'ông', 'bà', 'anh', 'chị',
]);
const MAX_EXTENSION_WORDS = 6;

/**
 * An appositive title ends at a comma, a bracket, a semicolon or a dash, not at the first
 * lower-case word: "ông X, Phó Hiệu trưởng Đại học Kinh tế quốc dân, Ủy viên ..." The title is
 * extended over at most six words when such a boundary follows and no word on the way can
 * start the sentence's predicate. Returns the new end, or the title's own end.
 */
export function extendAppositive(t: Text, title: ParsedTitle): number {
  if (title.kind !== 'position' || title.orgEnd === undefined || title.orgEnd <= (title.orgStart ?? 0)) return title.end;
  // The lower-case rest of the body's name read by `parseTail`, closed by a comma or a bracket.
  if (title.looseEnd !== undefined && title.looseEnd > title.end && closesAppositive(t, title.looseEnd)) return title.looseEnd;
  let p = title.end;
  let lastWordEnd = title.end;
  for (let k = 0; k < MAX_EXTENSION_WORDS; k++) {
    const q = skipSpaces(t.text, p);
    const c = t.text[q];
    if (q >= t.text.length || c === '\n' || c === ')') return k > 0 && c === ')' ? lastWordEnd : title.end;
    if (c === ',' || c === ';' || c === '(') return k > 0 ? lastWordEnd : title.end;
    if (c === '-' && q > p) return k > 0 ? lastWordEnd : title.end;
    if (!isLetter(t.text.charCodeAt(q))) return title.end;
    const e = wordEnd(t.text, q);
    const lw = t.lower.slice(q, e);
    if (PREDICATE_START.has(lw) || lexicon().modifiers.has(lw) || roleAt(t, q)) return title.end;
    // "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội,": the portfolio is not the body's name.
    if (t.lower.startsWith(PORTFOLIO, q)) return title.end;
    lastWordEnd = e;
    p = e;
  }
  return title.end;
}

/** A comma, semicolon, bracket or spaced dash at p (after spaces): where an appositive title ends. */
function closesAppositive(t: Text, p: number): boolean {
  const q = skipSpaces(t.text, p);
  const c = t.text[q];
  if (c === ',' || c === ';' || c === '(' || c === ')' || (c === '-' && q > p)) return true;
  // The sentence's end ("…, cựu Đội trưởng Đội Kiểm soát Hải quan."), or "thuộc" and the body
  // holding it ("… Hải quan thuộc Cục Hải quan An Giang").
  if (c === '.' && (q + 1 >= t.text.length || /\s/.test(t.text[q + 1]))) return true;
  return t.lower.startsWith('thuộc ', q) && isUpperAt(t.text, t.lower, skipSpaces(t.text, q + 6));
}

const MAX_PARENT_BODIES = 2;
const NO_ROLE: RoleEntry = { role: '' };

/**
 * "Trưởng Ban Quản lý Đào tạo, Học viện Tài chính": after an appositive title, a comma or a dash
 * and the capitalised name of a body holding the title's own (`PARENT_BODY_HEADS`), up to two
 * levels ("Trưởng khoa Hồi sức Hô hấp, Trung tâm Hô hấp, Bệnh viện Nhi Trung ương"). The title and
 * its organisation run on over them. Not a title there ("..., Bộ trưởng Bộ Y tế" is the next
 * title), nor a body of the same kind ("Giám đốc Bệnh viện X, Bệnh viện X kết hợp ..." starts a clause).
 */
export function extendParentBody(t: Text, title: ParsedTitle): void {
  if (title.kind !== 'position' || title.orgStart === undefined || title.orgEnd === undefined || title.orgEnd <= title.orgStart) return;
  const lex = lexicon();
  for (let k = 0; k < MAX_PARENT_BODIES; k++) {
    let q = skipSpaces(t.text, title.end);
    const c = t.text[q];
    if (c !== ',' && c !== '-') return;
    q = skipSpaces(t.text, q + 1);
    if (!isUpperAt(t.text, t.lower, q) && !t.lower.startsWith('trường ', q)) return;
    const head = lex.parentHeads.match(t.lower, q);
    if (!head || roleAt(t, q)) return;
    const before = title.organization;
    const own = lex.parentHeads.match(t.lower, title.orgStart);
    if (own && own.value === head.value) return;
    const tail = parseTail(t, q, NO_ROLE);
    if (tail.orgEnd <= head.end - 1 || tail.orgStart !== q) return;
    title.end = tail.orgEnd;
    title.orgEnd = tail.orgEnd;
    extendAppositiveTitle(t, title);
    const org = t.text.slice(title.orgStart, title.orgEnd);
    title.organization = title.orgHead ? `${title.orgHead} ${org}` : org;
    title.ownOrganization ??= before;
    if (tail.nameAt !== undefined) return;
  }
}

/** Applies `extendAppositive` to the title in place (end, organisation and its key text). */
export function extendAppositiveTitle(t: Text, title: ParsedTitle): void {
  const end = extendAppositive(t, title);
  if (end <= title.end || title.orgStart === undefined) return;
  title.end = end;
  title.orgEnd = end;
  const org = t.text.slice(title.orgStart, end);
  title.organization = title.orgHead ? `${title.orgHead} ${org}` : org;
}

/**
 * The signer block of an official text: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Sơn". A title in
 * capitals alone on its line, the next line a full Vietnamese name and nothing else: the name's
 * start, or -1.
 */
function signerNameAt(t: Text, start: number, end: number): number {
  if (t.text.charCodeAt(end) !== 10 || !isAllCaps(t, start, end)) return -1;
  if (start > 0 && t.text.charCodeAt(start - 1) !== 10 && !/(?:^|\n)(?:KT|TM|TL|TUQ)\. $/.test(t.text.slice(Math.max(0, start - 5), start))) return -1;
  const q = end + 1;
  const run = capRun(t, q);
  if (run.length < 2 || run.length > MAX_NAME_WORDS || nameStartInRun(t, run, 0) !== 0) return -1;
  const after = run[run.length - 1][1];
  return after >= t.text.length || t.text.charCodeAt(after) === 10 ? q : -1;
}

/** Whether a title (possibly after modifiers) starts at i. */
export function titleStartsAt(t: Text, i: number): boolean {
  return parseTitleFrom(t, i) !== null;
}

/**
 * Reads a title starting at i: [modifiers] ["Phó"] role [organisation tail] [qualifiers].
 */
export function parseTitleFrom(t: Text, i: number): ParsedTitle | null {
  const lex = lexicon();
  let former = false;
  let acting = false;
  let p = i;
  for (let k = 0; k < 2; k++) {
    const w = lowerWordAt(t, p);
    const m = lex.modifiers.get(w);
    if (!m || notAModifier(t, p, w)) break;
    const next = skipSpaces(t.text, p + w.length);
    if (next === p + w.length) break;
    if (m === 'former') former = true;
    if (m === 'acting') acting = true;
    p = next;
  }
  const start = p;
  const r = roleAt(t, p);
  if (!r) return null;
  const capitalised = isUpperAt(t.text, t.lower, start);
  if (r.rank) {
    const role = (r.deputy && !r.rank.startsWith('Phó') ? 'Phó ' : '') + r.rank;
    return { modStart: i, start, end: r.end, role, kind: 'rank', former, acting, deputy: r.deputy, foreign: false, capitalised, nameAt: undefined };
  }
  const entry = r.role as RoleEntry;
  // Still a role inside a tail ("Thủ tướng Morrison và Đại sứ quán Mỹ" ends before it), but no title.
  if (compoundAfter(t, entry.role, r.end)) return null;
  const area = entry.functions ? functionAreaEnd(t, r.end) : null;
  const roleEnd = area ? area.end : r.end;
  const tail = parseTail(t, roleEnd, entry, area?.bodyNext === true, area === null);
  // "trưởng phòng đào tạo Trường X": for a role that names its kind of body, the line of work is the body's own name ("Phòng đào tạo ...").
  if (area && entry.head && tail.orgEnd > tail.orgStart) tail.orgStart = r.end + 1;
  // "Phó Chủ tịch Thường trực UBND tỉnh", "Phó Thủ tướng Thường trực Chính phủ": "Thường trực"
  // (standing) qualifies the role; the body is what follows it.
  if (t.lower.startsWith(STANDING, tail.orgStart) && tail.orgStart + STANDING.length < tail.orgEnd) {
    tail.orgStart = skipSpaces(t.text, tail.orgStart + STANDING.length);
  }
  if (entry.needsTail && (tail.orgStart === tail.orgEnd || !isUpperAt(t.text, t.lower, tail.orgStart))) return null;
  if (entry.unitFirst && entry.head && !t.lower.startsWith(entry.head.toLowerCase() + ' ', tail.orgStart)) return null;
  if (tail.nameAt === undefined && tail.orgStart === tail.orgEnd) {
    const signer = signerNameAt(t, start, r.end);
    if (signer >= 0) tail.nameAt = signer;
  }
  let end = tail.orgEnd > tail.orgStart ? tail.orgEnd : roleEnd;
  // Qualifiers after the title: "khóa XIII", "nhiệm kỳ 2021-2026".
  const q = skipSpaces(t.text, end);
  if (q > end && tail.nameAt === undefined) {
    QUALIFIER.lastIndex = q;
    if (QUALIFIER.exec(t.lower)) end = QUALIFIER.lastIndex;
    // "ông Kissinger - Ngoại trưởng Mỹ từ 1973-1977": a closed period of office makes it a former title.
    else if (t.lower.startsWith('từ ', q)) {
      PAST_PERIOD.lastIndex = q;
      if (PAST_PERIOD.test(t.lower)) former = true;
    }
  }
  const roleName = (r.deputy ? 'Phó ' : '') + (entry.canonical ?? entry.role);
  let organization: string | undefined;
  let orgHead: string | undefined;
  if (tail.orgEnd > tail.orgStart) {
    const org = t.text.slice(tail.orgStart, tail.orgEnd);
    const head = entry.head;
    orgHead = head && !org.toLowerCase().startsWith(head.toLowerCase()) ? head : undefined;
    organization = orgHead ? `${orgHead} ${org}` : org;
  }
  return {
    modStart: i,
    start,
    end,
    role: roleName,
    kind: 'position',
    organization,
    orgStart: tail.orgStart,
    orgEnd: tail.orgEnd,
    orgHead,
    former,
    acting,
    deputy: r.deputy,
    foreign: tail.foreign,
    nameAt: tail.nameAt,
    capitalised,
    looseEnd: tail.looseEnd,
    // set here (not added later) so every title object keeps one shape
    ownOrganization: undefined,
  };
}

/** Words after "báo" that make it the verb "report" ("báo tin", "báo cáo"), not "newspaper". */
const REPORT_VERB_NEXT = new Set(['tin', 'cáo', 'cho', 'về', 'động', 'với', 'rằng']);

const STANDING = 'thường trực ';
const PLENIPOTENTIARY = 'đặc mệnh toàn quyền ';

interface Tail {
  orgStart: number;
  orgEnd: number;
  foreign: boolean;
  nameAt?: number;
  looseEnd?: number;
}

type Piece = { start: number; end: number; kind: TailKind | 'lower' | 'word' | 'second' | 'head' | 'number' | 'dash' };

/**
 * The organisation after a role, up to where a name starts or the title ends. Capitalised
 * words continue it unless they start a name; lower-case words only from the connector list,
 * or as the second syllable of a capitalised word ("Dân vận", "Y tế").
 */
/**
 * `bodyFirst`: the first capitalised run names the body (after "tại"/"của"); `foreignNames`: a run of
 * foreign words may be the person (not after a line of work: "Giám đốc sản phẩm FPT Play Box").
 */
function parseTail(t: Text, from: number, role: RoleEntry, bodyFirst = false, foreignNames = true): Tail {
  const lex = lexicon();
  const pieces: Piece[] = [];
  let p = from;
  let foreign = false;
  let nameAt: number | undefined;
  // Where the pieces of a lower-case rest of a name begin ("Kiểm soát| bệnh tật"): kept only when a name follows.
  let looseFrom = -1;
  let looseForeign = false;
  const loose = () => {
    if (looseFrom < 0) {
      looseFrom = pieces.length;
      looseForeign = foreign;
    }
  };
  /** Reads the lower-case rest of a body's name at `q` as a loose piece; returns its end (q if none). */
  const takeLowerRest = (q: number): number => {
    const e = nameContinuation(t, q);
    if (e > q) {
      loose();
      pieces.push({ start: q, end: e, kind: 'lower' });
    }
    return e;
  };
  const last = () => (pieces.length ? pieces[pieces.length - 1].kind : 'start');
  for (let guard = 0; guard < MAX_TAIL_UNITS; guard++) {
    if (t.text.charCodeAt(p) === 44 /* , */ && pieces.length > 0) {
      // "Cục Quản lý Khám, chữa bệnh": a known pair goes on across its comma.
      const e = commaPairEnd(t, p);
      if (e > 0) {
        loose();
        pieces.push({ start: p, end: e, kind: 'second' });
        p = e;
        continue;
      }
    }
    const q = skipSpaces(t.text, p);
    if (q === p && pieces.length > 0 && t.text[p - 1] !== '.') break;
    if (q >= t.text.length) break;
    if (pieces.length === 0 && role.abroad && t.lower.startsWith(PLENIPOTENTIARY, q)) {
      // "Đại sứ Đặc mệnh toàn quyền Cộng hòa Pháp tại Việt Nam": the envoy's full rank is part of the title; the body follows it.
      p = q + PLENIPOTENTIARY.length - 1;
      continue;
    }
    const code = t.text.charCodeAt(q);
    if (code === 38 /* & */ && (last() === 'word' || last() === 'second' || last() === 'body' || last() === 'place' || last() === 'head')) {
      // "Bộ Khoa học & Công nghệ": "&" joins two capitalised parts like "và".
      const r = skipSpaces(t.text, q + 1);
      if (isUpperAt(t.text, t.lower, r) && !roleAt(t, r)) {
        pieces.push({ start: q, end: q + 1, kind: 'lower' });
        p = q + 1;
        continue;
      }
      break;
    }
    if (code === 45 /* - */ && (last() === 'word' || last() === 'second' || last() === 'body' || (last() === 'lower' && looseFrom >= 0))) {
      // "Lao động - Thương binh": a dash between two capitalised parts of one name; "Trung tâm
      // Giáo dục nghề nghiệp - Giáo dục thường xuyên" after a lower-case rest (kept only if confirmed).
      const r = skipSpaces(t.text, q + 1);
      if (r > q + 1 && isUpperAt(t.text, t.lower, r) && nameStartInRun(t, capRun(t, r), 0) !== 0 && !roleAt(t, r)) {
        p = q + 1;
        pieces.push({ start: q, end: q + 1, kind: 'dash' });
        continue;
      }
      break;
    }
    if (code >= 48 && code <= 57) {
      const prev = pieces.length ? t.lower.slice(pieces[pieces.length - 1].start, pieces[pieces.length - 1].end) : '';
      let e = q;
      while (e < t.text.length && e - q < 5 && t.text.charCodeAt(e) >= 48 && t.text.charCodeAt(e) <= 57) e++;
      if (!NUMBERED_AFTER.has(prev.split(' ').pop() ?? '')) {
        // "Trung tâm Cấp cứu 115 Hà Nội", "Bệnh viện 108": a number naming the body, kept only when confirmed.
        if (!NUMBERED_KINDS.has(last()) || !numberEndsName(t, e)) break;
        loose();
      }
      pieces.push({ start: q, end: e, kind: 'number' });
      p = e;
      continue;
    }
    if (code === 40 /* ( */ && pieces.length > 0) {
      // "Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội": an abbreviation in brackets, then the body's place.
      const close = bracketedAbbreviationEnd(t, q);
      const r = close > 0 ? skipSpaces(t.text, close) : -1;
      const place = r > close && close > 0 ? (lex.lowerUnits.match(t.lower, r) ?? tailUnitAt(t, r)) : null;
      if (place && (place.value === 'admin' || place.value === 'place')) {
        pieces.push({ start: q, end: close, kind: 'lower' });
        p = close;
        continue;
      }
    }
    if (!isLetter(code)) break;
    if (isUpperAt(t.text, t.lower, q)) {
      // An academic prefix ends the title: the name follows it ("Giám đốc Bệnh viện PGS.TS X").
      if (academicAt(t, q)) {
        nameAt = q;
        break;
      }
      const admin = lex.lowerUnits.match(t.lower, q);
      if (admin && admin.value === 'admin') {
        // "TP.HCM", "TP Hà Nội", "Tỉnh Quảng Nam"
        pieces.push({ start: q, end: admin.end, kind: 'admin' });
        p = admin.end;
        continue;
      }
      const unit = tailUnitAt(t, q);
      const r = roleAt(t, q);
      if (r && (!unit || r.end >= unit.end)) break; // a new title starts
      const run = capRun(t, q);
      // "trưởng thôn Đồng Mười": a village head's role names its kind of place, so the first run is the place.
      // "giám đốc thương mại tại William Grant & Sons": after "tại"/"của", the first run is the body.
      const villageFirst = pieces.length === 0 && ((role.placeFirst === true && role.head !== undefined) || bodyFirst);
      const afterPrefix = last() === 'admin' || last() === 'institution' || villageFirst;
      // A place first (Hà Nội, Lâm Đồng), then a name (Hà Thị ...).
      if (unit && unit.value !== 'institution') {
        if (unit.value === 'place' && t.lower.startsWith('hồ chí minh', q) && !afterPrefix && !/(?:tp\.?|phố|sản) $/.test(t.lower.slice(Math.max(0, q - 6), q))) {
          // "Chủ tịch Hồ Chí Minh" is the person; "TP Hồ Chí Minh" is the city.
        } else if (unit.value === 'country' && pieces.length > 0 && unit.end === run[0][1] && run.length === 2 && isVietnameseWord(t, run[1]) && !isForeignWord(t, run[1])) {
          // "Công ty luật TNHH Đức An": a one-word country and one Vietnamese syllable make a name, not a country and a person.
          pieces.push({ start: q, end: run[1][1], kind: 'word' });
          p = run[1][1];
          continue;
        } else if (unit.value === 'country' && pieces.length > 0 && followedBySecondSyllable(t, unit.end)) {
          // "Vụ Pháp chế", "Bộ Tư pháp": a one-word country name that is really a syllable.
          pieces.push({ start: q, end: unit.end, kind: 'word' });
          p = unit.end;
          continue;
        } else {
          if (unit.value === 'country') foreign = true;
          pieces.push({ start: q, end: unit.end, kind: unit.value });
          p = unit.end;
          continue;
        }
      }
      if (unit && unit.value === 'institution') {
        pieces.push({ start: q, end: unit.end, kind: 'institution' });
        p = unit.end;
        continue;
      }
      if (role.placeFirst && (pieces.length === 0 || (last() === 'admin' && pieces.length === 1)) && run.length > 0 && isForeignWord(t, run[0])) {
        // "Thị trưởng Ollolai", "Thị trưởng thị trấn Ollolai Efisio Arbau": one foreign word is the town;
        // a foreign run after it is the mayor ("Thị trưởng Efisio Arbau" is two words: the person).
        const rest = run.slice(1);
        if (run.length === 1 || (rest.length >= 2 && rest.every((w) => isForeignWord(t, w)) && (afterPrefix || run.length >= 3))) {
          pieces.push({ start: q, end: run[0][1], kind: 'place' });
          foreign = true;
          if (rest.length) nameAt = rest[0][0];
          else p = run[0][1];
          if (rest.length) break;
          continue;
        }
      }
      const s = nameStartInRun(t, run, afterPrefix ? 1 : 0);
      if (last() === 'admin' && personAfterProvinceWord(t, pieces[pieces.length - 1], run)) {
        // "Chủ tịch UBND tỉnh Đỗ Minh Tuấn": every province is in the place list, so an unknown
        // run of 3-4 syllables after "tỉnh" that reads as a full name is the person.
        nameAt = q;
        break;
      }
      if (s === 0) {
        nameAt = q;
        break;
      }
      // After an admin word, a one-syllable place and a two-syllable name ("quận Bắc Từ Liêm", "TP
      // Buôn Ma Thuột") is a place of three: a Vietnamese name after a place has three syllables or more.
      if (s > 0 && afterPrefix && !(s === 1 && run.length === 3 && last() === 'admin')) {
        pieces.push({ start: q, end: run[s - 1][1], kind: 'place' });
        nameAt = run[s][0];
        break;
      }
      // A foreign name: after a country, or for roles held abroad, or any run of non-Vietnamese words.
      const foreignRun = run.every((w) => isForeignWord(t, w)) || ((foreign || role.foreign) && run.some((w) => isForeignWord(t, w)));
      if (!afterPrefix && foreignNames && foreignRun && (run.length >= 2 || foreign || role.foreign)) {
        // Three or more foreign words with no country before them are more often a body
        // ("Bannockburn Global Forex") than a name: not read as a person.
        if (run.length < 3 || foreign || role.foreign) {
          nameAt = q;
          break;
        }
        pieces.push({ start: q, end: run[run.length - 1][1], kind: 'head' });
        p = run[run.length - 1][1];
        continue;
      }
      if (!afterPrefix && foreign && s < 0 && pieces.length > 0 && last() === 'country') {
        nameAt = q; // "Chủ tịch Trung Quốc Tập Cận Bình": after a country, a capitalised run is the person.
        break;
      }
      if (afterPrefix) {
        // The institution's or place's own name; a lower-case second syllable may follow ("Đa khoa").
        pieces.push({ start: q, end: run[run.length - 1][1], kind: last() === 'institution' ? 'word' : 'place' });
        p = run[run.length - 1][1];
        continue;
      }
      // A capitalised multi-word body word from the lower-case list ("Hội đồng", "Ủy ban").
      const phrase = lex.lowerUnits.match(t.lower, q);
      if (phrase && t.lower.slice(q, phrase.end).includes(' ')) {
        pieces.push({ start: q, end: phrase.end, kind: phrase.value === 'lower' ? 'body' : phrase.value });
        p = phrase.end;
        continue;
      }
      const e = run.length ? run[0][1] : wordEnd(t.text, q);
      const lw = t.lower.slice(q, e);
      // Acronyms and foreign words ("IRED", "Vietcombank") are whole: no second syllable after them.
      const whole = lex.wholeWordHeads.has(lw) || (e - q > 1 && (isAllCaps(t, q, e) || !isVietnameseSyllable(lw)));
      // "Ban Chỉ đạo phòng, chống dịch Covid-19 TP Hà Nội": a name with a number joined by a dash.
      const numbered = whole ? numberedEnd(t, e) : e;
      pieces.push({ start: q, end: numbered, kind: whole ? 'head' : 'word' });
      p = numbered;
      continue;
    }
    // lower-case
    // "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội": after the body, "phụ trách" starts the portfolio.
    if (pieces.length > 0 && t.lower.startsWith(PORTFOLIO, q)) break;
    const qualifier = pieces.length === 0 ? ROLE_QUALIFIERS.find((w) => t.lower.startsWith(w, q)) : undefined;
    if (qualifier && isUpperAt(t.text, t.lower, skipSpaces(t.text, q + qualifier.length))) {
      // "Phó Giám đốc phụ trách Sở Xây dựng", "Chủ tịch danh dự Quỹ ...": the title goes on, the body starts after.
      p = q + qualifier.length - 1;
      continue;
    }
    if (pieces.length === 0 && roleEndsOnHead(role)) {
      // "Trưởng Ban chỉ đạo tiêu thụ vải thiều": "Ban chỉ đạo" is a kind of body, though "chỉ đạo"
      // alone is also a verb; what follows is its lower-case name.
      const kind = BODY_KIND_AFTER_HEAD.exec(t.lower.slice(q, q + 10));
      if (kind && t.lower.slice(Math.max(0, q - 4), q).trim() === 'ban') {
        const kindEnd = q + kind[0].length;
        pieces.push({ start: q, end: kindEnd, kind: 'lower' });
        p = kindEnd;
        if (t.text.charCodeAt(kindEnd) === 32 && isLetter(t.text.charCodeAt(kindEnd + 1)) && !isUpperAt(t.text, t.lower, kindEnd + 1)) {
          const e = takeLowerRest(kindEnd + 1);
          if (e > kindEnd + 1) p = e;
        }
        continue;
      }
      // "Trưởng ban quản lý dự án Nguyễn Văn Long": the role ends on its body's head, whose name goes on in lower case.
      const e = takeLowerRest(q);
      if (e > q) {
        p = e;
        continue;
      }
    }
    if (t.lower.startsWith('của ', q)) {
      // "Ủy viên UB Tài chính - Ngân sách của Quốc hội", "Chủ tịch của Real Madrid": a body after "của".
      const r = skipSpaces(t.text, q + 4);
      // A role too vague alone ("trưởng" of "đội trưởng của CLB") takes no body through "của".
      if ((pieces.length === 0 && role.needsTail) || !bodyAfterOf(t, r, pieces.length === 0)) break;
      if (pieces.length > 0) pieces.push({ start: q, end: q + 3, kind: 'lower' });
      p = q + 3;
      continue;
    }
    let lowUnit = lex.lowerUnits.match(t.lower, q);
    // "báo" (newspaper) is also the verb "report": "Trạm ... Sa Kỳ báo tin" goes on with the verb,
    // "báo Dân trí" names a paper (its name capitalised).
    if (lowUnit && lowUnit.value === 'institution' && lowUnit.end - q === 3 && t.lower.startsWith('báo', q) && REPORT_VERB_NEXT.has(lowerWordAt(t, skipSpaces(t.text, lowUnit.end)))) lowUnit = null;
    // "Tài nguyên và Môi trường Đặng Quốc Khánh": "trường" is the second syllable of "Môi", not a
    // school whose name follows; so for every known noun ending on an institution word.
    if (lowUnit && lowUnit.value === 'institution' && last() === 'word' && lex.continuationNouns.has(t.lower.slice(pieces[pieces.length - 1].start, lowUnit.end))) lowUnit = null;
    // "Trung tâm Phát triển quỹ đất": an institution word inside the lower-case rest of a name, not a new institution.
    const inName = lowUnit?.value === 'institution' && (last() === 'word' || last() === 'second') && lowerWordAfter(t, lowUnit.end);
    if (lowUnit && !inName && lowUnit.value !== 'lower' && (lowUnit.value !== 'country' || pieces.length > 0)) {
      if (lowUnit.value === 'country') foreign = true;
      pieces.push({ start: q, end: lowUnit.end, kind: lowUnit.value });
      p = lowUnit.end;
      continue;
    }
    if (role.abroad && lowerWordAt(t, q) === 'tại') {
      pieces.push({ start: q, end: q + 3, kind: 'lower' });
      p = q + 3;
      continue;
    }
    // After a place only "và" goes on: "Bộ đội Biên phòng Quảng Trị kiểm tra ..." is the predicate.
    if (lowUnit && !inName && pieces.length > 0 && (last() !== 'place' || t.lower.startsWith('và ', q)) && lowerPhraseFits(t, pieces, q, lowUnit.end)) {
      pieces.push({ start: q, end: lowUnit.end, kind: 'lower' });
      p = lowUnit.end;
      continue;
    }
    if (lowUnit && pieces.length === 0 && /^(?:thường trực|thứ nhất|dự khuyết|điều hành|hội đồng quản trị|hội đồng thành viên)$/.test(t.lower.slice(q, lowUnit.end))) {
      pieces.push({ start: q, end: lowUnit.end, kind: 'lower' });
      p = lowUnit.end;
      continue;
    }
    if (endsOnLowerNamedHead(t, pieces)) {
      // "Cục khám chữa bệnh", "Liên đoàn bóng đá châu Âu": a head whose name goes on in lower case.
      const e = lowerContinuation(t, q);
      if (e > q) {
        pieces.push({ start: q, end: e, kind: 'lower' });
        p = e;
        continue;
      }
    }
    if (last() === 'word' && pieces.length >= 1 && (pieces.length === 1 || pieces[pieces.length - 2].kind !== 'word')) {
      const e = wordEnd(t.text, q);
      // The second syllable of a capitalised word ("Dân vận", "Y tế"), unless a verb or a title
      // starts there. Not after two capitalised words: "Bộ Công Thương bị ..." ends at "Thương".
      const lw = t.lower.slice(q, e);
      // "nguyên" is a modifier before a title, but the second syllable of "Tài nguyên".
      // "Trung tâm Dự báo", "Cục Hàng không": a known noun is read though its second syllable alone starts a predicate.
      const noun = lex.continuationNouns.has(t.lower.slice(pieces[pieces.length - 1].start, e));
      if (!noun && ((lex.modifiers.has(lw) && parseTitleFrom(t, q)) || NOT_SECOND_SYLLABLE.has(lw) || roleAt(t, q))) break;
      // After a run of capitalised words read as one piece ("Trường ĐH Tôn Đức Thắng bị ..."), a
      // word that starts a predicate ends the name ("Bệnh viện Bệnh Nhiệt đới" goes on).
      if (!noun && t.text.slice(pieces[pieces.length - 1].start, pieces[pieces.length - 1].end).includes(' ') && PREDICATE_START.has(lw)) break;
      pieces.push({ start: q, end: e, kind: 'second' });
      p = e;
      continue;
    }
    if (continuedAfter(t, pieces) && (nameMayContinue(t, pieces, role) || (last() === 'body' && topicWordBefore(t, q)))) {
      // "Trung tâm Kiểm soát bệnh tật", "Cục Quản lý thị trường", "Hiệp hội Bất động sản": only the
      // first word of a body's own name is capitalised; the rest goes on in lower case.
      const e = takeLowerRest(q);
      if (e > q) {
        p = e;
        continue;
      }
    }
    break;
  }
  trimTrailing(t, pieces);
  let looseEnd: number | undefined;
  if (looseFrom >= 0 && nameAt !== undefined && !confirmingName(t, nameAt, foreign)) {
    // "Trưởng Đồn Biên phòng cửa khẩu quốc tế Hà Tiên cho biết": two syllables read as a name
    // but too short to confirm one, then the speaker's verb: the town ends the body.
    const run = capRun(t, nameAt, 3);
    if (run.length === 2 && speechFollows(t, run[1][1])) {
      pieces.push({ start: nameAt, end: run[1][1], kind: 'place' });
      nameAt = undefined;
    }
  }
  const confirmed = () => {
    const end = pieces.length > 0 ? pieces[pieces.length - 1].end : p;
    // the name right after the body: not after a trimmed "và" ("... bệnh tật và Nguyễn Văn A")
    if (nameAt !== undefined) return t.text.slice(end, nameAt).trim() === '' && confirmingName(t, nameAt, foreign);
    return nameFollows(t, end, foreign) || speechFollows(t, end) || honorificNameFollows(t, end);
  };
  if (looseFrom >= 0 && !confirmed()) {
    // Not confirmed by a name: "Giám đốc Sở Y tế kiểm tra ..." reads a verb the same way. An
    // appositive title may still take it when a comma or bracket closes it (`extendAppositive`).
    if (pieces.length > looseFrom) looseEnd = pieces[pieces.length - 1].end;
    pieces.length = looseFrom;
    foreign = looseForeign;
    nameAt = undefined;
    trimTrailing(t, pieces);
  }
  if (pieces.length === 0) return { orgStart: from, orgEnd: from, foreign, nameAt };
  return { orgStart: pieces[0].start, orgEnd: pieces[pieces.length - 1].end, foreign, nameAt: nameAt, looseEnd };
}

/** A lower-case word one space after e. */
function lowerWordAfter(t: Text, e: number): boolean {
  return t.text.charCodeAt(e) === 32 && isLetter(t.text.charCodeAt(e + 1) || 0) && !isUpperAt(t.text, t.lower, e + 1);
}

/** Pieces a number may name: "Cấp cứu 115", "Bệnh viện 108", "Quân y 175". */
const NUMBERED_KINDS: ReadonlySet<string> = new Set(['word', 'second', 'institution', 'lower']);

/** A number ending at e is followed by a capitalised word or a closing mark, not by a lower-case word ("5 năm"). */
function numberEndsName(t: Text, e: number): boolean {
  const c = t.text.charCodeAt(e);
  if (c === 44 || c === 41 || c === 59) return true; // , ) ;
  return c === 32 && isUpperAt(t.text, t.lower, e + 1);
}

/** The end of "-19" after "Covid" at e (a dash and digits right after a word), or e. */
function numberedEnd(t: Text, e: number): number {
  if (t.text.charCodeAt(e) !== 45 /* - */) return e;
  let k = e + 1;
  while (k < t.text.length && k - e <= 4 && t.text.charCodeAt(k) >= 48 && t.text.charCodeAt(k) <= 57) k++;
  return k > e + 1 && !isLetter(t.text.charCodeAt(k) || 0) ? k : e;
}

/** Trailing connectors and dangling prefixes are not part of the organisation. */
function trimTrailing(t: Text, pieces: Piece[]): void {
  while (pieces.length) {
    const lp = pieces[pieces.length - 1];
    const lw = t.lower.slice(lp.start, lp.end);
    if (TRAILING_CONNECTORS.has(lw) || lp.kind === 'dash') {
      pieces.pop();
      continue;
    }
    break;
  }
}

/** A lower-case phrase that is also a verb ("kiểm tra") continues a body only after its own heads ("Ủy ban kiểm tra"). */
function lowerPhraseFits(t: Text, pieces: readonly Piece[], q: number, e: number): boolean {
  const heads = lexicon().lowerPhraseHeads.get(t.lower.slice(q, e));
  if (!heads) return true;
  const lp = pieces[pieces.length - 1];
  return heads.has(t.lower.slice(lp.start, lp.end));
}

/** Pieces after which a body's name may go on in lower case: a capitalised word, its second syllable, a known body ("Ban Chỉ đạo"). */
const CONTINUED_KINDS: ReadonlySet<string> = new Set(['word', 'second', 'body']);

/** "Trưởng ban", "Trưởng phòng", "Trưởng khoa": the role's last word is the head of its body. */
function roleEndsOnHead(role: RoleEntry): boolean {
  if (!role.head) return false;
  const head = role.head.toLowerCase();
  return role.role.toLowerCase().endsWith(' ' + head) && lexicon().lowerNamedHeads.has(head);
}

/** The last piece may take a lower-case rest: a capitalised word or its syllable, a body, or "và" after one ("Quỹ Bảo vệ và phát triển rừng"). */
function continuedAfter(t: Text, pieces: readonly Piece[]): boolean {
  const n = pieces.length;
  if (n === 0) return false;
  if (CONTINUED_KINDS.has(pieces[n - 1].kind)) return true;
  return n >= 2 && t.lower.slice(pieces[n - 1].start, pieces[n - 1].end) === 'và' && CONTINUED_KINDS.has(pieces[n - 2].kind);
}

/**
 * Whether the body read so far may go on in lower case: not a ministry or department ("Sở Y
 * tế"), not a complete known body ("Chính phủ"; a capitalised word from the lower-case list,
 * "Vận tải", may go on: "Hiệp hội Vận tải hàng hóa").
 */
function nameMayContinue(t: Text, pieces: readonly Piece[], role: RoleEntry): boolean {
  const lex = lexicon();
  const lp = pieces[pieces.length - 1].kind === 'lower' ? pieces[pieces.length - 2] : pieces[pieces.length - 1];
  if (lp.kind === 'body' && lex.tailUnits.match(t.lower, lp.start)?.end === lp.end && !lex.continuedBodies.has(t.lower.slice(lp.start, lp.end))) return false;
  const first = t.lower.slice(pieces[0].start, pieces[0].end);
  if (lex.closedNameHeads.has(first)) return false;
  return !(role.head && lex.closedNameHeads.has(role.head.toLowerCase()) && !lex.wholeWordHeads.has(first) && !lex.lowerNamedHeads.has(first));
}
const MAX_CONTINUATION_WORDS = 10;
// "Quốc Vương Nữ Nhi Quốc do Châu Lâm thể hiện": words that lead to the agent or the owner, not a name's rest.
const NOT_IN_CONTINUATION = new Set(['do', 'bởi', 'của', 'thuộc', 'theo', 'sở', 'hữu']);

/**
 * The lower-case rest of a body's name at `from`, after its capitalised first word: words up to
 * a capitalised word, a number, a punctuation mark, an admin word ("tỉnh") or a word that starts
 * the sentence's predicate. Its end, or -1 (nothing, or too long to be a name).
 */
function nameContinuation(t: Text, from: number): number {
  const lex = lexicon();
  let p = from;
  let end = -1;
  for (let k = 0; k < MAX_CONTINUATION_WORDS; k++) {
    const q = k === 0 ? p : skipSpaces(t.text, p);
    if (k > 0 && q !== p + 1) return end; // punctuation, or more than one space
    if (q >= t.text.length) return end;
    if (!isLetter(t.text.charCodeAt(q)) || isUpperAt(t.text, t.lower, q)) return end;
    const e = wordEnd(t.text, q);
    const lw = t.lower.slice(q, e);
    const e2 = t.text.charCodeAt(e) === 32 ? wordEnd(t.text, e + 1) : e;
    if (e2 > e + 1 && lex.continuationNouns.has(t.lower.slice(q, e2))) {
      // "tham nhũng", "dự án", "xã hội": a noun, though its first syllable alone starts a predicate or names a commune
      end = e2;
      p = e2;
      continue;
    }
    const unit = lex.lowerUnits.match(t.lower, q);
    if (unit && (unit.value === 'admin' || unit.value === 'country')) return end;
    if (unit && unit.value === 'lower' && t.lower.slice(q, unit.end).includes(' ')) {
      // a known phrase, read whole ("nhỏ và vừa", "phát triển nông thôn")
      end = unit.end;
      p = unit.end;
      continue;
    }
    if (lw === 'và' || lw === 'các' || (lw === 'về' && topicWordBefore(t, q))) {
      // "đê điều và phòng ...", "Ban Quản lý các dự án ...", "Ban Chỉ đạo quốc gia về ...": joins more of the name, never ends it.
      const r = skipSpaces(t.text, e);
      if (r !== e + 1 || !isLetter(t.text.charCodeAt(r)) || isUpperAt(t.text, t.lower, r)) return end;
      p = e;
      continue;
    } else if (NOT_SECOND_SYLLABLE.has(lw) || PREDICATE_START.has(lw) || (NOT_IN_LOWER_NAME.has(lw) && lw !== 'nhà') || NOT_IN_CONTINUATION.has(lw) || lex.modifiers.has(lw) || roleAt(t, q)) {
      return end;
    } else if (objectVerbAt(t, q, e, lw)) {
      return end;
    }
    end = e;
    p = e;
  }
  return -1;
}

/** "quốc gia", "Trung ương" just before q: "về" may go on in a body's name after them. */
function topicWordBefore(t: Text, q: number): boolean {
  return t.text.charCodeAt(q - 1) === 32 && lexicon().topicAfter.some((w) => t.lower.endsWith(w, q - 1));
}

/** A verb taking a person as object at q ("khen thưởng", "giao" before a capitalised word). */
function objectVerbAt(t: Text, q: number, e: number, lw: string): boolean {
  const lex = lexicon();
  if (t.text.charCodeAt(e) !== 32) return false;
  const next = e + 1;
  if (isUpperAt(t.text, t.lower, next)) return lex.objectVerbWords.has(lw);
  return lex.objectVerbPhrases.has(t.lower.slice(q, wordEnd(t.text, next)));
}

/** The end of the second half of a comma pair ("phòng, chống") whose comma is at `comma`, or -1. */
function commaPairEnd(t: Text, comma: number): number {
  // only pairs whose first half ends on the syllable before the comma
  const w = wordBefore(t.text, comma);
  const pairs = w && w.end === comma ? lexicon().commaPairs.get(t.lower.slice(w.start, w.end)) : undefined;
  if (!pairs) return -1;
  for (const [before, after] of pairs) {
    const s = comma - before.length;
    const e = comma + 2 + after.length;
    if (s < 0 || t.lower.slice(s, comma) !== before || (s > 0 && isLetter(t.text.charCodeAt(s - 1)))) continue;
    if (t.text.charCodeAt(comma + 1) !== 32 || !t.lower.startsWith(after, comma + 2) || isLetter(t.text.charCodeAt(e) || 0)) continue;
    return e;
  }
  return -1;
}

const SPACE_OR_BRACKET = /[\s(]/;

/** The end (after ")") of a bracketed abbreviation at q ("(CDC)", "(QLTT)"): no space inside, a capital first. Else -1. */
function bracketedAbbreviationEnd(t: Text, q: number): number {
  const close = t.text.slice(q, q + 15).indexOf(')') + q; // bounded: no scan to the text's end
  if (close < q || close - q > 14 || close === q + 1 || SPACE_OR_BRACKET.test(t.text.slice(q + 1, close)) || !isUpperAt(t.text, t.lower, q + 1)) return -1;
  return close + 1;
}

/**
 * Whether the name at `at` confirms the lower-case words before it as part of a body: an academic
 * prefix, a Vietnamese full name of three words or more ("Hà Tiên" is a town, "Hồ Nam" a
 * province), or a foreign name after a country ("Red Bull" after "sở hữu thương hiệu" is a brand).
 */
function confirmingName(t: Text, at: number, foreign: boolean): boolean {
  if (academicAt(t, at)) return true;
  const n = parseName(t, at, { short: false, foreign: false });
  if (n === null || (n.foreign ? !foreign : n.words < 3)) return false;
  // the whole capitalised run: "Hà Nội Khổng Minh Tuấn" after a bracket is no name
  const run = capRun(t, at);
  return run.length > 0 && run[run.length - 1][1] === n.end;
}

/** A speech verb one space after p, maybe after an adverb: "cho biết", "cũng nhấn mạnh". */
function speechFollows(t: Text, p: number): boolean {
  const lex = lexicon();
  if (t.text.charCodeAt(p) !== 32) return false;
  let q = p + 1;
  const e = wordEnd(t.text, q);
  if (lex.speechAdverbs.has(t.lower.slice(q, e)) && t.text.charCodeAt(e) === 32) q = e + 1;
  const m = lex.speechVerbs.match(t.lower, q);
  return m !== null && !isLetter(t.text.charCodeAt(m.end) || 0);
}

/** ", ông Khổng Minh Tuấn" after p: a title written before the person, then the name with an honorific. */
function honorificNameFollows(t: Text, p: number): boolean {
  if (t.text.charCodeAt(p) !== 44 /* , */) return false;
  const q = skipSpaces(t.text, p + 1);
  const h = lexicon().honorifics.match(t.lower, q);
  if (!h || (h.value.key !== 'ông' && h.value.key !== 'bà' && h.value.key !== 'đồng chí')) return false;
  const r = skipSpaces(t.text, h.end);
  return r > h.end && confirmingName(t, r, false);
}

/** A confirming name right after a tail that stopped at p, after a bracketed abbreviation if any ("(QLTT) Trần Hữu Linh"). */
function nameFollows(t: Text, p: number, foreign: boolean): boolean {
  let q = skipSpaces(t.text, p);
  if (q === p) return false;
  if (t.text[q] === '(') {
    const close = bracketedAbbreviationEnd(t, q);
    if (close < 0) return false;
    q = skipSpaces(t.text, close);
    if (q === close) return false;
  }
  return confirmingName(t, q, foreign);
}

/** The organisation read so far ends on a head like "Cục", "Liên đoàn" (one or two pieces), with nothing named after it. */
function endsOnLowerNamedHead(t: Text, pieces: readonly Piece[]): boolean {
  const n = pieces.length;
  if (n === 0 || pieces[n - 1].end - pieces[n - 1].start > 12) return false;
  const heads = lexicon().lowerNamedHeads;
  // The head is written as a head: capitalised, or the organisation's first word ("Hội đồng trường đặc biệt ..." is no body).
  const asHead = (k: number) => k === 0 || isUpperAt(t.text, t.lower, pieces[k].start);
  if (heads.has(t.lower.slice(pieces[n - 1].start, pieces[n - 1].end)) && asHead(n - 1)) return true;
  return n >= 2 && heads.has(t.lower.slice(pieces[n - 2].start, pieces[n - 1].end)) && asHead(n - 2);
}

/** Qualifiers written between a role and its body (§2.7), with the space after them. */
/** Kinds of "Ban" written in lower case after "Trưởng Ban": "Ban chỉ đạo", "Ban chỉ huy". */
const BODY_KIND_AFTER_HEAD = /^(?:chỉ đạo|chỉ huy)(?![\p{L}\p{M}])/u;
const ROLE_QUALIFIERS = ['phụ trách ', 'danh dự ', 'luân phiên ', 'chuyên trách '];
const PORTFOLIO = 'phụ trách ';
const MAX_LOWER_NAME_WORDS = 6;
// Words that plainly start the predicate (or join a second subject) after a lower-case body name: "Chủ tịch Hội truyền nhiễm cho biết".
const CLEAR_PREDICATE = new Set([
  'cho', 'nói', 'và', 'khẳng', 'nhấn', 'phát', 'chia', 'tại', 'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'là', 'được', 'bị', 'trả', 'bày',
  'đề', 'yêu', 'cùng', 'ký', 'dự', 'tặng', 'trao', 'tiếp', 'gặp', 'thăm', 'làm', 'đánh', 'trong', 'ở', 'khi', 'với', 'kêu', 'cảnh',
]);
// Words that never sit inside a body's lower-case name: demonstratives, and verbs of the sentence.
const NOT_IN_LOWER_NAME = new Set(['này', 'đó', 'đây', 'kia', 'ấy', 'mình', 'qua', 'đời', 'nhà', 'các', 'những', 'cấp', 'trực', 'sở', 'lên', 'xuống', 'nhiệm', 'kỳ', 'khóa', 'khoá', 'hiện', 'tới', 'trên', 'dưới', 'nay', 'thêm', 'gồm', 'mẹ', 'con']);

/**
 * The lower-case name of a body after its head, up to six words: it must end where the title
 * plainly ends or the name goes on in capitals (a comma, a bracket, a capitalised word, an
 * admin word "tỉnh", a number) or before the sentence's predicate. -1 when it cannot be told.
 */
function lowerContinuation(t: Text, from: number): number {
  const lex = lexicon();
  let p = from;
  let end = -1;
  for (let k = 0; k < MAX_LOWER_NAME_WORDS; k++) {
    const q = k === 0 ? p : skipSpaces(t.text, p);
    if (k > 0 && q === p) {
      const c = t.text[q];
      return c === undefined || c === ',' || c === ';' || c === ':' || c === ')' || c === '(' || c === '.' || c === '\n' || c === '"' ? end : -1;
    }
    if (q >= t.text.length) return end;
    const code = t.text.charCodeAt(q);
    if (k > 0 && (isUpperAt(t.text, t.lower, q) || (code >= 48 && code <= 57) || code === 40 /* ( */ || code === 45 /* - */)) return end;
    if (!isLetter(code)) return -1;
    if (k > 0) {
      const unit = lex.lowerUnits.match(t.lower, q);
      if (unit && (unit.value === 'admin' || unit.value === 'country')) return end;
    }
    const phrase = lex.lowerUnits.match(t.lower, q);
    if (phrase && phrase.value === 'lower' && t.lower.slice(q, phrase.end).includes(' ')) {
      // "trường phổ thông", "Hội đồng quản trị": a known phrase, read whole
      end = phrase.end;
      p = phrase.end;
      continue;
    }
    const e = wordEnd(t.text, q);
    const lw = t.lower.slice(q, e);
    if (NOT_SECOND_SYLLABLE.has(lw) || PREDICATE_START.has(lw) || lex.modifiers.has(lw) || roleAt(t, q)) return k > 0 && CLEAR_PREDICATE.has(lw) ? end : -1;
    if (NOT_IN_LOWER_NAME.has(lw)) return -1;
    end = e;
    p = e;
  }
  return -1;
}

/**
 * Whether a body's name starts at r, after "của": a known body, country or institution, a head
 * word ("Bộ", "Sở", "Hội"), or an acronym; a province too when an organisation came before it.
 */
function bodyAfterOf(t: Text, r: number, roleOnly: boolean): boolean {
  if (!isUpperAt(t.text, t.lower, r)) return false;
  const lex = lexicon();
  const unit = tailUnitAt(t, r);
  if (unit) return unit.value !== 'place' || !roleOnly;
  const e = wordEnd(t.text, r);
  const lw = t.lower.slice(r, e);
  if (lex.wholeWordHeads.has(lw) || lex.lowerNamedHeads.has(lw) || lex.lowerNamedHeads.has(t.lower.slice(r, wordEnd(t.text, skipSpaces(t.text, e))))) return true;
  return e - r >= 2 && isAllCaps(t, r, e);
}

function followedBySecondSyllable(t: Text, at: number): boolean {
  if (t.text.charCodeAt(at) !== 32) return false;
  const q = at + 1;
  if (!isLetter(t.text.charCodeAt(q)) || isUpperAt(t.text, t.lower, q)) return false;
  return !NOT_SECOND_SYLLABLE.has(t.lower.slice(q, wordEnd(t.text, q)));
}

/** An academic prefix at i ("GS.TS", "PGS, TS", "ThS.", "Tiến sĩ"): its end and text, or null. */
export function academicAt(t: Text, i: number): { end: number; text: string } | null {
  const lex = lexicon();
  const word = lex.academicWords.match(t.lower, i);
  if (word) return { end: word.end, text: t.text.slice(i, word.end) };
  let p = i;
  let end = -1;
  for (let k = 0; k < 3; k++) {
    const e = wordEnd(t.text, p);
    if (e === p || !lex.academicParts.has(t.text.slice(p, e))) break;
    end = e;
    let q = e;
    if (t.text[q] === '.') q++;
    const afterDot = q;
    let r = skipSpaces(t.text, q);
    if (t.text[r] === ',' || t.text[r] === '-') r = skipSpaces(t.text, r + 1);
    const ne = wordEnd(t.text, r);
    if (ne > r && lex.academicParts.has(t.text.slice(r, ne))) {
      p = r;
      continue;
    }
    end = afterDot;
    break;
  }
  if (end < 0) return null;
  const text = t.text.slice(i, end).replace(/\.$/, '');
  return { end, text };
}

// Lower-case particles inside Western names ("Alberto van Klaveren", "Ursula von der Leyen",
// "Lula da Silva"). Not "la"/"le"/"al": they are too often Vietnamese or other words.
const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'bin', 'ibn']);

/**
 * A foreign name going on over one or two lower-case particles: foreign words on both sides,
 * one space between words, at most four capitalised words in all.
 */
function foreignNameWithParticles(t: Text, run: Array<[number, number]>): { end: number; words: number } | null {
  if (run.length === 0 || run.length > 3 || !run.every((w) => isForeignWord(t, w))) return null;
  let p = run[run.length - 1][1];
  let particles = 0;
  while (particles < 2 && t.text.charCodeAt(p) === 32) {
    const e = wordEnd(t.text, p + 1);
    if (!NAME_PARTICLES.has(t.text.slice(p + 1, e))) break;
    particles++;
    p = e;
  }
  if (particles === 0 || t.text.charCodeAt(p) !== 32 || !isUpperAt(t.text, t.lower, p + 1)) return null;
  const tail = capRun(t, p + 1, 2);
  if (tail.length === 0 || run.length + tail.length > MAX_NAME_WORDS || !tail.every((w) => isForeignWord(t, w))) return null;
  return { end: tail[tail.length - 1][1], words: run.length + particles + tail.length };
}

/**
 * A person's name at i (after a title, an honorific or an academic prefix). `short` allows a
 * one-word name ("ông Việt"); `foreign` accepts a run of foreign words.
 */
export function parseName(t: Text, i: number, opts: { short: boolean; foreign: boolean }): ParsedName | null {
  if (i >= t.text.length || !isUpperAt(t.text, t.lower, i)) return null;
  const run = capRun(t, i);
  if (run.length === 0) return null;
  const lex = lexicon();
  const unit = tailUnitAt(t, i);
  // "ông Đức", "bà Nga", "bà Mỹ": right after an honorific a one-word country is a given name.
  const givenNotCountry = opts.short && run.length === 1 && unit?.value === 'country';
  if (unit && !givenNotCountry && unit.end >= run[run.length - 1][1] && !(unit.value === 'place' && t.lower.startsWith('hồ chí minh', i))) return null;
  if (roleAt(t, i)) return null;
  if (run.length > 1 && isFamilyWord(t, run[0])) {
    const words = Math.min(run.length, MAX_NAME_WORDS);
    if (run.length <= MAX_NAME_WORDS + 1 && (run.slice(0, words).every((w) => isVietnameseWord(t, w)) || latinGivenName(t, run, 0))) {
      return { start: i, end: run[words - 1][1], words, foreign: false };
    }
  }
  const particled = foreignNameWithParticles(t, run);
  if (particled) return { start: i, end: particled.end, words: particled.words, foreign: true };
  if (run.length <= MAX_NAME_WORDS && (opts.foreign || run.every((w) => isForeignWord(t, w)))) {
    if (run.length === 1 && !opts.short && !opts.foreign) return null;
    return { start: i, end: run[run.length - 1][1], words: run.length, foreign: run.some((w) => isForeignWord(t, w)) || (opts.foreign && !isFamilyWord(t, run[0]) && run.length > 1) };
  }
  if (opts.short && run.length <= 3 && run.every((w) => isVietnameseWord(t, w) || isForeignWord(t, w))) {
    return { start: i, end: run[run.length - 1][1], words: run.length, foreign: false };
  }
  return null;
}

/**
 * A name written just before a separator that precedes an appositive title:
 * "các đồng chí: Nguyễn Văn A, Bí thư ...", "Nguyễn Văn A (Chủ tịch ...)". The whole capitalised
 * run before the separator must be the name (so "Tại Hà Nội, Phó Thủ tướng" gives nothing).
 */
export function nameBefore(t: Text, titleStart: number, noSeparator = false): ParsedName | null {
  let p = titleStart;
  while (p > 0 && t.text.charCodeAt(p - 1) === 32) p--;
  const sep = noSeparator ? '' : t.text[p - 1];
  if (!noSeparator && sep !== ',' && sep !== '-' && sep !== '(') return null;
  if (!noSeparator) p--;
  if (sep === ',') {
    // "Trương Mỹ Lan (67 tuổi, cựu Chủ tịch HĐQT ...)", "(SN 1965, Giám đốc ...)": an age opens the brackets.
    const age = AGE_OPENING.exec(t.lower.slice(Math.max(0, p - 20), p));
    if (age) p -= age[0].length;
  }
  const words: Array<[number, number]> = [];
  let end = p;
  for (let k = 0; k < 5; k++) {
    const w = wordBefore(t.text, end);
    if (!w || !isUpperAt(t.text, t.lower, w.start)) break;
    // words must be separated by one space only
    if (words.length && t.text.slice(w.end, words[0][0]).trim() !== '') break;
    if (!words.length && t.text.slice(w.end, p).trim() !== '') break;
    words.unshift([w.start, w.end]);
    end = w.start;
  }
  // "TS Phạm Lê Tuấn - ...": an academic prefix before the name is not part of it.
  while (words.length > 2 && lexicon().academicParts.has(t.text.slice(words[0][0], words[0][1]))) words.shift();
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return null;
  const foreignName = words.length <= 3 && words.every((w) => isForeignWord(t, w));
  if (!foreignName && (!isFamilyWord(t, words[0]) || !words.every((w) => isVietnameseWord(t, w)))) return null;
  const unit = tailUnitAt(t, words[0][0]);
  if (unit) return null;
  // The name must not be glued to a capitalised word before it.
  const before = words[0][0] - 1;
  if (before >= 0 && isLetter(t.text.charCodeAt(before))) return null;
  return { start: words[0][0], end: words[words.length - 1][1], words: words.length, foreign: foreignName };
}

const AGE_OPENING = /\((?:\d{1,3} tuổi|(?:sinh năm|năm sinh|sn|sinh) ?\d{4}) ?$/u;

const ACADEMIC_BEFORE = /(?:^|[^\p{L}])((?:(?:[Pp]hó [Gg]iáo sư|[Gg]iáo sư|[Tt]iến sĩ|[Tt]hạc sĩ|GS|PGS|TSKH|TS|ThS|BSCKII|BSCKI|BSCK2|BSCK1|BSCK|BSNT|BS|KS|LS|NSND|NSƯT|NGND|NGƯT)\.?(?:, ?| ?- ?| )?)+) $/u;

/** An academic prefix written just before a name found from its appositive ("TS Phạm Lê Tuấn - ..."). */
export function academicBefore(t: Text, nameStart: number): { start: number; text: string } | null {
  const from = Math.max(0, nameStart - 32);
  const m = ACADEMIC_BEFORE.exec(t.text.slice(from, nameStart));
  if (!m) return null;
  const text = m[1].trim().replace(/[.,-]$/, '').trim();
  return { start: nameStart - m[1].length - 1, text };
}

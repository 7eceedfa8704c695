/**
 * Merging candidates into people: one record per name, all titles, every mention.
 * - introduced candidates (a name with titles) create or extend a person, keyed by the name;
 * - bare names ("bà Bùi Thị Minh Hoài", "bà Hoài") join a person by full name or, for one
 *   word, by the last syllable of exactly one person's name;
 * - title-only mentions join the person introduced with that title (same role and body), or,
 *   for a bare capitalised role ("Thủ tướng"), the only person holding that role;
 * - finally the full name of each person is looked for elsewhere in the text.
 */
import { isLetter, isUpperAt, isVietnameseSyllable } from './chars';
import { LETTER_CLASS, trieRegexSource } from './trie';
import type { Text } from './parse';
import type { Bare, Candidate, Introduced, TitleOnly } from './scan';
import type { OfficialRecord, OfficialTitle } from './schema';
import type { ParsedTitle } from './parse';
import type { RawSpan } from '../../core/context';
import { SAME_POST } from './lexicon';

/** The other role a title counts as, if any: "Ngoại trưởng" is "Bộ trưởng" of "Ngoại giao" and back. Lower case. */
function samePostRole(title: { role: string; organization?: string }): string | undefined {
  for (const s of SAME_POST) {
    if (title.role.length !== s.role.length && title.role.length !== s.sameAs.length) continue;
    const role = title.role.toLowerCase();
    if (role === s.role) return s.sameAs;
    if (role === s.sameAs && title.organization !== undefined && title.organization.toLowerCase().includes(s.body)) return s.role;
  }
  return undefined;
}

/** The key of the title's own body before the bodies holding it were added ("Vụ trưởng Vụ Giáo dục đại học"). */
const ownKeyCache = new WeakMap<ParsedTitle, string>();

function ownTitleKey(title: ParsedTitle): string | undefined {
  if (!title.ownOrganization) return undefined;
  let k = ownKeyCache.get(title);
  if (k === undefined) ownKeyCache.set(title, (k = titleKey({ role: title.role, organization: title.ownOrganization })));
  return k;
}

interface Person {
  key: string;
  name: { start: number; end: number };
  titles: Array<{ key: string; title: ParsedTitle }>;
  titleKeys: Set<string>;
  roles: Set<string>;
  mentions: Map<number, { start: number; end: number; named: boolean }>;
  honorifics: Array<{ at: number; canonical: string; gender?: 'male' | 'female'; legal?: 'defendant' | 'accused' | 'suspect' }>;
  academic?: string;
  firstIntro: number;
  last: string;
}

// Abbreviations spelled out for comparing titles ("TW" = "Trung ương", "UBND" = "Ủy ban nhân dân").
const ORG_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['tw', 'trung ương'],
  ['tư', 'trung ương'],
  ['t.ư', 'trung ương'],
  ['t.w', 'trung ương'],
  ['ubnd', 'ủy ban nhân dân'],
  ['hđnd', 'hội đồng nhân dân'],
  ['mttq', 'mặt trận tổ quốc'],
  ['tand', 'tòa án nhân dân'],
  ['vksnd', 'viện kiểm sát nhân dân'],
  ['tp', 'thành phố'],
  ['tp.', 'thành phố'],
  ['hcm', 'hồ chí minh'],
  ['tphcm', 'thành phố hồ chí minh'],
]);
const keyCache = new WeakMap<object, string>();

/** A body, lower-cased, abbreviations spelled out: "UBND TP" → "ủy ban nhân dân thành phố". */
function organizationKey(organization: string): string {
  return organization
    .toLowerCase()
    .replace(/tp\.(?=\S)/g, 'tp. ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => ORG_ABBREVIATIONS.get(w) ?? w)
    .join(' ');
}

/** A comparison key for a title: role and body, lower-cased, abbreviations spelled out. */
export function titleKey(title: { role: string; organization?: string }): string {
  const cached = keyCache.get(title);
  if (cached !== undefined) return cached;
  const key = `${title.role.toLowerCase()}|${organizationKey(title.organization ?? '')}`;
  keyCache.set(title, key);
  return key;
}

/**
 * `general` names the same office as `specific` with its body cut short ("UBND thành phố" ⊂
 * "UBND thành phố Hà Nội"). What `specific` adds must hold a capitalised word: a place or a name,
 * not a verb the parser ran into ("… Biên phòng Quảng Trị kiểm tra").
 */
function isGeneralFormOf(general: ParsedTitle, specific: ParsedTitle): boolean {
  if (general.organization === undefined || specific.organization === undefined) return false;
  if (!!general.former !== !!specific.former || !!general.acting !== !!specific.acting) return false;
  if (!titleKey(specific).startsWith(`${titleKey(general)} `)) return false;
  const words = specific.organization.split(/\s+/).filter((w) => w.length > 0);
  const target = organizationKey(general.organization);
  for (let k = 1; k < words.length; k++) {
    if (organizationKey(words.slice(0, k).join(' ')) === target) return words.slice(k).some((w) => w[0] !== w[0].toLowerCase());
  }
  return false;
}

function fullTitleKey(title: ParsedTitle): string {
  return `${titleKey(title)}|${title.former ? 'f' : ''}${title.acting ? 'a' : ''}`;
}

/** Keeps the earliest written form of a title the person already has. */
function seenAgain(p: Person, key: string, title: ParsedTitle): void {
  const entry = p.titles.find((x) => x.key === key);
  if (entry && title.start < entry.title.start) entry.title = title;
}

function nameKey(t: Text, s: number, e: number): string {
  return t.lower.slice(s, e).replace(/\s+/g, ' ');
}

/**
 * `span` builds a record span (normalised coordinates, remapped by the pipeline); `original`
 * gives the caller's own text for a normalised range, for strings that are not spans (a title
 * written "Uỷ viên" stays "Uỷ viên").
 */
export function resolve(
  t: Text,
  candidates: readonly Candidate[],
  span: (s: number, e: number) => RawSpan,
  original: (s: number, e: number) => string,
): OfficialRecord[] {
  const people = new Map<string, Person>();
  let order: Person[] = [];

  const personFor = (c: Introduced): Person => {
    const key = nameKey(t, c.name.start, c.name.end);
    let p = people.get(key);
    if (!p) {
      const words = key.split(' ');
      p = {
        key,
        name: { start: c.name.start, end: c.name.end },
        titles: [],
        titleKeys: new Set(),
        roles: new Set(),
        mentions: new Map(),
        honorifics: [],
        firstIntro: c.start,
        last: words[words.length - 1],
      };
      people.set(key, p);
      order.push(p);
    }
    return p;
  };

  const addMention = (p: Person, start: number, end: number, named: boolean) => {
    const had = p.mentions.get(start);
    if (!had || had.end < end) p.mentions.set(start, { start, end, named: named || (had?.named ?? false) });
  };

  // 1. People introduced with a title. Each title is reported once, as first written, and the
  // titles are listed in the order they first appear in the text (title-only mentions that
  // resolve to the person count: a lead's "Trưởng ban Dân vận Trung ương ghi nhận ...").
  const intros = candidates.filter((c): c is Introduced => c.kind === 'introduced');
  const fullest = new Map<string, Introduced>();
  for (const c of intros) {
    const key = nameKey(t, c.name.start, c.name.end);
    const had = fullest.get(key);
    if (!had || c.titles.length > had.titles.length) fullest.set(key, c);
  }
  const seen = new Set<Introduced>();
  const shortIntros: Introduced[] = [];
  const introduce = (p: Person, c: Introduced) => {
    p.firstIntro = Math.min(p.firstIntro, c.start);
    for (const title of c.titles) {
      const key = fullTitleKey(title);
      if (p.titleKeys.has(key)) {
        seenAgain(p, key, title);
        continue;
      }
      p.titleKeys.add(key);
      p.titles.push({ key, title });
      p.roles.add(title.role.toLowerCase());
      const same = samePostRole(title);
      if (same) p.roles.add(same);
    }
    addMention(p, c.start, c.end, true);
    if (c.honorific) p.honorifics.push({ at: c.start, canonical: c.honorific.canonical, gender: c.honorific.gender, legal: c.honorific.legal });
    if (c.academic && !p.academic) p.academic = c.academic;
  };
  // A short mention's bare role ("Đại sứ Brochet") is the title the person already holds with its body.
  const introduceShort = (p: Person, c: Introduced) => {
    const titles = c.titles.filter((x) => x.organization !== undefined || x.kind !== 'position' || !p.roles.has(x.role.toLowerCase()));
    introduce(p, { ...c, titles });
  };
  for (const c of [...fullest.values(), ...intros]) {
    if (seen.has(c)) continue;
    seen.add(c);
    // "Ông Dương đồng thời là Chủ tịch ...", "Đại sứ Brochet": a one-word name is resolved below.
    if (c.name.words === 1) shortIntros.push(c);
    else introduce(personFor(c), c);
  }
  // A short name with titles joins the one person of that given name, or the one full name
  // written without a title elsewhere ("ông Trần Tuấn Dương ... Ông Dương đồng thời là Chủ tịch").
  for (const c of shortIntros) {
    const last = nameKey(t, c.name.start, c.name.end);
    const holders = order.filter((q) => q.last === last && q.key !== last);
    if (holders.length === 1) {
      introduceShort(holders[0], c);
      continue;
    }
    if (c.name.foreign) {
      // "Đại sứ Brochet" after "ngài Olivier Brochet": a foreign surname joins the one person it
      // ends; otherwise it is a person of its own, as written.
      if (holders.length === 0) introduce(personFor(c), c);
      continue;
    }
    if (holders.length > 1) continue;
    const fulls = new Map<string, Bare>();
    for (const b of candidates) {
      if (b.kind !== 'bare' || b.name.words < 2) continue;
      const key = nameKey(t, b.name.start, b.name.end);
      if (key.endsWith(` ${last}`)) fulls.set(key, b);
    }
    if (fulls.size !== 1) continue;
    const b = [...fulls.values()][0];
    const p = personFor({ ...c, name: b.name, start: b.start, end: b.end });
    introduce(p, c);
  }
  if (order.length === 0) return [];
  order = order.sort((a, b) => a.firstIntro - b.firstIntro);

  // 2. Bare names: by full name, or one word by the last syllable of a single person.
  const byLast = new Map<string, Person[]>();
  for (const p of order) byLast.set(p.last, [...(byLast.get(p.last) ?? []), p]);
  for (const c of candidates) {
    if (c.kind !== 'bare') continue;
    const key = nameKey(t, c.name.start, c.name.end);
    let p = people.get(key);
    if (!p && c.name.words === 1) {
      const matches = byLast.get(key);
      if (matches && matches.length === 1) p = matches[0];
      // Two people share the given name ("ông Lê Quang Hùng" … "Trung tướng Lê Quốc Hùng"): "ông
      // Hùng" is the one written about last, as a reader takes it.
      else if (matches && matches.length > 1) p = lastMentionedBefore(matches, c.start, c.honorific?.gender);
    }
    if (!p && c.name.words === 2 && c.honorific) p = byDoubleGivenName(order, key);
    if (!p) continue;
    addMention(p, c.start, c.end, c.name.words > 1);
    if (c.honorific) p.honorifics.push({ at: c.start, canonical: c.honorific.canonical, gender: c.honorific.gender, legal: c.honorific.legal });
    if (c.academic && !p.academic) p.academic = c.academic;
  }

  // 3. Title-only mentions.
  const byTitle = new Map<string, Person[]>();
  const byRole = new Map<string, Person[]>();
  for (const p of order) {
    for (const { title } of p.titles) {
      const k = titleKey(title);
      const list = byTitle.get(k) ?? [];
      if (!list.includes(p)) list.push(p);
      byTitle.set(k, list);
      const own = ownTitleKey(title);
      if (own) {
        const ol = byTitle.get(own) ?? [];
        if (!ol.includes(p)) ol.push(p);
        byTitle.set(own, ol);
      }
      const r = title.role.toLowerCase();
      const rl = byRole.get(r) ?? [];
      if (!rl.includes(p)) rl.push(p);
      byRole.set(r, rl);
    }
  }
  for (const c of candidates) {
    if (c.kind === 'title' && !c.plural && c.title.kind === 'rank') {
      const ranked = rankWithGivenName(t, c, byLast);
      if (ranked) addMention(ranked.person, c.start, ranked.end, true);
      continue;
    }
    if (c.kind !== 'title' || c.plural) continue;
    const named = titleWithGivenName(t, c, byLast);
    if (named) {
      addMention(named, c.start, c.end, true);
      continue;
    }
    // A bare role in lower case is a common noun ("29 đại biểu Quốc hội", "ứng cử đại biểu Quốc
    // hội", "nhiệm kỳ tổng thống"), not a mention of the one person holding it, unless "ông"/"bà"
    // points at someone ("ông thị trưởng nhấn mạnh").
    if (!c.title.organization && !c.title.capitalised && honorificBefore(t, c.start) === c.start) continue;
    const p = resolveTitleOnly(t, c, byTitle, byRole);
    if (p) {
      addMention(p, c.start, c.end, false);
      seenAgain(p, fullTitleKey(c.title), c.title);
    }
  }

  // 4. The full name written elsewhere (without a trigger before it).
  findNameOccurrences(t, order, addMention);
  // 5. A foreign person's surname alone ("Trump cho rằng", "theo Putin").
  findForeignSurnames(t, order, addMention);

  return order.map((p) => toRecord(p, span, original));
}

/**
 * "Bộ trưởng Thắng", "Chủ tịch Nhân": a role and one capitalised syllable that the title parser
 * read as a body, but that is the given name of exactly one person in the text who holds that role.
 */
function titleWithGivenName(t: Text, c: TitleOnly, byLast: Map<string, Person[]>): Person | null {
  const title = c.title;
  if (title.orgStart === undefined || title.orgEnd !== title.end) return null;
  const word = t.lower.slice(title.orgStart, title.orgEnd);
  if (word.includes(' ')) return null;
  const holders = byLast.get(word);
  if (!holders || holders.length !== 1) return null;
  return holders[0].roles.has(title.role.toLowerCase()) ? holders[0] : null;
}

/**
 * "bà Vân Anh" after "bà Trần Thị Vân Anh": a two-word given name joins the one person whose
 * full name (three words or more) ends with it.
 */
function byDoubleGivenName(people: readonly Person[], key: string): Person | undefined {
  let found: Person | undefined;
  for (const p of people) {
    if (!p.key.endsWith(` ${key}`)) continue;
    if (found) return undefined;
    found = p;
  }
  return found;
}

/**
 * "Đại tá Hải" after "Đại tá Nguyễn Thanh Hải": a rank and one capitalised syllable, the given
 * name of exactly one person in the text who holds that rank.
 */
function rankWithGivenName(t: Text, c: TitleOnly, byLast: Map<string, Person[]>): { person: Person; end: number } | null {
  let q = c.title.end;
  if (t.text.charCodeAt(q) !== 32) return null;
  q++;
  if (!isUpperAt(t.text, t.lower, q)) return null;
  let e = q;
  while (e < t.text.length && isLetter(t.text.charCodeAt(e))) e++;
  // One word only: a second capitalised word makes it a name the scan did not read.
  if (e === q || (t.text.charCodeAt(e) === 32 && isUpperAt(t.text, t.lower, e + 1))) return null;
  const holders = byLast.get(t.lower.slice(q, e));
  if (!holders || holders.length !== 1) return null;
  return holders[0].roles.has(c.title.role.toLowerCase()) ? { person: holders[0], end: e } : null;
}

/** "…, Bí thư Tỉnh ủy, thôi giữ chức Bí thư Tỉnh ủy để nghỉ hưu": words saying a holder leaves the post. */
const LEAVES_POST = /thôi (?:giữ chức|làm|đảm nhiệm)|nghỉ hưu|miễn nhiệm|cách chức/;
const LEAVING_WINDOW = 160;

/** The person is written as leaving a post right after one of their titles (same sentence). */
function leavesPost(t: Text, p: Person): boolean {
  for (const { title } of p.titles) {
    const after = t.lower.slice(title.end, title.end + LEAVING_WINDOW);
    const stop = after.search(/[.!?\n]/);
    if (LEAVES_POST.test(stop < 0 ? after : after.slice(0, stop))) return true;
  }
  return false;
}

function resolveTitleOnly(t: Text, c: TitleOnly, byTitle: Map<string, Person[]>, byRole: Map<string, Person[]>): Person | null {
  const k = titleKey(c.title);
  let list = byTitle.get(k);
  if (!list && !c.title.organization) {
    // A bare role stands for its holder only when exactly one person in the text holds it.
    list = byRole.get(c.title.role.toLowerCase());
    if (!list || list.length !== 1) return null;
  }
  if (!list && c.title.organization && c.title.capitalised) list = byShorterBody(c, k, byRole);
  if (!list || list.length === 0) return null;
  // "tân hiệu trưởng", "Chủ tịch UBND tỉnh" without "nguyên": the incumbent, never someone who
  // only held that title before ("nguyên Hiệu trưởng").
  if (!c.title.former) list = list.filter((p) => holdsNow(p, k, c.title.role.toLowerCase(), !c.title.organization));
  // "tân Bí thư Tỉnh ủy" (the new one) is never the holder written as leaving the post.
  if (t.lower.endsWith('tân ', c.title.start)) list = list.filter((p) => !leavesPost(t, p));
  if (list.length === 0) return null;
  if (list.length === 1) return list[0];
  // Several holders of one title: the one introduced last before this mention.
  let best: Person | null = null;
  for (const p of list) if (p.firstIntro <= c.start && (!best || p.firstIntro > best.firstIntro)) best = p;
  return best;
}

/**
 * "Bí thư Tỉnh ủy" after "Bí thư Tỉnh ủy Hà Tĩnh": a capitalised title whose body is the start of
 * the body of exactly one holder of that role.
 */
const LEVEL_END = /(?:^|[ |])(?:tỉnh|thành phố|tp|huyện|quận|thị xã|xã|phường|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy)$/u;

function byShorterBody(c: TitleOnly, k: string, byRole: Map<string, Person[]>): Person[] | undefined {
  // Only a body that ends on its level ("Tỉnh ủy", "UBND tỉnh"): "Chủ tịch UBND các quận" is not one.
  if (!LEVEL_END.test(k)) return undefined;
  const holders = byRole.get(c.title.role.toLowerCase());
  if (!holders) return undefined;
  const found = holders.filter((p) => p.titles.some((x) => titleKey(x.title).startsWith(k + ' ')));
  return found.length === 1 ? found : undefined;
}

/** Whether the person holds the title (or, for a bare role, the role) other than as a former one. */
function holdsNow(p: Person, key: string, role: string, bareRole: boolean): boolean {
  for (const x of p.titles) {
    if (x.title.former) continue;
    const held = titleKey(x.title);
    if (held === key || held.startsWith(key + ' ') || (bareRole && x.title.role.toLowerCase() === role)) return true;
    if (x.title.ownOrganization && ownTitleKey(x.title) === key) return true;
  }
  return false;
}

/** One regex over the lower-cased text, built from the people's full names (a trie, so cheap). */
/** Of several people, the one mentioned last before `pos` (of the right gender when both are known). */
function lastMentionedBefore(people: readonly Person[], pos: number, gender?: 'male' | 'female'): Person | undefined {
  let best: Person | undefined;
  let bestAt = -1;
  for (const p of people) {
    if (gender && p.honorifics.some((h) => h.gender !== undefined && h.gender !== gender)) continue;
    for (const m of p.mentions.values()) if (m.start < pos && m.start > bestAt) [best, bestAt] = [p, m.start];
  }
  return best;
}

function findNameOccurrences(
  t: Text,
  people: readonly Person[],
  addMention: (p: Person, s: number, e: number, named: boolean) => void,
): void {
  const byKey = new Map<string, Person>();
  const written = new Set<string>();
  for (const p of people) {
    if (!p.key.includes(' ')) continue;
    byKey.set(p.key, p);
    written.add(t.text.slice(p.name.start, p.name.end).replace(/\s+/g, ' '));
  }
  if (byKey.size === 0) return;
  const inside = claimedSpans(people);
  const found = (s: number, e: number) => {
    const p = byKey.get(t.lower.slice(s, e));
    if (!p || (s > 0 && isLetter(t.text.charCodeAt(s - 1))) || (e < t.text.length && isLetter(t.text.charCodeAt(e))) || inside(s, e)) return;
    addMention(p, honorificBefore(t, s), e, true);
  };
  if (written.size <= FEW_NAMES) {
    // An article names a few people: one indexOf per name is cheapest.
    for (const name of written) {
      for (let s = t.text.indexOf(name); s >= 0; s = t.text.indexOf(name, s + 1)) found(s, s + name.length);
    }
    return;
  }
  // Many people (a whole corpus in one string): one regex over the text as written (names start
  // with a capital, so few positions are tried).
  const re = new RegExp(`(?:${trieRegexSource([...written])})(?!${LETTER_CLASS})`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(t.text))) found(m.index, m.index + m[0].length);
}

const FEW_NAMES = 16;

/** Words after a role that qualify it and were read as its body when nothing else followed. */
const QUALIFIER_BODIES: ReadonlySet<string> = new Set(['thường trực', 'thứ nhất', 'dự khuyết', 'điều hành']);

/** Spans already claimed by any mention, as a test: a name inside them is not a new mention. */
function claimedSpans(people: readonly Person[]): (s: number, e: number) => boolean {
  const claimed: Array<[number, number]> = [];
  for (const p of people) for (const m of p.mentions.values()) claimed.push([m.start, m.end]);
  claimed.sort((a, b) => a[0] - b[0]);
  return (s, e) => {
    let lo = 0;
    let hi = claimed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (claimed[mid][0] <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let k = Math.max(0, lo - 8); k < Math.min(claimed.length, lo + 1); k++) if (claimed[k][0] < e && s < claimed[k][1]) return true;
    return false;
  };
}

/**
 * "Tổng thống Mỹ Donald Trump nói. Trump cho rằng ...": news names a foreign person by the surname
 * alone after the first mention. Only a surname that is no Vietnamese syllable ("Trump", "Putin",
 * "Macron"; not "Kim" or "Bình"), held by one person of the text, and not inside another mention.
 */
function findForeignSurnames(t: Text, people: readonly Person[], addMention: (p: Person, s: number, e: number, named: boolean) => void): void {
  const bySurname = new Map<string, Person | null>();
  for (const p of people) {
    const written = t.text.slice(p.name.start, p.name.end);
    const words = written.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length < 2 || last.length < 3 || /[^\p{L}]/u.test(last) || last === last.toUpperCase()) continue;
    if (isVietnameseSyllable(last.toLowerCase())) continue;
    bySurname.set(last, bySurname.has(last) ? null : p); // two people of one surname: neither
  }
  if (bySurname.size === 0 || bySurname.size > FEW_NAMES) return;
  const inside = claimedSpans(people);
  for (const [surname, p] of bySurname) {
    if (!p) continue;
    for (let s = t.text.indexOf(surname); s >= 0; s = t.text.indexOf(surname, s + 1)) {
      const e = s + surname.length;
      if ((s > 0 && isLetter(t.text.charCodeAt(s - 1))) || isLetter(t.text.charCodeAt(e))) continue;
      if (inside(s, e)) continue;
      addMention(p, honorificBefore(t, s), e, false);
    }
  }
}

/** Extends a name mention back over "ông "/"bà "/"đồng chí " written directly before it. */
function honorificBefore(t: Text, s: number): number {
  for (const h of ['ông ', 'bà ', 'đồng chí ']) {
    const b = s - h.length;
    if (b >= 0 && t.lower.startsWith(h, b) && (b === 0 || !isLetter(t.lower.charCodeAt(b - 1)))) return b;
  }
  return s;
}

function toRecord(p: Person, span: (s: number, e: number) => RawSpan, original: (s: number, e: number) => string): OfficialRecord {
  const mentions = [...p.mentions.values()].sort((a, b) => a.start - b.start);
  const first = mentions.find((m) => m.named) ?? mentions[0];
  // A bare role ("Thứ trưởng") adds nothing when a title of the same role names its body.
  const withBody = new Set<string>();
  for (const { title } of p.titles) {
    if (!title.organization) continue;
    withBody.add(title.role.toLowerCase());
    const same = samePostRole(title);
    if (same) withBody.add(same);
  }
  // So does the same office with its body cut short ("Phó Chủ tịch UBND thành phố" beside
  // "Phó Chủ tịch UBND TP Hà Nội"); it still served above to resolve title-only mentions.
  const kept = p.titles
    .filter(({ title }) => title.organization || !withBody.has(title.role.toLowerCase()))
    .filter(({ title }) => !p.titles.some((x) => isGeneralFormOf(title, x.title)))
    // "Phó Chủ tịch Thường trực" beside "Phó Chủ tịch Thường trực UBND tỉnh": a qualifier read as the body.
    .filter(({ title }) => !(title.organization !== undefined && QUALIFIER_BODIES.has(title.organization.toLowerCase()) && p.titles.some((x) => x.title !== title && x.title.role === title.role && x.title.organization !== undefined && !QUALIFIER_BODIES.has(x.title.organization.toLowerCase()) && original(x.title.start, x.title.end).toLowerCase().includes((title.organization as string).toLowerCase()))))
    .sort((a, b) => a.title.start - b.title.start);
  const titles: OfficialTitle[] = kept.map(({ title }) => {
    const out: OfficialTitle = {
      title: original(title.start, title.end),
      role: title.role,
      kind: title.kind,
      former: title.former,
      acting: title.acting,
      deputy: title.deputy,
    };
    if (title.organization && title.orgStart !== undefined && title.orgEnd !== undefined) {
      const written = original(title.orgStart, title.orgEnd);
      out.organization = title.orgHead ? `${title.orgHead} ${written}` : written;
    }
    return out;
  });
  const record: OfficialRecord = {
    ...span(first.start, first.end),
    name: original(p.name.start, p.name.end),
    titles,
    mentions: mentions.map((m) => span(m.start, m.end)),
  };
  const all = p.honorifics.sort((a, b) => a.at - b.at);
  const legal = all.find((h) => h.legal !== undefined);
  if (legal) record.legalStatus = legal.legal;
  const hs = all.filter((h) => h.legal === undefined);
  if (hs.length) record.honorific = hs[0].canonical;
  const genders = new Set(hs.map((h) => h.gender).filter((g) => g !== undefined));
  if (genders.size === 1) record.gender = [...genders][0];
  if (p.academic) record.academic = p.academic;
  return record;
}

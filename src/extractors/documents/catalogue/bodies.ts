/**
 * Issuing bodies as written after "của" ("của Bộ Chính trị", "của UBND tỉnh Lâm Đồng"), as data,
 * and which document types each kind of body can issue. Used to reject a "của X" that belongs to
 * another word ("Thông tư 41 của Ngân hàng hợp nhất": the bank's ratio, not the issuer of the
 * circular; "Nghị định 116 của Bộ GD&ĐT": a Nghị định is issued by Chính phủ).
 *
 * Sources: Luật Ban hành VBQPPL 2015 Art. 4 (who issues which normative type) [V, as summarised in
 * ../shared/reference/document-numbers.md §2.2]; Party bodies §3.3 [S]; the rest is ours, from the
 * bodies seen after "của" in ../shared/corpus.
 */
import { lookupIssuer } from './issuers';

export type BodyKind =
  | 'party' // Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương, Tỉnh ủy, Đảng ủy, "Đảng" …
  | 'qh' // Quốc hội
  | 'ubtvqh' // Ủy ban Thường vụ Quốc hội
  | 'cp' // Chính phủ, Hội đồng Bộ trưởng
  | 'ttg' // Thủ tướng (Chính phủ), Phó Thủ tướng
  | 'ctn' // Chủ tịch nước, Hội đồng Nhà nước
  | 'ministry' // Bộ X, Bộ trưởng Bộ X, Ngân hàng Nhà nước, Thanh tra Chính phủ, Văn phòng Chính phủ …
  | 'court' // Tòa án / Viện kiểm sát nhân dân tối cao, Hội đồng Thẩm phán, Chánh án, Viện trưởng
  | 'local' // UBND, HĐND, Chủ tịch UBND, Sở, Công an, Ban Chỉ đạo … (administrative only)
  | 'other'; // any other capitalised body

/** Heads of issuedBy values, lower case, matched as a prefix ending at a word boundary; longest first. */
const BODY_HEADS: ReadonlyArray<readonly [string, BodyKind]> = [
  ['ủy ban thường vụ quốc hội', 'ubtvqh'],
  ['ubtvqh', 'ubtvqh'],
  ['quốc hội', 'qh'],
  ['chính phủ', 'cp'],
  ['hội đồng bộ trưởng', 'cp'],
  ['phó thủ tướng', 'ttg'],
  ['thủ tướng', 'ttg'],
  ['chủ tịch nước', 'ctn'],
  ['hội đồng nhà nước', 'ctn'],
  ['bộ chính trị', 'party'],
  ['ban bí thư', 'party'],
  ['ban chấp hành', 'party'],
  ['hội nghị trung ương', 'party'],
  ['bch', 'party'],
  ['ban thường vụ', 'party'],
  ['ban tổ chức', 'party'],
  ['ban tuyên giáo', 'party'],
  ['ban dân vận', 'party'],
  ['ban nội chính', 'party'],
  ['ban kinh tế trung ương', 'party'],
  ['ban đối ngoại trung ương', 'party'],
  ['ủy ban kiểm tra', 'party'],
  ['quân ủy', 'party'],
  ['trung ương', 'party'],
  ['tw', 'party'],
  ['tư', 'party'],
  ['tỉnh ủy', 'party'],
  ['thành ủy', 'party'],
  ['huyện ủy', 'party'],
  ['quận ủy', 'party'],
  ['thị ủy', 'party'],
  ['đảng ủy', 'party'],
  ['đảng đoàn', 'party'],
  ['ban cán sự đảng', 'party'],
  ['đảng', 'party'], // "của Đảng", "của Đảng bộ Thành phố"
  ['chi bộ', 'party'],
  ['ngân hàng nhà nước', 'ministry'],
  ['nhnn', 'ministry'],
  ['thống đốc', 'ministry'],
  ['thanh tra chính phủ', 'ministry'],
  ['văn phòng chính phủ', 'ministry'],
  ['ủy ban dân tộc', 'ministry'],
  ['kiểm toán nhà nước', 'ministry'],
  ['tổng kiểm toán', 'ministry'],
  ['bộ trưởng', 'ministry'],
  ['liên bộ', 'ministry'],
  ['bộ', 'ministry'],
  ['tòa án nhân dân tối cao', 'court'],
  ['tandtc', 'court'],
  ['viện kiểm sát nhân dân tối cao', 'court'],
  ['vksndtc', 'court'],
  ['hội đồng thẩm phán', 'court'],
  ['chánh án', 'court'],
  ['viện trưởng', 'court'],
  ['ủy ban nhân dân', 'local'],
  ['ubnd', 'local'],
  ['hội đồng nhân dân', 'local'],
  ['hđnd', 'local'],
  ['chủ tịch', 'local'], // "Chủ tịch UBND tỉnh"; "Chủ tịch nước" is above
];

const HEADS_BY_LENGTH = [...BODY_HEADS].sort((a, b) => b[0].length - a[0].length);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** The kind of body a "của X" value names. */
export function bodyKind(value: string): BodyKind {
  const lower = value.toLowerCase();
  for (const [head, kind] of HEADS_BY_LENGTH) {
    if (lower.startsWith(head) && !isLetter(lower[head.length])) return kind;
  }
  return 'other';
}

const NORMATIVE_BY_LAW: ReadonlySet<BodyKind> = new Set(['qh']);

/**
 * Body kinds that can issue a document of this type (type name as in `typeName`); undefined for
 * types anyone may issue (Quyết định, Công văn, Kế hoạch, Thông báo …).
 */
export const ISSUERS_BY_TYPE: Readonly<Record<string, ReadonlySet<BodyKind>>> = {
  'Hiến pháp': NORMATIVE_BY_LAW,
  Luật: NORMATIVE_BY_LAW,
  'Bộ luật': NORMATIVE_BY_LAW,
  'Pháp lệnh': new Set(['ubtvqh']),
  // Signed by the Prime Minister on behalf of the Government: news often says "của Thủ tướng".
  'Nghị định': new Set(['cp', 'ttg']),
  'Thông tư': new Set(['ministry', 'court']),
  'Thông tư liên tịch': new Set(['ministry', 'court']),
  // QH, UBTVQH, Chính phủ, HĐND (local), Party bodies, Hội đồng Thẩm phán, and boards of any
  // organisation ("Hội đồng quản trị", "Hội nghị Trung ương"); never a ministry or a person.
  'Nghị quyết': new Set(['qh', 'ubtvqh', 'cp', 'local', 'party', 'court', 'other']),
  'Nghị quyết liên tịch': new Set(['qh', 'ubtvqh', 'cp', 'ministry', 'court', 'other']),
  // Laws of 1992-2001 were numbered as the promulgating order: "LUẬT SỐ 18-L/CTN … CỦA QUỐC HỘI".
  Lệnh: new Set(['ctn', 'qh']),
};

/** Kind of the body behind a known issuer code of a symbol ("CP", "TTg", "BTC", "TW" …). */
const KIND_BY_CODE: Readonly<Record<string, BodyKind>> = {
  QH: 'qh',
  UBTVQH: 'ubtvqh',
  CP: 'cp',
  HĐBT: 'cp',
  TTg: 'ttg',
  CTN: 'ctn',
  HĐNN: 'ctn',
  NHNN: 'ministry',
  TTCP: 'ministry',
  VPCP: 'ministry',
  UBDT: 'ministry',
  KTNN: 'ministry',
  TANDTC: 'court',
  VKSNDTC: 'court',
  HĐTP: 'court',
  UBND: 'local',
  HĐND: 'local',
};

/** Body kind of a symbol's issuer code, given the catalogue entry's system. */
export function codeKind(code: string, system: 'state' | 'party' | undefined): BodyKind | undefined {
  const base = code.replace(/\d+$/, '');
  if (KIND_BY_CODE[base]) return KIND_BY_CODE[base];
  if (system === 'party') return 'party';
  if (system === 'state' && base.startsWith('B')) return 'ministry';
  return undefined;
}

/**
 * Symbol kind and body kind that may go together: the Government and its head; an "L/CTN" symbol
 * of a 1990s law "CỦA QUỐC HỘI" (the law bears its promulgating order's number).
 */
function compatible(code: BodyKind, body: BodyKind): boolean {
  return code === body || (code === 'cp' && body === 'ttg') || (code === 'ttg' && body === 'cp') || (code === 'ctn' && body === 'qh');
}

const STOP_INITIAL: ReadonlySet<string> = new Set(['và', '&']);

/**
 * "Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT", "Bộ GD-ĐT", "Bộ trưởng Bộ Y tế" → "BGDĐT", "BYT": the
 * initials a ministry's symbol code is made of. Undefined when the value is not "Bộ X".
 */
export function ministryInitials(value: string): string | undefined {
  const m = /(?:^|\s)Bộ ((?!trưởng|Chính trị)[^\s].*)$/u.exec(value);
  if (!m) return undefined;
  // "Bộ Tài chính và Bộ Y tế": the first ministry only.
  const name = m[1].split(/,? (?:và )?Bộ /u)[0];
  let out = 'B';
  for (const w of name.split(/[\s,]+/)) {
    if (!w || STOP_INITIAL.has(w.toLowerCase())) continue;
    if (/^[\p{Lu}&-]+$/u.test(w) && w.length > 1) out += w.replace(/[&-]/g, ''); // "GD&ĐT", "LĐ-TB&XH"
    else out += w[0].toUpperCase();
  }
  return out;
}

/**
 * Can the body named by "của X" have issued a document of this type with these issuer codes?
 * False when the type restricts its issuers and X is not one of them, or when the symbol names a
 * known issuer of another kind ("116/2020/NĐ-CP của Bộ GD&ĐT"), or another ministry.
 */
export function bodyFits(value: string, typeName: string | undefined, issuerCodes: ReadonlyArray<{ code: string; system?: 'state' | 'party' }>): boolean {
  const kind = bodyKind(value);
  const allowed = typeName ? ISSUERS_BY_TYPE[typeName] : undefined;
  if (allowed && !allowed.has(kind)) return false;
  // Cross-check with the symbol: the first issuer code is the lead body.
  const lead = issuerCodes[0];
  if (!lead || kind === 'other') return true;
  const ck = codeKind(lead.code, lead.system);
  if (ck === undefined) return true;
  // A Party symbol ("/TW") with a State body, or the reverse.
  if ((ck === 'party') !== (kind === 'party')) return false;
  if (ck === 'party') return true;
  // "UBND" codes: the Chủ tịch UBND signs for the committee; local bodies only.
  if (!compatible(ck, kind)) return false;
  if (ck === 'ministry' && lead.code.startsWith('B')) {
    // Judged only when the initials are a ministry the catalogue knows ("Bộ Nông nghiệp và PTNT"
    // gives "BNPTNT": unknown, so no verdict).
    const init = ministryInitials(value);
    const known = init ? lookupIssuer(init) : undefined;
    if (known && known.entry.code !== lookupIssuer(lead.code)?.entry.code) return false;
  }
  return true;
}

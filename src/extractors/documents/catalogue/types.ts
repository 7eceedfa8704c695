/**
 * Document type abbreviations (the "TYPE" slot of a number-symbol), as data.
 *
 * Sources (tags as in ../shared/reference/document-numbers.md):
 *  - [V] Nghị định 30/2020/NĐ-CP, Phụ lục III part I: the 27 administrative types + copy types.
 *  - [V] Luật Ban hành VBQPPL 2015 Art. 10: NĐ, TT, TTLT, PL ... in `N/YYYY/TYPE-ISSUER`.
 *  - [S] Hướng dẫn 36-HD/VPTW as seen in real citations: Party types (NQ, QĐ, QĐi, CT, KL, HD, TB,
 *    KH, CV, BS); [2] for the Party types only listed by secondary compilations (QC, BC, CTr, TTr, BB).
 *  - [S-corpus] seen in ../shared/corpus (laws' headers, Dân Trí news), noted per entry.
 * `code` is the canonical spelling (mixed case kept: "TTg" is an issuer, "CTr", "QĐi" are types).
 */
export interface DocTypeEntry {
  code: string;
  name: string;
  /** Name when the code appears in a Party-style symbol (`N-TYPE/ISSUER`), if different. */
  partyName?: string;
  /** Usable in a Party-style symbol. */
  party?: boolean;
  /** Usable in a State symbol (`N/TYPE-ISSUER`, `N/YYYY/TYPE-ISSUER`). */
  state?: boolean;
  /** Legal normative (VBQPPL) whatever the shape: Nghị định, Thông tư, Pháp lệnh, Lệnh. */
  normative?: boolean;
  /** A consolidated text (VBHN) is never a new normative document, even with a year. */
  neverNormative?: boolean;
  /** Old State forms written with a hyphen like Party ones: "18-L/CTN", "21-LCT/HĐNN8", "103-SL/L.005". */
  hyphenated?: boolean;
  /** Party "QĐ" is Quyết định or Quy định: the word in front decides. */
  ambiguousInParty?: boolean;
  source: string;
}

export const DOC_TYPES: readonly DocTypeEntry[] = [
  // Administrative types of NĐ 30/2020 Phụ lục III [V]; most also used by the Party.
  { code: 'NQ', name: 'Nghị quyết', party: true, state: true, source: '[V] NĐ 30 PL III; [S] Party' },
  { code: 'QĐ', name: 'Quyết định', party: true, state: true, ambiguousInParty: true, source: '[V] NĐ 30 PL III; [S] Party (Quyết định or Quy định)' },
  { code: 'CT', name: 'Chỉ thị', party: true, state: true, source: '[V] NĐ 30 PL III; [S] Party' },
  { code: 'QC', name: 'Quy chế', party: true, state: true, source: '[V] NĐ 30 PL III; [2] Party' },
  { code: 'QyĐ', name: 'Quy định', state: true, source: '[V] NĐ 30 PL III (State only)' },
  { code: 'TC', name: 'Thông cáo', party: true, state: true, source: '[V] NĐ 30 PL III; [U] Party' },
  { code: 'TB', name: 'Thông báo', party: true, state: true, source: '[V] NĐ 30 PL III; [S] Party' },
  { code: 'HD', name: 'Hướng dẫn', party: true, state: true, source: '[V] NĐ 30 PL III; [S] Party' },
  { code: 'CTr', name: 'Chương trình', party: true, state: true, source: '[V] NĐ 30 PL III; [2] Party' },
  { code: 'KH', name: 'Kế hoạch', party: true, state: true, source: '[V] NĐ 30 PL III; [S] Party' },
  { code: 'PA', name: 'Phương án', party: true, state: true, source: '[V] NĐ 30 PL III; [U] Party' },
  { code: 'ĐA', name: 'Đề án', party: true, state: true, source: '[V] NĐ 30 PL III; [U] Party' },
  { code: 'DA', name: 'Dự án', party: true, state: true, source: '[V] NĐ 30 PL III; [U] Party' },
  { code: 'BC', name: 'Báo cáo', party: true, state: true, source: '[V] NĐ 30 PL III; [2] Party' },
  { code: 'BB', name: 'Biên bản', party: true, state: true, source: '[V] NĐ 30 PL III; [2] Party' },
  { code: 'TTr', name: 'Tờ trình', party: true, state: true, source: '[V] NĐ 30 PL III; [2] Party' },
  { code: 'HĐ', name: 'Hợp đồng', state: true, source: '[V] NĐ 30 PL III' },
  { code: 'CĐ', name: 'Công điện', state: true, source: '[V] NĐ 30 PL III; [S-corpus] 541/CĐ-TTg' },
  { code: 'BGN', name: 'Bản ghi nhớ', state: true, source: '[V] NĐ 30 PL III' },
  { code: 'BTT', name: 'Bản thỏa thuận', state: true, source: '[V] NĐ 30 PL III' },
  { code: 'GUQ', name: 'Giấy ủy quyền', state: true, source: '[V] NĐ 30 PL III' },
  { code: 'GM', name: 'Giấy mời', state: true, party: true, source: '[V] NĐ 30 PL III; [U] Party' },
  { code: 'GGT', name: 'Giấy giới thiệu', state: true, party: true, source: '[V] NĐ 30 PL III; [U] Party' },
  { code: 'GNP', name: 'Giấy nghỉ phép', state: true, source: '[V] NĐ 30 PL III' },
  { code: 'PG', name: 'Phiếu gửi', state: true, source: '[V] NĐ 30 PL III' },
  { code: 'PC', name: 'Phiếu chuyển', state: true, source: '[V] NĐ 30 PL III' },
  { code: 'PB', name: 'Phiếu báo', state: true, source: '[V] NĐ 30 PL III' },
  { code: 'SY', name: 'Bản sao y', state: true, source: '[V] NĐ 30 PL III (copies)' },
  { code: 'TrS', name: 'Bản trích sao', state: true, source: '[V] NĐ 30 PL III (copies)' },
  // "SL" is also the 1950s Sắc lệnh, written with a hyphen: "103-SL/L.005" ([S-corpus] laws/).
  { code: 'SL', name: 'Bản sao lục', partyName: 'Sắc lệnh', state: true, hyphenated: true, source: '[V] NĐ 30 PL III (copies); Sắc lệnh [S-corpus]' },
  // Legal normative types (Luật Ban hành VBQPPL 2015 Art. 10) [V]/[S].
  { code: 'NĐ', name: 'Nghị định', state: true, normative: true, source: '[V] 30/2020/NĐ-CP' },
  { code: 'TT', name: 'Thông tư', partyName: 'Thông tri', party: true, state: true, normative: true, source: '[S] 111/2013/TT-BTC; Party Thông tri [2]' },
  { code: 'TTLT', name: 'Thông tư liên tịch', state: true, normative: true, source: '[S] 141/2012/TTLT-BTC-BQP-BCA' },
  { code: 'NQLT', name: 'Nghị quyết liên tịch', state: true, normative: true, source: '[S] 22/2006/NQLT-BGDĐT-HKHVN' },
  { code: 'PL', name: 'Pháp lệnh', state: true, normative: true, source: '[S] 44/2002/PL-UBTVQH10 (pre-2016 form)' },
  { code: 'L', name: 'Lệnh', state: true, normative: true, hyphenated: true, source: '[S] 07/2025/L-CTN; old form 18-L/CTN [S-corpus laws/]' },
  { code: 'VBHN', name: 'Văn bản hợp nhất', state: true, neverNormative: true, source: '[S] 03/VBHN-VPQH' },
  // Party-only types [S]/[2].
  { code: 'QĐi', name: 'Quy định', party: true, source: '[S] 08-QĐi/TW' },
  // Personnel decisions of the Politburo / Secretariat: "Quyết định số 1523-QĐNS/TW" (nhân sự).
  { code: 'QĐNS', name: 'Quyết định', party: true, source: '[S] Party personnel decisions, e.g. 1570-QĐNS/TW (news)' },
  { code: 'KL', name: 'Kết luận', party: true, state: true, source: '[S] 21-KL/TW; State kết luận (thanh tra, VKS) [S-corpus] 08/KL-VKSTC' },
  { code: 'CV', name: 'Công văn', party: true, state: true, source: '[S] 17129-CV/VPTW; State use is software-invented but seen in news ([S-corpus] 425/CV-BCĐ)' },
  { code: 'BS', name: 'Bản sao', party: true, source: '[S] 24-BS/UBKTTU (HD 36 sample)' },
  // Old State orders written Party-style: "Số: 21-LCT/HĐNN8" (Lệnh Chủ tịch Hội đồng Nhà nước) [S-corpus laws].
  { code: 'LCT', name: 'Lệnh', state: true, normative: true, hyphenated: true, source: '[S-corpus] 21-LCT/HĐNN8 in laws/' },
];

/** Key for case-insensitive lookup. */
export function upperKey(code: string): string {
  return code.toUpperCase();
}

/** "Đ" written as "D" (ASCII): "ND-CP", "QD-TTg". */
export function foldKey(code: string): string {
  return code.toUpperCase().replace(/Đ/g, 'D');
}

const BY_UPPER = new Map<string, DocTypeEntry>();
const BY_FOLD = new Map<string, DocTypeEntry>();
for (const t of DOC_TYPES) {
  BY_UPPER.set(upperKey(t.code), t);
  const f = foldKey(t.code);
  // On a fold collision (HĐ/HD, ĐA/DA) the code spelled with a plain D wins: "HD" as written is Hướng dẫn.
  const prev = BY_FOLD.get(f);
  if (!prev || !t.code.includes('Đ')) BY_FOLD.set(f, t);
}

/** Looks a type code up as written: exact (any case) first, then with "D" read as "Đ". */
export function lookupType(written: string): DocTypeEntry | undefined {
  return BY_UPPER.get(upperKey(written)) ?? BY_FOLD.get(foldKey(written));
}

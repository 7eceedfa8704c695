/**
 * Issuer abbreviations (the ISSUER slot), as data. There is no national list of issuer codes
 * (NĐ 30/2020 leaves them to each body), so this is what the reference and the corpus show.
 *
 * Sources (tags as in ../shared/reference/document-numbers.md):
 *  [V] checked against the governing text; [S] seen in real citations; [2] secondary compilations
 *  only; [U] unverified; [S-corpus] seen in ../shared/corpus (laws/ or news-dantri.txt).
 * `termed`: the code takes a term number ("QH15", "UBTVQH14", "HĐNN8"), read as `term`.
 * `system`: which numbering system the body belongs to; used to call "17-NQ/CP" a State document
 * written Party-style.
 */
export interface IssuerEntry {
  code: string;
  name: string;
  system: 'state' | 'party';
  termed?: boolean;
  /** Other spellings seen ("TƯ" for "TW"). */
  aliases?: string[];
  source: string;
}

export const ISSUERS: readonly IssuerEntry[] = [
  // State, central [V]/[S]
  { code: 'QH', name: 'Quốc hội', system: 'state', termed: true, source: '[V] 64/2025/QH15' },
  { code: 'UBTVQH', name: 'Ủy ban Thường vụ Quốc hội', system: 'state', termed: true, source: '[S] 954/2020/UBTVQH14' },
  { code: 'HĐNN', name: 'Hội đồng Nhà nước', system: 'state', termed: true, source: '[S-corpus] 21-LCT/HĐNN8 (laws/, 1989)' },
  { code: 'HĐBT', name: 'Hội đồng Bộ trưởng', system: 'state', source: '[2] 133/HĐBT (pre-1992 government)' },
  { code: 'VPQH', name: 'Văn phòng Quốc hội', system: 'state', source: '[S] 03/VBHN-VPQH' },
  { code: 'CTN', name: 'Chủ tịch nước', system: 'state', source: '[S] 07/2025/L-CTN' },
  { code: 'CP', name: 'Chính phủ', system: 'state', source: '[V] 30/2020/NĐ-CP' },
  { code: 'TTg', name: 'Thủ tướng Chính phủ', system: 'state', source: '[S] 439/QĐ-TTg' },
  { code: 'VPCP', name: 'Văn phòng Chính phủ', system: 'state', source: '[S] 55/2005/TTLT-BNV-VPCP; [S-corpus] 88/TB-VPCP' },
  { code: 'BTC', name: 'Bộ Tài chính', system: 'state', source: '[S] 111/2013/TT-BTC' },
  { code: 'BNV', name: 'Bộ Nội vụ', system: 'state', source: '[S] 01/2011/TT-BNV' },
  { code: 'BCA', name: 'Bộ Công an', system: 'state', source: '[S]' },
  { code: 'BQP', name: 'Bộ Quốc phòng', system: 'state', source: '[S]' },
  { code: 'BYT', name: 'Bộ Y tế', system: 'state', source: '[S]; [S-corpus] 2978/BYT-BMTE' },
  { code: 'BGDĐT', name: 'Bộ Giáo dục và Đào tạo', system: 'state', aliases: ['BGD&ĐT'], source: '[S] 155/QĐ-BGDĐT; [S-corpus]; alias [S-corpus] 21/2014/BGD&ĐT' },
  { code: 'BCT', name: 'Bộ Công Thương', system: 'state', source: '[S]' },
  { code: 'BXD', name: 'Bộ Xây dựng', system: 'state', source: '[S]' },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', system: 'state', source: '[S] 15/2025/TT-BKHCN' },
  { code: 'BNNMT', name: 'Bộ Nông nghiệp và Môi trường', system: 'state', source: '[S] 23/2025/TT-BNNMT (2025-)' },
  { code: 'BTP', name: 'Bộ Tư pháp', system: 'state', source: '[S]' },
  { code: 'BVHTTDL', name: 'Bộ Văn hóa, Thể thao và Du lịch', system: 'state', source: '[S]; [S-corpus] 1343/BVHTTDL-VHCS' },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước Việt Nam', system: 'state', source: '[S] 12/2024/TT-NHNN' },
  { code: 'BNG', name: 'Bộ Ngoại giao', system: 'state', source: '[U]' },
  { code: 'BDTTG', name: 'Bộ Dân tộc và Tôn giáo', system: 'state', source: '[U] (2025-)' },
  { code: 'TTCP', name: 'Thanh tra Chính phủ', system: 'state', source: '[U]' },
  { code: 'BTNMT', name: 'Bộ Tài nguyên và Môi trường', system: 'state', source: '[S] (-02/2025)' },
  { code: 'BNNPTNT', name: 'Bộ Nông nghiệp và Phát triển nông thôn', system: 'state', source: '[S] (-02/2025)' },
  { code: 'BLĐTBXH', name: 'Bộ Lao động - Thương binh và Xã hội', system: 'state', source: '[S] (-02/2025). "LĐTBXH" without B ([S-corpus] 359/QĐ-LĐTBXH, said to be the Bộ) is left as written: Sở LĐTBXH use it too' },
  { code: 'BTTTT', name: 'Bộ Thông tin và Truyền thông', system: 'state', source: '[S] (-02/2025)' },
  { code: 'BKHĐT', name: 'Bộ Kế hoạch và Đầu tư', system: 'state', source: '[U] (-02/2025)' },
  { code: 'BGTVT', name: 'Bộ Giao thông vận tải', system: 'state', source: '[U] (-02/2025); [S-corpus] 3370/BGTVT-ĐTCT' },
  { code: 'UBDT', name: 'Ủy ban Dân tộc', system: 'state', source: '[U] (-02/2025)' },
  { code: 'TANDTC', name: 'Tòa án nhân dân tối cao', system: 'state', source: '[S]; [S-corpus] 199/TANDTC-PC' },
  { code: 'VKSNDTC', name: 'Viện kiểm sát nhân dân tối cao', system: 'state', source: '[S] 01/2018/TT-VKSNDTC' },
  { code: 'KTNN', name: 'Kiểm toán nhà nước', system: 'state', source: '[U]' },
  { code: 'HĐTP', name: 'Hội đồng Thẩm phán Tòa án nhân dân tối cao', system: 'state', source: '[S] 01/2017/NQ-HĐTP' },
  // State, local: the place is never in the symbol, only in the text ("của UBND tỉnh Lâm Đồng").
  { code: 'UBND', name: 'Ủy ban nhân dân', system: 'state', source: '[S]' },
  { code: 'HĐND', name: 'Hội đồng nhân dân', system: 'state', source: '[S]' },
  // Party [V]/[S]/[2]
  { code: 'TW', name: 'Trung ương', system: 'party', aliases: ['TƯ'], source: '[S] (BCH TW, Bộ Chính trị and Ban Bí thư all use /TW); alias TƯ [S-corpus] 59-NQ/TƯ' },
  { code: 'VPTW', name: 'Văn phòng Trung ương Đảng', system: 'party', source: '[V] 36-HD/VPTW' },
  { code: 'BTCTW', name: 'Ban Tổ chức Trung ương', system: 'party', source: '[S] 38-HD/BTCTW' },
  { code: 'BTGTW', name: 'Ban Tuyên giáo Trung ương', system: 'party', source: '[2] (merged 2025)' },
  { code: 'BDVTW', name: 'Ban Dân vận Trung ương', system: 'party', source: '[2] (merged 2025)' },
  { code: 'BTGDVTW', name: 'Ban Tuyên giáo và Dân vận Trung ương', system: 'party', source: '[S] 1147-QĐ/BTGDVTW (2025-)' },
  { code: 'BNCTW', name: 'Ban Nội chính Trung ương', system: 'party', source: '[2]' },
  { code: 'BĐNTW', name: 'Ban Đối ngoại Trung ương', system: 'party', source: '[2]' },
  { code: 'BKTTW', name: 'Ban Kinh tế Trung ương', system: 'party', source: '[2]' },
  { code: 'UBKTTW', name: 'Ủy ban Kiểm tra Trung ương', system: 'party', source: '[2]' },
  { code: 'QUTW', name: 'Quân ủy Trung ương', system: 'party', source: '[2]' },
  { code: 'TU', name: 'Tỉnh ủy', system: 'party', source: '[S] 15-NQ/TU (also Thành ủy trực thuộc TW)' },
  { code: 'HU', name: 'Huyện ủy', system: 'party', source: '[S] 128-KH/HU' },
  { code: 'QU', name: 'Quận ủy', system: 'party', source: '[2]' },
  { code: 'ThU', name: 'Thị ủy', system: 'party', source: '[2] (also Thành ủy thuộc tỉnh)' },
  { code: 'ĐU', name: 'Đảng ủy', system: 'party', source: '[S] 74-KH/ĐU' },
  { code: 'ĐUK', name: 'Đảng ủy Khối', system: 'party', source: '[S] 97-KH/ĐUK' },
  { code: 'CB', name: 'Chi bộ', system: 'party', source: '[2]' },
  { code: 'BCSĐ', name: 'Ban cán sự đảng', system: 'party', source: '[2]' },
  { code: 'ĐĐ', name: 'Đảng đoàn', system: 'party', source: '[2]' },
  { code: 'UBKTTU', name: 'Ủy ban Kiểm tra Tỉnh ủy', system: 'party', source: '[S] 24-BS/UBKTTU' },
  { code: 'BTCTU', name: 'Ban Tổ chức Tỉnh ủy', system: 'party', source: '[2]' },
  { code: 'BTGTU', name: 'Ban Tuyên giáo Tỉnh ủy', system: 'party', source: '[2]' },
  { code: 'BDVTU', name: 'Ban Dân vận Tỉnh ủy', system: 'party', source: '[2]' },
  { code: 'VPTU', name: 'Văn phòng Tỉnh ủy', system: 'party', source: '[2]' },
  { code: 'ĐH', name: 'Đại hội', system: 'party', source: '[2]' },
];

export interface IssuerMatch {
  entry: IssuerEntry;
  term?: number;
}

const BY_KEY = new Map<string, IssuerEntry>();
const BY_FOLD = new Map<string, IssuerEntry>();
for (const e of ISSUERS) {
  for (const c of [e.code, ...(e.aliases ?? [])]) {
    BY_KEY.set(c.toUpperCase(), e);
    const f = c.toUpperCase().replace(/Đ/g, 'D').replace(/Ư/g, 'W');
    if (!BY_FOLD.has(f)) BY_FOLD.set(f, e);
  }
}

const TERM_SUFFIX = /^(\D+?)(\d{1,2})$/;

/** Looks an issuer group up: exact (any case), then "D" read as "Đ"; "QH15" gives Quốc hội, term 15. */
export function lookupIssuer(written: string): IssuerMatch | undefined {
  const up = written.toUpperCase();
  const hit = BY_KEY.get(up) ?? BY_FOLD.get(up.replace(/Đ/g, 'D').replace(/Ư/g, 'W'));
  if (hit) return { entry: hit };
  const m = TERM_SUFFIX.exec(up);
  if (m) {
    const base = BY_KEY.get(m[1]) ?? BY_FOLD.get(m[1].replace(/Đ/g, 'D'));
    if (base?.termed) return { entry: base, term: Number(m[2]) };
  }
  return undefined;
}

/**
 * Bodies of a company, not of the State or the Party: their resolutions and decisions
 * ("Nghị quyết số 15/2024/NQ-HĐQT", "01/2024/NQ-ĐHĐCĐ") are never legal normative documents and
 * belong to neither numbering system. [S] listed companies' disclosures.
 */
export const CORPORATE_ISSUERS: ReadonlyMap<string, string> = new Map([
  ['HĐQT', 'Hội đồng quản trị'],
  ['ĐHĐCĐ', 'Đại hội đồng cổ đông'],
  ['ĐHCĐ', 'Đại hội đồng cổ đông'],
  ['HĐTV', 'Hội đồng thành viên'],
  ['BKS', 'Ban kiểm soát'],
  ['TGĐ', 'Tổng giám đốc'],
]);

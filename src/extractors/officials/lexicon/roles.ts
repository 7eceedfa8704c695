/**
 * Position words (the head of a title). Source: /work/shared/reference/officials.md §2.1–2.4
 * (Party, State, local) and §2.7 (modifiers), plus heads seen in the Dân Trí corpus
 * (/work/shared/corpus/news-dantri.txt: "Tổng Giám đốc", "Hiệu trưởng", "Chủ tịch HĐQT",
 * "Tổng thống", "Ngoại trưởng", "Thị trưởng", "Người phát ngôn").
 *
 * `role` is the canonical spelling reported in the record. `head` is the kind of body the role
 * names by itself, put back in front of a short organisation ("Bộ trưởng Ngoại giao" is the
 * minister of "Bộ Ngoại giao", "Trưởng ban Dân vận Trung ương" heads "Ban Dân vận Trung ương").
 * `needsTail`: the word alone is too vague to be a title ("trưởng", "ủy viên" need a body).
 * `abroad`: the organisation may say where the post is ("Đại sứ Nhật Bản tại Việt Nam").
 * `foreign`: a role mostly held abroad, so a capitalised foreign name may follow directly.
 * "Phó" (deputy) is read as a prefix of any role, never listed here.
 */
export interface RoleEntry {
  readonly role: string;
  readonly head?: string;
  readonly needsTail?: boolean;
  readonly abroad?: boolean;
  readonly foreign?: boolean;
  /** The role's body is a place, written right after it: "Thị trưởng Ollolai" is the town's mayor, not a person named Ollolai. */
  readonly placeFirst?: boolean;
  /** A role only when capitalised and followed right away by a full name: "Đại biểu Phạm Văn Hòa", not "Ban Công tác đại biểu". */
  readonly nameFollows?: boolean;
  /** The body must start with the role's own unit word (`head`): "Đồn trưởng Đồn Biên phòng X". */
  readonly unitFirst?: boolean;
  /** The canonical role when the written form is a short one: "Phó Ban" is written for "Phó Trưởng ban". */
  readonly canonical?: string;
  /** The written form is a deputy's ("Phó Ban", "Phó phòng"): reported with `deputy`. */
  readonly deputy?: boolean;
  /** The role may name its line of work in lower case before the body: "giám đốc thương mại tại William Grant & Sons" (`FUNCTION_AREAS`). */
  readonly functions?: boolean;
}

export const ROLES: readonly RoleEntry[] = [
  // Party
  { role: 'Tổng Bí thư' },
  { role: 'Bí thư' },
  { role: 'Bí thư thứ nhất' },
  { role: 'Ủy viên', needsTail: true },
  { role: 'Ủy viên dự khuyết', needsTail: true },
  // "Tổng Giám đốc kiêm Thành viên HĐQT": a board member; a body must follow.
  { role: 'Thành viên', needsTail: true },
  { role: 'Thường trực Ban Bí thư' },
  { role: 'Tỉnh ủy viên' },
  // abbreviations of the Politburo / Central Committee member titles seen in the corpus
  { role: 'UVBCT' },
  { role: 'UV BCT' },
  { role: 'UVTW' },
  { role: 'UVTƯ' },
  { role: 'UV TƯ' },
  { role: 'UV TW' },
  { role: 'Thành ủy viên' },
  { role: 'Chánh Văn phòng', head: 'Văn phòng' },
  { role: 'Chánh văn phòng', head: 'Văn phòng' },
  // State, central
  { role: 'Chủ tịch' },
  { role: 'Chủ tịch nước' },
  { role: 'Thủ tướng' },
  { role: 'Bộ trưởng', head: 'Bộ' },
  { role: 'Thứ trưởng', head: 'Bộ' },
  { role: 'Tổng Thư ký' },
  { role: 'Chủ nhiệm' },
  { role: 'Chánh án' },
  { role: 'Thẩm phán' },
  // court officers named in trial reports ("Kiểm sát viên Trần Quốc Việt, Viện KSND tỉnh An Giang")
  { role: 'Kiểm sát viên' },
  { role: 'Điều tra viên', needsTail: true },
  { role: 'Hội thẩm', nameFollows: true },
  { role: 'Viện trưởng', head: 'Viện' },
  { role: 'Tổng Thanh tra' },
  { role: 'Chánh Thanh tra', head: 'Thanh tra' },
  { role: 'Tổng Kiểm toán' },
  { role: 'Kiểm toán trưởng' },
  { role: 'Thống đốc' },
  { role: 'Đại biểu Quốc hội' },
  // "Đại biểu Phạm Văn Hòa (đoàn Đồng Tháp)": a deputy in a debate report.
  { role: 'Đại biểu', nameFollows: true },
  { role: 'ĐBQH' },
  { role: 'Người phát ngôn' },
  { role: 'Tổng cục trưởng', head: 'Tổng cục' },
  { role: 'Cục trưởng', head: 'Cục' },
  { role: 'Vụ trưởng', head: 'Vụ' },
  { role: 'Trưởng ban', head: 'Ban' },
  { role: 'Trưởng phòng', head: 'Phòng', functions: true },
  { role: 'Trưởng khoa', head: 'Khoa' },
  { role: 'Trưởng đoàn', head: 'Đoàn' },
  { role: 'Trưởng Công an', head: 'Công an' },
  // Village heads: "Ông Chu Văn Quý, trưởng thôn Đồng Mười" heads "thôn Đồng Mười".
  { role: 'Trưởng thôn', head: 'thôn', placeFirst: true },
  { role: 'Trưởng bản', head: 'bản', placeFirst: true },
  { role: 'Trưởng ấp', head: 'ấp', placeFirst: true },
  // "Phó Ban Tuyên giáo", "Phó phòng Cảnh sát hình sự": the deputy head, written without "Trưởng".
  { role: 'Phó Ban', canonical: 'Trưởng ban', deputy: true, head: 'Ban', needsTail: true },
  { role: 'Phó phòng', canonical: 'Trưởng phòng', deputy: true, head: 'Phòng', needsTail: true },
  { role: 'Phó khoa', canonical: 'Trưởng khoa', deputy: true, head: 'Khoa', needsTail: true },
  // Heads of a unit named "<unit> trưởng" (police teams, border posts, stations, sub-departments), with
  // the unit itself named after them ("Đội trưởng Đội CSGT"): "đội trưởng Lương Xuân Trường",
  // "đội trưởng Jordan Henderson" are team captains.
  { role: 'Đội trưởng', head: 'Đội', needsTail: true, unitFirst: true },
  { role: 'Tổ trưởng', head: 'Tổ', needsTail: true, unitFirst: true },
  { role: 'Trạm trưởng', head: 'Trạm', needsTail: true, unitFirst: true },
  { role: 'Đồn trưởng', head: 'Đồn', needsTail: true, unitFirst: true },
  { role: 'Hạt trưởng', head: 'Hạt', needsTail: true, unitFirst: true },
  { role: 'Chi cục trưởng', head: 'Chi cục', needsTail: true, unitFirst: true },
  { role: 'Trung đoàn trưởng', head: 'Trung đoàn', needsTail: true, unitFirst: true },
  { role: 'Sư đoàn trưởng', head: 'Sư đoàn', needsTail: true, unitFirst: true },
  { role: 'Lữ đoàn trưởng', head: 'Lữ đoàn', needsTail: true, unitFirst: true },
  { role: 'Tiểu đoàn trưởng', head: 'Tiểu đoàn', needsTail: true, unitFirst: true },
  // "Cố vấn An ninh Quốc gia Jake Sullivan", "Thư ký Tòa soạn": only with a body after them (both are common nouns too).
  { role: 'Cố vấn', needsTail: true },
  { role: 'Cố vấn cao cấp', needsTail: true },
  { role: 'Thư ký', needsTail: true },
  { role: 'Trưởng', needsTail: true },
  { role: 'Trưởng đại diện', abroad: true },
  { role: 'Trưởng Phái đoàn', abroad: true },
  { role: 'Giám đốc', functions: true },
  { role: 'GĐ', functions: true },
  { role: 'PGĐ', functions: true },
  { role: 'TGĐ', functions: true },
  { role: 'Tổng Giám đốc', functions: true },
  { role: 'Giám đốc điều hành' },
  { role: 'Hiệu trưởng' },
  { role: 'Tổng Biên tập' },
  // Diplomacy and foreign states
  { role: 'Đại sứ', abroad: true, foreign: true },
  { role: 'Tổng Lãnh sự', abroad: true, foreign: true },
  { role: 'Lãnh sự', abroad: true, foreign: true },
  { role: 'Tổng thống', foreign: true },
  { role: 'Ngoại trưởng', foreign: true },
  { role: 'Thị trưởng', foreign: true, placeFirst: true },
  { role: 'Quốc vương', foreign: true },
  { role: 'Thủ hiến', foreign: true },
  { role: 'Thượng nghị sĩ', foreign: true },
  { role: 'Hạ nghị sĩ', foreign: true },
  { role: 'Nghị sĩ', foreign: true },
  // Armed forces (positions, not ranks)
  { role: 'Tư lệnh' },
  { role: 'Chính ủy' },
  { role: 'Chỉ huy trưởng' },
  { role: 'Tổng Tham mưu trưởng' },
  { role: 'Tham mưu trưởng' },
];

/**
 * Written before a title, they change its meaning but are not part of it (§2.7). "tân" (newly
 * appointed) and "đương nhiệm" (incumbent) carry no flag.
 */
export const MODIFIERS: ReadonlyMap<string, 'former' | 'acting' | 'new'> = new Map([
  ['nguyên', 'former'],
  ['cựu', 'former'],
  ['quyền', 'acting'],
  ['tân', 'new'],
]);

/** Deputy prefix (§2.7: part of the title, "Phó Thủ tướng" is one title). */
export const DEPUTY_WORD = 'phó';

/**
 * Roles that name the same post as another role with a given body: "Ngoại trưởng Blinken" is the
 * "Bộ trưởng Ngoại giao" already named, so a later bare "Ngoại trưởng" (or "Bộ trưởng") adds no
 * second title, and "Bộ trưởng Blinken" after "Ngoại trưởng Mỹ Antony Blinken" is his mention.
 * `body` is matched lower-case inside the other role's organisation.
 */
export const SAME_POST: ReadonlyArray<{ readonly role: string; readonly sameAs: string; readonly body: string }> = [
  { role: 'ngoại trưởng', sameAs: 'bộ trưởng', body: 'ngoại giao' },
];

/**
 * A word after a role that makes the two one noun for a place or a body, not a title:
 * "Đại sứ quán Việt Nam" is the embassy, "Lãnh sự quán" the consulate. Role as listed in ROLES → next words.
 */
export const NOT_A_ROLE_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Đại sứ', new Set(['quán'])],
  ['Lãnh sự', new Set(['quán'])],
  ['Tổng Lãnh sự', new Set(['quán'])],
]);

/**
 * Lines of work written in lower case between a manager's role and the body, part of the title:
 * "Giám đốc kinh doanh Đất Xanh Miền Bắc", "giám đốc bóng đá" (seen in the Dân Trí corpus after
 * "Giám đốc", "Tổng Giám đốc", "Trưởng phòng"). Capitalised, they are read as the body already.
 */
export const FUNCTION_AREAS: readonly string[] = [
  'thương mại', 'sản phẩm', 'kinh doanh', 'phát triển kinh doanh', 'phát triển', 'đào tạo', 'pháp lý', 'pháp lí', 'phân tích',
  'nghiên cứu', 'chương trình', 'tài chính', 'kỹ thuật', 'marketing', 'tiếp thị', 'nhân sự', 'truyền thông', 'công nghệ',
  'công nghệ thông tin', 'vận hành', 'chiến lược', 'đầu tư', 'bóng đá', 'thể thao', 'khối', 'dự án', 'khu vực', 'quốc gia',
  'chi nhánh', 'sáng tạo', 'nghệ thuật', 'an ninh', 'y khoa', 'chuyên môn', 'thí nghiệm', 'điều hành',
];

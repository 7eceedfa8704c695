/**
 * The words the dates grammar reads, as data. Every list is lower-case, normalised text
 * (NFC, "hòa"-style tones), matched on whole words.
 */

export type PartOfDay = 'rạng sáng' | 'sáng' | 'trưa' | 'chiều' | 'tối' | 'đêm';

/** Part-of-day words before a day or a time ("Sáng 1/4", "chiều nay"); longest first. */
export const PART_OF_DAY: ReadonlyArray<readonly [string, PartOfDay]> = [
  ['rạng sáng', 'rạng sáng'],
  ['sáng sớm', 'sáng'],
  ['buổi sáng', 'sáng'],
  ['buổi trưa', 'trưa'],
  ['buổi chiều', 'chiều'],
  ['buổi tối', 'tối'],
  ['chiều tối', 'tối'],
  ['nửa đêm', 'đêm'],
  ['đêm khuya', 'đêm'],
  ['sáng', 'sáng'],
  ['trưa', 'trưa'],
  ['chiều', 'chiều'],
  ['tối', 'tối'],
  ['đêm', 'đêm'],
  ['khuya', 'đêm'],
];

/** Days counted from the reference date ("hôm qua" = -1); longest first. */
export const RELATIVE_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['ngày hôm nay', 0],
  ['ngày hôm qua', -1],
  ['ngày hôm kia', -2],
  ['hôm nay', 0],
  ['bữa nay', 0],
  ['hôm qua', -1],
  ['hôm kia', -2],
  ['ngày mai', 1],
  ['ngày mốt', 2],
  ['ngày kia', 2],
];

/** After a part of day: "sáng nay", "tối qua", "trưa mai" (the word alone names the day). */
export const PART_OF_DAY_SHORT_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['nay', 0],
  ['qua', -1],
  ['mai', 1],
];

/** "cùng ngày" and friends: the day of the previous event date, shifted. */
export const ANAPHORIC_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['cùng ngày', 0],
  ['cùng hôm', 0],
  ['ngày hôm sau', 1],
  ['hôm sau', 1],
];

/** Relative periods after "tuần", "tháng", "quý", "năm": the shift in units; longest first. */
export const PERIOD_SHIFTS: ReadonlyArray<readonly [string, number]> = [
  ['hiện tại', 0],
  ['tiếp theo', 1],
  ['kế tiếp', 1],
  ['trước', -1],
  ['ngoái', -1],
  ['này', 0],
  ['nay', 0],
  ['tới', 1],
  ['sau', 1],
  ['tiếp', 1],
];

/** Which shift words each period accepts ("năm ngoái", not "tuần ngoái"; "tháng nay" is rare but "năm nay" common). */
export const PERIOD_WORDS: Readonly<Record<'tuần' | 'tháng' | 'quý' | 'năm', ReadonlySet<string>>> = {
  tuần: new Set(['này', 'trước', 'tới', 'sau', 'tiếp theo', 'kế tiếp']),
  tháng: new Set(['này', 'trước', 'tới', 'sau', 'tiếp theo', 'kế tiếp']),
  quý: new Set(['này', 'nay', 'hiện tại', 'trước', 'tới', 'sau', 'tiếp', 'tiếp theo', 'kế tiếp']),
  năm: new Set(['nay', 'này', 'ngoái', 'trước', 'tới', 'sau', 'tiếp theo', 'kế tiếp']),
};

/** Month names after "tháng": "tháng Tư", "tháng Giêng". Lunar-only names mark the date lunar. */
export const MONTH_WORDS: ReadonlyArray<readonly [string, number, boolean]> = [
  ['mười một', 11, false],
  ['mười hai', 12, false],
  ['giêng', 1, true],
  ['chạp', 12, true],
  ['một', 1, false],
  ['hai', 2, false],
  ['ba', 3, false],
  ['tư', 4, false],
  ['bốn', 4, false],
  ['năm', 5, false],
  ['sáu', 6, false],
  ['bảy', 7, false],
  ['tám', 8, false],
  ['chín', 9, false],
  ['mười', 10, false],
];

/** Day words after "ngày"/"mùng"/"rằm" (until the shared number parser reads words). */
export const DAY_WORDS: ReadonlyArray<readonly [string, number]> = [];

/** Weekday names after "thứ" (ISO 1 = Monday). */
export const WEEKDAY_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['hai', 1],
  ['ba', 2],
  ['tư', 3],
  ['năm', 4],
  ['sáu', 5],
  ['bảy', 6],
];

export const SUNDAY_WORDS: readonly string[] = ['chủ nhật', 'chúa nhật'];

/** Quarter numbers after "quý". Roman numerals are read from the cased text. */
export const QUARTER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['tư', 4],
];
export const ROMAN_QUARTERS: ReadonlyArray<readonly [string, number]> = [
  ['IV', 4],
  ['III', 3],
  ['II', 2],
  ['I', 1],
];

/**
 * A bare "d/m" (no year) is a date only in a date context. Strong context: the word before
 * makes it a date whatever follows ("ngày 1/4", "sáng 20/4", "hôm 28/10", "dịp 30/4").
 */
export const STRONG_BEFORE: ReadonlySet<string> = new Set([
  'ngày', 'hôm', 'mùng', 'mồng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'sớm', 'nay', 'qua', 'mai',
  'lễ', 'dịp', 'phiên', 'rằm', 'tết', 'kia',
]);

/**
 * Weak context: a date is likely but a fraction is possible ("từ 1/5", "trước 30/4" vs "trả trước
 * 1/6 hóa đơn"); the word after must then look like the end of a date (see AFTER_OK).
 */
export const WEAK_BEFORE: ReadonlySet<string> = new Set([
  'từ', 'đến', 'tới', 'trước', 'sau', 'vào', 'và', 'hoặc', 'hay', 'hết', 'là', 'nghỉ', 'cử', 'đó', 'rồi', 'thì',
  'thành', 'tour', 'kỳ', 'gồm', 'các', 'hạn',
  'tức', // a restated date: "2 ngày (tức 9-10/2)"
]);

/** Units after a bare "d/m" that make it a quantity ("4-5 tháng", "1/2 tháng lương", "3/4 giờ"). */
export const UNIT_AFTER: ReadonlySet<string> = new Set([
  'tháng', 'năm', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'tiếng', 'tuổi', 'lần', 'người', 'km', 'kg', 'm', 'cm', 'tấn',
  'triệu', 'tỷ', 'nghìn', 'ngàn', 'đồng', 'điểm', 'trận', 'ca', 'bàn', 'gb', 'mb',
]);

/**
 * A weekday with no date ("hôm thứ Ba", "vào Chủ nhật", "thứ Hai tới") is read only after one of
 * these words or at a clause start: elsewhere "thứ 2", "thứ ba" are ordinals ("đợt dịch thứ 4").
 */
export const WEEKDAY_BEFORE: ReadonlySet<string> = new Set([
  'hôm', 'vào', 'từ', 'đến', 'tới', 'trước', 'sau', 'sáng', 'trưa', 'chiều', 'tối', 'đêm',
  'cuối', 'đầu', 'nay', 'qua', 'hết', 'mai',
]);

/** Words that may follow a date introduced by weak context (function words, verbs of events). */
export const AFTER_OK: ReadonlySet<string> = new Set([
  'và', 'đến', 'tới', 'vừa', 'qua', 'năm', 'tại', 'ở', 'của', 'khi', 'sẽ', 'đã', 'là', 'lúc', 'theo', 'nhưng', 'thì',
  'mới', 'cũng', 'này', 'trên', 'do', 'diễn', 'tổ', 'hoặc', 'hay', 'hằng', 'hàng', 'sắp', 'có', 'trở', 'cho', 'với',
  'vẫn', 'đang', 'không', 'chưa', 'bắt', 'kết', 'được', 'nên', 'mà', 'thay', 'tức', 'nhằm', 'trong', 'ông', 'bà',
  'anh', 'chị', 'họ', 'người', 'tôi', 'chúng', 'ra', 'về', 'sau', 'trước', 'lại', 'nữa', 'hết', 'kéo', 'dự',
]);

/** Quantifiers: "mỗi tháng", "hàng năm", "những năm sau" are not dates. */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'mỗi', 'hàng', 'hằng', 'các', 'những', 'nhiều', 'mấy', 'vài', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám',
  'chín', 'mười', 'mươi', 'chục', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'số', 'bao', 'nhiêu', 'cả', 'từng', 'suốt', 'nửa',
]);

/** Words before "thứ N" that make it an ordinal or a rank ("lần thứ hai", "xếp thứ 2"). */
export const ORDINAL_BEFORE: ReadonlySet<string> = new Set([
  'lần', 'hạng', 'xếp', 'đứng', 'vị', 'trí', 'người', 'bên', 'phần', 'điều', 'vòng', 'đợt', 'đoạn', 'lượt', 'ván',
  'hiệp', 'trận', 'khóa', 'kỳ', 'cuộc', 'chiếc', 'câu', 'con', 'đứa', 'mục', 'loại', 'nhóm', 'cấp', 'bậc', 'tầng',
  'số', 'hệ', 'đời', 'lớp', 'ngày', 'tuần', 'tháng', 'năm', 'quý', 'là', 'giải', 'bàn', 'ca', 'liều', 'mũi', 'tập',
  'chương', 'bài', 'cái', 'nhà', 'phiên', 'buổi', 'ý', 'vấn', 'đề', 'nước', 'quốc', 'gia', 'tỉnh', 'thành', 'đội',
  'thế', 'ngôi', 'về', 'đạt', 'thứ', 'hàng', 'chặng', 'mùa', 'làn', 'sóng', 'đường', 'vụ', 'cơ', 'sở', 'đơn', 'vị',
]);

/** Keywords that make "2021-2025" a year range. */
export const YEAR_RANGE_BEFORE: readonly string[] = [
  'giai đoạn', 'nhiệm kỳ', 'năm học', 'niên khóa', 'niên học', 'niên độ', 'mùa giải', 'mùa', 'năm', 'khóa', 'kế hoạch',
  'chiến lược', 'thời kỳ', 'tầm nhìn', 'đến năm', 'từ năm',
  // a crop year ("niên vụ 2023-2024", "vụ 2024-2025")
  'niên vụ', 'vụ',
];

/** Words after a year-less date that fix its year. */
export const YEAR_QUALIFIERS: ReadonlyArray<readonly [string, 'next' | 'last' | 'this' | 'prevYear' | 'nextYear']> = [
  ['tới đây', 'next'],
  ['sắp tới', 'next'],
  ['tới', 'next'],
  ['vừa qua', 'last'],
  ['vừa rồi', 'last'],
  ['năm nay', 'this'],
  ['năm ngoái', 'prevYear'],
  ['năm trước', 'prevYear'],
  ['năm sau', 'nextYear'],
  ['năm tới', 'nextYear'],
];

/**
 * The sexagenary (can chi) year names that follow a lunar date ("mùng 3 Tết Quý Mão", "29 tháng
 * Chạp năm Quý Mão"): heavenly stems and earthly branches, index = position in the cycle
 * (1984 = Giáp Tý = stem 0, branch 0). Matched lower-case; the scanner requires capitals in the text.
 */
export const HEAVENLY_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['giáp', 0], ['ất', 1], ['bính', 2], ['đinh', 3], ['mậu', 4], ['kỷ', 5], ['canh', 6], ['tân', 7], ['nhâm', 8], ['quý', 9],
];
export const EARTHLY_BRANCHES: ReadonlyArray<readonly [string, number]> = [
  ['tý', 0], ['sửu', 1], ['dần', 2], ['mão', 3], ['mẹo', 3], ['thìn', 4], ['tỵ', 5], ['tị', 5], ['ngọ', 6], ['mùi', 7], ['thân', 8], ['dậu', 9], ['tuất', 10], ['hợi', 11],
];

/** News agencies in a dateline ("Hà Nội (TTXVN) 10/4 -", "Hà Nội, 10/4 (TTXVN) -"): a bare "d/m" next to one is a date. */
export const NEWS_AGENCIES: readonly string[] = ['ttxvn', 'vna', 'vietnam+', 'vov', 'vtv', 'chinhphu.vn'];

/**
 * A clock time with no day ("Lúc 14h30, đoàn đến nơi", "Khoảng 22h, anh phát hiện cháy") is read
 * on the day the text is talking about. "2 giờ", "22h" are as often durations ("trong 2 giờ", "mất
 * 3 giờ", "24h qua"), so a bare clock needs a cue: one of these words before it (approximators in
 * CLOCK_APPROX may stand between: "vào khoảng 3 giờ", "lúc hơn 7h").
 */
export const CLOCK_CUES: ReadonlySet<string> = new Set(['lúc', 'vào', 'hồi', 'điểm', 'đến', 'tới', 'từ', 'trước']);
/** Words between a cue and the clock that do not change it ("vào khoảng", "lúc gần", "vào đúng"). */
export const CLOCK_APPROX: ReadonlySet<string> = new Set(['khoảng', 'chừng', 'tầm', 'hơn', 'gần', 'đúng', 'ngoài']);
/**
 * Of those, the ones that announce a clock time at a clause start ("Khoảng 22h anh phát hiện"); "Hơn
 * 3 giờ làm việc", "Gần 2 giờ chờ đợi" are lengths.
 */
export const CLOCK_APPROX_OPENERS: ReadonlySet<string> = new Set(['khoảng', 'chừng', 'tầm', 'đúng']);
/** Words before "đến"/"tới" that make what follows a length ("kéo dài đến 3 giờ", "lên tới 10 giờ"). */
export const LENGTH_BEFORE_UNTIL: ReadonlySet<string> = new Set(['dài', 'lên', 'mất', 'tới', 'đến', 'thêm', 'tục']);
/**
 * Words right before a clock-like number that make it a duration ("trong 2 giờ", "mất 3 giờ", "sau
 * 5 giờ phẫu thuật", "suốt 10 tiếng"), whatever follows.
 */
export const DURATION_BEFORE: ReadonlySet<string> = new Set([
  'trong', 'mất', 'sau', 'suốt', 'còn', 'chỉ', 'cách', 'thêm', 'được', 'tổng', 'vòng', 'gian', 'mỗi', 'hàng', 'hằng',
  'thiểu', 'đa', 'quá', 'cả', 'ngót', 'dài', 'lên', 'những', 'các', 'mấy', 'vài', 'nhiều', 'nhất', 'hết', 'gấp', 'lố',
]);
/** Words right after a clock-like number that make it a duration or a count ("24h qua", "3 giờ sau", "8 giờ đồng hồ"). */
export const DURATION_AFTER: readonly string[] = [
  'qua', 'sau', 'trước', 'nữa', 'đồng hồ', 'liền', 'liên tục', 'tới', 'tiếp', 'vừa', 'trở', 'mỗi', 'một',
  // a day we could not read or place ("20 giờ 30 ngày 21/4", "22 giờ hôm trước"): better no record than the wrong day
  'ngày', 'hôm', 'tháng', 'năm',
];
/** Words before "N:MM" that make it a ratio or a score ("tỷ lệ 1:20", "thắng 3:10"). */
export const RATIO_BEFORE: ReadonlySet<string> = new Set(['lệ', 'số', 'thắng', 'thua', 'hòa', 'cách', 'biệt', 'tỉ', 'tỷ']);
/**
 * A recurring time in the clause ("mở cửa hàng ngày lúc 8h", "thường dậy lúc 5 giờ"): no particular
 * day. Searched in the clause around a bare clock, whole words.
 */
export const HABITUAL_CLOCK: readonly string[] = [
  'hàng ngày', 'hằng ngày', 'mỗi ngày', 'mỗi sáng', 'mỗi tối', 'mỗi đêm', 'mỗi buổi', 'mỗi khi', 'hàng đêm', 'hằng đêm',
  'hàng sáng', 'hàng tuần', 'hằng tuần', 'mỗi tuần', 'thường', 'các ngày', 'cứ', 'trong tuần', 'mở cửa', 'đóng cửa',
  'giờ làm việc', 'khung giờ', 'hàng năm', 'hằng năm', 'định kỳ', 'mở bán', 'hoạt động', 'phục vụ', 'đều đặn', 'ngày nào',
  'mọi ngày', 'luôn', 'giới nghiêm', 'lịch trình', 'có hôm', 'có những ngày', 'có lúc', 'có khi', 'ngày thường',
  'thời khóa biểu', 'lịch học', 'ca học', 'trước kia', 'hôm nào', 'tour', 'buổi sáng', 'buổi chiều', 'buổi tối',
  'mở từ',
];
/**
 * The strongest of those also count in the sentence before ("Tàu chạy vào các ngày thứ 3, thứ 5.
 * Rời bến lúc 9h, ..."; "... thời khóa biểu hàng ngày. 21h30 các em vẫn học").
 */
export const HABITUAL_CLOCK_PREVIOUS: readonly string[] = [
  'hàng ngày', 'hằng ngày', 'mỗi ngày', 'các ngày', 'thường', 'lịch trình', 'thời khóa biểu', 'ngày nào', 'mở cửa', 'mở bán',
];

/**
 * Words the money rules look for around an amount, as data: qualifiers ("khoảng", "hơn",
 * "không quá"), range connectors, rate markers, the number vocabulary used to walk back from a
 * currency word, and the price words that let a bare "400k" stand for đồng.
 */

export const QUALIFIER_KINDS = ['approximately', 'almost', 'more_than', 'less_than', 'at_least', 'at_most', 'up_to'] as const;
export type QualifierKind = (typeof QUALIFIER_KINDS)[number];

/** Words before an amount, lower-cased, one space between syllables. Longest match wins. */
export const QUALIFIERS_BEFORE: Readonly<Record<string, QualifierKind>> = {
  khoảng: 'approximately',
  'khoảng chừng': 'approximately',
  'tầm khoảng': 'approximately',
  tầm: 'approximately',
  chừng: 'approximately',
  'xấp xỉ': 'approximately',
  'ước tính': 'approximately',
  'ước khoảng': 'approximately',
  'ước đạt': 'approximately',
  ước: 'approximately',
  cỡ: 'approximately',
  'trên dưới': 'approximately',
  'xung quanh': 'approximately',
  'quanh mức': 'approximately',
  // "dao động quanh 25.470 đồng/kg", "ước chừng 300 triệu", "áng chừng", "chừng khoảng".
  quanh: 'approximately',
  'xoay quanh': 'approximately',
  'loanh quanh': 'approximately',
  'ước chừng': 'approximately',
  'áng chừng': 'approximately',
  'chừng khoảng': 'approximately',
  gần: 'almost',
  'gần như': 'almost',
  'suýt soát': 'almost',
  hơn: 'more_than',
  'nhiều hơn': 'more_than',
  'cao hơn': 'more_than',
  'lớn hơn': 'more_than',
  trên: 'more_than',
  'vượt quá': 'more_than',
  'vượt': 'more_than',
  'ngót': 'almost',
  'ngót nghét': 'almost',
  dưới: 'less_than',
  'ít hơn': 'less_than',
  'kém hơn': 'less_than',
  'thấp hơn': 'less_than',
  'nhỏ hơn': 'less_than',
  'chưa đến': 'less_than',
  'chưa tới': 'less_than',
  'chưa đầy': 'less_than',
  'không đầy': 'less_than',
  'không tới': 'less_than',
  'không đến': 'less_than',
  'tối đa': 'at_most',
  'không quá': 'at_most',
  'không vượt quá': 'at_most',
  'không hơn': 'at_most',
  'không cao hơn': 'at_most',
  'không lớn hơn': 'at_most',
  'không nhiều hơn': 'at_most',
  'nhiều nhất': 'at_most',
  'ít nhất': 'at_least',
  'tối thiểu': 'at_least',
  'không dưới': 'at_least',
  'không ít hơn': 'at_least',
  'không thấp hơn': 'at_least',
  'không kém': 'at_least',
  'thấp nhất': 'at_least',
  'lên tới': 'up_to',
  'lên đến': 'up_to',
  // Legal style: "có giá trị tối thiểu là 02 tỷ đồng".
  'tối đa là': 'at_most',
  'tối thiểu là': 'at_least',
  'ít nhất là': 'at_least',
  'nhiều nhất là': 'at_most',
  'không quá là': 'at_most',
};

/**
 * "bị phạt đến 8 triệu đồng", "chi tới 461 nghìn USD": a bare "đến" or "tới" right before the
 * amount is "lên tới" (up_to) when the word before it is one of these verbs or nouns of paying,
 * costing or losing. Elsewhere it may close a range ("từ vài trăm đến một triệu đồng") or be
 * "towards" ("hướng tới 13.200 tỷ đồng"), so only after these words. Two-syllable entries
 * ("có thể", "giảm giá") are looked up as the two words before.
 */
export const UP_TO_MARKERS: ReadonlySet<string> = new Set(['đến', 'tới']);
export const UP_TO_AFTER_WORDS: ReadonlySet<string> = new Set([
  'phạt', 'phạt tiền', 'án phạt', 'mức phạt', 'chi', 'giảm', 'giảm giá', 'ưu đãi', 'thưởng', 'bồi thường', 'đền bù', 'mất',
  'tốn', 'tiêu tốn', 'ngốn', 'trị giá', 'giá', 'nhận', 'trả', 'đầu tư', 'thiệt hại', 'lỗ', 'hoàn tiền', 'có thể',
]);

/**
 * "đồng tiền" after a small number is a coin or a currency ("rổ 6 đồng tiền chủ chốt"), except
 * before these words, which make it a sum of money: "trả lại 100 đồng tiền thừa", "5 đồng tiền lãi".
 */
export const DONG_TIEN_MONEY_AFTER: ReadonlySet<string> = new Set(['thừa', 'lẻ', 'lãi', 'công', 'thưởng', 'phạt', 'boa', 'thối', 'cước', 'phí']);

/** Words after an amount: "từ 7000 đồng trở xuống", "từ $1,42 trở lên". */
export const QUALIFIERS_AFTER: Readonly<Record<string, QualifierKind>> = {
  'trở lên': 'at_least',
  'trở xuống': 'at_most',
  'trở lại': 'at_most',
};

/**
 * Between the two ends of a range, as they stand in the lower-cased text with their spaces.
 * "và" only after "giữa" ("giữa 1000 và 2000 đồng"). "đến dưới" (legal: "từ 100.000.000 đồng
 * đến dưới 500.000.000 đồng") excludes the upper end.
 */
export const RANGE_GAPS: ReadonlyArray<{ gap: string; needsGiua?: boolean; maxExclusive?: boolean }> = [
  { gap: ' đến dưới ', maxExclusive: true },
  { gap: ' tới dưới ', maxExclusive: true },
  { gap: ' đến ' },
  { gap: ' tới ' },
  { gap: ' - ' },
  { gap: ' ~ ' },
  { gap: '-' },
  { gap: '~' },
  { gap: ' và ', needsGiua: true },
];

/**
 * Number vocabulary for walking back from a currency word to where a number may start. Reading
 * the number is `readNumberAt`'s job; this only bounds where to try it. `start` marks the words a
 * money amount may begin with ("năm mươi", not "mươi"; "hai triệu", not "triệu": "hàng triệu đồng"
 * is no amount).
 */
export const NUMBER_WORDS: Readonly<Record<string, { start: boolean }>> = {
  một: { start: true },
  hai: { start: true },
  ba: { start: true },
  bốn: { start: true },
  tư: { start: false },
  năm: { start: true },
  sáu: { start: true },
  bảy: { start: true },
  bẩy: { start: true },
  tám: { start: true },
  chín: { start: true },
  mười: { start: true },
  mươi: { start: false },
  mốt: { start: false },
  lăm: { start: false },
  nhăm: { start: false },
  không: { start: false },
  linh: { start: false },
  lẻ: { start: false },
  trăm: { start: false },
  nghìn: { start: false },
  ngàn: { start: false },
  triệu: { start: false },
  tỷ: { start: false },
  tỉ: { start: false },
  rưỡi: { start: false },
  chục: { start: false },
  phẩy: { start: false },
  chấm: { start: false },
  k: { start: false },
  // "nửa triệu đồng": half a million.
  nửa: { start: true },
};

/** Scale words and their power of ten: a range's first end borrows them ("5-7 tỷ đồng"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = { k: 3, nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 };

/** Decimal marks spoken as words: "hai phẩy 23 đô", "2 chấm 23 đô la". */
export const DECIMAL_WORDS: readonly string[] = ['phẩy', 'chấm'];

/** "mỗi hộ được hỗ trợ 3 triệu đồng", "830.000 USD mỗi phút", "2 triệu đồng một tháng". */
export const PER_MARKERS_AFTER: readonly string[] = ['mỗi', 'cho mỗi', 'trên mỗi', 'một', 'hàng', 'hằng'];
/** After "một", "hàng", "hằng" only these units make a rate ("5 triệu đồng một cách" is not one). */
export const PER_UNITS_AFTER_MOT: ReadonlySet<string> = new Set([
  'tháng', 'năm', 'ngày', 'tuần', 'quý', 'giờ', 'đêm', 'phút', 'người', 'kg', 'lít', 'tấn', 'căn', 'hộ', 'suất', 'chiếc',
  'lượt', 'm2', 'cái', 'con', 'vé', 'ca', 'buổi', 'km', 'ha', 'thùng', 'ounce', 'cổ', 'gói', 'hộp', 'chai', 'bộ', 'liều',
  'trận', 'học', 'lần', 'đôi', 'cặp', 'phần',
  // measures and lots ("120,5 triệu đồng một mét vuông", "5 tỷ đồng một lô", "một thửa")
  'mét', 'm3', 'lô', 'thửa', 'sào', 'tạ', 'đợt', 'khóa', 'tín',
  'chiều', // a one-way fare: "3,75 triệu đồng một chiều"
]);
/**
 * Units that make a rate after "một" only at the end of a clause: "86 triệu đồng một lượng." (a gold
 * tael), while "một lượng lớn khách hàng" ("an amount of") goes on with a word.
 */
export const PER_UNITS_AFTER_MOT_AT_CLAUSE_END: ReadonlySet<string> = new Set(['lượng']);
export const PER_UNITS_AFTER_HANG: ReadonlySet<string> = new Set(['ngày', 'tuần', 'tháng', 'quý', 'năm', 'giờ']);

/**
 * Words right before a number with no currency that make it a sum in đồng: "giá 400k/người lớn",
 * "căn hộ có giá 2 tỷ rưỡi", "lương 10 triệu/tháng". One or two syllables; a qualifier may stand
 * between ("giá khoảng 2 tỷ"). Not "5K" (the Covid message) or "4K" (a screen).
 */
export const PRICE_WORDS: ReadonlySet<string> = new Set([
  'giá', 'trị giá', 'giá trị', 'giá bán', 'giá thuê', 'phí', 'học phí', 'viện phí', 'lệ phí', 'cước', 'lương', 'mức lương',
  'thu nhập', 'tiền', 'số tiền', 'kinh phí', 'ngân sách', 'vốn', 'tổng vốn', 'vốn điều lệ', 'doanh thu', 'lợi nhuận',
  'lãi', 'lỗ', 'trả', 'tốn', 'mất', 'chi', 'chi phí', 'thu', 'bán', 'mua', 'phạt', 'thưởng', 'vay', 'nợ', 'góp', 'cọc',
  'đặt cọc', 'ủng hộ', 'quyên góp', 'bồi thường', 'hỗ trợ', 'trợ cấp', 'chỉ',
]);

/**
 * After such a bare number, only the end of the clause, "/", or one of these words: anything else
 * may be what is counted ("bán 2 triệu tấn gạo", "hỗ trợ 2 triệu liều vắc xin").
 */
export const AFTER_IMPLIED_OK: ReadonlySet<string> = new Set([
  'mỗi', 'một', 'cho', 'và', 'nhưng', 'thì', 'là', 'để', 'nên', 'mà', 'còn', 'trong', 'so', 'tùy', 'với', 'khi', 'từ',
  'tới', 'đến', 'hoặc', 'hay', 'nữa', 'thôi', 'rồi', 'trở', 'hàng', 'hằng', 'vào', 'tại', 'ở', 'nhé', 'đấy', 'đó',
]);

/**
 * Units of more than one syllable, so that a rate keeps its whole unit: "/năm học", "mỗi học kỳ",
 * "mỗi hộ gia đình", "/người lớn". Anything else is read as one syllable ("/căn", "mỗi phút").
 */
export const PER_COMPOUNDS: readonly string[] = [
  'hộ gia đình', 'năm học', 'học kỳ', 'học sinh', 'sinh viên', 'người lớn', 'trẻ em', 'gia đình', 'hành vi', 'công ty',
  'doanh nghiệp', 'căn hộ', 'lao động', 'cổ phiếu', 'cổ phần', 'trường hợp', 'chu kỳ', 'bệnh nhân', 'đối tượng',
  'thành viên', 'lượt khách', 'hành khách', 'du khách', 'nhân khẩu', 'con người', 'suất ăn', 'giờ làm', 'ngày công',
  'tháng lương', 'ha đất', 'mét vuông', 'ki lô gam', 'héc ta', 'hợp đồng', 'dự án', 'tài khoản', 'giao dịch', 'hồ sơ',
  'thí sinh', 'cán bộ', 'nhân viên', 'người dân', 'khách hàng', 'chuyến bay', 'lượt truy cập', 'lần khám', 'sản phẩm',
  'mặt hàng', 'đơn hàng', 'đầu người', 'bệnh viện', 'cửa hàng', 'hội viên', 'đơn vị', 'ngày đêm', 'đêm nghỉ',
  // people a sum is paid to ("mỗi quân nhân được thưởng 500.000 đồng")
  'quân nhân', 'công nhân', 'người lao động', 'đảng viên', 'giáo viên', 'công chức', 'viên chức', 'người bệnh',
  'hộ nghèo', 'hộ dân', 'nông dân', 'chiến sĩ', 'người có công', 'trẻ sơ sinh',
  // court and market news ("mỗi bị hại phải nộp từ 50 đến 300 triệu đồng", "mỗi cổ đông nhận ...")
  'bị hại', 'người bị hại', 'nạn nhân', 'bị cáo', 'bị can', 'cổ đông', 'nhà đầu tư', 'học viên',
  // prizes, measures and treatment ("30.000 USD cho mỗi huy chương vàng", "một mét khối", "mỗi đợt điều trị")
  'huy chương', 'huy chương vàng', 'huy chương bạc', 'huy chương đồng', 'vận động viên', 'bàn thắng', 'mét khối',
  'lô đất', 'thửa đất', 'căn nhà', 'tín chỉ', 'đợt điều trị', 'liệu trình', 'ngày điều trị', 'lượt khám',
  'nguyện vọng', 'hồ sơ dự thi', 'lượt bay', 'chặng bay',
  'hợp tác xã', 'tổ hợp tác', 'trang trại',
];

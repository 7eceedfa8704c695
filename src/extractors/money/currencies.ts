/**
 * The currency catalogue: ISO 4217 code, the words and symbols that name it in Vietnamese text,
 * and where each name comes from. Pure data; `lexicon.ts` compiles it once at module load.
 *
 * Sources (cited per entry as `source`):
 * - iso: the ISO 4217 list of codes (the code itself, as written in Vietnamese business news).
 * - duckling: facebook/duckling `Duckling/AmountOfMoney/VI` corpus and rules (đô, đô la, đô mỹ,
 *   xen, xu, Rs, rupees, pounds, dirham, VN$).
 * - dantri: seen in ../shared/corpus/news-dantri.txt (counts in the money report): "đôla Singapore",
 *   "đô la Hồng Kông", "nhân dân tệ", "tệ", "rúp", "baht", "won", "rupee", "franc Thụy Sĩ",
 *   "bảng/tuần" (football wages), "500.000đ".
 * - common: the usual Vietnamese name of the currency (Vietnamese Wikipedia list of currencies).
 */

export interface CurrencyName {
  /** As written, lower-cased (matching runs on the lower-cased text). */
  text: string;
  /**
   * May stand before the amount: "USD 5 triệu", "$10", "US$690 triệu", "EUR29,99".
   * Words (đồng, euro, đô la) only follow the amount.
   */
  prefix?: boolean;
  /** Must be written in capitals in the source: "PHP", "TRY" (lower-case ones are English or Vietnamese words). */
  upper?: boolean;
  /** Must be written exactly so in the source: "Rs" (not "RS", as in "Porsche 911 GT3 RS 2019"). */
  written?: readonly string[];
  /**
   * The word after it (one syllable, lower-cased) that turns it into another word:
   * "2 đồng nghiệp" (colleagues), "9 đô thị" (cities), "6 bảng đấu" (groups).
   */
  notBefore?: readonly string[];
  /**
   * Like `notBefore`, but only for a small bare number: "6 đồng tiền chủ chốt" (six currencies)
   * and "hai đồng bằng" (two deltas) are not money, "5.000 đồng tiền lãi" and "10.990 tỷ đồng
   * bằng nguồn vốn" are.
   */
  notBeforeSmall?: readonly string[];
  /**
   * A bare ambiguous name counts only from this amount up: "375.000 bảng/tuần" is pounds,
   * "chia thành 2 bảng" is groups.
   */
  minAmount?: number;
  source: 'iso' | 'duckling' | 'dantri' | 'common';
}

export interface Currency {
  code: string;
  names: readonly CurrencyName[];
  /** Has hundredths that are named separately ("2 đô la và 23 xen"). */
  cents?: boolean;
}

// Syllables that make "đồng" part of another word: đồng chí, đồng nghiệp, đồng hồ, cánh đồng...
// People: never money, whatever the number ("1 triệu đồng bào").
const DONG_NOT_BEFORE = ['chí', 'nghiệp', 'đội', 'hương', 'bào', 'phạm', 'minh', 'môn', 'niên', 'tác', 'sự', 'ca'];
// Other words: not money after a small bare number ("2 đồng hồ", "hai đồng bằng", "6 đồng tiền"),
// money after "5.000" or "3 tỷ" ("107.000 đồng thời điểm chốt", "5 tỷ đồng bằng vốn vay").
const DONG_NOT_BEFORE_SMALL = [
  'hồ', 'ruộng', 'sở', 'cấp', 'đều', 'thời', 'ý', 'bộ', 'nhất', 'dạng', 'loại', 'tâm', 'lòng', 'xu', 'tiền', 'cảm',
  'thuận', 'hành', 'trang', 'phục', 'lứa', 'khởi', 'tình', 'lõa', 'hóa', 'vị', 'dao', 'nát', 'lúa', 'cỏ', 'bằng', 'quê',
  'bọn', 'phái', 'đẳng', 'hạng', 'giá', 'thanh', 'âm', 'diễn', 'tổ', 'hưởng', 'chủ', 'đạo', 'hội', 'sàng', 'bạc', 'thau',
  'xanh', 'đen', 'nội', 'quy', 'vọng', 'tộc', 'nhân', 'tính', 'loạt', 'cân', 'tử', 'vận', 'nghĩa',
  // "không được một đồng nào": not a single đồng, an idiom, not an amount.
  'nào',
  // "2 đồng USD", "đồng euro": the currency's name, not an amount in đồng.
  'usd', 'euro', 'yên', 'bảng', 'won', 'rúp', 'baht', 'peso', 'rupee', 'đô', 'đôla', 'bitcoin',
];
const DO_NOT_BEFORE = ['thị', 'đốc', 'vật', 'hộ', 'úy', 'sát', 'trưởng', 'thành', 'hội', 'tùy', 'con', 'cao'];
const YEN_NOT_BEFORE = ['tâm', 'ổn', 'lặng', 'bình', 'ả', 'ắng', 'tĩnh', 'ngựa', 'xe', 'bái', 'vui', 'giấc', 'ấm', 'thân', 'lành', 'vị'];
const BANG_NOT_BEFORE = [
  'đấu', 'xếp', 'điểm', 'tổng', 'vàng', 'tin', 'quảng', 'hiệu', 'biểu', 'số', 'giá', 'lương', 'kê', 'chữ', 'mạch',
  'đen', 'điện', 'led', 'tên', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
];

export const CURRENCIES: readonly Currency[] = [
  {
    code: 'VND',
    names: [
      { text: 'đồng', notBefore: DONG_NOT_BEFORE, notBeforeSmall: DONG_NOT_BEFORE_SMALL, source: 'common' },
      { text: 'vnđ', prefix: true, source: 'common' },
      { text: 'vnd', prefix: true, source: 'iso' },
      { text: 'đ', source: 'dantri' },
      { text: '₫', prefix: true, source: 'common' },
      { text: 'vn$', prefix: true, source: 'duckling' },
    ],
  },
  {
    code: 'USD',
    cents: true,
    names: [
      { text: 'usd', prefix: true, source: 'iso' },
      { text: 'us$', prefix: true, source: 'common' },
      { text: '$', prefix: true, source: 'duckling' },
      { text: 'đô la mỹ', source: 'dantri' },
      { text: 'đô-la mỹ', source: 'common' },
      { text: 'đôla mỹ', source: 'common' },
      { text: 'đô mỹ', source: 'duckling' },
      { text: 'đô la', source: 'duckling' },
      { text: 'đô-la', source: 'common' },
      { text: 'đôla', source: 'dantri' },
      { text: 'đô', notBefore: DO_NOT_BEFORE, source: 'duckling' },
      { text: 'dollar', source: 'common' },
      { text: 'dollars', source: 'common' },
    ],
  },
  {
    code: 'EUR',
    cents: true,
    names: [
      { text: 'eur', prefix: true, source: 'iso' },
      { text: '€', prefix: true, source: 'duckling' },
      { text: 'euro', source: 'duckling' },
      { text: 'euros', source: 'duckling' },
      { text: 'ơ-rô', source: 'common' },
    ],
  },
  {
    code: 'GBP',
    cents: true,
    names: [
      { text: 'gbp', prefix: true, source: 'iso' },
      { text: '£', prefix: true, source: 'duckling' },
      { text: 'bảng anh', source: 'dantri' },
      // Not "pound" alone: "nặng 100 pound (46 kg)" is a weight.
      { text: 'pounds', source: 'duckling' },
      { text: 'bảng', notBefore: BANG_NOT_BEFORE, minAmount: 1000, source: 'dantri' },
    ],
  },
  {
    code: 'JPY',
    names: [
      { text: 'jpy', prefix: true, source: 'iso' },
      { text: '¥', prefix: true, source: 'common' },
      { text: 'yên nhật', source: 'common' },
      { text: 'yen', source: 'dantri' },
      { text: 'yên', notBefore: YEN_NOT_BEFORE, source: 'common' },
    ],
  },
  {
    code: 'CNY',
    names: [
      { text: 'cny', prefix: true, source: 'iso' },
      { text: 'rmb', prefix: true, upper: true, source: 'common' },
      { text: 'nhân dân tệ', source: 'dantri' },
      { text: 'tệ', source: 'dantri' },
    ],
  },
  {
    code: 'KRW',
    names: [
      { text: 'krw', prefix: true, source: 'iso' },
      { text: '₩', prefix: true, source: 'common' },
      { text: 'won hàn quốc', source: 'common' },
      { text: 'won', source: 'dantri' },
    ],
  },
  { code: 'TWD', names: [{ text: 'twd', prefix: true, source: 'iso' }, { text: 'nt$', prefix: true, source: 'common' }, { text: 'đài tệ', source: 'common' }, { text: 'đô la đài loan', source: 'common' }] },
  {
    code: 'SGD',
    names: [
      { text: 'sgd', prefix: true, source: 'iso' },
      { text: 's$', prefix: true, source: 'common' },
      { text: 'đô la singapore', source: 'common' },
      { text: 'đôla singapore', source: 'dantri' },
    ],
  },
  {
    code: 'HKD',
    names: [
      { text: 'hkd', prefix: true, source: 'iso' },
      { text: 'hk$', prefix: true, source: 'common' },
      { text: 'đô la hồng kông', source: 'dantri' },
      { text: 'đôla hồng kông', source: 'dantri' },
      { text: 'đô la hong kong', source: 'common' },
      { text: 'đô la hồng công', source: 'common' },
    ],
  },
  {
    code: 'AUD',
    names: [
      { text: 'aud', prefix: true, upper: true, source: 'iso' },
      { text: 'a$', prefix: true, source: 'common' },
      { text: 'đô la úc', source: 'common' },
      { text: 'đôla úc', source: 'common' },
      { text: 'đô la australia', source: 'common' },
    ],
  },
  { code: 'CAD', names: [{ text: 'cad', prefix: true, upper: true, source: 'iso' }, { text: 'c$', prefix: true, source: 'common' }, { text: 'đô la canada', source: 'common' }, { text: 'đôla canada', source: 'common' }] },
  { code: 'NZD', names: [{ text: 'nzd', prefix: true, upper: true, source: 'iso' }, { text: 'đô la new zealand', source: 'common' }] },
  { code: 'CHF', names: [{ text: 'chf', prefix: true, upper: true, source: 'iso' }, { text: 'franc thụy sĩ', source: 'dantri' }, { text: 'franc thụy sỹ', source: 'common' }] },
  { code: 'THB', names: [{ text: 'thb', prefix: true, upper: true, source: 'iso' }, { text: '฿', prefix: true, source: 'common' }, { text: 'baht', source: 'dantri' }, { text: 'bạt', source: 'common' }] },
  {
    code: 'INR',
    cents: true,
    names: [
      { text: 'inr', prefix: true, upper: true, source: 'iso' },
      { text: '₹', prefix: true, source: 'common' },
      { text: 'rs.', prefix: true, written: ['Rs.'], source: 'duckling' },
      { text: 'rs', prefix: true, written: ['Rs'], source: 'duckling' },
      { text: 'rupees', source: 'duckling' },
      { text: 'rupee', source: 'dantri' },
      { text: 'rupee ấn độ', source: 'common' },
    ],
  },
  { code: 'RUB', names: [{ text: 'rub', prefix: true, upper: true, source: 'iso' }, { text: '₽', prefix: true, source: 'common' }, { text: 'rúp', source: 'dantri' }, { text: 'rúp nga', source: 'common' }] },
  { code: 'MYR', names: [{ text: 'myr', prefix: true, upper: true, source: 'iso' }, { text: 'ringgit', source: 'common' }] },
  { code: 'IDR', names: [{ text: 'idr', prefix: true, upper: true, source: 'iso' }, { text: 'rupiah', source: 'common' }] },
  { code: 'PHP', names: [{ text: 'php', prefix: true, upper: true, source: 'iso' }, { text: 'peso philippines', source: 'common' }] },
  { code: 'MXN', names: [{ text: 'mxn', prefix: true, upper: true, source: 'iso' }, { text: 'peso mexico', source: 'common' }] },
  { code: 'LAK', names: [{ text: 'lak', prefix: true, upper: true, source: 'iso' }, { text: 'kíp lào', source: 'common' }] },
  { code: 'KHR', names: [{ text: 'khr', prefix: true, upper: true, source: 'iso' }, { text: 'riel', source: 'common' }] },
  { code: 'AED', names: [{ text: 'aed', prefix: true, upper: true, source: 'iso' }, { text: 'dirham', source: 'duckling' }] },
  { code: 'TRY', names: [{ text: 'try', prefix: true, upper: true, source: 'iso' }, { text: 'lira thổ nhĩ kỳ', source: 'common' }] },
  { code: 'BRL', names: [{ text: 'brl', prefix: true, upper: true, source: 'iso' }, { text: 'real brazil', source: 'common' }] },
  { code: 'SAR', names: [{ text: 'sar', prefix: true, upper: true, source: 'iso' }, { text: 'riyal', source: 'common' }] },
];

/** Names of hundredths, read only after a main amount: "2 đô la và 23 xen", "20 Rupees 43". */
export const CENT_WORDS: readonly string[] = ['xen', 'xu', 'cent', 'cents', 'penny', 'pence'];

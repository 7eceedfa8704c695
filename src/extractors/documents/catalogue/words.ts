/**
 * Words of running text, as data: the type words that introduce a reference ("Nghị quyết số …"),
 * their abbreviations, and the small word lists the trailing-field parser stops at.
 * Source: ../shared/reference/document-numbers.md §4.1 (type words to anchor on) [S], NĐ 30/2020
 * Phụ lục I §II.6 (citation form: type, number, date, issuer, trích yếu) [V]; stop lists are ours.
 */
export interface TypeWord {
  /** Lower case, NFC, tone on the main vowel (what ctx.lower holds). */
  word: string;
  name: string;
  /** Type code the word implies ("Nghị định" → NĐ); undefined for generic words ("văn bản"). */
  code?: string;
  /** Code the word implies in a Party-style symbol (Quy định → QĐi). */
  partyCode?: string;
  /** "Nghị định 100", "Chỉ thị 05": a bare number after the word is a reference. */
  bare?: boolean;
  /** Cited by name: "Luật Đất đai 2024", "Bộ luật Hình sự". */
  named?: boolean;
  /** Always a legal normative document (VBQPPL). */
  normative?: boolean;
  /** Generic word: it gives no type of its own ("văn bản số 17129-CV/VPTW"). */
  generic?: boolean;
  /** The word names the type whatever the symbol's code reads as: "Cáo trạng số 45/CT-VKSTC" (CT is not Chỉ thị here). */
  overridesSymbol?: boolean;
}

export const TYPE_WORDS: readonly TypeWord[] = [
  { word: 'nghị quyết liên tịch', name: 'Nghị quyết liên tịch', code: 'NQLT', normative: true },
  { word: 'nghị quyết', name: 'Nghị quyết', code: 'NQ', bare: true },
  { word: 'nghị định', name: 'Nghị định', code: 'NĐ', bare: true, normative: true },
  { word: 'quyết định', name: 'Quyết định', code: 'QĐ', bare: true },
  { word: 'thông tư liên tịch', name: 'Thông tư liên tịch', code: 'TTLT', bare: true, normative: true },
  { word: 'thông tư', name: 'Thông tư', code: 'TT', bare: true, normative: true },
  { word: 'chỉ thị', name: 'Chỉ thị', code: 'CT', bare: true },
  // "Kết luận thanh tra số 1689/KL-TTCP", "Kết luận kiểm tra số …": the inspection's conclusion.
  { word: 'kết luận thanh tra', name: 'Kết luận', code: 'KL' },
  { word: 'kết luận kiểm tra', name: 'Kết luận', code: 'KL' },
  { word: 'kết luận', name: 'Kết luận', code: 'KL', bare: true },
  { word: 'quy định', name: 'Quy định', code: 'QyĐ', partyCode: 'QĐi', bare: true },
  { word: 'quy chế', name: 'Quy chế', code: 'QC' },
  { word: 'hướng dẫn', name: 'Hướng dẫn', code: 'HD' },
  { word: 'thông báo kết luận', name: 'Thông báo', code: 'TB' },
  { word: 'thông báo', name: 'Thông báo', code: 'TB' },
  { word: 'thông tri', name: 'Thông tri', code: 'TT' },
  { word: 'công văn', name: 'Công văn', bare: true },
  { word: 'công điện', name: 'Công điện', code: 'CĐ', bare: true },
  { word: 'kế hoạch', name: 'Kế hoạch', code: 'KH' },
  { word: 'chương trình', name: 'Chương trình', code: 'CTr' },
  { word: 'đề án', name: 'Đề án', code: 'ĐA', bare: true },
  { word: 'tờ trình', name: 'Tờ trình', code: 'TTr' },
  { word: 'báo cáo', name: 'Báo cáo', code: 'BC' },
  { word: 'văn bản hợp nhất', name: 'Văn bản hợp nhất', code: 'VBHN' },
  { word: 'bản án', name: 'Bản án' },
  // Procuracy indictments: "Cáo trạng số 06/CT-VKSTC-V1" [S-news]; the "CT" of the symbol is the indictment.
  { word: 'cáo trạng', name: 'Cáo trạng', overridesSymbol: true },
  { word: 'văn bản', name: 'Văn bản', generic: true },
  { word: 'bộ luật', name: 'Bộ luật', named: true, normative: true },
  { word: 'luật', name: 'Luật', named: true, normative: true },
  { word: 'pháp lệnh', name: 'Pháp lệnh', code: 'PL', named: true, normative: true },
  { word: 'hiến pháp', name: 'Hiến pháp', named: true, normative: true },
  { word: 'lệnh', name: 'Lệnh', code: 'L' },
];

/** Abbreviated type words, upper case as written ("NĐ 100/2019/NĐ-CP", "QĐ 1147-QĐ/BTGDVTW"). */
export const TYPE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  NĐ: 'nghị định',
  ND: 'nghị định',
  NQ: 'nghị quyết',
  QĐ: 'quyết định',
  QD: 'quyết định',
  TT: 'thông tư',
  TTLT: 'thông tư liên tịch',
  CT: 'chỉ thị',
  KL: 'kết luận',
  CV: 'công văn',
  VBHN: 'văn bản hợp nhất',
  PL: 'pháp lệnh',
  HD: 'hướng dẫn',
};

/** Words before "luật" that make it a common noun ("pháp luật", "kỷ luật", "dự luật", "luật sư"). */
export const NOT_LAW_BEFORE: ReadonlySet<string> = new Set(['pháp', 'quy', 'kỷ', 'định', 'điều', 'dự', 'đạo', 'giới', 'thiết', 'văn', 'khoa', 'ngành', 'chuyên', 'nhập', 'trường', 'học', 'ty', 'hãng', 'hội', 'đoàn', 'giám']);

/** First title words that make "Luật X" a firm or a person ("Công ty Luật TNHH …", "Luật sư …"). */
export const NOT_TITLE_FIRST: ReadonlySet<string> = new Set(['sư', 'gia', 'tnhh', 'cổ', 'và']);

/** Law titles that hold a comma: "Luật Phòng, chống tham nhũng", "Luật Khám bệnh, chữa bệnh". */
export const COMMA_CONTINUES: readonly string[] = ['chống ', 'khen thưởng', 'chữa bệnh', 'công chức', 'trưng dụng', 'gia nhập', 'chăm sóc', 'bổ sung'];

/**
 * Lower-case words that end a law title or an issuing body: verbs and function words. A title
 * runs on through capitalised words and lower-case words not in this list ("Luật Giao thông
 * đường bộ"), so the list holds what typically follows a title in news.
 */
export const TITLE_STOP_WORDS: ReadonlySet<string> = new Set([
  'năm', 'số', 'ngày', 'của', 'về', 'và', 'hoặc', 'quy', 'được', 'có', 'đã', 'sẽ', 'là', 'này', 'đó', 'thì', 'mà', 'cho', 'khi',
  'tại', 'theo', 'trong', 'với', 'để', 'do', 'sau', 'trước', 'nhưng', 'cũng', 'không', 'chưa', 'vẫn', 'đang', 'hiện', 'mới', 'cũ',
  'nêu', 'sửa', 'bổ', 'các', 'những', 'nên', 'vì', 'bị', 'từ', 'đến', 'ra', 'vào', 'lần', 'thứ', 'yêu', 'nhằm', 'cần', 'phải',
  'gồm', 'hướng', 'ban', 'nhiều', 'một', 'hai', 'ba', 'điều', 'khoản', 'chương', 'áp', 'chỉ', 'rõ', 'đều',
  'như', 'hay', 'tới', 'qua', 'trên', 'dưới', 'bởi', 'vừa', 'sắp', 'nay', 'hết', 'đây', 'kia', 'ấy', 'rằng', 'ghi', 'nói',
  'cấm', 'buộc', 'phê', 'lấy', 'xin', 'dự', 'trình', 'tiếp', 'thực', 'triển', 'kèm', 'riêng', 'chung', 'hiệu', 'ngoài', 'ngay',
  'đối', 'tuy', 'nếu', 'còn', 'việc', 'tất', 'cả',
]);

/** Glued lower-case words after a symbol ("03/2017/NĐ-CPngày 16/01/2017"). */
export const GLUED_WORDS: readonly string[] = ['ngày', 'của', 'về', 'và', 'năm', 'quy', 'hướng', 'ban', 'sửa', 'được', 'thì', 'là', 'có', 'tại', 'theo', 'đã'];

/** Words after a bare number that make it a quantity, not a document ("Kết luận 5 điểm"). */
export const BARE_NUMBER_UNITS: ReadonlySet<string> = new Set([
  'tháng', 'năm', 'ngày', 'giờ', 'phút', 'tuần', 'tuổi', 'người', 'lần', 'điểm', 'triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn', 'trăm', 'đồng',
  'km', 'm', 'kg', 'ha', 'ca', 'trường', 'nội', 'nhóm', 'vấn', 'nhiệm', 'mục', 'giải', 'bước', 'khâu', 'đơn', 'địa', 'tỉnh',
  'huyện', 'xã', 'cơ', 'điều', 'chính', 'văn', 'loại', 'lĩnh', 'năm,', 'chữ', 'trang', 'phương', 'tiêu', 'chỉ', 'yêu',
]);

/**
 * Lower-case words an issuing body may hold after its capitalised head ("UBND tỉnh Lâm Đồng",
 * "Ban Chấp hành Trung ương khóa XIII", "Ủy ban nhân dân thành phố"); any other lower-case word
 * ends the body ("của Ngân hàng Nhà nước quy định …").
 */
export const BODY_WORDS: ReadonlySet<string> = new Set([
  'tỉnh', 'thành', 'phố', 'nhân', 'dân', 'nhà', 'nước', 'huyện', 'quận', 'xã', 'phường', 'thị', 'trấn', 'chính', 'phủ',
  'trung', 'ương', 'cấp', 'ban', 'chấp', 'hành', 'thường', 'vụ', 'bộ', 'khối', 'đảng', 'sở', 'cục', 'tổng', 'viện', 'tòa', 'án',
  'kiểm', 'sát', 'tối', 'cao', 'quốc', 'hội', 'đồng', 'ủy', 'văn', 'phòng', 'khóa', 'khoá', 'chỉ', 'đạo', 'tướng', 'thủ', 'tịch',
  'chủ', 'bí', 'thư', 'chính', 'trị', 'tra', 'liên', 'đoàn', 'lao', 'động', 'mặt', 'trận', 'tổ', 'công', 'an', 'tài', 'y', 'tế',
  'giáo', 'dục', 'đào', 'tạo', 'xây', 'dựng', 'quân', 'sự', 'ngân', 'hàng', 'và', 'vận', 'tải', 'giao', 'thông', 'nội',
  'tư', 'pháp', 'nông', 'nghiệp', 'môi', 'trường', 'cơ', 'quan', 'đại', 'biểu', 'toàn', 'lần', 'thứ', 'điều', 'tuyên',
  'thể', 'thao', 'du', 'lịch', 'hóa', 'khoa', 'học', 'nghệ', 'kế', 'hoạch', 'đầu', 'thương', 'binh', 'ngoại',
  'nghị', 'thẩm', 'phán', 'kinh', 'tế', 'chứng', 'khoán', 'thuế', 'hải', 'thanh', 'niên', 'phụ', 'nữ', 'cựu', 'chiến', 'sĩ', 'truyền',
  'hình', 'báo', 'phát', 'triển', 'gia', 'tin', 'thi', 'sản', 'vệ', 'sinh', 'môi', 'đặc', 'biệt', 'khu', 'vực', 'miền', 'trưởng', 'phó',
  'chức', // "Ban Tổ chức Trung ương", "Ban Tổ chức Tỉnh ủy"
  'cổ', 'đông', 'quản', 'viên', 'ty', // "Đại hội đồng cổ đông thường niên", "Hội đồng quản trị công ty", "Hội đồng thành viên"
  'đốc', // "của Giám đốc Đại học Bách khoa Hà Nội"
]);

/**
 * Words that end a trích yếu without "." or ";": the clause goes on with a verb
 * ("Nghị định 117/2020/NĐ-CP về xử phạt … trong lĩnh vực y tế quy định hành vi …").
 */
export const SUBJECT_STOPS: readonly string[] = [' quy định ', ' từ ngày ', ' kể từ ', ' quy định:', ' thì ', ' nhưng ', ' là ', ' đã ', ' sẽ ', ' có hiệu lực', ' cho thấy', ' nêu rõ', ' yêu cầu '];

/** After a comma, these keep a trích yếu going whatever follows ("phòng, chống", "sửa đổi, bổ sung"). */
export const COMMA_KEEPS: readonly string[] = [', chống', ', bổ sung', ', khen thưởng'];

/** A clause part after a comma that starts with one of these is the sentence going on, not the title. */
export const CLAUSE_OPENERS: readonly string[] = [
  'đồng thời', 'trong đó', 'theo đó', 'tuy nhiên', 'song', 'do đó', 'vì vậy', 'vì thế', 'nên', 'khi', 'sau khi', 'nếu', 'sau đó',
  'trước đó', 'hiện', 'nhưng', 'còn', 'và', 'hoặc', 'cùng', 'từ', 'kể từ', 'ngày', 'bởi', 'do', 'để', 'gồm', 'như', 'thì',
  'tức', 'nghĩa', 'với', 'người', 'ông', 'bà', 'anh', 'chị', 'em', 'họ', 'chúng', 'tôi', 'mình',
];

/** Verbs and connectives that show a clause part after a comma is not part of a title. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'có', 'được', 'bị', 'phải', 'cần', 'vẫn', 'đang', 'chưa', 'không', 'sẽ', 'đã', 'là', 'thì', 'mà', 'nói', 'cho',
  'tiếp', 'vừa', 'đưa', 'nêu', 'ghi', 'ký', 'ban', 'gửi', 'nhận', 'tổ', 'hiệu', 'áp', 'còn', 'nhưng', 'nên',
]);

/** Verb phrases with the same role, whose words alone are also nouns ("Cầu Diễn", "vấn đề"). */
export const CLAUSE_PHRASES: readonly string[] = [' diễn ra', ' yêu cầu', ' đề nghị', ' đề xuất', ' cho biết', ' đánh giá'];

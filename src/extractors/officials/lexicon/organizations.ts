/**
 * The grammar of organisation names after a title ("Ban Dân vận Trung ương", "Đảng ủy Khối các
 * cơ quan Trung ương", "Ủy ban nhân dân tỉnh X", "Bộ Lao động - Thương binh và Xã hội").
 * Source: reference §1 (capitalisation of organisation names, NĐ 30/2020 Phụ lục II §IV) and §2;
 * the lower-case phrases are those seen inside titles in the Dân Trí corpus.
 *
 * Any capitalised word that does not start a person's name continues an organisation, so only
 * two lists are needed: known multi-word bodies (read as one unit, case-insensitively, so a
 * family name inside them - "Đoàn", "Hồ" - is not taken for a person), and lower-case words that
 * may sit inside an organisation name.
 */
export const KNOWN_BODIES: readonly string[] = [
  'Trung ương', 'Trung ương Đảng', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'Bộ Chính trị', 'Ban Bí thư',
  'Trung ương Đoàn', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh', 'Thành đoàn', 'Tỉnh đoàn',
  'Quốc hội', 'Chính phủ', 'Nhà nước', 'Đảng ủy', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy Khối',
  'Ủy ban nhân dân', 'UBND', 'Hội đồng nhân dân', 'HĐND', 'Ủy ban Mặt trận Tổ quốc', 'Mặt trận Tổ quốc', 'MTTQ',
  'Ủy ban Kiểm tra', 'Ban Thường vụ', 'Thường trực', 'Công an', 'Bộ Công an', 'Bộ Quốc phòng', 'Bộ Ngoại giao',
  'Bộ Văn hóa, Thể thao và Du lịch', 'Văn hóa, Thể thao và Du lịch', 'Bộ VHTTDL', 'Bộ Lao động - Thương binh và Xã hội',
  'Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội', 'Bộ LĐ-TB&XH', 'Bộ LĐTBXH', 'Ban Chính sách, chiến lược Trung ương', 'Ban Chính sách, Chiến lược Trung ương',
  'Tòa án nhân dân tối cao', 'TAND tối cao', 'TAND Tối cao', 'Viện Kiểm sát nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao',
  'VKSND tối cao', 'VKSND Tối cao', 'Tòa án nhân dân', 'TAND', 'Viện kiểm sát nhân dân', 'VKSND',
  'Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Bộ đội Biên phòng', 'Bộ Tổng Tham mưu', 'Tổng cục Chính trị',
  'Ngân hàng Nhà nước', 'Kiểm toán Nhà nước', 'Thanh tra Chính phủ', 'Văn phòng Chính phủ', 'Văn phòng Quốc hội',
  'Văn phòng Trung ương Đảng', 'Văn phòng Chủ tịch nước', 'Hội đồng quản trị', 'HĐQT', 'Hội đồng thành viên', 'HĐTV',
  'Hội đồng Dân tộc', 'Hội đồng trường', 'Đoàn Luật sư',
  // a capitalised head that takes a lower-case second syllable ("Bộ Khoa học", "Cục Hàng không")
  'Đoàn đại biểu Quốc hội', 'Đoàn ĐBQH', 'Cảng hàng không', 'Ban Chỉ đạo', 'Ban Quản lý', 'Báo điện tử', 'Khoa học', 'Hàng không', 'Hàng hải', 'Báo chí', 'Bộ môn', 'Bộ phận', 'Bộ Chỉ huy', 'Bộ Tư lệnh', 'Cảng vụ', 'Đảng Cộng sản',
  'Đảng Cộng sản Việt Nam', 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', 'Tư pháp', 'Hàng không Việt Nam',
  // foreign and domestic companies and clubs often written between a title and a name
  'Bạch Mai', 'Chợ Rẫy', 'Hoàng Anh Gia Lai', 'HAGL', 'Real Madrid', 'Barcelona', 'Premier League', 'Facebook', 'Google',
  'Apple', 'Amazon', 'Microsoft', 'Samsung', 'Samsung Electronics', 'Tesla', 'Pfizer', 'Moderna', 'AstraZeneca', 'Vingroup',
  'Viettel', 'Masan', 'Masan Group', 'Vinamilk', 'Vietjet', 'Vietnam Airlines', 'FLC', 'EVN', 'PVN', 'FPT', 'Juventus',
  'Manchester United', 'MU', 'Chelsea', 'Arsenal', 'Liverpool', 'Manchester City', 'Bayern Munich', 'PSG', 'UEFA', 'AFF', 'VFF', 'VPF', 'Ủy ban Thường vụ Quốc hội', 'TW', 'TƯ', 'T.Ư', 'T.W',
];

/** Lower-case words and phrases that continue an organisation name. */
export const ORG_LOWER_PHRASES: readonly string[] = [
  'nhân dân', 'hội đồng quản trị', 'hội đồng thành viên', 'các cơ quan', 'cơ quan', 'và', 'ủy', 'đoàn', 'chấp hành', 'thường vụ', 'thường trực', 'kiểm tra', 'tối cao',
  'tổ quốc', 'trung ương', 'quốc hội', 'chính phủ', 'nhà nước', 'vận tải', 'phát triển nông thôn', 'nông thôn', 'quân sự',
  'biên phòng', 'kiểm sát nhân dân', 'quản trị', 'thành viên', 'điều hành', 'hội đồng', 'ủy ban', 'công an', 'mặt trận',
  'đảng ủy', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'cổ phần', 'trách nhiệm hữu hạn', 'thường vụ quốc hội',
  'thường trực quốc hội', 'thường trực chính phủ', 'dự khuyết', 'thứ nhất', 'cán sự đảng', 'cán sự', 'chi bộ', 'đảng bộ',
  // "Trường Khoa học xã hội và nhân văn": "xã hội" is no commune ("xã")
  'xã hội', 'nhân văn',
  // "Trường ĐH Kinh tế quốc dân" ("nghề nghiệp", "quốc gia" go on as a body's lower-case rest instead:
  // "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", "Ban Chỉ đạo quốc gia về …")
  'quốc dân', 'phổ thông', 'dân tộc nội trú', 'mầm non', 'tiểu học', 'trung học cơ sở', 'trung học phổ thông', 'đa khoa', 'thị trường', 'quản lý thị trường',
  // "Hiệp hội Doanh nghiệp nhỏ và vừa": "vừa" alone would start a predicate ("vừa ký").
  'nhỏ và vừa',
];

/**
 * Pairs written with a comma inside the name of a body (NĐ 30/2020 keeps the comma): "Cục Quản
 * lý Khám, chữa bệnh", "Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "Cục Cảnh sát PCCC và
 * cứu nạn, cứu hộ". Elsewhere a comma ends the title. Lower-cased, the comma and one space.
 */
export const COMMA_PAIRS: readonly string[] = [
  'phòng, chống', 'khám, chữa', 'khám bệnh, chữa bệnh', 'phòng cháy, chữa cháy', 'cứu nạn, cứu hộ', 'cứu hộ, cứu nạn',
  'tìm kiếm, cứu nạn', 'tham nhũng, tiêu cực', 'tham nhũng, lãng phí', 'thi đua, khen thưởng', 'xuất, nhập cảnh', 'xuất, nhập khẩu',
];

/**
 * Words after which "về" goes on in a body's name ("Ban Chỉ đạo quốc gia về phòng, chống thiên
 * tai", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng", "Cục Cảnh sát điều tra tội phạm về
 * ma túy"); elsewhere "về" starts a predicate.
 */
export const TOPIC_AFTER: readonly string[] = ['quốc gia', 'trung ương', 'tội phạm'];

/**
 * Bodies whose names form a closed list with no lower-case rest ("Bộ Y tế", "Sở Nội vụ"; the
 * lower-case words they do hold, "vận tải", "phát triển nông thôn", are listed above): a
 * lower-case word after their name is the sentence going on ("Giám đốc Sở Y tế kỷ luật ...").
 */
export const CLOSED_NAME_HEADS: readonly string[] = ['bộ', 'sở'];

/** Known bodies whose name goes on in lower case: "Ban Chỉ đạo quốc gia về ...", "Ban Quản lý dự án ...". */
export const CONTINUED_BODIES: readonly string[] = ['ban chỉ đạo', 'ban quản lý', 'ban chỉ huy', 'bộ chỉ huy', 'khoa học', 'hàng không', 'hàng hải'];

/**
 * Nouns in the lower-case rest of a body's name whose first syllable alone would start a
 * predicate ("tham gia", "dự họp", "thông báo"): "Ban Chỉ đạo Trung ương về phòng, chống tham
 * nhũng", "Ban Quản lý dự án", "Trung tâm Công nghệ thông tin", "Ủy ban quốc gia về người cao tuổi".
 * Two words, lower-cased.
 */
export const CONTINUATION_NOUNS: readonly string[] = [
  'tham nhũng', 'tham mưu', 'dự án', 'dự báo', 'dự trữ', 'dự phòng', 'thông tin', 'thông tấn', 'phát triển', 'phát thanh', 'đề án',
  'chủ quyền', 'tin học', 'cảnh sát', 'lưu trữ', 'lưu ký', 'người cao', 'người khuyết', 'tiết kiệm', 'chỉ huy', 'giao thông',
  'truyền thông', 'viễn thông', 'xã hội', 'cấp cứu', 'cấp nước', 'cấp thoát', 'hàng không', 'hàng hải', 'công trình',
  'nhập cảnh', 'xuất cảnh',
  // ending on an institution word ("trường", "báo"): "Tài nguyên và Môi trường", "Quản lý thị trường"
  'môi trường', 'thị trường', 'quảng trường', 'nông trường', 'lâm trường', 'ngư trường', 'công trường',
];

/**
 * Lower-case phrases of the list above that are also verbs: they continue a body only right
 * after one of their heads ("Ủy ban kiểm tra Tỉnh ủy"; "Thứ trưởng Bộ Y tế kiểm tra ..." is the predicate).
 */
export const LOWER_PHRASE_HEADS: ReadonlyArray<readonly [string, readonly string[]]> = [['kiểm tra', ['ủy ban', 'ub', 'ban']]];

/**
 * What a speaker's title is followed by ("Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Thừa Thiên
 * Huế cho biết", "... cho PV Dân trí biết", "... chủ trì"): verbs said of a person, so a
 * lower-case rest of a body's name right before one of them is confirmed as the name's end. An
 * adverb ("cũng", "đã") may come between.
 */
export const SPEECH_VERBS: readonly string[] = [
  'cho biết', 'cho hay', 'cho rằng', 'nhận định', 'chia sẻ', 'khẳng định', 'nhấn mạnh', 'nói', 'phát biểu', 'bày tỏ', 'nhận xét',
  'lưu ý', 'khuyến cáo', 'cảnh báo', 'giải thích', 'thừa nhận', 'trả lời', 'thông báo', 'tiết lộ', 'kiến nghị', 'đề nghị', 'đề xuất',
  'nêu', 'cho pv', 'cho phóng viên', 'chủ trì', 'chỉ đạo', 'ký',
];
export const SPEECH_ADVERBS: readonly string[] = ['cũng', 'đã', 'vừa', 'còn'];

/**
 * Verbs that take a person as object: the lower-case words after a title that lead to a name
 * through them are the sentence going on ("Chủ tịch Hội Nông dân khen thưởng Lê Văn Cường").
 * Phrases are matched whole; single words only right before a capitalised word ("giao Trung
 * tâm ...", not "giao thông").
 */
export const OBJECT_VERB_PHRASES: readonly string[] = [
  'kỷ luật', 'khen thưởng', 'chúc mừng', 'phê bình', 'bổ nhiệm', 'miễn nhiệm', 'cách chức', 'bãi nhiệm', 'điều động', 'biểu dương',
  'tuyên dương', 'động viên', 'cảm ơn', 'tri ân', 'khởi tố', 'truy tố', 'tạm giữ', 'xử phạt', 'đình chỉ', 'kiểm điểm', 'chứng kiến',
  'ủy quyền', 'tiếp nhận', 'gặp gỡ', 'phỏng vấn', 'hướng dẫn', 'giới thiệu', 'đề cử', 'ủng hộ', 'chỉ định', 'thăm hỏi', 'hỏi thăm',
];
export const OBJECT_VERB_WORDS: readonly string[] = [
  'khen', 'mời', 'giao', 'cử', 'bắt', 'phạt', 'hỏi', 'tiễn', 'đón', 'bầu', 'thay', 'nhờ', 'gọi', 'xin', 'đưa', 'dẫn', 'thưởng', 'giúp', 'cảm',
];

/**
 * Single capitalised words that are a whole word by themselves (a kind of body), so a
 * lower-case word after them is not their second syllable: "Giám đốc Sở cho biết" ends at "Sở".
 * Every other capitalised word in an organisation may take one lower-case second syllable
 * ("Dân vận", "Y tế", "Tài chính"), the way Vietnamese capitalises names of bodies.
 */
export const WHOLE_WORD_HEADS: readonly string[] = [
  'bộ', 'ban', 'sở', 'cục', 'vụ', 'viện', 'phòng', 'khoa', 'hội', 'đoàn', 'khối', 'đảng', 'trường', 'báo', 'đài', 'tỉnh', 'huyện',
  'xã', 'quận', 'phường', 'thành', 'nước', 'nga', 'mỹ', 'anh', 'pháp', 'đức', 'lào', 'nhật', 'úc', 'ý',
  // units of the "<unit> trưởng" roles: "Trạm Kiểm soát Biên phòng", "Đồn Biên phòng"
  'trạm', 'đồn', 'hạt',
];

/**
 * Institution words whose proper name follows them: "Bệnh viện Bạch Mai", "Trường Lê Quý Đôn".
 * The capitalised run after them names the institution first; a person's name can only start
 * further in ("Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ").
 */
export const INSTITUTION_HEADS: readonly string[] = [
  'bệnh viện', 'trường', 'đại học', 'học viện', 'công ty', 'tập đoàn', 'tổng công ty', 'ngân hàng', 'nhà máy', 'khách sạn',
  // "Cảng hàng không quốc tế Tân Sơn Nhất": an airport's name follows its kind, written in lower case
  'cảng hàng không quốc tế', 'cảng hàng không',
  'báo', 'đài', 'tạp chí', 'nhà xuất bản', 'quỹ', 'hợp tác xã', 'câu lạc bộ', 'CLB', 'sân bay', 'cảng', 'chùa', 'nhà hát',
  'bảo tàng', 'ĐH', 'ĐHQG', 'CĐ', 'Trường ĐH', 'Trường CĐ', 'Bệnh viện Đa khoa', 'trung tâm', 'Trường THPT', 'Trường THCS', 'Trường Tiểu học', 'Trường Đại học', 'THPT', 'THCS',
  // "Giám đốc Doanh nghiệp tư nhân Hồ Quang Trí": a private enterprise is often named after its owner.
  'doanh nghiệp tư nhân', 'DNTN',
];

/**
 * Heads of a body whose name may go on in lower case: "Cục khám chữa bệnh", "Hội người khuyết
 * tật tỉnh Ninh Bình", "Liên đoàn bóng đá châu Âu", "Trung tâm kiểm soát bệnh tật Quảng Nam"
 * (news often capitalises only the head). Lower-cased.
 */
export const LOWER_NAMED_HEADS: readonly string[] = [
  'ban', 'hội', 'cục', 'vụ', 'viện', 'trung tâm', 'liên đoàn', 'ủy ban', 'hội đồng', 'công ty', 'tập đoàn', 'bệnh viện',
  'học viện', 'tổng cục', 'hiệp hội', 'công đoàn', 'phòng', 'trường', 'khối', 'cảng', 'đài', 'quỹ', 'tổng công ty',
  'liên hiệp', 'văn phòng', 'chi cục', 'trạm', 'đội', 'ub', 'tổng liên đoàn', 'ngân hàng', 'sở',
];

/** Continents and regions written in lower case after a body ("Ủy ban châu Âu"): a foreign name may follow. */
export const LOWER_REGIONS: readonly string[] = ['châu Âu', 'châu Á', 'châu Phi', 'châu Mỹ', 'châu Đại Dương', 'Đông Nam Á', 'châu Á - Thái Bình Dương', 'châu Á-Thái Bình Dương'];

/**
 * Words that end the name of a company or a club, never a person's name ("Intracom Group",
 * "Berkshire Hathaway Energy"): a foreign-looking run holding one is read as a body.
 */
export const ORG_NAME_WORDS: readonly string[] = [
  'group', 'corporation', 'corp', 'bank', 'holdings', 'holding', 'capital', 'company', 'inc', 'ltd', 'airlines', 'airways',
  'motors', 'electronics', 'partners', 'securities', 'investment', 'foundation', 'league', 'club', 'fc', 'university',
  'institute', 'energy', 'tech', 'technologies', 'software', 'solutions', 'media', 'pharma', 'global', 'international',
  'consulting', 'fund', 'exchange', 'association', 'council', 'agency', 'office', 'united', 'city',
];

/**
 * Bodies that hold a smaller one, written after a comma or a dash at the end of an appositive
 * title: "Trưởng Ban Quản lý Đào tạo, Học viện Tài chính", "Trưởng khoa Ngoại lồng ngực, Bệnh
 * viện K", "Vụ trưởng Vụ Giáo dục đại học, Bộ GD&ĐT" (Dân Trí corpus: ~45 appositive titles).
 */
export const PARENT_BODY_HEADS: readonly string[] = [
  'Học viện', 'Trường', 'Đại học', 'ĐH', 'ĐHQG', 'Bệnh viện', 'BV', 'Sở', 'Bộ', 'Viện', 'Tổng cục', 'Cục', 'Công ty',
  'Tập đoàn', 'Tổng Công ty', 'UBND', 'Ủy ban', 'Hội', 'Liên đoàn', 'Văn phòng', 'Trung tâm', 'Ngân hàng',
];

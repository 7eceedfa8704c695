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
  // "Trường ĐH Kinh tế quốc dân", "Tổng cục Giáo dục nghề nghiệp", "Viện Tim mạch quốc gia"
  'quốc dân', 'nghề nghiệp', 'quốc gia', 'phổ thông', 'dân tộc nội trú', 'mầm non', 'tiểu học', 'trung học cơ sở', 'trung học phổ thông', 'đa khoa', 'thị trường', 'quản lý thị trường',
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
  'báo', 'đài', 'tạp chí', 'nhà xuất bản', 'quỹ', 'hợp tác xã', 'câu lạc bộ', 'CLB', 'sân bay', 'cảng', 'chùa', 'nhà hát',
  'bảo tàng', 'ĐH', 'ĐHQG', 'CĐ', 'Trường ĐH', 'Trường CĐ', 'Bệnh viện Đa khoa', 'trung tâm', 'Trường THPT', 'Trường THCS', 'Trường Tiểu học', 'Trường Đại học', 'THPT', 'THCS',
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

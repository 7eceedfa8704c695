/**
 * Place names that may follow a title ("Bí thư Thành ủy Hà Nội Nguyễn Duy Ngọc"). They are read
 * BEFORE the family-name list, because many start with a family name (Hà Nội, Cao Bằng, Lâm Đồng,
 * Thái Bình ...): reference §3 boundary heuristic 2.
 * Sources: the 63 provinces and cities before 07/2025 and the 34 after (reference §2.4 and the
 * header note), their common written variants, and country names seen in the Dân Trí corpus.
 */
export const PROVINCES: readonly string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre',
  'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Cao Bằng', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng',
  'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai',
  'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi',
  'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế',
  'Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
  'Hồ Chí Minh', 'HCM', 'Sài Gòn', 'Thủ Đức', 'Việt Nam',
];

/** Countries, unions and international bodies: a foreign name may follow them directly. */
export const COUNTRIES: readonly string[] = [
  'Mỹ', 'Hoa Kỳ', 'Nhật Bản', 'Nhật', 'Trung Quốc', 'Hàn Quốc', 'Triều Tiên', 'Nga', 'Liên bang Nga', 'Pháp', 'Anh', 'Đức',
  'Ý', 'Italy', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Bỉ', 'Thụy Sĩ', 'Thụy Điển', 'Na Uy', 'Đan Mạch', 'Phần Lan', 'Ba Lan',
  'Séc', 'Hungary', 'Áo', 'Hy Lạp', 'Thổ Nhĩ Kỳ', 'Ukraine', 'Belarus', 'Israel', 'Iran', 'Iraq', 'Syria', 'Ả Rập Xê Út',
  'Saudi Arabia', 'Ai Cập', 'Ấn Độ', 'Pakistan', 'Afghanistan', 'Bangladesh', 'Sri Lanka', 'Lào', 'Campuchia', 'Thái Lan',
  'Myanmar', 'Malaysia', 'Singapore', 'Indonesia', 'Philippines', 'Brunei', 'Timor-Leste', 'Đông Timor', 'Mông Cổ',
  'Australia', 'Úc', 'New Zealand', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Chile', 'Cuba', 'Venezuela', 'Nam Phi',
  'Nigeria', 'Kenya', 'Algeria', 'Mozambique', 'Đài Loan', 'Hong Kong', 'Hồng Kông', 'Kazakhstan', 'Uzbekistan',
  'Liên hợp quốc', 'Liên Hợp Quốc', 'LHQ', 'EU', 'Liên minh châu Âu', 'Liên minh Châu Âu', 'ASEAN', 'WHO', 'NATO', 'IMF',
  'Bulgaria', 'Italia', 'Slovakia', 'Azerbaijan', 'Qatar', 'UAE', 'Kuwait', 'Cộng hòa Séc', 'Romania', 'Serbia', 'Croatia',
  'Estonia', 'Latvia', 'Litva', 'Lithuania', 'Slovenia', 'Ireland', 'Scotland', 'Peru', 'Colombia', 'Ecuador', 'Bolivia',
  'Ethiopia', 'Ghana', 'Senegal', 'Maroc', 'Morocco', 'Tunisia', 'Libya', 'Sudan', 'Jordan', 'Liban', 'Lebanon', 'Yemen',
  'Oman', 'Bahrain', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Armenia', 'Gruzia', 'Georgia', 'Moldova', 'Nepal', 'Bhutan',
  'Maldives', 'Fiji', 'Papua New Guinea', 'Palestine', 'Iceland', 'Luxembourg', 'Monaco', 'Cyprus', 'Malta', 'Vatican',
  'California', 'New York', 'Texas', 'Florida', 'Washington', 'London', 'Paris', 'Tokyo', 'Bắc Kinh', 'Moscow', 'Mátxcơva',
  'Delhi', 'New Delhi', 'Bangkok', 'Seoul', 'Thượng Hải', 'Vũ Hán', 'Quảng Đông', 'Hồ Bắc', 'Đài Bắc', 'Ottawa', 'Canberra',
  'Gabon', 'Chad', 'Mali', 'Niger', 'Congo', 'Angola', 'Zimbabwe', 'Zambia', 'Uganda', 'Tanzania', 'Rwanda', 'Cameroon',
  'Bờ Biển Ngà', 'Haiti', 'Jamaica', 'Guatemala', 'Honduras', 'Nicaragua', 'Panama', 'Costa Rica', 'El Salvador', 'Bosnia',
  'Albania', 'Macedonia', 'Montenegro', 'Kosovo', 'Somalia', 'Eritrea', 'Djibouti', 'Madagascar', 'Namibia', 'Botswana',
  'Ngân hàng Thế giới', 'WB', 'WTO', 'UNESCO', 'UNICEF', 'FIFA', 'IOC', 'Nhà Trắng', 'Lầu Năm Góc', 'Điện Kremlin', 'Kremlin',
];

/** Words that make the next capitalised run a place name, never a person ("tỉnh Lâm Đồng"). */
export const ADMIN_UNITS: readonly string[] = [
  'tỉnh', 'thành phố', 'TP', 'TP.', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'đặc khu', 'thôn', 'bản', 'ấp', 'tổ dân phố',
];

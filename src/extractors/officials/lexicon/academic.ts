/**
 * Academic and honorary prefixes written before a name ("GS.TS Nguyễn Văn A", "PGS, TS Trần Minh
 * Điển", "ThS. Tạ Thị Thanh Tâm"). Source: /work/shared/reference/officials.md §2.6. They are
 * kept on the record as `academic` but are not positions: a professor with no position is not
 * an official. Matched case-sensitively on the written form (upper-case letters), because the
 * lower-cased "ts", "gs" also occur in ordinary text.
 */
export const ACADEMIC_PARTS: readonly string[] = ['GS', 'PGS', 'TS', 'TSKH', 'ThS', 'BS', 'BSCK', 'BSCKI', 'BSCKII', 'BSCK1', 'BSCK2', 'CKI', 'CKII', 'BSNT', 'KS', 'LS', 'NSND', 'NSƯT', 'NGND', 'NGƯT', 'TTND', 'TTƯT', 'AHLĐ'];

/** Spelled-out academic words, same use. */
export const ACADEMIC_WORDS: readonly string[] = ['giáo sư', 'phó giáo sư', 'tiến sĩ', 'thạc sĩ'];

/**
 * Occupations that are not titles (negative lexicon): "bác sĩ Nguyễn Văn A" is not an official
 * unless a position is attached ("bác sĩ X, Giám đốc Bệnh viện Y"). Source: the issue's
 * "must not be officials" list and §2.6 (BS, DS, KS, LS spelled out).
 */
export const OCCUPATIONS: readonly string[] = [
  'bác sĩ', 'y tá', 'điều dưỡng', 'dược sĩ', 'kỹ sư', 'luật sư', 'kiến trúc sư', 'nhà báo', 'phóng viên', 'nhà văn', 'nhà thơ',
  'nghệ sĩ', 'ca sĩ', 'diễn viên', 'nhạc sĩ', 'họa sĩ', 'nông dân', 'công nhân', 'giáo viên', 'cô giáo', 'thầy giáo', 'sinh viên',
  'học sinh', 'doanh nhân', 'thương nhân', 'cầu thủ', 'vận động viên', 'huấn luyện viên', 'chuyên gia', 'nhà nghiên cứu',
  'người dân', 'ngư dân', 'tài xế', 'lái xe', 'bệnh nhân', 'nạn nhân', 'đối tượng',
];

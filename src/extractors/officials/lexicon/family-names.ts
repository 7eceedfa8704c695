/**
 * Vietnamese family names (họ), lower-cased. Source: /work/shared/reference/officials.md §5.1
 * (national estimate ranks 1–14, the 115k-name sample ranks 15–36 and its long tail), plus a few
 * compound-name first parts from §5.2 (Tôn, Âu). A capitalised run that starts with one of these
 * after a title is read as a person's name.
 *
 * Left out on purpose: "văn" and "thị" (overwhelmingly middle names; a run starting with them is
 * an organisation or a place), "ông" (the honorific).
 */
export const FAMILY_NAMES: readonly string[] = [
  // ranks 1–14 (national estimate)
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý',
  // ranks 15–36 (115k sample)
  'trương', 'đinh', 'đoàn', 'đào', 'trịnh', 'hà', 'mai', 'lương', 'cao', 'phùng', 'lưu', 'lâm', 'tạ', 'chu', 'chử',
  'vương', 'thái', 'quách', 'triệu', 'tô', 'kiều', 'nông', 'châu',
  // long tail (< 0.35 % each)
  'lại', 'đàm', 'la', 'ma', 'hứa', 'tăng', 'tống', 'bạch', 'khuất', 'đồng', 'giang', 'nghiêm', 'lữ', 'lã', 'từ', 'vi',
  'diệp', 'phí', 'cấn', 'lò', 'tôn', 'lục', 'thạch', 'kim', 'danh', 'âu', 'mạc', 'khổng', 'khúc', 'ninh', 'văn',
].filter((n) => n !== 'văn');

/**
 * Surnames of Chinese, Korean and Cambodian leaders as Vietnamese news writes them, not (or
 * hardly) Vietnamese family names: "Chủ tịch Tập Cận Bình", "Thủ tướng Hun Manet", "Ôn Gia Bảo".
 * Read as family names so a bare head-of-state title before them finds the person (with no
 * country word between, the run would otherwise be taken for the body). The Chinese surnames
 * that are Vietnamese ones too (Lý, Vương, Hồ, Giang ...) are in the list above already.
 */
export const FOREIGN_FAMILY_NAMES: readonly string[] = [
  'tập', 'mao', 'ôn', 'uông', 'ngụy', 'tần', 'lật', 'hun',
];

/**
 * Surnames whose given names are often written in a Latin transcription, not as Vietnamese
 * syllables: "Hun Manet", "Kim Jong-un". After one of them, foreign words complete the name.
 */
export const SURNAMES_WITH_FOREIGN_GIVEN: readonly string[] = ['hun', 'kim'];

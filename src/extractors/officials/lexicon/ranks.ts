/**
 * Military and police ranks used as a title before a name ("Thượng tướng Nguyễn Văn Sơn").
 * Source: /work/shared/reference/officials.md §2.5 (rank words [S]; navy ranks [U]).
 */
export const RANKS: readonly string[] = [
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng',
  'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy',
  'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc',
];

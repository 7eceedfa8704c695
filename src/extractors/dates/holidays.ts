/**
 * Named holidays, as data: the name (lower-case, normalised; longest first among names sharing a
 * start), the calendar and the month and day. A holiday is read only with its year: stated
 * ("Tết Nguyên đán 2018", "Giáng sinh năm 2020", "Tết Canh Tý"), implied by "năm nay", "năm
 * ngoái", "năm sau", or with its date restated ("Quốc khánh 2/9"). A holiday name alone is a
 * season in news ("dịp Tết", "mùa Giáng sinh", "trước Tết giá tăng"): which one, last or next, the
 * text does not say, and "Tết" spans weeks; so it is no record.
 */
export interface Holiday {
  name: string;
  calendar: 'gregorian' | 'lunar';
  month: number;
  day: number;
}

export const HOLIDAYS: readonly Holiday[] = [
  // Lunar New Year: mùng 1 tháng Giêng.
  { name: 'tết nguyên đán', calendar: 'lunar', month: 1, day: 1 },
  { name: 'tết âm lịch', calendar: 'lunar', month: 1, day: 1 },
  { name: 'tết cổ truyền', calendar: 'lunar', month: 1, day: 1 },
  { name: 'tết nguyên tiêu', calendar: 'lunar', month: 1, day: 15 },
  { name: 'tết hàn thực', calendar: 'lunar', month: 3, day: 3 },
  { name: 'tết đoan ngọ', calendar: 'lunar', month: 5, day: 5 },
  { name: 'tết trung thu', calendar: 'lunar', month: 8, day: 15 },
  { name: 'tết dương lịch', calendar: 'gregorian', month: 1, day: 1 },
  { name: 'tết tây', calendar: 'gregorian', month: 1, day: 1 },
  { name: 'tết ông công ông táo', calendar: 'lunar', month: 12, day: 23 },
  { name: 'tết ông táo', calendar: 'lunar', month: 12, day: 23 },
  // "Tết 2022", "Tết Canh Tý", "Tết năm nay": the Lunar New Year.
  { name: 'tết', calendar: 'lunar', month: 1, day: 1 },
  { name: 'trung thu', calendar: 'lunar', month: 8, day: 15 },
  { name: 'giỗ tổ hùng vương', calendar: 'lunar', month: 3, day: 10 },
  { name: 'lễ vu lan', calendar: 'lunar', month: 7, day: 15 },
  { name: 'lễ giáng sinh', calendar: 'gregorian', month: 12, day: 25 },
  { name: 'giáng sinh', calendar: 'gregorian', month: 12, day: 25 },
  { name: 'noel', calendar: 'gregorian', month: 12, day: 25 },
  { name: 'quốc khánh', calendar: 'gregorian', month: 9, day: 2 },
  { name: 'quốc tế lao động', calendar: 'gregorian', month: 5, day: 1 },
  { name: 'quốc tế phụ nữ', calendar: 'gregorian', month: 3, day: 8 },
  { name: 'quốc tế thiếu nhi', calendar: 'gregorian', month: 6, day: 1 },
  { name: 'lễ tình nhân', calendar: 'gregorian', month: 2, day: 14 },
  { name: 'valentine', calendar: 'gregorian', month: 2, day: 14 },
  { name: 'halloween', calendar: 'gregorian', month: 10, day: 31 },
  { name: 'nhà giáo việt nam', calendar: 'gregorian', month: 11, day: 20 },
  { name: 'phụ nữ việt nam', calendar: 'gregorian', month: 10, day: 20 },
  { name: 'thầy thuốc việt nam', calendar: 'gregorian', month: 2, day: 27 },
  { name: 'giải phóng miền nam', calendar: 'gregorian', month: 4, day: 30 },
];

/** The first words of the holiday names: the keywords the date scan stops at. */
export const HOLIDAY_FIRST_WORDS: readonly string[] = [...new Set(HOLIDAYS.map((h) => h.name.split(' ')[0]))];

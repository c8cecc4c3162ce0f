/**
 * The corpus's clean base workbook: settings, a criteria sheet, one criteria-in-rows scoring sheet
 * (Tự chấm | Khối chấm under merged unit names), the units list and a small nomination list. It gives
 * no finding at all, so each case's expected codes are exactly what its one defect causes.
 *
 * Khối THCS cells: units in D/E (An Phú), F/G (Bình Minh), H/I (Cát Lái), Tự chấm then Khối chấm;
 * leaves on rows 6, 7, 9, 10 (I.1, I.2, II.1, II.2); groups I and II on rows 5 and 8.
 */
import type { BookSpec, CellInput, SheetSpec } from './book';

export const UNITS = ['Trường THCS An Phú', 'Trường THCS Bình Minh', 'Trường THCS Cát Lái'] as const;
export const BLOC = 'Khối THCS';

export function settingsSheet(): SheetSpec {
  return {
    name: 'Cấu hình',
    rows: [
      ['Tham số', 'Giá trị'],
      ['Tên cơ quan', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO AN HÒA'],
      ['Cơ quan chủ quản', 'UBND HUYỆN AN HÒA'],
      ['Địa danh', 'An Hòa'],
      ['Năm học', '2024-2025'],
    ],
  };
}

export const CRITERIA_ROWS: CellInput[][] = [
  ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn'],
  ['I', 'Công tác quản lý', 40],
  ['1', 'Kế hoạch năm học', 20],
  ['2', 'Kiểm tra nội bộ', 20],
  ['II', 'Chất lượng giáo dục', 60],
  ['1', 'Chất lượng học sinh', 30],
  ['2', 'Đội ngũ giáo viên', 30],
];

export function criteriaSheet(): SheetSpec {
  return { name: 'Tiêu chí', rows: CRITERIA_ROWS.map((r) => [...r]) };
}

/** Per unit, per leaf (I.1, I.2, II.1, II.2): [Tự chấm, Khối chấm]. Totals 92, 85, 69 (self 93, 86, 70). */
export const SCORES: readonly (readonly (readonly [number, number])[])[] = [
  [[20, 19], [18, 18], [28, 28], [27, 27]],
  [[18, 18], [17, 17], [26, 25], [25, 25]],
  [[15, 15], [15, 14], [20, 20], [20, 20]],
];

export function scoringSheet(units: readonly string[] = UNITS, name = BLOC): SheetSpec {
  const width = 3 + 2 * units.length;
  const head: CellInput[] = ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn'];
  const sub: CellInput[] = [null, null, null];
  const merges = [`A1:${col(width - 1)}1`, 'A3:A4', 'B3:B4', 'C3:C4'];
  units.forEach((u, i) => {
    head.push(u, null);
    sub.push('Tự chấm', 'Khối chấm');
    merges.push(`${col(3 + 2 * i)}3:${col(4 + 2 * i)}3`);
  });
  const leaf = (k: number, code: string, title: string, max: number): CellInput[] => [code, title, max, ...units.flatMap((_, i) => [...(SCORES[i % SCORES.length]![k]!)])];
  return {
    name,
    merges,
    rows: [
      [`BẢNG CHẤM ĐIỂM THI ĐUA ${name.toUpperCase()} - NĂM HỌC 2024-2025`],
      [],
      head,
      sub,
      ['I', 'Công tác quản lý', 40],
      leaf(0, '1', 'Kế hoạch năm học', 20),
      leaf(1, '2', 'Kiểm tra nội bộ', 20),
      ['II', 'Chất lượng giáo dục', 60],
      leaf(2, '1', 'Chất lượng học sinh', 30),
      leaf(3, '2', 'Đội ngũ giáo viên', 30),
    ],
  };
}

export function unitsSheet(units: readonly string[] = UNITS): SheetSpec {
  return { name: 'Đơn vị', rows: [['STT', 'Tên đơn vị', 'Khối'], ...units.map((u, i): CellInput[] => [i + 1, u, BLOC])] };
}

export const NOMINATION_HEADER: CellInput[] = ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại', 'Kỷ luật'];

export function nominationsSheet(people: CellInput[][] = defaultPeople()): SheetSpec {
  return { name: 'Đề nghị khen thưởng', rows: [NOMINATION_HEADER, ...people.map((p, i) => [i + 1, ...p])] };
}

export function defaultPeople(): CellInput[][] {
  return [
    ['Nguyễn Văn An', '12/03/1985', 'Giáo viên', UNITS[0], 'LĐTT', 'HTTNV', 'Không'],
    ['Trần Thị Bình', '05/07/1990', 'Giáo viên', UNITS[1], 'LĐTT', 'HTTNV', 'Không'],
  ];
}

/** The clean base book. */
export function baseBook(): BookSpec {
  return [settingsSheet(), criteriaSheet(), scoringSheet(), unitsSheet(), nominationsSheet()];
}

/** Column letter of a 0-based index (A..Z, AA..). */
export function col(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

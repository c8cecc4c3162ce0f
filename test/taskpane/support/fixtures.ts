/**
 * A small workbook as the officer would have it: settings, one criteria sheet, two blocs scored with
 * units in rows, a units list, and an individual nomination list. Values are inline 2-D arrays.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/workbook/snapshot';

export function sheet(name: string, values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name, visibility: 'visible', values, merges: [], ...extra };
}

export const SETTINGS = sheet('Cấu hình', [
  ['Tham số', 'Giá trị', 'Ghi chú'],
  ['Tên cơ quan', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ', null],
  ['Cơ quan chủ quản', 'UBND HUYỆN ĐẦM HÀ', null],
  ['Địa danh', 'Đầm Hà', null],
  ['Năm học', '2024-2025', null],
  ['Ghi chú riêng của phòng', 'giữ nguyên dòng này', 'không phải tham số'],
]);

export const CRITERIA = sheet('Tiêu chí', [
  ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn'],
  ['I', 'Công tác chỉ đạo', 40],
  ['1', 'Kế hoạch năm học', 20],
  ['2', 'Kiểm tra nội bộ', 20],
  ['II', 'Chất lượng giáo dục', 60],
  ['1', 'Kết quả học tập', 30],
  ['2', 'Phong trào', 30],
]);

/** Units in rows: STT | Đơn vị | 1 group score per column. */
export function blocSheet(name: string, rows: [string, number, number][]): SheetSnapshot {
  return sheet(name, [['STT', 'Đơn vị', 'I', 'II'], ...rows.map(([u, a, b], i) => [i + 1, u, a, b] as CellValue[])]);
}

export const BLOC_THCS = blocSheet('Khối THCS', [
  ['THCS Quảng Lâm', 39, 58],
  ['THCS Đầm Hà', 38, 55],
  ['THCS Tân Bình', 35, 50],
  ['THCS Quảng Tân', 30, 45],
  ['THCS Quảng Thành', 39.5, 56],
]);

export const BLOC_TH = blocSheet('Khối Tiểu học', [
  ['TH Quảng Lợi', 40, 59],
  ['TH Đại Bình', 36, 52],
  ['TH Tân Lập', 33, 50],
]);

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, source: 'test' };
}

export function exampleWorkbook(): WorkbookSnapshot {
  return workbook(SETTINGS, CRITERIA, BLOC_THCS, BLOC_TH);
}

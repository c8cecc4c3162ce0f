/** Words the generated workbook is made of: names, places and the ways schools type titles and ratings. */

export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Mai', 'Tạ'];
export const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Thu', 'Kim', 'Xuân', 'Hồng'];
export const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Ngân', 'Oanh', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang', 'Tuấn', 'Vân', 'Yến'];
export const PLACES = ['Đầm Hà', 'Quảng Tân', 'Tân Bình', 'Dực Yên', 'Quảng Lợi', 'Đại Bình', 'Tân Lập', 'Quảng An', 'Hòa Bình', 'Minh Khai', 'Trần Phú', 'Lê Lợi', 'Hùng Vương', 'Chu Văn An', 'Quang Trung'];
export const LEVELS = ['THCS', 'TH', 'Mầm non', 'THPT'];
export const POSITIONS = ['Giáo viên', 'Giáo viên', 'Giáo viên', 'Tổ trưởng', 'Tổ phó', 'Nhân viên', 'Kế toán', 'Phó Hiệu trưởng', 'Hiệu trưởng'];

/** Proposed titles with their share of the rows (most people are proposed for LĐTT). */
export const AWARDS: readonly (readonly [string, number])[] = [
  ['Lao động tiên tiến', 0.45],
  ['LĐTT', 0.2],
  ['CSTĐCS', 0.1],
  ['LĐTT, CSTĐCS', 0.05],
  ['Giấy khen', 0.08],
  ['LĐTT; Giấy khen', 0.05],
  ['BK UBND tỉnh', 0.03],
  ['CSTĐ cấp tỉnh', 0.02],
  ['Chiến sĩ thi đua cơ sở, CSTĐ tỉnh', 0.015],
  ['Bằng khen Thủ tướng', 0.005],
];

export const RATINGS: readonly (readonly [string | null, number])[] = [
  ['Hoàn thành xuất sắc nhiệm vụ', 0.25],
  ['HTXSNV', 0.2],
  ['Hoàn thành tốt nhiệm vụ', 0.3],
  ['HTTNV', 0.15],
  ['HTNV', 0.05],
  [null, 0.05],
];

export const INITIATIVES = ['SKKN cấp cơ sở', 'Đổi mới phương pháp dạy học (cấp cơ sở)', 'Ứng dụng CNTT trong quản lý (cấp tỉnh)', '01 SK cấp cơ sở', 'Không'];
export const HISTORIES = ['CSTĐCS 2022-2023, 2023-2024', 'LĐTT 2023-2024', 'Giấy khen 2022; LĐTT 2023', 'CSTĐCS năm học 2022-2023', 'Bằng khen UBND tỉnh 2021; HTXSNV 2022-2023'];
export const DISCIPLINES = ['Khiển trách', 'Cảnh cáo'];

/** Picks by weight; the weights need not add up to 1. */
export function weighted<T>(items: readonly (readonly [T, number])[], u: number): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = u * total;
  for (const [v, w] of items) {
    x -= w;
    if (x < 0) return v;
  }
  return items[items.length - 1]![0];
}

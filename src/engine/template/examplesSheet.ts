/**
 * The example `Điển hình tiên tiến` sheet (SPEC §9): people and models proposed as advanced examples by
 * the three blocs. With the example's rules (`Cấu hình`: each bloc at least 2 managers/teachers/staff and
 * 1–3 collectives or models; the whole list at least 10, of them at least 3 students) every count is met
 * except one: Khối Mầm non sends a single teacher (✗).
 */
import type { PlanValue } from '../../workbook/plan';
import type { TemplateSheet } from './types';

/** Unit, name or model, Đối tượng, Lĩnh vực, Tóm tắt thành tích, Đăng ký danh hiệu. */
const ENTRIES: readonly (readonly [string, string, string, string, string, string])[] = [
  ['Trường THCS Đầm Hà', 'Phạm Thị Lan', 'Giáo viên', 'Đổi mới phương pháp dạy học', 'Dạy học STEM môn Vật lí, sáng kiến cấp tỉnh', 'Chiến sĩ thi đua cơ sở'],
  ['Trường THCS Quảng Tân', 'Đặng Văn Phúc', 'Cán bộ quản lý', 'Quản lý nhà trường', 'Quản lí nền nếp bằng phần mềm', 'Chiến sĩ thi đua cơ sở'],
  ['Trường THCS Đầm Hà', 'Nguyễn Minh Anh', 'Học sinh', 'Học tập', 'Giải Nhất học sinh giỏi cấp tỉnh môn Toán', ''],
  ['Trường THCS Tân Bình', 'Lê Thu Trang', 'Học sinh', 'Học tập, rèn luyện', 'Giải Ba cuộc thi Khoa học kỹ thuật cấp tỉnh', ''],
  ['Trường THCS Dực Yên', 'Mô hình "Thư viện xanh"', 'Tập thể, mô hình', 'Văn hóa đọc', 'Duy trì thư viện ngoài trời, 100 % học sinh tham gia', ''],
  ['Trường TH Đầm Hà', 'Hoàng Thị Hà', 'Giáo viên', 'Dạy học', 'Giáo viên dạy giỏi cấp tỉnh', 'Chiến sĩ thi đua cơ sở'],
  ['Trường TH Quảng Tân', 'Vũ Thị Nga', 'Nhân viên', 'Thư viện, thiết bị', 'Thư viện đạt chuẩn mức độ 2', 'Lao động tiên tiến'],
  ['Trường TH Tân Bình', 'Trần Gia Bảo', 'Học sinh', 'Học tập', 'Giải Nhì Olympic Tiếng Anh cấp huyện', ''],
  ['Trường TH Quảng Lợi', 'Mô hình "Sân trường an toàn"', 'Tập thể, mô hình', 'Xây dựng trường học an toàn', 'Không để xảy ra tai nạn thương tích trong năm học', ''],
  ['Trường MN Tân Bình', 'Nguyễn Thị Thu', 'Giáo viên', 'Chăm sóc, giáo dục trẻ', 'Giáo viên dạy giỏi cấp huyện', 'Lao động tiên tiến'],
  ['Trường MN Quảng Tân', 'Mô hình "Bếp ăn bán trú"', 'Tập thể, mô hình', 'Chăm sóc, nuôi dưỡng', 'Bếp một chiều, 100 % trẻ ăn bán trú', ''],
];

export function examplesTemplate(): TemplateSheet {
  const rows: PlanValue[][] = ENTRIES.map((e, i) => [i + 1, ...e.map((v) => (v === '' ? null : v))]);
  return {
    name: 'Điển hình tiên tiến',
    headerRow: 0,
    widths: [6, 28, 30, 18, 24, 46, 24],
    rows: [['STT', 'Đơn vị', 'Họ và tên / Tên mô hình', 'Đối tượng', 'Lĩnh vực', 'Tóm tắt thành tích', 'Đăng ký danh hiệu'], ...rows],
  };
}

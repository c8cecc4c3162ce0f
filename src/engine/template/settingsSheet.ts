/** The example `Cấu hình` sheet (SPEC §3.1, §6): the issuing body, the period, signature names and a few parameters. */
import type { TemplateSheet } from './types';

export function settingsTemplate(): TemplateSheet {
  return {
    name: 'Cấu hình',
    headerRow: 0,
    widths: [36, 44, 50],
    rows: [
      ['Tham số', 'Giá trị', 'Ghi chú'],
      ['Cơ quan chủ quản', 'UBND HUYỆN ĐẦM HÀ', 'Dòng trên cùng, bên trái của tiêu đề văn bản'],
      ['Tên cơ quan', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ', 'Cơ quan ban hành'],
      ['Địa danh', 'Đầm Hà', 'Dùng cho dòng "Đầm Hà, ngày … tháng … năm …"'],
      ['Năm học', '2024-2025', 'Kỳ đánh giá (hoặc dùng tham số "Năm")'],
      ['Người lập biểu', 'Nguyễn Thị Hoa', 'Ký bên trái'],
      ['Chủ tịch Hội đồng', 'Phạm Văn Hùng', 'Ký bên phải'],
      ['Chênh lệch cảnh báo (điểm)', 5, 'Chênh lệch tự chấm - khối chấm vượt mức này thì cảnh báo'],
      ['Tiêu chí phụ khi bằng điểm', 'Điểm trừ ít hơn; Điểm chuẩn cao hơn', 'Theo thứ tự áp dụng'],
      ['Số đơn vị đề nghị Cờ', 1, 'Mỗi khối, cụm'],
      ['Tỷ lệ đề nghị Bằng khen', '40%', 'Trên số đơn vị còn lại sau khi trừ đơn vị đề nghị Cờ'],
      ['Làm tròn', 'Xuống', 'Xuống, Gần nhất hoặc Lên'],
      ['Căn cứ pháp lý', 'Luật Thi đua, khen thưởng số 06/2022/QH15 và các văn bản hướng dẫn thi hành', ''],
    ],
  };
}

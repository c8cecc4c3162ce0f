/**
 * The headers each kind of sheet is read by (SPEC §3), offered when the user says what one of their
 * own headers means. They are the canonical Vietnamese spellings the engine recognises.
 */
import type { SheetRole } from '../../engine';

export const CANONICAL_HEADERS: Readonly<Partial<Record<SheetRole, readonly string[]>>> = {
  settings: ['Tham số', 'Giá trị', 'Ghi chú'],
  criteria: ['TT', 'Nội dung', 'Điểm chuẩn', 'Loại', 'Ghi chú'],
  scoring: ['TT', 'Nội dung', 'Điểm chuẩn', 'Loại', 'Tự chấm', 'Khối chấm', 'STT', 'Đơn vị', 'Điểm cộng', 'Điểm trừ', 'Tổng'],
  units: ['STT', 'Tên đơn vị', 'Khối', 'Số CB-GV-NV', 'Cấp học'],
  votes: ['Đơn vị', 'Họ và tên', 'Khối', 'Danh hiệu', 'Số phiếu đồng ý', 'Tổng số phiếu', 'Số thành viên'],
  nominations: [
    'STT',
    'Họ và tên',
    'Ngày sinh',
    'Mã định danh',
    'Chức vụ',
    'Đơn vị',
    'Danh hiệu đề nghị',
    'Xếp loại',
    'Sáng kiến',
    'Cấp công nhận',
    'Số sáng kiến',
    'Số ngày nghỉ',
    'Lý do nghỉ',
    'Kỷ luật',
    'Ngày tuyển dụng',
    'Số tháng công tác',
    'Thành tích các năm trước',
    'Ghi chú',
  ],
  collectives: [
    'Tên tập thể',
    'Đơn vị',
    'Danh hiệu đề nghị',
    'Xếp loại',
    'Số thành viên',
    'Số LĐTT',
    'Số CSTĐCS',
    'Số hoàn thành nhiệm vụ trở lên',
    'Số bị kỷ luật',
  ],
  registration: ['Đơn vị', 'Ngày đăng ký', 'Mục tiêu, chỉ tiêu', 'Đăng ký danh hiệu'],
  examples: ['Đơn vị', 'Họ và tên', 'Tên mô hình', 'Đối tượng', 'Lĩnh vực', 'Tóm tắt thành tích', 'Đăng ký danh hiệu'],
};

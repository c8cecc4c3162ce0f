/** The registration sheet `Đăng ký thi đua` (SPEC §9): names and header aliases. */
import type { ColumnSpec } from '../cells/headers';

export const REGISTRATION_SHEET_NAMES = ['Đăng ký thi đua', 'Đăng ký', 'Danh sách đăng ký thi đua', 'Bảng đăng ký thi đua', 'Đăng ký danh hiệu thi đua'];

export const REGISTRATION_COLUMNS: readonly ColumnSpec[] = [
  { key: 'stt', aliases: ['STT', 'TT', 'Số TT'] },
  { key: 'unit', aliases: ['Đơn vị', 'Tên đơn vị', 'Đơn vị đăng ký', 'Trường', 'Tên trường', 'Đơn vị công tác'], required: true },
  { key: 'name', aliases: ['Họ và tên', 'Họ tên', 'Cá nhân đăng ký', 'Họ và tên cá nhân', 'Tên cá nhân'] },
  { key: 'date', aliases: ['Ngày đăng ký', 'Ngày gửi đăng ký', 'Ngày nộp đăng ký', 'Ngày nhận đăng ký', 'Ngày đăng kí', 'Ngày'], required: true },
  { key: 'goals', aliases: ['Mục tiêu, chỉ tiêu', 'Mục tiêu', 'Chỉ tiêu', 'Mục tiêu chỉ tiêu', 'Nội dung đăng ký', 'Chỉ tiêu đăng ký'] },
  { key: 'title', aliases: ['Đăng ký danh hiệu', 'Danh hiệu đăng ký', 'Danh hiệu thi đua đăng ký', 'Đăng ký danh hiệu thi đua', 'Danh hiệu'] },
];

/** The advanced-examples sheet `Điển hình tiên tiến` (SPEC §9): names and header aliases. */
import type { ColumnSpec } from '../cells/headers';

export const EXAMPLES_SHEET_NAMES = ['Điển hình tiên tiến', 'Điển hình', 'Danh sách điển hình tiên tiến', 'DS điển hình tiên tiến', 'Gương điển hình tiên tiến'];

export const EXAMPLES_COLUMNS: readonly ColumnSpec[] = [
  { key: 'stt', aliases: ['STT', 'TT', 'Số TT'] },
  { key: 'unit', aliases: ['Đơn vị', 'Tên đơn vị', 'Trường', 'Đơn vị công tác', 'Tên trường'], required: true },
  { key: 'either', aliases: ['Họ và tên / Tên mô hình', 'Họ và tên, tên mô hình', 'Họ và tên hoặc tên mô hình', 'Họ tên / Tên mô hình', 'Tên điển hình', 'Tên cá nhân, tập thể'] },
  { key: 'person', aliases: ['Họ và tên', 'Họ tên', 'Tên cá nhân', 'Họ và tên cá nhân'] },
  { key: 'model', aliases: ['Tên mô hình', 'Mô hình', 'Tên tập thể, mô hình', 'Tên tập thể', 'Tên mô hình, tập thể'] },
  { key: 'group', aliases: ['Đối tượng', 'Đối tượng điển hình', 'Nhóm đối tượng', 'Thành phần'] },
  { key: 'field', aliases: ['Lĩnh vực', 'Lĩnh vực điển hình', 'Lĩnh vực tiêu biểu'] },
  { key: 'summary', aliases: ['Tóm tắt thành tích', 'Thành tích', 'Tóm tắt thành tích nổi bật', 'Thành tích nổi bật', 'Thành tích tiêu biểu'] },
  { key: 'title', aliases: ['Đăng ký danh hiệu', 'Danh hiệu đăng ký', 'Danh hiệu', 'Danh hiệu đề nghị'] },
];

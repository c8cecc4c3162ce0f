/**
 * Header aliases of the nomination sheets (SPEC §3.5–§3.7), matched forgivingly (any case, with or
 * without diacritics, punctuation ignored: "Họ và tên" = "HO VA TEN" = "Họ, và tên").
 */
import type { ColumnSpec } from '../cells/headers';

export const INDIVIDUAL_COLUMNS: readonly ColumnSpec[] = [
  { key: 'stt', aliases: ['STT', 'TT', 'Số TT', 'Số thứ tự'] },
  { key: 'name', aliases: ['Họ và tên', 'Họ tên', 'Họ, tên', 'Họ và tên cá nhân', 'Tên cá nhân', 'Họ và tên cán bộ', 'Họ và tên người được đề nghị'], required: true },
  { key: 'birth', aliases: ['Ngày sinh', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'Năm sinh'] },
  { key: 'id', aliases: ['Mã định danh', 'Mã CB', 'Mã cán bộ', 'Mã định danh cá nhân', 'Mã số cán bộ', 'Số định danh', 'Mã số', 'Mã CBCCVC'] },
  { key: 'position', aliases: ['Chức vụ', 'Chức danh', 'Chức vụ, chức danh', 'Chức vụ/chức danh', 'Chức vụ/Chức danh'] },
  { key: 'unit', aliases: ['Đơn vị', 'Đơn vị công tác', 'Tên đơn vị', 'Trường', 'Nơi công tác', 'Đơn vị, trường'] },
  {
    key: 'award',
    aliases: [
      'Danh hiệu đề nghị',
      'Hình thức đề nghị',
      'Danh hiệu, hình thức đề nghị',
      'Danh hiệu/hình thức đề nghị',
      'Danh hiệu thi đua đề nghị',
      'Hình thức khen thưởng đề nghị',
      'Danh hiệu, hình thức khen thưởng đề nghị',
      'Đề nghị danh hiệu',
      'Đề nghị khen thưởng',
      'Đề nghị',
      'Danh hiệu',
    ],
    required: true,
  },
  { key: 'rating', aliases: ['Xếp loại', 'Đánh giá, xếp loại', 'Đánh giá xếp loại', 'Kết quả đánh giá', 'Kết quả đánh giá, xếp loại', 'Kết quả xếp loại', 'Đánh giá', 'Xếp loại năm nay', 'Mức độ hoàn thành nhiệm vụ'] },
  { key: 'initiative', aliases: ['Sáng kiến', 'Đề tài', 'Sáng kiến, đề tài', 'Sáng kiến/đề tài', 'Sáng kiến kinh nghiệm', 'SKKN', 'Tên sáng kiến', 'Sáng kiến, đề tài khoa học', 'Tên sáng kiến, đề tài'] },
  { key: 'initiativeLevel', aliases: ['Cấp công nhận', 'Cấp công nhận sáng kiến', 'Cấp độ sáng kiến', 'Cấp sáng kiến', 'Cấp công nhận SK'] },
  { key: 'initiativeCount', aliases: ['Số sáng kiến', 'Số SK', 'Số lượng sáng kiến', 'Số SKKN', 'Số sáng kiến, đề tài'] },
  { key: 'leaveDays', aliases: ['Số ngày nghỉ', 'Số ngày nghỉ trong năm', 'Ngày nghỉ', 'Số ngày nghỉ việc', 'Số ngày nghỉ làm việc'] },
  { key: 'leaveReason', aliases: ['Lý do nghỉ', 'Lí do nghỉ', 'Lý do'] },
  { key: 'discipline', aliases: ['Kỷ luật', 'Kỉ luật', 'Hình thức kỷ luật', 'Hình thức kỉ luật', 'Bị kỷ luật'] },
  { key: 'hireDate', aliases: ['Ngày tuyển dụng', 'Ngày vào ngành', 'Ngày bắt đầu công tác', 'Ngày nhận công tác', 'Ngày về đơn vị'] },
  { key: 'serviceMonths', aliases: ['Số tháng công tác', 'Thời gian công tác (tháng)', 'Số tháng làm việc', 'Số tháng công tác trong năm'] },
  {
    key: 'history',
    aliases: ['Thành tích các năm trước', 'Thành tích những năm trước', 'Thành tích đã đạt', 'Quá trình khen thưởng', 'Thành tích khen thưởng', 'Khen thưởng các năm trước', 'Thành tích đã đạt được'],
  },
  { key: 'note', aliases: ['Ghi chú'] },
];

export const COLLECTIVE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'stt', aliases: ['STT', 'TT'] },
  { key: 'name', aliases: ['Tên tập thể', 'Tập thể', 'Tên tập thể đề nghị', 'Tên đơn vị, tập thể'], required: true },
  { key: 'unit', aliases: ['Đơn vị', 'Đơn vị chủ quản', 'Thuộc đơn vị', 'Trực thuộc'] },
  { key: 'award', aliases: ['Danh hiệu đề nghị', 'Hình thức đề nghị', 'Danh hiệu, hình thức đề nghị', 'Danh hiệu thi đua đề nghị', 'Đề nghị', 'Danh hiệu'], required: true },
  { key: 'rating', aliases: ['Xếp loại', 'Đánh giá, xếp loại', 'Đánh giá xếp loại', 'Kết quả đánh giá', 'Xếp loại tập thể'] },
  { key: 'members', aliases: ['Số thành viên', 'Tổng số thành viên', 'Tổng số CB-GV-NV', 'Số CB-GV-NV', 'Tổng số người', 'Số người', 'Tổng số cá nhân'] },
  { key: 'ldtt', aliases: ['Số LĐTT', 'Số lao động tiên tiến', 'Số cá nhân đạt LĐTT', 'LĐTT'] },
  { key: 'cstdcs', aliases: ['Số CSTĐCS', 'Số chiến sĩ thi đua cơ sở', 'Số cá nhân đạt CSTĐCS', 'CSTĐCS'] },
  {
    key: 'completed',
    aliases: ['Số hoàn thành nhiệm vụ trở lên', 'Số HTNV trở lên', 'Số cá nhân hoàn thành nhiệm vụ trở lên', 'Số hoàn thành nhiệm vụ', 'Số HTNV'],
  },
  { key: 'disciplined', aliases: ['Số bị kỷ luật', 'Số bị kỉ luật', 'Số cá nhân bị kỷ luật', 'Số bị kỷ luật từ cảnh cáo trở lên', 'Số kỷ luật'] },
  { key: 'note', aliases: ['Ghi chú'] },
];

export const VOTE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'unit', aliases: ['Đơn vị', 'Tên đơn vị'] },
  { key: 'name', aliases: ['Họ và tên', 'Họ tên', 'Tên cá nhân'] },
  { key: 'bloc', aliases: ['Khối', 'Cụm', 'Khối thi đua', 'Cụm thi đua', 'Khối/Cụm'] },
  { key: 'award', aliases: ['Danh hiệu', 'Danh hiệu đề nghị', 'Hình thức', 'Hình thức đề nghị', 'Danh hiệu suy tôn'] },
  { key: 'votesFor', aliases: ['Số phiếu đồng ý', 'Phiếu đồng ý', 'Số phiếu tán thành', 'Số phiếu bầu', 'Số phiếu', 'Đồng ý'], required: true },
  { key: 'total', aliases: ['Tổng số phiếu', 'Số thành viên', 'Tổng số thành viên', 'Số người bỏ phiếu', 'Số thành viên Hội đồng', 'Tổng số'] },
];

export const INDIVIDUAL_SHEET_NAMES = ['Đề nghị khen thưởng', 'Danh sách đề nghị', 'DS đề nghị', 'Đề nghị cá nhân', 'Danh sách đề nghị khen thưởng', 'Đề nghị danh hiệu'];
export const COLLECTIVE_SHEET_NAMES = ['Đề nghị tập thể', 'Danh sách đề nghị tập thể', 'DS đề nghị tập thể', 'Đề nghị khen thưởng tập thể'];
export const VOTE_SHEET_NAMES = ['Suy tôn', 'Kết quả bỏ phiếu', 'Kết quả suy tôn', 'Bỏ phiếu', 'Phiếu bầu', 'Kết quả bỏ phiếu suy tôn'];
/** Sheets this module writes; a rerun must not read them back as input. */
export const OWN_OUTPUT_SHEET_NAMES = ['Kiểm tra đề nghị', 'Tỷ lệ khen thưởng', 'Danh sách trình Hội đồng'];

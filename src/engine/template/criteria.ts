/**
 * The example criteria table (SPEC §3.2), shared by `Tiêu chí` and the criteria-in-rows scoring sheet:
 * groups I–III (scale 100, with 1 / 1.1 / a codes), a bonus group, a deduction group and a veto item.
 */
import type { PlanValue } from '../../workbook/plan';

export interface TemplateCriterion {
  readonly code: string;
  readonly title: string;
  readonly max: number | null;
  /** Typed in the `Loại` column; empty means Chuẩn (or the group's type). */
  readonly type: '' | 'Cộng' | 'Trừ' | 'Liệt';
  /** Scored line (a leaf). */
  readonly leaf: boolean;
}

const c = (code: string, title: string, max: number | null, leaf: boolean, type: TemplateCriterion['type'] = ''): TemplateCriterion => ({ code, title, max, type, leaf });

export const TEMPLATE_CRITERIA: readonly TemplateCriterion[] = [
  c('I', 'Công tác chỉ đạo, quản lý', 30, false),
  c('1', 'Xây dựng kế hoạch năm học', 10, false),
  c('1.1', 'Kế hoạch ban hành đúng thời hạn', 5, true),
  c('1.2', 'Kế hoạch có chỉ tiêu cụ thể, khả thi', 5, true),
  c('2', 'Công tác kiểm tra nội bộ', 10, true),
  c('3', 'Thực hiện chế độ thông tin, báo cáo', 10, false),
  c('a', 'Báo cáo đúng hạn', 5, true),
  c('b', 'Báo cáo đầy đủ, chính xác', 5, true),
  c('II', 'Chất lượng giáo dục', 50, false),
  c('1', 'Tỷ lệ học sinh lên lớp, hoàn thành chương trình', 20, true),
  c('2', 'Học sinh giỏi các cấp', 15, true),
  c('3', 'Duy trì phổ cập giáo dục, xóa mù chữ', 15, true),
  c('III', 'Xây dựng đội ngũ và cơ sở vật chất', 20, false),
  c('1', 'Bồi dưỡng chuyên môn cho giáo viên', 10, true),
  c('2', 'Cơ sở vật chất, trường chuẩn quốc gia', 10, true),
  c('IV', 'Điểm cộng', 5, false, 'Cộng'),
  c('1', 'Thành tích đột xuất được cấp trên khen thưởng', 3, true),
  c('2', 'Mô hình, sáng kiến được nhân rộng', 2, true),
  c('V', 'Điểm trừ', 10, false, 'Trừ'),
  c('1', 'Báo cáo chậm, sai sót bị nhắc nhở', 5, true),
  c('2', 'Để xảy ra sai phạm trong quản lý tài chính, tài sản', 5, true),
  c('VI', 'Tiêu chí liệt', null, false),
  c('1', 'Có cán bộ, giáo viên vi phạm pháp luật bị kỷ luật từ cảnh cáo trở lên', null, true, 'Liệt'),
];

/** Leaves in order (the scored lines), the order the example scores are given in. */
export const TEMPLATE_LEAVES = TEMPLATE_CRITERIA.filter((x) => x.leaf);

/** Code, content, max: the first three columns of both the criteria sheet and the scoring sheet. */
export function criterionCells(x: TemplateCriterion): PlanValue[] {
  return [x.code, x.title, x.max];
}

/** The §9 lines the task pane shows in its Kiểm tra and Xếp hạng steps. */
import { analyze } from '../../../src/engine/analyze';
import { cycleSummaryLines } from '../../../src/engine';
import { exampleTemplateSheets, templateToSnapshot } from '../../../src/engine/template';
import { book, sheet } from '../blocs/fixtures';

it('summarises registration, unmet example counts and phases of the example workbook', () => {
  const analysis = analyze(templateToSnapshot(exampleTemplateSheets()), { now: new Date('2026-11-21T03:00:00Z'), lang: 'vi' });
  expect(cycleSummaryLines(analysis, 'vi')).toEqual([
    { text: 'Đăng ký thi đua: 16/17 đơn vị đã đăng ký (hạn 25/10/2024).', alert: false },
    { text: 'Trễ hạn: Trường THCS Quảng Lợi.', alert: true },
    { text: 'Chưa đăng ký: Trường TH Đại Bình.', alert: true },
    { text: 'Điển hình tiên tiến: 11 điển hình; 1/8 chỉ tiêu chưa đạt.', alert: false },
    { text: '✗ Khối Mầm non – Cán bộ quản lý, Giáo viên, Nhân viên: 1 (quy định tối thiểu 2)', alert: true },
    { text: 'Khối Mầm non: Tổng điểm năm = 40 % × Đợt 1 + 60 % × Đợt 2; đơn vị thiếu điểm một đợt được tính tạm trên các đợt đã có (xem Ghi chú).', alert: false },
  ]);
  expect(cycleSummaryLines(analysis, 'en')[0]!.text).toBe('Registration: 16/17 units registered (deadline 25/10/2024).');
});

it('says nothing for a workbook without §9 sheets', () => {
  const analysis = analyze(book(sheet('Tiêu chí', [['TT', 'Nội dung', 'Điểm chuẩn'], ['I', 'A', 10]])), { now: new Date('2026-11-21T03:00:00Z'), lang: 'vi' });
  expect(cycleSummaryLines(analysis, 'vi')).toEqual([]);
});

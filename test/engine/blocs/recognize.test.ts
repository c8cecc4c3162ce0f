import { detectLayout, recognizeSheets } from '../../../src/engine/blocs/recognize';
import { criteriaSheetBloc, isOutputSheetName, isOwnershipSheet, roleByName } from '../../../src/engine/blocs/sheetNames';
import { book, grid, sheet } from './fixtures';

describe('sheet names', () => {
  it('recognises roles by name, forgivingly', () => {
    const role = (name: string, visibility: 'visible' | 'veryHidden' = 'visible') => roleByName({ name, visibility });
    expect(role('Cấu hình')).toBe('settings');
    expect(role('CAU HINH')).toBe('settings');
    expect(role('Tiêu chí')).toBe('criteria');
    expect(role('Tieu chi Khoi THCS')).toBe('criteria');
    expect(role('Đơn vị')).toBe('units');
    expect(role('Suy tôn')).toBe('votes');
    expect(role('Kết quả bỏ phiếu')).toBe('votes');
    expect(role('Khối THCS')).toBeNull();
    expect(role('Tổng hợp xếp hạng')).toBe('output');
    expect(role('_thidua')).toBe('ownership');
    expect(role('Bất kỳ', 'veryHidden')).toBe('ownership');
  });
  it('knows every output sheet, also renamed "(2)"', () => {
    for (const n of ['Tổng hợp xếp hạng', 'XH Khối THCS', 'Kiểm tra đề nghị', 'Tỷ lệ khen thưởng', 'Danh sách trình Hội đồng', 'Nhật ký kiểm tra', 'Nhật ký kiểm tra (2)'])
      expect(isOutputSheetName(n)).toBe(true);
    expect(isOutputSheetName('Xếp hạng cũ')).toBe(false);
    expect(isOwnershipSheet({ name: '_thidua', visibility: 'hidden' })).toBe(true);
  });
  it('takes the bloc from a per-bloc criteria sheet name', () => {
    expect(criteriaSheetBloc('Tiêu chí Khối THCS')).toBe('Khối THCS');
    expect(criteriaSheetBloc('Bảng tiêu chí Cụm 2')).toBe('Cụm 2');
    expect(criteriaSheetBloc('Tiêu chí')).toBe('');
  });
});

describe('detectLayout', () => {
  it('prefers units in rows when code columns sit beside a unit column', () => {
    expect(detectLayout(grid('X', [['STT', 'Tên đơn vị', 'Tiêu chí 1', 'Tiêu chí 2']])).layout?.kind).toBe('unitsInRows');
    expect(detectLayout(grid('X', [['TT', 'Nội dung', 'Điểm', 'Trường A']])).layout?.kind).toBe('criteriaInRows');
  });
  it('a criteria header with a max column and no units is a criteria table; without a max it is nothing', () => {
    expect(detectLayout(grid('X', [['TT', 'Nội dung', 'Điểm chuẩn']])).criteriaOnly).not.toBeNull();
    const agenda = detectLayout(grid('X', [['TT', 'Nội dung', 'Thời gian']]));
    expect(agenda.layout).toBeNull();
    expect(agenda.criteriaOnly).toBeNull();
    expect(detectLayout(grid('X', [['TT', 'Nội dung', 'Thời gian']]), true).layout?.kind).toBe('criteriaInRows');
  });
});

describe('recognizeSheets', () => {
  it('sorts sheets by role, leaving nominations and unknown sheets alone', () => {
    const r = recognizeSheets(
      book(
        sheet('Cấu hình', [['Tham số', 'Giá trị']]),
        sheet('Tiêu chí', [['TT', 'Nội dung', 'Điểm']]),
        sheet('Khối A', [['STT', 'Đơn vị', 'I']]),
        sheet('Đề nghị khen thưởng', [['STT', 'Họ và tên', 'Đơn vị']]),
        sheet('Ghi chép', [['a']]),
      ),
      {},
    );
    expect(r.settings?.sheet.name).toBe('Cấu hình');
    expect(r.criteria.map((c) => c.sheet.name)).toEqual(['Tiêu chí']);
    expect(r.scoring.map((c) => `${c.sheet.name}:${c.layout?.kind}`)).toEqual(['Khối A:unitsInRows']);
    expect(r.fixed).toEqual([]);
  });
});

import { readSettings } from '../../../src/engine/settings/readSettings';
import { describeParam } from '../../../src/engine/settings/describeParam';
import { DEFAULT_PARAMS } from '../../../src/engine/settings/params';
import { renderFinding } from '../../../src/engine/findings/messages';
import { book, sheet, where, FindingSink } from '../blocs/fixtures';

describe('readSettings', () => {
  it('returns the defaults when there is no settings sheet', () => {
    const sink = new FindingSink();
    const r = readSettings(book(sheet('Khối THCS', [['x']])), sink);
    expect(r).toEqual({ params: DEFAULT_PARAMS, sheet: null });
    expect(sink.items).toEqual([]);
  });

  it('reads every key, header under a title, diacritics optional', () => {
    const sink = new FindingSink();
    const rows = [
      ['CẤU HÌNH THI ĐUA'],
      [],
      ['Tham số', 'Giá trị', 'Ghi chú'],
      ['Chênh lệch cảnh báo (điểm)', '3'],
      ['Tieu chi phu khi bang diem', 'Điểm chuẩn cao hơn; Điểm trừ ít hơn'],
      ['Ngưỡng xếp loại', 'Xuất sắc 90 %; Tốt 80 %; Khá 65 %; Trung bình 50 %'],
      ['Số đơn vị đề nghị Cờ', 2],
      ['Xếp loại tối thiểu đề nghị Cờ', 'Tốt'],
      ['Tỷ lệ đề nghị Bằng khen', '25 %'],
      ['Xếp loại tối thiểu đề nghị Bằng khen', 'Khá'],
      ['Ngưỡng phiếu suy tôn', 'từ 60 %'],
      ['Ngưỡng phiếu CSTĐ tỉnh / toàn quốc', 'trên 80 %'],
      ['Tỷ lệ CSTĐCS', '0,1'],
      ['Phạm vi tính tỷ lệ', 'Toàn danh sách'],
      ['Làm tròn', 'Gần nhất'],
      ['Số tháng công tác tối thiểu', 9],
      ['Số ngày nghỉ tối đa', '30; mức: Lỗi'],
      ['Căn cứ pháp lý', 'Luật TĐKT 2022'],
      ['Đơn vị được đề nghị Cờ Chính phủ', 'Trường THCS A; Trường TH B'],
      ['Tên cơ quan', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ'],
      ['Cơ quan chủ quản', 'UBND HUYỆN ĐẦM HÀ'],
      ['Địa danh', 'Đầm Hà'],
      ['Năm học', '2024 – 2025'],
      ['Người lập biểu', 'Nguyễn Văn A'],
      ['Chủ tịch Hội đồng', 'Trần Thị B'],
    ];
    const r = readSettings(book(sheet('Cau hinh', rows)), sink);
    expect(sink.items).toEqual([]);
    expect(r.sheet).toBe('Cau hinh');
    expect(r.params).toEqual({
      ...DEFAULT_PARAMS,
      gapWarning: 3,
      tieBreaks: ['HIGHER_BASE', 'FEWER_DEDUCTIONS'],
      bands: { XUAT_SAC: 90, TOT: 80, KHA: 65, TRUNG_BINH: 50 },
      flagCount: 2,
      flagMinClass: 'TOT',
      meritRate: 0.25,
      meritMinClass: 'KHA',
      unitVoteThreshold: { ratio: 0.6, strict: false },
      personVoteThreshold: { ratio: 0.8, strict: true },
      cstdcsRate: 0.1,
      quotaScope: 'list',
      rounding: 'nearest',
      minServiceMonths: 9,
      maxLeaveDays: 30,
      leaveSeverity: 'error',
      legalBasis: 'Luật TĐKT 2022',
      govFlagUnits: ['Trường THCS A', 'Trường TH B'],
      agency: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ',
      parentAgency: 'UBND HUYỆN ĐẦM HÀ',
      place: 'Đầm Hà',
      period: { kind: 'schoolYear', start: 2024 },
      preparedBy: 'Nguyễn Văn A',
      chairman: 'Trần Thị B',
    });
  });

  it('stores a gap typed as a percentage of the scale', () => {
    const r = readSettings(book(sheet('Cấu hình', [['Tham số', 'Giá trị'], ['Chênh lệch cảnh báo', '10 %']])), new FindingSink());
    expect(r.params.gapWarning).toBeNull();
    expect(r.params.gapWarningPercent).toBe(10);
  });

  it('reads "Năm" as a calendar year', () => {
    const r = readSettings(book(sheet('Cấu hình', [['Tham số', 'Giá trị'], ['Năm', 2025]])), new FindingSink());
    expect(r.params.period).toEqual({ kind: 'year', year: 2025 });
  });

  it('warns on unknown keys and unreadable values, naming the cell and the value kept', () => {
    const sink = new FindingSink();
    const r = readSettings(
      book(
        sheet('Cấu hình', [
          ['Tham số', 'Giá trị'],
          ['Màu nền', 'xanh'],
          ['Tỷ lệ đề nghị Bằng khen', 'hai mươi'],
          ['Làm tròn', 'Xuống'],
          ['Lam tron', 'Lên'],
          ['Hạn đăng ký', '25/10'],
          ['Ghi chú chung', null],
        ]),
      ),
      sink,
    );
    expect(where(sink.items)).toEqual(['SETTINGS_UNKNOWN_KEY@Cấu hình!A2', 'SETTINGS_BAD_VALUE@Cấu hình!B3', 'SETTINGS_DUPLICATE_KEY@Cấu hình!A5']);
    expect(r.params.meritRate).toBe(0.2);
    expect(r.params.rounding).toBe('up');
    expect(renderFinding(sink.items[1]!)).toBe('Cấu hình!B3: Không đọc được giá trị "hai mươi" của tham số "Tỷ lệ đề nghị Bằng khen"; giữ giá trị 20 %.');
    expect(renderFinding(sink.items[0]!, 'en')).toBe('Cấu hình!A2: Unknown setting "Màu nền"; the row is ignored.');
  });

  it('falls back to columns A and B without a header, with a warning', () => {
    const sink = new FindingSink();
    const r = readSettings(book(sheet('Cấu hình', [['Số đơn vị đề nghị Cờ', 3]])), sink);
    expect(r.params.flagCount).toBe(3);
    expect(where(sink.items)).toEqual(['SETTINGS_NO_HEADER@Cấu hình!A1']);
  });

  it('skips hidden rows with an info, reports a hidden sheet, never reads a very hidden one', () => {
    const sink = new FindingSink();
    const rows = [
      ['Tham số', 'Giá trị'],
      ['Số đơn vị đề nghị Cờ', 2],
      ['Số đơn vị đề nghị Cờ', 5],
    ];
    const r = readSettings(book(sheet('Cấu hình', rows, { visibility: 'hidden', hiddenRows: [2] })), sink);
    expect(r.params.flagCount).toBe(2);
    expect(where(sink.items)).toEqual(['SHEET_HIDDEN@Cấu hình', 'ROWS_HIDDEN@Cấu hình!A3']);
    expect(readSettings(book(sheet('Cấu hình', rows, { visibility: 'veryHidden' })), new FindingSink()).sheet).toBeNull();
  });

  it('reads a sheet the user confirmed as settings, whatever its name', () => {
    const wb = book(sheet('Thông số chung', [['Tham số', 'Giá trị'], ['Số đơn vị đề nghị Cờ', 4]]));
    expect(readSettings(wb, new FindingSink()).sheet).toBeNull();
    const r = readSettings(wb, new FindingSink(), { roleOverrides: { 'Thông số chung': 'settings' } });
    expect(r.params.flagCount).toBe(4);
  });
});

describe('describeParam', () => {
  it('writes values the way they are typed', () => {
    expect(describeParam(DEFAULT_PARAMS, 'gapWarning')).toBe('5 % thang điểm');
    expect(describeParam(DEFAULT_PARAMS, 'tieBreaks')).toBe('Điểm trừ ít hơn; Điểm chuẩn cao hơn');
    expect(describeParam(DEFAULT_PARAMS, 'bands')).toBe('Xuất sắc 95 %; Tốt 85 %; Khá 70 %; Trung bình 50 %');
    expect(describeParam(DEFAULT_PARAMS, 'unitVoteThreshold')).toBe('trên 50 %');
    expect(describeParam(DEFAULT_PARAMS, 'personVoteThreshold')).toBe('từ 90 %');
    expect(describeParam(DEFAULT_PARAMS, 'maxLeaveDays')).toBe('40; mức: Cần xem xét');
    expect(describeParam({ ...DEFAULT_PARAMS, gapWarning: 2.5 }, 'gapWarning')).toBe('2,5 điểm');
  });
});

/**
 * The pure merge on unit workbooks given as snapshots: both scoring layouts, lists with a source column,
 * duplicates, criteria that differ, files that could not be read, and the log sheet.
 */
import { mergeWorkbooks } from '../../../src/engine/merge';
import type { MergedSheet, MergeInput, MergeResult } from '../../../src/engine/merge';
import { messageText } from '../../../src/engine/findings/messages';
import { ALL_BOOKS, DAM_HA, QUANG_LOI, TIEU_HOC_1, toSnapshot } from './fixtures';
import type { FixtureBook } from './fixtures';

const inputs = (books: readonly FixtureBook[]): MergeInput[] => books.map((b) => ({ file: b.file, snapshot: toSnapshot(b) }));
const sheet = (r: MergeResult, name: string): MergedSheet => {
  const s = r.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}: ${r.sheets.map((x) => x.name).join(', ')}`);
  return s;
};
const where = (r: MergeResult, code: string): [string, string, string, string][] =>
  r.findings.filter((f) => f.code === code).map((f) => [String(f.params.file ?? ''), f.sheet ?? '', f.cell ?? '', f.severity]);

describe('mergeWorkbooks on six unit workbooks', () => {
  const res = mergeWorkbooks(inputs(ALL_BOOKS), { lang: 'vi' });

  test('one workbook: settings, criteria, one scoring sheet per bloc, the nomination list, the log', () => {
    expect(res.sheets.map((s) => [s.name, s.role])).toEqual([
      ['Cấu hình', 'settings'],
      ['Tiêu chí Khối Tiểu học', 'criteria'],
      ['Khối THCS', 'scoring'],
      ['Khối Tiểu học', 'scoring'],
      ['Đề nghị khen thưởng', 'nominations'],
      ['Nhật ký hợp nhất', 'log'],
    ]);
    expect(res.summary).toEqual({ files: 6, merged: 6, blocs: 2, units: 6, nominationRows: 4 });
    // A per-bloc criteria sheet is copied whole, title and merges included.
    const crit = sheet(res, 'Tiêu chí Khối Tiểu học');
    expect(crit.rows).toEqual(TIEU_HOC_1.sheets[0]!.rows);
    expect(crit.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 3 }]);
  });

  test('criteria in rows: criteria columns once, every unit a Tự chấm | Khối chấm group, rows lined up by code', () => {
    const s = sheet(res, 'Khối THCS');
    expect([s.headerRow, s.headerRowCount]).toEqual([0, 2]);
    expect(s.rows.slice(0, 2)).toEqual([
      ['TT', 'Nội dung', 'Điểm chuẩn', 'THCS Đầm Hà', null, 'THCS Quảng Lợi', null, 'THCS Quảng Thành', null],
      [null, null, null, 'Tự chấm', 'Khối chấm', 'Tự chấm', 'Khối chấm', 'Tự chấm', 'Khối chấm'],
    ]);
    expect(s.merges).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 0 },
      { r0: 0, c0: 1, r1: 1, c1: 1 },
      { r0: 0, c0: 2, r1: 1, c1: 2 },
      { r0: 0, c0: 3, r1: 0, c1: 4 },
      { r0: 0, c0: 5, r1: 0, c1: 6 },
      { r0: 0, c0: 7, r1: 0, c1: 8 },
    ]);
    // The title, the "Tổng cộng" line and the signature block of the school's form are not copied.
    expect(s.rows.slice(2)).toEqual([
      ['I', 'Công tác chỉ đạo, điều hành', 40, null, null, null, null, null, null],
      [1, 'Xây dựng kế hoạch năm học', 20, 18, 17, 20, 19, 15, 15],
      [2, 'Thực hiện quy chế dân chủ', 20, 19, 19, 18, 18, 16, 16],
      ['II', 'Chất lượng giáo dục', 60, null, null, null, null, null, null],
      [1, 'Kết quả học tập của học sinh', 30, 28, 28, 29, 29, 25, 24],
      [2, 'Bồi dưỡng học sinh giỏi', 30, 27, 26, 30, 29, 20, 20],
    ]);
  });

  test('units in rows: rows concatenated, a column only a later file has appended, STT renumbered, Nguồn added', () => {
    const s = sheet(res, 'Khối Tiểu học');
    expect(s.rows).toEqual([
      ['STT', 'Tên đơn vị', 'I', 'II', 'Điểm cộng', 'Điểm trừ', 'Tổng', 'Ghi chú', 'Nguồn'],
      [1, 'TH Tân Bình', 38, 55, 2, 0, 95, null, 'Cụm Tiểu học 1.xlsx'],
      [2, 'TH Quảng Tân', 36, 50, 0, 1, 85, null, 'Cụm Tiểu học 1.xlsx'],
      [3, 'TH Dực Yên', 39, 57, 0, 0, 96, 'Đủ hồ sơ', 'Cụm Tiểu học 2.xlsx'],
    ]);
  });

  test('nominations concatenated under the first file header, with the source file; a re-sent row kept once', () => {
    const s = sheet(res, 'Đề nghị khen thưởng');
    expect(s.rows[0]).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại', 'Sáng kiến', 'Nguồn']);
    expect(s.rows.slice(1).map((r) => [r[0], r[1], r[5], r[7], r[8]])).toEqual([
      [1, 'Nguyễn Văn An', 'CSTĐCS', null, 'THCS Đầm Hà.xlsx'],
      [2, 'Trần Thị Bình', 'LĐTT', null, 'THCS Đầm Hà.xlsx'],
      [3, 'Lê Văn Cường', 'LĐTT', 'Sáng kiến dạy học STEM (cấp cơ sở)', 'THCS Quảng Lợi.xlsx'],
      [4, 'Phạm Thị Dung', 'LĐTT', null, 'THCS Đầm Hà (1).xlsx'],
    ]);
    expect(s.dateColumns).toEqual([2]);
  });

  test('a unit sent by two files: finding naming both, the first kept ("Trường THCS Đầm Hà" = "THCS Đầm Hà")', () => {
    expect(where(res, 'MERGE_DUPLICATE_UNIT')).toEqual([
      ['THCS Đầm Hà (1).xlsx', 'Chấm điểm Khối THCS', 'D1', 'warning'],
      ['Cụm Tiểu học 2.xlsx', 'Khối Tiểu học', 'B3', 'warning'],
    ]);
    const f = res.findings.find((x) => x.code === 'MERGE_DUPLICATE_UNIT')!;
    expect(f.params.firstFile).toBe('THCS Đầm Hà.xlsx');
    expect(messageText(f.code, f.params, 'vi')).toContain('«THCS Đầm Hà (1).xlsx»');
    expect(messageText(f.code, f.params, 'vi')).toContain('THCS Đầm Hà.xlsx');
    expect(where(res, 'MERGE_DUPLICATE_ROW')).toEqual([['THCS Đầm Hà (1).xlsx', 'Đề nghị khen thưởng', 'B4', 'warning']]);
  });

  test('criteria that differ from the first file: file, sheet and cell of each difference', () => {
    expect(where(res, 'MERGE_CRITERION_TEXT')).toEqual([['THCS Quảng Thành.xlsx', 'Khối THCS', 'B5', 'warning']]);
    expect(where(res, 'MERGE_CRITERION_MAX')).toEqual([
      ['THCS Quảng Thành.xlsx', 'Khối THCS', 'C6', 'error'],
      ['THCS Quảng Thành.xlsx', 'Khối THCS', 'C8', 'error'],
    ]);
    const max = res.findings.filter((f) => f.code === 'MERGE_CRITERION_MAX').map((f) => [f.params.code, f.params.found, f.params.expected]);
    expect(max).toEqual([
      ['II', '55', '60'],
      ['II.2', '25', '30'],
    ]);
  });

  test('sheets it cannot place are named; settings come from the first file, differences listed', () => {
    expect(where(res, 'MERGE_SHEET_SKIPPED')).toEqual([['THCS Quảng Lợi.xlsx', 'Ghi chú riêng', '', 'warning']]);
    expect(sheet(res, 'Cấu hình').rows[2]).toEqual(['Tên cơ quan', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ']);
    const diff = res.findings.find((f) => f.code === 'MERGE_SETTINGS_DIFFER')!;
    expect(diff.params).toEqual({ file: 'THCS Quảng Lợi.xlsx', firstFile: 'THCS Đầm Hà.xlsx', keys: 'Tên cơ quan' });
    expect(where(res, 'MERGE_COLUMNS_ADDED').map((x) => x[0])).toEqual(['THCS Quảng Lợi.xlsx', 'Cụm Tiểu học 2.xlsx']);
  });

  test('the log sheet lists every finding with its file, sheet, cell and message', () => {
    const log = sheet(res, 'Nhật ký hợp nhất');
    expect(log.rows[0]).toEqual(['STT', 'Mức độ', 'Mã', 'Tệp', 'Trang tính', 'Ô', 'Nội dung']);
    expect(log.rows).toHaveLength(res.findings.length + 1);
    res.findings.forEach((f, i) => {
      expect(log.rows[i + 1]).toEqual([i + 1, { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' }[f.severity], f.code, f.params.file ?? '', f.sheet ?? '', f.cell ?? '', messageText(f.code, f.params, 'vi')]);
    });
  });
});

describe('mergeWorkbooks: files that cannot be merged', () => {
  test('each failure is an error naming the file; the other files are still merged', () => {
    const res = mergeWorkbooks(
      [
        { file: 'ghi-chu.xlsx', failure: 'notWorkbook' },
        ...inputs([DAM_HA]),
        { file: 'khoa.xlsx', failure: 'encrypted' },
        { file: 'cu.xls', failure: 'legacyXls' },
        { file: 'hong.xlsx', failure: 'unreadable', detail: { reason: 'End of data reached' } },
        { file: 'to.xlsx', failure: 'tooLarge', detail: { sizeMb: 61.2, limitMb: 50 } },
        { file: 'anh.png', failure: 'ignored' },
      ],
      { lang: 'vi' },
    );
    expect(res.findings.filter((f) => f.severity !== 'info' || f.code === 'MERGE_FILE_IGNORED').map((f) => [f.code, f.params.file, f.severity])).toEqual([
      ['MERGE_NOT_WORKBOOK', 'ghi-chu.xlsx', 'error'],
      ['MERGE_ENCRYPTED', 'khoa.xlsx', 'error'],
      ['MERGE_LEGACY_XLS', 'cu.xls', 'error'],
      ['MERGE_UNREADABLE', 'hong.xlsx', 'error'],
      ['MERGE_TOO_LARGE', 'to.xlsx', 'error'],
      ['MERGE_FILE_IGNORED', 'anh.png', 'info'],
    ]);
    const big = res.findings.find((f) => f.code === 'MERGE_TOO_LARGE')!;
    expect(messageText(big.code, big.params, 'vi')).toBe('Tệp «to.xlsx» quá lớn (61.2 MB, tối đa 50 MB); tệp này không được hợp nhất.');
    expect(res.summary).toEqual({ files: 6, merged: 1, blocs: 1, units: 1, nominationRows: 2 });
    expect(res.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Khối THCS', 'Đề nghị khen thưởng', 'Nhật ký hợp nhất']);
  });

  test('nothing mergeable: an error, only the log sheet', () => {
    const res = mergeWorkbooks([{ file: 'a.xlsx', failure: 'encrypted' }, { file: 'b.xlsx', snapshot: { sheets: [] } }], { lang: 'en' });
    expect(res.findings.map((f) => f.code)).toEqual(['MERGE_ENCRYPTED', 'MERGE_NOTHING_FOUND', 'MERGE_NOTHING_MERGED']);
    expect(res.summary.merged).toBe(0);
    expect(res.sheets.map((s) => s.name)).toEqual(['Nhật ký hợp nhất']);
    expect(res.sheets[0]!.rows[0]).toEqual(['No.', 'Severity', 'Code', 'File', 'Sheet', 'Cell', 'Message']);
    expect(res.sheets[0]!.rows[1]![6]).toBe('File «a.xlsx» is password-protected; remove the password (File › Info › Protect Workbook) and merge again.');
  });
});

describe('mergeWorkbooks: layouts and edge cases', () => {
  const book = (file: string, sheets: FixtureBook['sheets']): FixtureBook => ({ file, sheets });

  test('a bloc sent in the other layout is not merged into the first one (error), the rest is', () => {
    const res = mergeWorkbooks(
      inputs([QUANG_LOI, book('Tổng hợp THCS.xlsx', [{ name: 'Khối THCS', rows: [['STT', 'Tên đơn vị', 'I', 'II', 'Tổng'], [1, 'THCS Quảng Hà', 39, 55, 94]] }])]),
      { lang: 'vi' },
    );
    expect(where(res, 'MERGE_LAYOUT_MISMATCH')).toEqual([['Tổng hợp THCS.xlsx', 'Khối THCS', '', 'error']]);
    const f = res.findings.find((x) => x.code === 'MERGE_LAYOUT_MISMATCH')!;
    expect(messageText(f.code, f.params, 'vi')).toContain('(đơn vị theo dòng so với tiêu chí theo dòng)');
    expect(sheet(res, 'Khối THCS').rows[0]).toEqual(['TT', 'Nội dung', 'Điểm chuẩn', 'THCS Quảng Lợi', null]);
    expect(where(res, 'MERGE_NOTHING_FOUND')).toEqual([['Tổng hợp THCS.xlsx', '', '', 'warning']]);
  });

  test('single score columns (header = unit name) next to Tự chấm | Khối chấm groups: the name spans both header rows', () => {
    const single = book('Khối THCS cũ.xlsx', [
      { name: 'Khối THCS', rows: [['TT', 'Nội dung', 'Điểm chuẩn', 'THCS Quảng Hà', 'THCS Cái Chiên'], ['I', 'Công tác chỉ đạo, điều hành', 40], [1, 'Xây dựng kế hoạch năm học', 20, 19, 18]] },
    ]);
    const res = mergeWorkbooks(inputs([QUANG_LOI, single]), { lang: 'vi' });
    const s = sheet(res, 'Khối THCS');
    expect(s.rows[0]).toEqual(['TT', 'Nội dung', 'Điểm chuẩn', 'THCS Quảng Lợi', null, 'THCS Quảng Hà', 'THCS Cái Chiên']);
    expect(s.rows[1]).toEqual([null, null, null, 'Tự chấm', 'Khối chấm', null, null]);
    expect(s.merges).toContainEqual({ r0: 0, c0: 5, r1: 1, c1: 5 });
    expect(s.merges).toContainEqual({ r0: 0, c0: 6, r1: 1, c1: 6 });
    expect(s.rows[3]).toEqual([1, 'Xây dựng kế hoạch năm học', 20, 20, 19, 19, 18]);
    // Criteria missing from the old file are named; its scores stay empty there.
    expect(res.findings.filter((f) => f.code === 'MERGE_CRITERION_MISSING').map((f) => [f.params.file, f.sheet, f.params.code])).toEqual([
      ['Khối THCS cũ.xlsx', 'Khối THCS', 'I.2'],
      ['Khối THCS cũ.xlsx', 'Khối THCS', 'II'],
      ['Khối THCS cũ.xlsx', 'Khối THCS', 'II.1'],
      ['Khối THCS cũ.xlsx', 'Khối THCS', 'II.2'],
    ]);
    expect(s.rows[7]).toEqual([2, 'Bồi dưỡng học sinh giỏi', 30, 30, 29, null, null]);
  });

  test('a form that names its unit nowhere takes the file name; a bloc found nowhere is reported', () => {
    const res = mergeWorkbooks(
      inputs([book('TH Quảng Tân.xlsx', [{ name: 'Sheet1', rows: [['TT', 'Nội dung', 'Điểm chuẩn', 'Điểm tự chấm'], ['I', 'Chung', 10], [1, 'Kế hoạch', 10, 9]] }])]),
      { lang: 'vi' },
    );
    expect(where(res, 'MERGE_UNIT_NAME_FROM_FILE')).toEqual([['TH Quảng Tân.xlsx', 'Sheet1', '', 'info']]);
    expect(where(res, 'MERGE_BLOC_UNKNOWN')).toEqual([['TH Quảng Tân.xlsx', 'Sheet1', '', 'warning']]);
    const s = sheet(res, 'Chấm điểm');
    expect(s.rows[0]).toEqual(['TT', 'Nội dung', 'Điểm chuẩn', 'TH Quảng Tân']);
    expect(s.rows[1]).toEqual([null, null, null, 'Điểm tự chấm']);
    expect(s.rows[3]).toEqual([1, 'Kế hoạch', 10, 9]);
  });

  test('shared criteria sheet: the first copied whole, the others compared (missing, extra, type; capped)', () => {
    const crit = (rows: (string | number | null)[][]): FixtureBook['sheets'][number] => ({ name: 'Tiêu chí', rows: [['BẢNG TIÊU CHÍ'], ['Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Loại'], ...rows] });
    const first = book('a.xlsx', [crit([['I', 'Chung', 20, null], [1, 'Kế hoạch', 10, null], [2, 'Báo cáo', 10, null], ['II', 'Điểm thưởng', 5, null], [1, 'Sáng kiến', 5, 'Cộng']])]);
    const second = book('b.xlsx', [crit([['I', 'Chung', 20, null], [1, 'Kế hoạch', 10, null], [3, 'Hồ sơ', 10, null], ['II', 'Điểm thưởng', 5, null], [1, 'Sáng kiến', 5, 'Trừ']])]);
    const res = mergeWorkbooks(inputs([first, second]), { lang: 'vi' });
    expect(res.findings.filter((f) => f.code.startsWith('MERGE_CRITERION')).map((f) => [f.code, f.params.code, f.cell ?? ''])).toEqual([
      ['MERGE_CRITERION_EXTRA', 'I.3', 'A5'],
      ['MERGE_CRITERION_TYPE', 'II.1', 'D7'],
      ['MERGE_CRITERION_MISSING', 'I.2', ''],
    ]);
    const s = sheet(res, 'Tiêu chí');
    expect(s.role).toBe('criteria');
    expect(s.rows[0]).toEqual(['BẢNG TIÊU CHÍ']);
    expect(s.rows[4]).toEqual([2, 'Báo cáo', 10, null]);

    const many = book('c.xlsx', [crit(Array.from({ length: 20 }, (_, i) => [i + 10, `Khác ${i}`, 1, null]))]);
    const capped = mergeWorkbooks(inputs([first, many]), { lang: 'vi' });
    const diffs = capped.findings.filter((f) => f.code.startsWith('MERGE_CRITERI'));
    expect(diffs).toHaveLength(16);
    expect(diffs[15]).toMatchObject({ code: 'MERGE_CRITERIA_MORE', params: { count: 20 + 5 - 15 } });
  });

  test('hidden rows are not merged (info); output sheets of an earlier run and very hidden sheets are skipped', () => {
    const b = book('x.xlsx', [
      { name: 'Đề nghị khen thưởng', rows: [['STT', 'Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị'], [1, 'A Văn Một', 'THCS X', 'LĐTT'], [2, 'B Thị Hai', 'THCS X', 'LĐTT']], hiddenRows: [2] },
      { name: 'Tổng hợp xếp hạng', rows: [['x']] },
      { name: 'XH Khối THCS', rows: [['x']] },
    ]);
    const snap = toSnapshot(b);
    const res = mergeWorkbooks([{ file: b.file, snapshot: { sheets: [...snap.sheets, { name: '_thidua', visibility: 'veryHidden', values: [['x']], merges: [] }] } }], { lang: 'vi' });
    expect(sheet(res, 'Đề nghị khen thưởng').rows.map((r) => r[1])).toEqual(['Họ và tên', 'A Văn Một']);
    expect(where(res, 'MERGE_HIDDEN_ROWS_SKIPPED')).toEqual([['x.xlsx', 'Đề nghị khen thưởng', '', 'info']]);
    expect(where(res, 'MERGE_OUTPUT_SHEET_SKIPPED').map((x) => x[1])).toEqual(['Tổng hợp xếp hạng', 'XH Khối THCS']);
    expect(res.findings.some((f) => f.sheet === '_thidua')).toBe(false);
  });

  test('a person is the same by Mã định danh across files; rows of one file are never deduplicated', () => {
    const list = (file: string, rows: (string | number)[][]): FixtureBook =>
      book(file, [{ name: 'Danh sách đề nghị', rows: [['STT', 'Họ và tên', 'Mã định danh', 'Đơn vị', 'Danh hiệu đề nghị'], ...rows] }]);
    const res = mergeWorkbooks(
      inputs([
        list('a.xlsx', [[1, 'Nguyễn Văn An', 'GV001', 'THCS X', 'LĐTT'], [2, 'Nguyễn Văn An', 'GV001', 'THCS X', 'LĐTT']]),
        list('b.xlsx', [[1, 'Nguyễn V. An', 'GV001', 'THCS X', 'LĐTT'], [2, 'Nguyễn Văn An', 'GV001', 'THCS X', 'CSTĐCS']]),
      ]),
      { lang: 'vi' },
    );
    // Sheet found by its name alias, written under the convention's name.
    const s = sheet(res, 'Đề nghị khen thưởng');
    expect(s.rows.slice(1).map((r) => [r[1], r[4], r[5]])).toEqual([
      ['Nguyễn Văn An', 'LĐTT', 'a.xlsx'],
      ['Nguyễn Văn An', 'LĐTT', 'a.xlsx'],
      ['Nguyễn Văn An', 'CSTĐCS', 'b.xlsx'],
    ]);
    expect(where(res, 'MERGE_DUPLICATE_ROW')).toEqual([['b.xlsx', 'Danh sách đề nghị', 'B2', 'warning']]);
  });

  test('a list found by its header in a sheet with another name; collectives in their own list', () => {
    const res = mergeWorkbooks(
      inputs([
        book('a.xlsx', [
          { name: 'DS CSTĐCS', rows: [['TT', 'Họ tên', 'Đơn vị', 'Hình thức đề nghị'], [1, 'Lê Thị Cúc', 'TH A', 'CSTĐCS']] },
          { name: 'Danh sách đề nghị tập thể', rows: [['STT', 'Tên tập thể', 'Đơn vị', 'Danh hiệu đề nghị'], [1, 'Tổ 1', 'TH A', 'TTLĐTT']] },
        ]),
      ]),
      { lang: 'vi' },
    );
    expect(sheet(res, 'Đề nghị khen thưởng').rows).toEqual([
      ['TT', 'Họ tên', 'Đơn vị', 'Hình thức đề nghị', 'Nguồn'],
      [1, 'Lê Thị Cúc', 'TH A', 'CSTĐCS', 'a.xlsx'],
    ]);
    expect(sheet(res, 'Đề nghị tập thể').rows[1]).toEqual([1, 'Tổ 1', 'TH A', 'TTLĐTT', 'a.xlsx']);
    expect(res.summary.nominationRows).toBe(2);
  });

  test('a unit summary in rows skips its "Tổng cộng" line; a merged workbook merged again keeps its sources', () => {
    const once = mergeWorkbooks(inputs([TIEU_HOC_1]), { lang: 'vi' });
    const merged = sheet(once, 'Khối Tiểu học');
    expect(merged.rows.map((r) => r[1])).toEqual(['Tên đơn vị', 'TH Tân Bình', 'TH Quảng Tân']);
    const again = mergeWorkbooks([{ file: 'hop-nhat.xlsx', snapshot: { sheets: [{ name: merged.name, visibility: 'visible', values: merged.rows, merges: merged.merges }] } }], { lang: 'vi' });
    expect(sheet(again, 'Khối Tiểu học').rows.map((r) => r[r.length - 1])).toEqual(['Nguồn', 'Cụm Tiểu học 1.xlsx', 'Cụm Tiểu học 1.xlsx']);
  });

  test('units and votes lists: concatenated in their own sheets, a unit listed by two files kept once', () => {
    const units = (file: string, rows: (string | number)[][]): FixtureBook =>
      book(file, [
        { name: 'Đơn vị', rows: [['STT', 'Tên đơn vị', 'Khối'], ...rows] },
        { name: 'Suy tôn', rows: [['Đơn vị', 'Khối', 'Danh hiệu', 'Số phiếu đồng ý', 'Tổng số phiếu'], ...rows.map((r) => [r[1]!, r[2]!, 'Cờ thi đua', 9, 11])] },
      ]);
    const res = mergeWorkbooks(
      inputs([units('a.xlsx', [[1, 'THCS A', 'Khối THCS'], [2, 'THCS B', 'Khối THCS']]), units('b.xlsx', [[1, 'Trường THCS B', 'Khối THCS'], [2, 'TH C', 'Khối Tiểu học']])]),
      { lang: 'vi' },
    );
    expect(res.sheets.map((s) => s.name)).toEqual(['Đơn vị', 'Suy tôn', 'Nhật ký hợp nhất']);
    expect(sheet(res, 'Đơn vị').rows.slice(1)).toEqual([
      [1, 'THCS A', 'Khối THCS', 'a.xlsx'],
      [2, 'THCS B', 'Khối THCS', 'a.xlsx'],
      [3, 'TH C', 'Khối Tiểu học', 'b.xlsx'],
    ]);
    expect(sheet(res, 'Suy tôn').rows.map((r) => r[0])).toEqual(['Đơn vị', 'THCS A', 'THCS B', 'TH C']);
    expect(where(res, 'MERGE_DUPLICATE_ROW')).toEqual([
      ['b.xlsx', 'Đơn vị', 'B2', 'warning'],
      ['b.xlsx', 'Suy tôn', 'A2', 'warning'],
    ]);
  });
});

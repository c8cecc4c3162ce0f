import { SheetGrid } from '../../../src/engine/cells/grid';
import { findHeaderRow } from '../../../src/engine/cells/headers';
import { FindingSink } from '../../../src/engine/findings/types';
import { INDIVIDUAL_COLUMNS } from '../../../src/engine/nominations/columns';
import { readIndividualSheet } from '../../../src/engine/nominations/readIndividuals';
import { birthText, daysInMonth, isPlainBirth, monthsBetween, plainBirth, readBirth, readLeave } from '../../../src/engine/nominations/personFields';
import type { CellValue, SheetSnapshot } from '../../../src/workbook/snapshot';
import { sheet } from './support';

const FRAME = { key: 2025, kind: 'schoolYear' as const };

function read(s: SheetSnapshot, frame: typeof FRAME | null = FRAME) {
  const grid = new SheetGrid(s);
  const header = findHeaderRow(grid, INDIVIDUAL_COLUMNS)!;
  const sink = new FindingSink();
  return { rows: readIndividualSheet(grid, header, frame, sink), sink, header };
}

describe('readIndividualSheet', () => {
  test('header under a title block, aliases without diacritics', () => {
    const { rows, header } = read(
      sheet('DS', [
        ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
        [],
        ['TT', 'HO VA TEN', 'Ngay sinh', 'Don vi cong tac', 'Hinh thuc de nghi', 'Danh gia, xep loai', 'Sang kien/de tai', 'Ki luat'],
        [1, 'Trần Văn Ba', '02/03/1980', 'THCS Đầm Hà', 'LĐTT, CSTĐCS', 'HTXSNV', 'SK cấp cơ sở', 'Không'],
      ]),
    );
    expect(header.row).toBe(2);
    expect(rows).toHaveLength(1);
    const p = rows[0]!;
    expect(p).toMatchObject({ name: 'Trần Văn Ba', unit: 'THCS Đầm Hà', nameCell: 'B4', awardCell: 'E4', row: 3 });
    expect(p.awards.map((a) => a.code)).toEqual(['LDTT', 'CSTDCS']);
    expect({ read: p.rating.read, cell: p.rating.cell }).toEqual({ read: { kind: 'rating', rating: 'HTXSNV' }, cell: 'F4' });
    expect(p.initiative.read).toEqual({ kind: 'some', count: 1, level: 1 });
    expect(p.discipline.read).toEqual({ kind: 'none' });
    expect(p.birth).toEqual({ year: 1980, month: 3, day: 2 });
  });

  test('section rows give the unit of the rows under them; total, empty and hidden rows are skipped', () => {
    const { rows, sink } = read(
      sheet(
        'DS',
        [
          ['STT', 'Họ và tên', 'Danh hiệu đề nghị', 'Xếp loại'],
          ['I. TRƯỜNG THCS QUẢNG TÂN'],
          [1, 'Lê Thị Bốn', 'LĐTT', 'HTTNV'],
          [],
          [2, 'Ẩn Văn Năm', 'LĐTT', 'HTTNV'],
          ['Tổng cộng', null, null, null],
          [null, 'Tổng số', '2 người', null],
        ],
        { hiddenRows: [4] },
      ),
    );
    expect(rows.map((r) => [r.name, r.unit, r.unitCell])).toEqual([['Lê Thị Bốn', 'TRƯỜNG THCS QUẢNG TÂN', 'A2']]);
    expect(sink.items).toEqual([{ code: 'NOMINATION_HIDDEN_ROWS', severity: 'info', sheet: 'DS', params: { rows: '5', count: 1 } }]);
  });

  test('code, date of birth, position and section cell read alike on rows read shared and cell by cell (a formula error elsewhere)', () => {
    const { rows } = read(
      sheet('DS', [
        ['Mã định danh', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại'],
        ['A. THCS A'],
        ['cb 01', 'An', '02/03/1980', 'Giáo viên', null, 'LĐTT', 'HTTNV'],
        [null, 'Bình', ' 2/3/1981', ' Tổ  trưởng', null, 'LĐTT', 'HTTNV'],
        [null, 'Chi', 29526, null, 'THCS B', 'LĐTT', { error: '#N/A' }],
        ['cb 02', 'Dung', '1985', 'Giáo viên', null, 'LĐTT', { error: '#REF!' }],
      ]),
    );
    expect(rows.map((r) => [r.name, r.id, r.birth, r.position, r.unit, r.unitCell, r.identity])).toEqual([
      ['An', 'cb 01', { year: 1980, month: 3, day: 2 }, 'Giáo viên', 'THCS A', 'A2', 'id:cb01'],
      ['Bình', null, { year: 1981, month: 3, day: 2 }, 'Tổ trưởng', 'THCS A', 'A2', 'p:binh|02/03/1981|thcs a'],
      ['Chi', null, { year: 1980, month: 11, day: 1 }, '', 'THCS B', 'E5', 'p:chi|01/11/1980|thcs b'],
      ['Dung', 'cb 02', null, 'Giáo viên', 'THCS A', 'A2', 'id:cb02'],
    ]);
    expect(rows[0]!.history.size).toBe(0);
  });

  test('a row without a title or without a name is reported and skipped', () => {
    const { rows, sink } = read(
      sheet('DS', [
        ['STT', 'Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị'],
        [1, 'Phan Văn Sáu', 'THCS A', null],
        [2, null, 'THCS A', 'LĐTT'],
      ]),
    );
    expect(rows).toHaveLength(0);
    expect(sink.items.map((f) => [f.code, f.cell])).toEqual([
      ['NOMINATION_NO_AWARD', 'B2'],
      ['NOMINATION_NO_NAME', 'D3'],
    ]);
  });

  test('formula errors are errors naming the cell; the value stays unreadable', () => {
    const { rows, sink } = read(
      sheet('DS', [
        ['Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại'],
        ['Võ Văn Bảy', 'THCS A', 'LĐTT', { error: '#N/A' }],
      ]),
    );
    expect(sink.items).toEqual([{ code: 'NOMINATION_CELL_ERROR', severity: 'error', sheet: 'DS', cell: 'D2', params: { error: '#N/A' } }]);
    expect(rows[0]!.rating.read).toEqual({ kind: 'unknown', text: '#N/A' });
  });

  test('the history is shared apart from the rating: rows alike in one and not the other share that one', () => {
    const { rows, sink } = read(
      sheet('DS', [
        ['Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại', 'Thành tích các năm trước'],
        ['An', 'THCS A', 'LĐTT', 'HTTNV', 'Bằng khen 2022'],
        ['Bình', 'THCS A', 'LĐTT', 'HTXSNV', 'Bằng khen 2022'],
        ['Chi', 'THCS A', 'LĐTT', 'HTTNV', ''],
        ['Dũng', 'THCS A', 'LĐTT', 'HTXSNV', null],
      ]),
    );
    // The ambiguous history is reported on each row holding it.
    expect(sink.items.map((f) => [f.code, f.cell])).toEqual([
      ['NOMINATION_HISTORY_AMBIGUOUS', 'E2'],
      ['NOMINATION_HISTORY_AMBIGUOUS', 'E3'],
    ]);
    expect(rows.map((r) => r.rating.read.kind === 'rating' && r.rating.read.rating)).toEqual(['HTTNV', 'HTXSNV', 'HTTNV', 'HTXSNV']);
    expect(rows[2]!.rating.read).toBe(rows[0]!.rating.read);
    expect(rows[3]!.rating.read).toBe(rows[1]!.rating.read);
    expect(rows[2]!.history.size).toBe(0);
    expect(rows[3]!.history).toBe(rows[2]!.history);
  });

  test('a row holding formula errors is read cell by cell, its findings in reading order; rows typed alike share their readings', () => {
    const row = (name: string, unit: CellValue, rating: CellValue): CellValue[] => [name, unit, 'LĐTT', rating, 'Bằng khen 2022'];
    const { rows, sink } = read(
      sheet('DS', [
        ['Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại', 'Thành tích các năm trước'],
        row('An', 'THCS A', 'HTTNV'),
        row('Bình', { error: '#REF!' }, { error: '#N/A' }),
        row('Chi', 'THCS A', 'HTTNV'),
      ]),
    );
    expect(sink.items.map((f) => [f.code, f.cell])).toEqual([
      ['NOMINATION_HISTORY_AMBIGUOUS', 'E2'],
      ['NOMINATION_CELL_ERROR', 'B3'],
      ['NOMINATION_HISTORY_AMBIGUOUS', 'E3'],
      ['NOMINATION_CELL_ERROR', 'D3'],
      ['NOMINATION_HISTORY_AMBIGUOUS', 'E4'],
    ]);
    expect(rows.map((r) => [r.name, r.unit, r.rating.read.kind, r.rating.cell])).toEqual([
      ['An', 'THCS A', 'rating', 'D2'],
      ['Bình', '#REF!', 'unknown', 'D3'],
      ['Chi', 'THCS A', 'rating', 'D4'],
    ]);
    expect(rows[2]!.rating.read).toBe(rows[0]!.rating.read);
    expect(rows[0]!.identity).toBe('p:an||thcs a');
  });

  test('a unit merged down several rows is the unit of each of them', () => {
    const { rows } = read(
      sheet(
        'DS',
        [
          ['Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị'],
          ['An', 'THCS A', 'LĐTT'],
          ['Bình', null, 'LĐTT'],
          ['Chi', 'THCS B', 'LĐTT'],
        ],
        { merges: [{ r0: 1, c0: 1, r1: 2, c1: 1 }] },
      ),
    );
    expect(rows.map((r) => [r.name, r.unit, r.unitCell, r.identity])).toEqual([
      ['An', 'THCS A', 'B2', 'p:an||thcs a'],
      ['Bình', 'THCS A', 'B3', 'p:binh||thcs a'],
      ['Chi', 'THCS B', 'B4', 'p:chi||thcs b'],
    ]);
  });

  test('names starting with "=" are read as the text they are', () => {
    const { rows } = read(sheet('DS', [['Họ và tên', 'Danh hiệu đề nghị'], ['=Hoàng Văn Tú', 'LĐTT']]));
    expect(rows[0]!.name).toBe('=Hoàng Văn Tú');
  });

  test('history columns and free text; ambiguous parts are reported with their cell', () => {
    const { rows, sink } = read(
      sheet('DS', [
        ['Họ và tên', 'Danh hiệu đề nghị', 'Danh hiệu năm học 2023-2024', 'Xếp loại 2023-2024', 'Sáng kiến 2023-2024', 'Thành tích các năm trước'],
        ['Đào Văn Tám', 'CSTĐ tỉnh', 'CSTĐCS', 'HTXSNV', 2, 'CSTĐCS 2023; Bằng khen 2022'],
      ]),
    );
    const h = rows[0]!.history;
    expect([...h.get(2024)!.awards]).toEqual(['CSTDCS']);
    expect(h.get(2024)).toMatchObject({ titleKnown: true, rating: 'HTXSNV', initiatives: { count: 2, level: null }, cells: { title: 'C2', merit: null, rating: 'D2', initiatives: 'E2' } });
    expect([...h.get(2023)!.awards]).toEqual(['CSTDCS']);
    expect(sink.items).toEqual([{ code: 'NOMINATION_HISTORY_AMBIGUOUS', severity: 'warning', sheet: 'DS', cell: 'F2', params: { text: 'Bằng khen 2022' } }]);
  });

  test('rows typed alike share one history reading; each row names its own cells', () => {
    const row = (name: string): CellValue[] => [name, 'CSTĐ tỉnh', 'CSTĐCS', 'HTXSNV', 'CSTĐCS 2023; Bằng khen 2022'];
    const { rows, sink } = read(
      sheet('DS', [['Họ và tên', 'Danh hiệu đề nghị', 'Danh hiệu năm học 2023-2024', 'Xếp loại 2023-2024', 'Thành tích các năm trước'], row('A'), row('B'), ['C', 'LĐTT', null, 'HTTNV', null], ['D', 'LĐTT']]),
    );
    expect(rows[1]!.history.get(2024)).toMatchObject({ titleKnown: true, rating: 'HTXSNV', cells: { title: 'C3', merit: null, rating: 'D3', initiatives: null } });
    expect(rows[0]!.history.get(2024)!.cells.title).toBe('C2');
    expect([...rows[1]!.history.keys()]).toEqual([2024, 2023]);
    expect([...rows[1]!.history].map(([k, f]) => [k, f.cells.title])).toEqual([
      [2024, 'C3'],
      [2023, 'E3'],
    ]);
    expect(rows[2]!.history.get(2024)).toMatchObject({ titleKnown: false, rating: 'HTTNV', cells: { title: null, rating: 'D4' } });
    expect(rows[3]!.history.size).toBe(0);
    expect(sink.items.map((f) => [f.code, f.cell])).toEqual([
      ['NOMINATION_HISTORY_AMBIGUOUS', 'E2'],
      ['NOMINATION_HISTORY_AMBIGUOUS', 'E3'],
    ]);
  });

  test('a "Không" title column states the period had no title', () => {
    const { rows } = read(sheet('DS', [['Họ và tên', 'Danh hiệu đề nghị', 'Danh hiệu 2023-2024'], ['Hồ Văn Chín', 'LĐTT', 'Không']]));
    expect(rows[0]!.history.get(2024)).toMatchObject({ titleKnown: true });
    expect(rows[0]!.history.get(2024)!.awards.size).toBe(0);
  });

  test('a history column of the current period is its rating when there is no Xếp loại column', () => {
    const { rows } = read(sheet('DS', [['Họ và tên', 'Danh hiệu đề nghị', 'Xếp loại 2024-2025'], ['Mạc Văn Mười', 'LĐTT', 'HTTNV']]));
    const rating = rows[0]!.rating;
    expect({ read: rating.read, cell: rating.cell }).toEqual({ read: { kind: 'rating', rating: 'HTTNV' }, cell: 'C2' });
  });

  test('a history header whose period is ambiguous is reported once and not used', () => {
    const { rows, sink } = read(sheet('DS', [['Họ và tên', 'Danh hiệu đề nghị', 'Danh hiệu 2020-2023'], ['A', 'LĐTT', 'CSTĐCS']]));
    expect(sink.items.map((f) => [f.code, f.cell])).toEqual([['NOMINATION_HISTORY_HEADER_AMBIGUOUS', 'C1']]);
    expect(rows[0]!.history.size).toBe(0);
  });

  test('leave days, maternity exemption, months of service or recruitment date', () => {
    const header: CellValue[] = ['Họ và tên', 'Danh hiệu đề nghị', 'Số ngày nghỉ', 'Lý do nghỉ', 'Số tháng công tác', 'Ngày tuyển dụng'];
    const { rows } = read(
      sheet('DS', [
        header,
        ['A', 'LĐTT', 41, 'Ốm', null, null],
        ['B', 'LĐTT', 120, 'Nghỉ thai sản', 8, null],
        ['C', 'LĐTT', '45 (thai sản)', null, null, '01/12/2024'],
        ['D', 'LĐTT', null, null, null, '02/12/2024'],
        ['E', 'LĐTT', 'nhiều', null, 'sáu', null],
      ]),
    );
    expect(rows.map((r) => r.leave.read)).toEqual([
      { kind: 'days', days: 41, maternity: false },
      { kind: 'days', days: 120, maternity: true },
      { kind: 'days', days: 45, maternity: true },
      { kind: 'none' },
      { kind: 'unreadable', text: 'nhiều' },
    ]);
    expect(rows.map((r) => r.service.read)).toEqual([
      { kind: 'unknown' },
      { kind: 'months', months: 8, from: 'months' },
      { kind: 'months', months: 6, from: 'hireDate' },
      { kind: 'months', months: 5, from: 'hireDate' },
      { kind: 'unreadable', text: 'sáu' },
    ]);
    expect(rows[2]!.service.cell).toBe('F4');
  });

  test('recruitment date without a period: months unknown', () => {
    const { rows } = read(sheet('DS', [['Họ và tên', 'Danh hiệu đề nghị', 'Ngày tuyển dụng'], ['A', 'LĐTT', '01/12/2024']]), null);
    expect(rows[0]!.service.read).toEqual({ kind: 'unknown' });
  });
});

describe('person fields', () => {
  test('months between a date and the end of a period, inclusive', () => {
    expect(monthsBetween({ year: 2024, month: 12, day: 1 }, { year: 2025, month: 5, day: 31 })).toBe(6);
    expect(monthsBetween({ year: 2024, month: 12, day: 2 }, { year: 2025, month: 5, day: 31 })).toBe(5);
    expect(monthsBetween({ year: 2026, month: 1, day: 1 }, { year: 2025, month: 5, day: 31 })).toBe(0);
  });
  test('date of birth: "dd/mm/yyyy" read directly, other texts and serials as dates, a lone year as text', () => {
    expect(readBirth('05/11/1980')).toEqual({ date: { year: 1980, month: 11, day: 5 }, text: '05/11/1980' });
    expect(plainBirth('31/02/1980')).toBeUndefined();
    expect(readBirth('31/02/1980')).toEqual({ date: null, text: '31/02/1980' });
    expect(plainBirth('01/16/1999')).toBeUndefined();
    expect(readBirth('01/00/2000')).toEqual({ date: null, text: '01/00/2000' });
    expect(plainBirth('05/11/0980')).toBeUndefined();
    expect(plainBirth('5/11/1980 ')).toBeUndefined();
    expect(readBirth('5/11/1980')).toEqual({ date: { year: 1980, month: 11, day: 5 }, text: '05/11/1980' });
    expect(readBirth(29526)).toEqual({ date: { year: 1980, month: 11, day: 1 }, text: '01/11/1980' });
    expect(readBirth(1980)).toEqual({ date: null, text: '1980' });
    expect(readBirth('  ')).toBeNull();
    expect(readBirth(null)).toBeNull();
  });
  test('days in a month as Date counts them (leap years by the Gregorian rule)', () => {
    for (let year = 1000; year <= 2500; year++)
      for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    expect(plainBirth('29/02/2000')?.date).toEqual({ year: 2000, month: 2, day: 29 });
    expect(plainBirth('29/02/1900')).toBeUndefined();
    expect(plainBirth('29/02/1996')?.date).toEqual({ year: 1996, month: 2, day: 29 });
    expect(plainBirth('31/04/1996')).toBeUndefined();
    expect(plainBirth('31/12/1996')?.date).toEqual({ year: 1996, month: 12, day: 31 });
  });
  test('the identity text of a date of birth: a plain "dd/mm/yyyy" is its own text, anything else its reading\'s', () => {
    for (const v of ['05/11/1980', '29/02/2000', '29/02/1900', '31/04/1996', '5/11/1980', '01/16/1999', ' 05/11/1980', '1980', 29526, 1980, null, '  ', 'không rõ']) {
      expect(birthText(v)).toBe(readBirth(v)?.text ?? '');
      if (typeof v === 'string') expect(isPlainBirth(v)).toBe(plainBirth(v) !== undefined);
    }
    expect(isPlainBirth('05/11/1980')).toBe(true);
    expect(isPlainBirth('31/04/1996')).toBe(false);
  });
  test('leave: an empty cell is none, maternity from either cell', () => {
    expect(readLeave(null, 'thai sản')).toEqual({ kind: 'none' });
    expect(readLeave('40', 'Thai san')).toEqual({ kind: 'days', days: 40, maternity: true });
  });
});

/**
 * Unit workbooks as units send them in, as plain data: usable as snapshots (pure merge tests) and
 * written to .xlsx with ExcelJS (the CLI golden test). Both layouts of §3.3 appear, with a title block,
 * two-row headers, a signature block, a duplicate unit and a criterion that differs.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/workbook/snapshot';

export interface FixtureSheet {
  readonly name: string;
  readonly rows: CellValue[][];
  readonly merges?: CellRange[];
  readonly hiddenRows?: number[];
}

export interface FixtureBook {
  readonly file: string;
  readonly sheets: FixtureSheet[];
}

export function toSnapshot(book: FixtureBook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = book.sheets.map((s) => ({
    name: s.name,
    visibility: 'visible',
    values: s.rows,
    merges: s.merges ?? [],
    hiddenRows: s.hiddenRows ?? [],
  }));
  return { sheets, source: book.file };
}

const CRITERIA: CellValue[][] = [
  ['I', 'Công tác chỉ đạo, điều hành', 40],
  [1, 'Xây dựng kế hoạch năm học', 20],
  [2, 'Thực hiện quy chế dân chủ', 20],
  ['II', 'Chất lượng giáo dục', 60],
  [1, 'Kết quả học tập của học sinh', 30],
  [2, 'Bồi dưỡng học sinh giỏi', 30],
];

/** Criteria-in-rows self-scoring form of one school, unit named in a title line, bloc in the title. */
function schoolFormTitled(unit: string, self: number[], bloc: number[]): FixtureSheet {
  const rows: CellValue[][] = [
    ['PHÒNG GD&ĐT ĐẦM HÀ'],
    ['BẢNG TỰ CHẤM ĐIỂM THI ĐUA KHỐI THCS NĂM HỌC 2024-2025'],
    [`Đơn vị: ${unit}`],
    ['TT', 'Nội dung', 'Điểm chuẩn', 'Tự chấm', 'Khối chấm'],
  ];
  let i = 0;
  for (const c of CRITERIA) {
    if (typeof c[0] === 'string') rows.push([...c]);
    else {
      rows.push([...c, self[i]!, bloc[i]!]);
      i++;
    }
  }
  rows.push([null, 'Tổng cộng', 100, self.reduce((a, b) => a + b, 0), bloc.reduce((a, b) => a + b, 0)]);
  rows.push([]);
  rows.push([null, 'Người lập biểu', null, 'HIỆU TRƯỞNG']);
  return { name: 'Chấm điểm', rows, merges: [{ r0: 1, c0: 0, r1: 1, c1: 4 }] };
}

/** Criteria-in-rows with a two-row header: the unit name merged over Tự chấm | Khối chấm. */
function schoolFormTwoRows(sheet: string, unit: string, self: number[], bloc: number[], criteria = CRITERIA): FixtureSheet {
  const rows: CellValue[][] = [
    ['TT', 'Nội dung', 'Điểm chuẩn', unit, null],
    [null, null, null, 'Tự chấm', 'Khối chấm'],
  ];
  let i = 0;
  for (const c of criteria) {
    if (typeof c[0] === 'string') rows.push([...c]);
    else {
      rows.push([...c, self[i]!, bloc[i]!]);
      i++;
    }
  }
  const merges = [
    { r0: 0, c0: 0, r1: 1, c1: 0 },
    { r0: 0, c0: 1, r1: 1, c1: 1 },
    { r0: 0, c0: 2, r1: 1, c1: 2 },
    { r0: 0, c0: 3, r1: 0, c1: 4 },
  ];
  return { name: sheet, rows, merges };
}

function nominations(unit: string, people: [string, string, string, string][], extraHeader?: string, extra?: CellValue[]): FixtureSheet {
  const header: CellValue[] = ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại'];
  if (extraHeader) header.push(extraHeader);
  const rows: CellValue[][] = [[`TRƯỜNG ${unit.toUpperCase()}`], ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM HỌC 2024-2025'], header];
  people.forEach(([name, dob, position, award], i) => {
    const row: CellValue[] = [i + 1, name, dob, position, unit, award, 'Hoàn thành xuất sắc nhiệm vụ'];
    if (extraHeader) row.push(extra?.[i] ?? null);
    rows.push(row);
  });
  rows.push([]);
  rows.push([null, 'Người lập biểu', null, null, 'Hiệu trưởng']);
  return { name: 'Đề nghị khen thưởng', rows };
}

export const DAM_HA: FixtureBook = {
  file: 'THCS Đầm Hà.xlsx',
  sheets: [
    { name: 'Cấu hình', rows: [['Tham số', 'Giá trị'], ['Năm học', '2024-2025'], ['Tên cơ quan', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ']] },
    schoolFormTitled('THCS Đầm Hà', [18, 19, 28, 27], [17, 19, 28, 26]),
    nominations('THCS Đầm Hà', [
      ['Nguyễn Văn An', '12/03/1985', 'Giáo viên', 'CSTĐCS'],
      ['Trần Thị Bình', '05/11/1990', 'Tổ trưởng', 'LĐTT'],
    ]),
  ],
};

export const QUANG_LOI: FixtureBook = {
  file: 'THCS Quảng Lợi.xlsx',
  sheets: [
    { name: 'Cấu hình', rows: [['Tham số', 'Giá trị'], ['Năm học', '2024-2025'], ['Tên cơ quan', 'TRƯỜNG THCS QUẢNG LỢI']] },
    schoolFormTwoRows('Khối THCS', 'THCS Quảng Lợi', [20, 18, 29, 30], [19, 18, 29, 29]),
    nominations('THCS Quảng Lợi', [['Lê Văn Cường', '01/01/1980', 'Hiệu trưởng', 'LĐTT']], 'Sáng kiến', ['Sáng kiến dạy học STEM (cấp cơ sở)']),
    { name: 'Ghi chú riêng', rows: [['Việc cần làm'], ['Gửi bản giấy trước 30/5']] },
  ],
};

/** The same school sent twice (a re-sent copy), with one nomination in common. */
export const DAM_HA_AGAIN: FixtureBook = {
  file: 'THCS Đầm Hà (1).xlsx',
  sheets: [
    schoolFormTwoRows('Chấm điểm Khối THCS', 'Trường THCS Đầm Hà', [20, 20, 30, 30], [20, 20, 30, 30]),
    nominations('THCS Đầm Hà', [
      ['Nguyễn Văn An', '12/03/1985', 'Giáo viên', 'CSTĐCS'],
      ['Phạm Thị Dung', '20/08/1992', 'Giáo viên', 'LĐTT'],
    ]),
  ],
};

/** Criteria that differ: II.2 re-weighted (25 instead of 30) and I.2 reworded. */
export const QUANG_THANH: FixtureBook = {
  file: 'THCS Quảng Thành.xlsx',
  sheets: [
    schoolFormTwoRows('Khối THCS', 'THCS Quảng Thành', [15, 16, 25, 20], [15, 16, 24, 20], [
      ['I', 'Công tác chỉ đạo, điều hành', 40],
      [1, 'Xây dựng kế hoạch năm học', 20],
      [2, 'Thực hiện quy chế dân chủ ở cơ sở', 20],
      ['II', 'Chất lượng giáo dục', 55],
      [1, 'Kết quả học tập của học sinh', 30],
      [2, 'Bồi dưỡng học sinh giỏi', 25],
    ]),
  ],
};

/** A bloc summary in the units-in-rows layout, with that bloc's criteria sheet. */
export const TIEU_HOC_1: FixtureBook = {
  file: 'Cụm Tiểu học 1.xlsx',
  sheets: [
    {
      name: 'Tiêu chí Khối Tiểu học',
      rows: [
        ['TIÊU CHÍ THI ĐUA KHỐI TIỂU HỌC'],
        ['Mã', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Loại'],
        ['I', 'Công tác chỉ đạo', 40, null],
        [1, 'Kế hoạch và tổ chức thực hiện', 40, null],
        ['II', 'Chất lượng giáo dục', 60, null],
        [1, 'Kết quả giáo dục học sinh', 60, null],
        ['III', 'Điểm cộng', 5, null],
        [1, 'Thành tích đột xuất', 5, 'Cộng'],
        ['IV', 'Điểm trừ', 5, null],
        [1, 'Báo cáo chậm', 5, 'Trừ'],
      ],
      merges: [{ r0: 0, c0: 0, r1: 0, c1: 3 }],
    },
    {
      name: 'Khối Tiểu học',
      rows: [
        ['BẢNG TỔNG HỢP ĐIỂM THI ĐUA'],
        ['STT', 'Tên đơn vị', 'I', 'II', 'Điểm cộng', 'Điểm trừ', 'Tổng'],
        [1, 'TH Tân Bình', 38, 55, 2, 0, 95],
        [2, 'TH Quảng Tân', 36, 50, 0, 1, 85],
        [null, 'Tổng cộng', 74, 105, 2, 1, 180],
      ],
    },
  ],
};

/** Another bloc summary for the same bloc: one unit already sent, one column the first file lacks. */
export const TIEU_HOC_2: FixtureBook = {
  file: 'Cụm Tiểu học 2.xlsx',
  sheets: [
    {
      name: 'Khối Tiểu học',
      rows: [
        ['STT', 'Tên đơn vị', 'I', 'II', 'Điểm cộng', 'Điểm trừ', 'Tổng', 'Ghi chú'],
        [1, 'TH Dực Yên', 39, 57, 0, 0, 96, 'Đủ hồ sơ'],
        [2, 'Trường TH Tân Bình', 30, 40, 0, 0, 70, null],
      ],
      hiddenRows: [],
    },
  ],
};

export const ALL_BOOKS: readonly FixtureBook[] = [DAM_HA, QUANG_LOI, DAM_HA_AGAIN, QUANG_THANH, TIEU_HOC_1, TIEU_HOC_2];

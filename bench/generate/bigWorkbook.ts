/**
 * The benchmark's workbook (issue 7): B blocs × U units scored on 60 criteria (criteria in rows, a
 * Tự chấm | Khối chấm pair per unit under its merged name), the units list, and N individual nomination
 * rows, as a district office would send them. Deterministic (seeded), so every run measures the same data.
 * Built as plain rows once; `toSnapshot` and `writeXlsx` (./xlsx.ts) give the engine's and the CLI's input.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/snapshot';
import { Random } from './random';
import { AWARDS, DISCIPLINES, FAMILY, GIVEN, HISTORIES, INITIATIVES, LEVELS, MIDDLE, PLACES, POSITIONS, RATINGS, weighted } from './vocab';

export interface BigWorkbookOptions {
  readonly blocs: number;
  readonly unitsPerBloc: number;
  readonly nominationRows: number;
  readonly seed?: number;
}

/** The issue's workbook: 50 blocs × 40 units × 60 criteria plus 50,000 nomination rows. */
export const ISSUE_WORKBOOK: BigWorkbookOptions = { blocs: 50, unitsPerBloc: 40, nominationRows: 50_000 };

export interface GeneratedSheet {
  readonly name: string;
  readonly rows: CellValue[][];
  readonly merges: CellRange[];
}

interface Criterion {
  readonly code: string;
  readonly title: string;
  readonly max: number | null;
  readonly type: '' | 'Cộng' | 'Trừ' | 'Liệt';
  readonly leaf: boolean;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
const GROUP_TITLES = ['Công tác chỉ đạo, quản lý', 'Chất lượng giáo dục', 'Xây dựng đội ngũ', 'Cơ sở vật chất', 'Phổ cập giáo dục', 'Công tác đoàn thể'];

/** 6 groups × 9 standard leaves + 3 bonus + 2 deduction + 1 veto = 60 scored criteria. */
export function bigCriteria(): Criterion[] {
  const out: Criterion[] = [];
  GROUP_TITLES.forEach((title, g) => {
    const leaves = Array.from({ length: 9 }, (_, j) => 10 + ((g + j) % 3) * 5);
    out.push({ code: ROMAN[g]!, title, max: leaves.reduce((a, b) => a + b, 0), type: '', leaf: false });
    leaves.forEach((max, j) => out.push({ code: String(j + 1), title: `${title}: nội dung ${j + 1}`, max, type: '', leaf: true }));
  });
  out.push({ code: 'VII', title: 'Điểm cộng', max: 15, type: 'Cộng', leaf: false });
  for (let j = 0; j < 3; j++) out.push({ code: String(j + 1), title: `Thành tích đột xuất ${j + 1}`, max: 5, type: '', leaf: true });
  out.push({ code: 'VIII', title: 'Điểm trừ', max: 20, type: 'Trừ', leaf: false });
  for (let j = 0; j < 2; j++) out.push({ code: String(j + 1), title: `Sai sót bị nhắc nhở ${j + 1}`, max: 10, type: '', leaf: true });
  out.push({ code: 'IX', title: 'Tiêu chí liệt', max: null, type: '', leaf: false });
  out.push({ code: '1', title: 'Có cán bộ vi phạm pháp luật bị kỷ luật từ cảnh cáo trở lên', max: null, type: 'Liệt', leaf: true });
  return out;
}

export function blocName(b: number): string {
  return `Khối ${String(b + 1).padStart(2, '0')}`;
}

export function unitName(b: number, u: number): string {
  return `Trường ${LEVELS[b % LEVELS.length]} ${PLACES[u % PLACES.length]} ${String(b + 1).padStart(2, '0')}-${String(u + 1).padStart(2, '0')}`;
}

function settingsSheet(): GeneratedSheet {
  return {
    name: 'Cấu hình',
    merges: [],
    rows: [
      ['Tham số', 'Giá trị'],
      ['Cơ quan chủ quản', 'UBND TỈNH QUẢNG NINH'],
      ['Tên cơ quan', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
      ['Địa danh', 'Hạ Long'],
      ['Năm học', '2024-2025'],
      ['Người lập biểu', 'Nguyễn Thị Hoa'],
      ['Chủ tịch Hội đồng', 'Phạm Văn Hùng'],
    ],
  };
}

function criteriaSheet(criteria: readonly Criterion[]): GeneratedSheet {
  return {
    name: 'Tiêu chí',
    merges: [{ r0: 0, c0: 0, r1: 0, c1: 3 }],
    rows: [['BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM HỌC 2024-2025'], [], ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Loại'], ...criteria.map((c) => [c.code, c.title, c.max, c.type || null])],
  };
}

/** A score on a half-point grid, mostly near the maximum, as blocs score. */
function score(rnd: Random, max: number, high: number): number {
  return Math.round(max * (high + (1 - high) * rnd.next()) * 2) / 2;
}

function scoringSheet(b: number, units: number, criteria: readonly Criterion[], rnd: Random): GeneratedSheet {
  const HEADER = 2;
  const head: CellValue[] = ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn'];
  const sub: CellValue[] = [null, null, null];
  const merges: CellRange[] = [
    { r0: 0, c0: 0, r1: 0, c1: 2 + 2 * units },
    { r0: HEADER, c0: 0, r1: HEADER + 1, c1: 0 },
    { r0: HEADER, c0: 1, r1: HEADER + 1, c1: 1 },
    { r0: HEADER, c0: 2, r1: HEADER + 1, c1: 2 },
  ];
  const quality: number[] = [];
  for (let u = 0; u < units; u++) {
    head.push(unitName(b, u), null);
    sub.push('Tự chấm', 'Khối chấm');
    merges.push({ r0: HEADER, c0: 3 + 2 * u, r1: HEADER, c1: 4 + 2 * u });
    quality.push(0.7 + 0.25 * rnd.next());
  }
  let group = '';
  const body = criteria.map((c) => {
    const row: CellValue[] = [c.code, c.title, c.max];
    if (!c.leaf) {
      group = c.code;
      return row;
    }
    for (let u = 0; u < units; u++) {
      let self: CellValue;
      let bloc: CellValue;
      if (c.type === 'Liệt') {
        self = null;
        bloc = rnd.chance(0.01) ? 'x' : null;
      } else if (group === 'VII' || group === 'VIII') {
        self = rnd.chance(0.2) ? rnd.int(1, c.max ?? 1) : 0;
        bloc = self;
      } else {
        self = score(rnd, c.max ?? 0, quality[u]!);
        bloc = rnd.chance(0.15) ? Math.max(0, self - 0.5 * rnd.int(1, 4)) : self;
      }
      row.push(self, bloc);
    }
    return row;
  });
  const title = `BẢNG CHẤM ĐIỂM THI ĐUA ${blocName(b).toUpperCase()} - NĂM HỌC 2024-2025`;
  return { name: blocName(b), merges, rows: [[title], [], head, sub, ...body] };
}

function unitsSheet(blocs: number, units: number, rnd: Random): GeneratedSheet {
  const rows: CellValue[][] = [['STT', 'Tên đơn vị', 'Khối', 'Số CB-GV-NV', 'Cấp học']];
  for (let b = 0; b < blocs; b++) for (let u = 0; u < units; u++) rows.push([rows.length, unitName(b, u), blocName(b), rnd.int(20, 80), LEVELS[b % LEVELS.length]!]);
  return { name: 'Đơn vị', merges: [], rows };
}

export const NOMINATION_HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại', 'Sáng kiến', 'Số ngày nghỉ', 'Lý do nghỉ', 'Kỷ luật', 'Số tháng công tác', 'Danh hiệu năm học 2023-2024', 'Xếp loại 2023-2024', 'Thành tích các năm trước', 'Ghi chú'];

function nominationRow(i: number, blocs: number, units: number, rnd: Random): CellValue[] {
  const name = `${rnd.pick(FAMILY)} ${rnd.pick(MIDDLE)} ${rnd.pick(GIVEN)}`;
  const birth = `${String(rnd.int(1, 28)).padStart(2, '0')}/${String(rnd.int(1, 12)).padStart(2, '0')}/${rnd.int(1965, 2000)}`;
  const award = weighted(AWARDS, rnd.next());
  const wantsInitiative = /CSTĐ|Chiến sĩ|BK|Bằng khen/.test(award);
  const leave = rnd.chance(0.03) ? rnd.int(10, 150) : null;
  return [
    i + 1,
    name,
    birth,
    rnd.pick(POSITIONS),
    unitName(rnd.int(0, blocs - 1), rnd.int(0, units - 1)),
    award,
    weighted(RATINGS, rnd.next()),
    wantsInitiative ? rnd.pick(INITIATIVES) : null,
    leave,
    leave !== null && rnd.chance(0.5) ? 'Nghỉ thai sản' : null,
    rnd.chance(0.01) ? rnd.pick(DISCIPLINES) : null,
    rnd.chance(0.05) ? rnd.int(3, 12) : null,
    wantsInitiative ? rnd.pick(['CSTĐCS', 'LĐTT', null]) : null,
    wantsInitiative ? rnd.pick(['HTXSNV', 'HTTNV']) : null,
    rnd.chance(0.2) ? rnd.pick(HISTORIES) : null,
    null,
  ];
}

function nominationsSheet(n: number, blocs: number, units: number, rnd: Random): GeneratedSheet {
  const rows: CellValue[][] = [['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CÁ NHÂN NĂM HỌC 2024-2025'], [], [...NOMINATION_HEADER]];
  for (let i = 0; i < n; i++) rows.push(nominationRow(i, blocs, units, rnd));
  return { name: 'Đề nghị khen thưởng', merges: [{ r0: 0, c0: 0, r1: 0, c1: NOMINATION_HEADER.length - 1 }], rows };
}

export function generateBigWorkbook(opts: BigWorkbookOptions): GeneratedSheet[] {
  const rnd = new Random(opts.seed ?? 20250601);
  const criteria = bigCriteria();
  const sheets = [settingsSheet(), criteriaSheet(criteria)];
  for (let b = 0; b < opts.blocs; b++) sheets.push(scoringSheet(b, opts.unitsPerBloc, criteria, rnd));
  sheets.push(unitsSheet(opts.blocs, opts.unitsPerBloc, rnd));
  // Nominations draw from their own stream: the blocs are the same whatever the row count.
  sheets.push(nominationsSheet(opts.nominationRows, opts.blocs, opts.unitsPerBloc, new Random((opts.seed ?? 20250601) ^ 0x5bd1e995)));
  return sheets;
}

/** Trailing empty cells dropped, as the adapters read a sheet back. */
function trimRow(row: readonly CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === '')) end--;
  return row.slice(0, end);
}

/**
 * The generated rows as a reader hands them over: Office.js delivers `range.values` as JSON, so every text
 * arrives as one flat string. The generator builds names, units and dates by concatenation (strings made of
 * pieces, which V8 flattens on first read or hash); no reader produces those, so the values go through JSON
 * once per sheet, as they do between Excel and the task pane.
 */
function asTransported(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  return JSON.parse(JSON.stringify(rows.map(trimRow))) as CellValue[][];
}

export function toSnapshot(sheets: readonly GeneratedSheet[], source = 'bench.xlsx'): WorkbookSnapshot {
  return {
    source,
    sheets: sheets.map((s): SheetSnapshot => ({ name: s.name, visibility: 'visible', values: asTransported(s.rows), merges: s.merges, hiddenRows: [], protected: false })),
  };
}

export function bigSnapshot(opts: BigWorkbookOptions): WorkbookSnapshot {
  return toSnapshot(generateBigWorkbook(opts));
}

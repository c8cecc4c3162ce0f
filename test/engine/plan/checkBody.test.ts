import type { NominationResult, NominationStatus } from '../../../src/engine/model';
import type { PlanValue } from '../../../src/workbook/plan';
import { CHECK_WIDTHS, checkTable, SourceLines } from '../../../src/engine/plan/checkBody';
import { checkValues, COUNCIL_WIDTHS, councilRows, councilSections, NOMINATION_TEXT, reasonsText } from '../../../src/engine/plan/nominationRows';
import { estimateLines } from '../../../src/engine/plan/rowHeights';
import { random } from '../../support/random';

/** The lines of a row as the layout estimates them cell by cell: the reference. */
function rowLines(row: readonly PlanValue[], widths: readonly number[]): number {
  let lines = 1;
  row.forEach((v, c) => {
    if (typeof v === 'string' && c < widths.length) lines = Math.max(lines, estimateLines(v, widths[c]!, false));
  });
  return lines;
}

const SHEETS = ['Đề nghị khen thưởng', 'ĐN', 'Danh sách đề nghị khen thưởng năm học 2024-2025 của các trường THCS', 'Sheet1'];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'Tôn Nữ Hoàng Thị Minh Khai Phương', 'Tổ Toán - Tin', 'Lê A'];
const UNITS = ['THCS Đầm Hà', 'Trường Trung học cơ sở Quảng Tân huyện Đầm Hà tỉnh Quảng Ninh', 'TH Tân Lập', 'Trường THCS Đầm Hà'];
const AWARDS = ['LDTT', 'CSTDCS', 'BK_TTG', 'UNKNOWN', 'TTLDXS', 'XYZ'];
const STATUSES: NominationStatus[] = ['eligible', 'review', 'ineligible'];
const MESSAGES = ['Thiếu "Xếp loại"', 'Đề nghị khen thưởng!F6: Xếp loại HTNV, chưa đạt yêu cầu HTTNV trở lên.', 'Suy tôn!D2: số phiếu đồng ý chưa đạt tỷ lệ theo quy định của Luật Thi đua, khen thưởng'];

function randomNominations(seed: number, count: number): NominationResult[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: NominationResult[] = [];
  for (let i = 0; i < count; i++) {
    const row = pick([i + 2, Math.floor(rnd() * 2_000_000), 9, 10, 99, 100, 1e15 + i]);
    const collective = rnd() < 0.2;
    const reasons = Array.from({ length: pick([0, 0, 1, 2]) }, () => ({ code: 'X', message: pick(MESSAGES), status: 'review' as const }));
    out.push({
      sheet: pick(SHEETS),
      row,
      cell: `B${row}`,
      name: pick(NAMES),
      unit: pick(UNITS),
      award: pick(AWARDS),
      status: pick(STATUSES),
      reasons,
      kind: collective ? 'collective' : 'individual',
      ...(rnd() < 0.7 ? { position: pick(['Giáo viên', 'Phó Hiệu trưởng phụ trách chuyên môn', 'Tổ trưởng']) } : {}),
    });
  }
  return out;
}

describe('SourceLines', () => {
  test('the estimate of "<sheet>, dòng <row>" for every row number, from one count per sheet and length', () => {
    for (const lang of ['vi', 'en'] as const) {
      const label = NOMINATION_TEXT[lang].row;
      for (const width of [6, 12, 24]) {
        const lines = new SourceLines(width, label);
        for (const sheet of SHEETS) {
          for (const row of [0, 1, 9, 10, 11, 99, 100, 12345, 99999, 100000, 2 ** 31, Number.MAX_SAFE_INTEGER, 1.5, -3, 1e21]) {
            expect([sheet, row, lines.lines(sheet, row)]).toEqual([sheet, row, estimateLines(label(sheet, row), width, false)]);
          }
        }
      }
    }
  });
});

describe('line estimates of the nomination tables', () => {
  const noms = randomNominations(7, 400);

  test('checkTable: the rows of checkValues, each with the lines the layout would estimate', () => {
    for (const lang of ['vi', 'en'] as const) {
      const table = checkTable(noms, lang);
      expect(table.rows).toEqual(noms.map((n) => checkValues(n, lang)));
      expect([...table.lines]).toEqual(table.rows.map((r) => rowLines(r, CHECK_WIDTHS)));
    }
  });

  test('councilRows: the lines the layout would estimate, section rows included', () => {
    const table = councilRows(noms, 'vi');
    expect([...table.lines]).toEqual(table.rows.map((r) => rowLines(r, COUNCIL_WIDTHS)));
    expect(table.lines.some((l) => l > 1)).toBe(true);
  });

  test('councilRows: each person row shows its nomination (name, position, list unit, notes for review)', () => {
    // Some collectives named as their unit: their unit cell stays empty.
    const all = [...noms, ...noms.slice(0, 40).map((n) => ({ ...n, kind: 'collective' as const, name: n.unit, status: 'eligible' as const }))];
    const table = councilRows(all, 'vi');
    const want: PlanValue[][] = [];
    for (const status of ['eligible', 'review'] as const) {
      for (const section of councilSections(all, status, 'vi')) {
        section.items.forEach((n, j) => {
          const unit = n.kind === 'collective' && n.unit === n.name ? null : n.unit;
          want.push([j + 1, n.name, n.position ?? null, unit, status === 'review' ? reasonsText(n) : null]);
        });
      }
    }
    const people = table.rows.filter((r) => typeof r[0] === 'number');
    expect(people).toEqual(want);
    expect(want.some((r) => r[3] === null)).toBe(true);
  });
});

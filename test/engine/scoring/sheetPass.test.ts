import { detectCriteriaInRows, readCriteriaInRows } from '../../../src/engine/scoring/criteriaInRows';
import { buildPlan } from '../../../src/engine/scoring/aggregate';
import { computeUnit } from '../../../src/engine/scoring/computeUnit';
import { sheetPass, UNIT_LONG_WAY, UNIT_SUMMED } from '../../../src/engine/scoring/sheetPass';
import type { CellValue } from '../../../src/workbook/snapshot';
import { grid, where, FindingSink } from '../blocs/fixtures';

/** Four units (Tự chấm | Khối chấm): plain, text and out of range, a capped bonus, nothing typed. */
const header: CellValue[][] = [
  ['TT', 'Nội dung', 'Điểm chuẩn', 'Loại', 'A', null, 'B', null, 'C', null, 'D', null],
  [null, null, null, null, 'Tự chấm', 'Khối chấm', 'Tự chấm', 'Khối chấm', 'Tự chấm', 'Khối chấm', 'Tự chấm', 'Khối chấm'],
];
const rows: CellValue[][] = [
  ['I', 'Chuẩn', 100],
  ['1', 'a', 40, null, 40, 38, '39,5', 41, 40, 40, null, null],
  ['2', 'b', 60, null, 60, 59, 60, 60, 60, 60, null, null],
  ['II', 'Điểm cộng', 5, 'Cộng'],
  ['1', 'c', 4, null, 4, 4, 0, 0, 4, 4, null, null],
  ['2', 'd', 4, null, 0, 0, 0, 0, 4, 4, null, null],
  ['III', 'Tiêu chí liệt', null],
  ['1', 'Vi phạm', null, null, null, null, null, null, null, null, null, null],
];
const merges = [0, 1, 2, 3].map((u) => ({ r0: 0, c0: 4 + 2 * u, r1: 0, c1: 5 + 2 * u }));

function setup() {
  const g = grid('Khối A', [...header, ...rows], { merges });
  const sink = new FindingSink();
  const s = readCriteriaInRows(g, detectCriteriaInRows(g)!, null, 'Khối A', sink);
  return { s, sink, plan: buildPlan(s.criteria, s.items) };
}

describe('sheetPass', () => {
  it('sums plain units at once and leaves text, out-of-range, capped and empty units to the long way', () => {
    const { s, plan } = setup();
    const p = sheetPass(s, plan);
    expect(s.units.map((u) => u.name)).toEqual(['A', 'B', 'C', 'D']);
    expect([...p.state]).toEqual([UNIT_SUMMED, UNIT_LONG_WAY, UNIT_LONG_WAY, UNIT_LONG_WAY]);
    expect(sheetPass(s, plan)).toBe(p);
  });

  it('computeUnit gives the same scores and findings, in unit order, whichever way a unit takes', () => {
    const { s, sink, plan } = setup();
    const before = sink.items.length;
    const r = s.units.map((u) => computeUnit(s, u, { sink, plan, gapThreshold: 5 }));
    expect(r.map((x) => x && [x.base, x.bonus, x.deduction, x.total, x.selfTotal])).toEqual([
      [97, 4, 0, 101, 104],
      [60, 0, 0, 60, 99.5],
      [100, 5, 0, 105, 105],
      null,
    ]);
    expect(r[0]!.groups.map((g) => [g.code, g.value, g.selfValue])).toEqual([
      ['I', 97, 100],
      ['II', 4, 4],
      ['III', 0, 0],
    ]);
    expect(where(sink.items.slice(before))).toEqual(['SCORE_OUT_OF_RANGE@Khối A!H4', 'SCORE_GAP@Khối A!G1', 'SCORE_GROUP_CAPPED@Khối A!I1']);
  });
});

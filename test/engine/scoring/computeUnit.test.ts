import { detectCriteriaInRows, readCriteriaInRows } from '../../../src/engine/scoring/criteriaInRows';
import { buildPlan } from '../../../src/engine/scoring/aggregate';
import { computeUnit } from '../../../src/engine/scoring/computeUnit';
import { renderFinding } from '../../../src/engine/findings/messages';
import type { CellValue } from '../../../src/workbook/snapshot';
import { grid, where, FindingSink } from '../blocs/fixtures';

/** A criteria-in-rows sheet: criteria (code, content, max, type) then per unit [self, bloc]. */
function score(rows: CellValue[][], pairs = true, gapThreshold = 5, opts = {}) {
  const header: CellValue[][] = pairs
    ? [
        ['TT', 'Nội dung', 'Điểm chuẩn', 'Loại', 'Trường A', null],
        [null, null, null, null, 'Tự chấm', 'Khối chấm'],
      ]
    : [['TT', 'Nội dung', 'Điểm chuẩn', 'Loại', 'Trường A']];
  const g = grid('Khối A', [...header, ...rows], { merges: pairs ? [{ r0: 0, c0: 4, r1: 0, c1: 5 }] : [], ...opts });
  const sink = new FindingSink();
  const s = readCriteriaInRows(g, detectCriteriaInRows(g)!, null, 'Khối A', sink);
  const unit = s.units[0]!;
  const r = computeUnit(s, unit, { sink, plan: buildPlan(s.criteria, s.items), gapThreshold });
  return { r, sink };
}

const BASE: CellValue[][] = [
  ['I', 'Chuẩn', 100],
  ['1', 'a', 40, null, 40, 38],
  ['2', 'b', 60, null, 60, 59],
];

describe('computeUnit — authoritative score', () => {
  it('takes the bloc score when the sheet has one, the self score for the self total', () => {
    const { r, sink } = score(BASE);
    expect(r).toMatchObject({ base: 97, bonus: 0, deduction: 0, total: 97, selfTotal: 100, vetoed: false, gap: null });
    expect(r!.groups).toEqual([{ code: 'I', title: 'Chuẩn', max: 100, value: 97, selfValue: 100 }]);
    expect(sink.items).toEqual([]);
  });

  it('a lone score column is the score; no self total', () => {
    const { r } = score([['1', 'a', 40, null, 35], ['2', 'b', 60, null, '55,5']], false);
    expect(r).toMatchObject({ total: 90.5, selfTotal: null });
  });

  it('an empty bloc score falls back to the self score with a warning naming the bloc cell', () => {
    const { r, sink } = score([['1', 'a', 40, null, 40, null], ['2', 'b', 60, null, 60, 55]]);
    expect(r).toMatchObject({ total: 95, selfUsed: 1 });
    expect(where(sink.items)).toEqual(['SCORE_BLOC_EMPTY@Khối A!F3']);
    expect(renderFinding(sink.items[0]!)).toBe('Khối A!F3: "Trường A", tiêu chí 1: chưa có điểm khối chấm; dùng điểm tự chấm 40.');
  });

  it('a wholly empty bloc column is one warning over its range', () => {
    const { r, sink } = score([['1', 'a', 40, null, 40, null], ['2', 'b', 60, null, 60, null]]);
    expect(r).toMatchObject({ total: 100, selfUsed: 2 });
    expect(where(sink.items)).toEqual(['SCORE_BLOC_COLUMN_EMPTY@Khối A!F3:F4']);
  });

  it('a unit without any score is null', () => {
    expect(score([['1', 'a', 40], ['2', 'b', 60]]).r).toBeNull();
  });

  it('empty Chuẩn cells count 0 with one info', () => {
    const { r, sink } = score([['1', 'a', 40, null, 30], ['2', 'b', 60, null, null]], false);
    expect(r!.total).toBe(30);
    expect(where(sink.items)).toEqual(['SCORE_EMPTY_CELLS@Khối A!E3']);
  });
});

describe('computeUnit — validation', () => {
  it('an out-of-range bloc score is an error at the cell, counts 0 and marks the unit', () => {
    const { r, sink } = score([['1', 'a', 40, null, 40, 45], ['2', 'b', 60, null, 60, 60]]);
    expect(r).toMatchObject({ total: 60, invalidCells: ['F3'] });
    expect(sink.items.map((f) => `${f.code}:${f.severity}@${f.cell}`)).toEqual(['SCORE_OUT_OF_RANGE:error@F3', 'SCORE_GAP:warning@E1']);
  });

  it('a formula error is an error naming the cell', () => {
    const { r, sink } = score([['1', 'a', 40, null, 40, { error: '#REF!' }], ['2', 'b', 60, null, 60, 60]]);
    expect(r!.invalidCells).toEqual(['F3']);
    expect(sink.items[0]).toMatchObject({ code: 'SCORE_FORMULA_ERROR', cell: 'F3', severity: 'error', params: { error: '#REF!' } });
  });

  it('a typed total that disagrees with the computed one is a warning; an equal one passes', () => {
    expect(score([...BASE, [null, 'Tổng cộng', 100, null, 100, 97]]).sink.items).toEqual([]);
    const { sink } = score([...BASE, [null, 'Tổng cộng', 100, null, 100, 96]]);
    expect(where(sink.items)).toEqual(['SCORE_TOTAL_MISMATCH@Khối A!F6']);
    expect(sink.items[0]!.params).toMatchObject({ typed: 96, computed: 97 });
  });
});

describe('computeUnit — bonus, deduction, veto', () => {
  const rows: CellValue[][] = [
    ['I', 'Chuẩn', 100],
    ['1', 'a', 100, null, 95, 95],
    ['II', 'Điểm thưởng', 5],
    ['1', 'Giải tỉnh', 4, null, 4, 4],
    ['2', 'Giải huyện', 3, null, 3, 3],
    ['III', 'Điểm trừ', null],
    ['1', 'Chậm báo cáo', 2, null, -1, -1.5],
    ['IV', 'Tiêu chí liệt', null],
    ['1', 'Vi phạm', null, null, null, null],
  ];
  it('caps Cộng at the group maximum, takes Trừ as magnitudes', () => {
    const { r, sink } = score(rows);
    expect(r).toMatchObject({ base: 95, bonus: 5, deduction: 1.5, total: 98.5, selfTotal: 99, vetoed: false });
    expect(r!.groups.map((g) => [g.code, g.value, g.selfValue, g.max])).toEqual([
      ['I', 95, 95, 100],
      ['II', 5, 5, 5],
      ['III', 1.5, 1, null],
      ['IV', 0, 0, null],
    ]);
    expect(where(sink.items)).toEqual(['SCORE_GROUP_CAPPED@Khối A!E1']);
  });
  it('a veto marks the unit and is reported at its cell', () => {
    const vetoRows = rows.map((row) => (row[1] === 'Vi phạm' ? ['1', 'Vi phạm', null, null, null, 'x'] : row));
    const { r, sink } = score(vetoRows);
    expect(r).toMatchObject({ vetoed: true, vetoCodes: ['IV.1'], total: 98.5 });
    expect(where(sink.items)).toContain('SCORE_VETO@Khối A!F11');
  });
});

describe('computeUnit — self-vs-bloc gap', () => {
  it('warns when the gap is over the threshold, not when it equals it', () => {
    const at = score([['1', 'a', 100, null, 100, 95]], true, 5);
    expect(at.r!.gap).toBeNull();
    expect(at.sink.items).toEqual([]);
    const over = score([['1', 'a', 100, null, 100, 94.99]], true, 5);
    expect(over.r!.gap).toBe(5.01);
    expect(where(over.sink.items)).toEqual(['SCORE_GAP@Khối A!E1']);
  });
});

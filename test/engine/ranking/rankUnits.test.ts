import { rankUnits } from '../../../src/engine/ranking/rankUnits';
import { renderFinding } from '../../../src/engine/findings/messages';

const u = (name: string, total: number, deduction = 0, base = total + deduction, bonus = 0, selfTotal: number | null = null) => ({ name, total, base, bonus, deduction, selfTotal });

describe('rankUnits', () => {
  it('ranks by descending total', () => {
    const r = rankUnits([u('A', 90), u('B', 95), u('C', 80)], ['FEWER_DEDUCTIONS', 'HIGHER_BASE']);
    expect(r.order.map((x) => x.name)).toEqual(['B', 'A', 'C']);
    expect(r.ranks).toEqual([1, 2, 3]);
    expect(r.notes.size).toBe(0);
  });

  it('compares totals at 2 decimals: 0.1 + 0.2 ties with 0.3', () => {
    const r = rankUnits([u('A', 0.1 + 0.2), u('B', 0.3)], []);
    expect(r.ranks).toEqual([1, 1]);
  });

  it('breaks a tie by fewer deductions and notes it on both units', () => {
    const r = rankUnits([u('A', 95, 2), u('B', 95, 1)], ['FEWER_DEDUCTIONS', 'HIGHER_BASE']);
    expect(r.order.map((x) => x.name)).toEqual(['B', 'A']);
    expect(r.ranks).toEqual([1, 2]);
    expect(r.notes.get(r.order[0]!)).toEqual([{ code: 'NOTE_TIE_ABOVE', params: { other: 'A', by: 'FEWER_DEDUCTIONS' } }]);
    expect(r.notes.get(r.order[1]!)).toEqual([{ code: 'NOTE_TIE_BELOW', params: { other: 'B', by: 'FEWER_DEDUCTIONS' } }]);
    expect(renderFinding({ code: 'NOTE_TIE_ABOVE', severity: 'info', params: { other: 'A', by: 'FEWER_DEDUCTIONS' } })).toBe(
      'Bằng điểm với A; xếp trên do ít điểm trừ hơn.',
    );
  });

  it('falls to the next tie-break when the first does not separate', () => {
    const r = rankUnits([u('A', 95, 1, 90, 6), u('B', 95, 1, 96, 0)], ['FEWER_DEDUCTIONS', 'HIGHER_BASE']);
    expect(r.order.map((x) => x.name)).toEqual(['B', 'A']);
    expect(r.notes.get(r.order[0]!)![0]!.params.by).toBe('HIGHER_BASE');
  });

  it('units still equal share the rank (1, 1, 3) and say so', () => {
    const r = rankUnits([u('A', 95), u('B', 95), u('C', 90)], ['FEWER_DEDUCTIONS', 'HIGHER_BASE']);
    expect(r.order.map((x) => x.name)).toEqual(['A', 'B', 'C']);
    expect(r.ranks).toEqual([1, 1, 3]);
    expect(r.notes.get(r.order[0]!)).toEqual([{ code: 'NOTE_TIE_SHARED', params: { others: 'B', rank: 1 } }]);
    expect(r.notes.get(r.order[2]!)).toBeUndefined();
  });

  it('without tie-breaks every equal total shares its rank', () => {
    expect(rankUnits([u('A', 95, 2), u('B', 95, 1)], []).ranks).toEqual([1, 1]);
  });

  it('the self-total tie-break needs both self totals', () => {
    const r = rankUnits([u('A', 95, 0, 95, 0, null), u('B', 95, 0, 95, 0, 99)], ['HIGHER_SELF_TOTAL']);
    expect(r.ranks).toEqual([1, 1]);
    const s = rankUnits([u('A', 95, 0, 95, 0, 96), u('B', 95, 0, 95, 0, 99)], ['HIGHER_SELF_TOTAL']);
    expect(s.order.map((x) => x.name)).toEqual(['B', 'A']);
  });

  it('a chain of three equal totals decided by tie-breaks notes each neighbour', () => {
    const r = rankUnits([u('A', 90, 3), u('B', 90, 1), u('C', 90, 2)], ['FEWER_DEDUCTIONS']);
    expect(r.order.map((x) => x.name)).toEqual(['B', 'C', 'A']);
    expect(r.ranks).toEqual([1, 2, 3]);
    expect(r.notes.get(r.order[1]!)!.map((n) => `${n.code}:${n.params.other}`)).toEqual(['NOTE_TIE_BELOW:B', 'NOTE_TIE_ABOVE:A']);
  });
});

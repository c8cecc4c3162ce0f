import { aggregate, buildPlan, rootValue } from '../../../src/engine/scoring/aggregate';
import type { Criterion, CriteriaTable, CriterionType } from '../../../src/engine/model';
import type { ScoreItem } from '../../../src/engine/scoring/types';

const n = (key: string, type: CriterionType, max: number | null, children: Criterion[] = []): Criterion => ({ code: key, key, title: key, max, type, level: 0, children, sheet: 'T', row: 1 });

const a = n('I.1', 'CHUAN', 40);
const b = n('I.2', 'CHUAN', 60);
const i = n('I', 'CHUAN', null, [a, b]);
const c1 = n('II.1', 'CONG', 4);
const c2 = n('II.2', 'CONG', 4);
const ii = n('II', 'CONG', 5, [c1, c2]);
const t = n('III.1', 'TRU', null);
const iii = n('III', 'TRU', 3, [t]);
const table: CriteriaTable = { sheet: 'T', roots: [i, ii, iii], leaves: [a, b, c1, c2, t], scale: 100 };
const items: ScoreItem[] = table.leaves.map((node) => ({ node, synthetic: false, where: { r: 0, c: 0 } }));

describe('aggregate', () => {
  const plan = buildPlan(table, items);
  it('sums by type and caps bonus / deduction groups', () => {
    const capped: string[] = [];
    const r = aggregate(plan, items, [40, 59.5, 4, 3, 4], (node, sum) => capped.push(`${node.key}:${sum}`));
    expect(r.total).toEqual({ base: 99.5, bonus: 5, deduction: 3 });
    expect(capped).toEqual(['II:7', 'III:4']);
    expect(r.roots.map((x, k) => rootValue(table.roots[k]!, x))).toEqual([99.5, 5, 3]);
  });
  it('a total exactly at the group cap is not capped', () => {
    const capped: string[] = [];
    aggregate(plan, items, [0, 0, 2, 3, 3], (node) => capped.push(node.key));
    expect(capped).toEqual([]);
  });
  it('adds at 2 decimals without float noise', () => {
    const r = aggregate(plan, items, [0.1, 0.2, 0, 0, 0]);
    expect(r.total.base).toBe(0.3);
  });
  it('a group item counts as a whole; its maximum is the sum of its Chuẩn leaves', () => {
    const groupItems: ScoreItem[] = [{ node: i, synthetic: false, where: { r: 0, c: 0 } }];
    const p = buildPlan(table, groupItems);
    expect(p.itemMax).toEqual([100]);
    expect(aggregate(p, groupItems, [88]).total).toEqual({ base: 88, bonus: 0, deduction: 0 });
  });
});

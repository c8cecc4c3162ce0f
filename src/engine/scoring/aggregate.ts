/**
 * Sums item values up the criteria tree (SPEC §4.1): base = Σ Chuẩn, bonus = Σ Cộng, deduction = Σ Trừ;
 * a Cộng/Trừ group with a maximum caps what its items add up to ("capped at their group's max").
 * A plan is built once per sheet; summing a unit is one walk over the tree, no search.
 */
import type { Criterion, CriteriaTable } from '../model';
import { round2 } from '../cells/values';
import type { ScoreItem } from './types';

export interface Triple {
  base: number;
  bonus: number;
  deduction: number;
}

export interface AggregationPlan {
  readonly roots: readonly Criterion[];
  /** Item index of a tree node scored directly. */
  readonly itemOf: ReadonlyMap<Criterion, number>;
  /** Items outside the tree (Điểm cộng / Điểm trừ summary columns). */
  readonly synthetic: readonly number[];
  /** Effective maximum of each item: its own, else (a Chuẩn group) Σ of its Chuẩn leaves. */
  readonly itemMax: readonly (number | null)[];
  /** Per root: its maximum (own, else Σ of its Chuẩn leaves). */
  readonly rootMax: readonly (number | null)[];
}

function chuanLeafSum(n: Criterion): number {
  if (!n.children.length) return n.type === 'CHUAN' && n.max !== null ? n.max : 0;
  let s = 0;
  for (const c of n.children) s += chuanLeafSum(c);
  return s;
}

export function buildPlan(criteria: CriteriaTable, items: readonly ScoreItem[]): AggregationPlan {
  const itemOf = new Map<Criterion, number>();
  const synthetic: number[] = [];
  const itemMax = items.map((it, i) => {
    if (it.synthetic) synthetic.push(i);
    else itemOf.set(it.node, i);
    if (it.node.max !== null || !it.node.children.length || it.node.type !== 'CHUAN') return it.node.max;
    return round2(chuanLeafSum(it.node));
  });
  const rootMax = criteria.roots.map((r) => r.max ?? (r.type === 'CHUAN' && r.children.length ? round2(chuanLeafSum(r)) : null));
  return { roots: criteria.roots, itemOf, synthetic, itemMax, rootMax };
}

/** Called when a group cap applies: the node, what its items added up to. */
export type CapHit = (node: Criterion, sum: number) => void;

function add(into: Triple, type: Criterion['type'], v: number): void {
  if (type === 'CHUAN') into.base += v;
  else if (type === 'CONG') into.bonus += v;
  else if (type === 'TRU') into.deduction += v;
}

function visit(n: Criterion, plan: AggregationPlan, values: ArrayLike<number>, onCap: CapHit | null): Triple {
  const i = plan.itemOf.get(n);
  const t: Triple = { base: 0, bonus: 0, deduction: 0 };
  if (i !== undefined) {
    add(t, n.type, values[i]!);
    return t;
  }
  for (const c of n.children) {
    const s = visit(c, plan, values, onCap);
    t.base += s.base;
    t.bonus += s.bonus;
    t.deduction += s.deduction;
  }
  if (n.max !== null && n.children.length) {
    if (n.type === 'CONG' && round2(t.bonus) > n.max) {
      onCap?.(n, round2(t.bonus));
      t.bonus = n.max;
    } else if (n.type === 'TRU' && round2(t.deduction) > n.max) {
      onCap?.(n, round2(t.deduction));
      t.deduction = n.max;
    }
  }
  return t;
}

/** Totals and per-root group values of one unit's item values. */
export function aggregate(plan: AggregationPlan, items: readonly ScoreItem[], values: ArrayLike<number>, onCap: CapHit | null = null): { total: Triple; roots: Triple[] } {
  const total: Triple = { base: 0, bonus: 0, deduction: 0 };
  const roots = plan.roots.map((r) => {
    const t = visit(r, plan, values, onCap);
    total.base += t.base;
    total.bonus += t.bonus;
    total.deduction += t.deduction;
    return t;
  });
  for (const i of plan.synthetic) add(total, items[i]!.node.type, values[i]!);
  total.base = round2(total.base);
  total.bonus = round2(total.bonus);
  total.deduction = round2(total.deduction);
  return { total, roots };
}

/** The value a root group shows: its Chuẩn points for a Chuẩn group, its bonus / deduction otherwise. */
export function rootValue(root: Criterion, t: Triple): number {
  if (root.type === 'CONG') return round2(t.bonus);
  if (root.type === 'TRU') return round2(t.deduction);
  if (root.type === 'LIET') return 0;
  return round2(t.base);
}

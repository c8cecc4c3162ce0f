/**
 * Sums item values up the criteria tree (SPEC §4.1): base = Σ Chuẩn, bonus = Σ Cộng, deduction = Σ Trừ;
 * a Cộng/Trừ group with a maximum caps what its items add up to ("capped at their group's max").
 * A plan is built once per sheet: the tree flattened in pre-order, so summing a unit is one walk over
 * arrays, no search and no object per node.
 */
import type { Criterion, CriteriaTable, GroupScore } from '../model';
import { round2 } from '../cells/values';
import { GroupScoreRecord, type ScoreItem } from './types';

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
  /** The tree in pre-order (see FlatTree). */
  readonly flat: FlatTree;
  /** Per item: TYPE_CODE of its type, its maximum (Infinity for none) and that maximum in cents, rounded. */
  readonly itemType: Int8Array;
  readonly itemMaxValue: Float64Array;
  readonly itemMaxCents: Float64Array;
  /** TYPE_CODE of each root's type. */
  readonly rootType: Int8Array;
}

/**
 * The tree for the walk. Node k of the pre-order walk has its criterion, its item index (−1: summed from
 * its children) and its TYPE_CODE. The groups (nodes summed from their children) are listed in post-order
 * (children before their parent, left to right: the order in which a recursive walk finishes them, hence
 * applies the caps); group q's children are kids[kidStart[q] … kidStart[q + 1]), each a node index, or
 * −1 − i for item i (an item is added where its parent is summed, in its place among its siblings).
 */
export interface FlatTree {
  readonly nodes: readonly Criterion[];
  readonly item: Int32Array;
  readonly type: Int8Array;
  readonly groups: Int32Array;
  readonly kidStart: Int32Array;
  readonly kids: Int32Array;
  /** Node index of each root. */
  readonly roots: Int32Array;
  /** Per group: 1 for a Cộng / Trừ group with a maximum, whose sum is capped. */
  readonly capped: Uint8Array;
}

/** Criterion types as small integers for the walk. */
export const TYPE_CODE: Readonly<Record<Criterion['type'], number>> = { CHUAN: 0, CONG: 1, TRU: 2, LIET: 3 };

function chuanLeafSum(n: Criterion): number {
  if (!n.children.length) return n.type === 'CHUAN' && n.max !== null ? n.max : 0;
  let s = 0;
  for (const c of n.children) s += chuanLeafSum(c);
  return s;
}

function flatten(roots: readonly Criterion[], itemOf: ReadonlyMap<Criterion, number>): FlatTree {
  const nodes: Criterion[] = [];
  const item: number[] = [];
  const groups: number[] = [];
  const kidLists: number[][] = [];
  const walk = (n: Criterion): number => {
    const k = nodes.length;
    nodes.push(n);
    const i = itemOf.get(n);
    item.push(i ?? -1);
    // A node scored directly is not summed from its children: they are never visited.
    if (i !== undefined) return k;
    const kids: number[] = [];
    for (const c of n.children) {
      const j = walk(c);
      kids.push(item[j]! >= 0 ? -1 - item[j]! : j);
    }
    groups.push(k);
    kidLists.push(kids);
    return k;
  };
  const rootNodes = roots.map(walk);
  const kidStart = [0];
  for (const kids of kidLists) kidStart.push(kidStart[kidStart.length - 1]! + kids.length);
  return {
    nodes,
    item: Int32Array.from(item),
    type: Int8Array.from(nodes, (n) => TYPE_CODE[n.type]),
    groups: Int32Array.from(groups),
    kidStart: Int32Array.from(kidStart),
    kids: Int32Array.from(kidLists.flat()),
    roots: Int32Array.from(rootNodes),
    capped: Uint8Array.from(groups, (k) => {
      const n = nodes[k]!;
      return n.max !== null && n.children.length > 0 && (n.type === 'CONG' || n.type === 'TRU') ? 1 : 0;
    }),
  };
}

/** Plans per criteria table with the items they were built for: the sheets of a workbook share one table. */
const plans = new WeakMap<CriteriaTable, { readonly items: readonly ScoreItem[]; readonly plan: AggregationPlan }[]>();

/** Same items for a plan: the same nodes, in the same order, synthetic or not. */
function sameItems(a: readonly ScoreItem[], b: readonly ScoreItem[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.node !== b[i]!.node || a[i]!.synthetic !== b[i]!.synthetic) return false;
  return true;
}

/** The plan of a table and its items, built once for the same nodes (plans are immutable). */
export function buildPlan(criteria: CriteriaTable, items: readonly ScoreItem[]): AggregationPlan {
  let list = plans.get(criteria);
  if (!list) plans.set(criteria, (list = []));
  for (const p of list) if (sameItems(p.items, items)) return p.plan;
  const plan = makePlan(criteria, items);
  if (list.length < 8) list.push({ items, plan });
  return plan;
}

function makePlan(criteria: CriteriaTable, items: readonly ScoreItem[]): AggregationPlan {
  const itemOf = new Map<Criterion, number>();
  const synthetic: number[] = [];
  const itemMax = items.map((it, i) => {
    if (it.synthetic) synthetic.push(i);
    else itemOf.set(it.node, i);
    if (it.node.max !== null || !it.node.children.length || it.node.type !== 'CHUAN') return it.node.max;
    return round2(chuanLeafSum(it.node));
  });
  const rootMax = criteria.roots.map((r) => r.max ?? (r.type === 'CHUAN' && r.children.length ? round2(chuanLeafSum(r)) : null));
  return {
    roots: criteria.roots,
    itemOf,
    synthetic,
    itemMax,
    rootMax,
    flat: flatten(criteria.roots, itemOf),
    itemType: Int8Array.from(items, (it) => TYPE_CODE[it.node.type]),
    itemMaxValue: Float64Array.from(itemMax, (m) => m ?? Infinity),
    itemMaxCents: Float64Array.from(itemMax, (m) => (m === null ? Infinity : Math.round(m * 100))),
    rootType: Int8Array.from(criteria.roots, (r) => TYPE_CODE[r.type]),
  };
}

/** Called when a group cap applies: the node, what its items added up to. */
export type CapHit = (node: Criterion, sum: number) => void;

/** Per node of the walk: its base, bonus and deduction sums. */
let sums = new Float64Array(3 * 128);

/**
 * Totals (rounded) into totals[0..2] and each root's sums into roots[3r..3r + 2]: `aggregate` without
 * allocating. `roots` needs 3 × plan.roots.length numbers. Item i's value is values[valuesAt + i]; the
 * results go at totalsAt and rootsAt (several units' in one array). Each group is summed from its children
 * left to right, groups in post-order: the additions (and the caps) of a recursive walk giving every node
 * a triple, in the same order (an item's triple is its value and two zeros; adding a zero changes no sum,
 * which never is −0). Returns how many group caps applied (each reported to onCap, when given).
 */
export function aggregateInto(
  plan: AggregationPlan,
  items: readonly ScoreItem[],
  values: ArrayLike<number>,
  onCap: CapHit | null,
  totals: Float64Array,
  roots: Float64Array,
  valuesAt = 0,
  totalsAt = 0,
  rootsAt = 0,
): number {
  const { item, type, groups, kidStart, kids, capped } = plan.flat;
  const itemType = plan.itemType;
  if (sums.length < 3 * item.length) sums = new Float64Array(3 * item.length);
  const s = sums;
  let caps = 0;
  for (let q = 0; q < groups.length; q++) {
    const k = groups[q]!;
    let base = 0;
    let bonus = 0;
    let deduction = 0;
    for (let j = kidStart[q]!; j < kidStart[q + 1]!; j++) {
      const c = kids[j]!;
      if (c < 0) {
        const i = -1 - c;
        const t = itemType[i]!;
        if (t === 0) base += values[valuesAt + i]!;
        else if (t === 1) bonus += values[valuesAt + i]!;
        else if (t === 2) deduction += values[valuesAt + i]!;
      } else {
        base += s[3 * c]!;
        bonus += s[3 * c + 1]!;
        deduction += s[3 * c + 2]!;
      }
    }
    if (capped[q]) {
      const n = plan.flat.nodes[k]!;
      const max = n.max!;
      const t = type[k]!;
      if (t === 1 && round2(bonus) > max) {
        onCap?.(n, round2(bonus));
        bonus = max;
        caps++;
      } else if (t === 2 && round2(deduction) > max) {
        onCap?.(n, round2(deduction));
        deduction = max;
        caps++;
      }
    }
    s[3 * k] = base;
    s[3 * k + 1] = bonus;
    s[3 * k + 2] = deduction;
  }
  let base = 0;
  let bonus = 0;
  let deduction = 0;
  const rootNodes = plan.flat.roots;
  for (let r = 0, at = rootsAt; r < rootNodes.length; r++, at += 3) {
    const k = rootNodes[r]!;
    const i = item[k]!;
    let rb = 0;
    let ro = 0;
    let rd = 0;
    if (i < 0) {
      rb = s[3 * k]!;
      ro = s[3 * k + 1]!;
      rd = s[3 * k + 2]!;
    } else {
      const t = itemType[i]!;
      if (t === 0) rb += values[valuesAt + i]!;
      else if (t === 1) ro += values[valuesAt + i]!;
      else if (t === 2) rd += values[valuesAt + i]!;
    }
    roots[at] = rb;
    roots[at + 1] = ro;
    roots[at + 2] = rd;
    base += rb;
    bonus += ro;
    deduction += rd;
  }
  for (const i of plan.synthetic) {
    const t = itemType[i]!;
    if (t === 0) base += values[valuesAt + i]!;
    else if (t === 1) bonus += values[valuesAt + i]!;
    else if (t === 2) deduction += values[valuesAt + i]!;
  }
  totals[totalsAt] = round2(base);
  totals[totalsAt + 1] = round2(bonus);
  totals[totalsAt + 2] = round2(deduction);
  return caps;
}

/** Totals and per-root group values of one unit's item values. */
export function aggregate(plan: AggregationPlan, items: readonly ScoreItem[], values: ArrayLike<number>, onCap: CapHit | null = null): { total: Triple; roots: Triple[] } {
  const totals = new Float64Array(3);
  const sums = new Float64Array(3 * plan.roots.length);
  aggregateInto(plan, items, values, onCap, totals, sums);
  return {
    total: { base: totals[0]!, bonus: totals[1]!, deduction: totals[2]! },
    roots: plan.roots.map((_, r) => ({ base: sums[3 * r]!, bonus: sums[3 * r + 1]!, deduction: sums[3 * r + 2]! })),
  };
}

/** Each root's group score, from its sums (see aggregateInto) and, when the unit has self scores, the self sums. */
export function groupScores(plan: AggregationPlan, roots: Float64Array, rootsAt: number, selfRoots: Float64Array | null, selfRootsAt: number): GroupScore[] {
  // A copy of the roots, each then replaced by its score: an array made by slice has no allocation site.
  // A literal's site, its thousands of lists all kept, is switched to old-space allocation while the
  // functions using it are being optimised, which throws those compiles away ("dependency change").
  const groups = plan.roots.slice() as unknown as GroupScore[];
  const { rootType } = plan;
  for (let i = 0; i < rootType.length; i++) {
    const r = plan.roots[i]!;
    // rootValue, on the sums of the root's type: Chuẩn points, bonus, deduction, or 0 for a veto group.
    const k = 3 * i + (rootType[i] === TYPE_CODE.CONG ? 1 : rootType[i] === TYPE_CODE.TRU ? 2 : 0);
    const liet = rootType[i] === TYPE_CODE.LIET;
    const selfValue = selfRoots ? (liet ? 0 : round2(selfRoots[selfRootsAt + k]!)) : null;
    groups[i] = new GroupScoreRecord(r.code, r.title, plan.rootMax[i] ?? null, liet ? 0 : round2(roots[rootsAt + k]!), selfValue);
  }
  return groups;
}

/** The value a root group shows: its Chuẩn points for a Chuẩn group, its bonus / deduction otherwise. */
export function rootValue(root: Criterion, t: Triple): number {
  return rootValueOf(root, t.base, t.bonus, t.deduction);
}

/** rootValue on the three sums. */
export function rootValueOf(root: Criterion, base: number, bonus: number, deduction: number): number {
  if (root.type === 'CONG') return round2(bonus);
  if (root.type === 'TRU') return round2(deduction);
  if (root.type === 'LIET') return 0;
  return round2(base);
}

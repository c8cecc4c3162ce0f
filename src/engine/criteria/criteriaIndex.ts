/**
 * Looking a criterion up by what a scoring sheet shows: its full key ("II.3"), a code path that ends a key
 * ("3.a" → "II.3.a" when unique), or its title. Built once per table; lookups are map reads plus one pass
 * over the (small) node list for suffix matches.
 */
import type { Criterion, CriteriaTable } from '../model';
import { cachedFoldKey as foldKey } from '../cells/keyCache';

export type Resolution = Criterion | 'ambiguous' | null;

export class CriteriaIndex {
  private readonly byKey = new Map<string, Criterion>();
  private readonly byTitle = new Map<string, Criterion[]>();
  private readonly nodes: Criterion[] = [];
  private readonly parents = new Map<Criterion, Criterion>();
  /** Leaves in table order, and every node's leaves (a group column covers all of them). */
  readonly leafIndex = new Map<Criterion, number>();

  constructor(readonly table: CriteriaTable) {
    const walk = (n: Criterion): void => {
      this.nodes.push(n);
      this.byKey.set(n.key, n);
      const t = foldKey(n.title);
      if (t) {
        const list = this.byTitle.get(t);
        if (list) list.push(n);
        else this.byTitle.set(t, [n]);
      }
      for (const c of n.children) {
        this.parents.set(c, n);
        walk(c);
      }
    };
    table.roots.forEach(walk);
    table.leaves.forEach((l, i) => this.leafIndex.set(l, i));
  }

  isLeaf(n: Criterion): boolean {
    return this.leafIndex.has(n);
  }

  /** Resolves a code path ("II.3", "1.2.a") and optionally a title that disambiguates. */
  resolve(path: string, title = ''): Resolution {
    if (path) {
      const exact = this.byKey.get(path);
      if (exact) return exact;
      const suffix = `.${path}`;
      const hits = this.nodes.filter((n) => n.key.endsWith(suffix));
      if (hits.length === 1) return hits[0]!;
      if (hits.length > 1) {
        const t = foldKey(title);
        const byTitle = t ? hits.filter((n) => foldKey(n.title) === t) : [];
        return byTitle.length === 1 ? byTitle[0]! : 'ambiguous';
      }
    }
    const t = foldKey(title);
    if (!t) return null;
    const list = this.byTitle.get(t);
    if (!list) return null;
    return list.length === 1 ? list[0]! : 'ambiguous';
  }

  /** True when `a` is a strict ancestor of `n`. */
  isAncestor(a: Criterion, n: Criterion): boolean {
    for (let p = this.parents.get(n); p; p = this.parents.get(p)) if (p === a) return true;
    return false;
  }

  /** The leaves under a node (the node itself when it is a leaf), in table order. */
  leavesUnder(n: Criterion): Criterion[] {
    if (this.isLeaf(n)) return [n];
    const out: Criterion[] = [];
    const walk = (c: Criterion): void => {
      if (this.isLeaf(c)) out.push(c);
      c.children.forEach(walk);
    };
    n.children.forEach(walk);
    return out;
  }
}

const indexes = new WeakMap<CriteriaTable, CriteriaIndex>();

/** The index of a table, built once: every scoring sheet of a workbook resolves against the same criteria sheet. */
export function criteriaIndexOf(table: CriteriaTable): CriteriaIndex {
  let index = indexes.get(table);
  if (!index) indexes.set(table, (index = new CriteriaIndex(table)));
  return index;
}

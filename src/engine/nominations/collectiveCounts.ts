/**
 * SPEC §3.7: where a collective is a unit whose people are in the individual list, its counts are
 * recomputed from that list. LĐTT and CSTĐCS counts must agree exactly; the list only holds nominees,
 * so the disciplined count it gives is a floor. A missing typed count is filled from the list.
 */
import type { NominationStatus } from '../model';
import type { CollectiveRow, CountRead, Located, PersonRow } from './types';
import type { AwardCode } from './vocab/awards';
import { WARNING_LEVEL } from './vocab/ratings';
import { unitMatchKey } from './unitKey';

export interface Recount {
  readonly ldtt: number;
  readonly cstdcs: number;
  readonly disciplined: number;
  readonly people: number;
}

export interface CountMismatch {
  readonly field: 'ldtt' | 'cstdcs' | 'disciplined';
  readonly typed: number;
  readonly computed: number;
  readonly cell: string | null;
}

/**
 * Counts for the collective's unit, or null when the individual list has nobody of that unit.
 * `baseStatus`: each row's status against the LĐTT conditions; `cstdcsStatus`: each row's CSTĐCS status
 * before the quota (the council decides the cut, the unit counted its own).
 */
export function recount(
  c: CollectiveRow,
  people: readonly PersonRow[],
  baseStatus: ReadonlyMap<PersonRow, NominationStatus>,
  cstdcsStatus: ReadonlyMap<PersonRow, NominationStatus>,
  ldttAwards: readonly AwardCode[],
): Recount | null {
  const key = unitMatchKey(c.name);
  const mine = people.filter((p) => p.unit !== '' && p.unitKey === key);
  if (mine.length === 0) return null;
  const ldtt = new Set<string>();
  const cstdcs = new Set<string>();
  const disciplined = new Set<string>();
  for (const p of mine) {
    if (p.awards.some((a) => ldttAwards.includes(a.code)) && baseStatus.get(p) === 'eligible') ldtt.add(p.identity);
    if (cstdcsStatus.get(p) === 'eligible') cstdcs.add(p.identity);
    const d = p.discipline.read;
    if (d.kind === 'discipline' && d.level >= WARNING_LEVEL) disciplined.add(p.identity);
  }
  return { ldtt: ldtt.size, cstdcs: cstdcs.size, disciplined: disciplined.size, people: new Set(mine.map((p) => p.identity)).size };
}

/** Compares typed counts with the recount; fills empty ones. */
export function reconcile(c: CollectiveRow, r: Recount): { row: CollectiveRow; mismatches: CountMismatch[]; filled: string[] } {
  const mismatches: CountMismatch[] = [];
  const filled: string[] = [];
  const fields = ['ldtt', 'cstdcs', 'disciplined'] as const;
  const next: Record<string, Located<CountRead>> = {};
  for (const field of fields) {
    const typed = c[field];
    const computed = r[field];
    if (typed.read.kind === 'empty') {
      next[field] = { read: { kind: 'count', n: computed }, cell: typed.cell };
      filled.push(field);
      continue;
    }
    if (typed.read.kind !== 'count') continue;
    const disagree = field === 'disciplined' ? typed.read.n < computed : typed.read.n !== computed;
    if (disagree) mismatches.push({ field, typed: typed.read.n, computed, cell: typed.cell });
  }
  return { row: { ...c, ...next }, mismatches, filled };
}

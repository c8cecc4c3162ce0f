/**
 * Ranking inside a bloc (SPEC §4.2): descending total compared at 2 decimals; ties broken by the
 * `Tiêu chí phụ khi bằng điểm` parameter in order (default: fewer deduction points, then higher base);
 * units still equal share the rank (1, 1, 3). Every rank a tie-break decided carries a note on both
 * units ("Bằng điểm với X; xếp trên do ít điểm trừ hơn"); shared ranks say so too.
 */
import type { UnitNote } from '../model';
import type { TieBreak } from '../settings/params';
import { compare2 } from '../cells/values';

export interface Rankable {
  readonly name: string;
  readonly total: number;
  readonly base: number;
  readonly bonus: number;
  readonly deduction: number;
  readonly selfTotal: number | null;
}

export interface Ranking<T> {
  /** Units best first; equal units keep their input order. */
  readonly order: readonly T[];
  /** 1-based rank of order[i]. */
  readonly ranks: readonly number[];
  readonly notes: ReadonlyMap<T, UnitNote[]>;
}

/** Negative when `a` ranks above `b` by this tie-break, 0 when it does not separate them. */
export function tieBreakCompare(t: TieBreak, a: Rankable, b: Rankable): number {
  switch (t) {
    case 'FEWER_DEDUCTIONS':
      return compare2(a.deduction, b.deduction);
    case 'HIGHER_BASE':
      return compare2(b.base, a.base);
    case 'HIGHER_BONUS':
      return compare2(b.bonus, a.bonus);
    case 'HIGHER_SELF_TOTAL':
      return a.selfTotal === null || b.selfTotal === null ? 0 : compare2(b.selfTotal, a.selfTotal);
  }
}

/** The first tie-break that separates two units of equal total, or null. */
function deciding(a: Rankable, b: Rankable, tieBreaks: readonly TieBreak[]): TieBreak | null {
  for (const t of tieBreaks) if (tieBreakCompare(t, a, b) !== 0) return t;
  return null;
}

/** A unit's figures in cents (compare2 compares Math.round(x × 100)): the sort compares integers. */
interface Keyed<T> {
  readonly u: T;
  readonly i: number;
  readonly total: number;
  readonly base: number;
  readonly bonus: number;
  readonly deduction: number;
  readonly selfTotal: number | null;
}

const cents = (x: number): number => Math.round(x * 100);

function keyed<T extends Rankable>(u: T, i: number): Keyed<T> {
  return { u, i, total: cents(u.total), base: cents(u.base), bonus: cents(u.bonus), deduction: cents(u.deduction), selfTotal: u.selfTotal === null ? null : cents(u.selfTotal) };
}

/** tieBreakCompare on keyed units: the same differences. */
function tieBreakKeyed(t: TieBreak, a: Keyed<unknown>, b: Keyed<unknown>): number {
  switch (t) {
    case 'FEWER_DEDUCTIONS':
      return a.deduction - b.deduction;
    case 'HIGHER_BASE':
      return b.base - a.base;
    case 'HIGHER_BONUS':
      return b.bonus - a.bonus;
    case 'HIGHER_SELF_TOTAL':
      return a.selfTotal === null || b.selfTotal === null ? 0 : b.selfTotal - a.selfTotal;
  }
}

export function rankUnits<T extends Rankable>(units: readonly T[], tieBreaks: readonly TieBreak[]): Ranking<T> {
  const indexed = units.map(keyed);
  const full = (a: Keyed<T>, b: Keyed<T>): number => {
    const byTotal = b.total - a.total;
    if (byTotal !== 0) return byTotal;
    for (const t of tieBreaks) {
      const c = tieBreakKeyed(t, a, b);
      if (c !== 0) return c;
    }
    return 0;
  };
  indexed.sort((x, y) => full(x, y) || x.i - y.i);
  const order = indexed.map((x) => x.u);
  const ranks: number[] = [];
  const notes = new Map<T, UnitNote[]>();
  const note = (u: T, n: UnitNote): void => {
    const list = notes.get(u);
    if (list) list.push(n);
    else notes.set(u, [n]);
  };
  for (let i = 0; i < indexed.length; i++) ranks.push(i > 0 && full(indexed[i - 1]!, indexed[i]!) === 0 ? ranks[i - 1]! : i + 1);
  for (let i = 0; i + 1 < indexed.length; i++) {
    const a = indexed[i]!;
    const b = indexed[i + 1]!;
    if (a.total !== b.total) continue;
    const by = deciding(a.u, b.u, tieBreaks);
    if (!by) continue;
    note(a.u, { code: 'NOTE_TIE_ABOVE', params: { other: b.u.name, by } });
    note(b.u, { code: 'NOTE_TIE_BELOW', params: { other: a.u.name, by } });
  }
  // Shared ranks: every unit of a group that no tie-break could separate.
  for (let i = 0; i < order.length; ) {
    let j = i + 1;
    while (j < order.length && ranks[j] === ranks[i]) j++;
    if (j - i > 1) {
      const group = order.slice(i, j);
      for (const u of group)
        note(u, {
          code: 'NOTE_TIE_SHARED',
          params: { others: group.filter((o) => o !== u).map((o) => o.name).join(', '), rank: ranks[i]! },
        });
    }
    i = j;
  }
  return { order, ranks, notes };
}

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

/** The units' figures in cents (compare2 compares Math.round(x × 100)): the sort compares integers. */
interface Cents {
  readonly total: Float64Array;
  readonly base: Float64Array;
  readonly bonus: Float64Array;
  readonly deduction: Float64Array;
  readonly selfTotal: Float64Array;
  /** 1 when the unit has no self total. */
  readonly noSelf: Uint8Array;
}

function centsOf(units: readonly Rankable[]): Cents {
  const n = units.length;
  const c: Cents = { total: new Float64Array(n), base: new Float64Array(n), bonus: new Float64Array(n), deduction: new Float64Array(n), selfTotal: new Float64Array(n), noSelf: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    c.total[i] = Math.round(u.total * 100);
    c.base[i] = Math.round(u.base * 100);
    c.bonus[i] = Math.round(u.bonus * 100);
    c.deduction[i] = Math.round(u.deduction * 100);
    if (u.selfTotal === null) c.noSelf[i] = 1;
    else c.selfTotal[i] = Math.round(u.selfTotal * 100);
  }
  return c;
}

/** tieBreakCompare on units a and b by their cents: the same differences. */
function tieBreakCents(t: TieBreak, c: Cents, a: number, b: number): number {
  switch (t) {
    case 'FEWER_DEDUCTIONS':
      return c.deduction[a]! - c.deduction[b]!;
    case 'HIGHER_BASE':
      return c.base[b]! - c.base[a]!;
    case 'HIGHER_BONUS':
      return c.bonus[b]! - c.bonus[a]!;
    case 'HIGHER_SELF_TOTAL':
      return c.noSelf[a] || c.noSelf[b] ? 0 : c.selfTotal[b]! - c.selfTotal[a]!;
  }
}

export function rankUnits<T extends Rankable>(units: readonly T[], tieBreaks: readonly TieBreak[]): Ranking<T> {
  const c = centsOf(units);
  const full = (a: number, b: number): number => {
    const byTotal = c.total[b]! - c.total[a]!;
    if (byTotal !== 0) return byTotal;
    for (const t of tieBreaks) {
      const d = tieBreakCents(t, c, a, b);
      if (d !== 0) return d;
    }
    return 0;
  };
  const index = units.map((_, i) => i);
  index.sort((x, y) => full(x, y) || x - y);
  const order = index.map((i) => units[i]!);
  const ranks: number[] = [];
  const notes = new Map<T, UnitNote[]>();
  const note = (u: T, n: UnitNote): void => {
    const list = notes.get(u);
    if (list) list.push(n);
    else notes.set(u, [n]);
  };
  for (let i = 0; i < index.length; i++) ranks.push(i > 0 && full(index[i - 1]!, index[i]!) === 0 ? ranks[i - 1]! : i + 1);
  for (let i = 0; i + 1 < index.length; i++) {
    if (c.total[index[i]!] !== c.total[index[i + 1]!]) continue;
    const a = order[i]!;
    const b = order[i + 1]!;
    const by = deciding(a, b, tieBreaks);
    if (!by) continue;
    note(a, { code: 'NOTE_TIE_ABOVE', params: { other: b.name, by } });
    note(b, { code: 'NOTE_TIE_BELOW', params: { other: a.name, by } });
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

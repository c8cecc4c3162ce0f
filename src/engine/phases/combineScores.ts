/**
 * The weighted combination of one unit's phase scores: every figure (base, bonus, deduction, total, self
 * total, each group) is Σ wᵢ·xᵢ / Σ wᵢ over the phases given, rounded to 2 decimals — the same sum, in the
 * same order, as the formula the `XH` sheet writes, so Excel recomputes the engine's number.
 */
import type { GroupScore } from '../model';
import { round2 } from '../cells/values';
import type { UnitScore } from '../scoring/computeUnit';

export interface WeightedScore {
  readonly weight: number;
  readonly score: UnitScore;
  /** The phase's sheet, to name its invalid cells. */
  readonly sheet: string;
}

/** Σ wᵢ·xᵢ / Σ wᵢ at 2 decimals. */
export function weightedMean(parts: readonly { weight: number; value: number }[]): number {
  let num = 0;
  let den = 0;
  for (const p of parts) num += p.weight * p.value;
  for (const p of parts) den += p.weight;
  return den > 0 ? round2(num / den) : 0;
}

function mean(parts: readonly WeightedScore[], f: (s: UnitScore) => number): number {
  return weightedMean(parts.map((p) => ({ weight: p.weight, value: f(p.score) })));
}

function combineGroups(parts: readonly WeightedScore[]): GroupScore[] {
  return parts[0]!.score.groups.map((g) => {
    const same = parts.flatMap((p) => {
      const x = p.score.groups.find((y) => y.code === g.code);
      return x ? [{ weight: p.weight, group: x }] : [];
    });
    const self = same.every((s) => s.group.selfValue !== null) ? weightedMean(same.map((s) => ({ weight: s.weight, value: s.group.selfValue! }))) : null;
    return { code: g.code, title: g.title, max: g.max, value: weightedMean(same.map((s) => ({ weight: s.weight, value: s.group.value }))), selfValue: self };
  });
}

/** `parts` must not be empty. */
export function combineScores(parts: readonly WeightedScore[]): UnitScore {
  const selfKnown = parts.every((p) => p.score.selfTotal !== null);
  return {
    base: mean(parts, (s) => s.base),
    bonus: mean(parts, (s) => s.bonus),
    deduction: mean(parts, (s) => s.deduction),
    total: mean(parts, (s) => s.total),
    selfTotal: selfKnown ? mean(parts, (s) => s.selfTotal!) : null,
    groups: combineGroups(parts),
    vetoed: parts.some((p) => p.score.vetoed),
    vetoCodes: [...new Set(parts.flatMap((p) => p.score.vetoCodes))],
    invalidCells: parts.flatMap((p) => p.score.invalidCells.map((c) => (parts.length > 1 ? `${p.sheet}!${c}` : c))),
    selfUsed: parts.reduce((a, p) => a + p.score.selfUsed, 0),
    // Gaps are judged per phase (each phase sheet's own warning); the notes say which phase.
    gap: null,
  };
}

/**
 * The year's score of a bloc scored in phases (SPEC §9): each unit's phase results are combined with the
 * `Trọng số Đợt N` weights, normalised to sum 1 (default: equal), BEFORE ranking. A unit missing a phase
 * is never given a silent 0: it is an error naming the unit, its score is combined over the phases it
 * has (weights renormalised) and it is marked for review (provisional rank, no proposal).
 */
import type { BlocPhase, UnitNote, UnitPhaseScore } from '../model';
import type { FindingSink } from '../findings/types';
import type { CycleParams } from '../settings/cycleParams';
import { cellAddress } from '../cells/address';
import { compare2, round2 } from '../cells/values';
import type { ScoredUnit } from '../blocs/assembleBloc';
import { combineScores } from './combineScores';

export interface PhasedUnit {
  /** Null: the unit's sheet names no phase. */
  readonly phase: number | null;
  readonly unit: ScoredUnit;
}

export interface PhaseCombination {
  readonly units: ScoredUnit[];
  /** Null when no sheet of the bloc belongs to a phase (nothing to combine). */
  readonly phases: BlocPhase[] | null;
}

/** Normalised weight of each phase (same order as `phases`). */
export function phaseWeights(bloc: string, phases: readonly number[], params: Pick<CycleParams, 'phaseWeights'>, sink: FindingSink, sheet: string): number[] {
  const given = phases.map((p) => params.phaseWeights[p]);
  const missing = phases.filter((_, i) => given[i] === undefined);
  if (missing.length === phases.length) return phases.map(() => 1 / phases.length);
  if (missing.length > 0) {
    sink.warning('PHASE_WEIGHT_MISSING', { sheet }, { bloc, phases: missing.join(', ') });
    return phases.map(() => 1 / phases.length);
  }
  const raw = given as number[];
  const sum = raw.reduce((a, b) => a + b, 0);
  if (compare2(sum, 1) !== 0) sink.info('PHASE_WEIGHTS_NORMALISED', { sheet }, { bloc, sum: round2(sum * 100) });
  return raw.map((w) => w / sum);
}

export function combinePhases(bloc: string, units: readonly PhasedUnit[], params: Pick<CycleParams, 'phaseWeights'>, sink: FindingSink): PhaseCombination {
  const phases = [...new Set(units.map((u) => u.phase).filter((p): p is number => p !== null))].sort((a, b) => a - b);
  if (!phases.length) return { units: units.map((u) => u.unit), phases: null };

  const unphased = [...new Set(units.filter((u) => u.phase === null).map((u) => u.unit.sheet))];
  for (const sheet of unphased) sink.warning('PHASE_SHEET_UNPHASED', { sheet, cell: 'A1' }, { bloc });

  const phased = units.filter((u) => u.phase !== null);
  const sheetsOf = (p: number): string[] => [...new Set(phased.filter((u) => u.phase === p).map((u) => u.unit.sheet))];
  const weights = phaseWeights(bloc, phases, params, sink, phased[0]!.unit.sheet);

  // Units in order of first appearance; their results per phase.
  const byUnit = new Map<string, Map<number, ScoredUnit>>();
  for (const u of phased) {
    let m = byUnit.get(u.unit.input.key);
    if (!m) byUnit.set(u.unit.input.key, (m = new Map()));
    if (!m.has(u.phase!)) m.set(u.phase!, u.unit);
  }

  const out: ScoredUnit[] = [];
  for (const m of byUnit.values()) {
    const have = phases.filter((p) => m.has(p));
    const missing = phases.filter((p) => !m.has(p));
    const first = m.get(have[0]!)!;
    const parts = have.map((p) => ({ weight: weights[phases.indexOf(p)]!, score: m.get(p)!.score, sheet: m.get(p)!.sheet }));
    const notes: UnitNote[] = [];
    if (missing.length) {
      const where = { sheet: first.sheet, cell: cellAddress(first.input.nameCell.r, first.input.nameCell.c) };
      sink.error('PHASE_SCORE_MISSING', where, { unit: first.input.name, bloc, phases: missing.join(', '), sheets: missing.flatMap(sheetsOf).join(', ') });
      notes.push({ code: 'NOTE_PHASE_MISSING', params: { phases: missing.join(', ') } });
    }
    for (const p of have) {
      const s = m.get(p)!.score;
      if (s.gap !== null && s.selfTotal !== null) notes.push({ code: 'NOTE_PHASE_GAP', params: { phase: p, self: s.selfTotal, bloc: s.total, gap: s.gap } });
    }
    const perPhase: UnitPhaseScore[] = phases.map((p) => ({ phase: p, total: m.get(p)?.score.total ?? null, sheet: m.get(p)?.sheet ?? null }));
    out.push({ sheet: first.sheet, input: first.input, score: combineScores(parts), phases: perPhase, missingPhases: missing, extraNotes: notes });
  }
  return { units: out, phases: phases.map((p, i) => ({ phase: p, weight: weights[i]!, sheets: sheetsOf(p) })) };
}

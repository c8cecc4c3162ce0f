/**
 * The phase columns of an `XH <bloc>` sheet (SPEC §9): one column per phase with its weight, and the
 * year total as a live formula over them — Σ wᵢ·Đợtᵢ / Σ wᵢ over the phases the unit has, rounded to 2
 * decimals, the same computation as ./combineScores.ts so Excel and LibreOffice recompute the engine's
 * number.
 */
import type { BlocPhase, UnitResult } from '../model';
import { columnLetter } from '../cells/address';
import { formatNumberVi, round2 } from '../cells/values';
import { phaseLabel } from './phaseOf';

const pct = (w: number): string => formatNumberVi(round2(w * 100));

export function phaseHeader(p: BlocPhase, lang: 'vi' | 'en'): string {
  return `${phaseLabel(p.phase, lang)} (${pct(p.weight)} %)`;
}

/** The unit's phase totals in the order of `phases` (null where missing). */
export function phaseValues(u: UnitResult, phases: readonly BlocPhase[]): (number | null)[] {
  return phases.map((p) => {
    const t = u.phases?.find((x) => x.phase === p.phase)?.total;
    return t === undefined || t === null ? null : round2(t);
  });
}

/** "ROUND((0.4*C8+0.6*D8)/(0.4+0.6),2)" over the phases present; `firstCol` is the first phase column. */
export function phaseTotalFormula(u: UnitResult, phases: readonly BlocPhase[], firstCol: number, excelRow: number): string {
  const have = phases.map((p, i) => ({ p, i })).filter(({ i }) => phaseValues(u, phases)[i] !== null);
  const num = have.map(({ p, i }) => `${p.weight}*${columnLetter(firstCol + i)}${excelRow}`).join('+');
  const den = have.map(({ p }) => String(p.weight)).join('+');
  return `ROUND((${num})/(${den}),2)`;
}

export function phaseLegend(phases: readonly BlocPhase[], lang: 'vi' | 'en'): string {
  const parts = phases.map((p) => `${pct(p.weight)} % × ${phaseLabel(p.phase, lang)}`).join(' + ');
  return lang === 'vi'
    ? `Tổng điểm năm = ${parts}; đơn vị thiếu điểm một đợt được tính tạm trên các đợt đã có (xem Ghi chú).`
    : `Year total = ${parts}; a unit missing a phase is scored provisionally on the phases it has (see Notes).`;
}

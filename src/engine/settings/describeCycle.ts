/** The §9 parameters (./cycleParams.ts) written the way they are typed in `Cấu hình`. */
import { formatNumberVi } from '../cells/values';
import type { CycleParams, DayMonth } from './cycleParams';
import { exampleRuleText } from './parseCycle';

/** "25/10" or "25/10/2024". */
export function deadlineText(d: DayMonth): string {
  const dm = `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}`;
  return d.year === null ? dm : `${dm}/${d.year}`;
}

export function describeCycleParam(p: CycleParams, id: string): string {
  if (id === 'registrationDeadline') return p.registrationDeadline ? deadlineText(p.registrationDeadline) : 'không có';
  if (id === 'defaultPhase') return p.defaultPhase === null ? 'không có' : `Đợt ${p.defaultPhase}`;
  if (id === 'exampleRules' || id.startsWith('exampleRules:')) return p.exampleRules.map((r) => exampleRuleText(r)).join('; ');
  const weight = /^phaseWeight:(\d+)$/.exec(id);
  if (weight) {
    const w = p.phaseWeights[Number(weight[1])];
    return w === undefined ? 'bằng nhau' : `${formatNumberVi(w * 100)} %`;
  }
  const sheets = /^phaseSheets:(\d+)$/.exec(id);
  if (sheets) return (p.phaseSheets[Number(sheets[1])] ?? []).join('; ');
  return '';
}

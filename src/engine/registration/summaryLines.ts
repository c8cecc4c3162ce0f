/**
 * One-line summaries of the §9 results for the task pane's Kiểm tra and Xếp hạng steps: who registered
 * (late, missing), the advanced-example counts not met, how phased blocs combine their phases.
 */
import type { Analysis } from '../model';
import type { Lang } from '../findings/types';
import { formatDate } from '../cells/values';
import { boundsText, groupsText } from '../settings/parseCycle';
import { phaseLegend } from '../phases/phaseColumns';

export interface SummaryLine {
  readonly text: string;
  /** Something to act on (late, missing, a target not met). */
  readonly alert: boolean;
}

const TEXT = {
  vi: {
    registered: (reg: number, all: number, deadline: string) => `Đăng ký thi đua: ${reg}/${all} đơn vị đã đăng ký${deadline ? ` (hạn ${deadline})` : ''}.`,
    late: (names: string) => `Trễ hạn: ${names}.`,
    missing: (names: string) => `Chưa đăng ký: ${names}.`,
    examples: (n: number, bad: number, all: number) => `Điển hình tiên tiến: ${n} điển hình; ${bad}/${all} chỉ tiêu chưa đạt.`,
    count: (scope: string, groups: string, count: number, rule: string) => `✗ ${scope} – ${groups}: ${count} (quy định ${rule})`,
    wholeList: 'Toàn danh sách',
  },
  en: {
    registered: (reg: number, all: number, deadline: string) => `Registration: ${reg}/${all} units registered${deadline ? ` (deadline ${deadline})` : ''}.`,
    late: (names: string) => `Late: ${names}.`,
    missing: (names: string) => `Not registered: ${names}.`,
    examples: (n: number, bad: number, all: number) => `Advanced examples: ${n}; ${bad}/${all} targets not met.`,
    count: (scope: string, groups: string, count: number, rule: string) => `✗ ${scope} – ${groups}: ${count} (rule: ${rule})`,
    wholeList: 'Whole list',
  },
} as const;

export function cycleSummaryLines(analysis: Pick<Analysis, 'registration' | 'examples' | 'blocs'>, lang: Lang): SummaryLine[] {
  const t = TEXT[lang];
  const out: SummaryLine[] = [];
  const reg = analysis.registration;
  if (reg) {
    const registered = reg.units.filter((u) => u.registered);
    out.push({ text: t.registered(registered.length, reg.units.length, reg.deadline ? formatDate(reg.deadline) : ''), alert: false });
    const late = registered.filter((u) => u.onTime === false).map((u) => u.unit);
    if (late.length) out.push({ text: t.late(late.join(', ')), alert: true });
    const missing = reg.units.filter((u) => !u.registered).map((u) => u.unit);
    if (missing.length) out.push({ text: t.missing(missing.join(', ')), alert: true });
  }
  const ex = analysis.examples;
  if (ex) {
    const bad = ex.counts.filter((c) => !c.ok);
    out.push({ text: t.examples(ex.entries.length, bad.length, ex.counts.length), alert: false });
    for (const c of bad) out.push({ text: t.count(c.level === 'list' ? t.wholeList : c.scope, groupsText(c.rule.groups, lang), c.count, boundsText(c.rule, lang)), alert: true });
  }
  for (const b of analysis.blocs) if (b.phases?.length) out.push({ text: `${b.name}: ${phaseLegend(b.phases, lang)}`, alert: false });
  return out;
}

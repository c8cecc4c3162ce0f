/**
 * Counts advanced examples against the count rules (`Điển hình …` parameters, SPEC §9): per unit, per bloc
 * and for the whole list, for the rule's target groups; ✓ when min ≤ count ≤ max. Each ✗ is a warning
 * naming the scope, the groups, the count and the limit broken.
 */
import type { FindingSink } from '../findings/types';
import type { ExampleRule } from '../settings/cycleParams';
import { blocKey } from '../scoring/blocName';
import type { ExampleCount, ExampleEntry } from './types';

export const WHOLE_LIST = 'Toàn danh sách';

export interface CountScopes {
  /** Units counted one by one (name, match key, where to point a finding). */
  readonly units: readonly { readonly name: string; readonly key: string; readonly where: { sheet: string; cell?: string } | null }[];
  readonly blocs: readonly string[];
}

function matches(rule: ExampleRule, e: ExampleEntry): boolean {
  return rule.groups.length === 0 || (e.group !== null && rule.groups.includes(e.group));
}

export function countExamples(rules: readonly ExampleRule[], entries: readonly ExampleEntry[], scopes: CountScopes, sheet: string, sink: FindingSink): ExampleCount[] {
  const counts: ExampleCount[] = [];
  rules.forEach((rule, ruleIndex) => {
    const targets: { scope: string; of: ExampleEntry[]; where: { sheet: string; cell?: string } }[] = [];
    const firstCell = (of: readonly ExampleEntry[]): { sheet: string; cell?: string } => (of[0] ? { sheet: of[0].sheet, cell: of[0].cell } : { sheet });
    if (rule.scope === 'unit')
      for (const u of scopes.units) {
        const of = entries.filter((e) => e.unitKey === u.key);
        targets.push({ scope: u.name, of, where: of.length ? firstCell(of) : (u.where ?? { sheet }) });
      }
    else if (rule.scope === 'bloc')
      for (const b of scopes.blocs) {
        const of = entries.filter((e) => e.bloc !== '' && blocKey(e.bloc) === blocKey(b));
        targets.push({ scope: b, of, where: firstCell(of) });
      }
    else targets.push({ scope: WHOLE_LIST, of: [...entries], where: { sheet } });
    for (const t of targets) {
      const count = t.of.filter((e) => matches(rule, e)).length;
      const low = rule.min !== null && count < rule.min;
      const high = rule.max !== null && count > rule.max;
      counts.push({ ruleIndex, rule, level: rule.scope, scope: t.scope, count, ok: !low && !high });
      const params = { scope: t.scope, level: rule.scope, groups: rule.groups.join(','), count };
      if (low) sink.warning('EXAMPLE_COUNT_LOW', t.where, { ...params, min: rule.min! });
      if (high) sink.warning('EXAMPLE_COUNT_HIGH', t.where, { ...params, max: rule.max! });
    }
  });
  return counts;
}

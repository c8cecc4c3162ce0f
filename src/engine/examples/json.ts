/**
 * The `examples` section of the JSON report (SPEC §9), present when the workbook has an
 * advanced-examples sheet. Keys in a fixed order; target groups as stable codes (CBQL, GV, NV, HS,
 * TAPTHE) with the Vietnamese label beside them.
 */
import type { ExampleGroup, ExampleScope } from '../settings/cycleParams';
import { exampleRuleText, groupsText } from '../settings/parseCycle';
import type { ExamplesResult } from './types';

export interface JsonExamples {
  sheet: string;
  rules: { scope: ExampleScope; groups: ExampleGroup[]; min: number | null; max: number | null; text: string }[];
  counts: { scope: string; level: ExampleScope; group: string; groups: ExampleGroup[]; count: number; min: number | null; max: number | null; ok: boolean }[];
  entries: { sheet: string; row: number; unit: string; name: string; group: ExampleGroup | null; groupText: string; field: string; summary: string; title: string }[];
}

export function examplesJson(e: ExamplesResult): JsonExamples {
  return {
    sheet: e.sheet,
    rules: e.rules.map((r) => ({ scope: r.scope, groups: [...r.groups], min: r.min, max: r.max, text: exampleRuleText(r, 'vi') })),
    counts: e.counts.map((c) => ({
      scope: c.scope,
      level: c.level,
      group: groupsText(c.rule.groups, 'vi'),
      groups: [...c.rule.groups],
      count: c.count,
      min: c.rule.min,
      max: c.rule.max,
      ok: c.ok,
    })),
    entries: e.entries.map((x) => ({ sheet: x.sheet, row: x.row, unit: x.unit, name: x.name, group: x.group, groupText: x.groupText, field: x.field, summary: x.summary, title: x.title })),
  };
}

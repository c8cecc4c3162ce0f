/**
 * `Tổng hợp điển hình tiên tiến` (SPEC §9): I. the list of advanced examples (linked to their source
 * rows), II. the count of each unit, bloc and the whole list against the `Điển hình …` rules with ✓/✗.
 * Print-ready like the other output sheets; named apart from the input sheet `Điển hình tiên tiến`.
 */
import type { Analysis } from '../model';
import type { PlanValue, SheetPlan } from '../../workbook/plan';
import type { ExampleCount, ExamplesResult } from '../examples/types';
import { EXAMPLE_GROUP_LABELS, type ExampleScope } from '../settings/cycleParams';
import { boundsText, exampleRuleText, groupsText } from '../settings/parseCycle';
import { buildPrintableSheet, type PrintContext, type PrintableSheetInput, type TableColumn } from './layout';
import { PLAN_TEXT } from './labels';

export const EXAMPLES_OUTPUT_SHEET = 'Tổng hợp điển hình tiên tiến';
export const EXAMPLES_OUTPUT_KEY = 'cycle:examples';

const ALERT = { bold: true, color: '#C00000' } as const;
const LEVEL_ORDER: Readonly<Record<ExampleScope, number>> = { unit: 0, bloc: 1, list: 2 };

export const EXAMPLES_TEXT = {
  vi: {
    title: 'Danh sách điển hình tiên tiến',
    name: 'Họ và tên / Tên mô hình',
    group: 'Đối tượng',
    field: 'Lĩnh vực',
    summary: 'Tóm tắt thành tích',
    titleCol: 'Đăng ký danh hiệu',
    listSection: 'I. DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN',
    countSection: 'II. ĐỐI CHIẾU SỐ LƯỢNG THEO QUY ĐỊNH',
    scope: 'Phạm vi',
    count: 'Số lượng',
    rule: 'Quy định',
    ok: 'Đạt',
    note: 'Ghi chú',
    wholeList: 'Toàn danh sách',
    missing: (n: number) => `Thiếu ${n}`,
    extra: (n: number) => `Thừa ${n}`,
    noEntries: 'Chưa có điển hình nào.',
    rules: (s: string) => `Quy định: ${s}.`,
    totals: (n: number, bad: number, all: number) => `Tổng số ${n} điển hình; ${bad}/${all} chỉ tiêu chưa đạt.`,
  },
  en: {
    title: 'Advanced examples',
    name: 'Name / model',
    group: 'Target group',
    field: 'Field',
    summary: 'Achievements',
    titleCol: 'Title registered for',
    listSection: 'I. LIST OF ADVANCED EXAMPLES',
    countSection: 'II. COUNTS AGAINST THE RULES',
    scope: 'Scope',
    count: 'Count',
    rule: 'Rule',
    ok: 'Met',
    note: 'Notes',
    wholeList: 'Whole list',
    missing: (n: number) => `${n} missing`,
    extra: (n: number) => `${n} too many`,
    noEntries: 'No advanced example yet.',
    rules: (s: string) => `Rules: ${s}.`,
    totals: (n: number, bad: number, all: number) => `${n} examples; ${bad}/${all} targets not met.`,
  },
} as const;

/** Counts per unit first (each unit's rules together), then per bloc, then the whole list. */
export function orderedCounts(counts: readonly ExampleCount[]): ExampleCount[] {
  const firstIndex = new Map<string, number>();
  counts.forEach((c, i) => {
    const k = `${c.level}|${c.scope}`;
    if (!firstIndex.has(k)) firstIndex.set(k, i);
  });
  const at = (c: ExampleCount): number => firstIndex.get(`${c.level}|${c.scope}`)!;
  return [...counts].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || at(a) - at(b) || a.ruleIndex - b.ruleIndex);
}

function countNote(c: ExampleCount, lang: 'vi' | 'en'): string | null {
  const t = EXAMPLES_TEXT[lang];
  if (c.rule.min !== null && c.count < c.rule.min) return t.missing(c.rule.min - c.count);
  if (c.rule.max !== null && c.count > c.rule.max) return t.extra(c.count - c.rule.max);
  return null;
}

export function examplesSheetPlan(ex: ExamplesResult, ctx: PrintContext): SheetPlan {
  const lang = ctx.lang;
  const t = EXAMPLES_TEXT[lang];
  const T = PLAN_TEXT[lang];
  const columns: TableColumn[] = [
    { header: T.stt, width: 6, align: 'center' },
    { header: T.unit, width: 26, align: 'left' },
    { header: t.name, width: 26, align: 'left' },
    { header: t.group, width: 17, align: 'center' },
    { header: t.field, width: 16, align: 'left' },
    { header: t.summary, width: 40, align: 'left' },
    { header: t.titleCol, width: 18, align: 'left' },
  ];
  const rows: PlanValue[][] = [];
  const mergedRows: number[] = [];
  const rowStyles: NonNullable<PrintableSheetInput['rowStyles']> = [];
  const hyperlinks: NonNullable<PrintableSheetInput['hyperlinks']> = [];
  const section = (text: string): void => {
    mergedRows.push(rows.length);
    rowStyles.push({ index: rows.length, style: { bold: true } });
    rows.push([text]);
  };

  section(t.listSection);
  if (!ex.entries.length) {
    mergedRows.push(rows.length);
    rows.push([t.noEntries]);
  }
  ex.entries.forEach((e, i) => {
    hyperlinks.push({ index: rows.length, col: e.name ? 2 : 1, sheet: e.sheet, cell: e.cell });
    const group = e.group ? EXAMPLE_GROUP_LABELS[e.group][lang] : e.groupText || null;
    rows.push([i + 1, e.unit || null, e.name || null, group, e.field || null, e.summary || null, e.title || null]);
  });

  section(t.countSection);
  rowStyles.push({ index: rows.length, style: { bold: true, hAlign: 'center' } });
  rows.push([T.stt, t.scope, t.group, t.count, t.rule, t.ok, t.note]);
  orderedCounts(ex.counts).forEach((c, i) => {
    if (!c.ok) rowStyles.push({ index: rows.length, style: ALERT });
    const scope = c.level === 'list' ? t.wholeList : c.scope;
    rows.push([i + 1, scope, groupsText(c.rule.groups, lang), c.count, boundsText(c.rule, lang), c.ok ? '✓' : '✗', countNote(c, lang)]);
  });

  const bad = ex.counts.filter((c) => !c.ok).length;
  return buildPrintableSheet(
    {
      key: EXAMPLES_OUTPUT_KEY,
      name: EXAMPLES_OUTPUT_SHEET,
      title: t.title,
      columns,
      rows,
      mergedRows,
      rowStyles,
      hyperlinks,
      notesAfter: [t.totals(ex.entries.length, bad, ex.counts.length), t.rules(ex.rules.map((r) => exampleRuleText(r, lang)).join('; '))],
      orientation: 'landscape',
    },
    ctx,
  );
}

export function examplesSheetPlans(analysis: Pick<Analysis, 'examples'>, ctx: PrintContext): SheetPlan[] {
  return analysis.examples ? [examplesSheetPlan(analysis.examples, ctx)] : [];
}

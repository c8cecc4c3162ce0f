/**
 * The engine's whole job on one snapshot, timed stage by stage: analyze → sheet plans → write plan
 * (ownership, value hashes) → JSON report. What the CLI and the task pane both run between reading
 * and writing a workbook.
 */
import { analyze, buildJsonReport, buildSheetPlans, type Analysis } from '../../src/engine';
import { hashText } from '../../src/workbook/hash';
import { resolveWritePlan } from '../../src/workbook/ownership';
import type { WritePlan } from '../../src/workbook/plan';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';

export const BENCH_NOW = new Date('2025-05-20T03:00:00Z');

export interface StageTimes {
  readonly analyze: number;
  readonly plans: number;
  readonly writePlan: number;
  readonly report: number;
}

export interface StagesResult {
  readonly analysis: Analysis;
  readonly plan: WritePlan;
  readonly nominations: number;
  readonly findings: number;
  readonly stages: StageTimes;
  /** Wall time of the whole pipeline, ms. */
  readonly wallMs: number;
}

export interface PipelineResult extends StagesResult {
  /** CPU time (user + system) of the whole pipeline, ms: less sensitive to a busy shared machine. */
  readonly cpuMs: number;
}

/** The stages timed with `performance.now()` only: runs in Node and in a browser (../web/enginePage.ts). */
export function runStages(snapshot: WorkbookSnapshot): StagesResult {
  const t0 = performance.now();
  const analysis = analyze(snapshot, { now: BENCH_NOW, lang: 'vi' });
  const t1 = performance.now();
  const plans = buildSheetPlans(analysis, { now: BENCH_NOW, lang: 'vi' });
  const t2 = performance.now();
  const { plan } = resolveWritePlan(snapshot, plans, { now: BENCH_NOW, paramsHash: hashText(JSON.stringify(analysis.params)) });
  const t3 = performance.now();
  const report = buildJsonReport(analysis, 'vi');
  const t4 = performance.now();
  return {
    analysis,
    plan,
    nominations: report.nominations.length,
    findings: analysis.findings.length,
    stages: { analyze: t1 - t0, plans: t2 - t1, writePlan: t3 - t2, report: t4 - t3 },
    wallMs: t4 - t0,
  };
}

/** `runStages` in Node, with the process's CPU time over the same span. */
export function runPipeline(snapshot: WorkbookSnapshot): PipelineResult {
  const cpu0 = process.cpuUsage();
  const result = runStages(snapshot);
  const cpu = process.cpuUsage(cpu0);
  return { ...result, cpuMs: (cpu.user + cpu.system) / 1000 };
}

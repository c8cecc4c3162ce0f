/**
 * The §9 stage of the pipeline, after blocs and nominations: registration (đăng ký thi đua) and
 * advanced examples (điển hình tiên tiến), both checked against the same list of units; nominations of
 * unregistered units or people are marked for review. (Phases are combined inside the bloc stage,
 * before ranking.)
 */
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import type { BlocResult, NominationResult, SheetRecognition, SheetRole } from '../model';
import type { FindingSink, Lang } from '../findings/types';
import type { Params } from '../settings/params';
import { analyzeExamples } from '../examples/analyzeExamples';
import type { ExamplesResult } from '../examples/types';
import { analyzeRegistration } from './analyzeRegistration';
import { markUnregistered } from './markNominations';
import type { RegistrationResult } from './types';
import type { ListedUnits } from '../units/readUnits';
import { unitList } from './unitList';

export interface CycleOptions {
  readonly roleOverrides?: Readonly<Record<string, SheetRole>>;
  readonly lang: Lang;
  readonly blocs: readonly BlocResult[];
  /** The bloc stage's recognitions (to find the units sheet). */
  readonly sheets: readonly SheetRecognition[];
  /** The units sheet as the bloc stage read it (not read again), when it read one. */
  readonly listedUnits?: ListedUnits | null;
  readonly nominations: readonly NominationResult[];
}

export interface CycleAnalysis {
  readonly registration: RegistrationResult | null;
  readonly examples: ExamplesResult | null;
  readonly nominations: NominationResult[];
  readonly sheets: SheetRecognition[];
}

export function analyzeCycle(snapshot: WorkbookSnapshot, params: Params, sink: FindingSink, opts: CycleOptions): CycleAnalysis {
  const units = unitList(snapshot, opts.sheets, opts.blocs, opts.listedUnits ?? null);
  const reg = analyzeRegistration(snapshot, params, sink, { roleOverrides: opts.roleOverrides, units });
  const ex = analyzeExamples(snapshot, params, sink, { roleOverrides: opts.roleOverrides, units, blocs: opts.blocs });
  return {
    registration: reg.result,
    examples: ex.result,
    nominations: reg.result ? markUnregistered(opts.nominations, reg.result, opts.lang) : [...opts.nominations],
    sheets: [...reg.sheets, ...ex.sheets],
  };
}

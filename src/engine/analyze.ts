/**
 * The engine's pipeline: snapshot (+ options) → Analysis. Pure and deterministic: the clock and the
 * language come in as options; nothing is read or written outside the snapshot.
 */
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { Analysis, SheetRecognition, SheetRole } from './model';
import type { Lang } from './findings/types';
import { FindingSink } from './findings/types';
import { readSettings } from './settings/readSettings';
import { analyzeBlocs } from './blocs/analyzeBlocs';
import { analyzeNominations } from './nominations/analyzeNominations';
import { checkInputs } from './reliability/checkInputs';
import { analyzeCycle } from './registration/analyzeCycle';

export interface AnalyzeOptions {
  /** "Today" for date lines and period inference; never read from the clock inside the engine. */
  readonly now: Date;
  readonly lang: Lang;
  /** Sheet roles the user confirmed in the task pane (sheet name → role). */
  readonly roleOverrides?: Readonly<Record<string, SheetRole>>;
}

export function analyze(snapshot: WorkbookSnapshot, options: AnalyzeOptions): Analysis {
  const sink = new FindingSink();
  const roleOverrides = { ...(options.roleOverrides ?? {}) };
  const { params } = readSettings(snapshot, sink, { roleOverrides });
  const bloc = analyzeBlocs(snapshot, params, sink, { roleOverrides });
  const claimed = new Set(bloc.sheets.filter((s) => s.role !== 'unknown').map((s) => s.sheet));
  const noms = analyzeNominations(snapshot, params, bloc.blocs, sink, { claimed, roleOverrides, lang: options.lang });
  const cycle = analyzeCycle(snapshot, params, sink, { roleOverrides, lang: options.lang, blocs: bloc.blocs, sheets: bloc.sheets, listedUnits: bloc.listedUnits, nominations: noms.nominations });
  const sheets = mergeRecognitions(snapshot, bloc.sheets, noms.sheets, cycle.sheets);
  checkInputs(snapshot, sheets, sink);
  return {
    params,
    sheets,
    blocs: bloc.blocs,
    nominations: cycle.nominations,
    quotas: noms.quotas,
    findings: sink.items,
    ...(cycle.registration ? { registration: cycle.registration } : {}),
    ...(cycle.examples ? { examples: cycle.examples } : {}),
  };
}

/** One recognition per sheet, in workbook order; a known role wins over 'unknown'. */
function mergeRecognitions(snapshot: WorkbookSnapshot, ...lists: (readonly SheetRecognition[])[]): SheetRecognition[] {
  const bySheet = new Map<string, SheetRecognition>();
  for (const list of lists)
    for (const r of list) {
      const prev = bySheet.get(r.sheet);
      if (!prev || (prev.role === 'unknown' && r.role !== 'unknown')) bySheet.set(r.sheet, r);
    }
  return snapshot.sheets.map((s) => bySheet.get(s.name) ?? { sheet: s.name, role: 'unknown', headerRow: null, by: 'none' });
}

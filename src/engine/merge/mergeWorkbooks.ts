/**
 * `thidua merge`, pure part: the snapshots of many units' workbooks → the sheets of one workbook that
 * `score` reads as usual, plus findings. Files are taken in the order given; the first file that has a
 * table (criteria, a bloc's scoring sheet, a list) sets its shape; what later files disagree on is
 * reported and the rest still merged. Never throws on bad input.
 */
import type { Lang } from '../findings/types';
import { FindingSink } from '../findings/types';
import { SheetGrid } from '../cells/grid';
import type { MergedSheet, MergeInput, MergeResult } from './types';
import type { ListKind } from './listSpecs';
import { LIST_SPECS } from './listSpecs';
import { buildLogSheet } from './logSheet';
import { copySheet } from './copySheet';
import { legalSheetName } from './values';
import { buildCriteriaInRowsSheet } from './criteriaInRowsMerge';
import { buildListSheet } from './listMerge';
import type { MergeState } from './mergeSheet';
import { mergeSheet, newMergeState } from './mergeSheet';

export interface MergeOptions {
  readonly lang: Lang;
}

const FAILURE_CODES = {
  notWorkbook: 'MERGE_NOT_WORKBOOK',
  encrypted: 'MERGE_ENCRYPTED',
  unreadable: 'MERGE_UNREADABLE',
  tooLarge: 'MERGE_TOO_LARGE',
  legacyXls: 'MERGE_LEGACY_XLS',
  ignored: 'MERGE_FILE_IGNORED',
} as const;

function reportFailure(input: MergeInput, sink: FindingSink): void {
  const failure = input.failure ?? 'unreadable';
  const params: Record<string, string | number> = { file: input.file };
  if (input.detail?.sizeMb !== undefined) params.sizeMb = input.detail.sizeMb;
  if (input.detail?.limitMb !== undefined) params.limitMb = input.detail.limitMb;
  if (input.detail?.reason !== undefined) params.reason = input.detail.reason;
  sink.add(FAILURE_CODES[failure], failure === 'ignored' ? 'info' : 'error', {}, params);
}

/** Merged sheets in the order an officer reads them: settings, units, criteria, blocs, lists, log. */
function buildSheets(st: MergeState, findings: MergeResult['findings'], lang: Lang): MergedSheet[] {
  const taken = new Set<string>();
  const named = (name: string): string => {
    const n = legalSheetName(name, taken);
    taken.add(n.toLowerCase());
    return n;
  };
  const sheets: MergedSheet[] = [];
  const list = (kind: ListKind): void => {
    const t = st.lists.get(kind);
    const spec = LIST_SPECS.find((s) => s.kind === kind)!;
    if (t) sheets.push(buildListSheet(named(spec.sheetName), t));
  };
  if (st.settings) sheets.push(copySheet(named(st.settings.grid.name), 'settings', st.settings.grid, st.settings.header?.row ?? 0));
  list('units');
  for (const c of st.criteria.values()) sheets.push(copySheet(named(c.outputName), 'criteria', c.grid, c.side.header.row));
  for (const t of st.scoring.values()) {
    if (t.layout === 'criteriaInRows') sheets.push(buildCriteriaInRowsSheet(named(t.bloc), t));
    else sheets.push(buildListSheet(named(t.bloc), t.list));
  }
  (['votes', 'registration', 'examples', 'nominations', 'collectives'] as const).forEach(list);
  sheets.push(buildLogSheet(findings, lang, named(buildLogSheet([], lang).name)));
  return sheets;
}

export function mergeWorkbooks(inputs: readonly MergeInput[], opts: MergeOptions): MergeResult {
  const sink = new FindingSink();
  const st = newMergeState();
  let merged = 0;
  for (const input of inputs) {
    if (!input.snapshot) {
      reportFailure(input, sink);
      continue;
    }
    let units = 0;
    let rows = 0;
    let found = false;
    for (const sheet of input.snapshot.sheets) {
      const res = mergeSheet(st, input.file, new SheetGrid(sheet), sink);
      units += res.units;
      rows += res.rows;
      found = found || res.merged;
    }
    if (found) {
      merged++;
      sink.info('MERGE_FILE_MERGED', {}, { file: input.file, units, rows });
    } else sink.warning('MERGE_NOTHING_FOUND', {}, { file: input.file });
  }
  if (merged === 0) sink.error('MERGE_NOTHING_MERGED');
  const findings = [...sink.items];
  const sheets = buildSheets(st, findings, opts.lang);
  let units = 0;
  for (const t of st.scoring.values()) units += t.layout === 'criteriaInRows' ? t.units.length : t.list.rows.length;
  const nominationRows = (st.lists.get('nominations')?.rows.length ?? 0) + (st.lists.get('collectives')?.rows.length ?? 0);
  return {
    sheets,
    findings,
    summary: { files: inputs.filter((i) => i.failure !== 'ignored').length, merged, blocs: st.scoring.size, units, nominationRows },
  };
}

/**
 * The bloc stage of the pipeline (SPEC §3.1–§3.5, §4.1–§4.3): recognises the settings, criteria,
 * scoring, units and votes sheets, computes every unit's scores, ranks each bloc and makes its
 * proposals. Sheets the add-in wrote and very-hidden sheets are never inputs. Pure; never throws.
 */
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import type { BlocResult, SheetRecognition, SheetRole } from '../model';
import type { FindingSink } from '../findings/types';
import type { Params } from '../settings/params';
import type { BlocParams } from '../settings/settingKeys';
import { findSettingsSheet, SETTINGS_COLUMNS } from '../settings/readSettings';
import { SheetGrid } from '../cells/grid';
import { findHeaderRow } from '../cells/headers';
import { cellAddress } from '../cells/address';
import { recognizeSheets } from './recognize';
import { criteriaForBloc, readCriteriaSheets } from './criteriaSheets';
import { readCriteriaInRows } from '../scoring/criteriaInRows';
import { readUnitsInRows } from '../scoring/unitsInRows';
import { blocKey, blocNameOf } from '../scoring/blocName';
import type { ScoringSheet } from '../scoring/types';
import { buildPlan } from '../scoring/aggregate';
import { computeUnit, type ComputeContext } from '../scoring/computeUnit';
import { assembleBloc, type ScoredUnit } from './assembleBloc';
import { findVoteHeader } from '../votes/voteSheet';
import { readUnitVotes, type UnitVoteRow } from '../votes/readUnitVotes';
import { matchVotes, type UnitVotes } from '../votes/matchVotes';
import { readUnits, type ListedUnits } from '../units/readUnits';
import { checkUnits, type ScoredUnitRef } from '../units/checkUnits';
import { phaseOfSheet, stripPhase } from '../phases/phaseOf';
import { combinePhases, type PhasedUnit } from '../phases/combinePhases';
import type { BlocPhase } from '../model';

export interface AnalyzeBlocsOptions {
  /** Sheet name → role confirmed by the user (remembered in the workbook). */
  readonly roleOverrides?: Readonly<Record<string, SheetRole>>;
}

interface BlocDraft {
  name: string;
  readonly sheets: string[];
  readonly scoring: ScoringSheet;
  units: ScoredUnit[];
  /** Units as read, with the phase of their sheet (SPEC §9); combined into `units` before ranking. */
  readonly phased: PhasedUnit[];
  phases: BlocPhase[] | null;
  /** Units taken, per phase ('' for none) and unit key: a second one is a duplicate. */
  readonly seen: Map<string, Map<string, ScoredUnit>>;
}

/** The self-vs-bloc gap (points) above which a warning is raised: the parameter, else a % of the scale. */
export function gapThreshold(params: BlocParams, scale: number): number {
  if (params.gapWarning !== null) return params.gapWarning;
  return ((params.gapWarningPercent ?? 5) / 100) * scale;
}

interface PhasedSheet {
  readonly sheet: ScoringSheet;
  readonly phase: number | null;
}

function readScoringSheets(
  rec: ReturnType<typeof recognizeSheets>,
  criteria: ReturnType<typeof readCriteriaSheets>,
  params: Params,
  sink: FindingSink,
  recs: SheetRecognition[],
): PhasedSheet[] {
  const out: PhasedSheet[] = [];
  for (const c of rec.scoring) {
    const name = c.sheet.name;
    if (!c.layout) {
      sink.warning('SCORING_LAYOUT_UNKNOWN', { sheet: name, cell: 'A1' });
      recs.push({ sheet: name, role: 'scoring', headerRow: null, by: c.by });
      continue;
    }
    if (c.sheet.visibility === 'hidden') sink.info('SHEET_HIDDEN', { sheet: name }, { role: 'scoring' });
    const headerRow = c.layout.det.header.row;
    const bloc = stripPhase(blocNameOf(c.grid, headerRow));
    const phase = phaseOfSheet(c.grid, headerRow, params)?.phase ?? null;
    const table = criteriaForBloc(criteria, bloc);
    const s =
      c.layout.kind === 'criteriaInRows'
        ? readCriteriaInRows(c.grid, c.layout.det, table, bloc, sink)
        : readUnitsInRows(c.grid, c.layout.det, table, bloc, sink);
    if (!table && c.layout.kind === 'criteriaInRows') sink.info('CRITERIA_FROM_SCORING', { sheet: name, cell: cellAddress(headerRow, 0) }, { scale: s.criteria.scale });
    if (!s.units.length) sink.warning('SCORING_NO_UNITS', { sheet: name, cell: cellAddress(headerRow, 0) });
    recs.push({ sheet: name, role: 'scoring', headerRow, by: c.by, bloc, layout: c.layout.kind, ...(phase !== null ? { phase } : {}) });
    out.push({ sheet: s, phase });
  }
  return out;
}

/** Computes the units of one scoring sheet into their blocs' drafts (findings in unit order). */
function addSheetUnits(drafts: Map<string, BlocDraft>, s: ScoringSheet, phase: number | null, params: Params, sink: FindingSink): void {
  const plan = buildPlan(s.criteria, s.items);
  const sheet = s.grid.name;
  const phaseKey = phase === null ? '' : String(phase);
  // The units of a sheet mostly share its bloc: its name and key are worked out once per distinct text.
  let ctxDraft: BlocDraft | null = null;
  let ctx: ComputeContext | null = null;
  let lastBloc: string | null = null;
  // The draft and its units seen in this phase, looked up again only when the unit's bloc text changes.
  let d: BlocDraft | null = null;
  let seen: Map<string, ScoredUnit> | null = null;
  for (const u of s.units) {
    if (u.bloc !== lastBloc || d === null || seen === null) {
      lastBloc = u.bloc;
      const blocName = stripPhase(u.bloc);
      const key = blocKey(blocName) || blocKey(s.bloc) || blocName;
      d = drafts.get(key) ?? null;
      if (!d) drafts.set(key, (d = { name: blocName, sheets: [], scoring: s, units: [], phased: [], phases: null, seen: new Map() }));
      seen = d.seen.get(phaseKey) ?? null;
      if (!seen) d.seen.set(phaseKey, (seen = new Map()));
    }
    // A unit appears once per phase; twice in the same phase is a duplicate.
    const first = seen.get(u.key);
    if (first) {
      sink.warning('SCORING_UNIT_DUPLICATE', { sheet, cell: cellAddress(u.nameCell.r, u.nameCell.c) }, { unit: u.name, first: `${first.sheet}!${cellAddress(first.input.nameCell.r, first.input.nameCell.c)}` });
      continue;
    }
    if (d.scoring.criteria !== s.criteria && d.scoring.criteria.scale !== s.criteria.scale)
      sink.warning('BLOC_SCALE_DIFFERS', { sheet, cell: cellAddress(u.nameCell.r, u.nameCell.c) }, { bloc: d.name, scale: s.criteria.scale, first: d.scoring.criteria.scale });
    // The context depends on the draft only (its first sheet's scale): made once per draft met in a row.
    if (d !== ctxDraft) {
      ctxDraft = d;
      ctx = { sink, plan, gapThreshold: gapThreshold(params, d.scoring.criteria.scale) };
    }
    const score = computeUnit(s, u, ctx!);
    if (!score) {
      sink.warning('SCORING_UNIT_EMPTY', { sheet, cell: cellAddress(u.nameCell.r, u.nameCell.c) }, { unit: u.name });
      continue;
    }
    const unit: ScoredUnit = { sheet, input: u, score };
    seen.set(u.key, unit);
    if (!d.sheets.includes(sheet)) d.sheets.push(sheet);
    d.phased.push({ phase, unit });
  }
}

export function analyzeBlocs(
  snapshot: WorkbookSnapshot,
  params: Params,
  sink: FindingSink,
  opts: AnalyzeBlocsOptions = {},
): { blocs: BlocResult[]; sheets: SheetRecognition[]; listedUnits: ListedUnits | null } {
  const overrides = opts.roleOverrides ?? {};
  const rec = recognizeSheets(snapshot, overrides);
  const sheets: SheetRecognition[] = [...rec.fixed];
  const settings = findSettingsSheet(snapshot, { roleOverrides: overrides });
  if (settings) {
    const header = findHeaderRow(new SheetGrid(settings), SETTINGS_COLUMNS);
    sheets.push({ sheet: settings.name, role: 'settings', headerRow: header?.row ?? null, by: overrides[settings.name] === 'settings' ? 'user' : 'name' });
  }
  const criteria = readCriteriaSheets(rec, sink);
  sheets.push(...criteria.recognitions);
  const scoring = readScoringSheets(rec, criteria, params, sink, sheets);

  // Units of every sheet grouped into blocs by the bloc key, in sheet order.
  const drafts = new Map<string, BlocDraft>();
  for (const { sheet: s, phase } of scoring) addSheetUnits(drafts, s, phase, params, sink);
  for (const d of drafts.values()) {
    const combined = combinePhases(d.name, d.phased, params, sink);
    d.units = combined.units;
    d.phases = combined.phases;
  }

  // Votes (unit rows of the votes sheet).
  const voteRows: { rows: UnitVoteRow[]; sheet: string }[] = [];
  for (const c of rec.votes) {
    if (c.sheet.visibility === 'hidden') sink.info('SHEET_HIDDEN', { sheet: c.sheet.name }, { role: 'votes' });
    const h = findVoteHeader(c.grid);
    sheets.push({ sheet: c.sheet.name, role: 'votes', headerRow: h?.row ?? null, by: c.by });
    if (!h) {
      sink.warning('VOTES_SHEET_NO_HEADER', { sheet: c.sheet.name, cell: 'A1' });
      continue;
    }
    voteRows.push({ rows: readUnitVotes(c.grid, h, sink), sheet: c.sheet.name });
  }
  const targets = voteRows.length ? [...drafts.entries()].flatMap(([bk, d]) => d.units.map((u) => ({ blocKey: bk, unitKey: u.input.key }))) : [];
  const matched = voteRows.map((v) => matchVotes(v.rows, v.sheet, targets, sink));

  const blocs: BlocResult[] = [];
  for (const [bk, d] of drafts) {
    if (!d.units.length) continue;
    const votes = new Map<string, UnitVotes>();
    for (const m of matched) for (const [uk, v] of m.byBloc.get(bk) ?? []) if (!votes.has(uk)) votes.set(uk, v);
    const hasVotes = matched.some((m) => m.blocsWithVotes.has(bk));
    blocs.push(assembleBloc({ name: d.name, sheets: d.sheets, criteria: d.scoring.criteria, units: d.units, votes, hasVotes, phases: d.phases }, params));
  }

  // Units sheet cross-check. The first units sheet's list is handed on (registration checks against it).
  let listedUnits: ListedUnits | null = null;
  rec.units.forEach((c, i) => {
    if (c.sheet.visibility === 'hidden') sink.info('SHEET_HIDDEN', { sheet: c.sheet.name }, { role: 'units' });
    const listed = readUnits(c.grid, sink);
    sheets.push({ sheet: c.sheet.name, role: 'units', headerRow: listed?.headerRow ?? null, by: c.by });
    if (!listed) return;
    if (i > 0) {
      sink.warning('UNITS_SHEET_EXTRA', { sheet: c.sheet.name }, { used: rec.units[0]!.sheet.name });
      return;
    }
    const scored: ScoredUnitRef[] = [];
    for (const d of drafts.values()) for (const u of d.units) scored.push(new ScoredRef(u, d.name));
    checkUnits(listed.units, c.sheet.name, scored, sink);
    listedUnits = { sheet: c.sheet.name, units: listed.units };
  });
  return { blocs, sheets: orderLike(snapshot, sheets), listedUnits };
}

/** A scored unit as the units sheet's check reads it: its name cell's address made only when a finding names it. */
class ScoredRef implements ScoredUnitRef {
  readonly unit: string;
  readonly key: string;
  readonly sheet: string;
  constructor(
    private readonly scored: ScoredUnit,
    readonly bloc: string,
  ) {
    this.unit = scored.input.name;
    this.key = scored.input.key;
    this.sheet = scored.sheet;
  }

  get cell(): string {
    return cellAddress(this.scored.input.nameCell.r, this.scored.input.nameCell.c);
  }
}

/** Recognitions in the workbook's sheet order. */
function orderLike(snapshot: WorkbookSnapshot, recs: SheetRecognition[]): SheetRecognition[] {
  const pos = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  return recs.sort((a, b) => (pos.get(a.sheet) ?? 0) - (pos.get(b.sheet) ?? 0));
}

/**
 * The registration stage (đăng ký thi đua, SPEC §9). The plans the product serves require every unit
 * and person taking part to register before the deadline ("mọi cá nhân, tập thể tham gia phong trào thi
 * đua đều phải có đăng ký thi đua"). Findings: a listed unit that did not register (warning), a
 * registration after the `Hạn đăng ký` deadline (warning; ON the deadline day is on time), dates missing
 * or unreadable, registered units missing from the list. Nominations are marked in ./markNominations.ts.
 */
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import type { SheetRecognition, SheetRole } from '../model';
import type { FindingSink } from '../findings/types';
import type { Params } from '../settings/params';
import { SheetGrid } from '../cells/grid';
import { findHeaderRow, sheetNameMatches } from '../cells/headers';
import { formatDate, type SimpleDate } from '../cells/values';
import { deadlineText } from '../settings/describeCycle';
import { REGISTRATION_COLUMNS, REGISTRATION_SHEET_NAMES } from './columns';
import { readRegistrationRows, type RegistrationRow } from './readRegistration';
import { daysAfter, resolveDeadline } from './deadline';
import type { PersonRegistration, RegistrationResult, UnitRegistration } from './types';
import type { UnitList } from './unitList';

export interface RegistrationOptions {
  readonly roleOverrides?: Readonly<Record<string, SheetRole>>;
  readonly units: UnitList;
}

/** Sheets read as registrations: confirmed by the user, or named like `Đăng ký thi đua`. */
export function registrationSheets(snapshot: WorkbookSnapshot, overrides: Readonly<Record<string, SheetRole>> = {}): { grid: SheetGrid; by: 'name' | 'user' }[] {
  return snapshot.sheets
    .filter((s) => s.visibility !== 'veryHidden')
    .filter((s) => (overrides[s.name] !== undefined ? overrides[s.name] === 'registration' : sheetNameMatches(s.name, REGISTRATION_SHEET_NAMES)))
    .map((s) => ({ grid: new SheetGrid(s), by: overrides[s.name] === 'registration' ? 'user' : 'name' }));
}

const earliest = (rows: readonly RegistrationRow[]): RegistrationRow | null => {
  let best: RegistrationRow | null = null;
  for (const r of rows) if (r.date.kind === 'date' && (!best || daysAfter(r.date.value, (best.date as { value: SimpleDate }).value) < 0)) best = r;
  return best;
};

export function analyzeRegistration(
  snapshot: WorkbookSnapshot,
  params: Params,
  sink: FindingSink,
  opts: RegistrationOptions,
): { result: RegistrationResult | null; sheets: SheetRecognition[] } {
  const found = registrationSheets(snapshot, opts.roleOverrides);
  const sheets: SheetRecognition[] = [];
  const rows: RegistrationRow[] = [];
  for (const { grid, by } of found) {
    const header = findHeaderRow(grid, REGISTRATION_COLUMNS);
    sheets.push({ sheet: grid.name, role: 'registration', headerRow: header?.row ?? null, by });
    if (!header) sink.warning('REGISTRATION_NO_HEADER', { sheet: grid.name, cell: 'A1' });
    else rows.push(...readRegistrationRows(grid, header, sink));
  }
  if (!found.length) return { result: null, sheets };
  const first = found[0]!.grid.name;

  let deadline: SimpleDate | null = null;
  const spec = params.registrationDeadline;
  if (!spec) sink.info('REGISTRATION_NO_DEADLINE', { sheet: first });
  else {
    deadline = resolveDeadline(spec, params.period);
    if (!deadline) sink.warning('REGISTRATION_DEADLINE_YEAR_UNKNOWN', { sheet: first }, { deadline: deadlineText(spec) });
  }
  const judge = (d: SimpleDate | null): { onTime: boolean | null; daysLate: number } => {
    if (!d || !deadline) return { onTime: null, daysLate: 0 };
    const late = daysAfter(d, deadline);
    return { onTime: late <= 0, daysLate: Math.max(0, late) };
  };

  // Rows by unit, in sheet order.
  const groups = new Map<string, RegistrationRow[]>();
  for (const r of rows) {
    if (!r.unit) continue;
    const g = groups.get(r.unitKey);
    if (g) g.push(r);
    else groups.set(r.unitKey, [r]);
  }

  const persons: PersonRegistration[] = [];
  const registered = new Map<string, UnitRegistration>();
  for (const [key, g] of groups) {
    const own = g.filter((r) => r.name === '');
    const people = g.filter((r) => r.name !== '');
    own.slice(1).forEach((r) => sink.info('REGISTRATION_DUPLICATE', { sheet: r.sheet, cell: r.unitCell }, { unit: r.unit, first: `${own[0]!.sheet}!${own[0]!.unitCell}` }));
    for (const r of g)
      if (r.date.kind === 'unreadable') sink.warning('REGISTRATION_DATE_UNREADABLE', { sheet: r.sheet, cell: r.dateCell }, { unit: r.name || r.unit, text: r.date.text });
    const dated = earliest(own) ?? (own.length ? null : earliest(people));
    const shown = own[0] ?? g[0]!;
    if (!dated && own.length && own.every((r) => r.date.kind === 'empty')) sink.warning('REGISTRATION_DATE_MISSING', { sheet: shown.sheet, cell: shown.dateCell }, { unit: shown.unit });
    const date = dated && dated.date.kind === 'date' ? dated.date.value : null;
    const j = judge(date);
    if (j.onTime === false && dated)
      sink.warning('REGISTRATION_LATE', { sheet: dated.sheet, cell: dated.dateCell }, { unit: shown.unit, date: formatDate(date!), deadline: formatDate(deadline!), days: j.daysLate });
    for (const p of people) {
      const pd = p.date.kind === 'date' ? p.date.value : null;
      const pj = judge(pd);
      if (pj.onTime === false)
        sink.warning('REGISTRATION_PERSON_LATE', { sheet: p.sheet, cell: p.dateCell }, { name: p.name, unit: p.unit, date: formatDate(pd!), deadline: formatDate(deadline!), days: pj.daysLate });
      persons.push({ name: p.name, unit: p.unit, date: pd, onTime: pj.onTime, title: p.title, sheet: p.sheet, cell: p.unitCell });
    }
    const listed = opts.units.byKey.get(key);
    registered.set(key, {
      unit: listed?.name ?? shown.unit,
      unitKey: key,
      bloc: listed?.bloc ?? '',
      registered: true,
      date,
      ...j,
      title: own[0]?.title ?? '',
      goals: own[0]?.goals ?? '',
      persons: people.length,
      listed: listed !== undefined,
      source: { sheet: shown.sheet, cell: shown.unitCell },
    });
  }
  // People whose unit cell is empty still register themselves.
  for (const p of rows.filter((r) => !r.unit && r.name)) {
    const pd = p.date.kind === 'date' ? p.date.value : null;
    persons.push({ name: p.name, unit: '', date: pd, onTime: judge(pd).onTime, title: p.title, sheet: p.sheet, cell: p.unitCell });
  }

  const units: UnitRegistration[] = [];
  for (const u of opts.units.units) {
    const r = registered.get(u.key);
    if (r) {
      units.push(r);
      continue;
    }
    sink.warning('REGISTRATION_MISSING', u.where ?? { sheet: first }, { unit: u.name, bloc: u.bloc, sheet: first });
    units.push({ unit: u.name, unitKey: u.key, bloc: u.bloc, registered: false, date: null, onTime: null, daysLate: 0, title: '', goals: '', persons: 0, listed: true, source: null });
  }
  for (const r of registered.values()) {
    if (r.listed) continue;
    if (opts.units.from !== 'none')
      sink.warning('REGISTRATION_UNIT_UNLISTED', r.source!, { unit: r.unit, list: opts.units.from === 'units' ? (opts.units.sheet ?? '') : '' });
    units.push(r);
  }
  const unitsFrom: RegistrationResult['unitsFrom'] = opts.units.from === 'none' ? 'registration' : opts.units.from;
  return { result: { sheet: first, deadline, units, persons, hasPersonal: rows.some((r) => r.name !== ''), unitsFrom }, sheets };
}

/**
 * Cross-checks the units sheet against the scored units (SPEC §3.4): every listed unit must have scores in
 * its bloc (missing → error, UNIT_NOT_SCORED; scored only in another bloc → error, UNIT_BLOC_MISMATCH),
 * and no scored unit may be unlisted
 * (→ warning). A name typed with or without "Trường" in front still matches.
 */
import type { FindingSink } from '../findings/types';
import { blocKey } from '../scoring/blocName';
import type { ListedUnit } from './readUnits';

export interface ScoredUnitRef {
  readonly unit: string;
  readonly key: string;
  readonly bloc: string;
  readonly sheet: string;
  readonly cell: string;
}

/** Second matching key: without a leading "trường". */
export function looseUnitKey(key: string): string {
  return key.replace(/^truong /, '');
}

export function checkUnits(listed: readonly ListedUnit[], sheet: string, scored: readonly ScoredUnitRef[], sink: FindingSink): void {
  const byKey = new Map<string, ScoredUnitRef[]>();
  const add = (k: string, s: ScoredUnitRef): void => {
    const list = byKey.get(k);
    if (list) list.push(s);
    else byKey.set(k, [s]);
  };
  for (const s of scored) {
    add(s.key, s);
    const loose = looseUnitKey(s.key);
    if (loose !== s.key) add(loose, s);
  }
  const matched = new Set<ScoredUnitRef>();
  for (const u of listed) {
    const hits = byKey.get(u.key) ?? byKey.get(looseUnitKey(u.key)) ?? [];
    hits.forEach((h) => matched.add(h));
    const where = { sheet, cell: u.cell };
    if (!hits.length) {
      sink.error('UNIT_NOT_SCORED', where, { unit: u.name, bloc: u.bloc });
      continue;
    }
    if (u.bloc && !hits.some((h) => blocKey(h.bloc) === blocKey(u.bloc)))
      sink.error('UNIT_BLOC_MISMATCH', where, { unit: u.name, listed: u.bloc, scored: hits.map((h) => h.bloc).join(', ') });
  }
  for (const s of scored) if (!matched.has(s)) sink.warning('UNIT_NOT_LISTED', { sheet: s.sheet, cell: s.cell }, { unit: s.unit, unitsSheet: sheet });
}

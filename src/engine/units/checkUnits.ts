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

const TRUONG = 'truong ';

/** Second matching key: without a leading "trường". */
export function looseUnitKey(key: string): string {
  return key.startsWith(TRUONG) ? key.slice(TRUONG.length) : key;
}

function add(byKey: Map<string, ScoredUnitRef[]>, k: string, s: ScoredUnitRef): void {
  const list = byKey.get(k);
  if (list) list.push(s);
  else byKey.set(k, [s]);
}

/** True when one of the hits is scored in the listed unit's bloc. */
function inBloc(hits: readonly ScoredUnitRef[], bloc: string): boolean {
  const key = blocKey(bloc);
  for (let i = 0; i < hits.length; i++) if (blocKey(hits[i]!.bloc) === key) return true;
  return false;
}

export function checkUnits(listed: readonly ListedUnit[], sheet: string, scored: readonly ScoredUnitRef[], sink: FindingSink): void {
  const byKey = new Map<string, ScoredUnitRef[]>();
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i]!;
    add(byKey, s.key, s);
    const loose = looseUnitKey(s.key);
    if (loose !== s.key) add(byKey, loose, s);
  }
  const matched = new Set<ScoredUnitRef>();
  for (let i = 0; i < listed.length; i++) {
    const u = listed[i]!;
    const hits = byKey.get(u.key) ?? byKey.get(looseUnitKey(u.key));
    if (!hits) {
      sink.error('UNIT_NOT_SCORED', { sheet, cell: u.cell }, { unit: u.name, bloc: u.bloc });
      continue;
    }
    for (let j = 0; j < hits.length; j++) matched.add(hits[j]!);
    if (u.bloc && !inBloc(hits, u.bloc))
      sink.error('UNIT_BLOC_MISMATCH', { sheet, cell: u.cell }, { unit: u.name, listed: u.bloc, scored: hits.map((h) => h.bloc).join(', ') });
  }
  for (const s of scored) if (!matched.has(s)) sink.warning('UNIT_NOT_LISTED', { sheet: s.sheet, cell: s.cell }, { unit: s.unit, unitsSheet: sheet });
}

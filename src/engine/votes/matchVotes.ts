/**
 * Attaches the unit votes to the scored units: by unit name (foldKey, "Trường" optional) and, when the
 * row gives one, its `Khối`. A bloc "has votes" when any flag (or untitled) vote row belongs to it; its
 * flag candidates without a vote are then 'missing' (review), never silently passed over.
 */
import type { FindingSink } from '../findings/types';
import type { VoteResult } from '../model';
import { blocKey } from '../scoring/blocName';
import { looseUnitKey } from '../units/checkUnits';
import type { UnitVoteRow } from './readUnitVotes';

export interface UnitVotes {
  readonly flag: VoteResult | null;
  readonly merit: VoteResult | null;
}

export interface VoteTarget {
  readonly blocKey: string;
  readonly unitKey: string;
}

export interface MatchedVotes {
  /** blocKey → unitKey → votes. */
  readonly byBloc: ReadonlyMap<string, ReadonlyMap<string, UnitVotes>>;
  readonly blocsWithVotes: ReadonlySet<string>;
}

export function matchVotes(rows: readonly UnitVoteRow[], sheet: string, targets: readonly VoteTarget[], sink: FindingSink): MatchedVotes {
  const index = new Map<string, VoteTarget[]>();
  for (const t of targets)
    for (const k of new Set([t.unitKey, looseUnitKey(t.unitKey)])) {
      const list = index.get(k);
      if (list) list.push(t);
      else index.set(k, [t]);
    }
  const byBloc = new Map<string, Map<string, { flag: VoteResult | null; merit: VoteResult | null }>>();
  const blocsWithVotes = new Set<string>();
  for (const row of rows) {
    const where = { sheet, cell: row.cell };
    const rowBloc = row.bloc ? blocKey(row.bloc) : '';
    let hits = index.get(row.unitKey) ?? index.get(looseUnitKey(row.unitKey)) ?? [];
    if (rowBloc) hits = hits.filter((h) => h.blocKey === rowBloc);
    if (rowBloc && row.title !== 'merit') blocsWithVotes.add(rowBloc);
    if (!hits.length) {
      sink.warning('VOTE_UNIT_UNKNOWN', where, { unit: row.unit, bloc: row.bloc });
      continue;
    }
    if (hits.length > 1) {
      sink.warning('VOTE_UNIT_AMBIGUOUS', where, { unit: row.unit, count: hits.length });
      continue;
    }
    const t = hits[0]!;
    let units = byBloc.get(t.blocKey);
    if (!units) byBloc.set(t.blocKey, (units = new Map()));
    let v = units.get(t.unitKey);
    if (!v) units.set(t.unitKey, (v = { flag: null, merit: null }));
    const slot = row.title === 'merit' ? 'merit' : 'flag';
    if (v[slot]) {
      sink.warning('VOTE_DUPLICATE', where, { unit: row.unit });
      continue;
    }
    v[slot] = row.vote;
    if (slot === 'flag') blocsWithVotes.add(t.blocKey);
  }
  return { byBloc, blocsWithVotes };
}

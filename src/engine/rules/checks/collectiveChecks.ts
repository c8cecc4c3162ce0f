/**
 * Checks on collective nominations (SPEC §4.5): the collective's rating, shares and counts of its
 * members, and the flags checked against the bloc ranking.
 */
import type { Rating } from '../../nominations/vocab/ratings';
import type { CollectiveRow, CountRead, Located } from '../../nominations/types';
import type { BlocResult, UnitResult } from '../../model';
import type { CollectiveCheck, Outcome } from '../types';
import { R, type FieldName } from '../reasonCodes';
import { MET } from './met';
import { ratingOutcomes } from './personChecks';
import { unitMatchKey } from '../../nominations/unitKey';

type CountField = 'members' | 'ldtt' | 'cstdcs' | 'completed' | 'disciplined';

function countOf(c: CollectiveRow, field: CountField): Located<CountRead> {
  return c[field];
}

/** The count, or the reasons it cannot be used. */
function readCount(c: CollectiveRow, field: CountField): { n: number } | { outcomes: Outcome[] } {
  const { read, cell } = countOf(c, field);
  if (read.kind === 'count') return { n: read.n };
  if (read.kind === 'empty') return { outcomes: [{ code: R.DATA_MISSING, status: 'review', cell, params: { field: field as FieldName } }] };
  return { outcomes: [{ code: R.VALUE_UNREADABLE, status: 'review', cell, params: { field: field as FieldName, text: read.text } }] };
}

export const collectiveRating: CollectiveCheck = {
  subject: 'collective',
  emits: [R.DATA_MISSING, R.VALUE_UNREADABLE, R.RATING_BELOW],
  run: (c, args) => ratingOutcomes(c.rating, String(args.min) as Rating),
};

/**
 * `field` / `Số thành viên` above (strict) or at least `ratio`: TTLĐTT "trên 50 %" LĐTT, TTLĐXS
 * "100 %" HTNV or better and "từ 70 %" LĐTT. Integer arithmetic: 7 of 10 is exactly 70 %.
 */
export const memberShare: CollectiveCheck = {
  subject: 'collective',
  emits: [R.DATA_MISSING, R.VALUE_UNREADABLE, R.COUNT_MISMATCH, R.SHARE_TOO_LOW],
  run: (c, args) => {
    const field = String(args.field) as CountField;
    const members = readCount(c, 'members');
    const count = readCount(c, field);
    const missing = [...('outcomes' in members ? members.outcomes : []), ...('outcomes' in count ? count.outcomes : [])];
    if ('outcomes' in members || 'outcomes' in count) return missing;
    const cell = countOf(c, field).cell;
    if (members.n <= 0 || count.n > members.n)
      return [{ code: R.COUNT_MISMATCH, status: 'review', cell, params: { field, typed: count.n, computed: members.n, against: 'members' } }];
    const ratio = Number(args.ratio);
    const strict = args.strict === true;
    const lhs = count.n * 1e6;
    const rhs = Math.round(ratio * 1e6) * members.n;
    if (strict ? lhs > rhs : lhs >= rhs) return MET;
    return [
      {
        code: R.SHARE_TOO_LOW,
        status: 'ineligible',
        cell,
        params: { field, count: count.n, members: members.n, share: Math.round((count.n / members.n) * 1000) / 10, required: Math.round(ratio * 1000) / 10, strict: strict ? 1 : 0 },
      },
    ];
  },
};

export const memberCountAtLeast: CollectiveCheck = {
  subject: 'collective',
  emits: [R.DATA_MISSING, R.VALUE_UNREADABLE, R.COUNT_TOO_LOW],
  run: (c, args) => {
    const field = String(args.field) as CountField;
    const count = readCount(c, field);
    if ('outcomes' in count) return count.outcomes;
    const min = Number(args.min);
    return count.n >= min ? MET : [{ code: R.COUNT_TOO_LOW, status: 'ineligible', cell: countOf(c, field).cell, params: { field, count: count.n, required: min } }];
  },
};

/** Nobody disciplined at cảnh cáo or above; an empty cell means none (SPEC §3.6). */
export const noMemberDiscipline: CollectiveCheck = {
  subject: 'collective',
  emits: [R.VALUE_UNREADABLE, R.MEMBERS_DISCIPLINED],
  run: (c) => {
    const { read, cell } = c.disciplined;
    if (read.kind === 'unreadable') return [{ code: R.VALUE_UNREADABLE, status: 'review', cell, params: { field: 'disciplined', text: read.text } }];
    if (read.kind === 'count' && read.n > 0) return [{ code: R.MEMBERS_DISCIPLINED, status: 'ineligible', cell, params: { count: read.n } }];
    return MET;
  },
};

/** The ranked unit a collective stands for: its name, else its `Đơn vị`. */
export function findRankedUnit(c: CollectiveRow, blocs: readonly BlocResult[]): { bloc: BlocResult; unit: UnitResult } | null {
  const keys = [unitMatchKey(c.name), unitMatchKey(c.unit)].filter((k) => k !== '');
  for (const key of keys)
    for (const bloc of blocs)
      for (const unit of bloc.units) if (unitMatchKey(unit.unit) === key || unitMatchKey(unit.unitKey) === key) return { bloc, unit };
  return null;
}

/** Cờ thi đua: the unit must be its bloc's flag proposal (§4.3); a tie for the flag is for the council. */
export const blocFlag: CollectiveCheck = {
  subject: 'collective',
  emits: [R.NOT_BLOC_LEADER, R.FLAG_UNDER_REVIEW, R.UNIT_NOT_RANKED],
  run: (c, _args, ctx) => {
    const found = findRankedUnit(c, ctx.blocs);
    if (!found) return [{ code: R.UNIT_NOT_RANKED, status: 'review', cell: c.nameCell, params: { unit: c.name, blocs: ctx.blocs.length } }];
    const { bloc, unit } = found;
    if (unit.proposal === 'CO_TINH') return MET;
    if (unit.status === 'review') return [{ code: R.FLAG_UNDER_REVIEW, status: 'review', cell: c.awardCell, params: { unit: unit.unit, bloc: bloc.name, rank: unit.rank } }];
    return [
      {
        code: R.NOT_BLOC_LEADER,
        status: 'ineligible',
        cell: c.awardCell,
        params: { unit: unit.unit, bloc: bloc.name, rank: unit.rank, proposal: unit.proposal ?? '', vetoed: unit.vetoed ? 1 : 0 },
      },
    ];
  },
};

/** Cờ thi đua của Chính phủ: only units in the `govFlagUnits` parameter; otherwise the council decides. */
export const govFlagList: CollectiveCheck = {
  subject: 'collective',
  emits: [R.GOV_FLAG_NOT_LISTED],
  run: (c, _args, ctx) => {
    const allowed = new Set(ctx.params.govFlagUnits.map(unitMatchKey));
    if (allowed.has(unitMatchKey(c.name)) || (c.unit !== '' && allowed.has(unitMatchKey(c.unit)))) return MET;
    return [{ code: R.GOV_FLAG_NOT_LISTED, status: 'review', cell: c.awardCell, params: { unit: c.name, listed: ctx.params.govFlagUnits.length } }];
  },
};

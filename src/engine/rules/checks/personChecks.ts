/**
 * Checks on a person's own data for the current period: rating, discipline, months of service, leave
 * days, votes. Each returns the reasons a condition is not met (empty = met).
 */
import { meetsThreshold } from '../../settings/params';
import type { Rating, RatingRead } from '../../nominations/vocab/ratings';
import { RATING_RANK } from '../../nominations/vocab/ratings';
import type { Located } from '../../nominations/types';
import type { FindingParams } from '../../findings/types';
import type { IndividualCheck, Outcome } from '../types';
import { R } from '../reasonCodes';
import { MET } from './met';
import { ParamsTable } from './sharedParams';

const RATING_MISSING = Object.freeze({ field: 'rating' });
const BELOW = new ParamsTable();
const DISCIPLINED = new ParamsTable();
const SHORT = new ParamsTable();
const LONG = new ParamsTable();

/** Shared by the individual and collective rating conditions. */
export function ratingOutcomes(r: Located<RatingRead>, min: Rating): readonly Outcome[] {
  const v = r.read;
  switch (v.kind) {
    case 'empty':
      return [{ code: R.DATA_MISSING, status: 'review', cell: r.cell, params: RATING_MISSING }];
    case 'unknown':
      return [{ code: R.VALUE_UNREADABLE, status: 'review', cell: r.cell, params: { field: 'rating', text: v.text } }];
    case 'none':
      return [{ code: R.RATING_BELOW, status: 'ineligible', cell: r.cell, params: ratingBelow(min, 'NONE') }];
    case 'rating':
      return RATING_RANK[v.rating] >= RATING_RANK[min] ? MET : [{ code: R.RATING_BELOW, status: 'ineligible', cell: r.cell, params: ratingBelow(min, v.rating) }];
  }
}

function ratingBelow(required: Rating, actual: string): FindingParams {
  return BELOW.find(required, actual) ?? BELOW.keep({ required, actual }, required, actual);
}

export const ratingAtLeast: IndividualCheck = {
  subject: 'individual',
  reads: 'rating',
  emits: [R.DATA_MISSING, R.VALUE_UNREADABLE, R.RATING_BELOW],
  run: (p, args) => ratingOutcomes(p.rating, String(args.min) as Rating),
};

export const noDiscipline: IndividualCheck = {
  subject: 'individual',
  reads: 'discipline',
  emits: [R.DISCIPLINED, R.VALUE_UNREADABLE],
  run: (p) => {
    const d = p.discipline.read;
    if (d.kind === 'discipline') return [{ code: R.DISCIPLINED, status: 'ineligible', cell: p.discipline.cell, params: DISCIPLINED.find(d.label) ?? DISCIPLINED.keep({ measure: d.label }, d.label) }];
    if (d.kind === 'unknown') return [{ code: R.VALUE_UNREADABLE, status: 'review', cell: p.discipline.cell, params: { field: 'discipline', text: d.text } }];
    return MET;
  },
};

/** Only when the months are known (SPEC §4.4 "when known"): an unknown start date is not a reason. */
export const minService: IndividualCheck = {
  subject: 'individual',
  reads: 'service',
  emits: [R.SERVICE_TOO_SHORT, R.VALUE_UNREADABLE],
  run: (p, _args, ctx) => {
    const s = p.service.read;
    if (s.kind === 'unreadable') return [{ code: R.VALUE_UNREADABLE, status: 'review', cell: p.service.cell, params: { field: 'service', text: s.text } }];
    if (s.kind === 'months' && s.months < ctx.params.minServiceMonths)
      return [{ code: R.SERVICE_TOO_SHORT, status: 'ineligible', cell: p.service.cell, params: serviceTooShort(s.months, ctx.params.minServiceMonths) }];
    return MET;
  },
};

function serviceTooShort(months: number, min: number): FindingParams {
  return SHORT.find(months, min) ?? SHORT.keep({ months, min }, months, min);
}

/** Non-maternity leave of `Số ngày nghỉ tối đa` days or more, with the configured severity. */
export const maxLeave: IndividualCheck = {
  subject: 'individual',
  reads: 'leave',
  emits: [R.LEAVE_TOO_LONG, R.VALUE_UNREADABLE],
  run: (p, _args, ctx) => {
    const l = p.leave.read;
    if (l.kind === 'unreadable') return [{ code: R.VALUE_UNREADABLE, status: 'review', cell: p.leave.cell, params: { field: 'leave', text: l.text } }];
    if (l.kind !== 'days' || l.maternity || ctx.params.leaveSeverity === 'ignore') return MET;
    if (l.days < ctx.params.maxLeaveDays) return MET;
    const status = ctx.params.leaveSeverity === 'error' ? 'ineligible' : 'review';
    return [{ code: R.LEAVE_TOO_LONG, status, cell: p.leave.cell, params: leaveTooLong(l.days, ctx.params.maxLeaveDays) }];
  },
};

function leaveTooLong(days: number, max: number): FindingParams {
  return LONG.find(days, max) ?? LONG.keep({ days, max }, days, max);
}

/** Votes of the council when the votes sheet holds person votes (SPEC §4.4: "when votes exist"). */
export const personVotes: IndividualCheck = {
  subject: 'individual',
  emits: [R.VOTES_BELOW, R.VOTES_MISSING],
  run: (p, _args, ctx) => {
    const t = ctx.params.personVoteThreshold;
    const threshold = Math.round(t.ratio * 1000) / 10;
    const v = ctx.votes[0];
    if (!v) return ctx.personVotesExist ? [{ code: R.VOTES_MISSING, status: 'review', cell: p.nameCell, params: { threshold, strict: t.strict ? 1 : 0 } }] : [];
    if (meetsThreshold(v.votesFor, v.total, t)) return MET;
    return [
      {
        code: R.VOTES_BELOW,
        status: 'ineligible',
        cell: p.nameCell,
        params: { votesFor: v.votesFor, total: v.total, share: Math.round(v.share * 1000) / 10, threshold, strict: t.strict ? 1 : 0, voteCell: `${v.sheet}!${v.cell}` },
      },
    ];
  },
};

/**
 * Conditions on earlier periods (SPEC §4.4): titles held, ratings in a row, an earlier Bằng khen, and the
 * same person's nomination for a prerequisite title this period. Missing history is `review`
 * (HISTORY_MISSING), never `ineligible`.
 */
import type { AwardCode } from '../../nominations/vocab/awards';
import type { Rating } from '../../nominations/vocab/ratings';
import type { PersonRow } from '../../nominations/types';
import type { IndividualCheck, Outcome, RuleContext } from '../types';
import { R } from '../reasonCodes';
import { MET } from './met';
import { and3, or3, type Tri } from './tri';
import { periodsWith, ratingAt, titleAt } from './historyFacts';
import { ratingOutcomes } from './personChecks';
import { historyMissing, historyNotMet } from './historyParams';

function noPeriod(p: PersonRow, what: string): Outcome[] {
  return [{ code: R.HISTORY_MISSING, status: 'review', cell: p.nameCell, params: { what, period: '' } }];
}

/** Outcomes for the periods `from` down to `from − count + 1`, which must all hold `award`. */
function titleOutcomes(p: PersonRow, award: AwardCode, from: number, count: number, ctx: RuleContext): { tri: Tri; outcomes: Outcome[] } {
  const kind = ctx.frame!.kind;
  const outcomes: Outcome[] = [];
  let tri: Tri = 'yes';
  for (let key = from; key > from - count; key--) {
    const t = titleAt(p.history, key, award);
    if (t.tri === 'yes') continue;
    if (t.tri === 'unknown') outcomes.push({ code: R.HISTORY_MISSING, status: 'review', cell: t.cell ?? p.nameCell, params: historyMissing(award, key, kind) });
    else outcomes.push({ code: R.HISTORY_NOT_MET, status: 'ineligible', cell: t.cell ?? p.nameCell, params: historyNotMet(award, key, kind, t.found ?? 'NONE') });
    tri = and3(tri, t.tri);
  }
  return { tri, outcomes };
}

/** The title (or a higher one) in each of the `periods` periods before this one. */
export const titleInPrevious: IndividualCheck = {
  subject: 'individual',
  emits: [R.HISTORY_MISSING, R.HISTORY_NOT_MET],
  run: (p, args, ctx) => {
    const award = String(args.award) as AwardCode;
    if (!ctx.frame) return noPeriod(p, award);
    const r = titleOutcomes(p, award, ctx.frame.key - 1, Number(args.periods), ctx);
    if (r.tri === 'yes') return MET;
    // Facts that fail win over missing ones: one failed period settles it.
    return r.tri === 'no' ? r.outcomes.filter((o) => o.status === 'ineligible') : r.outcomes;
  },
};

/** The current period counts when the same person's nomination for `award` here is eligible. */
function currentTitle(p: PersonRow, award: AwardCode, ctx: RuleContext): Tri {
  const peer = ctx.peer(award);
  if (peer) return peer.status === 'eligible' ? 'yes' : peer.status === 'ineligible' ? 'no' : 'unknown';
  const h = titleAt(p.history, ctx.frame!.key, award);
  return h.tri === 'yes' ? 'yes' : 'no';
}

/**
 * `award` in the two periods before this one, or in this one and the previous (CSTĐ toàn quốc:
 * "02 lần liên tục" CSTĐ tỉnh, the second possibly decided in this same round).
 */
export const titleRecentStreak: IndividualCheck = {
  subject: 'individual',
  emits: [R.HISTORY_MISSING, R.HISTORY_NOT_MET, R.REQUIRES_AWARD_PENDING],
  dependsOn: (args) => [String(args.award) as AwardCode],
  run: (p, args, ctx) => {
    const award = String(args.award) as AwardCode;
    if (!ctx.frame) return noPeriod(p, award);
    const c = ctx.frame.key;
    const prev = titleOutcomes(p, award, c - 1, 1, ctx);
    const before = titleOutcomes(p, award, c - 2, 1, ctx);
    const now = currentTitle(p, award, ctx);
    const tri = or3(and3(prev.tri, before.tri), and3(now, prev.tri));
    if (tri === 'yes') return MET;
    const wanted = tri === 'no' ? 'ineligible' : 'review';
    const outcomes = [...prev.outcomes, ...before.outcomes].filter((o) => o.status === wanted);
    if (outcomes.length > 0) return outcomes;
    // Only this period's decision is open: the same person's nomination for `award` is under review.
    const peer = ctx.peer(award);
    return [{ code: R.REQUIRES_AWARD_PENDING, status: 'review', cell: p.awardCell, params: { award, row: peer?.row ?? 0, sheet: peer?.sheet ?? '' } }];
  },
};

/** The same person's nomination for `award` in this list must be eligible (CSTĐ tỉnh needs this period's CSTĐCS). */
export const samePeriodAward: IndividualCheck = {
  subject: 'individual',
  emits: [R.REQUIRES_AWARD_FAILED, R.REQUIRES_AWARD_PENDING],
  dependsOn: (args) => [String(args.award) as AwardCode],
  run: (p, args, ctx) => {
    const award = String(args.award) as AwardCode;
    const peer = ctx.peer(award);
    if (peer?.status === 'eligible') return MET;
    if (peer?.status === 'ineligible') return [{ code: R.REQUIRES_AWARD_FAILED, status: 'ineligible', cell: p.awardCell, params: { award, row: peer.row, sheet: peer.sheet } }];
    if (peer) return [{ code: R.REQUIRES_AWARD_PENDING, status: 'review', cell: p.awardCell, params: { award, row: peer.row, sheet: peer.sheet } }];
    if (ctx.frame && titleAt(p.history, ctx.frame.key, award).tri === 'yes') return MET;
    return [{ code: R.REQUIRES_AWARD_PENDING, status: 'review', cell: p.awardCell, params: { award, row: 0, sheet: '' } }];
  },
};

/** `min` rating this period and in each of the `count − 1` periods before. */
export const ratingStreak: IndividualCheck = {
  subject: 'individual',
  emits: [R.DATA_MISSING, R.VALUE_UNREADABLE, R.RATING_BELOW, R.HISTORY_MISSING, R.HISTORY_NOT_MET],
  run: (p, args, ctx) => {
    const min = String(args.min) as Rating;
    const count = Number(args.count);
    const current = ratingOutcomes(p.rating, min);
    if (current.some((o) => o.status === 'ineligible')) return current;
    if (!ctx.frame) return [...current, ...noPeriod(p, `rating:${min}`)];
    const outcomes: Outcome[] = [...current];
    for (let i = 1; i < count; i++) {
      const key = ctx.frame.key - i;
      const r = ratingAt(p.history, key, min);
      if (r.tri === 'no') return [{ code: R.HISTORY_NOT_MET, status: 'ineligible', cell: r.cell ?? p.nameCell, params: historyNotMet(`rating:${min}`, key, ctx.frame.kind, r.found ?? 'NONE') }];
      if (r.tri === 'unknown') outcomes.push({ code: R.HISTORY_MISSING, status: 'review', cell: r.cell ?? p.nameCell, params: historyMissing(`rating:${min}`, key, ctx.frame.kind) });
    }
    return outcomes;
  },
};

/**
 * An earlier Bằng khen (one of `awards`) followed by at least `gap` periods up to this one
 * (BK Thủ tướng: "đã được tặng Bằng khen cấp bộ, tỉnh, 05 năm tiếp theo liên tục…").
 */
export const priorMerit: IndividualCheck = {
  subject: 'individual',
  emits: [R.HISTORY_MISSING, R.PRIOR_MERIT_TOO_RECENT],
  run: (p, args, ctx) => {
    const awards = (args.awards as readonly string[]) as readonly AwardCode[];
    const what = awards.join('|');
    if (!ctx.frame) return noPeriod(p, what);
    const gap = Number(args.gap);
    const found = periodsWith(p.history, awards);
    if (found.some((f) => f.key <= ctx.frame!.key - gap)) return MET;
    const recent = found[0];
    if (recent)
      return [{ code: R.PRIOR_MERIT_TOO_RECENT, status: 'ineligible', cell: recent.cell ?? p.nameCell, params: { award: recent.award, period: recent.key, kind: ctx.frame.kind, gap } }];
    return [{ code: R.HISTORY_MISSING, status: 'review', cell: p.nameCell, params: { what, period: 'any', kind: ctx.frame.kind } }];
  },
};

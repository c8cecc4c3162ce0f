/**
 * Proposals per bloc (SPEC §4.3). Source: Luật Thi đua, khen thưởng số 06/2022/QH15 and its implementing
 * texts — the Cờ thi đua of a ministry/province goes to the collective "dẫn đầu phong trào thi đua" of its
 * cụm/khối thi đua, after the bloc's bình xét and suy tôn; the parameters (§6) carry the local numbers.
 * - Cờ thi đua (CO_TINH): the top `flagCount` ranked units without veto, classified at least
 *   `flagMinClass` and, when the bloc has votes, above `unitVoteThreshold`. Units tied for the last flag
 *   place are all 'review' ("cần hiệp thương"): never a silent pick.
 * - Bằng khen (BANG_KHEN): the next units by rank, at most roundQuota(meritRate × (members − flag places)),
 *   classified at least `meritMinClass`, no veto. A tie for the last merit place is 'review' too.
 * - When the flag goes to review among k tied units for p places, k − p of them will fall back to merit
 *   after the consultation: those merit places are reserved (not given to units further down).
 * - A unit whose scores hold invalid cells, or whose flag vote is missing, still takes its place but is
 *   'review' (its number cannot be trusted / the vote is not known).
 * - Vetoed units keep rank and total, get status 'vetoed' and no proposal.
 */
import type { Classification, Params } from '../settings/params';
import { roundQuota } from '../settings/params';
import type { ProposalCode, ProposalStatus, UnitNote } from '../model';
import { atLeast, classRank } from '../ranking/classify';

/** 'none': no vote applies; 'missing': the bloc has votes but not for this unit. */
export type VoteState = 'none' | 'pass' | 'fail' | 'missing';

export interface ProposalInput {
  readonly name: string;
  readonly rank: number;
  readonly classification: Classification;
  readonly vetoed: boolean;
  readonly invalid: boolean;
  readonly flagVote: VoteState;
  readonly meritVote: VoteState;
}

export interface ProposalOutcome {
  proposal: ProposalCode | null;
  status: ProposalStatus;
  readonly notes: UnitNote[];
}

type BlocProposalParams = Pick<Params, 'flagCount' | 'flagMinClass' | 'meritRate' | 'meritMinClass' | 'rounding'>;

/**
 * Consecutive runs of equal rank among the candidates (indexes into `units`; `candidate[i]` is 1 for one).
 * The candidates come as flags rather than a test per unit: no call per unit, and one small loop for both
 * the flag and the merit runs.
 */
function rankGroups(units: readonly ProposalInput[], candidate: Uint8Array): number[][] {
  const groups: number[][] = [];
  for (let i = 0; i < units.length; i++) {
    if (candidate[i] === 0) continue;
    const last = groups[groups.length - 1];
    if (last && units[last[0]!]!.rank === units[i]!.rank) last.push(i);
    else groups.push([i]);
  }
  return groups;
}

const othersOf = (units: readonly ProposalInput[], group: readonly number[], i: number): string =>
  group
    .filter((j) => j !== i)
    .map((j) => units[j]!.name)
    .join(', ');

/** `units` in rank order. */
export function proposeBloc(units: readonly ProposalInput[], params: BlocProposalParams): { outcomes: ProposalOutcome[]; meritLimit: number; flagPlaces: number } {
  const out: ProposalOutcome[] = units.map((u) => ({ proposal: null, status: u.vetoed ? 'vetoed' : 'none', notes: [] }));

  let taken = 0;
  let reservedMerit = 0;
  // Candidates for the flag: no veto, classified high enough, no failed vote.
  const candidate = new Uint8Array(units.length);
  const flagMin = classRank(params.flagMinClass);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!u.vetoed && classRank(u.classification) <= flagMin && u.flagVote !== 'fail') candidate[i] = 1;
  }
  const flagGroups = rankGroups(units, candidate);
  for (const group of flagGroups) {
    const remaining = params.flagCount - taken;
    if (remaining <= 0) break;
    if (group.length <= remaining) {
      for (const i of group) {
        const u = units[i]!;
        if (u.invalid) out[i]!.status = 'review';
        else if (u.flagVote === 'missing') {
          out[i]!.status = 'review';
          out[i]!.notes.push({ code: 'NOTE_VOTE_MISSING', params: {} });
        } else {
          out[i]!.status = 'proposed';
          out[i]!.proposal = 'CO_TINH';
        }
      }
      taken += group.length;
      continue;
    }
    for (const i of group) {
      out[i]!.status = 'review';
      out[i]!.notes.push({ code: 'NOTE_FLAG_TIE', params: { others: othersOf(units, group, i), places: remaining } });
    }
    if (atLeast(units[group[0]!]!.classification, params.meritMinClass)) reservedMerit = group.length - remaining;
    taken = params.flagCount;
    break;
  }
  if (taken === 0) {
    const top = units.findIndex((u) => !u.vetoed);
    if (top >= 0 && !atLeast(units[top]!.classification, params.flagMinClass))
      out[top]!.notes.push({ code: 'NOTE_FLAG_CLASS_TOO_LOW', params: { classification: units[top]!.classification, min: params.flagMinClass } });
  }

  const members = units.length;
  const meritLimit = roundQuota(params.meritRate * Math.max(0, members - taken), params.rounding);
  let places = Math.max(0, meritLimit - reservedMerit);
  // Candidates for merit: still without an outcome, classified high enough, no failed vote.
  const meritMin = classRank(params.meritMinClass);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    candidate[i] = out[i]!.status === 'none' && classRank(u.classification) <= meritMin && u.meritVote !== 'fail' ? 1 : 0;
  }
  const meritGroups = rankGroups(units, candidate);
  for (const group of meritGroups) {
    if (places <= 0) break;
    if (group.length <= places) {
      for (const i of group) {
        if (units[i]!.invalid) out[i]!.status = 'review';
        else {
          out[i]!.status = 'proposed';
          out[i]!.proposal = 'BANG_KHEN';
        }
      }
      places -= group.length;
      continue;
    }
    for (const i of group) {
      out[i]!.status = 'review';
      out[i]!.notes.push({ code: 'NOTE_MERIT_TIE', params: { others: othersOf(units, group, i), places } });
    }
    places = 0;
  }
  return { outcomes: out, meritLimit, flagPlaces: taken };
}

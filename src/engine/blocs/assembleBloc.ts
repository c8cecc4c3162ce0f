/**
 * Turns a bloc's computed units into its BlocResult: ranking (§4.2), classification, proposals (§4.3)
 * and the notes each unit carries into the XH sheet (ties, veto, gap, self score used, invalid cells,
 * votes).
 */
import type { BlocPhase, BlocResult, CriteriaTable, UnitNote, UnitPhaseScore, UnitResult, VoteResult } from '../model';
import type { Params } from '../settings/params';
import { meetsThreshold } from '../settings/params';
import { rankUnits } from '../ranking/rankUnits';
import { classify } from '../ranking/classify';
import { proposeBloc, type ProposalInput, type VoteState } from './proposals';
import type { UnitScore } from '../scoring/computeUnit';
import type { UnitInput } from '../scoring/types';
import type { UnitVotes } from '../votes/matchVotes';

export interface ScoredUnit {
  readonly sheet: string;
  readonly input: UnitInput;
  readonly score: UnitScore;
  /** For a bloc scored in phases (../phases): each phase's total, the phases missing, their notes. */
  readonly phases?: readonly UnitPhaseScore[];
  readonly missingPhases?: readonly number[];
  readonly extraNotes?: readonly UnitNote[];
}

export interface BlocInput {
  readonly name: string;
  readonly sheets: readonly string[];
  readonly criteria: CriteriaTable;
  readonly units: readonly ScoredUnit[];
  /** Votes per unit key; `hasVotes` says the votes sheet covers this bloc. */
  readonly votes: ReadonlyMap<string, UnitVotes>;
  readonly hasVotes: boolean;
  readonly phases?: readonly BlocPhase[] | null;
}

function voteState(v: VoteResult | null, applies: boolean, params: Params): VoteState {
  if (!v) return applies ? 'missing' : 'none';
  return meetsThreshold(v.votesFor, v.total, params.unitVoteThreshold) ? 'pass' : 'fail';
}

function voteNote(v: VoteResult, title: 'CO_TINH' | 'BANG_KHEN', params: Params): UnitNote {
  const t = params.unitVoteThreshold;
  return {
    code: 'NOTE_VOTE_BELOW',
    params: { title, votesFor: v.votesFor, total: v.total, percent: Math.round(v.share * 10000) / 100, threshold: Math.round(t.ratio * 10000) / 100, strict: t.strict ? 1 : 0 },
  };
}

/** Notes from the computation, in the order the XH sheet shows them. */
function scoreNotes(s: UnitScore): UnitNote[] {
  const notes: UnitNote[] = [];
  if (s.vetoed) notes.push({ code: 'NOTE_VETO', params: { codes: s.vetoCodes.join(', ') } });
  if (s.gap !== null && s.selfTotal !== null) notes.push({ code: 'NOTE_GAP', params: { self: s.selfTotal, bloc: s.total, gap: s.gap } });
  if (s.selfUsed) notes.push({ code: 'NOTE_SELF_USED', params: { count: s.selfUsed } });
  if (s.invalidCells.length) notes.push({ code: 'NOTE_SCORE_INVALID', params: { cells: s.invalidCells.slice(0, 5).join(', '), count: s.invalidCells.length } });
  return notes;
}

export function assembleBloc(input: BlocInput, params: Params): BlocResult {
  const scale = input.criteria.scale;
  // What the ranking reads, and the unit; the rest of the score is read from the unit.
  const rankable = input.units.map((u) => {
    const s = u.score;
    return { name: u.input.name, total: s.total, base: s.base, bonus: s.bonus, deduction: s.deduction, selfTotal: s.selfTotal, u };
  });
  const ranking = rankUnits(rankable, params.tieBreaks);
  const proposalInputs: ProposalInput[] = [];
  const votes: (UnitVotes | undefined)[] = [];
  ranking.order.forEach((r, i) => {
    const v = input.votes.get(r.u.input.key);
    votes.push(v);
    proposalInputs.push({
      name: r.name,
      rank: ranking.ranks[i]!,
      classification: classify(r.total, scale, params.bands),
      vetoed: r.u.score.vetoed,
      // A unit missing a phase takes its place, provisionally: never a proposal before the data is complete.
      invalid: r.u.score.invalidCells.length > 0 || (r.u.missingPhases?.length ?? 0) > 0,
      flagVote: voteState(v?.flag ?? null, input.hasVotes, params),
      meritVote: voteState(v?.merit ?? null, false, params),
    });
  });
  const { outcomes, meritLimit } = proposeBloc(proposalInputs, params);
  const units: UnitResult[] = ranking.order.map((r, i) => {
    const p = proposalInputs[i]!;
    const o = outcomes[i]!;
    const v = votes[i];
    const notes = scoreNotes(r.u.score);
    const tieNotes = ranking.notes.get(r);
    if (tieNotes) notes.unshift(...tieNotes);
    if (r.u.extraNotes) notes.push(...r.u.extraNotes);
    const phaseMissing = (r.u.missingPhases?.length ?? 0) > 0;
    if (p.flagVote === 'fail' && v?.flag) notes.push(voteNote(v.flag, 'CO_TINH', params));
    if (p.meritVote === 'fail' && v?.merit) notes.push(voteNote(v.merit, 'BANG_KHEN', params));
    notes.push(...o.notes);
    const s = r.u.score;
    const result: UnitResult = {
      unit: r.u.input.name,
      unitKey: r.u.input.key,
      groups: s.groups,
      selfTotal: s.selfTotal,
      base: s.base,
      bonus: s.bonus,
      deduction: s.deduction,
      total: s.total,
      vetoed: s.vetoed,
      rank: p.rank,
      classification: p.classification,
      proposal: o.proposal,
      status: phaseMissing && o.status === 'none' ? 'review' : o.status,
      notes,
      votes: v?.flag ?? v?.merit ?? null,
      source: { sheet: r.u.sheet, col: r.u.input.scoreCol, selfCol: r.u.input.selfCol },
    };
    return r.u.phases ? { ...result, phases: r.u.phases } : result;
  });
  return {
    name: input.name,
    sheets: input.sheets,
    criteria: input.criteria,
    scale,
    units,
    hasSelfAndBloc: input.units.some((u) => u.input.hasSelf && u.input.hasBloc),
    meritLimit,
    ...(input.phases ? { phases: input.phases } : {}),
  };
}

/**
 * A quota applied at the end of the layer of the title it caps (SPEC §4.4): the base (rows nominated for
 * one of its base titles, with their status against the base rule), the candidates (the capped title's
 * drafts, their status before the quota kept), and the reasons of the nominations over the limit.
 */
import type { NominationStatus, QuotaResult } from '../model';
import type { Params } from '../settings/params';
import type { FindingSink } from '../findings/types';
import type { AwardRule, QuotaRule, RuleSet } from '../rules/types';
import { ruleFor, Sourced, statusOf } from '../rules/evaluate';
import { R } from '../rules/reasonCodes';
import { applyQuota, scopeOf, type BaseMember, type QuotaCandidate, type QuotaCut } from '../quotas/cstdcsQuota';
import type { PersonRow } from './types';
import type { AwardCode } from './vocab/awards';
import type { Draft } from './draft';
import type { DraftJudge } from './draftJudge';

/** What the quotas of an analysis read and share. */
export interface QuotaInputs {
  readonly rows: readonly PersonRow[];
  /** Each row's person number (./duplicates `personOf`): the base counts distinct people by it. */
  readonly personOf: Int32Array;
  readonly set: RuleSet;
  readonly params: Params;
  readonly judge: DraftJudge;
  readonly drafts: readonly Draft[];
  /** Row `i`'s drafts are `firstDraft[i]` up to `firstDraft[i + 1]`. */
  readonly firstDraft: Int32Array;
  /** Each row's status against a base rule once known (by row index), shared by the quotas. */
  readonly baseStatus: (NominationStatus | undefined)[];
  readonly scopes: ScopeCache;
}

/**
 * Applies quota `q` to `capped`, every draft of its title in list order: its results, a finding per
 * uncertain base, a reason on each nomination cut.
 */
export function applyLayerQuota(q: QuotaRule, capped: readonly Draft[], inputs: QuotaInputs, sink: FindingSink): QuotaResult[] {
  const base = quotaBase(q, inputs);
  const res = applyQuota(q.award, base, quotaCandidates(capped, inputs.scopes), inputs.params);
  for (const u of res.uncertain) sink.info('QUOTA_BASE_UNCERTAIN', {}, { scope: u.scope, count: u.count, award: q.award });
  for (const cut of res.cuts) addCut(capped[cut.id]!, cut, q.source, inputs.params);
  return res.quotas;
}

/** Quota scopes by unit text (`unitKey` follows from it): one object per unit, not per row. */
export class ScopeCache {
  private readonly byUnit = new Map<string, { scopeKey: string; scopeName: string }>();
  // Rows of a unit follow each other: the last unit asked is most often the next one.
  private lastUnit: string | null = null;
  private last = { scopeKey: '', scopeName: '' };

  constructor(private readonly params: Params) {}

  of(p: PersonRow): { scopeKey: string; scopeName: string } {
    if (p.unit === this.lastUnit) return this.last;
    let scope = this.byUnit.get(p.unit);
    if (scope === undefined) this.byUnit.set(p.unit, (scope = scopeOf(this.params, p.unitKey, p.unit)));
    this.lastUnit = p.unit;
    this.last = scope;
    return scope;
  }
}

/** The rows (with a unit) nominated for one of the quota's base titles, with their status against its base rule. */
function quotaBase(q: QuotaRule, inputs: QuotaInputs): BaseMember[] {
  const baseRule = ruleFor(inputs.set, q.baseRule);
  const baseAwards = new Set<AwardCode>(q.baseAwards);
  const rows = inputs.rows;
  const base: BaseMember[] = [];
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    if (p.unit !== '' && hasAny(p, baseAwards)) base.push(baseMember(p, i, baseRule, q.baseRule, inputs));
  }
  return base;
}

function hasAny(p: PersonRow, awards: ReadonlySet<AwardCode>): boolean {
  const list = p.awards;
  for (let i = 0; i < list.length; i++) if (awards.has(list[i]!.code)) return true;
  return false;
}

function baseMember(p: PersonRow, i: number, baseRule: AwardRule | undefined, award: AwardCode, inputs: QuotaInputs): BaseMember {
  let status = inputs.baseStatus[i];
  if (status === undefined && baseRule) {
    // A row's own nomination for the base title, judged without votes, is the judgement the base needs.
    status = inputs.baseStatus[i] = judgedFor(inputs.drafts, inputs.firstDraft, i, award) ?? inputs.judge.status(baseRule, p, i);
  }
  const scope = inputs.scopes.of(p);
  return new Member(inputs.personOf[i]!, scope.scopeKey, scope.scopeName, status ?? 'review');
}

// Records made by the thousand are class instances: no object literal whose allocation site may switch
// to old space while the loop making them is being compiled.

class Member implements BaseMember {
  constructor(
    readonly person: number,
    readonly scopeKey: string,
    readonly scopeName: string,
    readonly status: NominationStatus,
  ) {}
}

/** A candidate; `voteShare` undefined without votes. */
class Candidate implements QuotaCandidate {
  constructor(
    readonly id: number,
    readonly scopeKey: string,
    readonly scopeName: string,
    readonly status: NominationStatus,
    readonly voteShare: number | undefined,
  ) {}
}

/** The `judged` status of row `i`'s first draft for `award`, if it has one. */
function judgedFor(drafts: readonly Draft[], firstDraft: Int32Array, i: number, award: AwardCode): NominationStatus | undefined {
  for (let k = firstDraft[i]!; k < firstDraft[i + 1]!; k++) {
    const d = drafts[k]!;
    if (d.award === award) return d.judged;
  }
  return undefined;
}

/** The nominations for the capped award with a unit (ids: their index in `capped`), their status before the quota kept on the draft. */
function quotaCandidates(capped: readonly Draft[], scopes: ScopeCache): QuotaCandidate[] {
  const candidates: QuotaCandidate[] = [];
  for (let id = 0; id < capped.length; id++) {
    const d = capped[id]!;
    if (d.person.unit !== '') candidates.push(candidate(d, id, scopes));
  }
  return candidates;
}

function candidate(d: Draft, id: number, scopes: ScopeCache): QuotaCandidate {
  const status = (d.preQuota = statusOf(d.outcomes));
  const scope = scopes.of(d.person);
  return new Candidate(id, scope.scopeKey, scope.scopeName, status, d.votes.length > 0 ? d.votes[0]!.share : undefined);
}

function addCut(d: Draft, cut: QuotaCut, source: string, params: Params): void {
  const share = d.votes[0]?.share;
  const quotaParams = {
    scope: cut.scope,
    base: cut.base,
    limit: cut.limit,
    count: cut.count,
    rate: Math.round(params.cstdcsRate * 1000) / 10,
    ...(cut.voteRank !== undefined ? { voteRank: cut.voteRank, voted: cut.voted!, share: Math.round(share! * 1000) / 10 } : {}),
  };
  d.add(new Sourced(R.QUOTA_EXCEEDED, 'review', d.person.awardCell, quotaParams, source));
}

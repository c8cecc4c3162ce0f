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
import { applyQuotaColumns, baseStatusCode, BASE_REVIEW, scopeOf, type BaseColumns, type QuotaCut, type ScopedCandidate } from '../quotas/cstdcsQuota';
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
  // Candidates before the scope count: a candidate's unit may be a scope no base member has.
  const candidates = quotaCandidates(capped, inputs.scopes);
  const res = applyQuotaColumns(q.award, inputs.scopes.count, base, candidates, inputs.params);
  // Indexed loops: this runs once per analysis, mostly before it is compiled.
  for (let i = 0; i < res.uncertain.length; i++) sink.info('QUOTA_BASE_UNCERTAIN', {}, { scope: res.uncertain[i]!.scope, count: res.uncertain[i]!.count, award: q.award });
  for (let i = 0; i < res.cuts.length; i++) addCut(capped[res.cuts[i]!.id]!, res.cuts[i]!, q.source, inputs.params);
  return res.quotas;
}

/** A unit's quota scope: its number (by scope key, from 0) and the name results show. */
class Scope {
  constructor(
    readonly index: number,
    readonly name: string,
  ) {}
}

/** Quota scopes by unit text (`unitKey` follows from it): one object per unit, not per row; numbered by scope key. */
export class ScopeCache {
  private readonly byUnit = new Map<string, Scope>();
  private readonly byKey = new Map<string, number>();
  // Rows of a unit follow each other: the last unit asked is most often the next one.
  private lastUnit: string | null = null;
  private last = new Scope(-1, '');

  constructor(private readonly params: Params) {}

  /** Number of scopes met so far (their numbers are below it). */
  get count(): number {
    return this.byKey.size;
  }

  of(p: PersonRow): Scope {
    const unit = p.unit;
    if (unit === this.lastUnit) return this.last;
    let scope = this.byUnit.get(unit);
    if (scope === undefined) this.byUnit.set(unit, (scope = this.made(p.unitKey, unit)));
    this.lastUnit = unit;
    this.last = scope;
    return scope;
  }

  private made(unitKey: string, unit: string): Scope {
    const { scopeKey, scopeName } = scopeOf(this.params, unitKey, unit);
    let index = this.byKey.get(scopeKey);
    if (index === undefined) this.byKey.set(scopeKey, (index = this.byKey.size));
    return new Scope(index, scopeName);
  }
}

/**
 * The rows (with a unit) nominated for one of the quota's base titles, with their status against its
 * base rule, in columns (typed arrays: no object per member).
 */
function quotaBase(q: QuotaRule, inputs: QuotaInputs): BaseColumns {
  const baseRule = ruleFor(inputs.set, q.baseRule);
  const baseAwards = new Set<AwardCode>(q.baseAwards);
  const rows = inputs.rows;
  const scope = new Int32Array(rows.length);
  const person = new Int32Array(rows.length);
  const status = new Uint8Array(rows.length);
  let size = 0;
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    if (p.unit === '' || !hasAny(p, baseAwards)) continue;
    scope[size] = inputs.scopes.of(p).index;
    person[size] = inputs.personOf[i]!;
    const s = baseStatus(p, i, baseRule, q.baseRule, inputs);
    status[size++] = s === undefined ? BASE_REVIEW : baseStatusCode(s);
  }
  return { size, scope, person, people: rows.length, status };
}

function hasAny(p: PersonRow, awards: ReadonlySet<AwardCode>): boolean {
  const list = p.awards;
  for (let i = 0; i < list.length; i++) if (awards.has(list[i]!.code)) return true;
  return false;
}

/** Row `i`'s status against the base rule (kept in `inputs.baseStatus`); undefined without a base rule. */
function baseStatus(p: PersonRow, i: number, baseRule: AwardRule | undefined, award: AwardCode, inputs: QuotaInputs): NominationStatus | undefined {
  let status = inputs.baseStatus[i];
  if (status === undefined && baseRule) {
    // A row's own nomination for the base title, judged without votes, is the judgement the base needs.
    status = inputs.baseStatus[i] = judgedFor(inputs.drafts, inputs.firstDraft, i, award) ?? inputs.judge.status(baseRule, p, i);
  }
  return status;
}

// Records made by the thousand are class instances: no object literal whose allocation site may switch
// to old space while the loop making them is being compiled.

/** A candidate; `voteShare` undefined without votes. */
class Candidate implements ScopedCandidate {
  constructor(
    readonly id: number,
    readonly scope: number,
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
function quotaCandidates(capped: readonly Draft[], scopes: ScopeCache): ScopedCandidate[] {
  const candidates: ScopedCandidate[] = [];
  for (let id = 0; id < capped.length; id++) {
    const d = capped[id]!;
    if (d.person.unit !== '') candidates.push(candidate(d, id, scopes));
  }
  return candidates;
}

function candidate(d: Draft, id: number, scopes: ScopeCache): ScopedCandidate {
  const status = (d.preQuota = statusOf(d.outcomes));
  const scope = scopes.of(d.person);
  return new Candidate(id, scope.index, scope.name, status, d.votes.length > 0 ? d.votes[0]!.share : undefined);
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

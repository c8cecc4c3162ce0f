/**
 * The CSTĐCS quota (SPEC §4.4): per unit (or over the whole list, `Phạm vi tính tỷ lệ`), the eligible
 * CSTĐCS nominees may not exceed roundQuota(`Tỷ lệ CSTĐCS` × LĐTT base) with the `Làm tròn` mode, where
 * the base is the distinct people of the scope who meet the LĐTT conditions and are nominated for LĐTT or
 * a higher individual emulation title. Over the quota every eligible CSTĐCS nominee of the scope goes
 * to the council (`review`); the add-in never picks who is cut, it only orders them by vote share.
 */
import type { Params } from '../settings/params';
import { roundQuota } from '../settings/params';
import type { NominationStatus, QuotaResult } from '../model';

export const WHOLE_LIST_SCOPE = 'Toàn danh sách';

export interface QuotaCut {
  readonly id: number;
  readonly scope: string;
  readonly base: number;
  readonly limit: number;
  readonly count: number;
  /** 1-based place by vote share among the scope's candidates with votes; absent without votes. */
  readonly voteRank?: number;
  readonly voted?: number;
}

export interface QuotaOutcome {
  readonly quotas: QuotaResult[];
  readonly cuts: QuotaCut[];
  /** Scopes whose base may grow: people nominated whose LĐTT conditions are still under review. */
  readonly uncertain: { readonly scope: string; readonly count: number }[];
}

export function scopeOf(params: Params, unitKey: string, unitName: string): { scopeKey: string; scopeName: string } {
  return params.quotaScope === 'list' ? { scopeKey: '*', scopeName: WHOLE_LIST_SCOPE } : { scopeKey: unitKey, scopeName: unitName };
}

export function quotaLimit(base: number, params: Params): number {
  return roundQuota(params.cstdcsRate * base, params.rounding);
}

/** A base member's status as a number (`BaseColumns.status`). */
export const BASE_ELIGIBLE = 0;
export const BASE_REVIEW = 1;
export const BASE_INELIGIBLE = 2;

export function baseStatusCode(s: NominationStatus): number {
  return s === 'eligible' ? BASE_ELIGIBLE : s === 'review' ? BASE_REVIEW : BASE_INELIGIBLE;
}

/**
 * The base in columns, member `k` < `size` being person `person[k]` in scope `scope[k]` with status
 * `status[k]` (`BASE_…`): a base of 50,000 rows is three typed arrays, not 50,000 objects.
 */
export interface BaseColumns {
  readonly size: number;
  /** Scope numbers, from 0: the same numbering as the candidates'. */
  readonly scope: Int32Array;
  /** Person numbers, from 0 and below `people`: two members are one person exactly when these are equal. */
  readonly person: Int32Array;
  readonly people: number;
  readonly status: Uint8Array;
}

/** A candidate whose scope is a number (the base's numbering); `scopeName` is what results show. */
export interface ScopedCandidate {
  readonly id: number;
  readonly scope: number;
  readonly scopeName: string;
  readonly status: NominationStatus;
  readonly voteShare: number | undefined;
}

/** 1-based place of each vote share, highest first; equal shares share a place (1, 1, 3). */
function votePlaces(shares: readonly number[]): Map<number, number> {
  const sorted = [...shares].sort((a, b) => b - a);
  const places = new Map<number, number>();
  sorted.forEach((s, i) => {
    if (!places.has(s)) places.set(s, i + 1);
  });
  return places;
}

/** Per scope with candidates: distinct people of the base counted (eligible) and pending (under review only). */
interface BaseCounts {
  readonly counted: Int32Array;
  readonly pending: Int32Array;
}

/**
 * Counts the distinct people of each wanted scope: the members of those scopes grouped by scope (a
 * counting sort, base order kept), then each group read twice with a mark per person (2s+1: counted in
 * scope s, 2s+2: pending in s), so no set is made per scope. One long loop per function: each is
 * compiled on its own, never meeting a loop that has not run yet.
 */
function countBase(base: BaseColumns, scopeCount: number, wanted: Uint8Array): BaseCounts {
  const start = scopeStarts(base, scopeCount, wanted);
  const members = membersByScope(base, scopeCount, wanted, start);
  const mark = new Int32Array(base.people);
  const counted = new Int32Array(scopeCount);
  const pending = new Int32Array(scopeCount);
  for (let s = 0; s < scopeCount; s++) if (start[s]! < start[s + 1]!) countScope(base, members, start, s, mark, counted, pending);
  return { counted, pending };
}

/** Where each wanted scope's members start in the grouped list (`start[s]` up to `start[s + 1]`). */
function scopeStarts(base: BaseColumns, scopeCount: number, wanted: Uint8Array): Int32Array {
  const start = new Int32Array(scopeCount + 1);
  for (let k = 0; k < base.size; k++) {
    const s = base.scope[k]!;
    if (wanted[s] !== 0) start[s + 1]!++;
  }
  for (let s = 0; s < scopeCount; s++) start[s + 1]! += start[s]!;
  return start;
}

/** The members of the wanted scopes (their index in the base), grouped by scope, in base order. */
function membersByScope(base: BaseColumns, scopeCount: number, wanted: Uint8Array, start: Int32Array): Int32Array {
  const next = start.slice(0, scopeCount);
  const members = new Int32Array(start[scopeCount]!);
  for (let k = 0; k < base.size; k++) {
    const s = base.scope[k]!;
    if (wanted[s] !== 0) members[next[s]!++] = k;
  }
  return members;
}

function countScope(base: BaseColumns, members: Int32Array, start: Int32Array, s: number, mark: Int32Array, counted: Int32Array, pending: Int32Array): void {
  const inScope = 2 * s + 1;
  const from = start[s]!;
  const to = start[s + 1]!;
  for (let m = from; m < to; m++) {
    const k = members[m]!;
    const p = base.person[k]!;
    if (base.status[k] === BASE_ELIGIBLE && mark[p] !== inScope) {
      mark[p] = inScope;
      counted[s]!++;
    }
  }
  for (let m = from; m < to; m++) {
    const k = members[m]!;
    const p = base.person[k]!;
    if (base.status[k] === BASE_REVIEW && mark[p] !== inScope && mark[p] !== inScope + 1) {
      mark[p] = inScope + 1;
      pending[s]!++;
    }
  }
}

/** Scopes with candidates in the order of their first candidate, their names, and their eligible candidates counted. */
interface CandidateScopes {
  readonly order: number[];
  readonly wanted: Uint8Array;
  readonly names: string[];
  readonly eligible: Int32Array;
}

function candidateScopes(scopeCount: number, candidates: readonly ScopedCandidate[]): CandidateScopes {
  const order: number[] = [];
  const wanted = new Uint8Array(scopeCount);
  const names = new Array<string>(scopeCount).fill('');
  const eligible = new Int32Array(scopeCount);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const s = c.scope;
    if (wanted[s] === 0) {
      wanted[s] = 1;
      order.push(s);
      names[s] = c.scopeName;
    }
    if (c.status === 'eligible') eligible[s]!++;
  }
  return { order, wanted, names, eligible };
}

/**
 * The quota of each scope with candidates, in the order of their first candidate: its result, the
 * scope's pending base, and a cut per eligible candidate (in candidate order) when over the limit.
 */
export function applyQuotaColumns(award: string, scopeCount: number, base: BaseColumns, candidates: readonly ScopedCandidate[], params: Params): QuotaOutcome {
  const { order, wanted, names, eligible } = candidateScopes(scopeCount, candidates);
  const { counted, pending } = countBase(base, scopeCount, wanted);
  const quotas: QuotaResult[] = [];
  const uncertain: { scope: string; count: number }[] = [];
  // The scopes over their limit (a minority): their limit, by scope.
  const over: number[] = [];
  const limits = new Int32Array(scopeCount);
  for (let i = 0; i < order.length; i++) {
    const s = order[i]!;
    const scope = names[s]!;
    const limit = (limits[s] = quotaLimit(counted[s]!, params));
    const ok = eligible[s]! <= limit;
    quotas.push({ scope, award, base: counted[s]!, limit, count: eligible[s]!, ok });
    if (pending[s]! > 0) uncertain.push({ scope, count: pending[s]! });
    if (!ok) over.push(s);
  }
  return { quotas, cuts: over.length === 0 ? [] : cutsOf(over, candidates, scopeCount, names, counted, limits), uncertain };
}

/** The cuts of the scopes over their limit (`over`, in scope order): each eligible candidate, in candidate order. */
function cutsOf(over: readonly number[], candidates: readonly ScopedCandidate[], scopeCount: number, names: readonly string[], counted: Int32Array, limits: Int32Array): QuotaCut[] {
  const lists = new Array<ScopedCandidate[] | undefined>(scopeCount).fill(undefined);
  for (let i = 0; i < over.length; i++) lists[over[i]!] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.status === 'eligible') lists[c.scope]?.push(c);
  }
  const cuts: QuotaCut[] = [];
  for (let i = 0; i < over.length; i++) {
    const s = over[i]!;
    cutAll(lists[s]!, names[s]!, counted[s]!, limits[s]!, cuts);
  }
  return cuts;
}

/** A cut per eligible candidate of a scope over its limit, with its place by vote share when it has votes. */
function cutAll(eligible: readonly ScopedCandidate[], scope: string, base: number, limit: number, cuts: QuotaCut[]): void {
  const shares = eligible.filter((c) => c.voteShare !== undefined).map((c) => c.voteShare!);
  const places = votePlaces(shares);
  for (let i = 0; i < eligible.length; i++) {
    const c = eligible[i]!;
    // Equal shares share a place (1, 1, 3): the order informs the council, it does not decide.
    const rank = c.voteShare === undefined ? null : places.get(c.voteShare)!;
    cuts.push({ id: c.id, scope, base, limit, count: eligible.length, ...(rank !== null ? { voteRank: rank, voted: shares.length } : {}) });
  }
}

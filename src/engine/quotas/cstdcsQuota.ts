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

/** A person counted in the base, in a scope. */
export interface BaseMember {
  /** The person (SPEC §3.6 identity) as a number: two members are one person exactly when these are equal. */
  readonly person: number;
  readonly scopeKey: string;
  readonly scopeName: string;
  /** The person's status against the base rule's (LĐTT) conditions. */
  readonly status: NominationStatus;
}

/** A nomination for the capped award, with its status before the quota. */
export interface QuotaCandidate {
  readonly id: number;
  readonly scopeKey: string;
  readonly scopeName: string;
  readonly status: NominationStatus;
  readonly voteShare?: number;
}

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

/** Items by scope key, in input order (one pass: a list of 50,000 rows has thousands of scopes). */
function byScope<T extends { readonly scopeKey: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    const list = out.get(x.scopeKey);
    if (list) list.push(x);
    else out.set(x.scopeKey, [x]);
  }
  return out;
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

const NO_MEMBERS: readonly BaseMember[] = [];
const NO_CANDIDATES: readonly QuotaCandidate[] = [];

/** Distinct people of the members with `status`, leaving out those in `except`. */
function people(members: readonly BaseMember[], status: NominationStatus, except: ReadonlySet<number> | null): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < members.length; i++) {
    const b = members[i]!;
    if (b.status === status && (except === null || !except.has(b.person))) out.add(b.person);
  }
  return out;
}

function eligibleOf(candidates: readonly QuotaCandidate[]): QuotaCandidate[] {
  const out: QuotaCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) if (candidates[i]!.status === 'eligible') out.push(candidates[i]!);
  return out;
}

export function applyQuota(award: string, base: readonly BaseMember[], candidates: readonly QuotaCandidate[], params: Params): QuotaOutcome {
  const scopes = new Map<string, string>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (!scopes.has(c.scopeKey)) scopes.set(c.scopeKey, c.scopeName);
  }
  const baseByScope = byScope(base);
  const candidatesByScope = byScope(candidates);
  const quotas: QuotaResult[] = [];
  const cuts: QuotaCut[] = [];
  const uncertain: { scope: string; count: number }[] = [];
  for (const [scopeKey, scope] of scopes) {
    const members = baseByScope.get(scopeKey) ?? NO_MEMBERS;
    const counted = people(members, 'eligible', null);
    const pending = people(members, 'review', counted);
    const limit = quotaLimit(counted.size, params);
    const eligible = eligibleOf(candidatesByScope.get(scopeKey) ?? NO_CANDIDATES);
    const ok = eligible.length <= limit;
    quotas.push({ scope, award, base: counted.size, limit, count: eligible.length, ok });
    if (pending.size > 0) uncertain.push({ scope, count: pending.size });
    if (ok) continue;
    const shares = eligible.filter((c) => c.voteShare !== undefined).map((c) => c.voteShare!);
    const places = votePlaces(shares);
    for (const c of eligible) {
      // Equal shares share a place (1, 1, 3): the order informs the council, it does not decide.
      const rank = c.voteShare === undefined ? null : places.get(c.voteShare)!;
      cuts.push({ id: c.id, scope, base: counted.size, limit, count: eligible.length, ...(rank !== null ? { voteRank: rank, voted: shares.length } : {}) });
    }
  }
  return { quotas, cuts, uncertain };
}

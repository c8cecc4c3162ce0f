/**
 * Test support: the CSTĐCS quota with scopes and people given as keys and objects, turned into the
 * columns `applyQuotaColumns` takes (the engine builds those columns directly from its drafts).
 */
import { applyQuotaColumns, baseStatusCode, type BaseColumns, type QuotaOutcome, type ScopedCandidate } from '../../../src/engine/quotas/cstdcsQuota';
import type { NominationStatus } from '../../../src/engine/model';
import type { Params } from '../../../src/engine/settings/params';

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

/** The quota of `base` and `candidates`, scopes and people numbered in order of appearance. */
export function applyQuota(award: string, base: readonly BaseMember[], candidates: readonly QuotaCandidate[], params: Params): QuotaOutcome {
  const scopes = new Map<string, number>();
  const scopeNo = (key: string): number => {
    let s = scopes.get(key);
    if (s === undefined) scopes.set(key, (s = scopes.size));
    return s;
  };
  const people = new Map<number, number>();
  const personNo = (person: number): number => {
    let n = people.get(person);
    if (n === undefined) people.set(person, (n = people.size));
    return n;
  };
  const scope = Int32Array.from(base, (m) => scopeNo(m.scopeKey));
  const person = Int32Array.from(base, (m) => personNo(m.person));
  const status = Uint8Array.from(base, (m) => baseStatusCode(m.status));
  const columns: BaseColumns = { size: base.length, scope, person, people: people.size, status };
  const scoped = candidates.map((c): ScopedCandidate => ({ id: c.id, scope: scopeNo(c.scopeKey), scopeName: c.scopeName, status: c.status, voteShare: c.voteShare }));
  return applyQuotaColumns(award, scopes.size, columns, scoped, params);
}


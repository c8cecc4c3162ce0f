/**
 * Judges every (person row × title) against the rule set, layer by layer so a title that needs another
 * one this period (CSTĐ tỉnh needs this year's CSTĐCS) reads its final decision, quota included.
 */
import type { NominationStatus, QuotaResult } from '../model';
import type { Params } from '../settings/params';
import type { FindingSink } from '../findings/types';
import { looseKey } from '../cells/text';
import type { AwardRule, PeerResult, QuotaRule, RuleSet } from '../rules/types';
import type { SourcedOutcome } from '../rules/evaluate';
import { dependenciesOf, evaluationLayers, ruleFor, statusOf } from '../rules/evaluate';
import { R } from '../rules/reasonCodes';
import { applyQuota, scopeOf, type BaseMember, type QuotaCandidate, type QuotaCut } from '../quotas/cstdcsQuota';
import type { PersonRow, PersonVote } from './types';
import type { AwardCode } from './vocab/awards';
import { isCollectiveAward } from './vocab/awards';
import type { DuplicateAwards } from './duplicates';
import { unitMatchKey } from './unitKey';
import { Draft, NO_OUTCOMES } from './draft';
import { DraftContext, NO_VOTES, type Decisions, type IndividualEnv } from './draftContext';
import { DraftJudge } from './draftJudge';

export { Draft } from './draft';

export type { IndividualEnv } from './draftContext';

export interface IndividualOutcome {
  readonly drafts: Draft[];
  readonly quotas: QuotaResult[];
  /** Each row's status against the LĐTT conditions (the quota base), for rows nominated for an emulation title. */
  readonly baseStatus: Map<PersonRow, NominationStatus>;
}

// The loops over every row or draft are indexed: these functions run once per analysis, so most of
// their iterations run before the optimising compiler steps in, where `for…of` allocates per step.

/** Vote rows by folded person name, in sheet order: each person looks up only the rows with their name. */
type VoteIndex = ReadonlyMap<string, readonly PersonVote[]>;

function indexVotes(votes: readonly PersonVote[]): VoteIndex {
  const byName = new Map<string, PersonVote[]>();
  for (const v of votes) {
    const k = looseKey(v.name);
    const list = byName.get(k);
    if (list) list.push(v);
    else byName.set(k, [v]);
  }
  return byName;
}

/** The vote rows of a person for a title: the title's own rows first, then rows without a title. */
function votesFor(p: PersonRow, award: AwardCode, index: VoteIndex): readonly PersonVote[] {
  if (index.size === 0) return NO_VOTES;
  const named = index.get(p.nameKey);
  if (!named) return NO_VOTES;
  const mine = named.filter((v) => v.unit === '' || unitMatchKey(v.unit) === p.unitKey);
  return [...mine.filter((v) => v.award === award), ...mine.filter((v) => v.award === null)];
}

/** Drafts in row order; row `i`'s drafts are `firstDraft[i]` up to `firstDraft[i + 1]` (filled in here). */
function initialDrafts(rows: readonly PersonRow[], set: RuleSet, env: IndividualEnv, dup: DuplicateAwards, sink: FindingSink, firstDraft: Int32Array): Draft[] {
  const drafts: Draft[] = [];
  const votes = indexVotes(env.votes);
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    firstDraft[i] = drafts.length;
    const common: readonly SourcedOutcome[] = p.unit === '' ? [{ code: R.UNIT_MISSING, status: 'review', cell: p.unitCell ?? p.nameCell, params: {}, source: '' }] : NO_OUTCOMES;
    for (let j = 0; j < p.awards.length; j++) {
      const a = p.awards[j]!;
      const outcomes: SourcedOutcome[] | readonly SourcedOutcome[] = common.length === 0 ? NO_OUTCOMES : [...common];
      const d = new Draft(p, a.code, outcomes, votesFor(p, a.code, votes), i);
      const other = dup.get(p)?.get(a.code);
      if (other) d.add({ code: R.DUPLICATE_NOMINATION, status: 'review', cell: p.nameCell, params: { award: a.code, row: other.row + 1, sheet: other.sheet }, source: '' });
      if (isCollectiveAward(a.code)) d.add({ code: R.AWARD_WRONG_LIST, status: 'review', cell: p.awardCell, params: { award: a.code, list: 'individual' }, source: '' });
      else if (!ruleFor(set, a.code)) d.add({ code: R.NO_RULE, status: 'review', cell: p.awardCell, params: { award: a.code, ruleSet: set.name }, source: '' });
      drafts.push(d);
    }
    for (let j = 0; j < p.unknownAwards.length; j++) {
      const text = p.unknownAwards[j]!;
      sink.warning('NOMINATION_AWARD_UNKNOWN', { sheet: p.sheet, cell: p.awardCell }, { text });
      drafts.push(new Draft(p, 'UNKNOWN', [...common, { code: R.AWARD_UNKNOWN, status: 'review', cell: p.awardCell, params: { text }, source: '' }], NO_VOTES, i));
    }
  }
  firstDraft[rows.length] = drafts.length;
  return drafts;
}

/** The `judged` status of row `i`'s first draft for `award`, if it has one. */
function judgedFor(drafts: readonly Draft[], firstDraft: Int32Array, i: number, award: AwardCode): NominationStatus | undefined {
  for (let k = firstDraft[i]!; k < firstDraft[i + 1]!; k++) {
    const d = drafts[k]!;
    if (d.award === award) return d.judged;
  }
  return undefined;
}

/** The drafts judged in each layer, in order (one pass): titles of the layer, not on the wrong list. */
function draftsByLayer(drafts: readonly Draft[], layers: readonly (readonly AwardCode[])[]): Draft[][] {
  const layerOf = new Map<string, number>();
  layers.forEach((layer, k) => layer.forEach((award) => layerOf.set(award, k)));
  const out: Draft[][] = layers.map(() => []);
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const k = layerOf.get(d.award);
    if (k !== undefined && !onWrongList(d.outcomes)) out[k]!.push(d);
  }
  return out;
}

function onWrongList(outcomes: readonly SourcedOutcome[]): boolean {
  for (let i = 0; i < outcomes.length; i++) if (outcomes[i]!.code === R.AWARD_WRONG_LIST) return true;
  return false;
}

function hasAny(p: PersonRow, awards: ReadonlySet<AwardCode>): boolean {
  for (let i = 0; i < p.awards.length; i++) if (awards.has(p.awards[i]!.code)) return true;
  return false;
}

/** Quota scopes by unit text (`unitKey` follows from it): one object per unit, not per row. */
class ScopeCache {
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

export function evaluateIndividuals(rows: readonly PersonRow[], set: RuleSet, env: IndividualEnv, dup: DuplicateAwards, sink: FindingSink): IndividualOutcome {
  const firstDraft = new Int32Array(rows.length + 1);
  const drafts = initialDrafts(rows, set, env, dup, sink, firstDraft);
  const decided = new Map<AwardCode, Map<string, PeerResult>>();
  for (const rule of set.rules) if (rule.subject === 'individual') for (const award of dependenciesOf(rule)) decided.set(award, new Map());
  const judge = new DraftJudge(set, new DraftContext(env, env.votes.length > 0, decided), rows);
  // A row's own nomination for a quota's base title, judged without votes, is the judgement the base
  // needs (`Draft.judged`); a row's drafts follow each other, from `firstDraft[i]` on.
  const baseRules = new Set<AwardCode>(set.quotas.map((q) => q.baseRule));
  const quotas: QuotaResult[] = [];
  const baseStatus = new Map<PersonRow, NominationStatus>();
  const scopes = new ScopeCache(env.params);
  const layers = evaluationLayers(set);
  const byLayer = draftsByLayer(drafts, layers);
  for (let k = 0; k < layers.length; k++) {
    const layer = layers[k]!;
    const inLayer = byLayer[k]!;
    for (let i = 0; i < inLayer.length; i++) judgeDraft(inLayer[i]!, set, judge, baseRules);
    for (const q of set.quotas) {
      if (!layer.includes(q.award)) continue;
      const base = quotaBase(rows, q, { set, judge, drafts, firstDraft, baseStatus, scopes });
      const res = applyQuota(q.award, base, quotaCandidates(drafts, q.award, scopes), env.params);
      quotas.push(...res.quotas);
      for (const u of res.uncertain) sink.info('QUOTA_BASE_UNCERTAIN', {}, { scope: u.scope, count: u.count, award: q.award });
      for (const cut of res.cuts) addCut(drafts[cut.id]!, cut, q.source, env.params);
    }
    for (let i = 0; i < inLayer.length; i++) recordDecision(inLayer[i]!, decided);
  }
  return { drafts, quotas, baseStatus };
}

function judgeDraft(d: Draft, set: RuleSet, judge: DraftJudge, baseRules: ReadonlySet<AwardCode>): void {
  const award = d.award as AwardCode;
  const outcomes = judge.outcomes(ruleFor(set, award)!, d.person, d.at, d.votes);
  if (d.votes.length === 0 && baseRules.has(award)) d.judged = statusOf(outcomes);
  d.addAll(outcomes);
}

function recordDecision(d: Draft, decided: Decisions): void {
  const mine = decided.get(d.award as AwardCode);
  if (mine && !mine.has(d.person.identity)) mine.set(d.person.identity, { status: statusOf(d.outcomes), row: d.person.row + 1, sheet: d.person.sheet });
}

/** What the quota base of a layer reads. */
interface BaseInputs {
  readonly set: RuleSet;
  readonly judge: DraftJudge;
  readonly drafts: readonly Draft[];
  readonly firstDraft: Int32Array;
  readonly baseStatus: Map<PersonRow, NominationStatus>;
  readonly scopes: ScopeCache;
}

/** The rows nominated for one of the quota's base titles, with their status against its base rule. */
function quotaBase(rows: readonly PersonRow[], q: QuotaRule, inputs: BaseInputs): BaseMember[] {
  const baseRule = ruleFor(inputs.set, q.baseRule);
  const baseAwards = new Set<AwardCode>(q.baseAwards);
  const base: BaseMember[] = [];
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    if (p.unit !== '' && hasAny(p, baseAwards)) base.push(baseMember(p, i, baseRule, q.baseRule, inputs));
  }
  return base;
}

function baseMember(p: PersonRow, i: number, baseRule: AwardRule | undefined, award: AwardCode, inputs: BaseInputs): BaseMember {
  let status = inputs.baseStatus.get(p);
  if (status === undefined && baseRule) {
    const judged = inputs.judge.isShared(baseRule) ? undefined : judgedFor(inputs.drafts, inputs.firstDraft, i, award);
    status = judged ?? inputs.judge.status(baseRule, p, i);
    inputs.baseStatus.set(p, status);
  }
  const scope = inputs.scopes.of(p);
  return { identity: p.identity, scopeKey: scope.scopeKey, scopeName: scope.scopeName, status: status ?? 'review' };
}

/** The nominations for the capped award (with a unit), their status before the quota kept on the draft. */
function quotaCandidates(drafts: readonly Draft[], award: AwardCode, scopes: ScopeCache): QuotaCandidate[] {
  const candidates: QuotaCandidate[] = [];
  for (let id = 0; id < drafts.length; id++) {
    const d = drafts[id]!;
    if (d.award === award && d.person.unit !== '') candidates.push(candidate(d, id, scopes));
  }
  return candidates;
}

function candidate(d: Draft, id: number, scopes: ScopeCache): QuotaCandidate {
  const status = (d.preQuota = statusOf(d.outcomes));
  const scope = scopes.of(d.person);
  const share = d.votes.length > 0 ? d.votes[0]!.share : undefined;
  return share !== undefined ? { id, scopeKey: scope.scopeKey, scopeName: scope.scopeName, status, voteShare: share } : { id, scopeKey: scope.scopeKey, scopeName: scope.scopeName, status };
}

function addCut(d: Draft, cut: QuotaCut, source: string, params: Params): void {
  const share = d.votes[0]?.share;
  d.add({
    code: R.QUOTA_EXCEEDED,
    status: 'review',
    cell: d.person.awardCell,
    params: {
      scope: cut.scope,
      base: cut.base,
      limit: cut.limit,
      count: cut.count,
      rate: Math.round(params.cstdcsRate * 1000) / 10,
      ...(cut.voteRank !== undefined ? { voteRank: cut.voteRank, voted: cut.voted!, share: Math.round(share! * 1000) / 10 } : {}),
    },
    source,
  });
}

/**
 * Judges every (person row × title) against the rule set, layer by layer so a title that needs another
 * one this period (CSTĐ tỉnh needs this year's CSTĐCS) reads its final decision, quota included.
 */
import type { NominationStatus, QuotaResult } from '../model';
import type { FindingSink } from '../findings/types';
import { looseKey } from '../cells/text';
import type { AwardRule, PeerResult, RuleSet } from '../rules/types';
import type { SourcedOutcome } from '../rules/evaluate';
import { dependenciesOf, evaluationLayers, ruleFor, Sourced, statusOf } from '../rules/evaluate';
import { R } from '../rules/reasonCodes';
import type { PersonRow, PersonVote } from './types';
import type { AwardCode } from './vocab/awards';
import { isCollectiveAward } from './vocab/awards';
import type { DuplicateAwards, Duplicates } from './duplicates';
import { unitMatchKey } from './unitKey';
import { Draft, NO_OUTCOMES } from './draft';
import { DraftContext, NO_VOTES, type IndividualEnv } from './draftContext';
import { DraftJudge } from './draftJudge';
import { applyLayerQuota, ScopeCache, type QuotaInputs } from './layerQuota';

export { Draft } from './draft';

export type { IndividualEnv } from './draftContext';

export interface IndividualOutcome {
  readonly drafts: Draft[];
  readonly quotas: QuotaResult[];
  /**
   * Each row's status against the LĐTT conditions (the quota base), by row index, for rows nominated for
   * an emulation title (undefined for the others).
   */
  readonly baseStatus: readonly (NominationStatus | undefined)[];
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

/** What the list itself says about a title, before its rule is judged. */
type TitleKind = 'judged' | 'wrongList' | 'noRule';

/** What initial drafts read besides the row. */
interface DraftInputs {
  readonly set: RuleSet;
  readonly votes: VoteIndex;
  readonly dup: DuplicateAwards;
  /** By title, filled as titles are met. */
  readonly kinds: Map<AwardCode, TitleKind>;
}

function kindOf(award: AwardCode, inputs: DraftInputs): TitleKind {
  let k = inputs.kinds.get(award);
  if (k === undefined) inputs.kinds.set(award, (k = isCollectiveAward(award) ? 'wrongList' : ruleFor(inputs.set, award) ? 'judged' : 'noRule'));
  return k;
}

/** Drafts in row order; row `i`'s drafts are `firstDraft[i]` up to `firstDraft[i + 1]` (filled in here). */
function initialDrafts(rows: readonly PersonRow[], set: RuleSet, env: IndividualEnv, dup: DuplicateAwards, sink: FindingSink, firstDraft: Int32Array): Draft[] {
  const drafts: Draft[] = [];
  const inputs: DraftInputs = { set, votes: indexVotes(env.votes), dup, kinds: new Map() };
  for (let i = 0; i < rows.length; i++) {
    firstDraft[i] = drafts.length;
    addRowDrafts(rows[i]!, i, drafts, inputs, sink);
  }
  firstDraft[rows.length] = drafts.length;
  return drafts;
}

function addRowDrafts(p: PersonRow, i: number, drafts: Draft[], inputs: DraftInputs, sink: FindingSink): void {
  const common = p.unit === '' ? unitMissing(p) : NO_OUTCOMES;
  const awards = p.awards;
  for (let j = 0; j < awards.length; j++) drafts.push(titleDraft(p, i, awards[j]!.code, common, inputs));
  // The rare paths are calls of their own: the loop over every row stays small to compile.
  if (p.unknownAwards.length > 0) addUnknownDrafts(p, i, common, drafts, sink);
}

function unitMissing(p: PersonRow): readonly SourcedOutcome[] {
  return [new Sourced(R.UNIT_MISSING, 'review', p.unitCell ?? p.nameCell, {}, '')];
}

function addUnknownDrafts(p: PersonRow, i: number, common: readonly SourcedOutcome[], drafts: Draft[], sink: FindingSink): void {
  const unknown = p.unknownAwards;
  for (let j = 0; j < unknown.length; j++) {
    const text = unknown[j]!;
    sink.warning('NOMINATION_AWARD_UNKNOWN', { sheet: p.sheet, cell: p.awardCell }, { text });
    drafts.push(new Draft(p, 'UNKNOWN', [...common, new Sourced(R.AWARD_UNKNOWN, 'review', p.awardCell, { text }, '')], NO_VOTES, i));
  }
}

function titleDraft(p: PersonRow, i: number, award: AwardCode, common: readonly SourcedOutcome[], inputs: DraftInputs): Draft {
  const d = new Draft(p, award, common.length === 0 ? NO_OUTCOMES : [...common], votesFor(p, award, inputs.votes), i);
  const other = inputs.dup.size === 0 ? undefined : inputs.dup.get(p)?.get(award);
  if (other) d.add(new Sourced(R.DUPLICATE_NOMINATION, 'review', p.nameCell, { award, row: other.row + 1, sheet: other.sheet }, ''));
  const kind = kindOf(award, inputs);
  if (kind === 'wrongList') d.add(new Sourced(R.AWARD_WRONG_LIST, 'review', p.awardCell, { award, list: 'individual' }, ''));
  else if (kind === 'noRule') d.add(new Sourced(R.NO_RULE, 'review', p.awardCell, { award, ruleSet: inputs.set.name }, ''));
  return d;
}

/** The drafts of one title in one layer, in list order. */
interface Bucket {
  readonly award: AwardCode;
  readonly rule: AwardRule;
  readonly drafts: Draft[];
}

/**
 * The drafts judged in each layer, by title (one pass): titles of the layer, drafts not on the wrong list.
 * A draft is on the wrong list exactly when its title is a collective one (`kindOf`): such titles' buckets stay empty.
 */
function draftsByLayer(drafts: readonly Draft[], layers: readonly (readonly AwardCode[])[], set: RuleSet): Bucket[][] {
  const byAward = new Map<string, Bucket>();
  const out = layers.map((layer) =>
    layer.map((award) => {
      const b: Bucket = { award, rule: ruleFor(set, award)!, drafts: [] };
      if (!isCollectiveAward(award)) byAward.set(award, b);
      return b;
    }),
  );
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    byAward.get(d.award)?.drafts.push(d);
  }
  return out;
}

export function evaluateIndividuals(rows: readonly PersonRow[], set: RuleSet, env: IndividualEnv, dup: Duplicates, sink: FindingSink): IndividualOutcome {
  const firstDraft = new Int32Array(rows.length + 1);
  const drafts = initialDrafts(rows, set, env, dup.awards, sink, firstDraft);
  const decided = new Map<AwardCode, (PeerResult | undefined)[]>();
  for (const rule of set.rules) if (rule.subject === 'individual') for (const award of dependenciesOf(rule)) decided.set(award, new Array<PeerResult | undefined>(rows.length).fill(undefined));
  const judge = new DraftJudge(set, new DraftContext(env, env.votes.length > 0, decided, dup.personOf), rows);
  const baseRules = new Set<AwardCode>(set.quotas.map((q) => q.baseRule));
  const baseStatus = new Array<NominationStatus | undefined>(rows.length).fill(undefined);
  const inputs: QuotaInputs = { rows, personOf: dup.personOf, set, params: env.params, judge, drafts, firstDraft, baseStatus, scopes: new ScopeCache(env.params) };
  const quotas: QuotaResult[] = [];
  const layers = evaluationLayers(set);
  const byLayer = draftsByLayer(drafts, layers, set);
  for (let k = 0; k < layers.length; k++) {
    const buckets = byLayer[k]!;
    for (const b of buckets) judge.judgeAll(b.rule, b.drafts, baseRules.has(b.award));
    for (const q of set.quotas) if (layers[k]!.includes(q.award)) quotas.push(...applyLayerQuota(q, draftsOf(q.award, buckets, drafts), inputs, sink));
    for (const b of buckets) {
      const mine = decided.get(b.award);
      if (mine) recordDecisions(b.drafts, dup.personOf, mine);
    }
  }
  return { drafts, quotas, baseStatus };
}

/** Every draft of `award`, in list order: its bucket, unless the title's drafts may be on the wrong list (not judged). */
function draftsOf(award: AwardCode, buckets: readonly Bucket[], drafts: readonly Draft[]): readonly Draft[] {
  const b = buckets.find((x) => x.award === award);
  if (b !== undefined && !isCollectiveAward(award)) return b.drafts;
  return drafts.filter((d) => d.award === award);
}

/**
 * Each person's first decision for the title, by person number, for the titles of later layers that read
 * it (`peer`). Drafts without a row (none in an analysis) have no person number: no decision is kept.
 */
function recordDecisions(drafts: readonly Draft[], personOf: Int32Array, mine: (PeerResult | undefined)[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.at < 0) continue;
    const n = personOf[d.at]!;
    if (mine[n] === undefined) mine[n] = new Decision(statusOf(d.outcomes), d.person.row + 1, d.person.sheet);
  }
}

class Decision implements PeerResult {
  constructor(
    readonly status: NominationStatus,
    readonly row: number,
    readonly sheet: string,
  ) {}
}

/**
 * Judges drafts against their title's rule: rules that read only the person's own fields are judged once
 * per distinct combination of readings (rules/judgements.ts), the others draft by draft.
 *
 * Compile size matters as much as work here (a cold run waits for the optimising compiler): the loops
 * over every draft never reach the rule engine. A shared rule is judged on each combination's first row
 * in a loop of its own before its drafts are met, so the per-draft loop is a lookup and a store; binding
 * a judgement's reasons to a row's cells (a minority of drafts) is one call it makes.
 */
import type { NominationStatus } from '../model';
import type { AwardRule, RuleSet } from '../rules/types';
import { evaluateIndividual, statusOf } from '../rules/evaluate';
import { ReadingIds, readsOwnFieldsOnly, RuleJudge, type Judgement } from '../rules/judgements';
import type { PersonRow } from './types';
import type { Draft } from './draft';
import { NO_VOTES, type DraftContext } from './draftContext';

const NO_IDS = new Int32Array(0);

export class DraftJudge {
  /** Rules judged by combination: their judgements by combination id (undefined until first met). */
  private readonly tables = new Map<AwardRule, (Judgement | null | undefined)[]>();
  /** Each row's combination of readings (by row index); empty when no rule is judged by them. */
  private readonly ids: Int32Array;
  /** The rules judged by combination, each judging its conditions once per reading of their field. */
  private readonly judges = new Map<AwardRule, RuleJudge>();

  constructor(
    set: RuleSet,
    private readonly ctx: DraftContext,
    rows: readonly PersonRow[],
  ) {
    const shared = set.rules.filter((rule) => rule.subject === 'individual' && readsOwnFieldsOnly(rule));
    const readings = new ReadingIds();
    this.ids = shared.length > 0 ? readings.ofAll(rows) : NO_IDS;
    for (const rule of shared) {
      this.tables.set(rule, new Array<Judgement | null | undefined>(readings.size).fill(undefined));
      this.judges.set(rule, new RuleJudge(rule));
    }
  }

  /**
   * Adds each draft's reasons against `rule` (the rule of their title), in order. `base`: the rule is a
   * quota's base rule, so a draft judged without votes keeps its status (`Draft.judged`).
   */
  judgeAll(rule: AwardRule, drafts: readonly Draft[], base: boolean): void {
    const table = this.tables.get(rule);
    if (table === undefined || !allIndexed(drafts)) return judgeEach(rule, drafts, base, this.ctx);
    const first = unjudged(table, this.ids, drafts);
    for (let i = 0; i < first.length; i++) this.firstJudgement(rule, table, this.ids[first[i]!.at]!, first[i]!.person);
    const judged = table as readonly Judgement[];
    bindAll(judged, this.ids, judgeAllShared(judged, this.ids, drafts, base), base);
  }

  /** Row `at`'s status against the rule (of one of its titles), judged without votes. */
  status(rule: AwardRule, p: PersonRow, at: number): NominationStatus {
    const table = this.tables.get(rule);
    if (table === undefined) return statusOf(evaluateIndividual(rule, p, this.ctx.of(at, NO_VOTES)));
    const id = this.ids[at]!;
    const j = table[id] ?? this.firstJudgement(rule, table, id, p);
    return j.exact ? j.status : j.statusOf(p);
  }

  /**
   * The judgement of combination `id`, made on `p` (one of its rows): the rule engine runs once per
   * combination. Its rule reads the person's own fields only: no peer.
   */
  private firstJudgement(rule: AwardRule, table: (Judgement | null | undefined)[], id: number, p: PersonRow): Judgement {
    return (table[id] = this.judges.get(rule)!.judge(p, this.ctx.of(-1, NO_VOTES)));
  }
}

/** True when every draft knows its row (drafts judged by combination are found by it). */
function allIndexed(drafts: readonly Draft[]): boolean {
  for (let i = 0; i < drafts.length; i++) if (drafts[i]!.at < 0) return false;
  return true;
}

/** The first draft of each combination not judged yet (marked null in `table` until judged). */
function unjudged(table: (Judgement | null | undefined)[], ids: Int32Array, drafts: readonly Draft[]): Draft[] {
  const first: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const id = ids[drafts[i]!.at]!;
    if (table[id] === undefined) {
      table[id] = null;
      first.push(drafts[i]!);
    }
  }
  return first;
}

// One loop per function: each long loop is compiled (on stack) on its own, with one kind of body.

/**
 * Sets `judged` on the drafts whose status their combination decides; returns the drafts with reasons
 * to bind (a minority: the binding is compiled into their own loop, `bindAll`).
 */
function judgeAllShared(table: readonly Judgement[], ids: Int32Array, drafts: readonly Draft[], base: boolean): Draft[] {
  const unmet: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const j = table[ids[d.at]!]!;
    if (!j.met) unmet.push(d);
    else if (base && d.votes.length === 0) d.judged = 'eligible';
  }
  return unmet;
}

/** Each draft gets its combination's reasons with its row's cells (and, for a base rule, its status). */
function bindAll(table: readonly Judgement[], ids: Int32Array, drafts: readonly Draft[], base: boolean): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const j = table[ids[d.at]!]!;
    const p = d.person;
    if (base && d.votes.length === 0) d.judged = j.exact ? j.status : j.statusOf(p);
    d.addAll(j.outcomesOf(p));
  }
}

function judgeEach(rule: AwardRule, drafts: readonly Draft[], base: boolean, ctx: DraftContext): void {
  for (let i = 0; i < drafts.length; i++) judgeOne(rule, drafts[i]!, base, ctx);
}

function judgeOne(rule: AwardRule, d: Draft, base: boolean, ctx: DraftContext): void {
  const outcomes = evaluateIndividual(rule, d.person, ctx.of(d.at, d.votes));
  if (base && d.votes.length === 0) d.judged = statusOf(outcomes);
  d.addAll(outcomes);
}

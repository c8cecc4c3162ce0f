/**
 * Judges drafts against their title's rule: rules that read only the person's own fields are judged once
 * per distinct combination of readings (rules/judgements.ts), the others draft by draft.
 */
import type { NominationStatus } from '../model';
import type { AwardRule, RuleSet } from '../rules/types';
import { evaluateIndividual, statusOf } from '../rules/evaluate';
import { Judgements, ReadingIds, readsOwnFieldsOnly, type RuleJudgements } from '../rules/judgements';
import type { PersonRow } from './types';
import type { Draft } from './draft';
import { NO_VOTES, type DraftContext } from './draftContext';

const NO_IDS = new Int32Array(0);

export class DraftJudge {
  private readonly shared = new Set<AwardRule>();
  private readonly judgements = new Judgements();
  private readonly readings = new ReadingIds();
  /** Each row's combination of readings (by row index), -1 until asked for; empty when no rule is judged by them. */
  private readonly ids: Int32Array;

  constructor(
    set: RuleSet,
    private readonly ctx: DraftContext,
    rows: readonly PersonRow[],
  ) {
    for (const rule of set.rules) if (rule.subject === 'individual' && readsOwnFieldsOnly(rule)) this.shared.add(rule);
    this.ids = this.shared.size > 0 ? new Int32Array(rows.length).fill(-1) : NO_IDS;
  }

  /**
   * Adds each draft's reasons against `rule` (the rule of their title), in order. `base`: the rule is a
   * quota's base rule, so a draft judged without votes keeps its status (`Draft.judged`).
   */
  judgeAll(rule: AwardRule, drafts: readonly Draft[], base: boolean): void {
    if (this.shared.has(rule)) this.judgeAllShared(this.judgements.tableOf(rule), rule, drafts, base);
    else this.judgeEach(rule, drafts, base);
  }

  /** Row `at`'s status against the rule (of one of its titles), judged without votes. */
  status(rule: AwardRule, p: PersonRow, at: number): NominationStatus {
    if (this.shared.has(rule)) return this.judgements.of(rule, this.idOf(at, p), p, this.ctx.of(p, NO_VOTES)).statusOf(p);
    return statusOf(evaluateIndividual(rule, p, this.ctx.of(p, NO_VOTES)));
  }

  // One loop per function: each long loop is compiled (on stack) on its own, with one kind of body.
  private judgeAllShared(table: RuleJudgements, rule: AwardRule, drafts: readonly Draft[], base: boolean): void {
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!;
      if (d.at >= 0) this.judgeShared(table, d, base);
      else this.judgeOne(rule, d, base);
    }
  }

  private judgeEach(rule: AwardRule, drafts: readonly Draft[], base: boolean): void {
    for (let i = 0; i < drafts.length; i++) this.judgeOne(rule, drafts[i]!, base);
  }

  private judgeShared(table: RuleJudgements, d: Draft, base: boolean): void {
    const p = d.person;
    const j = table.at(this.idOf(d.at, p), p, this.ctx.of(p, NO_VOTES));
    if (base && d.votes.length === 0) d.judged = j.statusOf(p);
    d.addAll(j.outcomesOf(p));
  }

  /** Row `at`'s combination id, read on first use (a row's titles and the quota base share it). */
  private idOf(at: number, p: PersonRow): number {
    let id = this.ids[at]!;
    if (id < 0) this.ids[at] = id = this.readings.of(p);
    return id;
  }

  private judgeOne(rule: AwardRule, d: Draft, base: boolean): void {
    const outcomes = evaluateIndividual(rule, d.person, this.ctx.of(d.person, d.votes));
    if (base && d.votes.length === 0) d.judged = statusOf(outcomes);
    d.addAll(outcomes);
  }
}

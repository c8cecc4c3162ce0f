/**
 * Judges a row against a rule: rules that read only the person's own fields are judged once per
 * distinct combination of readings (rules/judgements.ts), the others row by row.
 */
import type { NominationStatus } from '../model';
import type { AwardRule, RuleSet } from '../rules/types';
import { evaluateIndividual, statusOf, type SourcedOutcome } from '../rules/evaluate';
import { Judgements, ReadingIds, readsOwnFieldsOnly } from '../rules/judgements';
import type { PersonRow, PersonVote } from './types';
import { NO_VOTES, type DraftContext } from './draftContext';

const NO_IDS = new Int32Array(0);

export class DraftJudge {
  private readonly shared = new Set<AwardRule>();
  private readonly judgements: Judgements;
  /** Each row's combination of readings (by row index); empty when no rule is judged by them. */
  private readonly ids: Int32Array;

  constructor(
    set: RuleSet,
    private readonly ctx: DraftContext,
    rows: readonly PersonRow[],
  ) {
    for (const rule of set.rules) if (rule.subject === 'individual' && readsOwnFieldsOnly(rule)) this.shared.add(rule);
    this.judgements = new Judgements();
    this.ids = this.shared.size > 0 ? new ReadingIds().ofAll(rows) : NO_IDS;
  }

  /** True when the rule's judgement is one per combination of readings (it reads no votes, peers or history). */
  isShared(rule: AwardRule): boolean {
    return this.shared.has(rule);
  }

  /** The reasons row `at` (person `p`, -1 when not in the list) misses the rule by, with these votes. */
  outcomes(rule: AwardRule, p: PersonRow, at: number, votes: readonly PersonVote[]): readonly SourcedOutcome[] {
    if (at >= 0 && this.shared.has(rule)) return this.judgements.of(rule, this.ids[at]!, p, this.ctx.of(p, NO_VOTES)).outcomesOf(p);
    return evaluateIndividual(rule, p, this.ctx.of(p, votes));
  }

  /** Row `at`'s status against the rule, judged without votes. */
  status(rule: AwardRule, p: PersonRow, at: number): NominationStatus {
    if (this.shared.has(rule)) return this.judgements.of(rule, this.ids[at]!, p, this.ctx.of(p, NO_VOTES)).statusOf(p);
    return statusOf(evaluateIndividual(rule, p, this.ctx.of(p, NO_VOTES)));
  }
}

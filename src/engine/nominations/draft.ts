/** A (person row × title) while it is judged: its reasons so far and the statuses the quota reads. */
import type { NominationStatus } from '../model';
import type { SourcedOutcome } from '../rules/evaluate';
import type { PersonRow, PersonVote } from './types';
import type { AwardCode } from './vocab/awards';

export const NO_OUTCOMES: readonly SourcedOutcome[] = Object.freeze([]);

/**
 * One (row × title) being judged. Most drafts end without a reason: they share one frozen empty list
 * until a reason is added. Every draft has the same members from the start (one shape).
 */
export class Draft {
  private list: readonly SourcedOutcome[];
  /** Status before the quota was applied (collective recounts use it). */
  preQuota: NominationStatus | undefined = undefined;
  /** Status from the rule alone when judged without votes: what a quota base with this title's rule reads. */
  judged: NominationStatus | undefined = undefined;

  constructor(
    readonly person: PersonRow,
    readonly award: AwardCode | 'UNKNOWN',
    outcomes: readonly SourcedOutcome[],
    readonly votes: readonly PersonVote[],
    /** Index of the person's row in the list judged (-1 when unknown). */
    readonly at: number = -1,
  ) {
    this.list = outcomes;
  }

  get outcomes(): readonly SourcedOutcome[] {
    return this.list;
  }

  add(o: SourcedOutcome): void {
    if (this.list.length === 0) this.list = [o];
    else (this.list as SourcedOutcome[]).push(o);
  }

  /** Adds the reasons of a check run; a fresh list is adopted as it is when the draft has none yet. */
  addAll(outcomes: readonly SourcedOutcome[]): void {
    if (outcomes.length === 0) return;
    if (this.list.length === 0 && !Object.isFrozen(outcomes)) this.list = outcomes;
    else for (let j = 0; j < outcomes.length; j++) this.add(outcomes[j]!);
  }
}

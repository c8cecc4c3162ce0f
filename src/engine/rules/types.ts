/**
 * A rule set is data: per award, the conditions it requires, each naming the check that implements it
 * (a small pure function keyed by condition code, see ./checks), the parameters it reads and the legal
 * text it implements. A new regulation is a new RuleSet reusing the same checks.
 */
import type { Params } from '../settings/params';
import type { FindingParams } from '../findings/types';
import type { BlocResult, NominationStatus } from '../model';
import type { AwardCode } from '../nominations/vocab/awards';
import type { CollectiveRow, PersonRow, PersonVote } from '../nominations/types';
import type { PeriodFrame } from './periods';

export type ConditionCode =
  | 'RATING_AT_LEAST'
  | 'NO_DISCIPLINE'
  | 'MIN_SERVICE'
  | 'MAX_LEAVE'
  | 'INITIATIVE_LEVEL'
  | 'TITLE_IN_PREVIOUS'
  | 'TITLE_RECENT_STREAK'
  | 'SAME_PERIOD_AWARD'
  | 'RATING_STREAK'
  | 'INITIATIVE_COUNT'
  | 'PRIOR_MERIT'
  | 'PERSON_VOTES'
  | 'COLLECTIVE_RATING'
  | 'MEMBER_SHARE'
  | 'MEMBER_COUNT_AT_LEAST'
  | 'NO_MEMBER_DISCIPLINE'
  | 'BLOC_FLAG'
  | 'GOV_FLAG_LIST';

export type ConditionArgs = Readonly<Record<string, string | number | boolean | readonly string[]>>;

export interface Condition {
  readonly code: ConditionCode;
  readonly args?: ConditionArgs;
  /** The `Cấu hình` parameters (§6) the check reads. */
  readonly params: readonly (keyof Params)[];
  /** The legal text implemented, quoted with its instrument and article. */
  readonly source: string;
}

export interface QuotaRule {
  /** Awards whose eligible nominees are capped. */
  readonly award: AwardCode;
  /** Individual emulation titles whose nominees (meeting `baseRule`'s conditions) form the base. */
  readonly baseAwards: readonly AwardCode[];
  /** Award whose conditions a person must meet to count in the base (LĐTT). */
  readonly baseRule: AwardCode;
  readonly params: readonly (keyof Params)[];
  readonly source: string;
}

export interface AwardRule {
  readonly award: AwardCode;
  readonly subject: 'individual' | 'collective';
  readonly source: string;
  readonly conditions: readonly Condition[];
}

export interface RuleSet {
  readonly id: string;
  readonly name: string;
  readonly rules: readonly AwardRule[];
  readonly quotas: readonly QuotaRule[];
}

/** What a check reports when a condition is not met: the reason code, what it implies, where, with what values. */
export interface Outcome {
  readonly code: string;
  readonly status: Exclude<NominationStatus, 'eligible'>;
  /** A1 address in the subject's sheet; the subject's name cell when absent. */
  readonly cell?: string | null;
  readonly params: FindingParams;
}

/** The same person's nomination for another award in this list, once it has been decided. */
export interface PeerResult {
  readonly status: NominationStatus;
  /** 1-based Excel row. */
  readonly row: number;
  readonly sheet: string;
}

export interface RuleContext {
  readonly params: Params;
  /** The period being evaluated; null when it could not be determined. */
  readonly frame: PeriodFrame | null;
  /** True when the votes sheet holds person votes at all (then a missing vote needs a look). */
  readonly personVotesExist: boolean;
  /** The vote rows of this person for this award (or for any award). */
  readonly votes: readonly PersonVote[];
  readonly peer: (award: AwardCode) => PeerResult | null;
  readonly blocs: readonly BlocResult[];
}

/** A person's own reading of this period that a check may read alone (see `IndividualCheck.reads`). */
export type PersonField = 'rating' | 'discipline' | 'service' | 'leave' | 'initiative';

export interface IndividualCheck {
  readonly subject: 'individual';
  /** Every reason code the check can report (the golden test compares them with what the template yields). */
  readonly emits: readonly string[];
  /**
   * Set when the check reads nothing of the person but this field's reading (`p[field].read`, with its
   * args and `ctx.params`) and every reason it gives names that field's cell: rows with the same reading
   * then get the same reasons up to the cell, so they are judged once (rules/judgements.ts).
   */
  readonly reads?: PersonField;
  /** Awards whose decision this check reads through `peer` (evaluated first). */
  readonly dependsOn?: (args: ConditionArgs) => readonly AwardCode[];
  readonly run: (p: PersonRow, args: ConditionArgs, ctx: RuleContext) => readonly Outcome[];
}

export interface CollectiveCheck {
  readonly subject: 'collective';
  readonly emits: readonly string[];
  readonly dependsOn?: undefined;
  readonly run: (c: CollectiveRow, args: ConditionArgs, ctx: RuleContext) => readonly Outcome[];
}

export type Check = IndividualCheck | CollectiveCheck;

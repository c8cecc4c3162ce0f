/** The rule context drafts are judged in: one object serves every draft in turn. */
import type { BlocResult } from '../model';
import type { Params } from '../settings/params';
import type { PeriodFrame } from '../rules/periods';
import type { PeerResult, RuleContext } from '../rules/types';
import type { PersonVote } from './types';
import type { AwardCode } from './vocab/awards';

export const NO_VOTES: readonly PersonVote[] = [];

export interface IndividualEnv {
  readonly params: Params;
  readonly frame: PeriodFrame | null;
  readonly votes: readonly PersonVote[];
  readonly blocs: readonly BlocResult[];
}

/**
 * Decisions by title, then person number (duplicates' `personOf`: the same number for every row of one
 * identity): what a later layer's `peer` reads (only titles some check reads). An array per title.
 */
export type Decisions = ReadonlyMap<AwardCode, (PeerResult | undefined)[]>;

/**
 * The rule context of one draft. One object serves every draft in turn (`of`): checks read it while they
 * run and never keep it, so 50,000 drafts do not make 50,000 contexts and closures.
 */
export class DraftContext implements RuleContext {
  votes: readonly PersonVote[] = NO_VOTES;
  /** The person number of the draft judged; -1 when its row is not known (no peer then). */
  private person = -1;

  /** `personOf`: each row's person number, by row index. */
  constructor(
    private readonly env: IndividualEnv,
    readonly personVotesExist: boolean,
    private readonly decided: Decisions,
    private readonly personOf: Int32Array,
  ) {}

  get params(): Params {
    return this.env.params;
  }

  get frame(): PeriodFrame | null {
    return this.env.frame;
  }

  get blocs(): readonly BlocResult[] {
    return this.env.blocs;
  }

  /** The context of the draft of row `at` (-1: unknown) with these votes. */
  of(at: number, votes: readonly PersonVote[]): this {
    this.person = at < 0 ? -1 : this.personOf[at]!;
    this.votes = votes;
    return this;
  }

  peer(award: AwardCode): PeerResult | null {
    if (this.person < 0) return null;
    return this.decided.get(award)?.[this.person] ?? null;
  }
}

/** The rule context drafts are judged in: one object serves every draft in turn. */
import type { BlocResult } from '../model';
import type { Params } from '../settings/params';
import type { PeriodFrame } from '../rules/periods';
import type { PeerResult, RuleContext } from '../rules/types';
import type { PersonRow, PersonVote } from './types';
import type { AwardCode } from './vocab/awards';

export const NO_VOTES: readonly PersonVote[] = [];

export interface IndividualEnv {
  readonly params: Params;
  readonly frame: PeriodFrame | null;
  readonly votes: readonly PersonVote[];
  readonly blocs: readonly BlocResult[];
}

/** Decisions by title, then person identity: what a later layer's `peer` reads (only titles some check reads). */
export type Decisions = ReadonlyMap<AwardCode, Map<string, PeerResult>>;

/**
 * The rule context of one draft. One object serves every draft in turn (`of`): checks read it while they
 * run and never keep it, so 50,000 drafts do not make 50,000 contexts and closures.
 */
export class DraftContext implements RuleContext {
  votes: readonly PersonVote[] = NO_VOTES;
  private identity = '';

  constructor(
    private readonly env: IndividualEnv,
    readonly personVotesExist: boolean,
    private readonly decided: Decisions,
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

  of(person: PersonRow, votes: readonly PersonVote[]): this {
    this.identity = person.identity;
    this.votes = votes;
    return this;
  }

  peer(award: AwardCode): PeerResult | null {
    return this.decided.get(award)?.get(this.identity) ?? null;
  }
}

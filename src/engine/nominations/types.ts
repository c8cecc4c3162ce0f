/**
 * Nomination rows as read from the sheets (SPEC §3.5–§3.7), before any rule is applied.
 * Every value keeps the A1 address it came from so reasons can name the cell.
 */
import type { SimpleDate } from '../cells/values';
import type { AwardCode } from './vocab/awards';
import type { DisciplineRead, Rating, RatingRead } from './vocab/ratings';
import type { InitiativeLevel, InitiativeRead } from './vocab/initiatives';

/** A value read from a cell; `cell` is the A1 address in the row's sheet, null when the column is absent. */
export interface Located<T> {
  readonly read: T;
  readonly cell: string | null;
}

export type LeaveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'days'; readonly days: number; readonly maternity: boolean }
  | { readonly kind: 'unreadable'; readonly text: string };

export type ServiceRead =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'months'; readonly months: number; readonly from: 'months' | 'hireDate' }
  | { readonly kind: 'unreadable'; readonly text: string };

export type CountRead = { readonly kind: 'empty' } | { readonly kind: 'count'; readonly n: number } | { readonly kind: 'unreadable'; readonly text: string };

/** What the history says about one earlier (or the current) period. */
export interface PeriodFacts {
  /** Titles and forms of commendation recorded for the period. */
  readonly awards: Set<AwardCode>;
  /** True when a title column or the free text states the period's emulation title (even "Không"). */
  titleKnown: boolean;
  rating: Rating | 'none' | null;
  initiatives: { count: number | null; level: InitiativeLevel | null } | 'none' | null;
  /** Cells each kind of fact was read from ("H7"), for messages. */
  readonly cells: { title: string | null; merit: string | null; rating: string | null; initiatives: string | null };
}

/** Period key (see rules/periods.ts) → facts. */
export type PersonHistory = ReadonlyMap<number, PeriodFacts>;

export interface AwardEntry {
  readonly code: AwardCode;
  readonly text: string;
}

export interface PersonRow {
  readonly sheet: string;
  /** 0-based row index. */
  readonly row: number;
  readonly nameCell: string;
  readonly name: string;
  /** `looseKey(name)`: how names are matched (votes, homonyms, identity). */
  readonly nameKey: string;
  readonly unit: string;
  /** `unitMatchKey(unit)`: how units are matched (quota scopes, votes, identity). */
  readonly unitKey: string;
  readonly unitCell: string | null;
  readonly position: string;
  readonly birth: SimpleDate | null;
  readonly id: string | null;
  /** Mã định danh when present, else name + date of birth + unit (SPEC §3.6), folded. */
  readonly identity: string;
  readonly awards: readonly AwardEntry[];
  readonly unknownAwards: readonly string[];
  readonly awardCell: string;
  readonly rating: Located<RatingRead>;
  readonly discipline: Located<DisciplineRead>;
  readonly leave: Located<LeaveRead>;
  readonly service: Located<ServiceRead>;
  readonly initiative: Located<InitiativeRead>;
  readonly history: PersonHistory;
  /** The row's values folded and joined, to spot rows typed twice (computed on demand: only rows of one person are compared). */
  fingerprint(): string;
}

export interface CollectiveRow {
  readonly sheet: string;
  readonly row: number;
  readonly nameCell: string;
  readonly name: string;
  readonly unit: string;
  readonly unitCell: string | null;
  readonly awards: readonly AwardEntry[];
  readonly unknownAwards: readonly string[];
  readonly awardCell: string;
  readonly rating: Located<RatingRead>;
  readonly members: Located<CountRead>;
  readonly ldtt: Located<CountRead>;
  readonly cstdcs: Located<CountRead>;
  readonly completed: Located<CountRead>;
  readonly disciplined: Located<CountRead>;
}

export interface PersonVote {
  readonly sheet: string;
  readonly row: number;
  readonly name: string;
  readonly unit: string;
  /** null: the row gives no title, it applies to every title of the person. */
  readonly award: AwardCode | null;
  readonly votesFor: number;
  readonly total: number;
  readonly share: number;
  readonly cell: string;
}

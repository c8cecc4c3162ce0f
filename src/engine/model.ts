/**
 * The engine's results as plain data: what the bloc computation, the nomination checks and the quota
 * checks produce, before they are turned into the JSON report, the write plan or the minutes.
 */
import type { Classification, Params } from './settings/params';
import type { Finding } from './findings/types';
import type { RegistrationResult } from './registration/types';
import type { ExamplesResult } from './examples/types';

export type CriterionType = 'CHUAN' | 'CONG' | 'TRU' | 'LIET';

export interface Criterion {
  /** Code as typed ("I", "1", "1.2", "a"), cleaned. */
  readonly code: string;
  /** Full path key, unique in the table ("II.3.a"). */
  readonly key: string;
  readonly title: string;
  /** Điểm chuẩn / tối đa; null when not given (groups may omit it). */
  readonly max: number | null;
  readonly type: CriterionType;
  /** 0 = group (I, II), 1 = criterion (1, 2), 2 = sub-criterion (1.1), 3 = item (a). */
  readonly level: number;
  readonly children: readonly Criterion[];
  /** Where it was read from. */
  readonly sheet: string;
  readonly row: number;
}

export interface CriteriaTable {
  readonly sheet: string;
  /** Top-level nodes in order. */
  readonly roots: readonly Criterion[];
  /** Scored leaves in order. */
  readonly leaves: readonly Criterion[];
  /** Σ max of CHUAN leaves. */
  readonly scale: number;
}

/** A unit's vote result (suy tôn) from the votes sheet. */
export interface VoteResult {
  readonly votesFor: number;
  readonly total: number;
  /** votesFor / total, 0..1. */
  readonly share: number;
  readonly sheet: string;
  readonly row: number;
}

/** A note attached to a ranked unit, rendered like a finding message (code + params). */
export interface UnitNote {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type ProposalCode = 'CO_TINH' | 'BANG_KHEN';

/** proposed: gets `proposal`; review: tied for the last flag place ("cần hiệp thương"); vetoed; none. */
export type ProposalStatus = 'proposed' | 'review' | 'vetoed' | 'none';

export interface GroupScore {
  readonly code: string;
  readonly title: string;
  readonly max: number | null;
  /** Authoritative score of the group (Σ of its leaves' authoritative scores; CHUAN leaves only for CHUAN groups). */
  readonly value: number;
  /** Σ self scores of the group's leaves, when the sheet has self scores for this unit. */
  readonly selfValue: number | null;
}

export interface UnitResult {
  readonly unit: string;
  /** Folded key used to match the unit across sheets. */
  readonly unitKey: string;
  /** Score per top-level group, in criteria order. */
  readonly groups: readonly GroupScore[];
  /** Σ self scores over all leaves (base + bonus − deduction of self scores); null when the unit has no self scores. */
  readonly selfTotal: number | null;
  readonly base: number;
  readonly bonus: number;
  readonly deduction: number;
  readonly total: number;
  readonly vetoed: boolean;
  /** 1-based rank; units still equal after tie-breaks share it (1, 1, 3). */
  readonly rank: number;
  readonly classification: Classification;
  readonly proposal: ProposalCode | null;
  readonly status: ProposalStatus;
  readonly notes: readonly UnitNote[];
  readonly votes: VoteResult | null;
  /** Where the unit's scores were read: sheet and 0-based column of its authoritative scores. */
  readonly source: { readonly sheet: string; readonly col: number; readonly selfCol: number | null };
  /** Per phase (SPEC §9), when the bloc is scored in phases: the phase total, null when it is missing. */
  readonly phases?: readonly UnitPhaseScore[];
}

/** One emulation phase (đợt thi đua) of a bloc and its normalised weight (the weights sum to 1). */
export interface BlocPhase {
  readonly phase: number;
  readonly weight: number;
  readonly sheets: readonly string[];
}

export interface UnitPhaseScore {
  readonly phase: number;
  /** The phase total; null when the unit has no score in that phase. */
  readonly total: number | null;
  readonly sheet: string | null;
}

export interface BlocResult {
  readonly name: string;
  /** The scoring sheet(s) it came from. */
  readonly sheets: readonly string[];
  readonly criteria: CriteriaTable;
  readonly scale: number;
  /** Units in rank order (ties in input order). */
  readonly units: readonly UnitResult[];
  /** True when at least one unit has both self and bloc scores (show the self-vs-bloc columns). */
  readonly hasSelfAndBloc: boolean;
  /** Number of merit (Bằng khen) places: round(rate × (members − flag units)). */
  readonly meritLimit: number;
  /** The phases the year's score combines (SPEC §9), in order; absent when the bloc has none. */
  readonly phases?: readonly BlocPhase[];
}

export type NominationStatus = 'eligible' | 'ineligible' | 'review';

export interface NominationReason {
  readonly code: string;
  /** Vietnamese (or English) message naming the cell. */
  readonly message: string;
  /** The legal source the rule quotes. */
  readonly source?: string;
  readonly status: Exclude<NominationStatus, 'eligible'>;
  readonly cell?: string;
}

export interface NominationResult {
  readonly sheet: string;
  /** 1-based Excel row of the nomination. */
  readonly row: number;
  /** A1 address of the cell to link to (the name cell). */
  readonly cell: string;
  readonly name: string;
  readonly unit: string;
  /** Machine code of the award (LDTT, CSTDCS, …). */
  readonly award: string;
  readonly status: NominationStatus;
  readonly reasons: readonly NominationReason[];
  readonly kind: 'individual' | 'collective';
  /** Vote share when votes exist (used to order over-quota rows). */
  readonly voteShare?: number;
  readonly position?: string;
}

export interface QuotaResult {
  /** Unit name, or "Toàn danh sách". */
  readonly scope: string;
  readonly award: string;
  readonly base: number;
  readonly limit: number;
  readonly count: number;
  readonly ok: boolean;
}

/** Which role the engine gave a sheet, for the task pane's "Kiểm tra" step. */
export type SheetRole =
  | 'settings'
  | 'criteria'
  | 'scoring'
  | 'units'
  | 'votes'
  | 'nominations'
  | 'collectives'
  | 'registration'
  | 'examples'
  | 'output'
  | 'ownership'
  | 'unknown';

export interface SheetRecognition {
  readonly sheet: string;
  readonly role: SheetRole;
  /** 0-based header row when one was found. */
  readonly headerRow: number | null;
  /** How sure: 'name' (recognised by name), 'header' (by its header row), 'user' (confirmed), 'none'. */
  readonly by: 'name' | 'header' | 'user' | 'none';
  /** For scoring sheets: the bloc name and the layout detected. */
  readonly bloc?: string;
  readonly layout?: 'criteriaInRows' | 'unitsInRows';
  /** For scoring sheets of a phase: its number (Đợt 1 → 1). */
  readonly phase?: number;
}

export interface Analysis {
  readonly params: Params;
  readonly sheets: readonly SheetRecognition[];
  readonly blocs: readonly BlocResult[];
  readonly nominations: readonly NominationResult[];
  readonly quotas: readonly QuotaResult[];
  readonly findings: readonly Finding[];
  /** The registration sheet's result (SPEC §9), when the workbook has one. */
  readonly registration?: RegistrationResult;
  /** The advanced-examples sheet's result (SPEC §9), when the workbook has one. */
  readonly examples?: ExamplesResult;
}

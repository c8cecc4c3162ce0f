/**
 * What a scoring sheet reader hands to the computation: the items scored (criteria leaves, or groups when
 * a units-in-rows sheet only has group columns), and per unit where each item's self / bloc / single
 * score sits. Positions are 0-based; both layouts end up in this one shape.
 */
import type { Criterion, CriteriaTable, GroupScore } from '../model';
import type { SheetGrid } from '../cells/grid';
import { settleFieldKinds } from './fieldKinds';

export interface CellPos {
  readonly r: number;
  readonly c: number;
}

/**
 * Where a unit's scores sit: item i's cells are on row `rows[i]`, in column `self[i]` (Tự chấm),
 * `bloc[i]` (Khối chấm & co.) or `main[i]` (a lone score column); −1 when there is none. Typed arrays,
 * shared between units where the layout allows (criteria-in-rows share rows, units-in-rows columns):
 * a bloc of 40 units × 60 criteria makes no per-cell objects.
 */
export interface ScoreCells {
  readonly rows: Int32Array;
  readonly self: Int32Array;
  readonly bloc: Int32Array;
  readonly main: Int32Array;
}

export const NO_COL = -1;

/**
 * ScoreCells and UnitInput made by constructors rather than object literals, for the readers that make
 * thousands: a literal's allocation site is tracked (and, its objects all surviving, switched to old-space
 * allocation while the function using it is being optimised, which throws that compile away); a class's
 * instances are not, and share one shape.
 */
export class ScoreCellsRecord implements ScoreCells {
  constructor(
    readonly rows: Int32Array,
    readonly self: Int32Array,
    readonly bloc: Int32Array,
    readonly main: Int32Array,
  ) {}
}

export class UnitInputRecord implements UnitInput {
  constructor(
    readonly name: string,
    readonly key: string,
    readonly bloc: string,
    readonly nameCell: CellPos,
    readonly cells: ScoreCells,
    readonly typedTotal: CellPos | null,
    readonly scoreCol: number,
    readonly selfCol: number | null,
    readonly hasSelf: boolean,
    readonly hasBloc: boolean,
  ) {}
}

export interface ScoreItem {
  /** The criterion (or group) scored; a synthetic CONG/TRU node for `Điểm cộng`/`Điểm trừ` summary columns. */
  readonly node: Criterion;
  readonly synthetic: boolean;
  /** The cell naming the item (code cell or column header), for messages. */
  readonly where: CellPos;
}

export interface UnitInput {
  readonly name: string;
  /** foldKey(name). */
  readonly key: string;
  /** Bloc the unit belongs to (the sheet's, or a `Khối` column / section row of a units-in-rows sheet). */
  readonly bloc: string;
  readonly nameCell: CellPos;
  /** Aligned with ScoringSheet.items. */
  readonly cells: ScoreCells;
  /** A typed total (Tổng) in the unit's authoritative column / row, when the sheet has one. */
  readonly typedTotal: CellPos | null;
  /** Column of the authoritative scores (criteria-in-rows) or of the name (units-in-rows). */
  readonly scoreCol: number;
  readonly selfCol: number | null;
  readonly hasSelf: boolean;
  readonly hasBloc: boolean;
}

export type Layout = 'criteriaInRows' | 'unitsInRows';

export interface ScoringSheet {
  readonly grid: SheetGrid;
  readonly layout: Layout;
  readonly headerRow: number;
  /** The sheet's bloc name (units may override it). */
  readonly bloc: string;
  readonly criteria: CriteriaTable;
  readonly items: readonly ScoreItem[];
  readonly units: readonly UnitInput[];
}

export class CellPosRecord implements CellPos {
  constructor(
    readonly r: number,
    readonly c: number,
  ) {}
}

export class ScoreItemRecord implements ScoreItem {
  constructor(
    readonly node: Criterion,
    readonly synthetic: boolean,
    readonly where: CellPos,
  ) {}
}

/** A root group's score (see ScoreCellsRecord for why a class): fields in GroupScore's order. */
export class GroupScoreRecord implements GroupScore {
  constructor(
    readonly code: string,
    readonly title: string,
    readonly max: number | null,
    readonly value: number,
    readonly selfValue: number | null,
  ) {}
}

/** A group score with every field at its most general kind (a fraction; null where allowed). */
export const SAMPLE_GROUP_SCORE: GroupScore = new GroupScoreRecord('', '', 0.5, 0.5, 0.5);
settleFieldKinds(new GroupScoreRecord('', '', null, 0.5, null), SAMPLE_GROUP_SCORE);

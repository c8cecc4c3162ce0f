/**
 * Parameters of the rest of the yearly cycle (SPEC §9): the registration deadline (`Hạn đăng ký`), the
 * emulation phases (`Đợt`, `Đợt N`, `Trọng số Đợt N`) and the advanced-example count rules (`Điển hình …`).
 * Types and defaults only; the readers are in ./parseCycle.ts.
 */

/** A registration deadline as typed: "25/10" (year from the period) or a full date. */
export interface DayMonth {
  readonly day: number;
  readonly month: number;
  /** Null when only day and month were typed. */
  readonly year: number | null;
}

/** Target groups (Đối tượng) of the advanced-examples sheet. */
export type ExampleGroup = 'CBQL' | 'GV' | 'NV' | 'HS' | 'TAPTHE';

export const EXAMPLE_GROUPS: readonly ExampleGroup[] = ['CBQL', 'GV', 'NV', 'HS', 'TAPTHE'];

export const EXAMPLE_GROUP_LABELS: Readonly<Record<ExampleGroup, { vi: string; en: string }>> = {
  CBQL: { vi: 'Cán bộ quản lý', en: 'Managers' },
  GV: { vi: 'Giáo viên', en: 'Teachers' },
  NV: { vi: 'Nhân viên', en: 'Staff' },
  HS: { vi: 'Học sinh', en: 'Students' },
  TAPTHE: { vi: 'Tập thể, mô hình', en: 'Collectives, models' },
};

/** Where a count rule applies: each unit (school), each bloc, or the whole list of the workbook. */
export type ExampleScope = 'unit' | 'bloc' | 'list';

/**
 * "Mỗi trường tối thiểu 2 Cán bộ quản lý, giáo viên, nhân viên": at least `min`, at most `max` entries of
 * the groups (empty = every group) in each scope.
 */
export interface ExampleRule {
  readonly scope: ExampleScope;
  readonly groups: readonly ExampleGroup[];
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * SPEC §9 (from the plans the product serves): each school at least 2 staff (managers, teachers,
 * employees) and 3 students; each bloc 1 to 3 collectives or models; each office (the whole list) at
 * least 10.
 */
export const DEFAULT_EXAMPLE_RULES: readonly ExampleRule[] = [
  { scope: 'unit', groups: ['CBQL', 'GV', 'NV'], min: 2, max: null },
  { scope: 'unit', groups: ['HS'], min: 3, max: null },
  { scope: 'bloc', groups: ['TAPTHE'], min: 1, max: 3 },
  { scope: 'list', groups: [], min: 10, max: null },
];

export interface CycleParams {
  /** `Hạn đăng ký`; null = not set (lateness is then not judged). */
  readonly registrationDeadline: DayMonth | null;
  /** `Trọng số Đợt N`: phase number → weight as a ratio (40 % → 0.4). Phases without one: equal weights. */
  readonly phaseWeights: Readonly<Record<number, number>>;
  /** `Đợt N`: phase number → the scoring sheets that belong to it (for sheet names that do not say it). */
  readonly phaseSheets: Readonly<Record<number, readonly string[]>>;
  /** `Đợt`: the phase of every scoring sheet whose name or title names none; null = none. */
  readonly defaultPhase: number | null;
  readonly exampleRules: readonly ExampleRule[];
}

export const DEFAULT_CYCLE_PARAMS: CycleParams = {
  registrationDeadline: null,
  phaseWeights: {},
  phaseSheets: {},
  defaultPhase: null,
  exampleRules: DEFAULT_EXAMPLE_RULES,
};

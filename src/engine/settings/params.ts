/**
 * Parameters of §6 with their defaults. The `Cấu hình` sheet overrides them (see ./readSettings.ts).
 * Every rule reads its numbers from here, never from a literal, so a new regulation is new data.
 */

import { DEFAULT_CYCLE_PARAMS, type CycleParams } from './cycleParams';

export type Classification = 'XUAT_SAC' | 'TOT' | 'KHA' | 'TRUNG_BINH' | 'YEU';

/** Best first. */
export const CLASSIFICATION_ORDER: readonly Classification[] = ['XUAT_SAC', 'TOT', 'KHA', 'TRUNG_BINH', 'YEU'];

export const CLASSIFICATION_LABELS: Readonly<Record<Classification, { vi: string; en: string }>> = {
  XUAT_SAC: { vi: 'Xuất sắc', en: 'Excellent' },
  TOT: { vi: 'Tốt', en: 'Good' },
  KHA: { vi: 'Khá', en: 'Fair' },
  TRUNG_BINH: { vi: 'Trung bình', en: 'Average' },
  YEU: { vi: 'Yếu', en: 'Weak' },
};

/** Tie-break criteria, applied in order when totals are equal at 2 decimals. */
export type TieBreak = 'FEWER_DEDUCTIONS' | 'HIGHER_BASE' | 'HIGHER_BONUS' | 'HIGHER_SELF_TOTAL';

export type Rounding = 'down' | 'nearest' | 'up';

/** A vote threshold: share of `total` votes; strict = "trên" (more than), else "từ" (at least). */
export interface VoteThreshold {
  readonly ratio: number;
  readonly strict: boolean;
}

/** The evaluation period: a school year 2024-2025 (start 2024) or a calendar year. */
export type Period = { readonly kind: 'schoolYear'; readonly start: number } | { readonly kind: 'year'; readonly year: number };

/** §6 parameters, plus the §9 ones (registration deadline, phases, advanced examples: ./cycleParams.ts). */
export interface Params extends CycleParams {
  /** Self-vs-bloc gap (points) above which a warning is raised; null = 5 % of the scale. */
  readonly gapWarning: number | null;
  readonly tieBreaks: readonly TieBreak[];
  /** Classification bands, % of the scale (lower bounds). */
  readonly bands: Readonly<Record<Exclude<Classification, 'YEU'>, number>>;
  readonly flagCount: number;
  readonly flagMinClass: Classification;
  readonly meritRate: number;
  readonly meritMinClass: Classification;
  readonly unitVoteThreshold: VoteThreshold;
  readonly personVoteThreshold: VoteThreshold;
  readonly cstdcsRate: number;
  readonly quotaScope: 'unit' | 'list';
  readonly rounding: Rounding;
  readonly minServiceMonths: number;
  readonly maxLeaveDays: number;
  readonly leaveSeverity: 'review' | 'error' | 'ignore';
  readonly legalBasis: string;
  /** Units allowed to be proposed for the Government flag (Cờ thi đua của Chính phủ). */
  readonly govFlagUnits: readonly string[];
  // Identity of the issuing body, used in print headers and minutes.
  readonly agency: string;
  readonly parentAgency: string;
  readonly place: string;
  readonly period: Period | null;
  readonly preparedBy: string;
  readonly chairman: string;
}

export const DEFAULT_PARAMS: Params = {
  gapWarning: null,
  tieBreaks: ['FEWER_DEDUCTIONS', 'HIGHER_BASE'],
  bands: { XUAT_SAC: 95, TOT: 85, KHA: 70, TRUNG_BINH: 50 },
  flagCount: 1,
  flagMinClass: 'XUAT_SAC',
  meritRate: 0.2,
  meritMinClass: 'TOT',
  unitVoteThreshold: { ratio: 0.5, strict: true },
  personVoteThreshold: { ratio: 0.9, strict: false },
  cstdcsRate: 0.15,
  quotaScope: 'unit',
  rounding: 'down',
  minServiceMonths: 6,
  maxLeaveDays: 40,
  leaveSeverity: 'review',
  legalBasis: 'Luật Thi đua, khen thưởng số 06/2022/QH15 và các văn bản hướng dẫn thi hành',
  govFlagUnits: [],
  agency: '',
  parentAgency: '',
  place: '',
  period: null,
  preparedBy: '',
  chairman: '',
  ...DEFAULT_CYCLE_PARAMS,
};

/** Applies the rounding mode to a quota such as 15 % × 14 = 2.1 (→ 2 rounding down). */
export function roundQuota(x: number, mode: Rounding): number {
  // Round at 6 decimals first so 0.15 × 20 = 3.0000000000000004 stays 3.
  const v = Math.round(x * 1e6) / 1e6;
  if (mode === 'down') return Math.floor(v);
  if (mode === 'up') return Math.ceil(v);
  return Math.round(v);
}

export function meetsThreshold(votesFor: number, total: number, t: VoteThreshold): boolean {
  if (total <= 0) return false;
  // Integer arithmetic avoids 0.9 × 10 = 9.000000000000002.
  const lhs = votesFor * 1e6;
  const rhs = Math.round(t.ratio * 1e6) * total;
  return t.strict ? lhs > rhs : lhs >= rhs;
}

export function periodLabel(p: Period | null): string {
  if (!p) return '';
  return p.kind === 'schoolYear' ? `${p.start}-${p.start + 1}` : String(p.year);
}

/** What the advanced-examples stage (điển hình tiên tiến, SPEC §9) hands to the plans and the report. */
import type { ExampleGroup, ExampleRule, ExampleScope } from '../settings/cycleParams';

export interface ExampleEntry {
  readonly sheet: string;
  /** 1-based Excel row. */
  readonly row: number;
  /** A1 address of the unit cell. */
  readonly cell: string;
  readonly unit: string;
  readonly unitKey: string;
  /** The unit's bloc when known ('' otherwise). */
  readonly bloc: string;
  /** `Họ và tên` or `Tên mô hình`. */
  readonly name: string;
  /** Null when `Đối tượng` is empty or not understood. */
  readonly group: ExampleGroup | null;
  /** `Đối tượng` as typed. */
  readonly groupText: string;
  readonly field: string;
  readonly summary: string;
  readonly title: string;
}

/** One rule applied to one scope (a unit, a bloc, the whole list): ✓ when min ≤ count ≤ max. */
export interface ExampleCount {
  readonly ruleIndex: number;
  readonly rule: ExampleRule;
  readonly level: ExampleScope;
  /** The unit or bloc name, or "Toàn danh sách". */
  readonly scope: string;
  readonly count: number;
  readonly ok: boolean;
}

export interface ExamplesResult {
  readonly sheet: string;
  readonly rules: readonly ExampleRule[];
  readonly counts: readonly ExampleCount[];
  readonly entries: readonly ExampleEntry[];
}

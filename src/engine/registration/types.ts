/** What the registration stage (đăng ký thi đua, SPEC §9) hands to the plans, the report and the task pane. */
import type { SimpleDate } from '../cells/values';

/** One unit's registration line: every listed unit, registered or not, then registered units not listed. */
export interface UnitRegistration {
  readonly unit: string;
  /** unitMatchKey(unit): matched across sheets with or without "Trường". */
  readonly unitKey: string;
  readonly bloc: string;
  readonly registered: boolean;
  /** Null when not registered or when the date cell is empty or unreadable. */
  readonly date: SimpleDate | null;
  /** Null when there is no deadline or no date to judge. On the deadline day is on time. */
  readonly onTime: boolean | null;
  /** Days after the deadline (0 when on time or unknown). */
  readonly daysLate: number;
  /** `Đăng ký danh hiệu` of the unit's own row. */
  readonly title: string;
  /** `Mục tiêu, chỉ tiêu`. */
  readonly goals: string;
  /** Personal registrations of the unit (rows with a `Họ và tên`). */
  readonly persons: number;
  /** True when the unit is in the list registrations are checked against (units sheet, else the blocs). */
  readonly listed: boolean;
  /** The registration row (its unit cell), when registered. */
  readonly source: { readonly sheet: string; readonly cell: string } | null;
}

export interface PersonRegistration {
  readonly name: string;
  readonly unit: string;
  readonly date: SimpleDate | null;
  readonly onTime: boolean | null;
  readonly title: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface RegistrationResult {
  readonly sheet: string;
  /** The resolved `Hạn đăng ký`; null when not set or its year cannot be known. */
  readonly deadline: SimpleDate | null;
  readonly units: readonly UnitRegistration[];
  readonly persons: readonly PersonRegistration[];
  /** True when the sheet has a `Họ và tên` column with at least one name: people must register too. */
  readonly hasPersonal: boolean;
  /** Where the list of units to register came from. */
  readonly unitsFrom: 'units' | 'blocs' | 'registration';
}

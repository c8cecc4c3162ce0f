/**
 * The `registration` section of the JSON report (SPEC §9), present when the workbook has a registration
 * sheet. Keys in a fixed order; dates as ISO "YYYY-MM-DD".
 */
import type { SimpleDate } from '../cells/values';
import type { RegistrationResult } from './types';

export interface JsonRegistration {
  sheet: string;
  deadline: string | null;
  units: { unit: string; bloc: string; registered: boolean; date: string | null; onTime: boolean | null; daysLate: number; listed: boolean }[];
  persons: { name: string; unit: string; date: string | null; onTime: boolean | null }[];
}

export function isoDate(d: SimpleDate | null): string | null {
  if (!d) return null;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function registrationJson(r: RegistrationResult): JsonRegistration {
  return {
    sheet: r.sheet,
    deadline: isoDate(r.deadline),
    units: r.units.map((u) => ({ unit: u.unit, bloc: u.bloc, registered: u.registered, date: isoDate(u.date), onTime: u.onTime, daysLate: u.daysLate, listed: u.listed })),
    persons: r.persons.map((p) => ({ name: p.name, unit: p.unit, date: isoDate(p.date), onTime: p.onTime })),
  };
}

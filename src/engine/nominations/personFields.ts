/** Reading the per-person fields of a nomination row that need more than a vocabulary lookup. */
import type { CellValue } from '../../workbook/snapshot';
import { isCellError } from '../../workbook/snapshot';
import { cleanText, foldKey, looseKey } from '../cells/text';
import { memoised } from '../cells/memo';
import type { SimpleDate } from '../cells/values';
import { cellText, formatDate, readDate, readNumber } from '../cells/values';
import type { PeriodFrame } from '../rules/periods';
import { periodEnd } from '../rules/periods';
import type { LeaveRead, ServiceRead } from './types';

const MATERNITY = /\bthai san\b/;

/** The readings most rows share (no leave, service unknown): one object each, never modified by callers. */
const NO_LEAVE: LeaveRead = { kind: 'none' };
const SERVICE_UNKNOWN: ServiceRead = { kind: 'unknown' };

/** `Số ngày nghỉ` (+ `Lý do nghỉ`): empty means none; "thai sản" in either cell exempts the leave. */
export function readLeave(v: CellValue, reason: string): LeaveRead {
  const n = readNumber(v);
  if (n.kind === 'empty') return NO_LEAVE;
  const text = cellText(v);
  const maternity = MATERNITY.test(looseKey(reason)) || MATERNITY.test(looseKey(text));
  if (n.kind === 'number' && n.value >= 0) return { kind: 'days', days: n.value, maternity };
  // "45 (thai sản)", "12 ngày": the leading number is the count.
  const lead = /^(\d+(?:[.,]\d+)?)\s*(?:ngay|ngày|\(|$)/i.exec(cleanText(text));
  if (n.kind === 'text' && lead) return { kind: 'days', days: Number(lead[1]!.replace(',', '.')), maternity };
  return { kind: 'unreadable', text: isCellError(v) ? v.error : text };
}

/** Whole months from `from` to the end of `to` (01/12/2024 → 31/05/2025 is 6 months). */
export function monthsBetween(from: SimpleDate, to: SimpleDate): number {
  const next = new Date(Date.UTC(to.year, to.month - 1, to.day + 1));
  const ny = next.getUTCFullYear();
  const nm = next.getUTCMonth() + 1;
  const nd = next.getUTCDate();
  const months = (ny - from.year) * 12 + (nm - from.month) - (nd < from.day ? 1 : 0);
  return Math.max(0, months);
}

/**
 * `Số tháng công tác` when given, else the months from `Ngày tuyển dụng` to the end of the period
 * (unknown while the period is unknown).
 */
export function readService(months: CellValue, hire: CellValue, frame: PeriodFrame | null): ServiceRead {
  const m = readNumber(months);
  if (m.kind === 'number' && m.value >= 0) return { kind: 'months', months: m.value, from: 'months' };
  if (m.kind !== 'empty') return { kind: 'unreadable', text: isCellError(months) ? months.error : cellText(months) };
  if (hire === null || (typeof hire === 'string' && cleanText(hire) === '')) return SERVICE_UNKNOWN;
  const d = readDate(hire);
  if (!d) return { kind: 'unreadable', text: isCellError(hire) ? hire.error : cellText(hire) };
  if (!frame) return SERVICE_UNKNOWN;
  const end = periodEnd(frame.key, frame.kind);
  return { kind: 'months', months: monthsBetween(d, end), from: 'hireDate' };
}

/** A date of birth (or a lone year of birth) as text for the identity key; null when empty. */
export function readBirth(v: CellValue): BirthRead | null {
  if (typeof v === 'string') return plainBirth(v) ?? readBirthText(v);
  return readBirthValue(v);
}

/**
 * The reading of a date typed exactly "dd/mm/yyyy" (ASCII digits, a valid day, a year from 1000: the
 * text is then the date's own "dd/mm/yyyy"), without the regular expression; undefined for any other text.
 */
export function plainBirth(s: string): BirthRead | undefined {
  if (!isPlainBirth(s)) return undefined;
  return { date: { year: twoDigits(s, 6) * 100 + twoDigits(s, 8), month: twoDigits(s, 3), day: twoDigits(s, 0) }, text: s };
}

/**
 * True when `s` is a date typed exactly "dd/mm/yyyy" (see `plainBirth`): its reading's text is `s`
 * itself, so the identity needs no reading of it (nothing is allocated, nothing is looked up).
 */
export function isPlainBirth(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(2) !== 0x2f || s.charCodeAt(5) !== 0x2f) return false;
  const day = twoDigits(s, 0);
  const month = twoDigits(s, 3);
  const year = twoDigits(s, 6) * 100 + twoDigits(s, 8);
  return day >= 1 && month >= 1 && month <= 12 && year >= 1000 && day <= daysInMonth(year, month);
}

/** The text a date of birth adds to the identity ('' when empty): `readBirth(v)?.text`, a plain date read without a reading. */
export function birthText(v: CellValue): string {
  if (typeof v === 'string' && isPlainBirth(v)) return v;
  return readBirth(v)?.text ?? '';
}

/** Days of a month of the (proleptic) Gregorian calendar, as `Date` counts them. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** The number of the two ASCII digits at `i`, or -10000 (out of every range) when they are not digits. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 0x30;
  const b = s.charCodeAt(i + 1) - 0x30;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -10000;
}

export interface BirthRead {
  readonly date: SimpleDate | null;
  readonly text: string;
}

/** Typed dates of birth recur (a few thousand distinct days): memoised, results shared and immutable. */
const readBirthText = memoised((v: string) => readBirthValue(v));

function readBirthValue(v: CellValue): BirthRead | null {
  if (v === null || (typeof v === 'string' && cleanText(v) === '')) return null;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100) return { date: null, text: String(v) };
  const d = readDate(v);
  if (d) return { date: d, text: formatDate(d) };
  return { date: null, text: cellText(v) };
}

/**
 * SPEC §3.6: `Mã định danh` when present, else name + date of birth + unit; the name and the unit come
 * as their match keys (`looseKey`, `unitMatchKey`).
 */
export function identityKey(id: string | null, nameKey: string, birth: string, unitKey: string): string {
  if (id) return `id:${foldKey(id).replace(/\s+/g, '')}`;
  // Joined rather than concatenated: one flat string, not a chain of parts to flatten when it is hashed.
  return ['p:', nameKey, '|', birth, '|', unitKey].join('');
}

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
import { unitMatchKey } from './unitKey';

const MATERNITY = /\bthai san\b/;

/** `Số ngày nghỉ` (+ `Lý do nghỉ`): empty means none; "thai sản" in either cell exempts the leave. */
export function readLeave(v: CellValue, reason: string): LeaveRead {
  const n = readNumber(v);
  if (n.kind === 'empty') return { kind: 'none' };
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
  if (hire === null || (typeof hire === 'string' && cleanText(hire) === '')) return { kind: 'unknown' };
  const d = readDate(hire);
  if (!d) return { kind: 'unreadable', text: isCellError(hire) ? hire.error : cellText(hire) };
  if (!frame) return { kind: 'unknown' };
  const end = periodEnd(frame.key, frame.kind);
  return { kind: 'months', months: monthsBetween(d, end), from: 'hireDate' };
}

/** A date of birth (or a lone year of birth) as text for the identity key; null when empty. */
export function readBirth(v: CellValue): BirthRead | null {
  if (typeof v === 'string') return readBirthText(v);
  return readBirthValue(v);
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

/** SPEC §3.6: `Mã định danh` when present, else name + date of birth + unit. */
export function identityKey(id: string | null, name: string, birth: string, unit: string): string {
  if (id) return `id:${foldKey(id).replace(/\s+/g, '')}`;
  return `p:${looseKey(name)}|${birth}|${unitMatchKey(unit)}`;
}

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
  if (typeof v === 'string') {
    const day = plainDayKey(v);
    return day < 0 ? readBirthText(v) : byDay(day, v);
  }
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 2958466) return byDay(v, v);
  return readBirthValue(v);
}

/**
 * Dates of birth by a small integer key (an Excel serial, or a "dd/mm/yyyy" text packed as
 * yyyy·512 + mm·32 + dd; each kind in its own map), so the common cells skip hashing a string. The
 * results are those of `readBirthValue`, shared and immutable.
 */
const serialBirths = new Map<number, BirthRead | null>();
const textBirths = new Map<number, BirthRead | null>();

function byDay(key: number, v: string | number): BirthRead | null {
  const memo = typeof v === 'string' ? textBirths : serialBirths;
  let b = memo.get(key);
  if (b === undefined) {
    if (memo.size >= 100_000) memo.clear();
    b = readBirthValue(v);
    memo.set(key, b);
  }
  return b;
}

/** yyyy·512 + mm·32 + dd for exactly "dd/mm/yyyy" (ASCII digits); -1 for any other text. */
function plainDayKey(s: string): number {
  if (s.length !== 10 || s.charCodeAt(2) !== 0x2f || s.charCodeAt(5) !== 0x2f) return -1;
  let day = 0;
  let month = 0;
  let year = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 2 || i === 5) continue;
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    if (i < 2) day = day * 10 + d;
    else if (i < 5) month = month * 10 + d;
    else year = year * 10 + d;
  }
  return year * 512 + month * 32 + day;
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

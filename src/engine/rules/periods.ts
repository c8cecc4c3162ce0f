/**
 * Evaluation periods as integers so "the previous period" is plain arithmetic (SPEC §3.6): a school year
 * 2024-2025 is keyed by the year it ends in (2025), a calendar year by itself. In a school-year workbook
 * a lone year Y means the school year that ends in Y, which the key makes automatic.
 */
import type { Period } from '../settings/params';
import type { SimpleDate } from '../cells/values';

export type PeriodKind = Period['kind'];

/** The period being evaluated, as a key, and how periods are written in this workbook. */
export interface PeriodFrame {
  readonly key: number;
  readonly kind: PeriodKind;
}

export function periodKey(p: Period): number {
  return p.kind === 'schoolYear' ? p.start + 1 : p.year;
}

export function frameOf(p: Period | null): PeriodFrame | null {
  return p ? { key: periodKey(p), kind: p.kind } : null;
}

/** "2023-2024" for a school year, "2024" for a calendar year. */
export function formatPeriod(key: number, kind: PeriodKind): string {
  return kind === 'schoolYear' ? `${key - 1}-${key}` : String(key);
}

/** Last day counted in the period: 31 May for a school year (when the year's evaluation is held), 31 Dec otherwise. */
export function periodEnd(key: number, kind: PeriodKind): SimpleDate {
  return kind === 'schoolYear' ? { year: key, month: 5, day: 31 } : { year: key, month: 12, day: 31 };
}

export interface PeriodToken {
  readonly text: string;
  readonly index: number;
  /** A range "2023-2024" / "2023-24", or a lone year. */
  readonly from: number;
  readonly to: number | null;
}

const TOKEN = /(?<!\d)((?:19|20)\d{2})(?:\s*[-–—/]\s*((?:19|20)?\d{2}))?(?!\d)/g;

/** Every year or year range in a text ("Danh hiệu năm học 2023-2024", "CSTĐCS 2023, 2024"). */
export function findPeriodTokens(text: string): PeriodToken[] {
  const out: PeriodToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const from = Number(m[1]);
    let to: number | null = null;
    if (m[2] !== undefined) to = m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    out.push({ text: m[0], index: m.index ?? 0, from, to });
  }
  return out;
}

export type TokenReading = { readonly key: number; readonly style: PeriodKind } | { readonly ambiguous: true };

/**
 * A token read in a workbook of the given kind (null while the kind is not known yet).
 * A range that is not two consecutive years, or a school year in a calendar-year workbook, is ambiguous.
 */
export function readToken(t: PeriodToken, kind: PeriodKind | null): TokenReading {
  if (t.to === null) return { key: t.from, style: 'year' };
  if (t.to !== t.from + 1) return { ambiguous: true };
  if (kind === 'year') return { ambiguous: true };
  return { key: t.to, style: 'schoolYear' };
}

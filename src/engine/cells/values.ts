/**
 * Reading numbers and dates as users type them: "8,5" and "8.5" are 8.5; "1.000" is 1000 only when
 * the caller says a thousands dot is the sane reading; Excel serials and dd/mm/yyyy for dates.
 */
import type { CellValue } from '../../workbook/snapshot';
import { isCellError } from '../../workbook/snapshot';
import { cleanText } from './text';

export type NumberRead =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; fromText: boolean }
  | { kind: 'ambiguous'; text: string; asDecimal: number; asThousands: number }
  | { kind: 'error'; error: string }
  | { kind: 'text'; text: string };

/** Dashes and the like that users type to mean "nothing" in a number cell. */
const EMPTY_MARKS = new Set(['', '-', '—', '–', '_']);

export interface NumberReadOptions {
  /**
   * The largest value that makes sense in this cell (e.g. the sheet's scale). "1.000" is read as
   * 1000 only when 1000 ≤ maxSane and 1.0 would be odd; otherwise the reading is ambiguous.
   */
  readonly maxSane?: number;
}

const NO_OPTIONS: NumberReadOptions = {};

/** One shared reading for every empty cell (most cells of a list are): never modified by callers. */
const EMPTY_READ: NumberRead = Object.freeze({ kind: 'empty' });

export function readNumber(v: CellValue | undefined, opts: NumberReadOptions = NO_OPTIONS): NumberRead {
  if (v === null || v === undefined) return EMPTY_READ;
  if (isCellError(v)) return { kind: 'error', error: v.error };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, fromText: false } : { kind: 'text', text: String(v) };
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  const t = cleanText(v).replace(/\s/g, '');
  if (EMPTY_MARKS.has(t)) return EMPTY_READ;
  if (/^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i.test(t)) return { kind: 'error', error: t.toUpperCase() };
  const neg = /^[-−]/.test(t);
  const body = t.replace(/^[-−+]/, '');
  // 1.000 / 1.000,5 / 12.500.000 : thousands dots (optionally a decimal comma).
  const thousandsDot = /^\d{1,3}(\.\d{3})+(,\d+)?$/.exec(body);
  // 1,000 / 1,000.5 : thousands commas (English style).
  const thousandsComma = /^\d{1,3}(,\d{3})+(\.\d+)?$/.exec(body);
  let value: number | null = null;
  if (/^\d+([.,]\d+)?$/.test(body) && !thousandsDot && !thousandsComma) {
    value = Number(body.replace(',', '.'));
  } else if (thousandsDot) {
    const asThousands = Number(body.replace(/\./g, '').replace(',', '.'));
    const dots = (body.match(/\./g) ?? []).length;
    if (dots > 1 || body.includes(',')) value = asThousands;
    else {
      const asDecimal = Number(body);
      const max = opts.maxSane;
      if (max !== undefined && asThousands <= max && asDecimal < 10 && Number.isInteger(asThousands) && max >= 1000) {
        // On a 1000-point scale "1.000" is the full score more plausibly than 1 point… but both fit:
        return { kind: 'ambiguous', text: t, asDecimal: neg ? -asDecimal : asDecimal, asThousands: neg ? -asThousands : asThousands };
      }
      if (max !== undefined && asThousands > max) value = asDecimal;
      else if (max === undefined) return { kind: 'ambiguous', text: t, asDecimal: neg ? -asDecimal : asDecimal, asThousands: neg ? -asThousands : asThousands };
      else value = asDecimal;
    }
  } else if (thousandsComma) {
    const dots = (body.match(/,/g) ?? []).length;
    const asThousands = Number(body.replace(/,/g, ''));
    if (dots > 1 || body.includes('.')) value = asThousands;
    else {
      const asDecimal = Number(body.replace(',', '.'));
      const max = opts.maxSane;
      if (max !== undefined && asThousands > max) value = asDecimal;
      else return { kind: 'ambiguous', text: t, asDecimal: neg ? -asDecimal : asDecimal, asThousands: neg ? -asThousands : asThousands };
    }
  }
  if (value === null || !Number.isFinite(value)) return { kind: 'text', text: cleanText(v) };
  return { kind: 'number', value: neg ? -value : value, fromText: true };
}

/** Rounds to 2 decimals the way totals are compared (0.1 + 0.2 equals 0.3). */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON * Math.sign(x)) * 100) / 100;
}

/** Compares two scores at 2 decimals: negative, 0 or positive. */
export function compare2(a: number, b: number): number {
  return Math.round(a * 100) - Math.round(b * 100);
}

/** Days between 1899-12-30 and 1970-01-01: Excel's serial of the Unix epoch. */
const EXCEL_EPOCH_OFFSET = 25569;

export interface SimpleDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function serialToDate(serial: number): SimpleDate {
  const ms = Math.round((serial - EXCEL_EPOCH_OFFSET) * 86400000);
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dateToSerial(d: SimpleDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86400000 + EXCEL_EPOCH_OFFSET;
}

/** Reads an Excel serial, "dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy" or "dd.mm.yyyy"; null otherwise. */
export function readDate(v: CellValue | undefined): SimpleDate | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 2958466) return serialToDate(v);
  if (typeof v !== 'string') return null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cleanText(v));
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** "dd/mm/yyyy". */
export function formatDate(d: SimpleDate): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** A cell as display text (numbers with a decimal comma), empty string for empty. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'number') return formatNumberVi(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return cleanText(v);
}

/** 8.5 → "8,5"; integers plain; at most 2 decimals. */
export function formatNumberVi(x: number): string {
  const r = round2(x);
  return Number.isInteger(r) ? String(r) : String(r).replace('.', ',');
}

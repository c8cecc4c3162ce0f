/**
 * Values between Office.js and the port. Reading: Office.js returns an empty cell as "" and an error
 * as its text ("#N/A"); errors are recognised by their exact text rather than by loading `valueTypes`,
 * which would double the response for every cell (a text cell that spells an error exactly is shown by
 * Excel as that error anyway). Writing: strings are entered like typed text, so any string that Excel
 * could turn into something else (a formula "=…", "+…", "-…", "@…", a number "1.5", a date "1/2/2024",
 * TRUE, "#N/A", or one that starts with an apostrophe) gets a leading apostrophe. Excel keeps the
 * apostrophe out of the value (it becomes the cell's quote prefix), so the exact text reads back; a
 * Text number format ("@") would also keep text but needs a second array and stays on the cell.
 */
import type { CellValue } from '../workbook/snapshot';
import type { PlanValue } from '../workbook/plan';
import { needsTextGuard } from '../workbook/plan';

const ERROR_TEXTS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
]);

export function isErrorText(s: string): boolean {
  return ERROR_TEXTS.has(s);
}

/** One cell of `range.values` as the snapshot wants it. */
export function fromOffice(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return isErrorText(s) ? { error: s } : s;
}

/** English month names Excel's parser turns into dates ("May 2024", "Jan-5"). */
const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/]*\d/i;

/** True when Excel would not store `s` as this exact text if it were typed into a cell. */
export function needsQuotePrefix(s: string): boolean {
  if (s === '') return false;
  if (needsTextGuard(s) || s.startsWith("'")) return true;
  // Plain prose starts with a letter; numbers, dates, times, percentages, errors and symbols do not.
  if (!/^\p{L}/u.test(s)) return true;
  return /^(true|false)$/i.test(s.trim()) || MONTH_DATE.test(s);
}

/** What to put in a values/formulas array for one plan value. */
export function toOffice(v: PlanValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  return needsQuotePrefix(v) ? `'${v}` : v;
}

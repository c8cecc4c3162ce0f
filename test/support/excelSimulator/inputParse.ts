/**
 * How Excel stores what is written to `values` / `formulas`: like text typed into a cell (en-US input).
 * This is where an unguarded "=SUM(1)" becomes a formula and "1.5" a number, so tests can show why the
 * adapter guards text. Modelled: a leading apostrophe (kept out of the value, remembered as the quote
 * prefix), the Text number format "@", formulas (= + - @), numbers (with thousands commas, exponent and
 * %), TRUE/FALSE, error literals and m/d/yyyy or yyyy-mm-dd dates. Not modelled: other date and time
 * forms, currency, fractions.
 */
import { SimError } from './errors';

export const ERROR_LITERALS: readonly string[] = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
];

/** An error value stored in a cell. */
export interface ErrVal {
  readonly error: string;
}

export type Scalar = string | number | boolean | ErrVal;

export type Stored =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'value'; readonly value: Scalar; readonly quotePrefix: boolean }
  | { readonly kind: 'formula'; readonly formula: string };

/** Excel keeps 15 significant digits. */
export function excelNumber(n: number): number {
  if (!Number.isFinite(n)) throw new SimError('InvalidArgument', `The argument is invalid: ${String(n)} is not a number Excel can store.`);
  // toPrecision is slow; a number below 1e9 with at most 6 decimals has at most 15 digits already.
  if (Math.abs(n) < 1e9 && Math.round(n * 1e6) / 1e6 === n) return n === 0 ? 0 : n;
  const r = Number(n.toPrecision(15));
  return Object.is(r, -0) ? 0 : r;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function readNumberText(s: string): number | null {
  const t = s.trim();
  if (t === '' || t === '+' || t === '-' || t === '.') return null;
  const pct = t.endsWith('%');
  const body = pct ? t.slice(0, -1).trim() : t;
  if (!NUMBER.test(body) || !/\d/.test(body)) return null;
  const n = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return pct ? n / 100 : n;
}

/** Excel serial of a calendar date (1900 system, with Excel's phantom 29 Feb 1900). */
export function dateSerial(y: number, m: number, d: number): number {
  const days = Date.UTC(y, m - 1, d) / 86_400_000 - Date.UTC(1899, 11, 31) / 86_400_000;
  return days >= 60 ? days + 1 : days;
}

function readDateText(s: string): number | null {
  const t = s.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900) return null;
  return dateSerial(y, mo, d);
}

export function parseInput(input: unknown, numberFormat: string | undefined): Stored {
  if (input === null || input === undefined) return { kind: 'unchanged' };
  if (typeof input === 'number') return { kind: 'value', value: excelNumber(input), quotePrefix: false };
  if (typeof input === 'boolean') return { kind: 'value', value: input, quotePrefix: false };
  if (typeof input !== 'string') throw new SimError('InvalidArgument', `The argument is invalid: a cell value cannot be ${typeof input}.`);
  if (input === '') return { kind: 'empty' };
  if (input.length > 32_767) throw new SimError('InvalidArgument', 'The argument is invalid: text longer than 32,767 characters.');
  if (numberFormat === '@') return { kind: 'value', value: input, quotePrefix: false };
  if (input.startsWith("'")) {
    const rest = input.slice(1);
    return rest === '' ? { kind: 'empty' } : { kind: 'value', value: rest, quotePrefix: true };
  }
  if (input.startsWith('=') && input.length > 1) return { kind: 'formula', formula: input };
  const n = readNumberText(input);
  if (n !== null) return { kind: 'value', value: excelNumber(n), quotePrefix: false };
  if ((input.startsWith('+') || input.startsWith('-') || input.startsWith('@')) && input.length > 1) {
    return { kind: 'formula', formula: `=${input}` };
  }
  const upper = input.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE', quotePrefix: false };
  if (ERROR_LITERALS.includes(upper)) return { kind: 'value', value: { error: upper }, quotePrefix: false };
  const date = readDateText(input);
  if (date !== null) return { kind: 'value', value: date, quotePrefix: false };
  return { kind: 'value', value: input, quotePrefix: false };
}

export function isErrVal(v: unknown): v is ErrVal {
  return typeof v === 'object' && v !== null && typeof (v as ErrVal).error === 'string';
}

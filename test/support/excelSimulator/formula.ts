/**
 * A small formula evaluator so that formula cells read back a value, as in Excel: numbers, text,
 * TRUE/FALSE, references (A1, $A$1, 'Sheet'!A1, ranges), + - * / ^ & % and comparisons, and SUM, MIN,
 * MAX, AVERAGE, COUNT, COUNTA, ROUND, ROUNDDOWN, ROUNDUP, ABS, IF, IFERROR, AND, OR, NOT, HYPERLINK. Anything else is #NAME?, as
 * Excel shows an unknown function. Results keep 15 significant digits like Excel.
 */
import type { Rect } from './addresses';
import { parseLocalAddress } from './addresses';
import type { ErrVal, Scalar } from './inputParse';
import { ERROR_LITERALS, excelNumber, isErrVal } from './inputParse';

export interface FormulaHost {
  /** The evaluated value of a cell; undefined when empty. Errors as ErrVal. */
  cell(sheet: string | null, r: number, c: number): Scalar | undefined;
  /** False when a sheet of that name does not exist. */
  hasSheet(sheet: string): boolean;
}

interface RangeRef {
  readonly sheet: string | null;
  readonly rect: Rect;
}
type Val = Scalar | undefined | RangeRef;

const err = (e: string): ErrVal => ({ error: e });
const isRange = (v: Val): v is RangeRef => typeof v === 'object' && v !== null && 'rect' in v;

class Parser {
  private i = 0;
  constructor(private readonly s: string, private readonly host: FormulaHost) {}

  run(): Val {
    const v = this.comparison();
    this.ws();
    if (this.i < this.s.length) return err('#NAME?');
    return v;
  }

  private ws(): void {
    while (this.s[this.i] === ' ') this.i++;
  }
  private eat(tok: string): boolean {
    this.ws();
    if (this.s.startsWith(tok, this.i)) {
      this.i += tok.length;
      return true;
    }
    return false;
  }

  private comparison(): Val {
    let a = this.concat();
    for (;;) {
      const op = ['<=', '>=', '<>', '=', '<', '>'].find((o) => this.eat(o));
      if (!op) return a;
      const b = this.concat();
      a = compare(this.scalar(a), this.scalar(b), op);
    }
  }
  private concat(): Val {
    let a = this.additive();
    while (this.eat('&')) {
      const x = this.scalar(a);
      const y = this.scalar(this.additive());
      a = isErrVal(x) ? x : isErrVal(y) ? y : text(x) + text(y);
    }
    return a;
  }
  private additive(): Val {
    let a = this.term();
    for (;;) {
      if (this.eat('+')) a = arith(this.scalar(a), this.scalar(this.term()), (x, y) => x + y);
      else if (this.eat('-')) a = arith(this.scalar(a), this.scalar(this.term()), (x, y) => x - y);
      else return a;
    }
  }
  private term(): Val {
    let a = this.power();
    for (;;) {
      if (this.eat('*')) a = arith(this.scalar(a), this.scalar(this.power()), (x, y) => x * y);
      else if (this.eat('/')) a = arith(this.scalar(a), this.scalar(this.power()), (x, y) => (y === 0 ? NaN : x / y));
      else return a;
    }
  }
  private power(): Val {
    let a = this.unary();
    while (this.eat('^')) a = arith(this.scalar(a), this.scalar(this.unary()), (x, y) => x ** y);
    return a;
  }
  private unary(): Val {
    if (this.eat('-')) return arith(0, this.scalar(this.unary()), (_x, y) => -y);
    if (this.eat('+') || this.eat('@')) return this.unary();
    const v = this.primary();
    return this.eat('%') ? arith(this.scalar(v), 100, (x, y) => x / y) : v;
  }

  private primary(): Val {
    this.ws();
    const rest = this.s.slice(this.i);
    let m: RegExpExecArray | null;
    if (this.eat('(')) {
      const v = this.comparison();
      return this.eat(')') ? v : err('#NAME?');
    }
    if ((m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest))) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    if (rest.startsWith('"')) {
      m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) return err('#NAME?');
      this.i += m[0].length;
      return m[1]!.replace(/""/g, '"');
    }
    const lit = ERROR_LITERALS.find((e) => rest.toUpperCase().startsWith(e));
    if (lit) {
      this.i += lit.length;
      return err(lit);
    }
    m = /^(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\u1EF9][\w.\u00C0-\u1EF9]*))!/.exec(rest);
    let sheet: string | null = null;
    if (m) {
      sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
      this.i += m[0].length;
    }
    const ref = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![\w(])/.exec(this.s.slice(this.i));
    if (ref) {
      this.i += ref[0].length;
      if (sheet !== null && !this.host.hasSheet(sheet)) return err('#REF!');
      return { sheet, rect: parseLocalAddress(ref[0]) };
    }
    if (sheet !== null) return err('#REF!');
    m = /^([A-Za-z][A-Za-z0-9.]*)\s*\(/.exec(this.s.slice(this.i));
    if (m) {
      this.i += m[0].length;
      const args: Val[] = [];
      if (!this.eat(')')) {
        do args.push(this.comparison());
        while (this.eat(','));
        if (!this.eat(')')) return err('#NAME?');
      }
      return this.call(m[1]!.toUpperCase(), args);
    }
    m = /^(TRUE|FALSE)(?![\w(])/i.exec(this.s.slice(this.i));
    if (m) {
      this.i += m[0].length;
      return m[1]!.toUpperCase() === 'TRUE';
    }
    return err('#NAME?');
  }

  /** A reference used as a single value is its top-left cell (no implicit intersection modelled). */
  private scalar(v: Val): Scalar | undefined {
    return isRange(v) ? this.host.cell(v.sheet, v.rect.r0, v.rect.c0) : v;
  }

  private flat(args: readonly Val[]): (Scalar | undefined)[] {
    const out: (Scalar | undefined)[] = [];
    for (const a of args) {
      if (!isRange(a)) {
        out.push(a);
        continue;
      }
      for (let r = a.rect.r0; r <= a.rect.r1; r++) for (let c = a.rect.c0; c <= a.rect.c1; c++) out.push(this.host.cell(a.sheet, r, c));
    }
    return out;
  }

  private call(name: string, args: readonly Val[]): Val {
    const values = (): (Scalar | undefined)[] => this.flat(args);
    const nums = (): number[] | ErrVal => {
      const out: number[] = [];
      for (const v of values()) {
        if (isErrVal(v)) return v;
        if (typeof v === 'number') out.push(v);
      }
      return out;
    };
    const agg = (f: (xs: number[]) => number): Scalar => {
      const xs = nums();
      return isErrVal(xs) ? xs : f(xs);
    };
    switch (name) {
      case 'SUM':
        return agg((xs) => xs.reduce((a, b) => a + b, 0));
      case 'MIN':
        return agg((xs) => (xs.length ? xs.reduce((a, b) => Math.min(a, b)) : 0));
      case 'MAX':
        return agg((xs) => (xs.length ? xs.reduce((a, b) => Math.max(a, b)) : 0));
      case 'AVERAGE': {
        const xs = nums();
        if (isErrVal(xs)) return xs;
        return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : err('#DIV/0!');
      }
      case 'COUNT':
        return values().filter((v) => typeof v === 'number').length;
      case 'COUNTA':
        return values().filter((v) => v !== undefined && v !== '').length;
      case 'ROUND': {
        const [x, d] = [toNum(this.scalar(args[0])), toNum(this.scalar(args[1] ?? 0))];
        if (isErrVal(x)) return x;
        if (isErrVal(d)) return d;
        const f = 10 ** d;
        return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
      }
      case 'ROUNDDOWN':
      case 'ROUNDUP': {
        const [x, d] = [toNum(this.scalar(args[0])), toNum(this.scalar(args[1] ?? 0))];
        if (isErrVal(x)) return x;
        if (isErrVal(d)) return d;
        const f = 10 ** d;
        // Excel rounds the magnitude toward (DOWN) or away from (UP) zero; 1e-9 absorbs float noise.
        const m = name === 'ROUNDDOWN' ? Math.floor(Math.abs(x) * f + 1e-9) : Math.ceil(Math.abs(x) * f - 1e-9);
        return (Math.sign(x) * m) / f;
      }
      case 'ABS':
        return arith(this.scalar(args[0]), 0, (x) => Math.abs(x));
      case 'IF': {
        const c = truthy(this.scalar(args[0]));
        if (isErrVal(c)) return c;
        return c ? (args[1] ?? true) : (args[2] ?? false);
      }
      case 'IFERROR': {
        const v = this.scalar(args[0]);
        return isErrVal(v) ? args[1] : v;
      }
      case 'AND':
      case 'OR': {
        const bs = values().map(truthy);
        const e = bs.find(isErrVal);
        if (e) return e;
        return name === 'AND' ? bs.every(Boolean) : bs.some(Boolean);
      }
      case 'NOT': {
        const b = truthy(this.scalar(args[0]));
        return isErrVal(b) ? b : !b;
      }
      case 'HYPERLINK': {
        // The cell shows (and `values` reads) the friendly name, else the link location; following the
        // link is not modelled.
        const v = this.scalar(args[1] ?? args[0]);
        return v === undefined ? 0 : v;
      }
      default:
        return err('#NAME?');
    }
  }
}

function text(v: Scalar | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function toNum(v: Scalar | undefined | RangeRef): number | ErrVal {
  if (v === undefined || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isErrVal(v)) return v;
  if (typeof v === 'string') {
    const n = Number(v);
    return v.trim() !== '' && Number.isFinite(n) ? n : err('#VALUE!');
  }
  return err('#VALUE!');
}

function truthy(v: Scalar | undefined): boolean | ErrVal {
  const n = typeof v === 'string' ? (v.toUpperCase() === 'TRUE' ? 1 : v.toUpperCase() === 'FALSE' ? 0 : toNum(v)) : toNum(v);
  return isErrVal(n) ? n : n !== 0;
}

function arith(a: Scalar | undefined, b: Scalar | undefined, f: (x: number, y: number) => number): Scalar {
  const x = toNum(a);
  if (isErrVal(x)) return x;
  const y = toNum(b);
  if (isErrVal(y)) return y;
  const r = f(x, y);
  return Number.isFinite(r) ? r : err('#DIV/0!');
}

function compare(a: Scalar | undefined, b: Scalar | undefined, op: string): Scalar {
  if (isErrVal(a)) return a;
  if (isErrVal(b)) return b;
  const x = a ?? 0;
  const y = b ?? 0;
  let c: number;
  if (typeof x === typeof y) c = typeof x === 'string' ? (x as string).toUpperCase().localeCompare((y as string).toUpperCase()) : Number(x) - Number(y);
  else c = typeof x === 'number' ? -1 : typeof y === 'number' ? 1 : typeof x === 'string' ? -1 : 1;
  switch (op) {
    case '=': return c === 0;
    case '<>': return c !== 0;
    case '<': return c < 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    default: return c >= 0;
  }
}

/** Evaluates "=…" on `host`; the result is what `values` reads back for that cell. */
export function evaluateFormula(formula: string, host: FormulaHost): Scalar {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const parser = new Parser(body, host);
  let v: Val;
  try {
    v = parser.run();
  } catch {
    return err('#NAME?');
  }
  const s = isRange(v) ? host.cell(v.sheet, v.rect.r0, v.rect.c0) : v;
  if (s === undefined) return 0;
  return typeof s === 'number' ? excelNumber(s) : s;
}

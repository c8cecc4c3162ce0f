/**
 * Deterministic hashes of sheet values, in pure JS (no crypto module: the engine runs in Excel's
 * web view and in the browser too). A sheet's values are hashed as a reader sees them back: empty
 * strings are empty cells, trailing empty cells and rows do not count, -0 is 0, CRLF is LF. So the hash
 * of a plan's values equals the hash of the same sheet re-read by any adapter after writing.
 */
import type { CellValue } from './snapshot';
import type { PlanValue, SheetPlan } from './plan';

type AnyValue = CellValue | PlanValue | undefined;

/** cyrb53: a fast 53-bit string hash with good dispersion; two seeds give 106 bits. */
function cyrb53(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A hex digest of any text. */
export function hashText(s: string): string {
  return cyrb53(s, 1).toString(16).padStart(14, '0') + cyrb53(s, 2).toString(16).padStart(14, '0');
}

/** One cell as a self-delimiting token ("" for an empty cell). */
function token(v: AnyValue): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return `n${Object.is(v, -0) ? '0' : String(v)};`;
  if (typeof v === 'boolean') return v ? 'b1;' : 'b0;';
  if (typeof v === 'string') {
    const t = v.replace(/\r\n?/g, '\n');
    return `s${t.length}:${t}`;
  }
  return `e${v.error};`;
}

/** Hash of a grid of values, insensitive to trailing empty cells and rows. */
export function hashValues(values: readonly (readonly AnyValue[])[]): string {
  const rows: string[] = [];
  for (const row of values) {
    const tokens = row.map(token);
    while (tokens.length > 0 && tokens[tokens.length - 1] === '') tokens.pop();
    rows.push(tokens.map((t) => (t === '' ? '_' : t)).join(''));
  }
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  return hashText(rows.join('\n'));
}

/** The values a reader will see in a written plan: its grid with the formulas' cached results. */
export function planReadBackValues(plan: Pick<SheetPlan, 'values' | 'formulas'>): PlanValue[][] {
  const grid = plan.values.map((r) => [...r]);
  for (const f of plan.formulas) {
    while (grid.length <= f.row) grid.push([]);
    const row = grid[f.row]!;
    while (row.length <= f.col) row.push(null);
    row[f.col] = f.result;
  }
  return grid;
}

export function hashPlanValues(plan: Pick<SheetPlan, 'values' | 'formulas'>): string {
  return hashValues(planReadBackValues(plan));
}

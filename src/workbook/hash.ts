/**
 * Deterministic hashes of sheet values, in pure JS (no crypto module: the engine runs in Excel's
 * web view and in the browser too). A sheet's values are hashed as a reader sees them back: empty
 * strings are empty cells, trailing empty cells and rows do not count, -0 is 0, CRLF is LF. So the hash
 * of a plan's values equals the hash of the same sheet re-read by any adapter after writing.
 */
import type { CellValue } from './snapshot';
import type { PlanValue, SheetPlan } from './plan';

type AnyValue = CellValue | PlanValue | undefined;

/**
 * cyrb53: a fast 53-bit string hash with good dispersion; two seeds give 106 bits. Streaming: text is
 * fed piece by piece, so a 100,000-row sheet is hashed without building its whole text (which cost
 * seconds and hundreds of MB); the digest is the same as hashing the concatenated text at once.
 */
/**
 * Bound once: inside a vm context (jest's test environment) every `Math.imul` in the loop is a lookup
 * on the context's global object, twenty times slower than the multiplication itself.
 */
const imul = Math.imul;

class Cyrb53x2 {
  private a1 = 0xdeadbeef ^ 1;
  private a2 = 0x41c6ce57 ^ 1;
  private b1 = 0xdeadbeef ^ 2;
  private b2 = 0x41c6ce57 ^ 2;

  feed(s: string): void {
    let { a1, a2, b1, b2 } = this;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      a1 = imul(a1 ^ ch, 2654435761);
      a2 = imul(a2 ^ ch, 1597334677);
      b1 = imul(b1 ^ ch, 2654435761);
      b2 = imul(b2 ^ ch, 1597334677);
    }
    this.a1 = a1;
    this.a2 = a2;
    this.b1 = b1;
    this.b2 = b2;
  }

  digest(): string {
    return finish(this.a1, this.a2).toString(16).padStart(14, '0') + finish(this.b1, this.b2).toString(16).padStart(14, '0');
  }
}

function finish(h1: number, h2: number): number {
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A hex digest of any text. */
export function hashText(s: string): string {
  const h = new Cyrb53x2();
  h.feed(s);
  return h.digest();
}

function isEmpty(v: AnyValue): boolean {
  return v === null || v === undefined || v === '';
}

/** Feeds one non-empty cell as a self-delimiting token. */
function feedToken(h: Cyrb53x2, v: AnyValue): void {
  if (typeof v === 'number') h.feed(`n${Object.is(v, -0) ? '0' : String(v)};`);
  else if (typeof v === 'boolean') h.feed(v ? 'b1;' : 'b0;');
  else if (typeof v === 'string') {
    const t = v.includes('\r') ? v.replace(/\r\n?/g, '\n') : v;
    h.feed(`s${t.length}:`);
    h.feed(t);
  } else if (v !== null && v !== undefined) h.feed(`e${v.error};`);
}

/**
 * Hashes rows as the text "row\nrow\n…" where a row is its cells' tokens ("_" for an empty cell),
 * trailing empty cells and trailing empty rows left out. `cellAt` overlays a row's cells (formulas'
 * cached results) without copying the grid.
 */
function hashRows(rowCount: number, rowLength: (r: number) => number, cellAt: (r: number, c: number) => AnyValue): string {
  const h = new Cyrb53x2();
  let lastEmitted = -1;
  for (let r = 0; r < rowCount; r++) {
    let end = rowLength(r);
    while (end > 0 && isEmpty(cellAt(r, end - 1))) end--;
    if (end === 0) continue;
    // The newlines of the rows since the last one written (empty rows in between are empty lines).
    h.feed('\n'.repeat(lastEmitted < 0 ? r : r - lastEmitted));
    for (let c = 0; c < end; c++) {
      const v = cellAt(r, c);
      if (isEmpty(v)) h.feed('_');
      else feedToken(h, v);
    }
    lastEmitted = r;
  }
  return h.digest();
}

/** Hash of a grid of values, insensitive to trailing empty cells and rows. */
export function hashValues(values: readonly (readonly AnyValue[])[]): string {
  return hashRows(
    values.length,
    (r) => values[r]!.length,
    (r, c) => values[r]![c],
  );
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
  if (plan.formulas.length === 0) return hashValues(plan.values);
  // Same as hashValues(planReadBackValues(plan)), without copying the grid.
  const results = new Map<number, Map<number, PlanValue>>();
  let rows = plan.values.length;
  for (const f of plan.formulas) {
    let row = results.get(f.row);
    if (!row) results.set(f.row, (row = new Map()));
    row.set(f.col, f.result);
    rows = Math.max(rows, f.row + 1);
  }
  return hashRows(
    rows,
    (r) => {
      let n = plan.values[r]?.length ?? 0;
      for (const c of results.get(r)?.keys() ?? []) n = Math.max(n, c + 1);
      return n;
    },
    (r, c) => {
      const over = results.get(r);
      return over?.has(c) ? over.get(c) : plan.values[r]?.[c];
    },
  );
}

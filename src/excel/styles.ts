/** A plan's cell styles as Office.js format operations (each set property is one operation). */
import type { CellStyle, StyledRange } from '../workbook/plan';
import type { CellRange } from '../workbook/snapshot';
import type { SyncBudget } from './budget';
import { writeGridInChunks } from './gridWrite';
import { cellAddress } from '../engine';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const OUTER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Excel wants "#RRGGBB"; anything else is left out rather than failing the whole batch. */
function color(c: string | undefined): string | null {
  return c !== undefined && /^#[0-9A-Fa-f]{6}$/.test(c) ? c.toUpperCase() : null;
}

/** The format sets of a style without borders and number formats (what a RangeAreas can take). */
function plainSets(s: CellStyle, range: { readonly format: Excel.RangeFormat }): (() => void)[] {
  const sets: (() => void)[] = [];
  if (s.fontName) sets.push(() => (range.format.font.name = s.fontName!));
  if (s.fontSize) sets.push(() => (range.format.font.size = s.fontSize!));
  if (s.bold !== undefined) sets.push(() => (range.format.font.bold = s.bold!));
  if (s.italic !== undefined) sets.push(() => (range.format.font.italic = s.italic!));
  if (s.underline !== undefined) sets.push(() => (range.format.font.underline = s.underline ? 'Single' : 'None'));
  const fontColor = color(s.color);
  if (fontColor) sets.push(() => (range.format.font.color = fontColor));
  const fill = color(s.fill);
  if (fill) sets.push(() => (range.format.fill.color = fill));
  if (s.hAlign) sets.push(() => (range.format.horizontalAlignment = H_ALIGN[s.hAlign!]));
  if (s.vAlign) sets.push(() => (range.format.verticalAlignment = V_ALIGN[s.vAlign!]));
  if (s.wrap !== undefined) sets.push(() => (range.format.wrapText = s.wrap!));
  return sets;
}

/** Longest address list of one `getRanges` call (Excel's limit is not documented; 8,192 is safe). */
export const AREAS_ADDRESS_CHARS = 4_000;

/** Comma-separated address lists of at most AREAS_ADDRESS_CHARS characters. */
export function addressLists(addresses: readonly string[]): string[] {
  const out: string[] = [];
  let parts: string[] = [];
  let chars = 0;
  for (const a of addresses) {
    if (parts.length > 0 && chars + a.length + 1 > AREAS_ADDRESS_CHARS) {
      out.push(parts.join(','));
      parts = [];
      chars = 0;
    }
    parts.push(a);
    chars += a.length + 1;
  }
  if (parts.length) out.push(parts.join(','));
  return out;
}

const canGroup = (s: CellStyle): boolean => !s.border && !s.numberFormat;

/**
 * The addresses of ranges that all get one same style, as few areas as possible: ranges over the same
 * columns that touch or overlap vertically become one area ("A10:A10", "A11:A11" → "A10:A11"), a single
 * cell is written "A10". The cells covered are exactly the same.
 */
export function areaAddresses(ranges: readonly CellRange[]): string[] {
  const byColumns = new Map<string, CellRange[]>();
  for (const r of ranges) {
    if (r.r1 < r.r0 || r.c1 < r.c0) continue;
    const k = `${r.c0}:${r.c1}`;
    const list = byColumns.get(k);
    if (list) list.push(r);
    else byColumns.set(k, [r]);
  }
  const out: string[] = [];
  for (const list of byColumns.values()) {
    list.sort((a, b) => a.r0 - b.r0);
    let cur = { ...list[0]! };
    for (const r of list.slice(1)) {
      if (r.r0 <= cur.r1 + 1) cur.r1 = Math.max(cur.r1, r.r1);
      else {
        out.push(rangeAddress(cur));
        cur = { ...r };
      }
    }
    out.push(rangeAddress(cur));
  }
  return out;
}

function rangeAddress(r: CellRange): string {
  const first = cellAddress(r.r0, r.c0);
  return r.r0 === r.r1 && r.c0 === r.c1 ? first : `${first}:${cellAddress(r.r1, r.c1)}`;
}

/**
 * Queues the plan's styles in order. With ExcelApi 1.9, consecutive styled ranges of one same plain
 * style (no borders, no number format: a link colour on every nomination row, say) are set together
 * through `getRanges`, one operation per property per address list instead of per range, over as few
 * areas as cover them; the order of the styles, and so what overrides what, is unchanged.
 */
export async function queueStyles(ws: Excel.Worksheet, styles: readonly StyledRange[], budget: SyncBudget, v1_9: boolean): Promise<void> {
  for (let i = 0; i < styles.length; ) {
    const key = JSON.stringify(styles[i]!.style);
    let j = i + 1;
    if (v1_9 && canGroup(styles[i]!.style)) while (j < styles.length && JSON.stringify(styles[j]!.style) === key) j++;
    if (j - i < 2) {
      await queueStyle(ws, styles[i]!, budget);
      i++;
      continue;
    }
    for (const list of addressLists(areaAddresses(styles.slice(i, j).map((x) => x.range)))) {
      const sets = plainSets(styles[i]!.style, ws.getRanges(list));
      if (sets.length === 0) continue;
      await budget.reserve(list.length, sets.length);
      for (const set of sets) set();
    }
    i = j;
  }
}

/** Queues the format operations of one styled range. */
export async function queueStyle(ws: Excel.Worksheet, styled: StyledRange, budget: SyncBudget): Promise<void> {
  const { r0, c0, r1, c1 } = styled.range;
  const rows = r1 - r0 + 1;
  const cols = c1 - c0 + 1;
  if (rows < 1 || cols < 1) return;
  const s: CellStyle = styled.style;
  const range = ws.getRangeByIndexes(r0, c0, rows, cols);
  const sets: (() => void)[] = plainSets(s, range);
  let ops = 0;
  if (s.border) {
    const edges: string[] = [...OUTER_EDGES];
    if (rows > 1) edges.push('InsideHorizontal');
    if (cols > 1) edges.push('InsideVertical');
    for (const e of edges) {
      ops++;
      sets.push(() => {
        const b = range.format.borders.getItem(e as Excel.BorderIndex);
        b.style = 'Continuous';
        b.weight = 'Thin';
      });
    }
  }
  if (sets.length) {
    await budget.reserve(0, sets.length + ops);
    for (const set of sets) set();
  }
  if (s.numberFormat) {
    const fmt = s.numberFormat;
    const row = new Array<string>(cols).fill(fmt);
    await writeGridInChunks(ws, { row: r0, col: c0, cols, rows, rowAt: () => row }, budget, (r, grid) => (r.numberFormat = grid));
  }
}

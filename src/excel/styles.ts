/** A plan's cell styles as Office.js format operations (each set property is one operation). */
import type { CellStyle, StyledRange } from '../workbook/plan';
import type { SyncBudget } from './budget';
import { writeGridInChunks } from './gridWrite';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const OUTER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Excel wants "#RRGGBB"; anything else is left out rather than failing the whole batch. */
function color(c: string | undefined): string | null {
  return c !== undefined && /^#[0-9A-Fa-f]{6}$/.test(c) ? c.toUpperCase() : null;
}

/** Queues the format operations of one styled range. */
export async function queueStyle(ws: Excel.Worksheet, styled: StyledRange, budget: SyncBudget): Promise<void> {
  const { r0, c0, r1, c1 } = styled.range;
  const rows = r1 - r0 + 1;
  const cols = c1 - c0 + 1;
  if (rows < 1 || cols < 1) return;
  const s: CellStyle = styled.style;
  const range = ws.getRangeByIndexes(r0, c0, rows, cols);
  const sets: (() => void)[] = [];
  let ops = 0;
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

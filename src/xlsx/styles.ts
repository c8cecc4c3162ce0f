/** Plan styles → ExcelJS styles (one object per distinct style: see `sharedStyles` in ./write.ts). */
import type { Style } from 'exceljs';
import type { CellStyle, SheetPlan } from '../workbook/plan';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/**
 * Folds the plan's styled ranges into one style per cell: later ranges override earlier ones, property by
 * property. Cells that went through the same ranges share one folded style: `ids` maps a cell (cellKey)
 * to its index in `styles`.
 */
export function cellStyles(plan: Pick<SheetPlan, 'styles'>): { ids: Map<number, number>; styles: CellStyle[] } {
  const ids = new Map<number, number>();
  const styles: CellStyle[] = [];
  // (folded style before, range index) → folded style after; -1 is "no style yet".
  const next = new Map<number, number>();
  plan.styles.forEach((s, i) => {
    const { r0, c0, r1, c1 } = s.range;
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const k = cellKey(r, c);
        const before = ids.get(k) ?? -1;
        const step = (before + 1) * plan.styles.length + i;
        let after = next.get(step);
        if (after === undefined) {
          after = styles.push({ ...(before >= 0 ? styles[before] : {}), ...s.style }) - 1;
          next.set(step, after);
        }
        ids.set(k, after);
      }
  });
  return { ids, styles };
}

export function cellKey(r: number, c: number): number {
  return r * 16384 + c;
}

export function toExcelStyle(s: CellStyle | undefined, font: { name: string; size: number }): Partial<Style> {
  const st: Partial<Style> = {
    font: {
      name: s?.fontName ?? font.name,
      size: s?.fontSize ?? font.size,
      ...(s?.bold ? { bold: true } : {}),
      ...(s?.italic ? { italic: true } : {}),
      ...(s?.underline ? { underline: true } : {}),
      ...(s?.color ? { color: { argb: argb(s.color) } } : {}),
    },
  };
  if (!s) return st;
  if (s.hAlign || s.vAlign || s.wrap) {
    st.alignment = {
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.border) st.border = { top: { ...THIN }, left: { ...THIN }, bottom: { ...THIN }, right: { ...THIN } };
  if (s.fill) st.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.numberFormat) st.numFmt = s.numberFormat;
  return st;
}

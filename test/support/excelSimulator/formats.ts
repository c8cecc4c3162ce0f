/**
 * Cell formats as layers: each write to a range's format pushes (range, properties) and a cell's
 * format is every layer over it folded oldest to newest. Writing a format to a whole column or sheet is
 * one layer, as cheap as in Excel. Borders are kept per cell side ("top", "left"…), so a range's outer
 * edges and inside lines become plain side layers.
 */
import type { Rect } from './addresses';
import { contains, intersects } from './addresses';

export type FormatValue = string | number | boolean | null;

export interface FormatLayer {
  readonly rect: Rect;
  /** Property name → value; `reset` clears everything underneath first (Clear Formats). */
  readonly props: Readonly<Record<string, FormatValue>>;
  readonly reset?: boolean;
}

/** Excel's defaults for a new workbook (Calibri 11, general alignment, no fill, no borders). */
export const DEFAULT_FORMAT: Readonly<Record<string, FormatValue>> = {
  'font.name': 'Calibri',
  'font.size': 11,
  'font.bold': false,
  'font.italic': false,
  'font.underline': 'None',
  'font.color': '#000000',
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  'fill.color': null,
};

export type Side = 'top' | 'bottom' | 'left' | 'right';

export class FormatStore {
  private layers: FormatLayer[] = [];

  push(rect: Rect, props: Record<string, FormatValue>, reset = false): void {
    this.layers.push({ rect, props, ...(reset ? { reset } : {}) });
  }

  /** The resolved format of one cell (defaults included). */
  at(r: number, c: number): Record<string, FormatValue> {
    let out: Record<string, FormatValue> = { ...DEFAULT_FORMAT };
    for (const l of this.layers) {
      if (!contains(l.rect, r, c)) continue;
      if (l.reset) out = { ...DEFAULT_FORMAT };
      Object.assign(out, l.props);
    }
    return out;
  }

  /** One property over a range: its value when every cell agrees, else null (as Office.js reports). */
  uniform(rect: Rect, prop: string): FormatValue {
    let first: FormatValue | undefined;
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const v = this.at(r, c)[prop] ?? null;
        if (first === undefined) first = v;
        else if (first !== v) return null;
      }
    }
    return first ?? null;
  }

  /** Bounded layers count toward the used range; whole rows, columns or sheets do not (as in Excel). */
  boundedRects(maxRows: number, maxCols: number): Rect[] {
    return this.layers.map((l) => l.rect).filter((r) => !(r.r0 === 0 && r.r1 === maxRows - 1) && !(r.c0 === 0 && r.c1 === maxCols - 1));
  }

  touches(rect: Rect): boolean {
    return this.layers.some((l) => intersects(l.rect, rect));
  }
}

/** Border edges of a range as the cell-side layers they mean. */
export function edgeSides(edge: string, rect: Rect): { side: Side; rect: Rect }[] {
  const { r0, c0, r1, c1 } = rect;
  switch (edge) {
    case 'EdgeTop':
      return [{ side: 'top', rect: { r0, c0, r1: r0, c1 } }];
    case 'EdgeBottom':
      return [{ side: 'bottom', rect: { r0: r1, c0, r1, c1 } }];
    case 'EdgeLeft':
      return [{ side: 'left', rect: { r0, c0, r1, c1: c0 } }];
    case 'EdgeRight':
      return [{ side: 'right', rect: { r0, c0: c1, r1, c1 } }];
    case 'InsideHorizontal':
      return r1 > r0 ? [{ side: 'bottom', rect: { r0, c0, r1: r1 - 1, c1 } }, { side: 'top', rect: { r0: r0 + 1, c0, r1, c1 } }] : [];
    case 'InsideVertical':
      return c1 > c0 ? [{ side: 'right', rect: { r0, c0, r1, c1: c1 - 1 } }, { side: 'left', rect: { r0, c0: c0 + 1, r1, c1 } }] : [];
    default:
      return [];
  }
}

/** The cell side an edge is read from (its first cell side). */
export function edgeReadSide(edge: string): Side | null {
  return ({ EdgeTop: 'top', EdgeBottom: 'bottom', EdgeLeft: 'left', EdgeRight: 'right', InsideHorizontal: 'bottom', InsideVertical: 'right' } as Record<string, Side>)[edge] ?? null;
}

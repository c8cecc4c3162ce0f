/**
 * One worksheet's state. Values are stored by column (one array per used column) so that a
 * 1,000,000-row sheet of a few columns stays small; formulas, quote prefixes and hyperlinks are sparse
 * maps keyed by row × 16384 + column.
 */
import type { Rect } from './addresses';
import { MAX_COLS, MAX_ROWS, contains, intersects } from './addresses';
import { FormatStore } from './formats';
import type { Scalar, Stored } from './inputParse';
import type { WorkbookModel } from './workbookModel';

/** A formula cell's slot; its value is computed when read. */
export const FORMULA = Symbol('formula');
export type Slot = Scalar | typeof FORMULA | undefined;

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface HyperlinkInfo {
  readonly address?: string;
  readonly documentReference?: string;
  readonly screenTip?: string;
  readonly textToDisplay?: string;
}

export interface PageSetup {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printTitleRows: string | null;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
}

interface NumberFormatLayer {
  readonly rect: Rect;
  readonly fmt?: string;
  readonly grid?: readonly (readonly string[])[];
}

export const key = (r: number, c: number): number => r * MAX_COLS + c;

export class SheetModel {
  visibility: Visibility = 'Visible';
  protected = false;
  deleted = false;
  readonly cols = new Map<number, Slot[]>();
  readonly formulas = new Map<number, string>();
  readonly quotePrefix = new Set<number>();
  readonly hyperlinks = new Map<number, HyperlinkInfo>();
  readonly formats = new FormatStore();
  private nf: NumberFormatLayer[] = [];
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  merges: Rect[] = [];
  freeze: { rows: number; cols: number } | null = null;
  readonly page: PageSetup = {
    orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 },
    leftMargin: 50.4, rightMargin: 50.4, topMargin: 54, bottomMargin: 54, headerMargin: 21.6, footerMargin: 21.6,
    printTitleRows: null, leftFooter: '', centerFooter: '', rightFooter: '', leftHeader: '', centerHeader: '', rightHeader: '',
  };
  private version = 0;
  private usedCache: { version: number; rect: Rect | null } | null = null;

  constructor(readonly id: string, public name: string, readonly book: WorkbookModel) {}

  slot(r: number, c: number): Slot {
    return this.cols.get(c)?.[r];
  }

  put(r: number, c: number, stored: Stored): void {
    if (stored.kind === 'unchanged') return;
    const k = key(r, c);
    this.formulas.delete(k);
    this.quotePrefix.delete(k);
    let col = this.cols.get(c);
    if (stored.kind === 'empty') {
      if (col && r < col.length) col[r] = undefined;
    } else {
      if (!col) this.cols.set(c, (col = []));
      if (stored.kind === 'formula') {
        col[r] = FORMULA;
        this.formulas.set(k, stored.formula);
      } else {
        col[r] = stored.value;
        if (stored.quotePrefix) this.quotePrefix.add(k);
      }
    }
    this.version++;
  }

  clearContents(rect: Rect): void {
    for (const [c, col] of this.cols) {
      if (c < rect.c0 || c > rect.c1) continue;
      const end = Math.min(rect.r1, col.length - 1);
      if (rect.r0 === 0 && end === col.length - 1) col.length = 0;
      else for (let r = rect.r0; r <= end; r++) col[r] = undefined;
    }
    for (const m of [this.formulas, this.quotePrefix] as const) {
      for (const k of [...m.keys()]) if (contains(rect, Math.floor(k / MAX_COLS), k % MAX_COLS)) m.delete(k);
    }
    this.version++;
  }

  clearFormats(rect: Rect): void {
    this.formats.push(rect, {}, true);
    this.nf.push({ rect, fmt: 'General' });
    this.merges = this.merges.filter((m) => !intersects(m, rect));
    this.version++;
  }

  clearHyperlinks(rect: Rect): void {
    for (const k of [...this.hyperlinks.keys()]) if (contains(rect, Math.floor(k / MAX_COLS), k % MAX_COLS)) this.hyperlinks.delete(k);
  }

  setNumberFormat(rect: Rect, grid: readonly (readonly string[])[]): void {
    const first = grid[0]?.[0];
    const uniform = first !== undefined && grid.every((row) => row.every((f) => f === first));
    this.nf.push(uniform ? { rect, fmt: first } : { rect, grid });
    this.version++;
  }

  numberFormatAt(r: number, c: number): string {
    for (let i = this.nf.length - 1; i >= 0; i--) {
      const l = this.nf[i]!;
      if (!contains(l.rect, r, c)) continue;
      return l.fmt ?? l.grid![r - l.rect.r0]![c - l.rect.c0]!;
    }
    return 'General';
  }

  /** Layers that may hold a Text format ("@") over `rect`: none on a fresh sheet, so writes stay fast. */
  hasNumberFormatsOver(rect: Rect): boolean {
    return this.nf.some((l) => intersects(l.rect, rect));
  }

  /** Bounding rectangle of the cells with values (valuesOnly) or with values or formats; null if none. */
  usedRect(valuesOnly: boolean): Rect | null {
    if (valuesOnly && this.usedCache?.version === this.version) return this.usedCache.rect;
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [c, col] of this.cols) {
      let first = 0;
      while (first < col.length && col[first] === undefined) first++;
      if (first >= col.length) continue;
      let last = col.length - 1;
      while (col[last] === undefined) last--;
      r0 = Math.min(r0, first);
      r1 = Math.max(r1, last);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
    if (!valuesOnly) {
      const extra = [...this.merges, ...this.formats.boundedRects(MAX_ROWS, MAX_COLS), ...this.nf.map((l) => l.rect).filter((r) => r.r1 < MAX_ROWS - 1 && r.c1 < MAX_COLS - 1)];
      for (const k of this.hyperlinks.keys()) {
        const r = Math.floor(k / MAX_COLS), c = k % MAX_COLS;
        extra.push({ r0: r, c0: c, r1: r, c1: c });
      }
      for (const e of extra) {
        r0 = Math.min(r0, e.r0);
        r1 = Math.max(r1, e.r1);
        c0 = Math.min(c0, e.c0);
        c1 = Math.max(c1, e.c1);
      }
    }
    const rect = r1 < 0 ? null : { r0, c0, r1, c1 };
    if (valuesOnly) this.usedCache = { version: this.version, rect };
    return rect;
  }

  /** Merges Excel-style: areas it overlaps are replaced, and only the top-left value is kept. */
  merge(rect: Rect, across: boolean): void {
    const areas = across ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) => ({ r0: rect.r0 + i, c0: rect.c0, r1: rect.r0 + i, c1: rect.c1 })) : [rect];
    for (const a of areas) {
      if (a.r0 === a.r1 && a.c0 === a.c1) continue;
      this.merges = this.merges.filter((m) => !intersects(m, a));
      this.merges.push(a);
      for (let r = a.r0; r <= a.r1; r++) {
        for (let c = a.c0; c <= a.c1; c++) if (r !== a.r0 || c !== a.c0) this.put(r, c, { kind: 'empty' });
      }
    }
    this.version++;
  }

  unmerge(rect: Rect): void {
    this.merges = this.merges.filter((m) => !intersects(m, rect));
  }
}

/** Read-only views of the simulated workbook for test assertions (they bypass the proxies). */
import type { CellRange, CellValue } from '../../../src/workbook/snapshot';
import { parseLocalAddress } from './addresses';
import type { FormatValue } from './formats';
import type { Scalar } from './inputParse';
import { isErrVal } from './inputParse';
import type { HyperlinkInfo, PageSetup, SheetModel, Visibility } from './sheetModel';
import { FORMULA, key } from './sheetModel';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './proxies/rangeFormat';

export interface CellInfo {
  /** What `values` reads: the evaluated value; errors as { error }; null when empty. */
  readonly value: CellValue;
  /** "=SUM(A1:B1)" for a formula cell, else null. */
  readonly formula: string | null;
  /** True when the text was entered with a leading apostrophe. */
  readonly quotePrefix: boolean;
  readonly numberFormat: string;
  readonly format: Readonly<Record<string, FormatValue>>;
  readonly hyperlink: HyperlinkInfo | null;
  /** Where the cell links inside the workbook, however it was written: its `hyperlink`, or a HYPERLINK("#…") formula. */
  readonly link: string | null;
}

/** The target of `=HYPERLINK("#'Sheet'!B7", …)`, without the "#"; null for any other formula. */
export function hyperlinkFormulaTarget(formula: string | null | undefined): string | null {
  const m = formula ? /^=HYPERLINK\(\s*"#((?:[^"]|"")*)"/i.exec(formula) : null;
  return m ? m[1]!.replace(/""/g, '"') : null;
}

const toCell = (v: Scalar | undefined): CellValue => (v === undefined ? null : isErrVal(v) ? { error: v.error } : v);

export class SheetInspector {
  constructor(private readonly s: SheetModel) {}

  get name(): string {
    return this.s.name;
  }
  get visibility(): Visibility {
    return this.s.visibility;
  }
  get protected(): boolean {
    return this.s.protected;
  }
  get position(): number {
    return this.s.book.sheets.indexOf(this.s);
  }
  get freeze(): { rows: number; cols: number } | null {
    return this.s.freeze;
  }
  get page(): Readonly<PageSetup> {
    return this.s.page;
  }
  get hiddenRows(): number[] {
    return [...this.s.hiddenRows].sort((a, b) => a - b);
  }
  get merges(): CellRange[] {
    return this.s.merges.map((m) => ({ ...m })).sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  }

  /** Values from A1 to the bottom-right of the used range (values only); [] for a blank sheet. */
  values(): CellValue[][] {
    const used = this.s.usedRect(true);
    if (!used) return [];
    const out: CellValue[][] = [];
    for (let r = 0; r <= used.r1; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c <= used.c1; c++) row.push(toCell(this.s.book.valueAt(this.s, r, c)));
      out.push(row);
    }
    return out;
  }

  cell(address: string): CellInfo {
    const { r0: r, c0: c } = parseLocalAddress(address);
    return {
      value: toCell(this.s.book.valueAt(this.s, r, c)),
      formula: this.s.slot(r, c) === FORMULA ? this.s.formulas.get(key(r, c))! : null,
      quotePrefix: this.s.quotePrefix.has(key(r, c)),
      numberFormat: this.s.numberFormatAt(r, c),
      format: this.s.formats.at(r, c),
      hyperlink: this.s.hyperlinks.get(key(r, c)) ?? null,
      link: this.s.hyperlinks.get(key(r, c))?.documentReference ?? hyperlinkFormulaTarget(this.s.slot(r, c) === FORMULA ? this.s.formulas.get(key(r, c)) : null),
    };
  }

  /** Points. */
  columnWidth(col: number): number {
    return this.s.colWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Points. */
  rowHeight(row: number): number {
    return this.s.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }
  get hyperlinkCount(): number {
    return this.s.hyperlinks.size;
  }
  /** Cells that link inside the workbook: `hyperlink` properties and HYPERLINK("#…") formulas. */
  get linkCount(): number {
    let n = this.s.hyperlinks.size;
    for (const [k, f] of this.s.formulas) if (!this.s.hyperlinks.has(k) && hyperlinkFormulaTarget(f) !== null) n++;
    return n;
  }
}

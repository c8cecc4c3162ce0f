/** Plans built by hand from the contract types, and a port over a simulator. */
import type { CellStyle, PlanFormula, PlanHyperlink, PlanLinkColumn, PlanValue, RowHeightRun, SheetPlan, StyledRange } from '../../src/workbook/plan';
import type { CellRange } from '../../src/workbook/snapshot';
import { createOfficePort } from '../../src/excel';
import { RowHeights } from '../../src/engine/plan/rowHeightRuns';
import type { OfficePort } from '../../src/excel';
import type { ExcelSimulator } from '../support/excelSimulator';

export interface PlanParts {
  key?: string;
  values?: PlanValue[][];
  formulas?: PlanFormula[];
  styles?: StyledRange[];
  merges?: CellRange[];
  columnWidths?: number[];
  /** By row, turned into the plan's runs. */
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; cols: number };
  hyperlinks?: PlanHyperlink[];
  linkColumns?: PlanLinkColumn[];
  orientation?: 'portrait' | 'landscape';
  repeatRows?: { r0: number; r1: number };
}

/** A sparse {row: height} record as the plan's runs of equal heights (the engine's builder). */
function heightRuns(heights: Record<number, number>): RowHeightRun[] {
  const built = new RowHeights();
  for (const [key, height] of Object.entries(heights)) built.set(Number(key), height);
  return built.runs();
}

export function sheetPlan(name: string, parts: PlanParts = {}): SheetPlan {
  return {
    key: parts.key ?? `key:${name}`,
    name,
    values: parts.values ?? [[name]],
    formulas: parts.formulas ?? [],
    styles: parts.styles ?? [],
    merges: parts.merges ?? [],
    columnWidths: parts.columnWidths ?? [],
    ...(parts.rowHeights ? { rowHeights: heightRuns(parts.rowHeights) } : {}),
    ...(parts.freeze ? { freeze: parts.freeze } : {}),
    print: {
      paperSize: 'A4',
      orientation: parts.orientation ?? 'portrait',
      fitToWidth: 1,
      ...(parts.repeatRows ? { repeatRows: parts.repeatRows } : {}),
      footer: '&CTrang &P/&N',
      margins: { left: 0.7, right: 0.5, top: 0.6, bottom: 0.7 },
    },
    hyperlinks: parts.hyperlinks ?? [],
    ...(parts.linkColumns ? { linkColumns: parts.linkColumns } : {}),
    font: { name: 'Times New Roman', size: 13 },
  };
}

export const bold: CellStyle = { bold: true };

export function portFor(sim: ExcelSimulator, lang: 'vi' | 'en' = 'vi'): OfficePort {
  return createOfficePort(sim.run, { isSetSupported: sim.isSetSupported, lang });
}

/** A grid of `rows` × `cols` with text in column 0 and numbers elsewhere. */
export function bigGrid(rows: number, cols: number, offset = 0): PlanValue[][] {
  const out: PlanValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: PlanValue[] = [`Đơn vị ${r + offset}`];
    for (let c = 1; c < cols; c++) row.push(((r + offset) * 7 + c) % 1000 / 4);
    out.push(row);
  }
  return out;
}

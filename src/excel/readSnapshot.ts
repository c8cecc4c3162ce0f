/**
 * Reads the workbook into a WorkbookSnapshot in as few syncs as Office.js allows.
 *
 * Sync 1 loads the sheet list (names, visibility, protection) and the workbook's protection: the sheets
 * must be known before any of them can be addressed. Sync 2 loads, for every sheet at once, the used
 * range (values only: position, size, values, rowHidden) and its merged areas. The values are loaded
 * speculatively, without knowing their size: a workbook within Excel's limits costs two syncs, however
 * many rows it has. When Excel refuses the response as too large (Excel on the web: 5 MB, or a range
 * over 5 M cells), sync 3 loads the same without values, and the values follow by rows, one sync per
 * ~4 MB (estimated at 32 bytes a cell). Hidden rows: `rowHidden` of a used range is false when no row
 * is hidden, true when all are, null when some are — only then does one more sync ask which
 * (row properties, ExcelApi 1.9), so the usual workbook pays nothing for them.
 */
import type { Lang } from '../engine';
import type { CellRange, CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../workbook/snapshot';
import { fromOffice } from './cellValues';
import { excelMessage, nameList } from './messages';
import type { UsedArea } from './readChunks';
import { isTooLarge, readHiddenRows, readValuesInChunks } from './readChunks';
import type { ApiSupport } from './requirements';

interface SheetParts {
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

function queueParts(ws: Excel.Worksheet, api: ApiSupport, withValues: boolean): SheetParts {
  const used = ws.getUsedRangeOrNullObject(true);
  if (withValues) used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden,values');
  else used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
  // Merges are formats: look for them in the used range that counts formats too.
  const merged = api.v1_13 ? ws.getUsedRange(false).getMergedAreasOrNullObject() : null;
  if (merged) merged.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
  return { ws, used, merged };
}

function area(p: SheetParts): UsedArea | null {
  if (p.used.isNullObject) return null;
  return { sheet: p.ws, row: p.used.rowIndex, col: p.used.columnIndex, rows: p.used.rowCount, cols: p.used.columnCount };
}

function mergesOf(p: SheetParts): CellRange[] {
  if (!p.merged || p.merged.isNullObject) return [];
  return p.merged.areas.items.map((a) => ({ r0: a.rowIndex, c0: a.columnIndex, r1: a.rowIndex + a.rowCount - 1, c1: a.columnIndex + a.columnCount - 1 }));
}

/**
 * Rows of the used range placed from A1: empty rows above it, nulls left of it. Trailing empty cells
 * are dropped (rows may be ragged), so a sparse table costs no more than its content.
 */
function fromA1(a: UsedArea | null, rows: readonly CellValue[][]): CellValue[][] {
  if (!a) return [];
  const out: CellValue[][] = [];
  for (let r = 0; r < a.row; r++) out.push([]);
  const pad: CellValue[] = new Array<CellValue>(a.col).fill(null);
  for (const row of rows) {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    const cells = end === row.length ? row : row.slice(0, end);
    out.push(end === 0 ? [] : a.col ? [...pad, ...cells] : cells);
  }
  return out;
}

export async function readWorkbookSnapshot(run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>, api: ApiSupport, lang: Lang): Promise<WorkbookSnapshot> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility,items/protection/protected');
    const bookProtection = api.v1_7 ? context.workbook.protection : null;
    if (bookProtection) bookProtection.load('protected');
    await context.sync();

    const items = sheets.items;
    let parts = items.map((ws) => queueParts(ws, api, true));
    let chunked: Map<UsedArea, CellValue[][]> | null = null;
    let areas: (UsedArea | null)[];
    try {
      await context.sync();
      areas = parts.map(area);
    } catch (e) {
      if (!isTooLarge(e)) throw e;
      parts = items.map((ws) => queueParts(ws, api, false));
      await context.sync();
      areas = parts.map(area);
      chunked = await readValuesInChunks(context, areas.filter((a): a is UsedArea => a !== null));
    }

    const degraded: string[] = [];
    if (!api.v1_13) degraded.push(excelMessage('MERGES_UNSUPPORTED', lang));
    const mixed = parts.map((p, i) => ({ p, a: areas[i] })).filter((x): x is { p: SheetParts; a: UsedArea } => x.a !== null && x.p.used.rowHidden === null);
    let hidden = new Map<UsedArea, number[]>();
    if (mixed.length && api.v1_9) hidden = await readHiddenRows(context, mixed.map((x) => x.a));
    else if (mixed.length) degraded.push(excelMessage('HIDDEN_ROWS_UNSUPPORTED', lang, { names: nameList(mixed.map((x) => x.p.ws.name), lang) }));

    const snapshots: SheetSnapshot[] = parts.map((p, i) => {
      const a = areas[i] ?? null;
      const rows = a === null ? [] : (chunked?.get(a) ?? p.used.values.map((row) => row.map(fromOffice)));
      let hiddenRows: number[] | undefined = [];
      if (a !== null && p.used.rowHidden === true) hiddenRows = Array.from({ length: a.rows }, (_, k) => a.row + k);
      else if (a !== null && p.used.rowHidden === null) hiddenRows = hidden.get(a);
      return {
        name: p.ws.name,
        visibility: VISIBILITY[p.ws.visibility] ?? 'visible',
        values: fromA1(a, rows),
        merges: mergesOf(p),
        ...(hiddenRows ? { hiddenRows } : {}),
        protected: p.ws.protection.protected,
      };
    });
    return {
      sheets: snapshots,
      ...(bookProtection ? { structureProtected: bookProtection.protected } : {}),
      ...(degraded.length ? { degraded } : {}),
    };
  });
}

/**
 * Reads the workbook into a WorkbookSnapshot in as few syncs as Office.js allows.
 *
 * Sync 1 addresses the sheets without knowing their names — `worksheets.getFirst()`, then a chain of
 * `getNextOrNullObject()` up to SHEET_CHAIN sheets (a null object ends it; when the last is not one, one
 * more sync per SHEET_CHAIN sheets follows the chain) — and loads, for each, its name, visibility and
 * protection, the position and size of its used range (values only) with `rowHidden`, and its merged
 * areas; and the workbook's protection. Sync 2 loads the values of every used range, packed by rows into
 * responses under Excel's 5 MB (READ_BYTES_PER_CELL to start with, then the size actually measured), so
 * no sync is refused: a workbook under 5 MB costs two syncs, a larger one one more per ~5 MB.
 * Hidden rows: `rowHidden` of a used range is false when no row is hidden, true when all are, null when
 * some are — only then does one more sync ask which (row properties, ExcelApi 1.9), so the usual
 * workbook pays nothing for them.
 */
import type { Lang } from '../engine';
import type { CellRange, CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../workbook/snapshot';
import { excelMessage, nameList } from './messages';
import type { UsedArea } from './readChunks';
import { readHiddenRows, readValuesInChunks } from './readChunks';
import type { ApiSupport } from './requirements';

interface SheetParts {
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** Sheets a sync addresses by `getNextOrNullObject` before it knows how many there are. */
export const SHEET_CHAIN = 60;

function queueParts(ws: Excel.Worksheet, api: ApiSupport): SheetParts {
  ws.load('name,visibility,protection/protected');
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
  // Merges are formats: look for them in the used range that counts formats too.
  const merged = api.v1_13 ? ws.getUsedRangeOrNullObject(false).getMergedAreasOrNullObject() : null;
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
    const bookProtection = api.v1_7 ? context.workbook.protection : null;
    if (bookProtection) bookProtection.load('protected');
    const parts: SheetParts[] = [];
    // Chain SHEET_CHAIN sheets from `from`; the last one tells whether there are more.
    const queueChain = (from: Excel.Worksheet | null): Excel.Worksheet => {
      let ws = from ? from.getNextOrNullObject() : context.workbook.worksheets.getFirst();
      for (let i = 0; ; i++) {
        parts.push(queueParts(ws, api));
        if (i === SHEET_CHAIN - 1) return ws;
        ws = ws.getNextOrNullObject();
      }
    };
    // More sheets than one chain: one more sync per SHEET_CHAIN, following on from the last.
    const follow = async (last: Excel.Worksheet): Promise<void> => {
      if (last.isNullObject) return;
      const next = queueChain(last);
      await context.sync();
      await follow(next);
    };
    const first = queueChain(null);
    await context.sync();
    await follow(first);
    const present = parts.filter((p) => !p.ws.isNullObject);
    parts.length = 0;
    parts.push(...present);

    const areas = parts.map(area);
    const chunked = await readValuesInChunks(context, areas.filter((a): a is UsedArea => a !== null));

    const degraded: string[] = [];
    if (!api.v1_13) degraded.push(excelMessage('MERGES_UNSUPPORTED', lang));
    const mixed = parts.map((p, i) => ({ p, a: areas[i] })).filter((x): x is { p: SheetParts; a: UsedArea } => x.a !== null && x.p.used.rowHidden === null);
    let hidden = new Map<UsedArea, number[]>();
    if (mixed.length && api.v1_9) hidden = await readHiddenRows(context, mixed.map((x) => x.a));
    else if (mixed.length) degraded.push(excelMessage('HIDDEN_ROWS_UNSUPPORTED', lang, { names: nameList(mixed.map((x) => x.p.ws.name), lang) }));

    const snapshots: SheetSnapshot[] = parts.map((p, i) => {
      const a = areas[i] ?? null;
      const rows = a === null ? [] : (chunked.get(a) ?? []);
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

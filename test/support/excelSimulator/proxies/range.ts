/** Range, RangeAreas (merged areas) and the range collection of an area list. */
import type { Rect } from '../addresses';
import { cellCount, intersects, parseLocalAddress, sheetAddress, subRect } from '../addresses';
import type { SimContext } from '../context';
import { RANGE_CELL_LIMIT, SimError, notModelled } from '../errors';
import type { Scalar } from '../inputParse';
import { isErrVal, parseInput } from '../inputParse';
import type { HyperlinkInfo, SheetModel } from '../sheetModel';
import { FORMULA, key } from '../sheetModel';
import type { WorkbookModel } from '../workbookModel';
import type { AnyProxy } from '../clientObject';
import { SimClientResult, SimObject, defineProps } from '../clientObject';
import { SimRangeAreas } from './rangeAreas';
import { SimRangeFormat } from './rangeFormat';

export interface RangeTarget {
  readonly model: WorkbookModel;
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export function assertEditable(sheet: SheetModel): void {
  if (sheet.protected) throw new SimError('InvalidOperation', `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`);
}

function assertSheetAlive(sheet: SheetModel): void {
  if (sheet.deleted) throw new SimError('ItemNotFound', `The requested resource doesn't exist (sheet '${sheet.name}' was deleted).`);
}

function checkCells(rect: Rect): void {
  const n = cellCount(rect);
  if (n > RANGE_CELL_LIMIT) throw new SimError('RangeExceedsLimit', `The range has ${n} cells; Excel refuses more than ${RANGE_CELL_LIMIT} in one operation.`);
}

const office = (v: Scalar | undefined): unknown => (v === undefined ? '' : isErrVal(v) ? v.error : v);

function valueType(v: Scalar | undefined): string {
  if (v === undefined || v === '') return 'Empty';
  if (isErrVal(v)) return 'Error';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

type GridKind = 'values' | 'formulas' | 'numberFormat' | 'valueTypes' | 'text';

function readGrid(t: RangeTarget, kind: GridKind): unknown[][] {
  const model = t.model;
  checkCells(t.rect);
  const out: unknown[][] = [];
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    const row: unknown[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      if (kind === 'numberFormat') row.push(t.sheet.numberFormatAt(r, c));
      else if (kind === 'formulas' && t.sheet.slot(r, c) === FORMULA) row.push(t.sheet.formulas.get(key(r, c)));
      else {
        const v = model.valueAt(t.sheet, r, c);
        row.push(kind === 'valueTypes' ? valueType(v) : kind === 'text' ? String(office(v)) : office(v));
      }
    }
    out.push(row);
  }
  return out;
}

function checkShape(t: RangeTarget, input: unknown): readonly (readonly unknown[])[] {
  const rows = t.rect.r1 - t.rect.r0 + 1;
  const cols = t.rect.c1 - t.rect.c0 + 1;
  if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new SimError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return input as unknown[][];
}

function writeGrid(t: RangeTarget, input: unknown): void {
  assertEditable(t.sheet);
  checkCells(t.rect);
  const grid = checkShape(t, input);
  const formatted = t.sheet.hasNumberFormatsOver(t.rect);
  grid.forEach((row, i) => {
    const r = t.rect.r0 + i;
    row.forEach((v, j) => {
      const c = t.rect.c0 + j;
      t.sheet.put(r, c, parseInput(v, formatted && typeof v === 'string' ? t.sheet.numberFormatAt(r, c) : undefined));
    });
  });
}

function rowsHidden(t: RangeTarget): boolean | null {
  let hidden = 0;
  for (const r of t.sheet.hiddenRows) if (r >= t.rect.r0 && r <= t.rect.r1) hidden++;
  const rows = t.rect.r1 - t.rect.r0 + 1;
  return hidden === 0 ? false : hidden === rows ? true : null;
}

function setHyperlink(t: RangeTarget, v: unknown): void {
  assertEditable(t.sheet);
  const link = v as HyperlinkInfo | null;
  if (link === null || typeof link !== 'object' || (link.address === undefined && link.documentReference === undefined)) {
    throw new SimError('InvalidArgument', 'The argument is invalid: a hyperlink needs an address or a documentReference.');
  }
  if (link.documentReference !== undefined) {
    const m = /^(?:'(?:[^']|'')+'|[^'!]+)!(.+)$/.exec(link.documentReference);
    if (!m) throw new SimError('InvalidArgument', `The argument is invalid: documentReference '${link.documentReference}'.`);
    parseLocalAddress(m[1]!);
  }
  if (cellCount(t.rect) > 10_000) throw notModelled('hyperlinks over more than 10,000 cells at once');
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      t.sheet.hyperlinks.set(key(r, c), { ...link });
      if (link.textToDisplay !== undefined) t.sheet.put(r, c, { kind: 'value', value: link.textToDisplay, quotePrefix: false });
    }
  }
}

export class SimRange extends SimObject<RangeTarget> {
  declare readonly address: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  declare readonly valueTypes: string[][];
  declare readonly text: string[][];
  declare rowHidden: boolean | null;
  declare hyperlink: HyperlinkInfo | null;
  private fmt: SimRangeFormat | undefined;

  constructor(ctx: SimContext, path: string, private readonly resolver: () => RangeTarget | null, nullable = false) {
    super(ctx, path);
    if (nullable) this._resolveAtSync();
  }

  protected resolveTarget(): RangeTarget | null {
    return this.resolver();
  }

  protected override assertAlive(t: RangeTarget): void {
    assertSheetAlive(t.sheet);
  }

  override _sheetName(): string | undefined {
    return this._target()?.sheet.name;
  }

  get format(): SimRangeFormat {
    return (this.fmt ??= new SimRangeFormat(this._ctx, `${this._path}.format`, () => this._target()));
  }

  protected override child(name: string): AnyProxy | undefined {
    return name === 'format' ? this.format : undefined;
  }

  private sub(name: string, f: (t: RangeTarget) => Rect): SimRange {
    return new SimRange(this._ctx, `${this._path}.${name}`, () => {
      const t = this._require();
      return { model: t.model, sheet: t.sheet, rect: f(t) };
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.sub(`getCell(${row},${column})`, (t) => subRect(t.rect, row, column, 1, 1));
  }
  getRow(row: number): SimRange {
    return this.sub(`getRow(${row})`, (t) => subRect(t.rect, row, 0, 1, t.rect.c1 - t.rect.c0 + 1));
  }
  getColumn(column: number): SimRange {
    return this.sub(`getColumn(${column})`, (t) => subRect(t.rect, 0, column, t.rect.r1 - t.rect.r0 + 1, 1));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    return this.sub(`getAbsoluteResizedRange(${numRows},${numColumns})`, (t) => subRect(t.rect, 0, 0, numRows, numColumns));
  }

  /** ExcelApi 1.13. A null object when the range has no merged cells. */
  getMergedAreasOrNullObject(): SimRangeAreas {
    return new SimRangeAreas(this._ctx, `${this._path}.getMergedAreasOrNullObject()`, () => {
      this._ctx.model.requireApi('1.13', 'getMergedAreasOrNullObject');
      // Of a null range (the used range of a blank or null sheet), a null object too.
      const t = this._target();
      if (t === null) return null;
      const areas = t.sheet.merges.filter((m) => intersects(m, t.rect));
      return areas.length ? { model: t.model, sheet: t.sheet, areas } : null;
    });
  }

  /** ExcelApi 1.9. Only rowIndex, rowHidden and address are modelled. */
  getRowProperties(options: { rowIndex?: boolean; rowHidden?: boolean; address?: boolean }): SimClientResult<Record<string, unknown>[]> {
    const result = new SimClientResult<Record<string, unknown>[]>(`${this._path}.getRowProperties()`);
    this._call('getRowProperties', [options], (t) => {
      this._ctx.model.requireApi('1.9', 'getRowProperties');
      const rows: Record<string, unknown>[] = [];
      for (let r = t.rect.r0; r <= t.rect.r1; r++) {
        const p: Record<string, unknown> = {};
        if (options.address) p.address = sheetAddress(t.sheet.name, { r0: r, c0: t.rect.c0, r1: r, c1: t.rect.c1 });
        if (options.rowIndex) p.rowIndex = r;
        if (options.rowHidden) p.rowHidden = t.sheet.hiddenRows.has(r);
        rows.push(p);
      }
      this._ctx.current().loads.push({ obj: result as unknown as AnyProxy, name: 'value', value: rows });
    });
    return result;
  }

  merge(across = false): void {
    this._call('merge', [across], (t) => {
      assertEditable(t.sheet);
      t.sheet.merge(t.rect, across);
    });
  }

  unmerge(): void {
    this._call('unmerge', [], (t) => {
      assertEditable(t.sheet);
      t.sheet.unmerge(t.rect);
    });
  }

  clear(applyTo: string = 'All'): void {
    this._call('clear', [applyTo], (t) => {
      assertEditable(t.sheet);
      if (applyTo === 'All' || applyTo === 'Contents') t.sheet.clearContents(t.rect);
      if (applyTo === 'All' || applyTo === 'Formats') t.sheet.clearFormats(t.rect);
      if (applyTo === 'All' || applyTo === 'Hyperlinks') t.sheet.clearHyperlinks(t.rect);
      if (!['All', 'Contents', 'Formats', 'Hyperlinks'].includes(applyTo)) throw notModelled(`clear('${applyTo}')`);
    });
  }

  /** Selects the range; a range of another (visible) sheet activates that sheet, as Excel does. */
  select(): void {
    this._call('select', [], (t) => {
      if (t.sheet.visibility !== 'Visible') throw new SimError('InvalidOperation', `Cannot select a range on the hidden sheet '${t.sheet.name}'.`);
      const m = this._ctx.model;
      m.activeId = t.sheet.id;
      m.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }
}

defineProps<RangeTarget>(SimRange, {
  address: { get: (t) => sheetAddress(t.sheet.name, t.rect) },
  rowIndex: { get: (t) => t.rect.r0 },
  columnIndex: { get: (t) => t.rect.c0 },
  rowCount: { get: (t) => t.rect.r1 - t.rect.r0 + 1 },
  columnCount: { get: (t) => t.rect.c1 - t.rect.c0 + 1 },
  cellCount: { get: (t) => cellCount(t.rect) },
  values: { get: (t) => readGrid(t, 'values'), set: (t, v) => writeGrid(t, v) },
  formulas: { get: (t) => readGrid(t, 'formulas'), set: (t, v) => writeGrid(t, v) },
  numberFormat: {
    get: (t) => readGrid(t, 'numberFormat'),
    set: (t, v) => {
      assertEditable(t.sheet);
      checkCells(t.rect);
      const grid = checkShape(t, v);
      if (grid.some((row) => row.some((f) => typeof f !== 'string'))) throw new SimError('InvalidArgument', 'The argument is invalid: number formats must be text.');
      t.sheet.setNumberFormat(t.rect, grid as string[][]);
    },
  },
  valueTypes: { get: (t) => readGrid(t, 'valueTypes') },
  text: { get: (t) => readGrid(t, 'text') },
  rowHidden: {
    get: rowsHidden,
    set: (t, v) => {
      assertEditable(t.sheet);
      for (let r = t.rect.r0; r <= t.rect.r1; r++) {
        if (v) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    },
  },
  hyperlink: {
    requires: '1.7',
    get: (t) => t.sheet.hyperlinks.get(key(t.rect.r0, t.rect.c0)) ?? null,
    set: setHyperlink,
  },
});

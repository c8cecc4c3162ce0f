/** Worksheets: the collection, a worksheet, its protection and its frozen panes. */
import type { Rect } from '../addresses';
import { WHOLE_SHEET, parseLocalAddress, splitSheet, subRect } from '../addresses';
import type { SimContext } from '../context';
import { SimError } from '../errors';
import type { SheetModel, Visibility } from '../sheetModel';
import type { WorkbookModel } from '../workbookModel';
import { sheetKey } from '../workbookModel';
import type { AnyProxy } from '../clientObject';
import { SimCollection, defineProps } from '../clientObject';
import { SheetPart, SimPageLayout } from './pageLayout';
import { SimRange } from './range';
import { SimRangeAreas } from './rangeAreas';

export class SimWorksheetProtection extends SheetPart {
  declare readonly protected: boolean;
  protect(): void {
    this._call('protect', [], (t) => void (t.protected = true));
  }
  unprotect(): void {
    this._call('unprotect', [], (t) => void (t.protected = false));
  }
}
defineProps<SheetModel>(SimWorksheetProtection, { protected: { get: (t) => t.protected } });

export class SimFreezePanes extends SheetPart {
  freezeRows(count = 1): void {
    this._call('freezeRows', [count], (t) => void (t.freeze = { rows: count, cols: 0 }), '1.7');
  }
  freezeColumns(count = 1): void {
    this._call('freezeColumns', [count], (t) => void (t.freeze = { rows: 0, cols: count }), '1.7');
  }
  /** The frozen panes are the rows above and the columns left of the range's bottom-right cell + 1. */
  freezeAt(frozen: string | SimRange): void {
    const arg = typeof frozen === 'string' ? frozen : frozen._path;
    this._call('freezeAt', [arg], (t) => {
      const rect: Rect = typeof frozen === 'string' ? parseLocalAddress(frozen) : frozen._require().rect;
      t.freeze = { rows: rect.r1 + 1, cols: rect.c1 + 1 };
    }, '1.7');
  }
  unfreeze(): void {
    this._call('unfreeze', [], (t) => void (t.freeze = null), '1.7');
  }
}
defineProps<SheetModel>(SimFreezePanes, {});

export class SimWorksheet extends SheetPart {
  declare name: string;
  declare readonly id: string;
  declare position: number;
  declare visibility: Visibility;
  private parts: { protection?: SimWorksheetProtection; freezePanes?: SimFreezePanes; pageLayout?: SimPageLayout } = {};

  constructor(ctx: SimContext, path: string, resolver: () => SheetModel | null, nullable = false) {
    super(ctx, path, resolver);
    if (nullable) this._resolveAtSync();
  }

  get protection(): SimWorksheetProtection {
    return (this.parts.protection ??= new SimWorksheetProtection(this._ctx, `${this._path}.protection`, () => this._target()));
  }
  get freezePanes(): SimFreezePanes {
    return (this.parts.freezePanes ??= new SimFreezePanes(this._ctx, `${this._path}.freezePanes`, () => this._target()));
  }
  get pageLayout(): SimPageLayout {
    return (this.parts.pageLayout ??= new SimPageLayout(this._ctx, `${this._path}.pageLayout`, () => this._target()));
  }
  protected override child(name: string): AnyProxy | undefined {
    return name === 'protection' ? this.protection : name === 'freezePanes' ? this.freezePanes : name === 'pageLayout' ? this.pageLayout : undefined;
  }

  /** A *OrNullObject range of a null sheet is a null object too (the null propagates along the chain). */
  private range(name: string, rect: (t: SheetModel) => Rect | null, nullable = false): SimRange {
    return new SimRange(this._ctx, `${this._path}.${name}`, () => {
      if (nullable && this._target() === null) return null;
      const t = this._require();
      const r = rect(t);
      return r === null ? null : { model: this._ctx.model, sheet: t, rect: r };
    }, nullable);
  }

  /** The whole sheet without an address. */
  getRange(address?: string): SimRange {
    return this.range(`getRange(${address === undefined ? '' : JSON.stringify(address)})`, (t) => {
      if (address === undefined) return WHOLE_SHEET;
      const { sheet, local } = splitSheet(address);
      if (sheet !== null && sheetKey(sheet) !== sheetKey(t.name)) throw new SimError('InvalidArgument', `The address '${address}' is on another sheet.`);
      return parseLocalAddress(local);
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      this._ctx.model.requireApi('1.7', 'getRangeByIndexes');
      return subRect(WHOLE_SHEET, startRow, startColumn, rowCount, columnCount);
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.range(`getCell(${row},${column})`, () => subRect(WHOLE_SHEET, row, column, 1, 1));
  }

  /** ExcelApi 1.9. Areas of this sheet from a comma-separated address ("2:4,7:7,B2:C3"). */
  getRanges(address: string): SimRangeAreas {
    return new SimRangeAreas(this._ctx, `${this._path}.getRanges(${JSON.stringify(address)})`, () => {
      this._ctx.model.requireApi('1.9', 'getRanges');
      const t = this._require();
      const areas = address.split(',').map((part) => {
        const { sheet, local } = splitSheet(part.trim());
        if (sheet !== null && sheetKey(sheet) !== sheetKey(t.name)) throw new SimError('InvalidArgument', `The address '${part}' is on another sheet.`);
        return parseLocalAddress(local);
      });
      return { model: this._ctx.model, sheet: t, areas };
    }, false);
  }

  /** A blank sheet answers A1, as Excel does. */
  getUsedRange(valuesOnly = false): SimRange {
    return this.range(`getUsedRange(${valuesOnly})`, (t) => t.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }

  /** ExcelApi 1.4: a null object for a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this.range(`getUsedRangeOrNullObject(${valuesOnly})`, (t) => t.usedRect(valuesOnly), true);
  }

  /** ExcelApi 1.5. The sheet after this one in tab order, hidden ones included; a null object after the last (and after a null sheet). */
  getNextOrNullObject(visibleOnly = false): SimWorksheet {
    return new SimWorksheet(this._ctx, `${this._path}.getNextOrNullObject(${visibleOnly})`, () => {
      this._ctx.model.requireApi('1.5', 'getNextOrNullObject');
      const t = this._target();
      if (t === null) return null;
      if (visibleOnly) throw new SimError('NotImplemented', 'The simulator does not model getNextOrNullObject(true).');
      const sheets = t.book.sheets;
      return sheets[sheets.indexOf(t) + 1] ?? null;
    }, true);
  }

  delete(): void {
    this._call('delete', [], (t) => this._ctx.model.deleteSheet(t));
  }

  activate(): void {
    this._call('activate', [], (t) => {
      if (t.visibility !== 'Visible') throw new SimError('InvalidOperation', `The hidden sheet '${t.name}' cannot be activated.`);
      this._ctx.model.activeId = t.id;
      this._ctx.model.selection = null;
    });
  }
}
defineProps<SheetModel>(SimWorksheet, {
  name: { get: (t) => t.name, set: (t, v) => t.book.renameSheet(t, String(v)) },
  id: { get: (t) => t.id },
  position: { get: (t) => t.book.sheets.indexOf(t), set: (t, v) => t.book.moveSheet(t, v as number) },
  visibility: { get: (t) => t.visibility, set: (t, v) => t.book.setVisibility(t, v as Visibility) },
});

export class SimWorksheetCollection extends SimCollection<WorkbookModel, SimWorksheet> {
  protected resolveTarget(): WorkbookModel {
    return this._ctx.model;
  }

  protected itemsNow(m: WorkbookModel): SimWorksheet[] {
    return m.sheets.map((s) => new SimWorksheet(this._ctx, `${this._path}.getItem(${JSON.stringify(s.id)})`, () => s));
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const s = this.find(key);
      if (!s) throw new SimError('ItemNotFound', `The requested resource doesn't exist: worksheet '${key}'.`);
      return s;
    });
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return new SimWorksheet(this._ctx, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () => this.find(key) ?? null, true);
  }

  /** ExcelApi 1.5. The first sheet in tab order (a workbook always has one). */
  getFirst(visibleOnly = false): SimWorksheet {
    return new SimWorksheet(this._ctx, `${this._path}.getFirst(${visibleOnly})`, () => {
      this._ctx.model.requireApi('1.5', 'getFirst');
      if (visibleOnly) throw new SimError('NotImplemented', 'The simulator does not model getFirst(true).');
      const s = this._ctx.model.sheets[0];
      if (!s) throw new SimError('ItemNotFound', 'The workbook has no worksheet.');
      return s;
    });
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this._ctx, `${this._path}.getActiveWorksheet()`, () => {
      const s = this._ctx.model.sheets.find((x) => x.id === this._ctx.model.activeId);
      if (!s) throw new SimError('ItemNotFound', 'There is no active worksheet.');
      return s;
    });
  }

  /** Adds at the end; the new sheet is not activated (as in Office.js). */
  add(name?: string): SimWorksheet {
    let created: SheetModel | null = null;
    const ws = new SimWorksheet(this._ctx, `${this._path}.add(${JSON.stringify(name ?? null)})`, () => {
      if (!created) throw new SimError('InvalidOperation', 'The sheet was not added (the add operation failed or has not run).');
      return created;
    });
    this._call('add', [name ?? null], (m) => {
      created = m.addSheet(name);
    });
    return ws;
  }

  private find(key: string): SheetModel | undefined {
    const m = this._ctx.model;
    return m.sheets.find((s) => s.id === key) ?? m.byName(key);
  }
}
defineProps<WorkbookModel>(SimWorksheetCollection, {});

/** The workbook, its protection, the application (calculation) and the add-in settings (ExcelApi 1.4). */
import type { SimContext } from '../context';
import { SimError } from '../errors';
import type { WorkbookModel } from '../workbookModel';
import type { AnyProxy } from '../clientObject';
import { SimCollection, SimObject, defineProps } from '../clientObject';
import { SimWorksheetCollection } from './worksheet';

abstract class BookPart extends SimObject<WorkbookModel> {
  protected resolveTarget(): WorkbookModel {
    return this._ctx.model;
  }
}

export class SimWorkbookProtection extends BookPart {
  declare readonly protected: boolean;
  protect(): void {
    this._call('protect', [], (m) => void (m.protected = true), '1.7');
  }
  unprotect(): void {
    this._call('unprotect', [], (m) => void (m.protected = false), '1.7');
  }
}
defineProps<WorkbookModel>(SimWorkbookProtection, { protected: { get: (m) => m.protected, requires: '1.7' } });

export class SimApplication extends BookPart {
  /** Counted in the sync statistics (`calcSuspended`), so tests can see it was asked for. */
  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => void (this._ctx.current().calcSuspended = true), '1.6');
  }
}
defineProps<WorkbookModel>(SimApplication, {});

interface SettingTarget {
  readonly model: WorkbookModel;
  readonly key: string;
}

export class SimSetting extends SimObject<SettingTarget> {
  declare readonly key: string;
  declare value: unknown;
  constructor(ctx: SimContext, path: string, private readonly resolver: () => SettingTarget | null, nullable = false) {
    super(ctx, path);
    if (nullable) this._resolveAtSync();
  }
  protected resolveTarget(): SettingTarget | null {
    return this.resolver();
  }
  delete(): void {
    this._call('delete', [], (t) => void t.model.settings.delete(t.key));
  }
}
/** Settings travel as JSON, so a value reads back as a copy. */
defineProps<SettingTarget>(SimSetting, {
  key: { get: (t) => t.key },
  value: { get: (t) => JSON.parse(JSON.stringify(t.model.settings.get(t.key) ?? null)), set: (t, v) => void t.model.settings.set(t.key, JSON.parse(JSON.stringify(v))) },
});

export class SimSettingCollection extends SimCollection<WorkbookModel, SimSetting> {
  protected resolveTarget(): WorkbookModel {
    this._ctx.model.requireApi('1.4', 'settings');
    return this._ctx.model;
  }
  protected itemsNow(m: WorkbookModel): SimSetting[] {
    return [...m.settings.keys()].map((k) => new SimSetting(this._ctx, `${this._path}.getItem(${JSON.stringify(k)})`, () => ({ model: m, key: k })));
  }
  add(key: string, value: unknown): SimSetting {
    this._call('add', [key, value], (m) => {
      if (typeof key !== 'string' || key === '') throw new SimError('InvalidArgument', 'The argument is invalid: setting key.');
      m.settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
    });
    return new SimSetting(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, () => ({ model: this._ctx.model, key }));
  }
  getItem(key: string): SimSetting {
    return new SimSetting(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      if (!this._require().settings.has(key)) throw new SimError('ItemNotFound', `The requested resource doesn't exist: setting '${key}'.`);
      return { model: this._ctx.model, key };
    });
  }
  getItemOrNullObject(key: string): SimSetting {
    return new SimSetting(this._ctx, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () => (this._require().settings.has(key) ? { model: this._ctx.model, key } : null), true);
  }
}
defineProps<WorkbookModel>(SimSettingCollection, {});

export class SimWorkbook extends BookPart {
  readonly worksheets: SimWorksheetCollection;
  readonly protection: SimWorkbookProtection;
  readonly settings: SimSettingCollection;
  readonly application: SimApplication;

  constructor(ctx: SimContext) {
    super(ctx, 'workbook');
    this.worksheets = new SimWorksheetCollection(ctx, 'workbook.worksheets');
    this.protection = new SimWorkbookProtection(ctx, 'workbook.protection');
    this.settings = new SimSettingCollection(ctx, 'workbook.settings');
    this.application = new SimApplication(ctx, 'workbook.application');
  }

  protected override child(name: string): AnyProxy | undefined {
    return name === 'protection' ? this.protection : undefined;
  }
}
defineProps<WorkbookModel>(SimWorkbook, {});

/** Merged areas of a range (ExcelApi 1.13) and the collection of their rectangles. */
import type { Rect } from '../addresses';
import { cellCount, sheetAddress } from '../addresses';
import type { SimContext } from '../context';
import type { SheetModel } from '../sheetModel';
import type { WorkbookModel } from '../workbookModel';
import type { AnyProxy } from '../clientObject';
import { SimCollection, SimObject, defineProps } from '../clientObject';
import { SimRange } from './range';

export interface AreasTarget {
  readonly model: WorkbookModel;
  readonly sheet: SheetModel;
  readonly areas: readonly Rect[];
}

export class SimRangeAreas extends SimObject<AreasTarget> {
  declare readonly address: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;
  private coll: SimRangeCollection | undefined;

  constructor(ctx: SimContext, path: string, private readonly resolver: () => AreasTarget | null) {
    super(ctx, path);
    this._resolveAtSync();
  }

  protected resolveTarget(): AreasTarget | null {
    return this.resolver();
  }

  get areas(): SimRangeCollection {
    return (this.coll ??= new SimRangeCollection(this._ctx, `${this._path}.areas`, () => this._target()));
  }

  protected override child(name: string): AnyProxy | undefined {
    return name === 'areas' ? this.areas : undefined;
  }
}

defineProps<AreasTarget>(SimRangeAreas, {
  address: { get: (t) => t.areas.map((a) => sheetAddress(t.sheet.name, a)).join(',') },
  areaCount: { get: (t) => t.areas.length },
  cellCount: { get: (t) => t.areas.reduce((n, a) => n + cellCount(a), 0) },
});

export class SimRangeCollection extends SimCollection<AreasTarget, SimRange> {
  constructor(ctx: SimContext, path: string, private readonly resolver: () => AreasTarget | null) {
    super(ctx, path);
  }

  protected resolveTarget(): AreasTarget | null {
    return this.resolver();
  }

  protected itemsNow(t: AreasTarget): SimRange[] {
    return t.areas.map((a, i) => {
      return new SimRange(this._ctx, `${this._path}.items[${i}]`, () => ({ model: t.model, sheet: t.sheet, rect: a }));
    });
  }
}


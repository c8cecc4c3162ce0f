/** Merged areas of a range (ExcelApi 1.13) and the collection of their rectangles. */
import type { Rect } from '../addresses';
import { cellCount, sheetAddress } from '../addresses';
import type { SimContext } from '../context';
import type { SheetModel } from '../sheetModel';
import type { WorkbookModel } from '../workbookModel';
import type { AnyProxy, PropDef, Props } from '../clientObject';
import { SimCollection, SimObject, defineProps } from '../clientObject';
import type { RangeTarget } from './range';
import { SimRange } from './range';
import { SimRangeFill, SimRangeFont, SimRangeFormat } from './rangeFormat';

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

  private fmt: SimRangeAreasFormat | undefined;

  constructor(ctx: SimContext, path: string, private readonly resolver: () => AreasTarget | null, nullable = true) {
    super(ctx, path);
    if (nullable) this._resolveAtSync();
  }

  protected resolveTarget(): AreasTarget | null {
    return this.resolver();
  }

  /** ExcelApi 1.9. Only rowHeight and columnWidth are modelled (set on every area). */
  get format(): SimRangeAreasFormat {
    return (this.fmt ??= new SimRangeAreasFormat(this._ctx, `${this._path}.format`, () => this._target()));
  }

  get areas(): SimRangeCollection {
    return (this.coll ??= new SimRangeCollection(this._ctx, `${this._path}.areas`, () => this._target()));
  }

  protected override child(name: string): AnyProxy | undefined {
    return name === 'areas' ? this.areas : name === 'format' ? this.format : undefined;
  }
}

defineProps<AreasTarget>(SimRangeAreas, {
  address: { get: (t) => t.areas.map((a) => sheetAddress(t.sheet.name, a)).join(',') },
  areaCount: { get: (t) => t.areas.length },
  cellCount: { get: (t) => t.areas.reduce((n, a) => n + cellCount(a), 0) },
});

/** Each area through the single range's property definition, so checks and limits are the same. */
function eachArea(props: Props<RangeTarget>, name: string): PropDef<AreasTarget> {
  const def = props[name]!;
  const one = (t: AreasTarget, a: Rect): RangeTarget => ({ model: t.model, sheet: t.sheet, rect: a });
  return {
    requires: '1.9',
    get: (t) => {
      const vs = t.areas.map((a) => def.get!(one(t, a)));
      return vs.every((v) => v === vs[0]) ? vs[0] : null;
    },
    ...(def.set ? { set: (t: AreasTarget, v: unknown) => t.areas.forEach((a) => def.set!(one(t, a), v)) } : {}),
  };
}

function areaProps(cls: unknown, names: readonly string[]): Props<AreasTarget> {
  const props = (cls as { props: Props<RangeTarget> }).props;
  return Object.fromEntries(names.map((n) => [n, eachArea(props, n)]));
}

abstract class AreasPart extends SimObject<AreasTarget> {
  constructor(ctx: SimContext, path: string, private readonly resolver: () => AreasTarget | null) {
    super(ctx, path);
  }
  protected resolveTarget(): AreasTarget | null {
    return this.resolver();
  }
}

export class SimRangeAreasFont extends AreasPart {
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  declare underline: string;
  declare color: string;
}
defineProps<AreasTarget>(SimRangeAreasFont, areaProps(SimRangeFont, ['name', 'size', 'bold', 'italic', 'underline', 'color']));

export class SimRangeAreasFill extends AreasPart {
  declare color: string | null;
}
defineProps<AreasTarget>(SimRangeAreasFill, areaProps(SimRangeFill, ['color']));

/** The format of several areas (ExcelApi 1.9): a set applies to each, as one operation. Borders are not modelled. */
export class SimRangeAreasFormat extends AreasPart {
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare rowHeight: number;
  declare columnWidth: number;
  private parts: { font?: SimRangeAreasFont; fill?: SimRangeAreasFill } = {};

  get font(): SimRangeAreasFont {
    return (this.parts.font ??= new SimRangeAreasFont(this._ctx, `${this._path}.font`, () => this._target()));
  }
  get fill(): SimRangeAreasFill {
    return (this.parts.fill ??= new SimRangeAreasFill(this._ctx, `${this._path}.fill`, () => this._target()));
  }
  protected override child(name: string): AnyProxy | undefined {
    return name === 'font' ? this.font : name === 'fill' ? this.fill : undefined;
  }
}
defineProps<AreasTarget>(SimRangeAreasFormat, areaProps(SimRangeFormat, ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'rowHeight', 'columnWidth']));

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


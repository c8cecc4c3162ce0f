/** RangeFormat and its font, fill and borders: writes become format layers (see formats.ts). */
import type { Rect } from '../addresses';
import { cellCount } from '../addresses';
import type { SimContext } from '../context';
import { SimError, notModelled } from '../errors';
import type { FormatValue } from '../formats';
import { edgeReadSide, edgeSides } from '../formats';
import type { Props } from '../clientObject';
import type { AnyProxy } from '../clientObject';
import { SimObject, defineProps } from '../clientObject';
import type { RangeTarget } from './range';

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'];
const LINE_STYLE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHT = ['Hairline', 'Thin', 'Medium', 'Thick'];
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];
/** Points: Excel's default column (8.43 characters = 64 px) and row (20 px) in Calibri 11. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

function invalid(what: string, v: unknown): SimError {
  return new SimError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${what} = ${JSON.stringify(v)}.`);
}

function editable(t: RangeTarget): void {
  if (t.sheet.protected) throw new SimError('InvalidOperation', `The cell or chart you're trying to change is on a protected sheet ('${t.sheet.name}').`);
}

function readable(rect: Rect): void {
  if (cellCount(rect) > 100_000) throw notModelled('reading formats of more than 100,000 cells');
}

/** A format property kept in the layers: validated, then pushed over the whole range. */
function layered(prop: string, check: (v: unknown) => boolean): { get: (t: RangeTarget) => unknown; set: (t: RangeTarget, v: unknown) => void } {
  return {
    get: (t) => {
      readable(t.rect);
      return t.sheet.formats.uniform(t.rect, prop);
    },
    set: (t, v) => {
      editable(t);
      if (!check(v)) throw invalid(prop, v);
      t.sheet.formats.push(t.rect, { [prop]: v as FormatValue });
    },
  };
}

const isColor = (v: unknown): boolean => typeof v === 'string' && /^#[0-9A-Fa-f]{6}$/.test(v);
const oneOf = (list: readonly string[]) => (v: unknown): boolean => typeof v === 'string' && list.includes(v);
const isBool = (v: unknown): boolean => typeof v === 'boolean';

type Resolver = () => RangeTarget | null;

abstract class FormatPart extends SimObject<RangeTarget> {
  constructor(ctx: SimContext, path: string, private readonly resolver: Resolver) {
    super(ctx, path);
  }
  protected resolveTarget(): RangeTarget | null {
    return this.resolver();
  }
  override _sheetName(): string | undefined {
    return this._target()?.sheet.name;
  }
}

export class SimRangeFont extends FormatPart {
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  declare underline: string;
  declare color: string;
}
defineProps<RangeTarget>(SimRangeFont, {
  name: layered('font.name', (v) => typeof v === 'string' && v.trim() !== ''),
  size: layered('font.size', (v) => typeof v === 'number' && v >= 1 && v <= 409),
  bold: layered('font.bold', isBool),
  italic: layered('font.italic', isBool),
  underline: layered('font.underline', oneOf(UNDERLINE)),
  color: layered('font.color', isColor),
});

export class SimRangeFill extends FormatPart {
  declare color: string | null;
  clear(): void {
    this._call('clear', [], (t) => {
      editable(t);
      t.sheet.formats.push(t.rect, { 'fill.color': null });
    });
  }
}
defineProps<RangeTarget>(SimRangeFill, { color: layered('fill.color', isColor) });

interface BorderTarget extends RangeTarget {
  readonly edge: string;
}

export class SimRangeBorder extends SimObject<BorderTarget> {
  declare style: string;
  declare weight: string;
  declare color: string;
  constructor(ctx: SimContext, path: string, private readonly resolver: () => BorderTarget | null) {
    super(ctx, path);
  }
  protected resolveTarget(): BorderTarget | null {
    return this.resolver();
  }
}

function borderProp(part: 'style' | 'weight' | 'color', check: (v: unknown) => boolean): Props<BorderTarget>[string] {
  return {
    get: (t) => {
      const side = edgeReadSide(t.edge);
      const first = edgeSides(t.edge, t.rect)[0];
      if (!side || !first) return null;
      readable(first.rect);
      return t.sheet.formats.uniform(first.rect, `border.${side}.${part}`) ?? (part === 'style' ? 'None' : null);
    },
    set: (t, v) => {
      editable(t);
      if (!check(v)) throw invalid(`border ${part}`, v);
      for (const s of edgeSides(t.edge, t.rect)) t.sheet.formats.push(s.rect, { [`border.${s.side}.${part}`]: v as FormatValue });
    },
  };
}
defineProps<BorderTarget>(SimRangeBorder, {
  style: borderProp('style', oneOf(LINE_STYLE)),
  weight: borderProp('weight', oneOf(WEIGHT)),
  color: borderProp('color', isColor),
});

export class SimRangeBorderCollection extends FormatPart {
  getItem(index: string): SimRangeBorder {
    return new SimRangeBorder(this._ctx, `${this._path}.getItem(${JSON.stringify(index)})`, () => {
      if (!EDGES.includes(index)) {
        if (/^Diagonal/.test(index)) throw notModelled(`border ${index}`);
        throw invalid('border index', index);
      }
      const t = this._require();
      return { ...t, edge: index };
    });
  }
}
defineProps<RangeTarget>(SimRangeBorderCollection, {});

export class SimRangeFormat extends FormatPart {
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare columnWidth: number;
  declare rowHeight: number;
  private parts: { font?: SimRangeFont; fill?: SimRangeFill; borders?: SimRangeBorderCollection } = {};

  get font(): SimRangeFont {
    return (this.parts.font ??= new SimRangeFont(this._ctx, `${this._path}.font`, () => this._target()));
  }
  get fill(): SimRangeFill {
    return (this.parts.fill ??= new SimRangeFill(this._ctx, `${this._path}.fill`, () => this._target()));
  }
  get borders(): SimRangeBorderCollection {
    return (this.parts.borders ??= new SimRangeBorderCollection(this._ctx, `${this._path}.borders`, () => this._target()));
  }
  protected override child(name: string): AnyProxy | undefined {
    return name === 'font' ? this.font : name === 'fill' ? this.fill : name === 'borders' ? this.borders : undefined;
  }
}

function uniformMap(map: Map<number, number>, from: number, to: number, dflt: number): number | null {
  const first = map.get(from) ?? dflt;
  for (let i = from + 1; i <= to; i++) if ((map.get(i) ?? dflt) !== first) return null;
  return first;
}

defineProps<RangeTarget>(SimRangeFormat, {
  horizontalAlignment: layered('horizontalAlignment', oneOf(H_ALIGN)),
  verticalAlignment: layered('verticalAlignment', oneOf(V_ALIGN)),
  wrapText: layered('wrapText', isBool),
  columnWidth: {
    get: (t) => uniformMap(t.sheet.colWidths, t.rect.c0, t.rect.c1, DEFAULT_COLUMN_WIDTH),
    set: (t, v) => {
      editable(t);
      if (typeof v !== 'number' || v < 0 || v > 255 * 7.5) throw invalid('columnWidth', v);
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.colWidths.set(c, v);
    },
  },
  rowHeight: {
    get: (t) => uniformMap(t.sheet.rowHeights, t.rect.r0, t.rect.r1, DEFAULT_ROW_HEIGHT),
    set: (t, v) => {
      editable(t);
      if (typeof v !== 'number' || v < 0 || v > 409) throw invalid('rowHeight', v);
      if (t.rect.r1 - t.rect.r0 >= 100_000) throw notModelled('row heights over more than 100,000 rows at once');
      for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, v);
    },
  },
});

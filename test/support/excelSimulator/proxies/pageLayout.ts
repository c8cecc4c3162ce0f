/** Page layout (ExcelApi 1.9): orientation, paper, zoom, margins, print title rows, headers and footers. */
import type { SimContext } from '../context';
import { SimError } from '../errors';
import type { PageSetup, SheetModel } from '../sheetModel';
import type { AnyProxy } from '../clientObject';
import { SimObject, defineProps } from '../clientObject';

const PAPER = ['A3', 'A4', 'A5', 'B4', 'B5', 'Letter', 'Legal', 'Executive', 'Tabloid', 'Folio'];

function invalid(what: string, v: unknown): SimError {
  return new SimError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${what} = ${JSON.stringify(v)}.`);
}

abstract class SheetPart extends SimObject<SheetModel> {
  constructor(ctx: SimContext, path: string, private readonly resolver: () => SheetModel | null) {
    super(ctx, path);
  }
  protected resolveTarget(): SheetModel | null {
    return this.resolver();
  }
  protected override assertAlive(t: SheetModel): void {
    if (t.deleted) throw new SimError('ItemNotFound', `The requested resource doesn't exist (sheet '${t.name}' was deleted).`);
  }
  override _sheetName(): string | undefined {
    return this._target()?.name;
  }
}

type Key = keyof PageSetup;

function pageProp(k: Key, check: (v: unknown) => boolean) {
  return {
    requires: '1.9',
    get: (t: SheetModel) => t.page[k],
    set: (t: SheetModel, v: unknown) => {
      if (!check(v)) throw invalid(k, v);
      (t.page as unknown as Record<string, unknown>)[k] = v;
    },
  };
}

const margin = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v < 1000;
const footerText = (v: unknown): boolean => typeof v === 'string' && v.length <= 255;

export class SimHeaderFooter extends SheetPart {
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
}
defineProps<SheetModel>(SimHeaderFooter, {
  leftFooter: pageProp('leftFooter', footerText),
  centerFooter: pageProp('centerFooter', footerText),
  rightFooter: pageProp('rightFooter', footerText),
  leftHeader: pageProp('leftHeader', footerText),
  centerHeader: pageProp('centerHeader', footerText),
  rightHeader: pageProp('rightHeader', footerText),
});

export class SimHeaderFooterGroup extends SheetPart {
  private all: SimHeaderFooter | undefined;
  get defaultForAllPages(): SimHeaderFooter {
    return (this.all ??= new SimHeaderFooter(this._ctx, `${this._path}.defaultForAllPages`, () => this._target()));
  }
  protected override child(name: string): AnyProxy | undefined {
    return name === 'defaultForAllPages' ? this.defaultForAllPages : undefined;
  }
}
defineProps<SheetModel>(SimHeaderFooterGroup, {});

function validZoom(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const z = v as Record<string, unknown>;
  const pages = (x: unknown): boolean => x === undefined || x === null || (Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 32767);
  const scale = z.scale === undefined || z.scale === null || (typeof z.scale === 'number' && z.scale >= 10 && z.scale <= 400);
  return pages(z.horizontalFitToPages) && pages(z.verticalFitToPages) && scale && Object.keys(z).every((k) => ['horizontalFitToPages', 'verticalFitToPages', 'scale'].includes(k));
}

export class SimPageLayout extends SheetPart {
  declare orientation: string;
  declare paperSize: string;
  declare zoom: PageSetup['zoom'];
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  private hf: SimHeaderFooterGroup | undefined;

  get headersFooters(): SimHeaderFooterGroup {
    return (this.hf ??= new SimHeaderFooterGroup(this._ctx, `${this._path}.headersFooters`, () => this._target()));
  }
  protected override child(name: string): AnyProxy | undefined {
    return name === 'headersFooters' ? this.headersFooters : undefined;
  }

  /** "$1:$5" or "1:5" (whole rows). */
  setPrintTitleRows(rows: string | { address?: string }): void {
    this._call('setPrintTitleRows', [typeof rows === 'string' ? rows : '<range>'], (t) => {
      const text = typeof rows === 'string' ? rows : null;
      if (text === null || !/^\$?\d+:\$?\d+$/.test(text)) throw invalid('printTitleRows', rows);
      t.page.printTitleRows = text;
    }, '1.9');
  }
}
defineProps<SheetModel>(SimPageLayout, {
  orientation: pageProp('orientation', (v) => v === 'Portrait' || v === 'Landscape'),
  paperSize: pageProp('paperSize', (v) => typeof v === 'string' && PAPER.includes(v)),
  zoom: { ...pageProp('zoom', validZoom), get: (t: SheetModel) => ({ ...t.page.zoom }), set: (t: SheetModel, v: unknown) => {
    if (!validZoom(v)) throw invalid('zoom', v);
    t.page.zoom = { ...(v as PageSetup['zoom']) };
  } },
  leftMargin: pageProp('leftMargin', margin),
  rightMargin: pageProp('rightMargin', margin),
  topMargin: pageProp('topMargin', margin),
  bottomMargin: pageProp('bottomMargin', margin),
  headerMargin: pageProp('headerMargin', margin),
  footerMargin: pageProp('footerMargin', margin),
});

export { SheetPart };

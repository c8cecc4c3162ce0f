/**
 * Defines `Excel` and `Office` on globalThis backed by a simulator, for jsdom tests and the browser
 * end-to-end run (where a stub office.js hands `sim.run` to `Excel.run`). Returns a function that
 * restores what was there before.
 */
import type { ExcelSimulator } from './simulator';

const ENUMS = {
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  BorderIndex: { edgeTop: 'EdgeTop', edgeBottom: 'EdgeBottom', edgeLeft: 'EdgeLeft', edgeRight: 'EdgeRight', insideVertical: 'InsideVertical', insideHorizontal: 'InsideHorizontal' },
  BorderLineStyle: { none: 'None', continuous: 'Continuous', dash: 'Dash', dashDot: 'DashDot', dashDotDot: 'DashDotDot', dot: 'Dot', double: 'Double', slantDashDot: 'SlantDashDot' },
  BorderWeight: { hairline: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  HorizontalAlignment: { general: 'General', left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify', centerAcrossSelection: 'CenterAcrossSelection', distributed: 'Distributed' },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom', justify: 'Justify', distributed: 'Distributed' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  PaperType: { a3: 'A3', a4: 'A4', a5: 'A5', letter: 'Letter', legal: 'Legal' },
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks' },
  RangeUnderlineStyle: { none: 'None', single: 'Single', double: 'Double' },
  ErrorCodes: {
    accessDenied: 'AccessDenied', apiNotFound: 'ApiNotFound', generalException: 'GeneralException', invalidArgument: 'InvalidArgument',
    invalidOperation: 'InvalidOperation', itemAlreadyExists: 'ItemAlreadyExists', itemNotFound: 'ItemNotFound', rangeExceedsLimit: 'RangeExceedsLimit',
    responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  },
} as const;

export interface OfficeGlobalsOptions {
  /** Office.context.displayLanguage (default "vi-VN"). */
  readonly displayLanguage?: string;
  /** Office.context.platform / onReady's platform (default "OfficeOnline"). */
  readonly platform?: string;
}

export function installOfficeGlobals(sim: ExcelSimulator, opts: OfficeGlobalsOptions = {}): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office, had: { Excel: 'Excel' in g, Office: 'Office' in g } };
  const platform = opts.platform ?? 'OfficeOnline';
  const info = { host: 'Excel', platform };
  g.Excel = { run: sim.run, ...ENUMS };
  g.Office = {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    context: {
      host: 'Excel',
      platform,
      displayLanguage: opts.displayLanguage ?? 'vi-VN',
      contentLanguage: opts.displayLanguage ?? 'vi-VN',
      requirements: { isSetSupported: (name: string, version?: string) => sim.isSetSupported(name, version) },
      diagnostics: { host: 'Excel', platform, version: '16.0.simulated' },
    },
    onReady: (callback?: (i: typeof info) => void) => {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
  };
  return () => {
    for (const k of ['Excel', 'Office'] as const) {
      if (before.had[k]) g[k] = before[k];
      else delete g[k];
    }
  };
}

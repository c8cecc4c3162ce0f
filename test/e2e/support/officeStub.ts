/**
 * Stands in for office.js in the end-to-end run: it installs `Office` and `Excel` backed by the strict
 * simulator, loaded with the example workbook, and exposes the simulator on `window.__thiduaSim` so the
 * test can read the workbook and the sync counts afterwards. Bundled for the browser by ./stubBundle.ts.
 */
import { ExcelSimulator, installOfficeGlobals } from '../../support/excelSimulator';
import { exampleTemplateSheets, templateToSnapshot } from '../../../src/engine/template';

const sim = ExcelSimulator.fromSnapshot(templateToSnapshot(exampleTemplateSheets()));
installOfficeGlobals(sim, { platform: 'OfficeOnline', displayLanguage: 'vi-VN' });

/** What the test reads through page.evaluate (plain data only). */
const probe = {
  syncCount: () => sim.syncCount,
  runs: () => sim.runs,
  sheetNames: () => sim.sheetNames(),
  visibility: (name: string) => sim.sheet(name).visibility,
  values: (name: string) => sim.sheet(name).values(),
  selection: () => sim.selection,
  maxRequestBytes: () => sim.maxRequestBytes,
};

(globalThis as unknown as { __thiduaSim: typeof probe }).__thiduaSim = probe;

/** The example workbook read through ExcelJS gives exactly the golden report (the adapter adds and loses nothing). */
import { Workbook } from 'exceljs';
import { analyze } from '../../src/engine/analyze';
import { exampleTemplateSheets, templateToSheetPlans } from '../../src/engine/template';
import { buildJsonReport } from '../../src/engine/report/json';
import { addTemplateSheets } from '../../src/xlsx/write';
import { readSnapshotFromBuffer } from '../../src/xlsx/read';
import { GOLDEN_NOW, goldenReport } from '../support/xlsxGolden';
import { xlsxBytes } from '../support/xlsxBook';

it('template.xlsx → snapshot → analyze → the golden JSON report', async () => {
  const wb = new Workbook();
  addTemplateSheets(wb, templateToSheetPlans(exampleTemplateSheets()));
  const snapshot = await readSnapshotFromBuffer(await xlsxBytes(wb), 'vi-du.xlsx');
  const report = buildJsonReport(analyze(snapshot, { now: GOLDEN_NOW, lang: 'vi' }), 'vi');
  expect(report).toEqual(goldenReport(report));
});

import { Workbook } from 'exceljs';
import { exampleTemplateSheets, templateToSheetPlans, templateToSnapshot } from '../../src/engine/template';
import { addTemplateSheets } from '../../src/xlsx/write';
import { readSnapshotFromBuffer } from '../../src/xlsx/read';
import { xlsxBytes } from '../support/xlsxBook';

describe('the example workbook written by ExcelJS', () => {
  it('reads back as the same snapshot the engine gets from templateToSnapshot', async () => {
    const wb = new Workbook();
    addTemplateSheets(wb, templateToSheetPlans(exampleTemplateSheets()));
    const read = await readSnapshotFromBuffer(await xlsxBytes(wb));
    const direct = templateToSnapshot(exampleTemplateSheets());
    expect(read.sheets.map((s) => s.name)).toEqual(direct.sheets.map((s) => s.name));
    for (const s of direct.sheets) {
      const r = read.sheets.find((x) => x.name === s.name)!;
      const trim = (rows: readonly (readonly unknown[])[]): unknown[][] => {
        const out = rows.map((row) => {
          const x = [...row];
          while (x.length && (x[x.length - 1] === null || x[x.length - 1] === undefined)) x.pop();
          return x;
        });
        while (out.length && out[out.length - 1]!.length === 0) out.pop();
        return out;
      };
      expect(trim(r.values)).toEqual(trim(s.values));
      expect(r.merges).toEqual([...s.merges].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0));
      expect(r.visibility).toBe('visible');
    }
  });
});

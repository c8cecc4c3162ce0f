/**
 * Writes generated sheets as an .xlsx file with ExcelJS's streaming writer (rows are committed and
 * released as they go, so a 200,000-row sheet costs little memory and a few seconds).
 */
import * as ExcelJS from 'exceljs';
import type { GeneratedSheet } from './bigWorkbook';

export async function writeXlsx(sheets: readonly GeneratedSheet[], file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: true });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const m of s.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
    for (const row of s.rows) ws.addRow(row.map((v) => (v === null ? undefined : v))).commit();
    ws.commit();
  }
  await wb.commit();
}

/** Builds small .xlsx workbooks in memory for adapter and CLI tests. */
import { Workbook } from 'exceljs';

export type SheetSpec = { name: string; rows: unknown[][]; state?: 'visible' | 'hidden' | 'veryHidden' };

export function workbookOf(sheets: SheetSpec[]): Workbook {
  const wb = new Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.state) ws.state = s.state;
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as never;
      }),
    );
  }
  return wb;
}

export async function xlsxBytes(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function reload(wb: Workbook): Promise<Workbook> {
  const again = new Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

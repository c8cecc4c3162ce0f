/**
 * The million-row case: the base workbook plus a 1,000,000 × 3 sheet. The file is written with ExcelJS's
 * streaming writer (bounded memory, ~10 s); the task pane's snapshot is built directly, column arrays
 * shared, so the simulator and the engine see a million rows without an .xlsx round trip.
 */
import * as os from 'os';
import * as path from 'path';
import { promises as fs } from 'fs';
import { stream } from 'exceljs';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { parseRange, type BookSpec } from './book';
import { baseBook } from './base';

export const MILLION_SHEET = 'Nhật ký nhập liệu';
export const MILLION = 1_000_000;

const rowOf = (r: number): [number, string, number] => [r, `Dòng ${r}: nhập điểm lớp ${r % 40}`, r % 100];

export async function millionRowBytes(): Promise<Uint8Array> {
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-million-')), 'big.xlsx');
  try {
    const wb = new stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
    for (const s of baseBook()) {
      const ws = wb.addWorksheet(s.name);
      // Merges first: the streaming writer cannot reach rows it has committed.
      for (const m of s.merges ?? []) ws.mergeCells(m);
      for (const row of s.rows) ws.addRow(row as unknown[]).commit();
      await ws.commit();
    }
    const big = wb.addWorksheet(MILLION_SHEET);
    for (let r = 1; r <= MILLION; r++) big.addRow(rowOf(r)).commit();
    await big.commit();
    await wb.commit();
    return new Uint8Array(await fs.readFile(file));
  } finally {
    await fs.rm(path.dirname(file), { recursive: true, force: true });
  }
}

/** A book as the snapshot any reader gives (no dates, errors or formulas in the base book). */
export function bookSnapshot(book: BookSpec): WorkbookSnapshot {
  return {
    source: 'million-rows.xlsx',
    sheets: book.map(
      (s): SheetSnapshot => ({
        name: s.name,
        visibility: s.state ?? 'visible',
        values: s.rows.map((r) => r.map((v): CellValue => (v === undefined || v === '' ? null : (v as CellValue)))),
        merges: (s.merges ?? []).map(parseRange),
        hiddenRows: (s.hiddenRows ?? []).map((r) => r - 1),
        protected: false,
      }),
    ),
  };
}

export function millionRowSnapshot(): WorkbookSnapshot {
  const base = bookSnapshot(baseBook());
  const values: CellValue[][] = new Array(MILLION);
  for (let r = 0; r < MILLION; r++) values[r] = rowOf(r + 1);
  return { ...base, sheets: [...base.sheets, { name: MILLION_SHEET, visibility: 'visible', values, merges: [], hiddenRows: [], protected: false }] };
}

/**
 * Workbook-wide checks on the input as a whole (SPEC §3, §3.9): an empty workbook, a workbook in which
 * no sheet is recognised, sheets that are not used, and text typed in a legacy Vietnamese encoding
 * (TCVN3 / VNI), which matches nothing and must be named rather than silently ignored.
 */
import type { CellValue, WorkbookSnapshot, SheetSnapshot } from '../../workbook/snapshot';
import type { SheetRecognition } from '../model';
import type { FindingSink } from '../findings/types';
import { cellAddress } from '../cells/address';
import { detectLegacyEncoding, mayBeLegacy, type LegacyEncoding } from '../cells/legacyEncoding';

/** Sample text shown in the message: enough to recognise the cell, not a whole paragraph. */
const SAMPLE_CHARS = 40;

function isSystemSheet(s: SheetSnapshot, role: SheetRecognition['role'] | undefined): boolean {
  return role === 'output' || role === 'ownership' || s.name.startsWith('_thidua');
}

function hasValues(s: SheetSnapshot): boolean {
  return s.values.some((row) => row.some((v) => v !== null && v !== ''));
}

export function checkInputs(snapshot: WorkbookSnapshot, sheets: readonly SheetRecognition[], sink: FindingSink): void {
  const roles = new Map(sheets.map((s) => [s.sheet, s.role]));
  const inputs = snapshot.sheets.filter((s) => !isSystemSheet(s, roles.get(s.name)));
  const file = snapshot.source ?? '';
  const filled = inputs.filter(hasValues);
  if (filled.length === 0) {
    sink.error('WORKBOOK_EMPTY', {}, { file, sheets: inputs.length });
    return;
  }
  for (const s of filled) checkLegacyText(s, sink);
  const unknown = filled.filter((s) => (roles.get(s.name) ?? 'unknown') === 'unknown');
  if (unknown.length === filled.length) {
    sink.error('WORKBOOK_NOTHING_RECOGNISED', {}, { file, sheets: unknown.map((s) => s.name).join(', ') });
    return;
  }
  for (const s of unknown) sink.info('SHEET_NOT_RECOGNISED', { sheet: s.name }, { sheet: s.name });
}

/** One finding per sheet: the first cell in a legacy encoding, and how many cells are. */
function checkLegacyText(s: SheetSnapshot, sink: FindingSink): void {
  let firstR = -1;
  let firstC = -1;
  let firstEncoding: LegacyEncoding | null = null;
  let firstText = '';
  let count = 0;
  const rows = s.values;
  // ≈ 1 M cells, almost none a candidate: the scan (nextRow / nextCell) only finds the candidates; what is
  // done with one is here, outside the loop that gets optimised.
  for (let r = nextRow(rows, 0); r >= 0; r = nextRow(rows, r + 1)) {
    const row = rows[r]!;
    for (let c = nextCell(row, 0); c >= 0; c = nextCell(row, c + 1)) {
      const v = row[c] as string;
      const encoding = detectLegacyEncoding(v);
      if (!encoding) continue;
      count++;
      if (firstEncoding === null) {
        firstR = r;
        firstC = c;
        firstEncoding = encoding;
        firstText = v;
      }
    }
  }
  if (firstEncoding === null) return;
  const sample = firstText.length > SAMPLE_CHARS ? `${firstText.slice(0, SAMPLE_CHARS)}…` : firstText;
  sink.warning('TEXT_LEGACY_ENCODING', { sheet: s.name, cell: cellAddress(firstR, firstC) }, { encoding: firstEncoding, count, sample });
}

/** The first row from `from` holding a candidate cell (see nextCell), −1 when none. */
function nextRow(rows: SheetSnapshot['values'], from: number): number {
  for (let r = from; r < rows.length; r++) {
    const row = rows[r];
    if (row && nextCell(row, 0) >= 0) return r;
  }
  return -1;
}

/**
 * The first column from `from` holding a string that may be in a legacy encoding (mayBeLegacy), −1 when
 * none. A hit only returns its index: the loop has no path it has not taken before it is optimised.
 */
function nextCell(row: readonly CellValue[], from: number): number {
  for (let c = from; c < row.length; c++) {
    const v = row[c];
    if (typeof v === 'string' && mayBeLegacy(v)) return c;
  }
  return -1;
}

/**
 * Internal links as HYPERLINK formulas, shared by the .xlsx writer (src/xlsx/write.ts) and the Office.js
 * writer (src/excel/sheetWriter.ts): HYPERLINK("#'Sheet'!B7","text") opens everywhere (ExcelJS 4.4 writes
 * internal hyperlinks as external relationships that Excel for Windows, WPS and Google Sheets fail to
 * open), and in Office.js it travels inside the cells' formula grid instead of one operation per link.
 * Pure: no ExcelJS, no Office.js.
 */

/** Excel refuses string literals longer than 255 characters inside a formula. */
export const MAX_FORMULA_STRING = 255;

/** `"` doubled, for a string literal inside a formula. */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** 'It''s'!B7: a sheet reference, quoted as Excel wants. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * HYPERLINK("#'Sheet'!B7","text") without the leading "=", or null when the text or the target is too
 * long for a formula string. The formula's value is `text` (a string, whatever it looks like).
 */
export function hyperlinkFormula(text: string, sheet: string, cell: string): string | null {
  const target = `#${sheetRef(sheet, cell)}`;
  if (text.length > MAX_FORMULA_STRING || target.length > MAX_FORMULA_STRING) return null;
  return `HYPERLINK(${formulaString(target)},${formulaString(text)})`;
}

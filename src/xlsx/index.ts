/** The ExcelJS adapter, usable in Node and in the browser (node-only file helpers live in ./files). */
export { readSnapshotFromBuffer, snapshotFromWorkbook, sheetSnapshot, loadWorkbook, toCellValue, dateToExcelSerial } from './read';
export { applyPlanToWorkbook, addTemplateSheets, writeSheetPlan, writeHiddenTable, PlanApplyError } from './write';
export { XlsxWorkbookPort } from './port';
export { checkXlsxBytes, PackageRefused } from './checkBytes';

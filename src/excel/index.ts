/**
 * The Office.js adapter: the only code that talks to Excel. The task pane builds its port with
 * `createOfficePort(Excel.run)`.
 */
export { createOfficePort } from './officePort';
export type { OfficePort, OfficePortOptions } from './officePort';
export type { ExcelRun } from './book';
export type { IsSetSupported } from './requirements';
export {
  BatchFailedError,
  ExcelAdapterError,
  InvalidSheetNameError,
  SelectFailedError,
  SheetHiddenError,
  SheetNameTakenError,
  SheetNotFoundError,
  SheetProtectedError,
  WorkbookProtectedError,
} from './errors';

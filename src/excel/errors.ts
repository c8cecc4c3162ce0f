/**
 * Typed errors of the Office.js adapter. Each carries its message in Vietnamese (`message`, `vi`) and
 * English (`en`); `text(lang)` picks one. They are thrown before anything is written (protection,
 * names) or after a failed batch was cleaned up (BatchFailedError).
 */
import type { Lang } from '../engine';
import type { ExcelMessageCode } from './messages';
import { excelMessage, nameList } from './messages';

type Params = Readonly<Record<string, string | number>>;

export class ExcelAdapterError extends Error {
  readonly vi: string;
  readonly en: string;

  constructor(readonly code: ExcelMessageCode, params: (lang: Lang) => Params = () => ({}), options?: { cause?: unknown }) {
    const vi = excelMessage(code, 'vi', params('vi'));
    super(vi, options);
    this.name = new.target.name;
    this.vi = vi;
    this.en = excelMessage(code, 'en', params('en'));
  }

  text(lang: Lang): string {
    return lang === 'en' ? this.en : this.vi;
  }
}

/** The workbook structure is protected: no sheet can be added, deleted, renamed or hidden. */
export class WorkbookProtectedError extends ExcelAdapterError {
  constructor() {
    super('WORKBOOK_PROTECTED');
  }
}

/** Sheets that would be overwritten or deleted are protected. */
export class SheetProtectedError extends ExcelAdapterError {
  constructor(readonly sheets: readonly string[]) {
    super('SHEET_PROTECTED', (lang) => ({ names: nameList(sheets, lang) }));
  }
}

/** Sheets the run would create already exist (made by the user since the plan was resolved). */
export class SheetNameTakenError extends ExcelAdapterError {
  constructor(readonly names: readonly string[]) {
    super('SHEET_NAME_TAKEN', (lang) => ({ names: nameList(names, lang) }));
  }
}

/** Names Excel would refuse (too long, illegal characters, duplicates). */
export class InvalidSheetNameError extends ExcelAdapterError {
  constructor(readonly names: readonly string[]) {
    super('SHEET_NAME_INVALID', (lang) => ({ names: nameList(names, lang) }));
  }
}

export class SheetNotFoundError extends ExcelAdapterError {
  constructor(readonly sheet: string) {
    super('SHEET_NOT_FOUND', () => ({ sheet }));
  }
}

export class SheetHiddenError extends ExcelAdapterError {
  constructor(readonly sheet: string, readonly cell: string) {
    super('SHEET_HIDDEN', () => ({ sheet, cell }));
  }
}

export class SelectFailedError extends ExcelAdapterError {
  constructor(readonly sheet: string, readonly cell: string, cause: unknown) {
    super('SELECT_FAILED', () => ({ sheet, cell, reason: reasonOf(cause) }), { cause });
  }
}

/**
 * Excel rejected an operation while writing. The sheets this run created were deleted again
 * (`removed`); `leftOver` lists those that could not be, which the user must delete by hand.
 */
export class BatchFailedError extends ExcelAdapterError {
  constructor(cause: unknown, readonly removed: readonly string[], readonly leftOver: readonly string[]) {
    super(leftOver.length ? 'BATCH_FAILED_LEFTOVER' : 'BATCH_FAILED_CLEAN', (lang) => ({ reason: reasonOf(cause), names: nameList(leftOver, lang) }), { cause });
  }
}

/** "InvalidOperation: …" from an OfficeExtension.Error (or any error). */
export function reasonOf(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { code?: unknown; message?: unknown };
    const msg = typeof o.message === 'string' ? o.message : String(e);
    return typeof o.code === 'string' && o.code !== '' && !msg.startsWith(o.code) ? `${o.code}: ${msg}` : msg;
  }
  return String(e);
}

/** The error code of an OfficeExtension.Error, or ''. */
export function errorCode(e: unknown): string {
  return e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';
}

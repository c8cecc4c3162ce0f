/**
 * Which optional Office.js features the host has. The adapter needs ExcelApi 1.7 (getRangeByIndexes,
 * freeze panes, hyperlinks, workbook protection); above that it feature-detects and degrades:
 * print setup and row properties need 1.9, reading merged areas 1.13.
 */

/** `Office.context.requirements.isSetSupported`, injected so tests choose the host. */
export type IsSetSupported = (name: string, version: string) => boolean;

export interface ApiSupport {
  /** freezePanes, hyperlink, workbook.protection (ExcelApi 1.7). */
  readonly v1_7: boolean;
  /** pageLayout and getRowProperties (ExcelApi 1.9). */
  readonly v1_9: boolean;
  /** getMergedAreasOrNullObject (ExcelApi 1.13). */
  readonly v1_13: boolean;
}

/** The real host's answer; false when office.js is not loaded. */
export const officeIsSetSupported: IsSetSupported = (name, version) => {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
};

export function apiSupport(isSetSupported: IsSetSupported): ApiSupport {
  const has = (v: string): boolean => isSetSupported('ExcelApi', v);
  return { v1_7: has('1.7'), v1_9: has('1.9'), v1_13: has('1.13') };
}

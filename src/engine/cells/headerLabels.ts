/**
 * Header cells read by their text: the same labels recur from row to row and sheet to sheet (a merged
 * area's value along its row, Tự chấm / Khối chấm over every unit, the same header in every bloc's
 * sheet), so a string's text and folded label are memoised by the string itself, the costly cleaning
 * and folding done once per distinct text.
 */
import type { CellValue } from '../../workbook/snapshot';
import { cellText } from './values';
import { cachedLooseKey } from './keyCache';
import { memoised } from './memo';

/** Text and folded label of a string cell, by the raw string: header rows repeat the same labels. */
const stringText = memoised((s: string): string => cellText(s));
const stringKey = memoised((s: string): string => cachedLooseKey(stringText(s)));

/** The folded label of a header cell (looseKey of its text). */
export function labelKey(v: CellValue): string {
  return typeof v === 'string' ? stringKey(v) : cachedLooseKey(cellText(v));
}

/** The text of a header cell (cellText). */
export function labelText(v: CellValue): string {
  return typeof v === 'string' ? stringText(v) : cellText(v);
}

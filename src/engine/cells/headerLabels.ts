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

/** A header string's text (cellText) and folded label (looseKey of the text). */
export class HeaderLabel {
  constructor(
    readonly text: string,
    readonly key: string,
  ) {}
}

/**
 * Text and folded label of a string cell, by the raw string, in one lookup: a header search folds every
 * label of its rows and the detectors then read the same cells' texts.
 */
export const headerLabel = memoised((s: string): HeaderLabel => {
  const text = cellText(s);
  return new HeaderLabel(text, cachedLooseKey(text));
});

/** The folded label of a header cell (looseKey of its text). */
export function labelKey(v: CellValue): string {
  return typeof v === 'string' ? headerLabel(v).key : cachedLooseKey(cellText(v));
}

/** The text of a header cell (cellText). */
export function labelText(v: CellValue): string {
  return typeof v === 'string' ? headerLabel(v).text : cellText(v);
}

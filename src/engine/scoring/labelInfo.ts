/**
 * What the criteria-in-rows detector reads from a header cell, in one memoised lookup by the cell's string:
 * its text, its score kind (Tự chấm / Khối chấm), whether it can never name a unit, and its folded key. A
 * scoring sheet repeats the same labels from column to column and sheet to sheet; one lookup per cell keeps
 * the detector's loop small.
 */
import type { CellValue } from '../../workbook/snapshot';
import { headerLabel, labelKey, labelText } from '../cells/headerLabels';
import { memoised } from '../cells/memo';
import { foldKey } from '../cells/text';
import { kindOfWords, labelWords, WORDS_NOT_A_UNIT, type ScoreKind } from './labels';

export class LabelInfo {
  constructor(
    /** labelText of the cell ('' for an empty one). */
    readonly text: string,
    /** scoreKindOf(text). */
    readonly kind: ScoreKind | null,
    /** isNotAUnitLabel(text). */
    readonly notAUnit: boolean,
    /** foldKey(text). */
    readonly key: string,
  ) {}
}

const NO_LABEL = new LabelInfo('', null, false, '');

/** The reading of a header cell's text and folded label (labelText, labelKey of the cell). */
function infoOf(text: string, key: string): LabelInfo {
  if (!text) return NO_LABEL;
  // scoreKindOf and isNotAUnitLabel of the text, from its folded label in one lookup.
  const words = key ? labelWords(key) : 0;
  return new LabelInfo(text, kindOfWords(words), (words & WORDS_NOT_A_UNIT) !== 0, foldKey(text));
}

/** A string cell's reading, from its header label (its text and folded label: usually read already). */
const byString = memoised((s: string): LabelInfo => {
  const label = headerLabel(s);
  return infoOf(label.text, label.key);
});

/** The reading of a header cell (shared: never to be changed). */
export function labelInfo(v: CellValue): LabelInfo {
  if (typeof v === 'string') return byString(v);
  return v === null ? NO_LABEL : infoOf(labelText(v), labelKey(v));
}

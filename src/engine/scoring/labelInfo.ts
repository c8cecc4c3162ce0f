/**
 * What the criteria-in-rows detector reads from a header cell, in one memoised lookup by the cell's string:
 * its text, its score kind (Tự chấm / Khối chấm), whether it can never name a unit, and its folded key. A
 * scoring sheet repeats the same labels from column to column and sheet to sheet; one lookup per cell keeps
 * the detector's loop small.
 */
import type { CellValue } from '../../workbook/snapshot';
import { headerLabel, labelText } from '../cells/headerLabels';
import { memoised } from '../cells/memo';
import { foldKey } from '../cells/text';
import { isNotAUnitLabel, kindOfWords, labelWords, scoreKindOf, WORDS_NOT_A_UNIT, type ScoreKind } from './labels';

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

function infoOf(text: string): LabelInfo {
  return text ? new LabelInfo(text, scoreKindOf(text), isNotAUnitLabel(text), foldKey(text)) : NO_LABEL;
}

/** infoOf(labelText(s)), from the string's header label (its text and folded label: usually read already). */
function infoOfString(s: string): LabelInfo {
  const { text, key } = headerLabel(s);
  if (!text) return NO_LABEL;
  // scoreKindOf and isNotAUnitLabel on the label's folded key, in one lookup.
  const words = key ? labelWords(key) : 0;
  return new LabelInfo(text, kindOfWords(words), (words & WORDS_NOT_A_UNIT) !== 0, foldKey(text));
}

const byString = memoised(infoOfString);

/** The reading of a header cell (shared: never to be changed). */
export function labelInfo(v: CellValue): LabelInfo {
  if (typeof v === 'string') return byString(v);
  return v === null ? NO_LABEL : infoOf(labelText(v));
}

/**
 * What the criteria-in-rows detector reads from a header cell, in one memoised lookup by the cell's string:
 * its text, its score kind (Tự chấm / Khối chấm), whether it can never name a unit, and its folded key. A
 * scoring sheet repeats the same labels from column to column and sheet to sheet; one lookup per cell keeps
 * the detector's loop small.
 */
import type { CellValue } from '../../workbook/snapshot';
import { labelText } from '../cells/headerLabels';
import { memoised } from '../cells/memo';
import { foldKey } from '../cells/text';
import { isNotAUnitLabel, scoreKindOf, type ScoreKind } from './labels';

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

const byString = memoised((s: string): LabelInfo => infoOf(labelText(s)));

/** The reading of a header cell (shared: never to be changed). */
export function labelInfo(v: CellValue): LabelInfo {
  if (typeof v === 'string') return byString(v);
  return v === null ? NO_LABEL : infoOf(labelText(v));
}

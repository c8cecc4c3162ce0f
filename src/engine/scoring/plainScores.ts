/**
 * The fast pass of computeUnit: almost every score cell is a plain number within its item's range, in a
 * row without merged areas. Such cells need no finding, so they are read here in one small loop with no
 * call per cell; the items left (text, empty, out of range, a veto, a merged row) are marked for the
 * long way (readScoreCell), which then runs in item order as before.
 */
import type { CellValue } from '../../workbook/snapshot';
import { TYPE_CODE, type AggregationPlan } from './aggregate';
import { NO_COL, type ScoreCells } from './types';

/** Largest finite number: a cell beyond it is no score. */
const MAX_FINITE = Number.MAX_VALUE;

/**
 * What readScoreCell returns for a plain number that needs no finding (Chuẩn within 0..max, Cộng / Trừ
 * within max as a magnitude), else NaN.
 */
export function plainScore(v: CellValue | undefined, type: number, maxValue: number, maxCents: number): number {
  if (typeof v !== 'number') return Number.NaN;
  if (type === TYPE_CODE.CHUAN) return v >= 0 && v <= MAX_FINITE && (v <= maxValue || Math.round(v * 100) <= maxCents) ? v : Number.NaN;
  if (v - v !== 0) return Number.NaN;
  const a = Math.abs(v);
  return a <= maxValue || Math.round(a * 100) <= maxCents ? a : Number.NaN;
}

/** Results of the pass: [any score read (0/1), items with a filled bloc score, items left for the long way]. */
export const PASS_ANY = 0;
export const PASS_BLOC_FILLED = 1;
export const PASS_SLOW = 2;

/**
 * The fast pass over units sharing a sheet: for unit k (cells[k]) and item i, a plain cell gives
 * values[k·n + i] (the authoritative score) and selfValues[k·n + i]; an empty veto item (Liệt, nothing
 * typed) has nothing to read; any other item is left untouched and listed at slow[k·n …] (in item order).
 * out[3k + PASS_*] receive the unit's counts. `sheetValues` are the sheet's rows; rows tailFirst..tailLast
 * may hold merged cells (see SheetGrid.tailRows) and are read the long way. One loop for a whole sheet.
 */
export function readPlainScores(
  cells: readonly ScoreCells[],
  n: number,
  plan: AggregationPlan,
  sheetValues: readonly (readonly CellValue[] | undefined)[],
  tailFirst: number,
  tailLast: number,
  values: Float64Array,
  selfValues: Float64Array,
  slow: Int32Array,
  out: Int32Array,
): void {
  for (let k = 0; k < cells.length; k++) {
    // Read here rather than before the loop: the first call runs its first instructions before the
    // function has feedback, and an optimised loop would be thrown away at a load it knows nothing of.
    const { itemType, itemMaxValue, itemMaxCents } = plan;
    const { rows, self: selfCols, bloc: blocCols, main: mainCols } = cells[k]!;
    const at = k * n;
    let any = 0;
    let blocFilled = 0;
    let left = 0;
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      const t = itemType[i]!;
      const blocCol = blocCols[i]!;
      const selfCol = selfCols[i]!;
      const mainCol = blocCol !== NO_COL ? blocCol : mainCols[i]!;
      if ((mainCol === NO_COL && selfCol === NO_COL) || (r >= tailFirst && r <= tailLast)) {
        slow[at + left++] = i;
        continue;
      }
      const row = sheetValues[r];
      const mv = mainCol !== NO_COL ? row?.[mainCol] : null;
      const sv = selfCol !== NO_COL ? row?.[selfCol] : null;
      if (t === TYPE_CODE.LIET) {
        // Nothing typed in a veto row reads as empty and changes nothing; anything else is read the long way.
        if ((mv !== null && mv !== undefined) || (sv !== null && sv !== undefined)) slow[at + left++] = i;
        continue;
      }
      const m = mainCol !== NO_COL ? plainScore(mv, t, itemMaxValue[i]!, itemMaxCents[i]!) : 0;
      const s = selfCol !== NO_COL ? plainScore(sv, t, itemMaxValue[i]!, itemMaxCents[i]!) : 0;
      if (m !== m || s !== s) {
        slow[at + left++] = i;
        continue;
      }
      if (selfCol !== NO_COL) selfValues[at + i] = s;
      any = 1;
      if (blocCol !== NO_COL) blocFilled++;
      values[at + i] = mainCol !== NO_COL ? m : s;
    }
    out[3 * k + PASS_ANY] = any;
    out[3 * k + PASS_BLOC_FILLED] = blocFilled;
    out[3 * k + PASS_SLOW] = left;
  }
}

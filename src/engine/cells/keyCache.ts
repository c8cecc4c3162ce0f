/**
 * Memoised looseKey for the labels of header searches: the same texts ("Tự chấm", "9", unit names)
 * recur across rows and detectors, and folding (Unicode normalisation) dominates header matching.
 * The memo is bounded so a huge workbook cannot grow it without limit.
 */
import { foldKey, looseKey } from './text';

const MAX_ENTRIES = 20000;

function memoised(fold: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let k = memo.get(s);
    if (k === undefined) {
      if (memo.size >= MAX_ENTRIES) memo.clear();
      k = fold(s);
      memo.set(s, k);
    }
    return k;
  };
}

export const cachedLooseKey = memoised(looseKey);
export const cachedFoldKey = memoised(foldKey);

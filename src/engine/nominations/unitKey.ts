/**
 * How unit names are matched across sheets: folded, punctuation-free, without the "Trường" that some
 * sheets put in front ("Trường THCS Đầm Hà" = "THCS Đầm Hà" = "thcs dam ha").
 */
import { looseKey } from '../cells/text';

/** Memoised (bounded): every nomination row asks for its unit's key several times. */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

export function unitMatchKey(name: string): string {
  let k = memo.get(name);
  if (k === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    k = looseKey(name)
      .replace(/[.]/g, ' ')
      .replace(/^truong\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    memo.set(name, k);
  }
  return k;
}

/** A unit name with its match key: one shared, immutable object per distinct name. */
export interface UnitRead {
  readonly name: string;
  readonly key: string;
}

const reads = new Map<string, UnitRead>();

/** The unit of a row as one shared object (a row keeps one reference instead of two strings). */
export function unitRead(name: string): UnitRead {
  let u = reads.get(name);
  if (u === undefined) {
    if (reads.size >= MEMO_LIMIT) reads.clear();
    u = { name, key: unitMatchKey(name) };
    reads.set(name, u);
  }
  return u;
}

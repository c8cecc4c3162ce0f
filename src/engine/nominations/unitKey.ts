/**
 * How unit names are matched across sheets: folded, punctuation-free, without the "Trường" that some
 * sheets put in front ("Trường THCS Đầm Hà" = "THCS Đầm Hà" = "thcs dam ha").
 */
import { looseKey } from '../cells/text';
import { firstReading } from './valueTrie';

/** Memoised (bounded): every nomination row asks for its unit's key several times. */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/**
 * The key of a unit name. A name met before costs one lookup; a new one is keyed through the shared
 * first-reading call (never inlined), so code that calls this on every row compiles the lookup only,
 * not the folding.
 */
export function unitMatchKey(name: string): string {
  const k = memo.get(name);
  return k === undefined ? firstReading(memo, name, newUnitKey, name) : k;
}

/** The key of a name not in the memo (emptied first when full). */
function newUnitKey(name: string): string {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  return looseKey(name)
    .replace(/[.]/g, ' ')
    .replace(/^truong\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A unit name with its match key: one shared, immutable object per distinct name. */
export interface UnitRead {
  readonly name: string;
  readonly key: string;
}

const reads = new Map<string, UnitRead>();

/** The unit of a row as one shared object (a row keeps one reference instead of two strings). */
export function unitRead(name: string): UnitRead {
  const u = reads.get(name);
  return u === undefined ? firstReading(reads, name, newUnitRead, name) : u;
}

function newUnitRead(name: string): UnitRead {
  if (reads.size >= MEMO_LIMIT) reads.clear();
  return { name, key: unitMatchKey(name) };
}

/**
 * Person identity (SPEC §3.6: `Mã định danh`, else name + date of birth + unit) and the duplicates it
 * reveals: a row typed twice, the same person in several rows, one code for two names, two people
 * sharing a name in one unit.
 */
import type { FindingSink } from '../findings/types';
import type { PersonRow } from './types';
import type { AwardCode } from './vocab/awards';

/** For each row, the awards it shares with another row of the same person, and that row (1-based). */
export type DuplicateAwards = Map<PersonRow, Map<AwardCode, PersonRow>>;

export interface Duplicates {
  readonly awards: DuplicateAwards;
  /**
   * Each row's person as a number: the index of the first row with its identity (its own index when it
   * is the first). Two rows have the same identity exactly when they have the same person number, so
   * counts of distinct people (the quota base) need not hash identity texts.
   */
  readonly personOf: Int32Array;
}

export function findDuplicates(rows: readonly PersonRow[], sink: FindingSink): Duplicates {
  const dup: DuplicateAwards = new Map();
  const named = sameNameAndUnit(rows);
  const personOf = new Int32Array(rows.length);
  const groups = sameIdentity(rows, named, personOf);
  const firsts = [...groups.keys()].sort((a, b) => a - b);
  for (const first of firsts) reportGroup(groups.get(first)!, sink, dup);
  reportHomonyms(rows, named.sameAs, sink);
  return { awards: dup, personOf };
}

/**
 * The rows of each person with several rows (few), by the index of the person's first row (and, in
 * `personOf`, every row's first row of its identity). A row
 * without a code has the identity made of name, date of birth and unit ("p:…"), which holds the row's
 * name and unit keys (neither has a "|"), so its earlier rows of that identity are among the earlier
 * rows of its name and unit (a handful, compared as they are): no identity text is hashed, nor even read
 * (it stays the concatenation it was built as). Identities by code ("id:…", any name or unit) are
 * matched through a map. Nothing follows the loop: its optimised code never meets untried code.
 */
function sameIdentity(rows: readonly PersonRow[], named: NameUnitGroups, personOf: Int32Array): Map<number, PersonRow[]> {
  const byCode = new Map<string, number>();
  const groups = new Map<number, PersonRow[]>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const identity = r.identity;
    let first = -1;
    if (r.id === null) {
      for (let j = named.sameAs[i]!; j >= 0 && j !== i; j = named.next[j]!)
        if (rows[j]!.identity === identity) {
          first = j;
          break;
        }
    } else {
      const f = byCode.get(identity);
      if (f === undefined) byCode.set(identity, i);
      else first = f;
    }
    personOf[i] = first < 0 ? i : first;
    if (first < 0) continue;
    const list = groups.get(first);
    if (list) list.push(r);
    else groups.set(first, [rows[first]!, r]);
  }
  return groups;
}

/** One person's rows: each later row reported against the first; the awards they share recorded. */
function reportGroup(group: readonly PersonRow[], sink: FindingSink, dup: DuplicateAwards): void {
  const first = group[0]!;
  const firstPrint = first.fingerprint();
  for (const r of group.slice(1)) {
    const where = { sheet: r.sheet, cell: r.nameCell };
    const params = { name: r.name, row: first.row + 1, sheet: first.sheet };
    if (r.fingerprint() === firstPrint) sink.warning('NOMINATION_DUPLICATE_ROW', where, params);
    else sink.warning('NOMINATION_DUPLICATE_PERSON', where, params);
    if (r.id && r.nameKey !== first.nameKey) sink.warning('NOMINATION_ID_CONFLICT', where, { ...params, other: first.name, id: r.id });
  }
  for (let i = 0; i < group.length; i++)
    for (let j = 0; j < group.length; j++) {
      if (i === j) continue;
      const a = group[i]!;
      const b = group[j]!;
      for (const award of a.awards) {
        if (!b.awards.some((x) => x.code === award.code)) continue;
        let m = dup.get(a);
        if (!m) dup.set(a, (m = new Map()));
        if (!m.has(award.code)) m.set(award.code, b);
      }
    }
}

/** Same name in the same unit but another birth date or code: two people, worth a look. */
function reportHomonyms(rows: readonly PersonRow[], sameAs: Int32Array, sink: FindingSink): void {
  const found = homonyms(rows, sameAs);
  for (let j = 0; j < found.length; j += 2) {
    const prev = rows[found[j]!]!;
    const r = rows[found[j + 1]!]!;
    sink.info('NOMINATION_SAME_NAME', { sheet: r.sheet, cell: r.nameCell }, { name: r.name, row: prev.row + 1, sheet: prev.sheet });
  }
}

/**
 * The (earlier row, row) index pairs, flat, of rows with the same name and unit as an earlier row but
 * another identity. The loop only compares and records (the reporting, a few rows, is apart): its
 * optimised code stays small.
 */
function homonyms(rows: readonly PersonRow[], sameAs: Int32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const k = sameAs[i]!;
    if (k >= 0 && rows[k]!.identity !== rows[i]!.identity) out.push(k, i);
  }
  return out;
}

/** Rows by name and unit: for each row, the first row of its name and unit (-1: itself), and the next row of them (-1: none). */
interface NameUnitGroups {
  readonly sameAs: Int32Array;
  readonly next: Int32Array;
}

/**
 * For each row, the first row before it with the same name and unit (-1: none), and each row of a name
 * and unit linked to the next one. The first row of each (name, unit) is chained by name from the name's
 * first row: most names belong to one unit or a few, so the chains stay short, and no list is made per
 * name. Units are compared by a number per row (one lookup of the unit's key per row), not by reading
 * each chained row's key. Every step runs on every row and nothing follows the loop, so its optimised
 * code never meets untried code.
 */
function sameNameAndUnit(rows: readonly PersonRow[]): NameUnitGroups {
  const firstOfName = new Map<string, number>();
  const unitIds = new Map<string, number>();
  const unitOf = new Int32Array(rows.length);
  const nextUnit = new Int32Array(rows.length).fill(-1);
  const sameAs = new Int32Array(rows.length).fill(-1);
  const next = new Int32Array(rows.length).fill(-1);
  /** By the first row of a name and unit: its last row so far. */
  const last = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const unitKey = r.unitKey;
    let unit = unitIds.get(unitKey);
    if (unit === undefined) unitIds.set(unitKey, (unit = unitIds.size));
    unitOf[i] = unit;
    last[i] = i;
    const head = firstOfName.get(r.nameKey);
    if (head === undefined) firstOfName.set(r.nameKey, i);
    else {
      let k: number = head;
      while (unitOf[k] !== unit && nextUnit[k]! >= 0) k = nextUnit[k]!;
      if (unitOf[k] === unit) {
        sameAs[i] = k;
        next[last[k]!] = i;
        last[k] = i;
      } else nextUnit[k] = i;
    }
  }
  return { sameAs, next };
}

/**
 * The order of `Danh sách trình Hội đồng` (SPEC §5.5): nominees grouped by title (the law's order,
 * individuals first), then by unit (Vietnamese order, one spelling per unit), then by given name;
 * collectives by name; over-quota cases by vote share first when votes exist. Ties keep list order.
 *
 * Built for 50,000 nominees: each distinct unit and name is keyed once (./sortKeys), keys become
 * integer ranks per nomination, and a section is sorted as numbers packed with the tie-break, by the
 * engine's native numeric sort, without a comparator call per pair.
 */
import type { NominationResult, NominationStatus } from '../model';
import { ALL_AWARDS } from '../nominations/vocab/awards';
import { unitMatchKey } from '../nominations/unitKey';
import { fastCollationKey, fastNameCollationKey } from './sortKeys';

/** What the list sorts by, per nomination (by index in the nomination list). */
export interface CouncilOrder {
  /** The unit as the list shows it: the unit's canonical spelling for individuals. */
  readonly unit: readonly string[];
  /** Rank of the unit (individuals) or of the name (collectives). */
  readonly first: Int32Array;
  /** Rank of the person's name (individuals), 0 for collectives. */
  readonly second: Int32Array;
}

/** One section of the list: nominations (indexes into the list) in the order they are shown. */
export interface CouncilGroup {
  readonly award: string;
  readonly kind: 'individual' | 'collective';
  readonly items: readonly number[];
}

/** Distinct texts numbered in first-seen order. */
class Slots {
  readonly texts: string[] = [];
  private readonly slotOf = new Map<string, number>();

  slot(text: string): number {
    let s = this.slotOf.get(text);
    if (s === undefined) {
      s = this.texts.length;
      this.slotOf.set(text, s);
      this.texts.push(text);
    }
    return s;
  }
}

/** Rank of each text in the order of its key; texts with equal keys share a rank. */
function ranks(texts: readonly string[], key: (s: string) => string): Int32Array {
  const keys = texts.map(key);
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  const rank = new Int32Array(texts.length);
  let r = 0;
  for (let i = 0; i < order.length; i++) {
    if (i > 0 && keys[order[i]!] !== keys[order[i - 1]!]) r++;
    rank[order[i]!] = r;
  }
  return rank;
}

/**
 * One spelling per unit ("THCS Đầm Hà" and "Trường THCS Đầm Hà" are one unit): the most used one, the
 * first seen on a tie, so a unit's people stay together. `uses` counts each spelling (in `spellings`).
 */
function canonicalSpellings(spellings: readonly string[], uses: readonly number[]): string[] {
  const best = new Map<string, number>();
  const keyOf = spellings.map(unitMatchKey);
  for (let s = 0; s < spellings.length; s++) {
    const b = best.get(keyOf[s]!);
    // Spellings in first-seen order: a later one wins only with strictly more uses.
    if (b === undefined || uses[s]! > uses[b]!) best.set(keyOf[s]!, s);
  }
  return keyOf.map((k) => spellings[best.get(k)!]!);
}

export function councilOrder(noms: readonly NominationResult[]): CouncilOrder {
  const n = noms.length;
  const spellings = new Slots();
  const uses: number[] = [];
  const people = new Slots();
  const collectives = new Slots();
  const spellingOf = new Int32Array(n);
  const nameOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const nom = noms[i]!;
    const s = spellings.slot(nom.unit);
    uses[s] = (uses[s] ?? 0) + 1;
    spellingOf[i] = s;
    nameOf[i] = (nom.kind === 'individual' ? people : collectives).slot(nom.name);
  }
  const canonical = canonicalSpellings(spellings.texts, uses);
  const units = new Slots();
  const unitOfSpelling = canonical.map((u) => units.slot(u));
  const unitRank = ranks(units.texts, fastCollationKey);
  const personRank = ranks(people.texts, fastNameCollationKey);
  const collectiveRank = ranks(collectives.texts, fastCollationKey);
  const unit: string[] = new Array<string>(n);
  const first = new Int32Array(n);
  const second = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const nom = noms[i]!;
    if (nom.kind === 'individual') {
      unit[i] = canonical[spellingOf[i]!]!;
      first[i] = unitRank[unitOfSpelling[spellingOf[i]!]!]!;
      second[i] = personRank[nameOf[i]!]!;
    } else {
      unit[i] = nom.unit;
      first[i] = collectiveRank[nameOf[i]!]!;
    }
  }
  return { unit, first, second };
}

function awardIndex(a: string): number {
  const i = (ALL_AWARDS as readonly string[]).indexOf(a);
  return i < 0 ? ALL_AWARDS.length : i;
}

/** The nominations with `status`, in sections ordered for the council list. */
export function councilGroups(noms: readonly NominationResult[], status: NominationStatus, order: CouncilOrder): CouncilGroup[] {
  const groups: { award: string; kind: 'individual' | 'collective'; items: number[] }[] = [];
  const byAward = { individual: new Map<string, number[]>(), collective: new Map<string, number[]>() };
  for (let i = 0; i < noms.length; i++) {
    const nom = noms[i]!;
    if (nom.status !== status) continue;
    const sections = nom.kind === 'individual' ? byAward.individual : byAward.collective;
    let items = sections.get(nom.award);
    if (!items) {
      sections.set(nom.award, (items = []));
      groups.push({ award: nom.award, kind: nom.kind, items });
    }
    items.push(i);
  }
  groups.sort((a, b) => (a.kind === b.kind ? awardIndex(a.award) - awardIndex(b.award) : a.kind === 'individual' ? -1 : 1));
  // Over-quota nominees are shown by vote share, highest first, when votes exist (the council chooses).
  const byVotes = status === 'review';
  return groups.map((g) => ({
    award: g.award,
    kind: g.kind,
    items: byVotes && g.items.some((i) => noms[i]!.voteShare !== undefined) ? sortByVotes(g.items, noms, order) : sortItems(g.items, order),
  }));
}

/** Unit rank, name rank and place in the list packed in one number, sorted natively; exact below 2^53. */
function sortItems(items: readonly number[], order: CouncilOrder): number[] {
  const m = items.length;
  let maxFirst = 0;
  let maxSecond = 0;
  for (let j = 0; j < m; j++) {
    maxFirst = Math.max(maxFirst, order.first[items[j]!]!);
    maxSecond = Math.max(maxSecond, order.second[items[j]!]!);
  }
  const seconds = maxSecond + 1;
  if ((maxFirst + 1) * seconds * m > Number.MAX_SAFE_INTEGER) return sortByVotes(items, null, order);
  const packed = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const i = items[j]!;
    packed[j] = (order.first[i]! * seconds + order.second[i]!) * m + j;
  }
  packed.sort();
  const out: number[] = new Array<number>(m);
  for (let j = 0; j < m; j++) out[j] = items[packed[j]! % m]!;
  return out;
}

/** The same order by comparisons, vote share first when `noms` is given (few rows: the review part). */
function sortByVotes(items: readonly number[], noms: readonly NominationResult[] | null, order: CouncilOrder): number[] {
  const { first, second } = order;
  const votes = (i: number): number => noms?.[i]!.voteShare ?? -1;
  // Items are nomination indexes in list order, so the last tie-break keeps the list's order.
  return [...items].sort((a, b) => votes(b) - votes(a) || first[a]! - first[b]! || second[a]! - second[b]! || a - b);
}
